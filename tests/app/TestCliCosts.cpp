// `boussole costs` and `boussole list PROJECT costs` on the FOCUS fixtures, whose totals were
// computed independently (tests/data/bills/focus/make_fixtures.py).
#include "app/cli/Cli.h"
#include "tests/app/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using boussole::testing::cli;
using boussole::testing::Run;

namespace {

QString bill(const QString &name)
{
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/focus/") + name;
}

// The exact number printed for a key (JSON numbers are compared as text: exactness is the point).
QString number(const QString &json, const QString &key)
{
    const QRegularExpression re(u"\"%1\": ?(-?[0-9.]+)"_s.arg(key));
    return re.match(json).captured(1);
}

} // namespace

class TestCliCosts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void totalIsExact();
    void byMonthAndPeriod();
    void currenciesAreNeverSummed();
    void conversionSaysWhichRate();
    void badUsage();
    void listCosts();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestCliCosts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(u"costs.boussole"_s);
    QCOMPARE(cli({u"new"_s, m_project}).code, 0);
    const Run imported = cli({u"import"_s, m_project, bill(u"focus-1.2-aws.csv"_s)});
    QCOMPARE(imported.code, 0);
    QVERIFY2(imported.out.contains(u"37 rows imported"_s), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(u"3 workloads derived from the bill"_s),
             qPrintable(imported.out));
}

void TestCliCosts::totalIsExact()
{
    const Run run = cli({u"costs"_s, m_project, u"--format"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    QCOMPARE(number(run.out, u"total"_s), u"1242.0314021538"_s);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(doc.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(doc.value(u"by"_s).toString(), u"service"_s);
    QVERIFY(doc.contains(u"schema_version"_s));
    const QJsonArray rows = doc.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 6);
    QVERIFY(rows.first().toObject().contains(u"key"_s));
    QVERIFY(rows.first().toObject().contains(u"cost"_s));
    // Each managed service says what it becomes on a European provider.
    bool rds = false;
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        if (o.value(u"key"_s).toString() == u"Amazon Relational Database Service") {
            rds = o.value(u"maps_to"_s).toObject().value(u"kind"_s).toString() ==
                  u"managed-database"_s;
        }
    }
    QVERIFY(rds);
    // Effective basis: the savings plan fees are spread over the usage they cover.
    const Run effective =
        cli({u"costs"_s, m_project, u"--format"_s, u"json"_s, u"--basis"_s, u"effective"_s});
    QCOMPARE(effective.code, 0);
    QVERIFY(number(effective.out, u"total"_s) != u"1242.0314021538"_s);
}

void TestCliCosts::byMonthAndPeriod()
{
    const Run run = cli({u"costs"_s, m_project, u"--by"_s, u"month"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.code, 0);
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 5); // header, 3 months, total
    QVERIFY(lines[1].startsWith(u"2025-01,"_s));
    QVERIFY(lines[3].startsWith(u"2025-03,"_s));
    const Run february = cli({u"costs"_s, m_project, u"--from"_s, u"2025-02-01"_s, u"--to"_s,
                              u"2025-02"_s, u"--format"_s, u"json"_s, u"--by"_s, u"month"_s});
    QCOMPARE(february.code, 0);
    const QJsonArray rows =
        QJsonDocument::fromJson(february.out.toUtf8()).object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value(u"key"_s).toString(), u"2025-02"_s);
}

void TestCliCosts::currenciesAreNeverSummed()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"two.boussole"_s);
    QCOMPARE(cli({u"new"_s, project}).code, 0);
    QCOMPARE(
        cli({u"import"_s, project, bill(u"focus-1.2-aws.csv"_s), bill(u"focus-1.3-ovhcloud.csv"_s)})
            .code,
        0);
    const Run run = cli({u"costs"_s, project, u"--format"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(doc.value(u"total"_s).isNull());
    QVERIFY(doc.value(u"currency"_s).isNull());
    QVERIFY(run.out.contains(u"\"USD\": 1242.0314021538"_s));
    QVERIFY(run.out.contains(u"\"EUR\": 292.6856643704"_s));
    const Run table = cli({u"costs"_s, project});
    QVERIFY2(table.err.contains(u"2 currencies"_s), qPrintable(table.err));
}

void TestCliCosts::conversionSaysWhichRate()
{
    const Run run =
        cli({u"costs"_s, m_project, u"--currency"_s, u"eur"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(doc.value(u"currency"_s).toString(), u"EUR"_s);
    const QJsonArray conversion = doc.value(u"conversion"_s).toArray();
    QCOMPARE(conversion.size(), 1);
    const QJsonObject rate = conversion.first().toObject();
    QVERIFY(!rate.value(u"date"_s).toString().isEmpty());
    QVERIFY(!rate.value(u"source"_s).toString().isEmpty());
    QVERIFY(doc.contains(u"catalog"_s));
    // No rate for the currency: an error, never an unconverted sum.
    const Run none = cli({u"costs"_s, m_project, u"--currency"_s, u"JPY"_s});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(u"no exchange rate from USD to JPY"_s), qPrintable(none.err));
}

void TestCliCosts::badUsage()
{
    QCOMPARE(cli({u"costs"_s, m_project, u"--by"_s, u"colour"_s}).code, 2);
    QCOMPARE(cli({u"costs"_s, m_project, u"--from"_s, u"yesterday"_s}).code, 2);
    QCOMPARE(cli({u"costs"_s, m_project, u"--from"_s, u"2025-03"_s, u"--to"_s, u"2025-01"_s}).code,
             2);
    QCOMPARE(cli({u"costs"_s, m_project, u"--basis"_s, u"list"_s}).code, 2);
    QCOMPARE(cli({u"list"_s, m_project, u"workloads"_s, u"--by"_s, u"month"_s}).code, 2);
    QCOMPARE(cli({u"costs"_s, m_dir.filePath(u"missing.boussole"_s)}).code, 1);
}

void TestCliCosts::listCosts()
{
    const Run csv = cli({u"list"_s, m_project, u"costs"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.code, 0);
    QCOMPARE(csv.out.trimmed().split(u'\n').size(), 38); // header + 37 lines
    const Run json = cli({u"list"_s, m_project, u"costs"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.code, 0);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray costs = doc.value(u"costs"_s).toArray();
    QCOMPARE(costs.size(), 37);
    QCOMPARE(costs.first().toObject().value(u"id"_s).toString().size(), 36);
    QVERIFY(json.out.contains(u"\"billed_cost\":5.3217454679"_s));
}

QTEST_MAIN(TestCliCosts)
#include "TestCliCosts.moc"
