#include "views/dialogs/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace boussole {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_author(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies from the next start of Boussole."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    m_author->setPlaceholderText(tr("First and last name"));
    m_author->setToolTip(tr("Recorded with every change to an assessment, in the audit trail"));
    form->addRow(tr("&Author:"), m_author);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
}

QString SettingsDialog::authorName() const
{
    return m_author->text().trimmed();
}

void SettingsDialog::setAuthorName(const QString &name)
{
    m_author->setText(name);
}

} // namespace boussole
