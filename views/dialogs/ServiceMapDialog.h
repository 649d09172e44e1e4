#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QUndoStack;

namespace boussole {

class Project;
class ServiceMapTableModel;

// The services map of the project: what each hyperscaler service found in bills or Terraform
// becomes on a European provider. A sortable, filterable table; the European equivalent, the
// refactor flag and the note are edited in place, entries are added below it, and an edited or
// added entry can be reverted to the shipped one. Every change is an undoable command on the
// project's undo stack and applies to this project only (`costs --by service` and the comparison
// read the same map).
class ServiceMapDialog : public QDialog {
    Q_OBJECT

public:
    ServiceMapDialog(Project *project, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ServiceMapDialog() override;

    // For tests.
    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ServiceMapTableModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *revertButton() const { return m_revert; }
    QLineEdit *newNamesEdit() const { return m_newNames; }
    QComboBox *newKindCombo() const { return m_newKind; }
    QCheckBox *newRefactorCheck() const { return m_newRefactor; }
    QLineEdit *newNoteEdit() const { return m_newNote; }
    QPushButton *addButton() const { return m_add; }
    QLabel *statusLabel() const { return m_status; }

private:
    void updateButtons();
    int selectedSourceRow() const;

    ServiceMapTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_revert;
    QLineEdit *m_newNames;
    QComboBox *m_newKind;
    QCheckBox *m_newRefactor;
    QLineEdit *m_newNote;
    QPushButton *m_add;
    QLabel *m_status;
};

} // namespace boussole
