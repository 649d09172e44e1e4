#include "models/commands/SetAssessmentCommand.h"
#include "models/compliance/ComplianceStore.h"
#include "models/storage/ProjectFile.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compliance;

namespace {

Assessment make(const QString &requirement, AssessmentStatus status, const QString &note = {})
{
    Assessment a;
    a.framework = u"secnumcloud-3.2"_s;
    a.requirement = requirement;
    a.status = status;
    a.note = note;
    return a;
}

} // namespace

class TestComplianceStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QString m_path;
    int m_count = 0;

    // Three assessments and one evidence file: entries 1 to 4.
    void fill()
    {
        ComplianceStore store(*m_project);
        QVERIFY(store.setAssessment(make(u"5.1.a"_s, AssessmentStatus::Compliant), u"ana"_s));
        QVERIFY(store.setAssessment(
            make(u"19.2.b"_s, AssessmentStatus::Partial, u"backups in CH"_s), u"ana"_s));
        QVERIFY(store.setAssessment(make(u"19.6.a"_s, AssessmentStatus::NonCompliant), u"bo"_s));
        QVERIFY(store.addEvidence(u"secnumcloud-3.2"_s, u"5.1.a"_s, u"/tmp/patch-report.pdf"_s,
                                  "%PDF-1.7 report", u"bo"_s));
    }

    // Runs SQL on the file through another connection, as someone editing it behind our back.
    void tamper(const char *sql)
    {
        Database db;
        QVERIFY(db.open(m_path, OpenFlag::ReadWrite).ok());
        QVERIFY(db.exec(sql).ok());
        QVERIFY(db.close().ok());
    }

private Q_SLOTS:
    void init()
    {
        m_path = m_dir.filePath(u"p%1.boussole"_s.arg(++m_count));
        auto created = Project::create(m_path, u"Audit"_s);
        QVERIFY(created);
        m_project = std::move(created.value());
        fill();
    }

    void cleanup()
    {
        if (m_project) {
            QVERIFY(m_project->close().ok());
        }
        m_project.reset();
    }

    void statusIds()
    {
        for (auto status :
             {AssessmentStatus::Unknown, AssessmentStatus::Compliant, AssessmentStatus::Partial,
              AssessmentStatus::NonCompliant, AssessmentStatus::NotApplicable}) {
            QCOMPARE(assessmentStatusFromId(assessmentStatusId(status)), status);
        }
        QCOMPARE(assessmentStatusId(AssessmentStatus::NonCompliant), u"non-compliant"_s);
        QVERIFY(!assessmentStatusFromId(u"ok"_s));
    }

    void chainIsBuiltAndVerifies()
    {
        ComplianceStore store(*m_project);
        const std::vector<AuditEntry> log = store.auditLog();
        QCOMPARE(log.size(), size_t(4));
        QCOMPARE(log[0].seq, 1);
        QCOMPARE(log[0].prevHash, ComplianceStore::genesisHash());
        for (size_t i = 1; i < log.size(); ++i) {
            QCOMPARE(log[i].prevHash, log[i - 1].hash);
        }
        QCOMPARE(log[3].action, u"evidence.add"_s);
        const QJsonObject payload = QJsonDocument::fromJson(log[1].payload.toUtf8()).object();
        QCOMPARE(payload.value(u"after"_s).toObject().value(u"status"_s).toString(), u"partial"_s);
        QVERIFY(payload.value(u"before"_s).isNull());
        const AuditCheck check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
        QCOMPARE(check.entries, 4);
        QCOMPARE(check.head, log.back().hash);
        QCOMPARE(store.head(), log.back().hash);
        // The hash is SHA-256 of prev_hash, a newline and the canonical entry.
        QCOMPARE(ComplianceStore::entryHash(log[2].prevHash, log[2].seq, log[2].time, log[2].actor,
                                            log[2].action, log[2].payload),
                 log[2].hash);
        QVERIFY(ComplianceStore::entryHash(log[2].prevHash, log[2].seq, log[2].time, u"eve"_s,
                                           log[2].action, log[2].payload) != log[2].hash);
    }

    void sameContentAppendsNothing()
    {
        ComplianceStore store(*m_project);
        QVERIFY(store.setAssessment(make(u"5.1.a"_s, AssessmentStatus::Compliant), u"ana"_s));
        QCOMPARE(store.auditLog().size(), size_t(4));
    }

    void evidenceKeepsNameAndHash()
    {
        ComplianceStore store(*m_project);
        const std::vector<EvidenceInfo> files = store.evidence(u"secnumcloud-3.2"_s, u"5.1.a"_s);
        QCOMPARE(files.size(), size_t(1));
        QCOMPARE(files[0].fileName, u"patch-report.pdf"_s); // no path kept
        QCOMPARE(files[0].size, qint64(15));
        QCOMPARE(
            files[0].sha256,
            QString::fromLatin1(
                QCryptographicHash::hash("%PDF-1.7 report", QCryptographicHash::Sha256).toHex()));
        QCOMPARE(store.evidenceContent(files[0].id).value(), QByteArray("%PDF-1.7 report"));
        QVERIFY(store.evidence(u"secnumcloud-3.2"_s, u"19.2.b"_s).empty());
        QVERIFY(!files[0].expires.isValid());
        auto dated = store.addEvidence(u"hds-2"_s, u"EXI 12"_s, u"certificate.pdf"_s, "cert",
                                       u"ana"_s, QDate(2027, 5, 1));
        QVERIFY(dated);
        QCOMPARE(store.evidence(u"hds-2"_s, u"EXI 12"_s).front().expires, QDate(2027, 5, 1));
        QVERIFY(store.verify().intact);
    }

    void alteredAssessmentIsDetected()
    {
        QVERIFY(m_project->close().ok());
        m_project.reset();
        tamper("UPDATE assessments SET status = 'compliant' WHERE requirement = '19.6.a'");
        auto reopened = Project::open(m_path);
        QVERIFY(reopened);
        m_project = std::move(reopened.value());
        const AuditCheck check = ComplianceStore(*m_project).verify();
        QVERIFY(!check.intact);
        QCOMPARE(check.firstBadSeq, 3);
        QVERIFY2(check.problem.contains(u"19.6.a"_s), qPrintable(check.problem));
    }

    void alteredEntryIsDetected()
    {
        QVERIFY(m_project->close().ok());
        m_project.reset();
        tamper("UPDATE audit_log SET actor = 'eve' WHERE seq = 2");
        auto reopened = Project::open(m_path);
        QVERIFY(reopened);
        m_project = std::move(reopened.value());
        const AuditCheck check = ComplianceStore(*m_project).verify();
        QVERIFY(!check.intact);
        QCOMPARE(check.firstBadSeq, 2);
        QVERIFY2(check.problem.contains(u"altered"_s), qPrintable(check.problem));
    }

    // Rewriting an entry with a correct hash of its own breaks the next link.
    void rehashedEntryBreaksTheNextLink()
    {
        ComplianceStore store(*m_project);
        const AuditEntry second = store.auditLog()[1];
        const QString forged = ComplianceStore::entryHash(second.prevHash, 2, second.time, u"eve"_s,
                                                          second.action, second.payload);
        Statement update = m_project->database().prepare(
            "UPDATE audit_log SET actor = 'eve', hash = ?1 WHERE seq = 2");
        update.bindText(1, forged);
        QVERIFY(update.run());
        const AuditCheck check = store.verify();
        QVERIFY(!check.intact);
        QCOMPARE(check.firstBadSeq, 3);
    }

    void deletedEntryIsDetected_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<int>("firstBad");
        QTest::newRow("middle") << QByteArray("DELETE FROM audit_log WHERE seq = 2") << 2;
        QTest::newRow("first") << QByteArray("DELETE FROM audit_log WHERE seq = 1") << 1;
        QTest::newRow("last") << QByteArray("DELETE FROM audit_log WHERE seq = 4") << 4;
        QTest::newRow("last with its meta")
            << QByteArray("DELETE FROM audit_log WHERE seq = 4; UPDATE meta SET value = 3 WHERE "
                          "key = 'audit_count'; UPDATE meta SET value = (SELECT hash FROM "
                          "audit_log WHERE seq = 3) WHERE key = 'audit_head'")
            << 0; // the evidence it recorded has no entry any more: no entry to name
        QTest::newRow("assessment row") << QByteArray("DELETE FROM assessments WHERE requirement "
                                                      "= '19.2.b'")
                                        << 2;
        QTest::newRow("evidence row") << QByteArray("DELETE FROM evidence") << 4;
        QTest::newRow("evidence bytes") << QByteArray("UPDATE evidence SET content = X'00'") << 4;
        QTest::newRow("whole trail") << QByteArray("DELETE FROM audit_log") << 1;
    }

    void deletedEntryIsDetected()
    {
        QFETCH(QByteArray, sql);
        QFETCH(int, firstBad);
        QVERIFY(m_project->close().ok());
        m_project.reset();
        tamper(sql.constData());
        auto reopened = Project::open(m_path);
        QVERIFY(reopened);
        m_project = std::move(reopened.value());
        const AuditCheck check = ComplianceStore(*m_project).verify();
        QVERIFY(!check.intact);
        QVERIFY(!check.problem.isEmpty());
        if (QByteArray(QTest::currentDataTag()) == "whole trail") {
            QVERIFY(check.firstBadSeq >= 1);
        } else {
            QCOMPARE(check.firstBadSeq, firstBad);
        }
    }

    // The same with the sqlite3 tool, as the issue asks, when it is installed.
    void sqliteToolEditIsDetected()
    {
        const QString tool = QStandardPaths::findExecutable(u"sqlite3"_s);
        if (tool.isEmpty()) {
            QSKIP("the sqlite3 tool is not installed");
        }
        QVERIFY(m_project->close().ok());
        m_project.reset();
        QProcess process;
        process.start(tool, {m_path, u"UPDATE assessments SET note = 'all fine' WHERE "
                                     "requirement = '19.2.b';"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        auto reopened = Project::open(m_path);
        QVERIFY(reopened);
        m_project = std::move(reopened.value());
        const AuditCheck check = ComplianceStore(*m_project).verify();
        QVERIFY(!check.intact);
        QCOMPARE(check.firstBadSeq, 2);
    }

    void undoAppendsAndNeverDeletes()
    {
        QUndoStack stack;
        ComplianceStore store(*m_project);
        stack.push(new SetAssessmentCommand(
            m_project.get(),
            {make(u"19.2.b"_s, AssessmentStatus::Compliant, u"moved to FR"_s),
             make(u"10.6.a"_s, AssessmentStatus::NotApplicable)},
            u"ana"_s));
        QCOMPARE(store.auditLog().size(), size_t(6));
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"19.2.b"_s)->status,
                 AssessmentStatus::Compliant);
        stack.undo();
        const std::vector<AuditEntry> log = store.auditLog();
        QCOMPARE(log.size(), size_t(8));
        QCOMPARE(log[6].action, u"assessment.undo"_s);
        QCOMPARE(log[7].action, u"assessment.undo"_s);
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"19.2.b"_s)->status,
                 AssessmentStatus::Partial);
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"19.2.b"_s)->note, u"backups in CH"_s);
        // 10.6.a had no assessment: undo leaves an "unknown" one, recorded.
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"10.6.a"_s)->status,
                 AssessmentStatus::Unknown);
        stack.redo();
        QCOMPARE(store.auditLog().size(), size_t(10));
        const AuditCheck check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
    }

    void evidenceUndoIsLogged()
    {
        QUndoStack stack;
        ComplianceStore store(*m_project);
        stack.push(new AddEvidenceCommand(m_project.get(), u"secnumcloud-3.2"_s, u"19.2.b"_s,
                                          u"map.png"_s, "PNG", u"ana"_s));
        QCOMPARE(store.evidence(u"secnumcloud-3.2"_s, u"19.2.b"_s).size(), size_t(1));
        stack.undo();
        QVERIFY(store.evidence(u"secnumcloud-3.2"_s, u"19.2.b"_s).empty());
        QCOMPARE(store.auditLog().back().action, u"evidence.remove"_s);
        QCOMPARE(store.auditLog().size(), size_t(6));
        QVERIFY(store.verify().intact);
    }

    // Issue 7: evidence expiry is a logged, undoable change that the trail vouches for.
    void evidenceValidityBoundaries()
    {
        const QDate today(2026, 11, 29);
        QCOMPARE(evidenceValidity(QDate(), today), EvidenceValidity::NoExpiry);
        QCOMPARE(evidenceValidity(today.addDays(-1), today), EvidenceValidity::Expired);
        QCOMPARE(evidenceValidity(today, today), EvidenceValidity::Expired); // expires that day
        QCOMPARE(evidenceValidity(today.addDays(1), today), EvidenceValidity::Expiring);
        QCOMPARE(evidenceValidity(today.addDays(30), today), EvidenceValidity::Expiring);
        QCOMPARE(evidenceValidity(today.addDays(31), today), EvidenceValidity::Valid);
        EvidenceTally tally;
        EvidenceInfo info;
        tally.add(info, today);
        info.expires = today;
        tally.add(info, today);
        info.expires = today.addDays(3);
        tally.add(info, today);
        QCOMPARE(tally.files, 3);
        QCOMPARE(tally.expired, 1);
        QCOMPARE(tally.expiring, 1);
    }

    void evidenceExpiryIsLoggedAndVerified()
    {
        ComplianceStore store(*m_project);
        const EvidenceInfo info = store.evidence(u"secnumcloud-3.2"_s, u"5.1.a"_s).front();
        QVERIFY(!info.expires.isValid());
        QVERIFY(store.setEvidenceExpiry(info.id, QDate(2027, 1, 31), u"ana"_s));
        QCOMPARE(store.evidenceInfo(info.id)->expires, QDate(2027, 1, 31));
        std::vector<AuditEntry> log = store.auditLog();
        QCOMPARE(log.size(), size_t(5));
        QCOMPARE(log.back().action, u"evidence.expiry"_s);
        const QJsonObject payload = QJsonDocument::fromJson(log.back().payload.toUtf8()).object();
        QCOMPARE(payload.value(u"before"_s).toString(), QString());
        QCOMPARE(payload.value(u"after"_s).toString(), u"2027-01-31"_s);
        QCOMPARE(payload.value(u"sha256"_s).toString(), info.sha256);
        // The same date again appends nothing.
        QVERIFY(store.setEvidenceExpiry(info.id, QDate(2027, 1, 31), u"ana"_s));
        QCOMPARE(store.auditLog().size(), size_t(5));
        QVERIFY(!store.setEvidenceExpiry(u"nope"_s, QDate(2027, 1, 31), u"ana"_s));
        AuditCheck check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));

        // An expiry pushed back behind Boussole's back is found.
        tamper("UPDATE evidence SET expires = '2030-01-01'");
        check = store.verify();
        QVERIFY(!check.intact);
        QCOMPARE(check.firstBadSeq, qint64(5));
        QVERIFY2(check.problem.contains(u"expiry date"_s), qPrintable(check.problem));
    }

    void evidenceAddedWithExpiryIsVerified()
    {
        ComplianceStore store(*m_project);
        auto added = store.addEvidence(u"secnumcloud-3.2"_s, u"19.2.b"_s, u"iso.pdf"_s, "ISO",
                                       u"ana"_s, QDate(2026, 6, 30));
        QVERIFY(added);
        const QJsonObject payload =
            QJsonDocument::fromJson(store.auditLog().back().payload.toUtf8()).object();
        QCOMPARE(payload.value(u"expires"_s).toString(), u"2026-06-30"_s);
        QVERIFY(store.verify().intact);
        tamper("UPDATE evidence SET expires = NULL WHERE file_name = 'iso.pdf'");
        QVERIFY(!store.verify().intact);
    }

    void evidenceExpiryUndo()
    {
        QUndoStack stack;
        ComplianceStore store(*m_project);
        // Attached with an expiry, then the date changed: two steps.
        stack.push(new AddEvidenceCommand(m_project.get(), u"secnumcloud-3.2"_s, u"19.2.b"_s,
                                          u"cert.pdf"_s, "CERT", u"ana"_s, QDate(2026, 12, 1)));
        EvidenceInfo info = store.evidence(u"secnumcloud-3.2"_s, u"19.2.b"_s).front();
        QCOMPARE(info.expires, QDate(2026, 12, 1));
        stack.push(new SetEvidenceExpiryCommand(m_project.get(), info, QDate(), u"ana"_s));
        QVERIFY(!store.evidenceInfo(info.id)->expires.isValid());
        stack.undo();
        QCOMPARE(store.evidenceInfo(info.id)->expires, QDate(2026, 12, 1));
        QCOMPARE(store.auditLog().back().action, u"evidence.expiry.undo"_s);
        // Undo both, redo both: the file comes back under a new id and the date still follows.
        stack.undo();
        QVERIFY(store.evidence(u"secnumcloud-3.2"_s, u"19.2.b"_s).empty());
        stack.redo();
        stack.redo();
        const std::vector<EvidenceInfo> files = store.evidence(u"secnumcloud-3.2"_s, u"19.2.b"_s);
        QCOMPARE(files.size(), size_t(1));
        QVERIFY(files.front().id != info.id);
        QVERIFY(!files.front().expires.isValid());
        const AuditCheck check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
    }

    void readOnlyProjectRefuses()
    {
        QVERIFY(m_project->close().ok());
        m_project.reset();
        Project::OpenOptions options;
        options.readOnly = true;
        auto reopened = Project::open(m_path, options);
        QVERIFY(reopened);
        m_project = std::move(reopened.value());
        ComplianceStore store(*m_project);
        QVERIFY(!store.setAssessment(make(u"5.1.b"_s, AssessmentStatus::Compliant), u"ana"_s));
        QVERIFY(!store.setEvidenceExpiry(store.evidence().front().id, QDate(2027, 1, 1), u"ana"_s));
        QVERIFY(store.verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestComplianceStore)
#include "TestComplianceStore.moc"
