#pragma once

#include "models/importers/bills/BillCsvImporter.h"

namespace boussole {

// Azure cost details CSV (Cost Management exports and downloads): Enterprise Agreement
// (PascalCase headers), Microsoft Customer Agreement and pay-as-you-go (camelCase), actual or
// amortised cost, and the older usage-details names (UsageDateTime, PreTaxCost, InstanceId,
// SubscriptionGuid, UsageQuantity). Headers are matched without case, also when localised with
// the English name in parentheses ("Abonnement-GUID (SubscriptionGuid)"); dates may be
// MM/DD/YYYY; Tags may lack their outer braces. The FOCUS mapping is described in
// AzureCostImporter.cpp and docs/bills.md.
class AzureCostImporter : public bills::BillCsvImporterBase {
public:
    QString formatId() const override { return QStringLiteral("azure-cost"); }
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;

protected:
    Result<std::unique_ptr<bills::RowMapper>> mapper(bills::BillHeader &header,
                                                     const ImportContext &context) const override;
    QString formatLabel() const override { return QStringLiteral("Azure cost details"); }
};

} // namespace boussole
