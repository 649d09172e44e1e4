// The Scenarios page says how a scenario on dedicated hosts is priced (host count, fill, quote,
// which workloads on which host) and which billed services the project's services map flags for
// refactoring.
#include "models/demo/DemoProject.h"
#include "models/pricebook/PriceBook.h"
#include "models/scenarios/Scenario.h"
#include "models/services/ServiceMap.h"
#include "models/storage/ProjectFile.h"
#include "views/pages/ScenariosPage.h"

#include <QAbstractItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestScenariosHosts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostLineAndRefactorServices();
};

void TestScenariosHosts::hostLineAndRefactorServices()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(path).ok());
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    QVERIFY(opened);
    Project &project = *opened.value();
    Result<PriceBook> book = readPriceBook(
        QStringLiteral(BOUSSOLE_TEST_DATA "/pricebook/devis-hotes-dedies-fictif.yaml"));
    QVERIFY(book);
    QVERIFY(storePriceBook(project, *book).ok());
    std::vector<scenarios::Scenario> list = scenarios::loadScenarios(project);
    for (scenarios::Scenario &s : list) {
        s.target = false;
    }
    scenarios::Scenario hosts;
    hosts.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    hosts.name = u"Tout Cloud Temple"_s;
    hosts.target = true; // selected first
    hosts.rules = {{u"any"_s, {}, u"cloud-temple"_s, {}, {}}};
    list.push_back(hosts);
    QVERIFY(project
                .setProjectSetting(QString::fromLatin1(scenarios::kSettingKey),
                                   scenarios::scenariosToJson(list))
                .ok());
    // The project's map says RDS needs refactoring (the demo's AWS bills carry RDS).
    ServiceMapOverride rds;
    rds.id = u"managed-relational-database"_s;
    rds.kind = u"managed-database"_s;
    rds.refactor = true;
    rds.note = u"Aurora-specific features"_s;
    QVERIFY(project
                .setProjectSetting(QString::fromLatin1(kServiceMapSettingKey),
                                   serviceMapOverridesToJson({rds}))
                .ok());

    QUndoStack undo;
    ScenariosPage page;
    page.setProject(&project, &undo);
    page.show();
    QAbstractItemModel *table = page.scenarioTable()->model();
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->index(page.selectedRow(), 0).data().toString(), u"Tout Cloud Temple"_s);
    const QString detail = page.detailText();
    QVERIFY2(detail.contains(u"iaas-vmware at cloud-temple"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"quote n° CT-FICTIF-2026-0142"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"host 1: "_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"Amazon Relational Database Service"_s), qPrintable(detail));
    QVERIFY(project.close());
}

QTEST_MAIN(TestScenariosHosts)
#include "TestScenariosHosts.moc"
