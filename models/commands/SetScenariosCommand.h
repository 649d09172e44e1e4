#pragma once

#include "models/scenarios/Scenario.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <vector>

namespace boussole {

class Project;

// Replaces the project's scenarios (any edit of a scenario: rules, terms, assumptions, the
// target, a new or deleted scenario); undo puts the previous list back.
class SetScenariosCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetScenariosCommand)

public:
    SetScenariosCommand(Project *project, std::vector<scenarios::Scenario> after,
                        const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void write(const std::vector<scenarios::Scenario> &list);

    Project *m_project;
    std::vector<scenarios::Scenario> m_before;
    std::vector<scenarios::Scenario> m_after;
    bool m_failed = false;
};

} // namespace boussole
