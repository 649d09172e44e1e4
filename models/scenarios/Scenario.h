#pragma once

// Business-case scenarios (issue 6): realistic mixes of providers — "health data on a
// SecNumCloud-qualified offer, the rest on Scaleway", "all OVHcloud", "keep it on AWS with a
// 3-year savings plan" — costed over a multi-year horizon against today's bills.
//
// A scenario places every workload with placement rules (the first rule that matches wins; a
// workload no rule matches is listed as unplaced, never dropped silently) onto a provider,
// optionally restricted to a region and an offer family; the comparison engine then sizes and
// prices each workload there. Terms per provider (on-demand, 1- or 3-year commitment with its
// discount) reduce the compute line. The TCO adds one-off costs (migration labour, data transfer
// out of the old provider, double-run while waves run) to the run-rates and finds the payback
// month. Today's commitments (savings plans, reserved instances) keep being paid until they
// expire, even after the workloads move; a sensitivity view varies one assumption at a time
// (docs/business-case.md). Every assumption carries whether it is sourced or an assumption.
//
// Stored per project as JSON (project setting "scenarios").

#include "models/catalog/Catalog.h"
#include "models/compare/Comparison.h"
#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace boussole {

class CostData;
class Project;

namespace scenarios {

struct PlacementRule {
    // What the rule looks at: "application", "data-class", "environment", "kind", "site" (the
    // datacentre the inventory names; cloud resources have none), "tag:<key>", or "any"
    // (matches every workload).
    QString field = QStringLiteral("any");
    QString value;    // compared case-insensitively; "*" matches any non-empty value
    QString provider; // catalog provider id
    QString region;   // optional Region::id
    QString family;   // optional Offer::family (e.g. a SecNumCloud offer family)
    bool operator==(const PlacementRule &) const = default;
};

struct ProviderTerm {
    QString provider;
    int commitmentYears = 0; // 0 on-demand, 1 or 3
    Money discountPercent;   // off the compute line
    QString basis;           // where the discount comes from, or "assumption"
    bool operator==(const ProviderTerm &) const = default;
};

// One-off and horizon assumptions (EUR unless said).
struct Assumptions {
    int horizonYears = 3;                      // 3 to 5
    double migrationPersonDays = 0;            // labour to migrate the estate
    Money dayRate;                             // EUR per person-day
    double dataToMoveGb = 0;                   // leaves the old provider once
    Money egressPerGbOld;                      // the old provider's egress price, EUR per GB
    int doubleRunMonths = 0;                   // old and new platforms both paid while waves run
    Money priceFactor = Money::fromInteger(1); // sensitivity: 0.9, 1, 1.1 × target prices
    QString basis; // where the figures come from, or which are assumptions

    // Today's commitments (reserved instances, savings plans) in the business case. These three
    // are assumptions, said so wherever they are used.
    // The first month of the horizon; invalid: the month after the last billed month.
    QDate start;
    // Months a commitment whose expiry the bills do not state (FOCUS does not carry it) is still
    // paid from the start.
    int unknownCommitmentMonths = 12;
    // What a commitment saves against on demand: once it expires, what stays pays its committed
    // monthly amount ÷ (1 − this %) (no renewal assumed).
    Money commitmentDiscountPercent = Money::fromInteger(30);

    // The sensitivity view's factors (assumptions): target prices ± this %, the egress
    // multiplied by this, performance sizing at this percentile instead of the project's.
    Money sensitivityPercent = Money::fromInteger(10);
    Money egressMultiplier = Money::fromInteger(2);
    int sensitivityPercentile = 99;
    bool operator==(const Assumptions &) const = default;
};

struct Scenario {
    QString id; // UUID
    QString name;
    bool target = false; // the one that feeds the migration plan and the Overview
    std::vector<PlacementRule> rules;
    std::vector<ProviderTerm> terms;
    Assumptions assumptions;
    bool operator==(const Scenario &) const = default;
};

// The on-premises cost model (per project, setting "on_premises"): what a machine kept in the
// company's own datacentre costs per month, from its size. No defaults (no made-up numbers): while
// no rate is entered the model is not set and the business case behaves as without it (today's
// run-rate from the bills alone). A rate left empty while others are set makes the on-premises
// part incomplete (enter 0 for "included elsewhere"); the fixed amount is optional. Each rate has a
// basis: where it comes from, or empty for "assumption".
inline constexpr const char *kOnPremisesKey = "on_premises";
// The provider id a placement rule uses to keep workloads on site, priced with the model.
inline constexpr const char *kOnPremisesProvider = "on-premises";
struct OnPremisesRate {
    std::optional<Money> eur; // EUR per month per unit; nullopt: not entered
    QString basis;            // the source, or empty: an assumption
    bool operator==(const OnPremisesRate &) const = default;
};
struct OnPremisesModel {
    OnPremisesRate perVcpu;      // per vCPU
    OnPremisesRate perGibMemory; // per GiB of memory
    OnPremisesRate perGbStorage; // per GB of provisioned storage (the inventory's size)
    OnPremisesRate fixedMonthly; // the datacentre: hosting, power, staff, licences owned…
    // Set when at least one per-size rate is entered.
    bool isSet() const { return perVcpu.eur || perGibMemory.eur || perGbStorage.eur; }
    bool operator==(const OnPremisesModel &) const = default;
};
QString onPremisesToJson(const OnPremisesModel &model);
OnPremisesModel onPremisesFromJson(const QString &json);
OnPremisesModel loadOnPremises(const Project &project);
// A rate's basis as shown: its text, or "assumption".
QString basisOrAssumption(const OnPremisesRate &rate);

// The model applied to workloads (running, not a duplicate, not a template: the others are
// skipped, as the comparison skips them). vCPU and memory go to `compute`, storage to `storage`,
// the fixed amount (when `withFixed`) to `platform`.
struct OnPremisesCost {
    compare::Components monthly; // EUR per month, the parts that could be computed
    QStringList workloadIds;     // the workloads costed
    QStringList unknownSize;     // names of those missing a size that a rate needs
    QStringList missingRates;    // "vcpu", "memory", "storage": rates not entered
    int containersOnNodes = 0;   // today: containers whose nodes are costed (covered, no cost)
    bool incomplete() const { return !unknownSize.isEmpty() || !missingRates.isEmpty(); }
};
// Whether the comparison (and the model) leave the workload out: template, duplicate, powered off.
bool skippedWorkload(const Workload &workload);
OnPremisesCost costOnPremises(const OnPremisesModel &model,
                              const std::vector<const Workload *> &workloads, bool withFixed);

std::vector<Scenario> loadScenarios(const Project &project);
QString scenariosToJson(const std::vector<Scenario> &scenarios);
std::vector<Scenario> scenariosFromJson(const QString &json);
constexpr const char *kSettingKey = "scenarios";

// The index of the first rule that places the workload, or -1.
int placingRule(const Scenario &scenario, const Workload &workload);

struct PlacedWorkload {
    QString workloadId;
    QString name;
    int rule = -1; // index into Scenario::rules
    QString provider;
    compare::Match match; // as the engine sized and priced it there (after the term's discount)
};

struct ScenarioResult {
    std::vector<PlacedWorkload> placed;
    std::vector<std::pair<QString, QString>> unplaced;  // workload id, name: no rule matched
    std::vector<std::pair<QString, QString>> unmatched; // placed, but no eligible offer: id, reason
    compare::Components monthly;                        // EUR per month, priced parts
    bool incomplete = false; // a part has no sourced price, or a workload is unmatched
    QStringList missing;     // what is missing ("storage at ovhcloud"…)
    int unpricedCount = 0;
    // Providers whose offer is sold per dedicated host: the workloads packed onto hosts, with the
    // host count, fill and source (compare/HostPacking.h); before the terms' discount and the
    // price factor.
    std::vector<compare::HostPool> hosts;
};

// Sizes and prices the scenario: each distinct (provider, region, family) of the rules is
// compared on a copy of the catalog holding only that provider's matching offers.
// Rules with provider kOnPremisesProvider keep their workloads on site, priced with `onPremises`
// (the fixed amount counted once when any workload stays); an unset model leaves them unmatched.
ScenarioResult evaluate(const Scenario &scenario, const catalog::Catalog &catalog,
                        const compare::EstateInput &estate,
                        const compare::CompareSettings &settings,
                        const OnPremisesModel &onPremises = {});

struct TcoMonth {
    int month = 0;  // 1-based from the start
    Money today;    // what staying costs that month
    Money scenario; // what the scenario costs that month (run-rate, double-run, one-off)
    Money cumulativeToday;
    Money cumulativeScenario;
    // Of `today`: what the usage expired commitments covered costs more on demand.
    Money todayOnDemand;
    // Of `scenario`: commitments still paid after the workloads left (double run over).
    Money commitmentsAfterMove;
};

// A commitment today's bills pay (reserved instance, savings plan), in EUR.
struct CommitmentCost {
    QString id;
    QString name;
    Money monthlyEur;            // the effective cost the bills show, per month
    QDate expiry;                // invalid: the bills do not state it
    bool expiryFromTerm = false; // start + term, not stated
};

// How the TCO counted one commitment.
struct CommitmentUse {
    CommitmentCost commitment;
    int monthsPaid = 0;         // months of the horizon it is still paid, from the start
    bool expiryAssumed = false; // unknown expiry: Assumptions::unknownCommitmentMonths used
    Money paidAfterMove;        // by the scenario, over the horizon, after the double run
    Money onDemandAfterExpiry;  // extra cost of staying once it expired, over the horizon
};

struct Tco {
    std::vector<TcoMonth> months;
    Money oneOff;                    // labour + data transfer
    std::optional<int> paybackMonth; // first month the scenario's cumulative cost is lower
    Money savingOverHorizon;         // cumulative today − cumulative scenario at the end

    QDate start;                // the first month
    Money labour;               // person-days × day rate
    Money dataTransfer;         // data leaving the old provider × its egress price
    Money runRate;              // the scenario's run-rate over the horizon
    Money runRateEgress;        // of which its egress component
    Money doubleRun;            // today's cost paid while both platforms run
    Money todayTotal;           // staying, over the horizon
    Money scenarioTotal;        // the scenario, over the horizon (its TCO)
    Money commitmentsAfterMove; // Σ CommitmentUse::paidAfterMove
    Money onDemandAfterExpiry;  // Σ CommitmentUse::onDemandAfterExpiry
    std::vector<CommitmentUse> commitments;
    QStringList notes; // the assumptions used about commitments and switching charges
};

// Rules, terms and assumptions of a scenario from a YAML file (`scenario set --file`); the
// scenario's id, name and target flag are kept. Errors name the file, line and YAML path.
// With `onPremises`, an `on_premises:` section (per_vcpu, per_gib_memory, per_gb_storage,
// fixed_monthly: each {eur, basis}) replaces the project's on-premises model.
Status readDefinition(const QString &path, Scenario &scenario,
                      OnPremisesModel *onPremises = nullptr);

// What the estate costs per month today from the bills: the amortised average of each currency,
// converted to EUR with the catalog's dated rates. `incomplete` when a currency has no rate, or
// there are no bills (nullopt).
struct Today {
    Money monthlyEur;
    bool incomplete = false;
    QStringList notes; // conversions used, currencies left out
    // Workloads the bills' lines are linked to. When the scenario places more (on-premises
    // machines have no bill), today's figure does not cover the same perimeter and a saving or a
    // payback computed from it would not be like for like.
    int workloadsCovered = 0;
    // The commitments the bills show (their amounts are in `monthlyEur` already, amortised);
    // those in a currency without a rate are left out and make `incomplete`.
    std::vector<CommitmentCost> commitments;
    QDate nextMonth; // the first day of the month after the last billed month
    // The on-premises model applied to the workloads the bills do not cover (included in
    // `monthlyEur` and `workloadsCovered`); unset when the model is not set.
    std::optional<OnPremisesCost> onPremises;
    Money billsMonthlyEur;  // of `monthlyEur`: the bills' part
    int billsWorkloads = 0; // of `workloadsCovered`: the bills' part
};
std::optional<Today> todayFromBills(const CostData &bills, const catalog::Catalog &catalog);
// The same plus the on-premises model applied to the running, non-duplicate, non-template
// workloads of `estate` the bills do not cover. Without bills, today is the model alone (nullopt
// when the model is not set either). An unknown size makes it incomplete, never cheaper.
std::optional<Today> todayFromBills(const CostData &bills, const catalog::Catalog &catalog,
                                    const compare::EstateInput &estate,
                                    const OnPremisesModel &onPremises);

// What the migration plan's cost curve needs per workload, in `currency` (converted with the
// catalog's dated rates; the catalog is read once for both):
// - target: the scenario's monthly cost per placed workload (the catalog in use, with the
//   project's price books). Empty when the project has no target scenario. `scenario` (an id or a
//   name) chooses another scenario than the target; `chosen` receives the one used (empty id when
//   none).
// - onPremises: what each workload costs per month by the project's on-premises cost model
//   (per-size rates; the fixed datacentre amount is not spread over workloads), used for
//   workloads no bill describes. Empty when the model is not set; a workload whose cost is
//   incomplete (unknown size) is left out, never 0.
struct CurveCosts {
    std::map<QString, Money> target;
    std::map<QString, Money> onPremises;
};
CurveCosts curveCostsByWorkload(const Project &project, const QString &currency,
                                const QString &scenario = {}, Scenario *chosen = nullptr);

// Today's monthly run-rate (from the bills, EUR) against the scenario's, without commitments.
Tco totalCostOfOwnership(const Money &todayMonthly, const Money &scenarioMonthly,
                         const Assumptions &assumptions);

// The multi-year cost of ownership. Month m (1-based from the start) costs:
// - staying: today's run-rate, plus, for each commitment expired before m, what its usage costs
//   more on demand (monthly ÷ (1 − discount %) − monthly);
// - the scenario: its run-rate; during the double run also what staying costs; after it, the
//   commitments still running (paid until they expire whatever runs); in month 1 the one-off
//   labour and data transfer.
// A commitment is paid in month m while its expiry is after the first day of m; an unknown
// expiry counts Assumptions::unknownCommitmentMonths months and says so in `notes`.
struct TcoInput {
    Money todayMonthly;                  // EUR, amortised, commitments included
    compare::Components scenarioMonthly; // EUR
    std::vector<CommitmentCost> commitments;
    QDate start; // used when Assumptions::start is invalid
};
Tco totalCostOfOwnership(const TcoInput &input, const Assumptions &assumptions);
// The same from today's bills and an evaluated scenario.
Tco totalCostOfOwnership(const Today &today, const ScenarioResult &result,
                         const Assumptions &assumptions);

// The sensitivity view: the TCO under one changed assumption at a time.
enum class SensitivityCase { Base, PricesDown, PricesUp, Egress, Percentile };
QString sensitivityCaseId(SensitivityCase kind); // "base", "prices-down", "prices-up", "egress",
                                                 // "percentile"
struct SensitivityRow {
    SensitivityCase kind = SensitivityCase::Base;
    QString label;      // translated, with its factor ("Target prices +10 %")
    QString assumption; // what the case changes, translated; always an assumption
    bool applicable = true;
    QString reason; // when not applicable
    Money tco;      // the scenario's cost over the horizon
    Money delta;    // tco − the base case's
    Money saving;   // staying − the scenario over the horizon
    std::optional<int> paybackMonth;
    bool incomplete = false; // a price is missing (in the case or in today's bills)
};
// Base; target prices −p % and +p % (the scenario's run-rate × (1 ∓ p/100): every component is
// a target price); egress × k (the run-rate's egress component and the data leaving the old
// provider, both × k; today's bills as billed); performance sizing at
// Assumptions::sensitivityPercentile (re-evaluated; not applicable when no placed workload has
// utilisation data). `base` is the scenario as evaluated with `settings`. Empty without bills.
std::vector<SensitivityRow>
sensitivity(const Scenario &scenario, const ScenarioResult &base, const catalog::Catalog &catalog,
            const compare::EstateInput &estate, const compare::CompareSettings &settings,
            const std::optional<Today> &today, const OnPremisesModel &onPremises = {});

// Why a data-transfer-out cost may fall: the EU Data Act's switching-charge rules, in our words,
// with the regulation's address (translated).
QString switchingChargesNote();

} // namespace scenarios
} // namespace boussole
