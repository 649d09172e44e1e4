// Azure cost details importer: EA (PascalCase, actual cost), MCA (camelCase, amortised, two
// currencies) and old usage-details fixtures (tests/data/bills/azure-cost, written by
// make_fixtures.py there), the FOCUS mapping, and malformed variants. Expected totals were computed
// by tests/data/bills/azure-cost/expected.py from the CSV files alone.

#include "models/importers/ImportService.h"
#include "models/importers/bills/AzureCostImporter.h"
#include "models/importers/bills/CollectingCostSink.h"
#include "models/storage/ProjectFile.h"
#include "models/storage/Sqlite.h"
#include "tests/models/BillTestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <tuple>

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
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/azure-cost/") + name;
}

using Read = testing::BillRead;

std::unique_ptr<Read> readFixture(const QString &name, bool skipBadRows = false)
{
    return testing::readBill(AzureCostImporter(), fixture(name), skipBadRows);
}

using Key = std::tuple<QString, QString, QString>; // service, month, currency

std::map<Key, testing::BillTotals> totalsOf(const CollectingCostSink &sink)
{
    return testing::totalsBy(sink, [](const OwnedCostLine &owned) {
        return Key(owned.field(CostField::ServiceName), monthOfLine(owned.line),
                   owned.field(CostField::BillingCurrency));
    });
}

struct Expected {
    const char *service;
    const char *month;
    const char *currency;
    const char *billed;
    const char *effective;
    int lines;
};

void addRows(const char *file, std::initializer_list<Expected> rows)
{
    for (const Expected &row : rows) {
        QTest::addRow("%s %s %s %s", file, row.service, row.month, row.currency)
            << QString::fromLatin1(file) << QString::fromLatin1(row.service)
            << QString::fromLatin1(row.month) << QString::fromLatin1(row.currency)
            << money(row.billed) << money(row.effective) << row.lines;
    }
}

} // namespace

class TestAzureCostImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void groupsAndCurrencies();
    void eaLineMapping();
    void mcaAmortised();
    void legacyNames();
    void sniffAndSelect();
    void inventoriesStayInventories();
    void malformed_data();
    void malformed();
    void throughImportService();
};

void TestAzureCostImporter::totals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<Money>("billed");
    QTest::addColumn<Money>("effective");
    QTest::addColumn<int>("lines");
    addRows("azure-ea-actual-2025q1.csv",
            {
                {"", "2025-01", "EUR", "612", "612", 1},
                {"", "2025-03", "EUR", "-102", "-102", 1},
                {"Bandwidth", "2025-01", "EUR", "9.6419136", "9.6419136", 1},
                {"Bandwidth", "2025-02", "EUR", "7.71357774", "7.71357774", 1},
                {"Bandwidth", "2025-03", "EUR", "11.715", "11.715", 1},
                {"Contoso Firewall", "2025-03", "EUR", "50", "50", 1},
                {"SQL Database", "2025-01", "EUR", "375.8688", "375.8688", 1},
                {"SQL Database", "2025-02", "EUR", "375.8688", "375.8688", 1},
                {"SQL Database", "2025-03", "EUR", "375.8688", "375.8688", 1},
                {"Storage", "2025-01", "EUR", "1.27161290259", "1.27161290259", 2},
                {"Storage", "2025-02", "EUR", "1.27161290259", "1.27161290259", 2},
                {"Storage", "2025-03", "EUR", "1.27161290259", "1.27161290259", 2},
                {"Virtual Machines", "2025-01", "EUR", "10.53696", "10.53696", 5},
                {"Virtual Machines", "2025-02", "EUR", "10.98696", "10.98696", 6},
                {"Virtual Machines", "2025-03", "EUR", "10.53696", "10.53696", 5},
            });
    addRows("azure-mca-amortized-2025-04.csv",
            {
                {"", "2025-04", "EUR", "0.0000012", "0.0000012", 1},
                {"", "2025-04", "USD", "51", "0", 1},
                {"Bandwidth", "2025-04", "EUR", "2.0125", "2.0125", 2},
                {"Storage", "2025-04", "USD", "0.4368", "0.4368", 2},
                {"Virtual Machines", "2025-04", "EUR", "0", "8", 4},
                {"Virtual Machines", "2025-04", "USD", "12.096", "12.096", 2},
            });
    addRows("azure-usage-legacy-2019.csv",
            {
                {"Storage", "2019-03", "EUR", "17.52", "17.52", 1},
                {"Storage", "2019-04", "EUR", "17.52", "17.52", 1},
                {"Virtual Machines", "2019-03", "EUR", "142.848", "142.848", 1},
                {"Virtual Machines", "2019-04", "EUR", "138.24", "138.24", 1},
            });
}

void TestAzureCostImporter::totals()
{
    QFETCH(QString, file);
    QFETCH(QString, service);
    QFETCH(QString, month);
    QFETCH(QString, currency);
    QFETCH(Money, billed);
    QFETCH(Money, effective);
    QFETCH(int, lines);
    const std::unique_ptr<Read> read = readFixture(file);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const auto totals = totalsOf(read->sink);
    const auto it = totals.find({service, month, currency});
    QVERIFY(it != totals.end());
    QCOMPARE(it->second.billed, billed);
    QCOMPARE(it->second.effective, effective);
    QCOMPARE(it->second.lines, lines);
}

void TestAzureCostImporter::groupsAndCurrencies()
{
    // Every line is in one of the groups above: nothing is summed across currencies.
    for (const auto &[file, lines, groups] :
         {std::tuple{u"azure-ea-actual-2025q1.csv"_s, 31, 15},
          std::tuple{u"azure-mca-amortized-2025-04.csv"_s, 12, 6},
          std::tuple{u"azure-usage-legacy-2019.csv"_s, 4, 4}}) {
        const std::unique_ptr<Read> read = readFixture(file);
        QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
        QCOMPARE(int(read->sink.lines().size()), lines);
        QCOMPARE(int(totalsOf(read->sink).size()), groups);
        for (const OwnedCostLine &owned : read->sink.lines()) {
            QCOMPARE(owned.field(CostField::ProviderName), u"Microsoft"_s);
        }
    }
}

void TestAzureCostImporter::eaLineMapping()
{
    const std::unique_ptr<Read> read = readFixture(u"azure-ea-actual-2025q1.csv"_s);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const CollectingCostSink &sink = read->sink;
    const QString subscription = u"5f1c2e3d-8a9b-4c7d-9e0f-1a2b3c4d5e6f"_s;

    // Line 2: on-demand D4s v5 billed in "10 Hours".
    const OwnedCostLine *vm = lineAt(sink, 2);
    QVERIFY(vm);
    QCOMPARE(vm->field(CostField::ChargeCategory), u"Usage"_s);
    QCOMPARE(vm->field(CostField::ChargeFrequency), u"Usage-Based"_s);
    QCOMPARE(vm->field(CostField::PricingCategory), u"Standard"_s);
    QCOMPARE(vm->field(CostField::ServiceName), u"Virtual Machines"_s);
    QCOMPARE(vm->field(CostField::ServiceCategory), u"Compute"_s);
    QCOMPARE(vm->field(CostField::ServiceSubcategory), u"Virtual Machines"_s);
    QCOMPARE(vm->field(CostField::InstanceType), u"Standard_D4s_v5"_s);
    QCOMPARE(vm->field(CostField::RegionId), u"francecentral"_s);
    QCOMPARE(vm->field(CostField::RegionName), u"FranceCentral"_s);
    QCOMPARE(vm->field(CostField::SubAccountId), subscription);
    QCOMPARE(vm->field(CostField::SubAccountName), u"acme-prod"_s);
    QCOMPARE(vm->field(CostField::BillingAccountId), u"71234567"_s);
    QCOMPARE(vm->field(CostField::ResourceName), u"vm-web-01"_s);
    QCOMPARE(vm->field(CostField::ResourceId),
             u"/subscriptions/"_s + subscription +
                 u"/resourceGroups/RG-WEB/providers/Microsoft.Compute/virtualMachines/vm-web-01"_s);
    QCOMPARE(vm->field(CostField::Tags), u"{\"env\":\"prod\",\"app\":\"web\"}"_s);
    QCOMPARE(vm->field(CostField::PricingUnit), u"10 Hours"_s);
    QCOMPARE(vm->field(CostField::ConsumedUnit), u"Hours"_s);
    QCOMPARE(vm->line.pricingQuantity, std::optional<Money>(money("2.4")));
    QCOMPARE(vm->line.consumedQuantity, std::optional<Money>(money("24")));
    QCOMPARE(vm->line.usageHours, 24.0);
    QCOMPARE(vm->line.billedCost, money("4.992"));
    QCOMPARE(vm->line.effectiveCost, money("4.992"));
    QCOMPARE(vm->line.listCost, std::optional<Money>(money("4.992")));
    QCOMPARE(vm->line.chargePeriodStart, at("2025-01-01"));
    QCOMPARE(vm->line.chargePeriodEnd, at("2025-01-02"));
    QCOMPARE(vm->line.billingPeriodStart, at("2025-01-01"));
    QCOMPARE(vm->line.billingPeriodEnd, at("2025-02-01")); // 01/31 inclusive
    QVERIFY(vm->extras.contains("\"ResourceGroup\":\"RG-WEB\""));

    // Line 3: covered by a reservation: billed 0 (the purchase was), committed.
    const OwnedCostLine *covered = lineAt(sink, 3);
    QVERIFY(covered);
    QCOMPARE(covered->field(CostField::PricingCategory), u"Committed"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountId),
             u"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountName), u"RI-D2s-v5-FR"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountType), u"Reservation"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountCategory), u"Usage"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountStatus), u"Used"_s);
    QCOMPARE(covered->line.billedCost, Money());
    QCOMPARE(covered->line.effectiveCost, Money());
    QCOMPARE(covered->line.usageHours, 24.0);
    QVERIFY(!covered->line.commitment);

    // Line 4: managed disk; line 9: SQL hours are not VM hours; line 10: "100 Hours".
    QCOMPARE(lineAt(sink, 4)->field(CostField::ServiceCategory), u"Storage"_s);
    QCOMPARE(lineAt(sink, 4)->line.billedCost, money("0.635806451295"));
    QCOMPARE(lineAt(sink, 9)->field(CostField::ServiceCategory), u"Databases"_s);
    QCOMPARE(lineAt(sink, 9)->field(CostField::Tags),
             u"{\"env\":\"prod\",\"app\":\"orders\",\"owner\":\"dba team\"}"_s);
    QCOMPARE(lineAt(sink, 9)->line.usageHours, 0.0);
    const OwnedCostLine *small = lineAt(sink, 10);
    QVERIFY(small);
    QCOMPARE(small->field(CostField::InstanceType), u"Standard_B1s"_s);
    QCOMPARE(small->line.consumedQuantity, std::optional<Money>(money("48")));
    QCOMPARE(small->line.usageHours, 48.0);
    QCOMPARE(small->field(CostField::Tags), QString());

    // Line 11: the reservation's purchase (actual cost: effective = billed), with its term.
    const OwnedCostLine *purchase = lineAt(sink, 11);
    QVERIFY(purchase);
    QCOMPARE(purchase->field(CostField::ChargeCategory), u"Purchase"_s);
    QCOMPARE(purchase->field(CostField::ChargeFrequency), u"One-Time"_s);
    QCOMPARE(purchase->field(CostField::PricingCategory), u"Committed"_s);
    QCOMPARE(purchase->line.billedCost, money("612"));
    QCOMPARE(purchase->line.effectiveCost, money("612"));
    QVERIFY(purchase->line.commitment);
    QCOMPARE(purchase->line.commitment->start, at("2025-01-15"));
    QCOMPARE(purchase->line.commitment->end, at("2026-01-15"));
    QCOMPARE(purchase->line.commitment->termMonths, 12);

    // Line 21: spot; line 31: refund; line 32: a Marketplace purchase.
    QCOMPARE(lineAt(sink, 21)->field(CostField::PricingCategory), u"Dynamic"_s);
    QCOMPARE(lineAt(sink, 21)->line.usageHours, 10.0);
    const OwnedCostLine *refund = lineAt(sink, 31);
    QVERIFY(refund);
    QCOMPARE(refund->field(CostField::ChargeCategory), u"Purchase"_s);
    QCOMPARE(refund->field(CostField::ChargeClass), u"Correction"_s);
    QCOMPARE(refund->line.billedCost, money("-102"));
    QCOMPARE(lineAt(sink, 32)->field(CostField::PublisherName), u"Contoso Security Ltd"_s);
    QCOMPARE(lineAt(sink, 32)->field(CostField::ChargeFrequency), u"Recurring"_s);
    QCOMPARE(lineAt(sink, 32)->field(CostField::ServiceCategory), u"Security"_s);
}

void TestAzureCostImporter::mcaAmortised()
{
    const std::unique_ptr<Read> read = readFixture(u"azure-mca-amortized-2025-04.csv"_s);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const CollectingCostSink &sink = read->sink;

    // Line 2: savings-plan usage, amortised: billed 0, effective = its share.
    const OwnedCostLine *covered = lineAt(sink, 2);
    QVERIFY(covered);
    QCOMPARE(covered->field(CostField::BillingCurrency), u"EUR"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountType), u"Savings Plan"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountCategory), u"Spend"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountName), u"SP-Compute-3Y"_s);
    QCOMPARE(covered->field(CostField::CommitmentDiscountStatus), u"Used"_s);
    QCOMPARE(covered->field(CostField::RegionId), u"francecentral"_s);
    QCOMPARE(covered->field(CostField::InstanceType), u"Standard_D8s_v5"_s);
    QCOMPARE(covered->field(CostField::Tags), u"{\"env\":\"prod\",\"team\":\"k8s\"}"_s);
    QCOMPARE(covered->line.billedCost, Money());
    QCOMPARE(covered->line.effectiveCost, money("3.1234"));
    QCOMPARE(covered->line.usageHours, 24.0);
    QCOMPARE(covered->line.listCost, std::optional<Money>(money("9.216")));

    // Line 3: the unused part of the savings plan.
    const OwnedCostLine *unused = lineAt(sink, 3);
    QVERIFY(unused);
    QCOMPARE(unused->field(CostField::ChargeCategory), u"Usage"_s);
    QCOMPARE(unused->field(CostField::CommitmentDiscountStatus), u"Unused"_s);
    QCOMPARE(unused->line.billedCost, Money());
    QCOMPARE(unused->line.effectiveCost, money("0.8766"));
    QCOMPARE(unused->line.usageHours, 0.0);
    QVERIFY(unused->line.commitment);
    QCOMPARE(unused->line.commitment->termMonths, 36);
    QCOMPARE(unused->line.commitment->start, qint64(0));

    // Line 4: Tags without braces; line 5: the USD billing profile.
    QCOMPARE(lineAt(sink, 4)->field(CostField::Tags), u"{\"env\":\"prod\"}"_s);
    QCOMPARE(lineAt(sink, 4)->field(CostField::ServiceCategory), u"Networking"_s);
    QCOMPARE(lineAt(sink, 5)->field(CostField::BillingCurrency), u"USD"_s);
    QCOMPARE(lineAt(sink, 5)->field(CostField::RegionId), u"eastus"_s);

    // Line 12: a monthly reservation payment, spread over usage in amortised data.
    const OwnedCostLine *payment = lineAt(sink, 12);
    QVERIFY(payment);
    QCOMPARE(payment->field(CostField::ChargeCategory), u"Purchase"_s);
    QCOMPARE(payment->field(CostField::ChargeFrequency), u"Recurring"_s);
    QCOMPARE(payment->line.billedCost, money("51"));
    QCOMPARE(payment->line.effectiveCost, Money());
    QCOMPARE(payment->line.commitment->termMonths, 36);
    QCOMPARE(payment->line.commitment->start, qint64(0)); // not the start: a monthly payment

    // Line 13: rounding.
    QCOMPARE(lineAt(sink, 13)->field(CostField::ChargeCategory), u"Adjustment"_s);
    QCOMPARE(lineAt(sink, 13)->line.billedCost, money("0.0000012"));
}

void TestAzureCostImporter::legacyNames()
{
    const std::unique_ptr<Read> read = readFixture(u"azure-usage-legacy-2019.csv"_s);
    QVERIFY2(read->outcome.ok(), qPrintable(why(read->outcome)));
    const OwnedCostLine *vm = lineAt(read->sink, 2);
    QVERIFY(vm);
    QCOMPARE(vm->field(CostField::SubAccountId), u"5f1c2e3d-8a9b-4c7d-9e0f-1a2b3c4d5e6f"_s);
    QVERIFY(vm->field(CostField::ResourceId).endsWith(u"/virtualMachines/vm-legacy-01"_s));
    QCOMPARE(vm->field(CostField::InstanceType), u"Standard_D4_v3"_s);
    QCOMPARE(vm->field(CostField::RegionId), u"westeurope"_s);
    QCOMPARE(vm->field(CostField::BillingCurrency), u"EUR"_s);
    QCOMPARE(vm->line.chargePeriodStart, at("2019-03-31"));
    QCOMPARE(vm->line.consumedQuantity, std::optional<Money>(money("744")));
    QCOMPARE(vm->line.usageHours, 744.0);
    QCOMPARE(vm->line.billedCost, money("142.848"));
    // The localised department column is kept under its header.
    QVERIFY2(vm->extras.contains("Name der Abteilung (DepartmentName)"), vm->extras.constData());
}

void TestAzureCostImporter::sniffAndSelect()
{
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    for (const QString &name :
         {u"azure-ea-actual-2025q1.csv"_s, u"azure-mca-amortized-2025-04.csv"_s,
          u"azure-usage-legacy-2019.csv"_s}) {
        QFile file(fixture(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(Importer::kSniffBytes);
        Result<const Importer *> chosen = registry.select(head, name);
        QVERIFY(chosen.ok());
        QCOMPARE(chosen.value()->formatId(), u"azure-cost"_s);
        QCOMPARE(AzureCostImporter().sniff(head, name), 96);
    }
    QFile inventory(QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/csv/cmdb-export-en.csv"));
    QVERIFY(inventory.open(QIODevice::ReadOnly));
    QCOMPARE(AzureCostImporter().sniff(inventory.read(Importer::kSniffBytes), u"cmdb.csv"_s), 0);
    const QByteArray focus = "BilledCost,BillingCurrency,ChargePeriodStart,EffectiveCost,"
                             "ProviderName,ServiceName,x_SkuMeterCategory\n";
    QCOMPARE(registry.select(focus, u"focus.csv"_s).value()->formatId(), u"focus"_s);
}

void TestAzureCostImporter::inventoriesStayInventories()
{
    // No inventory or utilisation fixture is taken for a bill now that bill importers exist.
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    int checked = 0;
    QDirIterator it(QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data"),
                    QDir::Files | QDir::AllDirs | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isDir() || path.contains(u"/tests/data/bills/"_s)) {
            continue;
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(Importer::kSniffBytes);
        Result<const Importer *> chosen = registry.select(head, QFileInfo(path).fileName());
        if (chosen.ok()) {
            QVERIFY2(!chosen.value()->producesCosts(),
                     qPrintable(path + u" → "_s + chosen.value()->formatId()));
            ++checked;
        }
    }
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
}

void TestAzureCostImporter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad amount")
        << u"malformed/bad-amount.csv"_s
        << u"bad-amount.csv:3:18: CostInBillingCurrency: expected a decimal number for the cost, "
           "found “1.234,56”"_s;
    QTest::newRow("bad date")
        << u"malformed/bad-date.csv"_s
        << u"bad-date.csv:2:8: Date: expected a date and time for Date (such as "
           "2025-01-31T00:00:00Z), found “13/01/2025”"_s;
    QTest::newRow("truncated")
        << u"malformed/truncated.csv"_s
        << u"truncated.csv:3: expected 57 fields as in the header, found 10 (is the line or the "
           "file cut short?)"_s;
    QTest::newRow("missing column")
        << u"malformed/missing-column.csv"_s
        << u"missing-column.csv:1:1: not an Azure cost details file: the header lacks the "
           "column(s) CostInBillingCurrency"_s;
}

void TestAzureCostImporter::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const std::unique_ptr<Read> read = readFixture(file);
    QVERIFY(!read->outcome.ok());
    QCOMPARE(why(read->outcome), error);
}

void TestAzureCostImporter::throughImportService()
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
        service.importFile(project, fixture(u"azure-ea-actual-2025q1.csv"_s));
    QVERIFY2(summary.ok(), qPrintable(why(summary)));
    QCOMPARE(summary.value().format, u"azure-cost"_s);
    QCOMPARE(summary.value().rowCount, qint64(31));
    // vm-web-01, vm-app-02, vm-jump, vm-batch-7.
    QCOMPARE(summary.value().derivedWorkloads, 4);
    Database &db = project.database();
    QCOMPARE(db.queryValue("SELECT COUNT(*) FROM cost_commitments").value().toInt(), 1);
    QCOMPARE(db.queryValue("SELECT term_months FROM cost_commitments").value().toInt(), 12);
    project.close();
}

QTEST_GUILESS_MAIN(TestAzureCostImporter)
#include "TestAzureCostImporter.moc"
