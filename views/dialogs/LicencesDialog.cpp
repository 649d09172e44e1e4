#include "views/dialogs/LicencesDialog.h"

#include "models/itemmodels/EntitlementTableModel.h"
#include "models/itemmodels/SortProxyModel.h"
#include "views/widgets/ChoiceDelegate.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace boussole {

LicencesDialog::LicencesDialog(Project *project, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_model(new EntitlementTableModel(this)), m_proxy(new SortProxyModel(this)),
      m_table(new QTableView(this)), m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_undo(new QPushButton(tr("Undo"), this))
{
    setWindowTitle(tr("Licence entitlements"));
    setObjectName(QStringLiteral("licencesDialog"));
    m_model->reload(project, undoStack);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EntitlementTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("licencesTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order entered: the engine's order
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegate(new ChoiceDelegate(EntitlementTableModel::ChoicesRole, m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_add->setObjectName(QStringLiteral("addLicence"));
    m_remove->setObjectName(QStringLiteral("removeLicence"));
    m_undo->setObjectName(QStringLiteral("undoLicence"));

    auto *intro = new QLabel(
        tr("The licences your organisation owns. Where a provider's rules let them come (Software "
           "Assurance, Listed Providers, Oracle's authorized clouds), the comparison counts them "
           "as brought (BYOL): the licence costs nothing in the cloud line and their cores are "
           "used up, workload by workload, in the order of this list. Otherwise the provider's "
           "licence-included price applies, or the total is marked incomplete."),
        this);
    intro->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_undo);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    auto *status = new QLabel(this);
    status->setWordWrap(true);
    layout->addWidget(status);
    connect(m_model, &EntitlementTableModel::editFailed, status, [status](const QString &message) {
        status->setText(tr("The change could not be saved: %1").arg(message));
    });
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(900, 420);

    const bool editable = project && undoStack;
    m_add->setEnabled(editable);
    m_remove->setEnabled(false);
    m_undo->setEnabled(editable && undoStack->canUndo());
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString id = m_model->addEntitlement();
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(EntitlementTableModel::IdRole).toString() == id) {
                m_table->setCurrentIndex(index);
                m_table->selectRow(row);
            }
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &LicencesDialog::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, editable] {
                m_remove->setEnabled(editable && m_table->selectionModel()->hasSelection());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, editable] {
        m_remove->setEnabled(editable && m_table->selectionModel()->hasSelection());
    });
    if (undoStack) {
        connect(m_undo, &QPushButton::clicked, undoStack, &QUndoStack::undo);
        connect(undoStack, &QUndoStack::canUndoChanged, m_undo, &QPushButton::setEnabled);
    }
}

void LicencesDialog::removeSelected()
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << index.data(EntitlementTableModel::IdRole).toString();
    }
    m_model->removeEntitlements(ids);
}

} // namespace boussole
