#pragma once

#include "app/cli/Output.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace boussole {

// The command-line front end described in CLI.md. It parses global options, dispatches to one
// command and maps outcomes to the documented exit codes. It uses the same engines as the GUI.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitVerification = 3 };

    Cli(QTextStream &out, QTextStream &err);

    // arguments excludes the program name.
    int run(const QStringList &arguments);

    // True when the arguments ask for the command line rather than the GUI.
    static bool isCliInvocation(const QStringList &arguments);
    // True when the command renders widgets and needs a QApplication (offscreen).
    static bool needsWidgets(const QStringList &arguments);
    // The value of --lang when given, else empty.
    static QString languageOption(const QStringList &arguments);

private:
    struct Options {
        OutputFormat format = OutputFormat::Table;
        bool strict = false;
        QString language;
        QString catalog;
        QStringList positional;
        QString name;    // new --name
        QString outDir;  // screenshot --out
        QString as;      // import --as
        QString mapping; // import --mapping
        bool skipBadRows = false;
        QString providers;     // compare --providers a,b
        QString sizing;        // compare --sizing
        QString regions;       // compare --regions
        QStringList require;   // compare --require (repeatable)
        QString provider;      // catalog --provider
        QString by;            // costs --by
        QString from;          // costs --from
        QString to;            // costs --to
        QString currency;      // costs --currency
        QString basis;         // costs --basis
        QString file;          // scenario set --file
        QString fromScenario;  // scenario new --from-scenario
        bool target = false;   // scenario set --target
        QString scenario;      // compare --scenario
        QString endpoint;      // catalog refresh --endpoint
        bool autoPlan = false; // plan --auto

        QString framework; // compliance --framework
        QString note;      // compliance set --note
        bool noteGiven = false;
        QString evidence;        // compliance set --evidence
        QString evidenceExpires; // compliance set --evidence-expires (YYYY-MM-DD or none)
        bool evidenceExpiresGiven = false;
        QString prefer; // compliance merge --prefer

        QString table;          // report --table
        QString classification; // report --classification
        bool redact = false;    // report --redact
    };
    struct Command {
        QString name;
        std::function<QString()> synopsis;
        std::function<QString()> summary;
        std::function<QString()> details;
        std::function<int(Cli &, const Options &)> run;
    };

    static const std::vector<Command> &commands();
    static const Command *findCommand(const QString &name);

    int usageError(const QString &message);
    int failure(const QString &message);
    void printHelp();
    int printCommandHelp(const QString &name);

    int runHelp(const Options &options);
    int runNew(const Options &options);
    int runDemo(const Options &options);
    int runScreenshot(const Options &options);
    int runImport(const Options &options);
    int runList(const Options &options);
    int runCompare(const Options &options);
    int runCatalog(const Options &options);
    int runCosts(const Options &options);                          // CliCosts.cpp
    int runPriceBook(const Options &options);                      // CliPriceBook.cpp
    int runScenario(const Options &options);                       // CliScenario.cpp
    int runLicence(const Options &options);                        // CliLicence.cpp
    int runCatalogRefresh(const Options &options);                 // CliCatalogRefresh.cpp
    int listCosts(const Options &options, class Project &project); // CliCosts.cpp
    int runPlan(const Options &options);                           // CliPlan.cpp
    int runReport(const Options &options);                         // CliReport.cpp

    // CliCompliance.cpp
    static std::vector<Command> complianceCommands();
    static std::vector<Command> licenceCommands(); // CliLicence.cpp
    int runCompliance(const Options &options);
    int runAudit(const Options &options);
    int exportCompliance(const QStringList &arguments);
    int mergeCompliance(const QStringList &arguments, const QString &prefer);
    int listAudit(const Options &options, class Project &project);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace boussole
