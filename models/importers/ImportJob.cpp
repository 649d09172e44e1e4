#include "models/importers/ImportJob.h"

#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace boussole {

namespace {

// Progress reaches the GUI at most this often: more would only flood its event queue.
constexpr qint64 kProgressIntervalMs = 50;

} // namespace

ImportJob::ImportJob(QString projectPath, QStringList files, std::vector<ImportOptions> options,
                     QObject *parent)
    : QObject(parent), m_projectPath(std::move(projectPath)), m_files(std::move(files)),
      m_options(std::move(options))
{
    m_options.resize(static_cast<size_t>(m_files.size()));
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::start()
{
    if (m_thread) {
        return;
    }
    m_thread = QThread::create([this] { run(); });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &ImportJob::finished);
    m_thread->start();
}

void ImportJob::cancel()
{
    m_cancel.store(true);
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}

int ImportJob::importedCount() const
{
    int count = 0;
    for (const FileResult &result : m_results) {
        count += result.summary.has_value() ? 1 : 0;
    }
    return count;
}

void ImportJob::run()
{
    m_results.clear();
    Project::OpenOptions openOptions;
    openOptions.secondary = true;
    auto opened = Project::open(m_projectPath, openOptions);
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        FileResult result;
        result.path = m_files[i];
        if (!opened) {
            result.error = opened.error();
        } else if (m_cancel.load()) {
            result.error = Error(QCoreApplication::translate("Importer", "import cancelled"),
                                 QFileInfo(m_files[i]).fileName());
        } else {
            Q_EMIT fileStarted(int(i), m_files[i]);
            ImportOptions options = m_options[size_t(i)];
            const qint64 total = QFileInfo(m_files[i]).size();
            QElapsedTimer timer;
            timer.start();
            const int index = int(i);
            options.progress = [this, index, total, &timer](qint64 bytes, qint64 rows) {
                if (timer.elapsed() >= kProgressIntervalMs) {
                    timer.restart();
                    Q_EMIT progress(index, bytes, total, rows);
                }
                return !m_cancel.load();
            };
            auto imported = importFile(*opened.value(), m_files[i], options);
            if (imported) {
                Q_EMIT progress(index, total, total, imported->rowCount);
                result.summary = std::move(imported.value());
            } else {
                result.error = imported.error();
            }
        }
        m_results.push_back(std::move(result));
    }
    if (opened) {
        opened.value()->close();
    }
}

} // namespace boussole
