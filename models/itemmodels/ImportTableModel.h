#pragma once

#include "models/domain/ImportRecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace boussole {

class Project;

// The project's import history, newest first.
class ImportTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, File, Format, Rows, Warnings, Sha256, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ImportTableModel(QObject *parent = nullptr);

    void reload(const Project *project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportRecord> m_imports;
};

} // namespace boussole
