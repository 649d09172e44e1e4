#include "models/catalog/Catalog.h"
#include "models/catalog/CatalogStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::catalog;

namespace {

const QString kData = QStringLiteral(BOUSSOLE_TEST_DATA "/catalog");

Money money(const char *text)
{
    return *Money::parse(QString::fromLatin1(text), {MoneyDecimalSeparator::Dot});
}

const Offer *findOffer(const Provider &provider, const QString &id, const QString &region)
{
    for (const Offer &offer : provider.offers) {
        if (offer.id == id && offer.region == region) {
            return &offer;
        }
    }
    return nullptr;
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void embeddedLoads();
    void embeddedSchema();
    void embeddedHetznerIsNeverVerifiedGross();
    void embeddedZeroPricesAreExplained();
    void embeddedRatesConvertHyperscalers();
    void embeddedCertifications();
    void loadsGoodFolder();
    void loadsSingleFile();
    void loaderErrors_data();
    void loaderErrors();
    void duplicateProvider();
    void missingFolder();
    void convert();
    void certificationsFor();
    void idsRoundTrip();
    void catalogInUsePrefersOverride();
    void userCatalogTakesPrecedence();
};

void TestCatalog::embeddedLoads()
{
    const auto catalog = embeddedCatalog();
    QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().toString()));
    QCOMPARE(catalog->id, u"embedded"_s);
    // "Prices as of": the newest price of the snapshot (OVH and Scaleway instance fetch).
    QCOMPARE(catalog->date, QDate(2026, 8, 17));
    for (const char *id : {"aws", "azure", "gcp", "ovhcloud", "scaleway", "hetzner", "outscale",
                           "cloud-temple", "s3ns"}) {
        QVERIFY2(catalog->provider(QString::fromLatin1(id)), id);
    }
    QVERIFY(catalog->provider(u"aws"_s)->baseline);
    QVERIFY(catalog->provider(u"aws"_s)->extraEuLawExposure);
    QVERIFY(!catalog->provider(u"ovhcloud"_s)->extraEuLawExposure);
    QCOMPARE(catalog->provider(u"hetzner"_s)->headquarters, u"DE"_s);
}

void TestCatalog::embeddedSchema()
{
    const auto catalog = embeddedCatalog();
    QVERIFY(catalog.ok());
    QSet<QString> providerIds;
    int priced = 0;
    for (const Provider &provider : catalog->providers) {
        QVERIFY2(!providerIds.contains(provider.id), qPrintable(provider.id));
        providerIds.insert(provider.id);
        QVERIFY(!provider.name.isEmpty());
        QCOMPARE(provider.headquarters.size(), 2);
        QCOMPARE(provider.jurisdiction.size(), 2);
        QVERIFY(!provider.regions.empty());
        QVERIFY(!provider.source.url.isEmpty() && provider.source.date.isValid());
        QVERIFY(!provider.exposureSource.url.isEmpty());
        QCOMPARE(provider.billing.hoursPerMonth, 730.0);
        QVERIFY2(!provider.offers.empty(), qPrintable(provider.id));
        std::set<std::pair<QString, QString>> keys;
        for (const Offer &offer : provider.offers) {
            const QString where = provider.id + u'/' + offer.region + u'/' + offer.id;
            QVERIFY2(keys.insert({offer.region, offer.id}).second, qPrintable(where));
            QVERIFY2(provider.region(offer.region), qPrintable(where));
            QVERIFY2(!offer.id.isEmpty(), qPrintable(where));
            if (offer.kind == OfferKind::Gpu) {
                QVERIFY2(offer.gpuCount > 0 && !offer.gpuModel.isEmpty(), qPrintable(where));
            }
            if (offer.kind == OfferKind::ManagedDatabase) {
                QVERIFY2(!offer.engines.isEmpty(), qPrintable(where));
            }
            if (!offer.price) {
                QVERIFY2(!offer.note.isEmpty(), qPrintable(where)); // "no verified price", why
                continue;
            }
            ++priced;
            const Price &price = *offer.price;
            if (offer.kind == OfferKind::Compute || offer.kind == OfferKind::Gpu) {
                QVERIFY2(offer.vcpu > 0, qPrintable(where));
                QVERIFY2(offer.memoryGib > 0 || offer.note.contains(u"memory not stated"),
                         qPrintable(where));
            }
            QVERIFY2(!price.source.url.isEmpty(), qPrintable(where));
            QVERIFY2(price.source.date.isValid(), qPrintable(where));
            QVERIFY2(price.source.date <= catalog->date, qPrintable(where));
            QVERIFY2(price.currency == u"EUR" || price.currency == u"USD", qPrintable(where));
            QVERIFY2(unitFitsKind(price.unit, offer.kind), qPrintable(where));
            QVERIFY2(!price.amount.isNegative(), qPrintable(where));
        }
    }
    QVERIFY(providerIds.size() >= 9);
    // 633 rows in the snapshot, minus the older Hetzner volume figure of each of its three
    // locations (kept in the notes): every other row is one priced offer.
    QCOMPARE(priced, 630);
    // The snapshot has no Outscale price: facts only, never a made-up figure.
    for (const Offer &offer : catalog->provider(u"outscale"_s)->offers) {
        QVERIFY(!offer.price);
    }
    // Gaps listed in the price README stay gaps.
    const Provider *aws = catalog->provider(u"aws"_s);
    QVERIFY(findOffer(*aws, u"s3-standard"_s, u"eu-west-3"_s));
    QVERIFY(!findOffer(*aws, u"s3-standard"_s, u"eu-west-3"_s)->price);
    const Offer *m7i = findOffer(*aws, u"m7i.xlarge"_s, u"eu-west-3"_s);
    QVERIFY(m7i && m7i->price);
    QCOMPARE(m7i->price->currency, u"USD"_s);
    QCOMPARE(m7i->cpuType, CpuType::Dedicated);
}

void TestCatalog::embeddedHetznerIsNeverVerifiedGross()
{
    const auto catalog = embeddedCatalog();
    QVERIFY(catalog.ok());
    const Provider *hetzner = catalog->provider(u"hetzner"_s);
    QVERIFY(hetzner);
    int gross = 0;
    for (const Offer &offer : hetzner->offers) {
        if (!offer.price) {
            continue;
        }
        // Net of VAT, or converted from gross and then unverified: never a verified gross figure.
        if (offer.price->fromGross) {
            ++gross;
            QVERIFY2(!offer.price->source.verified, qPrintable(offer.id));
            QVERIFY2(offer.price->source.note.contains(u"1.19"), qPrintable(offer.id));
        }
    }
    QCOMPARE(gross, 78);
    // CCX13's gross 0.0829 €/h is 0.069664 €/h net.
    const Offer *ccx13 = findOffer(*hetzner, u"ccx13"_s, u"fsn1"_s);
    QVERIFY(ccx13 && ccx13->price);
    QCOMPARE(ccx13->price->amount, money("0.069664"));
    // The egress overage is a net figure with its 20 TB allowance per server.
    const Offer *traffic = findOffer(*hetzner, u"traffic-overage"_s, u"fsn1"_s);
    QVERIFY(traffic && traffic->allowance && traffic->price);
    QVERIFY(traffic->allowance->perServer);
    QCOMPARE(traffic->allowance->freeGb, 20000.0);
    QCOMPARE(traffic->price->amount, money("0.0009765625"));
}

void TestCatalog::embeddedZeroPricesAreExplained()
{
    const auto catalog = embeddedCatalog();
    QVERIFY(catalog.ok());
    int zeros = 0;
    for (const Provider &provider : catalog->providers) {
        for (const Offer &offer : provider.offers) {
            if (offer.price && offer.price->amount.isZero()) {
                ++zeros;
                QVERIFY2(offer.note.contains(u"free"), qPrintable(provider.id + u'/' + offer.id));
            }
        }
    }
    // OVH egress and MKS free plan (GRA, SBG), Scaleway egress and Kapsule, AKS free tier.
    QCOMPARE(zeros, 7);
}

void TestCatalog::embeddedRatesConvertHyperscalers()
{
    const auto catalog = embeddedCatalog();
    QVERIFY(catalog.ok());
    const CurrencyRate *rate = catalog->rate(u"USD"_s, u"EUR"_s);
    QVERIFY(rate);
    QVERIFY(rate->date.isValid());
    QVERIFY(!rate->source.url.isEmpty());
    // Every provider's currency converts to EUR.
    for (const Provider &provider : catalog->providers) {
        for (const Offer &offer : provider.offers) {
            if (offer.price) {
                QVERIFY2(catalog->convert(offer.price->amount, offer.price->currency, u"EUR"_s),
                         qPrintable(offer.id));
            }
        }
    }
}

void TestCatalog::embeddedCertifications()
{
    const auto catalog = embeddedCatalog();
    QVERIFY(catalog.ok());
    const QDate day(2026, 11, 29);
    const Provider *ovh = catalog->provider(u"ovhcloud"_s);
    const Offer *snc = findOffer(*ovh, u"hpc-vmware-secnumcloud"_s, u"SNC-FR"_s);
    const Offer *b3 = findOffer(*ovh, u"b3-16"_s, u"GRA"_s);
    QVERIFY(snc && b3);
    auto ids = [&](const Provider &p, const Offer &o) {
        QStringList list;
        for (const Certification *c : p.certificationsFor(o, day)) {
            list << c->id;
        }
        return list;
    };
    QVERIFY(ids(*ovh, *snc).contains(u"secnumcloud"_s));
    QVERIFY(!ids(*ovh, *b3).contains(u"secnumcloud"_s));
    const Provider *s3ns = catalog->provider(u"s3ns"_s);
    QVERIFY(s3ns);
    QCOMPARE(s3ns->certifications.front().issued, QDate(2025, 12, 17));
    QVERIFY(ids(*s3ns, s3ns->offers.front()).contains(u"secnumcloud"_s));
    // Not yet qualified the day before.
    QVERIFY(s3ns->certificationsFor(s3ns->offers.front(), QDate(2025, 12, 16)).empty());
}

void TestCatalog::loadsGoodFolder()
{
    const auto catalog = loadCatalog(kData + u"/good"_s);
    QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().toString()));
    QCOMPARE(catalog->id, u"good"_s);
    QCOMPARE(catalog->providers.size(), size_t(1));
    QCOMPARE(catalog->rates.size(), size_t(2));
    QCOMPARE(catalog->date, QDate(2026, 3, 15));
    const Provider &p = catalog->providers.front();
    QCOMPARE(p.offers.size(), size_t(4));
    QCOMPARE(p.regions.at(1).country, u"DE"_s);
    const Offer *disk = findOffer(p, u"disk"_s, u"par"_s);
    QVERIFY(disk && disk->price);
    QVERIFY(disk->price->fromGross);
    QVERIFY(!disk->price->source.verified);
    const Offer *egress = findOffer(p, u"egress"_s, u"par"_s);
    QVERIFY(egress && !egress->price && egress->allowance);
    QCOMPARE(egress->allowance->freeGb, 100.0);
    QCOMPARE(p.certifications.front().reference, u"VISA-TEST-1"_s);
}

void TestCatalog::loadsSingleFile()
{
    const QString file = kData + u"/good/test.yaml"_s;
    const auto catalog = loadCatalog(file);
    QVERIFY(catalog.ok());
    QCOMPARE(catalog->id, u"test.yaml"_s);
    QVERIFY(catalog->rates.empty());
    QVERIFY(catalog->provider(u"test"_s));
}

void TestCatalog::loaderErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate offer")
        << u"duplicate-offer"_s << u"offers[1].id"_s << 15 << u"appears twice"_s;
    QTest::newRow("unknown region") << u"unknown-region"_s << u"offers[0].region"_s << 14
                                    << u"not among the provider's regions"_s;
    QTest::newRow("missing url") << u"missing-source-url"_s << u"offers[0].price.source.url"_s << 21
                                 << u"required"_s;
    QTest::newRow("unit") << u"unit-mismatch"_s << u"offers[0].price.unit"_s << 22
                          << u"does not fit an offer of kind compute"_s;
    QTest::newRow("currency") << u"unknown-currency"_s << u"offers[0].price.currency"_s << 19
                              << u"unknown currency \"EUO\""_s;
    QTest::newRow("gross verified")
        << u"gross-verified"_s << u"offers[0].price.source.verified"_s << 22 << u"VAT"_s;
    QTest::newRow("zero") << u"zero-without-note"_s << u"offers[0].price.amount"_s << 18
                          << u"needs a note"_s;
    QTest::newRow("date") << u"missing-date"_s << u"offers[0].price.source.date"_s << 21
                          << u"date"_s;
    QTest::newRow("amount") << u"bad-amount"_s << u"offers[0].price.amount"_s << 18
                            << u"expected an amount"_s;
}

void TestCatalog::loaderErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QString, message);
    const QString fileName = kData + u"/bad/"_s + file + u".yaml"_s;
    const auto catalog = loadCatalog(fileName);
    QVERIFY(!catalog.ok());
    const Error &error = catalog.error();
    QCOMPARE(error.file, fileName);
    QCOMPARE(error.path, path);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    // The rendering the CLI prints starts with FILE:LINE.
    QVERIFY(error.toString().startsWith(fileName + u':' + QString::number(line) + u':'));
}

void TestCatalog::duplicateProvider()
{
    const auto catalog = loadCatalog(kData + u"/duplicate-provider"_s);
    QVERIFY(!catalog.ok());
    QCOMPARE(catalog.error().file, u"b.yaml"_s);
    QCOMPARE(catalog.error().path, u"provider.id"_s);
    QCOMPARE(catalog.error().line, 3);
    QVERIFY(catalog.error().message.contains(u"another file"));

    const auto syntax = loadCatalog(kData + u"/bad/syntax.yaml"_s);
    QVERIFY(!syntax.ok());
    QVERIFY(syntax.error().line > 0);
    QCOMPARE(syntax.error().file, kData + u"/bad/syntax.yaml"_s);
}

void TestCatalog::missingFolder()
{
    const auto catalog = loadCatalog(kData + u"/no-such-folder"_s);
    QVERIFY(!catalog.ok());
    QVERIFY(!catalog.error().message.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto empty = loadCatalog(dir.path());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().file, dir.path());
    QVERIFY(empty.error().message.contains(u"no catalog files"));
}

void TestCatalog::convert()
{
    const auto loaded = loadCatalog(kData + u"/good"_s);
    QVERIFY(loaded.ok());
    const Catalog &catalog = loaded.value();
    // Same currency: unchanged, even without any rate.
    QCOMPARE(catalog.convert(money("12.34"), u"EUR"_s, u"EUR"_s), money("12.34"));
    // Direct rate: 1 EUR = 1.25 USD.
    QCOMPARE(catalog.convert(money("10"), u"EUR"_s, u"USD"_s), money("12.5"));
    // Inverse rate: exact division, 0.12 USD = 0.096 EUR.
    QCOMPARE(catalog.convert(money("0.12"), u"USD"_s, u"EUR"_s), money("0.096"));
    QCOMPARE(catalog.convert(money("1"), u"EUR"_s, u"GBP"_s), money("0.833333333333"));
    QCOMPARE(catalog.convert(money("-2.5"), u"USD"_s, u"EUR"_s), money("-2"));
    // No chaining through a third currency and no unknown pair.
    QVERIFY(!catalog.convert(money("1"), u"USD"_s, u"GBP"_s));
    QVERIFY(!catalog.convert(money("1"), u"CHF"_s, u"EUR"_s));
    const CurrencyRate *rate = catalog.rate(u"USD"_s, u"EUR"_s);
    QVERIFY(rate);
    QCOMPARE(rate->from, u"EUR"_s); // the inverse entry
    QCOMPARE(rate->date, QDate(2026, 1, 2));
    QVERIFY(!catalog.rate(u"USD"_s, u"CHF"_s));
}

void TestCatalog::certificationsFor()
{
    const auto loaded = loadCatalog(kData + u"/good"_s);
    QVERIFY(loaded.ok());
    const Provider &p = loaded->providers.front();
    const Offer *paris = findOffer(p, u"a-2"_s, u"par"_s);
    const Offer *frankfurt = findOffer(p, u"a-2"_s, u"fra"_s);
    const Offer *disk = findOffer(p, u"disk"_s, u"par"_s);
    QVERIFY(paris && frankfurt && disk);
    const Certification &snc = p.certifications.at(0);
    const Certification &hds = p.certifications.at(1);
    const Certification &iso = p.certifications.at(2);

    // Family "a" in Paris is covered; the same offer in Frankfurt is not (region scope).
    QVERIFY(snc.covers(*paris));
    QVERIFY(!snc.covers(*frankfurt));
    QVERIFY(!snc.covers(*disk)); // not of the family
    QVERIFY(iso.covers(*disk));  // kind scope
    QVERIFY(!iso.covers(*paris));

    // Validity: issued ≤ date < expires.
    QVERIFY(!snc.validOn(QDate(2024, 2, 29)));
    QVERIFY(snc.validOn(QDate(2024, 3, 1)));
    QVERIFY(!snc.validOn(QDate(2027, 3, 1)));
    QVERIFY(hds.validOn(QDate(2022, 6, 1)));
    QVERIFY(!hds.validOn(QDate(2026, 6, 1))); // expired
    QVERIFY(iso.validOn(QDate(1990, 1, 1)));  // no dates: always

    const QDate today(2026, 6, 1);
    auto ids = [&](const Offer &offer, const QDate &date) {
        QStringList list;
        for (const Certification *c : p.certificationsFor(offer, date)) {
            list << c->id;
        }
        return list;
    };
    QCOMPARE(ids(*paris, today), QStringList{u"secnumcloud"_s});
    QCOMPARE(ids(*frankfurt, today), QStringList());
    QCOMPARE(ids(*disk, today), QStringList{u"iso27001"_s});
    // Before the HDS certificate expired it covered everything.
    QCOMPARE(ids(*frankfurt, QDate(2022, 6, 1)), QStringList{u"hds"_s});
    QCOMPARE(ids(*paris, QDate(2022, 6, 1)), QStringList{u"hds"_s});
}

void TestCatalog::idsRoundTrip()
{
    for (OfferKind kind : {OfferKind::Compute, OfferKind::Gpu, OfferKind::DedicatedHost,
                           OfferKind::BlockStorage, OfferKind::ObjectStorage, OfferKind::Egress,
                           OfferKind::KubernetesControlPlane, OfferKind::ManagedDatabase}) {
        QCOMPARE(offerKindFromId(offerKindId(kind)), kind);
    }
    QCOMPARE(offerKindId(OfferKind::DedicatedHost), u"dedicated-host"_s);
    QVERIFY(!offerKindFromId(u"vm"_s));
    for (CpuType type : {CpuType::Dedicated, CpuType::Shared, CpuType::Unknown}) {
        QCOMPARE(cpuTypeFromId(cpuTypeId(type)), type);
    }
    for (PriceUnit unit : {PriceUnit::Hour, PriceUnit::Month, PriceUnit::GbMonth, PriceUnit::Gb}) {
        QCOMPARE(priceUnitFromId(priceUnitId(unit)), unit);
    }
    QCOMPARE(priceUnitId(PriceUnit::GbMonth), u"GB-month"_s);
    QVERIFY(unitFitsKind(PriceUnit::Hour, OfferKind::Compute));
    QVERIFY(!unitFitsKind(PriceUnit::Gb, OfferKind::BlockStorage));
}

void TestCatalog::catalogInUsePrefersOverride()
{
    const auto explicitOne = catalogInUse(kData + u"/good"_s);
    QVERIFY(explicitOne.ok());
    QCOMPARE(explicitOne->id, u"good"_s);
    // The test environment's data folder has no refreshed catalog: the embedded one is used.
    QVERIFY(!QDir(userCatalogFolder()).exists());
    const auto fallback = catalogInUse();
    QVERIFY(fallback.ok());
    QCOMPARE(fallback->id, u"embedded"_s);
}

void TestCatalog::userCatalogTakesPrecedence()
{
    // A refreshed catalog in the data folder wins over the embedded one; --catalog wins over both.
    const QString folder = userCatalogFolder();
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {u"test.yaml"_s, u"rates.yaml"_s}) {
        QFile::remove(folder + u'/' + name);
        QVERIFY(QFile::copy(kData + u"/good/"_s + name, folder + u'/' + name));
    }
    const auto user = catalogInUse();
    const auto explicitOne = catalogInUse(u":/catalog"_s);
    // A broken refreshed catalog does not stop the work: the embedded one is used, with the reason.
    QVERIFY(QFile::copy(kData + u"/bad/unknown-region.yaml"_s, folder + u"/broken.yaml"_s));
    Error why;
    const auto fallback = catalogInUse({}, &why);
    QDir(folder).removeRecursively();
    QVERIFY(fallback.ok());
    QCOMPARE(fallback->id, u"embedded"_s);
    QCOMPARE(why.file, u"broken.yaml"_s);
    QCOMPARE(why.path, u"offers[0].region"_s);
    QVERIFY(user.ok());
    QCOMPARE(user->id, u"user"_s);
    QVERIFY(user->provider(u"test"_s));
    QVERIFY(!user->provider(u"aws"_s));
    QVERIFY(explicitOne.ok());
    QCOMPARE(explicitOne->id, u"embedded"_s);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "TestCatalog.moc"
