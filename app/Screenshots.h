#pragma once

#include "models/domain/Result.h"

#include <QStringList>

namespace boussole {

// Renders the start page and every page of the project window to DIR/<page>.png (offscreen when
// run from the CLI). The project is opened read-only: a screenshot never changes it.
Result<QStringList> renderScreenshots(const QString &projectPath, const QString &outDir);

} // namespace boussole
