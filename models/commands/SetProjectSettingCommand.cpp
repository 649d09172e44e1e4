#include "models/commands/SetProjectSettingCommand.h"

#include "models/storage/ProjectFile.h"

namespace boussole {

SetProjectSettingCommand::SetProjectSettingCommand(Project *project, QString key, QString newValue,
                                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_project(project), m_key(std::move(key)),
      m_old(project->projectSetting(m_key)), m_new(std::move(newValue))
{
}

void SetProjectSettingCommand::write(const QString &value)
{
    const Status status = m_project->setProjectSetting(m_key, value);
    m_failed = !status.ok();
    if (m_failed) {
        setObsolete(true);
        if (m_onError) {
            m_onError(status.error().message);
        }
    }
}

void SetProjectSettingCommand::redo()
{
    write(m_new);
}

void SetProjectSettingCommand::undo()
{
    write(m_old);
}

} // namespace boussole
