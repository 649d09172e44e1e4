#pragma once

#include <QSortFilterProxyModel>

namespace boussole {

// A sort/filter proxy that orders the raw values item models give in their sort role, Money
// included (QSortFilterProxyModel alone compares such values as their text, and "$9.50" would
// come after "$10.00"). Other types sort as QSortFilterProxyModel does.
class SortProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace boussole
