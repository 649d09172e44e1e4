// The licence line: hand-computed cases from resources/licensing/licensing.yaml's figures.
#include "models/licensing/Licensing.h"

#include <QTest>

using namespace boussole;
using namespace boussole::licensing;
using namespace Qt::StringLiterals;

class TestLicensing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void embeddedRulesAreSourced();
    void windowsLicenceIncluded();
    void windowsBroughtByTheCustomer();
    void windowsOnListedProviders();
    void azureHybridBenefitCountsEightCores();
    void sqlServerStandardOnAws();
    void unknownPriceIsIncomplete();
    void oracle();
    void licencesNeeded();

private:
    Rules m_rules;
};

void TestLicensing::initTestCase()
{
    Result<Rules> rules = loadRules();
    QVERIFY2(rules, qPrintable(rules ? QString() : rules.error().toString()));
    m_rules = std::move(rules.value());
}

void TestLicensing::embeddedRulesAreSourced()
{
    QVERIFY(m_rules.rates.size() >= 8);
    QVERIFY(m_rules.byol.size() >= 8);
    for (const Rate &rate : m_rules.rates) {
        QVERIFY(!rate.source.url.isEmpty());
        QVERIFY(rate.source.date.isValid());
        QVERIFY(!rate.derived || !rate.source.verified); // arithmetic is never "verified"
        QVERIFY(rate.currency == u"USD" || rate.currency == u"EUR");
    }
    for (const ByolRule &rule : m_rules.byol) {
        QVERIFY(!rule.rule.isEmpty());
        QVERIFY(rule.source.date.isValid());
    }
    QVERIFY(m_rules.listedProviders.contains(u"aws"_s));
    QVERIFY(!m_rules.listedProviders.contains(u"ovhcloud"_s));
}

void TestLicensing::windowsLicenceIncluded()
{
    // 0.046 $/vCPU-h × 730 h × 4 vCPU = 134.32 $
    const LicenceLine line = licenceLine(m_rules, {Product::WindowsServer, u"aws"_s, 4, 730});
    QCOMPARE(line.mode, Mode::Included);
    QCOMPARE(line.monthly->toString(), u"134.32"_s);
    QCOMPARE(line.currency, u"USD"_s);
    QVERIFY(line.source.verified);
    // Scaleway: 0.0542 €/vCPU-h × 730 × 2 = 79.132 €, derived hence unverified
    const LicenceLine scaleway =
        licenceLine(m_rules, {Product::WindowsServer, u"scaleway"_s, 2, 730});
    QCOMPARE(scaleway.monthly->toString(), u"79.132"_s);
    QCOMPARE(scaleway.currency, u"EUR"_s);
    QVERIFY(!scaleway.source.verified);
    // A fractional vCPU count is a whole vCPU for licences.
    QCOMPARE(licenceLine(m_rules, {Product::WindowsServer, u"aws"_s, 1.5, 730}).monthly->toString(),
             u"67.16"_s);
}

void TestLicensing::windowsBroughtByTheCustomer()
{
    Entitlement sa;
    sa.softwareAssurance = true;
    // Flexible Virtualization Benefit at a non-listed outsourcer.
    const LicenceLine byol =
        licenceLine(m_rules, {Product::WindowsServer, u"ovhcloud"_s, 4, 730, false, sa});
    QCOMPARE(byol.mode, Mode::Byol);
    QCOMPARE(*byol.monthly, Money());
    QVERIFY(byol.explanation.contains(u"Flexible Virtualization Benefit"_s));
    // Without Software Assurance the licence cannot go there, and OVHcloud's price is not known.
    const LicenceLine noSa =
        licenceLine(m_rules, {Product::WindowsServer, u"ovhcloud"_s, 4, 730, false, Entitlement{}});
    QCOMPARE(noSa.mode, Mode::Unpriced);
    QVERIFY(noSa.incomplete());
    QVERIFY(!noSa.monthly);
}

void TestLicensing::windowsOnListedProviders()
{
    Entitlement sa;
    sa.softwareAssurance = true;
    // SA is not enough on a Listed Provider's shared tenancy: the licence-included price applies.
    const LicenceLine shared =
        licenceLine(m_rules, {Product::WindowsServer, u"aws"_s, 4, 730, false, sa});
    QCOMPARE(shared.mode, Mode::Included);
    QCOMPARE(shared.monthly->toString(), u"134.32"_s);
    // Perpetual licences bought before 2019-10-01, on a dedicated host: allowed.
    Entitlement old;
    old.perpetualBefore2019_10_01 = true;
    QCOMPARE(licenceLine(m_rules, {Product::WindowsServer, u"aws"_s, 4, 730, true, old}).mode,
             Mode::Byol);
    QCOMPARE(licenceLine(m_rules, {Product::WindowsServer, u"aws"_s, 4, 730, false, old}).mode,
             Mode::Included);
}

void TestLicensing::azureHybridBenefitCountsEightCores()
{
    Entitlement sa;
    sa.softwareAssurance = true;
    const LicenceLine line =
        licenceLine(m_rules, {Product::WindowsServer, u"azure"_s, 2, 730, false, sa});
    QCOMPARE(line.mode, Mode::Byol);
    QCOMPARE(line.licencesCounted, 8);
}

void TestLicensing::sqlServerStandardOnAws()
{
    // 0.120 $/vCPU-h × 730 × 4 = 350.40 $, derived (0.166 − 0.046) so unverified
    const LicenceLine line = licenceLine(m_rules, {Product::SqlServerStandard, u"aws"_s, 4, 730});
    QCOMPARE(line.monthly->toString(), u"350.4"_s);
    QVERIFY(!line.source.verified);
    Entitlement sa;
    sa.softwareAssurance = true;
    // License Mobility through SA on a Listed Provider.
    QCOMPARE(licenceLine(m_rules, {Product::SqlServerStandard, u"aws"_s, 4, 730, false, sa}).mode,
             Mode::Byol);
}

void TestLicensing::unknownPriceIsIncomplete()
{
    const LicenceLine line =
        licenceLine(m_rules, {Product::SqlServerEnterprise, u"hetzner"_s, 8, 730});
    QCOMPARE(line.mode, Mode::Unpriced);
    QVERIFY(line.incomplete());
    QVERIFY(!line.monthly); // never 0
}

void TestLicensing::oracle()
{
    // Authorized cloud: 6 vCPU = 3 processor licences (EE), unpriced without the customer's own.
    const LicenceLine aws = licenceLine(m_rules, {Product::OracleEnterprise, u"aws"_s, 6, 730});
    QCOMPARE(aws.mode, Mode::Unpriced);
    QCOMPARE(aws.licencesCounted, 3);
    Entitlement owned;
    owned.oracleLicences = true;
    const LicenceLine byol =
        licenceLine(m_rules, {Product::OracleEnterprise, u"gcp"_s, 6, 730, false, owned});
    QCOMPARE(byol.mode, Mode::Byol);
    QCOMPARE(byol.licencesCounted, 3);
    // SE2: up to 4 vCPU = 1 socket, at most 8 vCPU.
    QCOMPARE(licenceLine(m_rules, {Product::OracleStandard2, u"azure"_s, 6, 730, false, owned})
                 .licencesCounted,
             2);
    QCOMPARE(licenceLine(m_rules, {Product::OracleStandard2, u"azure"_s, 12, 730}).mode,
             Mode::NotAllowed);
    // Shared VMs outside the authorized clouds cannot be sized.
    const LicenceLine risk =
        licenceLine(m_rules, {Product::OracleEnterprise, u"scaleway"_s, 4, 730, false, owned});
    QCOMPARE(risk.mode, Mode::Risk);
    QVERIFY(risk.incomplete());
}

void TestLicensing::licencesNeeded()
{
    Workload w;
    w.osFamily = u"windows"_s;
    w.osEdition = u"Windows Server 2019 Datacenter"_s;
    w.name = u"sql-erp-01"_s;
    w.tags.insert(u"engine"_s, u"SQL Server 2019 Enterprise"_s);
    const std::vector<Product> needed = licensing::licencesNeeded(w);
    QCOMPARE(needed.size(), std::size_t(2));
    QCOMPARE(needed[0], Product::WindowsServer);
    QCOMPARE(needed[1], Product::SqlServerEnterprise);
    Workload linux;
    linux.osFamily = u"linux"_s;
    linux.osEdition = u"Ubuntu 22.04"_s;
    QVERIFY(licensing::licencesNeeded(linux).empty());
    linux.osEdition = u"Red Hat Enterprise Linux 9"_s;
    QCOMPARE(licensing::licencesNeeded(linux), std::vector<Product>{Product::Rhel});
}

QTEST_GUILESS_MAIN(TestLicensing)
#include "TestLicensing.moc"
