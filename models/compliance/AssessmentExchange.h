#pragma once

// Two auditors working apart: one exports a framework's assessment (with its evidence files) to a
// JSON file; the other merges it into their copy of the project. An item assessed on one side
// only is taken; an item whose local state already passed through the incoming state (the local
// audit trail shows it) keeps the newer local state; other differences are conflicts, resolved by
// a preference or left for a person to decide. Every change the merge makes is appended to the
// audit trail ("assessment.merge", "evidence.add"), and the merge itself gets a summary entry.

#include "models/compliance/ComplianceStore.h"

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
    Assessment theirs;
};

struct MergeResult {
    QString framework;
    int taken = 0;     // items set from the file
    int unchanged = 0; // same on both sides, or ours is newer
    int evidenceAdded = 0;
    std::vector<MergeConflict> conflicts; // left as they were (preference None)
    int resolved = 0;                     // conflicts settled by the preference
};

Result<MergeResult> mergeAssessment(Project &project, const QString &path,
                                    MergePreference preference, const QString &actor);

} // namespace compliance
} // namespace boussole
