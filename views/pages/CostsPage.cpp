#include "views/pages/CostsPage.h"

#include "models/itemmodels/CommitmentTableModel.h"
#include "models/itemmodels/CostGroupTableModel.h"
#include "models/itemmodels/CostLineTableModel.h"
#include "models/itemmodels/SortProxyModel.h"
#include "models/storage/ProjectFile.h"
#include "views/charts/StackedBarChart.h"
#include "views/dialogs/ServiceMapDialog.h"
#include "views/widgets/EmptyState.h"
#include "views/widgets/SummaryCards.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr qint64 kLinesPerPage = 200;
constexpr int kTopResources = 10;

int nextMonth(int yyyymm)
{
    return yyyymm % 100 == 12 ? (yyyymm / 100 + 1) * 100 + 1 : yyyymm + 1;
}

int monthsBack(int yyyymm, int count)
{
    int total = (yyyymm / 100) * 12 + (yyyymm % 100 - 1) - count;
    return (total / 12) * 100 + total % 12 + 1;
}

QString monthLabel(int yyyymm)
{
    return QLocale().toString(QDate(yyyymm / 100, yyyymm % 100, 1), u"MMM yyyy"_s);
}

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    return table;
}

QSortFilterProxyModel *makeProxy(QObject *parent, QAbstractItemModel *source, int sortRole)
{
    auto *proxy = new SortProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

// Commitments ending within six months stand out: they are milestones of the migration plan.
class CommitmentProxy : public SortProxyModel {
public:
    using SortProxyModel::SortProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
            if (index.data(CommitmentTableModel::ExpiringSoonRole).toBool()) {
                return role == Qt::BackgroundRole ? QBrush(QColor(0xFF, 0xE3, 0xA3))
                                                  : QBrush(QColor(0x20, 0x20, 0x20));
            }
            if (role == Qt::ForegroundRole &&
                index.data(CommitmentTableModel::ExpiredRole).toBool()) {
                return QBrush(QColor(0x80, 0x80, 0x80));
            }
        }
        return SortProxyModel::data(index, role);
    }
};

} // namespace

struct CostsPage::LoadResult {
    QString path;
    std::optional<CostData> data;
    QString error;
};

CostsPage::CostsPage(QWidget *parent)
    : Page(parent), m_stack(new QStackedWidget(this)), m_empty(new EmptyState(this)),
      m_content(new QWidget(this)), m_from(new QComboBox(this)), m_to(new QComboBox(this)),
      m_lastYear(new QPushButton(tr("Last 12 months"), this)),
      m_all(new QPushButton(tr("All"), this)), m_basis(new QComboBox(this)),
      m_currencyLabel(new QLabel(tr("Currency:"), this)), m_currency(new QComboBox(this)),
      m_busy(new QProgressBar(this)), m_busyLabel(new QLabel(tr("Reading the bills…"), this)),
      m_error(new QLabel(this)), m_banner(new QLabel(this)), m_cards(new QLabel(this)),
      m_drillBar(new QWidget(this)), m_drillLabel(new QLabel(this)),
      m_drillBack(new QPushButton(tr("Back"), this)), m_chart(new StackedBarChart(this)),
      m_resourceModel(new CostGroupTableModel(this)),
      m_resourceProxy(makeProxy(this, m_resourceModel, CostGroupTableModel::SortRole)),
      m_tabs(new QTabWidget(this)), m_dimension(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_groupModel(new CostGroupTableModel(this)),
      m_groupProxy(makeProxy(this, m_groupModel, CostGroupTableModel::SortRole)),
      m_commitmentModel(new CommitmentTableModel(this)),
      m_commitmentProxy(new CommitmentProxy(this)), m_linesTab(new QWidget(this)),
      m_lineModel(new CostLineTableModel(this)), m_lineStatus(new QLabel(this)),
      m_previous(new QPushButton(tr("Previous"), this)), m_next(new QPushButton(tr("Next"), this))
{
    m_commitmentProxy->setSourceModel(m_commitmentModel);
    m_commitmentProxy->setSortRole(CommitmentTableModel::SortRole);
    m_resources = makeTable(this, m_resourceProxy);
    m_groups = makeTable(this, m_groupProxy);
    m_commitments = makeTable(this, m_commitmentProxy);
    m_lines = makeTable(this, m_lineModel);
    m_lines->setSortingEnabled(false); // a page of lines keeps the bill's order
    m_lines->verticalHeader()->show();
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_commitments->horizontalHeader()->setStretchLastSection(true);
    m_resources->sortByColumn(CostGroupTableModel::Amount, Qt::DescendingOrder);
    m_groups->sortByColumn(CostGroupTableModel::Amount, Qt::DescendingOrder);
    m_commitments->sortByColumn(CommitmentTableModel::Expiry, Qt::AscendingOrder);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_empty);
    m_empty->setTexts(
        tr("This project holds no bills yet"),
        tr("Import a bill export with File › Import a file… to see what the estate costs today, "
           "month by month, by service, account and resource. Boussole reads FOCUS exports "
           "(any provider), AWS Cost and Usage Reports, Azure cost details and Google Cloud "
           "billing exports."),
        tr("Import a bill…"));
    connect(m_empty, &EmptyState::activated, this, &CostsPage::importRequested);

    auto *layout = new QVBoxLayout(m_content);

    // Period, basis, currency.
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_lastYear);
    bar->addWidget(m_all);
    bar->addSpacing(18);
    auto *basisLabel = new QLabel(tr("Basis:"), this);
    bar->addWidget(basisLabel);
    m_basis->addItem(tr("Billed"), int(CostBasis::Billed));
    m_basis->addItem(tr("Effective (amortised)"), int(CostBasis::Effective));
    const QString basisHelp =
        tr("Billed: what the invoices say, each purchase counted in the month it is paid "
           "(an upfront reservation shows as one large charge).\n"
           "Effective (amortised): what the usage really cost, commitments and upfront fees "
           "spread over the months they cover and discounts applied.");
    m_basis->setToolTip(basisHelp);
    basisLabel->setToolTip(basisHelp);
    bar->addWidget(m_basis);
    bar->addSpacing(18);
    bar->addWidget(m_currencyLabel);
    bar->addWidget(m_currency);
    m_currency->setToolTip(tr("Amounts in different currencies are never added together"));
    bar->addStretch(1);
    auto *servicesMap = new QPushButton(tr("Services map…"), this);
    servicesMap->setObjectName(u"servicesMapButton"_s);
    servicesMap->setToolTip(tr("What each hyperscaler service becomes on a European provider; "
                               "edit it for this project"));
    connect(servicesMap, &QPushButton::clicked, this, [this] {
        ServiceMapDialog dialog(m_project, m_undoStack, this);
        dialog.exec();
    });
    bar->addWidget(servicesMap);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    bar->addWidget(m_busyLabel);
    bar->addWidget(m_busy);
    layout->addLayout(bar);
    m_busy->hide();
    m_busyLabel->hide();

    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #b00020; }"_s);
    m_error->hide();
    layout->addWidget(m_error);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        u"QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c060; padding: 6px; }"_s);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_cards->setTextFormat(Qt::RichText);
    m_cards->setWordWrap(true);
    layout->addWidget(m_cards);

    auto *drillLayout = new QHBoxLayout(m_drillBar);
    drillLayout->setContentsMargins(0, 0, 0, 0);
    m_drillLabel->setWordWrap(true);
    m_drillLabel->setTextFormat(Qt::PlainText);
    drillLayout->addWidget(m_drillLabel, 1);
    m_drillBack->setToolTip(tr("Remove the last drill-down filter"));
    auto *clear = new QPushButton(tr("Clear filters"), this);
    clear->setToolTip(tr("Remove every drill-down filter"));
    drillLayout->addWidget(m_drillBack);
    drillLayout->addWidget(clear);
    m_drillBar->hide();
    layout->addWidget(m_drillBar);

    // Trend and top resources, above the tables.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *top = new QSplitter(Qt::Horizontal, splitter);
    top->setChildrenCollapsible(false);
    m_chart->setOrientation(Qt::Vertical);
    m_chart->setValueLabelFormat(u"%.0f"_s);
    m_chart->setToolTip(tr("Double-click a month to see its lines"));
    m_chart->setMinimumHeight(220);
    top->addWidget(m_chart);
    auto *topBox = new QGroupBox(tr("Top resources"), this);
    auto *topLayout = new QVBoxLayout(topBox);
    topLayout->addWidget(m_resources);
    m_resources->setToolTip(tr("Double-click a resource to see its lines"));
    top->addWidget(topBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({3000, 2000}); // scaled to the width when shown
    splitter->addWidget(top);

    auto *spendTab = new QWidget(this);
    auto *spendLayout = new QVBoxLayout(spendTab);
    auto *spendBar = new QHBoxLayout;
    spendBar->addWidget(new QLabel(tr("Spend by"), this));
    for (const CostDimension d :
         {CostDimension::Service, CostDimension::ServiceCategory, CostDimension::Provider,
          CostDimension::Region, CostDimension::Account, CostDimension::Environment,
          CostDimension::Application, CostDimension::Resource, CostDimension::ChargeCategory}) {
        m_dimension->addItem(costDimensionLabel(d), int(d));
    }
    spendBar->addWidget(m_dimension);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    spendBar->addWidget(m_filter, 1);
    spendLayout->addLayout(spendBar);
    m_groups->setToolTip(tr("Double-click a row to see its lines"));
    m_groupProxy->setFilterRole(CostGroupTableModel::SearchRole);
    m_groupProxy->setFilterKeyColumn(CostGroupTableModel::Label);
    spendLayout->addWidget(m_groups);
    m_tabs->addTab(spendTab, tr("Spend"));
    m_tabs->addTab(m_commitments, tr("Commitments"));

    auto *linesLayout = new QVBoxLayout(m_linesTab);
    linesLayout->addWidget(m_lines);
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_lineStatus, 1);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    linesLayout->addLayout(pager);
    m_tabs->addTab(m_linesTab, tr("Lines"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 1000});
    layout->addWidget(splitter, 1);

    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && m_to->currentData().toInt() < m_from->currentData().toInt()) {
            m_to->setCurrentIndex(m_from->currentIndex());
        }
        updateView();
    });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && m_from->currentData().toInt() > m_to->currentData().toInt()) {
            m_from->setCurrentIndex(m_to->currentIndex());
        }
        updateView();
    });
    connect(m_lastYear, &QPushButton::clicked, this, [this] {
        if (m_data && !m_data->isEmpty()) {
            setPeriod(std::max(m_data->firstMonth(), monthsBack(m_data->lastMonth(), 11)),
                      m_data->lastMonth());
        }
    });
    connect(m_all, &QPushButton::clicked, this, [this] {
        if (m_data && !m_data->isEmpty()) {
            setPeriod(m_data->firstMonth(), m_data->lastMonth());
        }
    });
    connect(m_basis, &QComboBox::currentIndexChanged, this, &CostsPage::updateView);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &CostsPage::updateView);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &CostsPage::updateGroups);
    connect(m_filter, &QLineEdit::textChanged, m_groupProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_groups, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        drillDown(m_groupModel->dimension(), index.data(CostGroupTableModel::KeyRole).toString());
    });
    connect(m_resources, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        drillDown(CostDimension::Resource, index.data(CostGroupTableModel::KeyRole).toString());
    });
    connect(m_chart, &StackedBarChart::categoryDoubleClicked, this, &CostsPage::monthDoubleClicked);
    connect(clear, &QPushButton::clicked, this, &CostsPage::clearDrillDown);
    connect(m_drillBack, &QPushButton::clicked, this, [this] {
        if (!m_drill.empty()) {
            m_drill.pop_back();
            updateView();
        }
    });
    connect(m_previous, &QPushButton::clicked, this,
            [this] { loadLines(std::max<qint64>(0, m_lineModel->offset() - kLinesPerPage)); });
    connect(m_next, &QPushButton::clicked, this,
            [this] { loadLines(m_lineModel->offset() + kLinesPerPage); });

    m_stack->setCurrentWidget(m_empty);
}

CostsPage::~CostsPage()
{
    for (QThread *thread : {m_loader, m_linesLoader}) {
        if (thread) {
            thread->wait();
        }
    }
}

bool CostsPage::isBusy() const
{
    return m_loader != nullptr || m_linesLoader != nullptr;
}

bool CostsPage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void CostsPage::refresh()
{
    if (!m_project) {
        m_data.reset();
        m_drill.clear();
        m_lineModel->clear();
        m_stack->setCurrentWidget(m_empty);
        m_empty->button()->setEnabled(false);
        return;
    }
    m_empty->button()->setEnabled(!m_project->readOnly());
    startLoad();
}

void CostsPage::startLoad()
{
    if (m_loader) {
        m_reloadWanted = true; // the project changed while loading: load again when done
        return;
    }
    auto result = std::make_shared<LoadResult>();
    result->path = m_project->path();
    m_pending = result;
    // Its own read-only connection: the window's stays free, and SQLite's WAL gives the worker a
    // consistent snapshot.
    m_loader = QThread::create([result] {
        Project::OpenOptions options;
        options.readOnly = true;
        options.quickCheck = false;
        options.secondary = true;
        auto opened = Project::open(result->path, options);
        if (!opened) {
            result->error = opened.error().message;
            return;
        }
        Result<CostData> data = CostData::load(*opened.value());
        if (!data) {
            result->error = data.error().message;
        } else {
            result->data = std::move(data.value());
        }
        opened.value()->close();
    });
    m_loader->setParent(this);
    connect(m_loader, &QThread::finished, this, &CostsPage::loaded);
    m_busy->show();
    m_busyLabel->show();
    m_loader->start();
}

void CostsPage::loaded()
{
    QThread *thread = m_loader;
    m_loader = nullptr;
    thread->deleteLater();
    const std::shared_ptr<LoadResult> result = std::move(m_pending);
    if (m_reloadWanted && m_project) {
        m_reloadWanted = false;
        startLoad();
        return;
    }
    m_reloadWanted = false;
    m_busy->hide();
    m_busyLabel->hide();
    if (!m_project || !result || result->path != m_project->path()) {
        return; // the project closed (or another opened) meanwhile
    }
    m_loadError = result->error;
    m_data = std::move(result->data);
    m_error->setText(m_loadError.isEmpty()
                         ? QString()
                         : tr("The bills of this project could not be read: %1").arg(m_loadError));
    m_error->setVisible(!m_loadError.isEmpty());
    if (m_loadError.isEmpty() && (!m_data || m_data->isEmpty())) {
        m_stack->setCurrentWidget(m_empty);
        m_drill.clear();
        return;
    }
    m_stack->setCurrentWidget(m_content);

    QHash<QString, QString> importNames;
    for (const ImportRecord &record : m_project->imports()) {
        importNames.insert(record.id, record.fileName);
    }
    m_lineModel->setImportNames(importNames);
    fillSelectors();
    m_commitmentModel->setCommitments(m_data ? m_data->commitments()
                                             : std::vector<CommitmentRecord>{});
    m_tabs->setTabText(m_tabs->indexOf(m_commitments),
                       tr("Commitments (%1)").arg(m_commitmentModel->rowCount()));
    m_commitments->resizeColumnsToContents();
    updateView();
}

void CostsPage::fillSelectors()
{
    m_updating = true;
    const int previousFrom = m_from->currentData().toInt();
    const int previousTo = m_to->currentData().toInt();
    const bool wasAll = m_from->count() == 0 ||
                        (m_from->currentIndex() == 0 && m_to->currentIndex() == m_to->count() - 1);
    const QString previousCurrency = m_currency->currentText();
    m_from->clear();
    m_to->clear();
    m_currency->clear();
    if (m_data && !m_data->isEmpty()) {
        for (int m = m_data->firstMonth(); m <= m_data->lastMonth(); m = nextMonth(m)) {
            m_from->addItem(monthLabel(m), m);
            m_to->addItem(monthLabel(m), m);
        }
        m_currency->addItems(m_data->currencies());
    }
    m_updating = false;
    // Keep the period shown unless it was "all", which grows with new bills.
    if (wasAll || m_from->findData(previousFrom) < 0 || m_to->findData(previousTo) < 0) {
        setPeriod(m_data ? m_data->firstMonth() : 0, m_data ? m_data->lastMonth() : 0);
    } else {
        setPeriod(previousFrom, previousTo);
    }
    m_updating = true;
    const int currency = m_currency->findText(previousCurrency);
    // The currency most lines are in, unless the user chose another one before.
    const int main = m_data ? m_currency->findText(m_data->mainCurrency()) : -1;
    m_currency->setCurrentIndex(currency >= 0 ? currency : std::max(main, 0));
    m_updating = false;
    const bool several = m_currency->count() > 1;
    m_currency->setVisible(several);
    m_currencyLabel->setVisible(several);
}

void CostsPage::setPeriod(int fromMonth, int toMonth)
{
    m_updating = true;
    const int from = m_from->findData(fromMonth);
    const int to = m_to->findData(toMonth);
    if (from >= 0) {
        m_from->setCurrentIndex(from);
    }
    if (to >= 0) {
        m_to->setCurrentIndex(to);
    }
    m_updating = false;
    updateView();
}

CostFilter CostsPage::currentFilter() const
{
    CostFilter filter;
    filter.fromMonth = m_from->currentData().toInt();
    filter.toMonth = m_to->currentData().toInt();
    filter.equals = m_drill;
    return filter;
}

CostBasis CostsPage::basis() const
{
    return CostBasis(m_basis->currentData().toInt());
}

QString CostsPage::currency() const
{
    return m_currency->currentText();
}

void CostsPage::drillDown(CostDimension dimension, const QString &value)
{
    if (!m_data) {
        return;
    }
    // "Not stated" is the empty text, which the lines query must not receive as SQL NULL.
    const QString key = value.isNull() ? QString(0, QChar()) : value; // empty, not null
    const auto same = std::find_if(m_drill.begin(), m_drill.end(),
                                   [dimension](const auto &f) { return f.first == dimension; });
    if (same != m_drill.end()) {
        same->second = key;
    } else {
        m_drill.emplace_back(dimension, key);
    }
    updateView();
    m_tabs->setCurrentWidget(m_linesTab);
}

void CostsPage::clearDrillDown()
{
    m_drill.clear();
    updateView();
}

void CostsPage::monthDoubleClicked(int index)
{
    if (index >= 0 && index < m_chartMonths.size()) {
        drillDown(CostDimension::Month, m_chartMonths.at(index));
    }
}

void CostsPage::updateView()
{
    if (m_updating || !m_data || m_data->isEmpty()) {
        return;
    }
    const CostFilter filter = currentFilter();
    const CostBasis costBasis = basis();
    const QString code = currency();
    const QLocale locale;

    const QStringList codes = m_data->currencies();
    m_banner->setVisible(codes.size() > 1);
    m_banner->setText(tr("The bills are in %n currencies (%1): amounts in each currency are "
                         "shown separately and never added together. Choose the currency above.",
                         nullptr, int(codes.size()))
                          .arg(codes.join(u", "_s)));

    // Summary cards.
    const CurrencyAmounts totals = m_data->total(filter, costBasis);
    const auto found = totals.find(code);
    const Money total = found == totals.end() ? Money() : found->second;
    // Months and lines of the currency shown: an average over months billed in another currency
    // would be wrong.
    CostFilter inCurrency = filter;
    inCurrency.currency = code;
    const int months = m_data->monthCount(inCurrency);
    qint64 lines = 0;
    for (const CostGroup &group : m_data->aggregate(CostDimension::Month, inCurrency, costBasis)) {
        lines += group.lines;
    }
    const Money average = months > 0 ? total.dividedBy(months).value_or(Money()) : Money();
    m_totalText = total.format(locale, code);
    m_averageText = average.format(locale, code);
    m_cards->setText(summaryCardsHtml({
        {m_totalText, costBasis == CostBasis::Billed ? tr("billed over the period")
                                                     : tr("effective cost over the period")},
        {m_averageText, tr("per month on average")},
        {locale.toString(months), tr("month(s) covered", nullptr, months)},
        {locale.toString(lines),
         codes.size() > 1
             ? tr("bill line(s) in %1", nullptr, int(std::min<qint64>(lines, qint64(INT_MAX))))
                   .arg(code)
             : tr("bill line(s)", nullptr, int(std::min<qint64>(lines, qint64(INT_MAX))))},
    }));

    // Drill-down filters.
    QStringList parts;
    for (const auto &[dimension, key] : m_drill) {
        QString shown = key.isEmpty() ? CostGroupTableModel::emptyKeyLabel(dimension) : key;
        if (dimension == CostDimension::Month) {
            if (const std::optional<int> month = CostData::monthFromKey(key)) {
                shown = monthLabel(*month);
            }
        }
        parts << tr("%1 = %2").arg(costDimensionLabel(dimension), shown);
    }
    m_drillLabel->setText(tr("Drill-down: %1").arg(parts.join(u"  ›  "_s)));
    m_drillBar->setVisible(!m_drill.empty());

    // Monthly trend stacked by service category.
    const CostSeries series =
        m_data->monthly(CostDimension::ServiceCategory, code, filter, costBasis, 8);
    StackedSeries stacked;
    stacked.title = tr("Monthly cost by service category (%1)").arg(code);
    m_chartMonths = series.months;
    for (const QString &month : series.months) {
        const std::optional<int> m = CostData::monthFromKey(month);
        stacked.categories << (m ? locale.toString(QDate(*m / 100, *m % 100, 1), u"MMM yy"_s)
                                 : month);
    }
    for (int c = 0; c < series.categories.size(); ++c) {
        std::vector<double> values;
        for (const Money &value : series.values[std::size_t(c)]) {
            values.push_back(value.toApproximateDouble()); // drawing only: the figures stay exact
        }
        const QString &key = series.categories.at(c);
        stacked.sets.emplace_back(key.isEmpty() ? tr("Other") : serviceCategoryLabel(key),
                                  std::move(values));
    }
    m_chart->setSeries(stacked);

    // Top resources (within the period and drill-down).
    CostFilter resourceFilter = filter;
    m_resourceModel->setGroups(
        CostDimension::Resource,
        m_data->aggregate(CostDimension::Resource, resourceFilter, costBasis), code, kTopResources);
    m_resources->resizeColumnsToContents();
    m_resources->horizontalHeader()->setSectionResizeMode(CostGroupTableModel::Label,
                                                          QHeaderView::Stretch);
    for (const int hidden : {int(CostGroupTableModel::Hours), int(CostGroupTableModel::Lines)}) {
        m_resources->setColumnHidden(hidden, true);
    }

    updateGroups();
    loadLines(0);
}

void CostsPage::updateGroups()
{
    if (!m_data || m_data->isEmpty()) {
        return;
    }
    const auto dimension = CostDimension(m_dimension->currentData().toInt());
    m_groupModel->setGroups(dimension, m_data->aggregate(dimension, currentFilter(), basis()),
                            currency());
    m_groups->resizeColumnsToContents();
    m_groups->horizontalHeader()->setSectionResizeMode(CostGroupTableModel::Label,
                                                       QHeaderView::Stretch);
}

void CostsPage::loadLines(qint64 offset)
{
    ++m_linesGeneration; // whatever is being read is no longer wanted
    m_nextLines.reset();
    const int tab = m_tabs->indexOf(m_linesTab);
    if (!m_project || !m_data || m_drill.empty()) {
        m_lineModel->clear();
        m_lineStatus->setText(tr("Double-click a month of the chart or a row of a table to see "
                                 "the bill lines behind it."));
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_tabs->setTabText(tab, tr("Lines"));
        if (m_tabs->currentIndex() == tab) {
            m_tabs->setCurrentIndex(0);
        }
        return;
    }
    m_lineStatus->setText(tr("Reading the lines…"));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    auto request = std::make_shared<LinesRequest>();
    request->path = m_project->path();
    request->filter = currentFilter();
    request->offset = offset;
    request->generation = m_linesGeneration;
    if (m_linesLoader) {
        m_nextLines = request; // read once the current reading ends
    } else {
        startLines(request);
    }
}

void CostsPage::startLines(const std::shared_ptr<LinesRequest> &request)
{
    // Finding the lines behind a number scans the bill lines: on a worker thread with its own
    // read-only connection, so the window stays responsive on millions of lines.
    m_linesLoader = QThread::create([request] {
        Project::OpenOptions options;
        options.readOnly = true;
        options.quickCheck = false;
        options.secondary = true;
        auto opened = Project::open(request->path, options);
        if (!opened) {
            request->error = opened.error().message;
            return;
        }
        Result<std::vector<CostLineRecord>> lines = costLines(
            *opened.value(), request->filter, kLinesPerPage, request->offset, &request->total);
        if (!lines) {
            request->error = lines.error().message;
        } else {
            request->lines = std::move(lines.value());
        }
        opened.value()->close();
    });
    m_linesLoader->setParent(this);
    connect(m_linesLoader, &QThread::finished, this, [this, request] { linesLoaded(request); });
    m_linesLoader->start();
}

void CostsPage::linesLoaded(const std::shared_ptr<LinesRequest> &request)
{
    m_linesLoader->deleteLater();
    m_linesLoader = nullptr;
    if (m_nextLines) {
        const std::shared_ptr<LinesRequest> next = std::move(m_nextLines);
        m_nextLines.reset();
        startLines(next);
        return;
    }
    if (request->generation != m_linesGeneration || !m_project ||
        request->path != m_project->path()) {
        return;
    }
    if (!request->error.isEmpty()) {
        m_lineModel->clear();
        m_lineStatus->setText(tr("The lines could not be read: %1").arg(request->error));
        return;
    }
    const qint64 offset = request->offset;
    const qint64 total = request->total;
    const qint64 shown = qint64(request->lines.size());
    m_lineModel->setLines(std::move(request->lines), offset, total);
    const QLocale locale;
    m_lineStatus->setText(shown == 0
                              ? tr("No line matches.")
                              : tr("Lines %1–%2 of %3")
                                    .arg(locale.toString(offset + 1),
                                         locale.toString(offset + shown), locale.toString(total)));
    m_previous->setEnabled(offset > 0);
    m_next->setEnabled(offset + shown < total);
    m_tabs->setTabText(m_tabs->indexOf(m_linesTab), tr("Lines (%1)").arg(locale.toString(total)));
    m_lines->resizeColumnsToContents();
}

} // namespace boussole
