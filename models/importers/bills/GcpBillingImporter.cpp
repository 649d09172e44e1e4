#include "models/importers/bills/GcpBillingImporter.h"

#include "models/importers/bills/BillText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace bills;

// How Google Cloud billing rows become FOCUS lines (see docs/bills.md).
//
// Console cost table (preamble, then "Billing account name, …, Unrounded Cost (€), Cost (€)"):
//   - amount: "Unrounded Cost (…)" when the table has it (exact), else "Cost (…)"; thousands
//     separators accepted. BilledCost = EffectiveCost = that amount.
//   - a row with a "Credit type" is a credit: ChargeCategory Credit, amount made negative (the
//     table may print credits as positive figures in some groupings); credits reduce cost.
//   - "Cost type": Usage/regular → Usage, Tax → Tax, Adjustment and Rounding error → Adjustment.
//   - currency: the preamble's "Currency" line, else the cost header's suffix ("Cost (€)" → EUR,
//     "($)" → USD, "(£)" → GBP, "(¥)" → JPY, "(EUR)" → EUR).
//   - invoice month: the preamble's "Invoice month" gives the billing period.
// BigQuery standard export saved as CSV (columns "service.description" or "service_description"):
//   - each row is one line; its credits (a JSON array of {name, amount, type…}) are summed into
//     it: BilledCost = EffectiveCost = cost + Σ credits.amount (the net cost Google invoices), and
//     ContractedCost keeps the cost before credits. A row whose cost is entirely offset by
//     credits (free tier) nets to 0. The credits stay visible as the difference between the two.
//   - cost_type as above; invoice.month (YYYYMM) gives the billing period; labels (a JSON array of
//     {key, value}) become Tags; resource.name (detailed export) the resource id;
//     location.region the region.
// Provider "Google Cloud". ServiceCategory from the service description (table below).
// Compute Engine bills per vCPU-hour and per GiB-hour SKUs, not per machine, so no running hours
// are derived from these rows.

namespace {

using Category = ServiceCategory;

Category categoryOfService(QByteArrayView service)
{
    struct Entry {
        const char *service;
        Category category;
    };
    static constexpr Entry kTable[] = {
        {"Compute Engine", {"Compute", "Virtual Machines"}},
        {"Kubernetes Engine", {"Compute", "Containers"}},
        {"Cloud Run", {"Compute", "Containers"}},
        {"Cloud Functions", {"Compute", "Serverless Compute"}},
        {"App Engine", {"Compute", "Serverless Compute"}},
        {"Cloud Storage", {"Storage", "Object Storage"}},
        {"Filestore", {"Storage", "File Storage"}},
        {"Backup and DR Service", {"Storage", "Backup Storage"}},
        {"Cloud SQL", {"Databases", "Relational Databases"}},
        {"Cloud Spanner", {"Databases", "Relational Databases"}},
        {"AlloyDB", {"Databases", "Relational Databases"}},
        {"Cloud Firestore", {"Databases", "NoSQL Databases"}},
        {"Cloud Bigtable", {"Databases", "NoSQL Databases"}},
        {"Cloud Memorystore for Redis", {"Databases", "Caching"}},
        {"BigQuery", {"Analytics", "Data Warehouses"}},
        {"Dataflow", {"Analytics", "Data Processing"}},
        {"Cloud Dataproc", {"Analytics", "Data Processing"}},
        {"Cloud Pub/Sub", {"Integration", "Messaging"}},
        {"Networking", {"Networking", "Network Connectivity"}},
        {"Cloud DNS", {"Networking", "Domain Name System"}},
        {"Cloud CDN", {"Networking", "Content Delivery"}},
        {"Cloud Load Balancing", {"Networking", "Load Balancing"}},
        {"Cloud Logging", {"Management and Governance", "Observability"}},
        {"Cloud Monitoring", {"Management and Governance", "Observability"}},
        {"Stackdriver Logging", {"Management and Governance", "Observability"}},
        {"Cloud Key Management Service (KMS)", {"Security", "Secret Management"}},
        {"Secret Manager", {"Security", "Secret Management"}},
        {"Vertex AI", {"AI and Machine Learning", "Machine Learning"}},
        {"Artifact Registry", {"Developer Tools", "Development Environments"}},
        {"Cloud Build", {"Developer Tools", "Continuous Integration and Deployment"}},
    };
    for (const Entry &entry : kTable) {
        if (equalsIgnoreCase(service, entry.service)) {
            return entry.category;
        }
    }
    return {"Other", ""};
}

QByteArrayView chargeOfCostType(QByteArrayView costType)
{
    const QByteArrayView t = trimmed(costType);
    if (t.isEmpty() || equalsIgnoreCase(t, "regular") || equalsIgnoreCase(t, "Usage")) {
        return "Usage";
    }
    if (equalsIgnoreCase(t, "tax")) {
        return "Tax";
    }
    return "Adjustment"; // adjustment, rounding error
}

// Currency of a cost header's suffix: "Cost (€)" → EUR.
QByteArray currencyOfSuffix(QByteArrayView name)
{
    const qsizetype open = name.lastIndexOf('(');
    if (open < 0 || !name.endsWith(')')) {
        return {};
    }
    const QByteArrayView inside = trimmed(name.sliced(open + 1, name.size() - open - 2));
    if (inside == "$" || inside == "US$") {
        return "USD";
    }
    if (inside == "\xE2\x82\xAC") { // €
        return "EUR";
    }
    if (inside == "\xC2\xA3") { // £
        return "GBP";
    }
    if (inside == "\xC2\xA5") { // ¥
        return "JPY";
    }
    if (inside.size() == 3) {
        return inside.toByteArray().toUpper();
    }
    return {};
}

// First of the month and first of the next month from "2025-03", "202503" or "March 2025".
bool invoicePeriod(QByteArrayView text, qint64 &start, qint64 &end)
{
    const QByteArrayView t = trimmed(text);
    int year = 0;
    int month = 0;
    if (t.size() == 6 &&
        std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        year = t.first(4).toInt();
        month = t.sliced(4).toInt();
    } else if (t.size() == 7 && t[4] == '-') {
        year = t.first(4).toInt();
        month = t.sliced(5).toInt();
    } else {
        static constexpr const char *kMonths[] = {"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};
        const qsizetype space = t.indexOf(' ');
        if (space > 0) {
            for (int m = 0; m < 12; ++m) {
                if (equalsIgnoreCase(t.first(space), kMonths[m])) {
                    month = m + 1;
                }
            }
            year = t.sliced(space + 1).toInt();
        }
    }
    if (year < 1900 || month < 1 || month > 12) {
        return false;
    }
    start = daysFromCivil(year, month, 1) * 86400;
    end = addMonths(start, 1);
    return true;
}

// Σ "amount" of a credits JSON array ([{"name":"…","amount":-1.5,…},…]); nullopt when an amount
// is not a number.
std::optional<Money> sumOfCredits(QByteArrayView credits)
{
    Money total;
    qsizetype at = 0;
    for (;;) {
        at = credits.indexOf("\"amount\"", at);
        if (at < 0) {
            return total;
        }
        qsizetype i = at + 8;
        while (i < credits.size() && (credits[i] == ' ' || credits[i] == ':')) {
            ++i;
        }
        qsizetype endOfNumber = i;
        const bool quoted = i < credits.size() && credits[i] == '"';
        if (quoted) {
            ++i;
            endOfNumber = i;
        }
        while (endOfNumber < credits.size() && credits[endOfNumber] != ',' &&
               credits[endOfNumber] != '}' && credits[endOfNumber] != '"' &&
               credits[endOfNumber] != ' ') {
            ++endOfNumber;
        }
        const std::optional<Money> amount = parseDecimal(credits.sliced(i, endOfNumber - i));
        if (!amount) {
            return std::nullopt;
        }
        total += *amount;
        at = endOfNumber;
    }
}

// [{"key":"env","value":"prod"},…] → {"env":"prod",…}; false when the text is not such an array.
bool labelsToTags(QByteArrayView labels, QByteArray &out)
{
    out.clear();
    const QByteArrayView t = trimmed(labels);
    if (t.isEmpty() || t == "[]") {
        return true;
    }
    if (t.front() != '[') {
        return normaliseTags(t, out); // already an object or a map
    }
    qsizetype at = 0;
    for (;;) {
        const qsizetype open = t.indexOf('{', at);
        if (open < 0) {
            break;
        }
        const qsizetype close = t.indexOf('}', open);
        if (close < 0) {
            return false;
        }
        const QByteArrayView object = t.sliced(open, close - open + 1);
        const QByteArrayView key = mapValue(object, "key");
        if (key.isEmpty()) {
            return false;
        }
        out.append(out.isEmpty() ? '{' : ',');
        appendJsonString(out, key);
        out.append(':');
        appendJsonString(out, mapValue(object, "value"));
        at = close + 1;
    }
    if (!out.isEmpty()) {
        out.append('}');
    }
    return true;
}

class GcpMapper : public RowMapper {
public:
    GcpMapper(BillHeader &header, bool bigQuery, QByteArray currency, qint64 invoiceStart,
              qint64 invoiceEnd)
        : m_header(header), m_bigQuery(bigQuery), m_fixedCurrency(std::move(currency)),
          m_invoiceStart(invoiceStart), m_invoiceEnd(invoiceEnd)
    {
        for (int i = 0; i < header.size(); ++i) {
            const QByteArray key = columnKey(header.name(i));
            if (!m_columns.contains(key)) {
                m_columns.insert(key, i);
            }
        }
        m_cost = costColumn(header);
        header.use(m_cost);
        header.use(roundedCostColumn(header));
        m_start = col({"usagestartdate", "usagestarttime"});
        m_end = col({"usageenddate", "usageendtime"});
        m_currency = col({"currency"});
        m_service = col({"servicedescription"});
        m_creditType = col({"credittype"});
        m_costType = col({"costtype"});
        m_credits = col({"credits"});
        m_invoiceMonth = col({"invoicemonth"});
        m_usageAmount = col({"usageamount"});
        m_usageUnit = col({"usageunit"});
        m_labels = col({"labels"});
        m_consumption = col({"consumptionmodeldescription"});
        m_sku = col({"skudescription"});
        m_listCost = col({"costatlist"});
        const auto text = [this](CostField field, std::initializer_list<const char *> keys) {
            m_text.emplace_back(field, col(keys));
        };
        text(CostField::BillingAccountId, {"billingaccountid"});
        text(CostField::BillingAccountName, {"billingaccountname"});
        text(CostField::SubAccountId, {"projectid"});
        text(CostField::SubAccountName, {"projectname"});
        text(CostField::SkuId, {"skuid"});
        text(CostField::ChargeDescription, {"skudescription"});
        text(CostField::ConsumedUnit, {"usageunit"});
        text(CostField::PricingUnit, {"usagepricingunit"});
        text(CostField::RegionId, {"locationregion", "region", "location"});
        text(CostField::AvailabilityZone, {"locationzone"});
        text(CostField::ResourceId, {"resourceglobalname", "resourcename"});
        text(CostField::ResourceName, {"resourcename"});
        for (const char *known :
             {"serviceid", "projecthierarchy", "projectnumber", "locationlocation",
              "locationcountry", "exporttime", "currencyconversionrate",
              "usageamountinpricingunits", "invoicepublishertype", "adjustmentinfo", "systemlabels",
              "projectlabels", "projectancestrynumbers", "tags"}) {
            col({known});
        }
    }

    static int costColumn(const BillHeader &header)
    {
        int rounded = -1;
        for (int i = 0; i < header.size(); ++i) {
            const QByteArray key = columnKey(header.name(i));
            if (key.startsWith("unroundedcost")) {
                return i;
            }
            if (rounded < 0 && (key == "cost" || (key.startsWith("cost") && key.size() <= 7 &&
                                                  header.name(i).contains('(')))) {
                rounded = i;
            }
        }
        return rounded;
    }

    static int roundedCostColumn(const BillHeader &header)
    {
        for (int i = 0; i < header.size(); ++i) {
            const QByteArray key = columnKey(header.name(i));
            if (key == "cost" || (key.startsWith("cost") && header.name(i).contains('('))) {
                return i;
            }
        }
        return -1;
    }

    Status map(RowContext &ctx, CostLine &line) override
    {
        line[CostField::ProviderName] = "Google Cloud";
        line[CostField::InvoiceIssuerName] = "Google";
        for (const auto &[field, column] : m_text) {
            line[field] = ctx.field(column);
        }

        line.billingPeriodStart = m_invoiceStart;
        line.billingPeriodEnd = m_invoiceEnd;
        if (const QByteArrayView month = ctx.field(m_invoiceMonth); !month.isEmpty()) {
            if (!invoicePeriod(month, line.billingPeriodStart, line.billingPeriodEnd)) {
                return ctx.error(m_invoiceMonth,
                                 QCoreApplication::translate(
                                     "Importer", "expected an invoice month such as 202503, "
                                                 "found “%1”")
                                     .arg(QString::fromUtf8(month)));
            }
        }
        if (m_start < 0) {
            // A cost table grouped without dates: the invoice month is the period.
            if (line.billingPeriodStart == 0) {
                return ctx.error(m_invoiceMonth,
                                 QCoreApplication::translate(
                                     "Importer",
                                     "the invoice month is empty; expected a month such as "
                                     "202503"));
            }
            line.chargePeriodStart = line.billingPeriodStart;
            line.chargePeriodEnd = line.billingPeriodEnd;
        } else {
            Result<qint64> start = ctx.timestamp(m_start, "the usage start");
            if (!start) {
                return start.error();
            }
            line.chargePeriodStart = *start;
            Result<qint64> end = ctx.optionalTimestamp(m_end, "the usage end");
            if (!end) {
                return end.error();
            }
            // The cost table's end date is the last day, inclusive.
            line.chargePeriodEnd =
                *end != 0 && !m_bigQuery && *end % 86400 == 0 ? *end + 86400 : *end;
        }

        QByteArrayView currency = m_fixedCurrency;
        if (m_currency >= 0) {
            currency = trimmed(ctx.field(m_currency));
        }
        if (currency.isEmpty()) {
            return ctx.error(
                m_currency,
                QCoreApplication::translate(
                    "Importer", "the currency is empty; expected a currency code such as EUR"));
        }
        line[CostField::BillingCurrency] = currency;

        Result<Money> cost = ctx.money(m_cost, "the cost", true);
        if (!cost) {
            return cost.error();
        }
        Result<std::optional<Money>> quantity = ctx.optionalMoney(m_usageAmount, "the usage", true);
        if (!quantity) {
            return quantity.error();
        }
        line.consumedQuantity = *quantity;
        Result<std::optional<Money>> list = ctx.optionalMoney(m_listCost, "the cost at list", true);
        if (!list) {
            return list.error();
        }
        line.listCost = *list;

        const QByteArrayView service = ctx.field(m_service);
        line[CostField::ServiceName] = service;
        const Category category = categoryOfService(service);
        line[CostField::ServiceCategory] = category.category;
        line[CostField::ServiceSubcategory] = category.subcategory;
        line[CostField::ChargeCategory] = chargeOfCostType(ctx.field(m_costType));
        line[CostField::ChargeFrequency] = "Usage-Based";

        const QByteArrayView consumption = ctx.field(m_consumption);
        const QByteArrayView sku = ctx.field(m_sku);
        line[CostField::PricingCategory] =
            consumption.contains("ommit")                           ? QByteArrayView("Committed")
            : (sku.contains("Spot") || sku.contains("Preemptible")) ? QByteArrayView("Dynamic")
                                                                    : QByteArrayView("Standard");

        Money amount = *cost;
        if (!ctx.field(m_creditType).isEmpty()) {
            // A credit row of the cost table.
            line[CostField::ChargeCategory] = "Credit";
            line[CostField::PricingCategory] = {};
            if (!amount.isNegative()) {
                amount = -amount;
            }
        } else if (const QByteArrayView credits = ctx.field(m_credits); !credits.isEmpty()) {
            const std::optional<Money> sum = sumOfCredits(credits);
            if (!sum) {
                return ctx.error(m_credits,
                                 QCoreApplication::translate(
                                     "Importer", "expected a list of credits with amounts, found "
                                                 "“%1”")
                                     .arg(QString::fromUtf8(
                                         credits.first(std::min<qsizetype>(credits.size(), 60)))));
            }
            line.contractedCost = amount;
            amount += *sum;
        }
        line.billedCost = amount;
        line.effectiveCost = amount;

        const QByteArrayView labels = ctx.field(m_labels);
        if (!labels.isEmpty()) {
            if (labelsToTags(labels, m_tags)) {
                line[CostField::Tags] = m_tags;
            } else {
                ctx.warnOnce(u"gcp-labels"_s, m_labels,
                             QCoreApplication::translate(
                                 "Importer",
                                 "labels is not a list of keys and values (such as “%1”); the "
                                 "text is kept as it is")
                                 .arg(QString::fromUtf8(
                                     labels.first(std::min<qsizetype>(labels.size(), 60)))));
                m_tags.clear();
                m_tags.append("{\"_raw\":");
                appendJsonString(m_tags, labels);
                m_tags.append('}');
                line[CostField::Tags] = m_tags;
            }
        }
        return {};
    }

private:
    int col(std::initializer_list<const char *> keys)
    {
        for (const char *key : keys) {
            const int column =
                m_columns.value(QByteArray::fromRawData(key, qsizetype(strlen(key))), -1);
            if (column >= 0) {
                m_header.use(column);
                return column;
            }
        }
        return -1;
    }

    BillHeader &m_header;
    bool m_bigQuery = false;
    QByteArray m_fixedCurrency;
    qint64 m_invoiceStart = 0;
    qint64 m_invoiceEnd = 0;
    QHash<QByteArray, int> m_columns;
    std::vector<std::pair<CostField, int>> m_text;
    QByteArray m_tags;
    int m_cost = -1;
    int m_start = -1;
    int m_end = -1;
    int m_currency = -1;
    int m_service = -1;
    int m_creditType = -1;
    int m_costType = -1;
    int m_credits = -1;
    int m_invoiceMonth = -1;
    int m_usageAmount = -1;
    int m_usageUnit = -1;
    int m_labels = -1;
    int m_consumption = -1;
    int m_sku = -1;
    int m_listCost = -1;
};

bool containsIgnoreCase(QByteArrayView text, QByteArrayView word)
{
    if (word.size() > text.size()) {
        return false;
    }
    for (qsizetype i = 0; i + word.size() <= text.size(); ++i) {
        if (equalsIgnoreCase(text.sliced(i, word.size()), word)) {
            return true;
        }
    }
    return false;
}

} // namespace

QString GcpBillingImporter::displayName() const
{
    return QCoreApplication::translate("Importer", "Google Cloud billing (cost table, BigQuery)");
}

int GcpBillingImporter::sniff(QByteArrayView head, const QString &) const
{
    // The header may follow a preamble: look at each of the first lines.
    qsizetype at = 0;
    for (int lineNumber = 0; lineNumber < 50 && at < head.size(); ++lineNumber) {
        qsizetype newline = head.indexOf('\n', at);
        if (newline < 0) {
            newline = head.size();
        }
        const QByteArrayView line = head.sliced(at, newline - at);
        at = newline + 1;
        const bool console = containsIgnoreCase(line, "Service description") &&
                             containsIgnoreCase(line, "SKU description") &&
                             containsIgnoreCase(line, "Cost");
        const bool bigQuery = line.contains("billing_account_id") &&
                              line.contains("usage_start_time") && line.contains("cost");
        if (console || bigQuery) {
            return 96; // no inventory has SKUs and costs
        }
    }
    return 0;
}

bool GcpBillingImporter::isHeader(const CsvRecord &record) const
{
    // The first row naming the service and its cost or SKU (the preamble's rows are pairs).
    bool service = false;
    bool cost = false;
    for (int i = 0; i < record.size(); ++i) {
        const QByteArray key = columnKey(record.rawField(i));
        service = service || key == "servicedescription";
        cost = cost || key.startsWith("cost") || key.startsWith("unroundedcost") ||
               key == "skudescription";
    }
    return service && cost;
}

Result<std::unique_ptr<RowMapper>> GcpBillingImporter::mapper(BillHeader &header,
                                                              const ImportContext &) const
{
    QStringList missing;
    bool bigQuery = false;
    for (int i = 0; i < header.size(); ++i) {
        bigQuery = bigQuery || header.name(i).contains('.') || header.name(i).contains('_');
    }
    const auto has = [&header](const char *key) {
        for (int i = 0; i < header.size(); ++i) {
            if (columnKey(header.name(i)) == key) {
                return true;
            }
        }
        return false;
    };
    // Currency and invoice month from the preamble, else from the cost header's suffix.
    QByteArray currency;
    qint64 invoiceStart = 0;
    qint64 invoiceEnd = 0;
    for (const QList<QByteArray> &line : header.preamble()) {
        if (line.size() < 2) {
            continue;
        }
        if (equalsIgnoreCase(line[0], "Currency")) {
            currency = line[1].toUpper();
        } else if (equalsIgnoreCase(line[0], "Invoice month")) {
            invoicePeriod(line[1], invoiceStart, invoiceEnd);
        }
    }
    // Dates: the usage start, or an invoice month (a column, or the preamble's line).
    if (!has("usagestartdate") && !has("usagestarttime") && !has("invoicemonth") &&
        invoiceStart == 0) {
        missing << (bigQuery ? u"usage_start_time"_s : u"Usage start date"_s);
    }
    const int cost = GcpMapper::costColumn(header);
    if (cost < 0) {
        missing << (bigQuery ? u"cost"_s : u"Cost"_s);
    }
    if (currency.isEmpty() && cost >= 0) {
        currency = currencyOfSuffix(header.name(cost));
    }
    if (!has("currency") && currency.isEmpty() && cost >= 0) {
        missing << u"Currency"_s;
    }
    if (!missing.isEmpty()) {
        return Error(
            QCoreApplication::translate(
                "Importer", "not a Google Cloud billing file: the header lacks the column(s) %1")
                .arg(missing.join(u", "_s)));
    }
    return std::unique_ptr<RowMapper>(std::make_unique<GcpMapper>(
        header, bigQuery, std::move(currency), invoiceStart, invoiceEnd));
}

} // namespace boussole
