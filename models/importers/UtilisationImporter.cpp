#include "models/importers/UtilisationImporter.h"

#include "models/importers/ColumnMapping.h"
#include "models/importers/Normalise.h"
#include "models/importers/TabularRows.h"
#include "models/importers/io/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

using Column = UtilisationImporter::Column;
using Metric = UtilisationImporter::Metric;
using Statistic = UtilisationImporter::Statistic;
using Unit = UtilisationImporter::Unit;

constexpr double kMibPerGib = 1024.0;

// Folded headers (foldText()), French and English.
// Not "host": in VM exports it names the hypervisor (as in RVTools).
constexpr QStringView kNameHeaders[] = {u"name",
                                        u"vm",
                                        u"vm name",
                                        u"vmname",
                                        u"nom",
                                        u"nom vm",
                                        u"nom de la vm",
                                        u"hostname",
                                        u"host name",
                                        u"nom d hote",
                                        u"server",
                                        u"server name",
                                        u"serveur",
                                        u"nom du serveur",
                                        u"machine",
                                        u"machine name",
                                        u"instance name",
                                        u"object name",
                                        u"nom de l objet",
                                        u"resource name",
                                        u"display name",
                                        u"workload"};
constexpr QStringView kUuidHeaders[] = {
    u"uuid",          u"vm uuid",     u"uuid vm",     u"bios uuid",     u"smbios uuid",
    u"instance uuid", u"id",          u"instance id", u"instanceid",    u"vm id",
    u"object id",     u"resource id", u"identifiant", u"identifiant vm"};
constexpr QStringView kPeriodHeaders[] = {u"period", u"periode", u"month", u"mois",
                                          u"periode de mesure"};
constexpr QStringView kStartHeaders[] = {
    u"start", u"debut",        u"start date",       u"date de debut", u"date debut", u"from",
    u"du",    u"period start", u"debut de periode", u"debut periode", u"start time", u"begin"};
constexpr QStringView kEndHeaders[] = {
    u"end", u"fin",        u"end date",       u"date de fin", u"date fin", u"to",
    u"au",  u"period end", u"fin de periode", u"fin periode", u"end time"};
constexpr QStringView kSampleHeaders[] = {u"samples",         u"sample count",
                                          u"samplecount",     u"echantillons",
                                          u"nb echantillons", u"nombre d echantillons",
                                          u"count",           u"data points",
                                          u"points",          u"nb points"};

template <std::size_t N>
bool isOneOf(const QString &folded, const QStringView (&names)[N])
{
    return std::find(std::begin(names), std::end(names), folded) != std::end(names);
}

bool hasWord(const QStringList &words, std::initializer_list<QStringView> any)
{
    for (const QString &word : words) {
        if (std::find(any.begin(), any.end(), word) != any.end()) {
            return true;
        }
    }
    return false;
}

// "P95", "95th", "95e", "percentile 95", "median", "max", "peak"…; empty when none or several.
std::optional<Statistic> statisticOf(const QStringList &words)
{
    const bool percentile = hasWord(words, {u"percentile", u"centile", u"percentil"});
    std::optional<Statistic> found;
    int count = 0;
    const auto see = [&](bool present, Statistic statistic) {
        if (present) {
            found = statistic;
            ++count;
        }
    };
    see(hasWord(words, {u"p50", u"50th", u"50e", u"50eme", u"median", u"mediane"}) ||
            (percentile && hasWord(words, {u"50"})),
        Statistic::P50);
    see(hasWord(words, {u"p95", u"95th", u"95e", u"95eme"}) ||
            (percentile && hasWord(words, {u"95"})),
        Statistic::P95);
    see(hasWord(words, {u"p99", u"99th", u"99e", u"99eme"}) ||
            (percentile && hasWord(words, {u"99"})),
        Statistic::P99);
    see(hasWord(words, {u"max", u"maximum", u"peak", u"pic", u"crete", u"highest"}),
        Statistic::Max);
    return count == 1 ? found : std::nullopt;
}

struct MetricColumn {
    int index = -1;
    Metric metric = Metric::Cpu;
    Statistic statistic = Statistic::P50;
    Unit unit = Unit::Percent;
};

// Where each value comes from in one file.
struct Layout {
    int name = -1;
    int uuid = -1;
    int period = -1;
    int start = -1;
    int end = -1;
    int samples = -1;
    std::vector<MetricColumn> metrics; // in the file's order, one per metric and statistic
    QStringList unmapped;

    bool hasIdentity() const { return name >= 0 || uuid >= 0; }
    bool hasPeriod() const { return period >= 0 || start >= 0 || end >= 0; }
};

Layout layoutOf(const QStringList &headers)
{
    Layout layout;
    for (int i = 0; i < headers.size(); ++i) {
        const QString header = headers[i].trimmed();
        if (header.isEmpty()) {
            continue;
        }
        const std::optional<UtilisationImporter::HeaderRole> role =
            UtilisationImporter::roleOfHeader(header);
        int *slot = nullptr;
        if (role) {
            switch (role->column) {
            case Column::Name:
                slot = &layout.name;
                break;
            case Column::Uuid:
                slot = &layout.uuid;
                break;
            case Column::Period:
                slot = &layout.period;
                break;
            case Column::Start:
                slot = &layout.start;
                break;
            case Column::End:
                slot = &layout.end;
                break;
            case Column::Samples:
                slot = &layout.samples;
                break;
            case Column::Metric: {
                const bool taken = std::any_of(
                    layout.metrics.begin(), layout.metrics.end(), [&role](const MetricColumn &m) {
                        return m.metric == role->metric && m.statistic == role->statistic;
                    });
                if (!taken) {
                    layout.metrics.push_back({i, role->metric, role->statistic, role->unit});
                    continue;
                }
                break;
            }
            }
        }
        if (slot && *slot < 0) {
            *slot = i;
        } else {
            layout.unmapped.append(header);
        }
    }
    return layout;
}

// One CPU unit and one memory unit per file: a row's figures must be comparable.
Status checkUnits(const Layout &layout, const QStringList &headers)
{
    for (const Metric metric : {Metric::Cpu, Metric::Memory}) {
        const MetricColumn *percent = nullptr;
        const MetricColumn *absolute = nullptr;
        for (const MetricColumn &m : layout.metrics) {
            if (m.metric == metric) {
                (m.unit == Unit::Percent ? percent : absolute) = &m;
            }
        }
        if (percent && absolute) {
            Error error;
            error.message =
                (metric == Metric::Cpu
                     ? QCoreApplication::translate(
                           "Importer", "CPU columns mix percentages (\"%1\") and cores (\"%2\"); "
                                       "give them all in one unit")
                     : QCoreApplication::translate(
                           "Importer", "memory columns mix percentages (\"%1\") and sizes "
                                       "(\"%2\"); give them all in one unit"))
                    .arg(headers[percent->index].trimmed(), headers[absolute->index].trimmed());
            error.column = absolute->index + 1;
            return error;
        }
    }
    return {};
}

std::optional<double> &figure(UtilisationRecord &record, Metric metric, Statistic statistic)
{
    const bool cpu = metric == Metric::Cpu;
    switch (statistic) {
    case Statistic::P50:
        return cpu ? record.cpuP50 : record.memP50;
    case Statistic::P95:
        return cpu ? record.cpuP95 : record.memP95;
    case Statistic::P99:
        return cpu ? record.cpuP99 : record.memP99;
    case Statistic::Max:
        break;
    }
    return cpu ? record.cpuMax : record.memMax;
}

const QRegularExpression &isoDatePattern()
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$"_s);
    return pattern;
}

const QRegularExpression &dayFirstPattern()
{
    static const QRegularExpression pattern(u"^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:[T ].*)?$"_s);
    return pattern;
}

} // namespace

std::optional<UtilisationImporter::HeaderRole> UtilisationImporter::roleOfHeader(QStringView header)
{
    const QString folded = foldText(header);
    if (folded.isEmpty()) {
        return std::nullopt;
    }
    HeaderRole role;
    if (isOneOf(folded, kNameHeaders)) {
        role.column = Column::Name;
        return role;
    }
    if (isOneOf(folded, kUuidHeaders)) {
        role.column = Column::Uuid;
        return role;
    }
    if (isOneOf(folded, kPeriodHeaders)) {
        role.column = Column::Period;
        return role;
    }
    if (isOneOf(folded, kStartHeaders)) {
        role.column = Column::Start;
        return role;
    }
    if (isOneOf(folded, kEndHeaders)) {
        role.column = Column::End;
        return role;
    }
    if (isOneOf(folded, kSampleHeaders)) {
        role.column = Column::Samples;
        return role;
    }

    const QStringList words = folded.split(u' ', Qt::SkipEmptyParts);
    const bool cpu = hasWord(words, {u"cpu", u"vcpu", u"processeur", u"processor"});
    const bool memory = hasWord(words, {u"mem", u"memory", u"memoire", u"ram"});
    if (cpu == memory) {
        return std::nullopt; // neither, or both
    }
    const std::optional<Statistic> statistic = statisticOf(words);
    if (!statistic) {
        return std::nullopt; // averages, minimums… are not imported
    }
    const bool percent =
        header.contains(u'%') || hasWord(words, {u"percent", u"pourcent", u"pourcentage", u"pct"});
    const bool cores = hasWord(words, {u"cores", u"core", u"coeurs", u"coeur"});
    const bool gib = hasWord(words, {u"gib", u"gb", u"go", u"gio"});
    const bool mib = hasWord(words, {u"mib", u"mb", u"mo", u"mio"});
    if (int(percent) + int(cores) + int(gib) + int(mib) > 1 || (cpu && (gib || mib)) ||
        (memory && cores)) {
        return std::nullopt;
    }
    role.column = Column::Metric;
    role.metric = cpu ? Metric::Cpu : Metric::Memory;
    role.statistic = *statistic;
    role.unit = cores ? Unit::Cores : gib ? Unit::Gib : mib ? Unit::Mib : Unit::Percent;
    return role;
}

QDate UtilisationImporter::parseDate(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (const QRegularExpressionMatch iso = isoDatePattern().match(trimmed.toString());
        iso.hasMatch()) {
        return QDate(iso.capturedView(1).toInt(), iso.capturedView(2).toInt(),
                     iso.capturedView(3).toInt());
    }
    if (const QRegularExpressionMatch day = dayFirstPattern().match(trimmed.toString());
        day.hasMatch()) {
        return QDate(day.capturedView(3).toInt(), day.capturedView(2).toInt(),
                     day.capturedView(1).toInt());
    }
    return {};
}

std::pair<QDate, QDate> UtilisationImporter::parsePeriod(QStringView text)
{
    static const QRegularExpression isoMonth(u"^(\\d{4})-(\\d{1,2})$"_s);
    static const QRegularExpression monthFirst(u"^(\\d{1,2})/(\\d{4})$"_s);
    const QStringView trimmed = text.trimmed();
    const auto month = [](int year, int monthNumber) -> std::pair<QDate, QDate> {
        const QDate first(year, monthNumber, 1);
        return {first, first.isValid() ? first.addMonths(1).addDays(-1) : QDate()};
    };
    if (const QRegularExpressionMatch m = isoMonth.match(trimmed.toString()); m.hasMatch()) {
        return month(m.capturedView(1).toInt(), m.capturedView(2).toInt());
    }
    if (const QRegularExpressionMatch m = monthFirst.match(trimmed.toString()); m.hasMatch()) {
        return month(m.capturedView(2).toInt(), m.capturedView(1).toInt());
    }
    for (QStringView separator : {u"/", u" - ", u" \u2013 ", u" to ", u" au ", u".."}) {
        const QList<QStringView> parts = trimmed.split(separator);
        if (parts.size() == 2) {
            const QDate start = parseDate(parts[0]);
            const QDate end = parseDate(parts[1]);
            if (start.isValid() && end.isValid()) {
                return {start, end};
            }
        }
    }
    const QDate day = parseDate(trimmed);
    return {day, day};
}

QString UtilisationImporter::formatId() const
{
    return u"utilisation"_s;
}

QString UtilisationImporter::displayName() const
{
    return QCoreApplication::translate("Importer",
                                       "Utilisation CSV (Aria Operations, Prometheus, CloudWatch)");
}

int UtilisationImporter::sniff(QByteArrayView head, const QString &fileName) const
{
    if (head.first(std::min<qsizetype>(head.size(), 4096)).contains('\0')) {
        return 0;
    }
    QByteArray bytes = QByteArray::fromRawData(head.data(), head.size());
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord header;
    Result<bool> first = reader.next(header);
    if (!first.ok() || !first.value() || header.size() < 2) {
        return 0;
    }
    const Layout layout = layoutOf(header.fields());
    if (layout.metrics.empty()) {
        return 0;
    }
    if (!layout.hasIdentity()) {
        return 20;
    }
    // Above the inventory CSV importer (at most 90), which also reads a "Name" column.
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool csvName = suffix == u"csv" || suffix == u"tsv" || suffix == u"txt";
    return csvName ? 95 : 92;
}

Result<ImportOutcome> UtilisationImporter::read(QIODevice &device,
                                                const ImportContext &context) const
{
    CsvOptions csvOptions;
    csvOptions.fileName = context.fileName;
    CsvReader reader(device, csvOptions);
    CsvRecord record;

    Result<bool> first = reader.next(record);
    if (!first) {
        return first.error();
    }
    if (!first.value()) {
        return context.error(QCoreApplication::translate("Importer", "the file is empty"));
    }
    const QStringList headers = record.fields();
    const int headerLine = record.line();
    const Layout layout = layoutOf(headers);
    if (!layout.hasIdentity()) {
        return context.error(
            QCoreApplication::translate(
                "Importer", "no column gives the workload name or UUID; expected a column such "
                            "as \"Name\", \"VM\", \"Hostname\", \"Nom\" or \"UUID\" (columns "
                            "found: %1)")
                .arg(abbreviatedList(headers)),
            headerLine);
    }
    if (layout.metrics.empty()) {
        return context.error(
            QCoreApplication::translate(
                "Importer", "no column gives a CPU or memory percentile or peak; expected "
                            "columns such as \"CPU P95 (%)\", \"CPU max (cores)\", \"Mémoire P95 "
                            "(%)\" or \"Memory max (GiB)\" (columns found: %1)")
                .arg(abbreviatedList(headers)),
            headerLine);
    }
    if (Status units = checkUnits(layout, headers); !units) {
        return context.error(units.error().message, headerLine, units.error().column);
    }
    const QChar delimiter = QLatin1Char(reader.delimiter());

    ImportOutcome outcome;
    auto warn = [&outcome](const QString &message, int line, int column = 0) {
        outcome.warnings.push_back(ImportWarning{message, line, column, {}});
    };
    if (!layout.unmapped.isEmpty()) {
        warn(QCoreApplication::translate("Importer", "columns not imported: %1")
                 .arg(abbreviatedList(layout.unmapped)),
             headerLine);
    }
    if (!layout.hasPeriod()) {
        warn(QCoreApplication::translate(
                 "Importer", "no column gives the period (\"Period\", \"Start\" and \"End\", "
                             "\"Période\", \"Début\" and \"Fin\"); the rows are kept without one"),
             headerLine);
    }

    CpuScale cpuScale = CpuScale::Percent;
    MemoryScale memScale = MemoryScale::Percent;
    for (const MetricColumn &m : layout.metrics) {
        if (m.unit == Unit::Cores) {
            cpuScale = CpuScale::Cores;
        } else if (m.unit == Unit::Gib || m.unit == Unit::Mib) {
            memScale = MemoryScale::Gib;
        }
    }

    QHash<QString, int> seen; // ref + period -> line

    DataRows rows(reader, context, outcome, headers.size());
    for (;;) {
        Result<bool> next = rows.next(record);
        if (!next) {
            return next.error();
        }
        if (!next.value()) {
            break;
        }

        const auto text = [&record](int column) {
            return column < 0 ? QString() : record.field(column).trimmed();
        };
        const auto errorAt = [&record, &context](int column, const QString &message) {
            return context.error(message, column < 0 ? record.line() : record.fieldLine(column),
                                 column < 0 ? 0 : column + 1);
        };
        const auto expected = [&](int column, const char *what) {
            const QString value = text(column);
            return errorAt(
                column,
                value.isEmpty()
                    ? QCoreApplication::translate("Importer", what)
                          .arg(QCoreApplication::translate("Importer", "an empty field"))
                    : QCoreApplication::translate("Importer", what).arg(u'"' + value + u'"'));
        };

        auto buildRecord = [&]() -> Result<UtilisationRecord> {
            UtilisationRecord u;
            const QString name = text(layout.name);
            u.refUuid = text(layout.uuid);
            u.ref = name.isEmpty() ? u.refUuid : name;
            if (u.ref.isEmpty()) {
                return errorAt(
                    layout.name >= 0 ? layout.name : layout.uuid,
                    QCoreApplication::translate(
                        "Importer", "expected a workload name or UUID, found an empty field"));
            }

            if (layout.start >= 0 || layout.end >= 0) {
                for (const int column : {layout.start, layout.end}) {
                    if (column < 0) {
                        continue;
                    }
                    const QDate date = parseDate(text(column));
                    if (!date.isValid()) {
                        return expected(column, QT_TRANSLATE_NOOP("Importer",
                                                                  "expected a date (2026-10-31 or "
                                                                  "31/10/2026), found %1"));
                    }
                    (column == layout.start ? u.periodStart : u.periodEnd) = date;
                }
                // A file with only one of the two columns gives days.
                if (!u.periodStart.isValid()) {
                    u.periodStart = u.periodEnd;
                }
                if (!u.periodEnd.isValid()) {
                    u.periodEnd = u.periodStart;
                }
            } else if (layout.period >= 0) {
                const auto [start, end] = parsePeriod(text(layout.period));
                if (!start.isValid() || !end.isValid()) {
                    return expected(layout.period,
                                    QT_TRANSLATE_NOOP("Importer",
                                                      "expected a period (2026-10, or "
                                                      "2026-10-01/2026-10-31), found %1"));
                }
                u.periodStart = start;
                u.periodEnd = end;
            }
            if (u.periodEnd < u.periodStart) {
                return errorAt(layout.end >= 0 ? layout.end : layout.period,
                               QCoreApplication::translate(
                                   "Importer", "the period ends on %1, before it starts on %2")
                                   .arg(u.periodEnd.toString(Qt::ISODate),
                                        u.periodStart.toString(Qt::ISODate)));
            }

            if (const QString samples = text(layout.samples); !samples.isEmpty()) {
                const std::optional<double> n = parseNumber(samples, delimiter);
                if (!n || *n < 0 || *n != std::floor(*n) || *n > 1e15) {
                    return expected(
                        layout.samples,
                        QT_TRANSLATE_NOOP("Importer", "expected a number of samples, found %1"));
                }
                u.samples = qint64(*n);
            }

            for (const MetricColumn &m : layout.metrics) {
                QString value = text(m.index);
                if (value.isEmpty()) {
                    continue;
                }
                if (m.unit == Unit::Percent && value.endsWith(u'%')) {
                    value.chop(1);
                    value = value.trimmed();
                }
                const std::optional<double> number = parseNumber(value, delimiter);
                const bool valid = number && std::isfinite(*number) && *number >= 0;
                switch (m.unit) {
                case Unit::Percent:
                    if (!valid || *number > 100) {
                        return expected(m.index, QT_TRANSLATE_NOOP("Importer",
                                                                   "expected a percentage between "
                                                                   "0 and 100, found %1"));
                    }
                    break;
                case Unit::Cores:
                    if (!valid) {
                        return expected(
                            m.index,
                            QT_TRANSLATE_NOOP("Importer", "expected a number of cores, found %1"));
                    }
                    break;
                case Unit::Gib:
                case Unit::Mib:
                    if (!valid) {
                        return expected(
                            m.index, QT_TRANSLATE_NOOP("Importer",
                                                       "expected an amount of memory, found %1"));
                    }
                    break;
                }
                figure(u, m.metric, m.statistic) =
                    m.unit == Unit::Mib ? *number / kMibPerGib : *number;
            }
            return u;
        };

        Result<UtilisationRecord> built = buildRecord();
        if (!built) {
            if (!context.options.skipBadRows) {
                return built.error();
            }
            outcome.skipRow(built.error());
            continue;
        }
        UtilisationRecord &u = built.value();
        if (!u.hasCpu() && !u.hasMemory()) {
            warn(QCoreApplication::translate(
                     "Importer", "\"%1\" has no CPU or memory figure on this row; it is not "
                                 "imported")
                     .arg(u.ref),
                 record.line());
            continue;
        }

        // Percentiles grow with their rank; a file that says otherwise is suspicious but is
        // what the tool measured, so it is kept.
        for (const Metric metric : {Metric::Cpu, Metric::Memory}) {
            const MetricColumn *previous = nullptr;
            for (const Statistic statistic :
                 {Statistic::P50, Statistic::P95, Statistic::P99, Statistic::Max}) {
                const auto column = std::find_if(
                    layout.metrics.begin(), layout.metrics.end(), [&](const MetricColumn &m) {
                        return m.metric == metric && m.statistic == statistic;
                    });
                if (column == layout.metrics.end() || !figure(u, metric, statistic)) {
                    continue;
                }
                if (previous) {
                    const double lower = *figure(u, metric, previous->statistic);
                    const double upper = *figure(u, metric, statistic);
                    if (lower > upper) {
                        warn(QCoreApplication::translate(
                                 "Importer",
                                 "\"%1\" (%2) is above \"%3\" (%4); the figures are kept as "
                                 "written")
                                 .arg(headers[previous->index].trimmed(), text(previous->index),
                                      headers[column->index].trimmed(), text(column->index)),
                             record.fieldLine(previous->index), previous->index + 1);
                    }
                }
                previous = &*column;
            }
        }

        u.cpuScale = cpuScale;
        u.memScale = memScale;
        u.sourceLocation = u"line "_s + QString::number(record.line());
        const QString key = u.ref.toLower() + u'\n' + u.periodStart.toString(Qt::ISODate) + u'\n' +
                            u.periodEnd.toString(Qt::ISODate);
        if (auto it = seen.constFind(key); it != seen.constEnd()) {
            warn(QCoreApplication::translate(
                     "Importer", "\"%1\" has another row for the same period on line %2")
                     .arg(u.ref)
                     .arg(it.value()),
                 record.line());
        } else {
            seen.insert(key, record.line());
        }
        outcome.utilisation.push_back(std::move(u));
    }

    if (Status finished = rows.finish(); !finished) {
        return finished.error();
    }
    return outcome;
}

} // namespace boussole
