#include "models/commands/SetServiceMapCommand.h"

namespace boussole {

SetServiceMapCommand::SetServiceMapCommand(Project *project,
                                           const std::vector<ServiceMapOverride> &overrides,
                                           const QString &text, QUndoCommand *parent)
    : SetProjectSettingCommand(project, QString::fromLatin1(kServiceMapSettingKey),
                               serviceMapOverridesToJson(overrides),
                               text.isEmpty() ? tr("Change the services map") : text, parent)
{
}

} // namespace boussole
