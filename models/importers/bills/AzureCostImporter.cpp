#include "models/importers/bills/AzureCostImporter.h"

#include "models/importers/bills/BillText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace bills;

// How an Azure cost details row becomes a FOCUS line (Microsoft's own FOCUS export follows the
// same lines; see docs/bills.md).
//
// ChargeType                        ChargeCategory  ChargeClass  CommitmentDiscountStatus
// Usage                             Usage
// UnusedReservation, UnusedSavingsPlan  Usage                    Unused
// Purchase                          Purchase
// Refund                            Purchase        Correction
// Tax                               Tax
// Credit                            Credit
// RoundingAdjustment                Adjustment
// anything else                     Adjustment (warned once)
//
// PricingModel: On Demand (or none) → Standard, Reservation and SavingsPlan → Committed,
// Spot → Dynamic. Frequency (OneTime, Recurring, UsageBased) → ChargeFrequency.
//
// Cost: BilledCost and EffectiveCost are the cost column (CostInBillingCurrency, PreTaxCost,
// Cost) except for commitments:
//   - usage covered by a reservation or savings plan, and unused commitment rows: BilledCost 0
//     (the commitment is what the invoice charges), EffectiveCost = cost. An actual-cost export
//     writes 0 on covered usage, an amortised one the share of the commitment.
//   - purchases and refunds of a reservation or savings plan: BilledCost = cost; EffectiveCost 0
//     in an amortised export (its cost is spread over the usage lines), = cost in an actual-cost
//     one. Exports do not say which dataset they hold: a file whose name says "amortized" (as
//     Cost Management names them) is read as amortised.
// Commitment: benefitId / benefitName (newer exports) or ReservationId / ReservationName; type
// "Savings Plan" (category Spend) or "Reservation" (category Usage); Term (P1Y, P3Y, 1Year, 12…)
// gives the term in months, and a one-time purchase its start (the purchase date) and expiry.
// Quantity: PricingQuantity is the Quantity column in the unit of measure as written ("10 Hours");
// ConsumedQuantity is scaled to the plain unit (×10, "Hours"). Running hours of a Virtual Machines
// usage row are that scaled quantity.
// Dates are days: ChargePeriodEnd is the next day; BillingPeriodEndDate, the period's last day, is
// made exclusive (+1 day).

namespace {

constexpr qint64 kDay = 86400;

// Header names as written, and the English name of a localised header ("Name der Abteilung
// (DepartmentName)" → "DepartmentName").
class AzureColumns {
public:
    explicit AzureColumns(const BillHeader &header)
    {
        for (int i = 0; i < header.size(); ++i) {
            const QByteArrayView name = header.name(i);
            QByteArrayView alias;
            const qsizetype open = name.lastIndexOf('(');
            if (name.endsWith(')') && open >= 0) {
                alias = trimmed(name.sliced(open + 1, name.size() - open - 2));
            }
            m_names.emplace_back(name.toByteArray(), alias.toByteArray());
        }
    }

    int find(std::initializer_list<const char *> names) const
    {
        for (const char *wanted : names) {
            for (int i = 0; i < int(m_names.size()); ++i) {
                if (equalsIgnoreCase(m_names[std::size_t(i)].first, QByteArrayView(wanted)) ||
                    equalsIgnoreCase(m_names[std::size_t(i)].second, QByteArrayView(wanted))) {
                    return i;
                }
            }
        }
        return -1;
    }

private:
    std::vector<std::pair<QByteArray, QByteArray>> m_names;
};

// The names a column goes by, newest first.
namespace names {
const std::initializer_list<const char *> date = {"Date", "UsageDateTime", "UsageDate"};
const std::initializer_list<const char *> cost = {"CostInBillingCurrency", "PreTaxCost", "Cost"};
const std::initializer_list<const char *> currency = {"BillingCurrencyCode", "BillingCurrency",
                                                      "Currency"};
} // namespace names

enum class Charge { Usage, Unused, Purchase, Refund, Tax, Credit, Rounding, Unknown };

Charge chargeOf(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    if (t.isEmpty() || equalsIgnoreCase(t, "Usage")) {
        return Charge::Usage;
    }
    if (equalsIgnoreCase(t, "UnusedReservation") || equalsIgnoreCase(t, "UnusedSavingsPlan")) {
        return Charge::Unused;
    }
    if (equalsIgnoreCase(t, "Purchase")) {
        return Charge::Purchase;
    }
    if (equalsIgnoreCase(t, "Refund")) {
        return Charge::Refund;
    }
    if (equalsIgnoreCase(t, "Tax")) {
        return Charge::Tax;
    }
    if (equalsIgnoreCase(t, "Credit")) {
        return Charge::Credit;
    }
    if (equalsIgnoreCase(t, "RoundingAdjustment") || equalsIgnoreCase(t, "Adjustment")) {
        return Charge::Rounding;
    }
    return Charge::Unknown;
}

// FOCUS service category of a row: from ServiceFamily when the export has it, else from the
// meter category.
QByteArrayView serviceCategory(QByteArrayView family, QByteArrayView meterCategory)
{
    if (!family.isEmpty()) {
        if (equalsIgnoreCase(family, "AI + Machine Learning")) {
            return "AI and Machine Learning";
        }
        if (equalsIgnoreCase(family, "Containers")) {
            return "Compute";
        }
        bool known = false;
        const QByteArrayView category = canonicalServiceCategory(family, &known);
        if (known) {
            return category;
        }
    }
    struct Entry {
        const char *meter;
        const char *category;
    };
    static constexpr Entry kTable[] = {
        {"Virtual Machines", "Compute"},
        {"Virtual Machines Licenses", "Compute"},
        {"Azure Kubernetes Service", "Compute"},
        {"Container Instances", "Compute"},
        {"Functions", "Compute"},
        {"Storage", "Storage"},
        {"Backup", "Storage"},
        {"Bandwidth", "Networking"},
        {"Virtual Network", "Networking"},
        {"Load Balancer", "Networking"},
        {"Application Gateway", "Networking"},
        {"VPN Gateway", "Networking"},
        {"NAT Gateway", "Networking"},
        {"Azure DNS", "Networking"},
        {"Content Delivery Network", "Networking"},
        {"SQL Database", "Databases"},
        {"SQL Managed Instance", "Databases"},
        {"Azure Database for PostgreSQL", "Databases"},
        {"Azure Database for MySQL", "Databases"},
        {"Azure Cosmos DB", "Databases"},
        {"Redis Cache", "Databases"},
        {"Azure App Service", "Web"},
        {"Log Analytics", "Management and Governance"},
        {"Azure Monitor", "Management and Governance"},
        {"Key Vault", "Security"},
        {"Microsoft Defender for Cloud", "Security"},
    };
    for (const Entry &entry : kTable) {
        if (equalsIgnoreCase(meterCategory, entry.meter)) {
            return entry.category;
        }
    }
    return "Other";
}

class AzureMapper : public RowMapper {
public:
    AzureMapper(BillHeader &header, bool amortised) : m_amortised(amortised)
    {
        const AzureColumns columns(header);
        const auto col = [&](std::initializer_list<const char *> candidates) {
            const int c = columns.find(candidates);
            header.use(c);
            return c;
        };
        m_date = col(names::date);
        m_cost = col(names::cost);
        m_currency = col(names::currency);
        m_quantity = col({"Quantity", "UsageQuantity"});
        m_unit = col({"UnitOfMeasure", "Unit"});
        m_meterCategory = col({"MeterCategory"});
        col({"MeterSubCategory", "MeterSubcategory"});
        m_serviceFamily = col({"ServiceFamily"});
        m_resourceId = col({"ResourceId", "InstanceId", "InstanceName"});
        m_regionId = col({"ResourceLocationNormalized", "location"});
        m_location = col({"ResourceLocation"});
        m_billingStart = col({"BillingPeriodStartDate"});
        m_billingEnd = col({"BillingPeriodEndDate"});
        m_chargeType = col({"ChargeType"});
        m_frequency = col({"Frequency"});
        m_pricingModel = col({"PricingModel"});
        m_term = col({"Term"});
        m_benefitId = col({"benefitId"});
        m_benefitName = col({"benefitName"});
        m_reservationId = col({"ReservationId"});
        m_reservationName = col({"ReservationName"});
        m_tags = col({"Tags"});
        m_additionalInfo = col({"AdditionalInfo"});
        m_payg = col({"PayGPrice"});

        const auto text = [&](CostField field, std::initializer_list<const char *> candidates) {
            m_text.emplace_back(field, col(candidates));
        };
        text(CostField::BillingAccountId, {"BillingAccountId"});
        text(CostField::BillingAccountName, {"BillingAccountName"});
        text(CostField::SubAccountId, {"SubscriptionId", "SubscriptionGuid"});
        text(CostField::SubAccountName, {"SubscriptionName"});
        text(CostField::ResourceName, {"ResourceName"});
        text(CostField::ResourceType, {"ResourceType"});
        text(CostField::ServiceName, {"MeterCategory"});
        text(CostField::ChargeDescription, {"ProductName", "Product", "MeterName"});
        text(CostField::PublisherName, {"PublisherName"});
        text(CostField::InvoiceId, {"InvoiceId", "InvoiceNumber"});
        text(CostField::AvailabilityZone, {"AvailabilityZone"});
        text(CostField::SkuId, {"ProductId", "MeterId"});
        text(CostField::RegionName, {"ResourceLocation"});

        // Columns of the cost details schema that Boussole reads no value from, so that they
        // are not reported as unknown. ResourceGroup, CostCenter and the like stay as extras.
        for (const char *known : {"MeterId",
                                  "MeterName",
                                  "MeterRegion",
                                  "UnitPrice",
                                  "EffectivePrice",
                                  "PartNumber",
                                  "PlanName",
                                  "OfferId",
                                  "IsAzureCreditEligible",
                                  "ServiceInfo1",
                                  "ServiceInfo2",
                                  "ConsumedService",
                                  "ProductOrderId",
                                  "ProductOrderName",
                                  "PublisherType",
                                  "PublisherId",
                                  "InvoiceSectionId",
                                  "InvoiceSectionName",
                                  "BillingProfileId",
                                  "BillingProfileName",
                                  "AccountName",
                                  "AccountOwnerId",
                                  "AccountId",
                                  "costInPricingCurrency",
                                  "costInUsd",
                                  "paygCostInBillingCurrency",
                                  "paygCostInUsd",
                                  "exchangeRatePricingToBilling",
                                  "exchangeRateDate",
                                  "pricingCurrency",
                                  "previousInvoiceId",
                                  "servicePeriodStartDate",
                                  "servicePeriodEndDate",
                                  "resellerName",
                                  "resellerMpnId",
                                  "CostAllocationRuleName",
                                  "provider",
                                  "ResourceLocationNormalized",
                                  "location",
                                  "ProductId",
                                  "MeterId"}) {
            header.use(columns.find({known}));
        }
    }

    static QStringList missing(const BillHeader &header)
    {
        const AzureColumns columns(header);
        QStringList names;
        if (columns.find(names::date) < 0) {
            names << u"Date"_s;
        }
        if (columns.find(names::cost) < 0) {
            names << u"CostInBillingCurrency"_s;
        }
        if (columns.find(names::currency) < 0) {
            names << u"BillingCurrencyCode"_s;
        }
        return names;
    }

    Status map(RowContext &ctx, CostLine &line) override
    {
        line[CostField::ProviderName] = "Microsoft";
        line[CostField::InvoiceIssuerName] = "Microsoft";
        for (const auto &[field, column] : m_text) {
            line[field] = ctx.field(column);
        }

        Result<qint64> date = ctx.timestamp(m_date, "Date", DateOrder::MonthFirst);
        if (!date) {
            return date.error();
        }
        line.chargePeriodStart = *date;
        line.chargePeriodEnd = *date + kDay;
        for (const auto &[target, column, what, inclusive] :
             {std::tuple{&line.billingPeriodStart, m_billingStart, "BillingPeriodStartDate", false},
              std::tuple{&line.billingPeriodEnd, m_billingEnd, "BillingPeriodEndDate", true}}) {
            Result<qint64> value = ctx.optionalTimestamp(column, what, DateOrder::MonthFirst);
            if (!value) {
                return value.error();
            }
            *target = *value;
            if (inclusive && *value != 0 && *value % kDay == 0) {
                *target += kDay; // the last day of the period, inclusive
            }
        }

        const QByteArrayView currency = trimmed(ctx.field(m_currency));
        if (currency.isEmpty()) {
            return ctx.error(m_currency,
                             QCoreApplication::translate(
                                 "Importer", "the billing currency is empty; expected a currency "
                                             "code such as EUR"));
        }
        line[CostField::BillingCurrency] = upper(ctx, currency);

        Result<Money> cost = ctx.money(m_cost, "the cost");
        if (!cost) {
            return cost.error();
        }

        // Quantity, in the unit of measure as written and scaled to the plain unit.
        Result<std::optional<Money>> quantity = ctx.optionalMoney(m_quantity, "Quantity");
        if (!quantity) {
            return quantity.error();
        }
        const QByteArrayView unit = ctx.field(m_unit);
        QByteArrayView plainUnit;
        const qint64 scale = unitScale(unit, &plainUnit);
        line.pricingQuantity = *quantity;
        line[CostField::PricingUnit] = unit;
        line[CostField::ConsumedUnit] = plainUnit;
        if (*quantity) {
            std::optional<Money> scaled = (*quantity)->multipliedBy(scale);
            line.consumedQuantity = scaled ? scaled : *quantity;
        }
        // ListCost: the pay-as-you-go price of the quantity, when the export gives it.
        Result<std::optional<Money>> payg = ctx.optionalMoney(m_payg, "PayGPrice");
        if (!payg) {
            return payg.error();
        }
        if (*payg && line.pricingQuantity) {
            line.listCost = Money::mulDecimal(**payg, *line.pricingQuantity);
        }

        // Service.
        const QByteArrayView meterCategory = ctx.field(m_meterCategory);
        line[CostField::ServiceCategory] =
            serviceCategory(ctx.field(m_serviceFamily), meterCategory);
        const bool vm = equalsIgnoreCase(meterCategory, "Virtual Machines");
        if (vm) {
            line[CostField::ServiceSubcategory] = "Virtual Machines";
        }
        QByteArrayView region = ctx.field(m_regionId);
        if (region.isEmpty()) {
            region = ctx.field(m_location);
        }
        line[CostField::RegionId] = normalisedRegion(ctx, region);
        QByteArrayView resourceId = ctx.field(m_resourceId);
        line[CostField::ResourceId] = resourceId;

        const QByteArrayView info = ctx.field(m_additionalInfo);
        if (vm && !info.isEmpty()) {
            QByteArrayView size = mapValue(info, "ServiceType");
            if (size.isEmpty()) {
                size = mapValue(info, "VMSize");
            }
            line[CostField::InstanceType] = size;
        }

        // Charge, pricing, commitment.
        const QByteArrayView chargeText = ctx.field(m_chargeType);
        const Charge charge = chargeOf(chargeText);
        const QByteArrayView model = trimmed(ctx.field(m_pricingModel));
        const bool reservation = equalsIgnoreCase(model, "Reservation");
        const bool savingsPlan = equalsIgnoreCase(model, "SavingsPlan") ||
                                 equalsIgnoreCase(model, "Savings Plan") ||
                                 equalsIgnoreCase(chargeText, "UnusedSavingsPlan");
        const bool spot = equalsIgnoreCase(model, "Spot");
        QByteArrayView commitmentId = ctx.field(m_benefitId);
        QByteArrayView commitmentName = ctx.field(m_benefitName);
        if (commitmentId.isEmpty()) {
            commitmentId = ctx.field(m_reservationId);
            commitmentName = ctx.field(m_reservationName);
        }
        const bool committed = reservation || savingsPlan || !commitmentId.isEmpty();

        line[CostField::ChargeFrequency] = canonicalChargeFrequency(ctx.field(m_frequency));
        line[CostField::PricingCategory] = reservation || savingsPlan ? QByteArrayView("Committed")
                                           : spot                     ? QByteArrayView("Dynamic")
                                                                      : QByteArrayView("Standard");
        line.billedCost = *cost;
        line.effectiveCost = *cost;
        switch (charge) {
        case Charge::Usage:
            line[CostField::ChargeCategory] = "Usage";
            if (reservation || savingsPlan) {
                line.billedCost = Money();
                line[CostField::CommitmentDiscountStatus] = "Used";
            }
            break;
        case Charge::Unused:
            line[CostField::ChargeCategory] = "Usage";
            line[CostField::PricingCategory] = "Committed";
            line[CostField::CommitmentDiscountStatus] = "Unused";
            line.billedCost = Money();
            break;
        case Charge::Purchase:
        case Charge::Refund:
            line[CostField::ChargeCategory] = "Purchase";
            if (charge == Charge::Refund) {
                line[CostField::ChargeClass] = "Correction";
            }
            if (committed && m_amortised) {
                line.effectiveCost = Money();
            }
            break;
        case Charge::Tax:
            line[CostField::ChargeCategory] = "Tax";
            line[CostField::PricingCategory] = {};
            break;
        case Charge::Credit:
            line[CostField::ChargeCategory] = "Credit";
            line[CostField::PricingCategory] = {};
            break;
        case Charge::Rounding:
            line[CostField::ChargeCategory] = "Adjustment";
            line[CostField::PricingCategory] = {};
            break;
        case Charge::Unknown:
            line[CostField::ChargeCategory] = "Adjustment";
            ctx.warnOnce(u"azure-charge-type"_s, m_chargeType,
                         QCoreApplication::translate(
                             "Importer",
                             "charge type “%1” is not one Boussole knows; such lines count as "
                             "adjustments")
                             .arg(QString::fromUtf8(chargeText)));
            break;
        }
        if (!commitmentId.isEmpty()) {
            line[CostField::CommitmentDiscountId] = commitmentId;
            line[CostField::CommitmentDiscountName] = commitmentName;
            const bool plan = savingsPlan || commitmentId.contains("savingsPlan");
            line[CostField::CommitmentDiscountType] = plan ? "Savings Plan" : "Reservation";
            line[CostField::CommitmentDiscountCategory] = plan ? "Spend" : "Usage";
            const int months = termMonths(ctx.field(m_term));
            const bool oneTimePurchase =
                charge == Charge::Purchase && line[CostField::ChargeFrequency] == "One-Time";
            if (months != 0 || oneTimePurchase) {
                CommitmentFacts facts;
                facts.termMonths = months;
                if (oneTimePurchase) {
                    facts.start = line.chargePeriodStart;
                    facts.end = months != 0 ? addMonths(facts.start, months) : 0;
                }
                line.commitment = facts;
            }
        }

        // Running hours of a virtual machine.
        if (vm && charge == Charge::Usage && line.consumedQuantity && !resourceId.isEmpty() &&
            isHourUnit(unit)) {
            line.usageHours = toHours(*line.consumedQuantity);
        }

        // Tags, with or without their outer braces.
        const QByteArrayView tags = ctx.field(m_tags);
        if (!tags.isEmpty()) {
            if (normaliseTags(tags, m_tagBuffer)) {
                line[CostField::Tags] = m_tagBuffer;
            } else {
                ctx.warnOnce(
                    u"azure-tags"_s, m_tags,
                    QCoreApplication::translate(
                        "Importer", "Tags is not a JSON object (such as “%1”); the text is kept as "
                                    "it is")
                        .arg(QString::fromUtf8(tags.first(std::min<qsizetype>(tags.size(), 60)))));
                m_tagBuffer.clear();
                m_tagBuffer.append("{\"_raw\":");
                appendJsonString(m_tagBuffer, tags);
                m_tagBuffer.append('}');
                line[CostField::Tags] = m_tagBuffer;
            }
        }
        return {};
    }

private:
    static QByteArrayView upper(RowContext &ctx, QByteArrayView code)
    {
        for (const char c : code) {
            if (c >= 'a' && c <= 'z') {
                return ctx.keep(code.toByteArray().toUpper());
            }
        }
        return code;
    }

    // "France Central" → "francecentral", Azure's region name.
    static QByteArrayView normalisedRegion(RowContext &ctx, QByteArrayView location)
    {
        bool plain = true;
        for (const char c : location) {
            if ((c >= 'A' && c <= 'Z') || c == ' ') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return location;
        }
        QByteArray region;
        region.reserve(location.size());
        for (const char c : location) {
            if (c != ' ') {
                region.append((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
            }
        }
        return ctx.keep(std::move(region));
    }

    bool m_amortised = false;
    std::vector<std::pair<CostField, int>> m_text;
    QByteArray m_tagBuffer;
    int m_date = -1;
    int m_cost = -1;
    int m_currency = -1;
    int m_quantity = -1;
    int m_unit = -1;
    int m_meterCategory = -1;
    int m_serviceFamily = -1;
    int m_resourceId = -1;
    int m_regionId = -1;
    int m_location = -1;
    int m_billingStart = -1;
    int m_billingEnd = -1;
    int m_chargeType = -1;
    int m_frequency = -1;
    int m_pricingModel = -1;
    int m_term = -1;
    int m_benefitId = -1;
    int m_benefitName = -1;
    int m_reservationId = -1;
    int m_reservationName = -1;
    int m_tags = -1;
    int m_additionalInfo = -1;
    int m_payg = -1;
};

} // namespace

QString AzureCostImporter::displayName() const
{
    return QCoreApplication::translate("Importer", "Azure cost details (EA, MCA, pay-as-you-go)");
}

int AzureCostImporter::sniff(QByteArrayView head, const QString &) const
{
    qsizetype newline = head.indexOf('\n');
    const QByteArray first = (newline >= 0 ? head.first(newline) : head).toByteArray().toLower();
    const bool meter = first.contains("metercategory");
    const bool cost = first.contains("costinbillingcurrency") || first.contains("pretaxcost");
    const bool date = first.contains("date");
    if (meter && cost && date) {
        return 96; // above every inventory CSV: no inventory has meters and billed costs
    }
    if (meter && (cost || first.contains("cost"))) {
        return 70;
    }
    return meter || cost ? 30 : 0;
}

Result<std::unique_ptr<RowMapper>> AzureCostImporter::mapper(BillHeader &header,
                                                             const ImportContext &context) const
{
    const QStringList missing = AzureMapper::missing(header);
    if (!missing.isEmpty()) {
        return Error(
            QCoreApplication::translate(
                "Importer", "not an Azure cost details file: the header lacks the column(s) %1")
                .arg(missing.join(u", "_s)));
    }
    const bool amortised = context.fileName.contains(u"amortized"_s, Qt::CaseInsensitive) ||
                           context.fileName.contains(u"amortised"_s, Qt::CaseInsensitive);
    return std::unique_ptr<RowMapper>(std::make_unique<AzureMapper>(header, amortised));
}

} // namespace boussole
