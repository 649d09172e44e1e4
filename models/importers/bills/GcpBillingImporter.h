#pragma once

#include "models/importers/bills/BillCsvImporter.h"

namespace boussole {

// Google Cloud billing as CSV, in its two shapes: the console's cost table download (Billing →
// Reports / Cost table → Download CSV), whose header follows a preamble (billing account, invoice
// month, currency, totals) and whose amounts may carry thousands separators; and the BigQuery
// standard billing export saved as CSV (billing_account_id, service.description, sku.description,
// usage_start_time, cost, currency, credits as a JSON array…). Credits reduce cost. The mapping is
// described in GcpBillingImporter.cpp and docs/bills.md.
class GcpBillingImporter : public bills::BillCsvImporterBase {
public:
    QString formatId() const override { return QStringLiteral("gcp-billing"); }
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;

protected:
    bool isHeader(const CsvRecord &record) const override;
    int maxPreambleLines() const override { return 40; }
    Result<std::unique_ptr<bills::RowMapper>> mapper(bills::BillHeader &header,
                                                     const ImportContext &context) const override;
    QString formatLabel() const override { return QStringLiteral("Google Cloud billing"); }
};

} // namespace boussole
