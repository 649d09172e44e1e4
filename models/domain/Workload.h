#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace boussole {

// One machine, container or service of the estate being compared, as an importer normalised it.
// Sizes use std::optional: "unknown" must stay distinct from 0, because sizing cannot guess it.
struct Workload {
    QString id;       // UUID, stable across re-imports; Project::addImport fills it when empty
    QString importId; // the import that brought it; empty when entered by hand
    QString
        naturalKey; // the source's own identity (VM UUID, resource address…), to match re-imports
    QString name;
    QString kind; // "vm", "container", "database"…

    std::optional<double> vcpu;
    std::optional<double> memoryGib;
    std::optional<double> storageGib;     // provisioned
    std::optional<double> storageUsedGib; // actually written, when the source knows
    int gpuCount = 0;                     // 0 also when the source says nothing about GPUs
    QString gpuModel;

    QString osFamily; // "linux", "windows"…
    QString osEdition;
    QString powerState; // "on", "off", "suspended"
    bool isTemplate = false;

    QString environment; // "prod", "preprod", "test", "dev" (Normalise.h); empty when unknown
    QString criticality;
    QString dataClass;
    QString application;
    QString site;
    QString cluster;
    QString account;
    QString costCentre;
    QString region;
    QVariantMap tags; // stored as a JSON object

    // The cloud's own id of the resource (EC2 instance id, RDS ARN, Azure resource id, GCP
    // self link), when the source knows it: bill lines link to the workload through it.
    QString cloudId;
    QString sourceFile;
    QString sourceLocation; // row number or JSON path inside sourceFile

    // Columns the user changed by hand ("environment", "application"…); a re-import of the same
    // source keeps their values.
    QStringList userEdits;

    // Set when the user confirmed that this record and another one (from another source) are the
    // same machine: the id of the record that counts. Totals skip this one.
    QString duplicateOf;

    bool operator==(const Workload &) const = default;
};

// The fields a user edits in the inventory (inline or in bulk), with their column names.
enum class WorkloadEditField { Environment, Criticality, DataClass, Application };

QString columnName(WorkloadEditField field);
QString fieldValue(const Workload &workload, WorkloadEditField field);
void setFieldValue(Workload &workload, WorkloadEditField field, const QString &value);

} // namespace boussole
