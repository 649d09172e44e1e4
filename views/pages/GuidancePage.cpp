#include "views/pages/GuidancePage.h"

#include "models/storage/ProjectFile.h"
#include "views/widgets/EmptyState.h"

#include <QVBoxLayout>

namespace boussole {

GuidancePage::GuidancePage(Kind kind, QWidget *parent)
    : Page(parent), m_kind(kind), m_empty(new EmptyState(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    connect(m_empty, &EmptyState::activated, this,
            [this] { Q_EMIT pageRequested(QStringLiteral("inventory")); });
}

QString GuidancePage::pageId() const
{
    switch (m_kind) {
    case Kind::Costs:
        return QStringLiteral("costs");
    case Kind::Compliance:
        return QStringLiteral("compliance");
    case Kind::Migration:
        return QStringLiteral("migration");
    }
    return {};
}

QString GuidancePage::title() const
{
    switch (m_kind) {
    case Kind::Costs:
        return tr("Costs");
    case Kind::Compliance:
        return tr("Compliance");
    case Kind::Migration:
        return tr("Migration");
    }
    return {};
}

void GuidancePage::refresh()
{
    switch (m_kind) {
    case Kind::Costs:
        m_empty->setTexts(
            tr("No bills in this project"),
            tr("This page shows what the estate costs today — monthly trend, spend by service, "
               "provider, region and account — read from bill exports (FinOps FOCUS, AWS Cost and "
               "Usage Report, Azure cost details, Google Cloud billing). This version of Boussole "
               "does not read bill files, so no cost is shown rather than an estimate. The "
               "inventory shows what the estate runs."),
            tr("Open the inventory"));
        break;
    case Kind::Compliance:
        m_empty->setTexts(
            tr("No compliance framework installed"),
            tr("Compliance checklists (SecNumCloud, HDS, the CNIL's guidance, GDPR, DORA) are "
               "assessed item by "
               "item with evidence and a tamper-evident audit trail. No framework is installed in "
               "this version. The data classes recorded in the inventory (health, personal, "
               "payment, identity) decide which frameworks apply."),
            tr("Open the inventory"));
        break;
    case Kind::Migration:
        m_empty->setTexts(
            tr("No migration plan"),
            tr("A migration plan groups workloads into waves by application and environment, "
               "follows their dependencies and puts them on a timeline. It starts from the "
               "inventory's applications and environments; no plan has been made for this "
               "project."),
            tr("Open the inventory"));
        break;
    }
}

} // namespace boussole
