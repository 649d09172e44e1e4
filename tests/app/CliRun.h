#pragma once

// Runs the command line in-process for tests: the exit code and what it printed.

#include "app/cli/Cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace boussole::testing {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = Cli(out, err).run(arguments);
    out.flush();
    err.flush();
    return run;
}

} // namespace boussole::testing
