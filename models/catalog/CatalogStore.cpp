#include "models/catalog/CatalogStore.h"

#include "models/catalog/CatalogRefresh.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace boussole::catalog {

QString userCatalogFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/catalog"_s;
}

Result<Catalog> catalogInUse(const QString &override, Error *userCatalogError)
{
    if (!override.isEmpty()) {
        return loadCatalog(override);
    }
    const QString folder = userCatalogFolder();
    const QDir dir(folder);
    if (dir.exists() && !dir.entryList({u"*.yaml"_s}, QDir::Files).isEmpty()) {
        auto user = loadCatalog(folder);
        if (user) {
            user->id = u"user"_s;
            return user;
        }
        if (userCatalogError) {
            *userCatalogError = user.error();
        }
    }
    Result<Catalog> embedded = embeddedCatalog();
    // Prices refreshed from the providers' APIs (catalog refresh) lie over the shipped catalog.
    if (embedded && QFile::exists(refreshOverlayPath())) {
        if (Result<RefreshOverlay> overlay = readOverlay(refreshOverlayPath())) {
            if (applyOverlay(embedded.value(), overlay.value()) > 0) {
                embedded->id = u"embedded+refresh"_s;
            }
        } else if (userCatalogError) {
            *userCatalogError = overlay.error();
        }
    }
    return embedded;
}

} // namespace boussole::catalog
