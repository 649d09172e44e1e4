#include "models/commands/SetOnPremisesCommand.h"

#include "models/storage/ProjectFile.h"

namespace boussole {

SetOnPremisesCommand::SetOnPremisesCommand(Project *project,
                                           const scenarios::OnPremisesModel &model,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project),
      m_old(project->projectSetting(QString::fromLatin1(scenarios::kOnPremisesKey))),
      m_new(scenarios::onPremisesToJson(model))
{
    setText(text.isEmpty() ? tr("Change on-premises costs") : text);
}

void SetOnPremisesCommand::write(const QString &json)
{
    m_failed =
        !m_project->setProjectSetting(QString::fromLatin1(scenarios::kOnPremisesKey), json).ok();
    if (m_failed) {
        setObsolete(true);
    } else {
        m_project->notifyChanged();
    }
}

void SetOnPremisesCommand::undo()
{
    write(m_old);
}

void SetOnPremisesCommand::redo()
{
    write(m_new);
}

} // namespace boussole
