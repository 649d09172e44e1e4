// The comparison engine: properties on generated catalogs and estates (checked against an
// independent oracle written here), bin-packing, performance-based sizing, settings.
#include "models/commands/SetCompareSettingsCommand.h"
#include "models/compare/BinPacking.h"
#include "models/compare/Comparison.h"
#include "models/storage/ProjectFile.h"
#include "tests/models/CompareFixtures.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compare;

namespace {

const Money kTolerance = *Money::parse(u"0.000001");

struct Oracle {
    const catalog::Catalog &catalog;
    const CompareSettings &settings;

    QDate date() const { return settings.date.isValid() ? settings.date : QDate::currentDate(); }

    bool regionAllowed(const catalog::Provider &p, const QString &regionId) const
    {
        const catalog::Region *r = p.region(regionId);
        switch (settings.regions) {
        case RegionPolicy::Any:
            return true;
        case RegionPolicy::Eu:
            return r && r->eu;
        case RegionPolicy::France:
            return r && r->country == u"FR";
        }
        return false;
    }

    bool certified(const catalog::Provider &p, const catalog::Offer &o) const
    {
        QStringList held;
        for (const catalog::Certification *c : p.certificationsFor(o, date())) {
            held << c->id;
        }
        for (const QString &required : settings.requiredCertifications) {
            if (!held.contains(required)) {
                return false;
            }
        }
        return true;
    }

    // Everything but the size.
    bool constraintsHold(const catalog::Provider &p, const catalog::Offer &o,
                         const Workload &w) const
    {
        using catalog::OfferKind;
        if (o.kind != OfferKind::Compute && o.kind != OfferKind::Gpu &&
            o.kind != OfferKind::DedicatedHost) {
            return false;
        }
        if (!regionAllowed(p, o.region) || !certified(p, o)) {
            return false;
        }
        if (w.gpuCount > 0) {
            if (o.gpuCount < w.gpuCount) {
                return false;
            }
            if (!w.gpuModel.isEmpty() && o.gpuModel != w.gpuModel.section(u' ', -1).toUpper()) {
                return false;
            }
        } else if (o.gpuCount > 0) {
            return false;
        }
        const bool arm = w.tags.value(u"arch"_s).toString() == u"arm64";
        if (o.arch != (arm ? u"arm64"_s : u"x86_64"_s)) {
            return false;
        }
        if (w.environment == u"prod" && o.cpuType == catalog::CpuType::Shared) {
            return false;
        }
        if (w.osFamily != u"windows" && !o.os.contains(u"linux"_s)) {
            return false;
        }
        return true;
    }

    bool eligible(const catalog::Provider &p, const catalog::Offer &o, const Workload &w) const
    {
        return constraintsHold(p, o, w) && o.vcpu >= *w.vcpu && o.memoryGib >= *w.memoryGib;
    }

    std::optional<Money> eur(const catalog::Provider &p, const catalog::Price &price) const
    {
        Money amount = price.amount;
        if (price.unit == catalog::PriceUnit::Hour) {
            amount =
                *Money::mulDecimal(amount, *Money::parse(QString::number(p.billing.hoursPerMonth)));
            if (price.monthlyCap && *price.monthlyCap < amount) {
                amount = *price.monthlyCap;
            }
        }
        if (price.currency == u"USD") {
            return Money::mulDecimal(amount, *Money::parse(u"0.9"));
        }
        return amount;
    }

    // (completeness, total): 0 complete, 1 a component missing, 2 unpriced.
    std::pair<int, Money> rank(const catalog::Provider &p, const catalog::Offer &o,
                               const Workload &w) const
    {
        if (!o.price) {
            return {2, Money()};
        }
        Money total = *eur(p, *o.price);
        bool missing = w.osFamily == u"windows" && !o.os.contains(u"windows"_s);
        const double billable = std::max(0.0, w.storageGib.value_or(0) - o.localDiskGib);
        if (billable > 0) {
            const catalog::Offer *block = nullptr;
            for (const catalog::Offer &s : p.offers) {
                if (s.kind == catalog::OfferKind::BlockStorage && s.region == o.region && s.price) {
                    block = &s;
                }
            }
            if (block) {
                total += *Money::mulDecimal(*eur(p, *block->price),
                                            *Money::parse(QString::number(billable, 'f', 6)));
            } else {
                missing = true;
            }
        }
        return {missing ? 1 : 0, total};
    }
};

const catalog::Offer *findOffer(const catalog::Provider &p, const Match &m)
{
    for (const catalog::Offer &o : p.offers) {
        if (o.id == m.offerId && o.region == m.region) {
            return &o;
        }
    }
    return nullptr;
}

bool isSkipped(const Workload &w)
{
    return w.isTemplate || !w.duplicateOf.isEmpty() || w.powerState == u"off";
}

Workload vm(const QString &id, double vcpu, double memory, double storage = 0)
{
    Workload w;
    w.id = id;
    w.name = id;
    w.kind = u"vm"_s;
    w.vcpu = vcpu;
    w.memoryGib = memory;
    if (storage > 0) {
        w.storageGib = storage;
    }
    w.osFamily = u"linux"_s;
    w.powerState = u"on"_s;
    return w;
}

Workload pod(const QString &id, const QString &ns, double cpu, double memory, int replicas)
{
    Workload w = vm(id, cpu * replicas, memory * replicas);
    w.kind = u"container"_s;
    w.importId = u"manifests"_s;
    w.environment = u"prod"_s;
    w.tags.insert(u"kubernetes_kind"_s, u"Deployment"_s);
    w.tags.insert(u"namespace"_s, ns);
    w.tags.insert(u"replicas"_s, replicas);
    return w;
}

catalog::Catalog smallCatalog(const std::vector<catalog::Offer> &offers)
{
    catalog::Catalog c;
    c.id = u"small"_s;
    c.date = QDate(2026, 8, 1);
    catalog::Provider p;
    p.id = u"acme"_s;
    p.name = u"Acme"_s;
    p.jurisdiction = u"FR"_s;
    p.regions = {{u"par"_s, u"Paris"_s, u"FR"_s, true}};
    p.offers = offers;
    p.offers.push_back(testing::storageOffer(u"block"_s, catalog::OfferKind::BlockStorage, u"par"_s,
                                             testing::perGbMonth(u"0.1"_s)));
    p.offers.push_back(testing::storageOffer(u"k8s"_s, catalog::OfferKind::KubernetesControlPlane,
                                             u"par"_s, testing::hourly(u"0.1"_s)));
    c.providers.push_back(p);
    return c;
}

} // namespace

class TestCompare : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chosenOfferIsEligibleAndCheapest_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("regions");
        QTest::addColumn<QStringList>("require");
        for (quint32 seed : {1u, 2u, 3u, 42u}) {
            QTest::addRow("seed %u eu", seed) << seed << int(RegionPolicy::Eu) << QStringList();
            QTest::addRow("seed %u france hds", seed)
                << seed << int(RegionPolicy::France) << QStringList{u"hds"_s};
            QTest::addRow("seed %u any secnumcloud", seed)
                << seed << int(RegionPolicy::Any) << QStringList{u"secnumcloud"_s};
        }
    }

    void chosenOfferIsEligibleAndCheapest()
    {
        QFETCH(quint32, seed);
        QFETCH(int, regions);
        QFETCH(QStringList, require);
        const catalog::Catalog catalog = testing::generatedCatalog(seed);
        EstateInput estate;
        estate.workloads = testing::generatedEstate(seed + 100, 300);
        CompareSettings settings;
        settings.regions = RegionPolicy(regions);
        settings.requiredCertifications = require;
        settings.date = QDate(2026, 9, 1);
        const Comparison result = compareEstate(catalog, estate, settings);
        const Oracle oracle{catalog, settings};
        QCOMPARE(result.providers.size(), catalog.providers.size());

        int checked = 0;
        int unmatchedChecked = 0;
        size_t row = 0;
        for (const Workload &w : estate.workloads) {
            if (isSkipped(w)) {
                continue;
            }
            const WorkloadResult &r = result.workloads.at(row++);
            QCOMPARE(r.workloadId, w.id);
            if (w.kind != u"vm" && w.kind != u"database") {
                continue;
            }
            for (size_t p = 0; p < catalog.providers.size(); ++p) {
                const catalog::Provider &provider = catalog.providers[p];
                const Match &m = r.matches[p];
                if (!w.vcpu || !w.memoryGib) {
                    QVERIFY(!m.matched);
                    continue;
                }
                if (!m.matched) {
                    QVERIFY(!m.reason.isEmpty());
                    for (const catalog::Offer &o : provider.offers) {
                        QVERIFY2(!oracle.eligible(provider, o, w),
                                 qPrintable(w.id + u" could take "_s + o.id));
                    }
                    ++unmatchedChecked;
                    continue;
                }
                const catalog::Offer *chosen = findOffer(provider, m);
                QVERIFY(chosen);
                QVERIFY2(oracle.eligible(provider, *chosen, w),
                         qPrintable(w.id + u" on ineligible "_s + chosen->id));
                const auto best = oracle.rank(provider, *chosen, w);
                QCOMPARE(best.first, m.incomplete() ? (m.priced ? 1 : 2) : 0);
                if (best.first < 2) {
                    QVERIFY((best.second - m.monthly()).abs() <= kTolerance);
                }
                for (const catalog::Offer &o : provider.offers) {
                    if (!oracle.eligible(provider, o, w)) {
                        continue;
                    }
                    const auto other = oracle.rank(provider, o, w);
                    const bool cheaper =
                        other.first < best.first || (other.first == best.first && other.first < 2 &&
                                                     other.second + kTolerance < best.second);
                    QVERIFY2(!cheaper, qPrintable(w.id + u": "_s + o.id + u" is cheaper than "_s +
                                                  chosen->id));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 100);
        QVERIFY(unmatchedChecked > 0);
    }

    void constraintsNeverViolated()
    {
        for (quint32 seed : {5u, 6u, 7u}) {
            const catalog::Catalog catalog = testing::generatedCatalog(seed);
            EstateInput estate;
            estate.workloads = testing::generatedEstate(seed, 400);
            for (RegionPolicy policy : {RegionPolicy::Eu, RegionPolicy::France}) {
                CompareSettings settings;
                settings.regions = policy;
                settings.requiredCertifications = {u"hds"_s};
                settings.date = QDate(2026, 9, 1);
                const Comparison result = compareEstate(catalog, estate, settings);
                const Oracle oracle{catalog, settings};
                int matched = 0;
                for (const WorkloadResult &r : result.workloads) {
                    const Workload &w =
                        *std::find_if(estate.workloads.begin(), estate.workloads.end(),
                                      [&](const Workload &x) { return x.id == r.workloadId; });
                    QVERIFY(!isSkipped(w));
                    for (size_t p = 0; p < r.matches.size(); ++p) {
                        const Match &m = r.matches[p];
                        if (!m.matched) {
                            continue;
                        }
                        ++matched;
                        const catalog::Provider &provider = catalog.providers[p];
                        QVERIFY(oracle.regionAllowed(provider, m.region));
                        if (policy == RegionPolicy::France) {
                            QCOMPARE(m.region, u"fr1"_s);
                        }
                        if (w.kind == u"storage") {
                            continue;
                        }
                        const catalog::Offer *o = findOffer(provider, m);
                        QVERIFY(o);
                        QVERIFY(oracle.certified(provider, *o));
                        QVERIFY(m.certifications.contains(u"hds"_s));
                        if (w.kind == u"container") {
                            QCOMPARE(o->arch, u"x86_64"_s);
                            QCOMPARE(o->gpuCount, 0);
                            QVERIFY(o->cpuType != catalog::CpuType::Shared);
                            QVERIFY(m.nodeCount >= 1);
                        } else {
                            QVERIFY2(oracle.constraintsHold(provider, *o, w), qPrintable(w.id));
                        }
                    }
                }
                QVERIFY(matched > 50);
            }
        }
    }

    void totalsAreTheSumOfTheirParts()
    {
        const catalog::Catalog catalog = testing::generatedCatalog(9);
        EstateInput estate;
        estate.workloads = testing::generatedEstate(9, 500);
        CompareSettings settings;
        settings.egressGbPerMonth = 2500;
        const Comparison result = compareEstate(catalog, estate, settings);
        int incompleteProviders = 0;
        for (size_t p = 0; p < result.totals.size(); ++p) {
            Components sum;
            Money monthly;
            int matched = 0;
            int unmatched = 0;
            int incomplete = 0;
            for (const WorkloadResult &r : result.workloads) {
                const Match &m = r.matches[p];
                if (!m.matched) {
                    ++unmatched;
                    continue;
                }
                ++matched;
                sum += m.components;
                monthly += m.monthly();
                QCOMPARE(m.monthly(), m.components.total());
                QVERIFY(m.confidence >= 1 && m.confidence <= 5);
                incomplete += m.incomplete() ? 1 : 0;
                // A missing component is never a zero that looks like a price.
                if (m.missing.contains(QString::fromLatin1(kStorage))) {
                    QCOMPARE(m.components.storage, Money());
                    QVERIFY(m.incomplete());
                }
            }
            const ProviderTotals &t = result.totals[p];
            QCOMPARE(t.matched, matched);
            QCOMPARE(t.unmatched, unmatched);
            QCOMPARE(t.unpricedCount, incomplete);
            QVERIFY(t.components.egress > Money()); // 2500 GB beyond a 100 GB allowance
            sum.egress += t.components.egress;
            QCOMPARE(t.components, sum);
            QCOMPARE(t.total(), monthly + t.components.egress);
            QCOMPARE(t.total(), t.components.compute + t.components.storage + t.components.egress +
                                    t.components.licence + t.components.platform);
            QCOMPARE(t.incomplete, incomplete > 0);
            incompleteProviders += t.incomplete ? 1 : 0;
        }
        QVERIFY(incompleteProviders > 0);
    }

    void missingPricesAreFlaggedNeverZero()
    {
        // Storage without a price, a Windows machine on a Linux-only price, an unpriced egress.
        catalog::Catalog c = smallCatalog(
            {testing::computeOffer(u"std-4"_s, u"par"_s, 4, 16, testing::hourly(u"0.2"_s))});
        c.providers[0].offers.erase(c.providers[0].offers.begin() + 1); // the block storage
        c.providers[0].offers.push_back(
            testing::storageOffer(u"egress"_s, catalog::OfferKind::Egress, u"par"_s, {}));
        EstateInput estate;
        estate.workloads = {vm(u"a"_s, 2, 8, 100), vm(u"b"_s, 4, 16)};
        estate.workloads[1].osFamily = u"windows"_s;
        CompareSettings settings;
        settings.egressGbPerMonth = 10;
        const Comparison result = compareEstate(c, estate, settings);
        const Match &a = result.workloads[0].matches[0];
        QVERIFY(a.matched && a.priced);
        QCOMPARE(a.missing, QStringList{u"storage"_s});
        QCOMPARE(a.components.compute, *Money::parse(u"146")); // 0.2 × 730
        const Match &b = result.workloads[1].matches[0];
        QCOMPARE(b.missing, QStringList{u"licence"_s});
        QVERIFY(b.confidence < 5);
        const ProviderTotals &t = result.totals[0];
        QVERIFY(t.incomplete);
        QCOMPARE(t.unpricedCount, 2);
        QVERIFY(t.missing.contains(u"egress"_s));
        QVERIFY(t.missing.contains(u"storage"_s));
        QVERIFY(t.missing.contains(u"licence"_s));
        QCOMPARE(t.total(), *Money::parse(u"292"));
    }

    void allocatableReservesSystemShare()
    {
        const NodeCapacity small = allocatable(4, 16);
        QVERIFY(qAbs(small.vcpu - 3.92) < 1e-9);             // 0.06 + 0.01 + 2 × 0.005
        QVERIFY(qAbs(small.memoryGib - 13.30234375) < 1e-9); // 16 - 2.6 - 100 MiB
        QVERIFY(!packNodes({{4, 1, 1}}, small));             // a 4-vCPU pod cannot fit
    }

    void binPacksANamespace()
    {
        // Namespace "shop": 2 pods of 2 vCPU/4 GiB and 3 of 1 vCPU/2 GiB. On 4-vCPU nodes
        // (3.92 allocatable) first-fit decreasing needs 3 nodes: {2,1}, {2,1}, {1}.
        const std::vector<PodGroup> pods = {{1, 2, 3}, {2, 4, 2}};
        QCOMPARE(packNodes(pods, allocatable(4, 16)), 3);
        QCOMPARE(packNodes(pods, allocatable(8, 32)), 1);
        QCOMPARE(packNodes(pods, allocatable(8, 32), 2), 2);

        EstateInput estate;
        estate.workloads = {pod(u"api"_s, u"shop"_s, 2, 4, 2), pod(u"web"_s, u"shop"_s, 1, 2, 3)};
        estate.workloads[1].storageGib = 10;
        // 4/16 at 0.10 €/h (3 nodes: 219 €) against 8/32 at 0.25 €/h (1 node: 182.50 €).
        catalog::Catalog c = smallCatalog(
            {testing::computeOffer(u"std-4"_s, u"par"_s, 4, 16, testing::hourly(u"0.1"_s)),
             testing::computeOffer(u"std-8"_s, u"par"_s, 8, 32, testing::hourly(u"0.25"_s))});
        Comparison result = compareEstate(c, estate, {});
        const Match &api = result.workloads[0].matches[0];
        const Match &web = result.workloads[1].matches[0];
        QVERIFY(api.matched && web.matched);
        QCOMPARE(api.offerId, u"std-8"_s);
        QCOMPARE(api.nodeCount, 1);
        QCOMPARE(api.components.compute + web.components.compute, *Money::parse(u"182.5"));
        // The control-plane fee, 0.1 €/h, shared.
        QCOMPARE(api.components.platform + web.components.platform, *Money::parse(u"73"));
        QCOMPARE(web.components.storage, *Money::parse(u"1"));
        // Requests: api 4 vCPU/8 GiB, web 3/6: api carries 4/7 of the pool.
        QVERIFY(api.components.compute > web.components.compute);

        // Without the larger type, three small nodes.
        c.providers[0].offers.erase(c.providers[0].offers.begin() + 1);
        result = compareEstate(c, estate, {});
        QCOMPARE(result.workloads[0].matches[0].nodeCount, 3);
        QCOMPARE(result.totals[0].components.compute, *Money::parse(u"219"));

        // The cluster's current nodes are in the estate too: skipped, the pool replaces them.
        EstateInput withNodes = estate;
        for (Workload &w : withNodes.workloads) {
            w.cluster = u"shop-cluster"_s;
        }
        Workload node = vm(u"node-1"_s, 8, 32, 100);
        node.kind = u"kubernetes-node"_s;
        node.cluster = u"shop-cluster"_s;
        Workload otherNode = node;
        otherNode.id = u"node-2"_s;
        otherNode.cluster = u"other-cluster"_s;
        withNodes.workloads.push_back(node);
        withNodes.workloads.push_back(otherNode);
        result = compareEstate(c, withNodes, {});
        QCOMPARE(result.skipped.size(), size_t(1));
        QCOMPARE(result.skipped[0].workloadId, u"node-1"_s);
        QCOMPARE(result.workloads.size(), size_t(3)); // api, web, node-2

        // No managed Kubernetes: the pods are not placed, and say why.
        c.providers[0].offers.pop_back();
        result = compareEstate(c, estate, {});
        QVERIFY(!result.workloads[0].matches[0].matched);
        QVERIFY(result.workloads[0].matches[0].reason.contains(u"Kubernetes"_s));
    }

    void performanceSizingUsesMeasuredUse()
    {
        const catalog::Catalog c = smallCatalog(
            {testing::computeOffer(u"s-2-8"_s, u"par"_s, 2, 8, testing::hourly(u"0.05"_s)),
             testing::computeOffer(u"s-4-16"_s, u"par"_s, 4, 16, testing::hourly(u"0.1"_s)),
             testing::computeOffer(u"s-4-32"_s, u"par"_s, 4, 32, testing::hourly(u"0.15"_s)),
             testing::computeOffer(u"s-8-32"_s, u"par"_s, 8, 32, testing::hourly(u"0.3"_s))});
        EstateInput estate;
        estate.workloads = {vm(u"db"_s, 8, 32), vm(u"unmeasured"_s, 8, 32)};
        UtilisationRecord u;
        u.workloadId = u"db"_s;
        u.cpuP95 = 25;
        u.memP95 = 50;
        u.cpuMax = 90;
        estate.utilisation.insert(u"db"_s, u);

        CompareSettings settings;
        Comparison asIs = compareEstate(c, estate, settings);
        QCOMPARE(asIs.workloads[0].matches[0].offerId, u"s-8-32"_s);

        settings.sizing = SizingMode::Performance;
        settings.comfortFactor = 1.3;
        Comparison performance = compareEstate(c, estate, settings);
        const Match &db = performance.workloads[0].matches[0];
        // 8 × 25 % × 1.3 = 2.6 vCPU, 32 × 50 % × 1.3 = 20.8 GiB.
        QVERIFY(qAbs(db.vcpu - 2.6) < 1e-9);
        QVERIFY(qAbs(db.memoryGib - 20.8) < 1e-9);
        QCOMPARE(db.offerId, u"s-4-32"_s);
        QVERIFY(performance.totals[0].total() < asIs.totals[0].total());
        // No utilisation: sized as allocated, with less confidence.
        const Match &unmeasured = performance.workloads[1].matches[0];
        QCOMPARE(unmeasured.offerId, u"s-8-32"_s);
        QCOMPARE(unmeasured.confidence, asIs.workloads[1].matches[0].confidence - 1);

        // The maximum: 8 × 90 % × 1.3 = 9.36 vCPU, more than any offer.
        settings.percentile = 100;
        performance = compareEstate(c, estate, settings);
        QVERIFY(!performance.workloads[0].matches[0].matched);
        QVERIFY(performance.workloads[0].matches[0].reason.contains(u"large enough"_s));
    }

    void explainsTheChoice()
    {
        catalog::Catalog c = smallCatalog(
            {testing::computeOffer(u"s-2-8"_s, u"par"_s, 2, 8, testing::hourly(u"0.05"_s)),
             testing::computeOffer(u"s-4-16"_s, u"par"_s, 4, 16, testing::hourly(u"0.1"_s)),
             testing::computeOffer(u"s-8-32"_s, u"par"_s, 8, 32, testing::hourly(u"0.3"_s))});
        c.providers[0].offers[2].cpuType = catalog::CpuType::Shared;
        EstateInput estate;
        estate.workloads = {vm(u"app"_s, 3, 8)};
        estate.workloads[0].environment = u"prod"_s;
        const Explanation e = explain(c, estate, {}, u"app"_s, u"acme"_s);
        QCOMPARE(e.offers.size(), size_t(3));
        QVERIFY(e.offers[0].eligible);
        QCOMPARE(e.offers[0].offerId, u"s-4-16"_s);
        QVERIFY(!e.offers[1].eligible);
        QVERIFY(e.summary.contains(u"s-4-16"_s));
        QStringList reasons;
        for (const OfferVerdict &v : e.offers) {
            reasons << v.reason;
        }
        QVERIFY(reasons.join(u'|').contains(u"too small"_s));
        QVERIFY(reasons.join(u'|').contains(u"shared vCPU"_s));
    }

    void gpuWorkloadsNeedTheirModel()
    {
        catalog::Catalog c = smallCatalog(
            {testing::computeOffer(u"cpu-16"_s, u"par"_s, 16, 64, testing::hourly(u"0.5"_s)),
             testing::computeOffer(u"h100-1"_s, u"par"_s, 16, 128, testing::hourly(u"3"_s)),
             testing::computeOffer(u"l4-1"_s, u"par"_s, 16, 64, testing::hourly(u"1"_s))});
        c.providers[0].offers[1].gpuCount = 1;
        c.providers[0].offers[1].gpuModel = u"H100"_s;
        c.providers[0].offers[2].gpuCount = 1;
        c.providers[0].offers[2].gpuModel = u"L4"_s;
        EstateInput estate;
        estate.workloads = {vm(u"ocr"_s, 8, 32), vm(u"plain"_s, 8, 32), vm(u"big"_s, 8, 32)};
        estate.workloads[0].gpuCount = 1;
        estate.workloads[0].gpuModel = u"NVIDIA H100"_s;
        estate.workloads[2].gpuCount = 2;
        const Comparison result = compareEstate(c, estate, {});
        QCOMPARE(result.workloads[0].matches[0].offerId, u"h100-1"_s);
        QCOMPARE(result.workloads[1].matches[0].offerId, u"cpu-16"_s);
        QVERIFY(!result.workloads[2].matches[0].matched);
        QVERIFY(result.workloads[2].matches[0].reason.contains(u"GPU"_s));
    }

    void skipsTemplatesDuplicatesAndStoppedMachines()
    {
        const catalog::Catalog c = smallCatalog(
            {testing::computeOffer(u"s-4"_s, u"par"_s, 4, 16, testing::hourly(u"0.1"_s))});
        EstateInput estate;
        estate.workloads = {vm(u"a"_s, 2, 4), vm(u"tpl"_s, 2, 4), vm(u"dup"_s, 2, 4),
                            vm(u"off"_s, 2, 4)};
        estate.workloads[1].isTemplate = true;
        estate.workloads[2].duplicateOf = u"a"_s;
        estate.workloads[3].powerState = u"off"_s;
        const Comparison result = compareEstate(c, estate, {});
        QCOMPARE(result.workloads.size(), size_t(1));
        QCOMPARE(result.skipped.size(), size_t(3));
    }

    void scoresHaveFormulas()
    {
        const catalog::Catalog catalog = testing::generatedCatalog(11);
        EstateInput estate;
        estate.workloads = testing::generatedEstate(11, 200);
        CompareSettings settings;
        settings.date = QDate(2026, 9, 1);
        const Comparison result = compareEstate(catalog, estate, settings);
        for (size_t p = 0; p < result.scores.size(); ++p) {
            const ProviderScores &s = result.scores[p];
            for (double v : {s.cost, s.sovereignty, s.certification, s.overall}) {
                QVERIFY(v >= 0 && v <= 100.0001);
            }
            QVERIFY(!s.costFormula.isEmpty() && !s.sovereigntyFormula.isEmpty() &&
                    !s.certificationFormula.isEmpty() && !s.overallFormula.isEmpty());
            const double expected = (40 * s.cost + 40 * s.sovereignty + 20 * s.certification) / 100;
            QVERIFY(qAbs(s.overall - expected) < 1e-9);
        }
        // Even providers are French and not exposed to extra-EU law: they score higher.
        QVERIFY(result.scores[0].sovereignty > result.scores[1].sovereignty + 50);
        QCOMPARE(certificationForDataClass(u"health"_s), u"hds"_s);
        QCOMPARE(certificationForDataClass(u"sensitive"_s), u"secnumcloud"_s);
        QCOMPARE(certificationForDataClass(u"internal"_s), QString());
    }

    void settingsRoundTripAndUndo()
    {
        CompareSettings s;
        s.providers = {u"ovhcloud"_s, u"scaleway"_s};
        s.regions = RegionPolicy::France;
        s.sizing = SizingMode::Performance;
        s.percentile = 99;
        s.comfortFactor = 1.5;
        s.requiredCertifications = {u"hds"_s};
        s.egressGbPerMonth = 1200;
        s.weights = {50, 30, 20};
        QCOMPARE(CompareSettings::fromJson(s.toJson()), s);
        QCOMPARE(CompareSettings::fromJson(u"{\"percentile\": 42, \"regions\": \"mars\"}"_s),
                 CompareSettings());

        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(u"p.boussole"_s), u"P"_s);
        QVERIFY(project);
        QUndoStack stack;
        QCOMPARE(CompareSettings::load(*project.value()), CompareSettings());
        stack.push(new SetCompareSettingsCommand(project.value().get(), s));
        QCOMPARE(CompareSettings::load(*project.value()), s);
        stack.undo();
        QCOMPARE(CompareSettings::load(*project.value()), CompareSettings());
        stack.redo();
        QCOMPARE(CompareSettings::load(*project.value()), s);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "TestCompare.moc"
