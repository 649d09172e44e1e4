#include "models/importers/CsvInventoryImporter.h"
#include "models/importers/Normalise.h"
#include "models/importers/io/CsvReader.h"

#include "tests/models/InventoryTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace boussole;
using namespace Qt::StringLiterals;
using testing::byName;
using testing::readAll;

namespace {

// BOUSSOLE_TEST_DATA is the data folder next to the CMakeLists.txt that added the test; the CSV
// fixtures live in tests/data/csv.
QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/csv/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/csv/");
    return (QFileInfo::exists(local) ? local : shared) + name;
}

Result<ImportOutcome> importFixture(const QString &name, ImportOptions options = {})
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        Error error;
        error.message = u"fixture missing: "_s + file.fileName();
        return error;
    }
    ImportContext context;
    context.fileName = name;
    context.totalBytes = file.size();
    context.options = std::move(options);
    return CsvInventoryImporter().read(file, context);
}

Result<ImportOutcome> importText(const QByteArray &text, const QString &fileName = u"t.csv"_s,
                                 ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    ImportContext context;
    context.fileName = fileName;
    context.options = std::move(options);
    return CsvInventoryImporter().read(buffer, context);
}

} // namespace

class TestCsvInventoryImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void englishCmdbExport();
    void frenchExcelExport();
    void powercliTsvWithBom();
    void fixtureEncodings();
    void demoInventory();
    void malformed_data();
    void malformed();
    void rowErrors_data();
    void rowErrors();
    void skipBadRows();
    void emptyAndHeaderOnly();
    void warnings();
    void headerAliases_data();
    void headerAliases();
    void environments_data();
    void environments();
    void environmentFromNames_data();
    void environmentFromNames();
    void otherValues();
    void numbers_data();
    void numbers();
    void quantities();
    void mappingRoundTrip();
    void mappingFixture();
    void mappingErrors();
    void resolveMapping();
    void sniffing();
    void registry();
    void progressAndCancel();
};

void TestCsvInventoryImporter::englishCmdbExport()
{
    Result<ImportOutcome> outcome = importFixture(u"cmdb-export-en.csv"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->workloads.size(), 7u);
    QCOMPARE(outcome->rowsRead, 7);

    const Workload *db = byName(outcome.value(), u"crm-db-prd-01"_s);
    QVERIFY(db);
    QCOMPARE(db->vcpu, 16.0);
    QCOMPARE(db->memoryGib, 64.0); // 65536 MB
    QCOMPARE(db->storageGib, 2048.0);
    QCOMPARE(db->storageUsedGib, std::nullopt);
    QCOMPARE(db->powerState, u"on"_s);
    QCOMPARE(db->osFamily, u"windows"_s);
    QCOMPARE(db->osEdition, u"Microsoft Windows Server 2019 (64-bit)"_s);
    QCOMPARE(db->environment, u"prod"_s);
    QCOMPARE(db->criticality, u"critical"_s);
    QCOMPARE(db->application, u"CRM"_s);
    QCOMPARE(db->site, u"Paris - Equinix PA3"_s);
    QCOMPARE(db->cluster, u"CL-PROD-A"_s);
    QCOMPARE(db->costCentre, u"CC-1001"_s);
    QCOMPARE(db->kind, u"vm"_s);
    QCOMPARE(db->naturalKey, u"4210c3a1-5b7e-8f2d-9c11-0a1b2c3d4e03"_s);
    QCOMPARE(db->sourceFile, u"cmdb-export-en.csv"_s);
    QCOMPARE(db->sourceLocation, u"line 4"_s);
    QVERIFY(!QUuid::fromString(db->id).isNull());

    // The comment of crm-db-prd-01 spans two lines: the next record starts on line 6.
    const Workload *stg = byName(outcome.value(), u"erp-app-stg-01"_s);
    QVERIFY(stg);
    QCOMPARE(stg->sourceLocation, u"line 6"_s);
    QCOMPARE(stg->environment, u"preprod"_s);
    QCOMPARE(stg->criticality, u"high"_s);
    QCOMPARE(stg->osFamily, u"linux"_s);
    QCOMPARE(stg->memoryGib, 16.0);
    QCOMPARE(stg->naturalKey, u"erp-app-stg-01"_s); // no UUID in the row: the name

    const Workload *dev = byName(outcome.value(), u"erp-app-dev-01"_s);
    QVERIFY(dev);
    QCOMPARE(dev->environment, u"dev"_s); // blank in the CMDB, inferred from the name
    QCOMPARE(dev->powerState, u"off"_s);
    QCOMPARE(dev->criticality, u"medium"_s);

    const Workload *tpl = byName(outcome.value(), u"tpl-win2022"_s);
    QVERIFY(tpl);
    QVERIFY(tpl->isTemplate);
    QCOMPARE(tpl->kind, u"vm"_s);
    QCOMPARE(tpl->criticality, u"low"_s);
    QCOMPARE(tpl->environment, QString());

    const Workload *qa = byName(outcome.value(), u"analytics-qa-01"_s);
    QVERIFY(qa);
    QCOMPARE(qa->environment, u"test"_s);
    QCOMPARE(qa->memoryGib, 32.0);

    QCOMPARE(outcome->warnings.size(), 1u);
    QCOMPARE(outcome->warnings[0].toString(u"cmdb-export-en.csv"_s),
             u"cmdb-export-en.csv:1: columns not imported: \"Comments\""_s);

    // Every workload has its own id.
    QSet<QString> ids;
    for (const Workload &w : outcome->workloads) {
        ids.insert(w.id);
    }
    QCOMPARE(ids.size(), 7);
}

void TestCsvInventoryImporter::frenchExcelExport()
{
    Result<ImportOutcome> outcome = importFixture(u"cmdb-excel-fr.csv"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->workloads.size(), 5u); // the trailing row of empty cells is no workload

    const Workload *paie = byName(outcome.value(), u"srv-paie-prd-01"_s);
    QVERIFY(paie);
    QCOMPARE(paie->vcpu, 4.0);
    QCOMPARE(paie->memoryGib, 16.0);
    QCOMPARE(paie->storageGib, 200.0);
    QCOMPARE(paie->storageUsedGib, 87.5);
    QCOMPARE(paie->environment, u"prod"_s);
    QCOMPARE(paie->criticality, u"critical"_s);
    QCOMPARE(paie->dataClass, u"personal"_s);
    QCOMPARE(paie->powerState, u"on"_s);
    QCOMPARE(paie->osFamily, u"windows"_s);
    QCOMPARE(paie->kind, u"vm"_s);
    QCOMPARE(paie->site, u"Nantes"_s);
    QCOMPARE(paie->gpuCount, 0);

    const Workload *rec = byName(outcome.value(), u"srv-paie-rec-01"_s);
    QVERIFY(rec);
    QCOMPARE(rec->environment, u"preprod"_s);
    QCOMPARE(rec->storageUsedGib, 40.25);
    QCOMPARE(rec->criticality, u"medium"_s);

    const Workload *db = byName(outcome.value(), u"bdd-sante-prd-01"_s);
    QVERIFY(db);
    QCOMPARE(db->kind, u"database"_s);
    QCOMPARE(db->storageGib, 1536.0);     // "1 536" with a no-break space
    QCOMPARE(db->storageUsedGib, 1437.5); // "1 437,5"
    QCOMPARE(db->dataClass, u"health"_s); // "Données de santé"
    QCOMPARE(db->application, u"Remboursements santé"_s);
    QCOMPARE(db->costCentre, u"DIR-SANTÉ"_s);
    QCOMPARE(db->osFamily, u"linux"_s);
    QCOMPARE(db->osEdition, u"Red Hat Enterprise Linux 8 / PostgreSQL 15"_s);
    QCOMPARE(db->sourceLocation, u"line 4"_s);

    const Workload *gpu = byName(outcome.value(), u"calc-ia-dev-01"_s);
    QVERIFY(gpu);
    QCOMPARE(gpu->environment, u"dev"_s); // empty cell: from the name
    QCOMPARE(gpu->gpuCount, 2);
    QCOMPARE(gpu->gpuModel, u"NVIDIA A100 40 Go"_s);
    QCOMPARE(gpu->powerState, u"off"_s);
    QCOMPARE(gpu->dataClass, u"internal"_s);
    QCOMPARE(gpu->criticality, u"low"_s);
    QCOMPARE(gpu->application, u"Prévision"_s);

    const Workload *tpl = byName(outcome.value(), u"modele-rhel9"_s);
    QVERIFY(tpl);
    QVERIFY(tpl->isTemplate);
    QCOMPARE(tpl->kind, u"vm"_s);
    QCOMPARE(tpl->environment, u"dev"_s);
    QCOMPARE(tpl->storageUsedGib, 8.1);

    QCOMPARE(outcome->warnings.size(), 1u);
    QCOMPARE(outcome->warnings[0].message, u"columns not imported: \"Commentaire\""_s);
}

void TestCsvInventoryImporter::powercliTsvWithBom()
{
    Result<ImportOutcome> outcome = importFixture(u"powercli-export.tsv"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->workloads.size(), 3u);

    const Workload &files = outcome->workloads[0];
    QCOMPARE(files.name, u"fichiers-orléans"_s); // the BOM is not part of the first header
    QCOMPARE(files.vcpu, 2.0);
    QCOMPARE(files.memoryGib, 4.0);
    QCOMPARE(files.storageGib, 1024.00390625);
    QCOMPARE(files.storageUsedGib, 612.5);
    QCOMPARE(files.powerState, u"on"_s);
    QCOMPARE(files.osFamily, u"windows"_s);
    QCOMPARE(files.environment, QString()); // nothing in the name either
    QCOMPARE(files.sourceLocation, u"line 2"_s);

    const Workload &worker = outcome->workloads[2];
    QCOMPARE(worker.name, u"k8s-worker-prd-03"_s);
    QCOMPARE(worker.environment, u"prod"_s);
    QCOMPARE(worker.powerState, u"suspended"_s);
    QCOMPARE(worker.osFamily, u"linux"_s);
    QCOMPARE(worker.cluster, u"CL-K8S"_s);

    QCOMPARE(outcome->warnings.size(), 1u);
    QCOMPARE(outcome->warnings[0].message, u"columns not imported: \"Notes\""_s);
}

void TestCsvInventoryImporter::fixtureEncodings()
{
    struct Case {
        const char *file;
        char delimiter;
        CsvEncoding encoding;
        bool bom;
    };
    for (const Case &c : {Case{"cmdb-export-en.csv", ',', CsvEncoding::Utf8, false},
                          Case{"cmdb-excel-fr.csv", ';', CsvEncoding::Windows1252, false},
                          Case{"powercli-export.tsv", '\t', CsvEncoding::Utf8, true}}) {
        QFile file(fixture(QString::fromLatin1(c.file)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(file);
        QVERIFY(reader.detect().ok());
        QCOMPARE(reader.delimiter(), c.delimiter);
        QCOMPARE(reader.encoding(), c.encoding);
        QCOMPARE(reader.hadBom(), c.bom);
    }

    // The Excel export's comment column: 0x80 is the euro sign in Windows-1252.
    QFile file(fixture(u"cmdb-excel-fr.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(file);
    CsvRecord record;
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.field(5), u"Mémoire (Go)"_s);
    QCOMPARE(record.field(13), u"État"_s);
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.field(17), u"Licence 1\u00A0200 € / an"_s);
}

void TestCsvInventoryImporter::demoInventory()
{
    const QString path = QStringLiteral(BOUSSOLE_SOURCE_DIR "/resources/demo/cmdb-inventaire.csv");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QSKIP("the demo inventory is not there");
    }
    ImportContext context;
    context.fileName = u"cmdb-inventaire.csv"_s;
    Result<ImportOutcome> outcome = CsvInventoryImporter().read(file, context);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->workloads.size(), 65u); // the Nantes site; Rennes comes from RVTools
    QVERIFY(outcome->warnings.empty());
    int templates = 0;
    for (const Workload &w : outcome->workloads) {
        QVERIFY2(!w.environment.isEmpty(), qPrintable(w.name));
        QVERIFY(w.vcpu.has_value());
        templates += w.isTemplate;
    }
    QCOMPARE(templates, 1);
}

void TestCsvInventoryImporter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("unterminated quote")
        << u"unterminated-quote.csv"_s
        << u"unterminated-quote.csv:4:12: unterminated quoted field starting at line 4, column 12"_s;
    QTest::newRow("non-numeric vCPU")
        << u"inventory-bad-vcpu.csv"_s
        << u"inventory-bad-vcpu.csv:14:3: expected a number of vCPUs, found \"abc\""_s;
    QTest::newRow("no name column")
        << u"no-name-column.csv"_s
        << u"no-name-column.csv:1: no column gives the workload name; expected a column such as "
           "\"Name\", \"Hostname\", \"VM\", \"Nom\" or \"Serveur\" (columns found: \"Asset tag\", "
           "\"CPU\", \"RAM (GB)\", \"Owner\")"_s;
    QTest::newRow("custom headers without their mapping")
        << u"custom-headers.csv"_s
        << u"custom-headers.csv:1: no column gives the workload name; expected a column such as "
           "\"Name\", \"Hostname\", \"VM\", \"Nom\" or \"Serveur\" (columns found: \"Asset\", "
           "\"Cœurs alloués\", \"RAM allouée\", \"Volumétrie (To)\", \"Périmètre\")"_s;
}

void TestCsvInventoryImporter::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    Result<ImportOutcome> outcome = importFixture(file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
}

void TestCsvInventoryImporter::rowErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    const QByteArray header("name,vcpu,memory (GB),disk (GB),gpu\n");
    QTest::newRow("empty name") << header + "web-01,2,4,10,\n,2,4,10,\n"
                                << u"t.csv:3:1: expected a workload name, found an empty field"_s;
    QTest::newRow("negative vcpu") << header + "web-01,-2,4,10,\n"
                                   << u"t.csv:2:2: expected a number of vCPUs, found \"-2\""_s;
    QTest::newRow("memory words") << header + "web-01,2,lots,10,\n"
                                  << u"t.csv:2:3: expected an amount of memory, found \"lots\""_s;
    QTest::newRow("storage unit") << header + "web-01,2,4,12 parsecs,\n"
                                  << u"t.csv:2:4: expected a storage size, found \"12 parsecs\""_s;
    QTest::newRow("fractional gpu") << header + "web-01,2,4,10,\"1,5\"\n"
                                    << u"t.csv:2:5: expected a number of GPUs, found \"1,5\""_s;
    // The line is the field's own: the quoted note moved vcpu to the next physical line.
    QTest::newRow("after a quoted newline")
        << QByteArray("notes,name,vcpu\n\"two\nlines\",web,x\n")
        << u"t.csv:3:3: expected a number of vCPUs, found \"x\""_s;
}

void TestCsvInventoryImporter::rowErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    Result<ImportOutcome> outcome = importText(text);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
}

void TestCsvInventoryImporter::skipBadRows()
{
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportOutcome> outcome = importFixture(u"inventory-bad-vcpu.csv"_s, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), 12u);
    QCOMPARE(outcome->rowsRead, 13);
    QCOMPARE(outcome->rowsSkipped, 1);
    QCOMPARE(outcome->warnings.size(), 1u);
    QCOMPARE(
        outcome->warnings[0].toString(u"inventory-bad-vcpu.csv"_s),
        u"inventory-bad-vcpu.csv:14:3: row skipped: expected a number of vCPUs, found \"abc\""_s);

    // A malformed file stays an error: rows cannot be told apart after an unterminated quote.
    QVERIFY(!importFixture(u"unterminated-quote.csv"_s, options).ok());
}

void TestCsvInventoryImporter::emptyAndHeaderOnly()
{
    Result<ImportOutcome> empty = importText(QByteArray());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().toString(), u"t.csv: the file is empty"_s);

    Result<ImportOutcome> headerOnly = importText("Nom;vCPU\r\n\r\n");
    QVERIFY(headerOnly.ok());
    QVERIFY(headerOnly->workloads.empty());
    QVERIFY(headerOnly->warnings.empty());
}

void TestCsvInventoryImporter::warnings()
{
    Result<ImportOutcome> outcome = importText("name,memory,template,extra\n"
                                               "big-db,6144,maybe,\n"
                                               "big-db,8192,no,,surprise\n"
                                               "small,4,,\n");
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), 3u);
    QStringList messages;
    for (const ImportWarning &warning : outcome->warnings) {
        messages.append(warning.toString(u"t.csv"_s));
    }
    QCOMPARE(messages,
             QStringList({
                 u"t.csv:1: columns not imported: \"extra\""_s,
                 u"t.csv:2:3: expected yes or no for a template, found \"maybe\"; read as no"_s,
                 u"t.csv:2:2: column \"memory\" names no unit and holds values like 6144, read as "
                 "GiB; if they are MiB, write the unit in the header (\"memory (MB)\") or in a "
                 "mapping"_s,
                 u"t.csv:3: this row has 5 fields but the header has 4; the extra fields are "
                 "ignored"_s,
                 u"t.csv:3: workload \"big-db\" is also on line 2"_s,
             }));
}

void TestCsvInventoryImporter::headerAliases_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field"); // empty: not mapped
    QTest::addColumn<QString>("unit");  // empty: none in the header

    const QString none;
    QTest::newRow("Name") << u"Name"_s << u"name"_s << none;
    QTest::newRow("VM") << u"VM"_s << u"name"_s << none;
    QTest::newRow("hostname") << u"HOSTNAME"_s << u"name"_s << none;
    QTest::newRow("vm name") << u"VM Name"_s << u"name"_s << none;
    QTest::newRow("nom") << u"Nom"_s << u"name"_s << none;
    QTest::newRow("serveur") << u"Serveur"_s << u"name"_s << none;
    QTest::newRow("cpu") << u"CPU"_s << u"vcpu"_s << none;
    QTest::newRow("cpus") << u"CPUs"_s << u"vcpu"_s << none;
    QTest::newRow("vcpu") << u"vCPU"_s << u"vcpu"_s << none;
    QTest::newRow("nb cpu") << u"Nb CPU"_s << u"vcpu"_s << none;
    QTest::newRow("nb. cpu") << u"Nb. CPU"_s << u"vcpu"_s << none;
    QTest::newRow("processeurs") << u"Processeurs"_s << u"vcpu"_s << none;
    QTest::newRow("NumCpu") << u"NumCpu"_s << u"vcpu"_s << none;
    QTest::newRow("memory gib") << u"Memory GiB"_s << u"memory"_s << u"GiB"_s;
    QTest::newRow("ram (go)") << u"RAM (Go)"_s << u"memory"_s << u"GiB"_s;
    QTest::newRow("ram gb") << u"RAM GB"_s << u"memory"_s << u"GiB"_s;
    QTest::newRow("memory mb") << u"Memory MB"_s << u"memory"_s << u"MiB"_s;
    QTest::newRow("memory (MiB)") << u"Memory (MiB)"_s << u"memory"_s << u"MiB"_s;
    QTest::newRow("mémoire (mo)") << u"Mémoire (Mo)"_s << u"memory"_s << u"MiB"_s;
    QTest::newRow("MEMOIRE EN GO") << u"MÉMOIRE EN GO"_s << u"memory"_s << u"GiB"_s;
    QTest::newRow("memory_mb") << u"memory_mb"_s << u"memory"_s << u"MiB"_s;
    QTest::newRow("MemoryGB") << u"MemoryGB"_s << u"memory"_s << u"GiB"_s;
    QTest::newRow("memory") << u"Memory"_s << u"memory"_s << none;
    QTest::newRow("stockage (to)") << u"Stockage (To)"_s << u"storage"_s << u"TiB"_s;
    QTest::newRow("disque (go)") << u"Disque (Go)"_s << u"storage"_s << u"GiB"_s;
    QTest::newRow("provisioned mib") << u"Provisioned MiB"_s << u"storage"_s << u"MiB"_s;
    QTest::newRow("ProvisionedSpaceGB") << u"ProvisionedSpaceGB"_s << u"storage"_s << u"GiB"_s;
    QTest::newRow("disque utilisé") << u"Disque utilisé (Go)"_s << u"storage_used"_s << u"GiB"_s;
    QTest::newRow("in use mib") << u"In Use MiB"_s << u"storage_used"_s << u"MiB"_s;
    QTest::newRow("os") << u"OS"_s << u"os"_s << none;
    QTest::newRow("système") << u"Système"_s << u"os"_s << none;
    QTest::newRow("rvtools os") << u"OS according to the configuration file"_s << u"os"_s << none;
    QTest::newRow("environnement") << u"Environnement"_s << u"environment"_s << none;
    QTest::newRow("env") << u"env"_s << u"environment"_s << none;
    QTest::newRow("appli") << u"Appli"_s << u"application"_s << none;
    QTest::newRow("criticité") << u"Criticité"_s << u"criticality"_s << none;
    QTest::newRow("classification") << u"Classification"_s << u"data_class"_s << none;
    QTest::newRow("données") << u"Données"_s << u"data_class"_s << none;
    QTest::newRow("datacenter") << u"Datacenter"_s << u"site"_s << none;
    QTest::newRow("cluster") << u"Cluster"_s << u"cluster"_s << none;
    QTest::newRow("état") << u"État"_s << u"power_state"_s << none;
    QTest::newRow("powerstate") << u"Powerstate"_s << u"power_state"_s << none;
    QTest::newRow("région") << u"Région"_s << u"region"_s << none;
    QTest::newRow("compte") << u"Compte"_s << u"account"_s << none;
    QTest::newRow("centre de coût") << u"Centre de coût"_s << u"cost_centre"_s << none;
    QTest::newRow("cost center") << u"Cost Center"_s << u"cost_centre"_s << none;
    QTest::newRow("gpu") << u"GPU"_s << u"gpu_count"_s << none;
    QTest::newRow("gpu model") << u"GPU model"_s << u"gpu_model"_s << none;
    QTest::newRow("modèle gpu") << u"Modèle GPU"_s << u"gpu_model"_s << none;
    QTest::newRow("template") << u"Template"_s << u"template"_s << none;
    QTest::newRow("tags") << u"Tags"_s << u"tags"_s << none;
    QTest::newRow("étiquettes") << u"Étiquettes"_s << u"tags"_s << none;
    QTest::newRow("uuid") << u"VM UUID"_s << u"uuid"_s << none;
    QTest::newRow("type") << u"Type"_s << u"kind"_s << none;
    // Ambiguous words stay unmapped.
    QTest::newRow("host") << u"Host"_s << none << none;
    QTest::newRow("disks") << u"Disks"_s << none << none;
    QTest::newRow("owner") << u"Owner"_s << none << none;
    QTest::newRow("assigned to") << u"Assigned to"_s << none << none;
}

void TestCsvInventoryImporter::headerAliases()
{
    QFETCH(QString, header);
    QFETCH(QString, field);
    QFETCH(QString, unit);
    const std::optional<WorkloadField> found = fieldForHeader(header);
    QCOMPARE(found ? fieldKey(*found) : QString(), field);
    if (!field.isEmpty()) {
        const std::optional<SizeUnit> foundUnit = unitInHeader(header);
        QCOMPARE(foundUnit ? unitKey(*foundUnit) : QString(), unit);
    }
}

void TestCsvInventoryImporter::environments_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    for (const auto &[value, code] : std::initializer_list<std::pair<QString, QString>>{
             {u"Production"_s, u"prod"_s},
             {u"PROD"_s, u"prod"_s},
             {u"prd"_s, u"prod"_s},
             {u"Production (PRD)"_s, u"prod"_s},
             {u"Préproduction"_s, u"preprod"_s},
             {u"pre-prod"_s, u"preprod"_s},
             {u"Staging"_s, u"preprod"_s},
             {u"Recette"_s, u"preprod"_s},
             {u"REC"_s, u"preprod"_s},
             {u"dev"_s, u"dev"_s},
             {u"Développement"_s, u"dev"_s},
             {u"Development"_s, u"dev"_s},
             {u"Test"_s, u"test"_s},
             {u"QA"_s, u"test"_s},
             {u"Hors production"_s, u"hors production"_s},
             {u"PRA"_s, u"pra"_s},
             {u"  "_s, QString()},
         }) {
        QTest::newRow(qPrintable(value)) << value << code;
    }
}

void TestCsvInventoryImporter::environments()
{
    QFETCH(QString, value);
    QFETCH(QString, code);
    QCOMPARE(normaliseEnvironment(value), code);
}

void TestCsvInventoryImporter::environmentFromNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("-prd-") << u"portail-web-prd-01"_s << u"prod"_s;
    QTest::newRow("-dev") << u"gesco-dev"_s << u"dev"_s;
    QTest::newRow("_rec_") << u"SRV_REC_02"_s << u"preprod"_s;
    QTest::newRow("digits") << u"db-tst01"_s << u"test"_s;
    QTest::newRow("dotted") << u"api.preprod.example.org"_s << u"preprod"_s;
    QTest::newRow("nothing") << u"fileserver-01"_s << QString();
    QTest::newRow("inside a word") << u"devops-tools"_s << QString();
}

void TestCsvInventoryImporter::environmentFromNames()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QCOMPARE(environmentFromName(name), code);
}

void TestCsvInventoryImporter::otherValues()
{
    QCOMPARE(normaliseCriticality(u"Haute"_s), u"high"_s);
    QCOMPARE(normaliseCriticality(u"élevée"_s), u"high"_s);
    QCOMPARE(normaliseCriticality(u"Critique"_s), u"critical"_s);
    QCOMPARE(normaliseCriticality(u"Tier 0"_s), u"tier 0"_s);
    QCOMPARE(normaliseDataClass(u"Données personnelles"_s), u"personal"_s);
    QCOMPARE(normaliseDataClass(u"HDS"_s), u"health"_s);
    QCOMPARE(normaliseDataClass(u"PCI-DSS"_s), u"payment"_s);
    QCOMPARE(normaliseDataClass(u"Public"_s), u"public"_s);
    QCOMPARE(normalisePowerState(u"poweredOn"_s), u"on"_s);
    QCOMPARE(normalisePowerState(u"Éteinte"_s), u"off"_s);
    QCOMPARE(normalisePowerState(u"suspendu"_s), u"suspended"_s);
    bool isTemplate = false;
    QCOMPARE(normaliseKind(u"Base de données"_s, &isTemplate), u"database"_s);
    QCOMPARE(normaliseKind(u"Conteneur"_s, &isTemplate), u"container"_s);
    QCOMPARE(normaliseKind(QString(), &isTemplate), u"vm"_s);
    QVERIFY(!isTemplate);
    QCOMPARE(normaliseKind(u"template"_s, &isTemplate), u"vm"_s);
    QVERIFY(isTemplate);
    QCOMPARE(osFamilyOf(u"CentOS 7 (64-bit)"_s), u"linux"_s);
    QCOMPARE(osFamilyOf(u"Microsoft Windows Server 2016"_s), u"windows"_s);
    QCOMPARE(osFamilyOf(u"FreeBSD 13"_s), u"bsd"_s);
    QCOMPARE(osFamilyOf(u"AIX 7.2"_s), u"unix"_s);
    QCOMPARE(osFamilyOf(u"Other (64-bit)"_s), u"other"_s);
    QCOMPARE(osFamilyOf(QString()), QString());
    QCOMPARE(parseBool(u"Oui"_s), true);
    QCOMPARE(parseBool(u"FALSE"_s), false);
    QCOMPARE(parseBool(u"maybe"_s), std::nullopt);
    QVariantMap tags{{u"env"_s, u"prod"_s}, {u"owner"_s, u"team a"_s}, {u"pci"_s, true}};
    QCOMPARE(parseTags(u"env=prod; owner: team a; pci"_s), tags);
    QCOMPARE(parseTags(u"{\"env\":\"prod\"}"_s), QVariantMap({{u"env"_s, u"prod"_s}}));
}

void TestCsvInventoryImporter::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<double>("value"); // NaN: not a number

    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("integer") << u"16"_s << QChar(u';') << 16.0;
    QTest::newRow("decimal point") << u"12.5"_s << QChar(u';') << 12.5;
    QTest::newRow("decimal comma") << u"52,4"_s << QChar(u';') << 52.4;
    QTest::newRow("nbsp thousands") << u"1\u00A0437,5"_s << QChar(u';') << 1437.5;
    QTest::newRow("narrow nbsp") << u"2\u202F048"_s << QChar(u';') << 2048.0;
    QTest::newRow("dot thousands") << u"1.234,5"_s << QChar(u';') << 1234.5;
    QTest::newRow("comma thousands") << u"1,234.5"_s << QChar(u',') << 1234.5;
    QTest::newRow("1,000 in a comma file") << u"1,000"_s << QChar(u',') << 1000.0;
    QTest::newRow("1,000 in a semicolon file") << u"1,000"_s << QChar(u';') << 1.0;
    QTest::newRow("many dots") << u"1.234.567"_s << QChar(u';') << 1234567.0;
    QTest::newRow("negative") << u"-3"_s << QChar(u';') << -3.0;
    QTest::newRow("spaces") << u" 8 "_s << QChar(u';') << 8.0;
    QTest::newRow("letters") << u"abc"_s << QChar(u';') << nan;
    QTest::newRow("exponent") << u"1e5"_s << QChar(u';') << nan;
    QTest::newRow("empty") << QString() << QChar(u';') << nan;
    QTest::newRow("lone comma") << u","_s << QChar(u';') << nan;
    QTest::newRow("two decimal commas") << u"1,2,3.4"_s << QChar(u';') << 123.4;
    QTest::newRow("two decimal points") << u"1.2.3,4,5"_s << QChar(u';') << nan;
}

void TestCsvInventoryImporter::numbers()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QFETCH(double, value);
    const std::optional<double> parsed = parseNumber(text, delimiter);
    if (std::isnan(value)) {
        QCOMPARE(parsed, std::nullopt);
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, value);
    }
}

void TestCsvInventoryImporter::quantities()
{
    auto gib = [](const QString &text) -> double {
        const std::optional<Quantity> q = parseQuantity(text);
        return q ? toGib(q->value, q->unit.value_or(SizeUnit::GiB)) : -1;
    };
    QCOMPARE(gib(u"16 Go"_s), 16.0);
    QCOMPARE(gib(u"512MB"_s), 0.5);
    QCOMPARE(gib(u"1,5 To"_s), 1536.0);
    QCOMPARE(gib(u"2048 MiB"_s), 2.0);
    QCOMPARE(gib(u"8"_s), 8.0);
    QCOMPARE(gib(u"8 cores"_s), -1.0);
}

void TestCsvInventoryImporter::mappingRoundTrip()
{
    ColumnMapping mapping;
    mapping.columns[WorkloadField::Name] = u"Nom du serveur"_s;
    mapping.columns[WorkloadField::Vcpu] = u"Cœurs: alloués"_s; // needs quoting in YAML
    mapping.columns[WorkloadField::Memory] = u"RAM"_s;
    mapping.columns[WorkloadField::CostCentre] = u"'Imputation' \"analytique\""_s;
    mapping.units[WorkloadField::Memory] = SizeUnit::MiB;
    mapping.units[WorkloadField::Storage] = SizeUnit::TiB;
    mapping.ignored = {u"Ancienne RAM"_s, u"Disque: total"_s};

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"mapping.yaml"_s);
    QVERIFY(saveMapping(mapping, path).ok());
    Result<ColumnMapping> loaded = loadMapping(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded.value(), mapping);

    const QByteArray yaml = readAll(path);
    QVERIFY(yaml.contains("columns:"));
    QVERIFY(yaml.contains("memory: MiB"));
    QVERIFY(yaml.contains("ignore:"));

    // An ignored header is never mapped, even though its name says "memory".
    const QStringList headers = {u"Name"_s, u"CPU"_s, u"Ancienne RAM"_s, u"RAM (Go)"_s};
    ColumnMapping ignoring;
    ignoring.ignored = {u"ancienne ram"_s};
    Result<ColumnMapping> resolved = CsvInventoryImporter::resolveMapping(headers, ignoring);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->columns.at(WorkloadField::Memory), u"RAM (Go)"_s);
    ignoring.ignored = {u"RAM (Go)"_s, u"Ancienne RAM"_s};
    resolved = CsvInventoryImporter::resolveMapping(headers, ignoring);
    QVERIFY(resolved.ok());
    QVERIFY(!resolved->columns.count(WorkloadField::Memory));

    // An empty mapping round-trips too.
    QVERIFY(saveMapping(ColumnMapping(), path).ok());
    QCOMPARE(loadMapping(path).value(), ColumnMapping());
}

void TestCsvInventoryImporter::mappingFixture()
{
    Result<ColumnMapping> mapping = loadMapping(fixture(u"custom-mapping.yaml"_s));
    QVERIFY2(mapping.ok(), qPrintable(mapping.ok() ? QString() : mapping.error().toString()));
    QCOMPARE(mapping->columns.size(), 5u);
    QCOMPARE(mapping->columns.at(WorkloadField::Vcpu), u"Cœurs alloués"_s);
    QCOMPARE(mapping->units.at(WorkloadField::Memory), SizeUnit::MiB);

    ImportOptions options;
    options.mapping = mapping.value();
    Result<ImportOutcome> outcome = importFixture(u"custom-headers.csv"_s, options);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->workloads.size(), 2u);
    const Workload &first = outcome->workloads[0];
    QCOMPARE(first.name, u"APP-001"_s);
    QCOMPARE(first.vcpu, 4.0);
    QCOMPARE(first.memoryGib, 4.0);     // 4096, MiB by the mapping
    QCOMPARE(first.storageGib, 1536.0); // 1,5 To by the header
    QCOMPARE(first.application, u"Facturation"_s);
    QVERIFY(outcome->warnings.empty());

    // A mapping naming a column the file lacks.
    ColumnMapping wrong;
    wrong.columns[WorkloadField::Name] = u"Hostname"_s;
    options.mapping = wrong;
    outcome = importFixture(u"custom-headers.csv"_s, options);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(),
             u"custom-headers.csv:1: the mapping names the column \"Hostname\" for name, but the "
             "file has no such column (columns found: \"Asset\", \"Cœurs alloués\", \"RAM "
             "allouée\", \"Volumétrie (To)\", \"Périmètre\")"_s);

    // Mapped headers match without case or accents; the other columns still map automatically.
    ColumnMapping loose;
    loose.columns[WorkloadField::Name] = u"asset"_s;
    options.mapping = loose;
    outcome = importText("Asset;Memory (MB);Serveur\nAPP-9;2048;ignored\n", u"t.csv"_s, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads[0].name, u"APP-9"_s);
    QCOMPARE(outcome->workloads[0].memoryGib, 2.0);
    QCOMPARE(outcome->warnings.size(), 1u);
    QCOMPARE(outcome->warnings[0].message, u"columns not imported: \"Serveur\""_s);
}

void TestCsvInventoryImporter::mappingErrors()
{
    Result<ColumnMapping> bad = loadMapping(fixture(u"bad-mapping.yaml"_s));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().line, 3);
    QCOMPARE(bad.error().column, 3);
    QCOMPARE(bad.error().path, u"columns.cpu_count"_s);
    QVERIFY(bad.error().message.startsWith(
        u"unknown field \"cpu_count\"; expected one of: uuid, name, kind, vcpu, memory"_s));

    auto parse = [](const char *text) { return parseMapping(QByteArray(text), u"m.yaml"_s); };
    Result<ColumnMapping> syntax = parse("columns:\n  name: [unclosed\n");
    QVERIFY(!syntax.ok());
    QCOMPARE(syntax.error().file, u"m.yaml"_s);
    QVERIFY(syntax.error().line > 0);

    Result<ColumnMapping> unit = parse("units:\n  memory: parsecs\n");
    QVERIFY(!unit.ok());
    QCOMPARE(unit.error().toString(),
             u"m.yaml:2:11: unknown unit \"parsecs\"; expected KiB, MiB, GiB or TiB"_s);

    Result<ColumnMapping> unitless = parse("units:\n  vcpu: GiB\n");
    QVERIFY(!unitless.ok());
    QCOMPARE(unitless.error().message,
             u"\"vcpu\" has no unit; units apply to memory, storage and storage_used"_s);

    QCOMPARE(parse("colums:\n  name: x\n").error().message,
             u"unknown key \"colums\"; expected columns, units or ignore"_s);
    QCOMPARE(parse("- a\n- b\n").error().message,
             u"expected a mapping with \"columns\" and \"units\""_s);
    QCOMPARE(parse("columns:\n  name: \"\"\n").error().message,
             u"expected a column name for \"name\""_s);

    Result<ColumnMapping> missing = loadMapping(fixture(u"no-such-mapping.yaml"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.startsWith(u"cannot open the mapping file"_s));
}

void TestCsvInventoryImporter::resolveMapping()
{
    const QStringList headers{u"Nom"_s, u"Mémoire (Mo)"_s, u"Disque"_s, u"Divers"_s};
    Result<ColumnMapping> mapping = CsvInventoryImporter::resolveMapping(headers);
    QVERIFY(mapping.ok());
    QCOMPARE(mapping->columns.size(), 3u);
    QCOMPARE(mapping->columns.at(WorkloadField::Name), u"Nom"_s);
    QCOMPARE(mapping->columns.at(WorkloadField::Memory), u"Mémoire (Mo)"_s);
    QCOMPARE(mapping->units.at(WorkloadField::Memory), SizeUnit::MiB);
    QCOMPARE(mapping->units.at(WorkloadField::Storage), SizeUnit::GiB); // no unit: GiB

    QVERIFY(!CsvInventoryImporter::resolveMapping({u"Divers"_s}).ok());
}

void TestCsvInventoryImporter::sniffing()
{
    const CsvInventoryImporter importer;
    auto sniffFile = [&importer](const QString &name) {
        const QByteArray bytes = readAll(fixture(name));
        return importer.sniff(
            QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), Importer::kSniffBytes)),
            name);
    };
    QCOMPARE(sniffFile(u"cmdb-export-en.csv"_s), 90);
    QCOMPARE(sniffFile(u"cmdb-excel-fr.csv"_s), 90);
    QCOMPARE(sniffFile(u"powercli-export.tsv"_s), 90);
    QCOMPARE(sniffFile(u"no-name-column.csv"_s), 50);                    // CPU and RAM, but no name
    QCOMPARE(sniffFile(u"custom-headers.csv"_s), 15);                    // a CSV, headers unknown
    QCOMPARE(importer.sniff("name;vcpu\nweb;2\n", u"export.dat"_s), 80); // content alone
    QCOMPARE(importer.sniff("# Notes\nHello, world.\n", u"notes.md"_s), 0);
    QCOMPARE(importer.sniff(QByteArrayView("PK\x03\x04\x14\0\x06\0", 8), u"inventory.xlsx"_s), 0);
    QCOMPARE(importer.sniff("", u"empty.csv"_s), 15);
}

void TestCsvInventoryImporter::registry()
{
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    QCOMPARE(registry.formatIds(),
             QStringList({u"csv"_s, u"utilisation"_s, u"kubernetes"_s, u"compose"_s, u"rvtools"_s,
                          u"terraform"_s, u"proxmox"_s, u"ec2"_s, u"focus"_s, u"aws-cur"_s,
                          u"azure-cost"_s, u"gcp-billing"_s}));
    QVERIFY(registry.find(u"CSV"_s));
    QCOMPARE(registry.find(u"csv"_s)->displayName(), u"Inventory CSV (CMDB, Excel)"_s);

    Result<const Importer *> picked =
        registry.select(readAll(fixture(u"cmdb-excel-fr.csv"_s)), u"cmdb-excel-fr.csv"_s);
    QVERIFY(picked.ok());
    QCOMPARE(picked.value()->formatId(), u"csv"_s);

    // --as wins over sniffing.
    picked = registry.select("# Notes\n", u"notes.md"_s, u"csv"_s);
    QVERIFY(picked.ok());

    Result<const Importer *> unknown = registry.select("x", u"estate.xlsx"_s, u"frobnicate"_s);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().toString().startsWith(
                 u"estate.xlsx: unknown format \"frobnicate\"; supported formats: auto, csv "
                 "(Inventory CSV (CMDB, Excel)), utilisation ("_s),
             qPrintable(unknown.error().toString()));

    Result<const Importer *> none = registry.select("# Notes\nHello.\n", u"notes.md"_s);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().toString().startsWith(
                 u"notes.md: the file's format was not recognised; choose one of the supported "
                 "formats (--as FORMAT): csv (Inventory CSV (CMDB, Excel)), utilisation ("_s),
             qPrintable(none.error().toString()));
    QVERIFY(none.error().toString().contains(u"ec2 ("_s));
}

void TestCsvInventoryImporter::progressAndCancel()
{
    QByteArray text("name,vcpu\n");
    for (int i = 0; i < 5000; ++i) {
        text += "vm-" + QByteArray::number(i) + ",2\n";
    }
    QList<std::pair<qint64, qint64>> calls;
    ImportOptions options;
    options.progress = [&calls](qint64 bytes, qint64 rows) {
        calls.append({bytes, rows});
        return true;
    };
    Result<ImportOutcome> outcome = importText(text, u"t.csv"_s, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), 5000u);
    QVERIFY(calls.size() >= 4);
    for (qsizetype i = 1; i < calls.size(); ++i) {
        QVERIFY(calls[i].first >= calls[i - 1].first);
        QVERIFY(calls[i].second > calls[i - 1].second);
    }
    QCOMPARE(calls.last(), std::make_pair(qint64(text.size()), qint64(5000)));

    options.progress = [](qint64, qint64 rows) { return rows < 2048; };
    outcome = importText(text, u"t.csv"_s, options);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), u"t.csv: import cancelled"_s);
}

QTEST_GUILESS_MAIN(TestCsvInventoryImporter)
#include "TestCsvInventoryImporter.moc"
