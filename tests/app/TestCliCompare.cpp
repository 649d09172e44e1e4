// `boussole compare`: the JSON shape of CLI.md with exact amounts, table and CSV output, the
// options, and the demo on the embedded catalog. Figures are checked on a small fixed catalog
// (tests/data/compare/catalog) where they can be worked out by hand.
#include "app/cli/Cli.h"
#include "models/demo/DemoProject.h"
#include "models/storage/ProjectFile.h"
#include "tests/app/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using boussole::testing::cli;
using boussole::testing::Run;

namespace {

QJsonObject parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning() << error.errorString();
    }
    return document.object();
}

const QString kCatalog = QStringLiteral(BOUSSOLE_TEST_DATA "/compare/catalog");

Workload machine(const QString &name, double vcpu, double memory, double storage, const QString &os)
{
    Workload w;
    w.name = name;
    w.kind = u"vm"_s;
    w.vcpu = vcpu;
    w.memoryGib = memory;
    w.storageGib = storage;
    w.osFamily = os;
    w.environment = u"prod"_s;
    w.powerState = u"on"_s;
    return w;
}

QJsonObject workloadNamed(const QJsonObject &doc, const QString &name)
{
    for (const QJsonValue &value : doc.value(u"workloads"_s).toArray()) {
        if (value.toObject().value(u"name"_s).toString() == name) {
            return value.toObject();
        }
    }
    return {};
}

} // namespace

class TestCliCompare : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"small.boussole"_s);
        auto project = Project::create(m_project, u"Small"_s);
        QVERIFY(project);
        Workload gpu = machine(u"ocr"_s, 8, 32, 0, u"linux"_s);
        gpu.gpuCount = 1;
        gpu.gpuModel = u"L4"_s;
        ImportRecord record;
        record.fileName = u"inventory.csv"_s;
        record.format = u"csv"_s;
        QVERIFY(
            project.value()->addImport(record, {machine(u"web"_s, 2, 4, 100, u"linux"_s),
                                                machine(u"win"_s, 4, 16, 50, u"windows"_s), gpu}));
        QVERIFY(project.value()->close());
    }

    void jsonShapeWithExactAmounts()
    {
        const Run run =
            cli({u"compare"_s, m_project, u"--catalog"_s, kCatalog, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject doc = parse(run.out);
        for (const char *key : {"schema_version", "generated_at", "catalog", "sizing", "providers",
                                "workloads", "totals", "totals_detail"}) {
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        }
        QCOMPARE(doc.value(u"catalog"_s).toObject().value(u"id"_s).toString(), u"catalog"_s);
        QCOMPARE(doc.value(u"catalog"_s).toObject().value(u"date"_s).toString(), u"2026-03-01"_s);
        QCOMPARE(doc.value(u"sizing"_s).toString(), u"as-is"_s);
        QCOMPARE(doc.value(u"providers"_s).toArray().toVariantList(),
                 (QVariantList{u"nostore"_s, u"small"_s}));

        // web on small: s-2-8 at 0.05 €/h × 730 h = 36.5, 100 GB × 0.1 = 10.
        const QJsonObject web = workloadNamed(doc, u"web"_s);
        const QJsonObject onSmall = web.value(u"matches"_s).toObject().value(u"small"_s).toObject();
        QCOMPARE(onSmall.value(u"offer"_s).toString(), u"s-2-8"_s);
        QCOMPARE(onSmall.value(u"region"_s).toString(), u"par"_s);
        QCOMPARE(onSmall.value(u"vcpu"_s).toDouble(), 2.0);
        QCOMPARE(onSmall.value(u"memory_gib"_s).toDouble(), 4.0);
        QCOMPARE(onSmall.value(u"monthly_eur"_s).toDouble(), 46.5);
        const QJsonObject components = onSmall.value(u"components"_s).toObject();
        QCOMPARE(components.value(u"compute"_s).toDouble(), 36.5);
        QCOMPARE(components.value(u"storage"_s).toDouble(), 10.0);
        for (const char *key : {"egress", "licence", "platform"}) {
            QVERIFY2(components.contains(QLatin1String(key)), key);
        }
        for (const char *key : {"confidence", "verified", "source", "date"}) {
            QVERIFY2(onSmall.contains(QLatin1String(key)), key);
        }
        QCOMPARE(onSmall.value(u"confidence"_s).toInt(), 5);
        QCOMPARE(onSmall.value(u"verified"_s).toBool(), true);
        QCOMPARE(onSmall.value(u"date"_s).toString(), u"2026-02-01"_s);

        // On nostore: 0.2 USD/h × 730 = 146 USD = 116.8 EUR at the table's 1.25; the storage has
        // no sourced price: null, never 0, and the result is incomplete.
        const QJsonObject onNostore =
            web.value(u"matches"_s).toObject().value(u"nostore"_s).toObject();
        QCOMPARE(onNostore.value(u"monthly_eur"_s).toDouble(), 116.8);
        QVERIFY(onNostore.value(u"components"_s).toObject().value(u"storage"_s).isNull());
        QCOMPARE(onNostore.value(u"incomplete"_s).toBool(), true);
        QCOMPARE(onNostore.value(u"verified"_s).toBool(), false);

        // The GPU machine: no eligible offer anywhere, with the reason.
        const QJsonObject ocr = workloadNamed(doc, u"ocr"_s);
        QVERIFY(ocr.value(u"matches"_s).toObject().value(u"small"_s).isNull());
        QVERIFY(
            ocr.value(u"unmatched"_s).toObject().value(u"small"_s).toString().contains(u"GPU"_s));

        // Totals: small = 46.5 + (73 + 5), the Windows licence missing; nostore = 2 × 116.8.
        const QJsonObject totals = doc.value(u"totals"_s).toObject();
        QCOMPARE(totals.value(u"small"_s).toDouble(), 124.5);
        QCOMPARE(totals.value(u"nostore"_s).toDouble(), 233.6);
        const QJsonObject detail = doc.value(u"totals_detail"_s).toObject();
        QCOMPARE(detail.value(u"small"_s).toObject().value(u"incomplete"_s).toBool(), true);
        QCOMPARE(detail.value(u"small"_s).toObject().value(u"unpriced_count"_s).toInt(), 1);
        QCOMPARE(detail.value(u"nostore"_s).toObject().value(u"unpriced_count"_s).toInt(), 2);
        // Amounts are bare JSON numbers with their exact digits.
        QVERIFY(run.out.contains(u"\"small\": 124.5"_s));
        QVERIFY(run.out.contains(u"\"nostore\": 233.6"_s));
    }

    void optionsNarrowTheComparison()
    {
        Run run = cli({u"compare"_s, m_project, u"--catalog"_s, kCatalog, u"--format"_s, u"json"_s,
                       u"--providers"_s, u"small"_s});
        QCOMPARE(run.code, 0);
        QJsonObject doc = parse(run.out);
        QCOMPARE(doc.value(u"providers"_s).toArray().size(), 1);

        // HDS required: nostore holds none, small holds it in Paris.
        run = cli({u"compare"_s, m_project, u"--catalog"_s, kCatalog, u"--format"_s, u"json"_s,
                   u"--require"_s, u"hds"_s});
        QCOMPARE(run.code, 0);
        doc = parse(run.out);
        QCOMPARE(doc.value(u"totals_detail"_s)
                     .toObject()
                     .value(u"nostore"_s)
                     .toObject()
                     .value(u"matched"_s)
                     .toInt(),
                 0);
        QVERIFY(doc.value(u"totals"_s).toObject().value(u"nostore"_s).isNull());
        QCOMPARE(doc.value(u"totals"_s).toObject().value(u"small"_s).toDouble(), 124.5);

        // France only: Frankfurt is out.
        run = cli({u"compare"_s, m_project, u"--catalog"_s, kCatalog, u"--format"_s, u"json"_s,
                   u"--regions"_s, u"france"_s, u"--sizing"_s, u"performance"_s});
        QCOMPARE(run.code, 0);
        doc = parse(run.out);
        QCOMPARE(doc.value(u"sizing"_s).toString(), u"performance"_s);
        QVERIFY(workloadNamed(doc, u"web"_s)
                    .value(u"unmatched"_s)
                    .toObject()
                    .value(u"nostore"_s)
                    .toString()
                    .contains(u"France"_s));
    }

    void tableAndCsv()
    {
        Run run = cli({u"compare"_s, m_project, u"--catalog"_s, kCatalog});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"s-2-8"_s));
        QVERIFY(run.out.contains(u"46.50"_s));
        QVERIFY(run.out.contains(u"124.50?"_s)); // incomplete total
        QVERIFY(run.out.contains(u"Prices as of"_s));

        run = cli({u"compare"_s, m_project, u"--catalog"_s, kCatalog, u"--format"_s, u"csv"_s});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.trimmed().split(u'\n');
        QVERIFY(lines.first().startsWith(u"workload_id,name,provider,offer,region"_s));
        QCOMPARE(lines.size(), 1 + 3 * 2);
        QVERIFY(run.out.contains(u",small,s-2-8,par,2,4,46.5,36.5,10,0,0,0,false,,5,true,"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no project") << QStringList{u"compare"_s} << u"exactly one PROJECT"_s;
        QTest::newRow("bad sizing")
            << QStringList{u"compare"_s, u"p"_s, u"--sizing"_s, u"x"_s} << u"--sizing must be"_s;
        QTest::newRow("bad regions") << QStringList{u"compare"_s, u"p"_s, u"--regions"_s, u"mars"_s}
                                     << u"--regions must be"_s;
        QTest::newRow("option elsewhere")
            << QStringList{u"list"_s, u"p"_s, u"workloads"_s, u"--sizing"_s, u"as-is"_s}
            << u"only applies to the compare command"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        if (arguments.size() > 1 && arguments[1] == u"p") {
            arguments[1] = m_project;
        }
        const Run run = cli(arguments);
        QCOMPARE(run.code, int(Cli::ExitUsage));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void unknownProviderAndMissingProject()
    {
        Run run = cli(
            {u"compare"_s, m_project, u"--catalog"_s, kCatalog, u"--providers"_s, u"small,nope"_s});
        QCOMPARE(run.code, int(Cli::ExitUsage));
        QVERIFY(run.err.contains(u"unknown provider \"nope\""_s));
        run = cli({u"compare"_s, m_dir.filePath(u"missing.boussole"_s)});
        QCOMPARE(run.code, int(Cli::ExitFailed));
    }

    void demoOnTheEmbeddedCatalog()
    {
        const QString demo = m_dir.filePath(u"demo.boussole"_s);
        QVERIFY(createDemoProject(demo).ok());
        const Run run = cli({u"compare"_s, demo, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject doc = parse(run.out);
        QCOMPARE(doc.value(u"catalog"_s).toObject().value(u"id"_s).toString(), u"embedded"_s);
        const QJsonArray workloads = doc.value(u"workloads"_s).toArray();
        QVERIFY(workloads.size() > 70);
        QVERIFY(doc.value(u"providers"_s).toArray().contains(u"ovhcloud"_s));
        // Every workload has, per provider, either a match or a reason.
        for (const QJsonValue &value : workloads) {
            const QJsonObject w = value.toObject();
            for (const QJsonValue &p : doc.value(u"providers"_s).toArray()) {
                const QString id = p.toString();
                const bool matched = w.value(u"matches"_s).toObject().value(id).isObject();
                const bool reason = w.value(u"unmatched"_s).toObject().contains(id);
                QVERIFY(matched != reason);
            }
        }
    }
};

QTEST_MAIN(TestCliCompare)
#include "TestCliCompare.moc"
