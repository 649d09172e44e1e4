#include "views/dialogs/ProjectPropertiesDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace boussole {

ProjectPropertiesDialog::ProjectPropertiesDialog(const QString &name, const QString &client,
                                                 QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(name, this)), m_client(new QLineEdit(client, this))
{
    setWindowTitle(tr("Project properties"));
    auto *form = new QFormLayout(this);
    m_name->setToolTip(tr("Shown on every page and on the first slide of exports"));
    m_client->setToolTip(tr("The organisation this study is for"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Client:"), m_client);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A project needs a name: OK stays disabled while it is blank.
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!this->name().isEmpty());
    });
}

QString ProjectPropertiesDialog::name() const
{
    return m_name->text().trimmed();
}

QString ProjectPropertiesDialog::client() const
{
    return m_client->text().trimmed();
}

} // namespace boussole
