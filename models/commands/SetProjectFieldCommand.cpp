#include "models/commands/SetProjectFieldCommand.h"

#include "models/storage/ProjectFile.h"

namespace boussole {

SetProjectFieldCommand::SetProjectFieldCommand(Project *project, Field field, QString newValue,
                                               QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_field(field),
      m_oldValue(field == Field::Name ? project->name() : project->client()),
      m_newValue(std::move(newValue))
{
    setText(field == Field::Name ? tr("Rename project") : tr("Change client"));
}

void SetProjectFieldCommand::write(const QString &value)
{
    const Status status =
        m_field == Field::Name ? m_project->setName(value) : m_project->setClient(value);
    m_failed = !status.ok();
    if (m_failed) {
        // A refused write must not leave a dead step on the stack.
        setObsolete(true);
    }
}

void SetProjectFieldCommand::redo()
{
    write(m_newValue);
}

void SetProjectFieldCommand::undo()
{
    write(m_oldValue);
}

} // namespace boussole
