// `boussole compliance`, `compliance set`, `audit verify` and `list PROJECT audit`.
#include "app/cli/Cli.h"
#include "tests/app/CliRun.h"

#include "models/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using boussole::testing::cli;
using boussole::testing::Run;

namespace {

QJsonObject framework(const QJsonObject &document, const QString &id)
{
    for (const QJsonValue &value : document.value(u"frameworks"_s).toArray()) {
        if (value.toObject().value(u"id"_s).toString() == id) {
            return value.toObject();
        }
    }
    return {};
}

} // namespace

class TestCliCompliance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"p%1.boussole"_s.arg(++m_count));
        QCOMPARE(cli({u"new"_s, m_project}).code, 0);
    }

    void setAndScore()
    {
        const QString evidence = m_dir.filePath(u"dpa.txt"_s);
        QFile file(evidence);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("signed DPA");
        file.close();

        Run run = cli({u"compliance"_s, u"set"_s, m_project, u"gdpr"_s, u"28.9"_s, u"compliant"_s,
                       u"--note"_s, u"signed 2025-03"_s, u"--evidence"_s, evidence});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash("signed DPA", QCryptographicHash::Sha256).toHex());
        QVERIFY2(run.out.contains(u"dpa.txt stored, SHA-256 "_s + sha), qPrintable(run.out));
        QCOMPARE(
            cli({u"compliance"_s, u"set"_s, m_project, u"gdpr"_s, u"32.1.a"_s, u"partial"_s}).code,
            0);
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"secnumcloud-3.2"_s, u"19.2.b"_s,
                      u"compliant"_s})
                     .code,
                 0);

        run = cli({u"compliance"_s, m_project, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(document.contains(u"schema_version"_s));
        const QJsonObject gdpr = framework(document, u"gdpr"_s);
        QCOMPARE(gdpr.value(u"version"_s).toString(), u"Regulation (EU) 2016/679"_s);
        QCOMPARE(gdpr.value(u"requirements"_s).toInt(), 24);
        QCOMPARE(gdpr.value(u"assessed"_s).toInt(), 2);
        // (1 + ½) ÷ 24 = 6.25 % → 6.3
        QCOMPARE(gdpr.value(u"score"_s).toDouble(), 6.3);
        QCOMPARE(gdpr.value(u"blocking"_s).toInt(), 0);
        QCOMPARE(gdpr.value(u"chapters"_s).toArray().size(), 3);
        const QJsonObject art28 = gdpr.value(u"chapters"_s).toArray().at(0).toObject();
        QCOMPARE(art28.value(u"id"_s).toString(), u"art-28"_s);
        QCOMPARE(art28.value(u"requirements"_s).toInt(), 12);
        QVERIFY(!art28.value(u"title"_s).toString().isEmpty());

        // A qualification shows blocking items, never a percentage.
        const QJsonObject snc = framework(document, u"secnumcloud-3.2"_s);
        QVERIFY(snc.value(u"score"_s).isNull());
        QCOMPARE(snc.value(u"blocking"_s).toInt(), 258); // 259 requirements, one compliant
        QCOMPARE(snc.value(u"assessed"_s).toInt(), 1);

        run = cli({u"compliance"_s, m_project, u"--framework"_s, u"gdpr"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"art-32"_s));
        QVERIFY(!run.out.contains(u"secnumcloud"_s));

        // The note given once is kept by a later status change without --note.
        QCOMPARE(
            cli({u"compliance"_s, u"set"_s, m_project, u"gdpr"_s, u"28.9"_s, u"partial"_s}).code,
            0);
        run = cli({u"list"_s, m_project, u"audit"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonArray audit =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"audit"_s).toArray();
        QCOMPARE(audit.size(), 5); // 3 sets, 1 evidence, 1 change
        const QJsonObject last = audit.last().toObject();
        QCOMPARE(last.value(u"seq"_s).toInt(), 5);
        QCOMPARE(last.value(u"payload"_s).toObject().value(u"after"_s).toObject().value(u"note"_s),
                 u"signed 2025-03"_s);
        QCOMPARE(last.value(u"prev_hash"_s).toString(),
                 audit.at(3).toObject().value(u"hash"_s).toString());
        QCOMPARE(audit.at(1).toObject().value(u"action"_s).toString(), u"evidence.add"_s);

        run = cli({u"list"_s, m_project, u"audit"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"compliant → partial"_s));
    }

    void auditVerify()
    {
        QCOMPARE(
            cli({u"compliance"_s, u"set"_s, m_project, u"hds-2"_s, u"EXI 28"_s, u"compliant"_s})
                .code,
            0);
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"hds-2"_s, u"EXI 29"_s,
                      u"non-compliant"_s, u"--note"_s, u"support from the US"_s})
                     .code,
                 0);
        Run run = cli({u"audit"_s, u"verify"_s, m_project});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"Entries: 2"_s));
        const QString head = run.out.section(u"Head: "_s, 1).section(u'\n', 0, 0);
        QCOMPARE(head.size(), 64);

        run = cli({u"audit"_s, u"verify"_s, m_project, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject ok = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(ok.value(u"intact"_s).toBool());
        QCOMPARE(ok.value(u"head"_s).toString(), head);

        {
            Database db;
            QVERIFY(db.open(m_project, OpenFlag::ReadWrite).ok());
            QVERIFY(db.exec("UPDATE audit_log SET payload = replace(payload, 'the US', 'Paris') "
                            "WHERE seq = 2")
                        .ok());
            QVERIFY(db.close().ok());
        }
        run = cli({u"audit"_s, u"verify"_s, m_project});
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(u"audit entry 2 was altered"_s), qPrintable(run.err));
        run = cli({u"audit"_s, u"verify"_s, m_project, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 3);
        QCOMPARE(
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"first_bad_entry"_s).toInt(),
            2);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown framework")
            << QStringList{u"compliance"_s, u"set"_s, u"P"_s, u"iso"_s, u"1"_s, u"compliant"_s}
            << u"unknown framework"_s;
        QTest::newRow("unknown item")
            << QStringList{u"compliance"_s, u"set"_s, u"P"_s, u"gdpr"_s, u"99"_s, u"compliant"_s}
            << u"no item"_s;
        QTest::newRow("bad status")
            << QStringList{u"compliance"_s, u"set"_s, u"P"_s, u"gdpr"_s, u"28.9"_s, u"ok"_s}
            << u"STATUS"_s;
        QTest::newRow("missing status")
            << QStringList{u"compliance"_s, u"set"_s, u"P"_s, u"gdpr"_s, u"28.9"_s} << u"needs"_s;
        QTest::newRow("unknown --framework")
            << QStringList{u"compliance"_s, u"P"_s, u"--framework"_s, u"iso"_s}
            << u"unknown framework"_s;
        QTest::newRow("note elsewhere")
            << QStringList{u"list"_s, u"P"_s, u"audit"_s, u"--note"_s, u"x"_s}
            << u"only applies to the compliance command"_s;
        QTest::newRow("audit without verify") << QStringList{u"audit"_s, u"P"_s} << u"verify"_s;
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.replaceInStrings(QRegularExpression(u"^P$"_s), m_project);
        const Run run = cli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // The demo project carries a partly completed assessment with evidence and a real trail.
    void demoAssessment()
    {
        const QString demo = m_dir.filePath(u"demo.boussole"_s);
        QCOMPARE(cli({u"demo"_s, demo}).code, 0);
        Run run = cli({u"audit"_s, u"verify"_s, demo, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"entries"_s).toInt(),
                 17); // 14 assessments and 3 evidence files
        run = cli({u"compliance"_s, demo, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject dora = framework(document, u"dora"_s);
        QCOMPARE(dora.value(u"assessed"_s).toInt(), 4);
        QVERIFY(dora.value(u"suggested"_s).toBool()); // the demo is an insurer
        QVERIFY(framework(document, u"hds-2"_s).value(u"suggested"_s).toBool());
        QCOMPARE(framework(document, u"secnumcloud-3.2"_s).value(u"assessed"_s).toInt(), 6);
        bool awsExposed = false;
        for (const QJsonValue &provider : document.value(u"providers"_s).toArray()) {
            if (provider.toObject().value(u"id"_s).toString() == u"aws") {
                awsExposed = provider.toObject().value(u"extra_eu_law_exposure"_s).toBool();
            }
        }
        QVERIFY(awsExposed);
    }

    void exportAndMerge()
    {
        const QString other = m_dir.filePath(u"other%1.boussole"_s.arg(m_count));
        QCOMPARE(cli({u"new"_s, other}).code, 0);
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"dora"_s, u"29"_s, u"partial"_s}).code,
                 0);
        QCOMPARE(
            cli({u"compliance"_s, u"set"_s, m_project, u"dora"_s, u"28.4"_s, u"compliant"_s}).code,
            0);
        QCOMPARE(
            cli({u"compliance"_s, u"set"_s, other, u"dora"_s, u"29"_s, u"non-compliant"_s}).code,
            0);
        const QString file = m_dir.filePath(u"dora%1.json"_s.arg(m_count));
        Run run = cli({u"compliance"_s, u"export"_s, m_project, u"dora"_s, file});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = cli({u"compliance"_s, u"merge"_s, other, file});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"taken 1"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Conflict 29: yours non-compliant, theirs partial"_s));
        run = cli({u"compliance"_s, u"merge"_s, other, file, u"--prefer"_s, u"theirs"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"preference 1"_s));
        QCOMPARE(cli({u"audit"_s, u"verify"_s, other}).code, 0);
        run = cli({u"list"_s, other, u"audit"_s, u"--format"_s, u"json"_s});
        const QJsonArray audit =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"audit"_s).toArray();
        QCOMPARE(audit.last().toObject().value(u"action"_s).toString(), u"merge"_s);
        QCOMPARE(cli({u"compliance"_s, u"merge"_s, other, file, u"--prefer"_s, u"both"_s}).code, 2);
        QCOMPARE(cli({u"compliance"_s, other, u"--prefer"_s, u"mine"_s}).code, 2);
    }

    // Issue 7: --evidence-expires sets the expiry of the evidence file; compliance reports
    // expired files.
    void evidenceExpires()
    {
        const QString evidence = m_dir.filePath(u"iso27001.pdf"_s);
        QFile file(evidence);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF ISO 27001 certificate");
        file.close();

        Run run = cli({u"compliance"_s, u"set"_s, m_project, u"gdpr"_s, u"32.1.a"_s, u"compliant"_s,
                       u"--evidence"_s, evidence, u"--evidence-expires"_s, u"2020-01-31"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Evidence expires on 2020-01-31"_s), qPrintable(run.out));
        const QString soon = QDate::currentDate().addDays(5).toString(Qt::ISODate);
        const QString other = m_dir.filePath(u"pentest.pdf"_s);
        QFile second(other);
        QVERIFY(second.open(QIODevice::WriteOnly));
        second.write("%PDF pentest report");
        second.close();
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"gdpr"_s, u"32.1.b"_s, u"partial"_s,
                      u"--evidence"_s, other, u"--evidence-expires="_s + soon})
                     .code,
                 0);

        run = cli({u"compliance"_s, m_project, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        QJsonObject gdpr = framework(QJsonDocument::fromJson(run.out.toUtf8()).object(), u"gdpr"_s);
        QCOMPARE(gdpr.value(u"evidence_files"_s).toInt(), 2);
        QCOMPARE(gdpr.value(u"evidence_expired"_s).toInt(), 1);
        QCOMPARE(gdpr.value(u"evidence_expiring"_s).toInt(), 1);
        QCOMPARE(gdpr.value(u"chapters"_s).toArray().at(1).toObject().value(u"id"_s).toString(),
                 u"art-32"_s);
        QCOMPARE(gdpr.value(u"chapters"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"evidence_expired"_s)
                     .toInt(),
                 1);
        QCOMPARE(framework(QJsonDocument::fromJson(run.out.toUtf8()).object(), u"dora"_s)
                     .value(u"evidence_expired"_s)
                     .toInt(),
                 0);
        run = cli({u"compliance"_s, m_project, u"--framework"_s, u"gdpr"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"evidence_expired"_s), qPrintable(run.out));

        // The same file again with a new date: not stored twice, its date changes (logged).
        run = cli({u"compliance"_s, u"set"_s, m_project, u"gdpr"_s, u"32.1.a"_s, u"compliant"_s,
                   u"--evidence"_s, evidence, u"--evidence-expires"_s, u"2099-12-31"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"already stored"_s), qPrintable(run.out));
        run = cli({u"compliance"_s, m_project, u"--format"_s, u"json"_s});
        gdpr = framework(QJsonDocument::fromJson(run.out.toUtf8()).object(), u"gdpr"_s);
        QCOMPARE(gdpr.value(u"evidence_files"_s).toInt(), 2);
        QCOMPARE(gdpr.value(u"evidence_expired"_s).toInt(), 0);
        run = cli({u"list"_s, m_project, u"audit"_s});
        QVERIFY2(run.out.contains(u"expires 2020-01-31 → 2099-12-31"_s), qPrintable(run.out));
        QCOMPARE(cli({u"audit"_s, u"verify"_s, m_project}).code, 0);
    }

    void evidenceExpiresBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList set = {u"compliance"_s, u"set"_s,       u"P"_s,          u"gdpr"_s,
                                 u"28.9"_s,       u"compliant"_s, u"--evidence"_s, u"E"_s};
        QTest::newRow("no such day")
            << (set + QStringList{u"--evidence-expires"_s, u"2027-02-30"_s})
            << u"--evidence-expires must be a date written YYYY-MM-DD"_s;
        QTest::newRow("French order")
            << (set + QStringList{u"--evidence-expires"_s, u"31/01/2027"_s})
            << u"not \"31/01/2027\""_s;
        QTest::newRow("short month")
            << (set + QStringList{u"--evidence-expires"_s, u"2027-1-31"_s}) << u"YYYY-MM-DD"_s;
        QTest::newRow("with a time")
            << (set + QStringList{u"--evidence-expires"_s, u"2027-01-31T00:00"_s})
            << u"YYYY-MM-DD"_s;
        QTest::newRow("without --evidence") << QStringList{u"compliance"_s,
                                                           u"set"_s,
                                                           u"P"_s,
                                                           u"gdpr"_s,
                                                           u"28.9"_s,
                                                           u"compliant"_s,
                                                           u"--evidence-expires"_s,
                                                           u"2027-01-31"_s}
                                            << u"needs --evidence"_s;
        QTest::newRow("not set") << QStringList{u"compliance"_s, u"P"_s, u"--evidence-expires"_s,
                                                u"2027-01-31"_s}
                                 << u"only applies to compliance set"_s;
        QTest::newRow("other command")
            << QStringList{u"list"_s, u"P"_s, u"audit"_s, u"--evidence-expires"_s, u"2027-01-31"_s}
            << u"only applies to the compliance command"_s;
    }

    void evidenceExpiresBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString evidence = m_dir.filePath(u"e.txt"_s);
        QFile file(evidence);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("e");
        file.close();
        arguments.replaceInStrings(QRegularExpression(u"^P$"_s), m_project);
        arguments.replaceInStrings(QRegularExpression(u"^E$"_s), evidence);
        const Run run = cli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        // Nothing was written.
        const Run audit = cli({u"audit"_s, u"verify"_s, m_project, u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(audit.out.toUtf8()).object().value(u"entries"_s).toInt(),
                 0);
    }

    void helpMentionsTheCommands()
    {
        const Run run = cli({u"--help"_s});
        QVERIFY(run.out.contains(u"audit verify PROJECT"_s));
        QVERIFY(run.out.contains(u"compliance PROJECT"_s));
        const Run help = cli({u"help"_s, u"compliance"_s});
        QVERIFY2(help.out.contains(u"--evidence-expires YYYY-MM-DD"_s), qPrintable(help.out));
        QVERIFY(help.out.contains(u"expire within 30 days"_s));
        QVERIFY(Cli::isCliInvocation({u"audit"_s, u"verify"_s, u"x.boussole"_s}));
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_count = 0;
};

QTEST_MAIN(TestCliCompliance)
#include "TestCliCompliance.moc"
