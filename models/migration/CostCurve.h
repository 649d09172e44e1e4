#pragma once

// The monthly run-rate over a plan. Each moving workload costs its `today` amount until its wave
// has been decommissioned and its `target` amount from the month its wave starts migrating: in
// between both run (the double-run bubble). Retained workloads keep their today cost; retired
// ones stop after the first wave's decommissioning. Spend the bills do not link to a workload
// (`unallocatedToday`) stops with the last wave. Commitments (reserved instances, savings plans)
// are paid until they expire whatever runs: when the old platform's remaining cost falls below
// the commitments still running, the difference is shown as `stranded`.
// A month counts a workload when it runs on any day of that month (whole months, cautious).
//
// The seam for the business case: `target` comes from the target scenario when there is one;
// without it callers pass today's cost (the curve then shows the double run only).

#include "models/domain/Money.h"
#include "models/migration/Schedule.h"

namespace boussole {
class CostData;
struct CommitmentRecord;
} // namespace boussole

namespace boussole::migration {

struct WorkloadRunRate {
    QString workloadId;
    Money today;  // monthly
    Money target; // monthly
};

struct CommitmentRun {
    QString id;
    QString name;
    Money monthly;
    QDate end;                // expiry; invalid: unknown (counted until the end of the curve)
    bool endFromTerm = false; // `end` is start + term, the bills do not state the expiry
};

struct CostCurveInput {
    QString currency;
    std::vector<WorkloadRunRate> workloads;
    Money unallocatedToday;
    std::vector<CommitmentRun> commitments;
    int monthsAfter = 3; // months shown after the plan ends
};

struct CostMonth {
    QDate month; // first day
    Money oldPlatform;
    Money newPlatform;
    Money doubleRun; // today's cost of workloads running on both platforms
    Money stranded;  // commitments paid for capacity no longer used
    Money total;     // old + new + stranded
};

std::vector<CostMonth> costCurve(const Plan &plan, const Schedule &schedule,
                                 const CostCurveInput &input);

// Today's monthly cost per workload (effective cost, in the bills' main currency) and the
// commitments with their monthly amount. `target` maps workload id → target monthly cost in the
// same currency; a workload without one keeps its today cost as target.
// `withoutBills` gives today's cost of workloads no bill line describes (the on-premises cost
// model, in the same currency); they do not count against the bills' unallocated remainder.
CostCurveInput costInputFromBills(const CostData &bills, const Plan &plan,
                                  const std::map<QString, Money> &target = {},
                                  const std::map<QString, Money> &withoutBills = {});

// The bills' commitments in one currency, each with its monthly amount: the effective cost the
// bills show divided by the months they show it in. The expiry is the one the bills state; when
// they do not state it (FOCUS does not carry it), start + term when both are known; else invalid.
std::vector<CommitmentRun> commitmentRuns(const CostData &bills, const QString &currency);

// One milestone per commitment whose expiry the bills state, sorted by date.
std::vector<Milestone> commitmentMilestones(const std::vector<CommitmentRecord> &commitments);

} // namespace boussole::migration
