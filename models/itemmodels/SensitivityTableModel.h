#pragma once

#include "models/scenarios/Scenario.h"

#include <QAbstractTableModel>

#include <vector>

namespace boussole {

// The business case's sensitivity view (issue 6): for a scenario (and the target, when another
// one is selected) one row per case — base, target prices − and +, egress ×k, sizing at another
// percentile — with the cost of ownership over the horizon, its change against the base and the
// payback month. A case that cannot be computed (no utilisation data) says why instead of a
// figure. Amounts are shown in the user's locale; SortRole gives numbers.
class SensitivityTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Scenario, Case, Tco, Change, Saving, Payback, Status, Assumption, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int CaseRole = Qt::UserRole + 2;       // sensitivityCaseId()
    static constexpr int IncompleteRole = Qt::UserRole + 3; // bool
    static constexpr int ApplicableRole = Qt::UserRole + 4; // bool

    struct Entry {
        QString scenario; // its name
        scenarios::SensitivityRow row;
    };

    explicit SensitivityTableModel(QObject *parent = nullptr);

    void setEntries(std::vector<Entry> entries);
    const std::vector<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> m_entries;
};

} // namespace boussole
