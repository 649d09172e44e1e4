#pragma once

#include "models/domain/ImportRecord.h"
#include "models/domain/Result.h"
#include "models/importers/Importer.h"

#include <QString>

#include <optional>
#include <vector>

namespace boussole {

class Project;

struct ImportSummary {
    QString importId;
    QString fileName;
    QString filePath;
    QString format; // the importer's formatId()
    QString sha256;
    qint64 rowCount = 0; // workloads and utilisation rows stored
    qint64 rowsSkipped = 0;
    std::vector<ImportWarning> warnings;
    // Set when the file was a newer export of a source already imported, which it replaced.
    std::optional<ImportUpdate> update;
    // Bills: compute resources no workload described, added as workloads of this import.
    int derivedWorkloads = 0;

    // The CLI's line: "FILE: FORMAT, N rows imported, W warnings".
    QString toString() const;
};

// Brings files into a project: picks the importer, hashes the file, refuses a file already
// imported, matches utilisation rows to the project's workloads (WorkloadMatcher; figures in
// cores or GiB become percentages of the matched workload's size), and stores the import, its
// workloads and its utilisation rows in one transaction — on any error or cancel the project is
// left exactly as it was. Workloads are written as the importer reads them (ImportWriter), so
// memory does not grow with the file; a newer export of a source already imported replaces it
// (ImportWriter::previousVersion()). Runs on the thread that owns the Project, while the importer
// reads on a helper thread (its progress callback with it); long imports belong on a worker
// thread with its own Project connection. The registry must outlive the service.
class ImportService {
public:
    explicit ImportService(const ImporterRegistry &registry) : m_registry(registry) {}

    Result<ImportSummary> importFile(Project &project, const QString &path,
                                     const ImportOptions &options = {}) const;

    // SHA-256 of the device's bytes from its current position, lowercase hex, read in blocks.
    static Result<QString> sha256(QIODevice &device);

private:
    const ImporterRegistry &m_registry;
};

// The first bytes an importer sniffs from a file (Importer::kSniffBytes), inflated when the file
// is gzip-compressed or a .zip holding one file, and the name of the file inside (the same name
// without ".gz", the entry's name); what ImportService itself sees. Empty when unreadable.
QByteArray sniffHead(const QString &path, QString *innerName = nullptr);

// ImportService with every built-in importer (ImporterRegistry::withBuiltins()).
Result<ImportSummary> importFile(Project &project, const QString &path,
                                 const ImportOptions &options = {});

} // namespace boussole
