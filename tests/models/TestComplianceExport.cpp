#include "models/compliance/ComplianceExport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compliance;

namespace {

Assessment make(const QString &framework, const QString &item, AssessmentStatus status)
{
    Assessment a;
    a.framework = framework;
    a.requirement = item;
    a.status = status;
    return a;
}

} // namespace

class TestComplianceExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gapListBySeverity()
    {
        const Framework *gdpr = findFramework(embeddedFrameworks(), u"gdpr"_s);
        QVERIFY(gdpr);
        std::vector<Assessment> assessments;
        for (const Item &item : gdpr->items) {
            assessments.push_back(make(gdpr->id, item.id, AssessmentStatus::Compliant));
        }
        assessments[0].status = AssessmentStatus::Partial;                      // 28.1
        assessments[1].status = AssessmentStatus::NotApplicable;                // 28.2: not a gap
        assessments[2].status = AssessmentStatus::NonCompliant;                 // 28.3.a: blocking
        assessments.back().status = AssessmentStatus::Unknown;                  // 49
        assessments[assessments.size() - 2].status = AssessmentStatus::Partial; // 48, sovereignty
        const std::vector<const Item *> gaps = gapList(*gdpr, assessments);
        QStringList ids;
        for (const Item *item : gaps) {
            ids << item->id;
        }
        QCOMPARE(ids, (QStringList{u"28.3.a"_s, u"48"_s, u"28.1"_s, u"49"_s}));
    }

    void statementAndPlanFiles()
    {
        const Framework *hds = findFramework(embeddedFrameworks(), u"hds-2"_s);
        QVERIFY(hds);
        std::vector<Assessment> assessments = {
            make(hds->id, u"EXI 28"_s, AssessmentStatus::Compliant),
            make(hds->id, u"EXI 30"_s, AssessmentStatus::NonCompliant)};
        assessments[1].note = u"no list of laws, \"yet\""_s;
        EvidenceInfo evidence;
        evidence.framework = hds->id;
        evidence.requirement = u"EXI 28"_s;
        evidence.fileName = u"map.pdf"_s;
        evidence.sha256 = QString(64, u'a');
        QTemporaryDir dir;
        const QString soa = dir.filePath(u"soa.csv"_s);
        QVERIFY(
            writeStatementOfApplicability(*hds, assessments, {evidence}, u"HEAD"_s, u"en"_s, soa));
        QFile file(soa);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QChar(0xFEFF)) || text.startsWith(u"framework"_s));
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 31 + 1); // header, items, audit head
        QVERIFY(lines.last().startsWith(u"audit_head,HEAD"_s));
        QVERIFY(text.contains(u"map.pdf "_s + QString(64, u'a')));
        QVERIFY(text.contains(u"\"no list of laws, \"\"yet\"\"\""_s));

        const QString plan = dir.filePath(u"plan.csv"_s);
        QVERIFY(writeRemediationPlan(*hds, assessments, u"HEAD"_s, u"fr"_s, plan));
        QFile planFile(plan);
        QVERIFY(planFile.open(QIODevice::ReadOnly));
        const QStringList planLines =
            QString::fromUtf8(planFile.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(planLines.size(), 1 + 30 + 1); // every item but EXI 28
        QVERIFY2(planLines[1].startsWith(u"1,hds-2,EXI 30,"_s), qPrintable(planLines[1]));
        QVERIFY(planLines[1].contains(u"Exposition au droit"_s)); // French wording
    }
};

QTEST_GUILESS_MAIN(TestComplianceExport)
#include "TestComplianceExport.moc"
