// The FOCUS importer end to end: files as real exports write them go through ImportService into a
// project, and the stored totals must equal the totals computed independently by
// tests/data/bills/focus/make_fixtures.py (Python's decimal module) to the last digit.

#include "models/commands/SetWorkloadFieldCommand.h"
#include "models/costs/CostData.h"
#include "models/importers/ImportService.h"
#include "models/importers/bills/CollectingCostSink.h"
#include "models/importers/bills/FocusImporter.h"
#include "models/storage/ProjectFile.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/focus/") + name;
}

QJsonObject expected(const QString &file)
{
    QFile f(fixture(u"expected.json"_s));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object().value(file).toObject();
}

Money money(const QString &text)
{
    return Money::parse(text, {MoneyDecimalSeparator::Dot}).value_or(Money::fromInteger(-999999));
}

qint64 count(Project &project, const char *sql)
{
    return project.database().queryValue(sql).value().toLongLong();
}

} // namespace

class TestFocusImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sniffing();
    void totalsMatchTheSource_data();
    void totalsMatchTheSource();
    void quirksAreAcceptedWithWarnings();
    void version13ProviderName();
    void specExampleWithoutCurrency();
    void commitmentsAndEffectiveCost();
    void derivedWorkloadsFromABillAlone();
    void derivedWorkloadsLinkToTheInventory();
    void malformedFiles_data();
    void malformedFiles();
    void skipBadRowsKeepsTheRest();
    void cancelLeavesTheProjectUnchanged();
    void removingTheImportRemovesItsLines();
    void removingABillIsUndoable();
    void linesBehindANumber();
    void costsSurviveReopening();

private:
    Result<ImportSummary> import(const QString &name, ImportOptions options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestFocusImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Project>> created =
        Project::create(m_dir->filePath(u"bills.boussole"_s), u"Bills"_s);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    m_project = std::move(created.value());
}

void TestFocusImporter::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

Result<ImportSummary> TestFocusImporter::import(const QString &name, ImportOptions options)
{
    return importFile(*m_project, fixture(name), options);
}

void TestFocusImporter::sniffing()
{
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    for (const QString &name :
         {u"focus-1.2-aws.csv"_s, u"focus-1.0-sample-quirks.csv"_s, u"focus-1.3-ovhcloud.csv"_s}) {
        QFile file(fixture(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Result<const Importer *> chosen = registry.select(file.peek(Importer::kSniffBytes), name);
        QVERIFY2(chosen, qPrintable(name));
        QCOMPARE(chosen.value()->formatId(), u"focus"_s);
    }
    // An inventory CSV is not a bill.
    const FocusImporter focus;
    QCOMPARE(focus.sniff("name,vcpu,memory_gib\nweb-1,2,4\n", u"inventory.csv"_s), 0);
}

void TestFocusImporter::totalsMatchTheSource_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedFile");
    QTest::addRow("1.2") << u"focus-1.2-aws.csv"_s << u"focus-1.2-aws.csv"_s;
    QTest::addRow("1.2 gzip") << u"focus-1.2-aws.csv.gz"_s << u"focus-1.2-aws.csv"_s;
    QTest::addRow("1.2 zip") << u"focus-1.2-aws.zip"_s << u"focus-1.2-aws.csv"_s;
    QTest::addRow("1.0 quirks") << u"focus-1.0-sample-quirks.csv"_s
                                << u"focus-1.0-sample-quirks.csv"_s;
    QTest::addRow("1.3 draft") << u"focus-1.3-ovhcloud.csv"_s << u"focus-1.3-ovhcloud.csv"_s;
}

void TestFocusImporter::totalsMatchTheSource()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedFile);
    const QJsonObject want = expected(expectedFile);
    QVERIFY(!want.isEmpty());

    Result<ImportSummary> summary = import(file);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->format, u"focus"_s);
    QCOMPARE(summary->rowCount, qint64(want.value(u"lines"_s).toInt()));

    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    QCOMPARE(data->lineCount(), qint64(want.value(u"lines"_s).toInt()));
    for (const auto &[basis, key] : {std::pair{CostBasis::Billed, u"billed"_s},
                                     std::pair{CostBasis::Effective, u"effective"_s}}) {
        const CurrencyAmounts total = data->total({}, basis);
        const QJsonObject byCurrency = want.value(key).toObject();
        QCOMPARE(qsizetype(total.size()), byCurrency.size());
        for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it) {
            QVERIFY2(total.count(it.key()), qPrintable(it.key()));
            QCOMPARE(total.at(it.key()).toString(), money(it.value().toString()).toString());
        }
    }
    // Per service and month, billed.
    const QJsonObject perServiceMonth = want.value(u"by_service_month"_s).toObject();
    int checked = 0;
    for (auto it = perServiceMonth.begin(); it != perServiceMonth.end(); ++it) {
        const QStringList parts = it.key().split(u'|');
        CostFilter filter;
        filter.equals = {{CostDimension::Service, parts[0]}, {CostDimension::Month, parts[1]}};
        const CurrencyAmounts amount = data->total(filter);
        QCOMPARE(amount.size(), std::size_t(1));
        QCOMPARE(amount.begin()->second.toString(), money(it.value().toString()).toString());
        ++checked;
    }
    QVERIFY(checked >= 1);
}

void TestFocusImporter::quirksAreAcceptedWithWarnings()
{
    Result<ImportSummary> summary = import(u"focus-1.0-sample-quirks.csv"_s);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QStringList messages;
    for (const ImportWarning &w : summary->warnings) {
        messages << w.toString(summary->fileName);
    }
    const QString all = messages.join(u'\n');
    // One warning per kind, not per line.
    QVERIFY2(all.contains(u"Id, x_ProviderSpecific"_s), qPrintable(all));
    QVERIFY2(all.contains(u"NULL"_s), qPrintable(all));
    QVERIFY2(all.contains(u"without “T” or “Z”"_s), qPrintable(all));
    QVERIFY2(all.contains(u"“Usage-based” as “Usage-Based”"_s) ||
                 all.contains(u"“usage” as “Usage”"_s),
             qPrintable(all));
    QVERIFY2(summary->warnings.size() <= 8, qPrintable(all));

    // Canonical values and upper-case currency are stored; the extras are kept with the line.
    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    QCOMPARE(data->currencies(), QStringList{u"EUR"_s});
    const std::vector<CostGroup> categories = data->aggregate(CostDimension::ChargeCategory);
    QCOMPARE(categories.size(), std::size_t(1));
    QCOMPARE(categories.front().key, u"Usage"_s);
    Result<std::vector<CostLineRecord>> lines = costLines(*m_project, {}, 100);
    QVERIFY(lines);
    QCOMPARE(lines->size(), std::size_t(24));
    QCOMPARE(lines->front().extras, uR"({"Id":"1000","x_ProviderSpecific":"meter-42"})"_s);
    QCOMPARE(lines->at(1).extras, uR"({"Id":"1001"})"_s);
    QCOMPARE(lines->front().chargeStart.toString(Qt::ISODate), u"2024-09-01T22:00:00Z"_s);
    QCOMPARE(lines->front().provider, u"Microsoft"_s);
    QCOMPARE(lines->front().region, u"francecentral"_s);
    QCOMPARE(lines->front().description, u"Standard D2s v5 - 1 Hour"_s);
    QCOMPARE(lines->at(1).description, QString()); // "NULL" in the file
    // "NULL" never becomes a value.
    QVERIFY(!lines->front().account.contains(u"NULL"_s));
}

void TestFocusImporter::version13ProviderName()
{
    QVERIFY(import(u"focus-1.3-ovhcloud.csv"_s));
    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    const std::vector<CostGroup> providers = data->aggregate(CostDimension::Provider);
    QCOMPARE(providers.size(), std::size_t(1));
    QCOMPARE(providers.front().key, u"OVHcloud"_s);
    QCOMPARE(providers.front().amounts.at(u"EUR"_s).toString(), u"292.6856643704"_s);
}

void TestFocusImporter::specExampleWithoutCurrency()
{
    Result<ImportSummary> summary =
        import(u"spec-example/focus_1.2_spec_example_cd_flex_2_resources.csv"_s);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->rowCount, qint64(3));
    bool warned = false;
    for (const ImportWarning &w : summary->warnings) {
        warned = warned || w.message.contains(u"BillingCurrency"_s);
    }
    QVERIFY(warned);
    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    // 2 billed for the commitment, 0 for the covered usage; 0 + 1 + 1 effective.
    QCOMPARE(data->total({}, CostBasis::Billed).at(u"XXX"_s).toString(), u"2"_s);
    QCOMPARE(data->total({}, CostBasis::Effective).at(u"XXX"_s).toString(), u"2"_s);
}

void TestFocusImporter::commitmentsAndEffectiveCost()
{
    QVERIFY(import(u"focus-1.2-aws.csv"_s));
    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    const std::vector<CommitmentRecord> commitments = data->commitments();
    QCOMPARE(commitments.size(), std::size_t(1));
    const CommitmentRecord &sp = commitments.front();
    QVERIFY(sp.id.endsWith(u"savingsplan/3f1e2d4c-aaaa-bbbb-cccc-1234567890ab"_s));
    QCOMPARE(sp.type, u"Savings Plan"_s);
    QCOMPARE(sp.provider, u"AWS"_s);
    QCOMPARE(sp.firstSeen.date(), QDate(2025, 1, 1));
    QCOMPARE(sp.lastSeen.date(), QDate(2025, 3, 15));
    // 3 monthly fees of 36.5 billed; covered usage billed 0.
    QCOMPARE(sp.billed.toString(), u"109.5"_s);
    QVERIFY(sp.effective > Money());
    // FOCUS 1.2 carries no expiry: it stays unknown rather than guessed.
    QVERIFY(!sp.end.isValid());
}

void TestFocusImporter::derivedWorkloadsFromABillAlone()
{
    Result<ImportSummary> summary = import(u"focus-1.2-aws.csv"_s);
    QVERIFY(summary);
    QCOMPARE(summary->derivedWorkloads, 3);
    const std::vector<Workload> workloads = m_project->workloads();
    QCOMPARE(workloads.size(), std::size_t(3));
    const auto erp = std::find_if(workloads.begin(), workloads.end(),
                                  [](const Workload &w) { return w.name == u"erp-app-01"_s; });
    QVERIFY(erp != workloads.end());
    QCOMPARE(erp->kind, u"vm"_s);
    QCOMPARE(erp->vcpu.value_or(0), 4.0); // m7i.xlarge
    QCOMPARE(erp->memoryGib.value_or(0), 16.0);
    QCOMPARE(erp->region, u"eu-west-3"_s);
    QCOMPARE(erp->environment, u"prod"_s);
    QCOMPARE(erp->tags.value(u"running_hours"_s).toString(), u"144.0"_s); // 6 × 24 h
    QVERIFY(erp->naturalKey.endsWith(u"instance/i-0a1b2c3d4e5f60718"_s));
    // The costs link back to the derived workloads.
    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    QCOMPARE(data->monthlyByWorkload().size(), std::size_t(3));
    // A second month of the same estate derives nothing new.
    Result<ImportSummary> again = import(u"focus-1.2-aws.csv.gz"_s);
    QVERIFY2(!again, "the compressed copy of a bill already imported is refused");
    QVERIFY2(again.error().message.contains(u"already imported"_s),
             qPrintable(again.error().toString()));
}

void TestFocusImporter::derivedWorkloadsLinkToTheInventory()
{
    // An inventory that knows one of the instances: that one is not derived again.
    const QString inventory = m_dir->filePath(u"ec2.csv"_s);
    QFile f(inventory);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name,uuid,vcpu,memory_gib,environment,application\n"
            "erp-app-01,i-0a1b2c3d4e5f60718,4,16,prod,ERP\n");
    f.close();
    Result<ImportSummary> inv = importFile(*m_project, inventory);
    QVERIFY2(inv, qPrintable(inv ? QString() : inv.error().toString()));
    Result<ImportSummary> summary = import(u"focus-1.2-aws.csv"_s);
    QVERIFY(summary);
    QCOMPARE(summary->derivedWorkloads, 2);
    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    const std::vector<CostGroup> apps = data->aggregate(CostDimension::Application);
    const auto erp = std::find_if(apps.begin(), apps.end(),
                                  [](const CostGroup &g) { return g.key == u"ERP"_s; });
    QVERIFY(erp != apps.end());
    // Billed 0 (the savings plan pays it); its amortised cost is not.
    QCOMPARE(erp->amounts.at(u"USD"_s), Money());
    const std::vector<CostGroup> effective =
        data->aggregate(CostDimension::Application, {}, CostBasis::Effective);
    const auto erpEffective = std::find_if(effective.begin(), effective.end(),
                                           [](const CostGroup &g) { return g.key == u"ERP"_s; });
    QVERIFY(erpEffective->amounts.at(u"USD"_s) > Money());
}

void TestFocusImporter::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addRow("bad amount") << u"bad-amount.csv"_s
                                << u"bad-amount.csv:4:2: BilledCost: expected a decimal number for "
                                   "BilledCost, found “12,5O”"_s;
    QTest::addRow("bad date") << u"bad-date.csv"_s
                              << u"bad-date.csv:6:16: ChargePeriodStart: expected a date and time "
                                 "for ChargePeriodStart (such as 2025-01-31T00:00:00Z), found "
                                 "“2025-02-30T00:00:00Z”"_s;
    QTest::addRow("truncated")
        << u"truncated.csv"_s
        << u"truncated.csv:8: expected 55 fields as in the header, found 52"_s;
    QTest::addRow("no BilledCost")
        << u"no-billed-cost.csv"_s
        << u"not a FOCUS file: the header lacks the column(s) BilledCost"_s;
    QTest::addRow("corrupt gzip") << u"corrupt.csv.gz"_s << u"truncated"_s;
    QTest::addRow("corrupt zip") << u"corrupt.zip"_s << u"corrupt.zip: "_s;
}

void TestFocusImporter::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    ImportOptions options;
    options.format = u"focus"_s;
    Result<ImportSummary> summary = import(file, options);
    QVERIFY(!summary);
    QVERIFY2(summary.error().toString().contains(message), qPrintable(summary.error().toString()));
    // All or nothing: the project is exactly as it was.
    QCOMPARE(m_project->importCount(), 0);
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_lines"), qint64(0));
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_rollup"), qint64(0));
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_strings"), qint64(1));
    QCOMPARE(m_project->workloadCount(), 0);
}

void TestFocusImporter::skipBadRowsKeepsTheRest()
{
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportSummary> summary = import(u"bad-amount.csv"_s, options);
    QVERIFY(summary);
    QCOMPARE(summary->rowCount, qint64(36));
    QCOMPARE(summary->rowsSkipped, qint64(1));
    bool listed = false;
    for (const ImportWarning &w : summary->warnings) {
        listed = listed || (w.line == 4 && w.column == 2 && w.message.contains(u"12,5O"_s));
    }
    QVERIFY(listed);
}

void TestFocusImporter::cancelLeavesTheProjectUnchanged()
{
    // A bill large enough for several progress reports; the user cancels at the second one.
    const QString big = m_dir->filePath(u"big-focus.csv"_s);
    {
        QFile source(fixture(u"focus-1.2-aws.csv"_s));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray header = source.readLine();
        const QByteArray body = source.readAll();
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(header);
        for (int i = 0; i < 1000; ++i) {
            out.write(body);
        }
    }
    ImportOptions options;
    int reports = 0;
    qint64 lastBytes = -1;
    bool ordered = true;
    options.progress = [&](qint64 bytes, qint64 rows) -> bool {
        ordered = ordered && bytes >= lastBytes && rows > 0;
        lastBytes = bytes;
        return ++reports < 2;
    };
    Result<ImportSummary> summary = importFile(*m_project, big, options);
    QVERIFY(!summary);
    QVERIFY2(summary.error().message.contains(u"cancelled"_s),
             qPrintable(summary.error().toString()));
    QVERIFY(ordered); // bytes and rows only grow
    QCOMPARE(reports, 2);
    QCOMPARE(m_project->importCount(), 0);
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_lines"), qint64(0));
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_strings"), qint64(1));
}

void TestFocusImporter::removingTheImportRemovesItsLines()
{
    Result<ImportSummary> first = import(u"focus-1.3-ovhcloud.csv"_s);
    Result<ImportSummary> second = import(u"focus-1.2-aws.csv"_s);
    QVERIFY(first && second);
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_lines"), qint64(41));
    QVERIFY(m_project->removeImport(first->importId));
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_lines"), qint64(37));
    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    QCOMPARE(data->currencies(), QStringList{u"USD"_s});
    QVERIFY(m_project->removeImport(second->importId));
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_lines"), qint64(0));
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_commitments"), qint64(0));
}

void TestFocusImporter::removingABillIsUndoable()
{
    Result<ImportSummary> summary = import(u"focus-1.2-aws.csv"_s);
    QVERIFY(summary);
    const QString before = CostData::load(*m_project)->total().at(u"USD"_s).toString();
    RemoveImportCommand command(m_project.get(), summary->importId);
    command.redo();
    QVERIFY(!command.failed());
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_lines"), qint64(0));
    QCOMPARE(m_project->workloadCount(), 0);
    command.undo();
    QVERIFY2(!command.failed(), qPrintable(command.errorMessage()));
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_lines"), qint64(37));
    QCOMPARE(m_project->workloadCount(), 3);
    Result<CostData> data = CostData::load(*m_project);
    QCOMPARE(data->total().at(u"USD"_s).toString(), before);
    QCOMPARE(data->commitments().size(), std::size_t(1));
    // Redo again, and undo again: the stash is taken afresh each time.
    command.redo();
    QCOMPARE(count(*m_project, "SELECT count(*) FROM cost_rollup"), qint64(0));
    command.undo();
    QCOMPARE(CostData::load(*m_project)->total().at(u"USD"_s).toString(), before);
}

void TestFocusImporter::linesBehindANumber()
{
    QVERIFY(import(u"focus-1.2-aws.csv"_s));
    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    CostFilter filter;
    filter.equals = {{CostDimension::Service, u"Amazon Simple Storage Service"_s},
                     {CostDimension::Month, u"2025-02"_s}};
    qint64 total = 0;
    Result<std::vector<CostLineRecord>> lines = costLines(*m_project, filter, 10, 0, &total);
    QVERIFY(lines);
    QCOMPARE(total, qint64(2));
    Money sum;
    for (const CostLineRecord &line : *lines) {
        sum += line.billed;
        QCOMPARE(line.service, u"Amazon Simple Storage Service"_s);
        QVERIFY(line.row > 1);
        QCOMPARE(line.uuid.size(), 36);
    }
    QCOMPARE(sum, data->total(filter).at(u"USD"_s));
    // Stable ids: the same line gives the same id again.
    Result<std::vector<CostLineRecord>> again = costLines(*m_project, filter, 10, 0);
    QCOMPARE(again->front().uuid, lines->front().uuid);
}

void TestFocusImporter::costsSurviveReopening()
{
    QVERIFY(import(u"focus-1.2-aws.csv"_s));
    const QString path = m_project->path();
    QVERIFY(m_project->close());
    m_project.reset();
    Result<std::unique_ptr<Project>> reopened = Project::open(path);
    QVERIFY(reopened);
    m_project = std::move(reopened.value());
    Result<CostData> data = CostData::load(*m_project);
    QVERIFY(data);
    QCOMPARE(data->total().at(u"USD"_s).toString(), money(expected(u"focus-1.2-aws.csv"_s)
                                                              .value(u"billed"_s)
                                                              .toObject()
                                                              .value(u"USD"_s)
                                                              .toString())
                                                        .toString());
}

QTEST_GUILESS_MAIN(TestFocusImporter)
#include "TestFocusImporter.moc"
