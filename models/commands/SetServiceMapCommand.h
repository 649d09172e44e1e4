#pragma once

#include "models/services/ServiceMap.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

#include <vector>

namespace boussole {

class Project;

// Replaces the project's service-map overrides (models/services/ServiceMap.h): an entry edited,
// added or reverted to the shipped one. Each edit commits immediately; undo writes the previous
// overrides back.
class SetServiceMapCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetServiceMapCommand)

public:
    SetServiceMapCommand(Project *project, const std::vector<ServiceMapOverride> &overrides,
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
