// `boussole plan` on the demo project: the JSON contract, re-planning, exports, usage errors.
#include "app/cli/Cli.h"
#include "models/scenarios/Scenario.h"
#include "models/storage/ProjectFile.h"
#include "tests/app/CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using boussole::testing::cli;
using boussole::testing::Run;

class TestCliPlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonFollowsTheContract();
    void autoReplansTheSameWay();
    void exportsCsvAndMsProject();
    void noPlanYetIsAFailure();
    void badUsage();
    void costCurveFollowsTheScenario();
    void costCurveCountsOnPremisesWorkloads();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliPlan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.boussole"_s);
    QCOMPARE(cli({u"demo"_s, m_demo}).code, 0);
}

void TestCliPlan::jsonFollowsTheContract()
{
    const Run run = cli({u"plan"_s, m_demo, u"--format"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(doc.contains(u"schema_version"_s));
    QVERIFY(doc.contains(u"generated_at"_s));
    const QJsonArray waves = doc.value(u"waves"_s).toArray();
    QVERIFY(waves.size() >= 3);
    int workloads = 0;
    QString previousStart;
    for (const QJsonValue &v : waves) {
        const QJsonObject wave = v.toObject();
        for (const char16_t *key : {u"id", u"name", u"start", u"end", u"reason"}) {
            QVERIFY2(!wave.value(QString::fromUtf16(key)).toString().isEmpty(),
                     qPrintable(QString::fromUtf16(key)));
        }
        QVERIFY(wave.value(u"start"_s).toString() <= wave.value(u"end"_s).toString());
        QVERIFY(wave.value(u"start"_s).toString() >= previousStart);
        previousStart = wave.value(u"start"_s).toString();
        const QJsonArray ids = wave.value(u"workloads"_s).toArray();
        QVERIFY(!ids.isEmpty());
        workloads += int(ids.size());
        const QJsonArray items = wave.value(u"items"_s).toArray();
        QCOMPARE(items.size(), ids.size());
        QVERIFY(!items[0].toObject().value(u"reason"_s).toString().isEmpty());
    }
    // 88 workloads in the demo: each either in a wave or left out.
    QCOMPARE(workloads + int(doc.value(u"excluded"_s).toArray().size()), 88);
    QVERIFY(!doc.value(u"critical_path"_s).toArray().isEmpty());
    QCOMPARE(doc.value(u"rules"_s).toArray().size(), 7);
    QCOMPARE(doc.value(u"milestones"_s).toArray().size(), 2);
    // A dependency the demo states gives its reason.
    QVERIFY(run.out.contains(u"because it depends on Annuaire Active Directory / prod in wave"_s));
}

void TestCliPlan::autoReplansTheSameWay()
{
    const Run before = cli({u"plan"_s, m_demo, u"--format"_s, u"json"_s});
    const Run replanned = cli({u"plan"_s, m_demo, u"--auto"_s, u"--format"_s, u"json"_s});
    QCOMPARE(replanned.code, 0);
    const auto waves = [](const QString &json) {
        return QJsonDocument::fromJson(json.toUtf8()).object().value(u"waves"_s).toArray();
    };
    QCOMPARE(waves(replanned.out), waves(before.out));
}

void TestCliPlan::exportsCsvAndMsProject()
{
    const QString csv = m_dir.filePath(u"plan.csv"_s);
    const QString xml = m_dir.filePath(u"plan.xml"_s);
    QCOMPARE(cli({u"plan"_s, m_demo, u"--out"_s, csv}).code, 0);
    QCOMPARE(cli({u"plan"_s, m_demo, u"--out"_s, xml}).code, 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csvFile.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 88);
    QVERIFY(lines[0].endsWith(u"wave,wave_name,wave_start,wave_end,migrate_start,migrate_end,"
                              "workload_id,workload,application,environment,strategy,reason,"
                              "strategy_reason"_s));
    QFile xmlFile(xml);
    QVERIFY(xmlFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = xmlFile.readAll();
    QVERIFY(bytes.contains("<Project xmlns=\"http://schemas.microsoft.com/project\">"));
    QVERIFY(bytes.contains("<PredecessorLink>"));
    QVERIFY(bytes.contains("<Milestone>1</Milestone>"));
    const Run bad = cli({u"plan"_s, m_demo, u"--out"_s, m_dir.filePath(u"plan.pdf"_s)});
    QCOMPARE(bad.code, 1);
}

void TestCliPlan::noPlanYetIsAFailure()
{
    const QString empty = m_dir.filePath(u"empty.boussole"_s);
    QCOMPARE(cli({u"new"_s, empty}).code, 0);
    const Run run = cli({u"plan"_s, empty});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(u"--auto"_s));
    QCOMPARE(cli({u"plan"_s, empty, u"--auto"_s}).code, 0); // an empty plan is a plan
}

void TestCliPlan::badUsage()
{
    QCOMPARE(cli({u"plan"_s}).code, 2);
    QCOMPARE(cli({u"list"_s, m_demo, u"workloads"_s, u"--auto"_s}).code, 2);
    QCOMPARE(cli({u"plan"_s, m_dir.filePath(u"missing.boussole"_s)}).code, 1);
}

void TestCliPlan::costCurveFollowsTheScenario()
{
    // The target scenario by default; another one on demand; the curve changes with it.
    const Run target = cli({u"plan"_s, m_demo, u"--format"_s, u"json"_s});
    QCOMPARE(target.code, 0);
    const QJsonObject a = QJsonDocument::fromJson(target.out.toUtf8()).object();
    QCOMPARE(a.value(u"scenario"_s).toObject().value(u"name"_s).toString(), u"Tout OVHcloud"_s);
    const QJsonArray months = a.value(u"cost_curve"_s).toObject().value(u"months"_s).toArray();
    QVERIFY(months.size() >= 3);
    QVERIFY(months.first().toObject().contains(u"double_run"_s));
    const Run aws = cli({u"plan"_s, m_demo, u"--scenario"_s,
                         u"Rester sur AWS avec un plan d'épargne"_s, u"--format"_s, u"json"_s});
    QCOMPARE(aws.code, 0);
    const QJsonObject b = QJsonDocument::fromJson(aws.out.toUtf8()).object();
    QVERIFY(b.value(u"cost_curve"_s).toObject().value(u"months"_s).toArray().last() !=
            months.last());
    QCOMPARE(cli({u"plan"_s, m_demo, u"--scenario"_s, u"nope"_s}).code, 1);
}

void TestCliPlan::costCurveCountsOnPremisesWorkloads()
{
    // Workloads no bill describes cost what the project's on-premises model says (the demo's
    // illustrative assumptions): clearing the model lowers today's platform by at most their sum.
    const QString copy = m_dir.filePath(u"onprem.boussole"_s);
    QVERIFY(QFile::copy(m_demo, copy));
    const auto firstOldPlatform = [&copy] {
        const Run run = cli({u"plan"_s, copy, u"--format"_s, u"json"_s});
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject curve = doc.value(u"cost_curve"_s).toObject();
        return std::pair{curve.value(u"currency"_s).toString(), curve.value(u"months"_s)
                                                                    .toArray()
                                                                    .first()
                                                                    .toObject()
                                                                    .value(u"old_platform"_s)
                                                                    .toDouble()};
    };
    const auto [currency, withModel] = firstOldPlatform();
    double modelled = 0;
    {
        auto opened = Project::open(copy);
        QVERIFY(opened);
        for (const auto &[id, cost] :
             scenarios::curveCostsByWorkload(*opened.value(), currency).onPremises) {
            modelled += cost.toApproximateDouble();
        }
        QVERIFY(opened.value()->close().ok());
    }
    QVERIFY(modelled > 0);
    const QString clear = m_dir.filePath(u"clear.yaml"_s);
    QFile file(clear);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("on_premises: {}\n");
    file.close();
    QCOMPARE(cli({u"scenario"_s, u"set"_s, copy, u"Tout OVHcloud"_s, u"--file"_s, clear}).code, 0);
    const auto [sameCurrency, billsOnly] = firstOldPlatform();
    QCOMPARE(sameCurrency, currency);
    QVERIFY2(withModel > billsOnly, qPrintable(QString::number(withModel - billsOnly)));
    QVERIFY(withModel - billsOnly <= modelled + 0.01);
}

QTEST_MAIN(TestCliPlan)
#include "TestCliPlan.moc"
