#include "models/domain/Version.h"
#include "models/storage/FileSystem.h"
#include "models/storage/Migrations.h"
#include "models/storage/ProjectFile.h"
#include "models/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace boussole;

namespace {

Workload makeWorkload(int i)
{
    Workload w;
    w.naturalKey = u"vm-uuid-%1"_s.arg(i);
    w.name = u"vm-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    w.kind = u"vm"_s;
    w.vcpu = 2 + i % 8;
    w.memoryGib = 4.0 * (1 + i % 4);
    w.storageGib = 100.5;
    if (i % 3 == 0) {
        w.storageUsedGib = 42.25;
    }
    w.gpuCount = i % 10 == 0 ? 1 : 0;
    w.gpuModel = i % 10 == 0 ? u"NVIDIA L4"_s : QString();
    w.osFamily = u"linux"_s;
    w.osEdition = u"Debian 12"_s;
    w.powerState = u"on"_s;
    w.isTemplate = i % 50 == 0;
    w.environment = u"production"_s;
    w.criticality = u"high"_s;
    w.dataClass = u"C2"_s;
    w.application = u"ERP"_s;
    w.site = u"Paris"_s;
    w.cluster = u"cl-01"_s;
    w.account = u"acme"_s;
    w.costCentre = u"CC-42"_s;
    w.region = u"eu-west-3"_s;
    w.tags = QVariantMap{{u"owner"_s, u"équipe infra"_s}, {u"backup"_s, u"daily"_s}};
    w.sourceFile = u"rvtools.xlsx"_s;
    w.sourceLocation = u"vInfo!A%1"_s.arg(i + 2);
    return w;
}

std::vector<Workload> makeWorkloads(int count)
{
    std::vector<Workload> result;
    for (int i = 0; i < count; ++i) {
        result.push_back(makeWorkload(i));
    }
    return result;
}

ImportRecord makeImport(const QString &fileName)
{
    ImportRecord record;
    record.fileName = fileName;
    record.filePath = u"/data/"_s + fileName;
    record.format = u"rvtools"_s;
    record.sha256 = QString::fromLatin1(
        QCryptographicHash::hash(fileName.toUtf8(), QCryptographicHash::Sha256).toHex());
    record.importedAt = QDateTime(QDate(2024, 5, 17), QTime(9, 30, 15, 250), Qt::UTC);
    record.rowCount = 10;
    record.warningCount = 1;
    record.status = u"warnings"_s;
    record.sourceKey = u"vcenter-paris"_s;
    return record;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QString messageOf(const Result<std::unique_ptr<Project>> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createOpenCloseRoundTrip();
    void createRefusesToOverwrite_data();
    void createRefusesToOverwrite();
    void createInAMissingFolderFails();
    void walWhileOpenSingleFileAfterClose();
    void destructorAlsoLeavesASingleFile();
    void sqliteCliReadsTheClosedFile();
    void foreignFilesAreRefused_data();
    void foreignFilesAreRefused();
    void notAFileIsRefused();
    void truncatedFileIsReportedDamaged();
    void corruptedFilesNeverCrash();
    void readOnlyOptionRefusesWrites();
    void readOnlyFileOpensReadOnly();
    void readOnlyFolderOpensReadOnly();
    void saveAsMakesAnIndependentSelfContainedCopy();
    void saveAsReplacesAnExistingFileOnlyWhenDone();
    void saveAsRefusals_data();
    void saveAsRefusals();
    void addImportRoundTrip();
    void addImportIsAllOrNothing_data();
    void addImportIsAllOrNothing();
    void removeImportCascades();
    void changedIsEmittedAfterEachCommittedWrite();
    void metaAndProjectSettings();
    void pragmasWhileOpen();
    void defensiveModeBlocksSchemaWrites();
    void hostileSchemaCannotCallApplicationFunctions();
    void symlinkOpensTheRealFile();
    void networkFileSystemNames_data();
    void networkFileSystemNames();
    void localFileHasNoNetworkWarning();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    // A closed project holding one import of `count` workloads.
    QString makeProject(const QString &name, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProjectFile::cleanup()
{
#ifdef Q_OS_UNIX
    // Tests may leave read-only folders behind; make them removable again.
    ::chmod(QFile::encodeName(m_dir->path()).constData(), 0700);
    const QDir dir(m_dir->path());
    for (const QString &entry : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        ::chmod(QFile::encodeName(dir.filePath(entry)).constData(), 0700);
    }
#endif
    m_dir.reset();
}

QString TestProjectFile::makeProject(const QString &name, int count)
{
    const QString path = file(name);
    auto created = Project::create(path, u"Fixture"_s);
    if (!created.ok()) {
        qWarning("%s", qUtf8Printable(created.error().message));
        return {};
    }
    if (count > 0 && !created.value()->addImport(makeImport(u"inv.xlsx"_s), makeWorkloads(count))) {
        return {};
    }
    if (!created.value()->close().ok()) {
        return {};
    }
    return path;
}

void TestProjectFile::createOpenCloseRoundTrip()
{
    const QString path = file(u"round.boussole"_s);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QString id;
    {
        auto created = Project::create(path, u"Migration Acme"_s);
        QVERIFY2(created.ok(), qPrintable(messageOf(created)));
        Project &project = *created.value();
        QVERIFY(project.isOpen());
        QVERIFY(!project.readOnly());
        QCOMPARE(project.path(), QFileInfo(path).canonicalFilePath());
        QCOMPARE(project.name(), u"Migration Acme"_s);
        QCOMPARE(project.client(), u""_s);
        id = project.id();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(id.size(), 36); // no braces
        QVERIFY(project.createdAt() >= before);
        QVERIFY(project.createdAt() <= QDateTime::currentDateTimeUtc());
        QCOMPARE(project.meta(u"created_with"_s), applicationVersion());
        QCOMPARE(project.meta(u"created_schema_version"_s), QString::number(latestSchemaVersion()));
        QCOMPARE(project.schemaVersion(), latestSchemaVersion());
        QVERIFY(project.setClient(u"Acme SA"_s).ok());
        QVERIFY(project.close().ok());
        QVERIFY(!project.isOpen());
        QVERIFY(project.close().ok()); // twice is harmless
        QVERIFY(!project.setName(u"closed"_s).ok());
    }
    auto opened = Project::open(path);
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QCOMPARE(opened.value()->id(), id);
    QCOMPARE(opened.value()->name(), u"Migration Acme"_s);
    QCOMPARE(opened.value()->client(), u"Acme SA"_s);
    QVERIFY(opened.value()->readOnlyWarning().isEmpty());

    // A project named after its file when no name is given.
    auto unnamed = Project::create(file(u"Budget 2025.boussole"_s), QString());
    QVERIFY(unnamed.ok());
    QCOMPARE(unnamed.value()->name(), u"Budget 2025"_s);
}

void TestProjectFile::createRefusesToOverwrite_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("regular file") << u"file"_s;
    QTest::newRow("existing project") << u"project"_s;
    QTest::newRow("folder") << u"folder"_s;
    QTest::newRow("dangling symlink") << u"symlink"_s;
}

void TestProjectFile::createRefusesToOverwrite()
{
    QFETCH(QString, kind);
    const QString path = file(u"taken.boussole"_s);
    QByteArray before;
    if (kind == u"file"_s) {
        QVERIFY(writeFile(path, "precious data"));
    } else if (kind == u"project"_s) {
        QVERIFY(!makeProject(u"taken.boussole"_s, 3).isEmpty());
    } else if (kind == u"folder"_s) {
        QVERIFY(QDir(m_dir->path()).mkdir(u"taken.boussole"_s));
    } else {
        QVERIFY(QFile::link(file(u"nowhere"_s), path));
    }
    if (QFileInfo(path).isFile()) {
        before = readFile(path);
    }

    auto created = Project::create(path, u"New"_s);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().message.contains(u"already exists"_s), qPrintable(messageOf(created)));
    QVERIFY(created.error().message.contains(u"taken.boussole"_s));
    if (!before.isEmpty()) {
        QCOMPARE(readFile(path), before);
    }
    QVERIFY(!QFile::exists(file(u"nowhere"_s)));
}

void TestProjectFile::createInAMissingFolderFails()
{
    auto created = Project::create(file(u"no/such/folder/p.boussole"_s), u"x"_s);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().message.contains(u"folder does not exist"_s),
             qPrintable(messageOf(created)));
    auto empty = Project::create(QString(), u"x"_s);
    QVERIFY(!empty.ok());
}

void TestProjectFile::walWhileOpenSingleFileAfterClose()
{
    const QString path = file(u"wal.boussole"_s);
    auto created = Project::create(path, u"WAL"_s);
    QVERIFY(created.ok());
    Project &project = *created.value();
    QCOMPARE(project.database().queryValue("PRAGMA journal_mode").value().toString(), u"wal"_s);
    QVERIFY(project.addImport(makeImport(u"a.csv"_s), makeWorkloads(20)).ok());
    QVERIFY(QFile::exists(path + u"-wal"_s));

    QVERIFY(project.close().ok());
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(suffix));
    }
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{u"wal.boussole"_s});

    const QByteArray header = readFile(path).left(20);
    QCOMPARE(int(header.at(18)), 1); // rollback journal, not WAL
    QCOMPARE(int(header.at(19)), 1);
}

void TestProjectFile::destructorAlsoLeavesASingleFile()
{
    const QString path = file(u"dtor.boussole"_s);
    {
        auto created = Project::create(path, u"D"_s);
        QVERIFY(created.ok());
        QVERIFY(created.value()->setName(u"E"_s).ok());
        QVERIFY(QFile::exists(path + u"-wal"_s));
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-shm"_s));
    auto opened = Project::open(path);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->name(), u"E"_s);
}

void TestProjectFile::sqliteCliReadsTheClosedFile()
{
    const QString path = makeProject(u"cli.boussole"_s, 25);
    QVERIFY(!path.isEmpty());
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty()) {
        QSKIP("the sqlite3 command-line tool is not installed");
    }
    const auto run = [&](const QString &sql) {
        QProcess process;
        process.start(sqlite3, {path, sql});
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            return u"failed: "_s + QString::fromUtf8(process.readAllStandardError());
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    };
    QCOMPARE(run(u"PRAGMA journal_mode"_s), u"delete"_s);
    QCOMPARE(run(u"PRAGMA integrity_check"_s), u"ok"_s);
    QCOMPARE(run(u"SELECT count(*) FROM workloads"_s), u"25"_s);
    QCOMPARE(run(u"PRAGMA application_id"_s), QString::number(kApplicationId));
    // The CLI left nothing behind either (it would, had the file still been in WAL mode).
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestProjectFile::foreignFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("PNG renamed") << u"png"_s
                                 << QStringList{u"not a Boussole project"_s,
                                                u"not a SQLite database"_s};
    QTest::newRow("empty file") << u"empty"_s << QStringList{u"empty"_s};
    QTest::newRow("text file") << u"text"_s << QStringList{u"not a SQLite database"_s};
    QTest::newRow("only a SQLite magic") << u"magic"_s << QStringList{u"damaged"_s};
    QTest::newRow("another application's database")
        << u"other"_s << QStringList{u"another application"_s};
    QTest::newRow("newer Boussole")
        << u"newer"_s
        << QStringList{u"newer version"_s, u"schema 999"_s,
                       u"reads up to schema %1"_s.arg(latestSchemaVersion()), u"update"_s};
    QTest::newRow("header says Boussole, schema is garbage")
        << u"garbage-schema"_s << QStringList{u"damaged"_s};
}

void TestProjectFile::foreignFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    const QString path = file(u"suspect.boussole"_s);

    if (kind == u"png"_s) {
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png += QByteArray(4096, '\x42');
        QVERIFY(writeFile(path, png));
    } else if (kind == u"empty"_s) {
        QVERIFY(writeFile(path, {}));
    } else if (kind == u"text"_s) {
        QVERIFY(writeFile(path, "name,vcpu\nweb,2\n"));
    } else if (kind == u"magic"_s) {
        QVERIFY(writeFile(path, QByteArray("SQLite format 3\0", 16) + "short"));
    } else if (kind == u"other"_s) {
        Database db;
        QVERIFY(db.open(path, OpenFlag::ReadWrite | OpenFlag::Create).ok());
        QVERIFY(
            db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')").ok());
        QCOMPARE(applicationId(db).value(), 0);
    } else if (kind == u"newer"_s) {
        QVERIFY(!makeProject(u"suspect.boussole"_s, 2).isEmpty());
        Database db;
        QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
        QVERIFY(db.exec("PRAGMA user_version = 999").ok());
    } else if (kind == u"garbage-schema"_s) {
        QVERIFY(!makeProject(u"suspect.boussole"_s, 2).isEmpty());
        // Overwrite the schema table's page (page 1, after the header) with noise.
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 4096);
        for (int i = 100; i < 4096; ++i) {
            bytes[i] = char(0xA5 ^ (i * 31));
        }
        QVERIFY(writeFile(path, bytes));
    }
    const QByteArray before = readFile(path);

    auto opened = Project::open(path);
    QVERIFY2(!opened.ok(), qPrintable(kind));
    for (const QString &word : expected) {
        QVERIFY2(opened.error().message.contains(word), qPrintable(messageOf(opened)));
    }
    QVERIFY2(opened.error().message.contains(u"suspect.boussole"_s), qPrintable(messageOf(opened)));

    // Refusing a file never changes it, and leaves no journal beside it.
    QCOMPARE(readFile(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-journal"_s));

    auto readOnly = Project::open(path, Project::OpenOptions{.readOnly = true});
    QVERIFY(!readOnly.ok());
}

void TestProjectFile::notAFileIsRefused()
{
    auto missing = Project::open(file(u"missing.boussole"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"does not exist"_s));
    QVERIFY(!QFile::exists(file(u"missing.boussole"_s))); // SQLite did not create it

    QVERIFY(QDir(m_dir->path()).mkdir(u"folder.boussole"_s));
    auto folder = Project::open(file(u"folder.boussole"_s));
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().message.contains(u"folder"_s));

    QVERIFY(!Project::open(QString()).ok());

#ifdef Q_OS_UNIX
    // A FIFO would block a naive reader forever.
    const QString fifo = file(u"fifo.boussole"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    auto piped = Project::open(fifo);
    QVERIFY(!piped.ok());
    QVERIFY(piped.error().message.contains(u"not a regular file"_s));
#endif
}

void TestProjectFile::truncatedFileIsReportedDamaged()
{
    const QString path = makeProject(u"truncated.boussole"_s, 400);
    QVERIFY(!path.isEmpty());
    QFile file(path);
    const qint64 size = file.size();
    QVERIFY2(size > 64 * 1024, "the fixture should span many pages");
    QVERIFY(file.resize(size / 2));

    for (const bool quickCheck : {true, false}) {
        auto opened = Project::open(path, Project::OpenOptions{.quickCheck = quickCheck});
        QVERIFY2(!opened.ok(), "a truncated file must not open");
        QVERIFY2(opened.error().message.contains(u"damaged"_s), qPrintable(messageOf(opened)));
        QVERIFY(opened.error().message.contains(u"truncated.boussole"_s));
    }
    QCOMPARE(QFileInfo(path).size(), size / 2);
}

void TestProjectFile::corruptedFilesNeverCrash()
{
    const QString pristine = makeProject(u"pristine.boussole"_s, 300);
    QVERIFY(!pristine.isEmpty());
    const QByteArray original = readFile(pristine);
    QRandomGenerator random(20240517); // fixed: a failure must be reproducible
    constexpr int kRounds = 60;
    int refused = 0;
    for (int round = 0; round < kRounds; ++round) {
        QByteArray bytes = original;
        const int flips = 1 + int(random.bounded(64));
        for (int i = 0; i < flips; ++i) {
            bytes[100 + int(random.bounded(bytes.size() - 100))] = char(random.bounded(256));
        }
        const QString path = file(u"corrupt-%1.boussole"_s.arg(round));
        QVERIFY(writeFile(path, bytes));
        auto opened = Project::open(path, Project::OpenOptions{.quickCheck = round % 2 == 0});
        if (!opened.ok()) {
            ++refused;
            QVERIFY(!opened.error().message.isEmpty());
            continue;
        }
        // Whatever opened must survive being read and written.
        Project &project = *opened.value();
        (void)project.workloads();
        (void)project.imports();
        (void)project.workloadCount();
        (void)project.name();
        (void)project.addImport(makeImport(u"more.csv"_s), makeWorkloads(5));
        (void)project.close();
    }
    qInfo("%d of %d corrupted files were refused", refused, kRounds);
    QVERIFY(refused > 0);
}

void TestProjectFile::readOnlyOptionRefusesWrites()
{
    const QString path = makeProject(u"ro.boussole"_s, 5);
    QVERIFY(!path.isEmpty());
    const QByteArray before = readFile(path);

    auto opened = Project::open(path, Project::OpenOptions{.readOnly = true});
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    Project &project = *opened.value();
    QVERIFY(project.readOnly());
    QVERIFY(project.readOnlyWarning().isEmpty()); // asked for, so nothing to warn about
    QCOMPARE(project.workloadCount(), 5);
    QSignalSpy changed(&project, &Project::changed);

    const auto expectRefused = [&](const Status &status) {
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(u"read-only"_s),
                 qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(u"ro.boussole"_s));
    };
    expectRefused(project.setName(u"changed"_s));
    expectRefused(project.setProjectSetting(u"k"_s, u"v"_s));
    expectRefused(project.removeImport(project.imports().front().id));
    const Result<QString> added = project.addImport(makeImport(u"b.csv"_s), makeWorkloads(1));
    QVERIFY(!added.ok());
    QVERIFY(added.error().message.contains(u"read-only"_s));
    // Even raw SQL through database() cannot write.
    QVERIFY(!project.database().exec("DELETE FROM workloads").ok());

    QCOMPARE(changed.count(), 0);
    QCOMPARE(project.workloadCount(), 5);
    QVERIFY(project.close().ok());
    QCOMPARE(readFile(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestProjectFile::readOnlyFileOpensReadOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("uses POSIX permissions");
#else
    if (isRoot()) {
        QSKIP("root writes through 0444; readOnlyOptionRefusesWrites covers read-only projects");
    }
    const QString path = makeProject(u"locked.boussole"_s, 3);
    QVERIFY(!path.isEmpty());
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0444), 0);

    auto opened = Project::open(path);
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QVERIFY(opened.value()->readOnly());
    QVERIFY(opened.value()->readOnlyWarning().contains(u"read-only"_s));
    QVERIFY(opened.value()->readOnlyWarning().contains(u"locked.boussole"_s));
    QCOMPARE(opened.value()->workloadCount(), 3);
    const Status refused = opened.value()->setName(u"x"_s);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"read-only"_s));
#endif
}

void TestProjectFile::readOnlyFolderOpensReadOnly()
{
#ifndef Q_OS_UNIX
    QSKIP("uses POSIX permissions");
#else
    if (isRoot()) {
        QSKIP("root writes into 0555 folders; readOnlyOptionRefusesWrites covers read-only");
    }
    QVERIFY(QDir(m_dir->path()).mkdir(u"shelf"_s));
    const QString path = makeProject(u"shelf/p.boussole"_s, 3);
    QVERIFY(!path.isEmpty());
    QCOMPARE(::chmod(QFile::encodeName(file(u"shelf"_s)).constData(), 0555), 0);

    auto opened = Project::open(path);
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QVERIFY(opened.value()->readOnly());
    QVERIFY(opened.value()->readOnlyWarning().contains(u"folder"_s));
    QCOMPARE(opened.value()->workloadCount(), 3);
    QVERIFY(!opened.value()->setName(u"x"_s).ok());
    QVERIFY(opened.value()->close().ok());
    QVERIFY(!QFile::exists(path + u"-wal"_s));
#endif
}

void TestProjectFile::saveAsMakesAnIndependentSelfContainedCopy()
{
    const QString original = file(u"original.boussole"_s);
    const QString copy = file(u"copy.boussole"_s);
    auto created = Project::create(original, u"A"_s);
    QVERIFY(created.ok());
    Project &project = *created.value();
    const Result<QString> importId = project.addImport(makeImport(u"a.csv"_s), makeWorkloads(30));
    QVERIFY(importId.ok());
    QSignalSpy pathChanged(&project, &Project::pathChanged);

    const Status saved = project.saveAs(copy);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(project.path(), QFileInfo(copy).canonicalFilePath());
    QCOMPARE(pathChanged.count(), 1);
    QCOMPARE(project.workloadCount(), 30);
    QCOMPARE(project.database().queryValue("PRAGMA journal_mode").value().toString(), u"wal"_s);

    // The original was closed cleanly and is no longer touched.
    QVERIFY(!QFile::exists(original + u"-wal"_s));
    QVERIFY(!QFile::exists(original + u"-shm"_s));
    const QByteArray originalBytes = readFile(original);
    QVERIFY(project.setName(u"B"_s).ok());
    QVERIFY(project.removeImport(importId.value()).ok());
    QCOMPARE(readFile(original), originalBytes);
    QVERIFY(project.close().ok());

    auto reopenedOriginal = Project::open(original);
    QVERIFY(reopenedOriginal.ok());
    QCOMPARE(reopenedOriginal.value()->name(), u"A"_s);
    QCOMPARE(reopenedOriginal.value()->workloadCount(), 30);

    QVERIFY(!QFile::exists(copy + u"-wal"_s));
    QCOMPARE(int(readFile(copy).at(18)), 1);
    auto reopenedCopy = Project::open(copy);
    QVERIFY(reopenedCopy.ok());
    QCOMPARE(reopenedCopy.value()->name(), u"B"_s);
    QCOMPARE(reopenedCopy.value()->workloadCount(), 0);

    // No temporary file was left in the folder.
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : files) {
        QVERIFY2(!name.endsWith(u".part"_s), qPrintable(name));
    }
}

void TestProjectFile::saveAsReplacesAnExistingFileOnlyWhenDone()
{
    const QString target = file(u"target.boussole"_s);
    QVERIFY(writeFile(target, "old content the user agreed to replace"));
    auto created = Project::create(file(u"src.boussole"_s), u"Source"_s);
    QVERIFY(created.ok());
    QVERIFY(created.value()->saveAs(target).ok());
    QVERIFY(created.value()->close().ok());
    auto opened = Project::open(target);
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QCOMPARE(opened.value()->name(), u"Source"_s);

    // Saving onto the file already open is a no-op, not a self-destruction.
    QVERIFY(opened.value()->saveAs(target).ok());
    QCOMPARE(opened.value()->name(), u"Source"_s);
}

void TestProjectFile::saveAsRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder") << u"missing-folder"_s << u"folder does not exist"_s;
    QTest::newRow("folder") << u"folder"_s << u"folder"_s;
    QTest::newRow("leftover journal") << u"journal"_s << u"another program"_s;
    QTest::newRow("empty name") << u"empty"_s << u"No file name"_s;
}

void TestProjectFile::saveAsRefusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    auto created = Project::create(file(u"keep.boussole"_s), u"Keep"_s);
    QVERIFY(created.ok());
    Project &project = *created.value();

    QString target = file(u"out.boussole"_s);
    if (kind == u"missing-folder"_s) {
        target = file(u"nope/out.boussole"_s);
    } else if (kind == u"folder"_s) {
        QVERIFY(QDir(m_dir->path()).mkdir(u"out.boussole"_s));
    } else if (kind == u"journal"_s) {
        QVERIFY(writeFile(target + u"-wal"_s, "stale"));
    } else {
        target.clear();
    }
    const Status saved = project.saveAs(target);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().message.contains(expected), qPrintable(saved.error().message));
    // The project carries on where it was.
    QCOMPARE(project.path(), QFileInfo(file(u"keep.boussole"_s)).canonicalFilePath());
    QVERIFY(project.setName(u"Still here"_s).ok());
    if (kind != u"folder"_s && !target.isEmpty()) {
        QVERIFY(!QFileInfo(target).isFile());
    }
}

void TestProjectFile::addImportRoundTrip()
{
    auto created = Project::create(file(u"import.boussole"_s), u"I"_s);
    QVERIFY(created.ok());
    Project &project = *created.value();

    std::vector<Workload> workloads = makeWorkloads(12);
    workloads[1].id = u"11111111-2222-3333-4444-555555555555"_s;
    workloads[2].vcpu.reset(); // unknown stays unknown
    workloads[2].memoryGib.reset();
    workloads[3].tags.clear();
    workloads[4].application = QString(); // null stays null
    workloads[5].application = u""_s;     // empty stays empty
    ImportRecord record = makeImport(u"inventaire été.xlsx"_s);

    const Result<QString> importId = project.addImport(record, workloads);
    QVERIFY2(importId.ok(), importId.ok() ? "" : qPrintable(importId.error().message));
    QVERIFY(!QUuid::fromString(importId.value()).isNull());
    QCOMPARE(project.importCount(), 1);
    QCOMPARE(project.workloadCount(), 12);

    const std::vector<ImportRecord> imports = project.imports();
    QCOMPARE(imports.size(), std::size_t(1));
    record.id = importId.value();
    QCOMPARE(imports.front(), record);
    QCOMPARE(imports.front().importedAt.timeSpec(), Qt::UTC);

    const std::vector<Workload> stored = project.workloads();
    QCOMPARE(stored.size(), workloads.size());
    QCOMPARE(stored[1].id, workloads[1].id);
    QVERIFY(!stored[2].vcpu.has_value());
    QVERIFY(stored[4].application.isNull());
    QVERIFY(!stored[5].application.isNull());
    for (std::size_t i = 0; i < stored.size(); ++i) {
        Workload expected = workloads[i];
        QVERIFY(!QUuid::fromString(stored[i].id).isNull());
        expected.id = stored[i].id;
        expected.importId = importId.value();
        QVERIFY2(stored[i] == expected, qPrintable(u"workload %1"_s.arg(i)));
    }

    // An import with a given id keeps it, and import times default to now.
    ImportRecord second = makeImport(u"b.csv"_s);
    second.id = Project::newId();
    second.importedAt = QDateTime();
    const Result<QString> secondId = project.addImport(second, {});
    QVERIFY(secondId.ok());
    QCOMPARE(secondId.value(), second.id);
    QVERIFY(project.imports().back().importedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TestProjectFile::addImportIsAllOrNothing_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("expected");
    QTest::newRow("duplicate id in the 50th workload") << u"duplicate"_s << u"UNIQUE"_s;
    QTest::newRow("no name in the 50th workload") << u"no-name"_s << u"NOT NULL"_s;
    QTest::newRow("import id already used") << u"import-id"_s << u"UNIQUE"_s;
}

void TestProjectFile::addImportIsAllOrNothing()
{
    QFETCH(QString, fault);
    QFETCH(QString, expected);
    auto created = Project::create(file(u"atomic.boussole"_s), u"A"_s);
    QVERIFY(created.ok());
    Project &project = *created.value();
    const Result<QString> first = project.addImport(makeImport(u"first.csv"_s), makeWorkloads(5));
    QVERIFY(first.ok());
    QSignalSpy changed(&project, &Project::changed);

    std::vector<Workload> workloads = makeWorkloads(100);
    ImportRecord record = makeImport(u"second.csv"_s);
    for (int i = 0; i < 100; ++i) {
        workloads[i].id = Project::newId();
    }
    if (fault == u"duplicate"_s) {
        workloads[49].id = workloads[9].id;
    } else if (fault == u"no-name"_s) {
        workloads[49].name = QString();
    } else {
        record.id = first.value();
    }

    const Result<QString> added = project.addImport(record, workloads);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(expected), qPrintable(added.error().message));
    QVERIFY(added.error().message.contains(u"atomic.boussole"_s));
    if (fault != u"import-id"_s) {
        QVERIFY2(added.error().message.contains(u"workload 50"_s),
                 qPrintable(added.error().message));
    }
    QCOMPARE(project.importCount(), 1);
    QCOMPARE(project.workloadCount(), 5);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!project.database().inTransaction());

    // The project is still fully usable afterwards.
    workloads[49] = makeWorkload(49);
    workloads[49].id = Project::newId();
    QVERIFY(project.addImport(makeImport(u"second.csv"_s), workloads).ok());
    QCOMPARE(project.workloadCount(), 105);
}

void TestProjectFile::removeImportCascades()
{
    auto created = Project::create(file(u"cascade.boussole"_s), u"C"_s);
    QVERIFY(created.ok());
    Project &project = *created.value();
    const Result<QString> a = project.addImport(makeImport(u"a.csv"_s), makeWorkloads(7));
    const Result<QString> b = project.addImport(makeImport(u"b.csv"_s), makeWorkloads(3));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(project.workloadCount(), 10);

    QVERIFY(project.removeImport(a.value()).ok());
    QCOMPARE(project.importCount(), 1);
    QCOMPARE(project.workloadCount(), 3);
    for (const Workload &w : project.workloads()) {
        QCOMPARE(w.importId, b.value());
    }

    const Status again = project.removeImport(a.value());
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(u"no import"_s));
    QCOMPARE(project.workloadCount(), 3);
}

void TestProjectFile::changedIsEmittedAfterEachCommittedWrite()
{
    auto created = Project::create(file(u"signal.boussole"_s), u"S"_s);
    QVERIFY(created.ok());
    Project &project = *created.value();
    QSignalSpy changed(&project, &Project::changed);
    int seenInside = -1;
    connect(&project, &Project::changed, this, [&] {
        // Views refresh from the slot: the data must already be committed and visible.
        seenInside = project.workloadCount();
    });

    QVERIFY(project.setName(u"T"_s).ok());
    QVERIFY(project.setClient(u"U"_s).ok());
    QVERIFY(project.setProjectSetting(u"k"_s, u"v"_s).ok());
    const Result<QString> id = project.addImport(makeImport(u"a.csv"_s), makeWorkloads(4));
    QCOMPARE(seenInside, 4);
    QVERIFY(project.removeImport(id.value()).ok());
    QCOMPARE(changed.count(), 5);
    QVERIFY(!project.removeImport(u"unknown"_s).ok());
    QCOMPARE(changed.count(), 5);
}

void TestProjectFile::metaAndProjectSettings()
{
    const QString path = file(u"settings.boussole"_s);
    {
        auto created = Project::create(path, u"M"_s);
        QVERIFY(created.ok());
        Project &project = *created.value();
        QCOMPARE(project.projectSetting(u"currency"_s), QString());
        QCOMPARE(project.projectSetting(u"currency"_s, u"EUR"_s), u"EUR"_s);
        QVERIFY(project.setProjectSetting(u"currency"_s, u"CHF"_s).ok());
        QVERIFY(project.setProjectSetting(u"currency"_s, u"USD"_s).ok());
        // Keys and values are data, never SQL.
        const QString hostile = u"x'); DROP TABLE workloads; --"_s;
        QVERIFY(project.setMeta(hostile, hostile).ok());
        QCOMPARE(project.meta(hostile), hostile);
        QCOMPARE(project.meta(u"no such key"_s), QString());
    }
    auto opened = Project::open(path);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->projectSetting(u"currency"_s, u"EUR"_s), u"USD"_s);
    QCOMPARE(opened.value()->workloadCount(), 0); // the table is still there
}

void TestProjectFile::pragmasWhileOpen()
{
    const QString path = makeProject(u"pragmas.boussole"_s, 1);
    auto opened = Project::open(path);
    QVERIFY(opened.ok());
    Database &db = opened.value()->database();
    const int synchronous = db.queryValue("PRAGMA synchronous").value().toInt();
    QVERIFY2(synchronous != 0, "synchronous must never be OFF");
    QCOMPARE(synchronous, 1); // NORMAL in WAL mode
    QCOMPARE(db.queryValue("PRAGMA journal_mode").value().toString(), u"wal"_s);
    QCOMPARE(db.queryValue("PRAGMA foreign_keys").value().toInt(), 1);
    QCOMPARE(db.queryValue("PRAGMA trusted_schema").value().toInt(), 0);
    QCOMPARE(db.queryValue("PRAGMA cell_size_check").value().toInt(), 1);
    int defensive = -1;
    QCOMPARE(sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive), SQLITE_OK);
    QCOMPARE(defensive, 1);
    QCOMPARE(db.queryValue("PRAGMA application_id").value().toInt(), kApplicationId);

    auto readOnly = Project::open(path, Project::OpenOptions{.readOnly = true});
    QVERIFY(readOnly.ok());
    Database &roDb = readOnly.value()->database();
    QCOMPARE(roDb.queryValue("PRAGMA trusted_schema").value().toInt(), 0);
    QCOMPARE(roDb.queryValue("PRAGMA query_only").value().toInt(), 1);
}

void TestProjectFile::defensiveModeBlocksSchemaWrites()
{
    const QString path = makeProject(u"defensive.boussole"_s, 3);
    auto opened = Project::open(path);
    QVERIFY(opened.ok());
    Database &db = opened.value()->database();
    const Status tampered = db.exec(
        "PRAGMA writable_schema = ON;"
        "UPDATE sqlite_master SET sql = 'CREATE TABLE workloads (x)' WHERE name = 'workloads';");
    QVERIFY(!tampered.ok());
    QVERIFY2(tampered.error().message.contains(u"may not be modified"_s),
             qPrintable(tampered.error().message));
    QVERIFY(!db.exec("PRAGMA writable_schema = ON; DELETE FROM sqlite_master").ok());
    QVERIFY(!db.exec("SELECT load_extension('/tmp/evil.so')").ok());
    QVERIFY(opened.value()->close().ok());

    auto again = Project::open(path);
    QVERIFY2(again.ok(), qPrintable(messageOf(again)));
    QCOMPARE(again.value()->workloadCount(), 3);
}

namespace {
int g_probeCalls = 0;
void probeFunction(sqlite3_context *context, int, sqlite3_value **)
{
    ++g_probeCalls;
    sqlite3_result_int(context, 1);
}
} // namespace

void TestProjectFile::hostileSchemaCannotCallApplicationFunctions()
{
    const QString path = makeProject(u"hostile.boussole"_s, 2);
    {
        // What an attacker could ship: schema objects calling functions of the application that
        // opens the file (here one that, in real life, might write files or reach the network).
        Database db;
        QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
        QCOMPARE(sqlite3_create_function_v2(db.handle(), "boussole_probe", 0, SQLITE_UTF8, nullptr,
                                            &probeFunction, nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(db.exec("CREATE VIEW evil_view AS SELECT boussole_probe() AS x;"
                        "CREATE TRIGGER evil_trigger AFTER INSERT ON workloads "
                        "BEGIN SELECT boussole_probe(); END;")
                    .ok());
    }

    auto opened = Project::open(path);
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    Project &project = *opened.value();
    QCOMPARE(sqlite3_create_function_v2(project.database().handle(), "boussole_probe", 0,
                                        SQLITE_UTF8, nullptr, &probeFunction, nullptr, nullptr,
                                        nullptr),
             SQLITE_OK);
    g_probeCalls = 0;

    const Result<QVariant> viaView = project.database().queryValue("SELECT x FROM evil_view");
    QVERIFY(!viaView.ok());
    QVERIFY2(viaView.error().message.contains(u"unsafe use"_s),
             qPrintable(viaView.error().message));

    const Result<QString> viaTrigger = project.addImport(makeImport(u"x.csv"_s), makeWorkloads(1));
    QVERIFY(!viaTrigger.ok());
    QVERIFY(viaTrigger.error().message.contains(u"unsafe use"_s));
    QCOMPARE(project.workloadCount(), 2);
    QCOMPARE(g_probeCalls, 0);

    // Our own SQL may still call it: only the file's schema is distrusted.
    QCOMPARE(project.database().queryValue("SELECT boussole_probe()").value().toInt(), 1);
    QCOMPARE(g_probeCalls, 1);
}

void TestProjectFile::symlinkOpensTheRealFile()
{
    const QString real = makeProject(u"real.boussole"_s, 2);
    QVERIFY(QFile::link(real, file(u"alias.boussole"_s)));
    auto opened = Project::open(file(u"alias.boussole"_s));
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QCOMPARE(opened.value()->path(), QFileInfo(real).canonicalFilePath());
    QVERIFY(opened.value()->setName(u"via alias"_s).ok());
    // The journal sits beside the real file, where every other opener looks for it.
    QVERIFY(QFile::exists(real + u"-wal"_s));
    QVERIFY(!QFile::exists(file(u"alias.boussole-wal"_s)));
}

void TestProjectFile::networkFileSystemNames_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<quint64>("magic");
    QTest::addColumn<bool>("network");
    QTest::newRow("nfs") << QByteArray("nfs") << quint64(0x6969) << true;
    QTest::newRow("nfs4") << QByteArray("nfs4") << quint64(0x6969) << true;
    QTest::newRow("cifs") << QByteArray("cifs") << quint64(0xFF534D42) << true;
    QTest::newRow("smb3") << QByteArray("smb3") << quint64(0xFE534D42) << true;
    QTest::newRow("smbfs (macOS)") << QByteArray("smbfs") << quint64(0x517B) << true;
    QTest::newRow("sshfs") << QByteArray("fuse.sshfs") << quint64(0) << true;
    QTest::newRow("ext4") << QByteArray("ext4") << quint64(0xEF53) << false;
    QTest::newRow("btrfs") << QByteArray("btrfs") << quint64(0x9123683E) << false;
    QTest::newRow("tmpfs") << QByteArray("tmpfs") << quint64(0x01021994) << false;
    QTest::newRow("overlay") << QByteArray("overlay") << quint64(0x794C7630) << false;
    QTest::newRow("NTFS") << QByteArray("NTFS") << quint64(0) << false;
}

void TestProjectFile::networkFileSystemNames()
{
    QFETCH(QByteArray, type);
    QFETCH(quint64, magic);
    QFETCH(bool, network);
    QCOMPARE(isNetworkFileSystemType(type), network);
    if (magic != 0) {
        QCOMPARE(isNetworkFileSystemMagic(magic), network);
    }
}

void TestProjectFile::localFileHasNoNetworkWarning()
{
    const QString path = makeProject(u"local.boussole"_s, 0);
    QVERIFY(!path.isEmpty());
    if (isOnNetworkFileSystem(path)) {
        QSKIP("the temporary folder is itself on a network share");
    }
    auto opened = Project::open(path);
    QVERIFY(opened.ok());
    QVERIFY(opened.value()->networkShareWarning().isEmpty());
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "TestProjectFile.moc"
