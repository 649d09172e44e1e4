#include "models/itemmodels/SortProxyModel.h"

#include "models/domain/Money.h"

namespace boussole {

bool SortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const int money = qMetaTypeId<Money>();
    if (a.userType() == money && b.userType() == money) {
        return a.value<Money>() < b.value<Money>();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace boussole
