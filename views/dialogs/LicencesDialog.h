#pragma once

#include <QDialog>

class QPushButton;
class QTableView;
class QUndoStack;

namespace boussole {

class EntitlementTableModel;
class Project;
class SortProxyModel;

// "Licences…": the licences the organisation owns (product, edition, cores or subscriptions,
// Software Assurance and its end, bought before 2019-10-01, note), which the comparison may
// bring to a cloud (BYOL). Every change is an undoable command on the window's undo stack and
// is written at once; the dialog only closes.
class LicencesDialog : public QDialog {
    Q_OBJECT

public:
    LicencesDialog(Project *project, QUndoStack *undoStack, QWidget *parent = nullptr);

    // For tests.
    EntitlementTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *undoButton() const { return m_undo; }

private:
    void removeSelected();

    EntitlementTableModel *m_model;
    SortProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_undo;
};

} // namespace boussole
