#include "app/MainWindow.h"

#include "app/Language.h"
#include "models/commands/SetProjectFieldCommand.h"
#include "models/demo/DemoProject.h"
#include "models/domain/ThirdParty.h"
#include "models/domain/Version.h"
#include "models/importers/ImportService.h"
#include "models/storage/ProjectFile.h"
#include "views/StartPage.h"
#include "views/dialogs/ImportWizard.h"
#include "views/dialogs/ProjectPropertiesDialog.h"
#include "views/dialogs/SettingsDialog.h"
#include "views/pages/ComparisonPage.h"
#include "views/pages/CompliancePage.h"
#include "views/pages/CostsPage.h"
#include "views/pages/GuidancePage.h"
#include "views/pages/InventoryPage.h"
#include "views/pages/MigrationPage.h"
#include "views/pages/OverviewPage.h"
#include "views/pages/ReportsPage.h"
#include "views/pages/ScenariosPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr int kMaxRecent = 10;
const QString kRecentKey = u"recentProjects"_s;

QString projectFilter()
{
    return MainWindow::tr("Boussole projects (*.boussole)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this)), m_central(new QStackedWidget(this)),
      m_start(new StartPage(this)), m_projectView(new QWidget(this)),
      m_navigation(new QListWidget(this)), m_pageStack(new QStackedWidget(this))
{
    setWindowTitle(u"Boussole"_s);
    setAcceptDrops(true);
    setCentralWidget(m_central);
    m_central->addWidget(m_start);
    m_central->addWidget(m_projectView);

    auto *splitter = new QSplitter(this);
    auto *layout = new QHBoxLayout(m_projectView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pageStack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(260);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(3);

    // clang-format off
    m_pages = {new OverviewPage(this),
               new InventoryPage(this),
               new CostsPage(this),
               new ComparisonPage(this),
               new ScenariosPage(this),
               new CompliancePage(this),
               new MigrationPage(this),
               new ReportsPage(this)};
    // clang-format on
    for (Page *page : m_pages) {
        m_pageStack->addWidget(page);
        m_navigation->addItem(page->title());
        connect(page, &Page::importRequested, this, &MainWindow::onImport);
        connect(page, &Page::pageRequested, this, &MainWindow::showPage);
        connect(page, &Page::editPropertiesRequested, this, &MainWindow::onProperties);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pageStack->setCurrentIndex(row);
        // A page hidden when the project changed catches up when it is shown.
        if (row >= 0 && row < int(m_pages.size()) && m_stalePages.remove(m_pages[size_t(row)])) {
            m_pages[size_t(row)]->refresh();
        }
    });
    m_navigation->setCurrentRow(0);

    connect(m_start, &StartPage::newRequested, this, &MainWindow::onNew);
    connect(m_start, &StartPage::openRequested, this, &MainWindow::onOpen);
    connect(m_start, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::recentActivated, this,
            [this](const QString &path) { openProject(path); });

    buildActions();
    buildMenus();
    statusBar();

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(u"window/splitter"_s, splitter->saveState()); });
    m_start->setRecentProjects(recentProjects());
    updateState();
}

MainWindow::~MainWindow()
{
    // Pages hold a raw pointer to the project: detach them before it goes.
    closeProject();
}

void MainWindow::buildActions()
{
    m_new = new QAction(tr("&New project…"), this);
    m_new->setShortcut(QKeySequence::New);
    connect(m_new, &QAction::triggered, this, &MainWindow::onNew);

    m_open = new QAction(tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::onOpen);

    m_openDemo = new QAction(tr("Open the &demo project"), this);
    connect(m_openDemo, &QAction::triggered, this, &MainWindow::openDemo);

    m_saveAs = new QAction(tr("Save &as…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_saveAs->setToolTip(tr("Copy the project to a new file and continue there"));
    connect(m_saveAs, &QAction::triggered, this, &MainWindow::onSaveAs);

    m_import = new QAction(tr("&Import a file…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::onImport);

    m_close = new QAction(tr("&Close project"), this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeProject);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_properties = new QAction(tr("Project &properties…"), this);
    connect(m_properties, &QAction::triggered, this, &MainWindow::onProperties);

    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::onSettings);

    m_fullScreen = new QAction(tr("&Full screen"), this);
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    m_fullScreen->setCheckable(true);
    connect(m_fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    for (size_t i = 0; i < m_pages.size(); ++i) {
        auto *action = new QAction(m_pages[i]->title(), this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + int(i))));
        const QString id = m_pages[i]->pageId();
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
        m_pageActions.push_back(action);
    }

    m_about = new QAction(tr("&About Boussole"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::onAbout);
    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(m_openDemo);
    file->addSeparator();
    file->addAction(m_import);
    file->addSeparator();
    file->addAction(m_saveAs);
    file->addAction(m_close);
    file->addSeparator();
    file->addAction(m_quit);
    rebuildRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_properties);
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : m_pageActions) {
        view->addAction(action);
    }
    view->addSeparator();
    view->addAction(m_fullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::updateState()
{
    const bool open = m_project != nullptr;
    const bool writable = open && !m_project->readOnly();
    m_central->setCurrentWidget(open ? m_projectView : static_cast<QWidget *>(m_start));
    m_saveAs->setEnabled(open);
    m_close->setEnabled(open);
    m_import->setEnabled(writable);
    m_properties->setEnabled(writable);
    for (QAction *action : m_pageActions) {
        action->setEnabled(open);
    }
    if (open) {
        QString title = tr("%1 — Boussole").arg(m_project->name());
        if (m_project->readOnly()) {
            title += QLatin1Char(' ') + tr("(read-only)");
        }
        setWindowTitle(title);
        setWindowFilePath(m_project->path());
    } else {
        setWindowTitle(u"Boussole"_s);
        setWindowFilePath(QString());
    }
}

void MainWindow::refreshPages()
{
    // Only the page on screen refreshes at once: the others (a comparison, the scenarios, the
    // plan) would recompute on every edit for nothing; they refresh when shown.
    for (Page *page : m_pages) {
        if (page == m_pageStack->currentWidget()) {
            page->refresh();
        } else {
            m_stalePages.insert(page);
        }
    }
    updateState();
}

void MainWindow::reportError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    if (m_interactive) {
        QMessageBox::warning(this, tr("Boussole"), message);
    }
}

QStringList MainWindow::recentProjects()
{
    QStringList kept;
    const QStringList stored = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !kept.contains(path)) {
            kept << path;
        }
    }
    return kept;
}

void MainWindow::addRecentProject(const QString &path)
{
    QStringList list = recentProjects();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent) {
        list.removeLast();
    }
    QSettings().setValue(kRecentKey, list);
    m_start->setRecentProjects(list);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu) {
        return;
    }
    m_recentMenu->clear();
    const QStringList list = recentProjects();
    for (const QString &path : list) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!list.isEmpty());
}

bool MainWindow::openProject(const QString &path, bool readOnly)
{
    Project::OpenOptions options;
    options.readOnly = readOnly;
    auto opened = Project::open(path, options);
    if (!opened) {
        reportError(opened.error().toString());
        return false;
    }
    closeProject();
    m_project = std::move(opened.value());
    connect(m_project.get(), &Project::changed, this, &MainWindow::refreshPages);
    m_stalePages.clear();
    for (Page *page : m_pages) {
        page->setProject(m_project.get(), m_undoStack);
    }
    addRecentProject(path);
    updateState();
    QStringList notes;
    if (m_project->readOnly() && !readOnly) {
        notes << tr("The file cannot be written: it is open read-only.");
    }
    if (!m_project->networkShareWarning().isEmpty()) {
        notes << m_project->networkShareWarning();
    }
    if (!notes.isEmpty()) {
        statusBar()->showMessage(notes.join(u' '), 30000);
        if (m_interactive) {
            QMessageBox::information(this, tr("Boussole"), notes.join(u"\n\n"_s));
        }
    }
    const QString lastPage = QSettings().value(u"window/page"_s).toString();
    showPage(lastPage.isEmpty() ? u"overview"_s : lastPage);
    return true;
}

bool MainWindow::createProject(const QString &path, const QString &name)
{
    auto created = Project::create(path, name);
    if (!created) {
        reportError(created.error().toString());
        return false;
    }
    created.value()->close();
    return openProject(path);
}

bool MainWindow::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"demo.boussole"_s);
    if (!QFileInfo::exists(path)) {
        const Status status = createDemoProject(path);
        if (!status) {
            reportError(status.error().toString());
            return false;
        }
    }
    return openProject(path);
}

void MainWindow::closeProject()
{
    if (!m_project) {
        return;
    }
    if (Page *page = currentPage()) {
        QSettings().setValue(u"window/page"_s, page->pageId());
    }
    m_stalePages.clear();
    for (Page *page : m_pages) {
        page->setProject(nullptr, nullptr);
    }
    // Commands hold a pointer to the project: the history ends with it.
    m_undoStack->clear();
    m_project->disconnect(this);
    m_project->close();
    m_project.reset();
    updateState();
}

bool MainWindow::saveProjectAs(const QString &path)
{
    if (!m_project) {
        return false;
    }
    const Status status = m_project->saveAs(path);
    if (!status) {
        reportError(status.error().toString());
        return false;
    }
    addRecentProject(path);
    refreshPages();
    return true;
}

int MainWindow::importFiles(const QStringList &paths)
{
    if (!m_project || m_project->readOnly()) {
        reportError(tr("Open a writable project before importing files."));
        return 0;
    }
    int imported = 0;
    QStringList errors;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString &path : paths) {
        auto result = importFile(*m_project, path, ImportOptions{});
        if (result) {
            ++imported;
        } else {
            errors << result.error().toString();
        }
    }
    QApplication::restoreOverrideCursor();
    if (!errors.isEmpty()) {
        reportError(errors.join(u'\n'));
    } else if (imported > 0) {
        statusBar()->showMessage(tr("%n file(s) imported", nullptr, imported), 10000);
    }
    return imported;
}

void MainWindow::editProperties(const QString &name, const QString &client,
                                const std::optional<QString> &sector)
{
    if (!m_project) {
        return;
    }
    const bool nameChanged = name != m_project->name();
    const bool clientChanged = client != m_project->client();
    const bool sectorChanged = sector && *sector != m_project->meta(u"sector"_s);
    if (!nameChanged && !clientChanged && !sectorChanged) {
        return;
    }
    m_undoStack->beginMacro(tr("Edit project properties"));
    if (nameChanged) {
        m_undoStack->push(
            new SetProjectFieldCommand(m_project.get(), SetProjectFieldCommand::Field::Name, name));
    }
    if (clientChanged) {
        m_undoStack->push(new SetProjectFieldCommand(
            m_project.get(), SetProjectFieldCommand::Field::Client, client));
    }
    if (sectorChanged) {
        m_undoStack->push(new SetProjectFieldCommand(
            m_project.get(), SetProjectFieldCommand::Field::Sector, *sector));
    }
    m_undoStack->endMacro();
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_pageStack->currentWidget());
}

void MainWindow::showPage(const QString &pageId)
{
    for (size_t i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageId() == pageId) {
            m_navigation->setCurrentRow(int(i));
            return;
        }
    }
}

bool MainWindow::isStartPageShown() const
{
    return m_central->currentWidget() == m_start;
}

void MainWindow::onNew()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("New project"), QDir(dir).filePath(tr("project.boussole")), projectFilter());
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".boussole"_s)) {
        path += u".boussole"_s;
    }
    if (QFileInfo::exists(path)) {
        // The file dialog asked to confirm the overwrite, but a project file is never replaced:
        // it may hold evidence and an audit trail.
        reportError(tr("%1 already exists. Choose another name: Boussole never overwrites a "
                       "project.")
                        .arg(QDir::toNativeSeparators(path)));
        return;
    }
    createProject(path, QFileInfo(path).completeBaseName());
}

void MainWindow::onOpen()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a project"), dir, projectFilter());
    if (!path.isEmpty()) {
        openProject(path);
    }
}

void MainWindow::onSaveAs()
{
    if (!m_project) {
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save the project as"), m_project->path(),
                                                projectFilter());
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".boussole"_s)) {
        path += u".boussole"_s;
    }
    saveProjectAs(path);
}

void MainWindow::onImport()
{
    openImportWizard({});
}

void MainWindow::openImportWizard(const QStringList &paths)
{
    if (!m_project || m_project->readOnly()) {
        reportError(tr("Open a writable project before importing files."));
        return;
    }
    ImportWizard wizard(m_project->path(), paths, this);
    connect(&wizard, &ImportWizard::importFinished, this, [this](int imported) {
        if (imported > 0 && m_project) {
            // The import wrote through its own connection: reload what the pages show.
            m_project->notifyChanged();
            statusBar()->showMessage(tr("%n file(s) imported", nullptr, imported), 10000);
        }
    });
    wizard.exec();
}

void MainWindow::onProperties()
{
    if (!m_project) {
        return;
    }
    ProjectPropertiesDialog dialog(m_project->name(), m_project->client(),
                                   m_project->meta(u"sector"_s), this);
    if (dialog.exec() == QDialog::Accepted) {
        editProperties(dialog.name(), dialog.client(), dialog.sector());
    }
}

void MainWindow::onSettings()
{
    SettingsDialog dialog(this);
    QSettings settings;
    dialog.setLanguage(Language::settingValue());
    dialog.setAuthorName(settings.value(u"author"_s).toString());
    if (dialog.exec() == QDialog::Accepted) {
        Language::setSettingValue(dialog.language());
        settings.setValue(u"author"_s, dialog.authorName());
    }
}

void MainWindow::onAbout()
{
    QString components;
    for (const Component &component : thirdPartyComponents()) {
        components += u"<li>%1 %2 — %3</li>"_s.arg(component.name.toHtmlEscaped(),
                                                   component.version.toHtmlEscaped(),
                                                   component.licence.toHtmlEscaped());
    }
    QMessageBox::about(
        this, tr("About Boussole"),
        tr("<h3>Boussole %1</h3>"
           "<p>Compare cloud providers, check compliance and plan migrations, offline.</p>"
           "<p>Built with:</p><ul>%2</ul>")
            .arg(applicationVersion(), components));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    closeProject();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList projects;
    QStringList others;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile()) {
            continue;
        }
        const QString path = url.toLocalFile();
        (path.endsWith(u".boussole"_s) ? projects : others) << path;
    }
    event->acceptProposedAction();
    if (!projects.isEmpty()) {
        openProject(projects.first());
    }
    if (!others.isEmpty()) {
        if (m_interactive) {
            openImportWizard(others);
        } else {
            importFiles(others);
        }
    }
}

} // namespace boussole
