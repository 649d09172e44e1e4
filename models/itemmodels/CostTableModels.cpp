#include "models/itemmodels/CostTableModels.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

double toDouble(const Money &money)
{
    return double(money.units()) / double(Money::kUnitsPerWhole);
}

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

QString formatAmounts(const CurrencyAmounts &amounts)
{
    QStringList parts;
    for (const auto &[currency, amount] : amounts) {
        parts << formatMoney(amount, currency);
    }
    return parts.isEmpty() ? u"—"_s : parts.join(u"  ·  "_s);
}

// ---------------------------------------------------------------------------------------------

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
    const double share = m_total.isZero() ? 0.0 : toDouble(value) / toDouble(m_total) * 100.0;
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

// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------

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
    case Qt::BackgroundRole:
        // Amber: the commitment ends within six months, a milestone for the migration plan.
        return expiresSoon(index.row()) ? QVariant(QBrush(QColor(0xFF, 0xE3, 0xA3))) : QVariant();
    case Qt::ForegroundRole:
        return expiresSoon(index.row())  ? QVariant(QBrush(QColor(0x20, 0x20, 0x20)))
               : hasExpired(index.row()) ? QVariant(QBrush(QColor(0x80, 0x80, 0x80)))
                                         : QVariant();
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
