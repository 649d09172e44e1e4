#include "models/commands/SetAssessmentCommand.h"

#include "models/storage/ProjectFile.h"
#include "models/storage/Sqlite.h"

using namespace Qt::StringLiterals;

namespace boussole {

using compliance::Assessment;
using compliance::ComplianceStore;

SetAssessmentCommand::SetAssessmentCommand(Project *project, std::vector<Assessment> newValues,
                                           QString actor, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_newValues(std::move(newValues)),
      m_actor(std::move(actor))
{
    ComplianceStore store(*project);
    for (const Assessment &value : m_newValues) {
        Assessment old =
            store.assessment(value.framework, value.requirement).value_or(Assessment{});
        old.framework = value.framework;
        old.requirement = value.requirement;
        m_oldValues.push_back(std::move(old));
    }
    setText(m_newValues.size() == 1 ? tr("Assess %1").arg(m_newValues.front().requirement)
                                    : tr("Assess %n items", nullptr, int(m_newValues.size())));
}

void SetAssessmentCommand::write(const std::vector<Assessment> &values, const QString &action)
{
    ComplianceStore store(*m_project);
    m_failed = false;
    const auto fail = [this](const Error &error) {
        m_failed = true;
        m_error = error.message;
        setObsolete(true);
    };
    // Several items (bulk status, accepting every suggestion) are one unit: all or nothing.
    Result<Transaction> transaction = Transaction::begin(m_project->database());
    if (!transaction) {
        fail(transaction.error());
        return;
    }
    for (const Assessment &value : values) {
        if (Status s = store.setAssessment(value, m_actor, action); !s) {
            fail(s.error()); // the transaction rolls back: nothing of this step stays
            return;
        }
    }
    if (Status committed = transaction->commit(); !committed) {
        fail(committed.error());
    }
}

void SetAssessmentCommand::redo()
{
    write(m_newValues, u"assessment.set"_s);
}

void SetAssessmentCommand::undo()
{
    write(m_oldValues, u"assessment.undo"_s);
}

AddEvidenceCommand::AddEvidenceCommand(Project *project, QString framework, QString requirement,
                                       QString fileName, QByteArray content, QString actor,
                                       QDate expires, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_framework(std::move(framework)),
      m_requirement(std::move(requirement)), m_fileName(std::move(fileName)),
      m_content(std::move(content)), m_actor(std::move(actor)), m_expires(expires)
{
    setText(tr("Attach %1").arg(m_fileName));
}

void AddEvidenceCommand::redo()
{
    ComplianceStore store(*m_project);
    auto added =
        store.addEvidence(m_framework, m_requirement, m_fileName, m_content, m_actor, m_expires);
    m_failed = !added;
    if (!added) {
        m_error = added.error().message;
        setObsolete(true);
        return;
    }
    m_evidenceId = added.value().id;
}

void AddEvidenceCommand::undo()
{
    if (m_evidenceId.isEmpty()) {
        return;
    }
    ComplianceStore store(*m_project);
    if (Status s = store.removeEvidence(m_evidenceId, m_actor); !s) {
        m_failed = true;
        m_error = s.error().message;
        setObsolete(true);
    }
    m_evidenceId.clear();
}

SetEvidenceExpiryCommand::SetEvidenceExpiryCommand(Project *project,
                                                   const compliance::EvidenceInfo &evidence,
                                                   QDate expires, QString actor,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project), m_evidence(evidence), m_expires(expires),
      m_actor(std::move(actor))
{
    setText(expires.isValid() ? tr("Set the expiry of %1").arg(evidence.fileName)
                              : tr("Clear the expiry of %1").arg(evidence.fileName));
}

void SetEvidenceExpiryCommand::write(const QDate &expires, const QString &action)
{
    ComplianceStore store(*m_project);
    m_failed = false;
    if (!store.evidenceInfo(m_evidence.id)) {
        // Stored again under a new id by the redo of the command that attached it.
        for (const compliance::EvidenceInfo &info :
             store.evidence(m_evidence.framework, m_evidence.requirement)) {
            if (info.sha256 == m_evidence.sha256) {
                m_evidence.id = info.id;
                break;
            }
        }
    }
    if (Status s = store.setEvidenceExpiry(m_evidence.id, expires, m_actor, action); !s) {
        m_failed = true;
        m_error = s.error().message;
        if (m_onError) {
            m_onError(m_error);
        }
        setObsolete(true);
    }
}

void SetEvidenceExpiryCommand::redo()
{
    write(m_expires, u"evidence.expiry"_s);
}

void SetEvidenceExpiryCommand::undo()
{
    write(m_evidence.expires, u"evidence.expiry.undo"_s);
}

} // namespace boussole
