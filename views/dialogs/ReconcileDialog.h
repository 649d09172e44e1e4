#pragma once

#include "models/domain/Reconciliation.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace boussole {

// Lists records from two sources that may be the same machine; the user ticks the pairs that are,
// and the caller marks the second record of each as a duplicate (one undoable step).
class ReconcileDialog : public QDialog {
    Q_OBJECT

public:
    ReconcileDialog(std::vector<DuplicateCandidate> candidates, QWidget *parent = nullptr);

    // {second id, first id} for each ticked pair.
    std::vector<std::pair<QString, QString>> confirmedLinks() const;
    QTableWidget *table() const { return m_table; }

private:
    std::vector<DuplicateCandidate> m_candidates;
    QTableWidget *m_table;
};

} // namespace boussole
