#include "views/pages/ScenariosPage.h"

#include "models/catalog/CatalogStore.h"
#include "models/commands/SetOnPremisesCommand.h"
#include "models/commands/SetScenariosCommand.h"
#include "models/costs/CostData.h"
#include "models/itemmodels/SensitivityTableModel.h"
#include "models/pricebook/PriceBook.h"
#include "models/services/ServiceMap.h"
#include "models/storage/ProjectFile.h"
#include "views/charts/LineChart.h"
#include "views/charts/StackedBarChart.h"
#include "views/charts/TornadoChart.h"
#include "views/dialogs/LicencesDialog.h"
#include "views/widgets/EmptyState.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr int kSortRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

enum Column {
    Name,
    Target,
    Monthly,
    Yearly,
    Status,
    Unplaced,
    OneOff,
    Payback,
    Saving,
    Commitments,
    HorizonTotal,
    ColumnCount
};

QStandardItem *item(const QString &text, const QVariant &sort = {})
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setData(sort.isValid() ? sort : QVariant(text), kSortRole);
    return i;
}

// The start editor's lowest date stands for "no start set": the month after the last bill.
const QDate kNoStart(2000, 1, 1);

const QStringList &fields()
{
    static const QStringList list = {u"any"_s,         u"application"_s, u"data-class"_s,
                                     u"environment"_s, u"kind"_s,        u"site"_s};
    return list;
}

} // namespace

ScenariosPage::ScenariosPage(QWidget *parent)
    : Page(parent), m_empty(new EmptyState(this)), m_content(new QWidget(this)),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_new(new QPushButton(tr("New scenario…"), this)),
      m_duplicate(new QPushButton(tr("Duplicate"), this)),
      m_delete(new QPushButton(tr("Delete"), this)),
      m_target(new QPushButton(tr("Make it the target"), this)), m_rules(new QTableWidget(this)),
      m_terms(new QTableWidget(this)), m_horizon(new QSpinBox(this)),
      m_personDays(new QDoubleSpinBox(this)), m_dayRate(new QDoubleSpinBox(this)),
      m_dataGb(new QDoubleSpinBox(this)), m_egressPrice(new QDoubleSpinBox(this)),
      m_doubleRun(new QSpinBox(this)), m_priceFactor(new QDoubleSpinBox(this)),
      m_start(new QDateEdit(this)), m_unknownCommitmentMonths(new QSpinBox(this)),
      m_commitmentDiscount(new QDoubleSpinBox(this)),
      m_sensitivityPercent(new QDoubleSpinBox(this)), m_egressMultiplier(new QDoubleSpinBox(this)),
      m_percentile(new QComboBox(this)), m_sensitivity(new SensitivityTableModel(this)),
      m_sensitivityTable(new QTableView(this)), m_tornado(new TornadoChart(this)),
      m_detail(new QLabel(this)), m_totalsChart(new StackedBarChart(this)),
      m_tcoChart(new LineChart(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_content);
    m_empty->hide();
    connect(m_empty, &EmptyState::activated, this,
            [this] { Q_EMIT pageRequested(u"inventory"_s); });

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout();
    for (QPushButton *b : {m_new, m_duplicate, m_delete, m_target}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    // The licences the business case may bring (BYOL): the same dialog as the Comparison page's.
    auto *licences = new QPushButton(tr("Licences…"), this);
    licences->setObjectName(u"licencesButton"_s);
    connect(licences, &QPushButton::clicked, this, [this] {
        auto *dialog = new LicencesDialog(
            m_project, m_project && !m_project->readOnly() ? m_undoStack : nullptr, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // The project's on-premises cost model (shared by every scenario).
    m_onPremisesButton = new QPushButton(tr("On-premises costs…"), this);
    m_onPremisesButton->setToolTip(
        tr("Monthly cost per vCPU, GiB of memory and GB of storage on site, and a fixed amount "
           "for the datacentre: today's cost for the workloads no bill covers, and the cost of a "
           "rule that keeps workloads on site (provider “on-premises”)"));
    connect(m_onPremisesButton, &QPushButton::clicked, this, &ScenariosPage::editOnPremises);
    buttons->addWidget(m_onPremisesButton);
    buttons->addWidget(licences);
    m_target->setToolTip(tr("The target scenario feeds the migration plan's cost curve"));
    content->addLayout(buttons);

    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels(
        {tr("Scenario"), tr("Target"), tr("Per month (EUR)"), tr("Per year (EUR)"), tr("Prices"),
         tr("Not placed"), tr("One-off"), tr("Payback"), tr("Saving over the horizon"),
         tr("Commitments after the move"), tr("Total over the horizon")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(kSortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);

    // The selected scenario: rules, terms, assumptions.
    auto *editors = new QWidget(this);
    auto *editorsLayout = new QHBoxLayout(editors);
    editorsLayout->setContentsMargins(0, 0, 0, 0);
    auto *rulesBox = new QGroupBox(tr("Placement rules (the first that matches wins)"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    m_rules->setColumnCount(5);
    m_rules->setHorizontalHeaderLabels(
        {tr("Field"), tr("Value"), tr("Provider"), tr("Region"), tr("Offer family")});
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setToolTip(tr("Field: any, application, data-class, environment, kind, site or "
                           "tag:KEY. Provider: a catalog provider, or on-premises (priced with "
                           "the on-premises costs). "
                           "Value: compared without case; * matches any value. Region and "
                           "offer family are optional."));
    rulesLayout->addWidget(m_rules);
    auto *ruleButtons = new QHBoxLayout();
    auto *addRuleButton = new QPushButton(tr("Add a rule"), this);
    auto *removeRule = new QPushButton(tr("Remove the rule"), this);
    ruleButtons->addWidget(addRuleButton);
    ruleButtons->addWidget(removeRule);
    ruleButtons->addStretch();
    rulesLayout->addLayout(ruleButtons);
    editorsLayout->addWidget(rulesBox, 3);

    auto *termsBox = new QGroupBox(tr("Terms and assumptions"), this);
    auto *termsLayout = new QVBoxLayout(termsBox);
    m_terms->setColumnCount(4);
    m_terms->setHorizontalHeaderLabels(
        {tr("Provider"), tr("Commitment (years)"), tr("Discount %"), tr("Basis")});
    m_terms->horizontalHeader()->setStretchLastSection(true);
    m_terms->setToolTip(tr("A discount off the compute line, with where it comes from (a quote) "
                           "or “assumption”"));
    termsLayout->addWidget(m_terms);
    auto *termButtons = new QHBoxLayout();
    auto *addTerm = new QPushButton(tr("Add a term"), this);
    auto *removeTerm = new QPushButton(tr("Remove the term"), this);
    termButtons->addWidget(addTerm);
    termButtons->addWidget(removeTerm);
    termButtons->addStretch();
    termsLayout->addLayout(termButtons);
    auto *form = new QFormLayout();
    m_horizon->setRange(1, 10);
    m_horizon->setSuffix(tr(" years"));
    m_personDays->setRange(0, 100000);
    m_dayRate->setRange(0, 10000);
    m_dayRate->setSuffix(u" €"_s);
    m_dataGb->setRange(0, 1e9);
    m_dataGb->setSuffix(tr(" GB"));
    m_egressPrice->setRange(0, 10);
    m_egressPrice->setDecimals(4);
    m_egressPrice->setSuffix(u" €"_s);
    m_doubleRun->setRange(0, 60);
    m_doubleRun->setSuffix(tr(" months"));
    m_priceFactor->setRange(0.5, 2);
    m_priceFactor->setSingleStep(0.1);
    m_priceFactor->setDecimals(2);
    m_priceFactor->setToolTip(tr("Sensitivity: 0.9 or 1.1 shows the case with target prices 10 % "
                                 "lower or higher"));
    form->addRow(tr("Horizon:"), m_horizon);
    form->addRow(tr("Migration labour (person-days):"), m_personDays);
    form->addRow(tr("Day rate:"), m_dayRate);
    form->addRow(tr("Data leaving the old provider:"), m_dataGb);
    form->addRow(tr("Its egress price per GB:"), m_egressPrice);
    form->addRow(tr("Double run:"), m_doubleRun);
    form->addRow(tr("Target price factor:"), m_priceFactor);
    m_unknownCommitmentMonths->setRange(0, 120);
    m_unknownCommitmentMonths->setSuffix(tr(" months"));
    m_unknownCommitmentMonths->setToolTip(
        tr("Assumption: how long a commitment whose expiry the bills do not state (FOCUS does "
           "not carry it) is still paid from the start"));
    m_commitmentDiscount->setRange(0, 95);
    m_commitmentDiscount->setDecimals(1);
    m_commitmentDiscount->setSuffix(u" %"_s);
    m_commitmentDiscount->setToolTip(
        tr("Assumption: what today's commitments save against on demand. Staying, once one "
           "expires, its usage pays on demand (no renewal)"));
    m_start->setDisplayFormat(u"yyyy-MM"_s);
    m_start->setMinimumDate(kNoStart);
    m_start->setSpecialValueText(tr("the month after the last bill"));
    m_start->setToolTip(tr("The first month of the horizon, to place today's commitments' expiry"));
    form->addRow(tr("Start:"), m_start);
    form->addRow(tr("Unknown commitment expiry (assumption):"), m_unknownCommitmentMonths);
    form->addRow(tr("Commitment discount (assumption):"), m_commitmentDiscount);
    termsLayout->addLayout(form);
    editorsLayout->addWidget(termsBox, 2);
    split->addWidget(editors);

    auto *charts = new QWidget(this);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_totalsChart, 1);
    chartsLayout->addWidget(m_tcoChart, 1);
    charts->setMinimumHeight(280);
    split->addWidget(charts);

    // The sensitivity view: its factors are assumptions of the scenario, edited undoably.
    auto *sensitivityBox =
        new QGroupBox(tr("Sensitivity: the cost of ownership with one assumption changed"), this);
    auto *sensitivityLayout = new QHBoxLayout(sensitivityBox);
    auto *factors = new QFormLayout();
    m_sensitivityPercent->setRange(0, 50);
    m_sensitivityPercent->setDecimals(1);
    m_sensitivityPercent->setPrefix(u"± "_s);
    m_sensitivityPercent->setSuffix(u" %"_s);
    m_egressMultiplier->setRange(0, 10);
    m_egressMultiplier->setDecimals(2);
    m_egressMultiplier->setPrefix(u"× "_s);
    for (const int p : {50, 95, 99, 100}) {
        m_percentile->addItem(p == 100 ? tr("maximum") : u"P%1"_s.arg(p), p);
    }
    factors->addRow(tr("Target prices (assumption):"), m_sensitivityPercent);
    factors->addRow(tr("Egress (assumption):"), m_egressMultiplier);
    factors->addRow(tr("Sizing percentile (assumption):"), m_percentile);
    sensitivityLayout->addLayout(factors);
    m_sensitivityTable->setModel(m_sensitivity);
    m_sensitivityTable->verticalHeader()->hide();
    m_sensitivityTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sensitivityTable->horizontalHeader()->setStretchLastSection(true);
    sensitivityLayout->addWidget(m_sensitivityTable, 3);
    sensitivityLayout->addWidget(m_tornado, 2);
    split->addWidget(sensitivityBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    split->setStretchFactor(3, 2);
    m_table->setMinimumHeight(120);
    content->addWidget(split, 1);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content->addWidget(m_detail);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_selectedId = current.isValid() ? current.data(kIdRole).toString() : QString();
        showSelected();
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = m_project && m_project->readOnly()
                                 ? QString()
                                 : QInputDialog::getText(this, tr("New scenario"), tr("Name:"),
                                                         QLineEdit::Normal, {}, &ok);
        if (!ok || name.trimmed().isEmpty()) {
            return;
        }
        std::vector<scenarios::Scenario> list = m_scenarios;
        scenarios::Scenario s;
        s.id = Project::newId();
        s.name = name.trimmed();
        list.push_back(s);
        m_selectedId = s.id;
        commit(std::move(list), tr("New scenario %1").arg(s.name));
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        const scenarios::Scenario *s = selected();
        if (!s) {
            return;
        }
        std::vector<scenarios::Scenario> list = m_scenarios;
        scenarios::Scenario copy = *s;
        copy.id = Project::newId();
        copy.name = tr("%1 (copy)").arg(s->name);
        copy.target = false;
        list.push_back(copy);
        m_selectedId = copy.id;
        commit(std::move(list), tr("Duplicate scenario %1").arg(s->name));
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const scenarios::Scenario *s = selected();
        if (!s) {
            return;
        }
        const QString name = s->name;
        std::vector<scenarios::Scenario> list = m_scenarios;
        std::erase_if(list, [this](const scenarios::Scenario &x) { return x.id == m_selectedId; });
        m_selectedId.clear();
        commit(std::move(list), tr("Delete scenario %1").arg(name));
    });
    connect(m_target, &QPushButton::clicked, this, [this] {
        if (!selected()) {
            return;
        }
        std::vector<scenarios::Scenario> list = m_scenarios;
        QString name;
        for (scenarios::Scenario &s : list) {
            s.target = s.id == m_selectedId;
            if (s.target) {
                name = s.name;
            }
        }
        commit(std::move(list), tr("Make %1 the target").arg(name));
    });
    connect(addRuleButton, &QPushButton::clicked, this, [this] {
        addRule(u"any"_s, QString(),
                m_catalog && !m_catalog->providers.empty() ? m_catalog->providers.front().id
                                                           : QString());
    });
    connect(removeRule, &QPushButton::clicked, this, [this] {
        const int row = m_rules->currentRow();
        if (row >= 0) {
            m_rules->removeRow(row);
            rulesEdited();
        }
    });
    connect(addTerm, &QPushButton::clicked, this, [this] {
        const int row = m_terms->rowCount();
        m_filling = true;
        m_terms->insertRow(row);
        m_terms->setItem(row, 0,
                         new QTableWidgetItem(m_catalog && !m_catalog->providers.empty()
                                                  ? m_catalog->providers.front().id
                                                  : QString()));
        m_terms->setItem(row, 1, new QTableWidgetItem(u"1"_s));
        m_terms->setItem(row, 2, new QTableWidgetItem(u"0"_s));
        m_terms->setItem(row, 3, new QTableWidgetItem(tr("assumption")));
        m_filling = false;
        termsEdited();
    });
    connect(removeTerm, &QPushButton::clicked, this, [this] {
        const int row = m_terms->currentRow();
        if (row >= 0) {
            m_terms->removeRow(row);
            termsEdited();
        }
    });
    connect(m_rules, &QTableWidget::cellChanged, this, [this] { rulesEdited(); });
    connect(m_terms, &QTableWidget::cellChanged, this, [this] { termsEdited(); });
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{
             m_horizon, m_personDays, m_dayRate, m_dataGb, m_egressPrice, m_doubleRun,
             m_priceFactor, m_start, m_unknownCommitmentMonths, m_commitmentDiscount,
             m_sensitivityPercent, m_egressMultiplier}) {
        connect(box, &QAbstractSpinBox::editingFinished, this, [this] { assumptionsEdited(); });
    }
    connect(m_percentile, &QComboBox::currentIndexChanged, this, [this] { assumptionsEdited(); });
}

scenarios::Scenario *ScenariosPage::selected()
{
    for (scenarios::Scenario &s : m_scenarios) {
        if (s.id == m_selectedId) {
            return &s;
        }
    }
    return nullptr;
}

int ScenariosPage::selectedRow() const
{
    return m_table->currentIndex().row();
}

void ScenariosPage::selectScenario(int row)
{
    m_table->setCurrentIndex(m_proxy->index(row, 0));
}

QString ScenariosPage::detailText() const
{
    return m_detail->text();
}

void ScenariosPage::commit(std::vector<scenarios::Scenario> list, const QString &text)
{
    if (!m_project || !m_undoStack || m_project->readOnly()) {
        return;
    }
    m_undoStack->push(new SetScenariosCommand(m_project, std::move(list), text));
}

void ScenariosPage::refresh()
{
    const bool hasWorkloads = m_project && m_project->workloadCount() > 0;
    m_empty->setVisible(!hasWorkloads);
    m_content->setVisible(hasWorkloads);
    if (!hasWorkloads) {
        m_empty->setTexts(tr("No scenario to weigh yet"),
                          tr("A scenario sends each workload to a provider by rules (health data "
                             "to a SecNumCloud-qualified offer, the rest to another provider…) and "
                             "costs it over several years against today's bills. Import an "
                             "inventory first."),
                          tr("Open the inventory"));
        return;
    }
    if (!m_catalog && m_catalogError.isEmpty()) {
        Result<catalog::Catalog> loaded = catalog::catalogInUse();
        if (loaded) {
            m_catalog = std::make_shared<const catalog::Catalog>(std::move(loaded.value()));
        } else {
            m_catalogError = loaded.error().toString();
        }
    }
    m_scenarios = scenarios::loadScenarios(*m_project);
    const bool writable = !m_project->readOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_new, m_duplicate, m_delete, m_target,
                                                       m_onPremisesButton}) {
        w->setEnabled(writable);
    }
    evaluateAll();
    fillTable();
    showSelected();
}

void ScenariosPage::evaluateAll()
{
    m_results.clear();
    m_today.reset();
    if (!m_catalog) {
        return;
    }
    auto priced = std::make_shared<catalog::Catalog>(*m_catalog);
    applyPriceBooks(*priced, priceBooks(*m_project));
    m_priced = priced;
    m_estate = compare::loadEstate(*m_project);
    m_settings = compare::CompareSettings::load(*m_project);
    m_onPremises = scenarios::loadOnPremises(*m_project);
    m_refactorServices.clear();
    if (Result<CostData> bills = CostData::load(*m_project); bills) {
        m_today = scenarios::todayFromBills(*bills, *priced, m_estate, m_onPremises);
        // Services the project's services map says need refactoring: not priced by any scenario.
        if (Result<ServiceMap> map = effectiveServiceMap(m_project)) {
            for (const ServiceLine &line : serviceLines(*bills, *map)) {
                if (line.mapping && line.mapping->needsRefactor() &&
                    !m_refactorServices.contains(line.service)) {
                    m_refactorServices << line.service;
                }
            }
        }
    }
    for (const scenarios::Scenario &s : m_scenarios) {
        Evaluated e;
        e.result = scenarios::evaluate(s, *priced, m_estate, m_settings, m_onPremises);
        if (m_today) {
            e.tco = scenarios::totalCostOfOwnership(*m_today, e.result, s.assumptions);
        }
        m_results.push_back(std::move(e));
    }
}

void ScenariosPage::fillTable()
{
    const QLocale locale;
    m_model->removeRows(0, m_model->rowCount());
    StackedSeries series;
    series.title = tr("Monthly cost by component (EUR)");
    const QStringList parts = {tr("compute"), tr("storage"), tr("egress"), tr("licence"),
                               tr("platform")};
    std::vector<std::vector<double>> values(5);
    for (std::size_t i = 0; i < m_scenarios.size(); ++i) {
        const scenarios::Scenario &s = m_scenarios[i];
        const scenarios::ScenarioResult &r = m_results[i].result;
        const Money monthly = r.monthly.total();
        const Money yearly = monthly.multipliedBy(12).value_or(Money());
        QList<QStandardItem *> row;
        row << item(s.name) << item(s.target ? tr("yes") : QString(), s.target ? 1 : 0)
            << item(monthly.format(locale, u"EUR") + (r.incomplete ? u" ?"_s : QString()),
                    monthly.toApproximateDouble())
            << item(yearly.format(locale, u"EUR") + (r.incomplete ? u" ?"_s : QString()),
                    yearly.toApproximateDouble())
            << item(r.incomplete ? tr("incomplete") : tr("complete"), r.incomplete ? 1 : 0)
            << item(locale.toString(int(r.unplaced.size())), int(r.unplaced.size()));
        const auto &tco = m_results[i].tco;
        row << item(tco ? tco->oneOff.format(locale, u"EUR") : QString(),
                    tco ? tco->oneOff.toApproximateDouble() : 0.0)
            << item(tco && tco->paybackMonth ? tr("month %1").arg(*tco->paybackMonth)
                                             : (tco ? tr("none") : QString()),
                    tco && tco->paybackMonth ? *tco->paybackMonth : 9999)
            << item(tco ? tco->savingOverHorizon.format(locale, u"EUR") : QString(),
                    tco ? tco->savingOverHorizon.toApproximateDouble() : 0.0)
            << item(tco ? tco->commitmentsAfterMove.format(locale, u"EUR") : QString(),
                    tco ? tco->commitmentsAfterMove.toApproximateDouble() : 0.0)
            << item(tco ? tco->scenarioTotal.format(locale, u"EUR") +
                              (r.incomplete ? u" ?"_s : QString())
                        : QString(),
                    tco ? tco->scenarioTotal.toApproximateDouble() : 0.0);
        row.front()->setData(s.id, kIdRole);
        for (QStandardItem *cell : row) {
            cell->setData(s.id, kIdRole);
        }
        m_model->appendRow(row);
        series.categories << s.name;
        const compare::Components &c = r.monthly;
        const Money pieces[] = {c.compute, c.storage, c.egress, c.licence, c.platform};
        for (int p = 0; p < 5; ++p) {
            values[std::size_t(p)].push_back(pieces[p].toApproximateDouble());
        }
    }
    for (int p = 0; p < 5; ++p) {
        series.sets.emplace_back(parts[p], values[std::size_t(p)]);
    }
    m_totalsChart->setSeries(series);
    m_table->resizeColumnsToContents();
    // Keep the selection, or select the target, or the first.
    int wanted = -1;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QString id = m_proxy->index(r, 0).data(kIdRole).toString();
        if (id == m_selectedId) {
            wanted = r;
        }
    }
    if (wanted < 0) {
        for (int r = 0; r < m_proxy->rowCount(); ++r) {
            if (m_proxy->index(r, Target).data(kSortRole).toInt() == 1) {
                wanted = r;
            }
        }
    }
    if (wanted < 0 && m_proxy->rowCount() > 0) {
        wanted = 0;
    }
    if (wanted >= 0) {
        m_selectedId = m_proxy->index(wanted, 0).data(kIdRole).toString();
        m_table->setCurrentIndex(m_proxy->index(wanted, 0));
    }
}

void ScenariosPage::showSelected()
{
    const scenarios::Scenario *s = selected();
    m_filling = true;
    m_rules->setRowCount(0);
    m_terms->setRowCount(0);
    const bool editable = s && m_project && !m_project->readOnly();
    m_rules->setEnabled(editable);
    m_terms->setEnabled(editable);
    if (s) {
        for (const scenarios::PlacementRule &r : s->rules) {
            const int row = m_rules->rowCount();
            m_rules->insertRow(row);
            const QString cells[] = {r.field, r.value, r.provider, r.region, r.family};
            for (int c = 0; c < 5; ++c) {
                m_rules->setItem(row, c, new QTableWidgetItem(cells[c]));
            }
        }
        for (const scenarios::ProviderTerm &t : s->terms) {
            const int row = m_terms->rowCount();
            m_terms->insertRow(row);
            m_terms->setItem(row, 0, new QTableWidgetItem(t.provider));
            m_terms->setItem(row, 1, new QTableWidgetItem(QString::number(t.commitmentYears)));
            m_terms->setItem(row, 2, new QTableWidgetItem(t.discountPercent.toString()));
            m_terms->setItem(row, 3, new QTableWidgetItem(t.basis));
        }
        const scenarios::Assumptions &a = s->assumptions;
        m_horizon->setValue(a.horizonYears);
        m_personDays->setValue(a.migrationPersonDays);
        m_dayRate->setValue(a.dayRate.toApproximateDouble());
        m_dataGb->setValue(a.dataToMoveGb);
        m_egressPrice->setValue(a.egressPerGbOld.toApproximateDouble());
        m_doubleRun->setValue(a.doubleRunMonths);
        m_priceFactor->setValue(a.priceFactor.toApproximateDouble());
        m_start->setDate(a.start.isValid() ? a.start : kNoStart);
        m_unknownCommitmentMonths->setValue(a.unknownCommitmentMonths);
        m_commitmentDiscount->setValue(a.commitmentDiscountPercent.toApproximateDouble());
        m_sensitivityPercent->setValue(a.sensitivityPercent.toApproximateDouble());
        m_egressMultiplier->setValue(a.egressMultiplier.toApproximateDouble());
        m_percentile->setCurrentIndex(std::max(0, m_percentile->findData(a.sensitivityPercentile)));
    }
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_horizon, m_personDays, m_dayRate, m_dataGb, m_egressPrice, m_doubleRun,
             m_priceFactor, m_start, m_unknownCommitmentMonths, m_commitmentDiscount,
             m_sensitivityPercent, m_egressMultiplier, m_percentile}) {
        w->setEnabled(editable);
    }
    m_filling = false;

    // The cost of ownership of the selected scenario against staying as is.
    const QLocale locale;
    QStringList notes;
    std::size_t index = 0;
    for (; index < m_scenarios.size() && m_scenarios[index].id != m_selectedId; ++index) {
    }
    if (!s || index >= m_results.size()) {
        m_detail->setText(m_catalogError.isEmpty()
                              ? tr("Create a scenario to weigh a mix of providers.")
                              : tr("The price catalog could not be read: %1").arg(m_catalogError));
        m_tcoChart->setLines(QString(), QString(), {});
        m_sensitivity->setEntries({});
        m_tornado->setSeries({}, QString(), QString());
        return;
    }
    const Evaluated &e = m_results[index];
    notes << tr("%1: %2 a month for %n placed workload(s).", nullptr, int(e.result.placed.size()))
                 .arg(s->name, e.result.monthly.total().format(locale, u"EUR"));
    if (!e.result.unplaced.empty()) {
        QStringList names;
        for (const auto &[id, name] : e.result.unplaced) {
            names << name;
        }
        notes << tr("%n workload(s) placed by no rule: %1.", nullptr, int(names.size()))
                     .arg(names.mid(0, 6).join(u", "_s) + (names.size() > 6 ? u"…"_s : QString()));
    }
    if (!e.result.unmatched.empty()) {
        notes << tr("%n workload(s) have no eligible offer where their rule sends them.", nullptr,
                    int(e.result.unmatched.size()));
    }
    if (e.result.incomplete) {
        notes << tr("Incomplete: no sourced price for %1 (never counted as zero; a price book can "
                    "hold the quote).")
                     .arg(e.result.missing.join(u", "_s));
    }
    for (const compare::HostPool &pool : e.result.hosts) {
        QStringList hosts;
        for (std::size_t h = 0; h < pool.workloadNames.size() && h < 8; ++h) {
            hosts << tr("host %1: %2").arg(h + 1).arg(pool.workloadNames[h].join(u", "_s));
        }
        notes << tr("%1 (%2). %3.")
                     .arg(compare::hostPoolSummary(pool, locale), compare::allocationRuleText(),
                          hosts.join(u"; "_s));
    }
    if (!m_refactorServices.isEmpty()) {
        notes << tr("The bills show %n service(s) the services map says need refactoring, not "
                    "priced here: %1.",
                    nullptr, int(m_refactorServices.size()))
                     .arg(m_refactorServices.join(u", "_s));
    }
    if (m_today) {
        if (m_today->workloadsCovered < int(e.result.placed.size())) {
            notes << (m_onPremises.isSet()
                          ? tr("Today's bills and the on-premises cost model cover %1 of the %2 "
                               "placed workloads, so the saving and the payback do not compare "
                               "the same perimeter.")
                          : tr("Today's bills describe %1 of the %2 placed workloads: on-premises "
                               "costs are not modelled (enter them with “On-premises costs…”), "
                               "so the saving and the payback do not compare the same "
                               "perimeter."))
                         .arg(m_today->workloadsCovered)
                         .arg(e.result.placed.size());
        }
        if (m_today->onPremises) {
            const scenarios::OnPremisesCost &site = *m_today->onPremises;
            notes << tr("On premises today: %n workload(s) without a bill cost %1 per month (the "
                        "on-premises cost model; its rates and their basis: “On-premises "
                        "costs…”).",
                        nullptr, int(site.workloadIds.size()))
                         .arg(site.monthly.total().format(locale, u"EUR"));
            if (site.incomplete()) {
                QStringList why;
                if (!site.unknownSize.isEmpty()) {
                    why << tr("size unknown for %1").arg(site.unknownSize.join(u", "_s));
                }
                if (!site.missingRates.isEmpty()) {
                    why << tr("no rate entered for %1").arg(site.missingRates.join(u", "_s));
                }
                notes << tr("Incomplete on premises: %1.").arg(why.join(u"; "_s));
            }
        }
        if (!s->assumptions.basis.isEmpty()) {
            notes << tr("Assumptions: %1").arg(s->assumptions.basis);
        }
        if (e.tco) {
            notes << e.tco->notes;
        }
    } else {
        notes << tr("No bills: the cost of ownership needs today's cost (import a bill).");
    }
    m_detail->setText(notes.join(u' '));
    if (e.tco) {
        std::vector<double> today;
        std::vector<double> scenario;
        std::vector<double> committed;
        Money cumulativeCommitted;
        for (const scenarios::TcoMonth &m : e.tco->months) {
            today.push_back(m.cumulativeToday.toApproximateDouble());
            scenario.push_back(m.cumulativeScenario.toApproximateDouble());
            cumulativeCommitted += m.commitmentsAfterMove;
            committed.push_back(cumulativeCommitted.toApproximateDouble());
        }
        std::vector<LineChart::Line> lines = {{tr("staying as today"), today}, {s->name, scenario}};
        if (!e.tco->commitments.empty()) {
            lines.push_back({tr("of which commitments paid after the move"), committed});
        }
        m_tcoChart->setLines(
            tr("Cumulative cost over %n year(s) (EUR)", nullptr, s->assumptions.horizonYears),
            tr("month"), lines, e.tco->paybackMonth.value_or(0), tr("payback"));
    } else {
        m_tcoChart->setLines(QString(), QString(), {});
    }
    showSensitivity(*s, index);
}

void ScenariosPage::editOnPremises()
{
    if (!m_project || !m_undoStack || m_project->readOnly()) {
        return;
    }
    // Non-blocking (open(), not exec()) so that a test can fill and accept the real dialog.
    auto *dialog = new OnPremisesDialog(scenarios::loadOnPremises(*m_project), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_onPremisesDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const scenarios::OnPremisesModel model = dialog->model();
        if (m_project && m_undoStack && model != scenarios::loadOnPremises(*m_project)) {
            m_undoStack->push(new SetOnPremisesCommand(m_project, model));
        }
    });
    dialog->open();
}

void ScenariosPage::showSensitivity(const scenarios::Scenario &scenario, std::size_t index)
{
    std::vector<SensitivityTableModel::Entry> entries;
    const auto add = [this, &entries](const scenarios::Scenario &s, std::size_t i) {
        if (!m_priced || i >= m_results.size()) {
            return;
        }
        for (scenarios::SensitivityRow &row : scenarios::sensitivity(
                 s, m_results[i].result, *m_priced, m_estate, m_settings, m_today, m_onPremises)) {
            entries.push_back({s.name, std::move(row)});
        }
    };
    add(scenario, index);
    // The target too, when another scenario is selected: the case the plan is built on.
    for (std::size_t i = 0; i < m_scenarios.size(); ++i) {
        if (m_scenarios[i].target && i != index) {
            add(m_scenarios[i], i);
        }
    }
    CategorySeries deltas;
    deltas.title = tr("Change of the cost of ownership of %1 (EUR)").arg(scenario.name);
    for (const SensitivityTableModel::Entry &e : entries) {
        if (e.scenario == scenario.name && e.row.applicable &&
            e.row.kind != scenarios::SensitivityCase::Base) {
            deltas.categories << e.row.label;
            deltas.values.push_back(e.row.delta.toApproximateDouble());
        }
    }
    m_sensitivity->setEntries(std::move(entries));
    m_sensitivityTable->resizeColumnsToContents();
    m_tornado->setSeries(deltas, tr("dearer"), tr("cheaper"));
}

void ScenariosPage::addRule(const QString &field, const QString &value, const QString &provider)
{
    m_filling = true;
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    const QString cells[] = {field, value, provider, QString(), QString()};
    for (int c = 0; c < 5; ++c) {
        m_rules->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_filling = false;
    rulesEdited();
}

void ScenariosPage::rulesEdited()
{
    scenarios::Scenario *s = selected();
    if (m_filling || !s) {
        return;
    }
    std::vector<scenarios::PlacementRule> rules;
    const auto cell = [this](int row, int column) {
        const QTableWidgetItem *i = m_rules->item(row, column);
        return i ? i->text().trimmed() : QString();
    };
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        scenarios::PlacementRule r;
        r.field = cell(row, 0).isEmpty() ? u"any"_s : cell(row, 0);
        if (!fields().contains(r.field) && !r.field.startsWith(u"tag:")) {
            r.field = u"any"_s;
        }
        r.value = cell(row, 1);
        r.provider = cell(row, 2);
        r.region = cell(row, 3);
        r.family = cell(row, 4);
        rules.push_back(r);
    }
    if (rules == s->rules) {
        return;
    }
    std::vector<scenarios::Scenario> list = m_scenarios;
    for (scenarios::Scenario &x : list) {
        if (x.id == s->id) {
            x.rules = rules;
        }
    }
    commit(std::move(list), tr("Edit the rules of %1").arg(s->name));
}

void ScenariosPage::termsEdited()
{
    scenarios::Scenario *s = selected();
    if (m_filling || !s) {
        return;
    }
    std::vector<scenarios::ProviderTerm> terms;
    for (int row = 0; row < m_terms->rowCount(); ++row) {
        const auto cell = [this, row](int column) {
            const QTableWidgetItem *i = m_terms->item(row, column);
            return i ? i->text().trimmed() : QString();
        };
        scenarios::ProviderTerm t;
        t.provider = cell(0);
        t.commitmentYears = cell(1).toInt();
        t.discountPercent = Money::parse(cell(2)).value_or(Money()).abs() < Money::fromInteger(100)
                                ? Money::parse(cell(2)).value_or(Money()).abs()
                                : Money();
        t.basis = cell(3).isEmpty() ? tr("assumption") : cell(3);
        terms.push_back(t);
    }
    if (terms == s->terms) {
        return;
    }
    std::vector<scenarios::Scenario> list = m_scenarios;
    for (scenarios::Scenario &x : list) {
        if (x.id == s->id) {
            x.terms = terms;
        }
    }
    commit(std::move(list), tr("Edit the terms of %1").arg(s->name));
}

void ScenariosPage::assumptionsEdited()
{
    scenarios::Scenario *s = selected();
    if (m_filling || !s) {
        return;
    }
    scenarios::Assumptions a = s->assumptions;
    const auto money = [](double v) {
        return Money::parse(QString::number(v, 'f', 4), {MoneyDecimalSeparator::Dot})
            .value_or(Money());
    };
    a.horizonYears = m_horizon->value();
    a.migrationPersonDays = m_personDays->value();
    a.dayRate = money(m_dayRate->value());
    a.dataToMoveGb = m_dataGb->value();
    a.egressPerGbOld = money(m_egressPrice->value());
    a.doubleRunMonths = m_doubleRun->value();
    a.priceFactor = money(m_priceFactor->value());
    const QDate start = m_start->date();
    a.start = start <= kNoStart ? QDate() : QDate(start.year(), start.month(), 1);
    a.unknownCommitmentMonths = m_unknownCommitmentMonths->value();
    a.commitmentDiscountPercent = money(m_commitmentDiscount->value());
    a.sensitivityPercent = money(m_sensitivityPercent->value());
    a.egressMultiplier = money(m_egressMultiplier->value());
    a.sensitivityPercentile = m_percentile->currentData().toInt();
    if (a == s->assumptions) {
        return;
    }
    std::vector<scenarios::Scenario> list = m_scenarios;
    for (scenarios::Scenario &x : list) {
        if (x.id == s->id) {
            x.assumptions = a;
        }
    }
    commit(std::move(list), tr("Edit the assumptions of %1").arg(s->name));
}

} // namespace boussole
