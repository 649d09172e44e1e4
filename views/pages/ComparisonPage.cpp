#include "views/pages/ComparisonPage.h"

#include "models/pricebook/PriceBook.h"

#include "models/costs/CostData.h"

#include "models/compare/Savings.h"

#include "models/catalog/CatalogStore.h"
#include "models/commands/SetCompareSettingsCommand.h"
#include "models/domain/EstateSummary.h"
#include "models/itemmodels/ComparisonTableModel.h"
#include "models/storage/ProjectFile.h"
#include "views/charts/StackedBarChart.h"
#include "views/dialogs/LicencesDialog.h"
#include "views/widgets/EmptyState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QThreadPool>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

// Computations run here, so the page can wait for them when it goes away.
QThreadPool &comparisonPool()
{
    static QThreadPool pool;
    return pool;
}

QString moneyText(const Money &amount)
{
    return amount.format(QLocale());
}

QString componentName(const QString &id)
{
    if (id == u"compute") {
        return ComparisonPage::tr("compute");
    }
    if (id == u"storage") {
        return ComparisonPage::tr("storage");
    }
    if (id == u"egress") {
        return ComparisonPage::tr("egress");
    }
    if (id == u"licence") {
        return ComparisonPage::tr("licence");
    }
    return ComparisonPage::tr("platform");
}

QString componentList(const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids) {
        names << componentName(id);
    }
    return names.join(u", "_s);
}

} // namespace

ComparisonPage::ComparisonPage(QWidget *parent)
    : Page(parent), m_asOf(new QLabel(this)), m_regions(new QComboBox(this)),
      m_sizing(new QComboBox(this)), m_percentile(new QComboBox(this)),
      m_comfort(new QDoubleSpinBox(this)), m_requireHds(new QCheckBox(this)),
      m_requireSnc(new QCheckBox(this)), m_egress(new QDoubleSpinBox(this)),
      m_providers(new QToolButton(this)), m_weightCost(new QSpinBox(this)),
      m_weightSovereignty(new QSpinBox(this)), m_weightCertification(new QSpinBox(this)),
      m_filter(new QLineEdit(this)), m_table(new QTableView(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_model(new ComparisonTableModel(this)),
      m_detail(new QTextBrowser(this)), m_scores(new QLabel(this)),
      m_chart(new StackedBarChart(this)), m_totalsTable(new QTableView(this)),
      m_totals(new ProviderTotalsModel(this)), m_content(new QWidget(this)),
      m_empty(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    // Settings: two compact rows.
    auto *settings = new QGroupBox(tr("Comparison settings"), m_content);
    auto *settingsLayout = new QVBoxLayout(settings);
    auto *row1 = new QHBoxLayout;
    auto *row2 = new QHBoxLayout;
    settingsLayout->addLayout(row1);
    settingsLayout->addLayout(row2);
    m_regions->addItem(tr("EU regions"), u"eu"_s);
    m_regions->addItem(tr("France only"), u"france"_s);
    m_regions->addItem(tr("Any region"), u"any"_s);
    m_regions->setToolTip(tr("Where the workloads may run"));
    m_sizing->addItem(tr("As allocated"), u"as-is"_s);
    m_sizing->addItem(tr("Performance-based"), u"performance"_s);
    m_sizing->setToolTip(tr("As allocated: the vCPU and memory the machines have today. "
                            "Performance-based: a percentile of their measured use × a comfort "
                            "factor, where utilisation was imported."));
    for (int p : {50, 95, 99, 100}) {
        m_percentile->addItem(p == 100 ? tr("maximum") : tr("P%1").arg(p), p);
    }
    m_percentile->setToolTip(tr("Which percentile of measured use performance-based sizing reads"));
    m_comfort->setRange(1.0, 3.0);
    m_comfort->setSingleStep(0.1);
    m_comfort->setDecimals(2);
    m_comfort->setToolTip(tr("Headroom over the measured use (1.3 = 30 % more)"));
    m_requireHds->setText(tr("HDS"));
    m_requireHds->setToolTip(tr("Only offers certified HDS (health data hosting)"));
    m_requireSnc->setText(tr("SecNumCloud"));
    m_requireSnc->setToolTip(tr("Only offers qualified SecNumCloud"));
    m_egress->setRange(0, 10'000'000);
    m_egress->setDecimals(0);
    m_egress->setSingleStep(100);
    m_egress->setSuffix(tr(" GB"));
    m_egress->setToolTip(tr("Internet egress of the whole estate per month"));
    m_providers->setPopupMode(QToolButton::InstantPopup);
    m_providers->setMenu(new QMenu(m_providers));
    m_providers->setToolTip(tr("Which providers of the catalog to compare"));
    for (QSpinBox *weight : {m_weightCost, m_weightSovereignty, m_weightCertification}) {
        weight->setRange(0, 100);
        weight->setSingleStep(5);
    }
    row1->addWidget(new QLabel(tr("Regions:"), settings));
    row1->addWidget(m_regions);
    row1->addWidget(new QLabel(tr("Sizing:"), settings));
    row1->addWidget(m_sizing);
    row1->addWidget(m_percentile);
    row1->addWidget(new QLabel(tr("× comfort"), settings));
    row1->addWidget(m_comfort);
    row1->addWidget(new QLabel(tr("Require:"), settings));
    row1->addWidget(m_requireHds);
    row1->addWidget(m_requireSnc);
    row1->addStretch(1);
    row2->addWidget(m_providers);
    row2->addWidget(new QLabel(tr("Egress per month:"), settings));
    row2->addWidget(m_egress);
    row2->addWidget(new QLabel(tr("Score weights: cost"), settings));
    row2->addWidget(m_weightCost);
    row2->addWidget(new QLabel(tr("sovereignty"), settings));
    row2->addWidget(m_weightSovereignty);
    row2->addWidget(new QLabel(tr("certification"), settings));
    row2->addWidget(m_weightCertification);
    auto *licences = new QPushButton(tr("Licences…"), settings);
    licences->setObjectName(u"licencesButton"_s);
    licences->setToolTip(tr("The licences your organisation owns, which the comparison may bring "
                            "to a cloud (BYOL)"));
    connect(licences, &QPushButton::clicked, this, [this] {
        auto *dialog = new LicencesDialog(
            m_project, m_project && !m_project->readOnly() ? m_undoStack : nullptr, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    row2->addWidget(licences);
    row2->addStretch(1);
    contentLayout->addWidget(settings);

    m_asOf->setWordWrap(true);
    contentLayout->addWidget(m_asOf);

    // Workloads × providers, with the explanation of the selected cell beside it.
    auto *tableArea = new QWidget(m_content);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_filter->setPlaceholderText(tr("Filter workloads…"));
    m_filter->setClearButtonEnabled(true);
    tableLayout->addWidget(m_filter);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComparisonTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ComparisonTableModel::Name);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    tableLayout->addWidget(m_table);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a cell to see why that offer was chosen."));
    auto *split = new QSplitter(Qt::Horizontal, m_content);
    split->addWidget(tableArea);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    // Totals: scores, the chart and the table of components.
    // Left: score cards over the totals table; right: the chart, the full height of both.
    auto *bottom = new QSplitter(Qt::Horizontal, m_content);
    auto *left = new QWidget(bottom);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_scores->setTextFormat(Qt::RichText);
    m_scores->setWordWrap(true);
    leftLayout->addWidget(m_scores);
    m_totalsTable->setModel(m_totals);
    m_totalsTable->verticalHeader()->hide();
    m_totalsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totalsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_totalsTable->setAlternatingRowColors(true);
    leftLayout->addWidget(m_totalsTable, 1);
    bottom->addWidget(left);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    m_chart->setMinimumWidth(400);

    auto *vertical = new QSplitter(Qt::Vertical, m_content);
    vertical->addWidget(split);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    contentLayout->addWidget(vertical, 1);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_empty, 1);

    connect(m_empty, &EmptyState::activated, this, &ComparisonPage::importRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ComparisonPage::updateDetail);
    for (QComboBox *box : {m_regions, m_sizing, m_percentile}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ComparisonPage::settingsEdited);
    }
    for (QCheckBox *box : {m_requireHds, m_requireSnc}) {
        connect(box, &QCheckBox::toggled, this, &ComparisonPage::settingsEdited);
    }
    for (QDoubleSpinBox *box : {m_comfort, m_egress}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &ComparisonPage::settingsEdited);
    }
    for (QSpinBox *box : {m_weightCost, m_weightSovereignty, m_weightCertification}) {
        connect(box, &QSpinBox::valueChanged, this, &ComparisonPage::settingsEdited);
    }
    showSettings();
}

ComparisonPage::~ComparisonPage()
{
    ++m_generation;
    comparisonPool().waitForDone();
    // The models' comparison points into m_catalog, which goes before QWidget's destructor
    // deletes the views (a header asks the model for provider names while it hides).
    m_model->setComparison(nullptr);
    m_totals->setComparison(nullptr);
    m_comparison.reset();
}

void ComparisonPage::loadCatalog()
{
    if (m_catalog || !m_catalogError.isEmpty()) {
        return;
    }
    auto loaded = catalog::catalogInUse();
    if (!loaded) {
        m_catalogError = loaded.error().toString();
        return;
    }
    m_catalog = std::make_shared<const catalog::Catalog>(std::move(loaded.value()));
    QMenu *menu = m_providers->menu();
    for (const catalog::Provider &p : m_catalog->providers) {
        QAction *action = menu->addAction(p.name);
        action->setCheckable(true);
        action->setData(p.id);
        connect(action, &QAction::toggled, this, &ComparisonPage::settingsEdited);
    }
}

void ComparisonPage::setProject(Project *project, QUndoStack *undoStack)
{
    m_settings = project ? compare::CompareSettings::load(*project) : compare::CompareSettings();
    m_estate.reset();
    Page::setProject(project, undoStack);
}

void ComparisonPage::showSettings()
{
    m_updatingWidgets = true;
    const compare::CompareSettings &s = m_settings;
    m_regions->setCurrentIndex(m_regions->findData(compare::regionPolicyId(s.regions)));
    m_sizing->setCurrentIndex(m_sizing->findData(compare::sizingModeId(s.sizing)));
    m_percentile->setCurrentIndex(m_percentile->findData(s.percentile));
    m_percentile->setEnabled(s.sizing == compare::SizingMode::Performance);
    m_comfort->setValue(s.comfortFactor);
    m_comfort->setEnabled(s.sizing == compare::SizingMode::Performance);
    m_requireHds->setChecked(s.requiredCertifications.contains(u"hds"_s));
    m_requireSnc->setChecked(s.requiredCertifications.contains(u"secnumcloud"_s));
    m_egress->setValue(s.egressGbPerMonth);
    m_weightCost->setValue(int(s.weights.cost));
    m_weightSovereignty->setValue(int(s.weights.sovereignty));
    m_weightCertification->setValue(int(s.weights.certification));
    int checked = 0;
    const QList<QAction *> actions = m_providers->menu()->actions();
    for (QAction *action : actions) {
        action->setChecked(s.providers.isEmpty() ||
                           s.providers.contains(action->data().toString()));
        checked += action->isChecked() ? 1 : 0;
    }
    m_providers->setText(tr("Providers (%1 of %2)").arg(checked).arg(actions.size()));
    m_updatingWidgets = false;
}

void ComparisonPage::settingsEdited()
{
    if (m_updatingWidgets) {
        return;
    }
    compare::CompareSettings s = m_settings;
    s.regions =
        compare::regionPolicyFromId(m_regions->currentData().toString()).value_or(s.regions);
    s.sizing = compare::sizingModeFromId(m_sizing->currentData().toString()).value_or(s.sizing);
    s.percentile = m_percentile->currentData().toInt();
    s.comfortFactor = m_comfort->value();
    s.requiredCertifications.clear();
    if (m_requireHds->isChecked()) {
        s.requiredCertifications << u"hds"_s;
    }
    if (m_requireSnc->isChecked()) {
        s.requiredCertifications << u"secnumcloud"_s;
    }
    s.egressGbPerMonth = m_egress->value();
    s.weights = {double(m_weightCost->value()), double(m_weightSovereignty->value()),
                 double(m_weightCertification->value())};
    QStringList providers;
    const QList<QAction *> actions = m_providers->menu()->actions();
    for (QAction *action : actions) {
        if (action->isChecked()) {
            providers << action->data().toString();
        }
    }
    s.providers = providers.size() == actions.size() ? QStringList() : providers;
    if (s == m_settings) {
        return;
    }
    m_settings = s;
    showSettings();
    // Stored through the undo stack when the project can be written; a read-only project
    // compares with the edited settings without keeping them.
    if (m_project && m_undoStack && !m_project->readOnly()) {
        m_undoStack->push(new SetCompareSettingsCommand(m_project, s));
    }
    recompute();
}

void ComparisonPage::refresh()
{
    loadCatalog();
    const int workloads = m_project ? m_project->workloadCount() : 0;
    const bool ready = m_catalog && workloads > 0;
    m_content->setVisible(ready);
    m_empty->setVisible(!ready);
    if (!m_catalog) {
        m_empty->setTexts(tr("The price catalog could not be read"), m_catalogError, QString());
        return;
    }
    if (workloads == 0) {
        m_empty->setTexts(tr("Nothing to compare yet"),
                          tr("The comparison sizes each workload of the estate onto each "
                             "provider's offers and prices it from the dated, sourced catalog. "
                             "Import an inventory first."),
                          tr("Import a file…"));
        m_estate.reset();
        m_model->setComparison(nullptr);
        m_totals->setComparison(nullptr);
        m_comparison.reset();
        return;
    }
    // A change of the project (an import, an edit, an undone setting): reload what the engine
    // reads, and compare again only when it changed.
    const compare::CompareSettings stored = compare::CompareSettings::load(*m_project);
    if (!m_project->readOnly()) {
        m_settings = stored;
    }
    showSettings();
    auto estate = std::make_shared<compare::EstateInput>(compare::loadEstate(*m_project));
    const bool sameEstate = m_estate && m_estate->workloads == estate->workloads &&
                            m_estate->utilisation.keys() == estate->utilisation.keys() &&
                            m_estate->entitlements == estate->entitlements;
    if (sameEstate && m_comparison && m_comparison->settings == m_settings) {
        return;
    }
    m_estate = std::move(estate);
    recompute();
}

void ComparisonPage::recompute()
{
    if (!m_catalog || !m_estate) {
        return;
    }
    const int generation = ++m_generation;
    // Negotiated prices and quotes of the project replace the list prices they cover.
    m_pricedCatalog = m_catalog;
    if (m_project) {
        const std::vector<PriceBook> books = priceBooks(*m_project);
        if (!books.empty()) {
            auto copy = std::make_shared<catalog::Catalog>(*m_catalog);
            applyPriceBooks(*copy, books);
            m_pricedCatalog = copy;
        }
    }
    if (int(m_estate->workloads.size()) <= kSynchronousLimit) {
        showComparison(std::make_shared<const compare::Comparison>(
            compare::compareEstate(*m_pricedCatalog, *m_estate, m_settings)));
        return;
    }
    ++m_running;
    QPointer<ComparisonPage> self(this);
    auto catalog = m_pricedCatalog;
    auto estate = m_estate;
    const compare::CompareSettings settings = m_settings;
    comparisonPool().start([self, catalog, estate, settings, generation, page = this] {
        auto result = std::make_shared<const compare::Comparison>(
            compare::compareEstate(*catalog, *estate, settings));
        // The destructor waits for the pool, so the page outlives this call.
        QMetaObject::invokeMethod(
            page,
            [self, result, generation] {
                if (!self) {
                    return;
                }
                --self->m_running;
                if (generation == self->m_generation) {
                    self->showComparison(result);
                }
            },
            Qt::QueuedConnection);
    });
}

void ComparisonPage::showComparison(std::shared_ptr<const compare::Comparison> comparison)
{
    // Keep the selected cell across recomputations.
    const QModelIndex current = m_table->currentIndex();
    const QString workloadId = current.data(ComparisonTableModel::WorkloadIdRole).toString();
    const int column = current.column();

    m_comparison = std::move(comparison);
    m_model->setComparison(m_comparison);
    m_totals->setComparison(m_comparison);
    m_table->resizeColumnsToContents();
    m_totalsTable->resizeColumnsToContents();

    int unverified = 0;
    for (const compare::WorkloadResult &r : m_comparison->workloads) {
        for (const compare::Match &m : r.matches) {
            unverified += m.matched && m.priced && !m.verified ? 1 : 0;
        }
    }
    const QLocale locale;
    QString asOf = tr("Prices as of %1 (catalog: %2), in EUR per month, net of VAT.")
                       .arg(locale.toString(m_comparison->catalogDate, QLocale::LongFormat),
                            m_comparison->catalogId);
    asOf += u' ' + tr("“?”: incomplete, a needed component has no sourced price (never counted "
                      "as zero). “*”: %n price(s) not verified.",
                      nullptr, unverified);
    if (!m_comparison->skipped.empty()) {
        asOf += u' ' + tr("%n workload(s) not compared (templates, duplicates, powered off).",
                          nullptr, int(m_comparison->skipped.size()));
    }
    // Today's spend from the bills, like for like: the workloads they describe.
    if (m_project) {
        if (Result<CostData> bills = CostData::load(*m_project); bills && !bills->isEmpty()) {
            if (const std::optional<compare::Savings> savings =
                    compare::savingsAgainstBills(*m_comparison, *bills, *m_pricedCatalog)) {
                const compare::ProviderSaving *best = nullptr;
                for (const compare::ProviderSaving &p : savings->providers) {
                    if (!p.incomplete && (!best || p.monthly < best->monthly)) {
                        best = &p;
                    }
                }
                asOf += u' ' + tr("Today, from the bills, the %n workload(s) they describe cost "
                                  "%1 a month.",
                                  nullptr, savings->workloads)
                                   .arg(savings->todayEur.format(locale, u"EUR"));
                if (best) {
                    const catalog::Provider *facts = m_pricedCatalog->provider(best->provider);
                    const QString name = facts ? facts->name : best->provider;
                    asOf +=
                        u' ' + (best->saving.isNegative()
                                    ? tr("At the cheapest provider, %1, the same workloads cost %2 "
                                         "(%3 a month more).")
                                          .arg(name, best->monthly.format(locale, u"EUR"),
                                               best->saving.abs().format(locale, u"EUR"))
                                    : tr("At the cheapest provider, %1, the same workloads cost %2 "
                                         "(%3 a month saved).")
                                          .arg(name, best->monthly.format(locale, u"EUR"),
                                               best->saving.format(locale, u"EUR")));
                }
            }
        }
    }
    m_asOf->setText(asOf);

    StackedSeries series;
    series.title = tr("Monthly total by cost component (EUR)");
    const char *const parts[] = {compare::kCompute, compare::kStorage, compare::kEgress,
                                 compare::kLicence, compare::kPlatform};
    std::vector<std::vector<double>> values(5);
    for (size_t p = 0; p < m_comparison->providerFacts.size(); ++p) {
        const compare::ProviderTotals &t = m_comparison->totals[p];
        if (t.matched == 0) {
            continue;
        }
        // Ids: short enough for the axis (names are in the table beside it).
        QString name = m_comparison->providers[qsizetype(p)];
        if (t.incomplete) {
            name += u" ?"_s;
        }
        series.categories << name;
        const compare::Components &c = t.components;
        const Money amounts[] = {c.compute, c.storage, c.egress, c.licence, c.platform};
        for (size_t i = 0; i < 5; ++i) {
            values[i].push_back(amounts[i].toApproximateDouble());
        }
    }
    for (size_t i = 0; i < 5; ++i) {
        series.sets.emplace_back(componentName(QString::fromLatin1(parts[i])), values[i]);
    }
    m_chart->setSeries(series);
    updateScores();

    if (workloadId.isEmpty() && m_proxy->rowCount() > 0 && m_proxy->columnCount() > 2) {
        // Something to explain from the start: the first workload on the first provider.
        m_table->setCurrentIndex(m_proxy->index(0, ComparisonTableModel::FirstProvider));
    } else if (!workloadId.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index =
                m_proxy->index(row, std::min(column, m_proxy->columnCount() - 1));
            if (index.data(ComparisonTableModel::WorkloadIdRole).toString() == workloadId) {
                m_table->setCurrentIndex(index);
                break;
            }
        }
    }
    updateDetail();
    Q_EMIT comparisonUpdated();
}

void ComparisonPage::updateScores()
{
    if (!m_comparison) {
        m_scores->clear();
        return;
    }
    // Best overall first.
    std::vector<size_t> order(m_comparison->scores.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return m_comparison->scores[a].overall > m_comparison->scores[b].overall;
    });
    const QLocale locale;
    QString html = u"<table cellspacing='6'><tr>"_s;
    int column = 0;
    for (size_t p : order) {
        if (column++ == 5) {
            html += u"</tr><tr>"_s;
        }
        const compare::ProviderScores &s = m_comparison->scores[p];
        html += u"<td><b>%1</b> <big><b>%2</b></big> / 100<br><small>%3</small></td>"_s.arg(
            m_comparison->providerFacts[p]->name.toHtmlEscaped(),
            locale.toString(s.overall, 'f', 0),
            tr("cost %1 · sovereignty %2 · certification %3")
                .arg(locale.toString(s.cost, 'f', 0), locale.toString(s.sovereignty, 'f', 0),
                     locale.toString(s.certification, 'f', 0))
                .toHtmlEscaped());
    }
    html += u"</tr></table>"_s;
    m_scores->setText(html);
    if (!m_comparison->scores.empty()) {
        const compare::ProviderScores &s = m_comparison->scores[order.front()];
        m_scores->setToolTip(tr("Cost: %1\nSovereignty: %2\nCertification: %3\nOverall: %4")
                                 .arg(s.costFormula, s.sovereigntyFormula, s.certificationFormula,
                                      s.overallFormula));
    }
}

void ComparisonPage::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_comparison || !current.isValid() || m_comparison->providers.isEmpty()) {
        m_detail->clear();
        return;
    }
    const QString workloadId = current.data(ComparisonTableModel::WorkloadIdRole).toString();
    const int providerIndex = std::max(0, current.column() - ComparisonTableModel::FirstProvider);
    const auto row =
        std::find_if(m_comparison->workloads.begin(), m_comparison->workloads.end(),
                     [&](const compare::WorkloadResult &r) { return r.workloadId == workloadId; });
    if (row == m_comparison->workloads.end()) {
        m_detail->clear();
        return;
    }
    const catalog::Provider &provider = *m_comparison->providerFacts[size_t(providerIndex)];
    const compare::Match &m = row->matches[size_t(providerIndex)];
    const compare::Explanation e = compare::explain(
        *m_pricedCatalog, *m_estate, m_comparison->settings, workloadId, provider.id);
    const QLocale locale;
    QString html = u"<h3>%1 — %2</h3><p>%3</p>"_s.arg(
        row->name.toHtmlEscaped(), provider.name.toHtmlEscaped(), e.summary.toHtmlEscaped());
    if (m.matched) {
        const compare::Components &c = m.components;
        QStringList parts;
        const std::pair<const char *, Money> items[] = {{compare::kCompute, c.compute},
                                                        {compare::kStorage, c.storage},
                                                        {compare::kLicence, c.licence},
                                                        {compare::kPlatform, c.platform}};
        for (const auto &[id, amount] : items) {
            const QString name = QString::fromLatin1(id);
            if (m.missing.contains(name) || (!m.priced && name == u"compute")) {
                parts << tr("%1: no sourced price").arg(componentName(name));
            } else if (!amount.isZero()) {
                parts << tr("%1: %2").arg(componentName(name), moneyText(amount));
            }
        }
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(
            tr("Monthly: %1").arg(ComparisonTableModel::costText(m)).toHtmlEscaped(),
            parts.join(u"<br>"_s));
        html += u"<p>%1</p>"_s.arg(
            tr("Sized %1: %2 vCPU, %3 GiB. Confidence %4/5 (5, minus one for each of: an "
               "unverified price, an unknown storage size or OS, no utilisation for "
               "performance sizing, an incomplete cost).")
                .arg(m.sizingNote, locale.toString(m.vcpu), locale.toString(m.memoryGib))
                .arg(m.confidence)
                .toHtmlEscaped());
        if (!m.notes.isEmpty()) {
            html += u"<ul><li>"_s;
            QStringList notes;
            for (const QString &note : m.notes) {
                notes << note.toHtmlEscaped();
            }
            html += notes.join(u"</li><li>"_s) + u"</li></ul>"_s;
        }
        if (!m.licences.empty()) {
            QStringList lines;
            for (const compare::Match::LicenceUse &use : m.licences) {
                lines << (use.monthlyEur ? moneyText(*use.monthlyEur) + u" — "_s
                                         : tr("no sourced price") + u" — "_s) +
                             use.note.toHtmlEscaped();
            }
            html += u"<h4>%1</h4><ul><li>%2</li></ul>"_s.arg(tr("Licences").toHtmlEscaped(),
                                                             lines.join(u"</li><li>"_s));
        }
        if (!m.source.isEmpty()) {
            html += u"<p><small>%1</small></p>"_s.arg(
                tr("Price source: %1, %2%3")
                    .arg(m.source, locale.toString(m.date, QLocale::ShortFormat),
                         m.verified ? QString() : tr(" (not verified)"))
                    .toHtmlEscaped());
        }
    }
    // Eligible offers, cheapest first, then the rejected ones grouped by reason.
    QStringList eligible;
    std::map<QString, QStringList> rejected;
    for (const compare::OfferVerdict &v : e.offers) {
        if (v.eligible) {
            if (eligible.size() < 8) {
                eligible << u"<tr><td>%1</td><td>%2</td><td align='right'>%3</td></tr>"_s.arg(
                    v.offerId.toHtmlEscaped(), v.region.toHtmlEscaped(),
                    v.monthly ? moneyText(*v.monthly) + (v.verified ? QString() : u" *"_s)
                              : tr("no price"));
            }
        } else {
            rejected[v.reason] << v.offerId;
        }
    }
    const int eligibleCount =
        int(std::count_if(e.offers.begin(), e.offers.end(),
                          [](const compare::OfferVerdict &v) { return v.eligible; }));
    if (eligibleCount > 0) {
        html += u"<h4>%1</h4><table cellspacing='4'>%2</table>"_s.arg(
            tr("Eligible offers considered (%1, cheapest first)").arg(eligibleCount),
            eligible.join(QString()));
    }
    if (!rejected.empty()) {
        html += u"<h4>%1</h4><ul>"_s.arg(tr("Rejected"));
        for (const auto &[reason, offers] : rejected) {
            QStringList shown = offers.mid(0, 3);
            html += u"<li>%1 — %2</li>"_s.arg(
                reason.toHtmlEscaped(),
                tr("%n offer(s): %1", nullptr, int(offers.size()))
                    .arg(shown.join(u", "_s) + (offers.size() > 3 ? u"…"_s : QString()))
                    .toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    const compare::ProviderScores &s = m_comparison->scores[size_t(providerIndex)];
    html += u"<h4>%1</h4><p><small>%2<br>%3<br>%4<br>%5</small></p>"_s.arg(
        tr("Scores of %1").arg(provider.name).toHtmlEscaped(),
        tr("Cost %1: %2").arg(locale.toString(s.cost, 'f', 0), s.costFormula).toHtmlEscaped(),
        tr("Sovereignty %1: %2")
            .arg(locale.toString(s.sovereignty, 'f', 0), s.sovereigntyFormula)
            .toHtmlEscaped(),
        tr("Certification %1: %2")
            .arg(locale.toString(s.certification, 'f', 0), s.certificationFormula)
            .toHtmlEscaped(),
        tr("Overall %1: %2")
            .arg(locale.toString(s.overall, 'f', 0), s.overallFormula)
            .toHtmlEscaped());
    const compare::ProviderTotals &t = m_comparison->totals[size_t(providerIndex)];
    if (t.incomplete) {
        html += u"<p><small>%1</small></p>"_s.arg(
            tr("The total of %1 is incomplete: no sourced price for %2.")
                .arg(provider.name, componentList(t.missing))
                .toHtmlEscaped());
    }
    m_detail->setHtml(html);
}

} // namespace boussole
