#pragma once

#include "models/commands/SetProjectSettingCommand.h"
#include "models/scenarios/Scenario.h"

#include <QCoreApplication>

namespace boussole {

// Replaces the project's on-premises cost model (the project setting "on_premises"): adding,
// removing or editing an entry is one undoable command.
class SetOnPremisesCommand : public SetProjectSettingCommand {
    Q_DECLARE_TR_FUNCTIONS(SetOnPremisesCommand)

public:
    SetOnPremisesCommand(Project *project, const scenarios::OnPremisesModel &model,
                         const QString &text = {}, QUndoCommand *parent = nullptr);
};

} // namespace boussole
