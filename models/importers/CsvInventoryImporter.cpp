#include "models/importers/CsvInventoryImporter.h"

#include "models/importers/Normalise.h"
#include "models/importers/io/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <cmath>
#include <cstring>
#include <iterator>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr std::size_t kFieldCount = std::size(kAllWorkloadFields);
constexpr qint64 kProgressEveryRows = 1024;
// Above this, a memory column without a unit most likely holds MiB (RVTools' "Memory").
constexpr double kSuspiciousMemoryGib = 4096;
constexpr int kListedColumns = 10;

// A version 4 UUID. QUuid::createUuid() asks the system for entropy on every call, which costs
// more than parsing the row; the global generator is seeded from it once.
QString newUuid()
{
    std::array<quint32, 4> words;
    QRandomGenerator::global()->fillRange(words.data(), qsizetype(words.size()));
    std::array<char, 16> bytes;
    std::memcpy(bytes.data(), words.data(), bytes.size());
    bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())))
        .toString(QUuid::WithoutBraces);
}

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

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names) {
        quoted.append(u'"' + name + u'"');
    }
    return quoted.join(u", "_s);
}

QString shortList(const QStringList &names)
{
    if (names.size() <= kListedColumns) {
        return quotedList(names);
    }
    return QCoreApplication::translate("Importer", "%1 and %n more", nullptr,
                                       int(names.size() - kListedColumns))
        .arg(quotedList(names.first(kListedColumns)));
}

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
                                .arg(wanted, fieldKey(field), shortList(headers));
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
                .arg(shortList(headers));
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
                 .arg(shortList(columns.unmapped)),
             headerLine);
    }

    QHash<QString, int> seen; // natural key -> line
    bool warnedExtraFields = false;
    bool warnedMemoryUnit = false;

    for (;;) {
        Result<bool> next = reader.next(record);
        if (!next) {
            return next.error();
        }
        if (!next.value()) {
            break;
        }
        if (record.isBlank()) {
            continue;
        }
        ++outcome.rowsRead;
        if (outcome.rowsRead % kProgressEveryRows == 0 &&
            !context.reportProgress(reader.bytesRead(), outcome.rowsRead)) {
            return context.cancelled();
        }

        if (!warnedExtraFields && record.size() > headers.size()) {
            for (int i = int(headers.size()); i < record.size(); ++i) {
                if (!record.rawField(i).trimmed().isEmpty()) {
                    warnedExtraFields = true;
                    warn(QCoreApplication::translate(
                             "Importer",
                             "this row has %1 fields but the header has %2; the extra fields "
                             "are ignored")
                             .arg(record.size())
                             .arg(headers.size()),
                         record.line());
                    break;
                }
            }
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
            ++outcome.rowsSkipped;
            const Error &e = built.error();
            warn(QCoreApplication::translate("Importer", "row skipped: %1").arg(e.message), e.line,
                 e.column);
            continue;
        }
        Workload &w = built.value();

        // Categorical fields never fail a row: unknown values are kept as written.
        w.id = newUuid();
        const QString uuid = row.text(WorkloadField::Uuid);
        w.naturalKey = uuid.isEmpty() ? w.name.toLower() : uuid.toLower();
        w.kind = normaliseKind(row.text(WorkloadField::Kind), &w.isTemplate);
        if (columns[WorkloadField::Template] >= 0) {
            const QString value = row.text(WorkloadField::Template);
            const std::optional<bool> isTemplate = parseBool(value);
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
        w.osFamily = osFamilyOf(w.osEdition);
        w.powerState = normalisePowerState(row.text(WorkloadField::PowerState));
        w.environment = normaliseEnvironment(row.text(WorkloadField::Environment));
        if (w.environment.isEmpty()) {
            w.environment = environmentFromName(w.name);
        }
        w.criticality = normaliseCriticality(row.text(WorkloadField::Criticality));
        w.dataClass = normaliseDataClass(row.text(WorkloadField::DataClass));
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
        if (auto it = seen.constFind(w.naturalKey); it != seen.constEnd()) {
            warn(QCoreApplication::translate("Importer", "workload \"%1\" is also on line %2")
                     .arg(w.name)
                     .arg(it.value()),
                 record.line());
        } else {
            seen.insert(w.naturalKey, record.line());
        }
        outcome.workloads.push_back(std::move(w));
    }

    if (!context.reportProgress(reader.bytesRead(), outcome.rowsRead)) {
        return context.cancelled();
    }
    return outcome;
}

} // namespace boussole
