#include "views/dialogs/ImportWizard.h"

#include "models/importers/CsvInventoryImporter.h"
#include "models/importers/ImportJob.h"
#include "models/importers/ImportService.h"
#include "models/importers/io/CsvReader.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr int kPreviewRows = 15;

// The progress page is complete only once the job is done, so Next waits for it.
class ProgressPageWidget : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    bool done = false;
    bool isComplete() const override { return done; }
};

QString fieldLabel(WorkloadField field)
{
    switch (field) {
    case WorkloadField::Uuid:
        return ImportWizard::tr("Unique identifier");
    case WorkloadField::Name:
        return ImportWizard::tr("Name");
    case WorkloadField::Kind:
        return ImportWizard::tr("Kind");
    case WorkloadField::Vcpu:
        return ImportWizard::tr("vCPU");
    case WorkloadField::Memory:
        return ImportWizard::tr("Memory");
    case WorkloadField::Storage:
        return ImportWizard::tr("Storage (provisioned)");
    case WorkloadField::StorageUsed:
        return ImportWizard::tr("Storage (used)");
    case WorkloadField::GpuCount:
        return ImportWizard::tr("GPU count");
    case WorkloadField::GpuModel:
        return ImportWizard::tr("GPU model");
    case WorkloadField::Os:
        return ImportWizard::tr("Operating system");
    case WorkloadField::PowerState:
        return ImportWizard::tr("Power state");
    case WorkloadField::Template:
        return ImportWizard::tr("Template");
    case WorkloadField::Environment:
        return ImportWizard::tr("Environment");
    case WorkloadField::Criticality:
        return ImportWizard::tr("Criticality");
    case WorkloadField::DataClass:
        return ImportWizard::tr("Data class");
    case WorkloadField::Application:
        return ImportWizard::tr("Application");
    case WorkloadField::Site:
        return ImportWizard::tr("Site");
    case WorkloadField::Cluster:
        return ImportWizard::tr("Cluster");
    case WorkloadField::Region:
        return ImportWizard::tr("Region");
    case WorkloadField::Account:
        return ImportWizard::tr("Account or subscription");
    case WorkloadField::CostCentre:
        return ImportWizard::tr("Cost centre");
    case WorkloadField::Tags:
        return ImportWizard::tr("Tags");
    }
    return {};
}


} // namespace

ImportWizard::ImportWizard(QString projectPath, QStringList files, QWidget *parent)
    : QWizard(parent), m_projectPath(std::move(projectPath)),
      m_registry(ImporterRegistry::withBuiltins())
{
    setWindowTitle(tr("Import files"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setAcceptDrops(true);
    resize(900, 620);
    setPage(FilesPage, static_cast<QWizardPage *>(buildFilesPage()));
    setPage(PreviewPage, static_cast<QWizardPage *>(buildPreviewPage()));
    setPage(ProgressPage, static_cast<QWizardPage *>(buildProgressPage()));
    setPage(ReportPage, static_cast<QWizardPage *>(buildReportPage()));
    setStartId(FilesPage);
    addFiles(files);
}

ImportWizard::~ImportWizard() = default;

QWidget *ImportWizard::buildFilesPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Files to import"));
    page->setSubTitle(tr("Choose or drop inventory files. Boussole recognises the format from "
                         "the content; change it if the guess is wrong."));
    auto *layout = new QVBoxLayout(page);
    m_fileTable = new QTableWidget(0, 3, page);
    m_fileTable->setHorizontalHeaderLabels({tr("File"), tr("Size"), tr("Format")});
    m_fileTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fileTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fileTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileTable->verticalHeader()->hide();
    layout->addWidget(m_fileTable);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add files…"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    remove->setShortcut(QKeySequence::Delete);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    row->addWidget(new QLabel(tr("Format of the selected file:"), page));
    m_formatCombo = new QComboBox(page);
    m_formatCombo->addItem(tr("Detect automatically"), QString());
    for (const auto &importer : m_registry.importers()) {
        m_formatCombo->addItem(importer->displayName(), importer->formatId());
    }
    row->addWidget(m_formatCombo);
    layout->addLayout(row);

    connect(add, &QPushButton::clicked, this,
            [this] { addFiles(QFileDialog::getOpenFileNames(this, tr("Import files"))); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int current = m_fileTable->currentRow();
        if (current >= 0 && current < int(m_entries.size())) {
            m_entries.erase(m_entries.begin() + current);
            refreshFiles();
        }
    });
    connect(m_fileTable, &QTableWidget::currentCellChanged, this, [this](int current) {
        const QSignalBlocker blocker(m_formatCombo);
        m_formatCombo->setEnabled(current >= 0);
        if (current >= 0 && current < int(m_entries.size())) {
            m_formatCombo->setCurrentIndex(
                std::max(0, m_formatCombo->findData(m_entries[size_t(current)].chosen)));
        }
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int current = m_fileTable->currentRow();
        if (current >= 0) {
            setFormat(current, m_formatCombo->currentData().toString());
        }
    });
    return page;
}

QWidget *ImportWizard::buildPreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Preview and columns"));
    page->setSubTitle(tr("Check the first rows and which column fills which field. Your choices "
                         "apply to every table file of this import and can be saved for the next "
                         "export."));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("File:"), page));
    m_previewFile = new QComboBox(page);
    row->addWidget(m_previewFile, 1);
    layout->addLayout(row);
    m_previewNote = new QLabel(page);
    m_previewNote->setWordWrap(true);
    layout->addWidget(m_previewNote);
    m_preview = new QTableWidget(page);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 2);
    m_previewText = new QPlainTextEdit(page);
    m_previewText->setReadOnly(true);
    m_previewText->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_previewText, 2);

    m_mappingTable = new QTableWidget(0, 2, page);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->hide();
    layout->addWidget(m_mappingTable, 2);

    auto *buttons = new QHBoxLayout;
    auto *load = new QPushButton(tr("Load a mapping…"), page);
    load->setToolTip(
        tr("Read column choices saved earlier (YAML), as boussole import --mapping does"));
    auto *save = new QPushButton(tr("Save the mapping…"), page);
    save->setToolTip(tr("Keep these column choices in a YAML file for the next import"));
    buttons->addWidget(load);
    buttons->addWidget(save);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_previewFile, &QComboBox::currentIndexChanged, this,
            [this](int index) { showPreview(index); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the mapping"), tr("mapping.yaml"), tr("YAML files (*.yaml *.yml)"));
        if (path.isEmpty()) {
            return;
        }
        const Status saved = saveMapping(m_mapping, path);
        m_previewNote->setText(saved ? tr("Mapping saved to %1").arg(QDir::toNativeSeparators(path))
                                     : saved.error().toString());
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping"), QString(),
                                                          tr("YAML files (*.yaml *.yml)"));
        if (path.isEmpty()) {
            return;
        }
        auto loaded = loadMapping(path);
        if (!loaded) {
            m_previewNote->setText(loaded.error().toString());
            return;
        }
        m_mapping = loaded.value();
        showPreview(m_previewFile->currentIndex());
    });
    return page;
}

QWidget *ImportWizard::buildProgressPage()
{
    auto *page = new ProgressPageWidget(this);
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("Each file is imported whole or not at all. Cancelling leaves the "
                         "project as it was for the file in progress."));
    auto *layout = new QVBoxLayout(page);
    m_progressLabel = new QLabel(page);
    m_progressLabel->setWordWrap(true);
    layout->addWidget(m_progressLabel);
    m_progress = new QProgressBar(page);
    layout->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel the import"), page);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job) {
            m_job->cancel();
            m_cancel->setEnabled(false);
            m_progressLabel->setText(tr("Cancelling…"));
        }
    });
    return page;
}

QWidget *ImportWizard::buildReportPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Report"));
    page->setFinalPage(true);
    auto *layout = new QVBoxLayout(page);
    m_reportSummary = new QLabel(page);
    m_reportSummary->setWordWrap(true);
    layout->addWidget(m_reportSummary);
    m_report = new QTreeWidget(page);
    m_report->setHeaderLabels({tr("File or warning"), tr("Where")});
    m_report->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_report, 1);
    m_warningDetail = new QLabel(page);
    m_warningDetail->setWordWrap(true);
    m_warningDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_warningDetail);
    // Clicking a warning shows it whole, with its position, ready to copy.
    connect(m_report, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_warningDetail->setText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    return page;
}

void ImportWizard::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const bool known = std::any_of(m_entries.begin(), m_entries.end(),
                                       [&](const FileEntry &e) { return e.path == path; });
        if (known || path.isEmpty()) {
            continue;
        }
        FileEntry entry;
        entry.path = path;
        QString innerName;
        const QByteArray head = sniffHead(path, &innerName);
        const auto selected = m_registry.select(head, innerName);
        if (selected) {
            entry.detected = selected.value()->formatId();
        } else {
            entry.detectionError = selected.error().message;
        }
        m_entries.push_back(entry);
    }
    refreshFiles();
}

QStringList ImportWizard::files() const
{
    QStringList list;
    for (const FileEntry &entry : m_entries) {
        list << entry.path;
    }
    return list;
}

QString ImportWizard::formatOf(int i) const
{
    const FileEntry &entry = m_entries.at(size_t(i));
    return entry.chosen.isEmpty() ? entry.detected : entry.chosen;
}

void ImportWizard::setFormat(int i, const QString &formatId)
{
    if (i >= 0 && i < int(m_entries.size())) {
        m_entries[size_t(i)].chosen = formatId;
        refreshFiles();
    }
}

void ImportWizard::setMappingFor(const QString &header, std::optional<WorkloadField> field)
{
    // One header per field: choosing a field for this header takes it from any other.
    for (auto it = m_mapping.columns.begin(); it != m_mapping.columns.end();) {
        if (it->second == header || (field && it->first == *field)) {
            it = m_mapping.columns.erase(it);
        } else {
            ++it;
        }
    }
    m_mapping.ignored.removeAll(header);
    if (field) {
        m_mapping.columns[*field] = header;
    } else {
        m_mapping.ignored << header;
    }
}

void ImportWizard::refreshFiles()
{
    const int current = m_fileTable->currentRow();
    m_fileTable->setRowCount(int(m_entries.size()));
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const FileEntry &entry = m_entries[size_t(i)];
        auto *name = new QTableWidgetItem(QFileInfo(entry.path).fileName());
        name->setToolTip(QDir::toNativeSeparators(entry.path));
        m_fileTable->setItem(i, 0, name);
        auto *size =
            new QTableWidgetItem(QLocale().formattedDataSize(QFileInfo(entry.path).size()));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_fileTable->setItem(i, 1, size);
        const QString format = formatOf(i);
        const Importer *importer = m_registry.find(format);
        auto *formatItem =
            new QTableWidgetItem(importer ? importer->displayName() : tr("Not recognised"));
        if (!importer) {
            formatItem->setToolTip(entry.detectionError);
            formatItem->setForeground(QColor(0xb0, 0x30, 0x30));
        }
        m_fileTable->setItem(i, 2, formatItem);
    }
    if (!m_entries.empty()) {
        m_fileTable->setCurrentCell(std::clamp(current, 0, int(m_entries.size()) - 1), 0);
    }
    m_formatCombo->setEnabled(!m_entries.empty());
}

void ImportWizard::showPreview(int fileIndex)
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_mappingTable->setRowCount(0);
    m_previewText->clear();
    if (fileIndex < 0 || fileIndex >= int(m_entries.size())) {
        return;
    }
    const QString path = m_entries[size_t(fileIndex)].path;
    const QString format = formatOf(fileIndex);
    const bool tabular = format == u"csv";
    m_preview->setVisible(tabular);
    m_mappingTable->setVisible(tabular);
    m_previewText->setVisible(!tabular);

    if (!tabular) {
        // Other formats have their own structure: show the start of the file as text.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            QString text = QString::fromUtf8(file.read(16 * 1024));
            m_previewText->setPlainText(text.section(u'\n', 0, 59));
        }
        m_previewNote->setText(tr("Format: %1. The columns are fixed by the format.")
                                   .arg(m_registry.find(format)
                                            ? m_registry.find(format)->displayName()
                                            : tr("not recognised")));
        return;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_previewNote->setText(file.errorString());
        return;
    }
    CsvOptions options;
    options.fileName = QFileInfo(path).fileName();
    CsvReader reader(file, options);
    CsvRecord record;
    std::vector<QStringList> rows;
    while (int(rows.size()) <= kPreviewRows) {
        auto next = reader.next(record);
        if (!next) {
            m_previewNote->setText(next.error().toString());
            break;
        }
        if (!next.value()) {
            break;
        }
        rows.push_back(record.fields());
    }
    if (rows.empty()) {
        return;
    }
    m_previewHeaders = rows.front();
    m_preview->setColumnCount(int(m_previewHeaders.size()));
    m_preview->setHorizontalHeaderLabels(m_previewHeaders);
    m_preview->setRowCount(int(rows.size()) - 1);
    for (size_t r = 1; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < m_previewHeaders.size(); ++c) {
            m_preview->setItem(int(r) - 1, c, new QTableWidgetItem(rows[r][c]));
        }
    }
    m_preview->resizeColumnsToContents();

    auto resolved = CsvInventoryImporter::resolveMapping(m_previewHeaders, m_mapping);
    const QString encoding = reader.encoding() == CsvEncoding::Windows1252
                                 ? u"Windows-1252"_s
                                 : (reader.hadBom() ? tr("UTF-8 with BOM") : u"UTF-8"_s);
    const QString delimiter =
        reader.delimiter() == '\t' ? tr("tab") : QString(QLatin1Char(reader.delimiter()));
    m_previewNote->setText(resolved ? tr("Separator “%1”, encoding %2.").arg(delimiter, encoding)
                                    : resolved.error().message);
    m_mappingTable->setRowCount(int(m_previewHeaders.size()));
    for (int i = 0; i < m_previewHeaders.size(); ++i) {
        const QString header = m_previewHeaders[i];
        m_mappingTable->setItem(i, 0, new QTableWidgetItem(header));
        auto *combo = new QComboBox(m_mappingTable);
        combo->addItem(tr("(not imported)"), QString());
        for (WorkloadField field : kAllWorkloadFields) {
            combo->addItem(fieldLabel(field), fieldKey(field));
        }
        QString current;
        if (resolved) {
            for (const auto &[field, mapped] : resolved->columns) {
                if (mapped == header) {
                    current = fieldKey(field);
                }
            }
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, header, fileIndex] {
            setMappingFor(header, fieldFromKey(combo->currentData().toString()));
            // Re-resolve so that a field taken from another column shows there as not imported.
            QMetaObject::invokeMethod(
                this, [this, fileIndex] { showPreview(fileIndex); }, Qt::QueuedConnection);
        });
        m_mappingTable->setCellWidget(i, 1, combo);
    }
}

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage) {
        const QSignalBlocker blocker(m_previewFile);
        m_previewFile->clear();
        for (const FileEntry &entry : m_entries) {
            m_previewFile->addItem(QFileInfo(entry.path).fileName());
        }
        showPreview(0);
    } else if (id == ProgressPage) {
        startImport();
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilesPage) {
        if (m_entries.empty()) {
            return false;
        }
        for (int i = 0; i < int(m_entries.size()); ++i) {
            if (!m_registry.find(formatOf(i))) {
                m_fileTable->setCurrentCell(i, 0);
                return false;
            }
        }
    }
    return QWizard::validateCurrentPage();
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilesPage:
        return PreviewPage;
    case PreviewPage:
        return ProgressPage;
    case ProgressPage:
        return ReportPage;
    default:
        return -1;
    }
}

void ImportWizard::startImport()
{
    std::vector<ImportOptions> options;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        ImportOptions o;
        o.format = formatOf(i);
        if (o.format == u"csv" && !m_mapping.isEmpty()) {
            o.mapping = m_mapping;
        }
        options.push_back(o);
    }
    auto *page = static_cast<ProgressPageWidget *>(this->page(ProgressPage));
    page->done = false;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_job = std::make_unique<ImportJob>(m_projectPath, files(), options);
    connect(m_job.get(), &ImportJob::fileStarted, this, [this](int index, const QString &path) {
        m_progressLabel->setText(tr("File %1 of %2: %3")
                                     .arg(index + 1)
                                     .arg(m_entries.size())
                                     .arg(QFileInfo(path).fileName()));
    });
    connect(m_job.get(), &ImportJob::progress, this,
            [this](int index, qint64 bytes, qint64 total, qint64 rows) {
                const double share = total > 0 ? double(bytes) / double(total) : 0.0;
                m_progress->setValue(
                    int(1000.0 * (index + std::min(1.0, share)) / double(m_entries.size())));
                m_progress->setFormat(tr("%L1 rows").arg(rows));
            });
    connect(m_job.get(), &ImportJob::finished, this, &ImportWizard::onFinished);
    m_job->start();
}

void ImportWizard::onFinished()
{
    m_report->clear();
    int imported = 0;
    int warnings = 0;
    for (const ImportJob::FileResult &result : m_job->results()) {
        auto *item = new QTreeWidgetItem(m_report);
        const QString name = QFileInfo(result.path).fileName();
        if (result.summary) {
            ++imported;
            item->setText(0,
                          tr("%1: %n row(s) imported (%2)", nullptr, int(result.summary->rowCount))
                              .arg(name, result.summary->format));
            item->setData(0, Qt::UserRole, result.summary->toString());
            for (const ImportWarning &warning : result.summary->warnings) {
                ++warnings;
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, warning.message);
                child->setText(1,
                               warning.line > 0 ? tr("line %1").arg(warning.line) : warning.path);
                child->setData(0, Qt::UserRole, warning.toString(name));
            }
        } else {
            item->setText(0, tr("%1: not imported").arg(name));
            item->setForeground(0, QColor(0xb0, 0x30, 0x30));
            item->setData(0, Qt::UserRole, result.error ? result.error->toString() : QString());
            if (result.error) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, result.error->message);
                child->setData(0, Qt::UserRole, result.error->toString());
            }
        }
        item->setExpanded(true);
    }
    m_reportSummary->setText(
        tr("%1 of %n file(s) imported.", nullptr, int(m_job->results().size())).arg(imported) +
        u' ' + tr("%n warning(s).", nullptr, warnings));
    m_progress->setValue(1000);
    m_cancel->setEnabled(false);
    auto *page = static_cast<ProgressPageWidget *>(this->page(ProgressPage));
    page->done = true;
    Q_EMIT page->completeChanged();
    m_done = true;
    Q_EMIT importFinished(imported);
    next();
}

int ImportWizard::importedCount() const
{
    return m_job ? m_job->importedCount() : 0;
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && currentId() == FilesPage) {
        event->acceptProposedAction();
    }
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace boussole
