#pragma once

#include "models/compliance/ComplianceStore.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

#include <vector>

namespace boussole {

class Project;

// Sets the assessment of one or several framework items (a bulk status change is one step). Each
// write commits at once and appends an audit entry; undo writes the previous assessments back and
// appends "assessment.undo" entries: the trail only grows.
class SetAssessmentCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetAssessmentCommand)

public:
    SetAssessmentCommand(Project *project, std::vector<compliance::Assessment> newValues,
                         QString actor, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_error; }

private:
    void write(const std::vector<compliance::Assessment> &values, const QString &action);

    Project *m_project;
    std::vector<compliance::Assessment> m_oldValues;
    std::vector<compliance::Assessment> m_newValues;
    QString m_actor;
    bool m_failed = false;
    QString m_error;
};

// Attaches an evidence file to an item; undo removes it (logged as evidence.remove), redo adds
// the same bytes again (a new evidence id, logged).
class AddEvidenceCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddEvidenceCommand)

public:
    AddEvidenceCommand(Project *project, QString framework, QString requirement, QString fileName,
                       QByteArray content, QString actor, QDate expires = {},
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    bool failed() const { return m_failed; }
    QString errorMessage() const { return m_error; }

private:
    Project *m_project;
    QString m_framework;
    QString m_requirement;
    QString m_fileName;
    QByteArray m_content;
    QString m_actor;
    QDate m_expires;
    QString m_evidenceId;
    bool m_failed = false;
    QString m_error;
};

// Sets or clears (invalid date) the expiry date of a stored evidence file; undo writes the
// previous date back (logged as evidence.expiry.undo). The file is found by its id, or, when an
// undone and redone AddEvidenceCommand stored it again under a new id, by item and SHA-256.
class SetEvidenceExpiryCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetEvidenceExpiryCommand)

public:
    SetEvidenceExpiryCommand(Project *project, const compliance::EvidenceInfo &evidence,
                             QDate expires, QString actor, QUndoCommand *parent = nullptr);

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

private:
    void write(const QDate &expires, const QString &action);

    Project *m_project;
    compliance::EvidenceInfo m_evidence; // as it was when the command was made
    QDate m_expires;
    QString m_actor;
    bool m_failed = false;
    QString m_error;
    std::function<void(const QString &)> m_onError;
};

} // namespace boussole
