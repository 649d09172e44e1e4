#pragma once

// Two auditors working apart: one exports a framework's assessment (with its evidence files) to a
// JSON file; the other merges it into their copy of the project. An item assessed on one side
// only is taken; an item whose local state already passed through the incoming state (the local
// audit trail shows it) keeps the newer local state; other differences are conflicts, resolved by
// a preference, by a choice per item, or left for a person to decide. Every change the merge
// makes is appended to the audit trail ("assessment.merge", "evidence.add"), and the merge itself
// gets a summary entry ("merge").
//
// A merge runs in two steps: planMerge() reads and checks the file and works out, without
// writing anything, what each incoming item would do; applyMerge() writes a plan (in one
// transaction). undoMerge() writes back what an applied merge replaced ("assessment.undo",
// "evidence.remove", then a "merge.undo" summary): the trail only grows.

#include "models/compliance/ComplianceStore.h"

#include <QHash>

#include <vector>

namespace boussole {

class Project;

namespace compliance {

Status exportAssessment(Project &project, const QString &frameworkId, const QString &path,
                        const QString &actor);

enum class MergePreference { None, Mine, Theirs };

struct MergeConflict {
    QString requirement;
    Assessment mine;
    Assessment theirs; // updatedAt and updatedBy as the other auditor's file gives them
};

// What one incoming assessment does to ours.
enum class MergeOutcome {
    Take,      // ours is empty: theirs is taken
    Unchanged, // the same on both sides, or ours already passed through theirs and moved on
    Conflict,  // both differ: a preference or a person decides
};

struct MergeItem {
    QString requirement;
    std::optional<Assessment> mine;
    Assessment theirs;
    MergeOutcome outcome = MergeOutcome::Unchanged;
};

struct MergeEvidence {
    QString requirement;
    QString fileName;
    QString sha256;
    QDate expires;
    QByteArray content;
};

struct MergePlan {
    QString framework;
    QString fileSha256;
    QString sourceProject;
    QString sourceHead;
    QString exportedBy;
    QString exportedAt;
    std::vector<MergeItem> items;
    std::vector<MergeEvidence> evidence; // incoming files we do not hold yet

    std::vector<MergeConflict> conflicts() const;
    int count(MergeOutcome outcome) const;
};

struct MergeResult {
    QString framework;
    int taken = 0;     // items set from the file
    int unchanged = 0; // same on both sides, or ours is newer
    int evidenceAdded = 0;
    std::vector<MergeConflict> conflicts; // left as they were (no preference, no choice)
    int resolved = 0;                     // conflicts settled by the preference or a choice
    // What the merge wrote, so that undoMerge() can put it back.
    std::vector<Assessment> replaced; // the previous assessments of the items set
    QStringList evidenceIds;          // the evidence files added
    QString fileSha256;
};

Result<MergePlan> planMerge(Project &project, const QString &path);

// Conflicts listed in `choices` (requirement → Mine or Theirs) are settled that way, the others
// by `preference` (None leaves them as they are and reports them).
Result<MergeResult> applyMerge(Project &project, const MergePlan &plan, MergePreference preference,
                               const QHash<QString, MergePreference> &choices,
                               const QString &actor);

Result<MergeResult> mergeAssessment(Project &project, const QString &path,
                                    MergePreference preference, const QString &actor);

Status undoMerge(Project &project, const MergeResult &applied, const QString &actor);

} // namespace compliance
} // namespace boussole
