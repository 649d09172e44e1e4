#pragma once

// `boussole catalog refresh`: fetches today's list prices from the providers' public price APIs
// (no credentials) and keeps them, dated and sourced, in the user's data folder as an overlay on
// the catalog shipped with Boussole. The embedded catalog is never changed; deleting the overlay
// returns to it. Supported: Microsoft Azure (Retail Prices API, Virtual Machines, France Central)
// and OVHcloud (public order catalog, Public Cloud instances). Only offers the catalog already
// describes (with their sizes) are updated: the APIs do not all give sizes.

#include "models/catalog/Catalog.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace boussole::catalog {

struct PriceUpdate {
    QString provider;
    QString offer;
    QString region;
    Price price;
};

struct RefreshOverlay {
    QDate refreshed;
    std::vector<PriceUpdate> prices;
};

// Fetches a URL: the body, or an error naming the URL and what went wrong.
using HttpGet = std::function<Result<QByteArray>(const QString &url)>;
// libcurl over HTTPS, with timeouts and a size limit.
HttpGet curlGet();

// Providers refresh knows.
QStringList refreshableProviders();

// The updates for one provider. `endpoint` replaces the API's scheme and host (a mirror, or a
// local server in tests); empty uses the provider's public endpoint. `today` dates the figures.
Result<std::vector<PriceUpdate>> fetchPrices(const Catalog &catalog, const QString &provider,
                                             const QString &endpoint, const HttpGet &get,
                                             const QDate &today = QDate::currentDate());

// The overlay file in the user's data folder.
QString refreshOverlayPath();
Result<RefreshOverlay> readOverlay(const QString &path);
// Writes atomically (a half-written file never replaces a good one).
Status writeOverlay(const QString &path, const RefreshOverlay &overlay);
// Replaces the matching offers' prices; returns how many were replaced.
int applyOverlay(Catalog &catalog, const RefreshOverlay &overlay);

} // namespace boussole::catalog
