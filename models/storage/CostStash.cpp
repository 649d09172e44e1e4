// Project::stashImportCosts / restoreImportCosts: undo for the removal of a bill import.
#include "models/storage/ProjectFile.h"

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr const char *kCreateStash = R"sql(
    CREATE TEMP TABLE IF NOT EXISTS stash_cost_imports AS SELECT * FROM main.cost_imports WHERE 0;
    CREATE TEMP TABLE IF NOT EXISTS stash_cost_lines AS SELECT * FROM main.cost_lines WHERE 0;
    CREATE TEMP TABLE IF NOT EXISTS stash_cost_rollup AS SELECT * FROM main.cost_rollup WHERE 0;
    CREATE TEMP TABLE IF NOT EXISTS stash_cost_commitments AS
        SELECT * FROM main.cost_commitments WHERE 0;
)sql";

Status run(Database &db, const char *sql, const QString &importId)
{
    Statement statement = db.prepare(sql);
    statement.bindText(1, importId);
    return statement.run();
}

} // namespace

Status Project::stashImportCosts(const QString &importId)
{
    if (Status created = m_db.exec(kCreateStash); !created) {
        return created;
    }
    Result<Transaction> transaction = Transaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    for (const char *sql :
         {"DELETE FROM temp.stash_cost_lines WHERE id BETWEEN (SELECT first_line FROM "
          "temp.stash_cost_imports WHERE import_id = ?1) AND (SELECT last_line FROM "
          "temp.stash_cost_imports WHERE import_id = ?1)",
          "DELETE FROM temp.stash_cost_imports WHERE import_id = ?1",
          "DELETE FROM temp.stash_cost_rollup WHERE import_id = ?1",
          "DELETE FROM temp.stash_cost_commitments WHERE import_id = ?1",
          "INSERT INTO temp.stash_cost_imports SELECT * FROM main.cost_imports WHERE import_id = "
          "?1",
          "INSERT INTO temp.stash_cost_lines SELECT l.* FROM main.cost_lines l JOIN "
          "main.cost_imports c ON c.import_id = ?1 WHERE l.id BETWEEN c.first_line AND "
          "c.last_line",
          "INSERT INTO temp.stash_cost_rollup SELECT * FROM main.cost_rollup WHERE import_id = ?1",
          "INSERT INTO temp.stash_cost_commitments SELECT * FROM main.cost_commitments WHERE "
          "import_id = ?1"}) {
        if (Status done = run(m_db, sql, importId); !done) {
            return done;
        }
    }
    return transaction.value().commit();
}

Status Project::restoreImportCosts(const QString &importId)
{
    Result<QVariant> exists = m_db.queryValue(
        "SELECT count(*) FROM sqlite_temp_master WHERE name = 'stash_cost_imports'");
    if (!exists) {
        return exists.error();
    }
    if (exists.value().toInt() == 0) {
        return {};
    }
    Result<Transaction> transaction = Transaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    for (const char *sql :
         {"INSERT INTO main.cost_lines SELECT l.* FROM temp.stash_cost_lines l JOIN "
          "temp.stash_cost_imports c ON c.import_id = ?1 WHERE l.id BETWEEN c.first_line AND "
          "c.last_line",
          "INSERT INTO main.cost_imports SELECT * FROM temp.stash_cost_imports WHERE import_id = "
          "?1",
          "INSERT INTO main.cost_rollup SELECT * FROM temp.stash_cost_rollup WHERE import_id = ?1",
          "INSERT INTO main.cost_commitments SELECT * FROM temp.stash_cost_commitments WHERE "
          "import_id = ?1",
          "DELETE FROM temp.stash_cost_lines WHERE id BETWEEN (SELECT first_line FROM "
          "temp.stash_cost_imports WHERE import_id = ?1) AND (SELECT last_line FROM "
          "temp.stash_cost_imports WHERE import_id = ?1)",
          "DELETE FROM temp.stash_cost_imports WHERE import_id = ?1",
          "DELETE FROM temp.stash_cost_rollup WHERE import_id = ?1",
          "DELETE FROM temp.stash_cost_commitments WHERE import_id = ?1"}) {
        if (Status done = run(m_db, sql, importId); !done) {
            return done;
        }
    }
    if (Status committed = transaction.value().commit(); !committed) {
        return committed;
    }
    Q_EMIT changed();
    return {};
}

} // namespace boussole
