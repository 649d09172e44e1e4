#include "models/storage/Sqlite.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestSqlite : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void bindAndReadEveryType();
    void bindByName();
    void nullAndEmptyStayDistinct();
    void rebindingTextForEachRow();
    void bindVariant_data();
    void bindVariant();
    void prepareErrorSurfacesAtStep();
    void secondStatementIsRefused();
    void bindErrorIsSticky();
    void unknownNamedParameterIsAnError();
    void statementsAreCachedAndReused();
    void cachedStatementComesBackResetAndUnbound();
    void transactionRollsBackUnlessCommitted();
    void transactionCommits();
    void nestedTransactionIsASavepoint();
    void changesCountsRows();
    void statementOutlivingItsDatabaseFailsCleanly();
    void movingTheDatabaseKeepsStatementsWorking();
    void closedDatabaseRefusesWork();
    void openMissingFileReadOnlyFails();
    void noFollowRefusesSymlinks();
    void backupIsSelfContained();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    Database openScratch();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqlite::cleanup()
{
    m_dir.reset();
}

Database TestSqlite::openScratch()
{
    Database db;
    const Status opened = db.open(file(u"scratch.db"_s), OpenFlag::ReadWrite | OpenFlag::Create);
    if (!opened) {
        qWarning("%s", qUtf8Printable(opened.error().message));
    }
    return db;
}

void TestSqlite::bindAndReadEveryType()
{
    Database db = openScratch();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, b BLOB, n)").ok());

    Statement insert = db.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)");
    QVERIFY(insert.isValid());
    QCOMPARE(insert.parameterCount(), 5);
    QVERIFY(insert.bindInt64(1, Q_INT64_C(9007199254740993))); // not representable as a double
    QVERIFY(insert.bindDouble(2, 0.1));
    QVERIFY(insert.bindText(3, u"Été — 東京 🚀"_s));
    const QByteArray blob("\x00\x01\xff\x00", 4);
    QVERIFY(insert.bindBlob(4, blob));
    QVERIFY(insert.bindNull(5));
    QVERIFY(insert.run().ok());
    QCOMPARE(db.changes(), 1);
    QCOMPARE(db.lastInsertRowId(), 1);

    Statement select = db.prepare("SELECT i, d, s, b, n FROM t");
    QCOMPARE(select.step(), StepResult::Row);
    QCOMPARE(select.columnCount(), 5);
    QCOMPARE(select.columnName(2), u"s"_s);
    QCOMPARE(select.columnInt64(0), Q_INT64_C(9007199254740993));
    QCOMPARE(select.columnDouble(1), 0.1);
    QCOMPARE(select.columnText(2), u"Été — 東京 🚀"_s);
    QCOMPARE(select.columnBlob(3), blob);
    QVERIFY(select.columnIsNull(4));
    QVERIFY(!select.columnValue(4).isValid());
    QCOMPARE(select.columnValue(0).typeId(), QMetaType::LongLong);
    QCOMPARE(select.columnValue(1).typeId(), QMetaType::Double);
    QCOMPARE(select.columnValue(2).typeId(), QMetaType::QString);
    QCOMPARE(select.columnValue(3).typeId(), QMetaType::QByteArray);
    QCOMPARE(select.step(), StepResult::Done);
}

void TestSqlite::bindByName()
{
    Database db = openScratch();
    Statement statement = db.prepare("SELECT :a || '-' || :b, :n IS NULL");
    QCOMPARE(statement.parameterIndex(":b"), 2);
    QVERIFY(statement.bindText(":a", u"x"_s));
    QVERIFY(statement.bindInt64(":b", 42));
    QVERIFY(statement.bindNull(":n"));
    QCOMPARE(statement.step(), StepResult::Row);
    QCOMPARE(statement.columnText(0), u"x-42"_s);
    QCOMPARE(statement.columnInt64(1), 1);
}

void TestSqlite::nullAndEmptyStayDistinct()
{
    Database db = openScratch();
    Statement statement = db.prepare("SELECT ?1, ?1 IS NULL, ?2, ?2 IS NULL, typeof(?3)");
    statement.bindText(1, QString());
    statement.bindText(2, u""_s);
    statement.bindBlob(3, QByteArray(""));
    QCOMPARE(statement.step(), StepResult::Row);
    QVERIFY(statement.columnText(0).isNull());
    QCOMPARE(statement.columnInt64(1), 1);
    QVERIFY(!statement.columnText(2).isNull());
    QVERIFY(statement.columnText(2).isEmpty());
    QCOMPARE(statement.columnInt64(3), 0);
    QCOMPARE(statement.columnText(4), u"blob"_s);
}

void TestSqlite::rebindingTextForEachRow()
{
    // Text parameters are bound in place from buffers the statement reuses row after row: each
    // row must still store its own value, longer or shorter, ASCII or not.
    Database db = openScratch();
    QVERIFY(db.exec("CREATE TABLE t (a TEXT, b TEXT)").ok());
    const QStringList values = {u"a rather long value to start with"_s,
                                u"short"_s,
                                u""_s,
                                u"Développement 東京"_s,
                                u"x"_s,
                                QString(u"longer again, "_s).repeated(40)};
    Statement insert = db.prepare("INSERT INTO t VALUES (?1, ?2)");
    for (const QString &value : values) {
        QVERIFY(insert.bindText(1, value));
        QVERIFY(insert.bindText(2, value + u'!'));
        QVERIFY(insert.run().ok());
    }
    Statement select = db.prepare("SELECT a, b FROM t ORDER BY rowid");
    for (const QString &value : values) {
        QCOMPARE(select.step(), StepResult::Row);
        QCOMPARE(select.columnText(0), value);
        QCOMPARE(select.columnText(1), value + u'!');
    }
    QCOMPARE(select.step(), StepResult::Done);

    // A statement still running refuses a new value and keeps reading the one it has.
    Statement running = db.prepare("SELECT ?1 || a FROM t ORDER BY rowid");
    QVERIFY(running.bindText(1, u"<"_s));
    QCOMPARE(running.step(), StepResult::Row);
    QCOMPARE(running.columnText(0), u"<"_s + values.front());
    QVERIFY(!running.bindText(1, u"changed"_s));
    QVERIFY(!running.errorMessage().isEmpty());
    running.clearBindings(); // forgets the error; the statement goes on with its first value
    QCOMPARE(running.step(), StepResult::Row);
    QCOMPARE(running.columnText(0), u"<short"_s);
}

void TestSqlite::bindVariant_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("storageClass");
    QTest::addColumn<QVariant>("readBack");

    QTest::newRow("invalid") << QVariant() << u"null"_s << QVariant();
    QTest::newRow("null string") << QVariant(QString()) << u"null"_s << QVariant();
    QTest::newRow("bool") << QVariant(true) << u"integer"_s << QVariant(qlonglong(1));
    QTest::newRow("int") << QVariant(-7) << u"integer"_s << QVariant(qlonglong(-7));
    QTest::newRow("int64") << QVariant(qlonglong(1) << 40) << u"integer"_s
                           << QVariant(qlonglong(1) << 40);
    QTest::newRow("uint64 beyond int64") << QVariant(qulonglong(18446744073709551615ULL))
                                         << u"text"_s << QVariant(u"18446744073709551615"_s);
    QTest::newRow("double") << QVariant(2.5) << u"real"_s << QVariant(2.5);
    QTest::newRow("string") << QVariant(u"hello"_s) << u"text"_s << QVariant(u"hello"_s);
    QTest::newRow("bytes") << QVariant(QByteArray("\x01\x02", 2)) << u"blob"_s
                           << QVariant(QByteArray("\x01\x02", 2));
    QTest::newRow("datetime") << QVariant(
                                     QDateTime(QDate(2024, 3, 1), QTime(12, 30, 0, 5), Qt::UTC))
                              << u"text"_s << QVariant(u"2024-03-01T12:30:00.005Z"_s);
}

void TestSqlite::bindVariant()
{
    QFETCH(QVariant, value);
    QFETCH(QString, storageClass);
    QFETCH(QVariant, readBack);

    Database db = openScratch();
    Statement statement = db.prepare("SELECT typeof(?1), ?1");
    QVERIFY(statement.bindValue(1, value));
    QCOMPARE(statement.step(), StepResult::Row);
    QCOMPARE(statement.columnText(0), storageClass);
    QCOMPARE(statement.columnValue(1), readBack);
}

void TestSqlite::prepareErrorSurfacesAtStep()
{
    Database db = openScratch();
    Statement statement = db.prepare("SELEKT 1");
    QVERIFY(!statement.isValid());
    QVERIFY(!statement.bindInt64(1, 1));
    QCOMPARE(statement.step(), StepResult::Error);
    QVERIFY2(statement.errorMessage().contains(u"syntax error"_s),
             qPrintable(statement.errorMessage()));
    const Status run = statement.run();
    QVERIFY(!run.ok());
    QVERIFY(run.error().message.contains(u"syntax error"_s));

    Result<QVariant> value = db.queryValue("SELECT * FROM missing_table");
    QVERIFY(!value.ok());
    QVERIFY(value.error().message.contains(u"no such table"_s));
}

void TestSqlite::secondStatementIsRefused()
{
    Database db = openScratch();
    QVERIFY(db.exec("CREATE TABLE t (x)").ok());
    Statement statement = db.prepare("INSERT INTO t VALUES (1); DROP TABLE t");
    QCOMPARE(statement.step(), StepResult::Error);
    QVERIFY(statement.errorMessage().contains(u"exactly one"_s));
    // The refused text did not run in part either.
    QCOMPARE(db.queryValue("SELECT count(*) FROM t").value().toInt(), 0);

    // Trailing semicolons and whitespace are fine.
    Statement fine = db.prepare("SELECT 1;  \n");
    QCOMPARE(fine.step(), StepResult::Row);
}

void TestSqlite::bindErrorIsSticky()
{
    Database db = openScratch();
    Statement statement = db.prepare("SELECT ?1");
    QVERIFY(!statement.bindInt64(5, 1)); // out of range
    QVERIFY(statement.bindInt64(1, 1));  // a later good bind does not hide the first error
    QCOMPARE(statement.step(), StepResult::Error);
    QVERIFY2(statement.errorMessage().contains(u"parameter 5"_s),
             qPrintable(statement.errorMessage()));

    statement.clearBindings();
    QVERIFY(statement.bindInt64(1, 3));
    QCOMPARE(statement.step(), StepResult::Row);
    QCOMPARE(statement.columnInt64(0), 3);
}

void TestSqlite::unknownNamedParameterIsAnError()
{
    Database db = openScratch();
    Statement statement = db.prepare("SELECT :known");
    QVERIFY(!statement.bindText(":unknown", u"x"_s));
    QCOMPARE(statement.step(), StepResult::Error);
    QVERIFY(statement.errorMessage().contains(u":unknown"_s));
}

void TestSqlite::statementsAreCachedAndReused()
{
    Database db = openScratch();
    sqlite3_stmt *first = nullptr;
    {
        Statement statement = db.prepare("SELECT 1");
        first = statement.handle();
        QVERIFY(first);
    }
    {
        Statement again = db.prepare("SELECT 1");
        QCOMPARE(again.handle(), first);
        // While that one is in use, the same SQL needs a second statement.
        Statement concurrent = db.prepare("SELECT 1");
        QVERIFY(concurrent.handle() != first);
        QCOMPARE(concurrent.step(), StepResult::Row);
    }
    // Different SQL is never served from another statement's cache entry (compare text, not
    // pointers: a finalized statement's memory may be reused).
    Statement other = db.prepare("SELECT 2");
    QCOMPARE(QString::fromUtf8(sqlite3_sql(other.handle())), u"SELECT 2"_s);
}

void TestSqlite::cachedStatementComesBackResetAndUnbound()
{
    Database db = openScratch();
    QVERIFY(db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3)").ok());
    {
        Statement statement = db.prepare("SELECT x, ?1 FROM t ORDER BY x");
        statement.bindText(1, u"bound"_s);
        QCOMPARE(statement.step(), StepResult::Row); // left mid-way
    }
    Statement statement = db.prepare("SELECT x, ?1 FROM t ORDER BY x");
    QCOMPARE(statement.step(), StepResult::Row);
    QCOMPARE(statement.columnInt64(0), 1);
    QVERIFY(statement.columnIsNull(1));
}

void TestSqlite::transactionRollsBackUnlessCommitted()
{
    Database db = openScratch();
    QVERIFY(db.exec("CREATE TABLE t (x PRIMARY KEY)").ok());
    {
        Result<Transaction> transaction = Transaction::begin(db);
        QVERIFY(transaction.ok());
        QVERIFY(db.inTransaction());
        QVERIFY(db.exec("INSERT INTO t VALUES (1)").ok());
        QVERIFY(!db.exec("INSERT INTO t VALUES (1)").ok()); // constraint violation
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(db.queryValue("SELECT count(*) FROM t").value().toInt(), 0);
}

void TestSqlite::transactionCommits()
{
    Database db = openScratch();
    QVERIFY(db.exec("CREATE TABLE t (x)").ok());
    Result<Transaction> transaction = Transaction::begin(db, Transaction::Mode::Deferred);
    QVERIFY(transaction.ok());
    QVERIFY(db.exec("INSERT INTO t VALUES (1)").ok());
    QVERIFY(transaction.value().commit().ok());
    QVERIFY(!transaction.value().isActive());
    QVERIFY(!transaction.value().commit().ok()); // twice is an error, not a crash
    QCOMPARE(db.queryValue("SELECT count(*) FROM t").value().toInt(), 1);
}

void TestSqlite::nestedTransactionIsASavepoint()
{
    Database db = openScratch();
    QVERIFY(db.exec("CREATE TABLE t (x)").ok());
    Result<Transaction> outer = Transaction::begin(db);
    QVERIFY(outer.ok());
    QVERIFY(db.exec("INSERT INTO t VALUES (1)").ok());
    {
        Result<Transaction> inner = Transaction::begin(db);
        QVERIFY(inner.ok());
        QVERIFY(db.exec("INSERT INTO t VALUES (2)").ok());
    } // inner rolled back
    {
        Result<Transaction> inner = Transaction::begin(db);
        QVERIFY(db.exec("INSERT INTO t VALUES (3)").ok());
        QVERIFY(inner.value().commit().ok());
    }
    QVERIFY(db.inTransaction());
    QVERIFY(outer.value().commit().ok());
    QCOMPARE(db.queryValue("SELECT group_concat(x) FROM t").value().toString(), u"1,3"_s);
}

void TestSqlite::changesCountsRows()
{
    Database db = openScratch();
    QVERIFY(db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3)").ok());
    Statement update = db.prepare("UPDATE t SET x = x + 1 WHERE x >= ?1");
    update.bindInt64(1, 2);
    QVERIFY(update.run().ok());
    QCOMPARE(db.changes(), 2);
}

void TestSqlite::statementOutlivingItsDatabaseFailsCleanly()
{
    Statement statement;
    {
        Database db = openScratch();
        statement = db.prepare("SELECT 1");
        QVERIFY(statement.isValid());
    }
    QCOMPARE(statement.step(), StepResult::Error);
    QVERIFY(statement.errorMessage().contains(u"closed"_s));
}

void TestSqlite::movingTheDatabaseKeepsStatementsWorking()
{
    Database first = openScratch();
    Statement statement = first.prepare("SELECT 7");
    Database second = std::move(first);
    QVERIFY(!first.isOpen()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QVERIFY(second.isOpen());
    QCOMPARE(statement.step(), StepResult::Row);
    QCOMPARE(statement.columnInt64(0), 7);
}

void TestSqlite::closedDatabaseRefusesWork()
{
    Database db = openScratch();
    QVERIFY(db.close().ok());
    QVERIFY(!db.isOpen());
    QVERIFY(!db.exec("SELECT 1").ok());
    Statement statement = db.prepare("SELECT 1");
    QCOMPARE(statement.step(), StepResult::Error);
    QVERIFY(!db.queryValue("SELECT 1").ok());
    QVERIFY(!Transaction::begin(db).ok());
    QVERIFY(!db.backupTo(file(u"copy.db"_s)).ok());
    QVERIFY(db.close().ok()); // closing twice is harmless
}

void TestSqlite::openMissingFileReadOnlyFails()
{
    Database db;
    const Status opened = db.open(file(u"missing.db"_s), OpenFlag::ReadOnly);
    QVERIFY(!opened.ok());
    QVERIFY(!opened.error().message.isEmpty());
    QVERIFY(!db.isOpen());
    QVERIFY(!QFile::exists(file(u"missing.db"_s)));
}

void TestSqlite::noFollowRefusesSymlinks()
{
#ifndef SQLITE_OPEN_NOFOLLOW
    QSKIP("this SQLite has no SQLITE_OPEN_NOFOLLOW");
#endif
    {
        Database db = openScratch();
        QVERIFY(db.exec("CREATE TABLE t (x)").ok());
    }
    QVERIFY(QFile::link(file(u"scratch.db"_s), file(u"link.db"_s)));
    Database viaLink;
    QVERIFY(!viaLink.open(file(u"link.db"_s), OpenFlag::ReadWrite | OpenFlag::NoFollow).ok());
    QVERIFY(viaLink.open(file(u"link.db"_s), OpenFlag::ReadWrite).ok());
}

void TestSqlite::backupIsSelfContained()
{
    Database db = openScratch();
    QCOMPARE(db.queryValue("PRAGMA journal_mode = WAL").value().toString(), u"wal"_s);
    QVERIFY(db.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('a'), ('b')").ok());
    QVERIFY(QFile::exists(file(u"scratch.db-wal"_s)));

    QVERIFY(db.backupTo(file(u"copy.db"_s)).ok());
    QVERIFY(!QFile::exists(file(u"copy.db-wal"_s)));
    QVERIFY(!QFile::exists(file(u"copy.db-shm"_s)));
    QVERIFY(!QFile::exists(file(u"copy.db-journal"_s)));

    // Bytes 18 and 19 of the header are 1 for a rollback journal and 2 for WAL.
    QFile copyFile(file(u"copy.db"_s));
    QVERIFY(copyFile.open(QIODevice::ReadOnly));
    const QByteArray header = copyFile.read(20);
    QCOMPARE(int(header.at(18)), 1);
    QCOMPARE(int(header.at(19)), 1);

    Database copy;
    QVERIFY(copy.open(file(u"copy.db"_s), OpenFlag::ReadOnly).ok());
    QCOMPARE(copy.queryValue("SELECT group_concat(x) FROM t").value().toString(), u"a,b"_s);
    QCOMPARE(copy.queryValue("PRAGMA journal_mode").value().toString(), u"delete"_s);
}

QTEST_GUILESS_MAIN(TestSqlite)
#include "TestSqlite.moc"
