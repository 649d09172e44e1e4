#include "models/itemmodels/CostGroupTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

QString formatMoney(const Money &money, const QString &currency)
{
    return money.format(QLocale(), currency);
}

} // namespace

CostGroupTableModel::CostGroupTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CostGroupTableModel::setGroups(CostDimension dimension, const std::vector<CostGroup> &groups,
                                    const QString &currency, int limit)
{
    beginResetModel();
    m_dimension = dimension;
    m_currency = currency;
    m_groups.clear();
    m_total = Money();
    for (const CostGroup &group : groups) {
        const auto it = group.amounts.find(currency);
        if (it == group.amounts.end()) {
            continue;
        }
        m_total += it->second;
        if (limit <= 0 || int(m_groups.size()) < limit) {
            m_groups.push_back(group);
        }
    }
    endResetModel();
}

Money CostGroupTableModel::amount(int row) const
{
    const CostGroup &g = group(row);
    const auto it = g.amounts.find(m_currency);
    return it == g.amounts.end() ? Money() : it->second;
}

int CostGroupTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int CostGroupTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CostGroupTableModel::emptyKeyLabel(CostDimension dimension)
{
    switch (dimension) {
    case CostDimension::Environment:
    case CostDimension::Application:
        return tr("(no linked workload says)");
    case CostDimension::Resource:
        return tr("(no resource: fees, taxes, commitments…)");
    default:
        return tr("(not stated)");
    }
}

QVariant CostGroupTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CostGroup &g = group(index.row());
    const Money value = amount(index.row());
    const double share = m_total.isZero()
                             ? 0.0
                             : value.toApproximateDouble() / m_total.toApproximateDouble() * 100.0;
    const QString label = g.key.isEmpty() ? emptyKeyLabel(m_dimension) : g.label;
    switch (role) {
    case KeyRole:
        return g.key;
    case SearchRole:
        return label + u' ' + g.key;
    case AmountRole:
        return QVariant::fromValue(value);
    case Qt::TextAlignmentRole:
        return index.column() == Label ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Label && g.key != label) {
            return g.key;
        }
        if (index.column() == Amount) {
            return value.toString() + u' ' + m_currency;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Label:
            return label;
        case Amount:
            return QVariant::fromValue(value);
        case Share:
            return share;
        case Hours:
            return g.usageHours;
        case Lines:
            return g.lines;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Label:
            return label;
        case Amount:
            return formatMoney(value, m_currency);
        case Share:
            return tr("%1 %").arg(QLocale().toString(share, 'f', 1));
        case Hours:
            return g.usageHours > 0 ? QLocale().toString(g.usageHours, 'f', 0) : QString();
        case Lines:
            return QLocale().toString(g.lines);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CostGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Label:
        return costDimensionLabel(m_dimension);
    case Amount:
        return tr("Amount");
    case Share:
        return tr("Share");
    case Hours:
        return tr("Hours");
    case Lines:
        return tr("Lines");
    default:
        return {};
    }
}

} // namespace boussole
