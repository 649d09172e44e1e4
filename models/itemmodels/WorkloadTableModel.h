#pragma once

#include "models/costs/CostData.h"
#include "models/domain/Workload.h"

#include <QAbstractTableModel>

#include <optional>

#include <vector>

namespace boussole {

class Project;
}
class QUndoStack;
namespace boussole {

// The project's workloads as a table. Sorting and filtering happen in a proxy; SortRole gives raw
// values (numbers as numbers) so sorting is numeric, DisplayRole gives locale-formatted text.
class WorkloadTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Environment,
        Application,
        Kind,
        Vcpu,
        MemoryGib,
        StorageGib,
        MonthlyCost, // "Cost today (monthly)": average effective cost from the linked bill lines
        Os,
        PowerState,
        DataClass,
        Criticality,
        Source,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    // For editable coded columns: a QVariantList of {code, label} pairs (QStringList of two).
    static constexpr int ChoicesRole = Qt::UserRole + 3;
    static constexpr int ImportRole = Qt::UserRole + 4;

    explicit WorkloadTableModel(QObject *parent = nullptr);

    // Reloads from the project (null clears the table). With an undo stack, environment,
    // criticality, data class and application become editable: each edit is an undoable command.
    void reload(Project *project, QUndoStack *undoStack = nullptr);
    const Workload &workload(int row) const { return m_workloads.at(row); }
    // Average monthly effective cost of a workload over the months the bills cover (one amount
    // per currency); empty when no bill line is linked to it.
    CurrencyAmounts monthlyCost(const QString &workloadId) const;
    bool hasCosts() const { return !m_monthlyCosts.empty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The editable field a column shows, if any.
    static std::optional<WorkloadEditField> editField(int column);
    // Codes and translated labels a coded field accepts (empty for free text: application).
    static QList<QPair<QString, QString>> choices(WorkloadEditField field);

    // Translated labels for stored codes (prod, health, poweredOff...). Unknown codes pass through.
    static QString environmentLabel(const QString &code);
    static QString dataClassLabel(const QString &code);
    static QString powerStateLabel(const QString &code, bool isTemplate);
    static QString kindLabel(const QString &code);
    static QString criticalityLabel(const QString &code);
    // Importers store positions in a fixed technical form ("line 12", "vInfo!row 7",
    // "document 3, items[2]", JSON paths); this translates the words for display.
    static QString locationLabel(const QString &location);

private:
    std::vector<Workload> m_workloads;
    std::map<QString, CurrencyAmounts> m_monthlyCosts;
    Project *m_project = nullptr;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace boussole
