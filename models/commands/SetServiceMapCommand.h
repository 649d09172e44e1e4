#pragma once

#include "models/commands/SetProjectSettingCommand.h"
#include "models/services/ServiceMap.h"

#include <QCoreApplication>

namespace boussole {

// Replaces the project's services map overrides (the project setting of ServiceMap.h): adding,
// removing or editing an entry is one undoable command.
class SetServiceMapCommand : public SetProjectSettingCommand {
    Q_DECLARE_TR_FUNCTIONS(SetServiceMapCommand)

public:
    SetServiceMapCommand(Project *project, const std::vector<ServiceMapOverride> &overrides,
                         const QString &text, QUndoCommand *parent = nullptr);
};

} // namespace boussole
