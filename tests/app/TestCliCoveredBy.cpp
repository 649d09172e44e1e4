// Issue 7: `boussole compliance PROJECT --framework ID --format json` gives each item the answers
// of other frameworks that cover it ("covered_by", with the link's basis), and every compliance
// document lists the guidance that applies to the organisation ("guidance").
#include "app/cli/Cli.h"
#include "tests/app/CliRun.h"

#include "models/storage/ProjectFile.h"

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

QJsonObject item(const QJsonObject &document, const QString &id)
{
    const QJsonArray frameworks = document.value(u"frameworks"_s).toArray();
    if (frameworks.size() != 1) {
        return {};
    }
    for (const QJsonValue &value : frameworks.at(0).toObject().value(u"items"_s).toArray()) {
        if (value.toObject().value(u"id"_s).toString() == id) {
            return value.toObject();
        }
    }
    return {};
}

QStringList guidanceIds(const QJsonObject &document)
{
    QStringList ids;
    for (const QJsonValue &value : document.value(u"guidance"_s).toArray()) {
        ids << value.toObject().value(u"id"_s).toString();
    }
    return ids;
}

} // namespace

class TestCliCoveredBy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"p%1.boussole"_s.arg(++m_count));
        QCOMPARE(cli({u"new"_s, m_project}).code, 0);
    }

    void coveredByInJsonAndTable()
    {
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"secnumcloud-3.2"_s, u"12.3.a"_s,
                      u"compliant"_s})
                     .code,
                 0);
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"secnumcloud-3.2"_s, u"19.2.b"_s,
                      u"partial"_s})
                     .code,
                 0);
        Run run = cli({u"compliance"_s, m_project, u"--framework"_s, u"iso27001-2022"_s,
                       u"--format"_s, u"json"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject control = item(document, u"A.8.31"_s);
        QCOMPARE(control.value(u"status"_s).toString(), u"unknown"_s);
        const QJsonArray covered = control.value(u"covered_by"_s).toArray();
        QCOMPARE(covered.size(), 1);
        const QJsonObject by = covered.at(0).toObject();
        QCOMPARE(by.value(u"framework"_s).toString(), u"secnumcloud-3.2"_s);
        QCOMPARE(by.value(u"requirement"_s).toString(), u"12.3.a"_s);
        QCOMPARE(by.value(u"status"_s).toString(), u"compliant"_s);
        QCOMPARE(by.value(u"basis"_s).toString(), u"structural"_s);
        QCOMPARE(control.value(u"suggested_status"_s).toString(), u"compliant"_s);
        // Only where relevant: an item nothing covers has no key.
        QVERIFY(!item(document, u"A.5.7"_s).contains(u"covered_by"_s));
        QVERIFY(!item(document, u"A.5.7"_s).isEmpty());
        QCOMPARE(document.value(u"frameworks"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"items"_s)
                     .toArray()
                     .size(),
                 118);
        QCOMPARE(document.value(u"crosswalk"_s).toObject().value(u"official"_s).toBool(true),
                 false);

        // HDS sees the SecNumCloud answer through an analysis link.
        run = cli(
            {u"compliance"_s, m_project, u"--framework"_s, u"hds-2"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonObject exi28 = item(document, u"EXI 28"_s);
        QCOMPARE(exi28.value(u"covered_by"_s).toArray().at(0).toObject().value(u"basis"_s),
                 u"analysis"_s);
        QCOMPARE(exi28.value(u"suggested_status"_s).toString(), u"partial"_s);

        // The table gets a short note.
        run = cli({u"compliance"_s, m_project, u"--framework"_s, u"iso27001-2022"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(u"A.8.31 covered by secnumcloud-3.2 12.3.a compliant "
                                  u"(structural)"_s),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"Not an official correspondence"_s));
        // CSV stays plain rows.
        run = cli({u"compliance"_s, m_project, u"--framework"_s, u"iso27001-2022"_s, u"--format"_s,
                   u"csv"_s});
        QVERIFY(!run.out.contains(u"covered by"_s));
    }

    // Accepting from the command line: all or nothing, audited, and the trail still verifies.
    void acceptSuggestions()
    {
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"secnumcloud-3.2"_s, u"12.8.a"_s,
                      u"compliant"_s})
                     .code,
                 0);
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"secnumcloud-3.2"_s, u"12.8.b"_s,
                      u"partial"_s})
                     .code,
                 0);
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"iso27001-2022"_s, u"A.8.13"_s,
                      u"non-compliant"_s})
                     .code,
                 0);
        QCOMPARE(cli({u"compliance"_s, u"set"_s, m_project, u"secnumcloud-3.2"_s, u"12.5.a"_s,
                      u"compliant"_s})
                     .code,
                 0);
        Run run = cli({u"compliance"_s, u"accept"_s, m_project, u"iso27001-2022"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"iso27001-2022 A.8.17: partial"_s), qPrintable(run.out));
        QVERIFY(!run.out.contains(u"A.8.13"_s)); // answered already: left alone
        run = cli({u"compliance"_s, u"accept"_s, m_project, u"iso27001-2022"_s});
        QVERIFY(run.out.contains(u"Nothing to accept"_s));
        // Named items are accepted even when answered.
        run = cli({u"compliance"_s, u"accept"_s, m_project, u"iso27001-2022"_s, u"A.8.13"_s});
        QVERIFY(run.out.contains(u"iso27001-2022 A.8.13: compliant"_s));
        QCOMPARE(cli({u"audit"_s, u"verify"_s, m_project}).code, 0);
        run = cli({u"list"_s, m_project, u"audit"_s, u"--format"_s, u"json"_s});
        const QJsonArray audit =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"audit"_s).toArray();
        QCOMPARE(audit.size(), 6); // 4 sets, 2 acceptances
        const QJsonObject last = audit.last().toObject().value(u"payload"_s).toObject();
        QVERIFY(
            last.value(u"after"_s).toObject().value(u"note"_s).toString().contains(u"12.5.a"_s));

        QCOMPARE(cli({u"compliance"_s, u"accept"_s, m_project}).code, 2);
        QCOMPARE(cli({u"compliance"_s, u"accept"_s, m_project, u"iso"_s}).code, 2);
        QCOMPARE(
            cli({u"compliance"_s, u"accept"_s, m_project, u"iso27001-2022"_s, u"A.9.9"_s}).code, 2);
    }

    void guidanceWhereItApplies()
    {
        Run run = cli({u"compliance"_s, m_project, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QStringList ids = guidanceIds(document);
        QVERIFY(ids.contains(u"eu-data-act-switching"_s));
        QVERIFY(ids.contains(u"eu-data-act-charges"_s));
        QVERIFY(!ids.contains(u"fr-cloud-doctrine"_s));
        const QJsonObject first = document.value(u"guidance"_s).toArray().at(0).toObject();
        for (const char *key : {"id", "title", "text", "source", "date", "verified"}) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }
        QCOMPARE(first.value(u"date"_s).toString(), u"2023-12-13"_s);
        // The charges rule is cited for the day the data leaves: today without a plan.
        QJsonObject charges;
        for (const QJsonValue &value : document.value(u"guidance"_s).toArray()) {
            if (value.toObject().value(u"id"_s).toString() == u"eu-data-act-charges"_s) {
                charges = value.toObject().value(u"for_this_project"_s).toObject();
            }
        }
        QCOMPARE(charges.value(u"date_basis"_s).toString(), u"today"_s);
        QCOMPARE(charges.value(u"date"_s).toString(), QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(!charges.value(u"text"_s).toString().isEmpty());
        QVERIFY(first.value(u"source"_s).toString().startsWith(u"https://eur-lex"_s));

        {
            auto project = Project::open(m_project);
            QVERIFY(project);
            QVERIFY(project.value()->setMeta(u"sector"_s, u"public administration"_s));
            QVERIFY(project.value()->close());
        }
        run = cli({u"compliance"_s, m_project, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        ids = guidanceIds(document);
        QVERIFY(ids.contains(u"eu-data-act-switching"_s));
        QVERIFY(ids.contains(u"fr-cloud-doctrine"_s));
        QVERIFY(ids.contains(u"fr-sren-article-31"_s));
        for (const QJsonValue &value : document.value(u"guidance"_s).toArray()) {
            if (value.toObject().value(u"id"_s).toString().startsWith(u"fr-"_s)) {
                QCOMPARE(value.toObject().value(u"verified"_s).toBool(true), false);
            }
        }
        run = cli({u"compliance"_s, m_project});
        QVERIFY(run.out.contains(u"Guidance for your organisation"_s));
        QVERIFY(run.out.contains(u"(not verified)"_s));
    }

    // The demo has a migration plan: the rule is taken on its start date.
    void chargesOnThePlanStart()
    {
        const QString demo = m_dir.filePath(u"demo.boussole"_s);
        QCOMPARE(cli({u"demo"_s, demo}).code, 0);
        const Run run = cli({u"compliance"_s, demo, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QJsonObject charges;
        for (const QJsonValue &value : document.value(u"guidance"_s).toArray()) {
            if (value.toObject().value(u"id"_s).toString() == u"eu-data-act-charges"_s) {
                charges = value.toObject().value(u"for_this_project"_s).toObject();
            }
        }
        QCOMPARE(charges.value(u"date_basis"_s).toString(), u"plan-start"_s);
        const QDate start = QDate::fromString(charges.value(u"date"_s).toString(), Qt::ISODate);
        QVERIFY(start.isValid());
        const QString expected = start < QDate(2025, 9, 12)   ? u"not-yet-applicable"_s
                                 : start < QDate(2027, 1, 12) ? u"at-most-cost"_s
                                                              : u"none"_s;
        QCOMPARE(charges.value(u"switching_charges"_s).toString(), expected);
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_count = 0;
};

QTEST_MAIN(TestCliCoveredBy)
#include "TestCliCoveredBy.moc"
