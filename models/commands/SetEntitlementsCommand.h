#pragma once

#include "models/commands/SetProjectSettingCommand.h"
#include "models/licensing/Entitlements.h"

#include <QCoreApplication>

namespace boussole {

// Replaces the project's licence entitlements (the project setting "licensing.entitlements"):
// adding, removing or editing an entry is one undoable command.
class SetEntitlementsCommand : public SetProjectSettingCommand {
    Q_DECLARE_TR_FUNCTIONS(SetEntitlementsCommand)

public:
    SetEntitlementsCommand(Project *project, const std::vector<licensing::LicenceEntitlement> &list,
                           const QString &text, QUndoCommand *parent = nullptr);
};

} // namespace boussole
