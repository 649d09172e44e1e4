#pragma once

#include "models/compare/CompareSettings.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace boussole {

class Project;

// Changes the project's comparison settings (providers, regions, sizing, certifications, egress,
// weights). Each edit commits immediately; undo writes the previous settings back.
class SetCompareSettingsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetCompareSettingsCommand)

public:
    SetCompareSettingsCommand(Project *project, compare::CompareSettings settings,
                              QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // Whether the last write succeeded (a read-only project refuses it).
    bool failed() const { return m_failed; }

private:
    void write(const QString &json);

    Project *m_project;
    QString m_old;
    QString m_new;
    bool m_failed = false;
};

} // namespace boussole
