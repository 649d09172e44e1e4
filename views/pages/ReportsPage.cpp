#include "views/pages/ReportsPage.h"

#include "models/catalog/CatalogStore.h"
#include "models/reports/DeckData.h"
#include "models/reports/ReportTables.h"
#include "models/reports/WorkloadCsvExport.h"
#include "models/storage/ProjectFile.h"
#include "views/reports/DeckRenderer.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>
#include <optional>

namespace boussole {

// What the worker gathers; read by the GUI thread once the worker has finished.
struct ReportsPage::Job {
    QString projectPath;
    QString outPath;
    reports::DeckOptions options;
    std::optional<reports::DeckData> deck;
    QString error;
    std::atomic_bool cancelled = false;
};

ReportsPage::ReportsPage(QWidget *parent)
    : Page(parent), m_exportInventory(new QPushButton(tr("Export the inventory as CSV…"), this)),
      m_exportDeck(new QPushButton(tr("Export the deck (PDF)…"), this)),
      m_exportWorkbook(new QPushButton(tr("Export the tables (XLSX)…"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_classification(new QLineEdit(this)),
      m_redact(new QCheckBox(tr("Redact workload and client names"), this)),
      m_progress(new QProgressBar(this)), m_deckStatus(new QLabel(this)), m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *decks = new QGroupBox(tr("Presentation"), this);
    auto *decksLayout = new QVBoxLayout(decks);
    auto *deckText = new QLabel(
        tr("The deck for a review meeting (landscape PDF): key figures, the estate, today's "
           "spend, the providers compared, the business-case scenarios with their total cost of "
           "ownership, the figures taken from price books and quotes with their references, the "
           "compliance scores with the audit trail's head, the migration waves, and the sources "
           "and limits of the figures. The same tables can be exported as an Excel workbook."),
        decks);
    deckText->setWordWrap(true);
    decksLayout->addWidget(deckText);
    auto *form = new QFormLayout;
    m_classification->setPlaceholderText(tr("e.g. C2 – Internal"));
    m_classification->setToolTip(
        tr("Printed at the top and bottom of every page of the deck; leave empty for none"));
    form->addRow(tr("Classification:"), m_classification);
    m_redact->setToolTip(tr("Replaces workload, application and client names by neutral "
                            "labels, for a deck that leaves the organisation"));
    form->addRow(QString(), m_redact);
    decksLayout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_exportDeck->setToolTip(tr("Write the deck to a PDF file (Ctrl+P)"));
    m_exportDeck->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_exportWorkbook->setToolTip(
        tr("Write the deck's tables to an Excel workbook, one sheet each"));
    m_cancel->setToolTip(tr("Stop the export; nothing is written"));
    m_exportDeck->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_exportWorkbook->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    buttons->addWidget(m_exportDeck);
    buttons->addWidget(m_exportWorkbook);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch(0);
    decksLayout->addLayout(buttons);
    m_progress->setRange(0, 0); // busy: the gathering has no measurable steps
    m_progress->hide();
    m_cancel->hide();
    m_deckStatus->setWordWrap(true);
    m_deckStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    decksLayout->addWidget(m_deckStatus);
    layout->addWidget(decks);

    auto *tables = new QGroupBox(tr("Tables"), this);
    auto *tablesLayout = new QVBoxLayout(tables);
    auto *explanation = new QLabel(
        tr("The inventory as a CSV file (UTF-8, comma-separated), one row per workload with its "
           "size, environment, data class and the file and row it was imported from. In Excel, "
           "open "
           "it with Data › From Text/CSV; LibreOffice asks for the separator."),
        tables);
    explanation->setWordWrap(true);
    tablesLayout->addWidget(explanation);
    m_exportInventory->setToolTip(tr("Write every workload of the project to a CSV file"));
    tablesLayout->addWidget(m_exportInventory, 0, Qt::AlignLeft);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tablesLayout->addWidget(m_status);
    layout->addWidget(tables);
    layout->addStretch(1);

    connect(m_exportInventory, &QPushButton::clicked, this, [this] {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("inventory") + QStringLiteral(".csv"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the inventory"),
                                                          suggested, tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            exportInventory(path);
        }
    });
    connect(m_exportDeck, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("pdf")); });
    connect(m_exportWorkbook, &QPushButton::clicked, this,
            [this] { askAndExport(QStringLiteral("xlsx")); });
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancelExport);
}

ReportsPage::~ReportsPage()
{
    if (m_worker) {
        m_job->cancelled = true;
        m_worker->wait();
    }
}

void ReportsPage::askAndExport(const QString &suffix)
{
    if (!m_project) {
        return;
    }
    const QString base = QFileInfo(m_project->path()).completeBaseName();
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(base + u'.' + suffix);
    const QString path = QFileDialog::getSaveFileName(
        this, suffix == u"pdf" ? tr("Export the deck") : tr("Export the tables"), suggested,
        suffix == u"pdf" ? tr("PDF files (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    startExport(QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix : path);
}

void ReportsPage::startExport(const QString &path)
{
    if (!m_project || m_worker) {
        return;
    }
    auto job = std::make_shared<Job>();
    job->projectPath = m_project->path();
    job->outPath = path;
    job->options.redact = m_redact->isChecked();
    job->options.classification = m_classification->text().trimmed();
    m_job = job;
    // Its own read-only connection, so the window's stays free (as the Costs page does).
    m_worker = QThread::create([job] {
        Project::OpenOptions options;
        options.readOnly = true;
        options.quickCheck = false;
        options.secondary = true;
        auto opened = Project::open(job->projectPath, options);
        if (!opened) {
            job->error = opened.error().toString();
            return;
        }
        Result<catalog::Catalog> catalog = catalog::catalogInUse();
        if (!catalog) {
            job->error = catalog.error().toString();
        } else if (!job->cancelled) {
            Result<reports::DeckData> deck =
                reports::buildDeck(*opened.value(), catalog.value(), job->options);
            if (!deck) {
                job->error = deck.error().toString();
            } else {
                job->deck = std::move(deck.value());
            }
        }
        opened.value()->close();
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, &ReportsPage::exportDone);
    setBusy(true);
    m_deckStatus->setText(tr("Gathering the figures…"));
    m_worker->start();
}

void ReportsPage::cancelExport()
{
    if (m_job) {
        m_job->cancelled = true;
        m_deckStatus->setText(tr("Cancelling…"));
    }
}

void ReportsPage::exportDone()
{
    QThread *thread = m_worker;
    m_worker = nullptr;
    thread->deleteLater();
    const std::shared_ptr<Job> job = std::move(m_job);
    setBusy(false);
    if (job->cancelled) {
        m_deckStatus->setText(tr("Export cancelled; nothing was written."));
        Q_EMIT exportFinished(job->outPath, tr("cancelled"));
        return;
    }
    QString message = job->error;
    QString done;
    if (message.isEmpty() && job->deck) {
        // Drawing uses widgets (charts): on this thread.
        if (job->outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            Result<int> pages = DeckRenderer::writePdf(*job->deck, job->outPath);
            if (!pages) {
                message = pages.error().toString();
            } else {
                done = tr("Deck written: %1 (%n page(s)). Audit trail head: %2", nullptr,
                          pages.value())
                           .arg(QDir::toNativeSeparators(job->outPath), job->deck->audit.head);
            }
        } else {
            Result<QByteArray> workbook = reports::tablesXlsx(reports::reportTables(*job->deck));
            Status written = workbook ? reports::writeFileAtomically(job->outPath, *workbook)
                                      : Status(workbook.error());
            if (!written) {
                message = written.error().toString();
            } else {
                done = tr("Tables written: %1").arg(QDir::toNativeSeparators(job->outPath));
            }
        }
    }
    m_deckStatus->setText(message.isEmpty() ? done : tr("Export failed: %1").arg(message));
    Q_EMIT exportFinished(job->outPath, message);
}

void ReportsPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_exportDeck->setEnabled(!busy && m_project);
    m_exportWorkbook->setEnabled(!busy && m_project);
}

bool ReportsPage::isBusy() const
{
    return m_worker != nullptr;
}

QString ReportsPage::exportInventory(const QString &path)
{
    if (!m_project) {
        return {};
    }
    const Status status = writeWorkloadsCsv(m_project->workloads(), path);
    const QString message = status ? QString() : status.error().toString();
    m_status->setText(status ? tr("Written: %1").arg(QDir::toNativeSeparators(path)) : message);
    return message;
}

void ReportsPage::refresh()
{
    const bool hasWorkloads = m_project && m_project->workloadCount() > 0;
    m_exportInventory->setEnabled(hasWorkloads);
    if (!m_worker) {
        m_exportDeck->setEnabled(m_project);
        m_exportWorkbook->setEnabled(m_project);
    }
    if (!hasWorkloads) {
        m_status->setText(tr("The project has no workloads to export."));
    } else {
        m_status->clear();
    }
}

} // namespace boussole
