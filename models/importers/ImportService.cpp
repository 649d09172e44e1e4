#include "models/importers/ImportService.h"

#include "models/costs/WorkloadLinker.h"
#include "models/domain/Sha256.h"
#include "models/importers/InstanceTypes.h"
#include "models/importers/Normalise.h"
#include "models/importers/io/GzipDevice.h"
#include "models/importers/io/ZipArchive.h"
#include "models/storage/CostStore.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr qsizetype kListedNames = 5;

QString someNames(const QStringList &names)
{
    QString text = names.first(std::min(names.size(), kListedNames)).join(u", "_s);
    if (names.size() > kListedNames) {
        text += u", \u2026"_s;
    }
    return text;
}

// Links each utilisation row to a workload already in the project (or brought by the same file)
// and turns cores and GiB into percentages of that workload's size. Rows that match nothing are
// kept (Project::addImport links them when their inventory comes); one warning sums them up.
void matchUtilisation(const Project &project, ImportOutcome &outcome)
{
    std::vector<Workload> known = project.workloads();
    for (const Workload &w : outcome.workloads) {
        if (!w.id.isEmpty()) {
            known.push_back(w);
        }
    }
    const WorkloadMatcher matcher(known);
    QStringList unmatched;
    QStringList noCpu;
    QStringList noMemory;
    QStringList capped;
    QStringList empty;
    std::vector<UtilisationRecord> kept;
    kept.reserve(outcome.utilisation.size());
    for (UtilisationRecord &u : outcome.utilisation) {
        const Workload *w = matcher.match(u);
        u.workloadId = w ? w->id : QString();
        const ScaleConversion conversion = toPercentages(u, w);
        if (conversion.cpuDropped) {
            noCpu << u.ref;
        }
        if (conversion.memoryDropped) {
            noMemory << u.ref;
        }
        if (conversion.capped) {
            capped << u.ref;
        }
        if (!u.hasCpu() && !u.hasMemory()) {
            empty << u.ref;
            continue;
        }
        if (!w) {
            unmatched << u.ref;
        }
        kept.push_back(std::move(u));
    }
    outcome.utilisation = std::move(kept);

    const auto warn = [&outcome](const QString &message) {
        outcome.warnings.push_back(ImportWarning{message, 0, 0, {}});
    };
    if (!unmatched.isEmpty()) {
        warn(QCoreApplication::translate("Importer",
                                         "%n rows match no workload: %1; they are kept and will "
                                         "match a later inventory import",
                                         nullptr, int(unmatched.size()))
                 .arg(someNames(unmatched)));
    }
    if (!noCpu.isEmpty()) {
        warn(QCoreApplication::translate("Importer",
                                         "%n rows give CPU in cores but match no workload whose "
                                         "vCPU count is known: %1; their CPU figures are not kept "
                                         "(import the inventory first)",
                                         nullptr, int(noCpu.size()))
                 .arg(someNames(noCpu)));
    }
    if (!noMemory.isEmpty()) {
        warn(QCoreApplication::translate("Importer",
                                         "%n rows give memory in GiB or MiB but match no workload "
                                         "whose memory is known: %1; their memory figures are not "
                                         "kept (import the inventory first)",
                                         nullptr, int(noMemory.size()))
                 .arg(someNames(noMemory)));
    }
    if (!empty.isEmpty()) {
        warn(QCoreApplication::translate(
                 "Importer",
                 "%n rows are not imported because none of their figures could be "
                 "kept: %1",
                 nullptr, int(empty.size()))
                 .arg(someNames(empty)));
    }
    if (!capped.isEmpty()) {
        warn(QCoreApplication::translate("Importer",
                                         "%n rows use more than their workload's allocation: %1; "
                                         "those figures are capped at 100 %",
                                         nullptr, int(capped.size()))
                 .arg(someNames(capped)));
    }
}

// Between the importer's thread and the writing one: at most kQueuedBatches batches of kBatchSize
// workloads wait, so memory stays flat whichever side is faster.
constexpr std::size_t kBatchSize = 256;
constexpr std::size_t kQueuedBatches = 4;

struct Pipe {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::vector<Workload>> batches; // to write
    // Written batches go back to the reader, which destroys their workloads: memory is then freed
    // by the thread that allocated it, without contending for the allocator's locks.
    std::vector<std::vector<Workload>> spent;
    bool readerDone = false;
    bool writerFailed = false;
};

// Runs importer.read() on a second thread and writes the workloads it hands over on this one, as
// they come: reading and parsing then overlap with SQLite's work, which takes most of the time,
// and the connection stays on the thread that owns it. The importer's progress callback runs on
// the second thread. Workloads the importer keeps in the outcome are left there. check() runs
// after each batch; an error from it stops the import.
Result<ImportOutcome> readWhileWriting(const Importer &importer, QIODevice &device,
                                       ImportContext context, ImportWriter &writer,
                                       const std::function<Status()> &check)
{
    Pipe pipe;
    std::vector<Workload> batch; // the reader thread's
    // False once the writer has failed: the reader then stops at its next workload.
    const auto send = [&pipe](std::vector<Workload> &full) {
        std::unique_lock lock(pipe.mutex);
        pipe.changed.wait(
            lock, [&pipe] { return pipe.batches.size() < kQueuedBatches || pipe.writerFailed; });
        if (pipe.writerFailed) {
            return false;
        }
        pipe.batches.push_back(std::move(full));
        full = std::vector<Workload>();
        if (!pipe.spent.empty()) {
            full = std::move(pipe.spent.back());
            pipe.spent.pop_back();
        }
        lock.unlock();
        pipe.changed.notify_all();
        full.clear(); // keeps the capacity
        return true;
    };
    context.sink = [&](Workload &&workload) -> Status {
        if (batch.capacity() == 0) {
            batch.reserve(kBatchSize);
        }
        batch.push_back(std::move(workload));
        if (batch.size() >= kBatchSize && !send(batch)) {
            return Error(u"the import stopped"_s); // never shown: the writer's error is
        }
        return {};
    };

    std::optional<Result<ImportOutcome>> outcome;
    std::thread reader([&] {
        Result<ImportOutcome> read = importer.read(device, context);
        if (read && !batch.empty()) {
            send(batch);
        }
        {
            const std::lock_guard lock(pipe.mutex);
            outcome.emplace(std::move(read));
            pipe.readerDone = true;
        }
        pipe.changed.notify_all();
    });

    Status written;
    for (;;) {
        std::vector<Workload> next;
        {
            std::unique_lock lock(pipe.mutex);
            pipe.changed.wait(lock, [&pipe] { return !pipe.batches.empty() || pipe.readerDone; });
            if (pipe.batches.empty()) {
                break; // the reader is done and everything is written
            }
            next = std::move(pipe.batches.front());
            pipe.batches.pop_front();
        }
        pipe.changed.notify_all();
        for (Workload &workload : next) {
            written = writer.addWorkload(workload);
            if (!written) {
                break;
            }
        }
        if (written) {
            written = check();
        }
        {
            const std::lock_guard lock(pipe.mutex);
            pipe.spent.push_back(std::move(next));
        }
        if (!written) {
            {
                const std::lock_guard lock(pipe.mutex);
                pipe.writerFailed = true;
            }
            pipe.changed.notify_all();
            break;
        }
    }
    reader.join();
    if (!written) {
        return written.error();
    }
    return std::move(*outcome);
}

// The files of an archive, without folders and macOS resource forks: a bill delivered zipped
// holds exactly one.
QStringList archiveFiles(const ZipArchive &archive)
{
    QStringList names;
    for (const ZipEntryInfo &entry : archive.entries()) {
        if (!entry.name.endsWith(u'/') && !entry.name.startsWith(u"__MACOSX"_s)) {
            names << entry.name;
        }
    }
    return names;
}

// Which cloud an instance type belongs to, from the bill's provider name.
QString instanceTypeProvider(const QString &providerName)
{
    const QString p = providerName.toLower();
    if (p.contains(u"amazon"_s) || p.contains(u"aws"_s)) {
        return u"aws"_s;
    }
    if (p.contains(u"microsoft"_s) || p.contains(u"azure"_s)) {
        return u"azure"_s;
    }
    if (p.contains(u"google"_s) || p.contains(u"gcp"_s)) {
        return u"gcp"_s;
    }
    return p;
}

// Compute resources the bill shows and no workload of the project describes become workloads of
// the bill's import (kind "vm", sized from their instance type when it is known), so an estate
// known only from its bills can still be compared.
Result<int> deriveBilledWorkloads(Project &project, const CostEncoder &encoder,
                                  ImportWriter &writer, const QString &fileName)
{
    if (encoder.resources().empty()) {
        return 0;
    }
    const std::vector<Workload> existing = project.workloads();
    const WorkloadLinker linker(existing);
    QSet<QString> added;
    std::shared_ptr<const InstanceTypes> types;
    if (Result<std::shared_ptr<const InstanceTypes>> embedded = InstanceTypes::embedded()) {
        types = embedded.value();
    }
    const CostDictionary &dict = encoder.dictionary();
    const auto text = [&dict](quint32 id) {
        const std::string_view v = dict.text(id);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    };
    // Deterministic order: by first row.
    std::vector<std::pair<quint32, const BilledResource *>> resources;
    for (const auto &[id, resource] : encoder.resources()) {
        resources.emplace_back(id, &resource);
    }
    std::sort(resources.begin(), resources.end(),
              [](const auto &a, const auto &b) { return a.second->firstRow < b.second->firstRow; });
    for (const auto &[id, resource] : resources) {
        const QString resourceId = text(id);
        if (added.contains(resourceId.toLower()) ||
            linker.find(resourceId, text(resource->name)) >= 0) {
            continue;
        }
        Workload w;
        w.naturalKey = resourceId;
        w.cloudId = resourceId;
        w.name = resource->name ? text(resource->name) : WorkloadLinker::lastSegment(resourceId);
        w.kind = u"vm"_s;
        w.powerState = u"on"_s;
        w.region = text(resource->region);
        w.account = text(resource->subAccount);
        w.sourceFile = fileName;
        w.sourceLocation = QString::number(resource->firstRow);
        const QString instanceType = text(resource->instanceType);
        if (resource->tags) {
            w.tags = parseTags(text(resource->tags));
        }
        if (!instanceType.isEmpty()) {
            w.tags.insert(u"instance_type"_s, instanceType);
            if (types) {
                if (std::optional<InstanceType> type =
                        types->find(instanceTypeProvider(text(resource->provider)), instanceType)) {
                    w.vcpu = type->vcpu;
                    w.memoryGib = type->memoryGib;
                    w.gpuCount = type->gpuCount;
                    w.gpuModel = type->gpuModel;
                }
            }
        }
        // "environment", "Env", "user:environment" (AWS cost allocation tags)…
        for (auto tag = w.tags.cbegin(); tag != w.tags.cend() && w.environment.isEmpty(); ++tag) {
            const QString key = tag.key().section(u':', -1).toLower();
            if (key == u"environment"_s || key == u"env"_s) {
                w.environment = normaliseEnvironment(tag.value().toString());
            }
            if (key == u"application"_s || key == u"app"_s) {
                w.application = tag.value().toString();
            }
        }
        for (auto tag = w.tags.cbegin(); tag != w.tags.cend(); ++tag) {
            const QString key = tag.key().section(u':', -1).toLower();
            if (w.application.isEmpty() && (key == u"application"_s || key == u"app"_s)) {
                w.application = tag.value().toString();
            }
        }
        w.tags.insert(u"running_hours"_s, QString::number(resource->usageHours, 'f', 1));
        if (Status stored = writer.addWorkload(w); !stored) {
            return stored.error();
        }
        added.insert(resourceId.toLower());
    }
    return int(added.size());
}

// Bill lines: the importer and the CostEncoder run on a helper thread, the CostTableWriter on the
// caller's (the project's connection), with a few batches in flight between them.
Result<ImportOutcome> readCostsWhileWriting(const Importer &importer, QIODevice &device,
                                            ImportContext context, CostEncoder *&encoderOut,
                                            std::unique_ptr<CostEncoder> &encoderHolder,
                                            CostDictionary &dictionary, CostTableWriter &table,
                                            const std::function<Status()> &check)
{
    struct CostPipe {
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<CostBatch> batches;
        std::vector<CostBatch> spent;
        bool readerDone = false;
        bool writerFailed = false;
    } pipe;
    const auto send = [&pipe](CostBatch &full) {
        std::unique_lock lock(pipe.mutex);
        pipe.changed.wait(
            lock, [&pipe] { return pipe.batches.size() < kQueuedBatches || pipe.writerFailed; });
        if (pipe.writerFailed) {
            return false;
        }
        pipe.batches.push_back(std::move(full));
        full = CostBatch();
        if (!pipe.spent.empty()) {
            full = std::move(pipe.spent.back());
            pipe.spent.pop_back();
        }
        lock.unlock();
        pipe.changed.notify_all();
        full.lines.clear();
        full.strings.clear();
        return true;
    };
    encoderHolder = std::make_unique<CostEncoder>(dictionary, send);
    encoderOut = encoderHolder.get();
    context.costs = encoderHolder.get();

    std::optional<Result<ImportOutcome>> outcome;
    std::thread reader([&] {
        Result<ImportOutcome> read = importer.read(device, context);
        if (read && !encoderHolder->flush()) {
            read = Error(u"the import stopped"_s);
        }
        {
            const std::lock_guard lock(pipe.mutex);
            outcome.emplace(std::move(read));
            pipe.readerDone = true;
        }
        pipe.changed.notify_all();
    });

    Status written;
    for (;;) {
        CostBatch next;
        {
            std::unique_lock lock(pipe.mutex);
            pipe.changed.wait(lock, [&pipe] { return !pipe.batches.empty() || pipe.readerDone; });
            if (pipe.batches.empty()) {
                break;
            }
            next = std::move(pipe.batches.front());
            pipe.batches.pop_front();
        }
        pipe.changed.notify_all();
        written = table.write(next);
        if (written) {
            written = check();
        }
        {
            const std::lock_guard lock(pipe.mutex);
            pipe.spent.push_back(std::move(next));
        }
        if (!written) {
            {
                const std::lock_guard lock(pipe.mutex);
                pipe.writerFailed = true;
            }
            pipe.changed.notify_all();
            break;
        }
    }
    reader.join();
    if (!written) {
        return written.error();
    }
    return std::move(*outcome);
}

} // namespace

QString ImportSummary::toString() const
{
    QString text = u"%1: %2, %3, %4"_s.arg(
        fileName, format,
        QCoreApplication::translate("Importer", "%n rows imported", nullptr, int(rowCount)),
        QCoreApplication::translate("Importer", "%n warnings", nullptr, int(warnings.size())));
    if (update) {
        text += u"; "_s + QCoreApplication::translate(
                              "Importer", "updates the earlier import: %1 new, %2 changed, %3 "
                                          "gone, %4 unchanged")
                              .arg(update->added.size())
                              .arg(update->changed.size())
                              .arg(update->removed.size())
                              .arg(update->unchanged);
    }
    if (derivedWorkloads > 0) {
        text +=
            u"; "_s + QCoreApplication::translate("Importer", "%n workloads derived from the bill",
                                                  nullptr, derivedWorkloads);
    }
    return text;
}

Result<QString> ImportService::sha256(QIODevice &device)
{
    Sha256 hash;
    std::vector<char> block(1024 * 1024);
    for (;;) {
        const qint64 n = device.read(block.data(), qint64(block.size()));
        if (n < 0) {
            Error error;
            error.message = QCoreApplication::translate("Importer", "cannot read the file: %1")
                                .arg(device.errorString());
            return error;
        }
        if (n == 0) {
            break;
        }
        hash.addData(QByteArrayView(block.data(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<ImportSummary> ImportService::importFile(Project &project, const QString &path,
                                                const ImportOptions &options) const
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    auto fail = [&fileName](const QString &message) {
        Error error;
        error.message = message;
        error.file = fileName;
        return error;
    };

    if (info.isDir()) {
        return fail(QCoreApplication::translate("Importer", "is a folder, not a file"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("Importer", "cannot open the file: %1")
                        .arg(file.errorString()));
    }

    // The file's SHA-256 (of its inflated content when it is gzip-compressed) tells a file already
    // imported. Hashing takes as long as importing a tenth
    // of the file, so it runs on a thread of its own beside the import, which looks at the answer
    // between batches of workloads: a file already imported stops there (and rolls back). Any
    // other error gives way to that one, as when the hash came first.
    const std::vector<ImportRecord> earlier = project.imports();
    std::future<Result<QString>> hashing =
        std::async(std::launch::async, [absolute = info.absoluteFilePath()]() -> Result<QString> {
            QFile again(absolute);
            if (!again.open(QIODevice::ReadOnly)) {
                return Error(QCoreApplication::translate("Importer", "cannot open the file: %1")
                                 .arg(again.errorString()));
            }
            // A compressed export counts by its content: the .csv and the .csv.gz of one bill
            // are the same file.
            if (GzipDevice::looksLikeGzip(again.peek(2))) {
                GzipDevice inflated(again, QFileInfo(absolute).fileName());
                Result<QString> digest = sha256(inflated);
                if (inflated.hasError()) {
                    return inflated.error();
                }
                return digest;
            }
            return sha256(again);
        });
    std::optional<Result<QString>> digest;
    // Without wait, an unfinished hash passes for now.
    const auto checkDigest = [&](bool wait) -> Status {
        if (!digest) {
            if (!wait && hashing.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
                return {};
            }
            digest = hashing.get();
            if (!*digest) {
                digest = Result<QString>(fail(digest->error().message));
            }
            for (const ImportRecord &previous : earlier) {
                if (*digest && previous.sha256 == digest->value()) {
                    digest = Result<QString>(
                        fail(QCoreApplication::translate("Importer", "already imported on %1")
                                 .arg(QLocale().toString(previous.importedAt.toLocalTime(),
                                                         QLocale::ShortFormat))));
                }
            }
        }
        return *digest ? Status() : Status(digest->error());
    };
    const auto withFile = [&](Error error) {
        if (Status known = checkDigest(true); !known) {
            return known.error();
        }
        if (error.file.isEmpty()) {
            error.file = fileName;
        }
        return error;
    };

    // Compressed exports (.gz, or a .zip holding one CSV, as AWS delivers bills) are inflated
    // while they are read; the importer sees the inner file.
    QIODevice *input = &file;
    std::unique_ptr<GzipDevice> gzip;
    std::unique_ptr<ZipArchive> archive;
    std::unique_ptr<ZipEntryDevice> zipEntry;
    QString innerName = fileName;
    QByteArray head = file.peek(Importer::kSniffBytes);
    if (GzipDevice::looksLikeGzip(head)) {
        gzip = std::make_unique<GzipDevice>(file, fileName);
        input = gzip.get();
        if (innerName.endsWith(u".gz"_s, Qt::CaseInsensitive)) {
            innerName.chop(3);
        }
        head = gzip->peek(Importer::kSniffBytes);
        if (gzip->hasError()) {
            return withFile(gzip->error());
        }
    } else if (head.startsWith("PK\x03\x04") && fileName.endsWith(u".zip"_s, Qt::CaseInsensitive)) {
        ZipLimits limits;
        limits.maxEntrySize = qint64(64) * 1024 * ZipLimits::kMiB;
        limits.maxTotalSize = limits.maxEntrySize;
        Result<std::unique_ptr<ZipArchive>> opened =
            ZipArchive::openFile(info.absoluteFilePath(), fileName, limits);
        if (!opened) {
            return withFile(opened.error());
        }
        archive = std::move(opened.value());
        const QStringList candidates = archiveFiles(*archive);
        if (candidates.size() != 1) {
            return withFile(
                Error(QCoreApplication::translate("Importer",
                                                  "the archive holds %n files; Boussole imports an "
                                                  "archive that holds exactly one export",
                                                  nullptr, int(candidates.size()))));
        }
        Result<std::unique_ptr<ZipEntryDevice>> entry = archive->openEntry(candidates.front());
        if (!entry) {
            return withFile(entry.error());
        }
        zipEntry = std::move(entry.value());
        zipEntry->open(QIODevice::ReadOnly);
        input = zipEntry.get();
        innerName = QFileInfo(candidates.front()).fileName();
        head = zipEntry->peek(Importer::kSniffBytes);
    }

    Result<const Importer *> importer = m_registry.select(head, innerName, options.format);
    if (!importer) {
        return withFile(importer.error());
    }

    ImportRecord record;
    record.fileName = fileName;
    record.filePath = info.absoluteFilePath();
    record.format = importer.value()->formatId();
    record.importedAt = QDateTime::currentDateTimeUtc();
    // The same source across versions of the file: a CMDB export keeps its name.
    record.sourceKey = record.format + u':' + fileName.toLower();

    // Workloads go into the project as the importer reads them; the import stays one transaction,
    // rolled back when anything below returns early (an error, a cancel, --strict).
    Result<std::unique_ptr<ImportWriter>> begun = project.beginImport(record);
    if (!begun) {
        return withFile(begun.error());
    }
    ImportWriter &writer = *begun.value();

    ImportContext context;
    context.fileName = fileName;
    context.totalBytes = file.size();
    context.options = options;
    if (input != &file && options.progress) {
        // Progress in bytes of the file on disk, which is what totalBytes counts.
        context.options.progress = [&file, progress = options.progress](qint64, qint64 rows) {
            return progress(file.pos(), rows);
        };
    }

    // --strict: the first warning stops the import.
    const auto strictFailure =
        [&](const std::vector<ImportWarning> &warnings) -> std::optional<Error> {
        if (!options.failOnWarnings || warnings.empty()) {
            return std::nullopt;
        }
        const ImportWarning &first = warnings.front();
        return Error(
            QCoreApplication::translate("Importer",
                                        "not imported: %n warning(s) and warnings count as errors "
                                        "(--strict); the first: %1",
                                        nullptr, int(warnings.size()))
                .arg(first.message),
            fileName, first.line, first.column, first.path);
    };
    // Records the counts, the SHA-256 and the warnings on the import, commits, and fills in the
    // summary.
    const auto commitImport = [&](qint64 rowCount, ImportOutcome &outcome,
                                  ImportSummary summary) -> Result<ImportSummary> {
        if (Status known = checkDigest(true); !known) {
            return known.error();
        }
        record.sha256 = digest->value();
        record.rowCount = rowCount;
        record.warningCount = qint64(outcome.warnings.size());
        record.status = outcome.warnings.empty() ? u"ok"_s : u"warnings"_s;
        for (const ImportWarning &warning : outcome.warnings) {
            if (Status kept = writer.addWarning(
                    {warning.message, warning.line, warning.column, warning.path});
                !kept) {
                return withFile(kept.error());
            }
        }
        Result<QString> importId = writer.commit(record);
        if (!importId) {
            return withFile(importId.error());
        }
        summary.importId = importId.value();
        summary.fileName = fileName;
        summary.filePath = record.filePath;
        summary.format = record.format;
        summary.sha256 = record.sha256;
        summary.rowCount = record.rowCount;
        summary.rowsSkipped = outcome.rowsSkipped;
        summary.warnings = std::move(outcome.warnings);
        return summary;
    };

    if (importer.value()->producesCosts()) {
        Result<CostDictionary> dictionary = CostDictionary::load(project.database());
        if (!dictionary) {
            return withFile(dictionary.error());
        }
        CostTableWriter table(project.database(), writer.importId());
        std::unique_ptr<CostEncoder> encoderHolder;
        CostEncoder *encoder = nullptr;
        Result<ImportOutcome> outcome = readCostsWhileWriting(
            *importer.value(), *input, context, encoder, encoderHolder, dictionary.value(), table,
            [&checkDigest] { return checkDigest(false); });
        if (!outcome) {
            return withFile(outcome.error());
        }
        if (table.lineCount() == 0) {
            return withFile(Error(QCoreApplication::translate(
                "Importer", "the file holds no bill lines (only a header?)")));
        }
        QStringList currencies;
        for (const auto &[key, sums] : encoder->rollup()) {
            const std::string_view text = encoder->dictionary().text(key.ids[0]);
            const QString code = QString::fromUtf8(text.data(), qsizetype(text.size()));
            if (!currencies.contains(code)) {
                currencies << code;
            }
        }
        if (currencies.size() > 1) {
            currencies.sort();
            outcome->warnings.push_back(ImportWarning{
                QCoreApplication::translate("Importer",
                                            "the bill holds amounts in several currencies (%1): "
                                            "they are kept apart and never added together")
                    .arg(currencies.join(u", "_s)),
                0,
                0,
                {}});
        }
        if (std::optional<Error> strict = strictFailure(outcome->warnings)) {
            return withFile(*strict);
        }
        if (Status finished = table.finish(*encoder); !finished) {
            return withFile(finished.error());
        }
        Result<int> derived = deriveBilledWorkloads(project, *encoder, writer, fileName);
        if (!derived) {
            return withFile(derived.error());
        }
        ImportSummary summary;
        summary.derivedWorkloads = derived.value();
        return commitImport(table.lineCount(), outcome.value(), std::move(summary));
    }

    Result<ImportOutcome> outcome = readWhileWriting(*importer.value(), *input, context, writer,
                                                     [&checkDigest] { return checkDigest(false); });
    if (!outcome) {
        return withFile(outcome.error());
    }
    // Importers that do not stream leave their workloads here.
    for (Workload &workload : outcome->workloads) {
        if (Status added = writer.addWorkload(workload); !added) {
            return withFile(added.error());
        }
    }
    outcome->workloads = {};

    if (std::optional<Error> strict = strictFailure(outcome->warnings)) {
        return withFile(*strict);
    }

    ImportSummary summary;
    // Utilisation exports of successive periods add up (Project::utilisationFor() picks the
    // latest), so a file of utilisation alone never replaces an earlier one.
    const bool utilisationOnly = writer.workloadCount() == 0 && !outcome->utilisation.empty();
    if (!utilisationOnly) {
        Result<std::optional<ImportUpdate>> update = writer.replacePreviousVersion();
        if (!update) {
            return withFile(update.error());
        }
        summary.update = std::move(update.value());
    }

    if (!outcome->utilisation.empty()) {
        // After replace(), which may give matched workloads their earlier ids.
        matchUtilisation(project, outcome.value());
        if (std::optional<Error> strict = strictFailure(outcome->warnings)) {
            return withFile(*strict);
        }
        for (UtilisationRecord &row : outcome->utilisation) {
            if (Status added = writer.addUtilisation(row); !added) {
                return withFile(added.error());
            }
        }
    }

    return commitImport(writer.workloadCount() + writer.utilisationCount(), outcome.value(),
                        std::move(summary));
}

QByteArray sniffHead(const QString &path, QString *innerName)
{
    const QFileInfo info(path);
    if (innerName) {
        *innerName = info.fileName();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray head = file.peek(Importer::kSniffBytes);
    if (GzipDevice::looksLikeGzip(head)) {
        GzipDevice inflated(file, info.fileName());
        if (innerName && innerName->endsWith(u".gz"_s, Qt::CaseInsensitive)) {
            innerName->chop(3);
        }
        return inflated.read(Importer::kSniffBytes);
    }
    if (head.startsWith("PK\x03\x04") && path.endsWith(u".zip"_s, Qt::CaseInsensitive)) {
        Result<std::unique_ptr<ZipArchive>> archive =
            ZipArchive::openFile(info.absoluteFilePath(), info.fileName());
        if (!archive) {
            return head;
        }
        const QStringList names = archiveFiles(*archive.value());
        if (names.size() != 1) {
            return head;
        }
        QByteArray inner;
        const Status read =
            archive.value()->readEntry(names.front(), [&inner](QByteArrayView chunk) {
                inner.append(chunk);
                return inner.size() < Importer::kSniffBytes;
            });
        if (!read) {
            return head;
        }
        if (innerName) {
            *innerName = QFileInfo(names.front()).fileName();
        }
        return inner.left(Importer::kSniffBytes);
    }
    return head;
}

Result<ImportSummary> importFile(Project &project, const QString &path,
                                 const ImportOptions &options)
{
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    return ImportService(registry).importFile(project, path, options);
}

} // namespace boussole
