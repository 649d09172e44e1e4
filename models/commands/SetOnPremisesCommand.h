#pragma once

#include "models/scenarios/Scenario.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace boussole {

class Project;

// Replaces the project's on-premises cost model (the project setting "on_premises": rates per
// vCPU, GiB of memory, GB of storage and a fixed monthly amount, each with its basis); undo
// writes the previous model back.
class SetOnPremisesCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetOnPremisesCommand)

public:
    SetOnPremisesCommand(Project *project, const scenarios::OnPremisesModel &model,
                         const QString &text = {}, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void write(const QString &json);

    Project *m_project;
    QString m_old;
    QString m_new;
    bool m_failed = false;
};

} // namespace boussole
