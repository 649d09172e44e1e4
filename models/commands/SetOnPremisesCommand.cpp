#include "models/commands/SetOnPremisesCommand.h"

namespace boussole {

SetOnPremisesCommand::SetOnPremisesCommand(Project *project,
                                           const scenarios::OnPremisesModel &model,
                                           const QString &text, QUndoCommand *parent)
    : SetProjectSettingCommand(project, QString::fromLatin1(scenarios::kOnPremisesKey),
                               scenarios::onPremisesToJson(model),
                               text.isEmpty() ? tr("Change on-premises costs") : text, parent)
{
}

} // namespace boussole
