#include "views/dialogs/MergeAssessmentDialog.h"

#include "models/compliance/Framework.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace compliance;

namespace {

QString language()
{
    return QLocale().name();
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

MergeAssessmentDialog::MergeAssessmentDialog(MergePlan plan, const Framework *framework,
                                             QWidget *parent)
    : QDialog(parent), m_plan(std::move(plan)), m_conflictList(m_plan.conflicts()),
      m_summary(new QLabel(this)), m_conflicts(new QTableWidget(this)),
      m_applied(new QListWidget(this)), m_allOurs(new QPushButton(tr("Keep all ours"), this)),
      m_allTheirs(new QPushButton(tr("Take all theirs"), this)),
      m_merge(new QPushButton(tr("Merge"), this))
{
    setWindowTitle(tr("Merge an assessment"));
    resize(1000, 600);
    const auto titleOf = [framework](const QString &id) {
        const compliance::Item *item = framework ? framework->item(id) : nullptr;
        return item ? item->title.in(language()) : QString();
    };
    const auto side = [](const Assessment &a) {
        QStringList lines{assessmentStatusName(a.status)};
        lines << (a.note.isEmpty() ? tr("(no note)") : a.note);
        if (!a.owner.isEmpty() || a.due.isValid()) {
            lines << tr("owner %1, due %2")
                         .arg(a.owner.isEmpty() ? u"—"_s : a.owner,
                              a.due.isValid() ? QLocale().toString(a.due, QLocale::ShortFormat)
                                              : u"—"_s);
        }
        lines << tr("by %1, %2")
                     .arg(a.updatedBy.isEmpty() ? tr("unknown author") : a.updatedBy,
                          a.updatedAt.isValid() ? when(a.updatedAt) : tr("date unknown"));
        return lines.join(u'\n');
    };

    auto *layout = new QVBoxLayout(this);
    const int toApply = m_plan.count(MergeOutcome::Take) + int(m_plan.evidence.size());
    QString text =
        tr("Assessment of %1 exported by %2 on %3.")
            .arg(framework ? framework->name.in(language()) : m_plan.framework,
                 m_plan.exportedBy.isEmpty() ? tr("an unknown author") : m_plan.exportedBy,
                 when(QDateTime::fromString(m_plan.exportedAt, Qt::ISODateWithMs)));
    text += u' ' + tr("%n conflict(s) to settle.", nullptr, int(m_conflictList.size()));
    text += u' ' + tr("%n incoming change(s) apply without conflict.", nullptr, toApply);
    text += u' ' + tr("%n item(s) already agree, or were assessed here since.", nullptr,
                      m_plan.count(MergeOutcome::Unchanged));
    text += u"\n"_s + tr("Merging is one step: Undo puts back everything it changed. The audit "
                         "trail records the merge, the choice made for each conflict, and any "
                         "undo.");
    m_summary->setText(text);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *conflictBox = new QWidget(splitter);
    auto *conflictLayout = new QVBoxLayout(conflictBox);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    auto *conflictHead = new QHBoxLayout;
    conflictHead->addWidget(new QLabel(tr("Conflicts: both sides changed the item"), conflictBox),
                            1);
    conflictHead->addWidget(m_allOurs);
    conflictHead->addWidget(m_allTheirs);
    conflictLayout->addLayout(conflictHead);
    m_conflicts->setColumnCount(ColumnCount);
    m_conflicts->setHorizontalHeaderLabels(
        {tr("Item"), tr("Title"), tr("Ours"), tr("Theirs"), tr("Keep")});
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setWordWrap(true);
    m_conflicts->setRowCount(int(m_conflictList.size()));
    for (int row = 0; row < int(m_conflictList.size()); ++row) {
        const MergeConflict &conflict = m_conflictList[size_t(row)];
        m_conflicts->setItem(row, Item, new QTableWidgetItem(conflict.requirement));
        auto *title = new QTableWidgetItem(titleOf(conflict.requirement));
        title->setToolTip(title->text());
        m_conflicts->setItem(row, Title, title);
        m_conflicts->setItem(row, Ours, new QTableWidgetItem(side(conflict.mine)));
        m_conflicts->setItem(row, Theirs, new QTableWidgetItem(side(conflict.theirs)));
        auto *choice = new QComboBox(m_conflicts);
        choice->addItem(tr("Keep ours"), int(MergePreference::Mine));
        choice->addItem(tr("Take theirs"), int(MergePreference::Theirs));
        choice->setAccessibleName(tr("Choice for %1").arg(conflict.requirement));
        m_conflicts->setCellWidget(row, Choice, choice);
    }
    m_conflicts->resizeColumnsToContents();
    m_conflicts->setColumnWidth(Title, std::min(m_conflicts->columnWidth(Title), 260));
    m_conflicts->horizontalHeader()->setSectionResizeMode(Ours, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->setSectionResizeMode(Theirs, QHeaderView::Stretch);
    m_conflicts->resizeRowsToContents();
    conflictLayout->addWidget(m_conflicts, 1);
    m_allOurs->setEnabled(!m_conflictList.empty());
    m_allTheirs->setEnabled(!m_conflictList.empty());

    auto *appliedBox = new QWidget(splitter);
    auto *appliedLayout = new QVBoxLayout(appliedBox);
    appliedLayout->setContentsMargins(0, 0, 0, 0);
    appliedLayout->addWidget(new QLabel(tr("Applied without conflict"), appliedBox));
    for (const MergeItem &item : m_plan.items) {
        if (item.outcome != MergeOutcome::Take) {
            continue;
        }
        const AssessmentStatus before = item.mine ? item.mine->status : AssessmentStatus::Unknown;
        auto *row = new QListWidgetItem(
            tr("%1 %2: %3 → %4, by %5")
                .arg(item.requirement, titleOf(item.requirement), assessmentStatusName(before),
                     assessmentStatusName(item.theirs.status),
                     item.theirs.updatedBy.isEmpty() ? tr("unknown author")
                                                     : item.theirs.updatedBy),
            m_applied);
        row->setData(Qt::UserRole, item.requirement);
        row->setToolTip(side(item.theirs));
    }
    for (const MergeEvidence &evidence : m_plan.evidence) {
        QString line = tr("Evidence %1 for %2 (SHA-256 %3…)")
                           .arg(evidence.fileName, evidence.requirement, evidence.sha256.left(16));
        if (evidence.expires.isValid()) {
            line +=
                u", "_s +
                tr("expires on %1").arg(QLocale().toString(evidence.expires, QLocale::ShortFormat));
        }
        auto *row = new QListWidgetItem(line, m_applied);
        row->setData(Qt::UserRole, evidence.requirement);
    }
    if (m_applied->count() == 0) {
        auto *row = new QListWidgetItem(tr("Nothing: every incoming change is a conflict or "
                                           "already here."),
                                        m_applied);
        row->setFlags(Qt::NoItemFlags);
    }
    appliedLayout->addWidget(m_applied, 1);
    splitter->addWidget(conflictBox);
    splitter->addWidget(appliedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_merge, QDialogButtonBox::AcceptRole);
    m_merge->setDefault(true);
    layout->addWidget(buttons);
    connect(m_allOurs, &QPushButton::clicked, this, [this] { chooseAll(MergePreference::Mine); });
    connect(m_allTheirs, &QPushButton::clicked, this,
            [this] { chooseAll(MergePreference::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QComboBox *MergeAssessmentDialog::choiceAt(int row) const
{
    return qobject_cast<QComboBox *>(m_conflicts->cellWidget(row, Choice));
}

int MergeAssessmentDialog::rowOf(const QString &requirement) const
{
    for (int row = 0; row < int(m_conflictList.size()); ++row) {
        if (m_conflictList[size_t(row)].requirement == requirement) {
            return row;
        }
    }
    return -1;
}

void MergeAssessmentDialog::chooseAll(MergePreference preference)
{
    for (int row = 0; row < m_conflicts->rowCount(); ++row) {
        if (QComboBox *choice = choiceAt(row)) {
            choice->setCurrentIndex(choice->findData(int(preference)));
        }
    }
}

QHash<QString, MergePreference> MergeAssessmentDialog::choices() const
{
    QHash<QString, MergePreference> result;
    for (int row = 0; row < int(m_conflictList.size()); ++row) {
        const QComboBox *choice = choiceAt(row);
        result.insert(m_conflictList[size_t(row)].requirement,
                      choice ? MergePreference(choice->currentData().toInt())
                             : MergePreference::Mine);
    }
    return result;
}

} // namespace boussole
