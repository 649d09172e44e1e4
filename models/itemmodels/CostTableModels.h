#pragma once

#include "models/costs/CostData.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

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

// The commitments (reserved instances, savings plans, committed-use discounts) the bills show.
// Their expiry drives the migration plan: those that end within six months of today are
// highlighted (ExpiringSoonRole, BackgroundRole).
class CommitmentTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Id, Type, Provider, Term, Start, Expiry, EffectiveCost, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ExpiringSoonRole = Qt::UserRole + 2;
    static constexpr int ExpiredRole = Qt::UserRole + 3;

    explicit CommitmentTableModel(QObject *parent = nullptr);

    void setCommitments(std::vector<CommitmentRecord> commitments);
    // The day "within six months" counts from; today by default.
    void setToday(const QDate &today);
    const CommitmentRecord &commitment(int row) const { return m_commitments.at(std::size_t(row)); }
    bool expiresSoon(int row) const;
    bool hasExpired(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<CommitmentRecord> m_commitments;
    QDate m_today;
};

// "1 234,56 €" for each currency, separated, never summed ("—" when there is none).
QString formatAmounts(const CurrencyAmounts &amounts);

} // namespace boussole
