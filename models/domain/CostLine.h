#pragma once

// One bill line in FOCUS shape (FinOps Open Cost and Usage Specification 1.0–1.3), as importers
// hand it to the project. Every bill format (FOCUS, AWS CUR, Azure cost details, Google Cloud
// billing) is normalised into this shape.
//
// Speed matters here (millions of lines), so a CostLine does not own its text: every text field is
// a UTF-8 byte view into the importer's current record (or into static/scratch storage the
// importer keeps alive until add() returns). The sink copies what it keeps. Amounts are exact
// Money; timestamps are seconds since the Unix epoch, UTC.

#include "models/domain/Money.h"

#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace boussole {

// The text columns Boussole keeps, in FOCUS terms. Stored dictionary-encoded.
enum class CostField : int {
    ProviderName,               // FOCUS ProviderName (1.3: ServiceProviderName)
    PublisherName,              //
    InvoiceIssuerName,          //
    BillingAccountId,           //
    BillingAccountName,         //
    SubAccountId,               // AWS linked account, Azure subscription, GCP project
    SubAccountName,             //
    BillingCurrency,            // ISO 4217, upper case
    ChargeCategory,             // Usage, Purchase, Tax, Credit, Adjustment (canonical case)
    ChargeClass,                // empty or "Correction"
    ChargeFrequency,            // One-Time, Recurring, Usage-Based
    ChargeDescription,          //
    PricingCategory,            // Standard, Dynamic, Committed, Other
    RegionId,                   // "eu-west-3", "francecentral", "europe-west9"
    RegionName,                 //
    AvailabilityZone,           //
    ResourceId,                 // EC2 instance id/ARN, Azure resource id, GCP resource name
    ResourceName,               //
    ResourceType,               //
    ServiceCategory,            // FOCUS ServiceCategory allowed values
    ServiceSubcategory,         //
    ServiceName,                // "Amazon Elastic Compute Cloud", "Virtual Machines"…
    SkuId,                      //
    SkuPriceId,                 //
    ConsumedUnit,               //
    PricingUnit,                //
    CommitmentDiscountId,       //
    CommitmentDiscountName,     //
    CommitmentDiscountType,     // "Reserved Instance", "Savings Plan", "Committed Use Discount"…
    CommitmentDiscountCategory, // Spend, Usage
    CommitmentDiscountStatus,   // Used, Unused
    InvoiceId,                  //
    InstanceType, // Boussole: the VM size when the bill says ("m7i.xlarge", "Standard_D4s_v5")
    Tags,         // a JSON object text ({"env":"prod"}), normalised by the importer
    Count
};
constexpr int kCostFieldCount = int(CostField::Count);
// Stable lower-case id of a field, used in SQL column names and the CLI ("provider",
// "billing_account_id"…).
const char *costFieldId(CostField field);

// A commitment (reserved instance, savings plan, committed-use discount) as a bill describes it.
// Only the lines that carry facts about the commitment itself set it (CUR reservation/savingsPlan
// columns, Azure reservation purchases…); the sink merges what successive lines say.
struct CommitmentFacts {
    qint64 start = 0;             // seconds since epoch; 0 when unknown
    qint64 end = 0;               // expiry; 0 when unknown
    int termMonths = 0;           // 12, 36…; 0 when unknown
    QByteArrayView paymentOption; // "All Upfront", "No Upfront"…
};

struct CostLine {
    qint64 row = 0; // physical line (CSV) or record number in the source, for provenance

    qint64 chargePeriodStart = 0; // seconds since epoch, UTC, inclusive
    qint64 chargePeriodEnd = 0;   // exclusive
    qint64 billingPeriodStart = 0;
    qint64 billingPeriodEnd = 0;

    Money billedCost;    // what is invoiced (FOCUS BilledCost)
    Money effectiveCost; // amortised (FOCUS EffectiveCost): commitments spread over usage
    std::optional<Money> listCost;
    std::optional<Money> contractedCost;
    std::optional<Money> consumedQuantity; // a decimal quantity, not money; kept exact
    std::optional<Money> pricingQuantity;

    std::array<QByteArrayView, kCostFieldCount> text{};

    // Columns the format does not define (FOCUS x_ columns, extra non-spec columns), as one JSON
    // object text; empty when there are none.
    QByteArrayView extras;

    // Running hours of a compute resource in this line, when the line is VM usage; 0 otherwise.
    // Used to derive workloads from a bill when no inventory describes them.
    double usageHours = 0;
    std::optional<CommitmentFacts> commitment;

    QByteArrayView &operator[](CostField field) { return text[std::size_t(field)]; }
    QByteArrayView operator[](CostField field) const { return text[std::size_t(field)]; }
};

} // namespace boussole
