#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace boussole {

class Project;

// Changes one of the project's descriptive fields (name, client). Each edit commits immediately;
// undo writes the previous value back.
class SetProjectFieldCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetProjectFieldCommand)

public:
    enum class Field { Name, Client, Sector }; // Sector: the organisation's (meta "sector")

    SetProjectFieldCommand(Project *project, Field field, QString newValue,
                           QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // Whether the last write succeeded (a read-only project refuses it).
    bool failed() const { return m_failed; }

    static QString valueOf(const Project &project, Field field);

private:
    void write(const QString &value);

    Project *m_project;
    Field m_field;
    QString m_oldValue;
    QString m_newValue;
    bool m_failed = false;
};

} // namespace boussole
