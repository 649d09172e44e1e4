#pragma once

// The migration plan in the project file (schema step "migration plans…"): one plan per project,
// hand-entered dependencies and contract milestones, strategies chosen by hand, progress. Every
// write emits Project::changed().

#include "models/domain/Result.h"
#include "models/migration/Schedule.h"
#include "models/migration/WavePlanner.h"

#include <map>
#include <optional>

namespace boussole {
class Project;
class CostData;
} // namespace boussole

namespace boussole::migration {

// Hand-entered dependencies (source "manual").
std::vector<Dependency> storedDependencies(Project &project);
Status addDependency(Project &project, const Dependency &dependency);
Status removeDependency(Project &project, const QString &from, const QString &to);

std::map<QString, Strategy> strategyOverrides(Project &project);
// nullopt removes the override (back to the inferred strategy).
Status setStrategyOverride(Project &project, const QString &workloadId,
                           std::optional<Strategy> strategy);

std::map<QString, Progress> progress(Project &project); // missing: planned
Status setProgress(Project &project, const QString &workloadId, Progress value);

// Milestones entered by hand (contract end dates).
std::vector<Milestone> storedMilestones(Project &project);
Status addMilestone(Project &project, const Milestone &milestone);
Status removeMilestone(Project &project, const QString &id);

Assumptions assumptions(Project &project);
// The saved plan's start date (invalid when there is no plan) and a new one for it.
QDate planStart(Project &project);
Status setPlanStart(Project &project, const QDate &start);
Status setAssumptions(Project &project, const Assumptions &value);

// Everything the planner needs from the project: workloads, inferred and stored dependencies,
// overrides, assumptions, milestones (hand-entered ones and, when bills are given, commitment
// expiries). The plan id and start are those of the saved plan, else a new id and `start`.
PlannerInput plannerInput(Project &project, const CostData *bills, const QDate &start);

// The saved plan, or nullopt when the project has none yet. Milestones: the hand-entered ones and,
// when bills are given, the commitments' expiries.
Result<std::optional<Plan>> loadPlan(Project &project, const CostData *bills = nullptr);
// Replaces the saved plan (waves with their dates from `schedule`).
Status savePlan(Project &project, const Plan &plan, const Schedule &schedule);
Status deletePlan(Project &project);
// A wave moved or resized by hand: only its notBefore/migrateDays (dates follow by scheduling).
Status setWaveAdjustment(Project &project, const QString &waveId, const QDate &notBefore,
                         int migrateDays);

// Plans again from the project's data and saves (hand moves of waves are dropped: the waves are
// new). Start: the saved plan's start, else `defaultStart`.
Result<Plan> replan(Project &project, const CostData *bills, const QDate &defaultStart);

} // namespace boussole::migration
