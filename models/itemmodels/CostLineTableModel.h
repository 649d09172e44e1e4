#pragma once

#include "models/costs/CostData.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace boussole {

// One page of the bill lines behind a number (costLines()): the page shows `offset`..`offset +
// lines` of `total`.
class CostLineTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Import,
        Row,
        Period,
        Service,
        Resource,
        Billed,
        Effective,
        Currency,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2; // the line's stable UUID

    explicit CostLineTableModel(QObject *parent = nullptr);

    // Import id → what to show for it (the file name).
    void setImportNames(const QHash<QString, QString> &names);
    void setLines(std::vector<CostLineRecord> lines, qint64 offset, qint64 total);
    void clear();
    qint64 offset() const { return m_offset; }
    qint64 total() const { return m_total; }
    const CostLineRecord &line(int row) const { return m_lines.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<CostLineRecord> m_lines;
    QHash<QString, QString> m_importNames;
    qint64 m_offset = 0;
    qint64 m_total = 0;
};

} // namespace boussole
