#pragma once

// Two parts of the Compliance page kept out of CompliancePage.cpp:
// - CoveredByBox, under the selected item: the answers other frameworks already give for it
//   through the crosswalk (compliance/Crosswalk.h), each with its link's basis, and buttons that
//   accept the suggestion for this item or for every unanswered item of the framework — each one
//   undo step through SetAssessmentCommand, so the audit trail records it;
// - CustomerGuidanceView, the "Your organisation" tab: the rules that apply to the organisation
//   itself (EU Data Act switching for everyone, the State's cloud doctrine for the public sector).

#include <QTextBrowser>
#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace boussole {

class Project;

namespace compliance {
struct Framework;
struct Item;
} // namespace compliance

class CoveredByBox : public QWidget {
    Q_OBJECT

public:
    explicit CoveredByBox(QWidget *parent = nullptr);

    // Shows what covers `item` (hidden when nothing does). Project and stack are not owned.
    void showItem(Project *project, QUndoStack *undoStack, const compliance::Framework *framework,
                  const compliance::Item *item);
    // One undo step each; nothing happens when there is nothing to accept.
    void acceptForItem();
    void acceptForFramework();

    // For tests.
    QLabel *label() const { return m_label; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *acceptAllButton() const { return m_acceptAll; }

private:
    void push(const QStringList &itemIds, bool onlyUnassessed);

    QLabel *m_label;
    QPushButton *m_accept;
    QPushButton *m_acceptAll;
    Project *m_project = nullptr;
    QUndoStack *m_undoStack = nullptr;
    const compliance::Framework *m_framework = nullptr;
    QString m_itemId;
};

class CustomerGuidanceView : public QTextBrowser {
    Q_OBJECT

public:
    explicit CustomerGuidanceView(QWidget *parent = nullptr);
    // The project may be null.
    void showProject(Project *project);
};

} // namespace boussole
