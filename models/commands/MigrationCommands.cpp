#include "models/commands/MigrationCommands.h"

#include "models/migration/PlanStore.h"
#include "models/storage/ProjectFile.h"
#include "models/storage/Sqlite.h"

using namespace Qt::StringLiterals;

namespace boussole {

MoveWaveCommand::MoveWaveCommand(Project *project, QString waveId, Adjustment before,
                                 Adjustment after, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_waveId(std::move(waveId)), m_before(before),
      m_after(after)
{
    setText(before.migrateDays != after.migrateDays ? tr("Resize wave") : tr("Move wave"));
}

void MoveWaveCommand::write(const Adjustment &value)
{
    m_failed =
        !migration::setWaveAdjustment(*m_project, m_waveId, value.notBefore, value.migrateDays)
             .ok();
    if (m_failed) {
        setObsolete(true);
    }
}

void MoveWaveCommand::redo()
{
    write(m_after);
}

void MoveWaveCommand::undo()
{
    write(m_before);
}

SetStrategyCommand::SetStrategyCommand(Project *project, QString workloadId,
                                       std::optional<migration::Strategy> strategy,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_workloadId(std::move(workloadId)), m_new(strategy)
{
    const std::map<QString, migration::Strategy> overrides = migration::strategyOverrides(*project);
    if (auto it = overrides.find(m_workloadId); it != overrides.end()) {
        m_old = it->second;
    }
    Statement st = project->database().prepare(
        "SELECT strategy, strategy_reason FROM wave_items WHERE workload_id = ?1");
    st.bindText(1, m_workloadId);
    if (st.step() == StepResult::Row) {
        m_hadItem = true;
        m_oldItemStrategy = st.columnText(0);
        m_oldItemReason = st.columnText(1);
    }
    setText(tr("Change strategy"));
}

void SetStrategyCommand::write(std::optional<migration::Strategy> strategy,
                               const QString &itemStrategy, const QString &itemReason)
{
    m_failed = !migration::setStrategyOverride(*m_project, m_workloadId, strategy).ok();
    if (!m_failed && m_hadItem) {
        Statement st = m_project->database().prepare(
            "UPDATE wave_items SET strategy = ?2, strategy_reason = ?3 WHERE workload_id = ?1");
        st.bindText(1, m_workloadId);
        st.bindText(2, itemStrategy);
        st.bindText(3, itemReason);
        m_failed = !st.run().ok();
        m_project->notifyChanged();
    }
    if (m_failed) {
        setObsolete(true);
    }
}

void SetStrategyCommand::redo()
{
    const QString reason =
        m_new ? QCoreApplication::translate("Migration", "chosen by hand") : m_oldItemReason;
    write(m_new, m_new ? migration::strategyId(*m_new) : m_oldItemStrategy, reason);
}

void SetStrategyCommand::undo()
{
    write(m_old, m_oldItemStrategy, m_oldItemReason);
}

AddDependencyCommand::AddDependencyCommand(Project *project, migration::Dependency dependency,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_dependency(std::move(dependency))
{
    if (m_dependency.source.isEmpty()) {
        m_dependency.source = u"manual"_s;
    }
    for (const migration::Dependency &d : migration::storedDependencies(*project)) {
        if (d.from == m_dependency.from && d.to == m_dependency.to) {
            m_existed = true;
        }
    }
    setText(tr("Add dependency"));
}

void AddDependencyCommand::redo()
{
    m_failed = !migration::addDependency(*m_project, m_dependency).ok();
    if (m_failed) {
        setObsolete(true);
    }
}

void AddDependencyCommand::undo()
{
    if (!m_existed) {
        m_failed =
            !migration::removeDependency(*m_project, m_dependency.from, m_dependency.to).ok();
    }
}

ReplanCommand::ReplanCommand(Project *project, migration::Plan plan, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_new(std::move(plan))
{
    if (Result<std::optional<migration::Plan>> old = migration::loadPlan(*project); old) {
        m_old = std::move(old.value());
    }
    setText(tr("Plan automatically"));
}

void ReplanCommand::write(const std::optional<migration::Plan> &plan)
{
    Status status = plan ? migration::savePlan(
                               *m_project, *plan,
                               migration::schedulePlan(*plan, migration::assumptions(*m_project)))
                         : migration::deletePlan(*m_project);
    m_failed = !status.ok();
    if (m_failed) {
        setObsolete(true);
    }
}

void ReplanCommand::redo()
{
    write(m_new);
}

void ReplanCommand::undo()
{
    write(m_old);
}

SetProgressCommand::SetProgressCommand(Project *project, QString workloadId,
                                       migration::Progress progress, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_workloadId(std::move(workloadId)), m_new(progress)
{
    const std::map<QString, migration::Progress> current = migration::progress(*project);
    if (auto it = current.find(m_workloadId); it != current.end()) {
        m_old = it->second;
    }
    setText(tr("Record progress"));
}

void SetProgressCommand::write(migration::Progress progress)
{
    m_failed = !migration::setProgress(*m_project, m_workloadId, progress).ok();
    if (m_failed) {
        setObsolete(true);
    }
}

void SetProgressCommand::redo()
{
    write(m_new);
}

void SetProgressCommand::undo()
{
    write(m_old);
}

SetPlanAssumptionsCommand::SetPlanAssumptionsCommand(Project *project,
                                                     migration::Assumptions assumptions,
                                                     QDate start, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_old(migration::assumptions(*project)),
      m_new(std::move(assumptions)), m_oldStart(migration::planStart(*project)), m_newStart(start)
{
    setText(tr("Change planning assumptions"));
}

void SetPlanAssumptionsCommand::write(const migration::Assumptions &assumptions, const QDate &start)
{
    m_failed = !migration::setAssumptions(*m_project, assumptions).ok();
    if (!m_failed && start.isValid()) {
        m_failed = !migration::setPlanStart(*m_project, start).ok();
    }
    if (m_failed) {
        setObsolete(true);
    }
}

void SetPlanAssumptionsCommand::redo()
{
    write(m_new, m_newStart);
}

void SetPlanAssumptionsCommand::undo()
{
    write(m_old, m_oldStart);
}

} // namespace boussole
