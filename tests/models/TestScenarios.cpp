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

const SensitivityRow &caseOf(const std::vector<SensitivityRow> &rows, SensitivityCase kind)
{
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [kind](const SensitivityRow &r) { return r.kind == kind; });
    Q_ASSERT(it != rows.end());
    return *it;
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
    void commitmentExpiringMidHorizon();
    void unknownExpiryUsesTheAssumption();
    void commitmentsFromBillsKeepTheirExpiry();
    void sensitivityPricesAndEgress();
    void sensitivityPercentileResizesMeasuredWorkloadsOnly();
    void sensitivityIncompletePropagates();
    void sensitivityAssumptionsRoundTrip();

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

// Issue 6: today's commitments in the business case. Hand-computed:
// today 1000 €/month from the bills (amortised, commitments included); the scenario 600 €/month
// (compute 500, egress 100); one-off 10 person-days × 500 € + 1000 GB × 0.09 € = 5090 €; double
// run 2 months; start January 2026; horizon 3 years (36 months).
// Commitment A: 210 €/month, expires 2026-07-01 (stated): paid in months 1–6.
// Commitment B: 70 €/month, expiry unknown: assumption 12 months, paid in months 1–12.
// Discount assumed 30 %: on demand, A costs 210 ÷ 0.7 = 300 (+90), B 70 ÷ 0.7 = 100 (+30).
// Staying: months 1–6 1000; 7–12 1090; 13–36 1120 → 6000 + 6540 + 26880 = 39420.
// Scenario: m1 600 + 1000 + 5090 = 6690; m2 600 + 1000 = 1600; m3–6 600 + 280 = 880;
// m7–12 600 + 70 = 670; m13–36 600 → 6690 + 1600 + 3520 + 4020 + 14400 = 30230.
// Saving 9190. Commitments paid after the move: 4 × 280 + 6 × 70 = 1540 (A 840, B 700).
// On demand after expiry: A 30 × 90 = 2700, B 24 × 30 = 720 → 3420 (= 39420 − 36 × 1000).
// Payback: the gap (scenario − staying) is 5810 after month 6, shrinks by 420 a month to 3290
// after month 12, then by 520 a month: 170 after month 18, −350 after month 19 → month 19.
void TestScenarios::commitmentExpiringMidHorizon()
{
    Assumptions a;
    a.horizonYears = 3;
    a.migrationPersonDays = 10;
    a.dayRate = eur("500");
    a.dataToMoveGb = 1000;
    a.egressPerGbOld = eur("0.09");
    a.doubleRunMonths = 2;
    TcoInput in;
    in.todayMonthly = eur("1000");
    in.scenarioMonthly.compute = eur("500");
    in.scenarioMonthly.egress = eur("100");
    in.start = QDate(2026, 1, 1);
    in.commitments = {{u"sp-a"_s, u"A"_s, eur("210"), QDate(2026, 7, 1), false},
                      {u"ri-b"_s, u"B"_s, eur("70"), QDate(), false}};
    const Tco tco = totalCostOfOwnership(in, a);
    QCOMPARE(tco.months.size(), std::size_t(36));
    const std::vector<std::pair<int, const char *>> today = {
        {1, "1000"}, {6, "1000"}, {7, "1090"}, {12, "1090"}, {13, "1120"}, {36, "1120"}};
    for (const auto &[m, amount] : today) {
        QCOMPARE(tco.months[std::size_t(m - 1)].today, eur(amount));
    }
    const std::vector<std::pair<int, const char *>> scenario = {
        {1, "6690"}, {2, "1600"}, {3, "880"},  {6, "880"},
        {7, "670"},  {12, "670"}, {13, "600"}, {36, "600"}};
    for (const auto &[m, amount] : scenario) {
        QCOMPARE(tco.months[std::size_t(m - 1)].scenario, eur(amount));
    }
    QCOMPARE(tco.months[2].commitmentsAfterMove, eur("280"));
    QCOMPARE(tco.months[1].commitmentsAfterMove, eur("0")); // double run: in today's cost
    QCOMPARE(tco.months[6].todayOnDemand, eur("90"));
    QCOMPARE(tco.todayTotal, eur("39420"));
    QCOMPARE(tco.scenarioTotal, eur("30230"));
    QCOMPARE(tco.savingOverHorizon, eur("9190"));
    QCOMPARE(tco.commitmentsAfterMove, eur("1540"));
    QCOMPARE(tco.onDemandAfterExpiry, eur("3420"));
    QCOMPARE(tco.paybackMonth.value_or(-1), 19);
    QCOMPARE(tco.commitments.size(), std::size_t(2));
    QCOMPARE(tco.commitments[0].monthsPaid, 6);
    QVERIFY(!tco.commitments[0].expiryAssumed);
    QCOMPARE(tco.commitments[0].paidAfterMove, eur("840"));
    QCOMPARE(tco.commitments[0].onDemandAfterExpiry, eur("2700"));
    QCOMPARE(tco.commitments[1].monthsPaid, 12);
    QVERIFY(tco.commitments[1].expiryAssumed);
    QCOMPARE(tco.commitments[1].paidAfterMove, eur("700"));
    QCOMPARE(tco.runRateEgress, eur("3600"));
    QCOMPARE(tco.dataTransfer, eur("90"));
    // Data leaves the old provider: the Data Act note is there, with its source.
    QVERIFY(tco.notes.join(u' ').contains(u"https://eur-lex.europa.eu/eli/reg/2023/2854/oj"_s));
    // The scenario's own start wins over the month after the bills.
    a.start = QDate(2026, 4, 20);
    QCOMPARE(totalCostOfOwnership(in, a).commitments[0].monthsPaid, 3); // April, May, June
}

void TestScenarios::unknownExpiryUsesTheAssumption()
{
    Assumptions a;
    a.horizonYears = 3;
    a.unknownCommitmentMonths = 24;
    TcoInput in;
    in.todayMonthly = eur("1000");
    in.scenarioMonthly.compute = eur("600");
    in.start = QDate(2026, 1, 1);
    in.commitments = {{u"sp"_s, u"Savings plan"_s, eur("70"), QDate(), false}};
    const Tco tco = totalCostOfOwnership(in, a);
    QVERIFY(tco.commitments.front().expiryAssumed);
    QCOMPARE(tco.commitments.front().monthsPaid, 24);
    QCOMPARE(tco.commitmentsAfterMove, eur("1680")); // 24 × 70, no double run
    QCOMPARE(tco.onDemandAfterExpiry, eur("360"));   // 12 × 30
    // It says so, naming the commitment and the assumption.
    const QString notes = tco.notes.join(u' ');
    QVERIFY2(notes.contains(u"Savings plan"_s) && notes.contains(u"assumption"_s) &&
                 notes.contains(u"24"_s),
             qPrintable(notes));
    // Without a data transfer, no switching-charge note.
    QVERIFY(!notes.contains(u"2023/2854"_s));
    // Beyond the horizon: paid every month of it, never more.
    a.unknownCommitmentMonths = 60;
    QCOMPARE(totalCostOfOwnership(in, a).commitmentsAfterMove, eur("2520")); // 36 × 70
}

void TestScenarios::commitmentsFromBillsKeepTheirExpiry()
{
    // A commitment seen three months for 630 € effective: 210 € a month (the migration plan's
    // cost curve counts it the same way).
    Today today;
    today.monthlyEur = eur("1000");
    today.nextMonth = QDate(2026, 1, 1);
    today.commitments = {{u"ri"_s, u"RI"_s, eur("210"), QDate(2026, 3, 15), true}};
    ScenarioResult result;
    result.monthly.compute = eur("600");
    Assumptions a;
    a.horizonYears = 1;
    const Tco tco = totalCostOfOwnership(today, result, a);
    QCOMPARE(tco.start, QDate(2026, 1, 1));
    QCOMPARE(tco.commitments.front().monthsPaid, 3); // January, February, March (15th)
    QCOMPARE(tco.commitmentsAfterMove, eur("630"));
    QVERIFY(tco.notes.join(u' ').contains(u"term"_s)); // derived from start + term: said
}

// Sensitivity on the small catalog, every workload to "small" with an egress price added:
// A s-2-8 36.5 + 10, B s-4-16 73 + 5, C s-2-8 36.5 + 1: compute 146, storage 16; egress
// 1000 GB × 0.02 = 20: run-rate 182 €/month. Today 300 €/month, no commitment, no double run;
// data transfer 1000 GB × 0.05 = 50 €. Base TCO = 36 × 182 + 50 = 6602.
// Prices +10 %: +18.2 a month → +655.2 exactly (10 % of the 6552 of priced target components);
// −10 %: −655.2. Egress ×2: +20 a month and +50 once → +770 (the egress component, 720, and the
// transfer, 50, both doubled). No utilisation data: the percentile case is not applicable.
void TestScenarios::sensitivityPricesAndEgress()
{
    catalog::Catalog withEgress = m_catalog;
    catalog::Offer egress;
    egress.id = u"egress"_s;
    egress.kind = catalog::OfferKind::Egress;
    egress.region = u"par"_s;
    egress.price =
        catalog::Price{eur("0.02"),
                       u"EUR"_s,
                       catalog::PriceUnit::Gb,
                       std::nullopt,
                       false,
                       {u"https://example.org/prices"_s, QDate(2026, 2, 1), true, {}, {}, {}}};
    for (catalog::Provider &p : withEgress.providers) {
        if (p.id == u"small") {
            p.offers.push_back(egress);
        }
    }
    compare::CompareSettings settings = m_settings;
    settings.egressGbPerMonth = 1000;
    Scenario s;
    s.rules = {{u"any"_s, {}, u"small"_s, {}, {}}};
    s.assumptions.horizonYears = 3;
    s.assumptions.dataToMoveGb = 1000;
    s.assumptions.egressPerGbOld = eur("0.05");
    const ScenarioResult base = evaluate(s, withEgress, m_estate, settings);
    QCOMPARE(base.monthly.total(), eur("182"));
    QCOMPARE(base.monthly.egress, eur("20"));
    Today today;
    today.monthlyEur = eur("300");
    today.nextMonth = QDate(2026, 1, 1);
    const std::vector<SensitivityRow> rows =
        sensitivity(s, base, withEgress, m_estate, settings, today);
    QCOMPARE(rows.size(), std::size_t(5));
    QCOMPARE(caseOf(rows, SensitivityCase::Base).tco, eur("6602"));
    QCOMPARE(caseOf(rows, SensitivityCase::Base).delta, eur("0"));
    QCOMPARE(caseOf(rows, SensitivityCase::PricesUp).delta, eur("655.2"));
    QCOMPARE(caseOf(rows, SensitivityCase::PricesDown).delta, eur("-655.2"));
    QCOMPARE(caseOf(rows, SensitivityCase::Egress).delta, eur("770"));
    const SensitivityRow &p = caseOf(rows, SensitivityCase::Percentile);
    QVERIFY(!p.applicable);
    QCOMPARE(p.reason, u"not applicable: no utilisation data"_s);
    QCOMPARE(p.tco, eur("0")); // no fake figure
    for (const SensitivityRow &r : rows) {
        QVERIFY(!r.incomplete);
        QVERIFY2(r.assumption.contains(u"assumption"_s) || r.kind == SensitivityCase::Base ||
                     !r.applicable,
                 qPrintable(r.assumption));
    }
    // Payback: 300 − 182 = 118 a month saved, 50 € one-off: month 1 (232 ≤ 300).
    QCOMPARE(caseOf(rows, SensitivityCase::Base).paybackMonth.value_or(-1), 1);

    // The factors are the scenario's assumptions: ±5 % and egress ×3.
    s.assumptions.sensitivityPercent = eur("5");
    s.assumptions.egressMultiplier = eur("3");
    const std::vector<SensitivityRow> other =
        sensitivity(s, base, withEgress, m_estate, settings, today);
    QCOMPARE(caseOf(other, SensitivityCase::PricesUp).delta, eur("327.6"));
    QCOMPARE(caseOf(other, SensitivityCase::Egress).delta, eur("1540")); // 2 × 770
    QVERIFY(caseOf(other, SensitivityCase::PricesUp).label.contains(u"5"_s));
    // Without bills there is no cost of ownership to vary.
    QVERIFY(sensitivity(s, base, withEgress, m_estate, settings, std::nullopt).empty());
}

// Performance sizing (comfort 1.3). A measured: P95 40 % → 2 × 0.4 × 1.3 = 1.04 vCPU, 4.16 GiB:
// s-2-8; P99 90 % → 2.34 vCPU, 9.36 GiB: s-4-16 (+36.5 €/month compute). B and C unmeasured:
// as allocated whatever the percentile. Over 3 years the P99 case costs 36 × 36.5 = 1314 more.
void TestScenarios::sensitivityPercentileResizesMeasuredWorkloadsOnly()
{
    compare::EstateInput estate = m_estate;
    UtilisationRecord u;
    u.workloadId = u"A"_s;
    u.cpuP95 = 40;
    u.cpuP99 = 90;
    u.memP95 = 40;
    u.memP99 = 90;
    estate.utilisation.insert(u"A"_s, u);
    compare::CompareSettings settings = m_settings;
    settings.sizing = compare::SizingMode::Performance;
    settings.percentile = 95;
    Scenario s;
    s.rules = {{u"any"_s, {}, u"small"_s, {}, {}}};
    const ScenarioResult base = evaluate(s, m_catalog, estate, settings);
    compare::CompareSettings p99 = settings;
    p99.percentile = 99;
    const ScenarioResult resized = evaluate(s, m_catalog, estate, p99);
    const auto offerOf = [](const ScenarioResult &r, const QString &id) {
        for (const PlacedWorkload &p : r.placed) {
            if (p.workloadId == id) {
                return p.match.offerId;
            }
        }
        return QString();
    };
    QCOMPARE(offerOf(base, u"A"_s), u"s-2-8"_s);
    QCOMPARE(offerOf(resized, u"A"_s), u"s-4-16"_s);
    QCOMPARE(offerOf(base, u"B"_s), offerOf(resized, u"B"_s));
    QCOMPARE(offerOf(base, u"C"_s), offerOf(resized, u"C"_s));
    Today today;
    today.monthlyEur = eur("300");
    today.nextMonth = QDate(2026, 1, 1);
    const std::vector<SensitivityRow> rows =
        sensitivity(s, base, m_catalog, estate, settings, today);
    const SensitivityRow &p = caseOf(rows, SensitivityCase::Percentile);
    QVERIFY(p.applicable);
    QCOMPARE(p.delta, eur("1314"));
    QVERIFY2(p.assumption.contains(u"P99"_s) && p.assumption.contains(u"P95"_s),
             qPrintable(p.assumption));
}

void TestScenarios::sensitivityIncompletePropagates()
{
    // B goes to "nostore", whose storage has no sourced price: every case is incomplete.
    Scenario s;
    s.rules = {{u"application"_s, u"web"_s, u"nostore"_s, {}, {}},
               {u"any"_s, {}, u"small"_s, {}, {}}};
    const ScenarioResult base = evaluate(s, m_catalog, m_estate, m_settings);
    QVERIFY(base.incomplete);
    Today today;
    today.monthlyEur = eur("300");
    today.nextMonth = QDate(2026, 1, 1);
    for (const SensitivityRow &r : sensitivity(s, base, m_catalog, m_estate, m_settings, today)) {
        QVERIFY(!r.applicable || r.incomplete);
    }
    // Complete prices, but today's bills miss a currency rate: incomplete too.
    s.rules = {{u"any"_s, {}, u"small"_s, {}, {}}};
    const ScenarioResult complete = evaluate(s, m_catalog, m_estate, m_settings);
    QVERIFY(!complete.incomplete);
    today.incomplete = true;
    const std::vector<SensitivityRow> rows =
        sensitivity(s, complete, m_catalog, m_estate, m_settings, today);
    QVERIFY(caseOf(rows, SensitivityCase::PricesUp).incomplete);
    today.incomplete = false;
    QVERIFY(!caseOf(sensitivity(s, complete, m_catalog, m_estate, m_settings, today),
                    SensitivityCase::PricesUp)
                 .incomplete);
}

void TestScenarios::sensitivityAssumptionsRoundTrip()
{
    Scenario s;
    s.id = u"x"_s;
    s.assumptions.start = QDate(2026, 3, 1);
    s.assumptions.unknownCommitmentMonths = 18;
    s.assumptions.commitmentDiscountPercent = eur("27.5");
    s.assumptions.sensitivityPercent = eur("15");
    s.assumptions.egressMultiplier = eur("2.5");
    s.assumptions.sensitivityPercentile = 100;
    QVERIFY(scenariosFromJson(scenariosToJson({s})).front() == s);
    // Older stored scenarios have none of these keys: the defaults.
    const Scenario old = scenariosFromJson(u"[{\"id\":\"y\",\"assumptions\":{}}]"_s).front();
    QCOMPARE(old.assumptions.unknownCommitmentMonths, 12);
    QCOMPARE(old.assumptions.sensitivityPercent, eur("10"));
    QCOMPARE(old.assumptions.egressMultiplier, eur("2"));
    QCOMPARE(old.assumptions.sensitivityPercentile, 99);
    QVERIFY(!old.assumptions.start.isValid());
}

QTEST_GUILESS_MAIN(TestScenarios)
#include "TestScenarios.moc"
