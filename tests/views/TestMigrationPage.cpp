// The Migration page on the demo project: the timeline, dragging a wave (move and resize) as an
// undoable command with dependents following, the list, exports, the empty state.
#include "models/commands/MigrationCommands.h"
#include "models/demo/DemoProject.h"
#include "models/migration/PlanStore.h"
#include "models/storage/ProjectFile.h"
#include "views/dialogs/PlanAssumptionsDialog.h"
#include "views/migration/CostCurveView.h"
#include "views/migration/GanttView.h"
#include "views/pages/MigrationPage.h"
#include "views/widgets/EmptyState.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace boussole;
using namespace boussole::migration;
using namespace Qt::StringLiterals;

class TestMigrationPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDemoPlan();
    void dragMovesAWaveAndUndoRestoresIt();
    void dragResizesTheMigration();
    void zoomChangesTheScale();
    void exportsThePlan();
    void assumptionsAreUndoable();
    void replanningIsUndoable();
    void strategyChangeShowsInTheList();
    void emptyProjectOffersToPlan();

private:
    // Drags inside the timeline from one scene point to another.
    void drag(const QPointF &from, const QPointF &to);
    int waveIndex(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<MigrationPage> m_page;
};

void TestMigrationPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(m_demo).ok());
}

void TestMigrationPage::init()
{
    const QString copy = m_dir.filePath(u"copy.boussole"_s);
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_demo, copy));
    auto opened = Project::open(copy);
    QVERIFY(opened);
    m_project = std::move(opened.value());
    m_stack = std::make_unique<QUndoStack>();
    m_page = std::make_unique<MigrationPage>();
    m_page->resize(1400, 900);
    m_page->setProject(m_project.get(), m_stack.get());
    // As the main window does: the page follows the project's changes.
    connect(m_project.get(), &Project::changed, m_page.get(), &MigrationPage::refresh);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestMigrationPage::cleanup()
{
    m_page.reset();
    m_stack.reset();
    m_project.reset();
}

int TestMigrationPage::waveIndex(const QString &name) const
{
    for (size_t i = 0; i < m_page->plan()->waves.size(); ++i) {
        if (m_page->plan()->waves[i].name.startsWith(name)) {
            return int(i);
        }
    }
    return -1;
}

void TestMigrationPage::drag(const QPointF &from, const QPointF &to)
{
    GanttView *view = m_page->gantt();
    QWidget *viewport = view->viewport();
    const QPoint a = view->mapFromScene(from);
    const QPoint b = view->mapFromScene(to);
    QTest::mousePress(viewport, Qt::LeftButton, {}, a);
    QTest::mouseMove(viewport, (a + b) / 2);
    QTest::mouseMove(viewport, b);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);
}

void TestMigrationPage::showsTheDemoPlan()
{
    QVERIFY(m_page->plan().has_value());
    const Plan &plan = *m_page->plan();
    QVERIFY(plan.waves.size() >= 3);
    QCOMPARE(m_page->schedule().waves.size(), plan.waves.size());
    // The list: one row per wave plus the workloads left out, each with its workloads.
    QCOMPARE(m_page->tree()->topLevelItemCount(), int(plan.waves.size()) + 1);
    QCOMPARE(m_page->tree()->topLevelItem(0)->childCount(), int(plan.waves[0].items.size()));
    QVERIFY(!m_page->tree()->topLevelItem(0)->child(0)->text(5).isEmpty()); // reason
    QVERIFY(!m_page->tree()->topLevelItem(0)->child(0)->text(1).isEmpty()); // strategy
    // The timeline draws every wave and the demo's dependencies as arrows.
    for (const Wave &w : plan.waves) {
        QVERIFY(!m_page->gantt()->waveRect(w.id).isNull());
    }
    QVERIFY(m_page->gantt()->arrowCount() >= 2);
    QVERIFY(m_page->costCurve()->monthCount() > 0);
    QVERIFY(m_page->summaryLabel()->text().contains(u"wave"_s));
}

void TestMigrationPage::dragMovesAWaveAndUndoRestoresIt()
{
    // Wave 2 holds Active Directory, which a wave after it depends on.
    const int index = waveIndex(u"Wave 2"_s);
    QVERIFY(index >= 0);
    const QString waveId = m_page->plan()->waves[size_t(index)].id;
    const WaveSchedule before = m_page->schedule().waves[size_t(index)];
    const QDate dependentBefore = m_page->schedule().waves[size_t(index) + 1].phases[1].start;
    QVERIFY(m_page->schedule().waves[size_t(index) + 1].dependsOnWaves.contains(waveId));

    const QRectF bars = m_page->gantt()->waveRect(waveId);
    const double ppd = m_page->gantt()->axis().pixelsPerDay;
    const QPointF grab(bars.left() + 2 * ppd, bars.center().y()); // on the preparation bar
    drag(grab, grab + QPointF(30 * ppd, 0));

    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0), u"Move wave"_s);
    const WaveSchedule &moved = m_page->schedule().waves[size_t(index)];
    QCOMPARE(moved.start, before.start.addDays(30));
    QCOMPARE(m_page->plan()->waves[size_t(index)].notBefore, before.start.addDays(30));
    // The dependent wave followed.
    QVERIFY(m_page->schedule().waves[size_t(index) + 1].phases[1].start > dependentBefore);
    // Stored, not just drawn.
    QCOMPARE((**loadPlan(*m_project)).waves[size_t(index)].notBefore, before.start.addDays(30));

    m_stack->undo();
    QCOMPARE(m_page->schedule().waves[size_t(index)].start, before.start);
    QVERIFY(!m_page->plan()->waves[size_t(index)].notBefore.isValid());
    QCOMPARE(m_page->schedule().waves[size_t(index) + 1].phases[1].start, dependentBefore);
    m_stack->redo();
    QCOMPARE(m_page->schedule().waves[size_t(index)].start, before.start.addDays(30));

    // Dragging a wave before what it waits for is refused by the schedule, and said.
    m_stack->undo();
    const int last = int(m_page->plan()->waves.size()) - 1;
    const QString lastId = m_page->plan()->waves[size_t(last)].id;
    const QRectF lastBars = m_page->gantt()->waveRect(lastId);
    const QPointF lastGrab(lastBars.left() + 2 * ppd, lastBars.center().y());
    drag(lastGrab, lastGrab - QPointF(20 * ppd, 0));
    QVERIFY(!m_page->schedule().waves[size_t(last)].conflict.isEmpty());
    QVERIFY(
        m_page->summaryLabel()->text().contains(m_page->schedule().waves[size_t(last)].conflict));
}

void TestMigrationPage::dragResizesTheMigration()
{
    const QString waveId = m_page->plan()->waves[0].id;
    const QDate endBefore = m_page->schedule().waves[0].phases[1].end;
    const QRectF migrate = m_page->gantt()->migrateRect(waveId);
    const double ppd = m_page->gantt()->axis().pixelsPerDay;
    const QPointF grip(migrate.right() - 1, migrate.center().y());
    drag(grip, grip + QPointF(10 * ppd, 0));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0), u"Resize wave"_s);
    QCOMPARE(m_page->schedule().waves[0].phases[1].end, endBefore.addDays(10));
    m_stack->undo();
    QCOMPARE(m_page->schedule().waves[0].phases[1].end, endBefore);
}

void TestMigrationPage::zoomChangesTheScale()
{
    m_page->setZoom(TimeZoom::Months);
    const double months = m_page->gantt()->sceneRect().width();
    m_page->setZoom(TimeZoom::Weeks);
    QVERIFY(m_page->gantt()->sceneRect().width() > 2 * months);
    m_page->setZoom(TimeZoom::Quarters);
    QVERIFY(m_page->gantt()->sceneRect().width() < months);
}

void TestMigrationPage::exportsThePlan()
{
    const QString csv = m_dir.filePath(u"page.csv"_s);
    QVERIFY(m_page->exportPlan(csv).ok());
    QVERIFY(QFileInfo(csv).size() > 1000);
    QVERIFY(!m_page->exportPlan(m_dir.filePath(u"page.txt"_s)).ok());
}

void TestMigrationPage::assumptionsAreUndoable()
{
    const QDate start = m_page->plan()->start;
    const QDate end = m_page->schedule().end;
    PlanAssumptionsDialog dialog(assumptions(*m_project), start);
    dialog.prepareBox()->setValue(dialog.prepareBox()->value() + 5);
    dialog.startEdit()->setDate(start.addDays(7));
    m_page->setAssumptions(dialog.assumptions(), dialog.start());
    QCOMPARE(m_page->plan()->start, start.addDays(7));
    // A week later, and five more days of preparation for the first wave at least.
    QVERIFY(m_page->schedule().end >= end.addDays(12));
    m_stack->undo();
    QCOMPARE(m_page->plan()->start, start);
    QCOMPARE(m_page->schedule().end, end);
}

void TestMigrationPage::replanningIsUndoable()
{
    const QString waveId = m_page->plan()->waves[0].id;
    const QDate start = m_page->schedule().waves[0].start;
    m_page->moveWave(waveId, 14);
    QCOMPARE(m_page->schedule().waves[0].start, start.addDays(14));
    m_page->planButton()->click();
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_stack->text(1), u"Plan automatically"_s);
    QCOMPARE(m_page->schedule().waves[0].start, start); // the hand move is planned afresh
    QCOMPARE(m_page->plan()->waves[0].id, waveId);      // same ids
    m_stack->undo();
    QCOMPARE(m_page->schedule().waves[0].start, start.addDays(14)); // the move is back
    m_stack->undo();
    QCOMPARE(m_page->schedule().waves[0].start, start);
}

void TestMigrationPage::strategyChangeShowsInTheList()
{
    const QString id = m_page->plan()->waves[0].items[0].workloadId;
    m_stack->push(new SetStrategyCommand(m_project.get(), id, Strategy::Retire));
    QTreeWidgetItem *item = m_page->tree()->topLevelItem(0)->child(0);
    QCOMPARE(item->text(1), strategyLabel(Strategy::Retire));
    QVERIFY(m_page->summaryLabel()->text().contains(u"plan again"_s));
    m_page->planAutomatically();
    QVERIFY(!m_page->plan()->waveOf(id));
    QVERIFY(!m_page->summaryLabel()->text().contains(u"plan again"_s));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_page->tree()->topLevelItem(0)->child(0)->text(1), strategyLabel(Strategy::Rehost));
}

void TestMigrationPage::emptyProjectOffersToPlan()
{
    auto created = Project::create(m_dir.filePath(u"empty.boussole"_s), u"Empty"_s);
    QVERIFY(created);
    MigrationPage page;
    page.setProject(created.value().get(), m_stack.get());
    QVERIFY(!page.plan().has_value());
    QVERIFY(page.emptyState()->isVisibleTo(&page));
    // With workloads, the empty state's button plans; undo takes the plan away again.
    std::unique_ptr<Project> project = std::move(created.value());
    Workload w;
    w.name = u"vm-1"_s;
    w.kind = u"vm"_s;
    w.application = u"app"_s;
    w.environment = u"prod"_s;
    ImportRecord record;
    record.fileName = u"x.csv"_s;
    record.format = u"csv"_s;
    QVERIFY(project->addImport(record, {w}));
    QUndoStack stack;
    page.setProject(project.get(), &stack);
    connect(project.get(), &Project::changed, &page, &MigrationPage::refresh);
    page.emptyState()->button()->click();
    QVERIFY(page.plan().has_value());
    QCOMPARE(page.plan()->waves.size(), size_t(1));
    stack.undo();
    QVERIFY(!page.plan().has_value());
    page.setProject(nullptr, nullptr);
}

QTEST_MAIN(TestMigrationPage)
#include "TestMigrationPage.moc"
