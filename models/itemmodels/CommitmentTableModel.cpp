#include "models/itemmodels/CommitmentTableModel.h"

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

CommitmentTableModel::CommitmentTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_today(QDate::currentDate())
{
}

void CommitmentTableModel::setCommitments(std::vector<CommitmentRecord> commitments)
{
    beginResetModel();
    m_commitments = std::move(commitments);
    endResetModel();
}

void CommitmentTableModel::setToday(const QDate &today)
{
    beginResetModel();
    m_today = today;
    endResetModel();
}

bool CommitmentTableModel::expiresSoon(int row) const
{
    const QDateTime &end = commitment(row).end;
    if (!end.isValid()) {
        return false;
    }
    const QDate day = end.toUTC().date();
    return day >= m_today && day <= m_today.addMonths(6);
}

bool CommitmentTableModel::hasExpired(int row) const
{
    const QDateTime &end = commitment(row).end;
    return end.isValid() && end.toUTC().date() < m_today;
}

int CommitmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commitments.size());
}

int CommitmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CommitmentRecord &c = commitment(index.row());
    switch (role) {
    case ExpiringSoonRole:
        return expiresSoon(index.row());
    case ExpiredRole:
        return hasExpired(index.row());
    case Qt::TextAlignmentRole:
        return index.column() == EffectiveCost || index.column() == Term
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Id) {
            return c.name.isEmpty() ? c.id : c.name + u'\n' + c.id;
        }
        if (index.column() == Expiry) {
            if (expiresSoon(index.row())) {
                return tr("Ends within six months: plan the migration around it");
            }
            if (hasExpired(index.row())) {
                return tr("Already ended");
            }
            if (!c.end.isValid()) {
                return tr("The bills do not give the end of this commitment");
            }
        }
        if (index.column() == EffectiveCost) {
            return tr("Billed: %1").arg(formatMoney(c.billed, c.currency));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Id:
            return c.name.isEmpty() ? c.id : c.name;
        case Type:
            return c.type;
        case Provider:
            return c.provider;
        case Term:
            return c.termMonths;
        case Start:
            return c.start.isValid() ? c.start : c.firstSeen;
        case Expiry:
            return c.end;
        case EffectiveCost:
            return QVariant::fromValue(c.effective);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return c.name.isEmpty() ? c.id : c.name;
        case Type:
            return c.type;
        case Provider:
            return c.provider;
        case Term:
            if (c.termMonths <= 0) {
                return QString();
            }
            return c.termMonths % 12 == 0 ? tr("%n year(s)", nullptr, c.termMonths / 12)
                                          : tr("%n month(s)", nullptr, c.termMonths);
        case Start:
            return formatDate(c.start);
        case Expiry:
            return c.end.isValid() ? formatDate(c.end) : tr("unknown");
        case EffectiveCost:
            return formatMoney(c.effective, c.currency);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CommitmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Id:
        return tr("Commitment");
    case Type:
        return tr("Type");
    case Provider:
        return tr("Provider");
    case Term:
        return tr("Term");
    case Start:
        return tr("Start");
    case Expiry:
        return tr("Expiry");
    case EffectiveCost:
        return tr("Effective cost");
    default:
        return {};
    }
}

} // namespace boussole
