#include "models/commands/SetWorkloadFieldCommand.h"

#include <map>

namespace boussole {

SetWorkloadFieldCommand::SetWorkloadFieldCommand(Project *project, WorkloadEditField field,
                                                 const std::vector<Workload> &workloads,
                                                 QString value, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_field(field)
{
    const QString column = columnName(field);
    for (const Workload &w : workloads) {
        m_before.push_back({w.id, fieldValue(w, field), w.userEdits.contains(column)});
        m_after.push_back({w.id, value, true});
    }
    const int count = int(workloads.size());
    switch (field) {
    case WorkloadEditField::Environment:
        setText(tr("Set the environment of %n workload(s)", nullptr, count));
        break;
    case WorkloadEditField::Criticality:
        setText(tr("Set the criticality of %n workload(s)", nullptr, count));
        break;
    case WorkloadEditField::DataClass:
        setText(tr("Set the data class of %n workload(s)", nullptr, count));
        break;
    case WorkloadEditField::Application:
        setText(tr("Set the application of %n workload(s)", nullptr, count));
        break;
    }
}

void SetWorkloadFieldCommand::apply(const std::vector<Project::FieldEdit> &edits)
{
    m_failed = !m_project->setWorkloadField(m_field, edits).ok();
    if (m_failed) {
        setObsolete(true);
    }
}

void SetWorkloadFieldCommand::redo()
{
    apply(m_after);
}

void SetWorkloadFieldCommand::undo()
{
    apply(m_before);
}

RemoveImportCommand::RemoveImportCommand(Project *project, const QString &importId,
                                         QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_record(project->importRecord(importId)),
      m_workloads(project->workloadsOfImport(importId)),
      m_utilisation(project->utilisationOfImport(importId)),
      m_warnings(project->importWarnings(importId))
{
    setText(tr("Remove the import of %1").arg(m_record ? m_record->fileName : importId));
}

void RemoveImportCommand::redo()
{
    if (!m_record) {
        m_failed = true;
        m_error = tr("There is no such import.");
        setObsolete(true);
        return;
    }
    Status removed = m_project->stashImportCosts(m_record->id);
    if (removed) {
        removed = m_project->removeImport(m_record->id);
    }
    m_failed = !removed.ok();
    if (m_failed) {
        m_error = removed.error().toString();
        setObsolete(true);
    }
}

void RemoveImportCommand::undo()
{
    if (m_record) {
        // Same import id and workload ids: anything that referred to them still does.
        const auto restored =
            m_project->addImport(*m_record, m_workloads, m_utilisation, m_warnings);
        m_failed = !restored.ok();
        if (m_failed) {
            m_error = restored.error().toString();
            return;
        }
        // The bill lines it brought, if any.
        if (const Status costs = m_project->restoreImportCosts(m_record->id); !costs) {
            m_failed = true;
            m_error = costs.error().toString();
        }
    }
}

} // namespace boussole

namespace boussole {

SetDuplicateOfCommand::SetDuplicateOfCommand(Project *project,
                                             std::vector<std::pair<QString, QString>> links,
                                             QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_after(std::move(links))
{
    std::map<QString, QString> current;
    for (const Workload &w : project->workloads()) {
        current.emplace(w.id, w.duplicateOf);
    }
    for (const auto &[id, target] : m_after) {
        m_before.emplace_back(id, current.count(id) ? current.at(id) : QString());
    }
    setText(tr("Mark %n record(s) as the same machine", nullptr, int(m_after.size())));
}

void SetDuplicateOfCommand::redo()
{
    m_failed = !m_project->setDuplicateOf(m_after).ok();
    if (m_failed) {
        setObsolete(true);
    }
}

void SetDuplicateOfCommand::undo()
{
    m_failed = !m_project->setDuplicateOf(m_before).ok();
}

} // namespace boussole
