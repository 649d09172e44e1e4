#include "models/storage/Sqlite.h"

#include <QDate>
#include <QDateTime>
#include <QThread>

#include <sqlite3.h>

#include <limits>
#include <unordered_map>
#include <utility>

using namespace Qt::StringLiterals;

namespace boussole {

namespace detail {

struct Connection {
    sqlite3 *db = nullptr;
    QString path;
    // Reset, unbound statements waiting for reuse, keyed by their SQL text.
    std::unordered_map<std::string, sqlite3_stmt *> cache;

    ~Connection() { close(); }

    int close()
    {
        for (auto &entry : cache) {
            sqlite3_finalize(entry.second);
        }
        cache.clear();
        // close_v2 rather than close: a Statement still alive somewhere keeps the connection as a
        // zombie until it is finalized, instead of failing with SQLITE_BUSY and leaking.
        const int rc = sqlite3_close_v2(db);
        db = nullptr;
        return rc;
    }
};

} // namespace detail

namespace {

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

Error sqliteError(sqlite3 *db)
{
    if (!db) {
        return Error(u"the database is not open"_s);
    }
    return Error(utf8(sqlite3_errmsg(db)));
}

} // namespace

// ---- Statement ----------------------------------------------------------------------------------

Statement::Statement(sqlite3_stmt *stmt, std::weak_ptr<detail::Connection> owner, std::string sql)
    : m_stmt(stmt), m_owner(std::move(owner)), m_sql(std::move(sql))
{
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_owner(std::move(other.m_owner)),
      m_sql(std::move(other.m_sql)), m_texts(std::move(other.m_texts)),
      m_error(std::move(other.m_error)), m_errorCode(other.m_errorCode),
      m_stickyError(other.m_stickyError)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_owner = std::move(other.m_owner);
        m_sql = std::move(other.m_sql);
        m_texts = std::move(other.m_texts);
        m_error = std::move(other.m_error);
        m_errorCode = other.m_errorCode;
        m_stickyError = other.m_stickyError;
    }
    return *this;
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt) {
        return;
    }
    sqlite3_stmt *stmt = std::exchange(m_stmt, nullptr);
    const std::shared_ptr<detail::Connection> conn = m_owner.lock();
    if (conn && conn->db && conn->cache.size() < Database::kStatementCacheCapacity &&
        conn->cache.find(m_sql) == conn->cache.end()) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
        conn->cache.emplace(std::move(m_sql), stmt);
        return;
    }
    sqlite3_finalize(stmt);
}

int Statement::parameterIndex(const char *name) const
{
    return m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
}

int Statement::parameterCount() const
{
    return m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
}

bool Statement::failBind(const QString &message)
{
    if (!m_stickyError) {
        m_error = message;
        m_errorCode = SQLITE_MISUSE;
        m_stickyError = true;
    }
    return false;
}

bool Statement::checkBind(int rc, int index)
{
    if (rc == SQLITE_OK) {
        return true;
    }
    if (!m_stmt) {
        return false; // the prepare error is already recorded
    }
    return failBind(u"cannot bind parameter %1: %2"_s.arg(index).arg(utf8(sqlite3_errstr(rc))));
}

bool Statement::bindNull(int index)
{
    return checkBind(m_stmt ? sqlite3_bind_null(m_stmt, index) : SQLITE_MISUSE, index);
}

bool Statement::bindInt64(int index, qint64 value)
{
    return checkBind(m_stmt ? sqlite3_bind_int64(m_stmt, index, value) : SQLITE_MISUSE, index);
}

bool Statement::bindDouble(int index, double value)
{
    return checkBind(m_stmt ? sqlite3_bind_double(m_stmt, index, value) : SQLITE_MISUSE, index);
}

bool Statement::bindText(int index, const QString &value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    if (!m_stmt) {
        return false;
    }
    const int count = sqlite3_bind_parameter_count(m_stmt);
    if (index < 1 || index > count || sqlite3_stmt_busy(m_stmt)) {
        // Out of range, or the statement is running: SQLite refuses, and the buffer the running
        // statement may still read stays as it is.
        return checkBind(sqlite3_bind_text64(m_stmt, index, "", 0, SQLITE_STATIC, SQLITE_UTF8),
                         index);
    }
    // Bound in place (SQLITE_STATIC) from a buffer kept per parameter, so a statement run for many
    // rows neither allocates nor copies twice. Binding the parameter again replaces SQLite's
    // pointer right after the buffer changes, and release() clears the bindings before the
    // buffers go.
    if (m_texts.empty()) {
        m_texts.resize(std::size_t(count) + 1);
    }
    QByteArray &bytes = m_texts[std::size_t(index)];
    const qsizetype size = value.size();
    const auto *in = reinterpret_cast<const char16_t *>(value.constData());
    bytes.resize(size);
    char *out = bytes.data();
    qsizetype i = 0;
    for (; i < size && in[i] < 0x80; ++i) { // most values are ASCII: UTF-8 is the same bytes
        out[i] = char(in[i]);
    }
    if (i < size) {
        bytes = value.toUtf8();
    }
    return checkBind(sqlite3_bind_text64(m_stmt, index, bytes.constData(),
                                         static_cast<sqlite3_uint64>(bytes.size()), SQLITE_STATIC,
                                         SQLITE_UTF8),
                     index);
}

bool Statement::bindBlob(int index, const QByteArray &value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    if (!m_stmt) {
        return false;
    }
    // An empty but non-null QByteArray still binds a zero-length BLOB, not NULL.
    return checkBind(sqlite3_bind_blob64(m_stmt, index, value.isEmpty() ? "" : value.constData(),
                                         static_cast<sqlite3_uint64>(value.size()),
                                         SQLITE_TRANSIENT),
                     index);
}

bool Statement::bindValue(int index, const QVariant &value)
{
    if (value.isNull()) {
        return bindNull(index);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return bindInt64(index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong v = value.toULongLong();
        // Beyond int64 SQLite would store a lossy REAL; text keeps every digit.
        return v <= static_cast<qulonglong>(std::numeric_limits<qint64>::max())
                   ? bindInt64(index, static_cast<qint64>(v))
                   : bindText(index, QString::number(v));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return bindDouble(index, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(index, value.toByteArray());
    case QMetaType::QString:
        return bindText(index, value.toString());
    case QMetaType::QDateTime:
        return bindText(index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return bindText(index, value.toDate().toString(Qt::ISODate));
    default:
        if (value.canConvert<QString>()) {
            return bindText(index, value.toString());
        }
        return failBind(u"cannot bind parameter %1: unsupported type %2"_s.arg(index).arg(
            QString::fromLatin1(value.metaType().name())));
    }
}

namespace {
QString unknownParameter(const char *name)
{
    return u"no parameter named %1"_s.arg(utf8(name));
}
} // namespace

#define BOUSSOLE_BIND_BY_NAME(call)                                                                \
    const int index = parameterIndex(name);                                                        \
    if (index == 0) {                                                                              \
        return m_stmt ? failBind(unknownParameter(name)) : false;                                  \
    }                                                                                              \
    return call

bool Statement::bindNull(const char *name)
{
    BOUSSOLE_BIND_BY_NAME(bindNull(index));
}

bool Statement::bindInt64(const char *name, qint64 value)
{
    BOUSSOLE_BIND_BY_NAME(bindInt64(index, value));
}

bool Statement::bindDouble(const char *name, double value)
{
    BOUSSOLE_BIND_BY_NAME(bindDouble(index, value));
}

bool Statement::bindText(const char *name, const QString &value)
{
    BOUSSOLE_BIND_BY_NAME(bindText(index, value));
}

bool Statement::bindBlob(const char *name, const QByteArray &value)
{
    BOUSSOLE_BIND_BY_NAME(bindBlob(index, value));
}

bool Statement::bindValue(const char *name, const QVariant &value)
{
    BOUSSOLE_BIND_BY_NAME(bindValue(index, value));
}

#undef BOUSSOLE_BIND_BY_NAME

StepResult Statement::step()
{
    if (m_stickyError) {
        return StepResult::Error;
    }
    if (!m_stmt) {
        m_error = u"the statement is not prepared"_s;
        m_errorCode = SQLITE_MISUSE;
        return StepResult::Error;
    }
    const std::shared_ptr<detail::Connection> conn = m_owner.lock();
    if (!conn || !conn->db) {
        m_error = u"the database is closed"_s;
        m_errorCode = SQLITE_MISUSE;
        return StepResult::Error;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return StepResult::Row;
    }
    if (rc == SQLITE_DONE) {
        return StepResult::Done;
    }
    m_error = utf8(sqlite3_errmsg(conn->db));
    m_errorCode = sqlite3_extended_errcode(conn->db);
    // Resetting now releases the statement's locks instead of holding them until the next use.
    sqlite3_reset(m_stmt);
    return StepResult::Error;
}

Status Statement::run()
{
    for (;;) {
        switch (step()) {
        case StepResult::Row:
            continue;
        case StepResult::Done:
            reset();
            return {};
        case StepResult::Error:
            return error();
        }
    }
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
    }
    if (!m_stickyError) {
        m_error.clear();
        m_errorCode = 0;
    }
}

void Statement::clearBindings()
{
    if (m_stmt) {
        sqlite3_clear_bindings(m_stmt);
        m_stickyError = false;
        m_error.clear();
        m_errorCode = 0;
    }
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString Statement::columnName(int column) const
{
    return m_stmt ? utf8(sqlite3_column_name(m_stmt, column)) : QString();
}

bool Statement::columnIsNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::columnDouble(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QString Statement::columnText(int column) const
{
    if (columnIsNull(column)) {
        return {};
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!text || size == 0) {
        return QString(u""_s); // '' stays distinct from NULL
    }
    return QString::fromUtf8(text, size);
}

QByteArray Statement::columnBlob(int column) const
{
    if (columnIsNull(column)) {
        return {};
    }
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size == 0) {
        return QByteArray(""); // zero-length BLOB stays distinct from NULL
    }
    return QByteArray(static_cast<const char *>(data), size);
}

QVariant Statement::columnValue(int column) const
{
    if (!m_stmt) {
        return {};
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QVariant(columnText(column));
    case SQLITE_BLOB:
        return QVariant(columnBlob(column));
    default:
        return {};
    }
}

Error Statement::error() const
{
    return Error(m_error.isEmpty() ? u"unknown SQLite error"_s : m_error);
}

// ---- Database -----------------------------------------------------------------------------------

Database::Database() = default;
Database::Database(Database &&other) noexcept = default;
Database &Database::operator=(Database &&other) noexcept = default;

Database::~Database()
{
    close();
}

Status Database::open(const QString &path, OpenFlags flags)
{
    if (isOpen()) {
        return Error(u"the database is already open"_s);
    }
    int sqliteFlags = 0;
    if (flags.testFlag(OpenFlag::ReadWrite)) {
        sqliteFlags |= SQLITE_OPEN_READWRITE;
        if (flags.testFlag(OpenFlag::Create)) {
            sqliteFlags |= SQLITE_OPEN_CREATE;
        }
    } else {
        sqliteFlags |= SQLITE_OPEN_READONLY;
    }
    // A connection belongs to one thread (see the header), so SQLite's own per-call locking of the
    // connection ("serialized" mode) only costs time: a row insert makes some thirty API calls.
    sqliteFlags |= SQLITE_OPEN_NOMUTEX;
#ifdef SQLITE_OPEN_NOFOLLOW
    if (flags.testFlag(OpenFlag::NoFollow)) {
        sqliteFlags |= SQLITE_OPEN_NOFOLLOW;
    }
#endif

    auto conn = std::make_shared<detail::Connection>();
    conn->path = path;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &conn->db, sqliteFlags, nullptr);
    if (rc != SQLITE_OK) {
        // open_v2 hands back a handle even on failure, so the message can be read from it.
        Error error = conn->db ? sqliteError(conn->db) : Error(utf8(sqlite3_errstr(rc)));
        return error;
    }
    sqlite3_extended_result_codes(conn->db, 1);
    // Another connection (a worker thread, another Boussole) may hold the lock briefly; wait a
    // little instead of failing at once with "database is locked".
    sqlite3_busy_timeout(conn->db, 5000);
    m_conn = std::move(conn);
    return {};
}

Status Database::close()
{
    if (!m_conn) {
        return {};
    }
    std::shared_ptr<detail::Connection> conn = std::move(m_conn);
    const int rc = conn->close();
    if (rc != SQLITE_OK) {
        return Error(utf8(sqlite3_errstr(rc)));
    }
    return {};
}

bool Database::isOpen() const
{
    return m_conn && m_conn->db;
}

QString Database::path() const
{
    return m_conn ? m_conn->path : QString();
}

sqlite3 *Database::handle() const
{
    return m_conn ? m_conn->db : nullptr;
}

Error Database::errorFromConnection() const
{
    return sqliteError(handle());
}

Status Database::exec(const char *sql)
{
    if (!isOpen()) {
        return Error(u"the database is not open"_s);
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_conn->db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = Error(message ? utf8(message) : utf8(sqlite3_errstr(rc)));
        sqlite3_free(message);
        return error;
    }
    return {};
}

Statement Database::prepare(std::string_view sql)
{
    std::string key(sql);
    if (!isOpen()) {
        Statement statement;
        statement.m_error = u"the database is not open"_s;
        statement.m_errorCode = SQLITE_MISUSE;
        statement.m_stickyError = true;
        return statement;
    }
    if (auto it = m_conn->cache.find(key); it != m_conn->cache.end()) {
        sqlite3_stmt *stmt = it->second;
        m_conn->cache.erase(it);
        return Statement(stmt, m_conn, std::move(key));
    }

    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_conn->db, key.data(), static_cast<int>(key.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    // The offset, not the pointer: moving a short std::string moves its characters elsewhere.
    const std::size_t tailOffset = tail ? static_cast<std::size_t>(tail - key.data()) : key.size();
    Statement statement(stmt, m_conn, std::move(key));
    if (rc != SQLITE_OK || !stmt) {
        statement.m_error = rc != SQLITE_OK ? utf8(sqlite3_errmsg(m_conn->db))
                                            : u"the SQL text holds no statement"_s;
        statement.m_errorCode =
            rc != SQLITE_OK ? sqlite3_extended_errcode(m_conn->db) : SQLITE_MISUSE;
        statement.m_stickyError = true;
        return statement;
    }
    // A second statement would be silently ignored by SQLite; make that mistake loud instead.
    for (std::size_t i = tailOffset; i < statement.m_sql.size(); ++i) {
        const char c = statement.m_sql[i];
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != ';') {
            statement.m_error = u"prepare() takes exactly one SQL statement"_s;
            statement.m_errorCode = SQLITE_MISUSE;
            statement.m_stickyError = true;
            break;
        }
    }
    return statement;
}

Result<QVariant> Database::queryValue(std::string_view sql)
{
    Statement statement = prepare(sql);
    switch (statement.step()) {
    case StepResult::Row:
        return statement.columnValue(0);
    case StepResult::Done:
        return QVariant();
    case StepResult::Error:
        break;
    }
    return statement.error();
}

QString Database::lastError() const
{
    return isOpen() ? utf8(sqlite3_errmsg(m_conn->db)) : QString();
}

int Database::lastErrorCode() const
{
    return isOpen() ? sqlite3_extended_errcode(m_conn->db) : SQLITE_MISUSE;
}

qint64 Database::changes() const
{
    return isOpen() ? sqlite3_changes64(m_conn->db) : 0;
}

qint64 Database::lastInsertRowId() const
{
    return isOpen() ? sqlite3_last_insert_rowid(m_conn->db) : 0;
}

bool Database::inTransaction() const
{
    return isOpen() && sqlite3_get_autocommit(m_conn->db) == 0;
}

Status Database::backupTo(const QString &path)
{
    if (!isOpen()) {
        return Error(u"the database is not open"_s);
    }
    Database destination;
    if (Status opened =
            destination.open(path, OpenFlag::ReadWrite | OpenFlag::Create | OpenFlag::NoFollow);
        !opened) {
        return opened;
    }
    sqlite3_backup *backup = sqlite3_backup_init(destination.handle(), "main", handle(), "main");
    if (!backup) {
        return destination.errorFromConnection();
    }
    int rc = SQLITE_OK;
    int busyRetries = 0;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another connection holds a lock for a moment: wait rather than give up, but not
            // forever, so Save as never hangs the caller.
            if (++busyRetries > 100) {
                break;
            }
            QThread::msleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finishRc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return Error(utf8(sqlite3_errstr(rc)));
    }
    if (finishRc != SQLITE_OK) {
        return destination.errorFromConnection();
    }
    // The copied page 1 says "WAL" when the source runs in WAL mode; switching the copy back to a
    // rollback journal makes it one self-contained file that opens anywhere, even read-only.
    Result<QVariant> mode = destination.queryValue("PRAGMA journal_mode=DELETE");
    if (!mode) {
        return mode.error();
    }
    if (mode.value().toString().compare(u"delete"_s, Qt::CaseInsensitive) != 0) {
        return Error(u"the copy could not leave WAL mode"_s);
    }
    return destination.close();
}

// ---- Transaction --------------------------------------------------------------------------------

Transaction::Transaction(std::weak_ptr<detail::Connection> conn, bool savepoint)
    : m_conn(std::move(conn)), m_savepoint(savepoint), m_active(true)
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_conn(std::move(other.m_conn)), m_savepoint(other.m_savepoint),
      m_active(std::exchange(other.m_active, false))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(Database &db, Mode mode)
{
    if (!db.isOpen()) {
        return Error(u"the database is not open"_s);
    }
    const bool savepoint = db.inTransaction();
    const char *sql = savepoint                 ? "SAVEPOINT boussole_tx"
                      : mode == Mode::Immediate ? "BEGIN IMMEDIATE"
                                                : "BEGIN DEFERRED";
    if (Status begun = db.exec(sql); !begun) {
        return begun.error();
    }
    return Transaction(db.m_conn, savepoint);
}

Status Transaction::commit()
{
    if (!m_active) {
        return Error(u"the transaction is not active"_s);
    }
    const std::shared_ptr<detail::Connection> conn = m_conn.lock();
    if (!conn || !conn->db) {
        m_active = false;
        return Error(u"the database is closed"_s);
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(conn->db, m_savepoint ? "RELEASE boussole_tx" : "COMMIT", nullptr,
                                nullptr, &message);
    if (rc != SQLITE_OK) {
        // Still active: the destructor (or the caller) rolls back.
        Error error = Error(message ? utf8(message) : utf8(sqlite3_errstr(rc)));
        sqlite3_free(message);
        return error;
    }
    m_active = false;
    return {};
}

Status Transaction::rollback()
{
    if (!m_active) {
        return {};
    }
    m_active = false;
    const std::shared_ptr<detail::Connection> conn = m_conn.lock();
    if (!conn || !conn->db) {
        return {}; // closing the connection already rolled back
    }
    if (!m_savepoint && sqlite3_get_autocommit(conn->db)) {
        return {}; // SQLite already rolled back by itself (e.g. after SQLITE_FULL)
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(
        conn->db, m_savepoint ? "ROLLBACK TO boussole_tx; RELEASE boussole_tx" : "ROLLBACK",
        nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = Error(message ? utf8(message) : utf8(sqlite3_errstr(rc)));
        sqlite3_free(message);
        return error;
    }
    return {};
}

} // namespace boussole
