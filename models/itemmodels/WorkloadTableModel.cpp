#include "models/itemmodels/WorkloadTableModel.h"

#include "models/commands/SetWorkloadFieldCommand.h"
#include "models/storage/ProjectFile.h"

#include <QFont>
#include <QRegularExpression>
#include <QUndoStack>

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

CurrencyAmounts WorkloadTableModel::monthlyCost(const QString &workloadId) const
{
    const auto it = m_monthlyCosts.find(workloadId);
    return it == m_monthlyCosts.end() ? CurrencyAmounts() : it->second;
}

void WorkloadTableModel::reload(Project *project, QUndoStack *undoStack)
{
    beginResetModel();
    m_project = project;
    m_undoStack = undoStack;
    m_workloads = project ? project->workloads() : std::vector<Workload>{};
    m_monthlyCosts.clear();
    // The bills' roll-up is small (one row per month and resource…), so this stays quick.
    if (project) {
        if (Result<CostData> costs = CostData::load(*project); costs && !costs->isEmpty()) {
            m_monthlyCosts = costs->monthlyByWorkload(CostBasis::Effective);
        }
    }
    endResetModel();
}

std::optional<WorkloadEditField> WorkloadTableModel::editField(int column)
{
    switch (column) {
    case Environment:
        return WorkloadEditField::Environment;
    case Criticality:
        return WorkloadEditField::Criticality;
    case DataClass:
        return WorkloadEditField::DataClass;
    case Application:
        return WorkloadEditField::Application;
    default:
        return std::nullopt;
    }
}

QList<QPair<QString, QString>> WorkloadTableModel::choices(WorkloadEditField field)
{
    QList<QPair<QString, QString>> list;
    QStringList codes;
    switch (field) {
    case WorkloadEditField::Environment:
        codes = {u"prod"_s, u"preprod"_s, u"test"_s, u"dev"_s};
        for (const QString &code : codes) {
            list.append({code, environmentLabel(code)});
        }
        break;
    case WorkloadEditField::Criticality:
        codes = {u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};
        for (const QString &code : codes) {
            list.append({code, criticalityLabel(code)});
        }
        break;
    case WorkloadEditField::DataClass:
        codes = {u"public"_s, u"internal"_s, u"personal"_s,
                 u"health"_s, u"payment"_s,  u"identity"_s};
        for (const QString &code : codes) {
            list.append({code, dataClassLabel(code)});
        }
        break;
    case WorkloadEditField::Application:
        break;
    }
    return list;
}

Qt::ItemFlags WorkloadTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_undoStack && m_project && !m_project->readOnly() &&
        editField(index.column())) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool WorkloadTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const WorkloadEditField field = *editField(index.column());
    const Workload &w = m_workloads[size_t(index.row())];
    const QString text = value.toString().trimmed();
    if (text == fieldValue(w, field)) {
        return false;
    }
    auto *command = new SetWorkloadFieldCommand(m_project, field, {w}, text);
    m_undoStack->push(command);
    // The project's changed() signal reloads the table; nothing else to update here.
    return true;
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

QString WorkloadTableModel::locationLabel(const QString &location)
{
    static const QRegularExpression words(u"\\b(line|row|document) (\\d+)"_s);
    QString label;
    qsizetype last = 0;
    for (auto it = words.globalMatch(location); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        label += location.mid(last, match.capturedStart() - last);
        const QString number = match.captured(2);
        if (match.captured(1) == u"line") {
            label += tr("line %1").arg(number);
        } else if (match.captured(1) == u"row") {
            label += tr("row %1").arg(number);
        } else {
            label += tr("document %1").arg(number);
        }
        last = match.capturedEnd();
    }
    return label + location.mid(last);
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
    if (role == ImportRole) {
        return w.importId;
    }
    if (role == ChoicesRole) {
        QVariantList list;
        if (const auto field = editField(index.column())) {
            for (const auto &[code, label] : choices(*field)) {
                list.append(QStringList{code, label});
            }
        }
        return list;
    }
    if (role == Qt::EditRole) {
        if (const auto field = editField(index.column())) {
            return fieldValue(w, *field);
        }
        return {};
    }
    if (role == Qt::FontRole && editField(index.column()) &&
        w.userEdits.contains(columnName(*editField(index.column())))) {
        // Values the user set by hand read in italics, as a hint they override the source.
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Vcpu:
        case MemoryGib:
        case StorageGib:
        case MonthlyCost:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MonthlyCost) {
        return monthlyCost(w.id).empty()
                   ? tr("No bill line is linked to this workload")
                   : tr("Average monthly effective (amortised) cost over the months the bills "
                        "cover");
    }
    if (role == Qt::ToolTipRole && index.column() == Source) {
        return tr("Imported from %1, %2").arg(w.sourceFile, locationLabel(w.sourceLocation));
    }
    if (role == Qt::ToolTipRole && index.column() == PowerState && !w.duplicateOf.isEmpty()) {
        for (const Workload &other : m_workloads) {
            if (other.id == w.duplicateOf) {
                return tr("Same machine as %1 (from %2): not counted in the totals")
                    .arg(other.name, other.sourceFile);
            }
        }
    }
    if (role == Qt::ToolTipRole && editField(index.column())) {
        return w.userEdits.contains(columnName(*editField(index.column())))
                   ? tr("Set by hand; kept when the source is imported again")
                   : tr("From the import; double-click to change");
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
        return w.duplicateOf.isEmpty() ? powerStateLabel(w.powerState, w.isTemplate)
                                       : tr("Duplicate");
    case DataClass:
        return sort ? QVariant(w.dataClass) : QVariant(dataClassLabel(w.dataClass));
    case Criticality:
        return sort ? QVariant(w.criticality) : QVariant(criticalityLabel(w.criticality));
    case MonthlyCost: {
        const CurrencyAmounts costs = monthlyCost(w.id);
        if (sort) {
            // Workloads without a bill sort before any cost; several currencies sort by the first.
            return QVariant::fromValue(costs.empty() ? Money::minimum() : costs.begin()->second);
        }
        QStringList parts;
        for (const auto &[currency, amount] : costs) {
            parts << amount.format(QLocale(), currency);
        }
        return parts.join(u" · "_s);
    }
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
    case MonthlyCost:
        return tr("Cost today (monthly)");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace boussole
