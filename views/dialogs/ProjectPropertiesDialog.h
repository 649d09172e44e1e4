#pragma once

#include <QDialog>

class QLineEdit;

namespace boussole {

// Edits the project's name and client. The dialog only collects values; the caller turns them into
// undoable commands.
class ProjectPropertiesDialog : public QDialog {
    Q_OBJECT

public:
    ProjectPropertiesDialog(const QString &name, const QString &client, QWidget *parent = nullptr);

    QString name() const;
    QString client() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *clientEdit() const { return m_client; }

private:
    QLineEdit *m_name;
    QLineEdit *m_client;
};

} // namespace boussole
