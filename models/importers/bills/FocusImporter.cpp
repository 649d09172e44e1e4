#include "models/importers/bills/FocusImporter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace bills;

namespace {

struct TextColumn {
    CostField field;
    std::vector<const char *> names;
};

// FOCUS column names per field, newest first (1.3's ServiceProviderName before ProviderName;
// the 1.0-preview's Region before RegionId).
const std::vector<TextColumn> &textColumns()
{
    static const std::vector<TextColumn> columns = {
        {CostField::ProviderName, {"ServiceProviderName", "ProviderName", "Provider"}},
        {CostField::PublisherName, {"PublisherName", "Publisher"}},
        {CostField::InvoiceIssuerName, {"InvoiceIssuerName", "InvoiceIssuer"}},
        {CostField::BillingAccountId, {"BillingAccountId"}},
        {CostField::BillingAccountName, {"BillingAccountName"}},
        {CostField::SubAccountId, {"SubAccountId"}},
        {CostField::SubAccountName, {"SubAccountName"}},
        {CostField::ChargeClass, {"ChargeClass"}},
        {CostField::ChargeDescription, {"ChargeDescription"}},
        {CostField::RegionId, {"RegionId", "Region"}},
        {CostField::RegionName, {"RegionName"}},
        {CostField::AvailabilityZone, {"AvailabilityZone"}},
        {CostField::ResourceId, {"ResourceId"}},
        {CostField::ResourceName, {"ResourceName"}},
        {CostField::ResourceType, {"ResourceType"}},
        {CostField::ServiceSubcategory, {"ServiceSubcategory"}},
        {CostField::ServiceName, {"ServiceName"}},
        {CostField::SkuId, {"SkuId"}},
        {CostField::SkuPriceId, {"SkuPriceId", "SkuPriceid"}},
        {CostField::ConsumedUnit, {"ConsumedUnit", "UsageUnit"}},
        {CostField::PricingUnit, {"PricingUnit"}},
        {CostField::CommitmentDiscountId, {"CommitmentDiscountId"}},
        {CostField::CommitmentDiscountName, {"CommitmentDiscountName"}},
        {CostField::CommitmentDiscountType, {"CommitmentDiscountType"}},
        {CostField::InvoiceId, {"InvoiceId"}},
    };
    return columns;
}

bool isHourUnit(QByteArrayView unit)
{
    const QByteArrayView u = trimmed(unit);
    return equalsIgnoreCase(u, "Hours") || equalsIgnoreCase(u, "Hour") ||
           equalsIgnoreCase(u, "Hrs") || equalsIgnoreCase(u, "h") ||
           equalsIgnoreCase(u, "1 Hour") || equalsIgnoreCase(u, "Instance-Hours");
}

// The value of "key" in a flat JSON object text, without a full parse: SkuPriceDetails is
// {"InstanceType": "m5.large", "CoreCount": 2, …}.
QByteArrayView jsonValue(QByteArrayView json, QByteArrayView key)
{
    qsizetype at = 0;
    for (;;) {
        at = json.indexOf(key, at);
        if (at <= 0) {
            return {};
        }
        const qsizetype end = at + key.size();
        if (json[at - 1] == '"' && end < json.size() && json[end] == '"') {
            qsizetype i = end + 1;
            while (i < json.size() && (json[i] == ' ' || json[i] == ':')) {
                ++i;
            }
            if (i < json.size() && json[i] == '"') {
                const qsizetype close = json.indexOf('"', i + 1);
                return close > i ? json.sliced(i + 1, close - i - 1) : QByteArrayView();
            }
            return {};
        }
        at = end;
    }
}

class FocusMapper : public RowMapper {
public:
    explicit FocusMapper(BillHeader &header)
    {
        const auto col = [&header](std::initializer_list<const char *> names) {
            const int c = header.find(names, true);
            header.use(c);
            return c;
        };
        for (const TextColumn &text : textColumns()) {
            int c = -1;
            for (const char *name : text.names) {
                c = header.find({name}, true);
                if (c >= 0) {
                    break;
                }
            }
            header.use(c);
            m_text.emplace_back(text.field, c);
        }
        m_billed = col({"BilledCost"});
        m_effective = col({"EffectiveCost", "AmortizedCost"});
        m_list = col({"ListCost"});
        m_contracted = col({"ContractedCost"});
        m_consumedQuantity = col({"ConsumedQuantity", "UsageQuantity"});
        m_pricingQuantity = col({"PricingQuantity"});
        m_chargeStart = col({"ChargePeriodStart"});
        m_chargeEnd = col({"ChargePeriodEnd"});
        m_billingStart = col({"BillingPeriodStart"});
        m_billingEnd = col({"BillingPeriodEnd"});
        m_currency = col({"BillingCurrency"});
        m_chargeCategory = col({"ChargeCategory", "ChargeType"});
        m_chargeFrequency = col({"ChargeFrequency"});
        m_pricingCategory = col({"PricingCategory"});
        m_serviceCategory = col({"ServiceCategory"});
        m_commitmentCategory = col({"CommitmentDiscountCategory"});
        m_commitmentStatus = col({"CommitmentDiscountStatus"});
        m_tags = col({"Tags"});
        m_skuPriceDetails = col({"SkuPriceDetails"});
        m_consumedUnit = header.find({"ConsumedUnit", "UsageUnit"}, true);
        // Known FOCUS columns Boussole does not store are not "extras": they are FOCUS.
        for (const char *known :
             {"BillingAccountType", "SubAccountType", "CapacityReservationId",
              "CapacityReservationStatus", "CommitmentDiscountQuantity", "CommitmentDiscountUnit",
              "ContractedUnitPrice", "ListUnitPrice", "PricingCurrency",
              "PricingCurrencyContractedUnitPrice", "PricingCurrencyEffectiveCost",
              "PricingCurrencyListUnitPrice", "SkuMeter", "HostProviderName", "ContractApplied"}) {
            header.use(header.find({known}, true));
        }
    }

    static QStringList missing(const BillHeader &header)
    {
        QStringList names;
        for (const char *required : {"BilledCost", "ChargePeriodStart"}) {
            if (header.find({required}, true) < 0) {
                names << QString::fromLatin1(required);
            }
        }
        if (header.find({"EffectiveCost", "AmortizedCost"}, true) < 0) {
            names << u"EffectiveCost"_s;
        }
        return names;
    }

    Status map(RowContext &ctx, CostLine &line) override
    {
        for (const auto &[field, column] : m_text) {
            line[field] = ctx.field(column);
        }
        Result<Money> billed = ctx.money(m_billed, "BilledCost");
        if (!billed) {
            return billed.error();
        }
        line.billedCost = *billed;
        Result<Money> effective = ctx.money(m_effective, "EffectiveCost");
        if (!effective) {
            return effective.error();
        }
        line.effectiveCost = *effective;
        for (const auto &[target, column, what] :
             {std::tuple{&line.listCost, m_list, "ListCost"},
              std::tuple{&line.contractedCost, m_contracted, "ContractedCost"},
              std::tuple{&line.consumedQuantity, m_consumedQuantity, "ConsumedQuantity"},
              std::tuple{&line.pricingQuantity, m_pricingQuantity, "PricingQuantity"}}) {
            Result<std::optional<Money>> value = ctx.optionalMoney(column, what);
            if (!value) {
                return value.error();
            }
            *target = *value;
        }

        Result<qint64> start = ctx.timestamp(m_chargeStart, "ChargePeriodStart");
        if (!start) {
            return start.error();
        }
        line.chargePeriodStart = *start;
        for (const auto &[target, column, what] :
             {std::tuple{&line.chargePeriodEnd, m_chargeEnd, "ChargePeriodEnd"},
              std::tuple{&line.billingPeriodStart, m_billingStart, "BillingPeriodStart"},
              std::tuple{&line.billingPeriodEnd, m_billingEnd, "BillingPeriodEnd"}}) {
            Result<qint64> value = ctx.optionalTimestamp(column, what);
            if (!value) {
                return value.error();
            }
            *target = *value;
        }
        if (!m_noticedSpaceTimestamps) {
            const QByteArrayView raw = ctx.field(m_chargeStart);
            if (raw.size() > 10 && raw[10] == ' ') {
                m_noticedSpaceTimestamps = true;
                ctx.warnOnce(u"focus-timestamps"_s, m_chargeStart,
                             QCoreApplication::translate(
                                 "Importer", "timestamps are written without “T” or “Z” (such as "
                                             "“%1”); they are read as UTC")
                                 .arg(QString::fromUtf8(raw)));
            }
        }

        if (m_currency < 0) {
            // The specification's own example files leave it out; real exports never do.
            ctx.warnOnce(u"focus-no-currency"_s, -1,
                         QCoreApplication::translate(
                             "Importer", "the file has no BillingCurrency column: its amounts are "
                                         "kept with the currency “XXX” (none stated)"));
            line[CostField::BillingCurrency] = "XXX";
        }
        const QByteArrayView currency =
            m_currency < 0 ? QByteArrayView("XXX") : trimmed(ctx.field(m_currency));
        if (currency.isEmpty()) {
            return ctx.error(m_currency, QCoreApplication::translate(
                                             "Importer", "BillingCurrency is empty; expected a "
                                                         "currency code such as EUR"));
        }
        line[CostField::BillingCurrency] = upper(ctx, currency);

        const auto canonicalOf = [&](int column, CostField field,
                                     QByteArrayView (*canonicalise)(QByteArrayView)) {
            const QByteArrayView value = ctx.field(column);
            const QByteArrayView canonical = canonicalise(value);
            if (canonical.data() != value.data() && canonical != value) {
                ctx.warnOnce(u"focus-case-"_s + QString::fromLatin1(costFieldId(field)), column,
                             QCoreApplication::translate(
                                 "Importer", "values written in another case or spelling are "
                                             "read as FOCUS’s (“%1” as “%2”)")
                                 .arg(QString::fromUtf8(value), QString::fromUtf8(canonical)));
            }
            line[field] = canonical;
        };
        canonicalOf(m_chargeCategory, CostField::ChargeCategory, &canonicalChargeCategory);
        canonicalOf(m_chargeFrequency, CostField::ChargeFrequency, &canonicalChargeFrequency);
        canonicalOf(m_pricingCategory, CostField::PricingCategory, &canonicalPricingCategory);
        canonicalOf(m_commitmentCategory, CostField::CommitmentDiscountCategory,
                    &canonicalCommitmentCategory);
        canonicalOf(m_commitmentStatus, CostField::CommitmentDiscountStatus,
                    &canonicalCommitmentStatus);

        const QByteArrayView serviceCategory = ctx.field(m_serviceCategory);
        if (!serviceCategory.isEmpty()) {
            bool known = false;
            line[CostField::ServiceCategory] = canonicalServiceCategory(serviceCategory, &known);
            if (!known) {
                ctx.warnOnce(u"focus-service-category"_s, m_serviceCategory,
                             QCoreApplication::translate(
                                 "Importer", "ServiceCategory “%1” is not one of FOCUS’s values; "
                                             "such lines count as “Other”")
                                 .arg(QString::fromUtf8(serviceCategory)));
            }
        }

        const QByteArrayView tags = ctx.field(m_tags);
        if (!tags.isEmpty()) {
            if (normaliseTags(tags, m_tagBuffer)) {
                line[CostField::Tags] = m_tagBuffer;
            } else {
                ctx.warnOnce(
                    u"focus-tags"_s, m_tags,
                    QCoreApplication::translate(
                        "Importer", "Tags is not a JSON object (such as “%1”); the text "
                                    "is kept as it is")
                        .arg(QString::fromUtf8(tags.first(std::min<qsizetype>(tags.size(), 60)))));
                m_tagBuffer.clear();
                m_tagBuffer.append("{\"_raw\":");
                appendJsonString(m_tagBuffer, tags);
                m_tagBuffer.append('}');
                line[CostField::Tags] = m_tagBuffer;
            }
        }

        const QByteArrayView details = ctx.field(m_skuPriceDetails);
        if (!details.isEmpty()) {
            line[CostField::InstanceType] = jsonValue(details, "InstanceType");
        }

        // VM usage: running hours, to derive workloads from a bill with no inventory.
        if (line[CostField::ChargeCategory] == "Usage" && line.consumedQuantity &&
            isHourUnit(ctx.field(m_consumedUnit)) && !line[CostField::ResourceId].isEmpty()) {
            const QByteArrayView sub = line[CostField::ServiceSubcategory];
            const bool vm = sub == "Virtual Machines" ||
                            (sub.isEmpty() && line[CostField::ServiceCategory] == "Compute" &&
                             !line[CostField::InstanceType].isEmpty());
            if (vm) {
                line.usageHours =
                    double(line.consumedQuantity->units()) / double(Money::kUnitsPerWhole);
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

    std::vector<std::pair<CostField, int>> m_text;
    int m_billed = -1;
    int m_effective = -1;
    int m_list = -1;
    int m_contracted = -1;
    int m_consumedQuantity = -1;
    int m_pricingQuantity = -1;
    int m_chargeStart = -1;
    int m_chargeEnd = -1;
    int m_billingStart = -1;
    int m_billingEnd = -1;
    int m_currency = -1;
    int m_chargeCategory = -1;
    int m_chargeFrequency = -1;
    int m_pricingCategory = -1;
    int m_serviceCategory = -1;
    int m_commitmentCategory = -1;
    int m_commitmentStatus = -1;
    int m_tags = -1;
    int m_skuPriceDetails = -1;
    int m_consumedUnit = -1;
    bool m_noticedSpaceTimestamps = false;
    QByteArray m_tagBuffer;
};

} // namespace

QString FocusImporter::displayName() const
{
    return QCoreApplication::translate("Importer", "FOCUS bill (FinOps cost and usage)");
}

int FocusImporter::sniff(QByteArrayView head, const QString &fileName) const
{
    const qsizetype newline = head.indexOf('\n');
    const QByteArrayView first = newline >= 0 ? head.first(newline) : head;
    const bool billed = first.contains("BilledCost");
    const bool period = first.contains("ChargePeriodStart");
    if (billed && period) {
        return 95;
    }
    if (billed || period) {
        return 40;
    }
    return fileName.contains(u"focus"_s, Qt::CaseInsensitive) ? 5 : 0;
}

Result<std::unique_ptr<RowMapper>> FocusImporter::mapper(BillHeader &header,
                                                         const ImportContext &) const
{
    const QStringList missing = FocusMapper::missing(header);
    if (!missing.isEmpty()) {
        return Error(QCoreApplication::translate(
                         "Importer", "not a FOCUS file: the header lacks the column(s) %1")
                         .arg(missing.join(u", "_s)));
    }
    return std::unique_ptr<RowMapper>(std::make_unique<FocusMapper>(header));
}

} // namespace boussole
