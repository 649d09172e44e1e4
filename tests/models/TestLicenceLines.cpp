// The licence line of the comparison (issue 6): Windows Server, SQL Server, RHEL and Oracle
// Database, licence-included or brought by the customer (BYOL) from the project's entitlements,
// with the entitlements' cores consumed workload by workload. Hand-computed from
// resources/licensing/licensing.yaml's rates; the test catalog converts USD to EUR at 0.9 and
// every provider bills 730 hours a month.
#include "models/compare/Comparison.h"
#include "models/licensing/LicenceAllocation.h"
#include "tests/models/CompareFixtures.h"

#include <QTest>

using namespace boussole;
using namespace boussole::compare;
using namespace Qt::StringLiterals;

namespace {

catalog::Provider provider(const QString &id)
{
    catalog::Provider p;
    p.id = id;
    p.name = id;
    p.jurisdiction = u"FR"_s;
    p.billing.hoursPerMonth = 730;
    p.regions = {{u"par"_s, u"Paris"_s, u"FR"_s, true}};
    // Linux prices (no "windows" in the offers' OS): every licence is the licence line's.
    p.offers = {testing::computeOffer(u"s4"_s, u"par"_s, 4, 16, testing::hourly(u"0.2"_s)),
                testing::computeOffer(u"s16"_s, u"par"_s, 16, 64, testing::hourly(u"0.8"_s))};
    return p;
}

catalog::Catalog licenceCatalog()
{
    catalog::Catalog c;
    c.id = u"licences"_s;
    c.date = QDate(2026, 11, 1);
    catalog::CurrencyRate usd;
    usd.from = u"USD"_s;
    usd.to = u"EUR"_s;
    usd.rate = *Money::parse(u"0.9");
    usd.date = c.date;
    c.rates.push_back(usd);
    // aws, azure: Listed Providers with licence-included rates; ovhcloud: not listed, no rate.
    for (const QString &id : {u"aws"_s, u"azure"_s, u"ovhcloud"_s}) {
        c.providers.push_back(provider(id));
    }
    return c;
}

Workload machine(const QString &id, double vcpu, const QString &os, const QString &edition = {})
{
    Workload w;
    w.id = id;
    w.name = id;
    w.kind = u"vm"_s;
    w.vcpu = vcpu;
    w.memoryGib = vcpu * 4;
    w.storageGib = 0.0;
    w.osFamily = os;
    w.osEdition = edition;
    w.powerState = u"on"_s;
    return w;
}

Workload windowsSql(const QString &id, double vcpu, const QString &sqlEdition)
{
    return machine(id, vcpu, u"windows"_s,
                   u"Windows Server 2019 Datacenter / SQL Server 2019 "_s + sqlEdition);
}

licensing::LicenceEntitlement owned(const QString &id, licensing::Family family,
                                    const QString &edition, int quantity, bool assurance)
{
    licensing::LicenceEntitlement e;
    e.id = id;
    e.family = family;
    e.edition = edition;
    e.quantity = quantity;
    e.softwareAssurance = assurance;
    return e;
}

CompareSettings settings()
{
    CompareSettings s;
    s.regions = RegionPolicy::Any;
    s.date = QDate(2026, 11, 29);
    return s;
}

const Match &at(const Comparison &c, int workload, const QString &provider)
{
    return c.workloads[size_t(workload)].matches[size_t(c.providerIndex(provider))];
}

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

} // namespace

class TestLicenceLines : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void windowsLicenceIncludedIsRateTimesVcpu();
    void sqlServerLicenceIncluded();
    void unknownRateMakesTheTotalIncompleteNeverCheaper();
    void byolWithAssuranceOnANonListedProvider();
    void byolWithoutAssuranceOnAListedProvider();
    void dedicatedHostOnAListedProvider();
    void expiredAssuranceIsNoAssurance();
    void entitlementIsConsumedThenExhausted();
    void azureHybridBenefitCountsEightCoresPerVm();
    void rhel();
    void oracle();
    void detection();
};

void TestLicenceLines::windowsLicenceIncludedIsRateTimesVcpu()
{
    EstateInput estate;
    estate.workloads = {machine(u"w"_s, 4, u"windows"_s, u"Windows Server 2022 Standard"_s)};
    const Comparison c = compareEstate(licenceCatalog(), estate, settings());
    // AWS: 0.046 USD × 730 h × 4 vCPU = 134.32 USD × 0.9 = 120.888 EUR
    const Match &aws = at(c, 0, u"aws"_s);
    QCOMPARE(aws.components.licence, money("120.888"));
    QVERIFY(!aws.incomplete());
    QCOMPARE(aws.licences.size(), size_t(1));
    QCOMPARE(aws.licences[0].product, u"windows-server"_s);
    QCOMPARE(aws.licences[0].mode, u"included"_s);
    QCOMPARE(aws.licences[0].counted, 4);
    QVERIFY(aws.licenceNote.contains(u"optimize-cpu"_s)); // the rate's source is named
    // compute 0.2 × 730 = 146, plus the licence
    QCOMPARE(aws.monthly(), money("266.888"));
    // Azure's rate is unverified (an undated source): the match is not verified.
    QVERIFY(!at(c, 0, u"azure"_s).verified);
    QVERIFY(at(c, 0, u"azure"_s).licenceNote.contains(u"unverified"_s));
}

void TestLicenceLines::sqlServerLicenceIncluded()
{
    EstateInput estate;
    estate.workloads = {windowsSql(u"std"_s, 4, u"Standard"_s),
                        windowsSql(u"ent"_s, 4, u"Enterprise"_s)};
    const Comparison c = compareEstate(licenceCatalog(), estate, settings());
    // Windows 120.888 EUR + SQL Standard 0.120 × 730 × 4 = 350.4 USD = 315.36 EUR
    const Match &std = at(c, 0, u"aws"_s);
    QCOMPARE(std.licences.size(), size_t(2));
    QCOMPARE(std.licences[1].product, u"sql-server-standard"_s);
    QCOMPARE(*std.licences[1].monthlyEur, money("315.36"));
    QCOMPARE(std.components.licence, money("436.248"));
    // SQL Enterprise 0.375 × 730 × 4 = 1095 USD = 985.5 EUR
    const Match &ent = at(c, 1, u"aws"_s);
    QCOMPARE(*ent.licences[1].monthlyEur, money("985.5"));
    QCOMPARE(ent.components.licence, money("1106.388"));
    QVERIFY(!ent.incomplete());
}

void TestLicenceLines::unknownRateMakesTheTotalIncompleteNeverCheaper()
{
    EstateInput estate;
    estate.workloads = {windowsSql(u"db"_s, 4, u"Enterprise"_s)};
    const Comparison c = compareEstate(licenceCatalog(), estate, settings());
    // OVHcloud: no licence-included rate for Windows or SQL Server, no entitlement.
    const Match &ovh = at(c, 0, u"ovhcloud"_s);
    QVERIFY(ovh.incomplete());
    QCOMPARE(ovh.missing, QStringList{u"licence"_s});
    QCOMPARE(ovh.licences[0].mode, u"unpriced"_s);
    QVERIFY(!ovh.licences[0].monthlyEur.has_value()); // unknown, not 0
    QVERIFY(!ovh.licences[1].monthlyEur.has_value());
    QCOMPARE(ovh.confidence, 4); // 5, minus 1 for the incomplete cost
    const ProviderTotals &t = c.totals[size_t(c.providerIndex(u"ovhcloud"_s))];
    QVERIFY(t.incomplete);
    QVERIFY(t.missing.contains(u"licence"_s));
    // The priced parts only (146 of compute): flagged incomplete, never presented as complete.
    QCOMPARE(t.total(), money("146"));
    QCOMPARE(t.unpricedCount, 1);
}

void TestLicenceLines::byolWithAssuranceOnANonListedProvider()
{
    EstateInput estate;
    estate.workloads = {windowsSql(u"db"_s, 4, u"Enterprise"_s)};
    estate.entitlements = {
        owned(u"ws"_s, licensing::Family::WindowsServer, u"datacenter"_s, 16, true),
        owned(u"sql"_s, licensing::Family::SqlServer, u"enterprise"_s, 16, true)};
    const Comparison c = compareEstate(licenceCatalog(), estate, settings());
    // Flexible Virtualization Benefit: SA licences go to any outsourcer but Listed Providers.
    const Match &ovh = at(c, 0, u"ovhcloud"_s);
    QVERIFY(!ovh.incomplete());
    QCOMPARE(ovh.components.licence, Money());
    QCOMPARE(ovh.licences[0].mode, u"byol"_s);
    QCOMPARE(ovh.licences[0].entitlementId, u"ws"_s);
    QCOMPARE(ovh.licences[1].entitlementId, u"sql"_s);
    QCOMPARE(ovh.licences[1].counted, 4);
    QCOMPARE(*ovh.licences[1].monthlyEur, Money());
    QVERIFY(ovh.licenceNote.contains(u"SQL Server Enterprise, 16 core licences"_s));
    QVERIFY(ovh.licenceNote.contains(u"4 used, 12 left"_s));
    QCOMPARE(ovh.monthly(), money("146"));
    // AWS, a Listed Provider: Windows Server cannot come to shared tenancy even with SA, so
    // it stays licence-included; SQL Server with SA comes through License Mobility.
    const Match &aws = at(c, 0, u"aws"_s);
    QCOMPARE(aws.licences[0].mode, u"included"_s);
    QCOMPARE(aws.licences[1].mode, u"byol"_s);
    QCOMPARE(aws.components.licence, money("120.888"));
}

void TestLicenceLines::byolWithoutAssuranceOnAListedProvider()
{
    EstateInput estate;
    estate.workloads = {windowsSql(u"db"_s, 4, u"Standard"_s)};
    estate.entitlements = {
        owned(u"ws"_s, licensing::Family::WindowsServer, u"standard"_s, 16, false),
        owned(u"sql"_s, licensing::Family::SqlServer, u"standard"_s, 16, false)};
    estate.entitlements[0].boughtBefore2019_10_01 = true; // still needs a dedicated host
    const Comparison c = compareEstate(licenceCatalog(), estate, settings());
    // AWS: not allowed, falls back to licence-included (120.888 + 315.36).
    const Match &aws = at(c, 0, u"aws"_s);
    QCOMPARE(aws.licences[0].mode, u"included"_s);
    QCOMPARE(aws.licences[1].mode, u"included"_s);
    QCOMPARE(aws.components.licence, money("436.248"));
    QVERIFY(aws.licenceNote.contains(u"not allowed here"_s));
    // OVHcloud: without SA there is no FVB and no price: missing.
    const Match &ovh = at(c, 0, u"ovhcloud"_s);
    QVERIFY(ovh.incomplete());
    QVERIFY(ovh.licences[0].entitlementId.isEmpty());
    QCOMPARE(ovh.licences[1].mode, u"unpriced"_s);
}

void TestLicenceLines::dedicatedHostOnAListedProvider()
{
    // AWS sells only a dedicated host here.
    catalog::Catalog c = licenceCatalog();
    catalog::Provider &aws = c.providers[0];
    QCOMPARE(aws.id, u"aws"_s);
    aws.offers = {testing::computeOffer(u"host"_s, u"par"_s, 8, 32, testing::hourly(u"2"_s))};
    aws.offers[0].kind = catalog::OfferKind::DedicatedHost;
    EstateInput estate;
    estate.workloads = {machine(u"w"_s, 4, u"windows"_s)};
    // No entitlement: the per-vCPU licence-included rate does not price a host's physical cores.
    Comparison result = compareEstate(c, estate, settings());
    const Match &alone = at(result, 0, u"aws"_s);
    QCOMPARE(alone.offerKind, u"dedicated-host"_s);
    QCOMPARE(alone.licences[0].mode, u"unpriced"_s);
    QVERIFY(alone.incomplete());
    QVERIFY(alone.licenceNote.contains(u"physical core"_s));
    // Windows Server licences bought before 2019-10-01, without SA: allowed on a Listed
    // Provider's dedicated host only; 4 of the 16 cores are used (the workload's vCPU).
    estate.entitlements = {
        owned(u"old"_s, licensing::Family::WindowsServer, u"standard"_s, 16, false)};
    estate.entitlements[0].boughtBefore2019_10_01 = true;
    result = compareEstate(c, estate, settings());
    const Match &brought = at(result, 0, u"aws"_s);
    QCOMPARE(brought.licences[0].mode, u"byol"_s);
    QCOMPARE(brought.licences[0].entitlementId, u"old"_s);
    QVERIFY(brought.licenceNote.contains(u"4 used, 12 left"_s));
    QVERIFY(!brought.incomplete());
    // The same licences on the shared VMs of a non-listed provider: no SA, no FVB.
    QVERIFY(at(result, 0, u"ovhcloud"_s).incomplete());
}

void TestLicenceLines::expiredAssuranceIsNoAssurance()
{
    EstateInput estate;
    estate.workloads = {machine(u"w"_s, 4, u"windows"_s)};
    estate.entitlements = {
        owned(u"ws"_s, licensing::Family::WindowsServer, u"datacenter"_s, 16, true)};
    estate.entitlements[0].assuranceEnd = QDate(2026, 6, 30); // before the comparison's date
    Comparison c = compareEstate(licenceCatalog(), estate, settings());
    QVERIFY(at(c, 0, u"ovhcloud"_s).incomplete());
    estate.entitlements[0].assuranceEnd = QDate(2026, 11, 29); // the last day still counts
    c = compareEstate(licenceCatalog(), estate, settings());
    QVERIFY(!at(c, 0, u"ovhcloud"_s).incomplete());
}

void TestLicenceLines::entitlementIsConsumedThenExhausted()
{
    EstateInput estate;
    // 16 vCPU then 4 vCPU, both SQL Server Enterprise; 16 core licences with SA.
    estate.workloads = {windowsSql(u"big"_s, 16, u"Enterprise"_s),
                        windowsSql(u"small"_s, 4, u"Enterprise"_s)};
    estate.entitlements = {
        owned(u"ws"_s, licensing::Family::WindowsServer, u"datacenter"_s, 64, true),
        owned(u"sql"_s, licensing::Family::SqlServer, u"enterprise"_s, 16, true)};
    const Comparison c = compareEstate(licenceCatalog(), estate, settings());
    const Match &big = at(c, 0, u"ovhcloud"_s);
    QCOMPARE(big.licences[1].mode, u"byol"_s);
    QCOMPARE(big.licences[1].counted, 16);
    QVERIFY(big.licenceNote.contains(u"16 used, 0 left"_s));
    // The second workload cannot use the same cores: on OVHcloud the licence is missing …
    const Match &small = at(c, 1, u"ovhcloud"_s);
    QCOMPARE(small.licences[0].mode, u"byol"_s); // Windows: 64 − 16 cores still there
    QCOMPARE(small.licences[1].mode, u"unpriced"_s);
    QVERIFY(small.licenceNote.contains(u"0 left, 4 needed"_s));
    QVERIFY(small.incomplete());
    // … and on AWS it pays the licence-included SQL Enterprise rate (985.5 EUR) plus Windows.
    const Match &awsSmall = at(c, 1, u"aws"_s);
    QCOMPARE(awsSmall.licences[1].mode, u"included"_s);
    QCOMPARE(*awsSmall.licences[1].monthlyEur, money("985.5"));
    // Each provider starts from the whole entitlement: the big one is BYOL at AWS too.
    QCOMPARE(at(c, 0, u"aws"_s).licences[1].mode, u"byol"_s);

    // The pool on its own: consumption and what is left.
    licensing::EntitlementPool pool(estate.entitlements);
    const auto first = pool.allocate(*licensing::loadRules(), licensing::Product::SqlServerStandard,
                                     u"ovhcloud"_s, 6, 730, false, QDate(2026, 11, 29));
    QCOMPARE(first.consumed, 6); // Enterprise licences cover Standard
    QCOMPARE(pool.remaining(u"sql"_s), 10);
}

void TestLicenceLines::azureHybridBenefitCountsEightCoresPerVm()
{
    EstateInput estate;
    estate.workloads = {machine(u"a"_s, 4, u"windows"_s), machine(u"b"_s, 4, u"windows"_s),
                        machine(u"c"_s, 4, u"windows"_s)};
    estate.entitlements = {
        owned(u"ws"_s, licensing::Family::WindowsServer, u"standard"_s, 16, true)};
    const Comparison c = compareEstate(licenceCatalog(), estate, settings());
    // At least 8 core licences per VM: 16 cores cover two 4-vCPU VMs, not three.
    QCOMPARE(at(c, 0, u"azure"_s).licences[0].counted, 8);
    QCOMPARE(at(c, 0, u"azure"_s).licences[0].mode, u"byol"_s);
    QCOMPARE(at(c, 1, u"azure"_s).licences[0].mode, u"byol"_s);
    const Match &third = at(c, 2, u"azure"_s);
    QCOMPARE(third.licences[0].mode, u"included"_s);
    QCOMPARE(third.components.licence, money("120.888")); // 0.046 × 730 × 4 × 0.9
    // On OVHcloud (FVB, no minimum modelled) the same 16 cores cover all three.
    QCOMPARE(at(c, 2, u"ovhcloud"_s).licences[0].mode, u"byol"_s);
}

void TestLicenceLines::rhel()
{
    EstateInput estate;
    estate.workloads = {machine(u"r1"_s, 4, u"linux"_s, u"Red Hat Enterprise Linux 8"_s),
                        machine(u"r2"_s, 4, u"linux"_s, u"RHEL 9"_s)};
    Comparison c = compareEstate(licenceCatalog(), estate, settings());
    // AWS per-vCPU RHEL fee: 0.0144 × 730 × 4 = 42.048 USD = 37.8432 EUR (derived: unverified)
    const Match &aws = at(c, 0, u"aws"_s);
    QCOMPARE(aws.licences[0].product, u"rhel"_s);
    QCOMPARE(aws.components.licence, money("37.8432"));
    QVERIFY(!aws.verified);
    QVERIFY(at(c, 0, u"ovhcloud"_s).incomplete()); // no RHEL price known there
    // One Red Hat subscription (Cloud Access): one VM, everywhere; the second VM pays or misses.
    estate.entitlements = {owned(u"rh"_s, licensing::Family::Rhel, u"server"_s, 1, true)};
    c = compareEstate(licenceCatalog(), estate, settings());
    QCOMPARE(at(c, 0, u"ovhcloud"_s).licences[0].mode, u"byol"_s);
    QCOMPARE(at(c, 0, u"ovhcloud"_s).licences[0].counted, 1); // one subscription, not 4 cores
    QVERIFY(at(c, 0, u"ovhcloud"_s).licenceNote.contains(u"one subscription for this VM"_s));
    QVERIFY(!at(c, 0, u"ovhcloud"_s).incomplete());
    QVERIFY(at(c, 1, u"ovhcloud"_s).incomplete());
    QCOMPARE(at(c, 1, u"aws"_s).components.licence, money("37.8432"));
    // A lapsed subscription is not Cloud Access.
    estate.entitlements[0].softwareAssurance = false;
    c = compareEstate(licenceCatalog(), estate, settings());
    QVERIFY(at(c, 0, u"ovhcloud"_s).incomplete());
}

void TestLicenceLines::oracle()
{
    Workload db = machine(u"ledger"_s, 4, u"linux"_s);
    db.tags.insert(u"engine"_s, u"oracle"_s);
    EstateInput estate;
    estate.workloads = {db, db};
    estate.workloads[1].id = u"ledger2"_s;
    Comparison c = compareEstate(licenceCatalog(), estate, settings());
    // No licence-included Oracle on a VM anywhere: incomplete.
    QCOMPARE(at(c, 0, u"aws"_s).licences[0].mode, u"unpriced"_s);
    QCOMPARE(at(c, 0, u"aws"_s).licences[0].counted, 2); // 4 vCPU = 2 processor licences
    QVERIFY(at(c, 0, u"aws"_s).incomplete());
    // 2 Enterprise processor licences: the first VM on an authorized cloud (AWS), not the second.
    estate.entitlements = {
        owned(u"ora"_s, licensing::Family::OracleDatabase, u"enterprise"_s, 2, true)};
    c = compareEstate(licenceCatalog(), estate, settings());
    QCOMPARE(at(c, 0, u"aws"_s).licences[0].mode, u"byol"_s);
    QVERIFY(!at(c, 0, u"aws"_s).incomplete());
    QVERIFY(at(c, 1, u"aws"_s).incomplete());
    QVERIFY(at(c, 1, u"aws"_s).licenceNote.contains(u"0 left, 2 needed"_s));
    // OVHcloud shared VMs: the hosts' cores count, unknowable: a licence risk, never priced,
    // and the entitlement is not consumed.
    const Match &ovh = at(c, 0, u"ovhcloud"_s);
    QCOMPARE(ovh.licences[0].mode, u"risk"_s);
    QVERIFY(ovh.incomplete());
    QVERIFY(ovh.licences[0].entitlementId.isEmpty());
    // Standard Edition 2 licences do not cover Enterprise.
    estate.entitlements[0].edition = u"standard-2"_s;
    c = compareEstate(licenceCatalog(), estate, settings());
    QCOMPARE(at(c, 0, u"aws"_s).licences[0].mode, u"unpriced"_s);
}

void TestLicenceLines::detection()
{
    // Linux without a commercial product: no licence line at all.
    EstateInput estate;
    estate.workloads = {machine(u"web"_s, 4, u"linux"_s, u"Debian 12"_s)};
    const Comparison c = compareEstate(licenceCatalog(), estate, settings());
    QVERIFY(at(c, 0, u"aws"_s).licences.empty());
    QVERIFY(at(c, 0, u"aws"_s).licenceNote.isEmpty());
    QCOMPARE(at(c, 0, u"aws"_s).components.licence, Money());
    // SQL Server named by a tag on a Windows machine.
    Workload tagged = machine(u"app"_s, 4, u"windows"_s);
    tagged.tags.insert(u"database"_s, u"MSSQL 2019"_s);
    const std::vector<licensing::Product> needed = licensing::licencesNeeded(tagged);
    QCOMPARE(needed.size(), size_t(2));
    QCOMPARE(needed[1], licensing::Product::SqlServerStandard);
}

QTEST_GUILESS_MAIN(TestLicenceLines)
#include "TestLicenceLines.moc"
