// Issue 6 on the command line: a scenario on a provider sold per dedicated host (`compare
// --scenario` JSON "hosts"), and the project's services map in `costs --by service` and
// `compare` (its "services" section).
#include "app/cli/Cli.h"
#include "models/commands/SetServiceMapCommand.h"
#include "models/demo/DemoProject.h"
#include "models/storage/ProjectFile.h"
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

class TestCliHosts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scenarioOnDedicatedHosts();
    void servicesMapOverride();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliHosts::initTestCase()
{
    m_demo = m_dir.filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(m_demo).ok());
}

void TestCliHosts::scenarioOnDedicatedHosts()
{
    const QString project = m_dir.filePath(u"hosts.boussole"_s);
    QVERIFY(QFile::copy(m_demo, project));
    Run run = cli({u"pricebook"_s, u"import"_s, project,
                   QStringLiteral(BOUSSOLE_TEST_DATA "/pricebook/devis-hotes-dedies-fictif.yaml")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"dedicated host"_s), qPrintable(run.out));
    run = cli({u"scenario"_s, u"new"_s, project, u"--name"_s, u"Tout Cloud Temple"_s});
    QCOMPARE(run.code, 0);
    const QString id = run.out.trimmed();
    const QString definition = m_dir.filePath(u"cloud-temple.yaml"_s);
    QFile file(definition);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("rules:\n  - {field: any, provider: cloud-temple}\n");
    file.close();
    QCOMPARE(cli({u"scenario"_s, u"set"_s, project, id, u"--file"_s, definition}).code, 0);

    run = cli({u"compare"_s, project, u"--providers"_s, u"cloud-temple"_s, u"--scenario"_s,
               u"Tout Cloud Temple"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray hosts = doc.value(u"scenario"_s).toObject().value(u"hosts"_s).toArray();
    QCOMPARE(hosts.size(), 1);
    const QJsonObject pool = hosts.first().toObject();
    for (const char *key :
         {"offer", "count", "vcpu_fill", "memory_fill", "source", "overcommit", "price_per_host",
          "monthly_eur", "valid_until", "expired", "allocation", "assignment"}) {
        QVERIFY2(pool.contains(QString::fromLatin1(key)), key);
    }
    QCOMPARE(pool.value(u"offer"_s).toString(), u"iaas-vmware"_s);
    QCOMPARE(pool.value(u"overcommit"_s).toDouble(), 2.0);
    QCOMPARE(pool.value(u"source"_s).toString(),
             u"quote n° CT-FICTIF-2026-0142 (valid until 2027-03-31)"_s);
    const int count = pool.value(u"count"_s).toInt();
    QVERIFY(count >= 1);
    QVERIFY(pool.value(u"vcpu_fill"_s).toDouble() <= 1.0);
    QVERIFY(pool.value(u"memory_fill"_s).toDouble() <= 1.0);
    // Every workload packed sits on exactly one host.
    int packed = 0;
    QSet<QString> seen;
    for (const QJsonValue &host : pool.value(u"assignment"_s).toArray()) {
        for (const QJsonValue &w : host.toObject().value(u"workloads"_s).toArray()) {
            QVERIFY(!seen.contains(w.toString()));
            seen.insert(w.toString());
            ++packed;
        }
    }
    QVERIFY(packed > 10);
    const bool expired = QDate::currentDate() > QDate(2027, 3, 31);
    QCOMPARE(pool.value(u"expired"_s).toBool(), expired);
    if (!expired) {
        // monthly_eur = count × 4 250 (the model tests check the exact allocation).
        QCOMPARE(pool.value(u"monthly_eur"_s).toDouble(), 4250.0 * count);
        QCOMPARE(pool.value(u"price_per_host"_s).toDouble(), 4250.0);
    }
    // The workloads' matches say which host they sit on.
    int onHosts = 0;
    for (const QJsonValue &w : doc.value(u"workloads"_s).toArray()) {
        const QJsonObject match =
            w.toObject().value(u"matches"_s).toObject().value(u"cloud-temple"_s).toObject();
        if (match.value(u"offer_kind"_s).toString() == u"dedicated-host") {
            QCOMPARE(match.value(u"hosts"_s).toInt(), count);
            QVERIFY(match.value(u"host"_s).toInt() >= 1);
            ++onHosts;
        }
    }
    QCOMPARE(onHosts, packed);
    // The table says it in one line per pool.
    run = cli({u"compare"_s, project, u"--providers"_s, u"cloud-temple"_s, u"--scenario"_s,
               u"Tout Cloud Temple"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"iaas-vmware at cloud-temple"_s), qPrintable(run.out));
}

void TestCliHosts::servicesMapOverride()
{
    const QString project = m_dir.filePath(u"services.boussole"_s);
    QVERIFY(QFile::copy(m_demo, project));
    const auto rdsKind = [&project](QString *origin) {
        const Run run =
            cli({u"costs"_s, project, u"--by"_s, u"service"_s, u"--format"_s, u"json"_s});
        for (const QJsonValue &row :
             QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"rows"_s).toArray()) {
            const QJsonObject o = row.toObject();
            if (o.value(u"key"_s).toString() == u"Amazon Relational Database Service") {
                const QJsonObject maps = o.value(u"maps_to"_s).toObject();
                *origin = maps.value(u"origin"_s).toString();
                return maps.value(u"kind"_s).toString();
            }
        }
        return QString();
    };
    QString origin;
    QCOMPARE(rdsKind(&origin), u"managed-database"_s);
    QCOMPARE(origin, u"shipped"_s);
    {
        Result<std::unique_ptr<Project>> opened = Project::open(project);
        QVERIFY(opened);
        ServiceMapOverride o;
        o.id = u"managed-relational-database"_s;
        o.kind = u"compute"_s;
        o.refactor = true;
        o.note = u"self-hosted PostgreSQL on VMs"_s;
        SetServiceMapCommand(opened.value().get(), {o}, QString()).redo();
    }
    QCOMPARE(rdsKind(&origin), u"compute"_s);
    QCOMPARE(origin, u"edited"_s);
    Run run = cli({u"costs"_s, project, u"--by"_s, u"service"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"compute*"_s), qPrintable(run.out));
    QVERIFY(run.err.contains(u"edited or added in this project"_s));
    // compare uses the same map for the bills' services.
    run = cli({u"compare"_s, project, u"--providers"_s, u"ovhcloud"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    bool found = false;
    for (const QJsonValue &line :
         QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"services"_s).toArray()) {
        const QJsonObject o = line.toObject();
        if (o.value(u"service"_s).toString() == u"Amazon Relational Database Service") {
            found = true;
            QCOMPARE(o.value(u"maps_to"_s).toObject().value(u"kind"_s).toString(), u"compute"_s);
            QVERIFY(o.value(u"maps_to"_s).toObject().value(u"refactor"_s).toBool());
        }
    }
    QVERIFY(found);
    // Reverted (no override left): the shipped entry again.
    {
        Result<std::unique_ptr<Project>> opened = Project::open(project);
        QVERIFY(opened);
        SetServiceMapCommand(opened.value().get(), {}, QString()).redo();
    }
    QCOMPARE(rdsKind(&origin), u"managed-database"_s);
    QCOMPARE(origin, u"shipped"_s);
    // The help says how the map is used.
    run = cli({u"help"_s, u"costs"_s});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"services map"_s), qPrintable(run.out));
}

QTEST_MAIN(TestCliHosts)
#include "TestCliHosts.moc"
