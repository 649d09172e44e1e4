#pragma once

#include "models/domain/Result.h"
#include "models/domain/Workload.h"

#include <QString>

#include <vector>

namespace boussole {

// Writes workloads as an RFC 4180 CSV file (UTF-8 with BOM so Excel opens accents correctly, comma
// separator, '.' decimals, stable English column names) through QSaveFile: the target is replaced
// only once the whole file is written, so a full disk never leaves half a file.
// One RFC 4180 field: quoted (with doubled quotes) only when it holds a comma, quote or newline.
QString csvField(const QString &value);

Status writeWorkloadsCsv(const std::vector<Workload> &workloads, const QString &path);

} // namespace boussole
