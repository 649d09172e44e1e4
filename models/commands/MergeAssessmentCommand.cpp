#include "models/commands/MergeAssessmentCommand.h"

#include "models/storage/ProjectFile.h"

namespace boussole {

using namespace compliance;

MergeAssessmentCommand::MergeAssessmentCommand(Project *project, MergePlan plan,
                                               QHash<QString, MergePreference> choices,
                                               QString actor, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_plan(std::move(plan)),
      m_choices(std::move(choices)), m_actor(std::move(actor))
{
    setText(tr("Merge an assessment of %1").arg(m_plan.framework));
}

void MergeAssessmentCommand::redo()
{
    // Conflicts without a choice stay as they are: the dialog makes one for each.
    auto applied = applyMerge(*m_project, m_plan, MergePreference::None, m_choices, m_actor);
    m_failed = !applied;
    m_applied = bool(applied);
    if (!applied) {
        m_error = applied.error().toString();
        if (m_onError) {
            m_onError(m_error);
        }
        setObsolete(true);
        return;
    }
    m_result = std::move(applied.value());
}

void MergeAssessmentCommand::undo()
{
    if (!m_applied) {
        return;
    }
    if (Status s = undoMerge(*m_project, m_result, m_actor); !s) {
        m_failed = true;
        m_error = s.error().toString();
        if (m_onError) {
            m_onError(m_error);
        }
        setObsolete(true);
        return;
    }
    m_applied = false;
}

} // namespace boussole
