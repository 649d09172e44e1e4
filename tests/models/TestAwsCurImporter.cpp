// AWS Cost and Usage Report importer: legacy CUR and CUR 2.0 fixtures (tests/data/bills/aws-cur,
// written by make_fixtures.py there), their .zip and .csv.gz deliveries through ImportService,
// the line-item-type mapping, and malformed variants. The expected totals were computed by
// tests/data/bills/aws-cur/expected.py from the CSV files alone.

#include "models/importers/ImportService.h"
#include "models/importers/bills/AwsCurImporter.h"
#include "models/importers/bills/BillText.h"
#include "models/importers/bills/CollectingCostSink.h"
#include "models/storage/ProjectFile.h"
#include "models/storage/Sqlite.h"
#include "tests/models/BillTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace boussole;
using namespace boussole::bills;
using namespace Qt::StringLiterals;
using testing::at;
using testing::lineAt;
using testing::money;
using testing::monthOfLine;
using testing::why;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/aws-cur/") + name;
}

using Read = testing::BillRead;

std::unique_ptr<Read> readFixture(const QString &name, bool skipBadRows = false)
{
    return testing::readBill(AwsCurImporter(), fixture(name), skipBadRows);
}

std::map<std::pair<QString, QString>, testing::BillTotals>
totalsByServiceAndMonth(const CollectingCostSink &sink)
{
    return testing::totalsBy(sink, [](const OwnedCostLine &owned) {
        return std::pair(owned.field(CostField::ServiceName), monthOfLine(owned.line));
    });
}

struct Expected {
    const char *service;
    const char *month;
    const char *billed;
    const char *effective;
    int lines;
};

void addTotalsRows(const char *file, std::initializer_list<Expected> rows)
{
    for (const Expected &row : rows) {
        QTest::addRow("%s %s %s", file, row.service, row.month)
            << QString::fromLatin1(file) << QString::fromLatin1(row.service)
            << QString::fromLatin1(row.month) << money(row.billed) << money(row.effective)
            << row.lines;
    }
}

} // namespace

class TestAwsCurImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void grandTotals_data();
    void grandTotals();
    void legacyLineMapping();
    void commitments();
    void cur2Maps();
    void timeIntervalAndUnknownTypes();
    void mapTextsWithCommas();
    void sniffAndSelect();
    void malformed_data();
    void malformed();
    void skipBadRows();
    void deliveriesThroughImportService_data();
    void deliveriesThroughImportService();
};

void TestAwsCurImporter::totals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("month");
    QTest::addColumn<Money>("billed");
    QTest::addColumn<Money>("effective");
    QTest::addColumn<int>("lines");
    addTotalsRows(
        "cur-legacy-2025q1.csv",
        {
            {"Amazon Elastic Compute Cloud", "2025-01", "383.618702", "619.987502", 9},
            {"Amazon Elastic Compute Cloud", "2025-02", "340.30518889", "553.79958889", 10},
            {"Amazon Elastic Compute Cloud", "2025-03", "1620.224143211", "622.592943211", 11},
            {"Amazon Elastic Kubernetes Service", "2025-01", "74.4", "74.4", 1},
            {"Amazon Elastic Kubernetes Service", "2025-02", "67.2", "67.2", 1},
            {"Amazon Elastic Kubernetes Service", "2025-03", "74.4", "74.4", 1},
            {"Amazon Relational Database Service", "2025-01", "203.856", "203.856", 1},
            {"Amazon Relational Database Service", "2025-02", "184.128", "184.128", 1},
            {"Amazon Relational Database Service", "2025-03", "200.356", "200.356", 2},
            {"Amazon Simple Storage Service", "2025-01", "12.29400504", "12.29400504", 2},
            {"Amazon Simple Storage Service", "2025-02", "2.29400504", "2.29400504", 3},
            {"Amazon Simple Storage Service", "2025-03", "12.29400504", "12.29400504", 2},
            {"Savings Plans for AWS Compute usage", "2025-01", "223.2", "9.672", 1},
            {"Savings Plans for AWS Compute usage", "2025-02", "201.6", "8.736", 1},
            {"Savings Plans for AWS Compute usage", "2025-03", "223.2", "9.672", 1},
        });
    addTotalsRows("cur2-2025-04-05.csv",
                  {
                      {"AWS Lambda", "2025-04", "4.166683333366", "4.166683333366", 2},
                      {"AWS Lambda", "2025-05", "4.166683333366", "4.166683333366", 2},
                      {"Amazon CloudFront", "2025-04", "8.9675", "8.9675", 2},
                      {"Amazon CloudFront", "2025-05", "8.9675", "8.9675", 2},
                      {"Amazon Elastic Compute Cloud", "2025-04", "22.612", "36.388", 7},
                      {"Amazon Elastic Compute Cloud", "2025-05", "22.612", "36.388", 7},
                      {"Savings Plans for AWS Compute usage", "2025-04", "14.4", "0.624", 2},
                      {"Savings Plans for AWS Compute usage", "2025-05", "14.4", "0.624", 2},
                  });
}

void TestAwsCurImporter::totals()
{
    QFETCH(QString, file);
    QFETCH(QString, service);
    QFETCH(QString, month);
    QFETCH(Money, billed);
    QFETCH(Money, effective);
    QFETCH(int, lines);
    const std::unique_ptr<Read> read = readFixture(file);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const auto totals = totalsByServiceAndMonth(read->sink);
    const auto it = totals.find({service, month});
    QVERIFY(it != totals.end());
    QCOMPARE(it->second.billed, billed);
    QCOMPARE(it->second.effective, effective);
    QCOMPARE(it->second.lines, lines);
}

void TestAwsCurImporter::grandTotals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("groups");
    QTest::addColumn<Money>("billed");
    QTest::addColumn<Money>("effective");
    QTest::newRow("legacy") << u"cur-legacy-2025q1.csv"_s << 47 << 15 << money("3823.370049221")
                            << money("2655.682049221");
    QTest::newRow("cur2") << u"cur2-2025-04-05.csv"_s << 26 << 8 << money("100.292366666732")
                          << money("100.292366666732");
}

void TestAwsCurImporter::grandTotals()
{
    QFETCH(QString, file);
    QFETCH(int, lines);
    QFETCH(int, groups);
    QFETCH(Money, billed);
    QFETCH(Money, effective);
    const std::unique_ptr<Read> read = readFixture(file);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    QCOMPARE(int(read->sink.lines().size()), lines);
    QCOMPARE(read->outcome.value().rowsRead, qint64(lines));
    QCOMPARE(int(totalsByServiceAndMonth(read->sink).size()), groups);
    Money b;
    Money e;
    for (const OwnedCostLine &owned : read->sink.lines()) {
        b += owned.line.billedCost;
        e += owned.line.effectiveCost;
        QCOMPARE(owned.field(CostField::ProviderName), u"AWS"_s);
        QCOMPARE(owned.field(CostField::BillingCurrency), u"USD"_s);
    }
    QCOMPARE(b, billed);
    QCOMPARE(e, effective);
}

void TestAwsCurImporter::legacyLineMapping()
{
    const std::unique_ptr<Read> read = readFixture(u"cur-legacy-2025q1.csv"_s);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const CollectingCostSink &sink = read->sink;

    // Line 2: on-demand EC2 instance.
    const OwnedCostLine *usage = lineAt(sink, 2);
    QVERIFY(usage);
    QCOMPARE(usage->field(CostField::ChargeCategory), u"Usage"_s);
    QCOMPARE(usage->field(CostField::ChargeFrequency), u"Usage-Based"_s);
    QCOMPARE(usage->field(CostField::PricingCategory), u"Standard"_s);
    QCOMPARE(usage->field(CostField::ServiceName), u"Amazon Elastic Compute Cloud"_s);
    QCOMPARE(usage->field(CostField::ServiceCategory), u"Compute"_s);
    QCOMPARE(usage->field(CostField::ServiceSubcategory), u"Virtual Machines"_s);
    QCOMPARE(usage->field(CostField::RegionId), u"eu-west-3"_s);
    QCOMPARE(usage->field(CostField::RegionName), u"EU (Paris)"_s);
    QCOMPARE(usage->field(CostField::AvailabilityZone), u"eu-west-3a"_s);
    QCOMPARE(usage->field(CostField::ResourceId), u"i-0a1b2c3d4e5f60001"_s);
    QCOMPARE(usage->field(CostField::InstanceType), u"m6i.xlarge"_s);
    QCOMPARE(usage->field(CostField::BillingAccountId), u"111122223333"_s);
    QCOMPARE(usage->field(CostField::SubAccountId), u"444455556666"_s);
    QCOMPARE(usage->field(CostField::InvoiceId), u"EUINFR25-202501"_s);
    QCOMPARE(usage->field(CostField::InvoiceIssuerName), u"AWS"_s);
    QCOMPARE(usage->field(CostField::PricingUnit), u"Hrs"_s);
    QCOMPARE(usage->field(CostField::SkuId), u"ZQ6C9Q4V8B5YAYKE"_s);
    QCOMPARE(usage->field(CostField::Tags),
             u"{\"Environment\":\"prod\",\"Application\":\"web\",\"aws:createdBy\":"
             "\"AssumedRole:AROAEXAMPLE:terraform\"}"_s);
    QCOMPARE(usage->line.billedCost, money("159.216"));
    QCOMPARE(usage->line.effectiveCost, money("159.216"));
    QCOMPARE(usage->line.listCost, std::optional<Money>(money("159.216")));
    QCOMPARE(usage->line.consumedQuantity, std::optional<Money>(money("744")));
    QCOMPARE(usage->line.usageHours, 744.0);
    QCOMPARE(usage->line.chargePeriodStart, at("2025-01-01T00:00:00Z"));
    QCOMPARE(usage->line.chargePeriodEnd, at("2025-02-01T00:00:00Z"));
    QCOMPARE(usage->line.billingPeriodStart, at("2025-01-01T00:00:00Z"));
    QCOMPARE(usage->line.billingPeriodEnd, at("2025-02-01T00:00:00Z"));
    QVERIFY(!usage->line.commitment);
    // Product attributes Boussole does not store are kept as extras.
    QVERIFY2(usage->extras.contains("\"product/vcpu\":\"4\""), usage->extras.constData());

    // Line 5: EBS volume (EC2's bill, storage); line 6: data transfer; line 7: NAT gateway.
    const OwnedCostLine *volume = lineAt(sink, 5);
    QVERIFY(volume);
    QCOMPARE(volume->field(CostField::ServiceCategory), u"Storage"_s);
    QCOMPARE(volume->field(CostField::ServiceSubcategory), u"Block Storage"_s);
    QCOMPARE(volume->line.usageHours, 0.0);
    const OwnedCostLine *transfer = lineAt(sink, 6);
    QVERIFY(transfer);
    QCOMPARE(transfer->field(CostField::ServiceCategory), u"Networking"_s);
    QCOMPARE(transfer->line.billedCost, money("111.111102"));
    QCOMPARE(transfer->line.usageHours, 0.0);
    QCOMPARE(transfer->field(CostField::Tags), QString());
    const OwnedCostLine *nat = lineAt(sink, 7);
    QVERIFY(nat);
    QCOMPARE(nat->field(CostField::ServiceCategory), u"Networking"_s);
    QCOMPARE(nat->line.usageHours, 0.0); // hours, but not an instance's

    // Line 9: S3 requests in exponent notation.
    const OwnedCostLine *requests = lineAt(sink, 9);
    QVERIFY(requests);
    QCOMPARE(requests->line.billedCost, money("0.00000504"));
    QCOMPARE(requests->field(CostField::ServiceCategory), u"Storage"_s);

    // Line 10 RDS (hours, but not an EC2 instance), line 11 EKS.
    QCOMPARE(lineAt(sink, 10)->field(CostField::ServiceCategory), u"Databases"_s);
    QCOMPARE(lineAt(sink, 10)->line.usageHours, 0.0);
    QCOMPARE(lineAt(sink, 11)->field(CostField::ServiceCategory), u"Compute"_s);
    QCOMPARE(lineAt(sink, 11)->field(CostField::ServiceSubcategory), u"Containers"_s);

    // Line 15: tax, with a quoted description.
    const OwnedCostLine *tax = lineAt(sink, 15);
    QVERIFY(tax);
    QCOMPARE(tax->field(CostField::ChargeCategory), u"Tax"_s);
    QCOMPARE(tax->field(CostField::ChargeDescription), u"Tax for product code \"AmazonEC2\""_s);
    QCOMPARE(tax->line.effectiveCost, money("43.21"));

    // February: credit (line 30) and spot usage (line 31).
    const OwnedCostLine *credit = lineAt(sink, 30);
    QVERIFY(credit);
    QCOMPARE(credit->field(CostField::ChargeCategory), u"Credit"_s);
    QCOMPARE(credit->field(CostField::ChargeDescription),
             u"AWS Promotional credit, migration programme"_s);
    QCOMPARE(credit->line.billedCost, money("-10"));
    QCOMPARE(credit->line.effectiveCost, money("-10"));
    const OwnedCostLine *spot = lineAt(sink, 31);
    QVERIFY(spot);
    QCOMPARE(spot->field(CostField::PricingCategory), u"Dynamic"_s);
    QCOMPARE(spot->line.usageHours, 100.5);

    // March: EDP discount (line 46), refund (47).
    const OwnedCostLine *edp = lineAt(sink, 46);
    QVERIFY(edp);
    QCOMPARE(edp->field(CostField::ChargeCategory), u"Credit"_s);
    QCOMPARE(edp->line.billedCost, money("-25.123456789"));
    const OwnedCostLine *refund = lineAt(sink, 47);
    QVERIFY(refund);
    QCOMPARE(refund->field(CostField::ChargeCategory), u"Adjustment"_s);
    QCOMPARE(refund->field(CostField::ChargeClass), u"Correction"_s);

    // No surprise warnings beyond the extras note.
    const std::vector<ImportWarning> &warnings = read->outcome.value().warnings;
    QCOMPARE(int(warnings.size()), 1);
    QVERIFY2(warnings.front().message.contains(u"product/vcpu"_s),
             qPrintable(warnings.front().message));
    QVERIFY(!warnings.front().message.contains(u"lineItem/BlendedCost"_s));
}

void TestAwsCurImporter::commitments()
{
    const std::unique_ptr<Read> read = readFixture(u"cur-legacy-2025q1.csv"_s);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const CollectingCostSink &sink = read->sink;
    const QString ri1 = u"arn:aws:ec2:eu-west-3:111122223333:reserved-instances/"
                        "4b2a7c1e-90d1-4c57-a0f4-2f1d6f0e9a11"_s;

    // Line 3: reserved instance usage: billed 0, effective = reservation/EffectiveCost.
    const OwnedCostLine *covered = lineAt(sink, 3);
    QVERIFY(covered);
    QCOMPARE(covered->field(CostField::ChargeCategory), u"Usage"_s);
    QCOMPARE(covered->field(CostField::PricingCategory), u"Committed"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountId), ri1);
    QCOMPARE(covered->field(CostField::CommitmentDiscountName),
             u"4b2a7c1e-90d1-4c57-a0f4-2f1d6f0e9a11"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountType), u"Reserved Instance"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountCategory), u"Usage"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountStatus), u"Used"_s);
    QCOMPARE(covered->line.billedCost, Money());
    QCOMPARE(covered->line.effectiveCost, money("46.2024"));
    QCOMPARE(covered->line.usageHours, 744.0);
    QVERIFY(covered->line.commitment);
    QCOMPARE(covered->line.commitment->start, at("2024-11-15T08:00:00Z"));
    QCOMPARE(covered->line.commitment->end, at("2025-11-15T07:59:59Z"));
    QCOMPARE(covered->line.commitment->termMonths, 12);

    // Line 4: the RI's January fee, fully used: effective 0, no status. February (line 18):
    // 72 unused hours.
    const OwnedCostLine *fee = lineAt(sink, 4);
    QVERIFY(fee);
    QCOMPARE(fee->field(CostField::ChargeCategory), u"Purchase"_s);
    QCOMPARE(fee->field(CostField::ChargeFrequency), u"Recurring"_s);
    QCOMPARE(fee->line.billedCost, money("23.3616"));
    QCOMPARE(fee->line.effectiveCost, Money());
    QCOMPARE(fee->field(CostField::CommitmentDiscountStatus), QString());
    const OwnedCostLine *febFee = lineAt(sink, 18);
    QVERIFY(febFee);
    QCOMPARE(febFee->field(CostField::ChargeCategory), u"Purchase"_s);
    QCOMPARE(febFee->line.effectiveCost, money("4.4712")); // 72 × (0.0307 + 0.0314)
    QCOMPARE(febFee->field(CostField::CommitmentDiscountStatus), u"Unused"_s);

    // Lines 12–14: savings plan covered usage, negation, recurring fee.
    const QString sp = u"arn:aws:savingsplans::111122223333:savingsplan/"
                       "3f1e9a6b-7c2d-4e8f-b1a0-9d8c7b6a5f4e"_s;
    const OwnedCostLine *spUsage = lineAt(sink, 12);
    QVERIFY(spUsage);
    QCOMPARE(spUsage->field(CostField::CommitmentDiscountId), sp);
    QCOMPARE(spUsage->field(CostField::CommitmentDiscountType), u"Savings Plan"_s);
    QCOMPARE(spUsage->field(CostField::CommitmentDiscountCategory), u"Spend"_s);
    QCOMPARE(spUsage->field(CostField::Tags), u"{\"Environment\":\"staging\"}"_s);
    QCOMPARE(spUsage->line.billedCost, money("288.672"));
    QCOMPARE(spUsage->line.effectiveCost, money("213.528"));
    QCOMPARE(spUsage->line.usageHours, 744.0);
    QCOMPARE(spUsage->line.commitment->termMonths, 36);
    QCOMPARE(spUsage->line.commitment->end, at("2027-05-31T23:59:59Z"));
    const OwnedCostLine *negation = lineAt(sink, 13);
    QVERIFY(negation);
    QCOMPARE(negation->field(CostField::ChargeCategory), u"Usage"_s);
    QCOMPARE(negation->line.billedCost, money("-288.672"));
    QCOMPARE(negation->line.effectiveCost, Money());
    QCOMPARE(negation->line.usageHours, 0.0);
    const OwnedCostLine *commitment = lineAt(sink, 14);
    QVERIFY(commitment);
    QCOMPARE(commitment->field(CostField::ChargeCategory), u"Purchase"_s);
    QCOMPARE(commitment->line.billedCost, money("223.2"));
    QCOMPARE(commitment->line.effectiveCost, money("9.672"));
    QCOMPARE(commitment->field(CostField::CommitmentDiscountStatus), u"Unused"_s);
    QCOMPARE(commitment->field(CostField::ServiceCategory), u"Other"_s);

    // Line 48: upfront fee of a new reservation: billed, amortised away, expiry from its term.
    const OwnedCostLine *upfront = lineAt(sink, 48);
    QVERIFY(upfront);
    QCOMPARE(upfront->field(CostField::ChargeCategory), u"Purchase"_s);
    QCOMPARE(upfront->field(CostField::ChargeFrequency), u"One-Time"_s);
    QCOMPARE(upfront->line.billedCost, money("1234"));
    QCOMPARE(upfront->line.effectiveCost, Money());
    QVERIFY(upfront->line.commitment);
    QCOMPARE(upfront->line.commitment->start, at("2025-03-10T12:00:00Z"));
    QCOMPARE(upfront->line.commitment->end, at("2026-03-10T12:00:00Z"));
    QCOMPARE(upfront->line.commitment->termMonths, 12);
}

void TestAwsCurImporter::cur2Maps()
{
    const std::unique_ptr<Read> read = readFixture(u"cur2-2025-04-05.csv"_s);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const CollectingCostSink &sink = read->sink;

    // Line 2: maps as JSON text; line 8: the same as Athena {k=v} text.
    for (const qint64 row : {2, 8}) {
        const OwnedCostLine *usage = lineAt(sink, row);
        QVERIFY(usage);
        QCOMPARE(usage->field(CostField::ServiceName), u"Amazon Elastic Compute Cloud"_s);
        QCOMPARE(usage->field(CostField::ServiceCategory), u"Compute"_s);
        QCOMPARE(usage->field(CostField::RegionId), u"eu-west-3"_s);
        QCOMPARE(usage->field(CostField::InstanceType), u"m6i.xlarge"_s);
        QCOMPARE(usage->field(CostField::BillingAccountName), u"Acme Payer"_s);
        QCOMPARE(usage->field(CostField::SubAccountName), u"acme-prod"_s);
        QCOMPARE(usage->field(CostField::Tags),
                 u"{\"environment\":\"prod\",\"application\":\"web\"}"_s);
        QCOMPARE(usage->line.usageHours, 24.0);
        QCOMPARE(usage->line.billedCost, money("5.136"));
        QCOMPARE(usage->line.chargePeriodStart,
                 at(row == 2 ? "2025-04-01T00:00:00Z" : "2025-04-02T00:00:00Z"));
        QCOMPARE(usage->line.chargePeriodEnd - usage->line.chargePeriodStart, qint64(86400));
        QVERIFY2(usage->extras.contains("cost_category"), usage->extras.constData());
    }
    // Lambda: serverless, its aws_ tag kept, region from product_region_code.
    const OwnedCostLine *lambda = lineAt(sink, 6);
    QVERIFY(lambda);
    QCOMPARE(lambda->field(CostField::ServiceCategory), u"Compute"_s);
    QCOMPARE(lambda->field(CostField::ServiceSubcategory), u"Serverless Compute"_s);
    QCOMPARE(lambda->field(CostField::Tags),
             u"{\"environment\":\"prod\",\"aws_createdBy\":\"Root:444455556666\"}"_s);
    QCOMPARE(lambda->line.billedCost, money("2.08334166668335"));
    QCOMPARE(lambda->line.usageHours, 0.0);
    // CloudFront: no region; "{}" and empty maps give no tags.
    const OwnedCostLine *cdn = lineAt(sink, 7);
    QVERIFY(cdn);
    QCOMPARE(cdn->field(CostField::ServiceCategory), u"Networking"_s);
    QCOMPARE(cdn->field(CostField::RegionId), QString());
    QCOMPARE(cdn->field(CostField::Tags), QString());
    QCOMPARE(lineAt(sink, 5)->field(CostField::Tags), QString());
    // Savings plan lines as in the legacy report.
    const OwnedCostLine *covered = lineAt(sink, 3);
    QVERIFY(covered);
    QCOMPARE(covered->field(CostField::CommitmentDiscountType), u"Savings Plan"_s);
    QCOMPARE(covered->line.effectiveCost, money("6.888"));
    QCOMPARE(covered->line.commitment->termMonths, 36);
    QCOMPARE(covered->line.commitment->start, at("2024-06-01T00:00:00Z"));
    QCOMPARE(lineAt(sink, 5)->line.effectiveCost, money("0.312"));
}

void TestAwsCurImporter::timeIntervalAndUnknownTypes()
{
    // A trimmed report: no usage dates (the interval gives the period), no amortisation columns,
    // a line item type Boussole does not know.
    QByteArray text = "identity/TimeInterval,lineItem/LineItemType,lineItem/ProductCode,"
                      "lineItem/CurrencyCode,lineItem/UnblendedCost,reservation/ReservationARN\n"
                      "2025-06-01T00:00:00Z/2025-06-02T00:00:00Z,DiscountedUsage,AmazonEC2,USD,"
                      "0,arn:aws:ec2:eu-west-3:1:reserved-instances/ri-1\n"
                      "2025-06-01T00:00:00Z/2025-07-01T00:00:00Z,SomethingNew,AmazonS3,USD,"
                      "1.5,\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingCostSink sink;
    ImportContext context;
    context.fileName = u"trimmed.csv"_s;
    context.costs = &sink;
    Result<ImportOutcome> outcome = AwsCurImporter().read(buffer, context);
    QVERIFY2(outcome.ok(), qPrintable(why(outcome)));
    QCOMPARE(int(sink.lines().size()), 2);
    const CostLine &covered = sink.lines()[0].line;
    QCOMPARE(covered.chargePeriodStart, at("2025-06-01T00:00:00Z"));
    QCOMPARE(covered.chargePeriodEnd, at("2025-06-02T00:00:00Z"));
    QCOMPARE(sink.lines()[0].field(CostField::ServiceName), u"AmazonEC2"_s);
    QCOMPARE(sink.lines()[1].field(CostField::ChargeCategory), u"Adjustment"_s);
    QCOMPARE(sink.lines()[1].line.effectiveCost, money("1.5"));
    QStringList messages;
    for (const ImportWarning &warning : outcome.value().warnings) {
        messages << warning.toString(context.fileName);
    }
    QCOMPARE(messages,
             QStringList({u"trimmed.csv:2: the report has no reservation/EffectiveCost column: "
                          "commitment lines keep their billed cost as effective cost"_s,
                          u"trimmed.csv:3:2: line item type “SomethingNew” is not one Boussole "
                          "knows; such lines count as adjustments"_s}));
}

void TestAwsCurImporter::mapTextsWithCommas()
{
    // Athena prints maps without quotes: a value holding ", " continues until the next "k=".
    QByteArray tags;
    QVERIFY(normaliseTags("{user_owner=Smith, John, user_env=prod}", tags));
    QCOMPARE(tags, QByteArray("{\"user_owner\":\"Smith, John\",\"user_env\":\"prod\"}"));
    QVERIFY(normaliseTags("{a=1, , b=}", tags));
    QCOMPARE(tags, QByteArray("{\"a\":\"1\",\"b\":\"\"}"));
    QVERIFY(!normaliseTags("{no pair here}", tags));
    QVERIFY(!normaliseTags("{=x}", tags));
    // Reading one value out of a product map, JSON or Athena.
    QCOMPARE(mapValue("{product_name=Amazon Elastic Compute Cloud, location=EU (Paris), "
                      "region=eu-west-3}",
                      "region"),
             QByteArrayView("eu-west-3"));
    QCOMPARE(mapValue("{\"comment\":\"region: none\",\"region\":\"eu-west-3\"}", "region"),
             QByteArrayView("eu-west-3"));
    QCOMPARE(mapValue("{\"VCPUs\":4,\"ServiceType\":\"Standard_D4s_v5\"}", "vcpus"),
             QByteArrayView("4"));
    QCOMPARE(mapValue("{\"a\":\"b\"}", "region"), QByteArrayView());
}

void TestAwsCurImporter::sniffAndSelect()
{
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    for (const QString &name : {u"cur-legacy-2025q1.csv"_s, u"cur2-2025-04-05.csv"_s}) {
        QFile file(fixture(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(Importer::kSniffBytes);
        Result<const Importer *> chosen = registry.select(head, name);
        QVERIFY(chosen.ok());
        QCOMPARE(chosen.value()->formatId(), u"aws-cur"_s);
        QCOMPARE(AwsCurImporter().sniff(head, name), 97);
    }
    // Not a CUR: an inventory CSV, a FOCUS file (even AWS's own FOCUS export).
    QFile inventory(QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/csv/cmdb-export-en.csv"));
    QVERIFY(inventory.open(QIODevice::ReadOnly));
    QCOMPARE(AwsCurImporter().sniff(inventory.read(Importer::kSniffBytes), u"cmdb.csv"_s), 0);
    const QByteArray focus =
        "BilledCost,BillingAccountId,BillingCurrency,ChargeCategory,ChargePeriodStart,"
        "EffectiveCost,ProviderName,ServiceName,x_Operation,x_UsageType\n";
    QCOMPARE(AwsCurImporter().sniff(focus, u"focus.csv"_s), 0);
    QCOMPARE(registry.select(focus, u"focus.csv"_s).value()->formatId(), u"focus"_s);
}

void TestAwsCurImporter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad amount")
        << u"malformed/bad-amount.csv"_s
        << u"bad-amount.csv:3:23: lineItem/UnblendedCost: expected a decimal number for "
           "UnblendedCost, found “12,34”"_s;
    QTest::newRow("bad date")
        << u"malformed/bad-date.csv"_s
        << u"bad-date.csv:2:11: lineItem/UsageStartDate: expected a date and time for "
           "UsageStartDate (such as 2025-01-31T00:00:00Z), found “2025-02-30T00:00:00Z”"_s;
    QTest::newRow("truncated")
        << u"malformed/truncated.csv"_s
        << u"truncated.csv:3:325: unterminated quoted field starting at line 3, column 325 (is "
           "the file truncated?)"_s;
    QTest::newRow("truncated row")
        << u"malformed/truncated-row.csv"_s
        << u"truncated-row.csv:3: expected 60 fields as in the header, found 20 (is the line or "
           "the file cut short?)"_s;
    QTest::newRow("missing column")
        << u"malformed/missing-column.csv"_s
        << u"missing-column.csv:1:1: not an AWS CUR file: the header lacks the column(s) "
           "lineItem/UnblendedCost"_s;
}

void TestAwsCurImporter::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const std::unique_ptr<Read> read = readFixture(file);
    QVERIFY(!read->outcome.ok());
    QCOMPARE(why(read->outcome), error);
}

void TestAwsCurImporter::skipBadRows()
{
    const std::unique_ptr<Read> read = readFixture(u"malformed/bad-amount.csv"_s, true);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    QCOMPARE(int(read->sink.lines().size()), 1);
    QCOMPARE(read->outcome.value().rowsSkipped, qint64(1));
    QCOMPARE(read->outcome.value().rowsRead, qint64(2));
    bool listed = false;
    for (const ImportWarning &warning : read->outcome.value().warnings) {
        if (warning.line == 3 && warning.column == 23 &&
            warning.message.startsWith(u"row skipped: lineItem/UnblendedCost"_s)) {
            listed = true;
        }
    }
    QVERIFY(listed);
}

void TestAwsCurImporter::deliveriesThroughImportService_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("billedUnits");
    QTest::addColumn<int>("commitments");
    QTest::addColumn<int>("derived");
    // Billed totals from expected.py, in Money units (1e-12).
    QTest::newRow("legacy zip") << u"cur-legacy-2025q1.zip"_s << qint64(47)
                                << qint64(3'823'370'049'221'000) << 3 << 4;
    QTest::newRow("cur2 gzip") << u"cur2-2025-04-05.csv.gz"_s << qint64(26)
                               << qint64(100'292'366'666'732) << 1 << 2;
}

void TestAwsCurImporter::deliveriesThroughImportService()
{
    QFETCH(QString, file);
    QFETCH(qint64, lines);
    QFETCH(qint64, billedUnits);
    QFETCH(int, commitments);
    QFETCH(int, derived);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::unique_ptr<Project>> created =
        Project::create(dir.filePath(u"bills.boussole"_s), u"Bills"_s);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    Project &project = *created.value();
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    const ImportService service(registry);
    Result<ImportSummary> summary = service.importFile(project, fixture(file));
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
    QCOMPARE(summary.value().format, u"aws-cur"_s);
    QCOMPARE(summary.value().rowCount, lines);
    QCOMPARE(summary.value().derivedWorkloads, derived);

    Database &db = project.database();
    QCOMPARE(db.queryValue("SELECT COUNT(*) FROM cost_lines").value().toLongLong(), lines);
    QCOMPARE(db.queryValue("SELECT SUM(billed_cost) FROM cost_lines").value().toLongLong(),
             billedUnits);
    QCOMPARE(db.queryValue("SELECT COUNT(*) FROM cost_commitments").value().toInt(), commitments);
    QCOMPARE(db.queryValue("SELECT COUNT(*) FROM cost_commitments WHERE term_months = 0")
                 .value()
                 .toInt(),
             0);
    project.close();
}

QTEST_GUILESS_MAIN(TestAwsCurImporter)
#include "TestAwsCurImporter.moc"
