#pragma once

// The provider price catalog: provider facts (jurisdiction, exposure to extra-EU law, regions,
// certifications per offer and region) and offers with dated, sourced prices. Shipped as YAML in
// resources/catalog/ (one file per provider) and loaded by loadCatalog(); plain data, no Qt
// object, safe to copy to a worker thread.
//
// Rules the loader enforces (and tests check): ids unique per scope, every price has a source URL,
// a date and a verified flag, prices are net of VAT (a figure converted from a gross one is never
// verified), an offer with no sourced price keeps price empty (never 0).

#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace boussole::catalog {

// Where a figure or a fact comes from.
struct Source {
    QString url;           // https://… or "github.com/owner/repo/path@commit"
    QDate date;            // when the figure was observed/published
    bool verified = false; // seen in the cited source at that date; false = to be checked
    QString note;          // caveats ("gross of VAT converted at 19 %", "third-party constant")
    QString reference;     // a quote's or contract's reference ("n° CT-2026-0417"), when one
    QDate validUntil;      // a quote's end of validity; invalid when none is stated
};

enum class OfferKind {
    Compute,                // virtual machine without GPU
    Gpu,                    // virtual machine with GPUs
    DedicatedHost,          // a whole server (bare metal or dedicated hypervisor host)
    BlockStorage,           // per GB-month
    ObjectStorage,          // per GB-month
    Egress,                 // internet egress, per GB
    KubernetesControlPlane, // managed Kubernetes cluster fee, per hour
    ManagedDatabase,        // managed PostgreSQL/MySQL instance, per hour
};
QString offerKindId(OfferKind kind); // "compute", "gpu", "dedicated-host", "block-storage"…
std::optional<OfferKind> offerKindFromId(const QString &id);

enum class CpuType { Dedicated, Shared, Unknown };
QString cpuTypeId(CpuType type); // "dedicated", "shared", "unknown"
std::optional<CpuType> cpuTypeFromId(const QString &id);

enum class PriceUnit { Hour, Month, GbMonth, Gb };
QString priceUnitId(PriceUnit unit); // "hour", "month", "GB-month", "GB"
std::optional<PriceUnit> priceUnitFromId(const QString &id);
// Whether a price of this unit makes sense for an offer of this kind (hour/month for machines,
// clusters and databases, GB-month for storage, GB for egress).
bool unitFitsKind(PriceUnit unit, OfferKind kind);

struct Price {
    Money amount;                             // per unit, net of VAT
    QString currency = QStringLiteral("EUR"); // ISO 4217
    PriceUnit unit = PriceUnit::Hour;
    // Hourly prices billed with a monthly ceiling (Hetzner, Scaleway): the month never costs more.
    std::optional<Money> monthlyCap;
    // Converted from a figure published gross of VAT (Hetzner): never verified.
    bool fromGross = false;
    Source source;
};

// A tier of a per-GB price: the first `freeGb` of the month cost nothing (egress allowances).
struct Allowance {
    double freeGb = 0;
    bool perServer = false; // Hetzner: 20 TB included per server
};

// The slice of the month's volume a per-GB price applies to (GCP egress tiers): from `fromGb`
// up to `toGb` (none = no upper bound).
struct VolumeTier {
    double fromGb = 0;
    std::optional<double> toGb;
};

struct Offer {
    QString id; // the provider's own name: "m7i.xlarge", "b3-16", "POP2-4C-16G"…
    OfferKind kind = OfferKind::Compute;
    QString family; // "m7i", "b3", "POP2"…; certifications may target a family
    QString region; // a Region::id of the same provider
    double vcpu = 0;
    double memoryGib = 0;
    int gpuCount = 0;
    QString gpuModel; // "L4", "L40S", "H100"… (normalised upper-case model)
    QString arch = QStringLiteral("x86_64"); // "x86_64" or "arm64"
    CpuType cpuType = CpuType::Unknown;
    double localDiskGib = 0; // bundled local disk, counts against storage needs
    // DedicatedHost: how many vCPU of workloads one host vCPU carries (1 = no overcommit). An
    // assumption or a quote's term, shown next to every host count (compare/HostPacking.h).
    double vcpuOvercommit = 1;
    QStringList engines;                        // ManagedDatabase: "postgresql", "mysql"
    QStringList os = {QStringLiteral("linux")}; // operating systems the price covers
    std::optional<Allowance> allowance;         // Egress
    std::optional<VolumeTier> tier;             // Egress priced by volume tier
    std::optional<Price> price; // empty: no sourced price ("no verified price", never 0)
    QString note;
};

struct Region {
    QString id;      // provider's region id ("eu-west-3", "GRA", "fr-par")
    QString name;    // "Paris", "Gravelines"
    QString country; // ISO 3166-1 alpha-2 ("FR")
    bool eu = true;  // in the EU/EEA
};

struct Certification {
    QString id;        // "secnumcloud", "hds", "iso27001", "c5"
    QString scope;     // what is covered, in the certificate's terms
    QString reference; // visa or certificate number when public
    QDate issued;
    QDate expires;          // invalid when unknown or not applicable
    QStringList regions;    // empty = every region of the provider
    QStringList offers;     // offer ids or families; empty = every offer
    QStringList offerKinds; // offerKindId()s; empty = every kind
    Source source;

    bool covers(const Offer &offer) const;
    bool validOn(const QDate &date) const; // issued ≤ date < expires (when known)
};

// How the provider bills time.
struct BillingRules {
    double hoursPerMonth = 730;
    QString granularity = QStringLiteral("hour"); // "hour", "minute", "second"
    QString note;
};

struct Provider {
    QString id;           // "aws", "azure", "gcp", "ovhcloud", "scaleway", "hetzner", "outscale"…
    QString name;         // display name
    QString headquarters; // ISO country of the head office ("FR", "US", "DE")
    QString parent;       // ultimate parent company, when different
    QString jurisdiction; // country whose law ultimately governs the company ("US", "FR"…)
    bool extraEuLawExposure = false; // subject to CLOUD Act / FISA 702 or similar
    QString exposureNote;
    Source exposureSource;
    bool baseline = false; // a hyperscaler shown as the point of comparison
    BillingRules billing;
    std::vector<Region> regions;
    std::vector<Certification> certifications;
    std::vector<Offer> offers;
    Source source; // where the provider facts come from

    const Region *region(const QString &id) const;
    // Certifications covering the offer in its region and valid on `date`.
    std::vector<const Certification *> certificationsFor(const Offer &offer,
                                                         const QDate &date) const;
};

struct CurrencyRate {
    QString from; // "USD"
    QString to;   // "EUR"
    Money rate;   // 1 `from` = rate `to`
    QDate date;
    Source source;
};

struct Catalog {
    QString id; // "embedded", "user", or the file name given with --catalog
    QDate date; // the newest price date in the catalog ("prices as of …")
    std::vector<Provider> providers;
    std::vector<CurrencyRate> rates;

    const Provider *provider(const QString &id) const;
    // amount in `from` converted to `to` with the dated rate table (direct or inverse rate);
    // nullopt when no rate is known. Same currency: unchanged.
    std::optional<Money> convert(const Money &amount, const QString &from, const QString &to) const;
    // The table entry used to convert `from` to `to`: the direct one (from→to) when present,
    // else the inverse one (to→from); nullptr when neither exists.
    const CurrencyRate *rate(const QString &from, const QString &to) const;
};

// Loads every *.yaml of a folder (or a Qt resource folder such as ":/catalog"), or one YAML
// file; currency rates come from rates.yaml (any file with a `rates:` key). Errors name file,
// line and YAML path. The catalog's id is the folder's or file's name.
Result<Catalog> loadCatalog(const QString &folder);
// The catalog compiled into the binary (resources/catalog/).
Result<Catalog> embeddedCatalog();

} // namespace boussole::catalog
