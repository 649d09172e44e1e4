#pragma once

// Automatic waves. Workloads are grouped per (application, environment); a workload without an
// application is a group of its own; an unknown environment counts as production (the cautious
// reading). The rules, in priority order — when two conflict, the earlier one wins:
//  1. an application's environment moves as one block (never split, even past the size cap);
//  2. a dependency cycle moves together, in one wave (strongly connected groups are merged);
//  3. a group's dependencies are in the same wave or an earlier one;
//  4. an application's non-production environments move in a wave before its production, and a
//     wave holds production or non-production, never both (a cycle across them is the only
//     exception, see rule 2, and is reported);
//  5. critical or complex applications (criticality critical/high, or at least
//     Assumptions::complexWorkloads workloads) are not in the first Assumptions::protectedWaves
//     waves — unless nothing else can move yet (reported);
//  6. a wave holds at most Assumptions::waveCap workloads;
//  7. among the groups that may go in a wave, the highest priority score goes first (ties: by
//     name). The score (0–100) favours non-production, simple, small groups that others depend on.
// The result depends only on the inputs (no clock, no hash order): planning twice gives the same
// waves, ids and reasons.

#include "models/migration/MigrationPlan.h"

#include <map>
#include <vector>

namespace boussole::migration {

struct PlannerInput {
    QString planId;
    QDate start;
    std::vector<Workload> workloads;
    std::vector<Dependency> dependencies;  // imported and hand-entered
    std::map<QString, Strategy> overrides; // workload id → strategy chosen by hand
    Assumptions assumptions;
    std::vector<Milestone> milestones;
};

Plan planWaves(const PlannerInput &input);

// The rules above, translated, in priority order (for the page and `boussole plan`).
QStringList plannerRules();

// "prod" or empty → production.
bool isProductionEnvironment(const QString &environment);
bool isCriticalWorkload(const Workload &workload);

} // namespace boussole::migration
