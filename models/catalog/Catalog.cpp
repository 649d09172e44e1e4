#include "models/catalog/Catalog.h"

#include "models/importers/io/YamlLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <map>
#include <set>
#include <string_view>
#include <utility>

using namespace Qt::StringLiterals;

namespace boussole::catalog {

namespace {

struct KindName {
    OfferKind kind;
    QStringView id;
};
constexpr KindName kKinds[] = {
    {OfferKind::Compute, u"compute"},
    {OfferKind::Gpu, u"gpu"},
    {OfferKind::DedicatedHost, u"dedicated-host"},
    {OfferKind::BlockStorage, u"block-storage"},
    {OfferKind::ObjectStorage, u"object-storage"},
    {OfferKind::Egress, u"egress"},
    {OfferKind::KubernetesControlPlane, u"kubernetes-control-plane"},
    {OfferKind::ManagedDatabase, u"managed-database"},
};

// ISO 4217 codes a catalog may use. Kept short on purpose: a typo ("EUO") must fail loudly.
const QSet<QString> &knownCurrencies()
{
    static const QSet<QString> codes = {u"EUR"_s, u"USD"_s, u"GBP"_s, u"CHF"_s, u"SEK"_s,
                                        u"NOK"_s, u"DKK"_s, u"PLN"_s, u"CZK"_s, u"HUF"_s,
                                        u"RON"_s, u"BGN"_s, u"ISK"_s, u"JPY"_s, u"CAD"_s,
                                        u"AUD"_s, u"SGD"_s, u"INR"_s, u"CNY"_s};
    return codes;
}

// A key of a mapping not in `allowed` is an error: a misspelt key ("verifed") would otherwise
// silently fall back to a default.
Status checkKeys(const YamlValue &map, std::initializer_list<std::string_view> allowed)
{
    for (const YamlEntry &entry : map.entries()) {
        const QByteArray key = entry.key.toUtf8();
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](std::string_view k) {
            return std::string_view(key.constData(), size_t(key.size())) == k;
        });
        if (!known) {
            QStringList names;
            for (std::string_view k : allowed) {
                names << QString::fromUtf8(k.data(), qsizetype(k.size()));
            }
            return entry.value.error(
                QCoreApplication::translate("Catalog", "unknown key \"%1\" (expected one of: %2)")
                    .arg(entry.key, names.join(u", "_s)));
        }
    }
    return {};
}

Status expectMap(const YamlValue &value)
{
    if (!value.isMap()) {
        return value.error(QCoreApplication::translate("Catalog", "expected a mapping, found %1")
                               .arg(value.describe()));
    }
    return {};
}

Result<QString> requiredText(const YamlValue &value)
{
    auto text = value.string();
    if (!text) {
        return text.error();
    }
    if (!text.value() || text.value()->trimmed().isEmpty()) {
        return value.error(QCoreApplication::translate("Catalog", "a value is required"));
    }
    return text.value()->trimmed();
}

Result<QString> optionalText(const YamlValue &value)
{
    auto text = value.string();
    if (!text) {
        return text.error();
    }
    return text.value() ? text.value()->trimmed() : QString();
}

Result<QDate> dateOf(const YamlValue &value, bool required)
{
    auto text = value.string();
    if (!text) {
        return text.error();
    }
    if (!text.value() || text.value()->isEmpty()) {
        if (required) {
            return value.error(
                QCoreApplication::translate("Catalog", "a date (YYYY-MM-DD) is required"));
        }
        return QDate();
    }
    const QDate date = QDate::fromString(text.value()->trimmed(), Qt::ISODate);
    if (!date.isValid() || text.value()->trimmed().size() != 10) {
        return value.error(
            QCoreApplication::translate("Catalog", "expected a date as YYYY-MM-DD, found %1")
                .arg(value.describe()));
    }
    return date;
}

Result<bool> boolOf(const YamlValue &value, std::optional<bool> fallback)
{
    auto flag = value.boolean();
    if (!flag) {
        return flag.error();
    }
    if (!flag.value()) {
        if (fallback) {
            return *fallback;
        }
        return value.error(QCoreApplication::translate("Catalog", "true or false is required"));
    }
    return *flag.value();
}

Result<double> nonNegative(const YamlValue &value)
{
    auto number = value.number();
    if (!number) {
        return number.error();
    }
    if (!number.value()) {
        return 0.0;
    }
    if (*number.value() < 0) {
        return value.error(QCoreApplication::translate("Catalog", "must not be negative"));
    }
    return *number.value();
}

Result<QStringList> listOf(const YamlValue &value)
{
    if (value.isNull()) {
        return QStringList();
    }
    return value.stringList();
}

Result<Money> moneyOf(const YamlValue &value)
{
    if (!value.isScalar()) {
        return value.error(QCoreApplication::translate("Catalog", "expected an amount, found %1")
                               .arg(value.describe()));
    }
    const auto amount = Money::parse(value.text().trimmed(), {MoneyDecimalSeparator::Dot});
    if (!amount) {
        return value.error(
            QCoreApplication::translate("Catalog", "expected an amount such as 0.0859, found %1")
                .arg(value.describe()));
    }
    if (amount->isNegative()) {
        return value.error(
            QCoreApplication::translate("Catalog", "an amount must not be negative"));
    }
    return *amount;
}

Result<QString> currencyOf(const YamlValue &value)
{
    auto code = requiredText(value);
    if (!code) {
        return code;
    }
    if (!knownCurrencies().contains(code.value())) {
        return value.error(
            QCoreApplication::translate(
                "Catalog", "unknown currency \"%1\" (expected an ISO 4217 code such as EUR or USD)")
                .arg(code.value()));
    }
    return code;
}

Result<Source> sourceOf(const YamlValue &value)
{
    if (!value.exists() || value.isNull()) {
        return value.error(
            QCoreApplication::translate("Catalog", "a source (url, date, verified) is required"));
    }
    if (auto s = expectMap(value); !s) {
        return s.error();
    }
    if (auto s = checkKeys(value, {"url", "date", "verified", "note"}); !s) {
        return s.error();
    }
    Source source;
    auto url = requiredText(value.get("url"));
    if (!url) {
        return url.error();
    }
    source.url = url.value();
    auto date = dateOf(value.get("date"), true);
    if (!date) {
        return date.error();
    }
    source.date = date.value();
    auto verified = boolOf(value.get("verified"), std::nullopt);
    if (!verified) {
        return verified.error();
    }
    source.verified = verified.value();
    auto note = optionalText(value.get("note"));
    if (!note) {
        return note.error();
    }
    source.note = note.value();
    return source;
}

bool isCountryCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[A-Z]{2}$"_s);
    return pattern.match(code).hasMatch();
}

Result<QString> countryOf(const YamlValue &value)
{
    auto code = requiredText(value);
    if (!code) {
        return code;
    }
    if (!isCountryCode(code.value())) {
        return value.error(QCoreApplication::translate(
                               "Catalog", "expected a two-letter country code such as FR, found %1")
                               .arg(value.describe()));
    }
    return code;
}

Result<Price> priceOf(const YamlValue &value, OfferKind kind)
{
    if (auto s = expectMap(value); !s) {
        return s.error();
    }
    if (auto s =
            checkKeys(value, {"amount", "currency", "unit", "monthly_cap", "from_gross", "source"});
        !s) {
        return s.error();
    }
    Price price;
    const YamlValue amountValue = value.get("amount");
    if (!amountValue.exists() || amountValue.isNull()) {
        return amountValue.error(QCoreApplication::translate("Catalog", "an amount is required"));
    }
    auto amount = moneyOf(amountValue);
    if (!amount) {
        return amount.error();
    }
    price.amount = amount.value();
    auto currency = currencyOf(value.get("currency"));
    if (!currency) {
        return currency.error();
    }
    price.currency = currency.value();
    auto unitText = requiredText(value.get("unit"));
    if (!unitText) {
        return unitText.error();
    }
    const auto unit = priceUnitFromId(unitText.value());
    if (!unit) {
        return value.get("unit").error(
            QCoreApplication::translate(
                "Catalog", "unknown unit \"%1\" (expected hour, month, GB-month or GB)")
                .arg(unitText.value()));
    }
    if (!unitFitsKind(*unit, kind)) {
        return value.get("unit").error(
            QCoreApplication::translate("Catalog",
                                        "a price per %1 does not fit an offer of kind %2")
                .arg(unitText.value(), offerKindId(kind)));
    }
    price.unit = *unit;
    if (const YamlValue cap = value.get("monthly_cap"); cap.exists() && !cap.isNull()) {
        auto money = moneyOf(cap);
        if (!money) {
            return money.error();
        }
        price.monthlyCap = money.value();
    }
    auto fromGross = boolOf(value.get("from_gross"), false);
    if (!fromGross) {
        return fromGross.error();
    }
    price.fromGross = fromGross.value();
    auto source = sourceOf(value.get("source"));
    if (!source) {
        return source.error();
    }
    price.source = source.value();
    if (price.fromGross && price.source.verified) {
        return value.get("source")
            .get("verified")
            .error(QCoreApplication::translate(
                "Catalog", "a price converted from a figure including VAT cannot be verified"));
    }
    return price;
}

Result<Offer> offerOf(const YamlValue &value, const Provider &provider)
{
    if (auto s = expectMap(value); !s) {
        return s.error();
    }
    if (auto s = checkKeys(value, {"id", "kind", "family", "region", "vcpu", "memory_gib", "gpu",
                                   "arch", "cpu_type", "local_disk_gib", "engines", "os",
                                   "allowance", "tier", "price", "note", "vcpu_overcommit"});
        !s) {
        return s.error();
    }
    Offer offer;
    auto id = requiredText(value.get("id"));
    if (!id) {
        return id.error();
    }
    offer.id = id.value();
    auto kindText = requiredText(value.get("kind"));
    if (!kindText) {
        return kindText.error();
    }
    const auto kind = offerKindFromId(kindText.value());
    if (!kind) {
        QStringList ids;
        for (const KindName &k : kKinds) {
            ids << k.id.toString();
        }
        return value.get("kind").error(
            QCoreApplication::translate("Catalog",
                                        "unknown offer kind \"%1\" (expected one of: %2)")
                .arg(kindText.value(), ids.join(u", "_s)));
    }
    offer.kind = *kind;
    auto family = optionalText(value.get("family"));
    if (!family) {
        return family.error();
    }
    offer.family = family.value();
    auto region = requiredText(value.get("region"));
    if (!region) {
        return region.error();
    }
    if (!provider.region(region.value())) {
        return value.get("region").error(
            QCoreApplication::translate("Catalog",
                                        "region \"%1\" is not among the provider's regions")
                .arg(region.value()));
    }
    offer.region = region.value();
    auto vcpu = nonNegative(value.get("vcpu"));
    if (!vcpu) {
        return vcpu.error();
    }
    offer.vcpu = vcpu.value();
    auto memory = nonNegative(value.get("memory_gib"));
    if (!memory) {
        return memory.error();
    }
    offer.memoryGib = memory.value();
    if (const YamlValue gpu = value.get("gpu"); gpu.exists() && !gpu.isNull()) {
        if (auto s = expectMap(gpu); !s) {
            return s.error();
        }
        if (auto s = checkKeys(gpu, {"count", "model"}); !s) {
            return s.error();
        }
        auto count = gpu.get("count").integer();
        if (!count) {
            return count.error();
        }
        if (!count.value() || *count.value() < 1 || *count.value() > 64) {
            return gpu.get("count").error(
                QCoreApplication::translate("Catalog", "expected a GPU count between 1 and 64"));
        }
        offer.gpuCount = int(*count.value());
        auto model = requiredText(gpu.get("model"));
        if (!model) {
            return model.error();
        }
        offer.gpuModel = model.value().toUpper();
    }
    if (offer.kind == OfferKind::Gpu && offer.gpuCount == 0) {
        return value.get("gpu").error(
            QCoreApplication::translate("Catalog", "a GPU offer needs gpu: {count, model}"));
    }
    if (offer.kind != OfferKind::Gpu && offer.kind != OfferKind::DedicatedHost &&
        offer.gpuCount > 0) {
        return value.get("gpu").error(
            QCoreApplication::translate("Catalog", "only gpu and dedicated-host offers have GPUs"));
    }
    if (const YamlValue arch = value.get("arch"); arch.exists() && !arch.isNull()) {
        auto text = requiredText(arch);
        if (!text) {
            return text.error();
        }
        if (text.value() != u"x86_64" && text.value() != u"arm64") {
            return arch.error(
                QCoreApplication::translate("Catalog", "expected x86_64 or arm64, found %1")
                    .arg(arch.describe()));
        }
        offer.arch = text.value();
    }
    if (const YamlValue cpu = value.get("cpu_type"); cpu.exists() && !cpu.isNull()) {
        auto text = requiredText(cpu);
        if (!text) {
            return text.error();
        }
        const auto type = cpuTypeFromId(text.value());
        if (!type) {
            return cpu.error(QCoreApplication::translate(
                                 "Catalog", "expected dedicated, shared or unknown, found %1")
                                 .arg(cpu.describe()));
        }
        offer.cpuType = *type;
    }
    auto disk = nonNegative(value.get("local_disk_gib"));
    if (!disk) {
        return disk.error();
    }
    offer.localDiskGib = disk.value();
    if (!value.get("vcpu_overcommit").isNull()) {
        auto overcommit = nonNegative(value.get("vcpu_overcommit"));
        if (!overcommit) {
            return overcommit.error();
        }
        if (overcommit.value() < 1 || offer.kind != OfferKind::DedicatedHost) {
            return value.get("vcpu_overcommit")
                .error(QCoreApplication::translate(
                    "Catalog", "vcpu_overcommit is a ratio of at least 1, on dedicated hosts"));
        }
        offer.vcpuOvercommit = overcommit.value();
    }
    auto engines = listOf(value.get("engines"));
    if (!engines) {
        return engines.error();
    }
    offer.engines = engines.value();
    if (offer.kind == OfferKind::ManagedDatabase && offer.engines.isEmpty()) {
        return value.get("engines").error(QCoreApplication::translate(
            "Catalog", "a managed database offer needs engines (postgresql, mysql…)"));
    }
    if (offer.kind != OfferKind::ManagedDatabase && !offer.engines.isEmpty()) {
        return value.get("engines").error(
            QCoreApplication::translate("Catalog", "only managed-database offers have engines"));
    }
    if (const YamlValue os = value.get("os"); os.exists() && !os.isNull()) {
        auto list = os.stringList();
        if (!list) {
            return list.error();
        }
        offer.os = list.value();
    }
    if (const YamlValue allowance = value.get("allowance");
        allowance.exists() && !allowance.isNull()) {
        if (auto s = expectMap(allowance); !s) {
            return s.error();
        }
        if (auto s = checkKeys(allowance, {"free_gb", "per_server"}); !s) {
            return s.error();
        }
        Allowance a;
        auto free = nonNegative(allowance.get("free_gb"));
        if (!free) {
            return free.error();
        }
        a.freeGb = free.value();
        auto perServer = boolOf(allowance.get("per_server"), false);
        if (!perServer) {
            return perServer.error();
        }
        a.perServer = perServer.value();
        offer.allowance = a;
    }
    if (const YamlValue tier = value.get("tier"); tier.exists() && !tier.isNull()) {
        if (auto s = expectMap(tier); !s) {
            return s.error();
        }
        if (auto s = checkKeys(tier, {"from_gb", "to_gb"}); !s) {
            return s.error();
        }
        VolumeTier t;
        auto from = nonNegative(tier.get("from_gb"));
        if (!from) {
            return from.error();
        }
        t.fromGb = from.value();
        if (const YamlValue to = tier.get("to_gb"); to.exists() && !to.isNull()) {
            auto upper = nonNegative(to);
            if (!upper) {
                return upper.error();
            }
            if (upper.value() <= t.fromGb) {
                return to.error(
                    QCoreApplication::translate("Catalog", "to_gb must be above from_gb"));
            }
            t.toGb = upper.value();
        }
        offer.tier = t;
    }
    if ((offer.allowance || offer.tier) && offer.kind != OfferKind::Egress) {
        return value.error(QCoreApplication::translate(
            "Catalog", "only egress offers have an allowance or a tier"));
    }
    auto note = optionalText(value.get("note"));
    if (!note) {
        return note.error();
    }
    offer.note = note.value();
    if (const YamlValue price = value.get("price"); price.exists() && !price.isNull()) {
        auto parsed = priceOf(price, offer.kind);
        if (!parsed) {
            return parsed.error();
        }
        offer.price = parsed.value();
        // A machine's size is what sizing matches on; a memory the sources do not state may be
        // left out only with a note saying so.
        if ((offer.kind == OfferKind::Compute || offer.kind == OfferKind::Gpu) &&
            (offer.vcpu <= 0 || (offer.memoryGib <= 0 && offer.note.isEmpty()))) {
            return value.error(QCoreApplication::translate(
                "Catalog", "a priced machine needs vcpu and memory_gib"));
        }
        if (offer.price->amount.isZero() && offer.note.isEmpty() &&
            offer.price->source.note.isEmpty()) {
            return price.get("amount").error(QCoreApplication::translate(
                "Catalog",
                "a price of 0 needs a note saying why it is free (an unknown price is left "
                "out, never 0)"));
        }
    } else if (offer.note.isEmpty()) {
        return value.error(QCoreApplication::translate(
            "Catalog", "an offer without a price needs a note saying why"));
    }
    return offer;
}

Result<Certification> certificationOf(const YamlValue &value, const Provider &provider)
{
    if (auto s = expectMap(value); !s) {
        return s.error();
    }
    if (auto s = checkKeys(value, {"id", "scope", "reference", "issued", "expires", "regions",
                                   "offers", "offer_kinds", "source"});
        !s) {
        return s.error();
    }
    Certification c;
    auto id = requiredText(value.get("id"));
    if (!id) {
        return id.error();
    }
    c.id = id.value();
    auto scope = requiredText(value.get("scope"));
    if (!scope) {
        return scope.error();
    }
    c.scope = scope.value();
    auto reference = optionalText(value.get("reference"));
    if (!reference) {
        return reference.error();
    }
    c.reference = reference.value();
    auto issued = dateOf(value.get("issued"), false);
    if (!issued) {
        return issued.error();
    }
    c.issued = issued.value();
    auto expires = dateOf(value.get("expires"), false);
    if (!expires) {
        return expires.error();
    }
    c.expires = expires.value();
    if (c.issued.isValid() && c.expires.isValid() && c.expires <= c.issued) {
        return value.get("expires").error(
            QCoreApplication::translate("Catalog", "expires must come after issued"));
    }
    auto regions = listOf(value.get("regions"));
    if (!regions) {
        return regions.error();
    }
    for (qsizetype i = 0; i < regions.value().size(); ++i) {
        if (!provider.region(regions.value().at(i))) {
            return value.get("regions").at(i).error(
                QCoreApplication::translate("Catalog",
                                            "region \"%1\" is not among the provider's regions")
                    .arg(regions.value().at(i)));
        }
    }
    c.regions = regions.value();
    auto offers = listOf(value.get("offers"));
    if (!offers) {
        return offers.error();
    }
    c.offers = offers.value();
    auto kinds = listOf(value.get("offer_kinds"));
    if (!kinds) {
        return kinds.error();
    }
    for (qsizetype i = 0; i < kinds.value().size(); ++i) {
        if (!offerKindFromId(kinds.value().at(i))) {
            return value.get("offer_kinds")
                .at(i)
                .error(QCoreApplication::translate("Catalog", "unknown offer kind \"%1\"")
                           .arg(kinds.value().at(i)));
        }
    }
    c.offerKinds = kinds.value();
    auto source = sourceOf(value.get("source"));
    if (!source) {
        return source.error();
    }
    c.source = source.value();
    return c;
}

Result<BillingRules> billingOf(const YamlValue &value)
{
    BillingRules rules;
    if (!value.exists() || value.isNull()) {
        return rules;
    }
    if (auto s = expectMap(value); !s) {
        return s.error();
    }
    if (auto s = checkKeys(value, {"hours_per_month", "granularity", "note"}); !s) {
        return s.error();
    }
    if (const YamlValue hours = value.get("hours_per_month"); hours.exists() && !hours.isNull()) {
        auto number = hours.number();
        if (!number) {
            return number.error();
        }
        if (*number.value() <= 0 || *number.value() > 744) {
            return hours.error(QCoreApplication::translate(
                "Catalog", "hours per month must be between 0 and 744"));
        }
        rules.hoursPerMonth = *number.value();
    }
    if (const YamlValue g = value.get("granularity"); g.exists() && !g.isNull()) {
        auto text = requiredText(g);
        if (!text) {
            return text.error();
        }
        static const QStringList allowed = {u"second"_s, u"minute"_s, u"hour"_s, u"month"_s};
        if (!allowed.contains(text.value())) {
            return g.error(QCoreApplication::translate(
                               "Catalog", "expected second, minute, hour or month, found %1")
                               .arg(g.describe()));
        }
        rules.granularity = text.value();
    }
    auto note = optionalText(value.get("note"));
    if (!note) {
        return note.error();
    }
    rules.note = note.value();
    return rules;
}

Status readProvider(const YamlValue &root, Provider &provider)
{
    const YamlValue head = root.get("provider");
    if (auto s = expectMap(head); !s) {
        return s;
    }
    if (auto s = checkKeys(head,
                           {"id", "name", "headquarters", "parent", "jurisdiction", "baseline",
                            "extra_eu_law_exposure", "exposure_note", "exposure_source", "source"});
        !s) {
        return s;
    }
    auto id = requiredText(head.get("id"));
    if (!id) {
        return id.error();
    }
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
    if (!idPattern.match(id.value()).hasMatch()) {
        return head.get("id").error(
            QCoreApplication::translate(
                "Catalog", "a provider id is lower-case letters, digits and dashes, found %1")
                .arg(head.get("id").describe()));
    }
    provider.id = id.value();
    auto name = requiredText(head.get("name"));
    if (!name) {
        return name.error();
    }
    provider.name = name.value();
    auto hq = countryOf(head.get("headquarters"));
    if (!hq) {
        return hq.error();
    }
    provider.headquarters = hq.value();
    auto parent = optionalText(head.get("parent"));
    if (!parent) {
        return parent.error();
    }
    provider.parent = parent.value();
    auto jurisdiction = countryOf(head.get("jurisdiction"));
    if (!jurisdiction) {
        return jurisdiction.error();
    }
    provider.jurisdiction = jurisdiction.value();
    auto baseline = boolOf(head.get("baseline"), false);
    if (!baseline) {
        return baseline.error();
    }
    provider.baseline = baseline.value();
    auto exposure = boolOf(head.get("extra_eu_law_exposure"), std::nullopt);
    if (!exposure) {
        return exposure.error();
    }
    provider.extraEuLawExposure = exposure.value();
    auto exposureNote = optionalText(head.get("exposure_note"));
    if (!exposureNote) {
        return exposureNote.error();
    }
    provider.exposureNote = exposureNote.value();
    auto exposureSource = sourceOf(head.get("exposure_source"));
    if (!exposureSource) {
        return exposureSource.error();
    }
    provider.exposureSource = exposureSource.value();
    auto source = sourceOf(head.get("source"));
    if (!source) {
        return source.error();
    }
    provider.source = source.value();

    auto billing = billingOf(root.get("billing"));
    if (!billing) {
        return billing.error();
    }
    provider.billing = billing.value();

    const YamlValue regions = root.get("regions");
    if (!regions.isSequence() || regions.size() == 0) {
        return regions.error(QCoreApplication::translate("Catalog", "expected a list of regions"));
    }
    for (const YamlValue &item : regions.items()) {
        if (auto s = expectMap(item); !s) {
            return s;
        }
        if (auto s = checkKeys(item, {"id", "name", "country", "eu"}); !s) {
            return s;
        }
        Region region;
        auto regionId = requiredText(item.get("id"));
        if (!regionId) {
            return regionId.error();
        }
        if (provider.region(regionId.value())) {
            return item.get("id").error(
                QCoreApplication::translate("Catalog", "region \"%1\" is listed twice")
                    .arg(regionId.value()));
        }
        region.id = regionId.value();
        auto regionName = requiredText(item.get("name"));
        if (!regionName) {
            return regionName.error();
        }
        region.name = regionName.value();
        auto country = countryOf(item.get("country"));
        if (!country) {
            return country.error();
        }
        region.country = country.value();
        auto eu = boolOf(item.get("eu"), std::nullopt);
        if (!eu) {
            return eu.error();
        }
        region.eu = eu.value();
        provider.regions.push_back(region);
    }

    const YamlValue offers = root.get("offers");
    if (!offers.isNull() && !offers.isSequence()) {
        return offers.error(
            QCoreApplication::translate("Catalog", "expected a list of offers, found %1")
                .arg(offers.describe()));
    }
    std::set<std::pair<QString, QString>> seen;
    for (const YamlValue &item : offers.items()) {
        auto offer = offerOf(item, provider);
        if (!offer) {
            return offer.error();
        }
        if (!seen.insert({offer->region, offer->id}).second) {
            return item.get("id").error(
                QCoreApplication::translate("Catalog",
                                            "offer \"%1\" appears twice in region \"%2\"")
                    .arg(offer->id, offer->region));
        }
        provider.offers.push_back(std::move(offer.value()));
    }

    const YamlValue certifications = root.get("certifications");
    if (!certifications.isNull() && !certifications.isSequence()) {
        return certifications.error(
            QCoreApplication::translate("Catalog", "expected a list of certifications, found %1")
                .arg(certifications.describe()));
    }
    for (const YamlValue &item : certifications.items()) {
        auto certification = certificationOf(item, provider);
        if (!certification) {
            return certification.error();
        }
        const QStringList &targets = certification->offers;
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const bool known =
                std::any_of(provider.offers.begin(), provider.offers.end(), [&](const Offer &o) {
                    return o.id == targets[i] || (!o.family.isEmpty() && o.family == targets[i]);
                });
            if (!known) {
                return item.get("offers").at(i).error(
                    QCoreApplication::translate("Catalog",
                                                "no offer or family \"%1\" in this catalog")
                        .arg(targets[i]));
            }
        }
        provider.certifications.push_back(std::move(certification.value()));
    }
    return {};
}

Status readRates(const YamlValue &root, std::vector<CurrencyRate> &rates)
{
    const YamlValue list = root.get("rates");
    if (!list.isSequence()) {
        return list.error(
            QCoreApplication::translate("Catalog", "expected a list of rates, found %1")
                .arg(list.describe()));
    }
    for (const YamlValue &item : list.items()) {
        if (auto s = expectMap(item); !s) {
            return s;
        }
        if (auto s = checkKeys(item, {"from", "to", "rate", "date", "source"}); !s) {
            return s;
        }
        CurrencyRate rate;
        auto from = currencyOf(item.get("from"));
        if (!from) {
            return from.error();
        }
        rate.from = from.value();
        auto to = currencyOf(item.get("to"));
        if (!to) {
            return to.error();
        }
        rate.to = to.value();
        if (rate.from == rate.to) {
            return item.get("to").error(QCoreApplication::translate(
                "Catalog", "a rate converts between two different currencies"));
        }
        auto value = moneyOf(item.get("rate"));
        if (!value) {
            return value.error();
        }
        if (value->isZero()) {
            return item.get("rate").error(
                QCoreApplication::translate("Catalog", "a rate must be above 0"));
        }
        rate.rate = value.value();
        auto date = dateOf(item.get("date"), true);
        if (!date) {
            return date.error();
        }
        rate.date = date.value();
        auto source = sourceOf(item.get("source"));
        if (!source) {
            return source.error();
        }
        rate.source = source.value();
        for (const CurrencyRate &other : rates) {
            if ((other.from == rate.from && other.to == rate.to) ||
                (other.from == rate.to && other.to == rate.from)) {
                return item.error(QCoreApplication::translate(
                                      "Catalog", "a rate between %1 and %2 is already given")
                                      .arg(rate.from, rate.to));
            }
        }
        rates.push_back(std::move(rate));
    }
    return {};
}

// One file: a provider (provider:, regions:, offers:…) and/or a rate table (rates:).
Status readFile(const QString &path, const QString &displayName, Catalog &catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QCoreApplication::translate("Catalog", "cannot read the file: %1")
                         .arg(file.errorString()),
                     displayName);
    }
    auto documents = readYamlDocuments(file, displayName);
    if (!documents) {
        return documents.error();
    }
    const YamlDocument *document = nullptr;
    for (const YamlDocument &d : documents.value()) {
        if (d.isEmpty()) {
            continue;
        }
        if (document) {
            return Error(
                QCoreApplication::translate("Catalog", "expected one YAML document, found several"),
                displayName, d.line());
        }
        document = &d;
    }
    if (!document) {
        return Error(QCoreApplication::translate("Catalog", "the file is empty"), displayName);
    }
    const YamlValue root = document->root();
    if (auto s = expectMap(root); !s) {
        return s;
    }
    if (auto s = checkKeys(root, {"schema", "provider", "billing", "regions", "certifications",
                                  "offers", "rates"});
        !s) {
        return s;
    }
    if (const YamlValue schema = root.get("schema"); schema.exists()) {
        auto version = schema.integer();
        if (!version) {
            return version.error();
        }
        if (version.value() != qint64(1)) {
            return schema.error(
                QCoreApplication::translate("Catalog",
                                            "unsupported catalog schema %1 (this version reads 1)")
                    .arg(schema.describe()));
        }
    }
    const bool hasProvider = root.get("provider").exists();
    const bool hasRates = root.get("rates").exists();
    if (!hasProvider && !hasRates) {
        return root.error(
            QCoreApplication::translate("Catalog", "expected a provider or a rates table"));
    }
    if (hasRates) {
        if (auto s = readRates(root, catalog.rates); !s) {
            return s;
        }
    }
    if (hasProvider) {
        Provider provider;
        if (auto s = readProvider(root, provider); !s) {
            return s;
        }
        if (catalog.provider(provider.id)) {
            return root.get("provider")
                .get("id")
                .error(QCoreApplication::translate("Catalog",
                                                   "provider \"%1\" is defined in another file too")
                           .arg(provider.id));
        }
        catalog.providers.push_back(std::move(provider));
    } else if (root.get("offers").exists() || root.get("regions").exists()) {
        return root.error(
            QCoreApplication::translate("Catalog", "regions and offers belong to a provider"));
    }
    return {};
}

// a / b for exact decimals, rounded half-even to 12 digits; nullopt on overflow or b == 0.
std::optional<Money> divideDecimal(const Money &a, const Money &b)
{
    if (b.isZero()) {
        return std::nullopt;
    }
    Int128 numerator = 0;
    if (__builtin_mul_overflow(a.units(), Int128(Money::kUnitsPerWhole), &numerator)) {
        return std::nullopt;
    }
    Int128 divisor = b.units();
    if (divisor < 0) {
        divisor = -divisor;
        numerator = -numerator;
    }
    Int128 quotient = numerator / divisor;
    Int128 remainder = numerator % divisor;
    const Int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice > divisor || (twice == divisor && (quotient % 2) != 0)) {
        quotient += numerator < 0 ? -1 : 1;
    }
    return Money::fromUnits(quotient);
}

} // namespace

QString offerKindId(OfferKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind) {
            return k.id.toString();
        }
    }
    return {};
}

std::optional<OfferKind> offerKindFromId(const QString &id)
{
    for (const KindName &k : kKinds) {
        if (k.id == id) {
            return k.kind;
        }
    }
    return std::nullopt;
}

QString cpuTypeId(CpuType type)
{
    switch (type) {
    case CpuType::Dedicated:
        return u"dedicated"_s;
    case CpuType::Shared:
        return u"shared"_s;
    case CpuType::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<CpuType> cpuTypeFromId(const QString &id)
{
    for (CpuType type : {CpuType::Dedicated, CpuType::Shared, CpuType::Unknown}) {
        if (cpuTypeId(type) == id) {
            return type;
        }
    }
    return std::nullopt;
}

QString priceUnitId(PriceUnit unit)
{
    switch (unit) {
    case PriceUnit::Hour:
        return u"hour"_s;
    case PriceUnit::Month:
        return u"month"_s;
    case PriceUnit::GbMonth:
        return u"GB-month"_s;
    case PriceUnit::Gb:
        return u"GB"_s;
    }
    return {};
}

std::optional<PriceUnit> priceUnitFromId(const QString &id)
{
    for (PriceUnit unit : {PriceUnit::Hour, PriceUnit::Month, PriceUnit::GbMonth, PriceUnit::Gb}) {
        if (priceUnitId(unit) == id) {
            return unit;
        }
    }
    return std::nullopt;
}

bool unitFitsKind(PriceUnit unit, OfferKind kind)
{
    switch (kind) {
    case OfferKind::Compute:
    case OfferKind::Gpu:
    case OfferKind::DedicatedHost:
    case OfferKind::KubernetesControlPlane:
    case OfferKind::ManagedDatabase:
        return unit == PriceUnit::Hour || unit == PriceUnit::Month;
    case OfferKind::BlockStorage:
    case OfferKind::ObjectStorage:
        return unit == PriceUnit::GbMonth;
    case OfferKind::Egress:
        return unit == PriceUnit::Gb;
    }
    return false;
}

bool Certification::covers(const Offer &offer) const
{
    if (!regions.isEmpty() && !regions.contains(offer.region)) {
        return false;
    }
    if (!offers.isEmpty() && !offers.contains(offer.id) &&
        (offer.family.isEmpty() || !offers.contains(offer.family))) {
        return false;
    }
    if (!offerKinds.isEmpty() && !offerKinds.contains(offerKindId(offer.kind))) {
        return false;
    }
    return true;
}

bool Certification::validOn(const QDate &date) const
{
    if (issued.isValid() && date < issued) {
        return false;
    }
    if (expires.isValid() && date >= expires) {
        return false;
    }
    return true;
}

const Region *Provider::region(const QString &id) const
{
    for (const Region &r : regions) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

std::vector<const Certification *> Provider::certificationsFor(const Offer &offer,
                                                               const QDate &date) const
{
    std::vector<const Certification *> result;
    for (const Certification &c : certifications) {
        if (c.covers(offer) && c.validOn(date)) {
            result.push_back(&c);
        }
    }
    return result;
}

const Provider *Catalog::provider(const QString &id) const
{
    for (const Provider &p : providers) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

const CurrencyRate *Catalog::rate(const QString &from, const QString &to) const
{
    for (const CurrencyRate &r : rates) {
        if (r.from == from && r.to == to) {
            return &r;
        }
    }
    for (const CurrencyRate &r : rates) {
        if (r.from == to && r.to == from) {
            return &r;
        }
    }
    return nullptr;
}

std::optional<Money> Catalog::convert(const Money &amount, const QString &from,
                                      const QString &to) const
{
    if (from == to) {
        return amount;
    }
    const CurrencyRate *entry = rate(from, to);
    if (!entry) {
        return std::nullopt;
    }
    if (entry->from == from) {
        return Money::mulDecimal(amount, entry->rate);
    }
    return divideDecimal(amount, entry->rate);
}

Result<Catalog> loadCatalog(const QString &folder)
{
    Catalog catalog;
    const QFileInfo info(folder);
    QStringList files;
    if (info.isDir()) {
        const QDir dir(folder);
        for (const QString &name :
             dir.entryList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files | QDir::Readable, QDir::Name)) {
            files << dir.filePath(name);
        }
        if (files.isEmpty()) {
            return Error(
                QCoreApplication::translate("Catalog", "no catalog files (*.yaml) in this folder"),
                folder);
        }
        catalog.id = folder == u":/catalog" ? u"embedded"_s : info.fileName();
    } else if (info.exists()) {
        files << folder;
        catalog.id = info.fileName();
    } else {
        return Error(QCoreApplication::translate("Catalog", "no such file or folder"), folder);
    }
    for (const QString &path : files) {
        // Messages name the file as the user wrote it for a single file, else by its name.
        const QString display =
            files.size() == 1 && !info.isDir() ? folder : QFileInfo(path).fileName();
        if (auto s = readFile(path, display, catalog); !s) {
            return s.error();
        }
    }
    for (const Provider &provider : catalog.providers) {
        for (const Offer &offer : provider.offers) {
            if (offer.price &&
                (!catalog.date.isValid() || offer.price->source.date > catalog.date)) {
                catalog.date = offer.price->source.date;
            }
        }
    }
    return catalog;
}

Result<Catalog> embeddedCatalog()
{
    return loadCatalog(u":/catalog"_s);
}

} // namespace boussole::catalog
