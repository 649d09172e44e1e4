#pragma once

#include "models/catalog/Catalog.h"
#include "models/scenarios/Scenario.h"
#include "views/dialogs/OnPremisesDialog.h"
#include "views/pages/Page.h"

#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace boussole {

class EmptyState;
class LineChart;
class SensitivityTableModel;
class StackedBarChart;
class TornadoChart;

// The business case: the project's scenarios side by side (monthly cost by component, what is
// incomplete, what no rule places, one-off costs, payback), the selected scenario's placement
// rules, terms and assumptions (every edit undoable), and its cost of ownership over the horizon
// against today's bills (today's commitments paid until they expire), with a sensitivity view
// (target prices ±, egress ×k, sizing at another percentile) whose factors are assumptions.
class ScenariosPage : public Page {
    Q_OBJECT

public:
    explicit ScenariosPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("scenarios"); }
    QString title() const override { return tr("Scenarios"); }
    void refresh() override;

    // For tests.
    QTableView *scenarioTable() const { return m_table; }
    QTableWidget *rulesTable() const { return m_rules; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *targetButton() const { return m_target; }
    QString detailText() const;
    int selectedRow() const;
    void selectScenario(int row);
    void addRule(const QString &field, const QString &value, const QString &provider);
    QTableView *sensitivityTable() const { return m_sensitivityTable; }
    QDoubleSpinBox *sensitivityPercentBox() const { return m_sensitivityPercent; }
    QDoubleSpinBox *egressMultiplierBox() const { return m_egressMultiplier; }
    QComboBox *percentileBox() const { return m_percentile; }
    QSpinBox *unknownCommitmentMonthsBox() const { return m_unknownCommitmentMonths; }
    QDateEdit *startBox() const { return m_start; }
    TornadoChart *tornadoChart() const { return m_tornado; }
    QPushButton *onPremisesButton() const { return m_onPremisesButton; }
    // The open on-premises editor (after onPremisesButton() is clicked), or null.
    OnPremisesDialog *onPremisesDialog() const { return m_onPremisesDialog; }

private:
    void evaluateAll();
    void fillTable();
    void showSelected();
    void commit(std::vector<scenarios::Scenario> list, const QString &text);
    void rulesEdited();
    void termsEdited();
    void assumptionsEdited();
    void editOnPremises();
    void showSensitivity(const scenarios::Scenario &scenario, std::size_t index);
    scenarios::Scenario *selected();

    std::shared_ptr<const catalog::Catalog> m_catalog;
    QString m_catalogError;
    std::vector<scenarios::Scenario> m_scenarios;
    struct Evaluated {
        scenarios::ScenarioResult result;
        std::optional<scenarios::Tco> tco;
    };
    std::vector<Evaluated> m_results;
    std::optional<scenarios::Today> m_today;
    QStringList m_refactorServices; // in the bills, per the project's services map
    // What evaluateAll() priced with, for the sensitivity cases.
    std::shared_ptr<const catalog::Catalog> m_priced;
    compare::EstateInput m_estate;
    compare::CompareSettings m_settings;
    scenarios::OnPremisesModel m_onPremises;
    QString m_selectedId;
    bool m_filling = false;

    EmptyState *m_empty;
    QWidget *m_content;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_target;
    QTableWidget *m_rules;
    QTableWidget *m_terms;
    QSpinBox *m_horizon;
    QDoubleSpinBox *m_personDays;
    QDoubleSpinBox *m_dayRate;
    QDoubleSpinBox *m_dataGb;
    QDoubleSpinBox *m_egressPrice;
    QSpinBox *m_doubleRun;
    QDoubleSpinBox *m_priceFactor;
    QDateEdit *m_start;
    QSpinBox *m_unknownCommitmentMonths;
    QDoubleSpinBox *m_commitmentDiscount;
    QDoubleSpinBox *m_sensitivityPercent;
    QDoubleSpinBox *m_egressMultiplier;
    QComboBox *m_percentile;
    SensitivityTableModel *m_sensitivity;
    QTableView *m_sensitivityTable;
    TornadoChart *m_tornado;
    QLabel *m_detail;
    StackedBarChart *m_totalsChart;
    LineChart *m_tcoChart;
    QPushButton *m_onPremisesButton;
    QPointer<OnPremisesDialog> m_onPremisesDialog;
};

} // namespace boussole
