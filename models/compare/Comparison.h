#pragma once

// The comparison engine: sizes every workload of the estate onto every provider of the catalog,
// prices it and scores the providers. Pure functions over plain data (no Qt object, no database),
// safe to run on a worker thread.
//
// Per workload and provider:
// 1. Readiness. A workload is skipped (not sized) when it is a template, a confirmed duplicate
//    (duplicateOf) or powered off. Otherwise an offer is eligible when it is in an allowed region
//    (settings.regions: Region::eu, Region::country == "FR", or any), holds every required
//    certification (Provider::certificationsFor on settings.date), carries the workload's GPUs
//    (count and model; a GPU offer is never used for a workload without GPUs), has its
//    architecture (x86_64 unless the workload's tag "arch" says arm64 or any), runs its OS
//    (Linux and Windows; an unknown OS is taken as Linux) and, in production (environment
//    "prod"), does not have shared vCPUs (an offer whose vCPU type the catalog does not know is
//    accepted).
// 2. Sizing. As-is: the allocated vCPU and memory. Performance-based: the chosen percentile of
//    measured utilisation (the next higher one the export gives when that one is missing) ×
//    comfort factor × allocation, when utilisation exists; else as-is, and the confidence drops.
//    Storage is the provisioned size in both modes.
// 3. The cheapest eligible offer, by monthly cost of compute plus storage: storage beyond the
//    offer's bundled local disk is priced at the region's cheapest block storage. Results whose
//    cost is complete rank before incomplete ones. Databases go to the provider's managed
//    database offer for their engine when one fits, else to a VM. Workloads of kind "storage"
//    take object storage (block storage for a Kubernetes volume). Containers are bin-packed onto
//    a node pool per cluster (see BinPacking.h) and share its cost and the control-plane fee by
//    their requests (one pool and one control-plane fee per cluster: the workloads' cluster
//    field, else their import). Nodes of kind "kubernetes-node" are priced as VMs, unless pods
//    of the same cluster (same cluster field) are in the estate: then the nodes are skipped, the
//    pods' pool replaces them.
//    Cheapest ties go to the offer id that sorts first, so results are reproducible.
//    Dedicated hosts: a provider whose eligible machine offers are all dedicated hosts, one of
//    them sized (a quote or price book gave its vCPU and memory), carries its virtual machines
//    (and databases without a managed offer) packed onto the fewest hosts of the cheapest sized
//    host offer; compute is hosts × price per host, allocated to the workloads (HostPacking.h).
//    Elsewhere a dedicated-host offer is never a per-VM candidate once sized.
// 4. Monthly cost in EUR (Catalog::convert), split into compute, storage, egress, licence and
//    platform: hourly prices × BillingRules::hoursPerMonth, capped by Price::monthlyCap. The
//    estate's internet egress (settings.egressGbPerMonth, beyond the free allowance) is a
//    provider-level line of the totals. Licences (LicencePass.h): a workload that needs Windows
//    Server, SQL Server, RHEL or Oracle Database (licensing::licencesNeeded) on an offer whose
//    price does not cover it uses the project's entitlements when the provider's rules let them
//    come (BYOL: 0, the note names the entitlement, its cores are consumed), else pays the
//    provider's licence-included price per vCPU (resources/licensing/licensing.yaml); where that
//    price is unknown the licence is missing. Offers are ranked with the licence-included
//    Windows price; BYOL is applied to the chosen offer.
// 5. Missing components are never zero: a storage, licence or egress need without a sourced
//    price (or without a currency rate) leaves the component out and marks the result incomplete,
//    naming what is missing. An eligible offer without a price is still the match, unpriced.
//
// Confidence (1–5) = 5, minus 1 for each of: a price used is not verified; the storage size is
//    unknown; the OS is unknown; performance-based sizing was asked but the workload has no
//    utilisation; the cost is incomplete. Never below 1.

#include "models/catalog/Catalog.h"
#include "models/compare/CompareSettings.h"
#include "models/compare/HostPacking.h"
#include "models/domain/Money.h"
#include "models/domain/Utilisation.h"
#include "models/domain/Workload.h"
#include "models/licensing/Entitlements.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace boussole {

class Project;

namespace compare {

// The monthly cost of one workload or one provider, in EUR.
struct Components {
    Money compute;
    Money storage;
    Money egress;
    Money licence;
    Money platform; // managed Kubernetes control plane, managed database service fee

    Money total() const { return compute + storage + egress + licence + platform; }
    Components &operator+=(const Components &other);
    bool operator==(const Components &) const = default;
};

// Component names as JSON and the missing lists use them.
inline constexpr const char *kCompute = "compute";
inline constexpr const char *kStorage = "storage";
inline constexpr const char *kEgress = "egress";
inline constexpr const char *kLicence = "licence";
inline constexpr const char *kPlatform = "platform";

// One workload on one provider.
struct Match {
    bool matched = false; // an eligible offer was found
    QString reason;       // when not matched: why no offer is eligible

    QString offerId;    // the compute, database or storage offer
    QString offerKind;  // offerKindId() of that offer
    QString region;     // its Region::id
    int nodeCount = 0;  // containers: nodes of the cluster's pool (the pool's offer is offerId)
    int hostCount = 0;  // dedicated hosts: hosts of the provider's pool (Comparison::hostPools)
    int hostNumber = 0; // and the one (1-based) this workload sits on
    double vcpu = 0;    // the size asked (after performance sizing)
    double memoryGib = 0;
    double storageGib = 0;

    bool priced = false;   // the main offer has a price (convertible to EUR)
    Components components; // the priced parts
    QStringList missing;   // components needed but without a sourced price
    bool incomplete() const { return !priced || !missing.isEmpty(); }
    Money monthly() const { return components.total(); } // of the priced parts

    int confidence = 0;         // 1–5, see above
    bool verified = false;      // every price used is verified
    QString source;             // the main offer's price source
    QStringList certifications; // ids of the certifications covering the main offer
    QDate date;                 // and its date
    QString sizingNote;         // how the size was obtained
    QStringList notes;          // licence included, overhead shared…

    // The licence line, one entry per licence the workload needs (see LicencePass.h).
    struct LicenceUse {
        QString product;       // licensing::productId
        QString mode;          // "included", "byol", "in-offer", "unpriced", "not-allowed", "risk"
        QString entitlementId; // BYOL: the entitlement used
        int counted = 0;       // cores, processors or subscriptions the rule counts
        std::optional<Money> monthlyEur; // included: the price; byol, in-offer: 0; else none
        QString note;                    // why, with the rule or the rate's source
    };
    std::vector<LicenceUse> licences;
    QString licenceNote; // the notes of `licences`, joined; empty when no licence is needed
};

struct WorkloadResult {
    QString workloadId;
    QString name;
    QString kind;
    std::vector<Match> matches; // one per Comparison::providers, same order
};

// A workload left out of the comparison, with why.
struct SkippedWorkload {
    QString workloadId;
    QString name;
    QString reason;
};

struct ProviderTotals {
    Components components; // sum of the matched workloads' parts plus the estate's egress
    Money total() const { return components.total(); }
    bool incomplete = false; // some part is missing (unpriced offer, missing component)
    int unpricedCount = 0;   // matched workloads whose cost is incomplete
    int matched = 0;
    int unmatched = 0;
    QStringList missing; // component names missing somewhere ("storage", "egress"…)
    QString egressNote;  // how the egress line was priced
};

struct ProviderScores {
    double cost = 0;          // 0–100
    double sovereignty = 0;   // 0–100
    double certification = 0; // 0–100
    double overall = 0;       // 0–100
    QString costFormula;
    QString sovereigntyFormula;
    QString certificationFormula;
    QString overallFormula;
};

struct Comparison {
    QString catalogId;
    QDate catalogDate;
    CompareSettings settings;
    std::vector<const catalog::Provider *>
        providerFacts;                     // into the catalog given to compareEstate()
    QStringList providers;                 // ids, same order
    std::vector<WorkloadResult> workloads; // compared, in the estate's order
    std::vector<SkippedWorkload> skipped;
    std::vector<ProviderTotals> totals; // per provider
    std::vector<ProviderScores> scores; // per provider
    std::vector<HostPool> hostPools;    // providers priced per dedicated host (HostPacking.h)

    int providerIndex(const QString &id) const { return int(providers.indexOf(id)); }
};

// What the engine reads from a project.
struct EstateInput {
    std::vector<Workload> workloads;
    QHash<QString, UtilisationRecord> utilisation; // by workload id (Project::utilisationFor)
    std::vector<licensing::LicenceEntitlement> entitlements; // licences the customer owns
};
EstateInput loadEstate(const Project &project);

// Compares the estate; the catalog must outlive the result (providerFacts point into it).
// Unknown provider ids in settings.providers are ignored.
Comparison compareEstate(const catalog::Catalog &catalog, const EstateInput &estate,
                         const CompareSettings &settings);

// The offers one workload could take at one provider, for the detail panel: each compute (or
// database, or storage) offer of the provider, eligible with its monthly cost or rejected with
// the first reason.
struct OfferVerdict {
    QString offerId;
    QString region;
    bool eligible = false;
    QString reason;               // rejected: why
    std::optional<Money> monthly; // eligible and priced: compute + storage per month, EUR
    bool verified = false;
};
struct Explanation {
    QString summary;                  // why this offer, in one or two sentences
    std::vector<OfferVerdict> offers; // eligible first (cheapest first), then rejected
};
Explanation explain(const catalog::Catalog &catalog, const EstateInput &estate,
                    const CompareSettings &settings, const QString &workloadId,
                    const QString &providerId);

// Helpers shared with tests.
// The certification a data class calls for: "health" -> "hds", "sensitive"/"restricted" ->
// "secnumcloud"; empty when none.
QString certificationForDataClass(const QString &dataClass);
// "NVIDIA L4" -> "L4", "nvidia tesla h100" -> "H100".
QString normaliseGpuModel(const QString &model);
// The database engine a workload runs: tag "engine", else guessed from its name ("pg",
// "postgres" -> postgresql; "mysql", "maria" -> mysql; "sql" on Windows -> sqlserver); empty
// when unknown.
QString databaseEngine(const Workload &workload);

} // namespace compare
} // namespace boussole
