// Google Cloud billing importer: console cost-table downloads with a preamble (EUR with
// unrounded costs, USD with rounded costs only), a BigQuery standard export saved as CSV
// (tests/data/bills/gcp-billing, written by make_fixtures.py there), credits, and malformed
// variants. Expected totals were computed by tests/data/bills/gcp-billing/expected.py from the
// CSV files alone.

#include "models/importers/ImportService.h"
#include "models/importers/bills/CollectingCostSink.h"
#include "models/importers/bills/GcpBillingImporter.h"
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
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/gcp-billing/") + name;
}

using Read = testing::BillRead;

std::unique_ptr<Read> readFixture(const QString &name)
{
    return testing::readBill(GcpBillingImporter(), fixture(name));
}

std::map<std::pair<QString, QString>, testing::BillTotals> totalsOf(const CollectingCostSink &sink)
{
    return testing::totalsBy(sink, [](const OwnedCostLine &owned) {
        return std::pair(owned.field(CostField::ServiceName), monthOfLine(owned.line));
    });
}

struct Expected {
    const char *service;
    const char *month;
    const char *cost;
    int lines;
};

void addRows(const char *file, std::initializer_list<Expected> rows)
{
    for (const Expected &row : rows) {
        QTest::addRow("%s %s %s", file, row.service, row.month)
            << QString::fromLatin1(file) << QString::fromLatin1(row.service)
            << QString::fromLatin1(row.month) << money(row.cost) << row.lines;
    }
}

} // namespace

class TestGcpBillingImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void fileTotals_data();
    void fileTotals();
    void costTableLines();
    void roundedCostsInDollars();
    void bigQueryCredits();
    void costTableWithoutDates();
    void sniffAndSelect();
    void malformed_data();
    void malformed();
    void throughImportService();
};

void TestGcpBillingImporter::totals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("month");
    QTest::addColumn<Money>("cost");
    QTest::addColumn<int>("lines");
    addRows("gcp-cost-table-2025q1.csv", {
                                             {"BigQuery", "2025-01", "15.625", 1},
                                             {"BigQuery", "2025-02", "15.625", 1},
                                             {"BigQuery", "2025-03", "15.625", 1},
                                             {"Cloud SQL", "2025-01", "67.2576", 1},
                                             {"Cloud SQL", "2025-02", "60.7488", 1},
                                             {"Cloud SQL", "2025-03", "67.2576", 1},
                                             {"Cloud Storage", "2025-01", "23.5635", 1},
                                             {"Cloud Storage", "2025-02", "23.5635", 1},
                                             {"Cloud Storage", "2025-03", "23.5635", 1},
                                             {"Compute Engine", "2025-01", "92.8635648", 4},
                                             {"Compute Engine", "2025-02", "86.0135424", 4},
                                             {"Compute Engine", "2025-03", "1337.755296", 6},
                                             {"Kubernetes Engine", "2025-01", "0", 2},
                                             {"Kubernetes Engine", "2025-02", "0", 2},
                                             {"Kubernetes Engine", "2025-03", "0", 2},
                                             {"Networking", "2025-01", "104.938263", 1},
                                             {"Networking", "2025-02", "72.78125", 1},
                                             {"Networking", "2025-03", "174.08", 1},
                                         });
    addRows("gcp-cost-table-2025-04-usd.csv", {{"Compute Engine", "2025-04", "1375.2", 4}});
    addRows("gcp-bigquery-export-2025-04.csv", {
                                                   {"Cloud Run", "2025-04", "0", 4},
                                                   {"Cloud Run", "2025-05", "0", 2},
                                                   {"Cloud Storage", "2025-04", "0.131508", 4},
                                                   {"Cloud Storage", "2025-05", "0.065754", 2},
                                                   {"Compute Engine", "2025-04", "0.699984", 8},
                                                   {"Compute Engine", "2025-05", "0.349992", 4},
                                                   {"Invoice", "2025-04", "0.2468", 2},
                                                   {"Invoice", "2025-05", "0.1234", 1},
                                               });
}

void TestGcpBillingImporter::totals()
{
    QFETCH(QString, file);
    QFETCH(QString, service);
    QFETCH(QString, month);
    QFETCH(Money, cost);
    QFETCH(int, lines);
    const std::unique_ptr<Read> read = readFixture(file);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const auto totals = totalsOf(read->sink);
    const auto it = totals.find({service, month});
    QVERIFY(it != totals.end());
    QCOMPARE(it->second.billed, cost);
    QCOMPARE(it->second.lines, lines);
}

void TestGcpBillingImporter::fileTotals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("groups");
    QTest::addColumn<Money>("total");
    QTest::addColumn<QString>("currency");
    // The EUR table's total equals its preamble's "Total cost" (2,181.26) once rounded.
    QTest::newRow("cost table EUR")
        << u"gcp-cost-table-2025q1.csv"_s << 32 << 18 << money("2181.2614162") << u"EUR"_s;
    QTest::newRow("cost table USD")
        << u"gcp-cost-table-2025-04-usd.csv"_s << 4 << 1 << money("1375.2") << u"USD"_s;
    QTest::newRow("bigquery") << u"gcp-bigquery-export-2025-04.csv"_s << 27 << 8
                              << money("1.617438") << u"EUR"_s;
}

void TestGcpBillingImporter::fileTotals()
{
    QFETCH(QString, file);
    QFETCH(int, lines);
    QFETCH(int, groups);
    QFETCH(Money, total);
    QFETCH(QString, currency);
    const std::unique_ptr<Read> read = readFixture(file);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    QCOMPARE(int(read->sink.lines().size()), lines);
    QCOMPARE(int(totalsOf(read->sink).size()), groups);
    Money billed;
    for (const OwnedCostLine &owned : read->sink.lines()) {
        billed += owned.line.billedCost;
        QCOMPARE(owned.line.effectiveCost, owned.line.billedCost);
        QCOMPARE(owned.field(CostField::ProviderName), u"Google Cloud"_s);
        QCOMPARE(owned.field(CostField::BillingCurrency), currency);
    }
    QCOMPARE(billed, total);
}

void TestGcpBillingImporter::costTableLines()
{
    const std::unique_ptr<Read> read = readFixture(u"gcp-cost-table-2025q1.csv"_s);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const CollectingCostSink &sink = read->sink;

    // Line 9, the first after the preamble and the header.
    const OwnedCostLine *core = lineAt(sink, 9);
    QVERIFY(core);
    QCOMPARE(core->field(CostField::BillingAccountId), u"01A2B3-C4D5E6-F7A8B9"_s);
    QCOMPARE(core->field(CostField::BillingAccountName), u"Acme Group billing"_s);
    QCOMPARE(core->field(CostField::SubAccountId), u"acme-web-prod"_s);
    QCOMPARE(core->field(CostField::SubAccountName), u"Acme Web"_s);
    QCOMPARE(core->field(CostField::ServiceName), u"Compute Engine"_s);
    QCOMPARE(core->field(CostField::ServiceCategory), u"Compute"_s);
    QCOMPARE(core->field(CostField::SkuId), u"A1B2-C3D4-E5F6"_s);
    QCOMPARE(core->field(CostField::ChargeDescription), u"N2 Instance Core running in Paris"_s);
    QCOMPARE(core->field(CostField::ChargeCategory), u"Usage"_s);
    QCOMPARE(core->field(CostField::PricingCategory), u"Standard"_s);
    QCOMPARE(core->field(CostField::ConsumedUnit), u"hour"_s);
    QCOMPARE(core->line.consumedQuantity, std::optional<Money>(money("1488"))); // "1,488"
    QCOMPARE(core->line.billedCost, money("52.975776")); // unrounded, not 52.98
    QCOMPARE(core->line.chargePeriodStart, at("2025-01-01"));
    QCOMPARE(core->line.chargePeriodEnd, at("2025-02-01")); // 2025-01-31 inclusive
    QCOMPARE(core->line.usageHours, 0.0);

    // Line 11: a sustained-use credit; line 29: "1,059.515520"; line 39: a promotion printed
    // positive still reduces cost; line 40: rounding.
    const OwnedCostLine *discount = lineAt(sink, 11);
    QVERIFY(discount);
    QCOMPARE(discount->field(CostField::ChargeCategory), u"Credit"_s);
    QCOMPARE(discount->line.billedCost, money("-10.5951552"));
    QCOMPARE(lineAt(sink, 29)->line.billedCost, money("1059.51552"));
    QCOMPARE(lineAt(sink, 29)->line.consumedQuantity, std::optional<Money>(money("29760")));
    const OwnedCostLine *promotion = lineAt(sink, 39);
    QVERIFY(promotion);
    QCOMPARE(promotion->field(CostField::ChargeCategory), u"Credit"_s);
    QCOMPARE(promotion->line.billedCost, money("-100"));
    QCOMPARE(lineAt(sink, 40)->field(CostField::ChargeCategory), u"Adjustment"_s);
    QCOMPARE(lineAt(sink, 13)->field(CostField::ServiceCategory), u"Networking"_s);
    QCOMPARE(lineAt(sink, 14)->field(CostField::ServiceCategory), u"Databases"_s);
    QCOMPARE(lineAt(sink, 17)->field(CostField::ServiceSubcategory), u"Containers"_s);
    // The rounded cost column is read but not an extra; the hierarchy is a known column.
    for (const ImportWarning &warning : read->outcome.value().warnings) {
        QVERIFY2(!warning.message.contains(u"Cost (€)"_s), qPrintable(warning.message));
    }
}

void TestGcpBillingImporter::roundedCostsInDollars()
{
    const std::unique_ptr<Read> read = readFixture(u"gcp-cost-table-2025-04-usd.csv"_s);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const OwnedCostLine *commitment = lineAt(read->sink, 9);
    QVERIFY(commitment);
    QCOMPARE(commitment->field(CostField::BillingCurrency), u"USD"_s); // from "Cost ($)"
    QCOMPARE(commitment->field(CostField::PricingCategory), u"Committed"_s);
    QCOMPARE(commitment->line.billedCost, money("1234.56")); // "1,234.56"
    // "Invoice month,April 2025" in the preamble.
    QCOMPARE(commitment->line.billingPeriodStart, at("2025-04-01"));
    QCOMPARE(commitment->line.billingPeriodEnd, at("2025-05-01"));
    QCOMPARE(lineAt(read->sink, 10)->line.billedCost, money("-262.2"));
}

void TestGcpBillingImporter::bigQueryCredits()
{
    const std::unique_ptr<Read> read = readFixture(u"gcp-bigquery-export-2025-04.csv"_s);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const CollectingCostSink &sink = read->sink;

    // Line 2: one credit: net = 0.142408 − 0.0284816.
    const OwnedCostLine *core = lineAt(sink, 2);
    QVERIFY(core);
    QCOMPARE(core->line.billedCost, money("0.1139264"));
    QCOMPARE(core->line.effectiveCost, money("0.1139264"));
    QCOMPARE(core->line.contractedCost, std::optional<Money>(money("0.142408")));
    QCOMPARE(core->line.chargePeriodStart, at("2025-04-01T00:00:00Z"));
    QCOMPARE(core->line.chargePeriodEnd, at("2025-04-01T01:00:00Z"));
    QCOMPARE(core->line.billingPeriodStart, at("2025-04-01"));
    QCOMPARE(core->line.billingPeriodEnd, at("2025-05-01"));
    QCOMPARE(core->field(CostField::RegionId), u"europe-west9"_s);
    QCOMPARE(core->field(CostField::AvailabilityZone), u"europe-west9-a"_s);
    QCOMPARE(core->field(CostField::ResourceId),
             u"//compute.googleapis.com/projects/acme-web-prod/zones/europe-west9-a/instances/"
             "web-1"_s);
    QCOMPARE(core->field(CostField::ResourceName), u"web-1"_s);
    QCOMPARE(core->field(CostField::Tags), u"{\"env\":\"prod\",\"app\":\"web\"}"_s);
    QCOMPARE(core->field(CostField::PricingUnit), u"hour"_s);
    // Line 3: two credits, one in exponent notation: 0.076352 − 0.0152704 − 0.000012.
    QCOMPARE(lineAt(sink, 3)->line.billedCost, money("0.0610696"));
    // Line 4: no credits ("[]"), no labels.
    QCOMPARE(lineAt(sink, 4)->line.billedCost, money("0.032877"));
    QCOMPARE(lineAt(sink, 4)->field(CostField::Tags), QString());
    // Line 5: free tier offsets the whole cost.
    QCOMPARE(lineAt(sink, 5)->line.billedCost, Money());
    QCOMPARE(lineAt(sink, 5)->field(CostField::ServiceSubcategory), u"Containers"_s);
    // Line 10: tax.
    QCOMPARE(lineAt(sink, 10)->field(CostField::ChargeCategory), u"Tax"_s);
}

void TestGcpBillingImporter::costTableWithoutDates()
{
    // A cost table grouped by project and service only: the preamble's invoice month is the
    // period, its currency the lines' (the "(€)" suffix agrees).
    QByteArray text = "Billing account name,Acme Group billing\n"
                      "Invoice month,2025-03\n"
                      "Currency,eur\n"
                      "\n"
                      "Project name,Project ID,Service description,SKU description,Credit type,"
                      "Cost (\xE2\x82\xAC)\n"
                      "Acme Web,acme-web-prod,Compute Engine,N2 Instance Core running in Paris,,"
                      "\"1,059.52\"\n"
                      "Acme Web,acme-web-prod,Compute Engine,N2 Instance Core running in Paris,"
                      "Sustained usage discount,-211.90\n";
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CollectingCostSink sink;
    ImportContext context;
    context.fileName = u"by-service.csv"_s;
    context.costs = &sink;
    Result<ImportOutcome> outcome = GcpBillingImporter().read(buffer, context);
    QVERIFY2(outcome.ok(), qPrintable(why(outcome)));
    QCOMPARE(int(sink.lines().size()), 2);
    for (const OwnedCostLine &owned : sink.lines()) {
        QCOMPARE(owned.line.chargePeriodStart, at("2025-03-01"));
        QCOMPARE(owned.line.chargePeriodEnd, at("2025-04-01"));
        QCOMPARE(owned.field(CostField::BillingCurrency), u"EUR"_s);
    }
    QCOMPARE(sink.lines()[0].line.billedCost + sink.lines()[1].line.billedCost, money("847.62"));

    // Without an invoice month nor dates, the header is refused.
    QByteArray undated = "Project ID,Service description,SKU description,Cost ($)\n"
                         "acme-web-prod,Compute Engine,N2 Instance Core running in Paris,1.00\n";
    QBuffer second(&undated);
    QVERIFY(second.open(QIODevice::ReadOnly));
    context.fileName = u"undated.csv"_s;
    Result<ImportOutcome> refused = GcpBillingImporter().read(second, context);
    QCOMPARE(why(refused), u"undated.csv:1:1: not a Google Cloud billing file: the header lacks "
                           "the column(s) Usage start date"_s);
}

void TestGcpBillingImporter::sniffAndSelect()
{
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    for (const QString &name : {u"gcp-cost-table-2025q1.csv"_s, u"gcp-cost-table-2025-04-usd.csv"_s,
                                u"gcp-bigquery-export-2025-04.csv"_s}) {
        QFile file(fixture(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(Importer::kSniffBytes);
        Result<const Importer *> chosen = registry.select(head, name);
        QVERIFY(chosen.ok());
        QCOMPARE(chosen.value()->formatId(), u"gcp-billing"_s);
        QCOMPARE(GcpBillingImporter().sniff(head, name), 96);
    }
    QFile inventory(QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/csv/cmdb-export-en.csv"));
    QVERIFY(inventory.open(QIODevice::ReadOnly));
    QCOMPARE(GcpBillingImporter().sniff(inventory.read(Importer::kSniffBytes), u"cmdb.csv"_s), 0);
    const QByteArray focus = "BilledCost,BillingCurrency,ChargePeriodStart,EffectiveCost,"
                             "ProviderName,ServiceName,SkuId\n";
    QCOMPARE(GcpBillingImporter().sniff(focus, u"focus.csv"_s), 0);
}

void TestGcpBillingImporter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad amount") << u"malformed/bad-amount.csv"_s
                                << u"bad-amount.csv:10:17: Unrounded Cost (€): expected a decimal "
                                   "number for the cost, found “12.34.56”"_s;
    QTest::newRow("bad date") << u"malformed/bad-date.csv"_s
                              << u"bad-date.csv:9:13: Usage start date: expected a date and time "
                                 "for the usage start (such as 2025-01-31T00:00:00Z), found "
                                 "“2025-13-01”"_s;
    QTest::newRow("truncated") << u"malformed/truncated.csv"_s
                               << u"truncated.csv:10: expected 18 fields as in the header, found "
                                  "14 (is the line or the file cut short?)"_s;
    QTest::newRow("missing column") << u"malformed/missing-column.csv"_s
                                    << u"missing-column.csv:8:1: not a Google Cloud billing file: "
                                       "the header lacks the column(s) Cost"_s;
}

void TestGcpBillingImporter::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const std::unique_ptr<Read> read = readFixture(file);
    QVERIFY(!read->outcome.ok());
    QCOMPARE(why(read->outcome), error);
}

void TestGcpBillingImporter::throughImportService()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::unique_ptr<Project>> created =
        Project::create(dir.filePath(u"bills.boussole"_s), u"Bills"_s);
    QVERIFY2(created.ok(), qPrintable(why(created)));
    Project &project = *created.value();
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    const ImportService service(registry);
    Result<ImportSummary> summary =
        service.importFile(project, fixture(u"gcp-cost-table-2025q1.csv"_s));
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    QCOMPARE(summary.value().format, u"gcp-billing"_s);
    QCOMPARE(summary.value().rowCount, qint64(32));
    QCOMPARE(project.database()
                 .queryValue("SELECT SUM(billed_cost) FROM cost_lines")
                 .value()
                 .toLongLong(),
             qint64(2'181'261'416'200'000));
    project.close();
}

QTEST_GUILESS_MAIN(TestGcpBillingImporter)
#include "TestGcpBillingImporter.moc"
