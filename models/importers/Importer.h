#pragma once

// The one interface every importer implements (inventories now, bills later), and the registry
// that picks one for a file. Importers are stateless and const: one instance may serve several
// imports, on any thread, one call at a time per device. They never show dialogs: they return
// data plus warnings, or an Error naming file, line and column.

#include "models/domain/CostLine.h"
#include "models/domain/Result.h"
#include "models/domain/Utilisation.h"
#include "models/domain/Workload.h"
#include "models/importers/ColumnMapping.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace boussole {

// Something worth telling the user that did not stop the import (a skipped row, an unknown value).
struct ImportWarning {
    QString message;
    int line = 0;   // 1-based, 0 when not tied to a line
    int column = 0; // 1-based, 0 when not tied to a column
    QString path;   // JSON/YAML path, for formats that have one

    // "FILE:LINE:COLUMN: message", like Error::toString().
    QString toString(const QString &file) const;
};

struct ImportOutcome {
    std::vector<Workload> workloads; // those not handed to ImportContext::sink
    std::vector<ImportWarning> warnings;
    qint64 rowsRead = 0;    // data rows seen, including skipped ones
    qint64 rowsSkipped = 0; // bad rows dropped under skipBadRows
    // Utilisation exports; ImportService matches them to workloads.
    std::vector<UtilisationRecord> utilisation;

    // Under skipBadRows: counts the bad row and warns "row skipped: <why>" at the error's place.
    void skipRow(const Error &error);
};

// Called now and then during read(); returning false cancels the import. ImportService runs
// read() on a helper thread, so the callback must not touch objects of the caller's thread.
using ImportProgress = std::function<bool(qint64 bytesDone, qint64 rows)>;

struct ImportOptions {
    QString format = QStringLiteral("auto"); // "auto" or an importer's formatId() (--as)
    std::optional<ColumnMapping> mapping;    // --mapping, for tabular formats
    bool skipBadRows = false;                // a bad row becomes a warning instead of an error
    bool failOnWarnings = false;             // --strict: any warning stops the import
    ImportProgress progress;                 // may be empty
};

// Takes each workload as soon as an importer has it complete (ImportService writes it straight
// into the project), so that reading a file of any size needs memory for one row at a time. An
// error (a write that failed) ends the import.
using WorkloadSink = std::function<Status(Workload &&workload)>;

// Takes bill lines (importers of bills call it once per line, on their own thread). The line's
// text views only need to live until add() returns. An error (a write that failed, a cancel)
// ends the import.
class CostSink {
public:
    virtual ~CostSink() = default;
    virtual Status add(const CostLine &line) = 0;
};

struct ImportContext {
    QString fileName;       // as shown in messages ("inventory.csv")
    qint64 totalBytes = -1; // size of the input when known, for progress
    ImportOptions options;
    WorkloadSink sink; // may be empty: the workloads then stay in ImportOutcome::workloads
    // Where bill importers send their lines; set by ImportService for importers whose
    // producesCosts() is true. Never null when such an importer's read() is called.
    CostSink *costs = nullptr;

    // Hands one finished workload over: to the sink when there is one, else to
    // outcome.workloads. Importers that still change workloads after this point (or that sort
    // them) keep filling outcome.workloads themselves; ImportService stores those afterwards.
    Status add(ImportOutcome &outcome, Workload &&workload) const;

    // Calls the progress callback, if any; false means the user cancelled.
    bool reportProgress(qint64 bytesDone, qint64 rows) const;
    // Error "import cancelled" for this file.
    Error cancelled() const;
    Error error(const QString &message, int line = 0, int column = 0) const;
};

class Importer {
public:
    virtual ~Importer() = default;

    // Stable, lowercase, what --as takes: "csv", "rvtools"…
    virtual QString formatId() const = 0;
    // Translated, for menus and messages.
    virtual QString displayName() const = 0;
    // Confidence 0-100 that this importer reads the file, from its first bytes (up to
    // kSniffBytes) and its name. 0: certainly not; 100: certainly.
    virtual int sniff(QByteArrayView head, const QString &fileName) const = 0;
    // Streams the device from its current position. Calls context.reportProgress() now and then
    // and returns context.cancelled() when it says so.
    virtual Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const = 0;
    // Bill importers: read() sends lines to context.costs instead of returning workloads.
    virtual bool producesCosts() const { return false; }

    static constexpr qsizetype kSniffBytes = 64 * 1024;
};

// Owns the importers and chooses one per file. Built by app/ (no global instance).
class ImporterRegistry {
public:
    ImporterRegistry() = default;
    ImporterRegistry(ImporterRegistry &&) = default;
    ImporterRegistry &operator=(ImporterRegistry &&) = default;

    // Every importer Boussole ships.
    static ImporterRegistry withBuiltins();

    void add(std::unique_ptr<Importer> importer);
    const Importer *find(const QString &formatId) const;
    QStringList formatIds() const;
    const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }

    // format "auto" (or empty): the importer with the highest sniff() score, which must reach
    // kMinimumConfidence; otherwise the importer named by format. The error lists the supported
    // formats.
    Result<const Importer *> select(QByteArrayView head, const QString &fileName,
                                    const QString &format = QStringLiteral("auto")) const;

    static constexpr int kMinimumConfidence = 10;

private:
    QString supportedFormats() const;

    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace boussole
