// `boussole scenario`: the demo's three scenarios, new/set/show, the JSON shape of CLI.md.
#include "app/cli/Cli.h"
#include "models/demo/DemoProject.h"
#include "tests/app/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using boussole::testing::cli;
using boussole::testing::Run;

class TestCliScenario : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoScenarios();
    void showIsHonestAboutThePerimeter();
    void newAndSet();
    void errors();
    void compareAgainstTheBills();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliScenario::initTestCase()
{
    m_demo = m_dir.filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(m_demo).ok());
}

void TestCliScenario::demoScenarios()
{
    const Run run = cli({u"scenario"_s, u"list"_s, m_demo, u"--format"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    const QJsonArray list =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"scenarios"_s).toArray();
    QCOMPARE(list.size(), 3);
    int targets = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "name", "target", "horizon_years", "rules"}) {
            QVERIFY2(o.contains(QString::fromLatin1(key)), key);
        }
        targets += o.value(u"target"_s).toBool() ? 1 : 0;
    }
    QCOMPARE(targets, 1);
}

void TestCliScenario::showIsHonestAboutThePerimeter()
{
    const Run run = cli({u"scenario"_s, u"show"_s, m_demo,
                         u"Santé en SecNumCloud (Outscale), le reste chez Scaleway"_s,
                         u"--format"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // Outscale sells on quote: no price in the catalog, so the total says it is incomplete.
    QVERIFY(doc.value(u"incomplete"_s).toBool());
    bool outscale = false;
    for (const QJsonValue &m : doc.value(u"missing"_s).toArray()) {
        outscale = outscale || m.toString().contains(u"outscale"_s);
    }
    QVERIFY(outscale);
    // The bills cover the AWS platform only: the TCO says it is not like for like.
    QVERIFY(doc.contains(u"today"_s));
    QVERIFY(!doc.value(u"tco"_s).toObject().value(u"like_for_like"_s).toBool());
    QVERIFY(doc.value(u"today"_s).toObject().value(u"workloads_covered"_s).toInt() > 0);
    QVERIFY(run.out.contains(u"\"monthly_eur\": "_s));
}

void TestCliScenario::newAndSet()
{
    const QString project = m_dir.filePath(u"copy.boussole"_s);
    QVERIFY(QFile::copy(m_demo, project));
    Run run = cli({u"scenario"_s, u"new"_s, project, u"--name"_s, u"Tout Scaleway"_s,
                   u"--from-scenario"_s, u"Tout OVHcloud"_s});
    QCOMPARE(run.code, 0);
    const QString id = run.out.trimmed();
    QCOMPARE(id.size(), 36);
    const QString definition = m_dir.filePath(u"scaleway.yaml"_s);
    QFile file(definition);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("rules:\n  - {field: any, provider: scaleway}\n"
               "terms:\n  - {provider: scaleway, commitment_years: 1, discount_percent: 10, "
               "basis: assumption}\n"
               "assumptions: {horizon_years: 5}\n");
    file.close();
    run = cli({u"scenario"_s, u"set"_s, project, id, u"--file"_s, definition, u"--target"_s});
    QCOMPARE(run.code, 0);
    run = cli({u"scenario"_s, u"list"_s, project, u"--format"_s, u"json"_s});
    const QJsonArray list =
        QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"scenarios"_s).toArray();
    QCOMPARE(list.size(), 4);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const bool mine = o.value(u"id"_s).toString() == id;
        QCOMPARE(o.value(u"target"_s).toBool(), mine); // one target at a time
        if (mine) {
            QCOMPARE(o.value(u"horizon_years"_s).toInt(), 5);
            QCOMPARE(o.value(u"rules"_s).toArray().first().toObject().value(u"provider"_s),
                     QJsonValue(u"scaleway"_s));
        }
    }
}

void TestCliScenario::errors()
{
    QCOMPARE(cli({u"scenario"_s, u"list"_s}).code, 2);
    QCOMPARE(cli({u"scenario"_s, u"drop"_s, m_demo}).code, 2);
    QCOMPARE(cli({u"scenario"_s, u"show"_s, m_demo, u"nope"_s}).code, 1);
    const QString bad = m_dir.filePath(u"bad.yaml"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("rules:\n  - {field: colour, value: red, provider: ovhcloud}\n");
    file.close();
    const QString project = m_dir.filePath(u"bad.boussole"_s);
    QVERIFY(QFile::copy(m_demo, project));
    const Run run = cli({u"scenario"_s, u"set"_s, project, u"Tout OVHcloud"_s, u"--file"_s, bad});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"bad.yaml:2:"_s), qPrintable(run.err));
}

void TestCliScenario::compareAgainstTheBills()
{
    const Run run = cli({u"compare"_s, m_demo, u"--providers"_s, u"ovhcloud,scaleway"_s,
                         u"--scenario"_s, u"Tout OVHcloud"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // The demo's AWS bills describe the bastion, the two SFTP servers, the database and the EKS
    // node group: today's cost of those five against each provider's cost of the same five.
    const QJsonObject today = doc.value(u"today"_s).toObject();
    QCOMPARE(today.value(u"workloads"_s).toInt(), 5);
    QVERIFY(today.value(u"monthly_eur"_s).toDouble() > 0);
    QVERIFY(today.value(u"providers"_s).toObject().contains(u"ovhcloud"_s));
    const QJsonObject scenario = doc.value(u"scenario"_s).toObject();
    QCOMPARE(scenario.value(u"name"_s).toString(), u"Tout OVHcloud"_s);
    QVERIFY(scenario.value(u"placement"_s).toObject().size() > 50);
    QCOMPARE(cli({u"compare"_s, m_demo, u"--scenario"_s, u"nope"_s}).code, 1);
}

QTEST_MAIN(TestCliScenario)
#include "TestCliScenario.moc"
