#pragma once

#include "models/catalog/Catalog.h"
#include "models/compare/Comparison.h"
#include "views/pages/Page.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace boussole {

class ComparisonTableModel;
class EmptyState;
class ProviderTotalsModel;
class StackedBarChart;

// Every workload sized and priced on every provider of the catalog, side by side: the matched
// offer and monthly cost per provider, totals by cost component (table and chart), the scores
// with their formulas, and, for the selected cell, why that offer (eligible offers considered,
// the rejected ones and why). The settings above the table are the project's comparison settings:
// every change is an undoable command and the comparison recomputes at once (on a worker thread
// for large estates).
class ComparisonPage : public Page {
    Q_OBJECT

public:
    explicit ComparisonPage(QWidget *parent = nullptr);
    ~ComparisonPage() override;

    QString pageId() const override { return QStringLiteral("comparison"); }
    QString title() const override { return tr("Comparison"); }
    void setProject(Project *project, QUndoStack *undoStack) override;
    void refresh() override;

    // For tests.
    const compare::Comparison *comparison() const { return m_comparison.get(); }
    QTableView *table() const { return m_table; }
    QTableView *totalsTable() const { return m_totalsTable; }
    QTextBrowser *detail() const { return m_detail; }
    QComboBox *regionsBox() const { return m_regions; }
    QComboBox *sizingBox() const { return m_sizing; }
    QDoubleSpinBox *egressBox() const { return m_egress; }
    QCheckBox *requireHdsBox() const { return m_requireHds; }
    QLineEdit *filterEdit() const { return m_filter; }
    EmptyState *emptyState() const { return m_empty; }
    bool computing() const { return m_running > 0; }
    // Estates up to this many workloads are compared on the GUI thread (a few milliseconds);
    // larger ones on a worker thread.
    static constexpr int kSynchronousLimit = 1500;

Q_SIGNALS:
    // After each new comparison is shown.
    void comparisonUpdated();

private:
    void loadCatalog();
    void settingsEdited();
    void showSettings();
    void recompute();
    void showComparison(std::shared_ptr<const compare::Comparison> comparison);
    void updateDetail();
    void updateScores();

    std::shared_ptr<const catalog::Catalog> m_catalog;
    // m_catalog with the project's price books applied (the one the comparison shown used).
    std::shared_ptr<const catalog::Catalog> m_pricedCatalog;
    QString m_catalogError;
    std::shared_ptr<const compare::EstateInput> m_estate;
    std::shared_ptr<const compare::Comparison> m_comparison;
    compare::CompareSettings m_settings;
    int m_generation = 0;
    int m_running = 0;
    bool m_updatingWidgets = false;

    QLabel *m_asOf;
    QComboBox *m_regions;
    QComboBox *m_sizing;
    QComboBox *m_percentile;
    QDoubleSpinBox *m_comfort;
    QCheckBox *m_requireHds;
    QCheckBox *m_requireSnc;
    QDoubleSpinBox *m_egress;
    QToolButton *m_providers;
    QSpinBox *m_weightCost;
    QSpinBox *m_weightSovereignty;
    QSpinBox *m_weightCertification;
    QLineEdit *m_filter;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    ComparisonTableModel *m_model;
    QTextBrowser *m_detail;
    QLabel *m_scores;
    StackedBarChart *m_chart;
    QTableView *m_totalsTable;
    ProviderTotalsModel *m_totals;
    QWidget *m_content;
    EmptyState *m_empty;
};

} // namespace boussole
