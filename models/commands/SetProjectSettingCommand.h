#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace boussole {

class Project;

// Replaces one project setting (a JSON document in project_settings) with a new value; undo
// writes the previous value back. The commands for the licence entitlements, the services map
// and the on-premises cost model are this with their key and serialisation. Each write commits
// at once; the project emits changed().
class SetProjectSettingCommand : public QUndoCommand {
public:
    SetProjectSettingCommand(Project *project, QString key, QString newValue, const QString &text,
                             QUndoCommand *parent = nullptr);

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
    void write(const QString &value);

    Project *m_project;
    QString m_key;
    QString m_old;
    QString m_new;
    bool m_failed = false;
    std::function<void(const QString &)> m_onError;
};

} // namespace boussole
