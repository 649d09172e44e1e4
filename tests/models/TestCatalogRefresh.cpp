// catalog refresh: the Azure Retail Prices API (paged) and the OVHcloud public catalog, served by
// a fake HTTP getter with answers shaped as the real APIs' (formats.md §7), and the overlay.
#include "models/catalog/CatalogRefresh.h"
#include "models/catalog/CatalogStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace boussole;
using namespace boussole::catalog;
using namespace Qt::StringLiterals;

namespace {

const Offer *find(const Catalog &c, const QString &provider, const QString &id,
                  const QString &region)
{
    for (const Offer &o : c.provider(provider)->offers) {
        if (o.id == id && o.region == region) {
            return &o;
        }
    }
    return nullptr;
}

} // namespace

class TestCatalogRefresh : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void azurePagedAndFiltered();
    void ovhPricesInHundredMillionths();
    void failuresChangeNothing();
    void overlayRoundTrip();
};

void TestCatalogRefresh::azurePagedAndFiltered()
{
    Result<Catalog> embedded = embeddedCatalog();
    QVERIFY(embedded);
    const Offer *any = nullptr;
    for (const Offer &o : embedded->provider(u"azure"_s)->offers) {
        if (o.kind == OfferKind::Compute && o.price) {
            any = &o;
            break;
        }
    }
    QVERIFY(any);
    const QString sku = any->id;
    QStringList asked;
    const HttpGet get = [&](const QString &url) -> Result<QByteArray> {
        asked << url;
        if (!url.contains(u"skip"_s)) {
            // Page 1: a Windows meter and a Spot meter to ignore, and a next page.
            return QByteArray(
                R"({"BillingCurrency":"USD","Items":[
                  {"currencyCode":"USD","retailPrice":9.99,"armSkuName":")" +
                sku.toUtf8() +
                R"(","productName":"Virtual Machines Dsv5 Series Windows","meterName":"D4s v5","unitOfMeasure":"1 Hour","armRegionName":"francecentral"},
                  {"currencyCode":"USD","retailPrice":0.01,"armSkuName":")" +
                sku.toUtf8() +
                R"(","productName":"Virtual Machines Dsv5 Series","meterName":"D4s v5 Spot","unitOfMeasure":"1 Hour","armRegionName":"francecentral"}],
                 "NextPageLink":"https://prices.azure.com/api/retail/prices?$skip=1000","Count":2})");
        }
        return QByteArray(
            R"({"BillingCurrency":"USD","Items":[
              {"currencyCode":"USD","retailPrice":0.123456,"armSkuName":")" +
            sku.toUtf8() +
            R"(","productName":"Virtual Machines Dsv5 Series","meterName":"D4s v5","unitOfMeasure":"1 Hour","armRegionName":"francecentral"}],
             "NextPageLink":null,"Count":1})");
    };
    Result<std::vector<PriceUpdate>> updates = fetchPrices(
        *embedded, u"azure"_s, u"http://mirror.example:8080/"_s, get, QDate(2026, 11, 29));
    QVERIFY2(updates, qPrintable(updates ? QString() : updates.error().toString()));
    QVERIFY(asked.size() >= 2);
    QVERIFY2(asked.first().startsWith(u"http://mirror.example:8080/api/retail/prices"_s),
             qPrintable(asked.first()));
    QVERIFY(asked.at(1).startsWith(u"http://mirror.example:8080/api/retail/prices"_s));
    const auto mine = std::find_if(updates->begin(), updates->end(), [&](const PriceUpdate &u) {
        return u.offer == sku && u.region == any->region;
    });
    QVERIFY(mine != updates->end());
    QCOMPARE(mine->price.amount.toString(), u"0.123456"_s); // not the Windows, not the Spot
    QCOMPARE(mine->price.currency, u"USD"_s);
    QCOMPARE(mine->price.source.date, QDate(2026, 11, 29));
    QVERIFY(mine->price.source.verified);
}

void TestCatalogRefresh::ovhPricesInHundredMillionths()
{
    Result<Catalog> embedded = embeddedCatalog();
    QVERIFY(embedded);
    const HttpGet get = [](const QString &) -> Result<QByteArray> {
        return QByteArray(R"({"catalogId":1,"locale":{"currencyCode":"EUR","subsidiary":"FR"},
          "addons":[{"planCode":"b3-16.consumption","invoiceName":"b3-16",
                     "pricings":[{"capacities":["consumption"],"intervalUnit":"hour","price":10900000}]},
                    {"planCode":"b3-16.monthly.postpaid","pricings":[{"capacities":["renew"],"intervalUnit":"month","price":5000000000}]}]})");
    };
    Result<std::vector<PriceUpdate>> updates =
        fetchPrices(*embedded, u"ovhcloud"_s, {}, get, QDate(2026, 11, 29));
    QVERIFY(updates);
    QVERIFY(!updates->empty());
    for (const PriceUpdate &u : *updates) {
        QCOMPARE(u.offer, u"b3-16"_s);
        QCOMPARE(u.price.amount.toString(), u"0.109"_s); // 10,900,000 × 1e-8
    }
}

void TestCatalogRefresh::failuresChangeNothing()
{
    Result<Catalog> embedded = embeddedCatalog();
    const HttpGet broken = [](const QString &url) -> Result<QByteArray> {
        return Error(u"cannot download %1: connection refused"_s.arg(url));
    };
    QVERIFY(!fetchPrices(*embedded, u"ovhcloud"_s, {}, broken));
    const HttpGet html = [](const QString &) -> Result<QByteArray> {
        return QByteArray("<html>maintenance</html>");
    };
    Result<std::vector<PriceUpdate>> wrong = fetchPrices(*embedded, u"azure"_s, {}, html);
    QVERIFY(!wrong);
    QVERIFY(wrong.error().message.contains(u"something else"_s));
    QVERIFY(!fetchPrices(*embedded, u"hetzner"_s, {}, html)); // needs a token: not refreshable
}

void TestCatalogRefresh::overlayRoundTrip()
{
    QTemporaryDir dir;
    Result<Catalog> embedded = embeddedCatalog();
    const Offer *before = find(*embedded, u"ovhcloud"_s, u"b3-16"_s, u"GRA"_s);
    QVERIFY(before);
    RefreshOverlay overlay;
    overlay.refreshed = QDate(2026, 12, 1);
    PriceUpdate u;
    u.provider = u"ovhcloud"_s;
    u.offer = u"b3-16"_s;
    u.region = u"GRA"_s;
    u.price.amount = Money::parse(u"0.109"_s).value();
    u.price.currency = u"EUR"_s;
    u.price.source.url = u"https://eu.api.ovh.com/1.0/order/catalog/public/cloud"_s;
    u.price.source.date = QDate(2026, 12, 1);
    u.price.source.verified = true;
    overlay.prices.push_back(u);
    const QString path = dir.filePath(u"sub/prices.json"_s);
    QVERIFY(writeOverlay(path, overlay));
    Result<RefreshOverlay> back = readOverlay(path);
    QVERIFY(back);
    Catalog copy = embedded.value();
    QCOMPARE(applyOverlay(copy, *back), 1);
    const Offer *after = find(copy, u"ovhcloud"_s, u"b3-16"_s, u"GRA"_s);
    QCOMPARE(after->price->amount.toString(), u"0.109"_s);
    QCOMPARE(after->price->source.date, QDate(2026, 12, 1));
    QCOMPARE(copy.date, QDate(2026, 12, 1)); // "prices as of" moves with the refresh
    // Other regions keep the shipped price.
    QCOMPARE(find(copy, u"ovhcloud"_s, u"b3-16"_s, u"SBG"_s)->price->amount,
             find(*embedded, u"ovhcloud"_s, u"b3-16"_s, u"SBG"_s)->price->amount);
}

QTEST_GUILESS_MAIN(TestCatalogRefresh)
#include "TestCatalogRefresh.moc"
