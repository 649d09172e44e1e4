#include "models/commands/SetEntitlementsCommand.h"

namespace boussole {

SetEntitlementsCommand::SetEntitlementsCommand(
    Project *project, const std::vector<licensing::LicenceEntitlement> &list, const QString &text,
    QUndoCommand *parent)
    : SetProjectSettingCommand(project, QString::fromLatin1(licensing::kEntitlementsKey),
                               licensing::entitlementsToJson(list),
                               text.isEmpty() ? tr("Change licence entitlements") : text, parent)
{
}

} // namespace boussole
