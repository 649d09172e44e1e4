#include "models/itemmodels/CostLineTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

QString formatMoney(const Money &money, const QString &currency)
{
    return money.format(QLocale(), currency);
}

QString formatDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toUTC().date(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

CostLineTableModel::CostLineTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CostLineTableModel::setImportNames(const QHash<QString, QString> &names)
{
    beginResetModel();
    m_importNames = names;
    endResetModel();
}

void CostLineTableModel::setLines(std::vector<CostLineRecord> lines, qint64 offset, qint64 total)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_offset = offset;
    m_total = total;
    endResetModel();
}

void CostLineTableModel::clear()
{
    setLines({}, 0, 0);
}

int CostLineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CostLineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostLineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CostLineRecord &l = line(index.row());
    const QString resource = l.resourceName.isEmpty() ? l.resourceId : l.resourceName;
    switch (role) {
    case IdRole:
        return l.uuid;
    case Qt::TextAlignmentRole:
        return index.column() == Row || index.column() == Billed || index.column() == Effective
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Import:
            return l.importId;
        case Service:
            return l.description.isEmpty() ? QVariant() : QVariant(l.description);
        case Resource:
            return l.resourceId.isEmpty() ? QVariant() : QVariant(l.resourceId);
        case Billed:
            return l.billed.toString() + u' ' + l.currency; // every decimal the bill gave
        case Effective:
            return l.effective.toString() + u' ' + l.currency;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Import:
            return m_importNames.value(l.importId, l.importId);
        case Row:
            return l.row;
        case Period:
            return l.chargeStart;
        case Service:
            return l.service;
        case Resource:
            return resource;
        case Billed:
            return QVariant::fromValue(l.billed);
        case Effective:
            return QVariant::fromValue(l.effective);
        case Currency:
            return l.currency;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Import:
            return m_importNames.value(l.importId, l.importId);
        case Row:
            return QLocale().toString(l.row);
        case Period: {
            const QString start = formatDate(l.chargeStart);
            // ChargePeriodEnd is exclusive: a day's line ends at the next midnight.
            const QString end =
                formatDate(l.chargeEnd.isValid() ? l.chargeEnd.addSecs(-1) : QDateTime());
            return end.isEmpty() || end == start ? start : tr("%1 – %2").arg(start, end);
        }
        case Service:
            return l.service;
        case Resource:
            return resource;
        case Billed:
            return formatMoney(l.billed, l.currency);
        case Effective:
            return formatMoney(l.effective, l.currency);
        case Currency:
            return l.currency;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CostLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Vertical) {
        return QLocale().toString(m_offset + section + 1);
    }
    switch (section) {
    case Import:
        return tr("Import");
    case Row:
        return tr("Row");
    case Period:
        return tr("Period");
    case Service:
        return tr("Service");
    case Resource:
        return tr("Resource");
    case Billed:
        return tr("Billed");
    case Effective:
        return tr("Effective");
    case Currency:
        return tr("Currency");
    default:
        return {};
    }
}

} // namespace boussole
