#include "views/pages/InventoryPage.h"

#include "models/itemmodels/WorkloadTableModel.h"
#include "models/storage/ProjectFile.h"
#include "views/widgets/EmptyState.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace boussole {

namespace {

// Text filter across every column, plus an exact environment filter.
class WorkloadFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setEnvironment(const QString &code)
    {
        m_environment = code;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_environment.isNull()) {
            const QModelIndex env =
                sourceModel()->index(row, WorkloadTableModel::Environment, parent);
            if (env.data(WorkloadTableModel::SortRole).toString() != m_environment) {
                return false;
            }
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QString m_environment;
};

} // namespace

InventoryPage::InventoryPage(QWidget *parent)
    : Page(parent), m_stack(new QStackedWidget(this)), m_empty(new EmptyState(this)),
      m_filter(new QLineEdit(this)), m_environment(new QComboBox(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_model(new WorkloadTableModel(this)), m_proxy(new WorkloadFilterProxy(this))
{
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
    auto *bar = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter by name, application, system…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the rows containing this text in any column (Ctrl+F)"));
    bar->addWidget(m_filter, 2);
    m_environment->setToolTip(tr("Show one environment only"));
    bar->addWidget(m_environment, 1);
    contentLayout->addLayout(bar);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkloadTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkloadTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    contentLayout->addWidget(m_table, 1);
    contentLayout->addWidget(m_summary);
    m_stack->addWidget(content);

    connect(m_filter, &QLineEdit::textChanged, this, &InventoryPage::applyFilters);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &InventoryPage::applyFilters);
}

void InventoryPage::applyFilters()
{
    m_proxy->setFilterFixedString(m_filter->text());
    static_cast<WorkloadFilterProxy *>(m_proxy)->setEnvironment(
        m_environment->currentData().toString());
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
    m_summary->setText(tr("%1 of %2 workloads shown — %3 vCPU, %4 GiB memory, %5 GiB storage "
                          "allocated")
                           .arg(locale.toString(m_proxy->rowCount()))
                           .arg(locale.toString(m_model->rowCount()))
                           .arg(locale.toString(vcpu, 'f', 0))
                           .arg(locale.toString(memory, 'f', 0))
                           .arg(locale.toString(storage, 'f', 0)));
}

void InventoryPage::refresh()
{
    m_model->reload(m_project);
    const QString current = m_environment->currentData().toString();
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->clear();
        // A null QVariant means "all environments"; an empty string is a real (unknown) value.
        m_environment->addItem(tr("All environments"), QVariant());
        QStringList codes;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString code = m_model->workload(row).environment;
            if (!codes.contains(code)) {
                codes << code;
            }
        }
        codes.sort();
        for (const QString &code : codes) {
            m_environment->addItem(WorkloadTableModel::environmentLabel(code), code);
        }
        const int index = current.isNull() ? 0 : m_environment->findData(current);
        m_environment->setCurrentIndex(std::max(0, index));
    }
    applyFilters();
    m_table->resizeColumnsToContents();
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
}

} // namespace boussole
