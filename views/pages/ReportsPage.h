#pragma once

#include "views/pages/Page.h"

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace boussole {

// Exports for review meetings: the comparison deck (PDF), its tables (XLSX workbook) and the
// inventory (CSV). Each export is written atomically. The deck's content is gathered on a worker
// thread with its own read-only connection; the window stays responsive and the export can be
// cancelled.
class ReportsPage : public Page {
    Q_OBJECT

public:
    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    QString pageId() const override { return QStringLiteral("reports"); }
    QString title() const override { return tr("Reports"); }
    void refresh() override;
    bool isBusy() const override;

    // Writes the inventory to path; returns an empty string or the error message. Used by the
    // button (after a file dialog) and by tests.
    QString exportInventory(const QString &path);

    // Starts writing the deck (.pdf) or the workbook (.xlsx) to path in the background, with
    // the options on the page; finished() tells the outcome. Used by the buttons and by tests.
    void startExport(const QString &path);
    void cancelExport();

Q_SIGNALS:
    // message is empty on success.
    void exportFinished(const QString &path, const QString &message);

private:
    struct Job;
    void exportDone();
    void setBusy(bool busy);
    void askAndExport(const QString &suffix);

    QPushButton *m_exportInventory;
    QPushButton *m_exportDeck;
    QPushButton *m_exportWorkbook;
    QPushButton *m_cancel;
    QLineEdit *m_classification;
    QCheckBox *m_redact;
    QProgressBar *m_progress;
    QLabel *m_deckStatus;
    QLabel *m_status;
    QThread *m_worker = nullptr;
    std::shared_ptr<Job> m_job;
};

} // namespace boussole
