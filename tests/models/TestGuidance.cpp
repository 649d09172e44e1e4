// Issue 7: the EU Data Act's switching rules apply to every project; the French State's cloud
// doctrine only when the organisation's sector is public, where it also adds its reason to the
// SecNumCloud suggestion.
#include "models/compliance/Guidance.h"
#include "models/compliance/ProviderView.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compliance;

namespace {

QStringList ids(const std::vector<ApplicableGuidance> &guidance)
{
    QStringList result;
    for (const ApplicableGuidance &g : guidance) {
        result << g.note->id;
    }
    return result;
}

} // namespace

class TestGuidance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shippedGuidanceLoads()
    {
        auto loaded = loadGuidance(u":/guidance/customer-guidance.yaml"_s);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QCOMPARE(embeddedGuidance().size(), loaded.value().size());
        for (const GuidanceNote &note : loaded.value()) {
            QVERIFY2(!note.title.en.isEmpty() && !note.title.fr.isEmpty(), qPrintable(note.id));
            QVERIFY2(!note.text.en.isEmpty() && !note.text.fr.isEmpty(), qPrintable(note.id));
            QVERIFY(note.title.en != note.title.fr);
            QVERIFY(note.sourceUrl.startsWith(u"https://"_s));
            QVERIFY(note.date.isValid());
        }
    }

    void dataActForEveryProject_data()
    {
        QTest::addColumn<QString>("sector");
        QTest::newRow("none") << QString();
        QTest::newRow("insurance") << u"insurance"_s;
        QTest::newRow("health") << u"hospital"_s;
        QTest::newRow("public") << u"public"_s;
        QTest::newRow("retail") << u"Retail"_s;
    }

    void dataActForEveryProject()
    {
        QFETCH(QString, sector);
        const QStringList found = ids(guidanceFor(embeddedGuidance(), sector));
        QVERIFY(found.contains(u"eu-data-act-switching"_s));
        QVERIFY(found.contains(u"eu-data-act-charges"_s));
        for (const ApplicableGuidance &g : guidanceFor(embeddedGuidance(), sector)) {
            QVERIFY(!g.reason.isEmpty());
        }
        const GuidanceNote *switching = embeddedGuidance().data();
        QCOMPARE(switching->id, u"eu-data-act-switching"_s);
        QCOMPARE(switching->appliesFrom, QDate(2025, 9, 12));
        QVERIFY(switching->verified);
        QVERIFY(switching->sourceUrl.contains(u"2023/2854"_s));
    }

    void doctrineOnlyForPublicSector_data()
    {
        QTest::addColumn<QString>("sector");
        QTest::addColumn<bool>("doctrine");
        QTest::newRow("public") << u"public"_s << true;
        QTest::newRow("government") << u"Government"_s << true;
        QTest::newRow("public administration") << u"public administration"_s << true;
        QTest::newRow("secteur public") << u"secteur public"_s << true;
        QTest::newRow("none") << QString() << false;
        QTest::newRow("insurance") << u"insurance"_s << false;
        QTest::newRow("health") << u"health"_s << false;
        QTest::newRow("publishing") << u"publishing"_s << false;
    }

    void doctrineOnlyForPublicSector()
    {
        QFETCH(QString, sector);
        QFETCH(bool, doctrine);
        const QStringList found = ids(guidanceFor(embeddedGuidance(), sector));
        QCOMPARE(found.contains(u"fr-cloud-doctrine"_s), doctrine);
        QCOMPARE(found.contains(u"fr-sren-article-31"_s), doctrine);
        for (const GuidanceNote &note : embeddedGuidance()) {
            if (note.id.startsWith(u"fr-"_s)) {
                QVERIFY(!note.verified); // secondary sources only: said so
                QVERIFY(note.callsFor.contains(u"secnumcloud-3.2"_s));
            }
        }
        // The doctrine joins the reasons SecNumCloud is suggested for.
        const auto suggestions = suggestFrameworks(embeddedFrameworks(), sector, {});
        const auto snc =
            std::find_if(suggestions.begin(), suggestions.end(), [](const Suggestion &s) {
                return s.framework->id == u"secnumcloud-3.2"_s;
            });
        const bool doctrineReason =
            snc != suggestions.end() &&
            std::any_of(snc->reasons.begin(), snc->reasons.end(),
                        [](const QString &r) { return r.contains(u"doctrine"_s); });
        QCOMPARE(doctrineReason, doctrine);
    }

    // The accessor the business case can cite next to its data-transfer-out assumption.
    void switchingCharges()
    {
        QCOMPARE(switchingChargesOn(QDate(2025, 6, 1)), SwitchingCharges::NotYetApplicable);
        QCOMPARE(switchingChargesOn(QDate(2025, 9, 12)), SwitchingCharges::AtMostCost);
        QCOMPARE(switchingChargesOn(QDate(2027, 1, 11)), SwitchingCharges::AtMostCost);
        QCOMPARE(switchingChargesOn(QDate(2027, 1, 12)), SwitchingCharges::None);
        QCOMPARE(switchingChargesId(SwitchingCharges::None), u"none"_s);
        const GuidanceNote *note = dataTransferOutGuidance();
        QVERIFY(note);
        QCOMPARE(note->id, u"eu-data-act-charges"_s);
        QVERIFY(switchingChargesSentence(QDate(2027, 3, 1)).contains(u"Data Act"_s));
    }

    void loaderRefusesBadFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(schema: 1
guidance:
  - {id: x, applies: sector, title_en: A, title_fr: B, text_en: C, text_fr: D, source_url: https://example.org/, date: 2024-01-01}
)");
        file.close();
        auto loaded = loadGuidance(path);
        QVERIFY(!loaded); // a sector rule without sectors
        QVERIFY(loaded.error().message.contains(u"sector"_s));
    }
};

QTEST_GUILESS_MAIN(TestGuidance)
#include "TestGuidance.moc"
