#include "models/commands/SetServiceMapCommand.h"

#include "models/storage/ProjectFile.h"

namespace boussole {

SetServiceMapCommand::SetServiceMapCommand(Project *project,
                                           const std::vector<ServiceMapOverride> &overrides,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project),
      m_old(project->projectSetting(QString::fromLatin1(kServiceMapSettingKey))),
      m_new(serviceMapOverridesToJson(overrides))
{
    setText(text.isEmpty() ? tr("Change the services map") : text);
}

void SetServiceMapCommand::write(const QString &json)
{
    const Status status =
        m_project->setProjectSetting(QString::fromLatin1(kServiceMapSettingKey), json);
    m_failed = !status.ok();
    if (m_failed) {
        setObsolete(true);
        if (m_onError) {
            m_onError(status.error().message);
        }
    }
}

void SetServiceMapCommand::redo()
{
    write(m_new);
}

void SetServiceMapCommand::undo()
{
    write(m_old);
}

} // namespace boussole
