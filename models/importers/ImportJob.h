#pragma once

// Runs imports on a worker thread so the window stays responsive: the job opens its own
// (secondary) connection to the project file, imports each file in its own transaction, and
// reports progress through signals that reach the GUI thread queued. cancel() may be called from
// any thread; the file being imported then rolls back and the remaining files are skipped.

#include "models/domain/Result.h"
#include "models/importers/ImportService.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

class QThread;

namespace boussole {

class ImportJob : public QObject {
    Q_OBJECT

public:
    struct FileResult {
        QString path;
        std::optional<ImportSummary> summary; // set when the file was imported
        std::optional<Error> error;           // set when it was not (including cancel)
    };

    // One ImportOptions per file (format, mapping...); the progress callbacks are the job's own.
    ImportJob(QString projectPath, QStringList files, std::vector<ImportOptions> options,
              QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    // Blocks until the worker is done (tests, shutdown).
    void wait();
    bool wasCancelled() const { return m_cancel.load(); }

    // Valid once finished() was emitted.
    const std::vector<FileResult> &results() const { return m_results; }
    int importedCount() const;

Q_SIGNALS:
    // fileIndex counts from 0; totalBytes is -1 when unknown.
    void progress(int fileIndex, qint64 bytesDone, qint64 totalBytes, qint64 rows);
    void fileStarted(int fileIndex, const QString &path);
    void finished();

private:
    void run();

    QString m_projectPath;
    QStringList m_files;
    std::vector<ImportOptions> m_options;
    std::vector<FileResult> m_results;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace boussole
