// The on-premises cost model (issue 6): today's run-rate = the bills + the model applied to the
// running, non-duplicate, non-template workloads the bills do not cover; a placement rule to
// "on-premises" priced with the same model; undo of a model edit; the YAML section. Figures are
// hand-computed in the comments. Model used: 10 €/vCPU, 2 €/GiB, 0.05 €/GB, fixed 1000 €.
#include "models/catalog/Catalog.h"
#include "models/commands/SetOnPremisesCommand.h"
#include "models/costs/CostData.h"
#include "models/importers/ImportService.h"
#include "models/scenarios/Scenario.h"
#include "models/storage/ProjectFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace boussole;
using namespace boussole::scenarios;
using namespace Qt::StringLiterals;

namespace {

Money eur(const char *text)
{
    return Money::parse(QString::fromLatin1(text), {MoneyDecimalSeparator::Dot}).value();
}

Workload vm(const QString &id, const QString &app, std::optional<double> vcpu, double mem,
            double storage)
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
    return w;
}

OnPremisesModel model()
{
    OnPremisesModel m;
    m.perVcpu = {eur("10"), u"assumption"_s};
    m.perGibMemory = {eur("2"), {}};
    m.perGbStorage = {eur("0.05"), {}};
    m.fixedMonthly = {eur("1000"), u"illustrative"_s};
    return m;
}

} // namespace

class TestOnPremises : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notSetBehavesAsToday();
    void todayIsBillsPlusModel();
    void likeForLikeOnceTheModelIsSet();
    void unknownSizeMakesItIncomplete();
    void missingRateMakesItIncomplete();
    void containersRideOnTheirNodes();
    void ruleToOnPremises();
    void ruleToOnPremisesWithoutModel();
    void jsonRoundTripAndUndo();
    void yamlSection();

private:
    catalog::Catalog m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::optional<CostData> m_bills;
    compare::EstateInput m_estate; // the bill's 3 derived workloads + 5 by hand
};

void TestOnPremises::initTestCase()
{
    Result<catalog::Catalog> loaded =
        catalog::loadCatalog(QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/compare/catalog"));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    m_catalog = std::move(loaded.value());
    Result<std::unique_ptr<Project>> created =
        Project::create(m_dir.filePath(u"p.boussole"_s), u"P"_s);
    QVERIFY(created);
    m_project = std::move(created.value());
    QVERIFY(importFile(*m_project, QStringLiteral(BOUSSOLE_SOURCE_DIR
                                                  "/tests/data/bills/focus/focus-1.2-aws.csv")));
    Result<CostData> bills = CostData::load(*m_project);
    QVERIFY(bills);
    m_bills = std::move(bills.value());
    QCOMPARE(m_bills->monthlyByWorkload().size(), std::size_t(3));
    m_estate.workloads = m_project->workloads(); // the 3 the bill describes
    Workload off = vm(u"OFF"_s, u"lab"_s, 8, 32, 500);
    off.powerState = u"off"_s;
    Workload tpl = vm(u"TPL"_s, u"lab"_s, 8, 32, 500);
    tpl.isTemplate = true;
    Workload dup = vm(u"DUP"_s, u"lab"_s, 8, 32, 500);
    dup.duplicateOf = u"P1"_s;
    for (Workload w :
         {vm(u"P1"_s, u"erp"_s, 2, 8, 100), vm(u"P2"_s, u"web"_s, 4, 16, 50), off, tpl, dup}) {
        m_estate.workloads.push_back(std::move(w));
    }
}

void TestOnPremises::notSetBehavesAsToday()
{
    const std::optional<Today> before = todayFromBills(*m_bills, m_catalog);
    const std::optional<Today> after = todayFromBills(*m_bills, m_catalog, m_estate, {});
    QVERIFY(before && after);
    QCOMPARE(after->monthlyEur, before->monthlyEur);
    QCOMPARE(after->workloadsCovered, 3);
    QVERIFY(!after->onPremises);
    // Without bills and without a model: no today at all, as before.
    QVERIFY(!todayFromBills(CostData(), m_catalog, m_estate, {}));
}

void TestOnPremises::todayIsBillsPlusModel()
{
    const std::optional<Today> bills = todayFromBills(*m_bills, m_catalog);
    const std::optional<Today> today = todayFromBills(*m_bills, m_catalog, m_estate, model());
    QVERIFY(bills && today);
    // P1: 2 × 10 + 8 × 2 + 100 × 0.05 = 41; P2: 4 × 10 + 16 × 2 + 50 × 0.05 = 74.5; fixed 1000.
    // OFF (powered off), TPL (template), DUP (duplicate) are left out: 1115.5 a month.
    QVERIFY(today->onPremises);
    QCOMPARE(today->onPremises->monthly.compute, eur("108"));
    QCOMPARE(today->onPremises->monthly.storage, eur("7.5"));
    QCOMPARE(today->onPremises->monthly.platform, eur("1000"));
    QCOMPARE(today->onPremises->monthly.total(), eur("1115.5"));
    QCOMPARE(today->monthlyEur, bills->monthlyEur + eur("1115.5"));
    QCOMPARE(today->billsMonthlyEur, bills->monthlyEur);
    QCOMPARE(today->workloadsCovered, 5); // 3 by the bills + 2 by the model
    QCOMPARE(today->billsWorkloads, 3);
    QCOMPARE(today->onPremises->workloadIds, (QStringList{u"P1"_s, u"P2"_s}));
    QCOMPARE(today->incomplete, bills->incomplete);
    // Without bills: the model alone.
    const std::optional<Today> alone = todayFromBills(CostData(), m_catalog, m_estate, model());
    QVERIFY(alone);
    // The bill's 3 workloads have no bill now: each costed by its size too.
    QCOMPARE(alone->workloadsCovered, 5);
    QVERIFY(alone->monthlyEur > eur("1115.5"));
}

void TestOnPremises::likeForLikeOnceTheModelIsSet()
{
    Scenario s;
    s.rules = {{u"any"_s, {}, u"small"_s, {}, {}}};
    compare::CompareSettings settings;
    settings.regions = compare::RegionPolicy::Any;
    const ScenarioResult result = evaluate(s, m_catalog, m_estate, settings, model());
    const int placed = int(result.placed.size());
    QVERIFY(placed >= 2);
    const auto likeForLike = [placed](const std::optional<Today> &t) {
        return t && t->workloadsCovered >= placed && !t->incomplete;
    };
    const std::optional<Today> bills = todayFromBills(*m_bills, m_catalog, m_estate, {});
    QVERIFY(bills && !bills->incomplete);
    QVERIFY(bills->workloadsCovered < placed || placed <= 3);
    const std::optional<Today> both = todayFromBills(*m_bills, m_catalog, m_estate, model());
    QVERIFY(likeForLike(both));
    QVERIFY(!likeForLike(bills));
}

void TestOnPremises::unknownSizeMakesItIncomplete()
{
    compare::EstateInput estate;
    estate.workloads = {vm(u"P1"_s, u"erp"_s, 2, 8, 100), vm(u"U"_s, u"x"_s, std::nullopt, 4, 10)};
    const std::optional<Today> today = todayFromBills(CostData(), m_catalog, estate, model());
    QVERIFY(today && today->onPremises);
    QVERIFY(today->incomplete);
    QVERIFY(today->onPremises->incomplete());
    QCOMPARE(today->onPremises->unknownSize, QStringList{u"U"_s});
    // Never 0 and never cheaper than what is known: P1 41 + U's memory and storage 8 + 0.5,
    // fixed 1000.
    QCOMPARE(today->monthlyEur, eur("1049.5"));
    QVERIFY(today->notes.join(u' ').contains(u"U"_s));
}

void TestOnPremises::missingRateMakesItIncomplete()
{
    OnPremisesModel m = model();
    m.perGbStorage.eur.reset();
    compare::EstateInput estate;
    estate.workloads = {vm(u"P1"_s, u"erp"_s, 2, 8, 100)};
    const std::optional<Today> today = todayFromBills(CostData(), m_catalog, estate, m);
    QVERIFY(today && today->incomplete);
    QCOMPARE(today->onPremises->missingRates, QStringList{u"storage"_s});
}

// A container whose cluster has a node in the estate counts as covered at no extra cost (the
// node carries it); one with no node is costed by its size.
void TestOnPremises::containersRideOnTheirNodes()
{
    Workload node = vm(u"N"_s, u"k8s"_s, 4, 16, 0);
    node.kind = u"kubernetes-node"_s;
    node.cluster = u"c1"_s;
    Workload onNode = vm(u"K1"_s, u"app"_s, 1, 2, 0);
    onNode.kind = u"container"_s;
    onNode.cluster = u"c1"_s;
    Workload alone = vm(u"K2"_s, u"app"_s, 1, 2, 0);
    alone.kind = u"container"_s;
    alone.cluster = u"c2"_s;
    compare::EstateInput estate;
    estate.workloads = {node, onNode, alone};
    const std::optional<Today> today = todayFromBills(CostData(), m_catalog, estate, model());
    QVERIFY(today && today->onPremises);
    // N: 4 × 10 + 16 × 2 = 72; K2: 1 × 10 + 2 × 2 = 14; K1 on N: 0; fixed 1000.
    QCOMPARE(today->monthlyEur, eur("1086"));
    QCOMPARE(today->onPremises->containersOnNodes, 1);
    QCOMPARE(today->workloadsCovered, 3);
}

void TestOnPremises::ruleToOnPremises()
{
    compare::EstateInput estate;
    estate.workloads = {vm(u"A"_s, u"erp"_s, 2, 8, 100), vm(u"B"_s, u"web"_s, 4, 16, 50),
                        vm(u"C"_s, u"lab"_s, 2, 8, 10)};
    compare::CompareSettings settings;
    settings.regions = compare::RegionPolicy::Any;
    Scenario s;
    s.rules = {{u"application"_s, u"erp"_s, QString::fromLatin1(kOnPremisesProvider), {}, {}},
               {u"any"_s, {}, u"small"_s, {}, {}}};
    const ScenarioResult r = evaluate(s, m_catalog, estate, settings, model());
    // A kept on site: 2 × 10 + 8 × 2 = 36 compute, 100 × 0.05 = 5 storage, the datacentre's
    // 1000 once (platform). B on small: s-4-16 0.10 × 730 = 73 + 50 × 0.10 = 5; C: s-2-8 36.5 + 1.
    QCOMPARE(r.placed.size(), std::size_t(3));
    QVERIFY(r.unmatched.empty());
    QCOMPARE(r.monthly.compute, eur("145.5"));
    QCOMPARE(r.monthly.storage, eur("11"));
    QCOMPARE(r.monthly.platform, eur("1000"));
    QVERIFY(!r.incomplete);
    const auto a = std::find_if(r.placed.begin(), r.placed.end(),
                                [](const PlacedWorkload &p) { return p.workloadId == u"A"_s; });
    QVERIFY(a != r.placed.end());
    QCOMPARE(a->provider, QString::fromLatin1(kOnPremisesProvider));
    QCOMPARE(a->match.monthly(), eur("41"));

    // Every workload kept on site: the scenario costs what today's model says (no bill here).
    Scenario keep;
    keep.rules = {{u"any"_s, {}, QString::fromLatin1(kOnPremisesProvider), {}, {}}};
    const ScenarioResult all = evaluate(keep, m_catalog, estate, settings, model());
    const std::optional<Today> today = todayFromBills(CostData(), m_catalog, estate, model());
    QVERIFY(today);
    QCOMPARE(all.monthly.total(), today->monthlyEur); // 41 + 74.5 + 36.5 + 1000 = 1152
    QCOMPARE(all.monthly.total(), eur("1152"));
}

void TestOnPremises::ruleToOnPremisesWithoutModel()
{
    compare::EstateInput estate;
    estate.workloads = {vm(u"A"_s, u"erp"_s, 2, 8, 100)};
    Scenario keep;
    keep.rules = {{u"any"_s, {}, QString::fromLatin1(kOnPremisesProvider), {}, {}}};
    const ScenarioResult r = evaluate(keep, m_catalog, estate, {}, {});
    QVERIFY(r.placed.empty());
    QCOMPARE(r.unmatched.size(), std::size_t(1));
    QVERIFY(r.incomplete); // never free
}

void TestOnPremises::jsonRoundTripAndUndo()
{
    QCOMPARE(onPremisesFromJson(onPremisesToJson(model())), model());
    QVERIFY(!onPremisesFromJson(QString()).isSet());
    QCOMPARE(basisOrAssumption(model().perGibMemory), u"assumption"_s);

    QUndoStack stack;
    QVERIFY(!loadOnPremises(*m_project).isSet());
    stack.push(new SetOnPremisesCommand(m_project.get(), model()));
    QCOMPARE(loadOnPremises(*m_project), model());
    stack.undo();
    QVERIFY(!loadOnPremises(*m_project).isSet());
    stack.redo();
    QCOMPARE(loadOnPremises(*m_project), model());
    stack.undo();
}

void TestOnPremises::yamlSection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.yaml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("rules:\n  - {field: any, provider: on-premises}\n"
               "on_premises:\n"
               "  per_vcpu: {eur: 10, basis: assumption}\n"
               "  per_gib_memory: {eur: 2}\n"
               "  per_gb_storage: {eur: 0.05}\n"
               "  fixed_monthly: {eur: 1000, basis: illustrative}\n");
    file.close();
    Scenario s;
    OnPremisesModel m;
    QVERIFY(readDefinition(path, s, &m));
    QCOMPARE(m, model());
    QCOMPARE(s.rules.front().provider, u"on-premises"_s);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("on_premises:\n  per_vcpu: {eur: -3}\n");
    file.close();
    OnPremisesModel untouched;
    QVERIFY(!readDefinition(path, s, &untouched));
    QVERIFY(!untouched.isSet());
}

QTEST_GUILESS_MAIN(TestOnPremises)
#include "TestOnPremises.moc"
