#pragma once

#include "models/importers/bills/BillCsvImporter.h"

namespace boussole {

// AWS Cost and Usage Report as CSV: the legacy CUR (`lineItem/UnblendedCost`, `product/region`,
// `resourceTags/user:env`…, delivered as .csv, .csv.gz or .zip — ImportService inflates those) and
// CUR 2.0 from AWS Data Exports (snake_case `line_item_unblended_cost`…, map columns `product`,
// `resource_tags`, `cost_category`, `discount` as JSON or `{k=v, …}` text). Also the Athena /
// Parquet-to-CSV spelling of the legacy columns (`resource_tags_user_env`). Line item types map to
// FOCUS as the FinOps Foundation's CUR conversion does; the table is in AwsCurImporter.cpp and
// docs/bills.md.
class AwsCurImporter : public bills::BillCsvImporterBase {
public:
    QString formatId() const override { return QStringLiteral("aws-cur"); }
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;

protected:
    Result<std::unique_ptr<bills::RowMapper>> mapper(bills::BillHeader &header,
                                                     const ImportContext &context) const override;
    QString formatLabel() const override { return QStringLiteral("AWS CUR"); }
};

} // namespace boussole
