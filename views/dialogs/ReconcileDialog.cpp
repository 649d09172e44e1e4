#include "views/dialogs/ReconcileDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace boussole {

ReconcileDialog::ReconcileDialog(std::vector<DuplicateCandidate> candidates, QWidget *parent)
    : QDialog(parent), m_candidates(std::move(candidates)), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Same machine in two sources?"));
    resize(900, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("These records come from different imports and look like the same machine. Tick the "
           "pairs that are: the second record is then kept and shown, but no longer counted in "
           "the totals. Edit › Undo reverses the choice."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Counted record"), tr("Its source"),
                                        tr("Duplicate record"), tr("Its source"), tr("Why")});
    m_table->setRowCount(int(m_candidates.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < int(m_candidates.size()); ++row) {
        const DuplicateCandidate &c = m_candidates[size_t(row)];
        auto *first = new QTableWidgetItem(c.first.name);
        first->setFlags(first->flags() | Qt::ItemIsUserCheckable);
        // A shared identifier is strong evidence; a shared name is only a hint.
        first->setCheckState(
            c.reason == DuplicateCandidate::Reason::SameIdentifier ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, 0, first);
        m_table->setItem(row, 1, new QTableWidgetItem(c.first.sourceFile));
        m_table->setItem(row, 2, new QTableWidgetItem(c.second.name));
        m_table->setItem(row, 3, new QTableWidgetItem(c.second.sourceFile));
        m_table->setItem(row, 4, new QTableWidgetItem(c.reasonText()));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *all = buttons->addButton(tr("Tick all"), QDialogButtonBox::ActionRole);
    auto *apply = buttons->addButton(tr("Mark the ticked pairs"), QDialogButtonBox::AcceptRole);
    apply->setDefault(true);
    layout->addWidget(buttons);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            m_table->item(row, 0)->setCheckState(Qt::Checked);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::vector<std::pair<QString, QString>> ReconcileDialog::confirmedLinks() const
{
    std::vector<std::pair<QString, QString>> links;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->checkState() == Qt::Checked) {
            const DuplicateCandidate &c = m_candidates[size_t(row)];
            links.emplace_back(c.second.id, c.first.id);
        }
    }
    return links;
}

} // namespace boussole
