#include "views/pages/InventoryPage.h"

#include "models/commands/SetWorkloadFieldCommand.h"
#include "models/domain/EstateSummary.h"
#include "models/domain/Reconciliation.h"
#include "models/itemmodels/SortProxyModel.h"
#include "models/itemmodels/WorkloadTableModel.h"
#include "models/storage/ProjectFile.h"
#include "views/charts/StackedBarChart.h"
#include "views/dialogs/ReconcileDialog.h"
#include "views/widgets/ChoiceDelegate.h"
#include "views/widgets/EmptyState.h"
#include "views/widgets/SummaryCards.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace boussole {

// Free text across every column, plus exact filters on coded columns (a null filter means all).
class WorkloadFilterProxy : public SortProxyModel {
public:
    using SortProxyModel::SortProxyModel;

    // Filter slots: environment, kind, data class, application (by column), import (by role).
    void setExact(int slot, const QVariant &value)
    {
        m_exact[slot] = value;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        static constexpr int kColumns[] = {WorkloadTableModel::Environment,
                                           WorkloadTableModel::Kind, WorkloadTableModel::DataClass,
                                           WorkloadTableModel::Application, 0};
        for (int slot = 0; slot < 5; ++slot) {
            const QVariant &wanted = m_exact[slot];
            if (wanted.isNull()) {
                continue;
            }
            const QModelIndex cell = sourceModel()->index(row, kColumns[slot], parent);
            const QVariant actual = slot == 4 ? cell.data(WorkloadTableModel::ImportRole)
                                              : cell.data(WorkloadTableModel::SortRole);
            if (actual.toString() != wanted.toString()) {
                return false;
            }
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QVariant m_exact[5];
};

InventoryPage::InventoryPage(QWidget *parent)
    : Page(parent), m_stack(new QStackedWidget(this)), m_empty(new EmptyState(this)),
      m_cards(new QLabel(this)), m_chart(new StackedBarChart(this)), m_filter(new QLineEdit(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new WorkloadTableModel(this)), m_proxy(new WorkloadFilterProxy(this)),
      m_bulkField(new QComboBox(this)), m_bulkValue(new QComboBox(this)),
      m_bulkApply(new QPushButton(tr("Apply to selection"), this)),
      m_reconcileBar(new QWidget(this)), m_reconcileText(new QLabel(this)),
      m_reconcile(new QPushButton(tr("Review…"), this))
{
    for (auto &combo : m_filters) {
        combo = new QComboBox(this);
        // Long application names must not widen the window beyond a laptop screen.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_empty->setTexts(tr("No workloads yet"),
                      tr("The inventory lists every machine, database and container of the "
                         "estate. Import a CMDB or Excel CSV export to fill it."),
                      tr("Import a file…"));
    connect(m_empty, &EmptyState::activated, this, &InventoryPage::importRequested);
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    m_cards->setTextFormat(Qt::RichText);
    top->addWidget(m_cards, 1);
    m_chart->setMinimumWidth(420);
    m_chart->setMaximumHeight(210);
    top->addWidget(m_chart, 1);
    contentLayout->addLayout(top);

    // Shown when two sources seem to describe the same machine, so totals do not double.
    auto *reconcileLayout = new QHBoxLayout(m_reconcileBar);
    reconcileLayout->setContentsMargins(0, 0, 0, 0);
    m_reconcileText->setWordWrap(true);
    reconcileLayout->addWidget(m_reconcileText, 1);
    m_reconcile->setToolTip(
        tr("Confirm which records from different sources are the same machine"));
    reconcileLayout->addWidget(m_reconcile);
    contentLayout->addWidget(m_reconcileBar);
    connect(m_reconcile, &QPushButton::clicked, this, [this] {
        if (!m_project) {
            return;
        }
        ReconcileDialog dialog(findDuplicateCandidates(m_project->workloads()), this);
        if (dialog.exec() == QDialog::Accepted) {
            markDuplicates(dialog.confirmedLinks());
        }
    });

    auto *bar = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter by name, application, system…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the rows containing this text in any column (Ctrl+F)"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);
    bar->addWidget(m_filter, 2);
    const QString tips[] = {tr("Show one environment only"), tr("Show one kind only"),
                            tr("Show one data class only"), tr("Show one application only"),
                            tr("Show the workloads of one import only")};
    for (int i = 0; i < 5; ++i) {
        m_filters[i]->setToolTip(tips[i]);
        bar->addWidget(m_filters[i]);
        connect(m_filters[i], &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilters);
    }
    contentLayout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkloadTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ChoiceDelegate(WorkloadTableModel::ChoicesRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkloadTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    contentLayout->addWidget(m_table, 1);

    m_summary->setWordWrap(true);
    contentLayout->addWidget(m_summary);
    auto *bulk = new QHBoxLayout;
    bulk->addStretch(1);
    bulk->addWidget(new QLabel(tr("Set for the selected rows:"), this));
    m_bulkField->addItem(tr("Environment"), int(WorkloadEditField::Environment));
    m_bulkField->addItem(tr("Criticality"), int(WorkloadEditField::Criticality));
    m_bulkField->addItem(tr("Data class"), int(WorkloadEditField::DataClass));
    m_bulkField->addItem(tr("Application"), int(WorkloadEditField::Application));
    bulk->addWidget(m_bulkField);
    m_bulkValue->setMinimumContentsLength(14);
    bulk->addWidget(m_bulkValue);
    m_bulkApply->setToolTip(tr("Change the chosen field on every selected workload (undoable)"));
    bulk->addWidget(m_bulkApply);
    contentLayout->addLayout(bulk);
    m_stack->addWidget(content);

    connect(m_filter, &QLineEdit::textChanged, this, &InventoryPage::applyFilters);
    connect(m_bulkField, &QComboBox::currentIndexChanged, this, &InventoryPage::fillBulkValues);
    connect(m_bulkApply, &QPushButton::clicked, this, &InventoryPage::applyBulkEdit);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InventoryPage::updateBulkState);
    fillBulkValues();
}

QSortFilterProxyModel *InventoryPage::proxy() const
{
    return m_proxy;
}

void InventoryPage::fillBulkValues()
{
    const auto field = WorkloadEditField(m_bulkField->currentData().toInt());
    m_bulkValue->clear();
    const auto choices = WorkloadTableModel::choices(field);
    // Application is free text, offered from the values the estate already has.
    m_bulkValue->setEditable(choices.isEmpty());
    if (choices.isEmpty()) {
        std::set<QString> applications;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            applications.insert(m_model->workload(row).application);
        }
        for (const QString &application : applications) {
            if (!application.isEmpty()) {
                m_bulkValue->addItem(application, application);
            }
        }
    } else {
        for (const auto &[code, label] : choices) {
            m_bulkValue->addItem(label, code);
        }
    }
    updateBulkState();
}

void InventoryPage::updateBulkState()
{
    const bool writable = m_project && !m_project->readOnly() && m_undoStack;
    m_bulkApply->setEnabled(writable && m_table->selectionModel()->hasSelection());
}

void InventoryPage::applyBulkEdit()
{
    if (!m_project || !m_undoStack) {
        return;
    }
    const auto field = WorkloadEditField(m_bulkField->currentData().toInt());
    const QString value = m_bulkValue->isEditable() ? m_bulkValue->currentText().trimmed()
                                                    : m_bulkValue->currentData().toString();
    std::vector<Workload> selected;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        selected.push_back(m_model->workload(m_proxy->mapToSource(index).row()));
    }
    if (selected.empty()) {
        return;
    }
    m_undoStack->push(new SetWorkloadFieldCommand(m_project, field, selected, value));
}

void InventoryPage::markDuplicates(const std::vector<std::pair<QString, QString>> &links)
{
    if (m_project && m_undoStack && !links.empty()) {
        m_undoStack->push(new SetDuplicateOfCommand(m_project, links));
    }
}

void InventoryPage::applyFilters()
{
    m_proxy->setFilterFixedString(m_filter->text());
    for (int slot = 0; slot < 5; ++slot) {
        m_proxy->setExact(slot, m_filters[slot]->currentData());
    }
    updateSummary();
}

void InventoryPage::updateSummary()
{
    double vcpu = 0;
    double memory = 0;
    double storage = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        const Workload &w = m_model->workload(source.row());
        vcpu += w.vcpu.value_or(0);
        memory += w.memoryGib.value_or(0);
        storage += w.storageGib.value_or(0);
    }
    const QLocale locale;
    m_summary->setText(tr("%1 of %n workload(s) shown — %2 vCPU, %3 GiB memory, %4 GiB storage "
                          "allocated",
                          nullptr, m_model->rowCount())
                           .arg(locale.toString(m_proxy->rowCount()))
                           .arg(locale.toString(vcpu, 'f', 0))
                           .arg(locale.toString(memory, 'f', 0))
                           .arg(locale.toString(storage, 'f', 0)));
}

void InventoryPage::refresh()
{
    m_model->reload(m_project, m_undoStack);
    // The cost column only when bills are linked to workloads: otherwise it would be all blank.
    m_table->setColumnHidden(WorkloadTableModel::MonthlyCost, !m_model->hasCosts());
    std::vector<Workload> workloads;
    workloads.reserve(size_t(m_model->rowCount()));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        workloads.push_back(m_model->workload(row));
    }

    // Filter choices come from the data, with "all" first (a null value).
    const QString allLabels[] = {tr("All environments"), tr("All kinds"), tr("All data classes"),
                                 tr("All applications"), tr("All imports")};
    std::map<QString, QString> options[5];
    for (const Workload &w : workloads) {
        options[0][w.environment] = WorkloadTableModel::environmentLabel(w.environment);
        options[1][w.kind] = WorkloadTableModel::kindLabel(w.kind);
        options[2][w.dataClass] = w.dataClass.isEmpty()
                                      ? tr("Not classified")
                                      : WorkloadTableModel::dataClassLabel(w.dataClass);
        options[3][w.application] = w.application.isEmpty() ? tr("No application") : w.application;
    }
    if (m_project) {
        for (const ImportRecord &record : m_project->imports()) {
            options[4][record.id] = record.fileName;
        }
    }
    for (int slot = 0; slot < 5; ++slot) {
        QComboBox *combo = m_filters[slot];
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(allLabels[slot], QVariant());
        for (const auto &[code, label] : options[slot]) {
            combo->addItem(label, code);
        }
        const int index = current.isNull() ? 0 : combo->findData(current);
        combo->setCurrentIndex(std::max(0, index));
    }
    applyFilters();

    const auto candidates = findDuplicateCandidates(workloads);
    m_reconcileBar->setVisible(!candidates.empty() && m_project && !m_project->readOnly());
    m_reconcileText->setText(
        tr("%n record(s) from different sources may describe a machine already listed.", nullptr,
           int(candidates.size())));

    const EstateSummary summary = EstateSummary::of(workloads);
    const QLocale locale;
    m_cards->setText(summaryCardsHtml({
        {locale.toString(summary.workloads), tr("workload(s)", nullptr, summary.workloads)},
        {locale.toString(summary.vcpu, 'f', 0), tr("vCPU running")},
        {tr("%1 GiB").arg(locale.toString(summary.memoryGib, 'f', 0)), tr("memory running")},
        {tr("%1 TiB").arg(locale.toString(summary.storageGib / 1024.0, 'f', 1)),
         tr("storage provisioned")},
    }));

    StackedSeries chart;
    chart.title = tr("Workloads by environment and kind");
    std::vector<QString> environments;
    for (const auto &[code, count] : summary.byEnvironment) {
        environments.push_back(code);
        chart.categories << WorkloadTableModel::environmentLabel(code);
    }
    for (const auto &[kind, total] : summary.byKind) {
        std::vector<double> values;
        for (const QString &environment : environments) {
            int count = 0;
            for (const Workload &w : workloads) {
                count += (w.kind == kind && w.environment == environment) ? 1 : 0;
            }
            values.push_back(count);
        }
        chart.sets.emplace_back(WorkloadTableModel::kindLabel(kind), std::move(values));
    }
    m_chart->setSeries(chart);

    fillBulkValues();
    m_table->resizeColumnsToContents();
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
}

} // namespace boussole
