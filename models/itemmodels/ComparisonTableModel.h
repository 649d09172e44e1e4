#pragma once

#include "models/compare/Comparison.h"

#include <QAbstractTableModel>

#include <memory>

namespace boussole {

// Workloads × providers: each provider's column shows the matched offer and its monthly cost
// ("?" when incomplete, "*" when a price is not verified); "—" when no offer is eligible, with
// the reason as tooltip. SortRole gives numbers for sorting (the cost; unmatched last).
class ComparisonTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Kind, FirstProvider };
    static constexpr int WorkloadIdRole = Qt::UserRole + 1;
    static constexpr int ProviderIdRole = Qt::UserRole + 2; // on provider columns and headers
    static constexpr int SortRole = Qt::UserRole + 3;
    static constexpr int IncompleteRole = Qt::UserRole + 4;

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setComparison(std::shared_ptr<const compare::Comparison> comparison);
    const compare::Comparison *comparison() const { return m_comparison.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "81,91 €" in the user's locale; "?" appended when incomplete, "*" when unverified.
    static QString costText(const compare::Match &match);

private:
    std::shared_ptr<const compare::Comparison> m_comparison;
};

// One row per provider: the monthly total and its parts, placed and unplaced workloads, scores.
class ProviderTotalsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Provider,
        Total,
        Compute,
        Storage,
        Egress,
        Licence,
        Platform,
        Placed,
        NotPlaced,
        Incomplete,
        Overall,
        ColumnCount
    };
    static constexpr int ProviderIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 3;

    explicit ProviderTotalsModel(QObject *parent = nullptr);

    void setComparison(std::shared_ptr<const compare::Comparison> comparison);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const compare::Comparison> m_comparison;
};

} // namespace boussole
