#include "models/compare/Comparison.h"

#include "models/compare/LicencePass.h"
#include "models/licensing/Licensing.h"

#include "models/compare/BinPacking.h"
#include "models/storage/ProjectFile.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace boussole::compare {

using catalog::Catalog;
using catalog::CpuType;
using catalog::Offer;
using catalog::OfferKind;
using catalog::PriceUnit;
using catalog::Provider;
using catalog::Region;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

constexpr double kEps = 1e-9;

QString num(double value)
{
    return QLocale().toString(value, 'g', 6);
}

// A quantity (hours, GB, a share) as an exact decimal, rounded to 6 digits: fast, and what
// a figure of that kind needs.
Money moneyOf(double value)
{
    return Money::fromUnits(Int128(std::llround(value * 1e6)) * 1'000'000);
}

const QSet<QString> &euCountries()
{
    // EU member states and the EEA (ISO 3166-1 alpha-2).
    static const QSet<QString> countries = {
        u"AT"_s, u"BE"_s, u"BG"_s, u"HR"_s, u"CY"_s, u"CZ"_s, u"DK"_s, u"EE"_s, u"FI"_s, u"FR"_s,
        u"DE"_s, u"GR"_s, u"HU"_s, u"IE"_s, u"IT"_s, u"LV"_s, u"LT"_s, u"LU"_s, u"MT"_s, u"NL"_s,
        u"PL"_s, u"PT"_s, u"RO"_s, u"SK"_s, u"SI"_s, u"ES"_s, u"SE"_s, u"IS"_s, u"LI"_s, u"NO"_s};
    return countries;
}

bool isComputeKind(OfferKind kind)
{
    return kind == OfferKind::Compute || kind == OfferKind::Gpu || kind == OfferKind::DedicatedHost;
}

bool containsCi(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

// Facts of an offer checkCompute() reads for every workload, computed once.
struct OfferTraits {
    QString gpuModel; // normalised
    bool arm = false;
    bool linux = false;
};

OfferTraits traitsOf(const Offer &offer)
{
    return {normaliseGpuModel(offer.gpuModel), offer.arch == u"arm64",
            containsCi(offer.os, u"linux"_s)};
}

// An offer with its price per unit (per month for time-based prices) in EUR.
struct Priced {
    const Offer *offer = nullptr;
    const Region *region = nullptr;
    std::optional<Money> eur; // nullopt: no sourced price or no currency rate
    bool verified = false;
    QStringList certifications;
    OfferTraits traits;
    const Priced *block = nullptr; // the block storage of the offer's region (set by makeView)
};

std::optional<Money> eurPerUnit(const Catalog &catalog, const Provider &provider,
                                const Offer &offer, const Money &hours)
{
    if (!offer.price) {
        return std::nullopt;
    }
    const catalog::Price &price = *offer.price;
    std::optional<Money> amount = price.amount;
    if (price.unit == PriceUnit::Hour) {
        amount = Money::mulDecimal(price.amount, hours);
        if (amount && price.monthlyCap && *price.monthlyCap < *amount) {
            amount = *price.monthlyCap;
        }
    }
    if (!amount) {
        return std::nullopt;
    }
    Q_UNUSED(provider);
    return catalog.convert(*amount, price.currency, u"EUR"_s);
}

bool regionAllowed(const Region *region, RegionPolicy policy)
{
    switch (policy) {
    case RegionPolicy::Any:
        return true;
    case RegionPolicy::Eu:
        return region && region->eu;
    case RegionPolicy::France:
        return region && region->country.compare(u"FR"_s, Qt::CaseInsensitive) == 0;
    }
    return false;
}

QString regionPolicyText(RegionPolicy policy)
{
    switch (policy) {
    case RegionPolicy::Eu:
        return Text::tr("the EU");
    case RegionPolicy::France:
        return Text::tr("France");
    case RegionPolicy::Any:
        break;
    }
    return Text::tr("any region");
}

// Rank of a candidate: complete results first, then cheaper, then by offer id.
struct Rank {
    int completeness = 3; // 0 complete, 1 a component missing, 2 unpriced
    Money total;
    const QString *id = nullptr; // the offer's, which outlives the rank
    bool operator<(const Rank &o) const
    {
        if (completeness != o.completeness) {
            return completeness < o.completeness;
        }
        if (total != o.total) {
            return total < o.total;
        }
        return id && o.id && *id < *o.id;
    }
};

// One provider, with the offers the settings allow (region and certifications) priced in EUR.
struct ProviderView {
    const Provider *provider = nullptr;
    Money hours;
    std::vector<Priced> compute;   // priced ascending, unpriced last
    std::vector<Priced> hosts;     // sized dedicated hosts (HostPacking.h), the same order
    std::vector<Priced> databases; // the same order
    std::map<QString, Priced> blockByRegion;
    std::map<QString, Priced> objectByRegion;
    std::vector<Priced> controlPlanes; // priced ascending
    std::vector<Priced> egress;        // priced ascending
    int computeInRegions = 0;          // compute offers in allowed regions before certifications
    QSet<QString> validCertifications; // certification ids valid on some offer
    // Windows Server licence-included price per vCPU and month, in EUR (resources/licensing);
    // nullopt when the provider's is not known (the licence is then missing, never 0).
    std::optional<Money> windowsPerVcpuMonth;
    bool windowsVerified = false;
    QString windowsSource;
};

// The licensing rules shipped with Boussole, read once.
const licensing::Rules &licensingRules()
{
    static const licensing::Rules rules = [] {
        Result<licensing::Rules> loaded = licensing::loadRules();
        return loaded ? std::move(loaded.value()) : licensing::Rules();
    }();
    return rules;
}

// Storage for a migrated machine's disks and files: cold, archive and HDD classes are left out
// (they would win on price but not carry a running workload).
bool isGeneralPurposeStorage(const Offer &offer)
{
    static const QStringList excluded = {
        u"archive"_s, u"glacier"_s,     u"cold"_s, u"nearline"_s, u"infrequent"_s, u"deep"_s,
        u"hdd"_s,     u"pd-standard"_s, u"st1"_s,  u"sc1"_s,      u"magnetic"_s};
    const QString id = offer.id.toLower() + u' ' + offer.family.toLower();
    return std::none_of(excluded.begin(), excluded.end(),
                        [&](const QString &token) { return id.contains(token); });
}

bool pricedBefore(const Priced &a, const Priced &b)
{
    if (a.eur.has_value() != b.eur.has_value()) {
        return a.eur.has_value();
    }
    if (a.eur && *a.eur != *b.eur) {
        return *a.eur < *b.eur;
    }
    return a.offer->id < b.offer->id;
}

QStringList certificationIds(const Provider &provider, const Offer &offer, const QDate &date)
{
    QStringList ids;
    for (const catalog::Certification *c : provider.certificationsFor(offer, date)) {
        if (!ids.contains(c->id)) {
            ids << c->id;
        }
    }
    return ids;
}

// The first required certification the offer lacks; empty when it has them all.
QString missingCertification(const QStringList &held, const QStringList &required)
{
    for (const QString &id : required) {
        if (!containsCi(held, id)) {
            return id;
        }
    }
    return {};
}

ProviderView makeView(const Catalog &catalog, const Provider &provider,
                      const CompareSettings &settings, const QDate &date)
{
    ProviderView view;
    view.provider = &provider;
    view.hours = moneyOf(provider.billing.hoursPerMonth > 0 ? provider.billing.hoursPerMonth : 730);
    if (const licensing::Rate *rate =
            licensingRules().rate(licensing::Product::WindowsServer, provider.id)) {
        if (const std::optional<Money> month =
                Money::mulDecimal(rate->pricePerVcpuHour, view.hours)) {
            view.windowsPerVcpuMonth = catalog.convert(*month, rate->currency, u"EUR"_s);
            view.windowsVerified = rate->source.verified;
            view.windowsSource = rate->source.url;
        }
    }
    for (const Offer &offer : provider.offers) {
        const Region *region = provider.region(offer.region);
        Priced priced{&offer,
                      region,
                      eurPerUnit(catalog, provider, offer, view.hours),
                      offer.price && offer.price->source.verified,
                      certificationIds(provider, offer, date),
                      traitsOf(offer)};
        for (const QString &id : std::as_const(priced.certifications)) {
            view.validCertifications.insert(id.toLower());
        }
        if (!regionAllowed(region, settings.regions)) {
            continue;
        }
        const bool certified =
            missingCertification(priced.certifications, settings.requiredCertifications).isEmpty();
        if (isComputeKind(offer.kind)) {
            ++view.computeInRegions;
            const bool sizedHost =
                offer.kind == OfferKind::DedicatedHost && offer.vcpu > 0 && offer.memoryGib > 0;
            if (certified) {
                (sizedHost ? view.hosts : view.compute).push_back(priced);
            }
        } else if (offer.kind == OfferKind::ManagedDatabase) {
            if (certified) {
                view.databases.push_back(priced);
            }
        } else if ((offer.kind == OfferKind::BlockStorage ||
                    offer.kind == OfferKind::ObjectStorage) &&
                   isGeneralPurposeStorage(offer)) {
            auto &byRegion =
                offer.kind == OfferKind::BlockStorage ? view.blockByRegion : view.objectByRegion;
            auto it = byRegion.find(offer.region);
            if (it == byRegion.end() || pricedBefore(priced, it->second)) {
                byRegion[offer.region] = priced;
            }
        } else if (offer.kind == OfferKind::KubernetesControlPlane) {
            view.controlPlanes.push_back(priced);
        } else if (offer.kind == OfferKind::Egress) {
            view.egress.push_back(priced);
        }
    }
    for (auto *list :
         {&view.compute, &view.hosts, &view.databases, &view.controlPlanes, &view.egress}) {
        std::sort(list->begin(), list->end(), pricedBefore);
    }
    for (auto *list : {&view.compute, &view.hosts, &view.databases}) {
        for (Priced &p : *list) {
            const auto block = view.blockByRegion.find(p.offer->region);
            p.block = block == view.blockByRegion.end() ? nullptr : &block->second;
        }
    }
    return view;
}

// What a workload asks for.
struct Need {
    double vcpu = 0;
    double memoryGib = 0;
    std::optional<double> storageGib;
    int gpus = 0;
    QString gpuModel; // normalised
    QString arch;     // "x86_64", "arm64" or "any"
    bool anyArch = false;
    bool arm = false;
    bool dedicated = false;
    bool windows = false;
    bool osKnown = true;
    bool perfFallback = false;
    QString sizingNote;
};

std::optional<double> utilisationValue(const UtilisationRecord &u, bool cpu, int percentile)
{
    const std::array<std::optional<double>, 4> values =
        cpu ? std::array{u.cpuP50, u.cpuP95, u.cpuP99, u.cpuMax}
            : std::array{u.memP50, u.memP95, u.memP99, u.memMax};
    const int start = percentile <= 50 ? 0 : percentile <= 95 ? 1 : percentile <= 99 ? 2 : 3;
    for (int i = start; i < 4; ++i) {
        if (values[size_t(i)]) {
            return values[size_t(i)];
        }
    }
    return std::nullopt;
}

Need needOf(const Workload &w, const EstateInput &estate, const CompareSettings &settings)
{
    Need need;
    need.vcpu = w.vcpu.value_or(0);
    need.memoryGib = w.memoryGib.value_or(0);
    need.storageGib = w.storageGib;
    need.gpus = w.gpuCount;
    need.gpuModel = normaliseGpuModel(w.gpuModel);
    const QString arch = w.tags.value(u"arch"_s).toString().toLower();
    need.arch = arch == u"arm64" || arch == u"aarch64" ? u"arm64"_s
                : arch == u"any"                       ? u"any"_s
                                                       : u"x86_64"_s;
    need.anyArch = need.arch == u"any";
    need.arm = need.arch == u"arm64";
    need.dedicated = w.environment == u"prod";
    const QString os = w.osFamily.toLower();
    need.windows = os == u"windows";
    need.osKnown = !os.isEmpty();
    need.sizingNote = Text::tr("as allocated");
    if (settings.sizing == SizingMode::Performance) {
        const auto it = estate.utilisation.constFind(w.id);
        std::optional<double> cpu;
        std::optional<double> memory;
        if (it != estate.utilisation.constEnd()) {
            cpu = utilisationValue(*it, true, settings.percentile);
            memory = utilisationValue(*it, false, settings.percentile);
        }
        if (!cpu && !memory) {
            need.perfFallback = true;
            need.sizingNote = Text::tr("as allocated: no utilisation measured");
        } else {
            if (cpu) {
                need.vcpu = std::max(0.5, need.vcpu * *cpu / 100.0 * settings.comfortFactor);
            }
            if (memory) {
                need.memoryGib =
                    std::max(0.5, need.memoryGib * *memory / 100.0 * settings.comfortFactor);
            }
            need.sizingNote =
                Text::tr("P%1 of measured use × %2")
                    .arg(settings.percentile == 100 ? u"max"_s
                                                    : QString::number(settings.percentile))
                    .arg(num(settings.comfortFactor));
        }
    }
    return need;
}

enum class Reject { None, NoGpu, FewGpus, GpuModel, GpuNotNeeded, Arch, Shared, Os, TooSmall };

// Why the compute offer cannot take the need (Reject::None when it can). Cheap: it runs for
// every offer and workload.
Reject checkCompute(const Offer &offer, const OfferTraits &traits, const Need &need)
{
    if (need.gpus > 0) {
        if (offer.gpuCount < need.gpus) {
            return offer.gpuCount == 0 ? Reject::NoGpu : Reject::FewGpus;
        }
        if (!need.gpuModel.isEmpty() && traits.gpuModel != need.gpuModel) {
            return Reject::GpuModel;
        }
    } else if (offer.gpuCount > 0) {
        return Reject::GpuNotNeeded;
    }
    if (!need.anyArch && traits.arm != need.arm) {
        return Reject::Arch;
    }
    if (need.dedicated && offer.cpuType == CpuType::Shared) {
        return Reject::Shared;
    }
    if (!need.windows && !traits.linux) {
        return Reject::Os;
    }
    if (offer.vcpu + kEps < need.vcpu || offer.memoryGib + kEps < need.memoryGib) {
        return Reject::TooSmall;
    }
    return Reject::None;
}

QString rejectText(Reject reject, const Offer &offer, const Need &need)
{
    switch (reject) {
    case Reject::None:
        break;
    case Reject::NoGpu:
        return Text::tr("no GPU");
    case Reject::FewGpus:
        return Text::tr("%1 GPU(s), %2 needed").arg(offer.gpuCount).arg(need.gpus);
    case Reject::GpuModel:
        return Text::tr("GPU %1, %2 needed").arg(offer.gpuModel, need.gpuModel);
    case Reject::GpuNotNeeded:
        return Text::tr("a GPU offer, not needed");
    case Reject::Arch:
        return Text::tr("%1 architecture, %2 needed").arg(offer.arch, need.arch);
    case Reject::Shared:
        return Text::tr("shared vCPU, production needs dedicated vCPU");
    case Reject::Os:
        return Text::tr("priced for %1 only").arg(offer.os.join(u", "_s));
    case Reject::TooSmall:
        return Text::tr("too small: %1 vCPU, %2 GiB").arg(num(offer.vcpu), num(offer.memoryGib));
    }
    return {};
}

QString rejectCompute(const Offer &offer, const Need &need)
{
    return rejectText(checkCompute(offer, traitsOf(offer), need), offer, need);
}

// A candidate's cost for a VM-like need.
struct Costed {
    Components components;
    QStringList missing;
    bool priced = false;
    bool verified = false;
    QStringList notes;
    Rank rank;
};

Costed costVm(const ProviderView &view, const Priced &offer, const Need &need, bool database,
              bool withNotes = false)
{
    Costed c;
    c.priced = offer.eur.has_value();
    c.verified = offer.verified;
    if (offer.eur) {
        c.components.compute = *offer.eur;
    }
    if (need.storageGib && *need.storageGib > 0) {
        const double billable = std::max(0.0, *need.storageGib - offer.offer->localDiskGib);
        if (billable > 0) {
            const auto found = offer.block ? view.blockByRegion.end()
                                           : view.blockByRegion.find(offer.offer->region);
            const Priced *block = offer.block                         ? offer.block
                                  : found != view.blockByRegion.end() ? &found->second
                                                                      : nullptr;
            if (block && block->eur) {
                c.components.storage =
                    Money::mulDecimal(*block->eur, moneyOf(billable)).value_or(Money());
                c.verified = c.verified && block->verified;
            } else {
                c.missing << QString::fromLatin1(kStorage);
            }
        }
        if (withNotes && offer.offer->localDiskGib > 0) {
            c.notes << Text::tr("%1 GiB of bundled local disk counted against storage")
                           .arg(num(std::min(offer.offer->localDiskGib, *need.storageGib)));
        }
    }
    if (need.windows && !database) {
        // Ranking only: licence-included Windows Server per vCPU of the offer. The match's
        // licence line (BYOL, SQL Server, RHEL, Oracle, notes, verification) is LicencePass's.
        if (containsCi(offer.offer->os, u"windows"_s)) {
        } else if (view.windowsPerVcpuMonth) {
            c.components.licence =
                Money::mulDecimal(*view.windowsPerVcpuMonth, moneyOf(offer.offer->vcpu))
                    .value_or(Money());
        } else {
            c.missing << QString::fromLatin1(kLicence);
        }
    }
    c.rank = {!c.priced ? 2 : c.missing.isEmpty() ? 0 : 1, c.components.total(), &offer.offer->id};
    return c;
}

int confidenceOf(const Need &need, bool verified, bool incomplete)
{
    int confidence = 5;
    confidence -= verified ? 0 : 1;
    confidence -= need.storageGib ? 0 : 1;
    confidence -= need.osKnown ? 0 : 1;
    confidence -= need.perfFallback ? 1 : 0;
    confidence -= incomplete ? 1 : 0;
    return std::max(1, confidence);
}

void fillFromOffer(Match &m, const Priced &offer, const Need &need, const Costed &costed)
{
    m.matched = true;
    m.offerId = offer.offer->id;
    m.offerKind = catalog::offerKindId(offer.offer->kind);
    m.region = offer.offer->region;
    m.vcpu = need.vcpu;
    m.memoryGib = need.memoryGib;
    m.storageGib = need.storageGib.value_or(0);
    m.priced = costed.priced;
    m.components = costed.components;
    m.missing = costed.missing;
    m.verified = costed.verified && costed.priced;
    m.notes = costed.notes;
    m.certifications = offer.certifications;
    if (offer.offer->price) {
        m.source = offer.offer->price->source.url;
        m.date = offer.offer->price->source.date;
    }
    m.sizingNote = need.sizingNote;
    m.confidence = confidenceOf(need, m.verified, m.incomplete());
}

// Why no compute offer of the view takes the need: the first filter that leaves none.
QString unmatchedReason(const ProviderView &view, const Need &need, const CompareSettings &settings)
{
    if (view.computeInRegions == 0) {
        return Text::tr("no compute offer in %1").arg(regionPolicyText(settings.regions));
    }
    if (view.compute.empty()) {
        return Text::tr("no offer in %1 holds %2")
            .arg(regionPolicyText(settings.regions), settings.requiredCertifications.join(u", "_s));
    }
    // The stages in the order rejectCompute applies them; report the latest stage reached,
    // which is the most specific.
    double largestVcpu = 0;
    double largestMemory = 0;
    bool anyReachedSize = false;
    Need any = need;
    any.vcpu = 0;
    any.memoryGib = 0;
    for (const Priced &p : view.compute) {
        if (checkCompute(*p.offer, p.traits, any) == Reject::None) {
            anyReachedSize = true;
            largestVcpu = std::max(largestVcpu, p.offer->vcpu);
            largestMemory = std::max(largestMemory, p.offer->memoryGib);
        }
    }
    if (anyReachedSize) {
        return Text::tr("no offer large enough: %1 vCPU and %2 GiB needed, the largest has %3 "
                        "vCPU and %4 GiB")
            .arg(num(need.vcpu), num(need.memoryGib), num(largestVcpu), num(largestMemory));
    }
    if (need.gpus > 0) {
        return need.gpuModel.isEmpty()
                   ? Text::tr("no offer with %n GPU(s)", nullptr, need.gpus)
                   : Text::tr("no offer with %1 × %2 GPU").arg(need.gpus).arg(need.gpuModel);
    }
    Need noDedicated = any;
    noDedicated.dedicated = false;
    for (const Priced &p : view.compute) {
        if (checkCompute(*p.offer, p.traits, noDedicated) == Reject::None) {
            return Text::tr("no dedicated-vCPU offer for production");
        }
    }
    return rejectCompute(*view.compute.front().offer, need);
}

// Cheapest eligible compute offer; nullptr when none.
const Priced *cheapestCompute(const ProviderView &view, const Need &need, Costed *best)
{
    const Priced *chosen = nullptr;
    for (const Priced &p : view.compute) {
        if (chosen && best->rank.completeness == 0 && p.eur && *p.eur > best->rank.total) {
            break; // storage only adds: no later offer can be cheaper
        }
        if (checkCompute(*p.offer, p.traits, need) != Reject::None) {
            continue;
        }
        Costed c = costVm(view, p, need, false);
        if (!chosen || c.rank < best->rank) {
            chosen = &p;
            *best = std::move(c);
        }
    }
    return chosen;
}

QString rejectDatabase(const Offer &offer, const Need &need, const QString &engine)
{
    if (!containsCi(offer.engines, engine)) {
        return Text::tr("runs %1, not %2").arg(offer.engines.join(u", "_s), engine);
    }
    if (offer.vcpu <= 0 || offer.memoryGib <= 0) {
        return Text::tr("no sized offer in the catalog");
    }
    if (offer.vcpu + kEps < need.vcpu || offer.memoryGib + kEps < need.memoryGib) {
        return Text::tr("too small: %1 vCPU, %2 GiB").arg(num(offer.vcpu), num(offer.memoryGib));
    }
    return {};
}

const Priced *cheapestDatabase(const ProviderView &view, const Need &need, const QString &engine,
                               Costed *best)
{
    const Priced *chosen = nullptr;
    for (const Priced &p : view.databases) {
        if (!rejectDatabase(*p.offer, need, engine).isEmpty()) {
            continue;
        }
        Costed c = costVm(view, p, need, true);
        if (!chosen || c.rank < best->rank) {
            chosen = &p;
            *best = std::move(c);
        }
    }
    return chosen;
}

Match matchStorage(const ProviderView &view, const Workload &w, const CompareSettings &settings)
{
    Match m;
    if (!w.storageGib || *w.storageGib <= 0) {
        m.reason = Text::tr("storage size unknown");
        return m;
    }
    const bool block = w.tags.contains(u"namespace"_s); // a Kubernetes volume
    const Priced *chosen = nullptr;
    // Object storage first (files, backups); block storage only when it has a price and object
    // storage has none.
    for (const auto *byRegion : block ? std::vector{&view.blockByRegion}
                                      : std::vector{&view.objectByRegion, &view.blockByRegion}) {
        const Priced *best = nullptr;
        for (const auto &[region, p] : *byRegion) {
            if (!best || pricedBefore(p, *best)) {
                best = &p;
            }
        }
        if (best && (!chosen || (best->eur && !chosen->eur))) {
            chosen = best;
        }
        if (chosen && chosen->eur) {
            break;
        }
    }
    if (!chosen) {
        m.reason = Text::tr("no storage offer in %1").arg(regionPolicyText(settings.regions));
        return m;
    }
    Need need;
    need.storageGib = w.storageGib;
    need.osKnown = true;
    Costed c;
    c.priced = chosen->eur.has_value();
    c.verified = chosen->verified;
    if (chosen->eur) {
        c.components.storage =
            Money::mulDecimal(*chosen->eur, moneyOf(*w.storageGib)).value_or(Money());
    }
    fillFromOffer(m, *chosen, need, c);
    m.vcpu = 0;
    m.memoryGib = 0;
    m.sizingNote = Text::tr("provisioned storage");
    return m;
}

Match matchVm(const ProviderView &view, const Workload &w, const Need &need,
              const CompareSettings &settings)
{
    Match m;
    if (!w.vcpu || !w.memoryGib) {
        m.reason = Text::tr("vCPU or memory unknown: the source did not give them");
        return m;
    }
    if (w.kind == u"database") {
        const QString engine = databaseEngine(w);
        if (!engine.isEmpty()) {
            Costed best;
            if (const Priced *p = cheapestDatabase(view, need, engine, &best)) {
                fillFromOffer(m, *p, need, costVm(view, *p, need, true, true));
                m.notes << Text::tr("managed %1; storage at the block storage rate").arg(engine);
                return m;
            }
        }
        m.notes << (engine.isEmpty()
                        ? Text::tr("database engine unknown: on a virtual machine")
                        : Text::tr("no managed %1 offer fits: on a virtual machine").arg(engine));
    }
    Costed best;
    if (const Priced *p = cheapestCompute(view, need, &best)) {
        const QStringList notes = m.notes;
        fillFromOffer(m, *p, need, costVm(view, *p, need, false, true));
        m.notes = notes + m.notes;
        return m;
    }
    m.reason = unmatchedReason(view, need, settings);
    return m;
}

// Splits `total` by weights (summing to ~1) so that the parts add up to total exactly.
std::vector<Money> shareOut(const Money &total, const std::vector<double> &weights)
{
    std::vector<Money> parts(weights.size());
    Money given;
    for (size_t i = 0; i + 1 < weights.size(); ++i) {
        parts[i] = Money::mulDecimal(total, moneyOf(weights[i])).value_or(Money());
        given += parts[i];
    }
    if (!parts.empty()) {
        parts.back() = total - given;
    }
    return parts;
}

bool isKubernetes(const Workload &w)
{
    return w.tags.contains(u"kubernetes_kind"_s);
}

// Prices one cluster's containers on one provider; fills their matches.
void matchCluster(const ProviderView &view, const std::vector<const Workload *> &pods,
                  const CompareSettings &settings, std::vector<Match *> out)
{
    std::vector<PodGroup> groups;
    std::vector<size_t> sized; // indexes into pods with known requests
    bool dedicated = false;
    bool kubernetes = false;
    double cpuTotal = 0;
    double memoryTotal = 0;
    for (size_t i = 0; i < pods.size(); ++i) {
        const Workload &w = *pods[i];
        if (!w.vcpu || !w.memoryGib) {
            out[i]->reason = Text::tr("CPU or memory requests unknown");
            continue;
        }
        if (w.gpuCount > 0) {
            out[i]->reason = Text::tr("containers with GPUs are not bin-packed yet");
            continue;
        }
        const int replicas = std::max(1, w.tags.value(u"replicas"_s).toInt());
        groups.push_back({*w.vcpu / replicas, *w.memoryGib / replicas, replicas});
        sized.push_back(i);
        dedicated = dedicated || w.environment == u"prod";
        kubernetes = kubernetes || isKubernetes(w);
        cpuTotal += *w.vcpu;
        memoryTotal += *w.memoryGib;
    }
    if (sized.empty()) {
        return;
    }
    Need node;
    node.arch = u"x86_64"_s;
    node.dedicated = dedicated;
    const Priced *control = nullptr;
    if (kubernetes) {
        if (view.controlPlanes.empty()) {
            for (size_t i : sized) {
                out[i]->reason = Text::tr("no managed Kubernetes offer in %1")
                                     .arg(regionPolicyText(settings.regions));
            }
            return;
        }
    }
    const Priced *chosen = nullptr;
    int chosenNodes = 0;
    Rank best;
    for (const Priced &p : view.compute) {
        if (checkCompute(*p.offer, p.traits, node) != Reject::None) {
            continue;
        }
        const NodeCapacity capacity = allocatable(p.offer->vcpu, p.offer->memoryGib);
        if (chosen && best.completeness == 0 && p.eur) {
            const double lower =
                std::ceil(std::max(cpuTotal / std::max(capacity.vcpu, kEps),
                                   memoryTotal / std::max(capacity.memoryGib, kEps)) -
                          kEps);
            if (Money::mulDecimal(*p.eur, moneyOf(std::max(1.0, lower))).value_or(Money()) >
                best.total) {
                continue;
            }
        }
        const std::optional<int> nodes = packNodes(groups, capacity);
        if (!nodes) {
            continue;
        }
        Rank rank{p.eur ? 0 : 2, p.eur ? p.eur->multipliedBy(*nodes).value_or(Money()) : Money(),
                  &p.offer->id};
        if (!chosen || rank < best || (!(best < rank) && *nodes < chosenNodes)) {
            chosen = &p;
            chosenNodes = *nodes;
            best = rank;
        }
    }
    if (!chosen) {
        Need largest = node;
        for (const PodGroup &g : groups) {
            largest.vcpu = std::max(largest.vcpu, g.vcpu);
            largest.memoryGib = std::max(largest.memoryGib, g.memoryGib);
        }
        const QString reason = unmatchedReason(view, largest, settings);
        for (size_t i : sized) {
            out[i]->reason = reason;
        }
        return;
    }
    if (kubernetes) {
        for (const Priced &p : view.controlPlanes) {
            if (p.offer->region == chosen->offer->region) {
                control = &p;
                break;
            }
        }
        if (!control) {
            control = &view.controlPlanes.front();
        }
    }
    std::vector<double> weights;
    for (size_t k = 0; k < sized.size(); ++k) {
        const Workload &w = *pods[sized[k]];
        const double cpuShare = cpuTotal > 0 ? *w.vcpu / cpuTotal : 0;
        const double memoryShare = memoryTotal > 0 ? *w.memoryGib / memoryTotal : 0;
        weights.push_back((cpuShare + memoryShare) / 2);
    }
    const std::vector<Money> compute = shareOut(
        chosen->eur ? chosen->eur->multipliedBy(chosenNodes).value_or(Money()) : Money(), weights);
    const std::vector<Money> platform =
        shareOut(control && control->eur ? *control->eur : Money(), weights);
    for (size_t k = 0; k < sized.size(); ++k) {
        const Workload &w = *pods[sized[k]];
        Match &m = *out[sized[k]];
        Need need;
        need.vcpu = *w.vcpu;
        need.memoryGib = *w.memoryGib;
        need.storageGib = w.storageGib.value_or(0);
        need.osKnown = true;
        need.sizingNote = Text::tr("container requests");
        Costed c;
        c.priced = chosen->eur.has_value();
        c.verified = chosen->verified;
        c.components.compute = compute[k];
        if (control) {
            if (control->eur) {
                c.components.platform = platform[k];
                c.verified = c.verified && control->verified;
            } else {
                c.missing << QString::fromLatin1(kPlatform);
            }
        }
        if (w.storageGib && *w.storageGib > 0) {
            const auto block = view.blockByRegion.find(chosen->offer->region);
            if (block != view.blockByRegion.end() && block->second.eur) {
                c.components.storage =
                    Money::mulDecimal(*block->second.eur, moneyOf(*w.storageGib)).value_or(Money());
                c.verified = c.verified && block->second.verified;
            } else {
                c.missing << QString::fromLatin1(kStorage);
            }
        }
        fillFromOffer(m, *chosen, need, c);
        m.nodeCount = chosenNodes;
        m.notes << Text::tr("bin-packed with the cluster's %n other workload(s) on %1 node(s)",
                            nullptr, int(sized.size()) - 1)
                       .arg(chosenNodes);
        if (control) {
            m.notes << Text::tr("shares the control-plane fee (%1)").arg(control->offer->id);
        }
    }
}

// Whether the provider's machines are sold per dedicated host: a sized host offer is eligible and
// no virtual-machine offer is.
bool hostBased(const ProviderView &view)
{
    return !view.hosts.empty() &&
           std::none_of(view.compute.begin(), view.compute.end(),
                        [](const Priced &p) { return p.offer->kind != OfferKind::DedicatedHost; });
}

bool quoteExpired(const Offer &offer, const QDate &date)
{
    return offer.price && offer.price->source.validUntil.isValid() &&
           offer.price->source.validUntil < date;
}

// Packs the virtual machines of a host-based provider onto its cheapest sized host offer and
// fills their matches (see HostPacking.h); returns the pool, or nullopt when no host takes any.
std::optional<HostPool> matchHosts(const ProviderView &view,
                                   const std::vector<const Workload *> &workloads,
                                   const std::vector<const Need *> &needs, const QDate &date,
                                   std::vector<Match *> out)
{
    struct Candidate {
        const Priced *offer = nullptr;
        std::vector<size_t> members; // indexes into workloads
        HostPlan plan;
        std::optional<Money> price; // per host and month, EUR; nullopt when missing or expired
        std::optional<Money> total;
    };
    std::optional<Candidate> best;
    const auto better = [](const Candidate &a, const Candidate &b) {
        const auto placed = [](const Candidate &c) {
            return std::count_if(c.plan.hostOf.begin(), c.plan.hostOf.end(),
                                 [](int h) { return h >= 0; });
        };
        if (placed(a) != placed(b)) {
            return placed(a) > placed(b);
        }
        if (a.total.has_value() != b.total.has_value()) {
            return a.total.has_value();
        }
        if (a.total && *a.total != *b.total) {
            return *a.total < *b.total;
        }
        if (a.plan.hosts != b.plan.hosts) {
            return a.plan.hosts < b.plan.hosts;
        }
        return a.offer->offer->id < b.offer->offer->id;
    };
    for (const Priced &p : view.hosts) {
        Candidate c;
        c.offer = &p;
        std::vector<HostItem> items;
        for (size_t i = 0; i < workloads.size(); ++i) {
            Need any = *needs[i];
            any.vcpu = 0;
            any.memoryGib = 0;
            if (checkCompute(*p.offer, p.traits, any) == Reject::None) {
                c.members.push_back(i);
                items.push_back({needs[i]->vcpu, needs[i]->memoryGib});
            }
        }
        c.plan = planHosts(items, {p.offer->vcpu, p.offer->memoryGib, p.offer->vcpuOvercommit});
        if (c.plan.hosts == 0) {
            continue;
        }
        if (p.eur && !quoteExpired(*p.offer, date)) {
            c.price = p.eur;
            c.total = p.eur->multipliedBy(c.plan.hosts);
        }
        if (!best || better(c, *best)) {
            best = std::move(c);
        }
    }
    if (!best) {
        return std::nullopt;
    }
    for (Match *m : out) {
        *m = Match();
    }
    const Priced &host = *best->offer;
    const Offer &offer = *host.offer;
    const HostSize size{offer.vcpu, offer.memoryGib, offer.vcpuOvercommit};
    HostPool pool;
    pool.provider = view.provider->id;
    pool.offerId = offer.id;
    pool.region = offer.region;
    pool.size = size;
    pool.count = best->plan.hosts;
    pool.plan = best->plan;
    pool.pricePerHost = best->price;
    pool.monthly = best->total;
    pool.expired = quoteExpired(offer, date);
    pool.workloadIds.resize(size_t(pool.count));
    pool.workloadNames.resize(size_t(pool.count));
    if (offer.price) {
        const catalog::Source &source = offer.price->source;
        pool.fromQuote = source.note.startsWith(u"price book"_s);
        pool.source = hostSourceLabel(source.reference, source.url, source.validUntil,
                                      pool.fromQuote, source.url);
        pool.sourceUrl = source.url;
        pool.sourceDate = source.date;
        pool.validUntil = source.validUntil;
        pool.verified = source.verified;
        if (pool.expired) {
            pool.note = Text::tr("the quote expired on %1: its price (%2 %3 per host) is not used")
                            .arg(source.validUntil.toString(Qt::ISODate),
                                 offer.price->amount.toString(), offer.price->currency);
        } else if (!host.eur) {
            pool.note = Text::tr("no exchange rate from %1 to EUR").arg(offer.price->currency);
        }
    } else {
        pool.note = offer.note.isEmpty() ? Text::tr("no sourced price per host") : offer.note;
    }
    // Per-workload shares of the hosts' total, exact (HostPacking.h).
    std::vector<size_t> placed;
    std::vector<double> weights;
    for (size_t k = 0; k < best->members.size(); ++k) {
        const int h = best->plan.hostOf[k];
        const size_t i = best->members[k];
        if (h < 0) {
            continue;
        }
        placed.push_back(k);
        weights.push_back(dominantShare({needs[i]->vcpu, needs[i]->memoryGib}, size));
    }
    // Hosts list their workloads largest first, as they were packed.
    std::vector<size_t> packingOrder = placed;
    std::stable_sort(packingOrder.begin(), packingOrder.end(), [&](size_t a, size_t b) {
        const Need &x = *needs[best->members[a]];
        const Need &y = *needs[best->members[b]];
        const bool byCpu = best->plan.binding == Dimension::Vcpu;
        const double first = byCpu ? x.vcpu - y.vcpu : x.memoryGib - y.memoryGib;
        if (std::abs(first) > kEps) {
            return first > 0;
        }
        return (byCpu ? x.memoryGib - y.memoryGib : x.vcpu - y.vcpu) > kEps;
    });
    for (const size_t k : packingOrder) {
        const Workload &w = *workloads[best->members[k]];
        const size_t h = size_t(best->plan.hostOf[k]);
        pool.workloadIds[h] << w.id;
        pool.workloadNames[h] << w.name;
    }
    const std::vector<Money> shares = allocateExactly(best->total.value_or(Money()), weights);
    for (size_t j = 0; j < placed.size(); ++j) {
        const size_t k = placed[j];
        const size_t i = best->members[k];
        const Need &need = *needs[i];
        Costed c;
        c.priced = best->total.has_value();
        c.verified = host.verified;
        c.components.compute = shares[j];
        if (need.storageGib && *need.storageGib > 0) {
            if (host.block && host.block->eur) {
                c.components.storage =
                    Money::mulDecimal(*host.block->eur, moneyOf(*need.storageGib))
                        .value_or(Money());
                c.verified = c.verified && host.block->verified;
            } else {
                c.missing << QString::fromLatin1(kStorage);
            }
        }
        if (need.windows && !containsCi(offer.os, u"windows"_s)) {
            // Windows Server on a dedicated host is licensed per physical core of the host, which
            // the catalog does not model: missing, never zero.
            c.missing << QString::fromLatin1(kLicence);
            c.notes << Text::tr("Windows Server on a dedicated host is licensed per physical "
                                "core: not priced");
        }
        Match &m = *out[i];
        fillFromOffer(m, host, need, c);
        m.hostCount = pool.count;
        m.hostNumber = best->plan.hostOf[k] + 1;
        m.notes.prepend(Text::tr("host %1 of %n dedicated host(s) %2; %3", nullptr, pool.count)
                            .arg(m.hostNumber)
                            .arg(offer.id, allocationRuleText()));
        if (pool.expired) {
            m.notes << pool.note;
        }
    }
    for (size_t k = 0; k < best->members.size(); ++k) {
        if (best->plan.hostOf[k] < 0) {
            const Workload &w = *workloads[best->members[k]];
            pool.unplaced << w.id;
            out[best->members[k]]->reason =
                Text::tr("larger than one dedicated host of %1 (%2 vCPU × %3 overcommit, %4 GiB)")
                    .arg(offer.id, num(offer.vcpu), num(offer.vcpuOvercommit),
                         num(offer.memoryGib));
        }
    }
    for (size_t i = 0; i < workloads.size(); ++i) {
        if (!out[i]->matched && out[i]->reason.isEmpty()) {
            Need any = *needs[i];
            any.vcpu = 0;
            any.memoryGib = 0;
            out[i]->reason = rejectCompute(offer, any);
        }
    }
    return pool;
}

QString clusterKey(const Workload &w)
{
    return w.importId + u'\x1f' + w.cluster;
}

} // namespace

Components &Components::operator+=(const Components &other)
{
    compute += other.compute;
    storage += other.storage;
    egress += other.egress;
    licence += other.licence;
    platform += other.platform;
    return *this;
}

QString certificationForDataClass(const QString &dataClass)
{
    const QString code = dataClass.toLower();
    if (code == u"health") {
        return u"hds"_s;
    }
    if (code == u"sensitive" || code == u"restricted") {
        return u"secnumcloud"_s;
    }
    return {};
}

QString normaliseGpuModel(const QString &model)
{
    QString m = model.toUpper().simplified();
    for (const QString &prefix : {u"NVIDIA "_s, u"TESLA "_s, u"AMD "_s}) {
        if (m.startsWith(prefix)) {
            m = m.mid(prefix.size());
        }
    }
    return m.remove(u' ');
}

QString databaseEngine(const Workload &w)
{
    const QString tagged = w.tags.value(u"engine"_s).toString().toLower();
    const QString text = tagged.isEmpty() ? w.name.toLower() : tagged;
    if (text.contains(u"postgres") || text.contains(u"-pg") || text.startsWith(u"pg")) {
        return u"postgresql"_s;
    }
    if (text.contains(u"mysql") || text.contains(u"maria")) {
        return u"mysql"_s;
    }
    if (text.contains(u"sqlserver") || text.contains(u"mssql") ||
        (text.contains(u"sql") && w.osFamily.toLower() == u"windows")) {
        return u"sqlserver"_s;
    }
    return {};
}

EstateInput loadEstate(const Project &project)
{
    EstateInput estate;
    estate.workloads = project.workloads();
    estate.entitlements = licensing::loadEntitlements(project);
    for (const Workload &w : estate.workloads) {
        if (auto u = project.utilisationFor(w.id)) {
            estate.utilisation.insert(w.id, *u);
        }
    }
    return estate;
}

namespace {

QString skipReason(const Workload &w)
{
    if (w.isTemplate) {
        return Text::tr("template");
    }
    if (!w.duplicateOf.isEmpty()) {
        return Text::tr("same machine as another record");
    }
    if (w.powerState == u"off") {
        return Text::tr("powered off");
    }
    return {};
}

std::vector<const Provider *> selectedProviders(const Catalog &catalog,
                                                const CompareSettings &settings)
{
    std::vector<const Provider *> providers;
    if (settings.providers.isEmpty()) {
        for (const Provider &p : catalog.providers) {
            providers.push_back(&p);
        }
    } else {
        for (const QString &id : settings.providers) {
            if (const Provider *p = catalog.provider(id)) {
                providers.push_back(p);
            }
        }
    }
    return providers;
}

void priceEgress(const ProviderView &view, const CompareSettings &settings, int servers,
                 ProviderTotals &totals)
{
    if (settings.egressGbPerMonth <= 0) {
        return;
    }
    // Per region: the free allowance, then each priced slice (a tier prices the part of the
    // month's volume within its bounds; an untiered price, all of it).
    std::map<QString, std::vector<const Priced *>> byRegion;
    for (const Priced &p : view.egress) {
        byRegion[p.offer->region].push_back(&p);
    }
    std::optional<Money> best;
    QString bestNote;
    for (const auto &[region, offers] : byRegion) {
        double free = 0;
        bool complete = true;
        for (const Priced *p : offers) {
            if (p->offer->allowance) {
                free =
                    std::max(free, p->offer->allowance->freeGb *
                                       (p->offer->allowance->perServer ? std::max(1, servers) : 1));
            }
            complete = complete && p->eur.has_value();
        }
        if (!complete) {
            continue;
        }
        const double volume = settings.egressGbPerMonth;
        Money cost;
        bool tiered = false;
        for (const Priced *p : offers) {
            double billed = 0;
            if (p->offer->tier) {
                tiered = true;
                const double from = std::max(p->offer->tier->fromGb, free);
                const double to = std::min(volume, p->offer->tier->toGb.value_or(volume));
                billed = std::max(0.0, to - from);
            } else if (!tiered) {
                billed = std::max(0.0, volume - free);
            }
            cost += Money::mulDecimal(*p->eur, moneyOf(billed)).value_or(Money());
        }
        if (!tiered && offers.size() > 1) {
            // Several untiered prices in one region: the cheapest one applies, not their sum.
            cost = Money::mulDecimal(*offers.front()->eur, moneyOf(std::max(0.0, volume - free)))
                       .value_or(Money());
        }
        if (!best || cost < *best) {
            best = cost;
            bestNote =
                Text::tr("%1 GB a month, %2 GB free, in %3").arg(num(volume), num(free), region);
        }
    }
    if (!best) {
        totals.missing << QString::fromLatin1(kEgress);
        totals.egressNote = Text::tr("no sourced egress price");
        return;
    }
    totals.components.egress = *best;
    totals.egressNote = bestNote;
}

void score(Comparison &c)
{
    std::optional<Money> cheapest;
    for (const ProviderTotals &t : c.totals) {
        if (t.matched > 0 && t.total() > Money() && (!cheapest || t.total() < *cheapest)) {
            cheapest = t.total();
        }
    }
    for (size_t p = 0; p < c.providerFacts.size(); ++p) {
        const ProviderTotals &t = c.totals[p];
        const Provider &provider = *c.providerFacts[p];
        ProviderScores s;
        const int considered = t.matched + t.unmatched;
        const double coverage = considered > 0 ? double(t.matched) / considered : 0;
        if (cheapest && t.total() > Money()) {
            // Money to double only for a ratio shown as a score, never as an amount.
            const double ratio = cheapest->toApproximateDouble() / t.total().toApproximateDouble();
            s.cost = 100 * ratio * coverage;
        }
        s.costFormula = Text::tr("100 × cheapest total ÷ this total × share of workloads placed "
                                 "(%1 of %2)")
                            .arg(t.matched)
                            .arg(considered);

        int inEu = 0;
        for (const WorkloadResult &r : c.workloads) {
            const Match &m = r.matches[p];
            if (!m.matched) {
                continue;
            }
            const Region *region = provider.region(m.region);
            inEu += region && region->eu ? 1 : 0;
        }
        const bool euJurisdiction = euCountries().contains(provider.jurisdiction.toUpper());
        bool qualified = false;
        const QDate date = c.settings.date.isValid() ? c.settings.date : QDate::currentDate();
        for (const catalog::Certification &cert : provider.certifications) {
            qualified = qualified || (cert.id.compare(u"secnumcloud"_s, Qt::CaseInsensitive) == 0 &&
                                      cert.validOn(date));
        }
        const double euShare = t.matched > 0 ? double(inEu) / t.matched : 0;
        s.sovereignty = (euJurisdiction ? 40 : 0) + (provider.extraEuLawExposure ? 0 : 30) +
                        15 * euShare + (qualified ? 15 : 0);
        s.sovereigntyFormula =
            Text::tr("40 if governed by EU law (%1) + 30 if not exposed to extra-EU law + 15 × "
                     "share of workloads in EU regions + 15 if SecNumCloud-qualified")
                .arg(provider.jurisdiction.isEmpty() ? Text::tr("unknown") : provider.jurisdiction);
        c.scores.push_back(s);
    }
}

} // namespace

Comparison compareEstate(const Catalog &catalog, const EstateInput &estate,
                         const CompareSettings &settings)
{
    Comparison c;
    c.catalogId = catalog.id;
    c.catalogDate = catalog.date;
    c.settings = settings;
    const QDate date = settings.date.isValid() ? settings.date : QDate::currentDate();
    std::vector<ProviderView> views;
    for (const Provider *p : selectedProviders(catalog, settings)) {
        c.providerFacts.push_back(p);
        c.providers << p->id;
        views.push_back(makeView(catalog, *p, settings, date));
    }
    const size_t providerCount = views.size();

    // Which workloads are compared; containers wait to be packed by cluster.
    std::vector<const Workload *> compared;
    std::map<QString, std::vector<size_t>> clusters; // key -> indexes into c.workloads
    std::vector<QString> dataClasses;
    // Nodes of a cluster whose pods are in the estate too: the pods are bin-packed onto a new
    // pool, so the nodes are not priced a second time.
    QSet<QString> packedClusters;
    for (const Workload &w : estate.workloads) {
        if (w.kind == u"container" && !w.cluster.isEmpty() && skipReason(w).isEmpty()) {
            packedClusters.insert(w.cluster);
        }
    }
    for (const Workload &w : estate.workloads) {
        QString reason = skipReason(w);
        if (reason.isEmpty() && w.kind == u"kubernetes-node" &&
            packedClusters.contains(w.cluster)) {
            reason = Text::tr("a node of cluster %1, whose pods are bin-packed").arg(w.cluster);
        }
        if (!reason.isEmpty()) {
            c.skipped.push_back({w.id, w.name, reason});
            continue;
        }
        WorkloadResult r{w.id, w.name, w.kind, std::vector<Match>(providerCount)};
        c.workloads.push_back(std::move(r));
        compared.push_back(&w);
        dataClasses.push_back(w.dataClass);
        if (w.kind == u"container") {
            clusters[clusterKey(w)].push_back(c.workloads.size() - 1);
        }
    }

    std::vector<Need> needs;
    needs.reserve(compared.size());
    for (const Workload *w : compared) {
        needs.push_back(needOf(*w, estate, settings));
    }
    for (size_t p = 0; p < providerCount; ++p) {
        const ProviderView &view = views[p];
        const bool onHosts = hostBased(view);
        std::vector<const Workload *> hosted;
        std::vector<const Need *> hostedNeeds;
        std::vector<Match *> hostedMatches;
        for (size_t i = 0; i < compared.size(); ++i) {
            const Workload &w = *compared[i];
            if (w.kind == u"container") {
                continue;
            }
            Match &m = c.workloads[i].matches[p];
            m = w.kind == u"storage" ? matchStorage(view, w, settings)
                                     : matchVm(view, w, needs[i], settings);
            if (onHosts && w.kind != u"storage" && m.offerKind != u"managed-database" && w.vcpu &&
                w.memoryGib) {
                hosted.push_back(&w);
                hostedNeeds.push_back(&needs[i]);
                hostedMatches.push_back(&m);
            }
        }
        if (!hosted.empty()) {
            if (std::optional<HostPool> pool =
                    matchHosts(view, hosted, hostedNeeds, date, hostedMatches)) {
                c.hostPools.push_back(std::move(*pool));
            }
        }
        for (const auto &[key, indexes] : clusters) {
            std::vector<const Workload *> pods;
            std::vector<Match *> out;
            for (size_t i : indexes) {
                pods.push_back(compared[i]);
                out.push_back(&c.workloads[i].matches[p]);
            }
            matchCluster(view, pods, settings, out);
        }
    }

    // The licence line: entitlements are consumed in the estate's order, per provider.
    for (size_t p = 0; p < providerCount; ++p) {
        std::vector<Match *> matches;
        for (WorkloadResult &r : c.workloads) {
            matches.push_back(&r.matches[p]);
        }
        applyLicences(catalog, *c.providerFacts[p], compared, matches, estate.entitlements, date);
        for (size_t i = 0; i < compared.size(); ++i) {
            Match &m = *matches[i];
            if (m.matched && compared[i]->kind != u"container" && compared[i]->kind != u"storage") {
                m.confidence = confidenceOf(needs[i], m.verified, m.incomplete());
            }
        }
    }

    // Totals and the certification part of the scores.
    std::vector<std::pair<int, int>> certificationCounts(providerCount); // covered, needing
    for (size_t p = 0; p < providerCount; ++p) {
        ProviderTotals t;
        int servers = 0;
        for (size_t i = 0; i < c.workloads.size(); ++i) {
            const Match &m = c.workloads[i].matches[p];
            if (!m.matched) {
                ++t.unmatched;
                continue;
            }
            ++t.matched;
            servers += m.offerKind == u"compute" || m.offerKind == u"gpu" ||
                               m.offerKind == u"dedicated-host"
                           ? 1
                           : 0;
            t.components += m.components;
            if (m.incomplete()) {
                ++t.unpricedCount;
            }
            for (const QString &missing : m.missing) {
                if (!t.missing.contains(missing)) {
                    t.missing << missing;
                }
            }
            if (!m.priced && !t.missing.contains(QString::fromLatin1(kCompute))) {
                t.missing << QString::fromLatin1(kCompute);
            }
            const QString needed = certificationForDataClass(dataClasses[i]);
            if (!needed.isEmpty()) {
                ++certificationCounts[p].second;
                certificationCounts[p].first += containsCi(m.certifications, needed) ? 1 : 0;
            }
        }
        priceEgress(views[p], settings, servers, t);
        t.incomplete = t.unpricedCount > 0 || !t.missing.isEmpty();
        c.totals.push_back(std::move(t));
    }
    score(c);
    const ScoreWeights &weights = settings.weights;
    const double weightSum = weights.cost + weights.sovereignty + weights.certification;
    for (size_t p = 0; p < providerCount; ++p) {
        ProviderScores &s = c.scores[p];
        const auto [covered, needing] = certificationCounts[p];
        const int placed = c.totals[p].matched;
        s.certification = placed == 0 ? 0 : needing > 0 ? 100.0 * covered / needing : 100;
        s.certificationFormula =
            placed == 0   ? Text::tr("0: no workload placed")
            : needing > 0 ? Text::tr("100 × workloads on an offer holding the certification their "
                                     "data needs (health: HDS, sensitive: SecNumCloud) ÷ workloads "
                                     "needing one (%1 of %2)")
                                .arg(covered)
                                .arg(needing)
                          : Text::tr("100: no placed workload's data class needs a certification");
        s.overall = weightSum > 0 ? (weights.cost * s.cost + weights.sovereignty * s.sovereignty +
                                     weights.certification * s.certification) /
                                        weightSum
                                  : 0;
        s.overallFormula = Text::tr("(%1 × cost + %2 × sovereignty + %3 × certification) ÷ %4")
                               .arg(num(weights.cost), num(weights.sovereignty),
                                    num(weights.certification), num(weightSum));
    }
    return c;
}

Explanation explain(const Catalog &catalog, const EstateInput &estate,
                    const CompareSettings &settings, const QString &workloadId,
                    const QString &providerId)
{
    Explanation e;
    const Provider *provider = catalog.provider(providerId);
    const auto it = std::find_if(estate.workloads.begin(), estate.workloads.end(),
                                 [&](const Workload &w) { return w.id == workloadId; });
    if (!provider || it == estate.workloads.end()) {
        return e;
    }
    const Workload &w = *it;
    const QDate date = settings.date.isValid() ? settings.date : QDate::currentDate();
    CompareSettings one = settings;
    one.providers = {providerId};
    const ProviderView view = makeView(catalog, *provider, settings, date);
    // The match itself, from the engine (containers need their cluster).
    EstateInput sameCluster;
    for (const Workload &other : estate.workloads) {
        if (other.id == w.id || (w.kind == u"container" && other.kind == u"container" &&
                                 clusterKey(other) == clusterKey(w))) {
            sameCluster.workloads.push_back(other);
        }
    }
    sameCluster.utilisation = estate.utilisation;
    sameCluster.entitlements = estate.entitlements;
    const Comparison c = compareEstate(catalog, sameCluster, one);
    const Match *match = nullptr;
    for (const WorkloadResult &r : c.workloads) {
        if (r.workloadId == w.id) {
            match = &r.matches.front();
        }
    }
    if (!match) {
        for (const SkippedWorkload &skipped : c.skipped) {
            if (skipped.workloadId == w.id) {
                e.summary = Text::tr("Not compared: %1.").arg(skipped.reason);
            }
        }
        return e;
    }
    const Need need = needOf(w, estate, settings);
    const bool database = w.kind == u"database" && match->offerKind == u"managed-database";
    const QString engine = databaseEngine(w);
    for (const Offer &offer : provider->offers) {
        const bool wanted = database               ? offer.kind == OfferKind::ManagedDatabase
                            : w.kind == u"storage" ? offer.kind == OfferKind::BlockStorage ||
                                                         offer.kind == OfferKind::ObjectStorage
                                                   : isComputeKind(offer.kind);
        if (!wanted) {
            continue;
        }
        OfferVerdict v;
        v.offerId = offer.id;
        v.region = offer.region;
        const Region *region = provider->region(offer.region);
        Priced priced{&offer,
                      region,
                      eurPerUnit(catalog, *provider, offer, view.hours),
                      offer.price && offer.price->source.verified,
                      certificationIds(*provider, offer, date),
                      traitsOf(offer)};
        if (!regionAllowed(region, settings.regions)) {
            v.reason =
                Text::tr("region %1 not in %2")
                    .arg(region ? region->name : offer.region, regionPolicyText(settings.regions));
        } else if (const QString cert =
                       missingCertification(priced.certifications, settings.requiredCertifications);
                   !cert.isEmpty() && w.kind != u"storage") {
            v.reason = Text::tr("not certified %1").arg(cert);
        } else if (w.kind == u"storage") {
            v.reason = QString();
        } else if (database) {
            v.reason = rejectDatabase(offer, need, engine);
        } else if (w.kind == u"container") {
            Need node;
            node.arch = u"x86_64"_s;
            node.dedicated = w.environment == u"prod";
            v.reason = rejectCompute(offer, node);
        } else {
            v.reason = rejectCompute(offer, need);
        }
        v.eligible = v.reason.isEmpty();
        if (v.eligible && priced.eur) {
            if (w.kind == u"storage") {
                v.monthly = Money::mulDecimal(*priced.eur, moneyOf(w.storageGib.value_or(0)))
                                .value_or(Money());
            } else if (w.kind != u"container") {
                v.monthly = costVm(view, priced, need, database).components.total();
            } else {
                v.monthly = priced.eur; // per node
            }
        }
        v.verified = priced.verified;
        if (!v.eligible && v.reason.isEmpty()) {
            v.reason = Text::tr("not eligible");
        }
        e.offers.push_back(v);
    }
    std::stable_sort(e.offers.begin(), e.offers.end(),
                     [](const OfferVerdict &a, const OfferVerdict &b) {
                         if (a.eligible != b.eligible) {
                             return a.eligible;
                         }
                         if (a.monthly.has_value() != b.monthly.has_value()) {
                             return a.monthly.has_value();
                         }
                         return a.monthly && *a.monthly != *b.monthly ? *a.monthly < *b.monthly
                                                                      : a.offerId < b.offerId;
                     });
    const int eligible = int(std::count_if(e.offers.begin(), e.offers.end(),
                                           [](const OfferVerdict &v) { return v.eligible; }));
    if (!match->matched) {
        e.summary = Text::tr("No offer of %1 is eligible: %2.").arg(provider->name, match->reason);
    } else if (match->hostCount > 0) {
        e.summary = Text::tr("%1 in %2 is sold per dedicated host: the workloads placed there are "
                             "packed onto the fewest hosts and share their cost (%3).")
                        .arg(match->offerId, match->region, allocationRuleText());
    } else if (w.kind == u"container") {
        e.summary = Text::tr("%1 × %2 nodes in %3 carry the cluster's pods at the lowest cost; "
                             "this workload pays its share by its requests.")
                        .arg(match->nodeCount)
                        .arg(match->offerId, match->region);
    } else {
        e.summary =
            Text::tr("%1 in %2 is the cheapest of %n eligible offer(s) for %3 vCPU and %4 GiB "
                     "(%5).",
                     nullptr, eligible)
                .arg(match->offerId, match->region, num(match->vcpu), num(match->memoryGib),
                     match->sizingNote);
    }
    if (!match->missing.isEmpty()) {
        e.summary += u' ' + Text::tr("Not priced: %1.").arg(match->missing.join(u", "_s));
    }
    return e;
}

} // namespace boussole::compare
