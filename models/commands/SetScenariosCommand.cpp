#include "models/commands/SetScenariosCommand.h"

#include "models/storage/ProjectFile.h"

namespace boussole {

SetScenariosCommand::SetScenariosCommand(Project *project, std::vector<scenarios::Scenario> after,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_project(project), m_before(scenarios::loadScenarios(*project)),
      m_after(std::move(after))
{
}

void SetScenariosCommand::write(const std::vector<scenarios::Scenario> &list)
{
    m_failed = !m_project
                    ->setProjectSetting(QString::fromLatin1(scenarios::kSettingKey),
                                        scenarios::scenariosToJson(list))
                    .ok();
    if (m_failed) {
        setObsolete(true);
    } else {
        m_project->notifyChanged();
    }
}

void SetScenariosCommand::undo()
{
    write(m_before);
}

void SetScenariosCommand::redo()
{
    write(m_after);
}

} // namespace boussole
