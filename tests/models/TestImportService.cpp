#include "models/importers/ImportService.h"
#include "models/storage/ProjectFile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

// BOUSSOLE_TEST_DATA is the data folder next to the CMakeLists.txt that added the test; the CSV
// fixtures live in tests/data/csv.
QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/csv/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/csv/");
    return (QFileInfo::exists(local) ? local : shared) + name;
}

QString describe(const Error &error)
{
    return error.toString();
}

} // namespace

class TestImportService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAndRecords();
    void reimportRefused();
    void allOrNothing_data();
    void allOrNothing();
    void cancelLeavesProjectUnchanged();
    void skipBadRowsStoresTheRest();
    void explicitFormat();
    void unreadableFiles();
    void sha256Streams();
    void freeFunction();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    ImporterRegistry m_registry = ImporterRegistry::withBuiltins();
};

void TestImportService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Project>> created =
        Project::create(m_dir->filePath(u"test.boussole"_s), u"Test"_s);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    m_project = std::move(created.value());
}

void TestImportService::cleanup()
{
    if (m_project) {
        m_project->close();
    }
    m_project.reset();
    m_dir.reset();
}

void TestImportService::importsAndRecords()
{
    const ImportService service(m_registry);
    Result<ImportSummary> summary =
        service.importFile(*m_project, fixture(u"cmdb-export-en.csv"_s), {});
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : describe(summary.error())));
    QCOMPARE(summary->format, u"csv"_s);
    QCOMPARE(summary->fileName, u"cmdb-export-en.csv"_s);
    QCOMPARE(summary->rowCount, 7);
    QCOMPARE(summary->warnings.size(), 1u);
    QCOMPARE(summary->toString(), u"cmdb-export-en.csv: csv, 7 rows imported, 1 warnings"_s);

    QFile file(fixture(u"cmdb-export-en.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expectedSha = QString::fromLatin1(
        QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(summary->sha256, expectedSha);

    QCOMPARE(m_project->importCount(), 1);
    QCOMPARE(m_project->workloadCount(), 7);
    const std::vector<ImportRecord> imports = m_project->imports();
    QCOMPARE(imports.size(), 1u);
    const ImportRecord &record = imports[0];
    QCOMPARE(record.id, summary->importId);
    QCOMPARE(record.fileName, u"cmdb-export-en.csv"_s);
    QCOMPARE(record.filePath, QFileInfo(fixture(u"cmdb-export-en.csv"_s)).absoluteFilePath());
    QCOMPARE(record.format, u"csv"_s);
    QCOMPARE(record.sha256, expectedSha);
    QCOMPARE(record.rowCount, 7);
    QCOMPARE(record.warningCount, 1);
    QCOMPARE(record.status, u"warnings"_s);
    QVERIFY(record.importedAt.isValid());
    QVERIFY(qAbs(record.importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    for (const Workload &w : m_project->workloads()) {
        QCOMPARE(w.importId, summary->importId);
        QCOMPARE(w.sourceFile, u"cmdb-export-en.csv"_s);
        QVERIFY(w.sourceLocation.startsWith(u"line "_s));
    }
}

void TestImportService::reimportRefused()
{
    const ImportService service(m_registry);
    QVERIFY(service.importFile(*m_project, fixture(u"cmdb-excel-fr.csv"_s)).ok());
    const ImportRecord first = m_project->imports().at(0);

    Result<ImportSummary> again = service.importFile(*m_project, fixture(u"cmdb-excel-fr.csv"_s));
    QVERIFY(!again.ok());
    QCOMPARE(describe(again.error()),
             u"cmdb-excel-fr.csv: already imported on "_s +
                 QLocale().toString(first.importedAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(m_project->importCount(), 1);
    QCOMPARE(m_project->workloadCount(), 5);

    // The same bytes under another name are the same file.
    const QString copy = m_dir->filePath(u"copie.csv"_s);
    QVERIFY(QFile::copy(fixture(u"cmdb-excel-fr.csv"_s), copy));
    again = service.importFile(*m_project, copy);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.startsWith(u"already imported on "_s));
    QCOMPARE(m_project->importCount(), 1);
}

void TestImportService::allOrNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    // The bad row is the file's last: twelve good rows were read before it.
    QTest::newRow("bad last row")
        << u"inventory-bad-vcpu.csv"_s
        << u"inventory-bad-vcpu.csv:14:3: expected a number of vCPUs, found \"abc\""_s;
    QTest::newRow("unterminated quote")
        << u"unterminated-quote.csv"_s
        << u"unterminated-quote.csv:4:12: unterminated quoted field starting at line 4, column 12"_s;
    QTest::newRow("no name column")
        << u"no-name-column.csv"_s
        << u"no-name-column.csv:1: no column gives the workload name; expected a column such as "
           "\"Name\", \"Hostname\", \"VM\", \"Nom\" or \"Serveur\" (columns found: \"Asset tag\", "
           "\"CPU\", \"RAM (GB)\", \"Owner\")"_s;
}

void TestImportService::allOrNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const ImportService service(m_registry);
    QVERIFY(service.importFile(*m_project, fixture(u"cmdb-excel-fr.csv"_s)).ok());
    const int workloads = m_project->workloadCount();
    const int imports = m_project->importCount();
    const std::vector<Workload> before = m_project->workloads();

    Result<ImportSummary> failed = service.importFile(*m_project, fixture(file));
    QVERIFY(!failed.ok());
    QCOMPARE(describe(failed.error()), error);
    QCOMPARE(m_project->workloadCount(), workloads);
    QCOMPARE(m_project->importCount(), imports);
    QCOMPARE(m_project->workloads(), before);
}

void TestImportService::cancelLeavesProjectUnchanged()
{
    const ImportService service(m_registry);
    ImportOptions options;
    int calls = 0;
    options.progress = [&calls](qint64, qint64) {
        ++calls;
        return false;
    };
    Result<ImportSummary> cancelled =
        service.importFile(*m_project, fixture(u"cmdb-export-en.csv"_s), options);
    QVERIFY(!cancelled.ok());
    QCOMPARE(describe(cancelled.error()), u"cmdb-export-en.csv: import cancelled"_s);
    QCOMPARE(calls, 1);
    QCOMPARE(m_project->workloadCount(), 0);
    QCOMPARE(m_project->importCount(), 0);

    // A cancelled import is no import: the file can be imported afterwards.
    QVERIFY(service.importFile(*m_project, fixture(u"cmdb-export-en.csv"_s)).ok());
}

void TestImportService::skipBadRowsStoresTheRest()
{
    const ImportService service(m_registry);
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportSummary> summary =
        service.importFile(*m_project, fixture(u"inventory-bad-vcpu.csv"_s), options);
    QVERIFY(summary.ok());
    QCOMPARE(summary->rowCount, 12);
    QCOMPARE(summary->rowsSkipped, 1);
    QCOMPARE(m_project->workloadCount(), 12);
    QCOMPARE(m_project->imports().at(0).warningCount, 1);
    QCOMPARE(m_project->imports().at(0).status, u"warnings"_s);
}

void TestImportService::explicitFormat()
{
    const ImportService service(m_registry);
    const QString text = m_dir->filePath(u"export.txt"_s);
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("serveur|cpu\nweb-prd-01|2\n");
    }
    ImportOptions options;
    options.format = u"frobnicate"_s;
    Result<ImportSummary> wrong = service.importFile(*m_project, text, options);
    QVERIFY(!wrong.ok());
    QVERIFY2(describe(wrong.error())
                 .startsWith(u"export.txt: unknown format \"frobnicate\"; supported formats: "
                             "auto, csv (Inventory CSV (CMDB, Excel))"_s),
             qPrintable(describe(wrong.error())));
    // Forcing a format that does not fit gives that importer's own explanation.
    options.format = u"rvtools"_s;
    wrong = service.importFile(*m_project, text, options);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().message.contains(u"not an RVTools vInfo export"_s),
             qPrintable(wrong.error().toString()));

    options.format = u"csv"_s;
    Result<ImportSummary> summary = service.importFile(*m_project, text, options);
    QVERIFY(summary.ok());
    QCOMPARE(summary->rowCount, 1);
    QCOMPARE(m_project->workloads().at(0).environment, u"prod"_s);
    QCOMPARE(m_project->imports().at(0).status, u"ok"_s);
}

void TestImportService::unreadableFiles()
{
    const ImportService service(m_registry);
    Result<ImportSummary> missing = service.importFile(*m_project, m_dir->filePath(u"nope.csv"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.startsWith(u"cannot open the file: "_s));
    QCOMPARE(missing.error().file, u"nope.csv"_s);

    Result<ImportSummary> folder = service.importFile(*m_project, m_dir->path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error().message, u"is a folder, not a file"_s);

    const QString binary = m_dir->filePath(u"estate.bin"_s);
    {
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x7f"
                              "ELF\x02\x01\x01\0\0\0",
                              10));
    }
    Result<ImportSummary> unknown = service.importFile(*m_project, binary);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.startsWith(u"the file's format was not recognised"_s));
    QCOMPARE(m_project->importCount(), 0);
}

void TestImportService::sha256Streams()
{
    QByteArray data;
    for (int i = 0; i < 300000; ++i) {
        data += "line " + QByteArray::number(i) + '\n';
    }
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    Result<QString> digest = ImportService::sha256(buffer);
    QVERIFY(digest.ok());
    QCOMPARE(
        digest.value(),
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
}

void TestImportService::freeFunction()
{
    Result<ImportSummary> summary = importFile(*m_project, fixture(u"powercli-export.tsv"_s));
    QVERIFY(summary.ok());
    QCOMPARE(summary->rowCount, 3);
    QCOMPARE(m_project->workloadCount(), 3);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
