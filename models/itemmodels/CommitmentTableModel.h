#pragma once

#include "models/costs/CostData.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace boussole {

// The commitments (reserved instances, savings plans, committed-use discounts) the bills show.
// Their expiry drives the migration plan: those that end within six months of today say so
// (ExpiringSoonRole), for the view to highlight.
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

} // namespace boussole
