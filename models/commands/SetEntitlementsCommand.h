#pragma once

#include "models/licensing/Entitlements.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

#include <vector>

namespace boussole {

class Project;

// Replaces the project's licence entitlements (the project setting "licensing.entitlements")
// with a new list: adding, removing or editing one entry is one undoable command. Each edit
// commits immediately; undo writes the previous list back.
class SetEntitlementsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetEntitlementsCommand)

public:
    SetEntitlementsCommand(Project *project, const std::vector<licensing::LicenceEntitlement> &list,
                           const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // Whether the last write succeeded (a read-only project refuses it).
    bool failed() const { return m_failed; }
    // Told the message when a write fails (a command failing its first redo is obsolete and
    // QUndoStack::push deletes it at once: it cannot be asked afterwards).
    void setErrorHandler(std::function<void(const QString &)> handler)
    {
        m_onError = std::move(handler);
    }

private:
    void write(const QString &json);

    Project *m_project;
    QString m_old;
    QString m_new;
    bool m_failed = false;
    std::function<void(const QString &)> m_onError;
};

} // namespace boussole
