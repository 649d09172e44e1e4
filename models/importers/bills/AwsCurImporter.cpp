#include "models/importers/bills/AwsCurImporter.h"

#include "models/importers/bills/BillText.h"

#include <QCoreApplication>
#include <QHash>

#include <cstring>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace bills;

// How CUR line item types become FOCUS lines. It follows the FinOps Foundation's CUR-to-FOCUS
// conversion (focus_converters, conversion_configs/aws): BilledCost is what the invoice shows,
// EffectiveCost spreads commitments over the usage they cover. Two deliberate differences: the
// converter files Credit and Refund under Adjustment and discounts under Usage, Boussole files
// credits and discounts under Credit (FOCUS 1.0+ has that category for them) and marks refunds
// as a Correction; and BilledCost is always lineItem/UnblendedCost, since discounts arrive as
// their own negative lines (NetUnblendedCost on the usage line as well would count them twice).
// "R" is the reservation's ARN, "SP" the savings plan's.
//
// clang-format off
// LineItemType              ChargeCategory  Frequency    Pricing    BilledCost     EffectiveCost
// Usage                     Usage           Usage-Based  Standard¹  UnblendedCost  UnblendedCost
// DiscountedUsage           Usage           Usage-Based  Committed  UnblendedCost  reservation/EffectiveCost
// SavingsPlanCoveredUsage   Usage           Usage-Based  Committed  UnblendedCost  savingsPlan/SavingsPlanEffectiveCost
// SavingsPlanNegation       Usage           Usage-Based  Committed  UnblendedCost  0
// RIFee                     Purchase        Recurring    Committed  UnblendedCost  reservation/UnusedAmortizedUpfrontFeeForBillingPeriod
//                                                                                  + reservation/UnusedRecurringFee
// Fee with a R              Purchase        One-Time     Committed  UnblendedCost  0 (the upfront, amortised into usage)
// Fee                       Purchase        One-Time     Standard   UnblendedCost  UnblendedCost
// SavingsPlanRecurringFee   Purchase        Recurring    Committed  UnblendedCost  savingsPlan/TotalCommitmentToDate
//                                                                                  − savingsPlan/UsedCommitment
// SavingsPlanUpfrontFee     Purchase        One-Time     Committed  UnblendedCost  0
// Tax                       Tax             Recurring    —          UnblendedCost  UnblendedCost
// Credit                    Credit          One-Time     —          UnblendedCost  UnblendedCost
// *Discount (EdpDiscount,   Credit          Usage-Based  —          UnblendedCost  UnblendedCost
//   BundledDiscount, PrivateRateDiscount, SppDiscount, DistributorDiscount, Discount)
// Refund                    Adjustment (ChargeClass Correction)  One-Time  UnblendedCost  UnblendedCost
// anything else             Adjustment (warned once)             —         UnblendedCost  UnblendedCost
// ¹ Dynamic when the usage type is Spot (…SpotUsage…).
// clang-format on
//
// Commitments: CommitmentDiscountId is R or SP (type "Reserved Instance", category Usage, or
// "Savings Plan", category Spend), status Used on covered usage and Unused on fee lines whose
// EffectiveCost (the unused part) is not zero; the facts (start, end, term in months from
// pricing/LeaseContractLength or savingsPlan/PurchaseTerm, payment option) come from the
// reservation/ and savingsPlan/ columns.

namespace {

using Category = ServiceCategory;

// lineItem/ProductCode (or product/servicecode) → FOCUS ServiceCategory and ServiceSubcategory.
Category categoryOfProduct(QByteArrayView code)
{
    struct Entry {
        const char *code;
        Category category;
    };
    static constexpr Entry kTable[] = {
        {"AmazonEC2", {"Compute", "Virtual Machines"}},
        {"AmazonLightsail", {"Compute", "Virtual Machines"}},
        {"AmazonEKS", {"Compute", "Containers"}},
        {"AmazonECS", {"Compute", "Containers"}},
        {"AmazonECR", {"Compute", "Containers"}},
        {"AWSLambda", {"Compute", "Serverless Compute"}},
        {"AmazonS3", {"Storage", "Object Storage"}},
        {"AmazonS3GlacierDeepArchive", {"Storage", "Object Storage"}},
        {"AmazonGlacier", {"Storage", "Object Storage"}},
        {"AmazonEFS", {"Storage", "File Storage"}},
        {"AmazonFSx", {"Storage", "File Storage"}},
        {"AWSBackup", {"Storage", "Backup Storage"}},
        {"AmazonRDS", {"Databases", "Relational Databases"}},
        {"AmazonAurora", {"Databases", "Relational Databases"}},
        {"AmazonDynamoDB", {"Databases", "NoSQL Databases"}},
        {"AmazonDocDB", {"Databases", "NoSQL Databases"}},
        {"AmazonElastiCache", {"Databases", "Caching"}},
        {"AmazonMemoryDB", {"Databases", "Caching"}},
        {"AmazonRedshift", {"Analytics", "Data Warehouses"}},
        {"AmazonAthena", {"Analytics", ""}},
        {"AmazonKinesis", {"Analytics", "Streaming Analytics"}},
        {"AmazonES", {"Analytics", "Search"}},
        {"AmazonOpenSearchService", {"Analytics", "Search"}},
        {"AWSGlue", {"Analytics", "Data Processing"}},
        {"ElasticMapReduce", {"Analytics", "Data Processing"}},
        {"AWSDataTransfer", {"Networking", "Network Connectivity"}},
        {"AmazonVPC", {"Networking", "Network Infrastructure"}},
        {"AWSELB", {"Networking", "Load Balancing"}},
        {"ElasticLoadBalancing", {"Networking", "Load Balancing"}},
        {"AmazonCloudFront", {"Networking", "Content Delivery"}},
        {"AmazonRoute53", {"Networking", "Domain Name System"}},
        {"AWSDirectConnect", {"Networking", "Network Connectivity"}},
        {"AWSTransitGateway", {"Networking", "Network Infrastructure"}},
        {"AmazonApiGateway", {"Web", "API Management"}},
        {"AmazonSNS", {"Integration", "Messaging"}},
        {"AWSQueueService", {"Integration", "Messaging"}},
        {"AmazonMQ", {"Integration", "Messaging"}},
        {"AWSEvents", {"Integration", "Messaging"}},
        {"AmazonCloudWatch", {"Management and Governance", "Observability"}},
        {"AWSCloudTrail", {"Management and Governance", "Audit"}},
        {"AWSConfig", {"Management and Governance", "Compliance"}},
        {"AWSSystemsManager", {"Management and Governance", "Other (Management and Governance)"}},
        {"AWSCostExplorer", {"Management and Governance", "Cost Management"}},
        {"awskms", {"Security", "Secret Management"}},
        {"AWSSecretsManager", {"Security", "Secret Management"}},
        {"AmazonGuardDuty", {"Security", "Threat Detection and Response"}},
        {"AWSShield", {"Security", "Network Security"}},
        {"awswaf", {"Security", "Network Security"}},
        {"AmazonCognito", {"Identity", "Identity and Access Management"}},
        {"AmazonSageMaker", {"AI and Machine Learning", "Machine Learning"}},
        {"AmazonBedrock", {"AI and Machine Learning", "Generative AI"}},
        {"AmazonWorkSpaces", {"Business Applications", "Virtual Desktops"}},
    };
    for (const Entry &entry : kTable) {
        if (equalsIgnoreCase(code, entry.code)) {
            return entry.category;
        }
    }
    return {"Other", ""};
}

// EC2's bill mixes instances, volumes, snapshots, addresses, NAT gateways and transfer: its
// product family tells them apart.
std::optional<Category> categoryOfEc2Family(QByteArrayView family)
{
    struct Entry {
        const char *family;
        Category category;
    };
    static constexpr Entry kTable[] = {
        {"Compute Instance", {"Compute", "Virtual Machines"}},
        {"Compute Instance (bare metal)", {"Compute", "Virtual Machines"}},
        {"Dedicated Host", {"Compute", "Virtual Machines"}},
        {"Storage", {"Storage", "Block Storage"}},
        {"Storage Snapshot", {"Storage", "Backup Storage"}},
        {"System Operation", {"Storage", "Block Storage"}},
        {"Provisioned Throughput", {"Storage", "Block Storage"}},
        {"Data Transfer", {"Networking", "Network Connectivity"}},
        {"NAT Gateway", {"Networking", "Network Infrastructure"}},
        {"IP Address", {"Networking", "Network Infrastructure"}},
        {"Load Balancer", {"Networking", "Load Balancing"}},
        {"Load Balancer-Application", {"Networking", "Load Balancing"}},
        {"Load Balancer-Network", {"Networking", "Load Balancing"}},
        {"VpcEndpoint", {"Networking", "Network Infrastructure"}},
        {"CPU Credits", {"Compute", "Virtual Machines"}},
    };
    for (const Entry &entry : kTable) {
        if (equalsIgnoreCase(family, entry.family)) {
            return entry.category;
        }
    }
    return std::nullopt;
}

enum class ItemType {
    Usage,
    DiscountedUsage,
    SavingsPlanCoveredUsage,
    SavingsPlanNegation,
    RIFee,
    Fee,
    SavingsPlanRecurringFee,
    SavingsPlanUpfrontFee,
    Tax,
    Credit,
    Discount,
    Refund,
    Unknown,
};

ItemType itemTypeOf(QByteArrayView text)
{
    const QByteArrayView t = trimmed(text);
    struct Entry {
        const char *name;
        ItemType type;
    };
    static constexpr Entry kTable[] = {
        {"Usage", ItemType::Usage},
        {"DiscountedUsage", ItemType::DiscountedUsage},
        {"SavingsPlanCoveredUsage", ItemType::SavingsPlanCoveredUsage},
        {"SavingsPlanNegation", ItemType::SavingsPlanNegation},
        {"RIFee", ItemType::RIFee},
        {"Fee", ItemType::Fee},
        {"SavingsPlanRecurringFee", ItemType::SavingsPlanRecurringFee},
        {"SavingsPlanUpfrontFee", ItemType::SavingsPlanUpfrontFee},
        {"Tax", ItemType::Tax},
        {"Credit", ItemType::Credit},
        {"Refund", ItemType::Refund},
    };
    for (const Entry &entry : kTable) {
        if (equalsIgnoreCase(t, entry.name)) {
            return entry.type;
        }
    }
    if (t.size() > 8 && equalsIgnoreCase(t.last(8), "Discount")) {
        return ItemType::Discount;
    }
    if (equalsIgnoreCase(t, "Discount")) {
        return ItemType::Discount;
    }
    return ItemType::Unknown;
}

// The part of an ARN after its last '/' or ':' ("ri-0123…", the savings plan's id).
QByteArrayView arnName(QByteArrayView arn)
{
    const qsizetype at = std::max(arn.lastIndexOf('/'), arn.lastIndexOf(':'));
    return at >= 0 ? arn.sliced(at + 1) : arn;
}

class CurMapper : public RowMapper {
public:
    CurMapper(BillHeader &header, bool legacy) : m_header(header), m_legacy(legacy)
    {
        for (int i = 0; i < header.size(); ++i) {
            const QByteArray &name = header.name(i);
            // Tag columns: resourceTags/user:env (legacy CSV), resource_tags_user_env (Athena).
            if (name.startsWith("resourceTags/")) {
                QByteArrayView key = QByteArrayView(name).sliced(13);
                if (key.startsWith("user:")) {
                    key = key.sliced(5);
                }
                m_tagColumns.push_back({i, key.toByteArray()});
                header.use(i);
                continue;
            }
            if (name.startsWith("resource_tags_") && name.size() > 14) {
                QByteArrayView key = QByteArrayView(name).sliced(14);
                if (key.startsWith("user_")) {
                    key = key.sliced(5);
                }
                m_tagColumns.push_back({i, key.toByteArray()});
                header.use(i);
                continue;
            }
            const QByteArray key = columnKey(name);
            if (!m_columns.contains(key)) {
                m_columns.insert(key, i);
            }
        }

        m_type = col("lineitemlineitemtype");
        m_unblended = col("lineitemunblendedcost");
        m_currency = col("lineitemcurrencycode");
        m_usageStart = col("lineitemusagestartdate");
        m_usageEnd = col("lineitemusageenddate");
        m_interval = col("identitytimeinterval");
        m_billingStart = col("billbillingperiodstartdate");
        m_billingEnd = col("billbillingperiodenddate");
        m_usageAmount = col("lineitemusageamount");
        m_productCode = col("lineitemproductcode");
        m_serviceCode = col("productservicecode");
        m_productName = col("productproductname");
        m_productFamily = col("productproductfamily");
        m_usageType = col("lineitemusagetype");
        m_regionCode = col("productregioncode");
        m_region = col("productregion");
        m_location = col("productlocation");
        m_instanceType = col("productinstancetype");
        m_productMap = m_legacy ? -1 : col("product");
        m_tagsMap = m_legacy ? -1 : col("resourcetags");
        m_pricingUnit = col("pricingunit");
        m_publicOnDemandCost = col("pricingpublicondemandcost");
        m_leaseLength = col("pricingleasecontractlength");
        m_purchaseOption = col("pricingpurchaseoption");
        m_riArn = col("reservationreservationarn");
        m_riEffective = col("reservationeffectivecost");
        m_riUnusedUpfront = col("reservationunusedamortizedupfrontfeeforbillingperiod");
        m_riUnusedRecurring = col("reservationunusedrecurringfee");
        m_riStart = col("reservationstarttime");
        m_riEnd = col("reservationendtime");
        m_spArn = col("savingsplansavingsplanarn");
        m_spEffective = col("savingsplansavingsplaneffectivecost");
        m_spTotalCommitment = col("savingsplantotalcommitmenttodate");
        m_spUsedCommitment = col("savingsplanusedcommitment");
        m_spTerm = col("savingsplanpurchaseterm");
        m_spPayment = col("savingsplanpaymentoption");
        m_spStart = col("savingsplanstarttime");
        m_spEnd = col("savingsplanendtime");

        const auto text = [this](CostField field, const char *key) {
            m_text.emplace_back(field, col(key));
        };
        text(CostField::BillingAccountId, "billpayeraccountid");
        text(CostField::BillingAccountName, "billpayeraccountname");
        text(CostField::SubAccountId, "lineitemusageaccountid");
        text(CostField::SubAccountName, "lineitemusageaccountname");
        text(CostField::InvoiceIssuerName, "billbillingentity");
        text(CostField::PublisherName, "lineitemlegalentity");
        text(CostField::InvoiceId, "billinvoiceid");
        text(CostField::ChargeDescription, "lineitemlineitemdescription");
        text(CostField::AvailabilityZone, "lineitemavailabilityzone");
        text(CostField::ResourceId, "lineitemresourceid");
        text(CostField::SkuId, "productsku");
        text(CostField::SkuPriceId, "pricingrateid");

        // Columns of the CUR that Boussole reads no value from but that are not "unknown".
        for (const char *known : {"identitylineitemid",
                                  "billbilltype",
                                  "billinvoicingentity",
                                  "lineitemoperation",
                                  "lineitemunblendedrate",
                                  "lineitemblendedrate",
                                  "lineitemblendedcost",
                                  "lineitemnetunblendedrate",
                                  "lineitemnetunblendedcost",
                                  "lineitemnormalizationfactor",
                                  "lineitemnormalizedusageamount",
                                  "lineitemtaxtype",
                                  "pricingpublicondemandrate",
                                  "pricingratecode",
                                  "pricingofferingclass",
                                  "pricingcurrency",
                                  "pricingterm",
                                  "productusagetype",
                                  "productoperation",
                                  "productlocationtype",
                                  "productregion"}) {
            col(known);
        }
    }

    static QStringList missing(const BillHeader &header, bool legacy)
    {
        QSet<QByteArray> keys;
        for (int i = 0; i < header.size(); ++i) {
            keys.insert(columnKey(header.name(i)));
        }
        QStringList names;
        const auto need = [&](const char *key, const char *legacyName, const char *snakeName) {
            if (!keys.contains(key)) {
                names << QString::fromLatin1(legacy ? legacyName : snakeName);
            }
        };
        need("lineitemlineitemtype", "lineItem/LineItemType", "line_item_line_item_type");
        need("lineitemunblendedcost", "lineItem/UnblendedCost", "line_item_unblended_cost");
        need("lineitemcurrencycode", "lineItem/CurrencyCode", "line_item_currency_code");
        if (!keys.contains("lineitemusagestartdate") && !keys.contains("identitytimeinterval")) {
            names << QString::fromLatin1(legacy ? "lineItem/UsageStartDate"
                                                : "line_item_usage_start_date");
        }
        return names;
    }

    Status map(RowContext &ctx, CostLine &line) override
    {
        line[CostField::ProviderName] = "AWS";
        for (const auto &[field, column] : m_text) {
            line[field] = ctx.field(column);
        }

        // Period: lineItem/UsageStartDate, else identity/TimeInterval.
        if (m_usageStart >= 0) {
            Result<qint64> start = ctx.timestamp(m_usageStart, "UsageStartDate");
            if (!start) {
                return start.error();
            }
            line.chargePeriodStart = *start;
            Result<qint64> end = ctx.optionalTimestamp(m_usageEnd, "UsageEndDate");
            if (!end) {
                return end.error();
            }
            line.chargePeriodEnd = *end;
        } else {
            Result<qint64> start = ctx.timestamp(m_interval, "TimeInterval");
            if (!start) {
                return start.error();
            }
            line.chargePeriodStart = *start;
            const QByteArrayView interval = ctx.field(m_interval);
            const qsizetype slash = interval.indexOf('/');
            if (slash > 0) {
                const std::optional<qint64> end = parseTimestamp(interval.sliced(slash + 1));
                if (!end) {
                    return ctx.error(m_interval,
                                     QCoreApplication::translate(
                                         "Importer",
                                         "expected an interval such as "
                                         "2025-01-01T00:00:00Z/2025-02-01T00:00:00Z, found “%1”")
                                         .arg(QString::fromUtf8(interval)));
                }
                line.chargePeriodEnd = *end;
            }
        }
        for (const auto &[target, column, what] :
             {std::tuple{&line.billingPeriodStart, m_billingStart, "BillingPeriodStartDate"},
              std::tuple{&line.billingPeriodEnd, m_billingEnd, "BillingPeriodEndDate"}}) {
            Result<qint64> value = ctx.optionalTimestamp(column, what);
            if (!value) {
                return value.error();
            }
            *target = *value;
        }

        const QByteArrayView currency = trimmed(ctx.field(m_currency));
        if (currency.isEmpty()) {
            return ctx.error(
                m_currency,
                QCoreApplication::translate(
                    "Importer", "CurrencyCode is empty; expected a currency code such as USD"));
        }
        line[CostField::BillingCurrency] = currency;

        Result<Money> unblended = ctx.money(m_unblended, "UnblendedCost");
        if (!unblended) {
            return unblended.error();
        }
        line.billedCost = *unblended;
        Result<std::optional<Money>> quantity = ctx.optionalMoney(m_usageAmount, "UsageAmount");
        if (!quantity) {
            return quantity.error();
        }
        line.consumedQuantity = *quantity;
        line.pricingQuantity = *quantity;
        Result<std::optional<Money>> list =
            ctx.optionalMoney(m_publicOnDemandCost, "PublicOnDemandCost");
        if (!list) {
            return list.error();
        }
        line.listCost = *list;

        // Service.
        const QByteArrayView productCode = ctx.field(m_productCode);
        const QByteArrayView productMap = ctx.field(m_productMap);
        QByteArrayView serviceName = ctx.field(m_productName);
        if (serviceName.isEmpty() && !productMap.isEmpty()) {
            serviceName = mapValue(productMap, "product_name");
        }
        line[CostField::ServiceName] = serviceName.isEmpty() ? productCode : serviceName;
        const QByteArrayView serviceCode = ctx.field(m_serviceCode);
        Category category = categoryOfProduct(serviceCode.isEmpty() ? productCode : serviceCode);
        const bool ec2 = equalsIgnoreCase(productCode, "AmazonEC2");
        if (ec2) {
            if (std::optional<Category> byFamily =
                    categoryOfEc2Family(ctx.field(m_productFamily))) {
                category = *byFamily;
            }
        }
        line[CostField::ServiceCategory] = category.category;
        line[CostField::ServiceSubcategory] = category.subcategory;

        QByteArrayView region = ctx.field(m_regionCode);
        if (region.isEmpty()) {
            region = ctx.field(m_region);
        }
        if (region.isEmpty() && !productMap.isEmpty()) {
            region = mapValue(productMap, "region_code");
            if (region.isEmpty()) {
                region = mapValue(productMap, "region");
            }
        }
        line[CostField::RegionId] = region;
        line[CostField::RegionName] = ctx.field(m_location);
        QByteArrayView instanceType = ctx.field(m_instanceType);
        if (instanceType.isEmpty() && !productMap.isEmpty()) {
            instanceType = mapValue(productMap, "instance_type");
        }
        line[CostField::InstanceType] = instanceType;
        const QByteArrayView unit = ctx.field(m_pricingUnit);
        line[CostField::PricingUnit] = unit;
        line[CostField::ConsumedUnit] = unit;

        // Charge category, frequency, pricing, effective cost: see the table at the top.
        const QByteArrayView typeText = ctx.field(m_type);
        const ItemType type = itemTypeOf(typeText);
        const QByteArrayView riArn = ctx.field(m_riArn);
        const QByteArrayView spArn = ctx.field(m_spArn);
        const QByteArrayView usageType = ctx.field(m_usageType);
        const bool spot = usageType.contains("SpotUsage");
        const QByteArrayView standardPricing = spot ? "Dynamic" : "Standard";
        line.effectiveCost = line.billedCost;
        QByteArrayView commitmentArn;
        bool commitmentUsed = false;
        switch (type) {
        case ItemType::Usage:
            setCharge(line, "Usage", "Usage-Based", standardPricing);
            break;
        case ItemType::DiscountedUsage:
            setCharge(line, "Usage", "Usage-Based", "Committed");
            if (Status s = effective(ctx, line, m_riEffective, -1, "reservation/EffectiveCost");
                !s) {
                return s;
            }
            commitmentArn = riArn;
            commitmentUsed = true;
            break;
        case ItemType::SavingsPlanCoveredUsage:
            setCharge(line, "Usage", "Usage-Based", "Committed");
            if (Status s =
                    effective(ctx, line, m_spEffective, -1, "savingsPlan/SavingsPlanEffectiveCost");
                !s) {
                return s;
            }
            commitmentArn = spArn;
            commitmentUsed = true;
            break;
        case ItemType::SavingsPlanNegation:
            setCharge(line, "Usage", "Usage-Based", "Committed");
            line.effectiveCost = Money();
            commitmentArn = spArn;
            break;
        case ItemType::RIFee:
            setCharge(line, "Purchase", "Recurring", "Committed");
            if (Status s = effective(ctx, line, m_riUnusedUpfront, m_riUnusedRecurring,
                                     "reservation/UnusedAmortizedUpfrontFeeForBillingPeriod");
                !s) {
                return s;
            }
            commitmentArn = riArn;
            break;
        case ItemType::Fee:
            if (!riArn.isEmpty()) {
                setCharge(line, "Purchase", "One-Time", "Committed");
                line.effectiveCost = Money();
                commitmentArn = riArn;
            } else {
                setCharge(line, "Purchase", "One-Time", "Standard");
            }
            break;
        case ItemType::SavingsPlanRecurringFee: {
            setCharge(line, "Purchase", "Recurring", "Committed");
            Result<std::optional<Money>> total =
                ctx.optionalMoney(m_spTotalCommitment, "TotalCommitmentToDate");
            if (!total) {
                return total.error();
            }
            Result<std::optional<Money>> used =
                ctx.optionalMoney(m_spUsedCommitment, "UsedCommitment");
            if (!used) {
                return used.error();
            }
            if (m_spTotalCommitment < 0 || m_spUsedCommitment < 0) {
                noAmortisation(ctx, "savingsPlan/TotalCommitmentToDate");
            } else {
                line.effectiveCost = total->value_or(Money()) - used->value_or(Money());
            }
            commitmentArn = spArn;
            break;
        }
        case ItemType::SavingsPlanUpfrontFee:
            setCharge(line, "Purchase", "One-Time", "Committed");
            line.effectiveCost = Money();
            commitmentArn = spArn;
            break;
        case ItemType::Tax:
            setCharge(line, "Tax", "Recurring", "");
            break;
        case ItemType::Credit:
            setCharge(line, "Credit", "One-Time", "");
            break;
        case ItemType::Discount:
            setCharge(line, "Credit", "Usage-Based", "");
            break;
        case ItemType::Refund:
            setCharge(line, "Adjustment", "One-Time", "");
            line[CostField::ChargeClass] = "Correction";
            break;
        case ItemType::Unknown:
            setCharge(line, "Adjustment", "", "");
            ctx.warnOnce(u"cur-line-item-type"_s, m_type,
                         QCoreApplication::translate(
                             "Importer",
                             "line item type “%1” is not one Boussole knows; such lines count as "
                             "adjustments")
                             .arg(QString::fromUtf8(typeText)));
            break;
        }

        if (!commitmentArn.isEmpty()) {
            const bool reservation = commitmentArn == riArn;
            line[CostField::CommitmentDiscountId] = commitmentArn;
            line[CostField::CommitmentDiscountName] = arnName(commitmentArn);
            line[CostField::CommitmentDiscountType] =
                reservation ? "Reserved Instance" : "Savings Plan";
            line[CostField::CommitmentDiscountCategory] = reservation ? "Usage" : "Spend";
            if (commitmentUsed) {
                line[CostField::CommitmentDiscountStatus] = "Used";
            } else if ((type == ItemType::RIFee || type == ItemType::SavingsPlanRecurringFee) &&
                       !line.effectiveCost.isZero()) {
                line[CostField::CommitmentDiscountStatus] = "Unused";
            }
            if (Status s = commitmentFacts(ctx, line, reservation); !s) {
                return s;
            }
        }

        // Running hours of an EC2 instance.
        if ((type == ItemType::Usage || type == ItemType::DiscountedUsage ||
             type == ItemType::SavingsPlanCoveredUsage) &&
            ec2 && line.consumedQuantity && !line[CostField::ResourceId].isEmpty() &&
            (usageType.contains("BoxUsage") || usageType.contains("SpotUsage") ||
             usageType.contains("DedicatedUsage")) &&
            (unit.isEmpty() || isHourUnit(unit))) {
            line.usageHours = toHours(*line.consumedQuantity);
        }

        // Tags.
        m_tags.clear();
        if (!m_tagColumns.empty()) {
            for (const auto &[column, key] : m_tagColumns) {
                const QByteArrayView value = ctx.field(column);
                if (value.isEmpty()) {
                    continue;
                }
                m_tags.append(m_tags.isEmpty() ? '{' : ',');
                appendJsonString(m_tags, key);
                m_tags.append(':');
                appendJsonString(m_tags, value);
            }
            if (!m_tags.isEmpty()) {
                m_tags.append('}');
            }
        } else if (const QByteArrayView tags = ctx.field(m_tagsMap); !tags.isEmpty()) {
            if (normaliseTags(tags, m_tags)) {
                // CUR 2.0 keys user tags "user_env": the user's own tags go by their own name.
                m_tags.replace("{\"user_", "{\"");
                m_tags.replace(",\"user_", ",\"");
            } else {
                ctx.warnOnce(
                    u"cur-tags"_s, m_tagsMap,
                    QCoreApplication::translate(
                        "Importer", "resource_tags is not a map (such as “%1”); the text is kept "
                                    "as it is")
                        .arg(QString::fromUtf8(tags.first(std::min<qsizetype>(tags.size(), 60)))));
                m_tags.clear();
                m_tags.append("{\"_raw\":");
                appendJsonString(m_tags, tags);
                m_tags.append('}');
            }
        }
        line[CostField::Tags] = m_tags;
        return {};
    }

private:
    int col(const char *key)
    {
        const int column =
            m_columns.value(QByteArray::fromRawData(key, qsizetype(strlen(key))), -1);
        m_header.use(column);
        return column;
    }

    static void setCharge(CostLine &line, QByteArrayView category, QByteArrayView frequency,
                          QByteArrayView pricing)
    {
        line[CostField::ChargeCategory] = category;
        line[CostField::ChargeFrequency] = frequency;
        line[CostField::PricingCategory] = pricing;
    }

    void noAmortisation(RowContext &ctx, const char *column)
    {
        ctx.warnOnce(u"cur-no-amortisation"_s, -1,
                     QCoreApplication::translate(
                         "Importer",
                         "the report has no %1 column: commitment lines keep their billed cost "
                         "as effective cost")
                         .arg(QString::fromLatin1(column)));
    }

    // EffectiveCost = a (+ b): the amortisation columns of the line's type; the billed cost when
    // the report lacks them.
    Status effective(RowContext &ctx, CostLine &line, int a, int b, const char *what)
    {
        if (a < 0) {
            noAmortisation(ctx, what);
            return {};
        }
        Result<std::optional<Money>> first = ctx.optionalMoney(a, what);
        if (!first) {
            return first.error();
        }
        Money sum = first->value_or(Money());
        if (b >= 0) {
            Result<std::optional<Money>> second = ctx.optionalMoney(b, what);
            if (!second) {
                return second.error();
            }
            sum += second->value_or(Money());
        }
        line.effectiveCost = sum;
        return {};
    }

    Status commitmentFacts(RowContext &ctx, CostLine &line, bool reservation)
    {
        const int startColumn = reservation ? m_riStart : m_spStart;
        const int endColumn = reservation ? m_riEnd : m_spEnd;
        const int termColumn = reservation ? m_leaseLength : m_spTerm;
        const int paymentColumn = reservation ? m_purchaseOption : m_spPayment;
        Result<qint64> start = ctx.optionalTimestamp(startColumn, "StartTime");
        if (!start) {
            return start.error();
        }
        Result<qint64> end = ctx.optionalTimestamp(endColumn, "EndTime");
        if (!end) {
            return end.error();
        }
        CommitmentFacts facts;
        facts.start = *start;
        facts.end = *end;
        facts.termMonths = termMonths(ctx.field(termColumn));
        facts.paymentOption = ctx.field(paymentColumn);
        if (facts.end == 0 && facts.start != 0 && facts.termMonths != 0) {
            facts.end = addMonths(facts.start, facts.termMonths);
        }
        if (facts.start != 0 || facts.end != 0 || facts.termMonths != 0 ||
            !facts.paymentOption.isEmpty()) {
            line.commitment = facts;
        }
        return {};
    }

    BillHeader &m_header;
    bool m_legacy = true;
    QHash<QByteArray, int> m_columns;
    std::vector<std::pair<int, QByteArray>> m_tagColumns;
    std::vector<std::pair<CostField, int>> m_text;
    QByteArray m_tags;
    int m_type = -1;
    int m_unblended = -1;
    int m_currency = -1;
    int m_usageStart = -1;
    int m_usageEnd = -1;
    int m_interval = -1;
    int m_billingStart = -1;
    int m_billingEnd = -1;
    int m_usageAmount = -1;
    int m_productCode = -1;
    int m_serviceCode = -1;
    int m_productName = -1;
    int m_productFamily = -1;
    int m_usageType = -1;
    int m_regionCode = -1;
    int m_region = -1;
    int m_location = -1;
    int m_instanceType = -1;
    int m_productMap = -1;
    int m_tagsMap = -1;
    int m_pricingUnit = -1;
    int m_publicOnDemandCost = -1;
    int m_leaseLength = -1;
    int m_purchaseOption = -1;
    int m_riArn = -1;
    int m_riEffective = -1;
    int m_riUnusedUpfront = -1;
    int m_riUnusedRecurring = -1;
    int m_riStart = -1;
    int m_riEnd = -1;
    int m_spArn = -1;
    int m_spEffective = -1;
    int m_spTotalCommitment = -1;
    int m_spUsedCommitment = -1;
    int m_spTerm = -1;
    int m_spPayment = -1;
    int m_spStart = -1;
    int m_spEnd = -1;
};

bool isLegacyHeader(const BillHeader &header)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.name(i).contains('/')) {
            return true;
        }
    }
    return false;
}

} // namespace

QString AwsCurImporter::displayName() const
{
    return QCoreApplication::translate("Importer", "AWS Cost and Usage Report (CUR, CUR 2.0)");
}

int AwsCurImporter::sniff(QByteArrayView head, const QString &) const
{
    const qsizetype newline = head.indexOf('\n');
    const QByteArrayView first = newline >= 0 ? head.first(newline) : head;
    const bool cost = first.contains("lineItem/UnblendedCost") ||
                      first.contains("line_item_unblended_cost") ||
                      first.contains("lineItem_UnblendedCost");
    const bool type = first.contains("lineItem/LineItemType") ||
                      first.contains("line_item_line_item_type") ||
                      first.contains("lineItem_LineItemType");
    if (cost && type) {
        return 97; // above every CSV importer: such a header is nothing else
    }
    if (cost || type || first.contains("identity/LineItemId") ||
        first.contains("identity_line_item_id")) {
        return 50;
    }
    return 0;
}

Result<std::unique_ptr<RowMapper>> AwsCurImporter::mapper(BillHeader &header,
                                                          const ImportContext &) const
{
    const bool legacy = isLegacyHeader(header);
    const QStringList missing = CurMapper::missing(header, legacy);
    if (!missing.isEmpty()) {
        return Error(QCoreApplication::translate(
                         "Importer", "not an AWS CUR file: the header lacks the column(s) %1")
                         .arg(missing.join(u", "_s)));
    }
    return std::unique_ptr<RowMapper>(std::make_unique<CurMapper>(header, legacy));
}

} // namespace boussole
