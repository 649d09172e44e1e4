// The Scenarios page on the demo: the three scenarios side by side, editing a rule through the
// real widgets, undo.
#include "models/demo/DemoProject.h"
#include "models/scenarios/Scenario.h"
#include "models/storage/ProjectFile.h"
#include "views/pages/ScenariosPage.h"

#include <QAbstractItemModel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestScenariosPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsAndEditsTheDemoScenarios();
};

void TestScenariosPage::showsAndEditsTheDemoScenarios()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(path).ok());
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    QVERIFY(opened);
    Project &project = *opened.value();
    QUndoStack undo;
    ScenariosPage page;
    QObject::connect(&project, &Project::changed, &page, &ScenariosPage::refresh);
    page.setProject(&project, &undo);
    page.show();

    QAbstractItemModel *table = page.scenarioTable()->model();
    QCOMPARE(table->rowCount(), 3);
    // The target is selected first, and its rule is shown.
    QCOMPARE(table->index(page.selectedRow(), 0).data().toString(), u"Tout OVHcloud"_s);
    QCOMPARE(page.rulesTable()->rowCount(), 1);
    QCOMPARE(page.rulesTable()->item(0, 2)->text(), u"ovhcloud"_s);
    QVERIFY2(page.detailText().contains(u"82"_s), qPrintable(page.detailText()));

    // A rule sending health data to Scaleway, placed before the catch-all: one undoable command.
    page.addRule(u"data-class"_s, u"health"_s, u"scaleway"_s);
    QCOMPARE(undo.count(), 1);
    std::vector<scenarios::Scenario> stored = scenarios::loadScenarios(project);
    const auto target = std::find_if(stored.begin(), stored.end(),
                                     [](const scenarios::Scenario &s) { return s.target; });
    QCOMPARE(target->rules.size(), std::size_t(2));
    QCOMPARE(target->rules.back().provider, u"scaleway"_s);
    QCOMPARE(page.rulesTable()->rowCount(), 2);

    undo.undo();
    stored = scenarios::loadScenarios(project);
    QCOMPARE(std::find_if(stored.begin(), stored.end(),
                          [](const scenarios::Scenario &s) { return s.target; })
                 ->rules.size(),
             std::size_t(1));
    QCOMPARE(page.rulesTable()->rowCount(), 1);

    // Another scenario becomes the target, undoably.
    page.selectScenario(1);
    const QString chosen = table->index(1, 0).data().toString();
    page.targetButton()->click();
    stored = scenarios::loadScenarios(project);
    for (const scenarios::Scenario &s : stored) {
        QCOMPARE(s.target, s.name == chosen);
    }
    undo.undo();
    stored = scenarios::loadScenarios(project);
    for (const scenarios::Scenario &s : stored) {
        QCOMPARE(s.target, s.name == u"Tout OVHcloud"_s);
    }
    QVERIFY(project.close());
}

QTEST_MAIN(TestScenariosPage)
#include "TestScenariosPage.moc"
