// Issue 7: one answer counts for several frameworks. The SecNumCloud 3.2 / ISO/IEC 27001:2022 /
// HDS v2 crosswalk loads against the shipped frameworks, an answer on a SecNumCloud item surfaces
// as a suggestion on the linked ISO and HDS items with its basis, and accepting it is one undo
// step that appends to the audit trail, which still verifies.
#include "models/commands/SetAssessmentCommand.h"
#include "models/compliance/ComplianceStore.h"
#include "models/compliance/Crosswalk.h"
#include "models/compliance/Framework.h"
#include "models/storage/ProjectFile.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

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

bool links(const std::vector<LinkedItem> &linked, const QString &framework, const QString &item,
           LinkBasis basis)
{
    return std::any_of(linked.begin(), linked.end(), [&](const LinkedItem &l) {
        return l.item == ItemRef{framework, item} && l.basis == basis;
    });
}

const QString kSnc = u"secnumcloud-3.2"_s;
const QString kIso = u"iso27001-2022"_s;
const QString kHds = u"hds-2"_s;

} // namespace

class TestCrosswalk : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_count = 0;

private Q_SLOTS:
    void init()
    {
        auto created =
            Project::create(m_dir.filePath(u"p%1.boussole"_s.arg(++m_count)), u"Crosswalk"_s);
        QVERIFY(created);
        m_project = std::move(created.value());
    }

    void cleanup()
    {
        if (m_project) {
            QVERIFY(m_project->close().ok());
        }
        m_project.reset();
    }

    // Every mapped id exists in both frameworks (the loader refuses otherwise: this checks what
    // shipped), links join different frameworks only, and each has a basis.
    void shippedCrosswalkLoads()
    {
        auto loaded = loadCrosswalk(u":/mappings/crosswalk-secnumcloud-iso27001-hds.yaml"_s,
                                    embeddedFrameworks());
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        const Crosswalk &crosswalk = loaded.value();
        QVERIFY(!crosswalk.note.en.isEmpty() && !crosswalk.note.fr.isEmpty());
        QVERIFY(crosswalk.links.size() > 200);
        QCOMPARE(embeddedCrosswalk().links.size(), crosswalk.links.size());
        int structural = 0;
        int analysis = 0;
        QSet<QString> pairs;
        for (const CrosswalkLink &link : crosswalk.links) {
            QVERIFY(link.a.framework != link.b.framework);
            for (const ItemRef &ref : {link.a, link.b}) {
                const Framework *framework = findFramework(embeddedFrameworks(), ref.framework);
                QVERIFY2(framework && framework->item(ref.item),
                         qPrintable(ref.framework + u':' + ref.item));
                QVERIFY(framework->item(ref.item)->assessable());
                QVERIFY((QStringList{kSnc, kIso, kHds}).contains(ref.framework));
            }
            const QString key =
                link.a.framework + link.a.item + u'|' + link.b.framework + link.b.item;
            const QString reverse =
                link.b.framework + link.b.item + u'|' + link.a.framework + link.a.item;
            QVERIFY2(!pairs.contains(key) && !pairs.contains(reverse), qPrintable(key));
            pairs.insert(key);
            (link.basis == LinkBasis::Structural ? structural : analysis)++;
        }
        QVERIFY(structural > 100);
        QVERIFY(analysis > 30);

        // Structural where the structure is documented, analysis elsewhere.
        const auto snc123 = crosswalk.linked(kSnc, u"12.3.a"_s);
        QVERIFY(links(snc123, kIso, u"A.8.31"_s, LinkBasis::Structural));
        QVERIFY(
            links(crosswalk.linked(kHds, u"EXI 08"_s), kIso, u"6.1.3"_s, LinkBasis::Structural));
        QVERIFY(links(crosswalk.linked(kHds, u"EXI 28"_s), kSnc, u"19.2.b"_s, LinkBasis::Analysis));
        QVERIFY(links(crosswalk.linked(kIso, u"A.8.16"_s), kSnc, u"12.9.a"_s, LinkBasis::Analysis));
        // Symmetric: the ISO control sees the SecNumCloud items.
        QVERIFY(
            links(crosswalk.linked(kIso, u"A.8.31"_s), kSnc, u"12.3.a"_s, LinkBasis::Structural));
        QVERIFY(
            links(crosswalk.linked(kIso, u"A.8.31"_s), kSnc, u"14.4.a"_s, LinkBasis::Structural));
        // Structural links come first: 7.3.a links A.6.3 (structural), clause 7.3 and EXI 10
        // (analysis).
        const auto awareness = crosswalk.linked(kSnc, u"7.3.a"_s);
        QCOMPARE(awareness.size(), size_t(3));
        QCOMPARE(awareness.front().item, (ItemRef{kIso, u"A.6.3"_s}));
        QCOMPARE(awareness.front().basis, LinkBasis::Structural);
        QCOMPARE(awareness.back().basis, LinkBasis::Analysis);
        // No basis is called official.
        QCOMPARE(linkBasisFromId(u"structural"_s), LinkBasis::Structural);
        QCOMPARE(linkBasisFromId(u"analysis"_s), LinkBasis::Analysis);
        QVERIFY(!linkBasisFromId(u"official"_s));
    }

    void loaderRefusesBadLinks_data()
    {
        QTest::addColumn<QByteArray>("group");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown item")
            << QByteArray(
                   R"({basis: analysis, items: ["secnumcloud-3.2:5.1.a", "iso27001-2022:A.9.1"]})")
            << u"A.9.1"_s;
        QTest::newRow("unknown basis")
            << QByteArray(
                   R"({basis: official, items: ["secnumcloud-3.2:5.1.a", "iso27001-2022:A.8.8"]})")
            << u"official"_s;
        QTest::newRow("one framework")
            << QByteArray(
                   R"({basis: analysis, items: ["secnumcloud-3.2:5.1.a", "secnumcloud-3.2:5.1.b"]})")
            << u"two frameworks"_s;
        QTest::newRow("definition")
            << QByteArray(
                   R"({basis: analysis, items: ["secnumcloud-3.2:11.5.a", "iso27001-2022:A.7.2"]})")
            << u"11.5.a"_s;
    }

    void loaderRefusesBadLinks()
    {
        QFETCH(QByteArray, group);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("schema: 1\nnote_en: x\nnote_fr: y\ngroups:\n  - " + group + "\n");
        file.close();
        auto loaded = loadCrosswalk(path, embeddedFrameworks());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(message), qPrintable(loaded.error().message));
    }

    // A pair listed twice is kept once, with the stronger basis.
    void duplicatePairKeepsStructural()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(schema: 1
note_en: x
note_fr: y
groups:
  - {basis: analysis, items: ["secnumcloud-3.2:12.3.a", "iso27001-2022:A.8.31"]}
  - {basis: structural, items: ["iso27001-2022:A.8.31", "secnumcloud-3.2:12.3.a"]}
)");
        file.close();
        auto loaded = loadCrosswalk(path, embeddedFrameworks());
        QVERIFY(loaded);
        QCOMPARE(loaded.value().links.size(), size_t(1));
        QCOMPARE(loaded.value().links.front().basis, LinkBasis::Structural);
    }

    // An answer on SecNumCloud 12.3.a surfaces on ISO A.8.31 with its status and basis; the
    // weakest linked answer is what is suggested.
    void answerSurfacesAsSuggestion()
    {
        ComplianceStore store(*m_project);
        QVERIFY(store.assessments().empty());
        QVERIFY(coveredBy(embeddedCrosswalk(), store.assessments(), kIso, u"A.8.31"_s).empty());

        QVERIFY(
            store.setAssessment(make(kSnc, u"12.3.a"_s, AssessmentStatus::Compliant), u"ana"_s));
        auto covered = coveredBy(embeddedCrosswalk(), store.assessments(), kIso, u"A.8.31"_s);
        QCOMPARE(covered.size(), size_t(1));
        QCOMPARE(covered[0].source, (ItemRef{kSnc, u"12.3.a"_s}));
        QCOMPARE(covered[0].status, AssessmentStatus::Compliant);
        QCOMPARE(covered[0].basis, LinkBasis::Structural);
        QCOMPARE(suggestedStatus(covered), AssessmentStatus::Compliant);
        QVERIFY(coveredByText(covered[0], u"en"_s).contains(u"12.3.a"_s));

        // A second linked answer, weaker: the suggestion never claims more than it.
        QVERIFY(store.setAssessment(make(kSnc, u"14.4.a"_s, AssessmentStatus::Partial), u"ana"_s));
        covered = coveredBy(embeddedCrosswalk(), store.assessments(), kIso, u"A.8.31"_s);
        QCOMPARE(covered.size(), size_t(2));
        QCOMPARE(suggestedStatus(covered), AssessmentStatus::Partial);

        // Unknown and not-applicable answers say nothing about the other framework.
        QVERIFY(store.setAssessment(make(kSnc, u"19.2.b"_s, AssessmentStatus::NotApplicable),
                                    u"ana"_s));
        QVERIFY(coveredBy(embeddedCrosswalk(), store.assessments(), kHds, u"EXI 28"_s).empty());

        // To HDS too, with the analysis basis.
        QVERIFY(
            store.setAssessment(make(kSnc, u"19.2.a"_s, AssessmentStatus::NonCompliant), u"ana"_s));
        covered = coveredBy(embeddedCrosswalk(), store.assessments(), kHds, u"EXI 28"_s);
        QCOMPARE(covered.size(), size_t(1));
        QCOMPARE(covered[0].basis, LinkBasis::Analysis);
        QCOMPARE(suggestedStatus(covered), AssessmentStatus::NonCompliant);
    }

    // Accepting is one undo step; each write appends to the audit trail, which still verifies;
    // undo appends too and restores the previous answer.
    void acceptingIsOneUndoStepAndAudited()
    {
        ComplianceStore store(*m_project);
        QVERIFY(
            store.setAssessment(make(kSnc, u"12.3.a"_s, AssessmentStatus::Compliant), u"ana"_s));
        QVERIFY(
            store.setAssessment(make(kSnc, u"12.8.a"_s, AssessmentStatus::Compliant), u"ana"_s));
        Assessment own = make(kIso, u"A.8.17"_s, AssessmentStatus::Unknown);
        own.note = u"NTP from two sources"_s;
        own.owner = u"bo"_s;
        QVERIFY(store.setAssessment(own, u"bo"_s));
        const qint64 entriesBefore = store.verify().entries;

        const Framework *iso = findFramework(embeddedFrameworks(), kIso);
        QVERIFY(iso);
        const std::vector<Assessment> values =
            acceptSuggestions(embeddedCrosswalk(), store.assessments(), *iso, {}, true, u"en"_s);
        QCOMPARE(values.size(), size_t(2)); // A.8.17 and A.8.31
        for (const Assessment &value : values) {
            QCOMPARE(value.status, AssessmentStatus::Compliant);
            QVERIFY(value.note.contains(u"SecNumCloud 3.2"_s));
        }
        const auto ntp = std::find_if(values.begin(), values.end(), [](const Assessment &a) {
            return a.requirement == u"A.8.17"_s;
        });
        QVERIFY(ntp != values.end());
        QVERIFY(ntp->note.startsWith(u"NTP from two sources\n"_s)); // the note is kept
        QCOMPARE(ntp->owner, u"bo"_s);

        QUndoStack undo;
        undo.push(new SetAssessmentCommand(m_project.get(), values, u"ana"_s));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(store.assessment(kIso, u"A.8.31"_s)->status, AssessmentStatus::Compliant);
        QCOMPARE(store.assessment(kIso, u"A.8.17"_s)->status, AssessmentStatus::Compliant);
        AuditCheck check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
        QCOMPARE(check.entries, entriesBefore + 2);
        QCOMPARE(store.auditLog().back().action, u"assessment.set"_s);

        // Nothing left to accept.
        QVERIFY(acceptSuggestions(embeddedCrosswalk(), store.assessments(), *iso, {}, true, u"en"_s)
                    .empty());

        undo.undo();
        QCOMPARE(store.assessment(kIso, u"A.8.17"_s)->status, AssessmentStatus::Unknown);
        QCOMPARE(store.assessment(kIso, u"A.8.17"_s)->note, u"NTP from two sources"_s);
        check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
        QCOMPARE(check.entries, entriesBefore + 4); // undo appends, never deletes
        QCOMPARE(store.auditLog().back().action, u"assessment.undo"_s);

        // "Accept all" leaves answered items alone; accepting one item does not.
        QVERIFY(
            store.setAssessment(make(kIso, u"A.8.31"_s, AssessmentStatus::NonCompliant), u"bo"_s));
        const auto all =
            acceptSuggestions(embeddedCrosswalk(), store.assessments(), *iso, {}, true, u"en"_s);
        QCOMPARE(all.size(), size_t(1));
        QCOMPARE(all.front().requirement, u"A.8.17"_s);
        const auto one = acceptSuggestions(embeddedCrosswalk(), store.assessments(), *iso,
                                           {u"A.8.31"_s}, false, u"en"_s);
        QCOMPARE(one.size(), size_t(1));
        QCOMPARE(one.front().status, AssessmentStatus::Compliant);
    }
};

QTEST_GUILESS_MAIN(TestCrosswalk)
#include "TestCrosswalk.moc"
