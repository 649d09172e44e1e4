#include "models/importers/RvToolsImporter.h"

#include "models/importers/Normalise.h"
#include "models/importers/io/CsvReader.h"
#include "models/importers/io/XlsxReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr qint64 kProgressEveryRows = 1024;
constexpr double kMibPerGib = 1024;
constexpr int kListedColumns = 10;

// The vInfo columns the importer reads.
enum class Col {
    Vm,
    Powerstate,
    Template,
    SrmPlaceholder,
    Cpus,
    Memory,
    Provisioned,
    InUse,
    TotalDisk,
    OsConfig,
    OsTools,
    Datacenter,
    Cluster,
    Host,
    VmUuid,
    SmbiosUuid,
    ViSdkUuid,
    ViSdkServer,
    VmId,
    Annotation,
    Folder,
    ResourcePool,
    Count
};
constexpr std::size_t kColumnCount = std::size_t(Col::Count);

struct ColumnAliases {
    Col column;
    std::vector<QStringView> names; // folded (foldText), units dropped
};

// RVTools 4.x and 3.x spellings; "MB" and "MiB" fold to the same stem.
const ColumnAliases kColumns[] = {
    {Col::Vm, {u"vm", u"vm name"}},
    {Col::Powerstate, {u"powerstate", u"power state"}},
    {Col::Template, {u"template"}},
    {Col::SrmPlaceholder, {u"srm placeholder"}},
    {Col::Cpus, {u"cpus", u"num cpus", u"num cpu"}},
    {Col::Memory, {u"memory"}},
    {Col::Provisioned, {u"provisioned"}},
    {Col::InUse, {u"in use"}},
    {Col::TotalDisk, {u"total disk capacity"}},
    {Col::OsConfig, {u"os according to the configuration file", u"os"}},
    {Col::OsTools, {u"os according to the vmware tools"}},
    {Col::Datacenter, {u"datacenter"}},
    {Col::Cluster, {u"cluster"}},
    {Col::Host, {u"host"}},
    {Col::VmUuid, {u"vm uuid"}},
    {Col::SmbiosUuid, {u"smbios uuid"}},
    {Col::ViSdkUuid, {u"vi sdk uuid"}},
    {Col::ViSdkServer, {u"vi sdk server"}},
    {Col::VmId, {u"vm id"}},
    {Col::Annotation, {u"annotation"}},
    {Col::Folder, {u"folder"}},
    {Col::ResourcePool, {u"resource pool"}},
};

// Every column RVTools itself writes in vInfo (4.x and 3.x), to tell vCenter custom attributes
// apart when their usual place (between "Annotation" and "Datacenter") cannot be found.
constexpr QStringView kStandardColumns[] = {u"VM",
                                            u"Powerstate",
                                            u"Template",
                                            u"SRM Placeholder",
                                            u"Config status",
                                            u"DNS Name",
                                            u"Connection state",
                                            u"Guest state",
                                            u"Heartbeat",
                                            u"Consolidation Needed",
                                            u"PowerOn",
                                            u"Suspended To Memory",
                                            u"Suspend time",
                                            u"Suspend Interval",
                                            u"Creation date",
                                            u"Change Version",
                                            u"CPUs",
                                            u"Overall Cpu Readiness",
                                            u"Memory",
                                            u"Active Memory",
                                            u"NICs",
                                            u"Disks",
                                            u"Total disk capacity MiB",
                                            u"Fixed Passthru HotPlug",
                                            u"min Required EVC Mode Key",
                                            u"Latency Sensitivity",
                                            u"Op Notification Timeout",
                                            u"EnableUUID",
                                            u"CBT",
                                            u"Primary IP Address",
                                            u"Num Monitors",
                                            u"Video Ram KiB",
                                            u"Resource pool",
                                            u"Folder ID",
                                            u"Folder",
                                            u"vApp",
                                            u"DAS protection",
                                            u"FT State",
                                            u"FT Role",
                                            u"FT Latency",
                                            u"FT Bandwidth",
                                            u"FT Sec. Latency",
                                            u"Vm Failover In Progress",
                                            u"Provisioned MiB",
                                            u"In Use MiB",
                                            u"Unshared MiB",
                                            u"HA Restart Priority",
                                            u"HA Isolation Response",
                                            u"HA VM Monitoring",
                                            u"Cluster rule(s)",
                                            u"Cluster rule name(s)",
                                            u"Cluster rule",
                                            u"Cluster rule name",
                                            u"Boot Required",
                                            u"Boot delay",
                                            u"Boot retry delay",
                                            u"Boot retry enabled",
                                            u"Boot BIOS setup",
                                            u"Reboot PowerOff",
                                            u"EFI Secure boot",
                                            u"Firmware",
                                            u"HW version",
                                            u"HW upgrade status",
                                            u"HW upgrade policy",
                                            u"HW target",
                                            u"Path",
                                            u"Log directory",
                                            u"Snapshot directory",
                                            u"Suspend directory",
                                            u"Annotation",
                                            u"Datacenter",
                                            u"Cluster",
                                            u"Host",
                                            u"OS according to the configuration file",
                                            u"OS according to the VMware Tools",
                                            u"OS",
                                            u"Customization Info",
                                            u"Guest Detailed Data",
                                            u"VM ID",
                                            u"SMBIOS UUID",
                                            u"VM UUID",
                                            u"VI SDK Server type",
                                            u"VI SDK API Version",
                                            u"VI SDK Server",
                                            u"VI SDK UUID"};

// foldText() without a trailing size unit: "Provisioned MB" and "Provisioned MiB" both give
// "provisioned".
QString stem(QStringView header)
{
    QString folded = foldText(header);
    for (QStringView unit : {u" mib", u" mb", u" kib", u" kb", u" gib", u" gb"}) {
        if (folded.endsWith(unit)) {
            folded.chop(unit.size());
            break;
        }
    }
    return folded;
}

bool isStandardColumn(const QString &stemmed)
{
    static const QSet<QString> standard = [] {
        QSet<QString> set;
        for (QStringView name : kStandardColumns) {
            set.insert(stem(name));
        }
        return set;
    }();
    // "Network #1" … "Network #8"
    return standard.contains(stemmed) || stemmed.startsWith(u"network ");
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names) {
        quoted.append(u'"' + name + u'"');
    }
    if (quoted.size() > kListedColumns) {
        const qsizetype more = quoted.size() - kListedColumns;
        quoted = quoted.first(kListedColumns);
        quoted.append(QCoreApplication::translate("Importer", "and %1 more").arg(more));
    }
    return quoted.join(u", "_s);
}

struct Layout {
    std::array<int, kColumnCount> index;
    QStringList headers;
    std::vector<std::pair<int, QString>> attributes;            // column, header
    std::vector<std::pair<int, WorkloadField>> attributeFields; // column, field it fills

    Layout() { index.fill(-1); }
    int operator[](Col column) const { return index[std::size_t(column)]; }
};

Layout resolveLayout(const QStringList &headers)
{
    Layout layout;
    layout.headers = headers;
    std::vector<QString> stems;
    stems.reserve(std::size_t(headers.size()));
    for (const QString &header : headers) {
        stems.push_back(stem(header));
    }
    for (const ColumnAliases &aliases : kColumns) {
        for (QStringView name : aliases.names) {
            const auto it = std::find(stems.begin(), stems.end(), name);
            if (it != stems.end()) {
                layout.index[std::size_t(aliases.column)] = int(it - stems.begin());
                break;
            }
        }
    }
    // vCenter custom attributes: RVTools writes them between "Annotation" and "Datacenter".
    const int annotation = layout[Col::Annotation];
    const int datacenter = layout[Col::Datacenter];
    const bool placed = annotation >= 0 && datacenter > annotation;
    for (int i = 0; i < int(headers.size()); ++i) {
        const QString &s = stems[std::size_t(i)];
        if (s.isEmpty() || isStandardColumn(s)) {
            continue;
        }
        if (placed && (i < annotation || i > datacenter)) {
            continue;
        }
        const QString header = headers[i].trimmed();
        layout.attributes.emplace_back(i, header);
        if (const std::optional<WorkloadField> field = fieldForHeader(header)) {
            switch (*field) {
            case WorkloadField::Environment:
            case WorkloadField::Criticality:
            case WorkloadField::DataClass:
            case WorkloadField::Application:
            case WorkloadField::CostCentre:
                layout.attributeFields.emplace_back(i, *field);
                break;
            default:
                break;
            }
        }
    }
    return layout;
}

// One row of vInfo, from a workbook or a CSV file.
class RowView {
public:
    virtual ~RowView() = default;
    virtual QString text(int column) const = 0; // trimmed; empty for column -1
    // A number: nothing for an empty cell; invalid set when the cell holds something else.
    virtual std::optional<double> number(int column, bool &invalid) const = 0;
    virtual std::optional<bool> boolean(int column) const { return parseBool(text(column)); }
    virtual Error error(int column, const QString &message) const = 0;
    virtual ImportWarning warning(int column, const QString &message) const = 0;
    virtual QString location() const = 0;
    virtual QString place() const = 0; // for "also in …" messages
};

class XlsxRowView : public RowView {
public:
    XlsxRowView(const XlsxRow &row, const QString &sheet, const ImportContext &context)
        : m_row(row), m_sheet(sheet), m_context(context)
    {
    }
    QString text(int column) const override
    {
        return column < 0 ? QString() : m_row.cell(column).toString().trimmed();
    }
    std::optional<double> number(int column, bool &invalid) const override
    {
        invalid = false;
        if (column < 0) {
            return std::nullopt;
        }
        const XlsxCell &cell = m_row.cell(column);
        if (cell.type == XlsxCellType::Number) {
            return cell.number;
        }
        const QString value = cell.toString().trimmed();
        if (value.isEmpty()) {
            return std::nullopt;
        }
        // Numbers stored as text: English separators, as RVTools writes them.
        const std::optional<double> parsed = parseNumber(value, u',');
        invalid = !parsed || cell.type != XlsxCellType::String;
        return invalid ? std::nullopt : parsed;
    }
    std::optional<bool> boolean(int column) const override
    {
        if (column >= 0 && m_row.cell(column).type == XlsxCellType::Boolean) {
            return m_row.cell(column).number != 0;
        }
        return RowView::boolean(column);
    }
    Error error(int column, const QString &message) const override
    {
        return Error(message, m_context.fileName, 0, 0,
                     XlsxReader::cellName(m_sheet, std::max(column, 0), m_row.number));
    }
    ImportWarning warning(int column, const QString &message) const override
    {
        return ImportWarning{message, 0, 0,
                             XlsxReader::cellName(m_sheet, std::max(column, 0), m_row.number)};
    }
    QString location() const override
    {
        return m_sheet + u"!row "_s + QString::number(m_row.number);
    }
    QString place() const override
    {
        return QCoreApplication::translate("Importer", "row %1").arg(m_row.number);
    }

private:
    const XlsxRow &m_row;
    const QString &m_sheet;
    const ImportContext &m_context;
};

class CsvRowView : public RowView {
public:
    CsvRowView(const CsvRecord &record, QChar delimiter, const ImportContext &context)
        : m_record(record), m_delimiter(delimiter), m_context(context)
    {
    }
    QString text(int column) const override
    {
        return column < 0 ? QString() : m_record.field(column).trimmed();
    }
    std::optional<double> number(int column, bool &invalid) const override
    {
        const QString value = text(column);
        invalid = false;
        if (value.isEmpty()) {
            return std::nullopt;
        }
        const std::optional<double> parsed = parseNumber(value, m_delimiter);
        invalid = !parsed;
        return parsed;
    }
    Error error(int column, const QString &message) const override
    {
        return m_context.error(message, m_record.fieldLine(std::max(column, 0)),
                               std::max(column, 0) + 1);
    }
    ImportWarning warning(int column, const QString &message) const override
    {
        return ImportWarning{
            message, m_record.fieldLine(std::max(column, 0)), std::max(column, 0) + 1, {}};
    }
    QString location() const override { return u"line "_s + QString::number(m_record.line()); }
    QString place() const override
    {
        return QCoreApplication::translate("Importer", "line %1").arg(m_record.line());
    }

private:
    const CsvRecord &m_record;
    QChar m_delimiter;
    const ImportContext &m_context;
};

// Builds workloads from vInfo rows; shared by the workbook and the CSV paths.
class VInfoBuilder {
public:
    VInfoBuilder(const Layout &layout, const ImportContext &context, ImportOutcome &outcome)
        : m_layout(layout), m_context(context), m_outcome(outcome)
    {
    }

    // Error only when the row is bad and bad rows are not skipped.
    Status add(const RowView &row)
    {
        ++m_outcome.rowsRead;
        // A placeholder is skipped whatever it holds: its values are the protected VM's.
        if (row.boolean(m_layout[Col::SrmPlaceholder]).value_or(false)) {
            m_outcome.warnings.push_back(row.warning(
                m_layout[Col::SrmPlaceholder],
                QCoreApplication::translate("Importer",
                                            "\"%1\" is an SRM placeholder (a VM protected at "
                                            "another site); skipped")
                    .arg(row.text(m_layout[Col::Vm]))));
            return {};
        }
        Result<Workload> built = build(row);
        if (!built) {
            if (!m_context.options.skipBadRows) {
                return built.error();
            }
            m_outcome.skipRow(built.error());
            return {};
        }
        Workload &w = built.value();
        if (auto it = m_seen.constFind(w.naturalKey); it != m_seen.constEnd()) {
            m_outcome.warnings.push_back(
                row.warning(m_layout[Col::Vm],
                            QCoreApplication::translate("Importer", "workload \"%1\" is also on %2")
                                .arg(w.name, it.value())));
        } else {
            m_seen.insert(w.naturalKey, row.place());
        }
        m_partitionKeys.push_back({row.text(m_layout[Col::VmUuid]).toLower(), w.name.toLower()});
        m_outcome.workloads.push_back(std::move(w));
        return {};
    }

    // Used storage from vPartition: the sum of "Consumed MiB" per VM, by VM UUID or name.
    void applyPartitions(const QHash<QString, double> &consumedMib)
    {
        for (std::size_t i = 0; i < m_outcome.workloads.size(); ++i) {
            const auto &[uuid, name] = m_partitionKeys[i];
            auto it = uuid.isEmpty() ? consumedMib.constEnd() : consumedMib.constFind(uuid);
            if (it == consumedMib.constEnd()) {
                it = consumedMib.constFind(name);
            }
            if (it != consumedMib.constEnd()) {
                m_outcome.workloads[i].storageUsedGib = it.value() / kMibPerGib;
            }
        }
    }

private:
    Result<std::optional<double>> count(const RowView &row, Col column, const char *expected,
                                        double scale) const
    {
        const int i = m_layout[column];
        bool invalid = false;
        const std::optional<double> value = row.number(i, invalid);
        if (invalid || (value && (*value < 0 || !std::isfinite(*value)))) {
            return row.error(i, QCoreApplication::translate("Importer", expected).arg(row.text(i)));
        }
        if (!value) {
            return std::optional<double>();
        }
        return std::optional<double>(*value / scale);
    }

    Result<Workload> build(const RowView &row) const
    {
        Workload w;
        w.name = row.text(m_layout[Col::Vm]);
        if (w.name.isEmpty()) {
            return row.error(m_layout[Col::Vm],
                             QCoreApplication::translate(
                                 "Importer", "expected a workload name, found an empty field"));
        }
        Result<std::optional<double>> vcpu =
            count(row, Col::Cpus,
                  QT_TRANSLATE_NOOP("Importer", "expected a number of vCPUs, found \"%1\""), 1);
        if (!vcpu) {
            return vcpu.error();
        }
        w.vcpu = vcpu.value();
        // RVTools' "MB" is bytes / 1024²: MiB, like its "MiB".
        Result<std::optional<double>> memory =
            count(row, Col::Memory,
                  QT_TRANSLATE_NOOP("Importer", "expected an amount of memory, found \"%1\""),
                  kMibPerGib);
        if (!memory) {
            return memory.error();
        }
        w.memoryGib = memory.value();
        const Col storageColumn =
            m_layout[Col::Provisioned] >= 0 ? Col::Provisioned : Col::TotalDisk;
        Result<std::optional<double>> storage = count(
            row, storageColumn,
            QT_TRANSLATE_NOOP("Importer", "expected a storage size, found \"%1\""), kMibPerGib);
        if (!storage) {
            return storage.error();
        }
        w.storageGib = storage.value();
        Result<std::optional<double>> used =
            count(row, Col::InUse,
                  QT_TRANSLATE_NOOP("Importer", "expected a used storage size, found \"%1\""),
                  kMibPerGib);
        if (!used) {
            return used.error();
        }
        w.storageUsedGib = used.value();

        w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        w.kind = u"vm"_s;
        w.powerState = normalisePowerState(row.text(m_layout[Col::Powerstate]));
        w.isTemplate = row.boolean(m_layout[Col::Template]).value_or(false);
        const QString toolsOs = row.text(m_layout[Col::OsTools]);
        w.osEdition = toolsOs.isEmpty() ? row.text(m_layout[Col::OsConfig]) : toolsOs;
        w.osFamily = osFamilyOf(w.osEdition);
        w.site = row.text(m_layout[Col::Datacenter]);
        w.cluster = row.text(m_layout[Col::Cluster]);

        const QString vmUuid = row.text(m_layout[Col::VmUuid]);
        const QString smbiosUuid = row.text(m_layout[Col::SmbiosUuid]);
        const QString vcenterUuid = row.text(m_layout[Col::ViSdkUuid]);
        const QString vmId = row.text(m_layout[Col::VmId]);
        if (!vmUuid.isEmpty()) {
            w.naturalKey = vmUuid.toLower();
        } else if (!smbiosUuid.isEmpty()) {
            w.naturalKey = smbiosUuid.toLower();
        } else if (!vcenterUuid.isEmpty() && !vmId.isEmpty()) {
            w.naturalKey = (vcenterUuid + u'/' + vmId).toLower();
        } else {
            w.naturalKey = w.name.toLower();
        }

        auto tag = [&w](const QString &key, const QString &value) {
            if (!value.isEmpty()) {
                w.tags.insert(key, value);
            }
        };
        const QString folder = row.text(m_layout[Col::Folder]);
        const QString pool = row.text(m_layout[Col::ResourcePool]);
        const QString annotation = row.text(m_layout[Col::Annotation]);
        tag(u"host"_s, row.text(m_layout[Col::Host]));
        tag(u"folder"_s, folder);
        tag(u"resource_pool"_s, pool);
        tag(u"vcenter"_s, row.text(m_layout[Col::ViSdkServer]));
        tag(u"annotation"_s, annotation);
        for (const auto &[column, header] : m_layout.attributes) {
            tag(header, row.text(column));
        }
        for (const auto &[column, field] : m_layout.attributeFields) {
            const QString value = row.text(column);
            switch (field) {
            case WorkloadField::Environment:
                w.environment = normaliseEnvironment(value);
                break;
            case WorkloadField::Criticality:
                w.criticality = normaliseCriticality(value);
                break;
            case WorkloadField::DataClass:
                w.dataClass = normaliseDataClass(value);
                break;
            case WorkloadField::Application:
                w.application = value;
                break;
            case WorkloadField::CostCentre:
                w.costCentre = value;
                break;
            default:
                break;
            }
        }
        for (const QString &hint : {folder, pool, w.name, annotation}) {
            if (!w.environment.isEmpty()) {
                break;
            }
            w.environment = environmentFromName(hint);
        }
        w.sourceFile = m_context.fileName;
        w.sourceLocation = row.location();
        return w;
    }

    const Layout &m_layout;
    const ImportContext &m_context;
    ImportOutcome &m_outcome;
    QHash<QString, QString> m_seen;                           // natural key -> where
    std::vector<std::pair<QString, QString>> m_partitionKeys; // per workload: uuid, name
};

Error missingVmColumn(const ImportContext &context, const QStringList &headers,
                      const QString &path = {})
{
    QStringList found;
    for (const QString &header : headers) {
        if (!header.trimmed().isEmpty()) {
            found.append(header.trimmed());
        }
    }
    Error error(QCoreApplication::translate("Importer",
                                            "no \"VM\" column: this is not an RVTools vInfo "
                                            "export (columns found: %1)")
                    .arg(quotedList(found)),
                context.fileName);
    error.path = path;
    return error;
}

QStringList headersOf(const XlsxRow &row)
{
    QStringList headers;
    headers.resize(row.width());
    for (const XlsxCell &cell : row.cells) {
        headers[cell.column] = cell.toString().trimmed();
    }
    return headers;
}

qint64 progressBytes(const ImportContext &context, const XlsxSheetReader &sheet)
{
    if (context.totalBytes <= 0 || sheet.size() <= 0) {
        return sheet.bytesRead();
    }
    return qint64(double(context.totalBytes) * double(sheet.bytesRead()) / double(sheet.size()));
}

// Sum of "Consumed MiB" per VM UUID and per VM name; bad cells become warnings, since vPartition
// only refines what vInfo says.
Status readPartitions(XlsxReader &workbook, const QString &sheetName, const ImportContext &context,
                      qint64 bytesDone, ImportOutcome &outcome, QHash<QString, double> &consumed)
{
    Result<std::unique_ptr<XlsxSheetReader>> sheet = workbook.openSheet(sheetName);
    if (!sheet) {
        return sheet.error();
    }
    XlsxRow row;
    int vm = -1;
    int uuid = -1;
    int consumedColumn = -1;
    bool header = true;
    QHash<QString, double> byUuid;
    QHash<QString, double> byName;
    for (qint64 rows = 0;; ++rows) {
        Result<bool> next = sheet.value()->next(row);
        if (!next) {
            return next.error();
        }
        if (!next.value()) {
            break;
        }
        if (row.isBlank()) {
            continue;
        }
        if (header) {
            header = false;
            const QStringList headers = headersOf(row);
            for (int i = 0; i < headers.size(); ++i) {
                const QString s = stem(headers[i]);
                if (s == u"vm" && vm < 0) {
                    vm = i;
                } else if (s == u"vm uuid" && uuid < 0) {
                    uuid = i;
                } else if (s == u"consumed" && consumedColumn < 0) {
                    consumedColumn = i;
                }
            }
            if (vm < 0 || consumedColumn < 0) {
                outcome.warnings.push_back(ImportWarning{
                    QCoreApplication::translate("Importer",
                                                "the vPartition sheet has no \"VM\" or "
                                                "\"Consumed MiB\" column; it is ignored"),
                    0, 0, sheetName});
                return {};
            }
            continue;
        }
        if (rows % kProgressEveryRows == 0 &&
            !context.reportProgress(bytesDone, outcome.rowsRead)) {
            return context.cancelled();
        }
        const XlsxRowView view(row, sheetName, context);
        bool invalid = false;
        const std::optional<double> mib = view.number(consumedColumn, invalid);
        if (invalid || (mib && (*mib < 0 || !std::isfinite(*mib)))) {
            outcome.warnings.push_back(view.warning(
                consumedColumn, QCoreApplication::translate(
                                    "Importer", "expected a used storage size, found \"%1\"; the "
                                                "partition is ignored")
                                    .arg(view.text(consumedColumn))));
            continue;
        }
        if (!mib) {
            continue;
        }
        const QString id = view.text(uuid).toLower();
        if (!id.isEmpty()) {
            byUuid[id] += *mib;
        }
        const QString name = view.text(vm).toLower();
        if (!name.isEmpty()) {
            byName[name] += *mib;
        }
    }
    consumed = byName;
    for (auto it = byUuid.constBegin(); it != byUuid.constEnd(); ++it) {
        consumed.insert(it.key(), it.value()); // UUIDs and names never collide in practice
    }
    return {};
}

Result<ImportOutcome> readWorkbook(QIODevice &device, const ImportContext &context)
{
    Result<std::unique_ptr<XlsxReader>> opened = XlsxReader::open(device, context.fileName);
    if (!opened) {
        return opened.error();
    }
    XlsxReader &workbook = *opened.value();
    const std::optional<QString> vInfo = workbook.findSheet(u"vInfo");
    if (!vInfo) {
        return context.error(QCoreApplication::translate(
            "Importer", "no vInfo sheet: this workbook is not an RVTools export"));
    }
    Result<std::unique_ptr<XlsxSheetReader>> sheet = workbook.openSheet(*vInfo);
    if (!sheet) {
        return sheet.error();
    }

    ImportOutcome outcome;
    XlsxRow row;
    std::optional<Layout> layout;
    std::optional<VInfoBuilder> builder;
    for (;;) {
        Result<bool> next = sheet.value()->next(row);
        if (!next) {
            return next.error();
        }
        if (!next.value()) {
            break;
        }
        if (row.isBlank()) {
            continue;
        }
        if (!layout) {
            layout = resolveLayout(headersOf(row));
            if ((*layout)[Col::Vm] < 0) {
                return missingVmColumn(context, layout->headers, *vInfo);
            }
            builder.emplace(*layout, context, outcome);
            continue;
        }
        if (Status added = builder->add(XlsxRowView(row, *vInfo, context)); !added) {
            return added.error();
        }
        if (outcome.rowsRead % kProgressEveryRows == 0 &&
            !context.reportProgress(progressBytes(context, *sheet.value()), outcome.rowsRead)) {
            return context.cancelled();
        }
    }
    if (!layout) {
        return context.error(QCoreApplication::translate("Importer", "the vInfo sheet is empty"));
    }

    if (const std::optional<QString> partitions = workbook.findSheet(u"vPartition")) {
        QHash<QString, double> consumed;
        if (Status read = readPartitions(workbook, *partitions, context,
                                         progressBytes(context, *sheet.value()), outcome, consumed);
            !read) {
            return read.error();
        }
        builder->applyPartitions(consumed);
    }
    if (!context.reportProgress(context.totalBytes, outcome.rowsRead)) {
        return context.cancelled();
    }
    return outcome;
}

Result<ImportOutcome> readCsv(QIODevice &device, const ImportContext &context)
{
    CsvOptions options;
    options.fileName = context.fileName;
    CsvReader reader(device, options);
    CsvRecord record;
    Result<bool> first = reader.next(record);
    if (!first) {
        return first.error();
    }
    if (!first.value()) {
        return context.error(QCoreApplication::translate("Importer", "the file is empty"));
    }
    const Layout layout = resolveLayout(record.fields());
    if (layout[Col::Vm] < 0) {
        Error error = missingVmColumn(context, layout.headers);
        error.line = record.line();
        return error;
    }
    const QChar delimiter = QLatin1Char(reader.delimiter());
    ImportOutcome outcome;
    VInfoBuilder builder(layout, context, outcome);
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
        if (Status added = builder.add(CsvRowView(record, delimiter, context)); !added) {
            return added.error();
        }
        if (outcome.rowsRead % kProgressEveryRows == 0 &&
            !context.reportProgress(reader.bytesRead(), outcome.rowsRead)) {
            return context.cancelled();
        }
    }
    if (!context.reportProgress(reader.bytesRead(), outcome.rowsRead)) {
        return context.cancelled();
    }
    return outcome;
}

bool isZip(QByteArrayView head)
{
    return head.startsWith("PK\x03\x04");
}

// Compound File Binary: an encrypted .xlsx, or an old .xls.
bool isCompoundFile(QByteArrayView head)
{
    return head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

} // namespace

QString RvToolsImporter::formatId() const
{
    return u"rvtools"_s;
}

QString RvToolsImporter::displayName() const
{
    return QCoreApplication::translate("Importer", "RVTools export (vInfo, .xlsx or .csv)");
}

int RvToolsImporter::sniff(QByteArrayView head, const QString &fileName) const
{
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().toLower();
    const QString base = info.fileName().toLower();
    if (isZip(head)) {
        if (suffix == u"xlsx" || suffix == u"xlsm") {
            return base.contains(u"rvtools"_s) ? 70 : 50;
        }
        // A workbook under another name still names its parts in the local headers.
        return head.indexOf("xl/worksheets/") >= 0 || head.indexOf("xl/workbook.xml") >= 0 ? 30 : 0;
    }
    if (isCompoundFile(head)) {
        // Lets read() explain that the workbook is encrypted or an old .xls.
        return (suffix == u"xlsx" || suffix == u"xls") && base.contains(u"rvtools"_s) ? 40 : 0;
    }
    if (head.first(std::min<qsizetype>(head.size(), 4096)).contains('\0')) {
        return 0;
    }
    QByteArray bytes = QByteArray::fromRawData(head.data(), head.size());
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord header;
    Result<bool> first = reader.next(header);
    if (!first.ok() || !first.value() || header.size() < 3) {
        return 0;
    }
    const Layout layout = resolveLayout(header.fields());
    if (layout[Col::Vm] < 0 || layout[Col::Powerstate] < 0 ||
        (layout[Col::Cpus] < 0 && layout[Col::Memory] < 0)) {
        return 0;
    }
    return base.contains(u"vinfo"_s) ? 98 : 95;
}

Result<ImportOutcome> RvToolsImporter::read(QIODevice &device, const ImportContext &context) const
{
    const QByteArray head = device.peek(8);
    if (isCompoundFile(head)) {
        return context.error(QCoreApplication::translate(
            "Importer", "this workbook is encrypted or in the old .xls format; save it as an "
                        ".xlsx workbook without a password"));
    }
    if (isZip(head)) {
        return readWorkbook(device, context);
    }
    return readCsv(device, context);
}

} // namespace boussole
