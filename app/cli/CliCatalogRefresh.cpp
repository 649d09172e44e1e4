// `boussole catalog refresh [--provider ID] [--endpoint URL]`.
#include "app/cli/Cli.h"

#include "models/catalog/CatalogRefresh.h"
#include "models/catalog/CatalogStore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace boussole {

int Cli::runCatalogRefresh(const Options &options)
{
    QStringList providers = catalog::refreshableProviders();
    if (!options.provider.isEmpty()) {
        if (!providers.contains(options.provider)) {
            return usageError(tr("prices of \"%1\" cannot be refreshed; refreshable: %2")
                                  .arg(options.provider, providers.join(u", "_s)));
        }
        providers = {options.provider};
    }
    // The shipped (or --catalog) offers are the ones refreshed.
    Result<catalog::Catalog> base = options.catalog.isEmpty()
                                        ? catalog::embeddedCatalog()
                                        : catalog::loadCatalog(options.catalog);
    if (!base) {
        return failure(base.error().toString());
    }
    const QDate today = QDate::currentDate();
    catalog::RefreshOverlay overlay;
    const QString path = catalog::refreshOverlayPath();
    if (QFile::exists(path)) {
        if (Result<catalog::RefreshOverlay> previous = catalog::readOverlay(path)) {
            overlay = std::move(previous.value());
        }
    }
    const catalog::HttpGet get = catalog::curlGet();
    std::vector<std::pair<QString, std::vector<catalog::PriceUpdate>>> fetched;
    for (const QString &provider : std::as_const(providers)) {
        Result<std::vector<catalog::PriceUpdate>> updates =
            catalog::fetchPrices(base.value(), provider, options.endpoint, get, today);
        if (!updates) {
            // All or nothing: the refreshed prices of earlier providers are not kept either.
            return failure(
                tr("%1: %2; nothing was changed").arg(provider, updates.error().toString()));
        }
        fetched.emplace_back(provider, std::move(updates.value()));
    }
    for (const auto &[provider, updates] : fetched) {
        std::erase_if(overlay.prices, [&provider](const catalog::PriceUpdate &u) {
            return u.provider == provider;
        });
        overlay.prices.insert(overlay.prices.end(), updates.begin(), updates.end());
    }
    overlay.refreshed = today;
    if (Status written = catalog::writeOverlay(path, overlay); !written) {
        return failure(written.error().toString());
    }
    for (const auto &[provider, updates] : fetched) {
        m_out << tr("%1: %n price(s) refreshed", nullptr, int(updates.size())).arg(provider)
              << '\n';
    }
    m_out << tr("kept in %1").arg(path) << '\n';
    return ExitOk;
}

} // namespace boussole
