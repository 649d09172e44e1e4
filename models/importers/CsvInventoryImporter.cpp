#include "models/importers/CsvInventoryImporter.h"

#include "models/domain/Uuid.h"
#include "models/importers/Normalise.h"
#include "models/importers/TabularRows.h"
#include "models/importers/io/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr std::size_t kFieldCount = std::size(kAllWorkloadFields);
// Above this, a memory column without a unit most likely holds MiB (RVTools' "Memory").
constexpr double kSuspiciousMemoryGib = 4096;

// Where each natural key was first seen, for the "also on line" warning, in 12 bytes a row: a
// 64-bit hash of the key and its line, in an open-addressing table (a QHash of the keys would keep
// a copy of every key, and grow with the file as much as the rows themselves did). Two keys with
// the same hash (odds about n² / 2⁶⁵, one in 10⁹ for 200,000 rows) would give one wrong warning,
// never a wrong import.
class FirstLines {
public:
    // The line key was first seen on; 0, after remembering line, when it is new.
    int seen(QStringView key, int line)
    {
        if ((m_count + 1) * 5 > qsizetype(m_hashes.size()) * 4) {
            grow();
        }
        const quint64 hash = hashOf(key);
        std::size_t i = slotOf(hash);
        while (m_hashes[i] != 0) {
            if (m_hashes[i] == hash) {
                return m_lines[i];
            }
            i = (i + 1) & (m_hashes.size() - 1);
        }
        m_hashes[i] = hash;
        m_lines[i] = line;
        ++m_count;
        return 0;
    }

private:
    static quint64 hashOf(QStringView key)
    {
        // The process's random seed: a file crafted to collide cannot slow the table down.
        const size_t seed = QHashSeed::globalSeed();
        quint64 hash = qHash(key, seed);
        if constexpr (sizeof(size_t) < sizeof(quint64)) {
            hash = (hash << 32) ^ qHash(key, ~seed);
        }
        return hash == 0 ? 1 : hash; // 0 marks an empty slot
    }
    std::size_t slotOf(quint64 hash) const
    {
        // The index takes the low bits; fold the high half in so that both count.
        return std::size_t((hash ^ (hash >> 32)) & (m_hashes.size() - 1));
    }
    void grow()
    {
        std::vector<quint64> hashes = std::move(m_hashes);
        std::vector<int> lines = std::move(m_lines);
        const std::size_t capacity = std::max<std::size_t>(1024, hashes.size() * 2);
        m_hashes.assign(capacity, 0);
        m_lines.assign(capacity, 0);
        for (std::size_t j = 0; j < hashes.size(); ++j) {
            if (hashes[j] != 0) {
                std::size_t i = slotOf(hashes[j]);
                while (m_hashes[i] != 0) {
                    i = (i + 1) & (capacity - 1);
                }
                m_hashes[i] = hashes[j];
                m_lines[i] = lines[j];
            }
        }
    }

    std::vector<quint64> m_hashes;
    std::vector<int> m_lines;
    qsizetype m_count = 0;
};

// Categorical columns repeat a few values over thousands of rows: each distinct value is
// normalised once, and the rows share the result. Bounded, so that a column of free text cannot
// make it grow with the file.
template <typename Value>
class Memo {
public:
    template <typename Compute>
    Value get(const QString &raw, Compute &&compute)
    {
        if (auto it = m_values.constFind(raw); it != m_values.constEnd()) {
            return it.value();
        }
        Value value = compute(raw);
        if (m_values.size() >= kCapacity) {
            m_values.clear();
        }
        m_values.insert(raw, value);
        return value;
    }

private:
    static constexpr qsizetype kCapacity = 1024;
    QHash<QString, Value> m_values;
};

struct NormaliseMemos {
    Memo<std::pair<QString, bool>> kind; // the code and whether it says "template"
    Memo<std::optional<bool>> isTemplate;
    Memo<QString> osFamily;
    Memo<QString> powerState;
    Memo<QString> environment;
    Memo<QString> criticality;
    Memo<QString> dataClass;
};

std::size_t slot(WorkloadField field)
{
    return static_cast<std::size_t>(field);
}

// Where each field comes from in one file.
struct Columns {
    std::array<int, kFieldCount> index;
    std::array<SizeUnit, kFieldCount> unit;
    std::array<bool, kFieldCount> unitGuessed{};
    QStringList unmapped;

    Columns()
    {
        index.fill(-1);
        unit.fill(SizeUnit::GiB);
    }
    int operator[](WorkloadField field) const { return index[slot(field)]; }
};

Result<Columns> resolveColumns(const QStringList &headers, const ColumnMapping &overrides)
{
    Columns columns;
    std::vector<bool> used(std::size_t(headers.size()), false);

    for (const auto &[field, wanted] : overrides.columns) {
        int found = int(headers.indexOf(wanted));
        if (found < 0) {
            const QString folded = foldText(wanted);
            for (int i = 0; i < headers.size(); ++i) {
                if (foldText(headers[i]) == folded) {
                    found = i;
                    break;
                }
            }
        }
        if (found < 0) {
            Error error;
            error.message = QCoreApplication::translate(
                                "Importer", "the mapping names the column \"%1\" for %2, but the "
                                            "file has no such column (columns found: %3)")
                                .arg(wanted, fieldKey(field), abbreviatedList(headers));
            return error;
        }
        columns.index[slot(field)] = found;
        used[std::size_t(found)] = true;
    }

    QStringList ignored;
    for (const QString &header : overrides.ignored) {
        ignored << foldText(header);
    }
    for (int i = 0; i < headers.size(); ++i) {
        if (used[std::size_t(i)] || headers[i].trimmed().isEmpty()) {
            continue;
        }
        if (ignored.contains(foldText(headers[i]))) {
            columns.unmapped.append(headers[i].trimmed());
            continue;
        }
        const std::optional<WorkloadField> field = fieldForHeader(headers[i]);
        if (field && columns.index[slot(*field)] < 0 && !overrides.columns.count(*field)) {
            columns.index[slot(*field)] = i;
        } else {
            columns.unmapped.append(headers[i].trimmed());
        }
    }

    for (WorkloadField field : kAllWorkloadFields) {
        const int i = columns[field];
        if (!isSizeField(field) || i < 0) {
            continue;
        }
        if (auto it = overrides.units.find(field); it != overrides.units.end()) {
            columns.unit[slot(field)] = it->second;
        } else if (std::optional<SizeUnit> unit = unitInHeader(headers[i])) {
            columns.unit[slot(field)] = *unit;
        } else {
            columns.unitGuessed[slot(field)] = true;
        }
    }

    if (columns[WorkloadField::Name] < 0) {
        Error error;
        error.message =
            QCoreApplication::translate(
                "Importer", "no column gives the workload name; expected a column such as "
                            "\"Name\", \"Hostname\", \"VM\", \"Nom\" or \"Serveur\" (columns "
                            "found: %1)")
                .arg(abbreviatedList(headers));
        return error;
    }
    return columns;
}

// One row in, one workload out; an error names the field's line and column.
class RowReader {
public:
    RowReader(const Columns &columns, const CsvRecord &record, QChar delimiter,
              const ImportContext &context)
        : m_columns(columns), m_record(record), m_delimiter(delimiter), m_context(context)
    {
    }

    QString text(WorkloadField field) const
    {
        const int i = m_columns[field];
        return i < 0 ? QString() : m_record.field(i).trimmed();
    }

    Error error(WorkloadField field, const QString &message) const
    {
        const int i = m_columns[field];
        return m_context.error(message, m_record.fieldLine(i), i + 1);
    }

    Result<std::optional<double>> count(WorkloadField field, const char *expected) const
    {
        const QString value = text(field);
        if (value.isEmpty()) {
            return std::optional<double>();
        }
        const std::optional<double> number = parseNumber(value, m_delimiter);
        if (!number || *number < 0 || !std::isfinite(*number)) {
            return error(field, QCoreApplication::translate("Importer", expected).arg(value));
        }
        return std::optional<double>(*number);
    }

    Result<std::optional<double>> size(WorkloadField field, const char *expected) const
    {
        const QString value = text(field);
        if (value.isEmpty()) {
            return std::optional<double>();
        }
        const std::optional<Quantity> quantity = parseQuantity(value, m_delimiter);
        if (!quantity || quantity->value < 0 || !std::isfinite(quantity->value)) {
            return error(field, QCoreApplication::translate("Importer", expected).arg(value));
        }
        return std::optional<double>(
            toGib(quantity->value, quantity->unit.value_or(m_columns.unit[slot(field)])));
    }

private:
    const Columns &m_columns;
    const CsvRecord &m_record;
    QChar m_delimiter;
    const ImportContext &m_context;
};

// "2", "2x A100", "2 x NVIDIA T4", "NVIDIA T4" (one), "aucun" (none).
Result<bool> readGpu(const RowReader &row, Workload &w)
{
    const QString value = row.text(WorkloadField::GpuCount);
    if (value.isEmpty()) {
        return true;
    }
    if (const std::optional<double> n = parseNumber(value)) {
        if (*n < 0 || *n != std::floor(*n) || *n > 1024) {
            return row.error(
                WorkloadField::GpuCount,
                QCoreApplication::translate("Importer", "expected a number of GPUs, found \"%1\"")
                    .arg(value));
        }
        w.gpuCount = int(*n);
        return true;
    }
    const QString folded = foldText(value);
    for (QStringView none : {u"no", u"non", u"none", u"aucun", u"aucune", u"sans", u"n a"}) {
        if (folded == none) {
            return true;
        }
    }
    qsizetype digits = 0;
    while (digits < value.size() && value[digits].isDigit()) {
        ++digits;
    }
    QString model = value;
    w.gpuCount = 1;
    if (digits > 0) {
        QStringView rest = QStringView(value).sliced(digits).trimmed();
        if (rest.startsWith(u'x', Qt::CaseInsensitive) || rest.startsWith(u'\u00D7')) {
            rest = rest.sliced(1).trimmed();
        }
        w.gpuCount = value.first(digits).toInt();
        model = rest.toString();
    }
    if (w.gpuModel.isEmpty()) {
        w.gpuModel = model;
    }
    return true;
}

} // namespace

QString CsvInventoryImporter::formatId() const
{
    return u"csv"_s;
}

QString CsvInventoryImporter::displayName() const
{
    return QCoreApplication::translate("Importer", "Inventory CSV (CMDB, Excel)");
}

int CsvInventoryImporter::sniff(QByteArrayView head, const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool csvName = suffix == u"csv" || suffix == u"tsv" || suffix == u"txt";
    // Binary files (zip, xlsx, UTF-16) hold NULs; CSV never does.
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
        return csvName ? 15 : 0;
    }
    bool name = false;
    bool sizes = false;
    int known = 0;
    for (const QString &text : header.fields()) {
        const std::optional<WorkloadField> field = fieldForHeader(text);
        if (!field) {
            continue;
        }
        ++known;
        name = name || *field == WorkloadField::Name;
        sizes = sizes || *field == WorkloadField::Vcpu || *field == WorkloadField::Memory;
    }
    int score = csvName ? 15 : 5;
    if (name && sizes) {
        score = 80;
    } else if (name) {
        score = 60;
    } else if (known >= 2) {
        score = 40;
    }
    if (csvName && score >= 40) {
        score += 10;
    }
    return score;
}

Result<ColumnMapping> CsvInventoryImporter::resolveMapping(const QStringList &headers,
                                                           const ColumnMapping &overrides)
{
    Result<Columns> columns = resolveColumns(headers, overrides);
    if (!columns) {
        return columns.error();
    }
    ColumnMapping mapping;
    for (WorkloadField field : kAllWorkloadFields) {
        const int i = columns.value()[field];
        if (i < 0) {
            continue;
        }
        mapping.columns[field] = headers[i];
        if (isSizeField(field)) {
            mapping.units[field] = columns.value().unit[slot(field)];
        }
    }
    return mapping;
}

Result<ImportOutcome> CsvInventoryImporter::read(QIODevice &device,
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
    Result<Columns> resolved =
        resolveColumns(headers, context.options.mapping.value_or(ColumnMapping()));
    if (!resolved) {
        return context.error(resolved.error().message, headerLine);
    }
    const Columns &columns = resolved.value();
    const QChar delimiter = QLatin1Char(reader.delimiter());

    ImportOutcome outcome;
    auto warn = [&outcome](const QString &message, int line, int column = 0) {
        outcome.warnings.push_back(ImportWarning{message, line, column, {}});
    };
    if (!columns.unmapped.isEmpty()) {
        warn(QCoreApplication::translate("Importer", "columns not imported: %1")
                 .arg(abbreviatedList(columns.unmapped)),
             headerLine);
    }

    FirstLines firstLines; // of each natural key
    NormaliseMemos memo;
    bool warnedMemoryUnit = false;

    DataRows rows(reader, context, outcome, headers.size());
    for (;;) {
        Result<bool> next = rows.next(record);
        if (!next) {
            return next.error();
        }
        if (!next.value()) {
            break;
        }

        const RowReader row(columns, record, delimiter, context);
        auto buildWorkload = [&]() -> Result<Workload> {
            Workload w;
            w.name = row.text(WorkloadField::Name);
            if (w.name.isEmpty()) {
                return row.error(WorkloadField::Name,
                                 QCoreApplication::translate(
                                     "Importer", "expected a workload name, found an empty field"));
            }
            Result<std::optional<double>> vcpu = row.count(
                WorkloadField::Vcpu,
                QT_TRANSLATE_NOOP("Importer", "expected a number of vCPUs, found \"%1\""));
            if (!vcpu) {
                return vcpu.error();
            }
            w.vcpu = vcpu.value();
            Result<std::optional<double>> memory = row.size(
                WorkloadField::Memory,
                QT_TRANSLATE_NOOP("Importer", "expected an amount of memory, found \"%1\""));
            if (!memory) {
                return memory.error();
            }
            w.memoryGib = memory.value();
            Result<std::optional<double>> storage =
                row.size(WorkloadField::Storage,
                         QT_TRANSLATE_NOOP("Importer", "expected a storage size, found \"%1\""));
            if (!storage) {
                return storage.error();
            }
            w.storageGib = storage.value();
            Result<std::optional<double>> used = row.size(
                WorkloadField::StorageUsed,
                QT_TRANSLATE_NOOP("Importer", "expected a used storage size, found \"%1\""));
            if (!used) {
                return used.error();
            }
            w.storageUsedGib = used.value();
            w.gpuModel = row.text(WorkloadField::GpuModel);
            if (Result<bool> gpu = readGpu(row, w); !gpu) {
                return gpu.error();
            }
            return w;
        };

        Result<Workload> built = buildWorkload();
        if (!built) {
            if (!context.options.skipBadRows) {
                return built.error();
            }
            outcome.skipRow(built.error());
            continue;
        }
        Workload &w = built.value();

        // Categorical fields never fail a row: unknown values are kept as written.
        w.id = newUuid();
        const QString uuid = row.text(WorkloadField::Uuid);
        w.naturalKey = uuid.isEmpty() ? w.name.toLower() : uuid.toLower();
        std::tie(w.kind, w.isTemplate) =
            memo.kind.get(row.text(WorkloadField::Kind), [](const QString &value) {
                bool isTemplate = false;
                QString kind = normaliseKind(value, &isTemplate);
                return std::pair(std::move(kind), isTemplate);
            });
        if (columns[WorkloadField::Template] >= 0) {
            const QString value = row.text(WorkloadField::Template);
            const std::optional<bool> isTemplate =
                memo.isTemplate.get(value, [](const QString &text) { return parseBool(text); });
            if (isTemplate) {
                w.isTemplate = w.isTemplate || *isTemplate;
            } else if (!value.isEmpty()) {
                warn(QCoreApplication::translate(
                         "Importer", "expected yes or no for a template, found \"%1\"; read as no")
                         .arg(value),
                     record.fieldLine(columns[WorkloadField::Template]),
                     columns[WorkloadField::Template] + 1);
            }
        }
        w.osEdition = row.text(WorkloadField::Os);
        w.osFamily =
            memo.osFamily.get(w.osEdition, [](const QString &os) { return osFamilyOf(os); });
        w.powerState = memo.powerState.get(row.text(WorkloadField::PowerState),
                                           [](const QString &v) { return normalisePowerState(v); });
        w.environment =
            memo.environment.get(row.text(WorkloadField::Environment),
                                 [](const QString &value) { return normaliseEnvironment(value); });
        if (w.environment.isEmpty()) {
            w.environment = environmentFromName(w.name);
        }
        w.criticality =
            memo.criticality.get(row.text(WorkloadField::Criticality),
                                 [](const QString &value) { return normaliseCriticality(value); });
        w.dataClass = memo.dataClass.get(row.text(WorkloadField::DataClass),
                                         [](const QString &v) { return normaliseDataClass(v); });
        w.application = row.text(WorkloadField::Application);
        w.site = row.text(WorkloadField::Site);
        w.cluster = row.text(WorkloadField::Cluster);
        w.region = row.text(WorkloadField::Region);
        w.account = row.text(WorkloadField::Account);
        w.costCentre = row.text(WorkloadField::CostCentre);
        w.tags = parseTags(row.text(WorkloadField::Tags));
        w.sourceFile = context.fileName;
        w.sourceLocation = u"line "_s + QString::number(record.line());

        if (!warnedMemoryUnit && columns.unitGuessed[slot(WorkloadField::Memory)] && w.memoryGib &&
            *w.memoryGib > kSuspiciousMemoryGib) {
            warnedMemoryUnit = true;
            const QString header = headers[columns[WorkloadField::Memory]];
            warn(QCoreApplication::translate(
                     "Importer",
                     "column \"%1\" names no unit and holds values like %2, read as GiB; if they "
                     "are MiB, write the unit in the header (\"%1 (MB)\") or in a mapping")
                     .arg(header, row.text(WorkloadField::Memory)),
                 record.fieldLine(columns[WorkloadField::Memory]),
                 columns[WorkloadField::Memory] + 1);
        }
        if (const int first = firstLines.seen(w.naturalKey, record.line()); first != 0) {
            warn(QCoreApplication::translate("Importer", "workload \"%1\" is also on line %2")
                     .arg(w.name)
                     .arg(first),
                 record.line());
        }
        if (Status added = context.add(outcome, std::move(w)); !added) {
            return added.error();
        }
    }

    if (Status finished = rows.finish(); !finished) {
        return finished.error();
    }
    return outcome;
}

} // namespace boussole
