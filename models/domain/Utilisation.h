#pragma once

// How much of its allocated CPU and memory a workload used over a period, as monitoring tools
// (vRealize/Aria Operations, Prometheus, CloudWatch) export it. Performance-based sizing reads it
// to size a workload on what it uses rather than on what it was given.

#include "models/domain/Workload.h"

#include <QDate>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace boussole {

// The unit of the values a file gave; only Percent is ever stored.
enum class CpuScale {
    Percent, // of the allocated vCPUs, 0-100
    Cores    // cores in use; needs the workload's vCPU count to become a percentage
};
enum class MemoryScale {
    Percent, // of the allocated memory, 0-100
    Gib      // GiB in use; needs the workload's memory to become a percentage
};

// One row of a utilisation export: one workload over one period.
struct UtilisationRecord {
    QString id;         // UUID; Project::addImport fills it when empty
    QString importId;   // the import that brought it; set by Project::addImport
    QString ref;        // the workload as the file names it: its name, or its UUID when no name
    QString refUuid;    // the UUID or instance id the file gives beside the name; may be empty
    QString workloadId; // the matched workload; empty while it matches none

    QDate periodStart; // invalid when the file gives no period
    QDate periodEnd;   // inclusive
    std::optional<qint64> samples;

    // Percentages of the allocated vCPUs / memory (0-100) once stored; see the scales below.
    std::optional<double> cpuP50;
    std::optional<double> cpuP95;
    std::optional<double> cpuP99;
    std::optional<double> cpuMax;
    std::optional<double> memP50;
    std::optional<double> memP95;
    std::optional<double> memP99;
    std::optional<double> memMax;

    QString sourceLocation; // "line 4"

    // How an importer read the figures; ImportService turns them into percentages with the
    // matched workload's size (toPercentages()) before storing, so stored records are Percent.
    CpuScale cpuScale = CpuScale::Percent;
    MemoryScale memScale = MemoryScale::Percent;

    bool hasCpu() const { return cpuP50 || cpuP95 || cpuP99 || cpuMax; }
    bool hasMemory() const { return memP50 || memP95 || memP99 || memMax; }

    bool operator==(const UtilisationRecord &) const = default;
};

// What toPercentages() could not convert.
struct ScaleConversion {
    bool cpuDropped = false;    // in cores, but the workload's vCPU count is unknown
    bool memoryDropped = false; // in GiB, but the workload's memory is unknown
    bool capped = false;        // a figure above the allocation, capped at 100 %
};

// Turns cores and GiB into percentages of the workload's allocation (workload may be null when
// the row matched none). Figures that cannot be converted are cleared, since a number in the
// wrong unit would mislead sizing; the scales are Percent afterwards either way.
ScaleConversion toPercentages(UtilisationRecord &record, const Workload *workload);

// Finds which workload a utilisation row is about, by the first rule that gives an answer:
//   1. the row's UUID or name equals a workload's natural key (case-insensitive);
//   2. the UUID in the row equals a UUID inside a workload's natural key (RVTools keys, "{…}",
//      with or without hyphens);
//   3. the name equals a workload's name (case-insensitive);
//   4. the short host names (before the first dot) are equal: "web-01" and
//      "web-01.corp.local" (not for IP addresses).
// When several workloads qualify for the same rule, the first one given wins (the earliest
// imported). The workloads must outlive the matcher.
class WorkloadMatcher {
public:
    explicit WorkloadMatcher(const std::vector<Workload> &workloads);

    const Workload *match(const QString &ref, const QString &refUuid = {}) const;
    const Workload *match(const UtilisationRecord &record) const
    {
        return match(record.ref, record.refUuid);
    }

    // "4210ab…" (32 lowercase hex digits) for text holding a UUID, else empty.
    static QString uuidIn(QStringView text);
    // "web-01" for "WEB-01.corp.local"; empty for an IP address or an empty name.
    static QString shortHostName(QStringView name);

private:
    QHash<QString, const Workload *> m_byKey;
    QHash<QString, const Workload *> m_byUuid;
    QHash<QString, const Workload *> m_byName;
    QHash<QString, const Workload *> m_byShortName;
};

} // namespace boussole
