// Dedicated-host packing (issue 6): hosts counted and assigned by first-fit decreasing, the
// overcommit ratio, hosts × price allocated exactly, expired quotes and missing prices.
#include "CompareFixtures.h"

#include "models/catalog/CatalogStore.h"
#include "models/compare/BinPacking.h"
#include "models/compare/Comparison.h"
#include "models/compare/HostPacking.h"
#include "models/pricebook/PriceBook.h"
#include "models/scenarios/Scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace boussole;
using namespace boussole::compare;
using namespace Qt::StringLiterals;

namespace {

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

Workload vm(const QString &id, double vcpu, double memory)
{
    Workload w;
    w.id = id;
    w.name = id;
    w.kind = u"vm"_s;
    w.vcpu = vcpu;
    w.memoryGib = memory;
    w.osFamily = u"linux"_s;
    w.storageGib = 0;
    return w;
}

// One sovereign provider selling only a dedicated host of 16 vCPU and 128 GiB, on quote.
catalog::Catalog hostCatalog(std::optional<const char *> pricePerMonth, double overcommit = 1)
{
    catalog::Catalog c;
    c.id = u"test"_s;
    c.date = QDate(2026, 10, 1);
    catalog::Provider p;
    p.id = u"sovereign"_s;
    p.name = u"Sovereign"_s;
    p.jurisdiction = u"FR"_s;
    p.regions = {{u"FR"_s, u"France"_s, u"FR"_s, true}};
    catalog::Offer host;
    host.id = u"host-16"_s;
    host.kind = catalog::OfferKind::DedicatedHost;
    host.family = u"host"_s;
    host.region = u"FR"_s;
    host.vcpu = 16;
    host.memoryGib = 128;
    host.vcpuOvercommit = overcommit;
    host.cpuType = catalog::CpuType::Dedicated;
    if (pricePerMonth) {
        catalog::Price price;
        price.amount = money(*pricePerMonth);
        price.unit = catalog::PriceUnit::Month;
        price.source.url = u"n° Q-2026-7"_s;
        price.source.reference = u"n° Q-2026-7"_s;
        price.source.date = QDate(2026, 10, 1);
        price.source.validUntil = QDate(2026, 12, 31);
        price.source.verified = true;
        price.source.note = u"price book: quote.yaml, valid until 2026-12-31"_s;
        host.price = price;
    }
    p.offers.push_back(host);
    c.providers.push_back(p);
    return c;
}

// Four 8-vCPU machines and one 4-vCPU one: vCPU binds.
std::vector<Workload> cpuHeavyEstate()
{
    return {vm(u"a"_s, 8, 16), vm(u"b"_s, 8, 16), vm(u"c"_s, 4, 8), vm(u"d"_s, 8, 16),
            vm(u"e"_s, 8, 16)};
}

CompareSettings settingsOn(const QDate &date)
{
    CompareSettings s;
    s.regions = RegionPolicy::Any;
    s.date = date;
    return s;
}

} // namespace

class TestHostPacking : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void firstFitDecreasingByBindingDimension();
    void overcommitChangesTheCount();
    void tooLargeIsLeftOut();
    void allocationAddsUpExactly();
    void comparisonPricesHostsTimesPrice();
    void expiredQuoteIsFlagged();
    void missingHostPriceIsIncomplete();
    void virtualMachineOffersAreNotHostPacked();
    void quoteFixtureSizesTheHostOffer();
    void scenarioPlacesOnHosts();
    void kubernetesPackingUnchanged();
};

void TestHostPacking::firstFitDecreasingByBindingDimension()
{
    // Host 16 vCPU / 64 GiB. Demand: 24 vCPU (1.5 hosts) and 98 GiB (1.53 hosts): memory binds.
    // By memory, largest first: B 40, D 30, A 16, C 8, E 4.
    //   B → host 1 (free 10 vCPU, 24 GiB); D 30 GiB does not fit → host 2 (12, 34);
    //   A (8, 16) → host 1 (2, 8); C (4, 8): host 1 has 2 vCPU → host 2 (8, 26);
    //   E (2, 4) → host 1 (0, 4).
    const std::vector<HostItem> items = {{8, 16}, {6, 40}, {4, 8}, {4, 30}, {2, 4}}; // A B C D E
    const HostPlan plan = planHosts(items, {16, 64, 1});
    QCOMPARE(plan.hosts, 2);
    QCOMPARE(plan.binding, Dimension::Memory);
    QCOMPARE(plan.hostOf, (std::vector<int>{0, 0, 1, 1, 0}));
    QCOMPARE(plan.vcpuFill, 24.0 / 32.0);
    QCOMPARE(plan.memoryFill, 98.0 / 128.0);
    // Deterministic: the same input, the same hosts.
    QCOMPARE(planHosts(items, {16, 64, 1}).hostOf, plan.hostOf);
}

void TestHostPacking::overcommitChangesTheCount()
{
    // 36 vCPU and 72 GiB on hosts of 16 vCPU and 128 GiB: vCPU binds.
    const std::vector<HostItem> items = {{8, 16}, {8, 16}, {4, 8}, {8, 16}, {8, 16}};
    // 1:1 → 16 per host: 8+8 | 8+8 | 4 → 3 hosts.
    HostPlan plan = planHosts(items, {16, 128, 1});
    QCOMPARE(plan.binding, Dimension::Vcpu);
    QCOMPARE(plan.hosts, 3);
    QCOMPARE(plan.hostOf, (std::vector<int>{0, 0, 2, 1, 1}));
    // 2:1 → 32 per host: 8+8+8+8 | 4 → 2 hosts.
    plan = planHosts(items, {16, 128, 2});
    QCOMPARE(plan.hosts, 2);
    QCOMPARE(plan.hostOf, (std::vector<int>{0, 0, 1, 0, 0}));
    QCOMPARE(plan.vcpuFill, 36.0 / 64.0);
    // 3:1 → 48 per host: one host; memory 72 of 128 GiB.
    plan = planHosts(items, {16, 128, 3});
    QCOMPARE(plan.hosts, 1);
    QCOMPARE(plan.memoryFill, 72.0 / 128.0);
}

void TestHostPacking::tooLargeIsLeftOut()
{
    const HostPlan plan = planHosts({{4, 8}, {20, 8}, {4, 200}}, {16, 128, 1});
    QCOMPARE(plan.hosts, 1);
    QCOMPARE(plan.hostOf, (std::vector<int>{0, -1, -1}));
    QCOMPARE(planHosts({{4, 8}}, {0, 128, 1}).hosts, 0);
}

void TestHostPacking::allocationAddsUpExactly()
{
    // 2 hosts × 4 250.00 = 8 500.00 in three equal shares: 2 833.33 each and one leftover cent,
    // which goes to the first (equal remainders: the earlier workload).
    std::vector<Money> parts = allocateExactly(money("8500.00"), {0.5, 0.5, 0.5});
    QCOMPARE(parts, (std::vector<Money>{money("2833.34"), money("2833.33"), money("2833.33")}));
    // Unequal shares: 1 000.00 by 1, 2 and 3 → 166.666…, 333.333…, 500.00: floors 166.66,
    // 333.33, 500.00 leave one cent, to the largest remainder (0.666… of a cent: the first).
    parts = allocateExactly(money("1000.00"), {0.1, 0.2, 0.3});
    QCOMPARE(parts, (std::vector<Money>{money("166.67"), money("333.33"), money("500.00")}));
    // A total with sub-cent digits is split in the smallest unit, still exactly.
    const Money odd = money("100.000000000001");
    parts = allocateExactly(odd, {1, 1, 1});
    QCOMPARE(parts[0] + parts[1] + parts[2], odd);
    // No weight at all: equal parts.
    parts = allocateExactly(money("10.00"), {0, 0});
    QCOMPARE(parts, (std::vector<Money>{money("5.00"), money("5.00")}));
}

void TestHostPacking::comparisonPricesHostsTimesPrice()
{
    const catalog::Catalog catalog = hostCatalog("4250.00", 2);
    EstateInput estate;
    estate.workloads = cpuHeavyEstate();
    const Comparison c = compareEstate(catalog, estate, settingsOn(QDate(2026, 11, 29)));
    QCOMPARE(c.hostPools.size(), std::size_t(1));
    const HostPool &pool = c.hostPools.front();
    QCOMPARE(pool.offerId, u"host-16"_s);
    QCOMPARE(pool.count, 2); // overcommit 2: 32 vCPU per host (see overcommitChangesTheCount)
    QCOMPARE(pool.pricePerHost, std::optional(money("4250.00")));
    QCOMPARE(pool.monthly, std::optional(money("8500.00")));
    QCOMPARE(pool.source, u"quote n° Q-2026-7 (valid until 2026-12-31)"_s);
    QVERIFY(pool.fromQuote);
    QVERIFY(!pool.expired);
    QCOMPARE(pool.workloadIds.size(), std::size_t(2));
    QCOMPARE(pool.workloadIds[0], (QStringList{u"a"_s, u"b"_s, u"d"_s, u"e"_s}));
    QCOMPARE(pool.workloadIds[1], (QStringList{u"c"_s}));
    // Allocation: each 8-vCPU machine has a dominant share of 8/32 = 0.25, the small one 0.125:
    // 8 500 × 0.25 / 1.125 = 1 888.888… and 944.444…; floors 1 888.88 × 4 + 944.44 = 8 499.96,
    // the 4 leftover cents go to the four largest remainders (0.888… before 0.444…).
    Money sum;
    for (const WorkloadResult &r : c.workloads) {
        const Match &m = r.matches.front();
        QVERIFY(m.matched);
        QVERIFY(!m.incomplete());
        QCOMPARE(m.offerKind, u"dedicated-host"_s);
        QCOMPARE(m.hostCount, 2);
        QCOMPARE(m.hostNumber, r.workloadId == u"c" ? 2 : 1);
        QCOMPARE(m.components.compute, r.workloadId == u"c" ? money("944.44") : money("1888.89"));
        sum += m.components.compute;
    }
    QCOMPARE(sum, money("8500.00"));
    QCOMPARE(c.totals.front().total(), money("8500.00"));
    QVERIFY(!c.totals.front().incomplete);
}

void TestHostPacking::expiredQuoteIsFlagged()
{
    const catalog::Catalog catalog = hostCatalog("4250.00", 2);
    EstateInput estate;
    estate.workloads = cpuHeavyEstate();
    const Comparison c = compareEstate(catalog, estate, settingsOn(QDate(2027, 1, 1)));
    QCOMPARE(c.hostPools.size(), std::size_t(1));
    const HostPool &pool = c.hostPools.front();
    QVERIFY(pool.expired);
    QCOMPARE(pool.count, 2); // still sized and packed
    QVERIFY(!pool.monthly);  // but its price is not used
    QVERIFY(pool.incomplete());
    QVERIFY(pool.note.contains(u"2026-12-31"_s));
    QVERIFY(c.totals.front().incomplete);
    QCOMPARE(c.totals.front().total(), Money()); // nothing priced: never a cheaper figure
    for (const WorkloadResult &r : c.workloads) {
        QVERIFY(r.matches.front().matched);
        QVERIFY(r.matches.front().incomplete());
    }
    QVERIFY(hostPoolSummary(pool, QLocale::c()).contains(u"EXPIRED"_s));
}

void TestHostPacking::missingHostPriceIsIncomplete()
{
    const catalog::Catalog catalog = hostCatalog(std::nullopt, 1);
    EstateInput estate;
    estate.workloads = cpuHeavyEstate();
    const Comparison c = compareEstate(catalog, estate, settingsOn(QDate(2026, 11, 29)));
    QCOMPARE(c.hostPools.size(), std::size_t(1));
    QCOMPARE(c.hostPools.front().count, 3);
    QVERIFY(!c.hostPools.front().pricePerHost);
    QVERIFY(c.totals.front().incomplete);
    QCOMPARE(c.totals.front().unpricedCount, 5);
    const QJsonObject json =
        hostPoolJson(c.hostPools.front(), [](const Money &m) { return QJsonValue(m.toString()); });
    QVERIFY(json.value(u"monthly_eur"_s).isNull());
    QCOMPARE(json.value(u"count"_s).toInt(), 3);
    QCOMPARE(json.value(u"assignment"_s).toArray().size(), 3);
}

void TestHostPacking::virtualMachineOffersAreNotHostPacked()
{
    // A provider that also sells virtual machines keeps pricing per VM; a sized host offer is
    // then never a per-VM candidate.
    catalog::Catalog catalog = hostCatalog("100.00", 1);
    catalog.providers.front().offers.push_back(
        testing::computeOffer(u"vm-8"_s, u"FR"_s, 8, 32, testing::hourly(u"0.5"_s)));
    EstateInput estate;
    estate.workloads = {vm(u"a"_s, 4, 8)};
    const Comparison c = compareEstate(catalog, estate, settingsOn(QDate(2026, 11, 29)));
    QVERIFY(c.hostPools.empty());
    QCOMPARE(c.workloads.front().matches.front().offerId, u"vm-8"_s);
}

void TestHostPacking::quoteFixtureSizesTheHostOffer()
{
    Result<PriceBook> book = readPriceBook(
        QStringLiteral(BOUSSOLE_TEST_DATA "/pricebook/devis-hotes-dedies-fictif.yaml"));
    QVERIFY2(book, qPrintable(book ? QString() : book.error().toString()));
    QCOMPARE(book->entries.size(), std::size_t(1));
    const PriceBookEntry &e = book->entries.front();
    QCOMPARE(e.kind, PriceBookEntry::Kind::Host);
    QCOMPARE(e.hostVcpu, 64.0);
    QCOMPARE(e.hostMemoryGib, 768.0);
    QCOMPARE(e.overcommit, 2.0);
    QCOMPARE(e.unit, catalog::PriceUnit::Month);
    Result<catalog::Catalog> catalog = catalog::embeddedCatalog();
    QVERIFY(catalog);
    // Applied even on a date past its validity: the comparison flags it.
    const AppliedPriceBooks applied = applyPriceBooks(*catalog, {*book}, QDate(2030, 1, 1));
    QCOMPARE(applied.replaced, 1);
    const catalog::Provider *ct = catalog->provider(u"cloud-temple"_s);
    const auto it = std::find_if(ct->offers.begin(), ct->offers.end(),
                                 [](const catalog::Offer &o) { return o.id == u"iaas-vmware"; });
    QVERIFY(it != ct->offers.end());
    QCOMPARE(it->vcpu, 64.0);
    QCOMPARE(it->vcpuOvercommit, 2.0);
    QCOMPARE(it->price->amount, money("4250.00"));
    QCOMPARE(it->price->source.reference, u"n° CT-FICTIF-2026-0142"_s);
    QCOMPARE(it->price->source.validUntil, QDate(2027, 3, 31));
    QVERIFY(fromPriceBook(it->price->source));

    // A host entry must state its overcommit ratio.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"bad.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("provider,offer,region,kind,price,currency,unit,reference,date,host_vcpu,"
               "host_memory_gib\n"
               "cloud-temple,iaas-vmware,FR,host,4250,EUR,month,n° 1,2026-10-01,64,768\n");
    file.close();
    Result<PriceBook> bad = readPriceBook(file.fileName());
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"overcommit"_s));
}

void TestHostPacking::scenarioPlacesOnHosts()
{
    Result<PriceBook> book = readPriceBook(
        QStringLiteral(BOUSSOLE_TEST_DATA "/pricebook/devis-hotes-dedies-fictif.yaml"));
    QVERIFY(book);
    Result<catalog::Catalog> catalog = catalog::embeddedCatalog();
    QVERIFY(catalog);
    applyPriceBooks(*catalog, {*book});
    // Everything on Cloud Temple, whose machines are all dedicated hosts: 10 machines of 16 vCPU /
    // 96 GiB and 4 of 8 / 32 = 192 vCPU, 1 088 GiB. Host: 64 × 2 = 128 vCPU, 768 GiB. vCPU: 1.5
    // hosts, memory 1.42: vCPU binds. 16-vCPU machines first: 8 of them fill host 1 (128 vCPU, 768
    // GiB); the other 2 and the four 8-vCPU ones go to host 2 (64 vCPU, 320 GiB).
    scenarios::Scenario s;
    s.id = u"s"_s;
    s.name = u"SecNumCloud"_s;
    s.rules = {{u"any"_s, {}, u"cloud-temple"_s, u"FR"_s, {}}};
    EstateInput estate;
    for (int i = 0; i < 10; ++i) {
        estate.workloads.push_back(vm(u"big-%1"_s.arg(i), 16, 96));
    }
    for (int i = 0; i < 4; ++i) {
        estate.workloads.push_back(vm(u"small-%1"_s.arg(i), 8, 32));
    }
    const scenarios::ScenarioResult r =
        scenarios::evaluate(s, *catalog, estate, settingsOn(QDate(2026, 11, 29)));
    QCOMPARE(r.placed.size(), std::size_t(14));
    QCOMPARE(r.hosts.size(), std::size_t(1));
    const HostPool &pool = r.hosts.front();
    QCOMPARE(pool.count, 2);
    QCOMPARE(pool.plan.binding, Dimension::Vcpu);
    QCOMPARE(pool.workloadIds[0].size(), 8);
    QCOMPARE(pool.workloadIds[1].size(), 6);
    QCOMPARE(pool.plan.vcpuFill, 192.0 / 256.0);
    QCOMPARE(pool.source, u"quote n° CT-FICTIF-2026-0142 (valid until 2027-03-31)"_s);
    QCOMPARE(pool.monthly, std::optional(money("8500.00")));
    // Compute of the scenario = hosts × price, to the cent (storage is 0 here).
    QCOMPARE(r.monthly.compute, money("8500.00"));
    QVERIFY(!r.incomplete);

    // A 3-year term of 10 % off compute: the pool's line follows the workloads sharing it
    // (8 500.00 × 0.9 = 7 650.00 a month, 4 250.00 × 0.9 = 3 825.00 per host).
    s.terms = {{u"cloud-temple"_s, 3, money("10"), u"assumption"_s}};
    const scenarios::ScenarioResult discounted =
        scenarios::evaluate(s, *catalog, estate, settingsOn(QDate(2026, 11, 29)));
    QCOMPARE(discounted.hosts.size(), std::size_t(1));
    QCOMPARE(discounted.hosts.front().monthly, std::optional(money("7650.00")));
    QCOMPARE(discounted.hosts.front().pricePerHost, std::optional(money("3825.00")));
    QCOMPARE(discounted.monthly.compute, money("7650.00"));
}

void TestHostPacking::kubernetesPackingUnchanged()
{
    // packNodes now runs on the shared first-fit: same counts as before the refactor.
    const NodeCapacity node{4, 16};
    QCOMPARE(packNodes({{1, 2, 8}}, node), std::optional(2));
    QCOMPARE(packNodes({{3, 2, 2}, {1, 8, 2}}, node), std::optional(2));
    QCOMPARE(packNodes({{5, 1, 1}}, node), std::nullopt);
    QCOMPARE(packNodes({{1, 1, 1}}, node, 3), std::optional(3));
}

QTEST_GUILESS_MAIN(TestHostPacking)
#include "TestHostPacking.moc"
