#pragma once

// Generated catalogs and estates for the comparison engine's property tests and benchmark.
// Deterministic: the same seed gives the same data.

#include "models/catalog/Catalog.h"
#include "models/domain/Workload.h"

#include <QRandomGenerator>

namespace boussole::testing {

inline catalog::Source sourceOf(bool verified = true)
{
    return {QStringLiteral("https://example.test/prices"), QDate(2026, 8, 1), verified, {}, {}, {}};
}

inline catalog::Price hourly(const QString &amount, const QString &currency = QStringLiteral("EUR"))
{
    catalog::Price price;
    price.amount = *Money::parse(amount);
    price.currency = currency;
    price.unit = catalog::PriceUnit::Hour;
    price.source = sourceOf();
    return price;
}

inline catalog::Price perGbMonth(const QString &amount)
{
    catalog::Price price = hourly(amount);
    price.unit = catalog::PriceUnit::GbMonth;
    return price;
}

inline catalog::Offer computeOffer(const QString &id, const QString &region, double vcpu,
                                   double memory, std::optional<catalog::Price> price)
{
    catalog::Offer o;
    o.id = id;
    o.kind = catalog::OfferKind::Compute;
    o.family = id.section(QLatin1Char('-'), 0, 0);
    o.region = region;
    o.vcpu = vcpu;
    o.memoryGib = memory;
    o.cpuType = catalog::CpuType::Dedicated;
    o.price = std::move(price);
    return o;
}

inline catalog::Offer storageOffer(const QString &id, catalog::OfferKind kind,
                                   const QString &region, std::optional<catalog::Price> price)
{
    catalog::Offer o;
    o.id = id;
    o.kind = kind;
    o.family = id;
    o.region = region;
    o.price = std::move(price);
    return o;
}

inline QString moneyText(QRandomGenerator &random, int minCents, int maxCents)
{
    const int cents = minCents + int(random.bounded(maxCents - minCents + 1));
    return QString::number(cents / 10000) + QLatin1Char('.') +
           QString::number(cents % 10000).rightJustified(4, QLatin1Char('0'));
}

// A catalog of `providers` providers with three regions each (France, Germany, the US), random
// compute and GPU offers (some unpriced, some in USD, some shared, some arm64, some with local
// disk or a Windows price), block storage missing in some regions, egress and Kubernetes.
inline catalog::Catalog generatedCatalog(quint32 seed, int providers = 4, int offersPerRegion = 30)
{
    QRandomGenerator random(seed);
    catalog::Catalog c;
    c.id = QStringLiteral("generated");
    c.date = QDate(2026, 8, 1);
    catalog::CurrencyRate usd;
    usd.from = QStringLiteral("USD");
    usd.to = QStringLiteral("EUR");
    usd.rate = *Money::parse(u"0.9");
    usd.date = c.date;
    c.rates.push_back(usd);
    const QStringList gpuModels = {QStringLiteral("L4"), QStringLiteral("H100")};
    for (int p = 0; p < providers; ++p) {
        catalog::Provider provider;
        provider.id = QStringLiteral("p%1").arg(p);
        provider.name = QStringLiteral("Provider %1").arg(p);
        provider.jurisdiction = p % 2 ? QStringLiteral("US") : QStringLiteral("FR");
        provider.extraEuLawExposure = p % 2;
        provider.billing.hoursPerMonth = p == 2 ? 720 : 730;
        provider.regions = {
            {QStringLiteral("fr1"), QStringLiteral("Paris"), QStringLiteral("FR"), true},
            {QStringLiteral("de1"), QStringLiteral("Frankfurt"), QStringLiteral("DE"), true},
            {QStringLiteral("us1"), QStringLiteral("Virginia"), QStringLiteral("US"), false}};
        catalog::Certification hds;
        hds.id = QStringLiteral("hds");
        hds.regions = {QStringLiteral("fr1")};
        hds.issued = QDate(2024, 1, 1);
        hds.expires = QDate(2029, 1, 1);
        hds.source = sourceOf();
        provider.certifications.push_back(hds);
        catalog::Certification snc;
        snc.id = QStringLiteral("secnumcloud");
        snc.offers = {QStringLiteral("sec")};
        snc.issued = QDate(2024, 1, 1);
        snc.source = sourceOf();
        provider.certifications.push_back(snc);
        int n = 0;
        for (const catalog::Region &region : std::as_const(provider.regions)) {
            for (int i = 0; i < offersPerRegion; ++i) {
                const double vcpu = double(1 << random.bounded(7)); // 1..64
                const double memory = vcpu * double(1 << (1 + random.bounded(3)));
                std::optional<catalog::Price> price;
                if (random.bounded(10) != 0) {
                    price = hourly(moneyText(random, 50, 40000), random.bounded(4) == 0
                                                                     ? QStringLiteral("USD")
                                                                     : QStringLiteral("EUR"));
                    if (random.bounded(5) == 0) {
                        price->monthlyCap = Money::fromInteger(qint64(vcpu) * 10);
                    }
                    price->source.verified = random.bounded(6) != 0;
                }
                const QString family =
                    random.bounded(5) == 0 ? QStringLiteral("sec") : QStringLiteral("gen");
                catalog::Offer o = computeOffer(QStringLiteral("%1-%2").arg(family).arg(n++),
                                                region.id, vcpu, memory, price);
                o.family = family;
                o.arch =
                    random.bounded(4) == 0 ? QStringLiteral("arm64") : QStringLiteral("x86_64");
                o.cpuType =
                    random.bounded(3) == 0 ? catalog::CpuType::Shared : catalog::CpuType::Dedicated;
                if (random.bounded(4) == 0) {
                    o.localDiskGib = double(50 * (1 + random.bounded(8)));
                }
                if (random.bounded(4) == 0) {
                    o.os = {QStringLiteral("linux"), QStringLiteral("windows")};
                }
                if (random.bounded(8) == 0) {
                    o.kind = catalog::OfferKind::Gpu;
                    o.gpuCount = 1 << random.bounded(3);
                    o.gpuModel = gpuModels[random.bounded(2)];
                }
                provider.offers.push_back(o);
            }
            // Block storage everywhere but in Germany for odd providers.
            if (!(p % 2 && region.id == QStringLiteral("de1"))) {
                provider.offers.push_back(storageOffer(QStringLiteral("block"),
                                                       catalog::OfferKind::BlockStorage, region.id,
                                                       perGbMonth(moneyText(random, 200, 1500))));
            }
            provider.offers.push_back(storageOffer(QStringLiteral("object"),
                                                   catalog::OfferKind::ObjectStorage, region.id,
                                                   perGbMonth(moneyText(random, 50, 300))));
            catalog::Price egress = perGbMonth(moneyText(random, 0, 900));
            egress.unit = catalog::PriceUnit::Gb;
            catalog::Offer e = storageOffer(QStringLiteral("egress"), catalog::OfferKind::Egress,
                                            region.id, egress);
            e.allowance = catalog::Allowance{100, false};
            provider.offers.push_back(e);
            provider.offers.push_back(storageOffer(QStringLiteral("k8s"),
                                                   catalog::OfferKind::KubernetesControlPlane,
                                                   region.id, hourly(QStringLiteral("0.1"))));
        }
        c.providers.push_back(provider);
    }
    return c;
}

// `count` workloads: mostly VMs, some databases, storage and containers, GPUs, Windows, arm64,
// production, health data, templates, duplicates and powered-off machines.
inline std::vector<Workload> generatedEstate(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    std::vector<Workload> estate;
    estate.reserve(size_t(count));
    const QStringList environments = {QStringLiteral("prod"), QStringLiteral("preprod"),
                                      QStringLiteral("dev"), QString()};
    const QStringList classes = {QStringLiteral("health"), QStringLiteral("personal"),
                                 QStringLiteral("internal"), QStringLiteral("sensitive")};
    for (int i = 0; i < count; ++i) {
        Workload w;
        w.id = QStringLiteral("w%1").arg(i);
        w.importId = QStringLiteral("import-%1").arg(i % 3);
        w.name = QStringLiteral("host-%1").arg(i);
        const int roll = int(random.bounded(100));
        w.kind = roll < 75   ? QStringLiteral("vm")
                 : roll < 85 ? QStringLiteral("database")
                 : roll < 90 ? QStringLiteral("storage")
                             : QStringLiteral("container");
        w.vcpu = double(1 + random.bounded(24));
        w.memoryGib = *w.vcpu * double(1 + random.bounded(8));
        if (random.bounded(10) != 0) {
            w.storageGib = double(10 * (1 + random.bounded(100)));
        }
        if (random.bounded(30) == 0) {
            w.vcpu.reset();
        }
        if (w.kind == QStringLiteral("vm") && random.bounded(12) == 0) {
            w.gpuCount = 1 + int(random.bounded(2));
            w.gpuModel = random.bounded(2) ? QStringLiteral("NVIDIA L4") : QString();
        }
        const int os = int(random.bounded(10));
        w.osFamily = os < 6   ? QStringLiteral("linux")
                     : os < 9 ? QStringLiteral("windows")
                              : QString();
        w.environment = environments[random.bounded(environments.size())];
        w.dataClass = classes[random.bounded(classes.size())];
        w.powerState = random.bounded(15) == 0 ? QStringLiteral("off") : QStringLiteral("on");
        w.isTemplate = random.bounded(50) == 0;
        if (i > 0 && random.bounded(40) == 0) {
            w.duplicateOf = QStringLiteral("w0");
        }
        if (random.bounded(8) == 0) {
            w.tags.insert(QStringLiteral("arch"), QStringLiteral("arm64"));
        }
        if (w.kind == QStringLiteral("container")) {
            const int replicas = 1 + int(random.bounded(4));
            w.vcpu = 0.25 * double(1 + random.bounded(8)) * replicas;
            w.memoryGib = 0.5 * double(1 + random.bounded(8)) * replicas;
            w.tags.insert(QStringLiteral("kubernetes_kind"), QStringLiteral("Deployment"));
            w.tags.insert(QStringLiteral("namespace"), QStringLiteral("ns-%1").arg(i % 4));
            w.tags.insert(QStringLiteral("replicas"), replicas);
            w.gpuCount = 0;
        }
        estate.push_back(w);
    }
    return estate;
}

} // namespace boussole::testing
