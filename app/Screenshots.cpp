#include "app/Screenshots.h"

#include "app/MainWindow.h"
#include "views/pages/Page.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QThread>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

Status grabTo(QWidget &window, const QString &path)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        return Error{QCoreApplication::translate("Screenshots", "cannot write the image"), path};
    }
    return {};
}

} // namespace

Result<QStringList> renderScreenshots(const QString &projectPath, const QString &outDir)
{
    QDir dir(outDir);
    if (!dir.mkpath(u"."_s)) {
        return Error{QCoreApplication::translate("Screenshots", "cannot create the folder"),
                     outDir};
    }
    MainWindow window;
    window.setInteractive(false);
    window.resize(1440, 900);
    window.show();

    QStringList written;
    const QString start = dir.filePath(u"start.png"_s);
    if (Status s = grabTo(window, start); !s) {
        return s.error();
    }
    written << start;

    if (!window.openProject(projectPath, /*readOnly=*/true)) {
        return Error{window.lastError()};
    }
    for (Page *page : window.pages()) {
        window.showPage(page->pageId());
        // Pages that load in the background (Costs) are shot once they show their figures.
        QElapsedTimer waited;
        waited.start();
        while (page->isBusy() && waited.elapsed() < 60'000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(10);
        }
        const QString path = dir.filePath(page->pageId() + u".png"_s);
        if (Status s = grabTo(window, path); !s) {
            return s.error();
        }
        written << path;
    }
    window.closeProject();
    return written;
}

} // namespace boussole
