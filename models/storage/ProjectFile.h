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

class ImportWriter;

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

    // Starts writing an import row by row (see ImportWriter): the import row is inserted now, in a
    // transaction that lasts until the writer commits or is destroyed.
    Result<std::unique_ptr<ImportWriter>> beginImport(const ImportRecord &record);

    // The import and all its workloads in one transaction: on any error nothing is stored. Empty
    // ids are filled with new UUIDs; each workload's importId is set to the import's. Returns the
    // id.
    Result<QString> addImport(const ImportRecord &record, const std::vector<Workload> &workloads);
    // The same, with utilisation rows (stored as given: percentages, workloadId empty when the row
    // matches no workload). When the import brings workloads, utilisation rows of any import that
    // match no workload yet are linked to a workload by WorkloadMatcher's rules, in the same
    // transaction: a utilisation export may come before the inventory it describes.
    Result<QString> addImport(const ImportRecord &record, const std::vector<Workload> &workloads,
                              const std::vector<UtilisationRecord> &utilisation,
                              const std::vector<StoredWarning> &warnings = {});
    Status removeImport(const QString &importId); // and every workload it brought
    // Bill lines are too many to keep in an undo command: before removing a bill import, its
    // lines, roll-up and commitments are copied into this connection's temporary tables, from
    // which restoreImportCosts() puts them back (after the import row is back). Both are no-ops
    // for an import without bill lines. The stash lasts as long as the connection.
    Status stashImportCosts(const QString &importId);
    Status restoreImportCosts(const QString &importId);
    std::optional<ImportRecord> importRecord(const QString &importId) const;
    std::vector<Workload> workloadsOfImport(const QString &importId) const;
    // The warnings kept with an import, in the order they were given.
    std::vector<StoredWarning> importWarnings(const QString &importId) const;
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
    friend class ImportWriter;
    enum class Staging { Auto, Never, Always };

    Project();

    Result<std::unique_ptr<ImportWriter>> beginImport(const ImportRecord &record, Staging staging);

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

// Writes one import into a project as its workloads arrive, in one transaction, so that a file of
// any size needs memory for one row at a time: nothing is visible to other connections before
// commit(), and destroying the writer without a successful commit() rolls everything back (the
// import row included). Made by Project::beginImport(); it belongs to the Project's thread, the
// Project must outlive it, and other writes through the Project meanwhile join its transaction.
//
// When the project already holds an import of the same format, the workloads wait in a temporary
// table until the writer knows whether this import replaces that one (previousVersion(),
// replace()); otherwise they go straight into the workloads table.
class ImportWriter {
public:
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;
    ~ImportWriter();

    QString importId() const { return m_importId; }
    qint64 workloadCount() const { return m_workloadCount; }
    qint64 utilisationCount() const { return m_utilisationCount; }

    // Stores one workload of this import. An empty id is filled with a new UUID; workload.id and
    // workload.importId are set to what is stored.
    Status addWorkload(Workload &workload);
    // Stores one utilisation row as given (percentages; workloadId empty when it matches no
    // workload). Write them after replace(), which may change workload ids.
    Status addUtilisation(UtilisationRecord &row);
    // Keeps a warning with the import (at most kMaxStoredWarnings; the count stays exact).
    Status addWarning(const StoredWarning &warning);
    static constexpr int kMaxStoredWarnings = 10000;

    // The earlier import this one is a newer export of, from the workloads added so far: same
    // format, and either the same source key or at least half of the same natural keys (of the
    // smaller of the two imports); the one sharing the most keys wins. Empty when there is none.
    Result<QString> previousVersion() const;
    // Makes this import the newer version of oldImportId, which disappears with its utilisation
    // rows: a workload matched by natural key keeps the earlier workload's row (its id, its
    // duplicate mark, the fields the user edited, the utilisation and duplicate links pointing at
    // it) and takes the new figures; the earlier import's other workloads are removed. Memory
    // grows with the number of matched workloads only. At most once, before addUtilisation().
    Result<ImportUpdate> replace(const QString &oldImportId);
    // previousVersion(), then replace() when there is one. Either way the workloads are in the
    // workloads table afterwards, for queries in the same transaction.
    Result<std::optional<ImportUpdate>> replacePreviousVersion();

    // Stores the record's counts, status and SHA-256 (known only at the end of a streamed import)
    // on the import, links the project's utilisation rows that match no workload yet when this
    // import brought workloads (as Project::addImport does), commits and emits
    // Project::changed(). Returns the import id.
    Result<QString> commit(const ImportRecord &record);

private:
    int m_warningCount = 0;
    friend class Project;
    ImportWriter(Project &project, QString importId, QString format, QString sourceKey);

    Status begin(const ImportRecord &record, bool staged);
    Status placeStagedWorkloads();
    Status dropStaging();
    void finish();

    Project &m_project;
    QString m_importId;
    QString m_format;
    QString m_sourceKey;
    std::optional<Transaction> m_transaction;
    Statement m_insertWorkload;
    Statement m_insertUtilisation;
    qint64 m_workloadCount = 0;
    qint64 m_utilisationCount = 0;
    qint64 m_savedCacheSize = 0;
    bool m_staged = false;   // workloads wait in temp.import_staging
    bool m_replaced = false; // replace() ran
    bool m_finished = false;
};

} // namespace boussole
