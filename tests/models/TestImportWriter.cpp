// Streaming imports: ImportWriter writes workloads as they come in one transaction, a newer export
// of a source replaces the earlier import in place, and ImportService streams large files.
#include "models/domain/Uuid.h"
#include "models/importers/ImportService.h"
#include "models/storage/ProjectFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

ImportRecord makeRecord(const QString &fileName, const QString &format = u"csv"_s)
{
    ImportRecord record;
    record.fileName = fileName;
    record.format = format;
    record.sha256 = fileName; // unique enough here
    record.sourceKey = format + u':' + fileName;
    record.status = u"ok"_s;
    return record;
}

Workload makeWorkload(const QString &key, const QString &name, double vcpu)
{
    Workload w;
    w.naturalKey = key;
    w.name = name;
    w.kind = u"vm"_s;
    w.vcpu = vcpu;
    return w;
}

const Workload *byName(const std::vector<Workload> &workloads, const QString &name)
{
    for (const Workload &w : workloads) {
        if (w.name == name) {
            return &w;
        }
    }
    return nullptr;
}

} // namespace

class TestImportWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commitStoresEverything();
    void destroyingRollsBack();
    void failedRowRollsBack();
    void previousVersionByKeysOrSource();
    void replaceKeepsRowsEditsAndLinks();
    void streamingImportWarnsAboutDuplicates();
    void strictImportRollsBack();
    void sameFileTwiceStopsAndRollsBack();
    void idsAreTimeOrdered();

private:
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestImportWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Project::create(m_dir->filePath(u"w.boussole"_s), u"Writer"_s);
    QVERIFY(created.ok());
    m_project = std::move(created.value());
}

void TestImportWriter::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QString TestImportWriter::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(content);
    }
    return path;
}

void TestImportWriter::commitStoresEverything()
{
    QSignalSpy changed(m_project.get(), &Project::changed);
    auto writer = m_project->beginImport(makeRecord(u"a.csv"_s));
    QVERIFY(writer.ok());
    QVERIFY(m_project->database().inTransaction());
    Workload web = makeWorkload(u"web"_s, u"web"_s, 2);
    Workload db = makeWorkload(u"db"_s, u"db"_s, 4);
    db.id = u"0190a0a0-0000-7000-8000-000000000001"_s;
    QVERIFY(writer.value()->addWorkload(web).ok());
    QVERIFY(writer.value()->addWorkload(db).ok());
    QVERIFY(!QUuid::fromString(web.id).isNull()); // filled in
    QCOMPARE(web.importId, writer.value()->importId());
    QCOMPARE(writer.value()->workloadCount(), qint64(2));
    QCOMPARE(changed.count(), 0);

    ImportRecord final = makeRecord(u"a.csv"_s);
    final.rowCount = 2;
    final.warningCount = 3;
    final.status = u"warnings"_s;
    Result<QString> committed = writer.value()->commit(final);
    QVERIFY(committed.ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_project->database().inTransaction());

    const auto record = m_project->importRecord(committed.value());
    QVERIFY(record);
    QCOMPARE(record->rowCount, qint64(2));
    QCOMPARE(record->warningCount, qint64(3));
    QCOMPARE(record->status, u"warnings"_s);
    const std::vector<Workload> stored = m_project->workloads();
    QCOMPARE(stored.size(), 2u);
    QCOMPARE(stored[0].id, web.id);
    QCOMPARE(stored[1].id, db.id); // a given id is kept
    QCOMPARE(stored[1].importId, committed.value());
}

void TestImportWriter::destroyingRollsBack()
{
    QVERIFY(
        m_project->addImport(makeRecord(u"first.csv"_s), {makeWorkload(u"a"_s, u"a"_s, 1)}).ok());
    const QVariant cacheSize = m_project->database().queryValue("PRAGMA cache_size").value();
    QSignalSpy changed(m_project.get(), &Project::changed);
    {
        // The same format: the workloads are staged first.
        auto writer = m_project->beginImport(makeRecord(u"second.csv"_s));
        QVERIFY(writer.ok());
        for (int i = 0; i < 100; ++i) {
            Workload w = makeWorkload(u"k%1"_s.arg(i), u"n%1"_s.arg(i), 1);
            QVERIFY(writer.value()->addWorkload(w).ok());
        }
        auto previous = writer.value()->previousVersion();
        QVERIFY(previous.ok());
        QVERIFY(previous->isEmpty()); // nothing in common with first.csv
    }
    QCOMPARE(m_project->importCount(), 1);
    QCOMPARE(m_project->workloadCount(), 1);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!m_project->database().inTransaction());
    QCOMPARE(m_project->database().queryValue("PRAGMA cache_size").value(), cacheSize);
    // No staging table is left behind.
    QVERIFY(!m_project->database()
                 .queryValue("SELECT 1 FROM temp.sqlite_master WHERE name = 'import_staging'")
                 .value()
                 .isValid());
}

void TestImportWriter::failedRowRollsBack()
{
    // The 3000th row has a bad vCPU count: the 2998 rows before it, already written, go too.
    QByteArray csv = "Name;vCPU\n";
    for (int i = 0; i < 3000; ++i) {
        csv += "vm-" + QByteArray::number(i) + ';' + (i == 2998 ? "lots" : "2") + '\n';
    }
    const QString path = writeFile(u"big.csv"_s, csv);
    Result<ImportSummary> imported = importFile(*m_project, path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().toString(),
             u"big.csv:3000:2: expected a number of vCPUs, found \"lots\""_s);
    QCOMPARE(m_project->importCount(), 0);
    QCOMPARE(m_project->workloadCount(), 0);
    QVERIFY(!m_project->database().inTransaction());
}

void TestImportWriter::previousVersionByKeysOrSource()
{
    std::vector<Workload> november;
    for (int i = 0; i < 10; ++i) {
        november.push_back(makeWorkload(u"k%1"_s.arg(i), u"vm-%1"_s.arg(i), 2));
    }
    auto first = m_project->addImport(makeRecord(u"nov.csv"_s), november);
    QVERIFY(first.ok());
    // Same keys, other format: never a candidate.
    QVERIFY(m_project->addImport(makeRecord(u"nov.json"_s, u"terraform"_s), november).ok());

    // Half of the keys in common (of the smaller import): a newer version.
    auto writer = m_project->beginImport(makeRecord(u"dec.csv"_s));
    QVERIFY(writer.ok());
    for (int i = 5; i < 12; ++i) {
        Workload w = makeWorkload(u"k%1"_s.arg(i), u"vm-%1"_s.arg(i), 2);
        QVERIFY(writer.value()->addWorkload(w).ok());
    }
    auto previous = writer.value()->previousVersion();
    QVERIFY(previous.ok());
    QCOMPARE(previous.value(), first.value());
    writer = Error(); // rolls back

    // Fewer keys in common, but the same source (file name): also a newer version.
    writer = m_project->beginImport(makeRecord(u"nov.csv"_s));
    QVERIFY(writer.ok());
    Workload w = makeWorkload(u"k0"_s, u"vm-0"_s, 2);
    QVERIFY(writer.value()->addWorkload(w).ok());
    previous = writer.value()->previousVersion();
    QVERIFY(previous.ok());
    QCOMPARE(previous.value(), first.value());
    writer = Error();

    // One key in ten, another source: a separate import.
    writer = m_project->beginImport(makeRecord(u"lab.csv"_s));
    QVERIFY(writer.ok());
    for (int i = 9; i < 30; ++i) {
        Workload other = makeWorkload(u"k%1"_s.arg(i), u"vm-%1"_s.arg(i), 2);
        QVERIFY(writer.value()->addWorkload(other).ok());
    }
    previous = writer.value()->previousVersion();
    QVERIFY(previous.ok());
    QVERIFY(previous->isEmpty());
}

void TestImportWriter::replaceKeepsRowsEditsAndLinks()
{
    auto first =
        m_project->addImport(makeRecord(u"nov.csv"_s), {makeWorkload(u"a"_s, u"vm-a"_s, 2),
                                                        makeWorkload(u"b"_s, u"vm-b"_s, 4),
                                                        makeWorkload(u"c"_s, u"vm-c"_s, 1)});
    QVERIFY(first.ok());
    const std::vector<Workload> before = m_project->workloads();
    const QString idA = byName(before, u"vm-a"_s)->id;
    const QString idB = byName(before, u"vm-b"_s)->id;
    // The user set vm-a's environment, and said a record of another source is vm-b.
    QVERIFY(m_project->setWorkloadField(WorkloadEditField::Environment, {{idA, u"prod"_s}}).ok());
    auto other = m_project->addImport(makeRecord(u"vcenter.json"_s, u"rvtools"_s),
                                      {makeWorkload(u"x"_s, u"vm-b.corp"_s, 4)});
    QVERIFY(other.ok());
    const QString idOther = m_project->workloadsOfImport(other.value()).front().id;
    QVERIFY(m_project->setDuplicateOf({{idOther, idB}}).ok());
    UtilisationRecord usage;
    usage.ref = u"vm-b"_s;
    usage.workloadId = idB;
    usage.cpuP95 = 40;
    QVERIFY(m_project->addImport(makeRecord(u"usage.csv"_s, u"utilisation"_s), {}, {usage}).ok());

    Workload a = makeWorkload(u"a"_s, u"vm-a"_s, 8); // more vCPUs
    a.environment = u"dev"_s;
    Workload b = makeWorkload(u"b"_s, u"vm-b"_s, 4); // the same
    Workload d = makeWorkload(u"d"_s, u"vm-d"_s, 2);
    auto update = m_project->replaceImport(first.value(), makeRecord(u"dec.csv"_s), {a, b, d});
    QVERIFY2(update.ok(), update.ok() ? "" : qPrintable(update.error().message));
    QCOMPARE(update->replacedImportId, first.value());
    QCOMPARE(update->added, QStringList{u"vm-d"_s});
    QCOMPARE(update->changed, QStringList{u"vm-a"_s});
    QCOMPARE(update->removed, QStringList{u"vm-c"_s});
    QCOMPARE(update->unchanged, 1);
    QVERIFY(!m_project->importRecord(first.value()));

    const std::vector<Workload> after = m_project->workloadsOfImport(update->importId);
    QCOMPARE(after.size(), 3u);
    const Workload *newA = byName(after, u"vm-a"_s);
    QVERIFY(newA);
    QCOMPARE(newA->id, idA);
    QCOMPARE(newA->vcpu, 8.0);
    QCOMPARE(newA->environment, u"prod"_s); // the user's edit wins over the export's "dev"
    QCOMPARE(newA->userEdits, QStringList{u"environment"_s});
    QCOMPARE(byName(after, u"vm-b"_s)->id, idB);
    QVERIFY(!byName(after, u"vm-c"_s));
    // Links to a workload that is still there survive its update.
    const std::vector<Workload> all = m_project->workloads();
    QCOMPARE(byName(all, u"vm-b.corp"_s)->duplicateOf, idB);
    QCOMPARE(m_project->utilisation().front().workloadId, idB);
}

void TestImportWriter::streamingImportWarnsAboutDuplicates()
{
    // More rows than the first-line table's first size, with a few names seen twice.
    QByteArray csv = "Name;vCPU\n";
    for (int i = 0; i < 5000; ++i) {
        csv += "vm-" + QByteArray::number(i % 1000 == 999 ? i - 500 : i) + ";2\n";
    }
    const QString path = writeFile(u"many.csv"_s, csv);
    Result<ImportSummary> imported = importFile(*m_project, path);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().toString()));
    QCOMPARE(imported->rowCount, qint64(5000));
    QCOMPARE(m_project->workloadCount(), 5000);
    QStringList duplicates;
    for (const ImportWarning &warning : imported->warnings) {
        duplicates << warning.toString(u"many.csv"_s);
    }
    QCOMPARE(duplicates,
             (QStringList{u"many.csv:1001: workload \"vm-499\" is also on line 501"_s,
                          u"many.csv:2001: workload \"vm-1499\" is also on line 1501"_s,
                          u"many.csv:3001: workload \"vm-2499\" is also on line 2501"_s,
                          u"many.csv:4001: workload \"vm-3499\" is also on line 3501"_s,
                          u"many.csv:5001: workload \"vm-4499\" is also on line 4501"_s}));
    // In file order.
    const std::vector<Workload> stored = m_project->workloads();
    QCOMPARE(stored.front().name, u"vm-0"_s);
    QCOMPARE(stored[4998].name, u"vm-4998"_s);
    QCOMPARE(stored.back().name, u"vm-4499"_s);
}

void TestImportWriter::strictImportRollsBack()
{
    const QString path = writeFile(u"twice.csv"_s, "Name;vCPU\nweb;2\nweb;4\n");
    ImportOptions options;
    options.failOnWarnings = true;
    Result<ImportSummary> imported = importFile(*m_project, path, options);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(u"--strict"_s),
             qPrintable(imported.error().message));
    QCOMPARE(m_project->importCount(), 0);
    QCOMPARE(m_project->workloadCount(), 0);
    QVERIFY(!m_project->database().inTransaction());
}

void TestImportWriter::sameFileTwiceStopsAndRollsBack()
{
    // The file is hashed beside the import: the second import stops once the hash is known.
    QByteArray csv = "Name;vCPU\n";
    for (int i = 0; i < 20000; ++i) {
        csv += "vm-" + QByteArray::number(i) + ";2\n";
    }
    const QString path = writeFile(u"twice.csv"_s, csv);
    QVERIFY(importFile(*m_project, path).ok());
    QSignalSpy changed(m_project.get(), &Project::changed);
    Result<ImportSummary> again = importFile(*m_project, path);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().toString().startsWith(u"twice.csv: already imported on "_s),
             qPrintable(again.error().toString()));
    QCOMPARE(m_project->importCount(), 1);
    QCOMPARE(m_project->workloadCount(), 20000);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!m_project->database().inTransaction());
}

void TestImportWriter::idsAreTimeOrdered()
{
    QString previous;
    for (int i = 0; i < 10000; ++i) {
        const QString id = newUuid();
        const QUuid uuid = QUuid::fromString(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(id.at(14), u'7'); // the version (QUuid::version() predates 7)
        QCOMPARE(uuid.variant(), QUuid::DCE);
        QVERIFY2(id > previous, qPrintable(id + u" after "_s + previous));
        previous = id;
    }
}

QTEST_GUILESS_MAIN(TestImportWriter)
#include "TestImportWriter.moc"
