#pragma once

// A Boussole project: one SQLite file (*.boussole). Edits commit at once (there is no "Save");
// while open the file runs in WAL mode so readers on other connections see a consistent state
// during an import; close() folds everything back into one self-contained file that can be
// e-mailed. Opening treats every file as untrusted: a foreign or damaged file gives an error,
// never a crash.
//
// Threading: a Project and its Database belong to the thread that opened them. Work on another
// thread opens its own connection to path().

#include "models/domain/ImportRecord.h"
#include "models/domain/Result.h"
#include "models/domain/Utilisation.h"
#include "models/domain/Workload.h"
#include "models/storage/Sqlite.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace boussole {

struct ProjectOpenOptions {
    bool readOnly = false;
    // Verifies every page on open; worth its cost on a file that comes from elsewhere, but can be
    // skipped on a large file the user just had open.
    bool quickCheck = true;
    // A second connection to a project that another connection (the GUI's) already has open, for
    // work on a worker thread: no quick_check, no schema upgrade, and close() leaves the journal
    // mode alone (the first connection folds the WAL back in when it closes).
    bool secondary = false;
};

class Project : public QObject {
    Q_OBJECT

public:
    using OpenOptions = ProjectOpenOptions;

    // Refuses to overwrite anything at path.
    static Result<std::unique_ptr<Project>> create(const QString &path, const QString &name);
    // An older schema is upgraded on open (not when read-only: that is an error instead). A file
    // that cannot be written (or whose folder cannot be) opens read-only with readOnlyWarning().
    static Result<std::unique_ptr<Project>> open(const QString &path, OpenOptions options = {});

    ~Project() override;

    // Checkpoints the WAL and returns the file to rollback-journal mode, so no -wal/-shm remain.
    Status close();
    bool isOpen() const;
    QString path() const;
    int schemaVersion() const;

    bool readOnly() const { return m_readOnly; }
    QString readOnlyWarning() const { return m_readOnlyWarning; }
    // Non-empty when the file is on an SMB/CIFS/NFS… share, where SQLite locking is unreliable.
    QString networkShareWarning() const { return m_networkShareWarning; }

    // Writes an independent, self-contained copy (online backup) and continues on it. An existing
    // file at newPath is replaced only once the copy is complete.
    Status saveAs(const QString &newPath);

    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);
    QString id() const;
    QString name() const;
    QString client() const;
    QDateTime createdAt() const;
    Status setName(const QString &name);
    Status setClient(const QString &client);

    QString projectSetting(const QString &key, const QString &defaultValue = {}) const;
    Status setProjectSetting(const QString &key, const QString &value);

    // The import and all its workloads in one transaction: on any error nothing is stored. Empty
    // ids are filled with new UUIDs; each workload's importId is set to the import's. Returns the
    // id.
    Result<QString> addImport(const ImportRecord &record, const std::vector<Workload> &workloads);
    // The same, with utilisation rows (stored as given: percentages, workloadId empty when the row
    // matches no workload). When the import brings workloads, utilisation rows of any import that
    // match no workload yet are linked to a workload by WorkloadMatcher's rules, in the same
    // transaction: a utilisation export may come before the inventory it describes.
    Result<QString> addImport(const ImportRecord &record, const std::vector<Workload> &workloads,
                              const std::vector<UtilisationRecord> &utilisation);
    Status removeImport(const QString &importId); // and every workload it brought
    std::optional<ImportRecord> importRecord(const QString &importId) const;
    std::vector<Workload> workloadsOfImport(const QString &importId) const;
    // Replaces an import by a newer export of the same source, in one transaction: workloads
    // matched by natural key keep their id and the fields the user edited; the others are added
    // or removed. The new workloads' ids are ignored.
    Result<ImportUpdate> replaceImport(const QString &oldImportId, const ImportRecord &record,
                                       std::vector<Workload> workloads,
                                       const std::vector<UtilisationRecord> &utilisation = {});

    struct FieldEdit {
        QString workloadId;
        QString value;
        bool userEdited = true; // false when an undo restores the imported value
    };
    // Marks workloads as the same machine as another record ({id, duplicateOf}); an empty
    // duplicateOf clears the mark. One transaction.
    Status setDuplicateOf(const std::vector<std::pair<QString, QString>> &links);
    // Sets one editable field of several workloads in one transaction.
    Status setWorkloadField(WorkloadEditField field, const std::vector<FieldEdit> &edits);
    std::vector<ImportRecord> imports() const; // oldest first
    std::vector<Workload> workloads() const;   // in insertion order
    int importCount() const;
    int workloadCount() const;

    std::vector<UtilisationRecord> utilisation() const; // in insertion order
    std::vector<UtilisationRecord> utilisationOfImport(const QString &importId) const;
    // The workload's utilisation over the latest period (latest end, then latest start; among
    // equal periods, the latest import). Rows without a period come last.
    std::optional<UtilisationRecord> utilisationFor(const QString &workloadId) const;

    // For the repositories that come later; they must emit changed() through notifyChanged().
    Database &database() { return m_db; }
    void notifyChanged() { Q_EMIT changed(); }

    static QString newId();

Q_SIGNALS:
    // After each committed write, so views refresh.
    void changed();
    void pathChanged(const QString &path);

private:
    Project();

    Status configureForWriting();
    Status checkWritable() const;
    Error writeError(const Error &cause) const;
    Status finishConnection();
    // Links the utilisation rows that match no workload to the project's workloads; part of the
    // caller's transaction.
    Status linkUnmatchedUtilisation();

    mutable Database m_db;
    QString m_path;
    bool m_readOnly = false;
    bool m_secondary = false;
    QString m_readOnlyWarning;
    QString m_networkShareWarning;
};

} // namespace boussole
