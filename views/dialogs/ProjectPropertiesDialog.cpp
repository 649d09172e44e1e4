#include "views/dialogs/ProjectPropertiesDialog.h"

#include "models/compliance/ProviderView.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace boussole {

ProjectPropertiesDialog::ProjectPropertiesDialog(const QString &name, const QString &client,
                                                 const QString &sector, QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(name, this)), m_client(new QLineEdit(client, this)),
      m_sector(new QComboBox(this))
{
    setWindowTitle(tr("Project properties"));
    auto *form = new QFormLayout(this);
    m_name->setToolTip(tr("Shown on every page and on the first slide of exports"));
    m_client->setToolTip(tr("The organisation this study is for"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Client:"), m_client);
    // The ids are those the frameworks' `sectors` lists use (compliance::normaliseSector).
    const std::pair<const char *, QString> sectors[] = {
        {"", tr("Not stated")},
        {"health", tr("Health (hospital, clinic, health data host)")},
        {"insurance", tr("Insurance or mutual insurer")},
        {"bank", tr("Bank")},
        {"finance", tr("Other financial services")},
        {"public", tr("Public administration (State, public body)")},
        {"defence", tr("Defence")},
        {"other", tr("Other private sector")}};
    for (const auto &[id, label] : sectors) {
        m_sector->addItem(label, QString::fromLatin1(id));
    }
    const QString normalised = compliance::normaliseSector(sector);
    int current = m_sector->findData(normalised);
    if (current < 0) { // a sector written elsewhere (demo YAML, metadata): kept as it is
        m_sector->addItem(sector, sector);
        current = m_sector->count() - 1;
    }
    m_sector->setCurrentIndex(current);
    m_sector->setToolTip(tr("Suggests the compliance frameworks that apply (health: HDS and "
                            "SecNumCloud; insurer or bank: DORA; public body: SecNumCloud and the "
                            "State's cloud doctrine)"));
    form->addRow(tr("&Sector:"), m_sector);
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

QString ProjectPropertiesDialog::sector() const
{
    return m_sector->currentData().toString();
}

} // namespace boussole
