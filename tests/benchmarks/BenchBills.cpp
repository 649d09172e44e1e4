// Bill import benchmark.
//   bench_bills generate focus|cur ROWS FILE   writes a realistic bill of ROWS lines
//   bench_bills import FILE WORKDIR            imports it into a fresh project through the real
//                                              ImportService, then loads the Costs page's
//                                              aggregates (CostData) and groups them
// The import prints: rows, seconds, peak RSS (KiB) of the process, and the aggregation time.
// run-bills-bench.sh compares with sqlite3's .import of the same file.
#include "models/costs/CostData.h"
#include "models/importers/ImportService.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace boussole;

namespace {

long peakRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A deterministic pseudo-random sequence (no global state, same file on every machine).
struct Sequence {
    quint64 state;
    quint64 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 33;
    }
    // An amount with 10 decimals between 0 and `max` (whole units).
    QByteArray amount(int max)
    {
        const quint64 units = next() % (quint64(max) * 10000000000ULL);
        QByteArray text = QByteArray::number(units / 10000000000ULL) + '.';
        QByteArray frac = QByteArray::number(units % 10000000000ULL);
        text += QByteArray(10 - frac.size(), '0') + frac;
        return text;
    }
};

struct Service {
    const char *name;
    const char *category;
    const char *subcategory;
    const char *unit;
    const char *code;
};
constexpr Service kServices[] = {
    {"Amazon Elastic Compute Cloud", "Compute", "Virtual Machines", "Hours", "AmazonEC2"},
    {"Amazon Simple Storage Service", "Storage", "Object Storage", "GB-Mo", "AmazonS3"},
    {"Amazon Relational Database Service", "Databases", "Relational Databases", "Hours",
     "AmazonRDS"},
    {"AWS Data Transfer", "Networking", "Network Connectivity", "GB", "AWSDataTransfer"},
    {"Amazon Elastic Block Store", "Storage", "Block Storage", "GB-Mo", "AmazonEC2"},
    {"Amazon Elastic Kubernetes Service", "Compute", "Containers", "Hours", "AmazonEKS"},
};
constexpr const char *kTypes[] = {"m7i.large",  "m7i.xlarge", "r7i.2xlarge",
                                  "c7i.xlarge", "t3.medium",  "m7g.large"};
constexpr const char *kEnvs[] = {"prod", "preprod", "dev", "test"};

QByteArray day(qint64 index)
{
    // 2025-01-01 + index days, as YYYY-MM-DD
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year = 2025;
    int month = 0;
    qint64 d = index % 730;
    for (;;) {
        const int len = kDays[month] + ((month == 1 && year % 4 == 0) ? 1 : 0);
        if (d < len) {
            break;
        }
        d -= len;
        if (++month == 12) {
            month = 0;
            ++year;
        }
    }
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month + 1, int(d) + 1);
    return QByteArray(buffer);
}

bool generateFocus(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QByteArray block =
        "AvailabilityZone,BilledCost,BillingAccountId,BillingAccountName,BillingAccountType,"
        "BillingCurrency,BillingPeriodEnd,BillingPeriodStart,CapacityReservationId,"
        "CapacityReservationStatus,ChargeCategory,ChargeClass,ChargeDescription,ChargeFrequency,"
        "ChargePeriodEnd,ChargePeriodStart,CommitmentDiscountCategory,CommitmentDiscountId,"
        "CommitmentDiscountName,CommitmentDiscountQuantity,CommitmentDiscountStatus,"
        "CommitmentDiscountType,CommitmentDiscountUnit,ConsumedQuantity,ConsumedUnit,"
        "ContractedCost,ContractedUnitPrice,EffectiveCost,InvoiceId,InvoiceIssuerName,ListCost,"
        "ListUnitPrice,PricingCategory,PricingCurrency,PricingCurrencyContractedUnitPrice,"
        "PricingCurrencyEffectiveCost,PricingCurrencyListUnitPrice,PricingQuantity,PricingUnit,"
        "ProviderName,PublisherName,RegionId,RegionName,ResourceId,ResourceName,ResourceType,"
        "ServiceCategory,ServiceName,ServiceSubcategory,SkuId,SkuMeter,SkuPriceDetails,SkuPriceId,"
        "SubAccountId,SubAccountName,SubAccountType,Tags\n";
    Sequence random{42};
    const qint64 resources = std::max<qint64>(1, rows / 50); // ~50 daily lines each
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 resource = i % resources;
        const qint64 dayIndex = i / resources;
        const Service &service = kServices[resource % 6];
        const char *type = kTypes[resource % 6];
        const QByteArray date = day(dayIndex);
        const QByteArray next = day(dayIndex + 1);
        const QByteArray month = date.left(7);
        const QByteArray account = QByteArray::number(210000000000 + resource % 40);
        const QByteArray billed = random.amount(40);
        const bool vm = resource % 6 == 0;
        const QByteArray rid = vm ? "arn:aws:ec2:eu-west-3:" + account + ":instance/i-0" +
                                        QByteArray::number(resource, 16).rightJustified(16, '0')
                                  : "res-" + QByteArray::number(resource);
        block +=
            "eu-west-3a," + billed + ",210987654321,Mutuelle Atlantique,Billing Account,USD," +
            month + "-01T00:00:00Z," + month + "-01T00:00:00Z,,,Usage,,USD per " + type +
            " unit,Usage-Based," + next + "T00:00:00Z," + date + "T00:00:00Z,,,,,,,,24,Hours," +
            billed + ",0.1," + billed + ",EUINFR25-" + month + ",Amazon Web Services EMEA SARL," +
            billed + ",0.1,Standard,USD,0.1," + billed + ",0.1,24," + service.unit +
            ",AWS,Amazon Web Services,eu-west-3,Europe "
            "(Paris)," +
            rid + ",res-" + QByteArray::number(resource) + ",Instance," + service.category + ',' +
            service.name + ',' + service.subcategory + ",SKU" + QByteArray::number(resource % 300) +
            ",BoxUsage,\"{\"\"InstanceType\"\": \"\"" + type + "\"\"}\",SKU" +
            QByteArray::number(resource % 300) + ".PRICE," + account + ",account-" +
            QByteArray::number(resource % 40) +
            ",Linked Account,\"{\"\"user:environment\"\": \"\"" + kEnvs[resource % 4] + "\"\"}\"\n";
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
    return true;
}

bool generateCur(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    QByteArray block =
        "identity/LineItemId,identity/TimeInterval,bill/InvoiceId,bill/BillingEntity,"
        "bill/BillType,bill/PayerAccountId,bill/BillingPeriodStartDate,bill/BillingPeriodEndDate,"
        "lineItem/UsageAccountId,lineItem/LineItemType,lineItem/UsageStartDate,"
        "lineItem/UsageEndDate,lineItem/ProductCode,lineItem/UsageType,lineItem/Operation,"
        "lineItem/AvailabilityZone,lineItem/ResourceId,lineItem/UsageAmount,"
        "lineItem/CurrencyCode,lineItem/UnblendedRate,lineItem/UnblendedCost,"
        "lineItem/BlendedRate,lineItem/BlendedCost,lineItem/LineItemDescription,"
        "product/ProductName,product/instanceType,product/region,product/location,"
        "product/productFamily,pricing/term,pricing/unit,pricing/publicOnDemandCost,"
        "resourceTags/user:Environment\n";
    Sequence random{7};
    const qint64 resources = std::max<qint64>(1, rows / 50);
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 resource = i % resources;
        const qint64 dayIndex = i / resources;
        const Service &service = kServices[resource % 6];
        const char *type = kTypes[resource % 6];
        const QByteArray date = day(dayIndex);
        const QByteArray next = day(dayIndex + 1);
        const QByteArray month = date.left(7);
        const QByteArray account = QByteArray::number(210000000000 + resource % 40);
        const QByteArray cost = random.amount(40);
        const QByteArray rid = "i-0" + QByteArray::number(resource, 16).rightJustified(16, '0');
        block += "li" + QByteArray::number(i) + ',' + date + "T00:00:00Z/" + next +
                 "T00:00:00Z,,AWS,Anniversary,210987654321," + month + "-01T00:00:00Z," + month +
                 "-01T00:00:00Z," + account + ",Usage," + date + "T00:00:00Z," + next +
                 "T00:00:00Z," + service.code + ",EUW3-BoxUsage:" + type +
                 ",RunInstances,eu-west-3a," + rid + ",24,USD,0.1," + cost + ",0.1," + cost +
                 ",USD per " + type + " hour," + service.name + ',' + type +
                 ",eu-west-3,EU (Paris),Compute Instance,OnDemand,Hrs," + cost + ',' +
                 kEnvs[resource % 4] + '\n';
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == u"generate"_s) {
        const qint64 rows = args[3].toLongLong();
        const bool ok =
            args[2] == u"cur"_s ? generateCur(args[4], rows) : generateFocus(args[4], rows);
        return ok ? 0 : 1;
    }
    if (args.size() != 4 || args[1] != u"import"_s) {
        std::fprintf(stderr, "usage: bench_bills generate focus|cur ROWS FILE\n"
                             "       bench_bills import FILE WORKDIR\n");
        return 2;
    }
    QDir().mkpath(args[3]);
    const QString projectPath = args[3] + u"/bench-bills.boussole"_s;
    QFile::remove(projectPath);
    Result<std::unique_ptr<Project>> project = Project::create(projectPath, u"bench"_s);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Result<ImportSummary> summary = importFile(*project.value(), args[2]);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().toString()));
        return 1;
    }
    const long importRss = peakRssKib();

    // The Costs page on open: load the roll-up, group by service, monthly trend.
    timer.restart();
    Result<CostData> data = CostData::load(*project.value());
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error().toString()));
        return 1;
    }
    const auto services = data->aggregate(CostDimension::Service);
    const auto trend = data->monthly(CostDimension::ServiceCategory, data->currencies().value(0));
    const auto resources = data->aggregate(CostDimension::Resource);
    const double aggregateMs = double(timer.nsecsElapsed()) / 1e6;
    const long fileBytes = long(QFile(args[2]).size());
    std::printf("format=%s rows=%lld bytes=%ld seconds=%.3f rows_per_s=%.0f peak_rss_kib=%ld "
                "aggregate_ms=%.1f services=%zu months=%lld resources=%zu rollup_lines=%lld "
                "total=%s\n",
                qPrintable(summary->format), static_cast<long long>(summary->rowCount), fileBytes,
                seconds, double(summary->rowCount) / seconds, importRss, aggregateMs,
                services.size(), static_cast<long long>(trend.months.size()), resources.size(),
                static_cast<long long>(data->lineCount()),
                qPrintable(data->total().begin()->second.toString()));
    return 0;
}
