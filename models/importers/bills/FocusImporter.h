#pragma once

#include "models/importers/bills/BillCsvImporter.h"

namespace boussole {

// FinOps FOCUS cost-and-usage CSV, versions 1.0 to 1.2 and the 1.3 draft (ServiceProviderName in
// place of ProviderName), plain or gzip-compressed (ImportService inflates it). Accepts what real
// exports do: literal NULLs, timestamps without T or Z, mixed-case allowed values, extra non-spec
// and x_ columns (kept as extras), Tags as JSON.
class FocusImporter : public bills::BillCsvImporterBase {
public:
    QString formatId() const override { return QStringLiteral("focus"); }
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;

protected:
    Result<std::unique_ptr<bills::RowMapper>> mapper(bills::BillHeader &header,
                                                     const ImportContext &context) const override;
    QString formatLabel() const override { return QStringLiteral("FOCUS"); }
};

} // namespace boussole
