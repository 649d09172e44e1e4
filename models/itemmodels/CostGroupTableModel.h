#pragma once

#include "models/costs/CostData.h"

#include <QAbstractTableModel>

#include <vector>

namespace boussole {

// Spend grouped by one dimension (CostData::aggregate), in one currency: amounts of other
// currencies are never added in, the page shows each currency on its own. Sorting happens in a
// proxy: SortRole gives raw values (Money, doubles, counts), DisplayRole locale-formatted text.
class CostGroupTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Label, Amount, Share, Hours, Lines, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int KeyRole = Qt::UserRole + 2;    // the group's stable key (drill-down)
    static constexpr int SearchRole = Qt::UserRole + 3; // label and key, for the filter box
    static constexpr int AmountRole = Qt::UserRole + 4; // Money in the model's currency

    explicit CostGroupTableModel(QObject *parent = nullptr);

    // Keeps the groups that have an amount in `currency`; shares are of the sum of those amounts.
    // At most `limit` groups (0 = all), in the order given.
    void setGroups(CostDimension dimension, const std::vector<CostGroup> &groups,
                   const QString &currency, int limit = 0);
    CostDimension dimension() const { return m_dimension; }
    QString currency() const { return m_currency; }
    const CostGroup &group(int row) const { return m_groups.at(std::size_t(row)); }
    Money amount(int row) const;
    Money total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What an empty key means in a dimension ("Not stated", "No linked workload"…).
    static QString emptyKeyLabel(CostDimension dimension);

private:
    CostDimension m_dimension = CostDimension::Service;
    QString m_currency;
    std::vector<CostGroup> m_groups;
    Money m_total;
};

} // namespace boussole
