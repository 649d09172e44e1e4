#pragma once

#include <QWidget>

class QUndoStack;

namespace boussole {

class Project;

// One page of the project window. Pages read the project through its public API and send every edit
// through the undo stack; they refresh when the project reports a change.
class Page : public QWidget {
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr) : QWidget(parent) {}

    // A stable identifier, used for screenshots (<id>.png) and the remembered page.
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;

    // The project may be null (no project open). Not owned.
    virtual void setProject(Project *project, QUndoStack *undoStack)
    {
        m_project = project;
        m_undoStack = undoStack;
        refresh();
    }
    virtual void refresh() = 0;
    // True while the page still loads what it shows in the background (screenshots wait).
    virtual bool isBusy() const { return false; }

Q_SIGNALS:
    // Empty states and buttons ask the window for application-wide actions.
    void importRequested();
    void pageRequested(const QString &pageId);
    void editPropertiesRequested();

protected:
    Project *m_project = nullptr;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace boussole
