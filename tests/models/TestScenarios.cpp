// Business-case scenarios: rule precedence, unplaced workloads, terms, and the TCO against
// hand-computed cases (worked out in the comments), on the small fixed catalog of
// tests/data/compare/catalog (small: s-2-8 0.05 €/h, s-4-16 0.10 €/h, disk 0.10 €/GB-month;
// nostore: n-4-16 0.20 $/h, no storage price; 1 EUR = 1.25 USD).
#include "models/catalog/Catalog.h"
#include "models/scenarios/Scenario.h"

#include <QTest>

using namespace boussole;
using namespace boussole::scenarios;
using namespace Qt::StringLiterals;

namespace {

Workload vm(const QString &id, const QString &app, double vcpu, double mem, double storage,
            const QString &dataClass = {})
{
    Workload w;
    w.id = id;
    w.name = id;
    w.kind = u"vm"_s;
    w.application = app;
    w.vcpu = vcpu;
    w.memoryGib = mem;
    w.storageGib = storage;
    w.osFamily = u"linux"_s;
    w.powerState = u"on"_s;
    w.environment = u"prod"_s;
    w.dataClass = dataClass;
    return w;
}

Money eur(const char *text)
{
    return Money::parse(QString::fromLatin1(text), {MoneyDecimalSeparator::Dot}).value();
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rulePrecedenceAndUnplaced();
    void pricesPerRuleAndIncomplete();
    void termsDiscountCompute();
    void regionAndFamilyRestrictions();
    void jsonRoundTrip();
    void tcoAndPayback();
    void noPaybackWhenDearer();

private:
    catalog::Catalog m_catalog;
    compare::EstateInput m_estate;
    compare::CompareSettings m_settings;
};

void TestScenarios::initTestCase()
{
    Result<catalog::Catalog> loaded =
        catalog::loadCatalog(QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/compare/catalog"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    m_catalog = std::move(loaded.value());
    m_estate.workloads = {vm(u"A"_s, u"erp"_s, 2, 8, 100, u"health"_s),
                          vm(u"B"_s, u"web"_s, 4, 16, 50), vm(u"C"_s, u"lab"_s, 2, 8, 10)};
    m_settings.regions = compare::RegionPolicy::Any;
}

void TestScenarios::rulePrecedenceAndUnplaced()
{
    Scenario s;
    s.rules = {{u"data-class"_s, u"health"_s, u"small"_s, {}, {}},
               {u"application"_s, u"erp"_s, u"nostore"_s, {}, {}}, // never reached for A
               {u"application"_s, u"web"_s, u"nostore"_s, {}, {}}};
    QCOMPARE(placingRule(s, m_estate.workloads[0]), 0); // first matching rule wins
    QCOMPARE(placingRule(s, m_estate.workloads[1]), 2);
    QCOMPARE(placingRule(s, m_estate.workloads[2]), -1);
    const ScenarioResult r = evaluate(s, m_catalog, m_estate, m_settings);
    QCOMPARE(r.unplaced.size(), std::size_t(1));
    QCOMPARE(r.unplaced.front().first, u"C"_s); // listed, never dropped silently
    QCOMPARE(r.placed.size(), std::size_t(2));
    s.rules.push_back({u"any"_s, {}, u"small"_s, {}, {}});
    QCOMPARE(placingRule(s, m_estate.workloads[2]), 3);
}

void TestScenarios::pricesPerRuleAndIncomplete()
{
    Scenario s;
    s.rules = {{u"application"_s, u"erp"_s, u"small"_s, {}, {}},
               {u"application"_s, u"web"_s, u"nostore"_s, {}, {}}};
    const ScenarioResult r = evaluate(s, m_catalog, m_estate, m_settings);
    // A on small: s-2-8 0.05 × 730 = 36.5 € + 100 GB × 0.10 = 10 €.
    // B on nostore: n-4-16 0.20 $ × 730 = 146 $ = 116.8 €; its 50 GB have no sourced price.
    QCOMPARE(r.monthly.compute, eur("153.3"));
    QCOMPARE(r.monthly.storage, eur("10"));
    QVERIFY(r.incomplete);
    QCOMPARE(r.unpricedCount, 1);
    QVERIFY2(r.missing.contains(u"storage (nostore)"_s), qPrintable(r.missing.join(u", "_s)));
}

void TestScenarios::termsDiscountCompute()
{
    Scenario s;
    s.rules = {{u"application"_s, u"erp"_s, u"small"_s, {}, {}}};
    s.terms = {{u"small"_s, 3, eur("20"), u"assumption"_s}};
    const ScenarioResult r = evaluate(s, m_catalog, m_estate, m_settings);
    QCOMPARE(r.monthly.compute, eur("29.2")); // 36.5 × 0.8
    QCOMPARE(r.monthly.storage, eur("10"));   // the term discounts compute only
    QVERIFY(!r.incomplete);
    // Sensitivity: prices +10 %.
    s.assumptions.priceFactor = eur("1.1");
    const ScenarioResult dearer = evaluate(s, m_catalog, m_estate, m_settings);
    QCOMPARE(dearer.monthly.compute, eur("32.12")); // 29.2 × 1.1
    QCOMPARE(dearer.monthly.storage, eur("11"));
}

void TestScenarios::regionAndFamilyRestrictions()
{
    Scenario s;
    s.rules = {{u"application"_s, u"web"_s, u"small"_s, u"par"_s, u"nofamily"_s}};
    const ScenarioResult r = evaluate(s, m_catalog, m_estate, m_settings);
    QCOMPARE(r.placed.size(), std::size_t(0));
    QCOMPARE(r.unmatched.size(), std::size_t(1)); // placed, but nothing eligible: says why
    QVERIFY(!r.unmatched.front().second.isEmpty());
    QVERIFY(r.incomplete);
    s.rules.front().family = u"s"_s;
    QCOMPARE(evaluate(s, m_catalog, m_estate, m_settings).placed.front().match.offerId,
             u"s-4-16"_s);
}

void TestScenarios::jsonRoundTrip()
{
    Scenario s;
    s.id = u"0193-x"_s;
    s.name = u"Tout OVHcloud"_s;
    s.target = true;
    s.rules = {{u"tag:criticite"_s, u"haute"_s, u"ovhcloud"_s, u"GRA"_s, u"b3"_s}};
    s.terms = {{u"ovhcloud"_s, 1, eur("12.5"), u"devis"_s}};
    s.assumptions.horizonYears = 5;
    s.assumptions.dayRate = eur("650");
    s.assumptions.migrationPersonDays = 40;
    s.assumptions.priceFactor = eur("0.9");
    const std::vector<Scenario> back = scenariosFromJson(scenariosToJson({s}));
    QCOMPARE(back.size(), std::size_t(1));
    QVERIFY(back.front() == s);
}

void TestScenarios::tcoAndPayback()
{
    // Today 1000 €/month; the scenario 600 €/month; one-off 10 person-days × 500 € + 1000 GB ×
    // 0.09 € = 5090 €; both platforms paid during 2 months.
    // Month 1: 600 + 1000 + 5090 = 6690 (today 1000); month 2: 1600 (today 1000).
    // After month 2: 8290 against 2000, then 400 € saved each month: month 17 gives 17290 against
    // 17000, month 18 gives 17890 against 18000: payback in month 18.
    // Over 3 years: 36000 − (8290 + 34 × 600 = 28690) = 7310 € saved.
    Assumptions a;
    a.horizonYears = 3;
    a.migrationPersonDays = 10;
    a.dayRate = eur("500");
    a.dataToMoveGb = 1000;
    a.egressPerGbOld = eur("0.09");
    a.doubleRunMonths = 2;
    const Tco tco = totalCostOfOwnership(eur("1000"), eur("600"), a);
    QCOMPARE(tco.oneOff, eur("5090"));
    QCOMPARE(tco.months.size(), std::size_t(36));
    QCOMPARE(tco.months[0].scenario, eur("6690"));
    QCOMPARE(tco.months[1].scenario, eur("1600"));
    QCOMPARE(tco.months[2].scenario, eur("600"));
    QCOMPARE(tco.paybackMonth.value_or(-1), 18);
    QCOMPARE(tco.savingOverHorizon, eur("7310"));
}

void TestScenarios::noPaybackWhenDearer()
{
    Assumptions a;
    a.horizonYears = 3;
    const Tco tco = totalCostOfOwnership(eur("500"), eur("650"), a);
    QVERIFY(!tco.paybackMonth);
    QCOMPARE(tco.savingOverHorizon, eur("-5400")); // 36 × −150
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "TestScenarios.moc"
