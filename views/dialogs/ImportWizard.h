#pragma once

#include "models/importers/ColumnMapping.h"
#include "models/importers/Importer.h"

#include <QWizard>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace boussole {

class ImportJob;

// File(s) -> detected format -> preview and column mapping -> progress with cancel -> report.
// The import itself runs in an ImportJob on a worker thread with its own connection to the
// project file; the wizard only gathers options and shows what happens.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilesPage, PreviewPage, ProgressPage, ReportPage };

    ImportWizard(QString projectPath, QStringList files, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void addFiles(const QStringList &paths);
    QStringList files() const;
    // The format the import will use for file i ("csv", "rvtools"…), as detected or chosen.
    QString formatOf(int i) const;
    void setFormat(int i, const QString &formatId);
    // The mapping edited for tabular files (applies to every CSV file of this import).
    const ColumnMapping &mapping() const { return m_mapping; }
    void setMappingFor(const QString &header, std::optional<WorkloadField> field);

    // Files imported by the last run; the caller refreshes its views when > 0.
    int importedCount() const;
    QTreeWidget *reportTree() const { return m_report; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *mappingTable() const { return m_mappingTable; }
    QPushButton *cancelButton() const { return m_cancel; }
    ImportJob *job() const { return m_job.get(); }

    int nextId() const override;
    bool validateCurrentPage() override;

Q_SIGNALS:
    void importFinished(int imported);

protected:
    void initializePage(int id) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct FileEntry {
        QString path;
        QString detected; // format id, empty when not recognised
        QString chosen;   // "" = use detected
        QString detectionError;
    };

    QWidget *buildFilesPage();
    QWidget *buildPreviewPage();
    QWidget *buildProgressPage();
    QWidget *buildReportPage();
    void refreshFiles();
    void showPreview(int fileIndex);
    void startImport();
    void onFinished();

    QString m_projectPath;
    ImporterRegistry m_registry;
    std::vector<FileEntry> m_entries;
    ColumnMapping m_mapping;
    QStringList m_previewHeaders;

    QTableWidget *m_fileTable = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QComboBox *m_previewFile = nullptr;
    QTableWidget *m_preview = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_previewNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QTreeWidget *m_report = nullptr;
    QLabel *m_reportSummary = nullptr;
    QLabel *m_warningDetail = nullptr;
    std::unique_ptr<ImportJob> m_job;
    bool m_done = false;
};

} // namespace boussole
