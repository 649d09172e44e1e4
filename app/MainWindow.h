#pragma once

#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace boussole {

class Page;
class Project;
class StartPage;

// The composition root of the GUI: owns the open project and its undo stack, builds the pages and
// wires them to the project. No business logic lives here.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // When false, errors are recorded (lastError) and shown in the status bar instead of a modal
    // message box: used by tests and by the screenshot command.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastError() const { return m_lastError; }

    bool openProject(const QString &path, bool readOnly = false);
    bool createProject(const QString &path, const QString &name);
    bool openDemo();
    void closeProject();
    bool saveProjectAs(const QString &path);
    // Imports files through the importers, on this thread; returns how many succeeded. The GUI
    // uses the import wizard (worker thread, progress, cancel); this serves tests and scripts.
    int importFiles(const QStringList &paths);
    // The import wizard, prefilled with paths (may be empty).
    void openImportWizard(const QStringList &paths);
    // Applies a name/client edit as one undoable step.
    void editProperties(const QString &name, const QString &client,
                        const std::optional<QString> &sector = std::nullopt);

    Project *project() const { return m_project.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    const std::vector<Page *> &pages() const { return m_pages; }
    Page *currentPage() const;
    void showPage(const QString &pageId);
    bool isStartPageShown() const;
    StartPage *startPage() const { return m_start; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    static QStringList recentProjects();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void updateState();
    void refreshPages();
    void reportError(const QString &message);
    void addRecentProject(const QString &path);
    void rebuildRecentMenu();

    void onNew();
    void onOpen();
    void onSaveAs();
    void onImport();
    void onProperties();
    void onSettings();
    void onAbout();

    std::unique_ptr<Project> m_project;
    QUndoStack *m_undoStack;
    QStackedWidget *m_central;
    StartPage *m_start;
    QWidget *m_projectView;
    QListWidget *m_navigation;
    QStackedWidget *m_pageStack;
    std::vector<Page *> m_pages;
    QSet<Page *> m_stalePages; // changed while hidden: refreshed when shown
    bool m_interactive = true;
    QString m_lastError;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_openDemo = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_import = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_properties = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;
    std::vector<QAction *> m_pageActions;
    QMenu *m_recentMenu = nullptr;
};

} // namespace boussole
