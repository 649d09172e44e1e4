// The wave rules on generated estates, the strategies, dependencies from importers, the schedule
// and its critical path, and the cost curve.
#include "models/migration/CostCurve.h"
#include "models/migration/Schedule.h"
#include "models/migration/WavePlanner.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::migration;

namespace {

const QStringList kEnvironments = {u"dev"_s, u"test"_s, u"preprod"_s, u"prod"_s, QString()};

Workload workload(const QString &id, const QString &app, const QString &env,
                  const QString &criticality = {})
{
    Workload w;
    w.id = id;
    w.name = u"vm-"_s + id;
    w.kind = u"vm"_s;
    w.powerState = u"on"_s;
    w.application = app;
    w.environment = env;
    w.criticality = criticality;
    return w;
}

// An estate of `count` workloads over a few applications, with random dependencies between
// workloads of the same environment class (production or not) — some of them cycles.
PlannerInput generate(quint32 seed, int count)
{
    QRandomGenerator rng(seed);
    PlannerInput input;
    input.planId = u"plan-"_s + QString::number(seed);
    input.start = QDate(2026, 1, 5);
    input.assumptions.waveCap = 5 + int(rng.bounded(20));
    input.assumptions.protectedWaves = int(rng.bounded(3));
    input.assumptions.complexWorkloads = 4 + int(rng.bounded(8));
    const int apps = 2 + int(rng.bounded(12));
    for (int i = 0; i < count; ++i) {
        const QString app =
            rng.bounded(10) == 0 ? QString() : u"app"_s + QString::number(rng.bounded(apps));
        const QString env = kEnvironments[int(rng.bounded(kEnvironments.size()))];
        static const QStringList kCrit = {u"low"_s, u"medium"_s, u"high"_s, u"critical"_s, {}};
        Workload w =
            workload(u"w%1"_s.arg(i, 4, 10, QChar(u'0')), app, env,
                     rng.bounded(6) == 0 ? kCrit[int(rng.bounded(kCrit.size()))] : QString());
        switch (rng.bounded(14)) {
        case 0:
            w.powerState = u"off"_s;
            break;
        case 1:
            w.isTemplate = true;
            break;
        case 2:
            w.kind = u"database"_s;
            break;
        case 3:
            w.kind = u"container"_s;
            break;
        case 4:
            if (i > 0) {
                w.duplicateOf = u"w0000"_s;
            }
            break;
        default:
            break;
        }
        input.workloads.push_back(w);
    }
    const int links = count / 2;
    for (int k = 0; k < links; ++k) {
        const Workload &a = input.workloads[size_t(rng.bounded(count))];
        const Workload &b = input.workloads[size_t(rng.bounded(count))];
        if (a.id != b.id &&
            isProductionEnvironment(a.environment) == isProductionEnvironment(b.environment)) {
            input.dependencies.push_back({a.id, b.id, u"manual"_s});
        }
    }
    if (rng.bounded(2) == 0) {
        input.overrides[input.workloads[0].id] = Strategy::Refactor;
    }
    return input;
}

// Workload id → wave order (1-based).
std::map<QString, int> waveNumbers(const Plan &plan)
{
    std::map<QString, int> result;
    for (const Wave &w : plan.waves) {
        for (const Placement &p : w.items) {
            result[p.workloadId] = w.order;
        }
    }
    return result;
}

QString groupKey(const Workload &w)
{
    return w.application.isEmpty() ? u"solo:"_s + w.id : w.application + u'|' + w.environment;
}

// Everything a plan says, as text, to compare two plans.
QString dump(const Plan &plan)
{
    QString text;
    for (const Wave &w : plan.waves) {
        text += w.id + u' ' + w.name + u' ' + QString::number(w.score) + u' ' + w.reason + u'\n';
        for (const Placement &p : w.items) {
            text +=
                u"  "_s + p.workloadId + u' ' + strategyId(p.strategy) + u' ' + p.reason + u'\n';
        }
    }
    for (const Excluded &e : plan.excluded) {
        text += u"x "_s + e.workloadId + u' ' + strategyId(e.strategy) + u'\n';
    }
    return text + plan.warnings.join(u'\n');
}

} // namespace

class TestMigrationPlanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void strategiesAreInferredWithAReason();
    void dependenciesComeFromComposeTerraformAndVolumes();
    void rulesHoldOnGeneratedEstates_data();
    void rulesHoldOnGeneratedEstates();
    void replanningIsDeterministic();
    void aCycleMovesTogether();
    void aCycleAcrossProductionIsReported();
    void productionFollowsNonProduction();
    void criticalAppsWaitButNotForever();
    void reasonsNameTheDependency();
    void scheduleChainsPhases();
    void criticalPathOfAChain();
    void criticalPathFollowsDependencies();
    void movedWaveDragsDependentsAndReportsConflicts();
    void resizedWaveChangesTheEnd();
    void costCurveShowsTheDoubleRun();
    void commitmentsRunUntilTheyExpire();
    void assumptionsRoundTrip();
};

void TestMigrationPlanner::strategiesAreInferredWithAReason()
{
    Workload w = workload(u"a"_s, u"app"_s, u"prod"_s);
    QCOMPARE(inferStrategy(w).strategy, Strategy::Rehost);
    w.kind = u"database"_s;
    QCOMPARE(inferStrategy(w).strategy, Strategy::Replatform);
    w.kind = u"container"_s;
    QCOMPARE(inferStrategy(w).strategy, Strategy::Replatform);
    w.kind = u"kubernetes-node"_s;
    QCOMPARE(inferStrategy(w).strategy, Strategy::Replatform);
    w.powerState = u"off"_s;
    QCOMPARE(inferStrategy(w).strategy, Strategy::Retire);
    w.isTemplate = true;
    QCOMPARE(inferStrategy(w).strategy, Strategy::Retain);
    QVERIFY(!inferStrategy(w).reason.isEmpty());
    for (Strategy s : kAllStrategies) {
        QCOMPARE(strategyFromId(strategyId(s)), std::optional<Strategy>(s));
        QVERIFY(!strategyLabel(s).isEmpty());
    }
    QVERIFY(!strategyFromId(u"lift"_s));

    // An override wins, and a retired workload leaves the waves.
    PlannerInput input;
    input.planId = u"p"_s;
    input.start = QDate(2026, 1, 5);
    input.workloads = {workload(u"a"_s, u"app"_s, u"prod"_s),
                       workload(u"b"_s, u"app"_s, u"prod"_s)};
    input.overrides[u"b"_s] = Strategy::Retire;
    const Plan plan = planWaves(input);
    QCOMPARE(plan.waves.size(), size_t(1));
    QCOMPARE(plan.waves[0].items.size(), size_t(1));
    QCOMPARE(plan.excluded.size(), size_t(1));
    QCOMPARE(plan.excluded[0].workloadId, u"b"_s);
    QCOMPARE(plan.excluded[0].strategy, Strategy::Retire);
}

void TestMigrationPlanner::dependenciesComeFromComposeTerraformAndVolumes()
{
    Workload web = workload(u"web"_s, u"shop"_s, u"prod"_s);
    web.kind = u"container"_s;
    web.name = u"web"_s;
    web.importId = u"compose"_s;
    web.tags.insert(u"depends_on"_s, u"db,cache,missing"_s);
    Workload db = workload(u"db"_s, u"shop"_s, u"prod"_s);
    db.kind = u"container"_s;
    db.name = u"db"_s;
    db.importId = u"compose"_s;
    Workload cache = db;
    cache.id = u"cache"_s;
    cache.name = u"cache"_s;
    Workload volume = workload(u"vol"_s, u"shop"_s, u"prod"_s);
    volume.kind = u"storage"_s;
    volume.name = u"data"_s;
    volume.importId = u"compose"_s;
    volume.tags.insert(u"used_by"_s, u"db"_s);
    // Same names in another import: not linked.
    Workload otherDb = db;
    otherDb.id = u"other-db"_s;
    otherDb.importId = u"other"_s;
    Workload app = workload(u"tf-app"_s, QString(), u"prod"_s);
    app.importId = u"tf"_s;
    app.naturalKey = u"aws_instance.app"_s;
    app.tags.insert(u"depends_on"_s, u"aws_db_instance.main"_s);
    Workload rds = workload(u"tf-db"_s, QString(), u"prod"_s);
    rds.kind = u"database"_s;
    rds.importId = u"tf"_s;
    rds.naturalKey = u"aws_db_instance.main"_s;

    Workload pool0 = workload(u"tf-pool0"_s, QString(), u"prod"_s);
    pool0.importId = u"tf"_s;
    pool0.naturalKey = u"aws_eks_node_group.pool[0]"_s;
    Workload pool1 = pool0;
    pool1.id = u"tf-pool1"_s;
    pool1.naturalKey = u"aws_eks_node_group.pool[1]"_s;
    Workload poolx = pool0;
    poolx.id = u"tf-poolx"_s;
    poolx.naturalKey = u"aws_eks_node_group.poolx"_s; // a prefix, not an instance
    app.tags.insert(u"depends_on"_s, u"aws_db_instance.main,aws_eks_node_group.pool"_s);

    const std::vector<Dependency> deps =
        inferDependencies({web, db, cache, volume, otherDb, app, rds, pool0, pool1, poolx});
    const std::vector<Dependency> expected = {
        {u"db"_s, u"vol"_s, u"volume"_s},
        {u"tf-app"_s, u"tf-db"_s, u"terraform"_s},
        {u"tf-app"_s, u"tf-pool0"_s, u"terraform"_s},
        {u"tf-app"_s, u"tf-pool1"_s, u"terraform"_s},
        {u"web"_s, u"cache"_s, u"compose"_s},
        {u"web"_s, u"db"_s, u"compose"_s},
    };
    QCOMPARE(deps, expected);
}

void TestMigrationPlanner::rulesHoldOnGeneratedEstates_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    for (quint32 seed = 1; seed <= 40; ++seed) {
        QTest::addRow("seed %u", seed) << seed << int(20 + (seed * 37) % 280);
    }
}

void TestMigrationPlanner::rulesHoldOnGeneratedEstates()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    const PlannerInput input = generate(seed, count);
    const Plan plan = planWaves(input);
    const Assumptions &a = input.assumptions;
    const std::map<QString, int> wave = waveNumbers(plan);

    // Every workload is in exactly one wave or excluded.
    std::multiset<QString> seen;
    for (const Wave &w : plan.waves) {
        QVERIFY(!w.items.empty());
        for (const Placement &p : w.items) {
            seen.insert(p.workloadId);
            QVERIFY2(!p.reason.isEmpty(), qPrintable(p.workloadId));
            QVERIFY(!p.strategyReason.isEmpty());
            QVERIFY(strategyMoves(p.strategy));
        }
    }
    for (const Excluded &e : plan.excluded) {
        seen.insert(e.workloadId);
        QVERIFY(!e.reason.isEmpty());
    }
    QCOMPARE(seen.size(), input.workloads.size());
    for (const Workload &w : input.workloads) {
        QCOMPARE(seen.count(w.id), size_t(1));
        if (!w.duplicateOf.isEmpty() ||
            ((w.isTemplate || w.powerState == u"off") && !input.overrides.count(w.id))) {
            QVERIFY2(!wave.count(w.id), qPrintable(w.id));
        }
    }

    // Rule 1: an application's environment is in one wave.
    std::map<QString, std::set<int>> wavesOfGroup;
    for (const Workload &w : input.workloads) {
        if (wave.count(w.id)) {
            wavesOfGroup[groupKey(w)].insert(wave.at(w.id));
        }
    }
    for (const auto &[key, waves] : wavesOfGroup) {
        QVERIFY2(waves.size() == 1, qPrintable(key));
    }
    // Rule 3: dependencies in the same or an earlier wave.
    for (const Dependency &d : input.dependencies) {
        if (wave.count(d.from) && wave.count(d.to)) {
            QVERIFY2(wave.at(d.to) <= wave.at(d.from), qPrintable(d.from + u" -> "_s + d.to));
        }
    }
    // Rule 4: never mixed; non-production of an application before its production.
    std::map<QString, const Workload *> byId;
    for (const Workload &w : input.workloads) {
        byId[w.id] = &w;
    }
    for (const Wave &w : plan.waves) {
        for (const Placement &p : w.items) {
            QCOMPARE(isProductionEnvironment(byId[p.workloadId]->environment), w.production);
        }
    }
    std::map<QString, int> lastNonProd;
    std::map<QString, int> firstProd;
    for (const Workload &w : input.workloads) {
        if (!wave.count(w.id) || w.application.isEmpty()) {
            continue;
        }
        const int k = wave.at(w.id);
        if (isProductionEnvironment(w.environment)) {
            firstProd[w.application] =
                firstProd.count(w.application) ? std::min(firstProd[w.application], k) : k;
        } else {
            lastNonProd[w.application] = std::max(lastNonProd[w.application], k);
        }
    }
    for (const auto &[app, k] : firstProd) {
        if (lastNonProd.count(app)) {
            QVERIFY2(lastNonProd[app] < k, qPrintable(app));
        }
    }
    // Rule 5: critical or complex groups are not in the protected waves unless reported.
    std::map<QString, int> groupSize;
    std::map<QString, bool> groupCritical;
    for (const Workload &w : input.workloads) {
        if (wave.count(w.id)) {
            ++groupSize[groupKey(w)];
            groupCritical[groupKey(w)] = groupCritical[groupKey(w)] || isCriticalWorkload(w);
        }
    }
    for (const Workload &w : input.workloads) {
        if (!wave.count(w.id) || wave.at(w.id) > a.protectedWaves) {
            continue;
        }
        const QString key = groupKey(w);
        if (groupCritical[key] || groupSize[key] >= a.complexWorkloads) {
            QVERIFY2(!plan.warnings.isEmpty(), qPrintable(key));
        }
    }
    // Rule 6: the size cap, unless the wave is one block (one shared reason) bigger than it.
    for (const Wave &w : plan.waves) {
        if (int(w.items.size()) > a.waveCap) {
            std::set<QString> reasons;
            for (const Placement &p : w.items) {
                reasons.insert(p.reason);
            }
            QVERIFY2(reasons.size() == 1, qPrintable(w.name));
        }
    }
    // Waves are numbered 1…n with stable, distinct ids.
    std::set<QString> ids;
    for (size_t i = 0; i < plan.waves.size(); ++i) {
        QCOMPARE(plan.waves[i].order, int(i) + 1);
        ids.insert(plan.waves[i].id);
    }
    QCOMPARE(ids.size(), plan.waves.size());

    // The schedule keeps dependencies: a wave migrates after the waves it needs are validated.
    const Schedule s = schedulePlan(plan, a);
    QCOMPARE(s.waves.size(), plan.waves.size());
    for (const Dependency &d : plan.dependencies) {
        const int from = wave.at(d.from) - 1;
        const int to = wave.at(d.to) - 1;
        if (from != to) {
            QVERIFY(s.waves[size_t(from)].phases[1].start >= s.waves[size_t(to)].phases[2].end);
        }
    }
    QVERIFY(!s.criticalPath.empty() || plan.waves.empty());
    // Phases follow each other; the teams take one wave at a time.
    for (size_t i = 0; i < s.waves.size(); ++i) {
        const WaveSchedule &w = s.waves[i];
        QCOMPARE(w.start, w.phases[0].start);
        QCOMPARE(w.end, w.phases[3].end);
        for (size_t p = 1; p < 4; ++p) {
            QVERIFY(w.phases[p].start >= w.phases[p - 1].end);
            QVERIFY(w.phases[p].end >= w.phases[p].start);
        }
        QVERIFY(w.end <= s.end);
        if (i > 0) {
            QVERIFY(w.phases[0].start >= s.waves[i - 1].phases[0].end);
            QVERIFY(w.phases[1].start >= s.waves[i - 1].phases[1].end);
        }
    }
    // The critical path runs without a gap from the start to the end, through critical phases.
    if (!s.criticalPath.empty()) {
        const auto span = [&](const std::pair<int, Phase> &step) {
            return s.waves[size_t(step.first)].phases[size_t(step.second)];
        };
        QCOMPARE(span(s.criticalPath.front()).start, s.start);
        QCOMPARE(span(s.criticalPath.back()).end, s.end);
        for (size_t k = 0; k < s.criticalPath.size(); ++k) {
            QVERIFY(span(s.criticalPath[k]).critical);
            if (k > 0) {
                QCOMPARE(span(s.criticalPath[k]).start, span(s.criticalPath[k - 1]).end);
            }
        }
    }
    // The cost curve adds up, and the double run never exceeds the old platform.
    QRandomGenerator rng(seed);
    CostCurveInput costs;
    for (const Workload &w : input.workloads) {
        costs.workloads.push_back(
            {w.id, Money::fromCents(rng.bounded(100000)), Money::fromCents(rng.bounded(100000))});
    }
    costs.unallocatedToday = Money::fromCents(rng.bounded(50000));
    costs.commitments = {{u"c"_s, u"c"_s, Money::fromCents(rng.bounded(200000)),
                          s.start.addDays(int(rng.bounded(400)))}};
    const std::vector<CostMonth> curve = costCurve(plan, s, costs);
    QVERIFY(!curve.empty());
    for (const CostMonth &m : curve) {
        QCOMPARE(m.total, m.oldPlatform + m.newPlatform + m.stranded);
        QVERIFY(m.doubleRun <= m.oldPlatform);
        QVERIFY(m.stranded >= Money());
    }
}

void TestMigrationPlanner::replanningIsDeterministic()
{
    for (quint32 seed : {3u, 17u, 99u}) {
        PlannerInput input = generate(seed, 150);
        const Plan first = planWaves(input);
        QCOMPARE(dump(planWaves(input)), dump(first));
        // The input's order does not matter either.
        std::reverse(input.workloads.begin(), input.workloads.end());
        std::reverse(input.dependencies.begin(), input.dependencies.end());
        const Plan reversed = planWaves(input);
        QCOMPARE(waveNumbers(reversed), waveNumbers(first));
        QCOMPARE(reversed.waves.size(), first.waves.size());
        for (size_t i = 0; i < first.waves.size(); ++i) {
            QCOMPARE(reversed.waves[i].id, first.waves[i].id);
            QCOMPARE(reversed.waves[i].reason, first.waves[i].reason);
        }
    }
}

void TestMigrationPlanner::aCycleMovesTogether()
{
    PlannerInput input;
    input.planId = u"p"_s;
    input.start = QDate(2026, 1, 5);
    input.assumptions.waveCap = 2;
    input.assumptions.protectedWaves = 0;
    input.workloads = {workload(u"a"_s, u"A"_s, u"prod"_s), workload(u"b"_s, u"B"_s, u"prod"_s),
                       workload(u"c"_s, u"C"_s, u"prod"_s), workload(u"d"_s, u"D"_s, u"prod"_s)};
    input.dependencies = {
        {u"a"_s, u"b"_s, {}}, {u"b"_s, u"c"_s, {}}, {u"c"_s, u"a"_s, {}}, {u"d"_s, u"a"_s, {}}};
    const Plan plan = planWaves(input);
    const std::map<QString, int> wave = waveNumbers(plan);
    QCOMPARE(wave.at(u"a"_s), wave.at(u"b"_s));
    QCOMPARE(wave.at(u"b"_s), wave.at(u"c"_s));
    QVERIFY(wave.at(u"d"_s) > wave.at(u"a"_s)); // the cap (2) leaves no room beside the cycle
    QVERIFY(plan.waves[0].reason.contains(u"move together"_s));
    QVERIFY(plan.waves[0].reason.contains(u"kept whole"_s)); // 3 workloads over a cap of 2
}

void TestMigrationPlanner::aCycleAcrossProductionIsReported()
{
    PlannerInput input;
    input.planId = u"p"_s;
    input.start = QDate(2026, 1, 5);
    input.workloads = {workload(u"a"_s, u"A"_s, u"prod"_s), workload(u"b"_s, u"B"_s, u"test"_s)};
    input.dependencies = {{u"a"_s, u"b"_s, {}}, {u"b"_s, u"a"_s, {}}};
    const Plan plan = planWaves(input);
    QCOMPARE(plan.waves.size(), size_t(1));
    QVERIFY(plan.waves[0].production);
    QCOMPARE(plan.warnings.size(), 1);
}

void TestMigrationPlanner::productionFollowsNonProduction()
{
    PlannerInput input;
    input.planId = u"p"_s;
    input.start = QDate(2026, 1, 5);
    input.assumptions.protectedWaves = 0;
    input.workloads = {
        workload(u"p1"_s, u"crm"_s, u"prod"_s), workload(u"t1"_s, u"crm"_s, u"test"_s),
        workload(u"d1"_s, u"crm"_s, u"dev"_s), workload(u"o1"_s, u"erp"_s, u"prod"_s)};
    const Plan plan = planWaves(input);
    const std::map<QString, int> wave = waveNumbers(plan);
    QCOMPARE(wave.at(u"t1"_s), wave.at(u"d1"_s));
    QVERIFY(wave.at(u"p1"_s) > wave.at(u"t1"_s));
    const Wave *prod = plan.waveOf(u"p1"_s);
    QVERIFY(prod);
    QVERIFY(prod->production);
    const auto item = std::find_if(prod->items.begin(), prod->items.end(),
                                   [](const Placement &p) { return p.workloadId == u"p1"; });
    QVERIFY(item->reason.contains(u"non-production"_s));
}

void TestMigrationPlanner::criticalAppsWaitButNotForever()
{
    PlannerInput input;
    input.planId = u"p"_s;
    input.start = QDate(2026, 1, 5);
    input.assumptions.protectedWaves = 2;
    input.workloads = {workload(u"c"_s, u"core"_s, u"prod"_s, u"critical"_s),
                       workload(u"s"_s, u"site"_s, u"prod"_s)};
    Plan plan = planWaves(input);
    std::map<QString, int> wave = waveNumbers(plan);
    QCOMPARE(wave.at(u"s"_s), 1);
    // Waves exist only when something moves: one simple application makes one wave, so the
    // critical one is in wave 2, inside the protected waves; the rule gives way and says so.
    QCOMPARE(wave.at(u"c"_s), 2);
    QCOMPARE(plan.warnings.size(), 1);
    QVERIFY(plan.warnings[0].contains(u"core"_s));
    // With more simple applications than protected waves, it waits.
    input.assumptions.waveCap = 1;
    input.workloads.push_back(workload(u"t"_s, u"tools"_s, u"prod"_s));
    plan = planWaves(input);
    wave = waveNumbers(plan);
    QCOMPARE(wave.at(u"c"_s), 3);
    QVERIFY(plan.warnings.isEmpty());
    QVERIFY(plan.waves[2].reason.contains(u"critical"_s));
}

void TestMigrationPlanner::reasonsNameTheDependency()
{
    PlannerInput input;
    input.planId = u"p"_s;
    input.start = QDate(2026, 1, 5);
    input.assumptions.protectedWaves = 0;
    input.workloads = {workload(u"x"_s, u"billing"_s, u"test"_s),
                       workload(u"y"_s, u"portal"_s, u"prod"_s)};
    input.dependencies = {{u"y"_s, u"x"_s, {}}};
    // portal (prod) depends on billing (test): different classes, so portal waits one wave.
    const Plan plan = planWaves(input);
    QCOMPARE(plan.waves.size(), size_t(2));
    QCOMPARE(plan.waves[1].reason, u"wave 2 because it depends on billing / test in wave 1"_s);
}

void TestMigrationPlanner::scheduleChainsPhases()
{
    PlannerInput input;
    input.planId = u"p"_s;
    input.start = QDate(2026, 1, 5);
    input.workloads = {workload(u"a"_s, u"A"_s, u"test"_s)};
    const Plan plan = planWaves(input);
    Assumptions a;
    a.prepareDays = 7;
    a.validateDays = 3;
    a.decommissionDays = 2;
    a.migrateBaseDays[Strategy::Rehost] = 5;
    a.workloadsPerMigrateDay = 1;
    const Schedule s = schedulePlan(plan, a);
    QCOMPARE(s.waves.size(), size_t(1));
    const WaveSchedule &w = s.waves[0];
    QCOMPARE(w.phases[0].start, QDate(2026, 1, 5));
    QCOMPARE(w.phases[0].end, QDate(2026, 1, 12));
    QCOMPARE(w.phases[1].start, QDate(2026, 1, 12));
    QCOMPARE(w.phases[1].end, QDate(2026, 1, 18)); // 5 + 1 workload
    QCOMPARE(w.phases[2].end, QDate(2026, 1, 21));
    QCOMPARE(w.phases[3].end, QDate(2026, 1, 23));
    QCOMPARE(s.end, QDate(2026, 1, 23));
    QCOMPARE(s.criticalPath.size(), size_t(4));
}

void TestMigrationPlanner::criticalPathOfAChain()
{
    // Three independent waves: one migration team, so migrations chain; the last wave's
    // validate and decommission close the plan.
    Plan plan;
    plan.id = u"p"_s;
    plan.start = QDate(2026, 3, 2);
    for (int i = 1; i <= 3; ++i) {
        Wave w;
        w.id = u"w"_s + QString::number(i);
        w.order = i;
        w.items = {{u"x"_s + QString::number(i), Strategy::Rehost, {}, {}}};
        w.migrateDays = i == 2 ? 30 : 10;
        plan.waves.push_back(w);
    }
    Assumptions a;
    a.prepareDays = 5;
    a.validateDays = 5;
    a.decommissionDays = 5;
    const Schedule s = schedulePlan(plan, a);
    // prepare1 [0,5) migrate1 [5,15) migrate2 [15,45) migrate3 [45,55) validate3 [55,60)
    // decommission3 [60,65)
    QCOMPARE(s.end, plan.start.addDays(65));
    const std::vector<std::pair<int, Phase>> expected = {
        {0, Phase::Prepare}, {0, Phase::Migrate},  {1, Phase::Migrate},
        {2, Phase::Migrate}, {2, Phase::Validate}, {2, Phase::Decommission}};
    QCOMPARE(s.criticalPath, expected);
    QVERIFY(!s.waves[0].phases[2].critical); // validating wave 1 has slack
    QVERIFY(s.waves[0].phases[2].slackDays > 0);
    QVERIFY(s.waves[1].phases[1].critical);
}

void TestMigrationPlanner::criticalPathFollowsDependencies()
{
    Plan plan;
    plan.id = u"p"_s;
    plan.start = QDate(2026, 3, 2);
    for (int i = 1; i <= 2; ++i) {
        Wave w;
        w.id = u"w"_s + QString::number(i);
        w.order = i;
        w.items = {{u"x"_s + QString::number(i), Strategy::Rehost, {}, {}}};
        w.migrateDays = 10;
        plan.waves.push_back(w);
    }
    plan.dependencies = {{u"x2"_s, u"x1"_s, {}}};
    Assumptions a;
    a.prepareDays = 5;
    a.validateDays = 20;
    a.decommissionDays = 5;
    const Schedule s = schedulePlan(plan, a);
    // migrate2 waits for validate1: [5,15) + 20 → 35
    QCOMPARE(s.waves[1].phases[1].start, plan.start.addDays(35));
    QCOMPARE(s.waves[1].dependsOnWaves, QStringList{u"w1"_s});
    const std::vector<std::pair<int, Phase>> expected = {
        {0, Phase::Prepare}, {0, Phase::Migrate},  {0, Phase::Validate},
        {1, Phase::Migrate}, {1, Phase::Validate}, {1, Phase::Decommission}};
    QCOMPARE(s.criticalPath, expected);
}

void TestMigrationPlanner::movedWaveDragsDependentsAndReportsConflicts()
{
    Plan plan;
    plan.id = u"p"_s;
    plan.start = QDate(2026, 3, 2);
    for (int i = 1; i <= 2; ++i) {
        Wave w;
        w.id = u"w"_s + QString::number(i);
        w.order = i;
        w.items = {{u"x"_s + QString::number(i), Strategy::Rehost, {}, {}}};
        w.migrateDays = 10;
        plan.waves.push_back(w);
    }
    plan.dependencies = {{u"x2"_s, u"x1"_s, {}}};
    Assumptions a;
    const Schedule before = schedulePlan(plan, a);
    // Moving wave 1 later by 30 days: wave 2 follows.
    plan.waves[0].notBefore = plan.start.addDays(30);
    const Schedule after = schedulePlan(plan, a);
    QCOMPARE(after.waves[0].start, plan.start.addDays(30));
    QCOMPARE(after.waves[1].phases[1].start.daysTo(after.waves[0].phases[2].end), 0);
    QVERIFY(after.waves[1].start >= before.waves[1].start);
    QVERIFY(after.waves[0].conflict.isEmpty());
    // Moving wave 2 before wave 1: it cannot, and says so.
    plan.waves[0].notBefore = {};
    plan.waves[1].notBefore = plan.start.addDays(-10);
    plan.waves[1].notBefore = plan.start; // asks for day 0: preparation team busy with wave 1
    const Schedule conflicting = schedulePlan(plan, a);
    QVERIFY(!conflicting.waves[1].conflict.isEmpty());
}

void TestMigrationPlanner::resizedWaveChangesTheEnd()
{
    Plan plan;
    plan.id = u"p"_s;
    plan.start = QDate(2026, 3, 2);
    Wave w;
    w.id = u"w1"_s;
    w.order = 1;
    w.items = {{u"x"_s, Strategy::Refactor, {}, {}}};
    plan.waves.push_back(w);
    Assumptions a;
    const int estimate = estimatedMigrateDays(plan.waves[0], a);
    QCOMPARE(estimate, 31); // refactor's 30 days + 1 for one workload
    const QDate end = schedulePlan(plan, a).end;
    plan.waves[0].migrateDays = estimate + 14;
    QCOMPARE(schedulePlan(plan, a).end, end.addDays(14));
}

void TestMigrationPlanner::costCurveShowsTheDoubleRun()
{
    Plan plan;
    plan.id = u"p"_s;
    plan.start = QDate(2026, 1, 1);
    Wave w;
    w.id = u"w1"_s;
    w.order = 1;
    w.items = {{u"a"_s, Strategy::Rehost, {}, {}}};
    w.migrateDays = 28;
    plan.waves.push_back(w);
    plan.excluded = {{u"r"_s, Strategy::Retain, {}}};
    Assumptions a;
    a.prepareDays = 31;      // January
    a.validateDays = 31;     // March
    a.decommissionDays = 30; // migrate Feb, validate March, decommission April
    const Schedule s = schedulePlan(plan, a);
    QCOMPARE(s.waves[0].phases[1].start, QDate(2026, 2, 1));
    QCOMPARE(s.end, QDate(2026, 5, 1));
    CostCurveInput input;
    input.currency = u"EUR"_s;
    input.monthsAfter = 1;
    input.workloads = {{u"a"_s, Money::fromInteger(100), Money::fromInteger(60)},
                       {u"r"_s, Money::fromInteger(10), Money::fromInteger(10)}};
    input.unallocatedToday = Money::fromInteger(5);
    const std::vector<CostMonth> curve = costCurve(plan, s, input);
    QCOMPARE(curve.size(), size_t(5)); // Jan…Apr + 1 after
    QCOMPARE(curve[0].month, QDate(2026, 1, 1));
    QCOMPARE(curve[0].total, Money::fromInteger(115)); // old only
    QCOMPARE(curve[1].doubleRun, Money::fromInteger(100));
    QCOMPARE(curve[1].total, Money::fromInteger(175)); // both run
    QCOMPARE(curve[3].total, Money::fromInteger(175)); // April: still decommissioning
    QCOMPARE(curve[4].total, Money::fromInteger(70));  // May: new + retained
    QCOMPARE(curve[4].doubleRun, Money());
}

void TestMigrationPlanner::commitmentsRunUntilTheyExpire()
{
    Plan plan;
    plan.id = u"p"_s;
    plan.start = QDate(2026, 1, 1);
    Wave w;
    w.id = u"w1"_s;
    w.order = 1;
    w.items = {{u"a"_s, Strategy::Rehost, {}, {}}};
    w.migrateDays = 5;
    plan.waves.push_back(w);
    Assumptions a;
    a.prepareDays = 5;
    a.validateDays = 5;
    a.decommissionDays = 5; // all done in January
    const Schedule s = schedulePlan(plan, a);
    CostCurveInput input;
    input.monthsAfter = 4;
    input.workloads = {{u"a"_s, Money::fromInteger(100), Money::fromInteger(50)}};
    input.commitments = {{u"ri"_s, u"RI"_s, Money::fromInteger(40), QDate(2026, 3, 15)}};
    const std::vector<CostMonth> curve = costCurve(plan, s, input);
    QCOMPARE(curve.size(), size_t(5));
    QCOMPARE(curve[1].stranded, Money::fromInteger(40)); // February: paid, nothing uses it
    QCOMPARE(curve[2].stranded, Money::fromInteger(40)); // March: expires mid-month
    QCOMPARE(curve[3].stranded, Money());
    QCOMPARE(curve[3].total, Money::fromInteger(50));
}

void TestMigrationPlanner::assumptionsRoundTrip()
{
    Assumptions a;
    a.waveCap = 7;
    a.protectedWaves = 3;
    a.migrateBaseDays[Strategy::Refactor] = 45;
    const Assumptions b = Assumptions::fromJson(a.toJson());
    QCOMPARE(b.waveCap, 7);
    QCOMPARE(b.protectedWaves, 3);
    QCOMPARE(b.migrateBaseDays.at(Strategy::Refactor), 45);
    QCOMPARE(Assumptions::fromJson(u"{\"wave_cap\": -3}"_s).waveCap, 1);
    QCOMPARE(Assumptions::fromJson(u"not json"_s).waveCap, Assumptions().waveCap);
}

QTEST_GUILESS_MAIN(TestMigrationPlanner)
#include "TestMigrationPlanner.moc"
