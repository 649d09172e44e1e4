#include "views/dialogs/ServiceMapDialog.h"

#include "models/itemmodels/ServiceMapTableModel.h"
#include "models/storage/ProjectFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boussole {

ServiceMapDialog::ServiceMapDialog(Project *project, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent), m_model(new ServiceMapTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_revert(new QPushButton(tr("Revert to the shipped entry"), this)),
      m_newNames(new QLineEdit(this)), m_newKind(new QComboBox(this)),
      m_newRefactor(new QCheckBox(tr("Needs refactoring"), this)), m_newNote(new QLineEdit(this)),
      m_add(new QPushButton(tr("Add the entry"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Services map"));
    resize(1000, 600);
    m_model->reload(project, undoStack);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("What each hyperscaler service found in the bills or in Terraform becomes on a "
           "European provider. The shipped entries are sourced; your edits apply to this "
           "project only, are shown in italics as “edited in this project”, and can be "
           "reverted. Double-click the equivalent or the note to change it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_filter->setPlaceholderText(tr("Filter the services…"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServiceMapTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServiceMapTableModel::Category, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_revert);
    rowButtons->addWidget(m_status, 1);
    layout->addLayout(rowButtons);
    m_status->setWordWrap(true);

    auto *addBox = new QGroupBox(tr("Add an entry"), this);
    auto *form = new QFormLayout(addBox);
    m_newNames->setPlaceholderText(tr("service names as bills or Terraform give them, "
                                      "comma-separated"));
    form->addRow(tr("Hyperscaler services:"), m_newNames);
    m_newKind->setEditable(true);
    QStringList kinds;
    for (const ServiceMapping &m : m_model->effective().mappings()) {
        if (!kinds.contains(m.kind)) {
            kinds << m.kind;
        }
    }
    kinds.sort();
    m_newKind->addItems(kinds);
    m_newKind->setCurrentText(QString());
    form->addRow(tr("European equivalent:"), m_newKind);
    form->addRow(QString(), m_newRefactor);
    form->addRow(tr("Note:"), m_newNote);
    form->addRow(QString(), m_add);
    layout->addWidget(addBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const bool editable = m_model->editable();
    addBox->setEnabled(editable);
    if (!m_model->loadError().isEmpty()) {
        m_status->setText(
            tr("The shipped services map could not be read: %1").arg(m_model->loadError()));
    } else if (!editable) {
        m_status->setText(tr("This project is read-only: the map cannot be edited."));
    }

    connect(m_model, &ServiceMapTableModel::editFailed, this, [this](const QString &message) {
        m_status->setText(tr("The change could not be saved: %1").arg(message));
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServiceMapDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServiceMapDialog::updateButtons);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const int row = selectedSourceRow();
        if (row >= 0) {
            m_model->revert(row);
        }
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QStringList names = m_newNames->text().split(u',', Qt::SkipEmptyParts);
        if (m_model->addEntry(names, m_newKind->currentText(), m_newRefactor->isChecked(),
                              m_newNote->text())) {
            m_newNames->clear();
            m_newNote->clear();
            m_newRefactor->setChecked(false);
            m_newKind->setCurrentText(QString());
            m_status->setText(tr("Entry added to this project's map."));
        } else {
            m_status->setText(tr("An entry needs at least one service name and its European "
                                 "equivalent."));
        }
    });
    updateButtons();
}

ServiceMapDialog::~ServiceMapDialog()
{
    // The table and its selection model die with the children, after this destructor: they must
    // not call back into a half-destroyed dialog.
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

int ServiceMapDialog::selectedSourceRow() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void ServiceMapDialog::updateButtons()
{
    const int row = selectedSourceRow();
    const bool overridden =
        row >= 0 && m_model->mapping(row).origin != ServiceMapping::Origin::Shipped;
    m_revert->setEnabled(m_model->editable() && overridden);
    m_revert->setText(row >= 0 && m_model->mapping(row).origin == ServiceMapping::Origin::Added
                          ? tr("Remove the entry")
                          : tr("Revert to the shipped entry"));
}

} // namespace boussole
