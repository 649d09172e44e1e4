#include "models/compliance/AssessmentExchange.h"
#include "models/storage/ProjectFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compliance;

namespace {

Assessment make(const QString &item, AssessmentStatus status, const QString &note = {})
{
    Assessment a;
    a.framework = u"hds-2"_s;
    a.requirement = item;
    a.status = status;
    a.note = note;
    return a;
}

} // namespace

class TestAssessmentExchange : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_alice;
    std::unique_ptr<Project> m_bob;
    int m_count = 0;

    std::unique_ptr<Project> create()
    {
        auto created = Project::create(m_dir.filePath(u"p%1.boussole"_s.arg(++m_count)), u"P"_s);
        return created ? std::move(created.value()) : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_alice = create();
        m_bob = create();
        QVERIFY(m_alice && m_bob);
        ComplianceStore alice(*m_alice);
        // Both start from the same state of EXI 27 (Bob has it from an earlier merge).
        QVERIFY(alice.setAssessment(make(u"EXI 27"_s, AssessmentStatus::Partial), u"alice"_s));
        QVERIFY(alice.setAssessment(make(u"EXI 28"_s, AssessmentStatus::Compliant), u"alice"_s));
        QVERIFY(alice.setAssessment(make(u"EXI 29"_s, AssessmentStatus::Partial, u"US support"_s),
                                    u"alice"_s));
        QVERIFY(alice.addEvidence(u"hds-2"_s, u"EXI 28"_s, u"sites.md"_s, "Nantes, Rennes",
                                  u"alice"_s));
        ComplianceStore bob(*m_bob);
        QVERIFY(bob.setAssessment(make(u"EXI 27"_s, AssessmentStatus::Partial), u"bob"_s));
        QVERIFY(bob.setAssessment(make(u"EXI 27"_s, AssessmentStatus::Compliant), u"bob"_s));
        QVERIFY(bob.setAssessment(make(u"EXI 29"_s, AssessmentStatus::NonCompliant), u"bob"_s));
    }

    void cleanup()
    {
        QVERIFY(m_alice->close().ok());
        QVERIFY(m_bob->close().ok());
    }

    void mergeTakesNewAndReportsConflicts()
    {
        const QString file = m_dir.filePath(u"alice-hds.json"_s);
        QVERIFY(exportAssessment(*m_alice, u"hds-2"_s, file, u"alice"_s));
        auto merged = mergeAssessment(*m_bob, file, MergePreference::None, u"bob"_s);
        QVERIFY(merged);
        const MergeResult &result = merged.value();
        QCOMPARE(result.taken, 1);     // EXI 28
        QCOMPARE(result.unchanged, 1); // EXI 27: Bob moved on from Alice's state
        QCOMPARE(result.evidenceAdded, 1);
        QCOMPARE(result.conflicts.size(), size_t(1));
        QCOMPARE(result.conflicts[0].requirement, u"EXI 29"_s);
        QCOMPARE(result.conflicts[0].mine.status, AssessmentStatus::NonCompliant);
        QCOMPARE(result.conflicts[0].theirs.note, u"US support"_s);

        ComplianceStore bob(*m_bob);
        QCOMPARE(bob.assessment(u"hds-2"_s, u"EXI 28"_s)->status, AssessmentStatus::Compliant);
        QCOMPARE(bob.assessment(u"hds-2"_s, u"EXI 27"_s)->status, AssessmentStatus::Compliant);
        QCOMPARE(bob.assessment(u"hds-2"_s, u"EXI 29"_s)->status, AssessmentStatus::NonCompliant);
        QCOMPARE(bob.evidence(u"hds-2"_s, u"EXI 28"_s).size(), size_t(1));
        const std::vector<AuditEntry> log = bob.auditLog();
        QCOMPARE(log.back().action, u"merge"_s);
        QCOMPARE(log[log.size() - 3].action, u"assessment.merge"_s);
        const QJsonObject summary = QJsonDocument::fromJson(log.back().payload.toUtf8()).object();
        QCOMPARE(summary.value(u"source_head"_s).toString(), ComplianceStore(*m_alice).head());
        QVERIFY(bob.verify().intact);

        // Merging the same file again changes nothing but is still logged.
        auto again = mergeAssessment(*m_bob, file, MergePreference::None, u"bob"_s);
        QVERIFY(again);
        QCOMPARE(again.value().taken, 0);
        QCOMPARE(again.value().evidenceAdded, 0);
    }

    void preferenceResolves()
    {
        const QString file = m_dir.filePath(u"alice-hds2.json"_s);
        QVERIFY(exportAssessment(*m_alice, u"hds-2"_s, file, u"alice"_s));
        auto merged = mergeAssessment(*m_bob, file, MergePreference::Theirs, u"bob"_s);
        QVERIFY(merged);
        QCOMPARE(merged.value().resolved, 1);
        QVERIFY(merged.value().conflicts.empty());
        QCOMPARE(ComplianceStore(*m_bob).assessment(u"hds-2"_s, u"EXI 29"_s)->note,
                 u"US support"_s);
        QVERIFY(ComplianceStore(*m_bob).verify().intact);
    }

    // Issue 7: the merge dialog settles conflicts one by one and the merge can be undone.
    void planThenApplyChoicesThenUndo()
    {
        ComplianceStore bob(*m_bob);
        QVERIFY(bob.setAssessment(make(u"EXI 30"_s, AssessmentStatus::NonCompliant), u"bob"_s));
        ComplianceStore alice(*m_alice);
        QVERIFY(alice.setAssessment(make(u"EXI 30"_s, AssessmentStatus::Compliant, u"fixed"_s),
                                    u"alice"_s));
        const QString file = m_dir.filePath(u"alice-plan.json"_s);
        QVERIFY(exportAssessment(*m_alice, u"hds-2"_s, file, u"alice"_s));
        const size_t before = bob.auditLog().size();

        auto plan = planMerge(*m_bob, file);
        QVERIFY(plan);
        QCOMPARE(bob.auditLog().size(), before);                  // planning writes nothing
        QCOMPARE(plan.value().count(MergeOutcome::Take), 1);      // EXI 28
        QCOMPARE(plan.value().count(MergeOutcome::Unchanged), 1); // EXI 27
        const std::vector<MergeConflict> conflicts = plan.value().conflicts();
        QCOMPARE(conflicts.size(), size_t(2)); // EXI 29, EXI 30
        QCOMPARE(conflicts[0].requirement, u"EXI 29"_s);
        QCOMPARE(conflicts[0].theirs.updatedBy, u"alice"_s);
        QVERIFY(conflicts[0].theirs.updatedAt.isValid());
        QCOMPARE(conflicts[0].mine.updatedBy, u"bob"_s);
        QCOMPARE(plan.value().evidence.size(), size_t(1));

        // Theirs for EXI 30 only.
        auto applied = applyMerge(
            *m_bob, plan.value(), MergePreference::None,
            {{u"EXI 29"_s, MergePreference::Mine}, {u"EXI 30"_s, MergePreference::Theirs}},
            u"bob"_s);
        QVERIFY(applied);
        QCOMPARE(applied.value().taken, 2);
        QCOMPARE(applied.value().resolved, 2);
        QVERIFY(applied.value().conflicts.empty());
        QCOMPARE(bob.assessment(u"hds-2"_s, u"EXI 29"_s)->status, AssessmentStatus::NonCompliant);
        QCOMPARE(bob.assessment(u"hds-2"_s, u"EXI 30"_s)->note, u"fixed"_s);
        QCOMPARE(bob.assessment(u"hds-2"_s, u"EXI 28"_s)->status, AssessmentStatus::Compliant);
        const QJsonObject summary =
            QJsonDocument::fromJson(bob.auditLog().back().payload.toUtf8()).object();
        QCOMPARE(bob.auditLog().back().action, u"merge"_s);
        QCOMPARE(summary.value(u"choices"_s).toObject().value(u"EXI 30"_s).toString(), u"theirs"_s);
        QCOMPARE(summary.value(u"choices"_s).toObject().value(u"EXI 29"_s).toString(), u"mine"_s);
        QVERIFY(bob.verify().intact);

        QVERIFY(undoMerge(*m_bob, applied.value(), u"bob"_s));
        QCOMPARE(bob.assessment(u"hds-2"_s, u"EXI 30"_s)->status, AssessmentStatus::NonCompliant);
        QCOMPARE(bob.assessment(u"hds-2"_s, u"EXI 28"_s)->status, AssessmentStatus::Unknown);
        QVERIFY(bob.evidence(u"hds-2"_s, u"EXI 28"_s).empty());
        QCOMPARE(bob.auditLog().back().action, u"merge.undo"_s);
        const AuditCheck check = bob.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
    }

    void refusesBadFiles()
    {
        const QString file = m_dir.filePath(u"bad.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"format":"boussole-assessment","version":1,"framework":"hds-2",
                      "evidence":[{"requirement":"EXI 28","file_name":"x","sha256":"00",
                                   "content":"eA=="}]})");
        out.close();
        const size_t before = ComplianceStore(*m_bob).auditLog().size();
        QVERIFY(!mergeAssessment(*m_bob, file, MergePreference::None, u"bob"_s));
        QCOMPARE(ComplianceStore(*m_bob).auditLog().size(), before); // all or nothing
        QVERIFY(!mergeAssessment(*m_bob, m_dir.filePath(u"none.json"_s), MergePreference::None,
                                 u"bob"_s));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentExchange)
#include "TestAssessmentExchange.moc"
