#include "models/itemmodels/SensitivityTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace boussole {

SensitivityTableModel::SensitivityTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SensitivityTableModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int SensitivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SensitivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SensitivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &e = m_entries[std::size_t(index.row())];
    const scenarios::SensitivityRow &r = e.row;
    switch (role) {
    case CaseRole:
        return scenarios::sensitivityCaseId(r.kind);
    case IncompleteRole:
        return r.incomplete;
    case ApplicableRole:
        return r.applicable;
    case Qt::TextAlignmentRole:
        return index.column() == Tco || index.column() == Change || index.column() == Saving ||
                       index.column() == Payback
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Tco && r.incomplete) {
            return tr("Incomplete: a price is missing, so the real figure is higher");
        }
        return index.column() == Assumption ? QVariant(r.assumption) : QVariant();
    case Qt::DisplayRole:
    case SortRole: {
        const bool sort = role == SortRole;
        const QLocale locale;
        switch (Column(index.column())) {
        case Scenario:
            return e.scenario;
        case Case:
            return sort ? QVariant(int(r.kind)) : QVariant(r.label);
        case Assumption:
            return r.assumption;
        case Tco:
            if (!r.applicable) {
                return sort ? QVariant(1e300) : QVariant(r.reason); // after every figure
            }
            return sort ? QVariant(r.tco.toApproximateDouble())
                        : QVariant(r.tco.format(locale, u"EUR") +
                                   (r.incomplete ? u" ?"_s : QString()));
        case Change:
            if (!r.applicable) {
                return sort ? QVariant(1e300) : QVariant();
            }
            if (sort) {
                return r.delta.toApproximateDouble();
            }
            return r.kind == scenarios::SensitivityCase::Base
                       ? QString()
                       : (r.delta.isNegative() ? QString() : u"+"_s) +
                             r.delta.format(locale, u"EUR");
        case Saving:
            if (!r.applicable) {
                return sort ? QVariant(-1e300) : QVariant();
            }
            return sort ? QVariant(r.saving.toApproximateDouble())
                        : QVariant(r.saving.format(locale, u"EUR") +
                                   (r.incomplete ? u" ?"_s : QString()));
        case Payback:
            if (!r.applicable) {
                return sort ? QVariant(99999) : QVariant();
            }
            if (sort) {
                return r.paybackMonth.value_or(9999);
            }
            return r.paybackMonth ? tr("month %1").arg(*r.paybackMonth) : tr("none");
        case Status:
            return !r.applicable  ? tr("not applicable")
                   : r.incomplete ? tr("incomplete")
                                  : tr("complete");
        case ColumnCount:
            break;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant SensitivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Scenario:
        return tr("Scenario");
    case Case:
        return tr("Case");
    case Assumption:
        return tr("Assumption");
    case Tco:
        return tr("Cost over the horizon");
    case Change:
        return tr("Change");
    case Saving:
        return tr("Saving against staying");
    case Payback:
        return tr("Payback");
    case Status:
        return tr("Prices");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace boussole
