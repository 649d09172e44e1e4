#include "models/commands/SetEntitlementsCommand.h"

#include "models/storage/ProjectFile.h"

namespace boussole {

SetEntitlementsCommand::SetEntitlementsCommand(
    Project *project, const std::vector<licensing::LicenceEntitlement> &list, const QString &text,
    QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project),
      m_old(project->projectSetting(QString::fromLatin1(licensing::kEntitlementsKey))),
      m_new(licensing::entitlementsToJson(list))
{
    setText(text.isEmpty() ? tr("Change licence entitlements") : text);
}

void SetEntitlementsCommand::write(const QString &json)
{
    const Status status =
        m_project->setProjectSetting(QString::fromLatin1(licensing::kEntitlementsKey), json);
    m_failed = !status.ok();
    if (m_failed) {
        setObsolete(true);
        if (m_onError) {
            m_onError(status.error().message);
        }
    }
}

void SetEntitlementsCommand::redo()
{
    write(m_new);
}

void SetEntitlementsCommand::undo()
{
    write(m_old);
}

} // namespace boussole
