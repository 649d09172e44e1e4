#pragma once

// A small RAII layer over the SQLite3 C API. SQL text is always a compile-time constant of ours;
// values travel as bound parameters only, so user data can never change what a statement does.
//
// Threading: one Database (connection) per thread. A Database and the Statements and Transactions
// made from it belong to the thread that opened it; connections are opened in SQLite's
// multi-thread mode, so nothing but this rule keeps two threads off one connection. A Statement or
// Transaction may outlive its Database: using it afterwards reports an error instead of crashing.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QVariant>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace boussole {

namespace detail {
struct Connection;
}

enum class StepResult { Row, Done, Error };

enum class OpenFlag {
    ReadOnly = 0x1,
    ReadWrite = 0x2,
    Create = 0x4,  // with ReadWrite: create the file when it does not exist
    NoFollow = 0x8 // refuse a path that is a symbolic link (where SQLite supports it)
};
Q_DECLARE_FLAGS(OpenFlags, OpenFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(OpenFlags)

// A prepared statement. Statements come from Database::prepare(); when one is destroyed it is reset
// and handed back to its Database's cache, so the next prepare() of the same SQL skips compilation.
//
// Errors are sticky until the next step(): a failed prepare() or bind makes step() return Error
// with the first message, so callers check once, after step() or run().
class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameter indexes start at 1 (SQLite's convention). Names include their prefix (":id").
    int parameterIndex(const char *name) const;
    int parameterCount() const;

    // A null QString binds SQL NULL; an empty one binds ''.
    bool bindNull(int index);
    bool bindInt64(int index, qint64 value);
    bool bindDouble(int index, double value);
    bool bindText(int index, const QString &value);
    bool bindBlob(int index, const QByteArray &value);
    // Null/invalid → NULL, integers and bool → INTEGER, floating point → REAL, QByteArray → BLOB,
    // QDateTime → ISO-8601 UTC text, anything else convertible to a string → TEXT.
    bool bindValue(int index, const QVariant &value);

    bool bindNull(const char *name);
    bool bindInt64(const char *name, qint64 value);
    bool bindDouble(const char *name, double value);
    bool bindText(const char *name, const QString &value);
    bool bindBlob(const char *name, const QByteArray &value);
    bool bindValue(const char *name, const QVariant &value);

    StepResult step();
    // Steps until Done (discarding any rows), then resets; bindings are kept for the next run().
    Status run();
    // Ready to step again from the start; bindings are kept.
    void reset();
    // Every parameter back to NULL; also forgets a sticky bind error.
    void clearBindings();

    int columnCount() const;
    QString columnName(int column) const;
    bool columnIsNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const; // NULL → null QString
    QByteArray columnBlob(int column) const;
    QVariant columnValue(int column) const; // by storage class; NULL → invalid QVariant

    QString errorMessage() const { return m_error; }
    int errorCode() const { return m_errorCode; } // extended SQLite result code, 0 if none
    Error error() const;

    // For what this wrapper does not cover; the statement keeps ownership.
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, std::weak_ptr<detail::Connection> owner, std::string sql);
    void release();
    bool checkBind(int rc, int index);
    bool failBind(const QString &message);

    sqlite3_stmt *m_stmt = nullptr;
    std::weak_ptr<detail::Connection> m_owner;
    std::string m_sql;
    // The UTF-8 bytes of each text parameter (by index), which SQLite reads in place until the
    // parameter is bound again: a statement run for many rows reuses them instead of allocating.
    std::vector<QByteArray> m_texts;
    QString m_error;
    int m_errorCode = 0;
    bool m_stickyError = false;
};

// One SQLite connection. Move-only; closing (or destroying) it finalizes the statements it cached.
class Database {
public:
    Database();
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    // The path is passed to SQLite as UTF-8. Give an absolute path: SQLite here is built with URI
    // filenames on, and an absolute path can never be read as a "file:" URI.
    Status open(const QString &path, OpenFlags flags);
    Status close();
    bool isOpen() const;
    QString path() const;

    // Runs one or more statements with no parameters and no result (DDL, PRAGMA settings).
    Status exec(const char *sql);
    // Exactly one statement; a second one in the same text is an error (use exec() for scripts).
    Statement prepare(std::string_view sql);
    // The first column of the first row (invalid QVariant when there is no row).
    Result<QVariant> queryValue(std::string_view sql);

    QString lastError() const;
    int lastErrorCode() const; // extended SQLite result code
    qint64 changes() const;
    qint64 lastInsertRowId() const;
    bool inTransaction() const;

    // Copies this database into a new or existing file with the online backup API. The copy is left
    // in rollback-journal (DELETE) mode, i.e. one self-contained file even when this one runs in
    // WAL.
    Status backupTo(const QString &path);

    // For what this wrapper does not cover (sqlite3_db_config, custom functions in tests).
    sqlite3 *handle() const;

    static constexpr int kStatementCacheCapacity = 64;

private:
    friend class Transaction;
    Error errorFromConnection() const;

    std::shared_ptr<detail::Connection> m_conn;
};

// Rolls back unless commit() succeeded. Inside another transaction it becomes a SAVEPOINT, so
// repository functions can be composed into a bigger all-or-nothing unit.
class Transaction {
public:
    enum class Mode { Deferred, Immediate };

    // Immediate by default: a writer takes the write lock up front instead of failing halfway
    // through with SQLITE_BUSY when another connection (a reader thread) is active.
    static Result<Transaction> begin(Database &db, Mode mode = Mode::Immediate);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    Status rollback();
    bool isActive() const { return m_active; }

private:
    Transaction(std::weak_ptr<detail::Connection> conn, bool savepoint);

    std::weak_ptr<detail::Connection> m_conn;
    bool m_savepoint = false;
    bool m_active = false;
};

} // namespace boussole
