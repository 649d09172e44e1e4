#include "models/commands/SetWorkloadFieldCommand.h"
#include "models/importers/CsvInventoryImporter.h"
#include "models/importers/ImportService.h"
#include "models/importers/UtilisationImporter.h"
#include "models/storage/ProjectFile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BOUSSOLE_TEST_DATA "/utilisation/") + name;
}

QString describe(const Error &error)
{
    return error.toString();
}

QStringList messages(const std::vector<ImportWarning> &warnings, const QString &file)
{
    QStringList list;
    for (const ImportWarning &warning : warnings) {
        list << warning.toString(file);
    }
    return list;
}

Result<ImportOutcome> readFixture(const QString &name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(u"cannot open "_s + name);
    }
    ImportContext context;
    context.fileName = name;
    return UtilisationImporter().read(file, context);
}

// "web-prd-01 -> <id of web-prd-01>" is easier to read in a failure than two UUIDs.
QString nameOf(const Project &project, const QString &workloadId)
{
    if (workloadId.isEmpty()) {
        return u"(none)"_s;
    }
    for (const Workload &w : project.workloads()) {
        if (w.id == workloadId) {
            return w.name;
        }
    }
    return u"(missing "_s + workloadId + u')';
}

// Each utilisation row's ref and the name of the workload it is linked to.
std::map<QString, QString> links(const Project &project)
{
    std::map<QString, QString> result;
    for (const UtilisationRecord &u : project.utilisation()) {
        result[u.ref + u" @ "_s + u.periodStart.toString(Qt::ISODate)] =
            nameOf(project, u.workloadId);
    }
    return result;
}

QString workloadId(const Project &project, const QString &name)
{
    for (const Workload &w : project.workloads()) {
        if (w.name == name) {
            return w.id;
        }
    }
    return {};
}

} // namespace

class TestUtilisationImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void headerRoles_data();
    void headerRoles();
    void periods_data();
    void periods();
    void parsesAriaOperationsExport();
    void parsesPrometheusFrenchExport();
    void parsesCloudWatchCoresAndGib();
    void suspiciousRowsWarn();
    void sniffing_data();
    void sniffing();
    void matchesByNameShortNameAndUuid();
    void unmatchedRowsAreLinkedByALaterInventory();
    void coresAndGibBecomePercentagesOfTheWorkload();
    void latestPeriodWins();
    void removingImportsCascades();
    void undoingARemovalRestoresUtilisation();
    void addImportIsOneTransaction();
    void badRowStoresNothing_data();
    void badRowStoresNothing();
    void skipBadRowsKeepsTheRest();
    void matcherRules();
    void readmeExampleReadsAsDocumented();

private:
    Result<ImportSummary> import(const QString &name, ImportOptions options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    ImporterRegistry m_registry = ImporterRegistry::withBuiltins();
};

void TestUtilisationImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Project>> created =
        Project::create(m_dir->filePath(u"test.boussole"_s), u"Test"_s);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    m_project = std::move(created.value());
}

void TestUtilisationImporter::cleanup()
{
    if (m_project) {
        m_project->close();
    }
    m_project.reset();
    m_dir.reset();
}

Result<ImportSummary> TestUtilisationImporter::import(const QString &name, ImportOptions options)
{
    return ImportService(m_registry).importFile(*m_project, fixture(name), options);
}

void TestUtilisationImporter::headerRoles_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("role"); // column, or "metric statistic unit"; empty: not read

    QTest::newRow("name") << u"Name"_s << u"name"_s;
    QTest::newRow("nom") << u"Nom"_s << u"name"_s;
    QTest::newRow("vm") << u"VM"_s << u"name"_s;
    QTest::newRow("uuid") << u"UUID"_s << u"uuid"_s;
    QTest::newRow("instance id") << u"InstanceId"_s << u"uuid"_s;
    QTest::newRow("période") << u"Période"_s << u"period"_s;
    QTest::newRow("début") << u"Début"_s << u"start"_s;
    QTest::newRow("fin") << u"Fin"_s << u"end"_s;
    QTest::newRow("échantillons") << u"Échantillons"_s << u"samples"_s;
    QTest::newRow("cpu p95 %") << u"CPU P95 (%)"_s << u"cpu p95 percent"_s;
    QTest::newRow("no unit is percent") << u"cpu_p50"_s << u"cpu p50 percent"_s;
    QTest::newRow("aria") << u"CPU|Usage (%) - 99th Percentile"_s << u"cpu p99 percent"_s;
    QTest::newRow("aria max") << u"Memory|Usage (%) - Maximum"_s << u"mem max percent"_s;
    QTest::newRow("mémoire pic go") << u"Mémoire pic (Go)"_s << u"mem max gib"_s;
    QTest::newRow("mem mib") << u"mem_p95_mib"_s << u"mem p95 mib"_s;
    QTest::newRow("cores") << u"CPU max (cores)"_s << u"cpu max cores"_s;
    QTest::newRow("cœurs") << u"CPU P95 (cœurs)"_s << u"cpu p95 cores"_s;
    QTest::newRow("median") << u"RAM médiane %"_s << u"mem p50 percent"_s;
    QTest::newRow("percentile 95") << u"CPU percentile 95"_s << u"cpu p95 percent"_s;
    QTest::newRow("average") << u"CPU average (%)"_s << QString();
    QTest::newRow("two statistics") << u"CPU P95 max"_s << QString();
    QTest::newRow("cpu and memory") << u"CPU memory P95"_s << QString();
    QTest::newRow("cpu in GiB") << u"CPU P95 (GiB)"_s << QString();
    QTest::newRow("memory in cores") << u"Memory P95 (cores)"_s << QString();
    QTest::newRow("vcpu size") << u"vCPU"_s << QString();
    QTest::newRow("other") << u"Object Type"_s << QString();
    QTest::newRow("host is the hypervisor") << u"Host"_s << QString();
}

void TestUtilisationImporter::headerRoles()
{
    QFETCH(QString, header);
    QFETCH(QString, role);
    using U = UtilisationImporter;
    const std::optional<U::HeaderRole> found = U::roleOfHeader(header);
    QString text;
    if (found) {
        switch (found->column) {
        case U::Column::Name:
            text = u"name"_s;
            break;
        case U::Column::Uuid:
            text = u"uuid"_s;
            break;
        case U::Column::Period:
            text = u"period"_s;
            break;
        case U::Column::Start:
            text = u"start"_s;
            break;
        case U::Column::End:
            text = u"end"_s;
            break;
        case U::Column::Samples:
            text = u"samples"_s;
            break;
        case U::Column::Metric: {
            const QString statistics[] = {u"p50"_s, u"p95"_s, u"p99"_s, u"max"_s};
            const QString units[] = {u"percent"_s, u"cores"_s, u"gib"_s, u"mib"_s};
            text = (found->metric == U::Metric::Cpu ? u"cpu "_s : u"mem "_s) +
                   statistics[int(found->statistic)] + u' ' + units[int(found->unit)];
            break;
        }
        }
    }
    QCOMPARE(text, role);
}

void TestUtilisationImporter::periods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("month") << u"2026-10"_s << QDate(2026, 10, 1) << QDate(2026, 10, 31);
    QTest::newRow("february") << u"2028-02"_s << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("french month") << u"11/2026"_s << QDate(2026, 11, 1) << QDate(2026, 11, 30);
    QTest::newRow("iso interval") << u"2026-10-01/2026-10-15"_s << QDate(2026, 10, 1)
                                  << QDate(2026, 10, 15);
    QTest::newRow("french interval")
        << u"01/10/2026 - 15/10/2026"_s << QDate(2026, 10, 1) << QDate(2026, 10, 15);
    QTest::newRow("one day") << u"2026-10-07"_s << QDate(2026, 10, 7) << QDate(2026, 10, 7);
    QTest::newRow("month 13") << u"2026-13"_s << QDate() << QDate();
    QTest::newRow("words") << u"octobre"_s << QDate() << QDate();
    QTest::newRow("empty") << QString() << QDate() << QDate();
}

void TestUtilisationImporter::periods()
{
    QFETCH(QString, text);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const auto [from, to] = UtilisationImporter::parsePeriod(text);
    QCOMPARE(from, start);
    QCOMPARE(to, end);
}

void TestUtilisationImporter::parsesAriaOperationsExport()
{
    Result<ImportOutcome> outcome = readFixture(u"aria-operations-en.csv"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
    QVERIFY(outcome->workloads.empty());
    QCOMPARE(outcome->rowsRead, 4);
    QCOMPARE(messages(outcome->warnings, u"aria-operations-en.csv"_s),
             QStringList{u"aria-operations-en.csv:1: columns not imported: \"Object Type\""_s});
    const std::vector<UtilisationRecord> &rows = outcome->utilisation;
    QCOMPARE(rows.size(), 4u);

    const UtilisationRecord &web = rows[0];
    QCOMPARE(web.ref, u"web-prd-01.corp.local"_s);
    QCOMPARE(web.refUuid, QString());
    QCOMPARE(web.periodStart, QDate(2026, 10, 1));
    QCOMPARE(web.periodEnd, QDate(2026, 10, 31));
    QCOMPARE(web.samples, std::optional<qint64>(8928));
    QCOMPARE(web.cpuP50, std::optional<double>(12.5));
    QCOMPARE(web.cpuP95, std::optional<double>(41));
    QCOMPARE(web.cpuP99, std::optional<double>(55.2));
    QCOMPARE(web.cpuMax, std::optional<double>(78));
    QCOMPARE(web.memP50, std::optional<double>(45));
    QCOMPARE(web.memP95, std::optional<double>(61.5));
    QCOMPARE(web.memP99, std::optional<double>()); // no such column
    QCOMPARE(web.memMax, std::optional<double>(70.1));
    QCOMPARE(web.sourceLocation, u"line 2"_s);
    QVERIFY(web.cpuScale == CpuScale::Percent);
    QVERIFY(web.memScale == MemoryScale::Percent);

    // No name: the UUID stands for the workload. "35.5%" is read as 35.5.
    QCOMPARE(rows[2].ref, u"{4210F3C2-9A1B-4C5D-8E7F-0123456789AB}"_s);
    QCOMPARE(rows[2].refUuid, rows[2].ref);
    QCOMPARE(rows[2].cpuMax, std::optional<double>(35.5));
    QCOMPARE(rows[3].ref, u"web-99"_s);
    QCOMPARE(rows[3].memMax, std::optional<double>());
    QCOMPARE(rows[3].samples, std::optional<qint64>(8640));
}

void TestUtilisationImporter::parsesPrometheusFrenchExport()
{
    Result<ImportOutcome> outcome = readFixture(u"prometheus-fr.csv"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
    QCOMPARE(outcome->utilisation.size(), 3u);
    const UtilisationRecord &web = outcome->utilisation[0];
    QCOMPARE(web.ref, u"web-prd-01"_s);
    QCOMPARE(web.periodStart, QDate(2026, 11, 1));
    QCOMPARE(web.periodEnd, QDate(2026, 11, 30));
    QCOMPARE(web.samples, std::optional<qint64>(43200));
    QCOMPARE(web.cpuP50, std::optional<double>(10.5));
    QCOMPARE(web.cpuP95, std::optional<double>(38.25));
    QCOMPARE(web.cpuMax, std::optional<double>(71.5));
    QCOMPARE(web.memP99, std::optional<double>(62));
    QCOMPARE(outcome->utilisation[1].cpuP95, std::optional<double>(87.5)); // "87,5 %"
    QCOMPARE(outcome->utilisation[1].cpuMax, std::optional<double>(99.9));
    // A P95 above the P99 is suspicious, not wrong: kept, with a warning at the P95 cell.
    QCOMPARE(outcome->utilisation[2].cpuP95, std::optional<double>(80));
    QCOMPARE(outcome->utilisation[2].cpuP99, std::optional<double>(70));
    QCOMPARE(messages(outcome->warnings, u"prometheus-fr.csv"_s),
             QStringList{u"prometheus-fr.csv:4:5: \"cpu p95 (%)\" (80) is above \"cpu p99 (%)\" "
                         "(70); the figures are kept as written"_s});
}

void TestUtilisationImporter::parsesCloudWatchCoresAndGib()
{
    Result<ImportOutcome> outcome = readFixture(u"cloudwatch-cores-gib.csv"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
    QVERIFY(outcome->warnings.empty());
    QCOMPARE(outcome->utilisation.size(), 4u);
    const UtilisationRecord &web = outcome->utilisation[0];
    QCOMPARE(web.ref, u"web-prd-01"_s);
    QCOMPARE(web.refUuid, u"i-0a1b2c3d4e5f60718"_s);
    QCOMPARE(web.periodStart, QDate(2026, 12, 1));
    QCOMPARE(web.periodEnd, QDate(2026, 12, 31));
    QCOMPARE(web.samples, std::optional<qint64>(744));
    // Left in the file's units until the workload is known.
    QVERIFY(web.cpuScale == CpuScale::Cores);
    QVERIFY(web.memScale == MemoryScale::Gib);
    QCOMPARE(web.cpuP95, std::optional<double>(1.8));
    QCOMPARE(web.cpuMax, std::optional<double>(3.2));
    QCOMPARE(web.memP95, std::optional<double>(9.5));
    QCOMPARE(web.memMax, std::optional<double>(12));
    QCOMPARE(web.cpuP50, std::optional<double>());
}

void TestUtilisationImporter::suspiciousRowsWarn()
{
    QByteArray text("VM;CPU max;Mem max\n"
                    "web-01;50;60\n"
                    "WEB-01;55;65\n"
                    "idle-01;;\n");
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = u"u.csv"_s;
    Result<ImportOutcome> outcome = UtilisationImporter().read(buffer, context);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
    QCOMPARE(outcome->rowsRead, 3);
    QCOMPARE(outcome->utilisation.size(), 2u); // idle-01 says nothing
    QCOMPARE(outcome->utilisation[1].cpuMax, std::optional<double>(55));
    QCOMPARE(outcome->utilisation[1].periodStart, QDate());
    QCOMPARE(messages(outcome->warnings, u"u.csv"_s),
             (QStringList{u"u.csv:1: no column gives the period (\"Period\", \"Start\" and "
                          "\"End\", \"Période\", \"Début\" and \"Fin\"); the rows are kept "
                          "without one"_s,
                          u"u.csv:3: \"WEB-01\" has another row for the same period on line 2"_s,
                          u"u.csv:4: \"idle-01\" has no CPU or memory figure on this row; it is "
                          "not imported"_s}));
}

void TestUtilisationImporter::sniffing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("aria") << u"aria-operations-en.csv"_s << u"utilisation"_s;
    QTest::newRow("prometheus") << u"prometheus-fr.csv"_s << u"utilisation"_s;
    QTest::newRow("cloudwatch") << u"cloudwatch-cores-gib.csv"_s << u"utilisation"_s;
    QTest::newRow("an inventory") << u"inventory.csv"_s << u"csv"_s;
    // Metrics but no name: still ours, so the error says what is missing.
    QTest::newRow("no name") << u"no-name-column.csv"_s << u"utilisation"_s;
}

void TestUtilisationImporter::sniffing()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFile input(fixture(file));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray head = input.read(Importer::kSniffBytes);

    Result<const Importer *> chosen = m_registry.select(head, file);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value()->formatId(), format);

    const int ours = UtilisationImporter().sniff(head, file);
    const int generic = CsvInventoryImporter().sniff(head, file);
    if (format == u"utilisation"_s) {
        QVERIFY2(ours > generic, qPrintable(u"%1 <= %2"_s.arg(ours).arg(generic)));
    } else {
        QCOMPARE(ours, 0);
    }
    // Without a name that says CSV, still ahead of the generic importer.
    if (format == u"utilisation"_s && file != u"no-name-column.csv"_s) {
        QVERIFY(UtilisationImporter().sniff(head, u"export"_s) >
                CsvInventoryImporter().sniff(head, u"export.csv"_s));
    }
    QCOMPARE(UtilisationImporter().sniff(QByteArrayView("PK\x03\x04\0\0", 6), u"a.csv"_s), 0);
}

void TestUtilisationImporter::matchesByNameShortNameAndUuid()
{
    QVERIFY(import(u"inventory.csv"_s).ok());
    Result<ImportSummary> summary = import(u"aria-operations-en.csv"_s);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : describe(summary.error())));
    QCOMPARE(summary->format, u"utilisation"_s);
    QCOMPARE(summary->rowCount, 4);
    QCOMPARE(m_project->workloadCount(), 4); // a utilisation file brings no workload

    const std::map<QString, QString> expected = {
        // short host name: the file gives the FQDN, the inventory the short name
        {u"web-prd-01.corp.local @ 2026-10-01"_s, u"web-prd-01"_s},
        {u"db-prd-01 @ 2026-10-01"_s, u"db-prd-01"_s}, // name
        // the UUID inside braces, against the inventory's natural key
        {u"{4210F3C2-9A1B-4C5D-8E7F-0123456789AB} @ 2026-10-01"_s, u"batch-01"_s},
        {u"web-99 @ 2026-10-01"_s, u"(none)"_s},
    };
    QCOMPARE(links(*m_project), expected);
    QCOMPARE(messages(summary->warnings, u"aria-operations-en.csv"_s),
             (QStringList{u"aria-operations-en.csv:1: columns not imported: \"Object Type\""_s,
                          u"aria-operations-en.csv: 1 rows match no workload: web-99; they are "
                          "kept and will match a later inventory import"_s}));

    // Case and the other direction of the short name (file "APP-PRD-02", inventory FQDN).
    QVERIFY(import(u"prometheus-fr.csv"_s).ok());
    const std::optional<UtilisationRecord> app =
        m_project->utilisationFor(workloadId(*m_project, u"app-prd-02.corp.local"_s));
    QVERIFY(app);
    QCOMPARE(app->ref, u"APP-PRD-02"_s);
    QCOMPARE(app->cpuP95, std::optional<double>(87.5));
}

void TestUtilisationImporter::unmatchedRowsAreLinkedByALaterInventory()
{
    Result<ImportSummary> summary = import(u"aria-operations-en.csv"_s);
    QVERIFY(summary.ok());
    QCOMPARE(summary->warnings.back().toString(u"aria-operations-en.csv"_s),
             u"aria-operations-en.csv: 4 rows match no workload: web-prd-01.corp.local, "
             "db-prd-01, {4210F3C2-9A1B-4C5D-8E7F-0123456789AB}, web-99; they are kept and will "
             "match a later inventory import"_s);
    QCOMPARE(m_project->utilisation().size(), 4u);
    for (const UtilisationRecord &u : m_project->utilisation()) {
        QCOMPARE(u.workloadId, QString());
        QVERIFY(!u.importId.isEmpty());
        QVERIFY(!u.id.isEmpty());
    }

    QVERIFY(import(u"inventory.csv"_s).ok());
    const std::map<QString, QString> expected = {
        {u"web-prd-01.corp.local @ 2026-10-01"_s, u"web-prd-01"_s},
        {u"db-prd-01 @ 2026-10-01"_s, u"db-prd-01"_s},
        {u"{4210F3C2-9A1B-4C5D-8E7F-0123456789AB} @ 2026-10-01"_s, u"batch-01"_s},
        {u"web-99 @ 2026-10-01"_s, u"(none)"_s},
    };
    QCOMPARE(links(*m_project), expected);
    const std::optional<UtilisationRecord> db =
        m_project->utilisationFor(workloadId(*m_project, u"db-prd-01"_s));
    QVERIFY(db);
    QCOMPARE(db->cpuP95, std::optional<double>(72.5));

    // More than five names are cut short.
    const QString many = m_dir->filePath(u"many.csv"_s);
    {
        QFile file(many);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Period,CPU P95 (%)\n");
        for (int i = 1; i <= 7; ++i) {
            file.write("ghost-" + QByteArray::number(i) + ",2026-10,5\n");
        }
    }
    Result<ImportSummary> ghosts = ImportService(m_registry).importFile(*m_project, many);
    QVERIFY(ghosts.ok());
    QCOMPARE(ghosts->warnings.back().message,
             u"7 rows match no workload: ghost-1, ghost-2, ghost-3, ghost-4, ghost-5, \u2026; they "
             "are kept and will match a later inventory import"_s);
}

void TestUtilisationImporter::coresAndGibBecomePercentagesOfTheWorkload()
{
    QVERIFY(import(u"inventory.csv"_s).ok());
    Result<ImportSummary> summary = import(u"cloudwatch-cores-gib.csv"_s);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : describe(summary.error())));
    // ghost-01 matches nothing: its figures cannot become percentages, so it is not stored.
    QCOMPARE(summary->rowCount, 3);
    QCOMPARE(messages(summary->warnings, u"cw.csv"_s),
             (QStringList{
                 u"cw.csv: 1 rows give CPU in cores but match no workload whose vCPU count is "
                 "known: ghost-01; their CPU figures are not kept (import the inventory first)"_s,
                 u"cw.csv: 1 rows give memory in GiB or MiB but match no workload whose memory "
                 "is known: ghost-01; their memory figures are not kept (import the inventory "
                 "first)"_s,
                 u"cw.csv: 1 rows are not imported because none of their figures could be kept: "
                 "ghost-01"_s,
                 u"cw.csv: 1 rows use more than their workload's allocation: app-prd-02; those "
                 "figures are capped at 100 %"_s}));

    // web-prd-01: 4 vCPU, 16 GiB.
    const std::optional<UtilisationRecord> web =
        m_project->utilisationFor(workloadId(*m_project, u"web-prd-01"_s));
    QVERIFY(web);
    QCOMPARE(web->refUuid, u"i-0a1b2c3d4e5f60718"_s);
    QCOMPARE(web->cpuP95, std::optional<double>(45));
    QCOMPARE(web->cpuMax, std::optional<double>(80));
    QCOMPARE(web->memP95, std::optional<double>(59.375));
    QCOMPARE(web->memMax, std::optional<double>(75));
    // db-prd-01: 8 vCPU, 64 GiB.
    const std::optional<UtilisationRecord> db =
        m_project->utilisationFor(workloadId(*m_project, u"db-prd-01"_s));
    QVERIFY(db);
    QCOMPARE(db->cpuP95, std::optional<double>(50));
    QCOMPARE(db->memMax, std::optional<double>(93.75));
    // app-prd-02: 2 vCPU, 8 GiB; 2.5 cores is more than it has.
    const std::optional<UtilisationRecord> app =
        m_project->utilisationFor(workloadId(*m_project, u"app-prd-02.corp.local"_s));
    QVERIFY(app);
    QCOMPARE(app->cpuP95, std::optional<double>(50));
    QCOMPARE(app->cpuMax, std::optional<double>(100));
    QCOMPARE(app->memMax, std::optional<double>(100));

    // MiB are GiB / 1024.
    const QString mib = m_dir->filePath(u"mib.csv"_s);
    {
        QFile file(mib);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Period,Memory P95 (MiB)\nbatch-01,2027-01,8192\n");
    }
    QVERIFY(ImportService(m_registry).importFile(*m_project, mib).ok());
    const std::optional<UtilisationRecord> batch =
        m_project->utilisationFor(workloadId(*m_project, u"batch-01"_s));
    QVERIFY(batch);
    QCOMPARE(batch->memP95, std::optional<double>(25)); // 8 GiB of 32
}

void TestUtilisationImporter::latestPeriodWins()
{
    QVERIFY(import(u"inventory.csv"_s).ok());
    // November first, then October: the order of the imports does not matter.
    QVERIFY(import(u"prometheus-fr.csv"_s).ok());
    QVERIFY(import(u"aria-operations-en.csv"_s).ok());
    const QString web = workloadId(*m_project, u"web-prd-01"_s);
    std::optional<UtilisationRecord> latest = m_project->utilisationFor(web);
    QVERIFY(latest);
    QCOMPARE(latest->periodStart, QDate(2026, 11, 1));
    QCOMPARE(latest->cpuP95, std::optional<double>(38.25));

    QCOMPARE(m_project->importCount(), 3);
    QCOMPARE(m_project->utilisation().size(), 7u);

    // A utilisation file never replaces an earlier one, even under the same name: periods add up
    // (an inventory under the same name would replace its earlier version).
    const QString september = m_dir->filePath(u"aria-operations-en.csv"_s);
    {
        QFile file(september);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Start,End,CPU P95 (%)\nweb-prd-01,2026-09-01,2026-09-30,33\n");
    }
    QVERIFY(ImportService(m_registry).importFile(*m_project, september).ok());
    QCOMPARE(m_project->importCount(), 4);
    QCOMPARE(m_project->utilisation().size(), 8u);
    QCOMPARE(m_project->utilisationFor(web)->periodStart, QDate(2026, 11, 1));

    QVERIFY(import(u"cloudwatch-cores-gib.csv"_s).ok());
    latest = m_project->utilisationFor(web);
    QVERIFY(latest);
    QCOMPARE(latest->periodEnd, QDate(2026, 12, 31));
    QVERIFY(!m_project->utilisationFor(u"no-such-workload"_s));
    QVERIFY(!m_project->utilisationFor(QString()));
}

void TestUtilisationImporter::removingImportsCascades()
{
    Result<ImportSummary> inventory = import(u"inventory.csv"_s);
    QVERIFY(inventory.ok());
    Result<ImportSummary> aria = import(u"aria-operations-en.csv"_s);
    QVERIFY(aria.ok());
    Result<ImportSummary> prometheus = import(u"prometheus-fr.csv"_s);
    QVERIFY(prometheus.ok());
    QCOMPARE(m_project->utilisation().size(), 7u);
    QCOMPARE(m_project->utilisationOfImport(aria->importId).size(), 4u);

    // Removing a utilisation import removes its rows only.
    QVERIFY(m_project->removeImport(aria->importId).ok());
    QCOMPARE(m_project->utilisation().size(), 3u);
    QVERIFY(m_project->utilisationOfImport(aria->importId).empty());
    for (const UtilisationRecord &u : m_project->utilisation()) {
        QCOMPARE(u.importId, prometheus->importId);
        QVERIFY(!u.workloadId.isEmpty());
    }

    // Removing the inventory unlinks the rows but keeps them…
    QVERIFY(m_project->removeImport(inventory->importId).ok());
    QCOMPARE(m_project->utilisation().size(), 3u);
    for (const UtilisationRecord &u : m_project->utilisation()) {
        QCOMPARE(u.workloadId, QString());
    }
    // …and importing it again links them again.
    const QString copy = m_dir->filePath(u"inventory-again.csv"_s);
    QVERIFY(QFile::copy(fixture(u"inventory.csv"_s), copy));
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::Append));
        file.write("spare-01,,1,1,dev\n"); // other bytes: not refused as the same file
    }
    QVERIFY(ImportService(m_registry).importFile(*m_project, copy).ok());
    const std::map<QString, QString> expected = {
        {u"web-prd-01 @ 2026-11-01"_s, u"web-prd-01"_s},
        {u"APP-PRD-02 @ 2026-11-01"_s, u"app-prd-02.corp.local"_s},
        {u"db-prd-01 @ 2026-11-01"_s, u"db-prd-01"_s},
    };
    QCOMPARE(links(*m_project), expected);

    Database &db = m_project->database();
    QCOMPARE(
        db.queryValue("SELECT count(*) FROM utilisation WHERE import_id IS NULL").value().toInt(),
        0);
}

void TestUtilisationImporter::undoingARemovalRestoresUtilisation()
{
    QVERIFY(import(u"inventory.csv"_s).ok());
    Result<ImportSummary> aria = import(u"aria-operations-en.csv"_s);
    QVERIFY(aria.ok());
    const std::vector<UtilisationRecord> before = m_project->utilisation();

    RemoveImportCommand command(m_project.get(), aria->importId);
    command.redo();
    QVERIFY(!command.failed());
    QVERIFY(m_project->utilisation().empty());
    command.undo();
    QVERIFY2(!command.failed(), qPrintable(command.errorMessage()));
    QCOMPARE(m_project->utilisation(), before);
}

void TestUtilisationImporter::addImportIsOneTransaction()
{
    ImportRecord record;
    record.fileName = u"x.csv"_s;
    record.format = u"utilisation"_s;
    Workload workload;
    workload.name = u"web-01"_s;
    UtilisationRecord good;
    good.ref = u"web-01"_s;
    good.cpuP95 = 10;
    UtilisationRecord dangling = good;
    dangling.workloadId = u"not-a-workload"_s; // the foreign key refuses it

    Result<QString> failed = m_project->addImport(record, {workload}, {good, dangling});
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(u"utilisation row 2 (“web-01”)"_s),
             qPrintable(failed.error().message));
    QCOMPARE(m_project->importCount(), 0);
    QCOMPARE(m_project->workloadCount(), 0);
    QVERIFY(m_project->utilisation().empty());

    // Without the bad row: stored, and the unmatched row is linked to the workload of the same
    // import.
    Result<QString> added = m_project->addImport(record, {workload}, {good});
    QVERIFY(added.ok());
    QCOMPARE(m_project->utilisation().size(), 1u);
    QCOMPARE(m_project->utilisation().front().importId, added.value());
    QCOMPARE(m_project->utilisation().front().workloadId, m_project->workloads().front().id);
    QCOMPARE(m_project->utilisation().front().cpuP95, std::optional<double>(10));
    QCOMPARE(m_project->utilisation().front().periodStart, QDate());
}

void TestUtilisationImporter::badRowStoresNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("error");
    const QString automatic = u"auto"_s;
    QTest::newRow("percentage above 100")
        << u"bad-percentage.csv"_s << automatic
        << u"bad-percentage.csv:4:4: expected a percentage between 0 and 100, found \"120\""_s;
    QTest::newRow("bad date")
        << u"bad-date.csv"_s << automatic
        << u"bad-date.csv:3:3: expected a date (2026-10-31 or 31/10/2026), found "
           "\"2026-13-01\""_s;
    QTest::newRow("bad period")
        << u"bad-period.csv"_s << automatic
        << u"bad-period.csv:3:2: expected a period (2026-10, or 2026-10-01/2026-10-31), found "
           "\"octobre 2026\""_s;
    QTest::newRow("period backwards")
        << u"reversed-period.csv"_s << automatic
        << u"reversed-period.csv:2:3: the period ends on 2026-10-01, before it starts on "
           "2026-10-31"_s;
    QTest::newRow("negative cores")
        << u"bad-cores.csv"_s << automatic
        << u"bad-cores.csv:3:4: expected a number of cores, found \"-2\""_s;
    QTest::newRow("fractional samples")
        << u"bad-samples.csv"_s << automatic
        << u"bad-samples.csv:3:3: expected a number of samples, found \"12.5\""_s;
    QTest::newRow("no name nor uuid")
        << u"empty-name.csv"_s << automatic
        << u"empty-name.csv:3:1: expected a workload name or UUID, found an empty field"_s;
    QTest::newRow("no name column")
        << u"no-name-column.csv"_s << automatic
        << u"no-name-column.csv:1: no column gives the workload name or UUID; expected a column "
           "such as \"Name\", \"VM\", \"Hostname\", \"Nom\" or \"UUID\" (columns found: \"Object "
           "Type\", \"Period\", \"CPU P95 (%)\")"_s;
    // Without a figure the file does not look like utilisation; --as utilisation says why.
    QTest::newRow("no metric column")
        << u"no-metric-column.csv"_s << u"utilisation"_s
        << u"no-metric-column.csv:1: no column gives a CPU or memory percentile or peak; "
           "expected columns such as \"CPU P95 (%)\", \"CPU max (cores)\", \"Mémoire P95 (%)\" "
           "or \"Memory max (GiB)\" (columns found: \"Name\", \"Period\", \"CPU average "
           "(%)\")"_s;
    QTest::newRow("mixed units")
        << u"mixed-units.csv"_s << automatic
        << u"mixed-units.csv:1:4: CPU columns mix percentages (\"CPU P95 (%)\") and cores (\"CPU "
           "max (cores)\"); give them all in one unit"_s;
}

void TestUtilisationImporter::badRowStoresNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, error);
    QVERIFY(import(u"inventory.csv"_s).ok());
    QVERIFY(import(u"prometheus-fr.csv"_s).ok());
    const std::vector<UtilisationRecord> before = m_project->utilisation();
    const int imports = m_project->importCount();

    ImportOptions options;
    options.format = format;
    Result<ImportSummary> failed = import(file, options);
    QVERIFY(!failed.ok());
    QCOMPARE(describe(failed.error()), error);
    QCOMPARE(m_project->importCount(), imports);
    QCOMPARE(m_project->utilisation(), before);
}

void TestUtilisationImporter::skipBadRowsKeepsTheRest()
{
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportSummary> summary = import(u"bad-percentage.csv"_s, options);
    QVERIFY(summary.ok());
    QCOMPARE(summary->rowCount, 2);
    QCOMPARE(summary->rowsSkipped, 1);
    QCOMPARE(summary->warnings.front().toString(u"bad-percentage.csv"_s),
             u"bad-percentage.csv:4:4: row skipped: expected a percentage between 0 and 100, "
             "found \"120\""_s);
    QCOMPARE(m_project->utilisation().size(), 2u);

    // --strict: the "match no workload" summary is a warning like any other.
    const QString nobody = m_dir->filePath(u"nobody.csv"_s);
    {
        QFile file(nobody);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,Period,CPU P95 (%)\nnobody,2026-10,5\n");
    }
    ImportOptions strict;
    strict.failOnWarnings = true;
    Result<ImportSummary> refused =
        ImportService(m_registry).importFile(*m_project, nobody, strict);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             u"not imported: 1 warning(s) and warnings count as errors (--strict); the first: 1 "
             "rows match no workload: nobody; they are kept and will match a later inventory "
             "import"_s);
    QCOMPARE(m_project->utilisation().size(), 2u);
    QVERIFY(ImportService(m_registry).importFile(*m_project, nobody).ok());
    QCOMPARE(m_project->utilisation().size(), 3u);
}

void TestUtilisationImporter::matcherRules()
{
    std::vector<Workload> workloads(5);
    workloads[0].id = u"a"_s;
    workloads[0].name = u"web-01"_s;
    workloads[0].naturalKey = u"vmid:101"_s;
    workloads[1].id = u"b"_s;
    workloads[1].name = u"web-01.other.example"_s; // same short name, later: loses to a
    workloads[1].naturalKey = u"4210f3c2-9a1b-4c5d-8e7f-0123456789ab"_s;
    workloads[2].id = u"c"_s;
    workloads[2].name = u"10.0.0.1"_s;
    workloads[3].id = u"d"_s;
    workloads[3].name = u"vc-a"_s;
    workloads[3].naturalKey = u"11111111-2222-3333-4444-555555555555/vm-1"_s;
    workloads[4].id = u"e"_s;
    workloads[4].name = u"vc-b"_s;
    workloads[4].naturalKey = u"11111111-2222-3333-4444-555555555555/vm-2"_s;
    const WorkloadMatcher matcher(workloads);
    const auto idOf = [&matcher](const QString &ref, const QString &uuid = {}) {
        const Workload *w = matcher.match(ref, uuid);
        return w ? w->id : u"-"_s;
    };
    QCOMPARE(idOf(u"VMID:101"_s), u"a"_s);                         // natural key
    QCOMPARE(idOf(u"WEB-01"_s), u"a"_s);                           // name, any case
    QCOMPARE(idOf(u"web-01.corp.local"_s), u"a"_s);                // short name
    QCOMPARE(idOf(u"web-01.other.example"_s), u"b"_s);             // full name first
    QCOMPARE(idOf(u"4210F3C29A1B4C5D8E7F0123456789AB"_s), u"b"_s); // UUID without hyphens
    QCOMPARE(idOf(u"web-01"_s, u"4210f3c2-9a1b-4c5d-8e7f-0123456789ab"_s), u"b"_s); // UUID first
    QCOMPARE(idOf(u"10.0.0.1"_s), u"c"_s);
    QCOMPARE(idOf(u"10.0.0.2"_s), u"-"_s); // no "short name" of an address
    // A UUID shared by several keys (the vCenter's) identifies none of them.
    QCOMPARE(idOf(u"11111111-2222-3333-4444-555555555555"_s), u"-"_s);
    QCOMPARE(idOf(QString()), u"-"_s);
    QCOMPARE(WorkloadMatcher::shortHostName(u" Web-01.Corp "), u"web-01"_s);
    QCOMPARE(WorkloadMatcher::uuidIn(u"x-{4210F3C2-9A1B-4C5D-8E7F-0123456789AB}"),
             u"4210f3c29a1b4c5d8e7f0123456789ab"_s);
    QCOMPARE(WorkloadMatcher::uuidIn(u"4210F3C2-9A1B"), QString());
}

void TestUtilisationImporter::readmeExampleReadsAsDocumented()
{
    QFile readme(QStringLiteral(BOUSSOLE_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QByteArray text = readme.readAll();
    const qsizetype section = text.indexOf("\n## Utilisation CSV format\n");
    QVERIFY(section >= 0);
    const qsizetype start = text.indexOf("```csv\n", section);
    QVERIFY(start > section);
    const qsizetype end = text.indexOf("```", start + 7);
    QVERIFY(end > start);
    QByteArray example = text.mid(start + 7, end - start - 7);
    QBuffer buffer(&example);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = u"README.md"_s;
    Result<ImportOutcome> outcome = UtilisationImporter().read(buffer, context);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : describe(outcome.error())));
    QVERIFY(outcome->warnings.empty());
    QCOMPARE(outcome->utilisation.size(), 3u);
    QCOMPARE(outcome->utilisation[1].ref, u"4210f3c2-9a1b-4c5d-8e7f-0123456789ab"_s);
    QCOMPARE(outcome->utilisation[1].cpuMax, std::optional<double>(35.5));
    QCOMPARE(outcome->utilisation[2].periodEnd, QDate(2026, 10, 31));
}

QTEST_GUILESS_MAIN(TestUtilisationImporter)
#include "TestUtilisationImporter.moc"
