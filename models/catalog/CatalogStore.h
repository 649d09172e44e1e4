#pragma once

// Which price catalog a run uses. In order: the one given explicitly (CLI --catalog, a folder or
// one YAML file), the user's refreshed catalog (a "catalog" folder under the application data
// location, when it holds *.yaml files), else the catalog compiled into the binary.

#include "models/catalog/Catalog.h"

#include <QString>

namespace boussole::catalog {

// The folder a refreshed catalog is written to and read from.
QString userCatalogFolder();

// `override` empty: the user's catalog when present, else the embedded one. The catalog's id says
// which one was used ("embedded", "user", or the given file's name). A given catalog that fails
// to load is an error; a broken user catalog falls back to the embedded one (always usable) and,
// when `userCatalogError` is given, says why there so that the caller can warn.
Result<Catalog> catalogInUse(const QString &override = {}, Error *userCatalogError = nullptr);

} // namespace boussole::catalog
