#pragma once

#include "models/compliance/ComplianceStore.h"
#include "views/pages/ComplianceCrosswalkWidgets.h"
#include "views/pages/Page.h"

#include <QCoreApplication>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeView;

namespace boussole {

class BarChart;
class ComplianceTreeModel;
class MergeAssessmentDialog;

namespace compliance {
struct Framework;
struct FrameworkScore;
} // namespace compliance

// Compliance checklists: pick a framework (the ones the project's sector and data classes call
// for are marked), walk its chapters and items, set statuses (several items at once, or with the
// keys 1–4 and 0), write notes and attach evidence files (button or drag and drop) with the date
// they expire, which can be changed later; expired and soon expiring evidence is flagged. Another
// auditor's export can be merged, conflict by conflict. Every change is undoable and appended to
// the audit trail, whose head and state the page shows. A second tab charts the score per chapter
// (for a qualification, the customer's assessment progress — never a certification percentage);
// a third holds the provider side: the catalog's certifications per provider, exposure to extra-EU
// law and, for qualifications, blocking items.
class CompliancePage : public Page {
    Q_OBJECT

public:
    explicit CompliancePage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("compliance"); }
    // The placeholder page's title, already translated.
    QString title() const override
    {
        return QCoreApplication::translate("boussole::GuidancePage", "Compliance");
    }
    void refresh() override;

    bool selectFramework(const QString &frameworkId);
    bool selectItem(const QString &itemId);
    // The selected items' ids (items only, not chapters).
    QStringList selectedItemIds() const;
    // One undoable step for every selected item.
    void setStatusOfSelection(compliance::AssessmentStatus status);
    // Saves the note, owner and due date of the current item (one undoable step).
    void saveNote();
    // Stores the files as evidence of the current item (one undoable step each), expiring on the
    // date set for new files (none by default).
    void attachFiles(const QStringList &paths);
    // Sets (or clears, with an invalid date) the expiry of the evidence file selected in the
    // list: one undoable step.
    void setExpiryOfSelectedEvidence(const QDate &expires);
    // Reads another auditor's export and opens the merge dialog on it (window-modal, not
    // blocking); accepting it applies the merge as one undoable step. Null when the file cannot
    // be merged (a message says why).
    MergeAssessmentDialog *mergeFrom(const QString &path);

    // For tests.
    QComboBox *frameworkCombo() const { return m_frameworks; }
    QTreeView *tree() const { return m_tree; }
    ComplianceTreeModel *model() const { return m_model; }
    QComboBox *statusCombo() const { return m_status; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QDateEdit *dueEdit() const { return m_due; }
    QListWidget *evidenceList() const { return m_evidence; }
    QTableWidget *coverageTable() const { return m_coverage; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *auditLabel() const { return m_audit; }
    QLabel *suggestionLabel() const { return m_suggestion; }
    QTextBrowser *itemText() const { return m_itemText; }
    CoveredByBox *coveredByBox() const { return m_coveredBy; }
    CustomerGuidanceView *guidanceView() const { return m_guidance; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusFilterCombo() const { return m_statusFilter; }
    QCheckBox *sovereigntyCheck() const { return m_sovereignty; }
    QComboBox *serviceModelCombo() const { return m_serviceModel; }
    QTabWidget *tabs() const { return m_tabs; }
    QDateEdit *newEvidenceExpiryEdit() const { return m_newExpiry; }
    QDateEdit *evidenceExpiryEdit() const { return m_evidenceExpiry; }
    QPushButton *setExpiryButton() const { return m_setExpiry; }
    QPushButton *mergeButton() const { return m_merge; }
    MergeAssessmentDialog *mergeDialog() const;
    BarChart *chapterChart() const { return m_chapterChart; }
    QLabel *chapterNote() const { return m_chapterNote; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    const compliance::Framework *currentFramework() const;
    QString currentItemId() const;
    void reloadAssessments();
    void updateSummary();
    void updateDetail();
    void updateFilter();
    void fillCoverage();
    void exportEvidence();
    void exportAssessment(bool remediationPlan);
    void exportForAuditor();
    void chooseMergeFile();
    void updateChapterChart(const compliance::FrameworkScore &score);
    void updateEvidenceExpiryEditor();
    void warn(const QString &title, const QString &text);

    QComboBox *m_frameworks;
    QLabel *m_summary;
    QLabel *m_suggestion;
    QLabel *m_audit;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QCheckBox *m_sovereignty;
    QComboBox *m_serviceModel;
    QTreeView *m_tree;
    ComplianceTreeModel *m_model;
    QTextBrowser *m_itemText;
    CoveredByBox *m_coveredBy = nullptr;        // under the item: answers of other frameworks
    CustomerGuidanceView *m_guidance = nullptr; // the "Your organisation" tab
    QComboBox *m_status;
    QPlainTextEdit *m_note;
    QPushButton *m_saveNote;
    QLineEdit *m_owner;
    QDateEdit *m_due;
    QListWidget *m_evidence;
    QPushButton *m_attach;
    QPushButton *m_export;
    QDateEdit *m_newExpiry;
    QDateEdit *m_evidenceExpiry;
    QPushButton *m_setExpiry;
    QPushButton *m_merge;
    QPointer<MergeAssessmentDialog> m_mergeDialog;
    BarChart *m_chapterChart;
    QLabel *m_chapterNote;
    QTableWidget *m_coverage;
    QLabel *m_coverageNote;
    bool m_updating = false;
    const Project *m_shownProject = nullptr;
};

} // namespace boussole
