#pragma once

#include "models/domain/Result.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace boussole {

// The workload fields a tabular inventory (CSV today, XLSX later) can fill. The keys (fieldKey())
// are what mapping files use; they are stable.
enum class WorkloadField {
    Uuid,        // "uuid": the source's identity, becomes the natural key
    Name,        // "name"
    Kind,        // "kind": vm, database, container… ("template" sets isTemplate)
    Vcpu,        // "vcpu"
    Memory,      // "memory": converted to GiB
    Storage,     // "storage": provisioned, converted to GiB
    StorageUsed, // "storage_used": converted to GiB
    GpuCount,    // "gpu_count"
    GpuModel,    // "gpu_model"
    Os,          // "os": the edition as written; the family is derived from it
    PowerState,  // "power_state"
    Template,    // "template": yes/no
    Environment, // "environment"
    Criticality, // "criticality"
    DataClass,   // "data_class"
    Application, // "application"
    Site,        // "site"
    Cluster,     // "cluster"
    Region,      // "region"
    Account,     // "account"
    CostCentre,  // "cost_centre"
    Tags,        // "tags": "key=value; key=value"
};

inline constexpr WorkloadField kAllWorkloadFields[] = {
    WorkloadField::Uuid,        WorkloadField::Name,        WorkloadField::Kind,
    WorkloadField::Vcpu,        WorkloadField::Memory,      WorkloadField::Storage,
    WorkloadField::StorageUsed, WorkloadField::GpuCount,    WorkloadField::GpuModel,
    WorkloadField::Os,          WorkloadField::PowerState,  WorkloadField::Template,
    WorkloadField::Environment, WorkloadField::Criticality, WorkloadField::DataClass,
    WorkloadField::Application, WorkloadField::Site,        WorkloadField::Cluster,
    WorkloadField::Region,      WorkloadField::Account,     WorkloadField::CostCentre,
    WorkloadField::Tags};

QString fieldKey(WorkloadField field);
std::optional<WorkloadField> fieldFromKey(QStringView key);
bool isSizeField(WorkloadField field); // memory, storage, storage_used

// Units of memory and storage columns. Inventories write "MB" and "Mo" when they mean MiB, and
// "GB"/"Go" for GiB (RVTools, vSphere, Windows all do), so the decimal names count as binary.
enum class SizeUnit { KiB, MiB, GiB, TiB };

QString unitKey(SizeUnit unit);                         // "KiB", "MiB", "GiB", "TiB"
std::optional<SizeUnit> unitFromText(QStringView text); // "MB", "mio", "Go", "GiB"… any case
double toGib(double value, SizeUnit unit);

// Which column of the file fills which field; fields left out are mapped automatically from the
// headers. Loaded from and saved to YAML:
//
//   # Boussole column mapping
//   columns:
//     name: Hostname
//     memory: RAM
//   units:
//     memory: MiB
//   ignore:
//     - Old RAM
struct ColumnMapping {
    std::map<WorkloadField, QString> columns; // field -> header, as written in the file
    std::map<WorkloadField, SizeUnit> units;  // for size columns whose header names no unit
    QStringList ignored; // headers never imported, even when their name looks like a field's

    bool isEmpty() const { return columns.empty() && units.empty() && ignored.isEmpty(); }
    bool operator==(const ColumnMapping &) const = default;
};

// Header matching, shared by the tabular importers. Headers are compared folded (foldText()) and
// without their unit, against French and English aliases: "Mémoire (Go)", "RAM GB", "memory_mb"
// and "Memory MiB" all name WorkloadField::Memory.
std::optional<WorkloadField> fieldForHeader(QStringView header);
// The unit a header names, if any: "Memory (MB)" -> MiB, "RAM (Go)" -> GiB.
std::optional<SizeUnit> unitInHeader(QStringView header);
// Lowercase, accents removed, every run of punctuation and spaces made one space, trimmed:
// "Centre de Coût / CC" -> "centre de cout cc".
QString foldText(QStringView text);

Result<ColumnMapping> loadMapping(const QString &path);
// Also usable on text already in memory; fileName only labels errors.
Result<ColumnMapping> parseMapping(const QByteArray &yaml, const QString &fileName);
Status saveMapping(const ColumnMapping &mapping, const QString &path);
QByteArray mappingToYaml(const ColumnMapping &mapping);

} // namespace boussole
