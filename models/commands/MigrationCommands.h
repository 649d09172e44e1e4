#pragma once

// Undoable edits of the migration plan. Each writes to the project immediately; undo writes the
// previous state back. A refused write (read-only project) marks the command obsolete.

#include "models/migration/MigrationPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoCommand>

#include <optional>

namespace boussole {

class Project;

// Moves a wave (its earliest start) and/or resizes it (its migration days; 0 = estimated).
class MoveWaveCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MoveWaveCommand)

public:
    struct Adjustment {
        QDate notBefore;
        int migrateDays = 0;
        bool operator==(const Adjustment &) const = default;
    };
    MoveWaveCommand(Project *project, QString waveId, Adjustment before, Adjustment after,
                    QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void write(const Adjustment &value);
    Project *m_project;
    QString m_waveId;
    Adjustment m_before;
    Adjustment m_after;
    bool m_failed = false;
};

// Chooses a workload's strategy by hand (nullopt: back to the inferred one). The saved plan's
// item shows the new strategy at once; whether the workload still moves is settled by re-planning.
class SetStrategyCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetStrategyCommand)

public:
    SetStrategyCommand(Project *project, QString workloadId,
                       std::optional<migration::Strategy> strategy, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void write(std::optional<migration::Strategy> strategy, const QString &itemStrategy,
               const QString &itemReason);
    Project *m_project;
    QString m_workloadId;
    std::optional<migration::Strategy> m_old;
    std::optional<migration::Strategy> m_new;
    QString m_oldItemStrategy;
    QString m_oldItemReason;
    bool m_hadItem = false;
    bool m_failed = false;
};

// Adds a hand-entered dependency; undo removes it unless it was there before.
class AddDependencyCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddDependencyCommand)

public:
    AddDependencyCommand(Project *project, migration::Dependency dependency,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    Project *m_project;
    migration::Dependency m_dependency;
    bool m_existed = false;
    bool m_failed = false;
};

// Replaces the saved plan by a new one (automatic planning); undo puts the previous plan back,
// with its waves moved by hand, or removes the plan when there was none.
class ReplanCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ReplanCommand)

public:
    ReplanCommand(Project *project, migration::Plan plan, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void write(const std::optional<migration::Plan> &plan);
    Project *m_project;
    std::optional<migration::Plan> m_old;
    migration::Plan m_new;
    bool m_failed = false;
};

// Records a workload's progress (planned, migrating, validated, decommissioned).
class SetProgressCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetProgressCommand)

public:
    SetProgressCommand(Project *project, QString workloadId, migration::Progress progress,
                       QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void write(migration::Progress progress);
    Project *m_project;
    QString m_workloadId;
    migration::Progress m_old = migration::Progress::Planned;
    migration::Progress m_new;
    bool m_failed = false;
};

// Changes the planning assumptions (durations, cap, protected waves) and the plan's start date.
// Durations and the start apply at once; the cap and the rules for critical applications apply
// at the next automatic planning.
class SetPlanAssumptionsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetPlanAssumptionsCommand)

public:
    SetPlanAssumptionsCommand(Project *project, migration::Assumptions assumptions, QDate start,
                              QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void write(const migration::Assumptions &assumptions, const QDate &start);
    Project *m_project;
    migration::Assumptions m_old;
    migration::Assumptions m_new;
    QDate m_oldStart;
    QDate m_newStart;
    bool m_failed = false;
};

} // namespace boussole
