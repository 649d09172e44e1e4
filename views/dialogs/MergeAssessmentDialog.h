#pragma once

#include "models/compliance/AssessmentExchange.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace boussole {

namespace compliance {
struct Framework;
}

// Shows what merging another auditor's export would do: every conflict (the item, our status,
// note, author and date against theirs) with a choice per row — keep ours or take theirs — and
// buttons to choose the same for all; and the incoming changes that apply without conflict. It
// only collects the choices: the caller applies the plan (one undoable MergeAssessmentCommand).
class MergeAssessmentDialog : public QDialog {
    Q_OBJECT

public:
    // The framework must outlive the dialog (embeddedFrameworks() does); it gives the titles.
    MergeAssessmentDialog(compliance::MergePlan plan, const compliance::Framework *framework,
                          QWidget *parent = nullptr);

    const compliance::MergePlan &plan() const { return m_plan; }
    // One choice per conflict: Mine or Theirs.
    QHash<QString, compliance::MergePreference> choices() const;
    void chooseAll(compliance::MergePreference preference);

    // For tests.
    QTableWidget *conflictTable() const { return m_conflicts; }
    // The conflict row's choice (index 0 keeps ours, 1 takes theirs).
    QComboBox *choiceAt(int row) const;
    int rowOf(const QString &requirement) const;
    QListWidget *appliedList() const { return m_applied; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *allOursButton() const { return m_allOurs; }
    QPushButton *allTheirsButton() const { return m_allTheirs; }
    QPushButton *mergeButton() const { return m_merge; }

    enum Column { Item, Title, Ours, Theirs, Choice, ColumnCount };

private:
    compliance::MergePlan m_plan;
    std::vector<compliance::MergeConflict> m_conflictList;
    QLabel *m_summary;
    QTableWidget *m_conflicts;
    QListWidget *m_applied;
    QPushButton *m_allOurs;
    QPushButton *m_allTheirs;
    QPushButton *m_merge;
};

} // namespace boussole
