#include "models/commands/SetProjectFieldCommand.h"

#include "models/storage/ProjectFile.h"

namespace boussole {

SetProjectFieldCommand::SetProjectFieldCommand(Project *project, Field field, QString newValue,
                                               QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_field(field),
      m_oldValue(valueOf(*project, field)), m_newValue(std::move(newValue))
{
    setText(field == Field::Name     ? tr("Rename project")
            : field == Field::Client ? tr("Change client")
                                     : tr("Change the organisation's sector"));
}

QString SetProjectFieldCommand::valueOf(const Project &project, Field field)
{
    switch (field) {
    case Field::Name:
        return project.name();
    case Field::Client:
        return project.client();
    case Field::Sector:
        break;
    }
    return project.meta(QStringLiteral("sector"));
}

void SetProjectFieldCommand::write(const QString &value)
{
    const Status status = m_field == Field::Name ? m_project->setName(value)
                          : m_field == Field::Client
                              ? m_project->setClient(value)
                              : m_project->setMeta(QStringLiteral("sector"), value);
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
