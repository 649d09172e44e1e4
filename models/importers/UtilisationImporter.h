#pragma once

#include "models/importers/Importer.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <utility>

namespace boussole {

// A utilisation export as CSV (vRealize/Aria Operations views, Prometheus queries, CloudWatch
// metrics): one row per host or VM and period, with CPU and memory percentiles (P50, P95, P99)
// and/or peaks. Headers are recognised in French and English ("CPU P95 (%)", "Mémoire max (Go)",
// "CPU|Usage (%) - 95th Percentile"); the format is described in README.md, "Utilisation CSV
// format". Percentages are checked (0-100); CPU in cores and memory in GiB/MiB are left in those
// units (UtilisationRecord::cpuScale/memScale) for ImportService, which converts them with the
// matched workload's size. read() fills ImportOutcome::utilisation only, never workloads.
class UtilisationImporter : public Importer {
public:
    QString formatId() const override;
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const override;

    enum class Column { Name, Uuid, Period, Start, End, Samples, Metric };
    enum class Metric { Cpu, Memory };
    enum class Statistic { P50, P95, P99, Max };
    enum class Unit { Percent, Cores, Gib, Mib };
    struct HeaderRole {
        Column column = Column::Name;
        Metric metric = Metric::Cpu; // for Column::Metric
        Statistic statistic = Statistic::P50;
        Unit unit = Unit::Percent;
    };
    // What a header means here, if anything: "CPU P95 (%)" -> CPU P95 in percent, "Nom" -> name.
    static std::optional<HeaderRole> roleOfHeader(QStringView header);

    // "2026-10-31", "2026-10-31T23:59:59Z", "31/10/2026", "31.10.2026".
    static QDate parseDate(QStringView text);
    // A month ("2026-10", "10/2026"), an interval ("2026-10-01/2026-10-31", "01/10/2026 -
    // 31/10/2026") or one day. Returns {start, end} (inclusive), or invalid dates.
    static std::pair<QDate, QDate> parsePeriod(QStringView text);
};

} // namespace boussole
