#pragma once

#include "models/domain/Workload.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <vector>

namespace boussole {

// Sets environment, criticality, data class or application on one or many workloads (inline or
// bulk editing). The edit is remembered as the user's, so a re-import keeps it; undo restores the
// previous values and whether they were the user's.
class SetWorkloadFieldCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetWorkloadFieldCommand)

public:
    SetWorkloadFieldCommand(Project *project, WorkloadEditField field,
                            const std::vector<Workload> &workloads, QString value,
                            QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    void apply(const std::vector<Project::FieldEdit> &edits);

    Project *m_project;
    WorkloadEditField m_field;
    std::vector<Project::FieldEdit> m_before;
    std::vector<Project::FieldEdit> m_after;
    bool m_failed = false;
};

// Removes an import and every workload and utilisation row it brought; undo puts them back with
// the same ids.
class RemoveImportCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveImportCommand)

public:
    RemoveImportCommand(Project *project, const QString &importId, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_error; }

private:
    Project *m_project;
    std::optional<ImportRecord> m_record;
    std::vector<Workload> m_workloads;
    std::vector<UtilisationRecord> m_utilisation;
    std::vector<StoredWarning> m_warnings;
    bool m_failed = false;
    QString m_error;
};

} // namespace boussole

namespace boussole {

// Marks records as the same machine as another one (confirmed by the user after reconciliation),
// or clears the mark; undo restores the previous links.
class SetDuplicateOfCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetDuplicateOfCommand)

public:
    // links: {workload id, id of the record that counts (empty to clear)}
    SetDuplicateOfCommand(Project *project, std::vector<std::pair<QString, QString>> links,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    bool failed() const { return m_failed; }

private:
    Project *m_project;
    std::vector<std::pair<QString, QString>> m_before;
    std::vector<std::pair<QString, QString>> m_after;
    bool m_failed = false;
};

} // namespace boussole
