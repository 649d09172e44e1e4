#pragma once

#include "models/costs/CostData.h"
#include "views/pages/Page.h"

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QThread;

namespace boussole {

class CommitmentTableModel;
class CostGroupTableModel;
class CostLineTableModel;
class EmptyState;
class StackedBarChart;

// What the bills say: spend over a period, billed or amortised, per currency (never summed
// together), as a monthly trend stacked by service category, spend by a chosen dimension, the
// top resources and the commitments with their expiry. Double-clicking a month or a row drills
// down: the filters stack, every figure follows, and the bill lines behind the number are listed.
// The bills' roll-up loads on a worker thread with its own connection to the project.
class CostsPage : public Page {
    Q_OBJECT

public:
    explicit CostsPage(QWidget *parent = nullptr);
    ~CostsPage() override;

    QString pageId() const override { return QStringLiteral("costs"); }
    QString title() const override { return tr("Costs"); }
    void refresh() override;
    bool isBusy() const override;

    // Adds (or replaces, for a dimension already there) a drill-down filter and lists the lines
    // behind it.
    void drillDown(CostDimension dimension, const QString &key);
    void clearDrillDown();
    const std::vector<std::pair<CostDimension, QString>> &drillFilters() const { return m_drill; }
    // The filter every figure of the page uses: the period and the drill-down.
    CostFilter currentFilter() const;
    CostBasis basis() const;
    QString currency() const;
    // Shows the months from..to (YYYYMM) if the bills cover them.
    void setPeriod(int fromMonth, int toMonth);

    // For tests.
    const CostData *data() const { return m_data ? &*m_data : nullptr; }
    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    QPushButton *lastYearButton() const { return m_lastYear; }
    QPushButton *allButton() const { return m_all; }
    QComboBox *basisCombo() const { return m_basis; }
    QComboBox *currencyCombo() const { return m_currency; }
    QComboBox *dimensionCombo() const { return m_dimension; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *groupTable() const { return m_groups; }
    QSortFilterProxyModel *groupProxy() const { return m_groupProxy; }
    CostGroupTableModel *groupModel() const { return m_groupModel; }
    QTableView *resourceTable() const { return m_resources; }
    CostGroupTableModel *resourceModel() const { return m_resourceModel; }
    QTableView *commitmentTable() const { return m_commitments; }
    CommitmentTableModel *commitmentModel() const { return m_commitmentModel; }
    QTableView *lineTable() const { return m_lines; }
    CostLineTableModel *lineModel() const { return m_lineModel; }
    QLabel *lineStatus() const { return m_lineStatus; }
    QLabel *cardsLabel() const { return m_cards; }
    QLabel *currencyBanner() const { return m_banner; }
    QLabel *drillLabel() const { return m_drillLabel; }
    QTabWidget *tabs() const { return m_tabs; }
    StackedBarChart *trendChart() const { return m_chart; }
    EmptyState *emptyState() const { return m_empty; }
    bool showsEmptyState() const;
    // The figures of the summary cards, as shown ("€1,234.56"…).
    QString totalText() const { return m_totalText; }
    QString averageText() const { return m_averageText; }

private:
    void startLoad();
    void loaded();
    void fillSelectors();
    void updateView();
    void updateGroups();
    void loadLines(qint64 offset);
    struct LinesRequest {
        QString path;
        CostFilter filter;
        qint64 offset = 0;
        quint64 generation = 0;
        std::vector<CostLineRecord> lines;
        qint64 total = 0;
        QString error;
    };
    void startLines(const std::shared_ptr<LinesRequest> &request);
    void linesLoaded(const std::shared_ptr<LinesRequest> &request);
    void monthDoubleClicked(int index);

    struct LoadResult;
    QThread *m_loader = nullptr;
    std::shared_ptr<LoadResult> m_pending;
    bool m_reloadWanted = false;
    QThread *m_linesLoader = nullptr;
    std::shared_ptr<LinesRequest> m_nextLines;
    quint64 m_linesGeneration = 0;
    std::optional<CostData> m_data;
    QString m_loadError;
    std::vector<std::pair<CostDimension, QString>> m_drill;
    QStringList m_chartMonths;
    QString m_totalText;
    QString m_averageText;
    bool m_updating = false;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_lastYear;
    QPushButton *m_all;
    QComboBox *m_basis;
    QLabel *m_currencyLabel;
    QComboBox *m_currency;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QLabel *m_error;
    QLabel *m_banner;
    QLabel *m_cards;
    QWidget *m_drillBar;
    QLabel *m_drillLabel;
    QPushButton *m_drillBack;
    StackedBarChart *m_chart;
    QTableView *m_resources;
    CostGroupTableModel *m_resourceModel;
    QSortFilterProxyModel *m_resourceProxy;
    QTabWidget *m_tabs;
    QComboBox *m_dimension;
    QLineEdit *m_filter;
    QTableView *m_groups;
    CostGroupTableModel *m_groupModel;
    QSortFilterProxyModel *m_groupProxy;
    QTableView *m_commitments;
    CommitmentTableModel *m_commitmentModel;
    QSortFilterProxyModel *m_commitmentProxy;
    QWidget *m_linesTab;
    QTableView *m_lines;
    CostLineTableModel *m_lineModel;
    QLabel *m_lineStatus;
    QPushButton *m_previous;
    QPushButton *m_next;
};

} // namespace boussole
