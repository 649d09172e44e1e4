#pragma once

#include "models/domain/Workload.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace boussole {

// Totals over an estate, as the Overview and Inventory pages and the CLI show them. Capacities are
// counts and sizes, not money, so double is fine here. Templates and powered-off machines are
// counted apart: they are kept and shown but not sized as running load.
struct EstateSummary {
    int workloads = 0;
    int running = 0;
    int poweredOff = 0;
    int templates = 0;
    double vcpu = 0;
    double memoryGib = 0;
    double storageGib = 0;
    int gpus = 0;
    int unknownSize = 0;      // running workloads whose vCPU or memory the source did not give
    int duplicates = 0;       // records confirmed as the same machine as another: not counted
    double containerVcpu = 0; // container requests, apart from the machines they run on
    double containerMemoryGib = 0;
    std::map<QString, int> byEnvironment; // environment code -> workloads
    std::map<QString, int> byKind;        // kind code -> workloads
    std::map<QString, int> byDataClass;   // data class code -> workloads
    QStringList applications;             // sorted, unique

    static EstateSummary of(const std::vector<Workload> &workloads);
};

// A chart-neutral category series: views/charts turns it into a Qt Charts series.
struct CategorySeries {
    QString title;
    QStringList categories;
    std::vector<double> values;
};

// Several series over the same categories, drawn stacked (e.g. workloads by environment, split
// by kind).
struct StackedSeries {
    QString title;
    QStringList categories;
    std::vector<std::pair<QString, std::vector<double>>> sets; // label, one value per category
};

} // namespace boussole
