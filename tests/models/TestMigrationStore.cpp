// The plan in the project file: save and load, hand edits as undoable commands, the demo's plan.
#include "models/commands/MigrationCommands.h"
#include "models/costs/CostData.h"
#include "models/demo/DemoProject.h"
#include "models/importers/ImportService.h"
#include "models/migration/CostCurve.h"
#include "models/migration/PlanStore.h"
#include "models/storage/ProjectFile.h"
#include "models/storage/Sqlite.h"

#include <QTemporaryDir>

#include <QTest>
#include <QUndoStack>

#include <set>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::migration;

class TestMigrationStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savedPlanLoadsBack();
    void replanKeepsIdsAndStart();
    void moveAndResizeAreUndoable();
    void strategyEditIsUndoable();
    void dependencyEditIsUndoable();
    void progressAndMilestonesAreStored();
    void demoProjectHasAPlan();
    void commitmentExpiriesAreMilestones();
    void terraformDependenciesAreImported();
    void schemaHasThePlanTables();

private:
    std::unique_ptr<Project> makeProject();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Project> TestMigrationStore::makeProject()
{
    auto created = Project::create(m_dir->filePath(u"p.boussole"_s), u"Plan"_s);
    if (!created) {
        return nullptr;
    }
    std::vector<Workload> workloads;
    const auto add = [&](const QString &name, const QString &app, const QString &env) {
        Workload w;
        w.name = name;
        w.kind = u"vm"_s;
        w.powerState = u"on"_s;
        w.application = app;
        w.environment = env;
        workloads.push_back(w);
    };
    add(u"crm-db"_s, u"crm"_s, u"prod"_s);
    add(u"crm-app"_s, u"crm"_s, u"prod"_s);
    add(u"crm-test"_s, u"crm"_s, u"test"_s);
    add(u"erp"_s, u"erp"_s, u"prod"_s);
    add(u"old"_s, u"erp"_s, u"prod"_s);
    workloads.back().powerState = u"off"_s;
    ImportRecord record;
    record.fileName = u"inventory.csv"_s;
    record.format = u"csv"_s;
    if (!created.value()->addImport(record, workloads)) {
        return nullptr;
    }
    return std::move(created.value());
}

void TestMigrationStore::savedPlanLoadsBack()
{
    std::unique_ptr<Project> project = makeProject();
    QVERIFY(project);
    Result<std::optional<Plan>> none = loadPlan(*project);
    QVERIFY(none);
    QVERIFY(!none->has_value());

    Result<Plan> planned = replan(*project, nullptr, QDate(2026, 2, 2));
    QVERIFY2(planned, qPrintable(planned ? QString() : planned.error().toString()));
    QCOMPARE(planned->waves.size(), size_t(2)); // crm test, then crm prod + erp
    QCOMPARE(planned->excluded.size(), size_t(1));

    Result<std::optional<Plan>> loaded = loadPlan(*project);
    QVERIFY(loaded && loaded->has_value());
    const Plan &plan = **loaded;
    QCOMPARE(plan.id, planned->id);
    QCOMPARE(plan.start, QDate(2026, 2, 2));
    QCOMPARE(plan.waves.size(), planned->waves.size());
    for (size_t i = 0; i < plan.waves.size(); ++i) {
        QCOMPARE(plan.waves[i].id, planned->waves[i].id);
        QCOMPARE(plan.waves[i].name, planned->waves[i].name);
        QCOMPARE(plan.waves[i].reason, planned->waves[i].reason);
        QCOMPARE(plan.waves[i].items.size(), planned->waves[i].items.size());
        for (size_t j = 0; j < plan.waves[i].items.size(); ++j) {
            QCOMPARE(plan.waves[i].items[j].workloadId, planned->waves[i].items[j].workloadId);
            QCOMPARE(plan.waves[i].items[j].reason, planned->waves[i].items[j].reason);
        }
    }
    QCOMPARE(plan.excluded[0].strategy, Strategy::Retire);
}

void TestMigrationStore::replanKeepsIdsAndStart()
{
    std::unique_ptr<Project> project = makeProject();
    QVERIFY(project);
    Result<Plan> first = replan(*project, nullptr, QDate(2026, 2, 2));
    QVERIFY(first);
    Result<Plan> second = replan(*project, nullptr, QDate(2030, 1, 1));
    QVERIFY(second);
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->start, QDate(2026, 2, 2));
    QCOMPARE(second->waves.front().id, first->waves.front().id);
}

void TestMigrationStore::moveAndResizeAreUndoable()
{
    std::unique_ptr<Project> project = makeProject();
    QVERIFY(project);
    QVERIFY(replan(*project, nullptr, QDate(2026, 2, 2)));
    const Plan plan = **loadPlan(*project);
    const QString waveId = plan.waves.back().id;
    const Assumptions a = assumptions(*project);
    const QDate before = schedulePlan(plan, a).waves.back().start;

    QUndoStack stack;
    stack.push(new MoveWaveCommand(project.get(), waveId, {}, {before.addDays(21), 0}));
    Plan moved = **loadPlan(*project);
    QCOMPARE(moved.waves.back().notBefore, before.addDays(21));
    QCOMPARE(schedulePlan(moved, a).waves.back().start, before.addDays(21));

    stack.push(new MoveWaveCommand(project.get(), waveId, {before.addDays(21), 0},
                                   {before.addDays(21), 40}));
    QCOMPARE(stack.text(1), u"Resize wave"_s);
    QCOMPARE((**loadPlan(*project)).waves.back().migrateDays, 40);
    stack.undo();
    QCOMPARE((**loadPlan(*project)).waves.back().migrateDays, 0);
    stack.undo();
    const Plan back = **loadPlan(*project);
    QVERIFY(!back.waves.back().notBefore.isValid());
    QCOMPARE(schedulePlan(back, a).waves.back().start, before);
    stack.redo();
    QCOMPARE((**loadPlan(*project)).waves.back().notBefore, before.addDays(21));
}

void TestMigrationStore::strategyEditIsUndoable()
{
    std::unique_ptr<Project> project = makeProject();
    QVERIFY(project);
    QVERIFY(replan(*project, nullptr, QDate(2026, 2, 2)));
    const Plan plan = **loadPlan(*project);
    const QString id = plan.waves.front().items.front().workloadId;
    QCOMPARE(plan.waves.front().items.front().strategy, Strategy::Rehost);

    QUndoStack stack;
    stack.push(new SetStrategyCommand(project.get(), id, Strategy::Refactor));
    QCOMPARE(strategyOverrides(*project).at(id), Strategy::Refactor);
    QCOMPARE((**loadPlan(*project)).waves.front().items.front().strategy, Strategy::Refactor);
    stack.undo();
    QVERIFY(!strategyOverrides(*project).count(id));
    QCOMPARE((**loadPlan(*project)).waves.front().items.front().strategy, Strategy::Rehost);

    // Retiring it by hand takes it out of the waves at the next planning.
    stack.push(new SetStrategyCommand(project.get(), id, Strategy::Retire));
    const Plan replanned = *replan(*project, nullptr, {});
    QVERIFY(!replanned.waveOf(id));
}

void TestMigrationStore::dependencyEditIsUndoable()
{
    std::unique_ptr<Project> project = makeProject();
    QVERIFY(project);
    const std::vector<Workload> ws = project->workloads();
    const QString crmTest = ws[2].id;
    const QString erp = ws[3].id;
    QUndoStack stack;
    // crm-test needs erp (production): crm-test waits for erp's wave.
    stack.push(new AddDependencyCommand(project.get(), {crmTest, erp, {}}));
    QCOMPARE(storedDependencies(*project).size(), size_t(1));
    Plan plan = *replan(*project, nullptr, QDate(2026, 2, 2));
    QVERIFY(plan.waveOf(erp)->order <= plan.waveOf(crmTest)->order);
    QCOMPARE(plan.dependencies.size(), size_t(1));
    stack.undo();
    QVERIFY(storedDependencies(*project).empty());
    QVERIFY(!addDependency(*project, {erp, erp, {}}));
}

void TestMigrationStore::progressAndMilestonesAreStored()
{
    std::unique_ptr<Project> project = makeProject();
    QVERIFY(project);
    const QString id = project->workloads().front().id;
    QVERIFY(setProgress(*project, id, Progress::Validated));
    QCOMPARE(progress(*project).at(id), Progress::Validated);
    QUndoStack stack;
    stack.push(new SetProgressCommand(project.get(), id, Progress::Decommissioned));
    QCOMPARE(progress(*project).at(id), Progress::Decommissioned);
    stack.undo();
    QCOMPARE(progress(*project).at(id), Progress::Validated);
    QVERIFY(addMilestone(*project,
                         {{}, u"Datacenter lease ends"_s, QDate(2026, 12, 31), u"contract"_s, {}}));
    QVERIFY(replan(*project, nullptr, QDate(2026, 2, 2)));
    const Plan plan = **loadPlan(*project);
    QCOMPARE(plan.milestones.size(), size_t(1));
    QCOMPARE(plan.milestones[0].date, QDate(2026, 12, 31));
    QVERIFY(removeMilestone(*project, plan.milestones[0].id));
    QVERIFY(storedMilestones(*project).empty());
}

void TestMigrationStore::demoProjectHasAPlan()
{
    const QString path = m_dir->filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(path).ok());
    auto opened = Project::open(path);
    QVERIFY(opened);
    Result<std::optional<Plan>> plan = loadPlan(*opened.value());
    QVERIFY(plan && plan->has_value());
    QVERIFY((*plan)->waves.size() >= 3);
    // The contract end dates of demo.yaml are milestones.
    QCOMPARE((*plan)->milestones.size(), size_t(2));
    QCOMPARE((*plan)->milestones[0].kind, u"contract"_s);
    QCOMPARE((*plan)->milestones[0].date, QDate(2027, 6, 30));
}

void TestMigrationStore::commitmentExpiriesAreMilestones()
{
    CommitmentRecord ri;
    ri.id = u"arn:ri-1"_s;
    ri.type = u"Reserved Instance"_s;
    ri.end = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
    CommitmentRecord sp;
    sp.id = u"sp-1"_s;
    sp.type = u"Savings Plan"_s;
    sp.start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    sp.termMonths = 12; // no end stated: start + term
    CommitmentRecord unknown;
    unknown.id = u"x"_s;
    const std::vector<Milestone> m = commitmentMilestones({ri, sp, unknown});
    QCOMPARE(m.size(), size_t(2));
    QCOMPARE(m[0].date, QDate(2026, 1, 1));
    QCOMPARE(m[0].source, u"sp-1"_s);
    QCOMPARE(m[1].date, QDate(2027, 3, 1));
    QCOMPARE(m[1].kind, u"commitment"_s);
    QVERIFY(m[1].name.contains(u"Reserved Instance"_s));
}

void TestMigrationStore::terraformDependenciesAreImported()
{
    auto created = Project::create(m_dir->filePath(u"tf.boussole"_s), u"TF"_s);
    QVERIFY(created);
    Project &project = *created.value();
    ImportOptions options;
    options.format = u"terraform"_s;
    auto imported = importFile(
        project, QStringLiteral(BOUSSOLE_TEST_DATA "/terraform/azure-gcp.tfstate"), options);
    QVERIFY(imported);
    // The AKS user node pool depends on its cluster; the VM's resource group is not a workload.
    std::map<QString, QString> nameOf;
    for (const Workload &w : project.workloads()) {
        nameOf[w.id] = w.naturalKey;
    }
    const PlannerInput input = plannerInput(project, nullptr, QDate(2026, 1, 5));
    std::set<std::pair<QString, QString>> links;
    for (const Dependency &d : input.dependencies) {
        QCOMPARE(d.source, u"terraform"_s);
        links.emplace(nameOf[d.from], nameOf[d.to]);
    }
    QVERIFY(links.count({u"module.aks.azurerm_kubernetes_cluster_node_pool.user"_s,
                         u"module.aks.azurerm_kubernetes_cluster.aks"_s}));
    for (const auto &[from, to] : links) {
        QVERIFY2(!to.contains(u"resource_group"_s), qPrintable(to));
    }
}

void TestMigrationStore::schemaHasThePlanTables()
{
    std::unique_ptr<Project> project = makeProject();
    QVERIFY(project);
    for (const char *table : {"plans", "waves", "wave_items", "plan_exclusions", "dependencies",
                              "milestones", "strategy_overrides", "progress"}) {
        Statement st = project->database().prepare(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
        st.bindText(1, QString::fromLatin1(table));
        QCOMPARE(st.step(), StepResult::Row);
        QCOMPARE(st.columnInt64(0), qint64(1));
    }
}

QTEST_GUILESS_MAIN(TestMigrationStore)
#include "TestMigrationStore.moc"
