#include "models/catalog/Catalog.h"
#include "models/compliance/ProviderView.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compliance;

namespace {

QStringList ids(const std::vector<Suggestion> &suggestions)
{
    QStringList result;
    for (const Suggestion &s : suggestions) {
        result << s.framework->id;
    }
    return result;
}

catalog::Catalog testCatalog()
{
    catalog::Catalog catalog;
    catalog::Provider us;
    us.id = u"us-cloud"_s;
    us.jurisdiction = u"US"_s;
    us.extraEuLawExposure = true;
    catalog::Certification hds;
    hds.id = u"hds"_s;
    hds.regions = {u"eu-west-3"_s};
    us.certifications.push_back(hds);
    catalog::Certification iso;
    iso.id = u"iso27001"_s;
    iso.expires = QDate(2024, 1, 1);
    us.certifications.push_back(iso);
    catalog::Provider fr;
    fr.id = u"fr-cloud"_s;
    fr.jurisdiction = u"FR"_s;
    catalog::Certification snc;
    snc.id = u"secnumcloud"_s;
    snc.reference = u"VISA-1"_s;
    snc.source.verified = true;
    fr.certifications.push_back(snc);
    catalog.providers = {us, fr};
    return catalog;
}

} // namespace

class TestProviderView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void suggestionsFollowSectorAndDataClasses()
    {
        const auto &frameworks = embeddedFrameworks();
        QCOMPARE(ids(suggestFrameworks(frameworks, u"insurance"_s,
                                       {{u"health"_s, 23}, {u"personal"_s, 4}})),
                 (QStringList{u"cnil"_s, u"dora"_s, u"gdpr"_s, u"hds-2"_s, u"iso27001-2022"_s,
                              u"secnumcloud-3.2"_s}));
        QCOMPARE(ids(suggestFrameworks(frameworks, u"retail"_s, {{u"personal"_s, 2}})),
                 (QStringList{u"cnil"_s, u"gdpr"_s}));
        QCOMPARE(ids(suggestFrameworks(frameworks, u"Bank"_s, {{u"internal"_s, 5}})),
                 QStringList{u"dora"_s});
        QCOMPARE(ids(suggestFrameworks(frameworks, u"retail"_s, {{u"payment"_s, 1}})),
                 (QStringList{u"cnil"_s, u"gdpr"_s, u"secnumcloud-3.2"_s}));
        QVERIFY(suggestFrameworks(frameworks, QString(), {{u"internal"_s, 9}}).empty());
        QVERIFY(suggestFrameworks(frameworks, u"retail"_s, {{u"health"_s, 0}}).empty());
        const auto reasons =
            suggestFrameworks(frameworks, u"insurer"_s, {{u"health"_s, 3}}).front().reasons;
        QVERIFY(!reasons.isEmpty());
        QCOMPARE(normaliseSector(u"Insurer"_s), u"insurance"_s);
    }

    void coverageMatrix()
    {
        const catalog::Catalog catalog = testCatalog();
        const QStringList columns = certificationColumns(catalog);
        QCOMPARE(columns, (QStringList{u"secnumcloud"_s, u"hds"_s, u"iso27001"_s}));
        const auto matrix = compliance::coverageMatrix(catalog, columns, QDate(2026, 6, 1));
        QCOMPARE(matrix.size(), size_t(2));
        QCOMPARE(matrix[0].cells[0].coverage, Coverage::None);
        QCOMPARE(matrix[0].cells[1].coverage, Coverage::Partial); // one region only
        QCOMPARE(matrix[0].cells[2].coverage, Coverage::Expired);
        QCOMPARE(matrix[1].cells[0].coverage, Coverage::Full);
        QCOMPARE(matrix[1].cells[0].certificate->reference, u"VISA-1"_s);
        QVERIFY(matrix[1].cells[0].verified);
        QVERIFY(!matrix[0].cells[1].verified);
    }

    void standingsArePassFail()
    {
        const catalog::Catalog catalog = testCatalog();
        const Framework *snc = findFramework(embeddedFrameworks(), u"secnumcloud-3.2"_s);
        QVERIFY(snc);
        const auto standings = providerStandings(catalog, *snc, QDate(2026, 6, 1));
        QCOMPARE(standings.size(), size_t(2));
        QCOMPARE(standings[0].blocking, 259);
        QCOMPARE(standings[0].ruledOut, (QStringList{u"19.6.a"_s, u"19.6.b"_s}));
        QCOMPARE(standings[1].blocking, 0);
        QVERIFY(standings[1].ruledOut.isEmpty());

        const Framework *hds = findFramework(embeddedFrameworks(), u"hds-2"_s);
        const auto hdsStandings = providerStandings(catalog, *hds, QDate(2026, 6, 1));
        QCOMPARE(hdsStandings[0].coverage, Coverage::Partial);
        QCOMPARE(hdsStandings[0].blocking, 0);
        QCOMPARE(hdsStandings[1].blocking, 20); // 31 minus the 11 contract clauses
        QCOMPARE(certificationIdOf(u"gdpr"_s), QString());
    }

    void embeddedCatalogExposure()
    {
        auto catalog = catalog::embeddedCatalog();
        QVERIFY(catalog);
        const catalog::Provider *aws = catalog.value().provider(u"aws"_s);
        QVERIFY(aws && aws->extraEuLawExposure);
        const Framework *snc = findFramework(embeddedFrameworks(), u"secnumcloud-3.2"_s);
        for (const ProviderStanding &standing :
             providerStandings(catalog.value(), *snc, QDate::currentDate())) {
            QCOMPARE(standing.ruledOut.isEmpty(),
                     !standing.provider->extraEuLawExposure || standing.blocking == 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderView)
#include "TestProviderView.moc"
