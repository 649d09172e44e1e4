#include "models/itemmodels/ComparisonTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

QString money(const Money &amount)
{
    return amount.format(QLocale());
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ComparisonTableModel::setComparison(std::shared_ptr<const compare::Comparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->workloads.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid()
               ? 0
               : FirstProvider + (m_comparison ? int(m_comparison->providers.size()) : 0);
}

QString ComparisonTableModel::costText(const compare::Match &match)
{
    QString text = match.priced ? money(match.monthly()) : tr("no price");
    if (match.incomplete()) {
        text += u" ?"_s;
    }
    if (match.priced && !match.verified) {
        text += u" *"_s;
    }
    return text;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const compare::WorkloadResult &row = m_comparison->workloads[size_t(index.row())];
    if (role == WorkloadIdRole) {
        return row.workloadId;
    }
    if (index.column() == Name || index.column() == Kind) {
        if (role == Qt::DisplayRole || role == SortRole) {
            return index.column() == Name ? row.name : row.kind;
        }
        return {};
    }
    const size_t p = size_t(index.column() - FirstProvider);
    const compare::Match &m = row.matches[p];
    switch (role) {
    case ProviderIdRole:
        return m_comparison->providers[qsizetype(p)];
    case IncompleteRole:
        return m.matched && m.incomplete();
    case SortRole:
        return m.matched && m.priced ? m.monthly().toApproximateDouble() : 1e18;
    case Qt::DisplayRole:
        if (!m.matched) {
            return u"—"_s;
        }
        return (m.nodeCount > 0 ? u"%1 × %2"_s.arg(m.nodeCount).arg(m.offerId) : m.offerId) +
               u"  "_s + costText(m);
    case Qt::ToolTipRole: {
        if (!m.matched) {
            return tr("No eligible offer: %1").arg(m.reason);
        }
        QStringList lines{tr("%1 in %2").arg(m.offerId, m.region)};
        if (!m.missing.isEmpty()) {
            lines << tr("Incomplete: no sourced price for %1").arg(m.missing.join(u", "_s));
        }
        if (m.priced && !m.verified) {
            lines << tr("* a price used is not verified");
        }
        if (!m.licenceNote.isEmpty()) {
            lines << tr("Licences: %1").arg(m.licenceNote);
        }
        lines << tr("Confidence %1/5").arg(m.confidence);
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        return m.matched ? QVariant() : QVariant(QBrush(QColor(0x80, 0x80, 0x80)));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstProvider) {
        const size_t p = size_t(section - FirstProvider);
        if (role == ProviderIdRole) {
            return m_comparison->providers[qsizetype(p)];
        }
        if (role == Qt::DisplayRole) {
            return m_comparison->providerFacts[p]->name;
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == Name ? tr("Workload") : tr("Kind");
}

ProviderTotalsModel::ProviderTotalsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProviderTotalsModel::setComparison(std::shared_ptr<const compare::Comparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int ProviderTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_comparison ? 0 : int(m_comparison->providers.size());
}

int ProviderTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const size_t p = size_t(index.row());
    const compare::ProviderTotals &t = m_comparison->totals[p];
    const compare::ProviderScores &s = m_comparison->scores[p];
    const compare::Components &c = t.components;
    if (role == ProviderIdRole) {
        return m_comparison->providers[qsizetype(p)];
    }
    if (role == Qt::TextAlignmentRole && index.column() != Provider) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == Incomplete && t.incomplete) {
        return tr("No sourced price for: %1").arg(t.missing.join(u", "_s));
    }
    if (role == Qt::ToolTipRole && index.column() == Egress && !t.egressNote.isEmpty()) {
        return t.egressNote;
    }
    if (role == Qt::ToolTipRole && index.column() == Overall) {
        return s.overallFormula;
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort) {
        return {};
    }
    // A component some workload needs but no sourced price covers: never shown as a plain 0.
    auto part = [&](const Money &m, const char *id) -> QVariant {
        if (sort) {
            return m.toApproximateDouble();
        }
        if (!t.missing.contains(QString::fromLatin1(id))) {
            return money(m);
        }
        return m.isZero() ? tr("no price") : money(m) + u" ?"_s;
    };
    switch (index.column()) {
    case Provider:
        return m_comparison->providerFacts[p]->name;
    case Total:
        if (t.matched == 0) {
            return sort ? QVariant(1e18) : QVariant(u"—"_s);
        }
        if (t.total().isZero() && t.incomplete) {
            return sort ? QVariant(1e17) : QVariant(tr("no price"));
        }
        return sort ? QVariant(t.total().toApproximateDouble())
                    : QVariant(money(t.total()) + (t.incomplete ? u" ?"_s : QString()));
    case Compute:
        return part(c.compute, compare::kCompute);
    case Storage:
        return part(c.storage, compare::kStorage);
    case Egress:
        return part(c.egress, compare::kEgress);
    case Licence:
        return part(c.licence, compare::kLicence);
    case Platform:
        return part(c.platform, compare::kPlatform);
    case Placed:
        return sort ? QVariant(t.matched) : QVariant(QLocale().toString(t.matched));
    case NotPlaced:
        return sort ? QVariant(t.unmatched) : QVariant(QLocale().toString(t.unmatched));
    case Incomplete:
        return sort ? QVariant(t.unpricedCount)
                    : QVariant(t.incomplete ? tr("%n incomplete", nullptr, t.unpricedCount)
                                            : tr("complete"));
    case Overall:
        return sort ? QVariant(s.overall) : QVariant(QLocale().toString(s.overall, 'f', 0));
    default:
        return {};
    }
}

QVariant ProviderTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Provider:
        return tr("Provider");
    case Total:
        return tr("Monthly total");
    case Compute:
        return tr("Compute");
    case Storage:
        return tr("Storage");
    case Egress:
        return tr("Egress");
    case Licence:
        return tr("Licences");
    case Platform:
        return tr("Platform");
    case Placed:
        return tr("Placed");
    case NotPlaced:
        return tr("Not placed");
    case Incomplete:
        return tr("Prices");
    case Overall:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace boussole
