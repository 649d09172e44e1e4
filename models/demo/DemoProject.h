#pragma once

#include "models/domain/Result.h"

#include <QString>

namespace boussole {

// Builds the bundled demo project at path (refuses to overwrite) from resources/demo/demo.yaml and
// the source files it lists, fed through the real importers. On failure no file is left behind.
Status createDemoProject(const QString &path);

} // namespace boussole
