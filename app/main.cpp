#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/cli/Cli.h"
#include "models/domain/Version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCoreApplication::setOrganizationName(u"Boussole"_s);
    QCoreApplication::setApplicationName(u"boussole"_s);
    QCoreApplication::setApplicationVersion(boussole::applicationVersion());

    if (boussole::Cli::isCliInvocation(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (boussole::Cli::needsWidgets(arguments)) {
            // Rendering commands never need a display (CLI.md).
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        boussole::Language::install(*app, boussole::Cli::languageOption(arguments));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return boussole::Cli(out, err).run(arguments);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"Boussole"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/boussole.svg"_s));
    boussole::Language::install(app, boussole::Cli::languageOption(arguments));
    boussole::MainWindow window;
    window.show();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang") {
            ++i; // its value is not a project
        } else if (!arguments[i].startsWith(u'-')) {
            window.openProject(arguments[i]);
            break;
        }
    }
    return app.exec();
}
