#pragma once

#include "models/domain/Workload.h"

#include <QAbstractTableModel>

#include <vector>

namespace boussole {

class Project;

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
        Os,
        PowerState,
        DataClass,
        Criticality,
        Source,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit WorkloadTableModel(QObject *parent = nullptr);

    // Reloads from the project (null clears the table).
    void reload(const Project *project);
    const Workload &workload(int row) const { return m_workloads.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Translated labels for stored codes (prod, health, poweredOff...). Unknown codes pass through.
    static QString environmentLabel(const QString &code);
    static QString dataClassLabel(const QString &code);
    static QString powerStateLabel(const QString &code, bool isTemplate);
    static QString kindLabel(const QString &code);
    static QString criticalityLabel(const QString &code);

private:
    std::vector<Workload> m_workloads;
};

} // namespace boussole
