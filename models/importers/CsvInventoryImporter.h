#pragma once

#include "models/importers/Importer.h"

namespace boussole {

// An inventory as a CMDB or an Excel sheet exports it, as CSV: one row per machine, one header
// row. Headers are matched to workload fields by their French and English names (see
// fieldForHeader()), or by the ImportOptions mapping. Delimiter and encoding are detected (see
// CsvReader). Row errors name the file, the physical line and the column number (1-based, as a
// spreadsheet counts them): `inventory.csv:14:3: expected a number of vCPUs, found "abc"`.
class CsvInventoryImporter : public Importer {
public:
    QString formatId() const override;
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const override;

    // Header row -> the mapping read() would use (explicit entries win, the rest is automatic),
    // with the unit of each size column; for the import wizard's preview.
    static Result<ColumnMapping> resolveMapping(const QStringList &headers,
                                                const ColumnMapping &overrides = {});
};

} // namespace boussole
