#include "models/storage/ProjectFile.h"

#include "models/domain/Uuid.h"
#include "models/domain/Version.h"
#include "models/storage/FileSystem.h"
#include "models/storage/Migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

// Messages use the plain "Project" context rather than tr(): tr() in a namespaced QObject looks up
// "boussole::Project", which lupdate only finds when it can resolve our includes.

namespace boussole {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr qsizetype kHeaderSize = 100;
constexpr qsizetype kApplicationIdOffset = 68;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int primaryCode(int code)
{
    return code & 0xff;
}

// A one-value query that also reports SQLite's result code, so open() can tell "damaged" from
// "locked" from "not a database".
Result<QVariant> probe(Database &db, std::string_view sql, int *code)
{
    Statement statement = db.prepare(sql);
    switch (statement.step()) {
    case StepResult::Row:
        return statement.columnValue(0);
    case StepResult::Done:
        return QVariant();
    case StepResult::Error:
        break;
    }
    *code = statement.errorCode();
    return statement.error();
}

Status execWithCode(Database &db, const char *sql, int *code)
{
    Status status = db.exec(sql);
    if (!status) {
        *code = db.lastErrorCode();
    }
    return status;
}

// Settings from SQLite's "defense against the dark arts" for files of unknown origin. They are set
// before the first statement reads the schema, so a hostile schema is never parsed without them.
Status harden(Database &db, int *code)
{
    sqlite3 *handle = db.handle();
    int defensive = 0;
    if (sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &defensive) != SQLITE_OK ||
        defensive != 1) {
        *code = SQLITE_MISUSE;
        return Error(u"SQLite refused the defensive mode"_s);
    }
#ifdef SQLITE_DBCONFIG_TRUSTED_SCHEMA
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
#endif
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_enable_load_extension(handle, 0);
#ifdef SQLITE_DBCONFIG_DQS_DML
    // Double-quoted strings are identifiers only: a typo in our SQL fails instead of matching text.
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DML, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DQS_DDL, 0, nullptr);
#endif
    // We never attach; a schema or a later bug cannot either.
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    return execWithCode(db,
                        "PRAGMA trusted_schema = OFF;"
                        "PRAGMA cell_size_check = ON;"
                        "PRAGMA mmap_size = 0;",
                        code);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QString tagsToJson(const QVariantMap &tags)
{
    if (tags.isEmpty()) {
        return {};
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(tags)).toJson(QJsonDocument::Compact));
}

QVariantMap tagsFromJson(const QString &json)
{
    if (json.isEmpty()) {
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    return document.isObject() ? document.object().toVariantMap() : QVariantMap();
}

QString listToJson(const QStringList &list)
{
    if (list.isEmpty()) {
        return {};
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList list;
    if (json.isEmpty()) {
        return list;
    }
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue &value : document.array()) {
        list << value.toString();
    }
    return list;
}

void bindOptional(Statement &statement, int index, const std::optional<double> &value)
{
    if (value) {
        statement.bindDouble(index, *value);
    } else {
        statement.bindNull(index);
    }
}

std::optional<double> optionalColumn(const Statement &statement, int column)
{
    if (statement.columnIsNull(column)) {
        return std::nullopt;
    }
    return statement.columnDouble(column);
}

#define BOUSSOLE_WORKLOAD_COLUMNS(p)                                                               \
    p "id, " p "import_id, " p "natural_key, " p "name, " p "kind, " p "vcpu, " p "memory_gib, " p \
      "storage_gib, " p "storage_used_gib, " p "gpu_count, " p "gpu_model, " p "os_family, " p     \
      "os_edition, " p "power_state, " p "is_template, " p "environment, " p "criticality, " p     \
      "data_class, " p "application, " p "site, " p "cluster, " p "account, " p "cost_centre, " p  \
      "region, " p "tags, " p "source_file, " p "source_location, " p "user_edits, " p             \
      "duplicate_of, " p "cloud_id"
#define BOUSSOLE_WORKLOAD_VALUES                                                                   \
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "                   \
    "?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)"

constexpr int kWorkloadColumnCount = 30;

constexpr std::string_view kInsertWorkload =
    "INSERT INTO workloads (" BOUSSOLE_WORKLOAD_COLUMNS("") ") " BOUSSOLE_WORKLOAD_VALUES;

constexpr std::string_view kSelectWorkloads =
    "SELECT " BOUSSOLE_WORKLOAD_COLUMNS("") " FROM workloads";

// An import that may replace an earlier one keeps its workloads here until it knows (see
// ImportWriter): merging then updates the earlier rows in place, where moving rows out of the
// workloads table would cost a scan of the table per row (for the duplicate_of references).
// Same columns and affinities as workloads, so values compare equal after the round trip.
constexpr const char *kCreateStaging = R"sql(
    DROP TABLE IF EXISTS temp.import_staging;
    CREATE TEMP TABLE import_staging (
        id               TEXT PRIMARY KEY NOT NULL,
        import_id        TEXT,
        natural_key      TEXT,
        name             TEXT NOT NULL,
        kind             TEXT,
        vcpu             REAL,
        memory_gib       REAL,
        storage_gib      REAL,
        storage_used_gib REAL,
        gpu_count        INTEGER NOT NULL DEFAULT 0,
        gpu_model        TEXT,
        os_family        TEXT,
        os_edition       TEXT,
        power_state      TEXT,
        is_template      INTEGER NOT NULL DEFAULT 0,
        environment      TEXT,
        criticality      TEXT,
        data_class       TEXT,
        application      TEXT,
        site             TEXT,
        cluster          TEXT,
        account          TEXT,
        cost_centre      TEXT,
        region           TEXT,
        tags             TEXT,
        source_file      TEXT,
        source_location  TEXT,
        user_edits       TEXT,
        duplicate_of     TEXT,
        cloud_id         TEXT
    );
    CREATE INDEX temp.import_staging_natural_key ON import_staging(natural_key);
)sql";

constexpr std::string_view kInsertStaged =
    "INSERT INTO temp.import_staging (" BOUSSOLE_WORKLOAD_COLUMNS("") ") " BOUSSOLE_WORKLOAD_VALUES;

// A staged row "matches" the earlier import ?1 when it is the first staged row with its (non-empty)
// natural key and the earlier import has a row with that key; the earlier import's first row with
// the key is the one it matches.
#define BOUSSOLE_STAGED_MATCHES                                                                    \
    "(coalesce(s.natural_key, '') <> '' AND s.rowid = (SELECT min(x.rowid) FROM "                  \
    "temp.import_staging AS x WHERE x.natural_key = s.natural_key) AND EXISTS (SELECT 1 FROM "     \
    "workloads AS e WHERE e.natural_key = s.natural_key AND e.import_id = ?1))"

constexpr std::string_view kSelectMatches =
    "SELECT s.rowid, o.rowid, " BOUSSOLE_WORKLOAD_COLUMNS("s.") ", " BOUSSOLE_WORKLOAD_COLUMNS(
        "o.") " FROM temp.import_staging AS s JOIN workloads AS o ON o.natural_key = s.natural_key "
              "WHERE " BOUSSOLE_STAGED_MATCHES " AND o.rowid = (SELECT min(y.rowid) FROM workloads "
              "AS y WHERE y.natural_key = s.natural_key AND y.import_id = ?1) ORDER BY s.rowid";

constexpr std::string_view kSelectAdded =
    "SELECT s.name FROM temp.import_staging AS s WHERE NOT " BOUSSOLE_STAGED_MATCHES
    " ORDER BY s.rowid";

constexpr std::string_view kInsertAdded =
    "INSERT INTO workloads (" BOUSSOLE_WORKLOAD_COLUMNS("") ") SELECT " BOUSSOLE_WORKLOAD_COLUMNS(
        "s.") " FROM temp.import_staging AS s WHERE NOT " BOUSSOLE_STAGED_MATCHES
              " ORDER BY s.rowid";

constexpr std::string_view kSelectRemoved =
    "SELECT o.name FROM workloads AS o WHERE o.import_id = ?1 AND "
    "(coalesce(o.natural_key, '') = '' OR NOT EXISTS (SELECT 1 FROM temp.import_staging AS s "
    "WHERE s.natural_key = o.natural_key)) ORDER BY o.rowid";

// The earlier row ?1 takes the new figures of staged row ?2, except the fields the user edited
// (?3 to ?6: environment, criticality, data_class, application); it keeps its id, user_edits
// and duplicate_of.
constexpr std::string_view kUpdateMatched =
    "UPDATE workloads SET (import_id, natural_key, name, kind, vcpu, memory_gib, storage_gib, "
    "storage_used_gib, gpu_count, gpu_model, os_family, os_edition, power_state, is_template, "
    "environment, criticality, data_class, application, site, cluster, account, cost_centre, "
    "region, tags, source_file, source_location, cloud_id) = (SELECT s.import_id, s.natural_key, "
    "s.name, "
    "s.kind, s.vcpu, s.memory_gib, s.storage_gib, s.storage_used_gib, s.gpu_count, s.gpu_model, "
    "s.os_family, s.os_edition, s.power_state, s.is_template, CASE WHEN ?3 THEN "
    "workloads.environment ELSE s.environment END, CASE WHEN ?4 THEN workloads.criticality ELSE "
    "s.criticality END, CASE WHEN ?5 THEN workloads.data_class ELSE s.data_class END, CASE WHEN ?6 "
    "THEN workloads.application ELSE s.application END, s.site, s.cluster, s.account, "
    "s.cost_centre, s.region, s.tags, s.source_file, s.source_location, s.cloud_id FROM "
    "temp.import_staging AS "
    "s WHERE s.rowid = ?2) WHERE rowid = ?1";

constexpr std::string_view kPlaceStaged = "INSERT INTO workloads (" BOUSSOLE_WORKLOAD_COLUMNS(
    "") ") SELECT " BOUSSOLE_WORKLOAD_COLUMNS("") " FROM temp.import_staging ORDER BY rowid";

#undef BOUSSOLE_STAGED_MATCHES
#undef BOUSSOLE_WORKLOAD_VALUES
#undef BOUSSOLE_WORKLOAD_COLUMNS

// While an import writes, a larger page cache keeps the natural-key index (written in no useful
// order) in memory instead of spilling it to the WAL again and again. The cache only fills up to
// this size, so memory stays flat however large the file.
constexpr int kImportCacheKib = 8 * 1024;

void bindWorkload(Statement &s, const Workload &w, const QString &id, const QString &importId)
{
    s.bindText(1, id);
    s.bindText(2, importId);
    s.bindText(3, w.naturalKey);
    s.bindText(4, w.name);
    s.bindText(5, w.kind);
    bindOptional(s, 6, w.vcpu);
    bindOptional(s, 7, w.memoryGib);
    bindOptional(s, 8, w.storageGib);
    bindOptional(s, 9, w.storageUsedGib);
    s.bindInt64(10, w.gpuCount);
    s.bindText(11, w.gpuModel);
    s.bindText(12, w.osFamily);
    s.bindText(13, w.osEdition);
    s.bindText(14, w.powerState);
    s.bindInt64(15, w.isTemplate ? 1 : 0);
    s.bindText(16, w.environment);
    s.bindText(17, w.criticality);
    s.bindText(18, w.dataClass);
    s.bindText(19, w.application);
    s.bindText(20, w.site);
    s.bindText(21, w.cluster);
    s.bindText(22, w.account);
    s.bindText(23, w.costCentre);
    s.bindText(24, w.region);
    s.bindText(25, tagsToJson(w.tags));
    s.bindText(26, w.sourceFile);
    s.bindText(27, w.sourceLocation);
    s.bindText(28, listToJson(w.userEdits));
    s.bindText(29, w.duplicateOf.isEmpty() ? QString() : w.duplicateOf);
    s.bindText(30, w.cloudId);
}

// The columns of kWorkloadColumns, from column `first` of s on.
Workload readWorkload(const Statement &s, int first = 0)
{
    int c = first;
    Workload w;
    w.id = s.columnText(c++);
    w.importId = s.columnText(c++);
    w.naturalKey = s.columnText(c++);
    w.name = s.columnText(c++);
    w.kind = s.columnText(c++);
    w.vcpu = optionalColumn(s, c++);
    w.memoryGib = optionalColumn(s, c++);
    w.storageGib = optionalColumn(s, c++);
    w.storageUsedGib = optionalColumn(s, c++);
    w.gpuCount = static_cast<int>(s.columnInt64(c++));
    w.gpuModel = s.columnText(c++);
    w.osFamily = s.columnText(c++);
    w.osEdition = s.columnText(c++);
    w.powerState = s.columnText(c++);
    w.isTemplate = s.columnInt64(c++) != 0;
    w.environment = s.columnText(c++);
    w.criticality = s.columnText(c++);
    w.dataClass = s.columnText(c++);
    w.application = s.columnText(c++);
    w.site = s.columnText(c++);
    w.cluster = s.columnText(c++);
    w.account = s.columnText(c++);
    w.costCentre = s.columnText(c++);
    w.region = s.columnText(c++);
    w.tags = tagsFromJson(s.columnText(c++));
    w.sourceFile = s.columnText(c++);
    w.sourceLocation = s.columnText(c++);
    w.userEdits = listFromJson(s.columnText(c++));
    w.duplicateOf = s.columnText(c++);
    w.cloudId = s.columnText(c++);
    return w;
}

constexpr std::string_view kInsertUtilisation =
    "INSERT INTO utilisation (id, import_id, workload_id, ref, ref_uuid, period_start, period_end, "
    "samples, cpu_p50, cpu_p95, cpu_p99, cpu_max, mem_p50, mem_p95, mem_p99, mem_max, "
    "source_location) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
    "?16, ?17)";

constexpr std::string_view kSelectUtilisation =
    "SELECT u.id, u.import_id, u.workload_id, u.ref, u.ref_uuid, u.period_start, u.period_end, "
    "u.samples, u.cpu_p50, u.cpu_p95, u.cpu_p99, u.cpu_max, u.mem_p50, u.mem_p95, u.mem_p99, "
    "u.mem_max, u.source_location FROM utilisation u";

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void bindUtilisation(Statement &s, const UtilisationRecord &u, const QString &id,
                     const QString &importId)
{
    s.bindText(1, id);
    s.bindText(2, importId);
    // An empty id is "matches no workload": NULL, which the foreign key accepts.
    s.bindText(3, u.workloadId.isEmpty() ? QString() : u.workloadId);
    s.bindText(4, u.ref);
    s.bindText(5, u.refUuid.isEmpty() ? QString() : u.refUuid);
    s.bindText(6, isoDate(u.periodStart));
    s.bindText(7, isoDate(u.periodEnd));
    if (u.samples) {
        s.bindInt64(8, *u.samples);
    } else {
        s.bindNull(8);
    }
    bindOptional(s, 9, u.cpuP50);
    bindOptional(s, 10, u.cpuP95);
    bindOptional(s, 11, u.cpuP99);
    bindOptional(s, 12, u.cpuMax);
    bindOptional(s, 13, u.memP50);
    bindOptional(s, 14, u.memP95);
    bindOptional(s, 15, u.memP99);
    bindOptional(s, 16, u.memMax);
    s.bindText(17, u.sourceLocation);
}

UtilisationRecord readUtilisation(const Statement &s)
{
    UtilisationRecord u;
    u.id = s.columnText(0);
    u.importId = s.columnText(1);
    u.workloadId = s.columnText(2);
    u.ref = s.columnText(3);
    u.refUuid = s.columnText(4);
    u.periodStart = QDate::fromString(s.columnText(5), Qt::ISODate);
    u.periodEnd = QDate::fromString(s.columnText(6), Qt::ISODate);
    if (!s.columnIsNull(7)) {
        u.samples = s.columnInt64(7);
    }
    u.cpuP50 = optionalColumn(s, 8);
    u.cpuP95 = optionalColumn(s, 9);
    u.cpuP99 = optionalColumn(s, 10);
    u.cpuMax = optionalColumn(s, 11);
    u.memP50 = optionalColumn(s, 12);
    u.memP95 = optionalColumn(s, 13);
    u.memP99 = optionalColumn(s, 14);
    u.memMax = optionalColumn(s, 15);
    u.sourceLocation = s.columnText(16);
    return u;
}

Status writeMeta(Database &db, const QString &key, const QString &value)
{
    Statement statement = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    statement.bindText(1, key);
    statement.bindText(2, value);
    return statement.run();
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
}

std::filesystem::path nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

Project::Project() = default;

Project::~Project()
{
    if (Status closed = close(); !closed) {
        qWarning("%s", qUtf8Printable(closed.error().message));
    }
}

QString Project::newId()
{
    return newUuid();
}

Result<std::unique_ptr<Project>> Project::create(const QString &path, const QString &name)
{
    if (path.isEmpty()) {
        return Error(
            QCoreApplication::translate("Project", "No file name was given for the new project."));
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.exists() || info.isSymLink()) {
        return Error(QCoreApplication::translate(
                         "Project",
                         "“%1” already exists. Boussole never overwrites a file when it creates a "
                         "project: choose another name.")
                         .arg(shown(absolute)));
    }
    if (!info.absoluteDir().exists()) {
        return Error(
            QCoreApplication::translate("Project", "Cannot create “%1”: the folder does not exist.")
                .arg(shown(absolute)));
    }

    // NewOnly is O_EXCL: a file that appeared since the check above is still never overwritten.
    QFile file(absolute);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (QFileInfo::exists(absolute)) {
            return Error(QCoreApplication::translate(
                             "Project",
                             "“%1” already exists. Boussole never overwrites a file when it "
                             "creates a project: choose another name.")
                             .arg(shown(absolute)));
        }
        return Error(QCoreApplication::translate("Project", "Cannot create “%1”: %2")
                         .arg(shown(absolute), file.errorString()));
    }
    file.close();

    const auto fail = [&absolute](const QString &detail) {
        removeWithCompanions(absolute);
        return Error(QCoreApplication::translate("Project", "Cannot create “%1”: %2")
                         .arg(shown(absolute), detail));
    };

    {
        Database db;
        int code = 0;
        if (Status opened = db.open(absolute, OpenFlag::ReadWrite | OpenFlag::NoFollow); !opened) {
            return fail(opened.error().message);
        }
        if (Status hardened = harden(db, &code); !hardened) {
            return fail(hardened.error().message);
        }
        if (Status migrated = migrate(db); !migrated) {
            return fail(migrated.error().message);
        }
        Result<Transaction> transaction = Transaction::begin(db);
        if (!transaction) {
            return fail(transaction.error().message);
        }
        const QString projectName = name.isEmpty() ? info.completeBaseName() : name;
        const std::pair<QString, QString> entries[] = {
            {u"id"_s, newId()},
            {u"name"_s, projectName},
            {u"client"_s, u""_s},
            {u"created_at"_s, isoUtc(QDateTime::currentDateTimeUtc())},
            {u"created_with"_s, applicationVersion()},
            // PRAGMA user_version is the schema version; this records only where the file began.
            {u"created_schema_version"_s, QString::number(latestSchemaVersion())},
        };
        for (const auto &[key, value] : entries) {
            if (Status written = writeMeta(db, key, value); !written) {
                return fail(written.error().message);
            }
        }
        if (Status committed = transaction.value().commit(); !committed) {
            return fail(committed.error().message);
        }
        if (Status closed = db.close(); !closed) {
            return fail(closed.error().message);
        }
    }

    Result<std::unique_ptr<Project>> project =
        open(absolute, OpenOptions{.readOnly = false, .quickCheck = false});
    if (!project) {
        removeWithCompanions(absolute);
    }
    return project;
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, OpenOptions options)
{
    if (path.isEmpty()) {
        return Error(QCoreApplication::translate("Project", "No project file was given."));
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.exists()) {
        return Error(
            QCoreApplication::translate("Project", "“%1” does not exist.").arg(shown(absolute)));
    }
    if (info.isDir()) {
        return Error(
            QCoreApplication::translate("Project", "“%1” is a folder, not a Boussole project.")
                .arg(shown(absolute)));
    }
    if (!info.isFile()) {
        // A FIFO or a device would block or never end; only regular files are projects.
        return Error(QCoreApplication::translate(
                         "Project", "“%1” is not a Boussole project (it is not a regular file).")
                         .arg(shown(absolute)));
    }
    // The real path, so the -wal and -journal sit beside the real file and two names for one file
    // never see two different journals. NoFollow below then refuses a link swapped in meanwhile.
    const QString real = info.canonicalFilePath();
    if (real.isEmpty()) {
        return Error(
            QCoreApplication::translate("Project", "“%1” does not exist.").arg(shown(absolute)));
    }

    const auto notSqlite = [&absolute] {
        return Error(QCoreApplication::translate(
                         "Project", "“%1” is not a Boussole project (it is not a SQLite database).")
                         .arg(shown(absolute)));
    };
    const auto damaged = [&absolute](const QString &detail) {
        return Error(QCoreApplication::translate(
                         "Project",
                         "“%1” is damaged and cannot be opened (%2). Restore it from a backup or "
                         "ask for a new copy.")
                         .arg(shown(absolute), detail));
    };
    const auto otherApplication = [&absolute] {
        return Error(
            QCoreApplication::translate(
                "Project", "“%1” is not a Boussole project: it was made by another application.")
                .arg(shown(absolute)));
    };

    // Look at the header ourselves first, so SQLite never parses a file that is not one of ours.
    {
        QFile file(real);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(QCoreApplication::translate("Project", "Cannot read “%1”: %2")
                             .arg(shown(absolute), file.errorString()));
        }
        const QByteArray header = file.read(kHeaderSize);
        if (header.isEmpty()) {
            return Error(QCoreApplication::translate(
                             "Project", "“%1” is not a Boussole project (the file is empty).")
                             .arg(shown(absolute)));
        }
        if (!header.startsWith(QByteArrayView(kSqliteMagic, sizeof(kSqliteMagic)))) {
            return notSqlite();
        }
        if (header.size() < kHeaderSize) {
            return damaged(QCoreApplication::translate("Project", "the file is truncated"));
        }
        const auto id = qFromBigEndian<qint32>(header.constData() + kApplicationIdOffset);
        if (id != kApplicationId) {
            return otherApplication();
        }
    }

    const auto classify = [&](int code, const QString &detail) {
        switch (primaryCode(code)) {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
        case SQLITE_FORMAT:
            return damaged(detail);
        case SQLITE_IOERR:
            if (code == SQLITE_IOERR_SHORT_READ) {
                return damaged(detail);
            }
            return Error(QCoreApplication::translate("Project", "Cannot read “%1”: %2")
                             .arg(shown(absolute), detail));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return Error(
                QCoreApplication::translate(
                    "Project", "“%1” is in use by another program. Close it there and try again.")
                    .arg(shown(absolute)));
        case SQLITE_NOMEM:
            return Error(QCoreApplication::translate("Project", "Not enough memory to open “%1”.")
                             .arg(shown(absolute)));
        default:
            return Error(QCoreApplication::translate("Project", "Cannot open “%1”: %2")
                             .arg(shown(absolute), detail));
        }
    };

    QString readOnlyWarning;
    bool readOnly = options.readOnly;
    if (!readOnly) {
        if (!QFileInfo(real).isWritable()) {
            readOnly = true;
            readOnlyWarning =
                QCoreApplication::translate(
                    "Project", "“%1” is read-only, so it was opened read-only: changes cannot be "
                               "saved. Use Save as to keep working on a copy.")
                    .arg(shown(absolute));
        } else if (!QFileInfo(QFileInfo(real).absolutePath()).isWritable()) {
            readOnly = true;
            readOnlyWarning =
                QCoreApplication::translate(
                    "Project",
                    "The folder of “%1” is read-only (SQLite keeps its journal next to the file), "
                    "so the project was opened read-only: changes cannot be saved. Use Save as to "
                    "keep working on a copy.")
                    .arg(shown(absolute));
        }
    }

    std::unique_ptr<Project> project(new Project);
    project->m_path = real;

    // Tries one way of opening; a read-write attempt that turns out read-only reports that through
    // *fellBackReadOnly so the caller retries read-only.
    const auto attempt = [&](bool asReadOnly, bool *fellBackReadOnly) -> Status {
        Database &db = project->m_db;
        const OpenFlags flags =
            (asReadOnly ? OpenFlag::ReadOnly : OpenFlag::ReadWrite) | OpenFlag::NoFollow;
        if (Status opened = db.open(real, flags); !opened) {
            return Error(QCoreApplication::translate("Project", "Cannot open “%1”: %2")
                             .arg(shown(absolute), opened.error().message));
        }
        int code = 0;
        if (Status hardened = harden(db, &code); !hardened) {
            return classify(code, hardened.error().message);
        }
        Result<QVariant> appId = probe(db, "PRAGMA application_id", &code);
        if (!appId) {
            return classify(code, appId.error().message);
        }
        if (appId.value().toLongLong() != kApplicationId) {
            return otherApplication();
        }
        Result<QVariant> version = probe(db, "PRAGMA user_version", &code);
        if (!version) {
            return classify(code, version.error().message);
        }
        const qint64 fileVersion = version.value().toLongLong();
        if (fileVersion > latestSchemaVersion()) {
            return Error(QCoreApplication::translate(
                             "Project",
                             "“%1” was created by a newer version of Boussole (schema %2); this "
                             "version reads up to schema %3 — please update Boussole.")
                             .arg(shown(absolute))
                             .arg(fileVersion)
                             .arg(latestSchemaVersion()));
        }
        if (fileVersion < 0) {
            return damaged(QCoreApplication::translate("Project", "invalid schema version %1")
                               .arg(fileVersion));
        }
        if (options.quickCheck && !options.secondary) {
            Statement check = db.prepare("PRAGMA quick_check");
            switch (check.step()) {
            case StepResult::Row:
                if (const QString verdict = check.columnText(0); verdict != u"ok"_s) {
                    return damaged(verdict);
                }
                break;
            case StepResult::Done:
                return damaged(
                    QCoreApplication::translate("Project", "the integrity check gave no answer"));
            case StepResult::Error:
                return classify(check.errorCode(), check.errorMessage());
            }
        }
        if (!asReadOnly && sqlite3_db_readonly(db.handle(), "main") == 1) {
            // SQLite quietly opens a write-protected file read-only even when asked for writing.
            *fellBackReadOnly = true;
            return Error();
        }
        if (asReadOnly) {
            if (fileVersion < latestSchemaVersion()) {
                return Error(QCoreApplication::translate(
                                 "Project",
                                 "“%1” was made by an older version of Boussole and must be "
                                 "upgraded, which is not possible while it is read-only. Copy it "
                                 "to a folder you can write to and open the copy.")
                                 .arg(shown(absolute)));
            }
            return execWithCode(db, "PRAGMA query_only = ON; PRAGMA foreign_keys = ON;", &code);
        }
        if (Status configured = project->configureForWriting(); !configured) {
            const int p = primaryCode(db.lastErrorCode());
            if (p == SQLITE_READONLY || p == SQLITE_CANTOPEN || p == SQLITE_PERM) {
                *fellBackReadOnly = true;
                return Error();
            }
            return classify(db.lastErrorCode(), configured.error().message);
        }
        if (fileVersion < latestSchemaVersion() && options.secondary) {
            return Error(
                QCoreApplication::translate(
                    "Project",
                    "“%1” uses an older format: open it once in Boussole's window, which upgrades "
                    "it, then try again.")
                    .arg(shown(absolute)));
        }
        if (fileVersion < latestSchemaVersion()) {
            if (Status migrated = migrate(db); !migrated) {
                return Error(
                    QCoreApplication::translate(
                        "Project", "“%1” could not be upgraded to this version of Boussole: %2")
                        .arg(shown(absolute), migrated.error().message));
            }
        }
        return {};
    };

    bool fellBackReadOnly = false;
    Status opened = attempt(readOnly, &fellBackReadOnly);
    if (!opened && fellBackReadOnly) {
        project->m_db.close();
        readOnly = true;
        readOnlyWarning =
            QCoreApplication::translate(
                "Project", "“%1” cannot be written, so it was opened read-only: changes cannot "
                           "be saved. Use Save as to keep working on a copy.")
                .arg(shown(absolute));
        opened = attempt(true, &fellBackReadOnly);
    }
    if (!opened) {
        // Leave the file as we found it: no half-configured connection lingers.
        project->m_db.close();
        return opened.error();
    }

    project->m_readOnly = readOnly;
    project->m_secondary = options.secondary;
    project->m_readOnlyWarning = options.readOnly ? QString() : readOnlyWarning;
    if (isOnNetworkFileSystem(real)) {
        project->m_networkShareWarning =
            QCoreApplication::translate(
                "Project",
                "“%1” is on a network share, where file locking is unreliable: do not open it "
                "from two computers at once, and prefer working on a local copy.")
                .arg(shown(absolute));
    }
    return project;
}

Status Project::configureForWriting()
{
    // WAL needs shared memory between the processes using the file, which network file systems
    // cannot provide: there a rollback journal is the safe choice, with FULL to match.
    const bool network = isOnNetworkFileSystem(m_path);
    Result<QVariant> mode = m_db.queryValue(network ? "PRAGMA main.journal_mode = DELETE"
                                                    : "PRAGMA main.journal_mode = WAL");
    if (!mode) {
        return mode.error();
    }
    // NORMAL is durable in WAL mode except for the last commits before a power cut; OFF could
    // corrupt the file and is never used.
    return m_db.exec(network ? "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
                             : "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
}

Status Project::finishConnection()
{
    Status result;
    if (!m_readOnly && !m_secondary) {
        // main only: the unqualified form also visits the temp database, and fails with "table is
        // locked" once a statement like quick_check has opened it.
        if (Result<QVariant> checkpoint = m_db.queryValue("PRAGMA main.wal_checkpoint(TRUNCATE)");
            !checkpoint) {
            result = checkpoint.error();
        }
        Result<QVariant> mode = m_db.queryValue("PRAGMA main.journal_mode = DELETE");
        if (!mode) {
            result = mode.error();
        } else if (mode.value().toString().compare(u"delete"_s, Qt::CaseInsensitive) != 0) {
            // Another connection still uses the file; SQLite folds the WAL in when it closes.
            result = Error(
                QCoreApplication::translate("Project", "another connection still uses the file"));
        }
    }
    const Status closed = m_db.close();
    if (result && !closed) {
        result = closed;
    }
    if (!result) {
        return Error(QCoreApplication::translate("Project", "“%1” was not closed cleanly: %2")
                         .arg(shown(m_path), result.error().message));
    }
    return {};
}

Status Project::close()
{
    if (!m_db.isOpen()) {
        return {};
    }
    return finishConnection();
}

bool Project::isOpen() const
{
    return m_db.isOpen();
}

QString Project::path() const
{
    return m_path;
}

int Project::schemaVersion() const
{
    const Result<int> version = boussole::schemaVersion(m_db);
    return version ? version.value() : 0;
}

Status Project::checkWritable() const
{
    if (!m_db.isOpen()) {
        return Error(QCoreApplication::translate("Project", "The project is closed."));
    }
    if (m_readOnly) {
        return Error(QCoreApplication::translate("Project",
                                                 "“%1” is open read-only; changes cannot be saved.")
                         .arg(shown(m_path)));
    }
    return {};
}

Error Project::writeError(const Error &cause) const
{
    return Error(QCoreApplication::translate("Project", "Could not save changes to “%1”: %2")
                     .arg(shown(m_path), cause.message));
}

Status Project::saveAs(const QString &newPath)
{
    if (!m_db.isOpen()) {
        return Error(QCoreApplication::translate("Project", "The project is closed."));
    }
    if (newPath.isEmpty()) {
        return Error(QCoreApplication::translate("Project", "No file name was given."));
    }
    const QFileInfo target(newPath);
    if (target.exists() && target.canonicalFilePath() == m_path) {
        return {}; // already there: nothing to copy
    }
    const QString destination =
        target.isSymLink() ? target.canonicalFilePath() : target.absoluteFilePath();
    const auto cannotSave = [&](const QString &detail) {
        return Error(QCoreApplication::translate("Project", "Cannot save a copy as “%1”: %2")
                         .arg(shown(target.absoluteFilePath()), detail));
    };
    if (destination.isEmpty()) {
        return cannotSave(QCoreApplication::translate("Project", "the link points nowhere"));
    }
    if (QFileInfo(destination).isDir()) {
        return cannotSave(QCoreApplication::translate("Project", "it is a folder"));
    }
    const QFileInfo folder(QFileInfo(destination).absolutePath());
    if (!folder.isDir()) {
        return cannotSave(QCoreApplication::translate("Project", "the folder does not exist"));
    }
    // A journal left beside the target would be replayed into the copy on its first open.
    if (QFileInfo::exists(destination + u"-wal"_s) ||
        QFileInfo::exists(destination + u"-journal"_s)) {
        return cannotSave(QCoreApplication::translate(
            "Project", "that file is open in another program or was not closed properly"));
    }

    // Copy beside the target, then rename over it: a failed copy never destroys an existing file.
    const QString partial =
        QDir(folder.absoluteFilePath())
            .absoluteFilePath(u".%1.%2.part"_s.arg(QFileInfo(destination).fileName(),
                                                   QUuid::createUuid().toString(QUuid::Id128)));
    if (Status copied = m_db.backupTo(partial); !copied) {
        removeWithCompanions(partial);
        return cannotSave(copied.error().message);
    }
    std::error_code renameError;
    std::filesystem::rename(nativePath(partial), nativePath(destination), renameError);
    if (renameError) {
        removeWithCompanions(partial);
        return cannotSave(QString::fromStdString(renameError.message()));
    }

    Result<std::unique_ptr<Project>> copy =
        open(destination, OpenOptions{.readOnly = false, .quickCheck = false});
    if (!copy) {
        return Error(QCoreApplication::translate(
                         "Project", "The copy “%1” was written but cannot be opened: %2")
                         .arg(shown(destination), copy.error().message));
    }
    if (Status closed = close(); !closed) {
        qWarning("%s", qUtf8Printable(closed.error().message));
    }
    Project &other = *copy.value();
    m_db = std::move(other.m_db);
    m_path = other.m_path;
    m_readOnly = other.m_readOnly;
    m_readOnlyWarning = other.m_readOnlyWarning;
    m_networkShareWarning = other.m_networkShareWarning;
    Q_EMIT pathChanged(m_path);
    return {};
}

QString Project::meta(const QString &key) const
{
    Statement statement = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    statement.bindText(1, key);
    return statement.step() == StepResult::Row ? statement.columnText(0) : QString();
}

Status Project::setMeta(const QString &key, const QString &value)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    if (Status written = writeMeta(m_db, key, value); !written) {
        return writeError(written.error());
    }
    Q_EMIT changed();
    return {};
}

QString Project::id() const
{
    return meta(u"id"_s);
}

QString Project::name() const
{
    return meta(u"name"_s);
}

QString Project::client() const
{
    return meta(u"client"_s);
}

QDateTime Project::createdAt() const
{
    return fromIsoUtc(meta(u"created_at"_s));
}

Status Project::setName(const QString &name)
{
    return setMeta(u"name"_s, name);
}

Status Project::setClient(const QString &client)
{
    return setMeta(u"client"_s, client);
}

QString Project::projectSetting(const QString &key, const QString &defaultValue) const
{
    Statement statement = m_db.prepare("SELECT value FROM project_settings WHERE key = ?1");
    statement.bindText(1, key);
    return statement.step() == StepResult::Row ? statement.columnText(0) : defaultValue;
}

Status Project::setProjectSetting(const QString &key, const QString &value)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    Statement statement =
        m_db.prepare("INSERT OR REPLACE INTO project_settings (key, value) VALUES (?1, ?2)");
    statement.bindText(1, key);
    statement.bindText(2, value);
    if (Status written = statement.run(); !written) {
        return writeError(written.error());
    }
    Q_EMIT changed();
    return {};
}

Result<QString> Project::addImport(const ImportRecord &record,
                                   const std::vector<Workload> &workloads)
{
    return addImport(record, workloads, {});
}

Result<QString> Project::addImport(const ImportRecord &record,
                                   const std::vector<Workload> &workloads,
                                   const std::vector<UtilisationRecord> &utilisation,
                                   const std::vector<StoredWarning> &warnings)
{
    Result<std::unique_ptr<ImportWriter>> writer = beginImport(record, Staging::Never);
    if (!writer) {
        return writer.error();
    }
    for (const Workload &workload : workloads) {
        Workload stored = workload;
        if (Status added = writer.value()->addWorkload(stored); !added) {
            return added.error();
        }
    }
    for (const UtilisationRecord &row : utilisation) {
        UtilisationRecord stored = row;
        if (Status added = writer.value()->addUtilisation(stored); !added) {
            return added.error();
        }
    }
    for (const StoredWarning &warning : warnings) {
        if (Status added = writer.value()->addWarning(warning); !added) {
            return added.error();
        }
    }
    return writer.value()->commit(record);
}

Result<std::unique_ptr<ImportWriter>> Project::beginImport(const ImportRecord &record)
{
    return beginImport(record, Staging::Auto);
}

Result<std::unique_ptr<ImportWriter>> Project::beginImport(const ImportRecord &record,
                                                           Staging staging)
{
    if (Status writable = checkWritable(); !writable) {
        return writable.error();
    }
    bool staged = staging == Staging::Always;
    if (staging == Staging::Auto) {
        // Only an import of the same format can be replaced by this one.
        Statement sameFormat = m_db.prepare("SELECT 1 FROM imports WHERE format = ?1 LIMIT 1");
        sameFormat.bindText(1, record.format);
        const StepResult step = sameFormat.step();
        if (step == StepResult::Error) {
            return writeError(sameFormat.error());
        }
        staged = step == StepResult::Row;
    }
    std::unique_ptr<ImportWriter> writer(new ImportWriter(
        *this, record.id.isEmpty() ? newId() : record.id, record.format, record.sourceKey));
    if (Status begun = writer->begin(record, staged); !begun) {
        return begun.error();
    }
    return writer;
}

Status Project::linkUnmatchedUtilisation()
{
    Result<QVariant> pending =
        m_db.queryValue("SELECT count(*) FROM utilisation WHERE workload_id IS NULL");
    if (!pending) {
        return pending.error();
    }
    if (pending.value().toLongLong() == 0) {
        return {};
    }
    const std::vector<Workload> all = workloads();
    const WorkloadMatcher matcher(all);
    std::vector<std::pair<QString, QString>> links; // utilisation id, workload id
    {
        Statement unmatched =
            m_db.prepare("SELECT id, ref, ref_uuid FROM utilisation WHERE workload_id IS NULL "
                         "ORDER BY rowid");
        StepResult step;
        while ((step = unmatched.step()) == StepResult::Row) {
            if (const Workload *w =
                    matcher.match(unmatched.columnText(1), unmatched.columnText(2))) {
                links.emplace_back(unmatched.columnText(0), w->id);
            }
        }
        if (step == StepResult::Error) {
            return unmatched.error();
        }
    }
    Statement link = m_db.prepare("UPDATE utilisation SET workload_id = ?1 WHERE id = ?2");
    for (const auto &[utilisationId, workloadId] : links) {
        link.bindText(1, workloadId);
        link.bindText(2, utilisationId);
        if (Status linked = link.run(); !linked) {
            return linked;
        }
    }
    return {};
}

Status Project::removeImport(const QString &importId)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    Statement statement = m_db.prepare("DELETE FROM imports WHERE id = ?1");
    statement.bindText(1, importId);
    if (Status removed = statement.run(); !removed) {
        return writeError(removed.error());
    }
    if (m_db.changes() == 0) {
        return Error(QCoreApplication::translate("Project", "There is no import “%1” in “%2”.")
                         .arg(importId, shown(m_path)));
    }
    Q_EMIT changed();
    return {};
}

std::optional<ImportRecord> Project::importRecord(const QString &importId) const
{
    for (ImportRecord &record : imports()) {
        if (record.id == importId) {
            return std::move(record);
        }
    }
    return std::nullopt;
}

std::vector<StoredWarning> Project::importWarnings(const QString &importId) const
{
    std::vector<StoredWarning> result;
    Statement statement = m_db.prepare(
        "SELECT message, line, col, path FROM import_warnings WHERE import_id = ?1 ORDER BY seq");
    statement.bindText(1, importId);
    while (statement.step() == StepResult::Row) {
        StoredWarning warning;
        warning.message = statement.columnText(0);
        warning.line = int(statement.columnInt64(1));
        warning.column = int(statement.columnInt64(2));
        warning.path = statement.columnText(3);
        result.push_back(std::move(warning));
    }
    return result;
}

std::vector<Workload> Project::workloadsOfImport(const QString &importId) const
{
    std::vector<Workload> result;
    Statement statement =
        m_db.prepare(std::string(kSelectWorkloads) + " WHERE import_id = ?1 ORDER BY rowid");
    statement.bindText(1, importId);
    while (statement.step() == StepResult::Row) {
        result.push_back(readWorkload(statement));
    }
    return result;
}

Result<ImportUpdate> Project::replaceImport(const QString &oldImportId, const ImportRecord &record,
                                            std::vector<Workload> workloads,
                                            const std::vector<UtilisationRecord> &utilisation)
{
    if (Status writable = checkWritable(); !writable) {
        return writable.error();
    }
    Result<std::unique_ptr<ImportWriter>> writer = beginImport(record, Staging::Always);
    if (!writer) {
        return writer.error();
    }
    for (Workload &workload : workloads) {
        workload.id.clear();
        if (Status added = writer.value()->addWorkload(workload); !added) {
            return added.error();
        }
    }
    Result<ImportUpdate> update = writer.value()->replace(oldImportId);
    if (!update) {
        return update.error();
    }
    for (const UtilisationRecord &row : utilisation) {
        UtilisationRecord stored = row;
        if (Status added = writer.value()->addUtilisation(stored); !added) {
            return added.error();
        }
    }
    if (Result<QString> committed = writer.value()->commit(record); !committed) {
        return committed.error();
    }
    return update;
}

Status Project::setDuplicateOf(const std::vector<std::pair<QString, QString>> &links)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    Result<Transaction> transaction = Transaction::begin(m_db);
    if (!transaction) {
        return writeError(transaction.error());
    }
    Statement update = m_db.prepare("UPDATE workloads SET duplicate_of = ?1 WHERE id = ?2");
    for (const auto &[id, duplicateOf] : links) {
        update.bindText(1, duplicateOf.isEmpty() ? QString() : duplicateOf);
        update.bindText(2, id);
        if (Status updated = update.run(); !updated) {
            return writeError(updated.error());
        }
        if (m_db.changes() == 0) {
            return Error(
                QCoreApplication::translate("Project", "There is no workload “%1”.").arg(id));
        }
    }
    if (Status committed = transaction.value().commit(); !committed) {
        return writeError(committed.error());
    }
    Q_EMIT changed();
    return {};
}

Status Project::setWorkloadField(WorkloadEditField field, const std::vector<FieldEdit> &edits)
{
    if (Status writable = checkWritable(); !writable) {
        return writable;
    }
    const QString column = columnName(field);
    Result<Transaction> transaction = Transaction::begin(m_db);
    if (!transaction) {
        return writeError(transaction.error());
    }
    // The column name comes from our own enum, never from user data.
    Statement read = m_db.prepare("SELECT user_edits FROM workloads WHERE id = ?1");
    Statement write = m_db.prepare(
        (u"UPDATE workloads SET "_s + column + u" = ?1, user_edits = ?2 WHERE id = ?3"_s)
            .toStdString());
    for (const FieldEdit &edit : edits) {
        read.bindText(1, edit.workloadId);
        if (read.step() != StepResult::Row) {
            return Error(QCoreApplication::translate("Project", "There is no workload “%1”.")
                             .arg(edit.workloadId));
        }
        QStringList userEdits = listFromJson(read.columnText(0));
        read.reset();
        userEdits.removeAll(column);
        if (edit.userEdited) {
            userEdits << column;
        }
        write.bindText(1, edit.value);
        write.bindText(2, listToJson(userEdits));
        write.bindText(3, edit.workloadId);
        if (Status written = write.run(); !written) {
            return writeError(written.error());
        }
        write.reset();
    }
    if (Status committed = transaction.value().commit(); !committed) {
        return writeError(committed.error());
    }
    Q_EMIT changed();
    return {};
}

std::vector<ImportRecord> Project::imports() const
{
    std::vector<ImportRecord> result;
    Statement statement = m_db.prepare(
        "SELECT id, file_name, file_path, format, sha256, imported_at, row_count, warning_count, "
        "status, source_key FROM imports ORDER BY imported_at, rowid");
    while (statement.step() == StepResult::Row) {
        ImportRecord record;
        record.id = statement.columnText(0);
        record.fileName = statement.columnText(1);
        record.filePath = statement.columnText(2);
        record.format = statement.columnText(3);
        record.sha256 = statement.columnText(4);
        record.importedAt = fromIsoUtc(statement.columnText(5));
        record.rowCount = statement.columnInt64(6);
        record.warningCount = statement.columnInt64(7);
        record.status = statement.columnText(8);
        record.sourceKey = statement.columnText(9);
        result.push_back(std::move(record));
    }
    return result;
}

std::vector<Workload> Project::workloads() const
{
    std::vector<Workload> result;
    Statement statement = m_db.prepare(std::string(kSelectWorkloads) + " ORDER BY rowid");
    while (statement.step() == StepResult::Row) {
        result.push_back(readWorkload(statement));
    }
    return result;
}

int Project::importCount() const
{
    const Result<QVariant> count = m_db.queryValue("SELECT count(*) FROM imports");
    return count ? count.value().toInt() : 0;
}

int Project::workloadCount() const
{
    const Result<QVariant> count = m_db.queryValue("SELECT count(*) FROM workloads");
    return count ? count.value().toInt() : 0;
}

std::vector<UtilisationRecord> Project::utilisation() const
{
    std::vector<UtilisationRecord> result;
    Statement statement = m_db.prepare(std::string(kSelectUtilisation) + " ORDER BY u.rowid");
    while (statement.step() == StepResult::Row) {
        result.push_back(readUtilisation(statement));
    }
    return result;
}

std::vector<UtilisationRecord> Project::utilisationOfImport(const QString &importId) const
{
    std::vector<UtilisationRecord> result;
    Statement statement =
        m_db.prepare(std::string(kSelectUtilisation) + " WHERE u.import_id = ?1 ORDER BY u.rowid");
    statement.bindText(1, importId);
    while (statement.step() == StepResult::Row) {
        result.push_back(readUtilisation(statement));
    }
    return result;
}

std::optional<UtilisationRecord> Project::utilisationFor(const QString &workloadId) const
{
    if (workloadId.isEmpty()) {
        return std::nullopt;
    }
    // ISO dates sort as text. "x IS NULL" first in the order puts rows without a period last
    // without NULLS LAST, which older SQLite libraries lack.
    Statement statement = m_db.prepare(
        std::string(kSelectUtilisation) +
        " LEFT JOIN imports i ON i.id = u.import_id WHERE u.workload_id = ?1 ORDER BY "
        "u.period_end IS NULL, u.period_end DESC, u.period_start IS NULL, u.period_start DESC, "
        "i.imported_at DESC, u.rowid DESC LIMIT 1");
    statement.bindText(1, workloadId);
    if (statement.step() != StepResult::Row) {
        return std::nullopt;
    }
    return readUtilisation(statement);
}

// ---- ImportWriter ------------------------------------------------------------------------------

ImportWriter::ImportWriter(Project &project, QString importId, QString format, QString sourceKey)
    : m_project(project), m_importId(std::move(importId)), m_format(std::move(format)),
      m_sourceKey(std::move(sourceKey))
{
}

ImportWriter::~ImportWriter()
{
    finish();
}

Status ImportWriter::begin(const ImportRecord &record, bool staged)
{
    Database &db = m_project.m_db;
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction) {
        return m_project.writeError(transaction.error());
    }
    m_transaction.emplace(std::move(transaction.value()));

    if (Result<QVariant> cacheSize = db.queryValue("PRAGMA main.cache_size"); cacheSize) {
        m_savedCacheSize = cacheSize.value().toLongLong();
        // Negative: KiB rather than pages. A constant of ours: PRAGMA values cannot be bound.
        const QByteArray larger =
            "PRAGMA main.cache_size = " + QByteArray::number(-kImportCacheKib);
        if (m_savedCacheSize < 0 && -m_savedCacheSize < kImportCacheKib) {
            (void)db.exec(larger.constData()); // only a speed-up: failing is harmless
        }
    }

    Statement insertImport = db.prepare(
        "INSERT INTO imports (id, file_name, file_path, format, sha256, imported_at, row_count, "
        "warning_count, status, source_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insertImport.bindText(1, m_importId);
    insertImport.bindText(2, record.fileName);
    insertImport.bindText(3, record.filePath);
    insertImport.bindText(4, record.format);
    insertImport.bindText(5, record.sha256);
    insertImport.bindText(6, isoUtc(record.importedAt.isValid() ? record.importedAt
                                                                : QDateTime::currentDateTimeUtc()));
    insertImport.bindInt64(7, record.rowCount);
    insertImport.bindInt64(8, record.warningCount);
    insertImport.bindText(9, record.status);
    insertImport.bindText(10, record.sourceKey);
    if (Status inserted = insertImport.run(); !inserted) {
        return m_project.writeError(inserted.error());
    }

    m_staged = staged;
    if (m_staged) {
        if (Status created = db.exec(kCreateStaging); !created) {
            return m_project.writeError(created.error());
        }
        m_insertWorkload = db.prepare(kInsertStaged);
    } else {
        m_insertWorkload = db.prepare(kInsertWorkload);
    }
    return {};
}

void ImportWriter::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_insertWorkload = Statement();
    m_insertUtilisation = Statement();
    m_transaction.reset(); // rolls back unless committed; the staging table goes with it
    Database &db = m_project.m_db;
    if (m_savedCacheSize != 0 && db.isOpen()) {
        const QByteArray restore =
            "PRAGMA main.cache_size = " + QByteArray::number(m_savedCacheSize);
        (void)db.exec(restore.constData());
    }
}

Status ImportWriter::addWorkload(Workload &workload)
{
    if (m_finished) {
        return Error(u"the import is already finished"_s);
    }
    if (workload.id.isEmpty()) {
        workload.id = Project::newId();
    }
    workload.importId = m_importId;
    bindWorkload(m_insertWorkload, workload, workload.id, m_importId);
    if (Status inserted = m_insertWorkload.run(); !inserted) {
        return m_project.writeError(
            Error(QCoreApplication::translate("Project", "workload %1 (“%2”): %3")
                      .arg(m_workloadCount + 1)
                      .arg(workload.name, inserted.error().message)));
    }
    ++m_workloadCount;
    return {};
}

Status ImportWriter::addWarning(const StoredWarning &warning)
{
    if (m_finished) {
        return Error(u"the import is already finished"_s);
    }
    if (m_warningCount >= kMaxStoredWarnings) {
        return {};
    }
    Statement insert = m_project.m_db.prepare(
        "INSERT INTO import_warnings (import_id, seq, line, col, path, message) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bindText(1, m_importId);
    insert.bindInt64(2, m_warningCount);
    insert.bindInt64(3, warning.line);
    insert.bindInt64(4, warning.column);
    insert.bindText(5, warning.path);
    insert.bindText(6, warning.message);
    if (Status inserted = insert.run(); !inserted) {
        return m_project.writeError(inserted.error());
    }
    ++m_warningCount;
    return {};
}

Status ImportWriter::addUtilisation(UtilisationRecord &row)
{
    if (m_finished) {
        return Error(u"the import is already finished"_s);
    }
    if (m_staged && !m_replaced) {
        // A row may point at a workload of this import: it must be in place first.
        if (Status placed = placeStagedWorkloads(); !placed) {
            return placed;
        }
    }
    if (!m_insertUtilisation.isValid()) {
        m_insertUtilisation = m_project.m_db.prepare(kInsertUtilisation);
    }
    if (row.id.isEmpty()) {
        row.id = Project::newId();
    }
    row.importId = m_importId;
    bindUtilisation(m_insertUtilisation, row, row.id, m_importId);
    if (Status inserted = m_insertUtilisation.run(); !inserted) {
        return m_project.writeError(
            Error(QCoreApplication::translate("Project", "utilisation row %1 (“%2”): %3")
                      .arg(m_utilisationCount + 1)
                      .arg(row.ref, inserted.error().message)));
    }
    ++m_utilisationCount;
    return {};
}

Result<QString> ImportWriter::previousVersion() const
{
    if (!m_staged || m_replaced || m_finished) {
        return QString(); // no earlier import of this format when the import began
    }
    Database &db = m_project.m_db;
    // Each earlier import of the format: how many of its workloads have a natural key among this
    // import's, and how many workloads it has.
    Statement candidates = db.prepare(
        "SELECT i.id, i.source_key, (SELECT count(*) FROM workloads AS o WHERE o.import_id = i.id "
        "AND coalesce(o.natural_key, '') <> '' AND EXISTS (SELECT 1 FROM temp.import_staging AS s "
        "WHERE s.natural_key = o.natural_key)), (SELECT count(*) FROM workloads AS o WHERE "
        "o.import_id = i.id) FROM imports AS i WHERE i.format = ?1 AND i.id <> ?2 ORDER BY "
        "i.imported_at, i.rowid");
    candidates.bindText(1, m_format);
    candidates.bindText(2, m_importId);
    std::optional<qint64> keys; // distinct natural keys of this import, counted when needed
    QString best;
    qint64 bestOverlap = 0;
    StepResult step;
    while ((step = candidates.step()) == StepResult::Row) {
        const QString sourceKey = candidates.columnText(1);
        const qint64 overlap = candidates.columnInt64(2);
        const qint64 size = candidates.columnInt64(3);
        if (!keys && overlap > 0) {
            Result<QVariant> distinct =
                db.queryValue("SELECT count(DISTINCT natural_key) FROM temp.import_staging WHERE "
                              "coalesce(natural_key, '') <> ''");
            if (!distinct) {
                return m_project.writeError(distinct.error());
            }
            keys = distinct.value().toLongLong();
        }
        const qint64 smaller = std::min(size, keys.value_or(0));
        const bool sameSource = !sourceKey.isEmpty() && sourceKey == m_sourceKey;
        const bool mostlySame = overlap > 0 && overlap * 2 >= smaller;
        if ((sameSource || mostlySame) && (best.isEmpty() || overlap > bestOverlap)) {
            best = candidates.columnText(0);
            bestOverlap = overlap;
        }
    }
    if (step == StepResult::Error) {
        return m_project.writeError(candidates.error());
    }
    return best;
}

Result<ImportUpdate> ImportWriter::replace(const QString &oldImportId)
{
    if (m_finished || !m_staged || m_replaced) {
        return Error(u"replace() needs a staged import, once"_s);
    }
    Database &db = m_project.m_db;
    Statement exists = db.prepare("SELECT 1 FROM imports WHERE id = ?1 AND id <> ?2");
    exists.bindText(1, oldImportId);
    exists.bindText(2, m_importId);
    switch (exists.step()) {
    case StepResult::Row:
        break;
    case StepResult::Done:
        return Error(QCoreApplication::translate("Project", "There is no import “%1” in “%2”.")
                         .arg(oldImportId, shown(m_project.m_path)));
    case StepResult::Error:
        return m_project.writeError(exists.error());
    }
    exists = Statement();

    ImportUpdate update;
    update.importId = m_importId;
    update.replacedImportId = oldImportId;

    // Which earlier row each matched new row updates, and which of its fields the user edited.
    struct Match {
        qint64 stagedRow;
        qint64 earlierRow;
        std::array<bool, 4> edited;
    };
    static constexpr WorkloadEditField kEditable[] = {
        WorkloadEditField::Environment, WorkloadEditField::Criticality,
        WorkloadEditField::DataClass, WorkloadEditField::Application};
    std::vector<Match> matches;
    {
        Statement pairs = db.prepare(kSelectMatches);
        pairs.bindText(1, oldImportId);
        StepResult step;
        while ((step = pairs.step()) == StepResult::Row) {
            Workload w = readWorkload(pairs, 2);
            const Workload previous = readWorkload(pairs, 2 + kWorkloadColumnCount);
            Match match{pairs.columnInt64(0), pairs.columnInt64(1), {}};
            w.id = previous.id;
            // The user's hand edits survive the new export.
            for (std::size_t i = 0; i < std::size(kEditable); ++i) {
                match.edited[i] = previous.userEdits.contains(columnName(kEditable[i]));
                if (match.edited[i]) {
                    setFieldValue(w, kEditable[i], fieldValue(previous, kEditable[i]));
                }
            }
            w.userEdits = previous.userEdits;
            w.duplicateOf = previous.duplicateOf;
            w.importId = previous.importId;
            w.sourceFile = previous.sourceFile;
            w.sourceLocation = previous.sourceLocation;
            if (w == previous) {
                ++update.unchanged;
            } else {
                update.changed << w.name;
            }
            matches.push_back(match);
        }
        if (step == StepResult::Error) {
            return m_project.writeError(pairs.error());
        }
    }
    const auto names = [&db, &oldImportId](std::string_view sql, QStringList &out) -> Status {
        Statement statement = db.prepare(sql);
        statement.bindText(1, oldImportId);
        StepResult step;
        while ((step = statement.step()) == StepResult::Row) {
            out << statement.columnText(0);
        }
        return step == StepResult::Error ? Status(statement.error()) : Status();
    };
    if (Status listed = names(kSelectRemoved, update.removed); !listed) {
        return m_project.writeError(listed.error());
    }
    if (Status listed = names(kSelectAdded, update.added); !listed) {
        return m_project.writeError(listed.error());
    }

    // The new workloads first (the matching rule looks at the earlier import's rows, which the
    // updates below move to this import), then the matched ones, then the earlier import goes
    // with whatever it still holds.
    Statement insertAdded = db.prepare(kInsertAdded);
    insertAdded.bindText(1, oldImportId);
    if (Status inserted = insertAdded.run(); !inserted) {
        return m_project.writeError(inserted.error());
    }
    Statement updateMatched = db.prepare(kUpdateMatched);
    for (const Match &match : matches) {
        updateMatched.bindInt64(1, match.earlierRow);
        updateMatched.bindInt64(2, match.stagedRow);
        for (std::size_t i = 0; i < match.edited.size(); ++i) {
            updateMatched.bindInt64(int(i) + 3, match.edited[i] ? 1 : 0);
        }
        if (Status updated = updateMatched.run(); !updated) {
            return m_project.writeError(updated.error());
        }
    }
    Statement remove = db.prepare("DELETE FROM imports WHERE id = ?1");
    remove.bindText(1, oldImportId);
    if (Status removed = remove.run(); !removed) {
        return m_project.writeError(removed.error());
    }
    if (Status dropped = dropStaging(); !dropped) {
        return dropped.error();
    }
    m_replaced = true;
    return update;
}

Result<std::optional<ImportUpdate>> ImportWriter::replacePreviousVersion()
{
    Result<QString> previous = previousVersion();
    if (!previous) {
        return previous.error();
    }
    if (previous->isEmpty()) {
        if (m_staged && !m_replaced && !m_finished) {
            if (Status placed = placeStagedWorkloads(); !placed) {
                return placed.error();
            }
        }
        return std::optional<ImportUpdate>();
    }
    Result<ImportUpdate> update = replace(previous.value());
    if (!update) {
        return update.error();
    }
    return std::optional<ImportUpdate>(std::move(update.value()));
}

Status ImportWriter::placeStagedWorkloads()
{
    Database &db = m_project.m_db;
    Statement place = db.prepare(kPlaceStaged);
    if (Status placed = place.run(); !placed) {
        return m_project.writeError(placed.error());
    }
    place = Statement();
    if (Status dropped = dropStaging(); !dropped) {
        return dropped;
    }
    m_staged = false;
    return {};
}

Status ImportWriter::dropStaging()
{
    Database &db = m_project.m_db;
    m_insertWorkload = Statement(); // a pending statement would keep the table locked
    if (Status dropped = db.exec("DROP TABLE temp.import_staging"); !dropped) {
        return m_project.writeError(dropped.error());
    }
    // Any later workload goes straight into the workloads table.
    m_insertWorkload = db.prepare(kInsertWorkload);
    return {};
}

Result<QString> ImportWriter::commit(const ImportRecord &record)
{
    if (m_finished) {
        return Error(u"the import is already finished"_s);
    }
    if (m_staged && !m_replaced) {
        if (Status placed = placeStagedWorkloads(); !placed) {
            return placed.error();
        }
    }
    Database &db = m_project.m_db;
    Statement counts = db.prepare("UPDATE imports SET row_count = ?2, warning_count = ?3, status = "
                                  "?4, sha256 = ?5 WHERE id = ?1");
    counts.bindText(1, m_importId);
    counts.bindInt64(2, record.rowCount);
    counts.bindInt64(3, record.warningCount);
    counts.bindText(4, record.status);
    counts.bindText(5, record.sha256);
    if (Status updated = counts.run(); !updated) {
        return m_project.writeError(updated.error());
    }
    counts = Statement();
    if (m_workloadCount > 0) {
        if (Status linked = m_project.linkUnmatchedUtilisation(); !linked) {
            return m_project.writeError(linked.error());
        }
    }
    m_insertWorkload = Statement();
    m_insertUtilisation = Statement();
    if (Status committed = m_transaction->commit(); !committed) {
        return m_project.writeError(committed.error());
    }
    finish();
    m_project.notifyChanged();
    return m_importId;
}

} // namespace boussole
