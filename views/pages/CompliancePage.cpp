#include "views/pages/CompliancePage.h"

#include "models/catalog/CatalogStore.h"
#include "models/commands/MergeAssessmentCommand.h"
#include "models/commands/SetAssessmentCommand.h"
#include "models/compliance/AssessmentExchange.h"
#include "models/compliance/ComplianceExport.h"
#include "models/compliance/Correspondence.h"
#include "models/compliance/Crosswalk.h"
#include "models/compliance/Framework.h"
#include "models/compliance/ProviderView.h"
#include "models/compliance/Scoring.h"
#include "models/itemmodels/ComplianceTreeModel.h"
#include "models/storage/ProjectFile.h"
#include "views/charts/BarChart.h"
#include "views/dialogs/MergeAssessmentDialog.h"

#include <QCheckBox>

#include <QComboBox>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace compliance;

namespace {

constexpr AssessmentStatus kStatuses[] = {AssessmentStatus::Unknown, AssessmentStatus::Compliant,
                                          AssessmentStatus::Partial, AssessmentStatus::NonCompliant,
                                          AssessmentStatus::NotApplicable};

QString language()
{
    return QLocale().name();
}

// Evidence list rows: the expiry date (QDate, invalid: none) and its EvidenceValidity.
constexpr int ExpiresRole = Qt::UserRole + 2;
constexpr int ValidityRole = Qt::UserRole + 3;

// A catalog certification id as people write it.
QString certificationName(const QString &id)
{
    static const QHash<QString, QString> names = {{u"secnumcloud"_s, u"SecNumCloud"_s},
                                                  {u"hds"_s, u"HDS"_s},
                                                  {u"iso27001"_s, u"ISO 27001"_s},
                                                  {u"iso27017"_s, u"ISO 27017"_s},
                                                  {u"iso27018"_s, u"ISO 27018"_s},
                                                  {u"c5"_s, u"C5"_s},
                                                  {u"soc2"_s, u"SOC 2"_s},
                                                  {u"pci-dss"_s, u"PCI DSS"_s}};
    return names.value(id, id.toUpper());
}

} // namespace

CompliancePage::CompliancePage(QWidget *parent)
    : Page(parent), m_frameworks(new QComboBox(this)), m_summary(new QLabel(this)),
      m_suggestion(new QLabel(this)), m_audit(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_search(new QLineEdit(this)), m_statusFilter(new QComboBox(this)),
      m_sovereignty(new QCheckBox(tr("Sovereignty items only"), this)),
      m_serviceModel(new QComboBox(this)), m_tree(new QTreeView(this)),
      m_model(new ComplianceTreeModel(this)), m_itemText(new QTextBrowser(this)),
      m_status(new QComboBox(this)), m_note(new QPlainTextEdit(this)),
      m_saveNote(new QPushButton(tr("Save"), this)), m_owner(new QLineEdit(this)),
      m_due(new QDateEdit(this)), m_evidence(new QListWidget(this)),
      m_attach(new QPushButton(tr("Attach a file…"), this)),
      m_export(new QPushButton(tr("Save a copy…"), this)), m_newExpiry(new QDateEdit(this)),
      m_evidenceExpiry(new QDateEdit(this)), m_setExpiry(new QPushButton(tr("Set"), this)),
      m_merge(new QPushButton(tr("Merge an assessment…"), this)),
      m_chapterChart(new BarChart(this)), m_chapterNote(new QLabel(this)),
      m_coverage(new QTableWidget(this)), m_coverageNote(new QLabel(this))
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);

    auto *head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Framework:"), this));
    m_frameworks->setMinimumContentsLength(36);
    m_frameworks->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    head->addWidget(m_frameworks);
    head->addWidget(m_summary, 1);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Statement of applicability (CSV)…"), this,
                          [this] { exportAssessment(false); });
    exportMenu->addAction(tr("Remediation plan (CSV)…"), this, [this] { exportAssessment(true); });
    exportMenu->addAction(tr("Assessment for another auditor (JSON)…"), this,
                          &CompliancePage::exportForAuditor);
    exportButton->setMenu(exportMenu);
    head->addWidget(exportButton);
    m_merge->setToolTip(tr("Merge the assessment another auditor exported: you settle each "
                           "conflict; the merge is one step you can undo, and it is logged in "
                           "the audit trail."));
    head->addWidget(m_merge);
    layout->addLayout(head);
    m_summary->setWordWrap(true);
    m_suggestion->setWordWrap(true);
    m_suggestion->setStyleSheet(u"color: palette(mid);"_s);
    layout->addWidget(m_suggestion);
    m_audit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_audit->setWordWrap(true);
    layout->addWidget(m_audit);
    layout->addWidget(m_tabs, 1);

    // Checklist tab.
    auto *checklist = new QWidget(this);
    auto *checkLayout = new QVBoxLayout(checklist);
    auto *filters = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search items"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_statusFilter->addItem(tr("Any status"));
    for (AssessmentStatus status : kStatuses) {
        m_statusFilter->addItem(assessmentStatusName(status), assessmentStatusId(status));
    }
    filters->addWidget(m_statusFilter);
    m_serviceModel->addItem(tr("Any service model"));
    for (const QString &model : serviceModels()) {
        m_serviceModel->addItem(model, model);
    }
    filters->addWidget(m_serviceModel);
    filters->addWidget(m_sovereignty);
    checkLayout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, checklist);
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ComplianceTreeModel::Title, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ComplianceTreeModel::Id, QHeaderView::ResizeToContents);
    m_tree->setToolTip(tr("Keys: 1 compliant, 2 partial, 3 non-compliant, 4 not applicable, "
                          "0 unknown"));
    splitter->addWidget(m_tree);

    // In a scroll area: the wrapped texts keep their height however small the window is.
    auto *detailScroll = new QScrollArea(splitter);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    auto *detail = new QWidget(detailScroll);
    auto *detailLayout = new QVBoxLayout(detail);
    // One read-only text for the item: it wraps and scrolls on its own at any size.
    m_itemText->setOpenLinks(false);
    m_itemText->setFrameShape(QFrame::NoFrame);
    m_itemText->setMinimumHeight(140);
    m_itemText->viewport()->setAutoFillBackground(false);
    detailLayout->addWidget(m_itemText, 1);
    m_coveredBy = new CoveredByBox(detail); // answers of other frameworks, to accept
    detailLayout->addWidget(m_coveredBy);
    auto *form = new QFormLayout;
    for (AssessmentStatus status : kStatuses) {
        m_status->addItem(assessmentStatusName(status), assessmentStatusId(status));
    }
    form->addRow(tr("&Status:"), m_status);
    m_owner->setPlaceholderText(tr("Who does it"));
    form->addRow(tr("&Owner:"), m_owner);
    // The earliest date stands for "no due date".
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(QDate(2000, 1, 1));
    m_due->setSpecialValueText(tr("none"));
    m_due->setDate(m_due->minimumDate());
    form->addRow(tr("&Due:"), m_due);
    detailLayout->addLayout(form);
    m_note->setPlaceholderText(tr("Note: what was checked, by whom, what is missing"));
    m_note->setMaximumHeight(90);
    detailLayout->addWidget(m_note);
    detailLayout->addWidget(m_saveNote, 0, Qt::AlignRight);
    auto *evidenceBox = new QGroupBox(tr("Evidence (drop files here)"), detail);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_attach);
    evidenceButtons->addWidget(m_export);
    evidenceButtons->addStretch();
    evidenceLayout->addLayout(evidenceButtons);
    // Expiry dates: the earliest date stands for "does not expire", as for the due date.
    auto *expiryForm = new QFormLayout;
    // The detail pane is narrow: a label goes above its editor rather than widen the pane.
    expiryForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QDateEdit *edit : {m_newExpiry, m_evidenceExpiry}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("does not expire"));
        edit->setDate(edit->minimumDate());
    }
    m_newExpiry->setToolTip(tr("The day the files you attach next stop being valid evidence (a "
                               "certificate's or an audit report's end of validity)."));
    expiryForm->addRow(tr("New files expire on:"), m_newExpiry);
    auto *selectedExpiry = new QHBoxLayout;
    selectedExpiry->addWidget(m_evidenceExpiry, 1);
    selectedExpiry->addWidget(m_setExpiry);
    m_evidenceExpiry->setToolTip(tr("The day the selected file stops being valid evidence; the "
                                    "earliest date means it does not expire."));
    m_setExpiry->setToolTip(tr("Set the selected file's expiry date (undoable, logged in the "
                               "audit trail)"));
    expiryForm->addRow(tr("Selected file expires on:"), selectedExpiry);
    evidenceLayout->addLayout(expiryForm);
    m_evidence->setMinimumHeight(80);
    detailLayout->addWidget(evidenceBox, 1);
    detailScroll->setWidget(detail);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 400});
    checkLayout->addWidget(splitter, 1);
    m_tabs->addTab(checklist, tr("Checklist"));

    // Chapters tab.
    auto *chapters = new QWidget(this);
    auto *chapterLayout = new QVBoxLayout(chapters);
    m_chapterNote->setWordWrap(true);
    m_chapterNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    chapterLayout->addWidget(m_chapterNote);
    m_chapterChart->setValueRange(0, 100);
    m_chapterChart->setBarLabelFormat(u"@value %"_s);
    m_chapterChart->setTopToBottom(true);
    chapterLayout->addWidget(m_chapterChart, 1);
    m_tabs->addTab(chapters, tr("By chapter"));

    // Providers tab.
    auto *providers = new QWidget(this);
    auto *providerLayout = new QVBoxLayout(providers);
    m_coverageNote->setWordWrap(true);
    providerLayout->addWidget(m_coverageNote);
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_coverage->verticalHeader()->hide();
    m_coverage->setAlternatingRowColors(true);
    providerLayout->addWidget(m_coverage, 1);
    m_tabs->addTab(providers, tr("Providers"));
    // The customer's side: rules that apply to the organisation itself (Data Act, doctrine).
    m_guidance = new CustomerGuidanceView(this);
    m_tabs->addTab(m_guidance, tr("Your organisation"));

    connect(m_frameworks, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating) {
            return;
        }
        m_model->setFramework(currentFramework());
        reloadAssessments();
        m_tree->expandAll();
        updateSummary();
        updateDetail();
    });
    connect(m_search, &QLineEdit::textChanged, this, &CompliancePage::updateFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CompliancePage::updateFilter);
    connect(m_serviceModel, &QComboBox::currentIndexChanged, this, &CompliancePage::updateFilter);
    connect(m_sovereignty, &QCheckBox::toggled, this, &CompliancePage::updateFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompliancePage::updateDetail);
    connect(m_status, &QComboBox::activated, this, [this] {
        if (const auto status = assessmentStatusFromId(m_status->currentData().toString())) {
            setStatusOfSelection(*status);
        }
    });
    connect(m_saveNote, &QPushButton::clicked, this, &CompliancePage::saveNote);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Attach evidence"));
        if (!files.isEmpty()) {
            attachFiles(files);
        }
    });
    connect(m_export, &QPushButton::clicked, this, &CompliancePage::exportEvidence);
    connect(m_evidence, &QListWidget::currentRowChanged, this, [this](int row) {
        m_export->setEnabled(row >= 0);
        updateEvidenceExpiryEditor();
    });
    connect(m_setExpiry, &QPushButton::clicked, this, [this] {
        const QDate date = m_evidenceExpiry->date();
        setExpiryOfSelectedEvidence(date == m_evidenceExpiry->minimumDate() ? QDate() : date);
    });
    connect(m_merge, &QPushButton::clicked, this, &CompliancePage::chooseMergeFile);

    // Keyboard review: a digit sets the status of the selected items.
    const std::pair<int, AssessmentStatus> keys[] = {{Qt::Key_1, AssessmentStatus::Compliant},
                                                     {Qt::Key_2, AssessmentStatus::Partial},
                                                     {Qt::Key_3, AssessmentStatus::NonCompliant},
                                                     {Qt::Key_4, AssessmentStatus::NotApplicable},
                                                     {Qt::Key_0, AssessmentStatus::Unknown}};
    for (const auto &[key, status] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(key), m_tree);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this,
                [this, status = status] { setStatusOfSelection(status); });
    }

    m_updating = true;
    for (const Framework &framework : embeddedFrameworks()) {
        m_frameworks->addItem(framework.name.in(language()), framework.id);
    }
    m_updating = false;
    m_model->setFramework(currentFramework());
    m_tree->expandAll();
}

const Framework *CompliancePage::currentFramework() const
{
    return findFramework(embeddedFrameworks(), m_frameworks->currentData().toString());
}

QString CompliancePage::currentItemId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid()
               ? current.siblingAtColumn(0).data(ComplianceTreeModel::ItemIdRole).toString()
               : QString();
}

bool CompliancePage::selectFramework(const QString &frameworkId)
{
    const int index = m_frameworks->findData(frameworkId);
    if (index < 0) {
        return false;
    }
    m_frameworks->setCurrentIndex(index);
    return true;
}

bool CompliancePage::selectItem(const QString &itemId)
{
    const QModelIndex index = m_model->indexOfItem(itemId);
    if (!index.isValid()) {
        return false;
    }
    m_tree->setCurrentIndex(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

QStringList CompliancePage::selectedItemIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows(0)) {
        const QString id = index.data(ComplianceTreeModel::ItemIdRole).toString();
        if (!id.isEmpty()) {
            ids << id;
        }
    }
    if (ids.isEmpty() && !currentItemId().isEmpty()) {
        ids << currentItemId();
    }
    return ids;
}

void CompliancePage::setStatusOfSelection(AssessmentStatus status)
{
    const Framework *framework = currentFramework();
    if (!m_project || !m_undoStack || !framework || m_project->readOnly()) {
        return;
    }
    ComplianceStore store(*m_project);
    std::vector<Assessment> values;
    for (const QString &id : selectedItemIds()) {
        Assessment value = store.assessment(framework->id, id).value_or(Assessment{});
        value.framework = framework->id;
        value.requirement = id;
        if (value.status == status) {
            continue;
        }
        value.status = status;
        values.push_back(std::move(value));
    }
    if (values.empty()) {
        return;
    }
    auto *command = new SetAssessmentCommand(m_project, std::move(values), defaultAuthor());
    m_undoStack->push(command);
}

void CompliancePage::saveNote()
{
    const Framework *framework = currentFramework();
    const QString id = currentItemId();
    if (!m_project || !m_undoStack || !framework || id.isEmpty() || m_project->readOnly()) {
        return;
    }
    Assessment value =
        ComplianceStore(*m_project).assessment(framework->id, id).value_or(Assessment{});
    value.framework = framework->id;
    value.requirement = id;
    const QDate due = m_due->date() == m_due->minimumDate() ? QDate() : m_due->date();
    if (value.note == m_note->toPlainText() && value.owner == m_owner->text().trimmed() &&
        value.due == due) {
        return;
    }
    value.note = m_note->toPlainText();
    value.owner = m_owner->text().trimmed();
    value.due = due;
    m_undoStack->push(new SetAssessmentCommand(m_project, {value}, defaultAuthor()));
}

void CompliancePage::attachFiles(const QStringList &paths)
{
    const Framework *framework = currentFramework();
    const QString id = currentItemId();
    if (!m_project || !m_undoStack || !framework || id.isEmpty() || m_project->readOnly()) {
        return;
    }
    QStringList problems;
    for (const QString &path : paths) {
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
            problems << tr("%1: cannot be read").arg(QFileInfo(path).fileName());
            continue;
        }
        const QDate expires =
            m_newExpiry->date() == m_newExpiry->minimumDate() ? QDate() : m_newExpiry->date();
        auto *command =
            new AddEvidenceCommand(m_project, framework->id, id, QFileInfo(path).fileName(),
                                   file.readAll(), defaultAuthor(), expires);
        m_undoStack->push(command);
    }
    // The date was for these files: the next ones start from "does not expire" again.
    m_newExpiry->setDate(m_newExpiry->minimumDate());
    if (!problems.isEmpty() && isVisible()) {
        QMessageBox::warning(this, tr("Evidence"), problems.join(u'\n'));
    }
}

void CompliancePage::setExpiryOfSelectedEvidence(const QDate &expires)
{
    QListWidgetItem *row = m_evidence->currentItem();
    if (!row || !m_project || !m_undoStack || m_project->readOnly()) {
        return;
    }
    const std::optional<EvidenceInfo> info =
        ComplianceStore(*m_project).evidenceInfo(row->data(Qt::UserRole).toString());
    if (!info || info->expires == expires) {
        return;
    }
    auto *command = new SetEvidenceExpiryCommand(m_project, *info, expires, defaultAuthor());
    command->setErrorHandler([page = QPointer(this)](const QString &message) {
        if (page) {
            page->warn(tr("Evidence"), message);
        }
    });
    m_undoStack->push(command);
}

void CompliancePage::updateEvidenceExpiryEditor()
{
    QListWidgetItem *row = m_evidence->currentItem();
    const bool writable = m_project && !m_project->readOnly();
    m_evidenceExpiry->setEnabled(row && writable);
    m_setExpiry->setEnabled(row && writable);
    const QDate expires = row ? row->data(ExpiresRole).toDate() : QDate();
    m_evidenceExpiry->setDate(expires.isValid() ? expires : m_evidenceExpiry->minimumDate());
}

void CompliancePage::warn(const QString &title, const QString &text)
{
    // Window-modal and not blocking: the page keeps running (and tests keep driving it).
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CompliancePage::exportForAuditor()
{
    const Framework *framework = currentFramework();
    if (!m_project || !framework) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the assessment for another auditor"),
        framework->id + u"-assessment.json"_s, tr("JSON files (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status s = compliance::exportAssessment(*m_project, framework->id, path, defaultAuthor());
        !s) {
        warn(tr("Export"), s.error().toString());
    }
}

MergeAssessmentDialog *CompliancePage::mergeDialog() const
{
    return m_mergeDialog;
}

void CompliancePage::chooseMergeFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Merge an assessment"), QString(),
                                                      tr("Assessment exports (*.json)"));
    if (!path.isEmpty()) {
        mergeFrom(path);
    }
}

MergeAssessmentDialog *CompliancePage::mergeFrom(const QString &path)
{
    if (!m_project || !m_undoStack || m_project->readOnly()) {
        return nullptr;
    }
    auto plan = planMerge(*m_project, path);
    if (!plan) {
        warn(tr("Merge an assessment"), plan.error().toString());
        return nullptr;
    }
    const Framework *framework = findFramework(embeddedFrameworks(), plan.value().framework);
    if (m_mergeDialog) {
        m_mergeDialog->deleteLater();
    }
    m_mergeDialog = new MergeAssessmentDialog(std::move(plan.value()), framework, this);
    m_mergeDialog->setAttribute(Qt::WA_DeleteOnClose);
    MergeAssessmentDialog *dialog = m_mergeDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_project || !m_undoStack) {
            return;
        }
        auto *command = new MergeAssessmentCommand(m_project, dialog->plan(), dialog->choices(),
                                                   defaultAuthor());
        command->setErrorHandler([page = QPointer(this)](const QString &message) {
            if (page) {
                page->warn(tr("Merge an assessment"), message);
            }
        });
        const int steps = m_undoStack->count();
        m_undoStack->push(command); // deletes the command if the merge failed
        if (m_undoStack->count() == steps) {
            return;
        }
        if (const Framework *merged = findFramework(embeddedFrameworks(), dialog->plan().framework);
            merged && merged != currentFramework()) {
            selectFramework(merged->id);
        }
    });
    dialog->open();
    return dialog;
}

void CompliancePage::exportEvidence()
{
    QListWidgetItem *item = m_evidence->currentItem();
    if (!item || !m_project) {
        return;
    }
    const QString id = item->data(Qt::UserRole).toString();
    auto content = ComplianceStore(*m_project).evidenceContent(id);
    if (!content) {
        return;
    }
    // Written out as a plain file for the user to open with a tool of their choice: Boussole
    // never opens or runs an evidence file itself.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of the evidence"),
                                                      item->data(Qt::UserRole + 1).toString());
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.value()) != content.value().size()) {
        QMessageBox::warning(this, tr("Evidence"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}

void CompliancePage::exportAssessment(bool remediationPlan)
{
    const Framework *framework = currentFramework();
    if (!m_project || !framework) {
        return;
    }
    const QString suggested =
        framework->id + (remediationPlan ? u"-remediation.csv"_s : u"-applicability.csv"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, remediationPlan ? tr("Export the remediation plan") : tr("Export the statement"),
        suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    ComplianceStore store(*m_project);
    const Status written = remediationPlan
                               ? writeRemediationPlan(*framework, store.assessments(framework->id),
                                                      store.head(), language(), path)
                               : writeStatementOfApplicability(
                                     *framework, store.assessments(framework->id),
                                     store.evidence(framework->id), store.head(), language(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Export"), written.error().toString());
    }
}

void CompliancePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !currentItemId().isEmpty() && m_project &&
        !m_project->readOnly()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
    event->ignore();
}

void CompliancePage::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            files << url.toLocalFile();
        }
    }
    if (!files.isEmpty()) {
        attachFiles(files);
        event->acceptProposedAction();
    }
}

void CompliancePage::updateFilter()
{
    ComplianceTreeModel::Filter filter;
    filter.text = m_search->text();
    if (m_statusFilter->currentIndex() > 0) {
        filter.status = assessmentStatusFromId(m_statusFilter->currentData().toString());
    }
    filter.sovereigntyOnly = m_sovereignty->isChecked();
    filter.serviceModel = m_serviceModel->currentData().toString();
    const QString current = currentItemId();
    m_model->setFilter(filter);
    m_tree->expandAll();
    if (!current.isEmpty()) {
        selectItem(current);
    }
    updateDetail();
}

void CompliancePage::reloadAssessments()
{
    const Framework *framework = currentFramework();
    if (!m_project || !framework) {
        m_model->setAssessments({}, {});
        m_model->setEvidenceAlerts({});
        m_model->setSuggestions({});
        return;
    }
    ComplianceStore store(*m_project);
    QHash<QString, int> evidence;
    QHash<QString, EvidenceTally> alerts;
    const QDate today = QDate::currentDate();
    for (const EvidenceInfo &info : store.evidence(framework->id)) {
        ++evidence[info.requirement];
        alerts[info.requirement].add(info, today);
    }
    const QString current = currentItemId();
    m_model->setAssessments(store.assessments(framework->id), evidence);
    m_model->setEvidenceAlerts(alerts);
    // Answers given in a linked framework, suggested on the items not assessed here yet.
    const std::vector<Assessment> all = store.assessments();
    const QString language = QLocale().name();
    QHash<QString, ComplianceTreeModel::Suggestion> suggestions;
    for (const Item &item : framework->items) {
        const std::vector<CoveredBy> coverage =
            coveredBy(embeddedCrosswalk(), all, framework->id, item.id);
        if (const std::optional<AssessmentStatus> suggested = suggestedStatus(coverage)) {
            QStringList sources;
            for (const CoveredBy &c : coverage) {
                sources << coveredByText(c, language);
            }
            suggestions.insert(item.id, {*suggested, sources.join(u'\n')});
        }
    }
    m_model->setSuggestions(suggestions);
    if (!current.isEmpty() && currentItemId() != current) {
        selectItem(current);
    }
}

void CompliancePage::updateSummary()
{
    const Framework *framework = currentFramework();
    if (!framework) {
        m_summary->clear();
        m_chapterNote->clear();
        m_chapterChart->setSeries({});
        return;
    }
    const std::vector<Assessment> assessments =
        m_project ? ComplianceStore(*m_project).assessments(framework->id)
                  : std::vector<Assessment>{};
    const FrameworkScore score = scoreFramework(*framework, assessments);
    QString text = tr("%1 %2, %3 (%4) — %n item(s)", nullptr, score.tally.items)
                       .arg(framework->publisher, framework->version,
                            QLocale().toString(framework->date, QLocale::ShortFormat),
                            !framework->verified      ? tr("structure not verified")
                            : framework->dateVerified ? tr("structure checked")
                                                      : tr("date from secondary sources"));
    text += u" · "_s + tr("%1 assessed").arg(score.tally.assessed) + u" · "_s;
    if (framework->passFail()) {
        text += u"<b>"_s + tr("%n blocking item(s)", nullptr, score.tally.blocking) + u"</b>"_s;
    } else {
        text += u"<b>"_s +
                tr("score %1 %").arg(QLocale().toString(score.tally.score.value_or(0), 'f', 1)) +
                u"</b>"_s;
        if (score.tally.blocking > 0) {
            text += u" · "_s + tr("%n non-compliant requirement(s)", nullptr, score.tally.blocking);
        }
    }
    if (m_project) {
        EvidenceTally evidence;
        const QDate today = QDate::currentDate();
        for (const EvidenceInfo &info : ComplianceStore(*m_project).evidence(framework->id)) {
            evidence.add(info, today);
        }
        if (evidence.expired > 0) {
            text += u" · <span style=\"color:#c62828\">⚠ "_s +
                    tr("%n evidence file(s) expired", nullptr, evidence.expired) + u"</span>"_s;
        }
        if (evidence.expiring > 0) {
            text += u" · <span style=\"color:#b26a00\">"_s +
                    tr("%n expiring within 30 days", nullptr, evidence.expiring) + u"</span>"_s;
        }
    }
    m_summary->setText(text);
    m_summary->setToolTip(framework->note.in(language()) + u"\n\n"_s + scoringMethod());
    updateChapterChart(score);

    if (m_project) {
        QMap<QString, int> dataClasses;
        for (const Workload &workload : m_project->workloads()) {
            if (!workload.dataClass.isEmpty()) {
                ++dataClasses[workload.dataClass];
            }
        }
        const std::vector<Suggestion> suggestions =
            suggestFrameworks(embeddedFrameworks(), m_project->meta(u"sector"_s), dataClasses);
        QStringList names;
        QString reasons;
        for (const Suggestion &suggestion : suggestions) {
            names << suggestion.framework->name.in(language());
            if (suggestion.framework == framework) {
                reasons = suggestion.reasons.join(u"; "_s);
            }
        }
        QString line = names.isEmpty()
                           ? tr("No framework is suggested by the sector or the "
                                "workloads' data classes.")
                           : tr("Suggested for this project: %1.").arg(names.join(u", "_s));
        if (!reasons.isEmpty()) {
            line += u' ' + tr("This one because %1.").arg(reasons);
        }
        m_suggestion->setText(line);

        const AuditCheck check = ComplianceStore(*m_project).verify();
        m_audit->setText(
            check.intact
                ? tr("Audit trail: %n entry(ies), intact. Head %1", nullptr, int(check.entries))
                      .arg(check.head)
                : u"<b style=\"color:#c62828\">"_s +
                      tr("Audit trail altered: %1").arg(check.problem.toHtmlEscaped()) + u"</b>"_s);
    } else {
        m_suggestion->clear();
        m_audit->clear();
    }
}

void CompliancePage::updateChapterChart(const FrameworkScore &score)
{
    const Framework &framework = *score.framework;
    CategorySeries series = chapterSeries(score, language());
    // The value in words beside each chapter too: bar labels alone do not survive every
    // rendering (projector, print, screenshots).
    for (qsizetype i = 0; i < series.categories.size(); ++i) {
        series.categories[i] +=
            u" · "_s + QLocale().toString(series.values[size_t(i)], 'f', 1) + u"\u202f%"_s;
    }
    QString note;
    if (framework.passFail()) {
        // A qualification is pass or fail for the provider: the bars are how far the customer's
        // own assessment has gone, which must not read as a certification level.
        series.title = tr("Your assessment progress by chapter (% of items assessed) — not a "
                          "certification score");
        note = u"<p><b>"_s +
               tr("%1 is pass or fail for the provider: %n blocking item(s).", nullptr,
                  score.tally.blocking)
                   .arg(framework.name.in(language()))
                   .toHtmlEscaped() +
               u"</b> "_s +
               tr("Each bar is the share of the chapter's items you have assessed (whatever "
                  "the status), %1 % overall. It measures your progress, not how close the "
                  "provider is to the qualification.")
                   .arg(QLocale().toString(assessmentProgress(score.tally).value_or(0), 'f', 1))
                   .toHtmlEscaped() +
               u"</p>"_s;
    } else {
        series.title = tr("Score by chapter (%)");
        note = u"<p><b>"_s +
               (score.tally.score
                    ? tr("Overall score: %1 %").arg(QLocale().toString(*score.tally.score, 'f', 1))
                    : tr("Overall score: none (nothing applicable)"))
                   .toHtmlEscaped() +
               u"</b></p>"_s;
    }
    note += u"<p>"_s + tr("Method: %1").arg(scoringMethod()).toHtmlEscaped() + u"</p>"_s;
    m_chapterNote->setText(note);
    m_chapterChart->setSeries(series);
}

void CompliancePage::updateDetail()
{
    const Framework *framework = currentFramework();
    const Item *item = framework ? framework->item(currentItemId()) : nullptr;
    const bool writable = m_project && !m_project->readOnly();
    m_coveredBy->showItem(m_project, m_undoStack, framework, item);
    m_status->setEnabled(item && writable);
    m_note->setEnabled(item && writable);
    m_owner->setEnabled(item && writable);
    m_due->setEnabled(item && writable);
    m_saveNote->setEnabled(item && writable);
    m_attach->setEnabled(item && writable);
    const QString selectedEvidence = m_evidence->currentItem()
                                         ? m_evidence->currentItem()->data(Qt::UserRole).toString()
                                         : QString();
    m_evidence->clear();
    m_export->setEnabled(false);
    updateEvidenceExpiryEditor();
    m_newExpiry->setEnabled(item && writable);
    if (!item) {
        m_itemText->setHtml(u"<p><b>"_s + tr("Select an item").toHtmlEscaped() + u"</b></p><p>"_s +
                            tr("Choose an item in the checklist to see what to check, set its "
                               "status, write a note and attach evidence. Select several items "
                               "to set their status at once.")
                                .toHtmlEscaped() +
                            u"</p>"_s);
        m_note->clear();
        return;
    }
    QStringList facts;
    facts << (item->type == ItemType::Requirement      ? tr("Requirement")
              : item->type == ItemType::Recommendation ? tr("Recommendation, not audited")
                                                       : tr("Definition, nothing to assess"));
    facts << (item->side == Side::Customer ? tr("your organisation's duty")
                                           : tr("the provider's duty"));
    if (item->sovereignty == Sovereignty::Core) {
        facts << tr("sovereignty");
    } else if (item->sovereignty == Sovereignty::Adjacent) {
        facts << tr("related to sovereignty");
    }
    if (item->applicability != serviceModels()) {
        facts << tr("only %1").arg(item->applicability.join(u", "_s));
    }
    if (!item->verified) {
        facts << tr("not verified against the official text");
    }
    if (item->draftWording) {
        facts << tr("draft wording");
    }
    if (const Section *section = framework->section(item->section)) {
        facts << section->id + u' ' + section->title.in(language());
    }

    // The same question in other frameworks, with the answers already given there.
    QStringList related;
    for (const auto &[ref, group] : embeddedCorrespondences().related(framework->id, item->id)) {
        const Framework *other = findFramework(embeddedFrameworks(), ref.framework);
        AssessmentStatus status = AssessmentStatus::Unknown;
        if (m_project) {
            if (const auto a = ComplianceStore(*m_project).assessment(ref.framework, ref.item)) {
                status = a->status;
            }
        }
        related << tr("%1 %2 (%3)")
                       .arg(other ? other->name.in(language()) : ref.framework, ref.item,
                            assessmentStatusName(status));
    }
    QString html = u"<p style=\"font-size:large\"><b>"_s +
                   (item->id + u"  "_s + item->title.in(language())).toHtmlEscaped() +
                   u"</b></p><p style=\"color:gray\">"_s + facts.join(u" · "_s).toHtmlEscaped() +
                   u"</p><p>"_s + item->guidance.in(language()).toHtmlEscaped() + u"</p>"_s;
    if (!related.isEmpty()) {
        html += u"<p>"_s + tr("Also asked by: %1.").arg(related.join(u"; "_s)).toHtmlEscaped() +
                u" <i>("_s + embeddedCorrespondences().note.in(language()).toHtmlEscaped() +
                u")</i></p>"_s;
    }
    m_itemText->setHtml(html);
    Assessment value;
    if (m_project) {
        value = ComplianceStore(*m_project).assessment(framework->id, item->id).value_or(value);
    }
    m_status->setCurrentIndex(m_status->findData(assessmentStatusId(value.status)));
    if (m_note->toPlainText() != value.note) {
        m_note->setPlainText(value.note);
    }
    m_owner->setText(value.owner);
    m_due->setDate(value.due.isValid() ? value.due : m_due->minimumDate());
    if (m_project) {
        const QDate today = QDate::currentDate();
        for (const EvidenceInfo &info :
             ComplianceStore(*m_project).evidence(framework->id, item->id)) {
            QString text =
                tr("%1 — %2 bytes, SHA-256 %3…, %4")
                    .arg(info.fileName, QLocale().toString(info.size), info.sha256.left(16),
                         QLocale().toString(info.addedAt.toLocalTime(), QLocale::ShortFormat));
            QString tip = tr("SHA-256 %1, added by %2").arg(info.sha256, info.addedBy);
            const QString date = QLocale().toString(info.expires, QLocale::ShortFormat);
            const EvidenceValidity validity = evidenceValidity(info.expires, today);
            QColor colour;
            switch (validity) {
            case EvidenceValidity::NoExpiry:
                break;
            case EvidenceValidity::Valid:
                text += u" — "_s + tr("expires on %1").arg(date);
                break;
            case EvidenceValidity::Expiring:
                // The state first: the list is narrow and the rest of the line may be cut.
                text = u"⚠ "_s +
                       tr("expires on %1, in %n day(s)", nullptr, int(today.daysTo(info.expires)))
                           .arg(date) +
                       u" — "_s + text;
                tip += u"\n"_s + tr("Expires within 30 days: plan its renewal.");
                colour = QColor(0xb2, 0x6a, 0x00);
                break;
            case EvidenceValidity::Expired:
                text = u"⚠ "_s + tr("EXPIRED on %1").arg(date) + u" — "_s + text;
                tip += u"\n"_s + tr("Expired: this file no longer proves the requirement; "
                                    "attach a renewed one.");
                colour = QColor(0xc6, 0x28, 0x28);
                break;
            }
            auto *row = new QListWidgetItem(text, m_evidence);
            if (colour.isValid()) {
                row->setForeground(colour);
            }
            row->setData(Qt::UserRole, info.id);
            row->setData(Qt::UserRole + 1, info.fileName);
            row->setData(ExpiresRole, info.expires);
            row->setData(ValidityRole, int(validity));
            row->setToolTip(tip);
            if (info.id == selectedEvidence) {
                m_evidence->setCurrentItem(row);
            }
        }
    }
}

void CompliancePage::fillCoverage()
{
    m_coverage->clear();
    auto loaded = catalog::catalogInUse();
    if (!loaded) {
        m_coverageNote->setText(
            tr("The price catalog cannot be read: %1").arg(loaded.error().message));
        m_coverage->setRowCount(0);
        return;
    }
    const catalog::Catalog &catalog = loaded.value();
    const QDate today = QDate::currentDate();
    const QStringList columns = certificationColumns(catalog);
    std::vector<const Framework *> passFail;
    for (const Framework &framework : embeddedFrameworks()) {
        if (framework.passFail()) {
            passFail.push_back(&framework);
        }
    }
    QStringList headers = {tr("Provider"), tr("Jurisdiction"), tr("Extra-EU law")};
    for (const QString &column : columns) {
        headers << certificationName(column);
    }
    for (const Framework *framework : passFail) {
        headers << tr("%1: blocking").arg(framework->name.in(language()));
    }
    m_coverage->setColumnCount(int(headers.size()));
    m_coverage->setHorizontalHeaderLabels(headers);
    const auto matrix = coverageMatrix(catalog, columns, today);
    m_coverage->setRowCount(int(matrix.size()));
    for (int row = 0; row < int(matrix.size()); ++row) {
        const ProviderCoverage &line = matrix[size_t(row)];
        const catalog::Provider &provider = *line.provider;
        int column = 0;
        auto set = [&](const QString &text, const QString &tip = {}, const QColor &colour = {}) {
            auto *cell = new QTableWidgetItem(text);
            cell->setToolTip(tip);
            if (colour.isValid()) {
                cell->setForeground(colour);
            }
            m_coverage->setItem(row, column++, cell);
        };
        set(provider.name.isEmpty() ? provider.id : provider.name);
        set(provider.jurisdiction, provider.parent);
        set(provider.extraEuLawExposure ? tr("exposed") : tr("not exposed"),
            provider.exposureNote +
                (provider.exposureSource.verified
                     ? QString()
                     : u"\n"_s + tr("Not verified: %1").arg(provider.exposureSource.url)),
            provider.extraEuLawExposure ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
        for (const CoverageCell &cell : line.cells) {
            QString text;
            switch (cell.coverage) {
            case Coverage::Full:
                text = tr("yes");
                break;
            case Coverage::Partial:
                text = tr("some offers");
                break;
            case Coverage::Expired:
                text = tr("expired");
                break;
            case Coverage::None:
                text = QString();
                break;
            }
            if (cell.certificate && !cell.verified) {
                text += u" *"_s;
            }
            QString tip;
            if (cell.certificate) {
                tip = cell.certificate->scope;
                if (!cell.certificate->reference.isEmpty()) {
                    tip += u"\n"_s + tr("Reference: %1").arg(cell.certificate->reference);
                }
                if (cell.certificate->expires.isValid()) {
                    tip += u"\n"_s + tr("Expires: %1")
                                         .arg(QLocale().toString(cell.certificate->expires,
                                                                 QLocale::ShortFormat));
                }
                tip += u"\n"_s + cell.certificate->source.url;
            }
            set(text, tip);
        }
        for (const Framework *framework : passFail) {
            for (const ProviderStanding &standing : providerStandings(catalog, *framework, today)) {
                if (standing.provider != &provider) {
                    continue;
                }
                QString text = standing.coverage == Coverage::Full ? tr("holds it")
                               : standing.coverage == Coverage::Partial
                                   ? tr("holds it for some offers")
                                   : tr("%n blocking item(s)", nullptr, standing.blocking);
                QString tip;
                if (!standing.ruledOut.isEmpty()) {
                    text += u" ⚠"_s;
                    tip = tr("Under extra-EU law: %1 cannot be met")
                              .arg(standing.ruledOut.join(u", "_s));
                }
                set(text, tip,
                    standing.blocking == 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
            }
        }
    }
    m_coverage->resizeColumnsToContents();
    m_coverageNote->setText(
        tr("Certifications from the price catalog (%1), as of %2. * not verified against the "
           "issuer's list: check before relying on it. A qualification is pass or fail: a "
           "provider without one has every provider-side requirement blocking.")
            .arg(catalog.id, QLocale().toString(today, QLocale::ShortFormat)));
}

void CompliancePage::refresh()
{
    if (m_project != m_shownProject) {
        // A project just opened: mark the frameworks its sector and data classes call for, and
        // start on the most demanding of them (a qualification before a checklist).
        m_shownProject = m_project;
        std::vector<Suggestion> suggestions;
        if (m_project) {
            QMap<QString, int> dataClasses;
            for (const Workload &workload : m_project->workloads()) {
                if (!workload.dataClass.isEmpty()) {
                    ++dataClasses[workload.dataClass];
                }
            }
            suggestions =
                suggestFrameworks(embeddedFrameworks(), m_project->meta(u"sector"_s), dataClasses);
        }
        m_updating = true;
        const Framework *best = nullptr;
        for (int i = 0; i < m_frameworks->count(); ++i) {
            const Framework *framework =
                findFramework(embeddedFrameworks(), m_frameworks->itemData(i).toString());
            const bool suggested =
                std::any_of(suggestions.begin(), suggestions.end(),
                            [&](const Suggestion &s) { return s.framework == framework; });
            m_frameworks->setItemText(
                i, suggested ? tr("%1 (suggested)").arg(framework->name.in(language()))
                             : framework->name.in(language()));
            if (suggested && (!best || int(framework->kind) < int(best->kind))) {
                best = framework;
            }
        }
        m_updating = false;
        if (best && currentFramework() != best) {
            selectFramework(best->id); // reloads through currentIndexChanged
        }
    }
    m_merge->setEnabled(m_project && !m_project->readOnly());
    reloadAssessments();
    updateSummary();
    updateDetail();
    m_guidance->showProject(m_project);
    if (m_coverage->rowCount() == 0) {
        fillCoverage();
    }
}

} // namespace boussole
