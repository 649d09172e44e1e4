#include "models/itemmodels/WorkloadTableModel.h"

#include "models/storage/ProjectFile.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

QString capacity(const std::optional<double> &value)
{
    if (!value) {
        return WorkloadTableModel::tr("unknown");
    }
    return QLocale().toString(*value, 'f', *value == static_cast<qint64>(*value) ? 0 : 1);
}

// Unknown sizes sort before every known one.
QVariant sortValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(-1.0);
}

} // namespace

WorkloadTableModel::WorkloadTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkloadTableModel::reload(const Project *project)
{
    beginResetModel();
    m_workloads = project ? project->workloads() : std::vector<Workload>{};
    endResetModel();
}

int WorkloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_workloads.size());
}

int WorkloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkloadTableModel::environmentLabel(const QString &code)
{
    if (code == u"prod") {
        return tr("Production");
    }
    if (code == u"preprod") {
        return tr("Pre-production");
    }
    if (code == u"test") {
        return tr("Test");
    }
    if (code == u"dev") {
        return tr("Development");
    }
    if (code.isEmpty()) {
        return tr("Unknown");
    }
    return code;
}

QString WorkloadTableModel::dataClassLabel(const QString &code)
{
    if (code == u"public") {
        return tr("Public");
    }
    if (code == u"internal") {
        return tr("Internal");
    }
    if (code == u"personal") {
        return tr("Personal data");
    }
    if (code == u"health") {
        return tr("Health data");
    }
    if (code == u"payment") {
        return tr("Payment data");
    }
    if (code == u"identity") {
        return tr("Identity data");
    }
    return code;
}

QString WorkloadTableModel::powerStateLabel(const QString &code, bool isTemplate)
{
    if (isTemplate) {
        return tr("Template");
    }
    const QString lower = code.toLower();
    if (lower == u"poweredon" || lower == u"on" || lower == u"running") {
        return tr("On");
    }
    if (lower == u"poweredoff" || lower == u"off" || lower == u"stopped") {
        return tr("Off");
    }
    if (lower == u"suspended") {
        return tr("Suspended");
    }
    return code;
}

QString WorkloadTableModel::kindLabel(const QString &code)
{
    if (code == u"vm") {
        return tr("Virtual machine");
    }
    if (code == u"database") {
        return tr("Database");
    }
    if (code == u"container") {
        return tr("Container");
    }
    if (code == u"kubernetes-node") {
        return tr("Kubernetes node");
    }
    if (code == u"storage") {
        return tr("Storage");
    }
    if (code == u"template") {
        return tr("Template");
    }
    return code;
}

QString WorkloadTableModel::criticalityLabel(const QString &code)
{
    if (code == u"critical") {
        return tr("Critical");
    }
    if (code == u"high") {
        return tr("High");
    }
    if (code == u"medium") {
        return tr("Medium");
    }
    if (code == u"low") {
        return tr("Low");
    }
    return code;
}

QVariant WorkloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Workload &w = m_workloads[static_cast<size_t>(index.row())];
    if (role == IdRole) {
        return w.id;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Vcpu:
        case MemoryGib:
        case StorageGib:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Source) {
        return tr("Imported from %1, %2").arg(w.sourceFile, w.sourceLocation);
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Name:
        return w.name;
    case Environment:
        return sort ? QVariant(w.environment) : QVariant(environmentLabel(w.environment));
    case Application:
        return w.application;
    case Kind:
        return sort ? QVariant(w.kind) : QVariant(kindLabel(w.kind));
    case Vcpu:
        return sort ? sortValue(w.vcpu) : QVariant(capacity(w.vcpu));
    case MemoryGib:
        return sort ? sortValue(w.memoryGib) : QVariant(capacity(w.memoryGib));
    case StorageGib:
        return sort ? sortValue(w.storageGib) : QVariant(capacity(w.storageGib));
    case Os:
        return w.osEdition.isEmpty() ? w.osFamily : w.osEdition;
    case PowerState:
        return powerStateLabel(w.powerState, w.isTemplate);
    case DataClass:
        return sort ? QVariant(w.dataClass) : QVariant(dataClassLabel(w.dataClass));
    case Criticality:
        return sort ? QVariant(w.criticality) : QVariant(criticalityLabel(w.criticality));
    case Source:
        return w.sourceFile;
    default:
        return {};
    }
}

QVariant WorkloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Environment:
        return tr("Environment");
    case Application:
        return tr("Application");
    case Kind:
        return tr("Kind");
    case Vcpu:
        return tr("vCPU");
    case MemoryGib:
        return tr("Memory (GiB)");
    case StorageGib:
        return tr("Storage (GiB)");
    case Os:
        return tr("Operating system");
    case PowerState:
        return tr("State");
    case DataClass:
        return tr("Data");
    case Criticality:
        return tr("Criticality");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace boussole
