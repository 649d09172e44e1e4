#include "models/importers/CsvInventoryImporter.h"
#include "models/importers/RvToolsImporter.h"

#include "tests/data/xlsx/ZipBuilder.h"

#include "tests/models/InventoryTestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QUuid>

using namespace boussole;
using namespace boussole::test;
using namespace Qt::StringLiterals;
using testing::byName;
using testing::readAll;

namespace {

// The fixtures and their generator (generate.py) live in tests/data/rvtools.
QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/rvtools/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/rvtools/");
    return (QFileInfo::exists(local) ? local : shared) + name;
}

template <typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : result.error().toString().toUtf8();
}

Result<ImportOutcome> importFixture(const QString &name, ImportOptions options = {})
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(u"fixture missing: "_s + file.fileName());
    }
    ImportContext context;
    context.fileName = name;
    context.totalBytes = file.size();
    context.options = std::move(options);
    return RvToolsImporter().read(file, context);
}

Result<ImportOutcome> importBytes(const QByteArray &bytes, const QString &name,
                                  ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportContext context;
    context.fileName = name;
    context.totalBytes = bytes.size();
    context.options = std::move(options);
    return RvToolsImporter().read(buffer, context);
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// The golden fields of a workload, as generate.py writes them.
QJsonObject golden(const Workload &w)
{
    return QJsonObject{
        {u"name"_s, w.name},
        {u"vcpu"_s, optionalNumber(w.vcpu)},
        {u"memoryGib"_s, optionalNumber(w.memoryGib)},
        {u"storageGib"_s, optionalNumber(w.storageGib)},
        {u"storageUsedGib"_s, optionalNumber(w.storageUsedGib)},
        {u"powerState"_s, w.powerState},
        {u"isTemplate"_s, w.isTemplate},
        {u"naturalKey"_s, w.naturalKey},
        {u"sourceLocation"_s, w.sourceLocation},
    };
}

QStringList warningTexts(const ImportOutcome &outcome, const QString &file)
{
    QStringList texts;
    for (const ImportWarning &warning : outcome.warnings) {
        texts.append(warning.toString(file));
    }
    return texts;
}

} // namespace

class TestRvToolsImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goldenFiles_data();
    void goldenFiles();
    void rvtools4xDetails();
    void rvtools3xDetails();
    void csvExport();
    void semicolonCsvWithOldHeaders();
    void sameResultFromFileAndBuffer();
    void malformed_data();
    void malformed();
    void zipBomb();
    void skipBadRows();
    void duplicatesAndTemplates();
    void sniffing();
    void registry();
    void progressAndCancel();
};

void TestRvToolsImporter::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestRvToolsImporter::goldenFiles_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("RVTools 4.x xlsx") << u"rvtools-4x.xlsx"_s << u"rvtools-4x.expected.json"_s;
    QTest::newRow("RVTools 3.x xlsx") << u"rvtools-3x.xlsx"_s << u"rvtools-3x.expected.json"_s;
    QTest::newRow("RVTools CSV") << u"RVTools_tabvInfo.csv"_s
                                 << u"RVTools_tabvInfo.expected.json"_s;
}

void TestRvToolsImporter::goldenFiles()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    Result<ImportOutcome> outcome = importFixture(input);
    QVERIFY2(outcome.ok(), describe(outcome).constData());

    QJsonParseError error;
    const QJsonArray wanted = QJsonDocument::fromJson(readAll(fixture(expected)), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!wanted.isEmpty());
    QCOMPARE(qsizetype(outcome->workloads.size()), wanted.size());
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QJsonObject want = wanted[i].toObject();
        const QJsonObject got = golden(outcome->workloads[std::size_t(i)]);
        for (auto it = want.constBegin(); it != want.constEnd(); ++it) {
            const QByteArray what = (want[u"name"_s].toString() + u'.' + it.key()).toUtf8();
            QVERIFY2(got.contains(it.key()), what.constData());
            const QJsonValue g = got[it.key()];
            if (it.value().isDouble()) {
                QVERIFY2(g.isDouble(), what.constData());
                QVERIFY2(qFuzzyCompare(g.toDouble(), it.value().toDouble()),
                         (what + ": " + QByteArray::number(g.toDouble(), 'g', 17) + " vs " +
                          QByteArray::number(it.value().toDouble(), 'g', 17))
                             .constData());
            } else {
                QVERIFY2(g == it.value(),
                         (what + ": " +
                          QJsonDocument(QJsonArray{g}).toJson(QJsonDocument::Compact) + " vs " +
                          QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                             .constData());
            }
        }
        QCOMPARE(outcome->workloads[std::size_t(i)].sourceFile, input);
        QCOMPARE(outcome->workloads[std::size_t(i)].kind, u"vm"_s);
        QVERIFY(!QUuid::fromString(outcome->workloads[std::size_t(i)].id).isNull());
    }
}

void TestRvToolsImporter::rvtools4xDetails()
{
    Result<ImportOutcome> outcome = importFixture(u"rvtools-4x.xlsx"_s);
    QVERIFY2(outcome.ok(), describe(outcome).constData());
    QCOMPARE(outcome->workloads.size(), 7u);
    QCOMPARE(outcome->rowsRead, 8);
    QCOMPARE(outcome->rowsSkipped, 0);
    QCOMPARE(warningTexts(outcome.value(), u"rvtools-4x.xlsx"_s),
             QStringList{u"rvtools-4x.xlsx: vInfo!D9: \"web-prd-01\" is an SRM placeholder (a VM "
                         "protected at another site); skipped"_s});

    const Workload *web = byName(outcome.value(), u"web-prd-01"_s);
    QVERIFY(web);
    QCOMPARE(web->naturalKey, u"5029a1b2-c3d4-e5f6-0718-293a4b5c6d01"_s); // not the placeholder's
    QCOMPARE(web->osFamily, u"windows"_s);
    QCOMPARE(web->osEdition, u"Microsoft Windows Server 2019 (64-bit)"_s);
    QCOMPARE(web->site, u"DC-Paris"_s);
    QCOMPARE(web->cluster, u"CL-PROD-01"_s);
    QCOMPARE(web->environment, u"prod"_s); // folder "Production/Web"
    QCOMPARE(web->application, u"Portail"_s);
    QCOMPARE(web->storageUsedGib, 50.0); // vPartition: 40960 + 10240 MiB consumed
    QCOMPARE(web->storageGib, 106.0);
    QCOMPARE(web->sourceLocation, u"vInfo!row 2"_s);
    const QVariantMap expectedTags{
        {u"host"_s, u"esx01.corp.local"_s},      {u"folder"_s, u"Production/Web"_s},
        {u"resource_pool"_s, u"Resources"_s},    {u"vcenter"_s, u"vcsa01.corp.local"_s},
        {u"annotation"_s, u"Frontal web IIS"_s}, {u"Application"_s, u"Portail"_s},
        {u"Backup status"_s, u"Success"_s},      {u"Last backup"_s, u"2024-04-30 22:01"_s},
        {u"Owner"_s, u"equipe-web"_s},
    };
    QCOMPARE(web->tags, expectedTags);

    const Workload *db = byName(outcome.value(), u"db-prd-01"_s);
    QVERIFY(db);
    QCOMPARE(db->environment, u"prod"_s); // the "Environment" custom attribute
    QCOMPARE(db->tags.value(u"Environment"_s).toString(), u"Production"_s);
    QCOMPARE(db->tags.value(u"annotation"_s).toString(), u"PostgreSQL 14 critique"_s);
    QCOMPARE(db->osFamily, u"linux"_s);
    // The VMware Tools know better than the configuration file.
    QCOMPARE(db->osEdition, u"Red Hat Enterprise Linux 8.6 (64-bit)"_s);
    QCOMPARE(db->naturalKey, u"5029a1b2-c3d4-e5f6-0718-293a4b5c6d02"_s); // lowercased

    const Workload *rec = byName(outcome.value(), u"app-rec-01"_s);
    QVERIFY(rec);
    QCOMPARE(rec->environment, u"preprod"_s); // from the name
    QCOMPARE(rec->osEdition, u"Ubuntu 22.04.3 LTS"_s);
    QCOMPARE(rec->osFamily, u"linux"_s);

    const Workload *tpl = byName(outcome.value(), u"tpl-w2022"_s);
    QVERIFY(tpl);
    QVERIFY(tpl->isTemplate);
    QCOMPARE(tpl->powerState, u"off"_s);
    QCOMPARE(tpl->environment, QString());
    QCOMPARE(tpl->osEdition, u"Microsoft Windows Server 2022 (64-bit)"_s); // tools unknown
    QCOMPARE(tpl->storageUsedGib, 20.0);              // no partitions: "In Use MiB"
    QVERIFY(!tpl->tags.contains(u"resource_pool"_s)); // empty cells make no tags

    const Workload *ftp = byName(outcome.value(), u"ftp-old-01"_s);
    QVERIFY(ftp);
    QCOMPARE(ftp->powerState, u"off"_s);
    QCOMPARE(ftp->environment, u"test"_s); // from the annotation
    QCOMPARE(ftp->site, u"DC-Lyon"_s);

    const Workload *batch = byName(outcome.value(), u"batch-01"_s);
    QVERIFY(batch);
    QCOMPARE(batch->powerState, u"suspended"_s);
    QCOMPARE(batch->environment, u"dev"_s); // resource pool "RP-Dev"

    const Workload *compta = byName(outcome.value(), u"srv-comptabilité"_s);
    QVERIFY(compta);
    QCOMPARE(compta->naturalKey, u"4229b3c1-7d0e-3f1a-8b2c-1d2e3f405167"_s); // SMBIOS UUID
    QCOMPARE(compta->memoryGib, 6.0);
    QCOMPARE(compta->storageUsedGib, 45056.5 / 1024);
    QCOMPARE(compta->application, u"Comptabilité"_s);
    QCOMPARE(compta->environment, u"prod"_s);
}

void TestRvToolsImporter::rvtools3xDetails()
{
    Result<ImportOutcome> outcome = importFixture(u"rvtools-3x.xlsx"_s);
    QVERIFY2(outcome.ok(), describe(outcome).constData());
    QCOMPARE(outcome->workloads.size(), 4u);
    QVERIFY(outcome->warnings.empty());
    const Workload *fic = byName(outcome.value(), u"SRV-FIC01"_s);
    QVERIFY(fic);
    QCOMPARE(fic->storageGib, 1032.0);                        // "Provisioned MB", read as MiB
    QCOMPARE(fic->storageUsedGib, (40960 + 716800) / 1024.0); // "Consumed MB"
    QCOMPARE(fic->osEdition, u"Microsoft Windows Server 2008 R2 Enterprise"_s);
    QCOMPARE(fic->site, u"Siège"_s);
    const Workload *dev = byName(outcome.value(), u"lnx-web-dev"_s);
    QVERIFY(dev);
    QCOMPARE(dev->environment, u"dev"_s);
    QCOMPARE(dev->osFamily, u"linux"_s);
    QCOMPARE(dev->storageUsedGib, 8.0);
    const Workload *sql = byName(outcome.value(), u"SRV-SQL01"_s);
    QVERIFY(sql);
    // No VM UUID: the vCenter's UUID (the same for every VM) with the VM's moref.
    QCOMPARE(sql->naturalKey, u"c5e4b3a2-1f0e-4d3c-8b7a-695847362514/vm-104"_s);
    QCOMPARE(sql->tags.value(u"annotation"_s).toString(), u"SQL Server 2008 R2 - appli paie"_s);
    QCOMPARE(sql->tags.value(u"vcenter"_s).toString(), u"vcenter55.local"_s);
}

void TestRvToolsImporter::csvExport()
{
    Result<ImportOutcome> outcome = importFixture(u"RVTools_tabvInfo.csv"_s);
    QVERIFY2(outcome.ok(), describe(outcome).constData());
    QCOMPARE(outcome->workloads.size(), 4u);
    QVERIFY(outcome->warnings.empty());
    const Workload *web = byName(outcome.value(), u"web-prd-01"_s);
    QVERIFY(web);
    QCOMPARE(web->storageUsedGib, 60.0); // no vPartition in a CSV: "In Use MiB"
    QCOMPARE(web->tags.value(u"annotation"_s).toString(),
             u"Frontal web IIS\r\nContact: equipe-web, astreinte 24/7"_s);
    QCOMPARE(web->tags.value(u"Owner"_s).toString(), u"equipe-web"_s);
    QCOMPARE(web->environment, u"prod"_s);
    const Workload *tpl = byName(outcome.value(), u"tpl-w2022"_s);
    QVERIFY(tpl);
    QVERIFY(tpl->isTemplate);
    QCOMPARE(tpl->sourceLocation, u"line 6"_s);
}

void TestRvToolsImporter::semicolonCsvWithOldHeaders()
{
    // RVTools 3.x through the CLI, in a French Windows: ';' and Windows-1252.
    const QByteArray csv = "VM;Powerstate;Template;CPUs;Memory;Provisioned MB;In Use MB;"
                           "Resource pool;Folder;Annotation;Datacenter;Cluster;Host;OS;VM UUID\r\n"
                           "SRV-PAIE;poweredOn;False;4;8192;102400;51200;Resources;Paie;"
                           "Paie \xe9t\xe9;Si\xe8ge;CL1;esx1;Microsoft Windows Server 2012 "
                           "(64-bit);421A0000-0000-0000-0000-000000000001\r\n"
                           "lnx-batch-prd;poweredOff;True;2;2048;20480;10240;;;;Si\xe8ge;CL1;"
                           "esx1;Red Hat Enterprise Linux 7 (64-bit);\r\n";
    Result<ImportOutcome> outcome = importBytes(csv, u"vInfo.csv"_s);
    QVERIFY2(outcome.ok(), describe(outcome).constData());
    QCOMPARE(outcome->workloads.size(), 2u);
    const Workload &paie = outcome->workloads[0];
    QCOMPARE(paie.vcpu, 4.0);
    QCOMPARE(paie.memoryGib, 8.0);
    QCOMPARE(paie.storageGib, 100.0);
    QCOMPARE(paie.storageUsedGib, 50.0);
    QCOMPARE(paie.site, u"Siège"_s);
    QCOMPARE(paie.tags.value(u"annotation"_s).toString(), u"Paie été"_s);
    QCOMPARE(paie.osEdition, u"Microsoft Windows Server 2012 (64-bit)"_s); // the 3.x "OS" column
    QCOMPARE(paie.naturalKey, u"421a0000-0000-0000-0000-000000000001"_s);
    QCOMPARE(paie.sourceLocation, u"line 2"_s);
    const Workload &batch = outcome->workloads[1];
    QVERIFY(batch.isTemplate);
    QCOMPARE(batch.naturalKey, u"lnx-batch-prd"_s); // no UUID: the name
    QCOMPARE(batch.environment, u"prod"_s);
    QCOMPARE(batch.osFamily, u"linux"_s);
}

void TestRvToolsImporter::sameResultFromFileAndBuffer()
{
    // By path (libzip seeks in the file) and from memory: the same workloads.
    Result<ImportOutcome> fromFile = importFixture(u"rvtools-4x.xlsx"_s);
    Result<ImportOutcome> fromMemory =
        importBytes(readAll(fixture(u"rvtools-4x.xlsx"_s)), u"rvtools-4x.xlsx"_s);
    QVERIFY(fromFile.ok());
    QVERIFY(fromMemory.ok());
    QCOMPARE(fromFile->workloads.size(), fromMemory->workloads.size());
    for (std::size_t i = 0; i < fromFile->workloads.size(); ++i) {
        Workload a = fromFile->workloads[i];
        Workload b = fromMemory->workloads[i];
        a.id.clear();
        b.id.clear();
        QVERIFY(a == b);
    }
}

void TestRvToolsImporter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("no vInfo")
        << u"rvtools-no-vinfo.xlsx"_s
        << u"rvtools-no-vinfo.xlsx: no vInfo sheet: this workbook is not an RVTools export"_s;
    QTest::newRow("truncated")
        << u"rvtools-truncated.xlsx"_s
        << u"rvtools-truncated.xlsx: not a zip archive, or a truncated one (no central "
           "directory found)"_s;
    QTest::newRow("entity bomb")
        << u"rvtools-entity-bomb.xlsx"_s
        << u"rvtools-entity-bomb.xlsx: xl/sharedStrings.xml:13:3: a document type declaration "
           "(<!DOCTYPE …>) is not allowed in a workbook part"_s;
    QTest::newRow("non-numeric CPUs")
        << u"rvtools-bad-cpus.xlsx"_s
        << u"rvtools-bad-cpus.xlsx: vInfo!F7: expected a number of vCPUs, found \"abc\""_s;
}

void TestRvToolsImporter::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    Result<ImportOutcome> outcome = importFixture(file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);

    // The same through a buffer (archives read into memory).
    outcome = importBytes(readAll(fixture(file)), file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
}

void TestRvToolsImporter::zipBomb()
{
    // An RVTools-shaped workbook whose vInfo inflates to 1 GiB of zeros (1 MiB on disk).
    WorkbookSpec spec;
    spec.sheets = {{u"vInfo"_s, {}}};
    ZipBuilder zip;
    addWorkbookParts(zip, spec, false);
    zip.addZeros(u"xl/worksheets/sheet1.xml"_s, quint64(1) << 30);
    const QByteArray bytes = zip.finish();
    QVERIFY(bytes.size() < 1100 * 1024);

    QElapsedTimer timer;
    timer.start();
    Result<ImportOutcome> outcome = importBytes(bytes, u"RVTools_export_all.xlsx"_s);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(),
             u"RVTools_export_all.xlsx: entry xl/worksheets/sheet1.xml would inflate to 1.0 GiB, "
             "more than the 512.0 MiB allowed for one entry (a zip bomb?)"_s);
    QVERIFY(timer.elapsed() < 5000);
}

void TestRvToolsImporter::skipBadRows()
{
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportOutcome> outcome = importFixture(u"rvtools-bad-cpus.xlsx"_s, options);
    QVERIFY2(outcome.ok(), describe(outcome).constData());
    QCOMPARE(outcome->workloads.size(), 6u);
    QCOMPARE(outcome->rowsRead, 7);
    QCOMPARE(outcome->rowsSkipped, 1);
    QCOMPARE(warningTexts(outcome.value(), u"rvtools-bad-cpus.xlsx"_s),
             QStringList{u"rvtools-bad-cpus.xlsx: vInfo!F7: row skipped: expected a number of "
                         "vCPUs, found \"abc\""_s});
    QCOMPARE(outcome->workloads[5].name, u"app-07"_s);
    QCOMPARE(outcome->workloads[5].sourceLocation, u"vInfo!row 8"_s);
}

void TestRvToolsImporter::duplicatesAndTemplates()
{
    const QByteArray csv = "VM,Powerstate,Template,CPUs,Memory,VM UUID,Folder\n"
                           "web-01,poweredOn,False,2,4096,AAAA,Web\n"
                           "web-01-clone,poweredOff,False,2,4096,aaaa,Web\n"
                           "tpl,poweredOff,True,1,1024,,Templates\n"
                           "bad,poweredOn,False,-1,1024,,\n";
    Result<ImportOutcome> outcome = importBytes(csv, u"vInfo.csv"_s);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(),
             u"vInfo.csv:5:4: expected a number of vCPUs, found \"-1\""_s);

    outcome = importBytes(csv.first(csv.lastIndexOf("bad,")), u"vInfo.csv"_s);
    QVERIFY2(outcome.ok(), describe(outcome).constData());
    QCOMPARE(outcome->workloads.size(), 3u);
    QCOMPARE(warningTexts(outcome.value(), u"vInfo.csv"_s),
             QStringList{u"vInfo.csv:3:1: workload \"web-01-clone\" is also on line 2"_s});
    QVERIFY(outcome->workloads[2].isTemplate);
    QCOMPARE(outcome->workloads[2].naturalKey, u"tpl"_s);

    // Not an RVTools export at all.
    outcome = importBytes("Hostname,CPU,RAM\nweb,2,4\n", u"cmdb.csv"_s);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(),
             u"cmdb.csv:1: no \"VM\" column: this is not an RVTools vInfo export (columns found: "
             "\"Hostname\", \"CPU\", \"RAM\")"_s);

    // An encrypted workbook is an OLE compound file.
    outcome = importBytes(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'),
                          u"RVTools_export_all.xlsx"_s);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(),
             u"RVTools_export_all.xlsx: this workbook is encrypted or in the old .xls format; "
             "save it as an .xlsx workbook without a password"_s);

    // A vInfo sheet without a VM column.
    WorkbookSpec spec;
    spec.sheets = {
        {u"vInfo"_s, worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c>"
                               "<c r=\"C1\" t=\"inlineStr\"><is><t>CPUs</t></is></c></row>")}};
    outcome = importBytes(buildWorkbook(spec), u"odd.xlsx"_s);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(),
             u"odd.xlsx: vInfo: no \"VM\" column: this is not an RVTools vInfo export (columns "
             "found: \"Name\", \"CPUs\")"_s);
}

void TestRvToolsImporter::sniffing()
{
    const RvToolsImporter rvtools;
    const CsvInventoryImporter generic;
    const QByteArray xlsx = readAll(fixture(u"rvtools-4x.xlsx"_s));
    QVERIFY(!xlsx.isEmpty());
    QCOMPARE(rvtools.sniff(xlsx.first(4096), u"export.xlsx"_s), 50);
    QCOMPARE(rvtools.sniff(xlsx.first(4096), u"RVTools_export_all_2024-05-01.xlsx"_s), 70);
    QCOMPARE(rvtools.sniff(xlsx.first(4096), u"export.zip"_s), 30); // names xl/… parts
    QCOMPARE(rvtools.sniff("PK\x03\x04 something else", u"archive.zip"_s), 0);
    QCOMPARE(generic.sniff(xlsx.first(4096), u"export.xlsx"_s), 0);

    const QByteArray csv = readAll(fixture(u"RVTools_tabvInfo.csv"_s));
    const int rvScore = rvtools.sniff(csv, u"RVTools_tabvInfo.csv"_s);
    QCOMPARE(rvScore, 98);
    QCOMPARE(rvtools.sniff(csv, u"export.csv"_s), 95);
    QVERIFY(rvScore > generic.sniff(csv, u"RVTools_tabvInfo.csv"_s));
    QVERIFY(rvtools.sniff(csv, u"export.csv"_s) > generic.sniff(csv, u"export.csv"_s));
    QCOMPARE(rvtools.sniff("VM;Powerstate;Template;CPUs\r\nweb;poweredOn;False;2\r\n", u"x.txt"_s),
             95);
    // vPartition as CSV: VM and Powerstate, but no sizes of a VM.
    QCOMPARE(rvtools.sniff("VM,Powerstate,Template,Disk,Capacity MiB,Consumed MiB\n", u"p.csv"_s),
             0);
    QCOMPARE(rvtools.sniff("Hostname,vCPU,RAM (GB)\nweb,2,4\n", u"cmdb.csv"_s), 0);
    QCOMPARE(rvtools.sniff(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8),
                           u"RVTools_export_all.xlsx"_s),
             40);
}

void TestRvToolsImporter::registry()
{
    ImporterRegistry registry;
    registry.add(std::make_unique<CsvInventoryImporter>());
    registry.add(std::make_unique<RvToolsImporter>());
    QVERIFY(registry.find(u"rvtools"_s));
    QCOMPARE(registry.find(u"RVTools"_s)->formatId(), u"rvtools"_s);

    const QByteArray csv = readAll(fixture(u"RVTools_tabvInfo.csv"_s));
    Result<const Importer *> chosen = registry.select(csv, u"RVTools_tabvInfo.csv"_s);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value()->formatId(), u"rvtools"_s);

    const QByteArray xlsx = readAll(fixture(u"rvtools-4x.xlsx"_s));
    chosen = registry.select(xlsx, u"export.xlsx"_s);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value()->formatId(), u"rvtools"_s);

    chosen = registry.select("Hostname,Environment,vCPU,RAM (GB)\nweb,prod,2,4\n", u"cmdb.csv"_s);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value()->formatId(), u"csv"_s);
}

void TestRvToolsImporter::progressAndCancel()
{
    QList<QPair<qint64, qint64>> calls;
    ImportOptions options;
    options.progress = [&calls](qint64 bytes, qint64 rows) {
        calls.append({bytes, rows});
        return true;
    };
    Result<ImportOutcome> outcome = importFixture(u"rvtools-4x.xlsx"_s, options);
    QVERIFY(outcome.ok());
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last().first, QFileInfo(fixture(u"rvtools-4x.xlsx"_s)).size());
    QCOMPARE(calls.last().second, 8);

    options.progress = [](qint64, qint64) { return false; };
    for (const QString &file : {u"rvtools-4x.xlsx"_s, u"RVTools_tabvInfo.csv"_s}) {
        outcome = importFixture(file, options);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().toString(), file + u": import cancelled"_s);
    }

    // A large vInfo reports progress on the way, in bytes of the file.
    QByteArray rows;
    for (int i = 0; i < 3000; ++i) {
        rows += "<row r=\"" + QByteArray::number(i + 2) + "\"><c r=\"A" +
                QByteArray::number(i + 2) + "\" t=\"inlineStr\"><is><t>vm-" +
                QByteArray::number(i) + "</t></is></c><c r=\"B" + QByteArray::number(i + 2) +
                "\" t=\"inlineStr\"><is><t>poweredOn</t></is></c><c r=\"C" +
                QByteArray::number(i + 2) + "\"><v>2</v></c></row>";
    }
    WorkbookSpec spec;
    spec.sheets = {
        {u"vInfo"_s, worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>VM</t></is></c>"
                               "<c r=\"B1\" t=\"inlineStr\"><is><t>Powerstate</t></is></c>"
                               "<c r=\"C1\" t=\"inlineStr\"><is><t>CPUs</t></is></c></row>" +
                               rows)}};
    calls.clear();
    options.progress = [&calls](qint64 bytes, qint64 done) {
        calls.append({bytes, done});
        return done < 2048;
    };
    const QByteArray big = buildWorkbook(spec);
    outcome = importBytes(big, u"big.xlsx"_s, options);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().message, u"import cancelled"_s);
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls[0].second, 1024);
    QVERIFY(calls[0].first > 0 && calls[0].first < calls[1].first);
    QVERIFY(calls[1].first < big.size());
}

QTEST_GUILESS_MAIN(TestRvToolsImporter)
#include "TestRvToolsImporter.moc"
