#include "models/commands/SetCompareSettingsCommand.h"

#include "models/storage/ProjectFile.h"

namespace boussole {

SetCompareSettingsCommand::SetCompareSettingsCommand(Project *project,
                                                     compare::CompareSettings settings,
                                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project),
      m_old(project->projectSetting(QString::fromLatin1(compare::CompareSettings::kSettingKey))),
      m_new(settings.toJson())
{
    setText(tr("Change comparison settings"));
}

void SetCompareSettingsCommand::write(const QString &json)
{
    const Status status = m_project->setProjectSetting(
        QString::fromLatin1(compare::CompareSettings::kSettingKey), json);
    m_failed = !status.ok();
    if (m_failed) {
        setObsolete(true);
    }
}

void SetCompareSettingsCommand::redo()
{
    write(m_new);
}

void SetCompareSettingsCommand::undo()
{
    write(m_old);
}

} // namespace boussole
