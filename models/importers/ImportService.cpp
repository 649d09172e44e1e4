#include "models/importers/ImportService.h"

#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <set>
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
    return text;
}

Result<QString> ImportService::sha256(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
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

QString ImportService::previousVersionOf(const Project &project, const ImportRecord &record,
                                         const std::vector<Workload> &workloads)
{
    // Next month's export of the same source: same format, and either the same file name or
    // most of the same machines (natural keys). The best-matching earlier import is replaced.
    std::set<QString> keys;
    for (const Workload &w : workloads) {
        if (!w.naturalKey.isEmpty()) {
            keys.insert(w.naturalKey);
        }
    }
    QString best;
    std::size_t bestOverlap = 0;
    for (const ImportRecord &candidate : project.imports()) {
        if (candidate.format != record.format) {
            continue;
        }
        const std::vector<Workload> old = project.workloadsOfImport(candidate.id);
        std::size_t overlap = 0;
        for (const Workload &w : old) {
            overlap += keys.count(w.naturalKey);
        }
        const std::size_t smaller = std::min(old.size(), keys.size());
        const bool sameSource =
            !candidate.sourceKey.isEmpty() && candidate.sourceKey == record.sourceKey;
        const bool mostlySame = overlap > 0 && overlap * 2 >= smaller;
        if ((sameSource || mostlySame) && (best.isEmpty() || overlap > bestOverlap)) {
            best = candidate.id;
            bestOverlap = overlap;
        }
    }
    return best;
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

    Result<QString> digest = sha256(file);
    if (!digest) {
        return fail(digest.error().message);
    }
    for (const ImportRecord &previous : project.imports()) {
        if (previous.sha256 == digest.value()) {
            return fail(QCoreApplication::translate("Importer", "already imported on %1")
                            .arg(QLocale().toString(previous.importedAt.toLocalTime(),
                                                    QLocale::ShortFormat)));
        }
    }
    if (!file.seek(0)) {
        return fail(QCoreApplication::translate("Importer", "cannot read the file: %1")
                        .arg(file.errorString()));
    }

    const QByteArray head = file.peek(Importer::kSniffBytes);
    Result<const Importer *> importer = m_registry.select(head, fileName, options.format);
    if (!importer) {
        return importer.error();
    }

    ImportContext context;
    context.fileName = fileName;
    context.totalBytes = file.size();
    context.options = options;
    Result<ImportOutcome> outcome = importer.value()->read(file, context);
    if (!outcome) {
        return outcome.error();
    }

    if (!outcome->utilisation.empty()) {
        matchUtilisation(project, outcome.value());
    }

    if (options.failOnWarnings && !outcome->warnings.empty()) {
        Error error(
            QCoreApplication::translate("Importer",
                                        "not imported: %n warning(s) and warnings count as errors "
                                        "(--strict); the first: %1",
                                        nullptr, int(outcome->warnings.size()))
                .arg(outcome->warnings.front().message),
            fileName, outcome->warnings.front().line, outcome->warnings.front().column,
            outcome->warnings.front().path);
        return error;
    }

    ImportRecord record;
    record.fileName = fileName;
    record.filePath = info.absoluteFilePath();
    record.format = importer.value()->formatId();
    record.sha256 = digest.value();
    record.importedAt = QDateTime::currentDateTimeUtc();
    record.rowCount = qint64(outcome->workloads.size() + outcome->utilisation.size());
    record.warningCount = qint64(outcome->warnings.size());
    record.status = outcome->warnings.empty() ? u"ok"_s : u"warnings"_s;
    // The same source across versions of the file: a CMDB export keeps its name.
    record.sourceKey = record.format + u':' + fileName.toLower();

    ImportSummary summary;
    // Utilisation exports of successive periods add up (Project::utilisationFor() picks the
    // latest), so a file of utilisation alone never replaces an earlier one.
    const bool utilisationOnly = outcome->workloads.empty() && !outcome->utilisation.empty();
    const QString previous =
        utilisationOnly ? QString() : previousVersionOf(project, record, outcome->workloads);
    Result<QString> importId = QString();
    if (!previous.isEmpty()) {
        Result<ImportUpdate> update =
            project.replaceImport(previous, record, outcome->workloads, outcome->utilisation);
        if (update) {
            importId = update->importId;
            summary.update = std::move(update.value());
        } else {
            importId = update.error();
        }
    } else {
        importId = project.addImport(record, outcome->workloads, outcome->utilisation);
    }
    if (!importId) {
        Error error = importId.error();
        if (error.file.isEmpty()) {
            error.file = fileName;
        }
        return error;
    }

    summary.importId = importId.value();
    summary.fileName = fileName;
    summary.filePath = record.filePath;
    summary.format = record.format;
    summary.sha256 = record.sha256;
    summary.rowCount = record.rowCount;
    summary.rowsSkipped = outcome->rowsSkipped;
    summary.warnings = std::move(outcome->warnings);
    return summary;
}

Result<ImportSummary> importFile(Project &project, const QString &path,
                                 const ImportOptions &options)
{
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    return ImportService(registry).importFile(project, path, options);
}

} // namespace boussole
