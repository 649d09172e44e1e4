#pragma once

// The migration plan for project managers: a CSV table (one row per workload, waves and phases
// dated) and an MS Project XML file (Project 2007+ "Save as XML" schema: one summary task per
// wave with its four phases as subtasks linked finish-to-start, wave dependencies as links,
// milestones as zero-length tasks). Dates are whole days; tasks are manually scheduled so that
// Project keeps Boussole's dates.

#include "models/domain/Result.h"
#include "models/domain/Workload.h"
#include "models/migration/Schedule.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace boussole {

QString planCsv(const migration::Plan &plan, const migration::Schedule &schedule,
                const std::vector<Workload> &workloads);
QByteArray planMsProjectXml(const migration::Plan &plan, const migration::Schedule &schedule,
                            const QString &projectName);

// Writes either, chosen by the extension (.csv or .xml), through QSaveFile.
Status writePlanFile(const migration::Plan &plan, const migration::Schedule &schedule,
                     const std::vector<Workload> &workloads, const QString &projectName,
                     const QString &path);

} // namespace boussole
