#include "models/catalog/CatalogStore.h"

#include <QDir>
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
    return embeddedCatalog();
}

} // namespace boussole::catalog
