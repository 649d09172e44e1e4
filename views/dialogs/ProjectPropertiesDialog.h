#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace boussole {

// Edits the project's name, client and the organisation's sector (which suggests the compliance
// frameworks: health → HDS and SecNumCloud, insurer or bank → DORA, public body → SecNumCloud and
// the State's cloud doctrine). The dialog only collects values; the caller turns them into
// undoable commands.
class ProjectPropertiesDialog : public QDialog {
    Q_OBJECT

public:
    ProjectPropertiesDialog(const QString &name, const QString &client, const QString &sector = {},
                            QWidget *parent = nullptr);

    QString name() const;
    QString client() const;
    QString sector() const; // a sector id ("health", "insurance"…), or empty: not stated
    QComboBox *sectorBox() const { return m_sector; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *clientEdit() const { return m_client; }

private:
    QLineEdit *m_name;
    QLineEdit *m_client;
    QComboBox *m_sector;
};

} // namespace boussole
