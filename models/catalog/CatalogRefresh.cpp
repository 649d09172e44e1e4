#include "models/catalog/CatalogRefresh.h"

#include "models/importers/io/YamlLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace boussole::catalog {

namespace {

constexpr qint64 kMaxBody = qint64(256) * 1024 * 1024;

size_t collect(char *data, size_t size, size_t count, void *user)
{
    auto *body = static_cast<QByteArray *>(user);
    if (body->size() + qint64(size * count) > kMaxBody) {
        return 0; // aborts the transfer
    }
    body->append(data, qsizetype(size * count));
    return size * count;
}

// Replaces scheme and host of `url` by those of `endpoint` (when given).
QString at(const QString &endpoint, const QString &url)
{
    if (endpoint.isEmpty()) {
        return url;
    }
    const QUrl original(url);
    QUrl base(endpoint);
    QString path = base.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    base.setPath(path + original.path());
    base.setQuery(original.query());
    return base.toString();
}

QString text(const char *s)
{
    return QCoreApplication::translate("Catalog", s);
}

Result<std::vector<PriceUpdate>> fetchAzure(const Catalog &catalog, const QString &endpoint,
                                            const HttpGet &get, const QDate &today)
{
    const Provider *azure = catalog.provider(u"azure"_s);
    if (!azure) {
        return Error(text("the catalog has no provider azure"));
    }
    QSet<QString> regions;
    for (const Offer &o : azure->offers) {
        if (o.kind == OfferKind::Compute || o.kind == OfferKind::Gpu) {
            regions.insert(o.region);
        }
    }
    std::vector<PriceUpdate> updates;
    for (const QString &region : std::as_const(regions)) {
        QString url = at(
            endpoint, u"https://prices.azure.com/api/retail/prices?api-version=2023-01-01-preview"
                      "&$filter=serviceName eq 'Virtual Machines' and armRegionName eq '%1' and "
                      "priceType eq 'Consumption'"_s.arg(region));
        const QString first = url;
        for (int page = 0; !url.isEmpty() && page < 500; ++page) {
            Result<QByteArray> body = get(url);
            if (!body) {
                return body.error();
            }
            QJsonParseError error;
            const QJsonObject doc = QJsonDocument::fromJson(*body, &error).object();
            if (error.error != QJsonParseError::NoError || !doc.contains(u"Items"_s)) {
                return Error(text("the Azure Retail Prices API answered something else than "
                                  "its price list: %1")
                                 .arg(url));
            }
            for (const QJsonValue &value : doc.value(u"Items"_s).toArray()) {
                const QJsonObject item = value.toObject();
                const QString sku = item.value(u"armSkuName"_s).toString();
                const QString product = item.value(u"productName"_s).toString();
                const QString meter = item.value(u"meterName"_s).toString();
                if (product.endsWith(u" Windows"_s) || meter.contains(u"Spot"_s) ||
                    meter.contains(u"Low Priority"_s) ||
                    item.value(u"unitOfMeasure"_s).toString() != u"1 Hour") {
                    continue;
                }
                const auto offer =
                    std::find_if(azure->offers.begin(), azure->offers.end(), [&](const Offer &o) {
                        return o.id.compare(sku, Qt::CaseInsensitive) == 0 && o.region == region;
                    });
                if (offer == azure->offers.end()) {
                    continue;
                }
                // Azure publishes at most 6 significant decimals: printing the parsed number with
                // 15 significant digits gives back its text exactly.
                const std::optional<Money> amount =
                    Money::parse(QString::number(item.value(u"retailPrice"_s).toDouble(), 'g', 15),
                                 {MoneyDecimalSeparator::Dot});
                if (!amount || amount->isZero()) {
                    continue;
                }
                PriceUpdate u;
                u.provider = u"azure"_s;
                u.offer = offer->id;
                u.region = region;
                u.price.amount = *amount;
                u.price.currency = item.value(u"currencyCode"_s).toString(u"USD"_s);
                u.price.unit = PriceUnit::Hour;
                u.price.source.url = first;
                u.price.source.date = today;
                u.price.source.verified = true;
                u.price.source.note = text("refreshed from the Azure Retail Prices API");
                updates.push_back(std::move(u));
            }
            url = doc.value(u"NextPageLink"_s).toString();
            if (!url.isEmpty()) {
                url = at(endpoint, url);
            }
        }
    }
    return updates;
}

Result<std::vector<PriceUpdate>> fetchOvh(const Catalog &catalog, const QString &endpoint,
                                          const HttpGet &get, const QDate &today)
{
    const Provider *ovh = catalog.provider(u"ovhcloud"_s);
    if (!ovh) {
        return Error(text("the catalog has no provider ovhcloud"));
    }
    const QString url =
        at(endpoint, u"https://eu.api.ovh.com/1.0/order/catalog/public/cloud?ovhSubsidiary=FR"_s);
    Result<QByteArray> body = get(url);
    if (!body) {
        return body.error();
    }
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(*body, &error).object();
    if (error.error != QJsonParseError::NoError || !doc.contains(u"addons"_s)) {
        return Error(
            text("the OVHcloud catalog answered something else than its price list: %1").arg(url));
    }
    const QString currency =
        doc.value(u"locale"_s).toObject().value(u"currencyCode"_s).toString(u"EUR"_s);
    std::vector<PriceUpdate> updates;
    for (const QJsonValue &value : doc.value(u"addons"_s).toArray()) {
        const QJsonObject addon = value.toObject();
        const QString planCode = addon.value(u"planCode"_s).toString();
        if (!planCode.endsWith(u".consumption"_s)) {
            continue;
        }
        const QString flavor = planCode.chopped(int(qstrlen(".consumption")));
        for (const QJsonValue &p : addon.value(u"pricings"_s).toArray()) {
            const QJsonObject pricing = p.toObject();
            if (pricing.value(u"intervalUnit"_s).toString() != u"hour" ||
                !pricing.value(u"capacities"_s).toArray().contains(u"consumption"_s)) {
                continue;
            }
            // Prices are integers in 1e-8 of the currency.
            const qint64 raw = qint64(pricing.value(u"price"_s).toDouble());
            const std::optional<Money> amount = Money::fromInteger(raw).dividedBy(100'000'000);
            if (!amount || amount->isZero()) {
                continue;
            }
            for (const Offer &o : ovh->offers) {
                if (o.id != flavor || (o.kind != OfferKind::Compute && o.kind != OfferKind::Gpu)) {
                    continue;
                }
                PriceUpdate u;
                u.provider = u"ovhcloud"_s;
                u.offer = o.id;
                u.region = o.region;
                u.price.amount = *amount;
                u.price.currency = currency;
                u.price.unit = PriceUnit::Hour;
                u.price.source.url = url;
                u.price.source.date = today;
                u.price.source.verified = true;
                u.price.source.note =
                    text("refreshed from the OVHcloud public catalog (%1)").arg(planCode);
                updates.push_back(std::move(u));
            }
            break;
        }
    }
    return updates;
}

} // namespace

HttpGet curlGet()
{
    return [](const QString &url) -> Result<QByteArray> {
        CURL *curl = curl_easy_init();
        if (!curl) {
            return Error(text("cannot start a download"));
        }
        QByteArray body;
        const QByteArray address = url.toUtf8();
        char message[CURL_ERROR_SIZE] = {0};
        curl_easy_setopt(curl, CURLOPT_URL, address.constData());
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 20L);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 300L);
        curl_easy_setopt(curl, CURLOPT_USERAGENT, "boussole-catalog-refresh");
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, message);
        const CURLcode code = curl_easy_perform(curl);
        long status = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        curl_easy_cleanup(curl);
        if (code != CURLE_OK) {
            return Error(
                text("cannot download %1: %2")
                    .arg(url, QString::fromUtf8(message[0] ? message : curl_easy_strerror(code))));
        }
        if (status >= 400) {
            return Error(text("cannot download %1: the server answered %2").arg(url).arg(status));
        }
        return body;
    };
}

QStringList refreshableProviders()
{
    return {u"azure"_s, u"ovhcloud"_s};
}

Result<std::vector<PriceUpdate>> fetchPrices(const Catalog &catalog, const QString &provider,
                                             const QString &endpoint, const HttpGet &get,
                                             const QDate &today)
{
    if (provider == u"azure") {
        return fetchAzure(catalog, endpoint, get, today);
    }
    if (provider == u"ovhcloud") {
        return fetchOvh(catalog, endpoint, get, today);
    }
    return Error(text("prices of %1 cannot be refreshed (refreshable: %2)")
                     .arg(provider, refreshableProviders().join(u", "_s)));
}

QString refreshOverlayPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/catalog-refresh/prices.json"_s;
}

Result<RefreshOverlay> readOverlay(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(text("cannot read the file: %1").arg(file.errorString()), path);
    }
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError) {
        return Error(error.errorString(), path);
    }
    RefreshOverlay overlay;
    overlay.refreshed = QDate::fromString(doc.value(u"refreshed"_s).toString(), Qt::ISODate);
    for (const QJsonValue &value : doc.value(u"prices"_s).toArray()) {
        const QJsonObject o = value.toObject();
        PriceUpdate u;
        u.provider = o.value(u"provider"_s).toString();
        u.offer = o.value(u"offer"_s).toString();
        u.region = o.value(u"region"_s).toString();
        const std::optional<Money> amount =
            Money::parse(o.value(u"amount"_s).toString(), {MoneyDecimalSeparator::Dot});
        if (!amount) {
            return Error(text("a refreshed price is not an amount"), path);
        }
        u.price.amount = *amount;
        u.price.currency = o.value(u"currency"_s).toString();
        u.price.unit = priceUnitFromId(o.value(u"unit"_s).toString()).value_or(PriceUnit::Hour);
        u.price.source.url = o.value(u"source"_s).toString();
        u.price.source.date = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
        u.price.source.verified = true;
        u.price.source.note = o.value(u"note"_s).toString();
        overlay.prices.push_back(std::move(u));
    }
    return overlay;
}

Status writeOverlay(const QString &path, const RefreshOverlay &overlay)
{
    QJsonArray prices;
    for (const PriceUpdate &u : overlay.prices) {
        QJsonObject o;
        o.insert(u"provider"_s, u.provider);
        o.insert(u"offer"_s, u.offer);
        o.insert(u"region"_s, u.region);
        o.insert(u"amount"_s, u.price.amount.toString());
        o.insert(u"currency"_s, u.price.currency);
        o.insert(u"unit"_s, priceUnitId(u.price.unit));
        o.insert(u"source"_s, u.price.source.url);
        o.insert(u"date"_s, u.price.source.date.toString(Qt::ISODate));
        o.insert(u"note"_s, u.price.source.note);
        prices.append(o);
    }
    QJsonObject doc;
    doc.insert(u"refreshed"_s, overlay.refreshed.toString(Qt::ISODate));
    doc.insert(u"prices"_s, prices);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(text("cannot write the file: %1").arg(file.errorString()), path);
    }
    file.write(QJsonDocument(doc).toJson());
    if (!file.commit()) {
        return Error(text("cannot write the file: %1").arg(file.errorString()), path);
    }
    return {};
}

int applyOverlay(Catalog &catalog, const RefreshOverlay &overlay)
{
    int replaced = 0;
    for (const PriceUpdate &u : overlay.prices) {
        for (Provider &p : catalog.providers) {
            if (p.id != u.provider) {
                continue;
            }
            for (Offer &o : p.offers) {
                if (o.id == u.offer && o.region == u.region) {
                    o.price = u.price;
                    ++replaced;
                }
            }
        }
    }
    if (replaced > 0 && overlay.refreshed > catalog.date) {
        catalog.date = overlay.refreshed;
    }
    return replaced;
}

} // namespace boussole::catalog
