#pragma once

#include "models/compliance/AssessmentExchange.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace boussole {

class Project;

// Merges another auditor's export (planned with compliance::planMerge) as one undoable step, with
// the conflicts settled as the person chose. Redo writes the plan (logged "assessment.merge",
// "evidence.add" and a "merge" summary); undo writes back what it replaced ("assessment.undo",
// "evidence.remove" and a "merge.undo" summary). Like every change, undo appends to the audit
// trail and never deletes an entry.
class MergeAssessmentCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MergeAssessmentCommand)

public:
    MergeAssessmentCommand(Project *project, compliance::MergePlan plan,
                           QHash<QString, compliance::MergePreference> choices, QString actor,
                           QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_error; }
    // Told the message when a redo or undo fails. A command that fails its first redo is
    // obsolete, and QUndoStack::push deletes it at once: do not ask it afterwards.
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_onError = std::move(handler);
    }
    // What the last redo did.
    const compliance::MergeResult &result() const { return m_result; }

private:
    Project *m_project;
    compliance::MergePlan m_plan;
    QHash<QString, compliance::MergePreference> m_choices;
    QString m_actor;
    compliance::MergeResult m_result;
    bool m_applied = false;
    bool m_failed = false;
    QString m_error;
    std::function<void(const QString &)> m_onError;
};

} // namespace boussole
