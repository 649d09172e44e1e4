#include "models/storage/Migrations.h"
#include "models/storage/ProjectFile.h"
#include "models/storage/Sqlite.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void chainIsContiguous();
    void toVersion1CreatesTheCoreTables();
    void toVersion2KeepsDataAndAddsProjectSettings();
    void toVersion3KeepsWorkloadsAndAddsUserEdits();
    void toVersion5AddsDuplicateLinks();
    void toVersion8AddsBillTables();
    void toVersion4KeepsDataAndAddsUtilisation();
    void everyStartingPointEndsAtTheSameSchema_data();
    void everyStartingPointEndsAtTheSameSchema();
    void refusesToGoBackwardsOrBeyondTheNewest();
    void failedStepLeavesThePreviousVersion();
    void projectOpenUpgradesAnOlderFile();
    void readOnlyOpenOfAnOlderFileIsRefused();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    // A raw file at the given schema version, as an older Boussole would have left it.
    bool makeFileAt(const QString &path, int version);
    static QStringList schemaOf(Database &db);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

bool TestMigrations::makeFileAt(const QString &path, int version)
{
    Database db;
    if (!db.open(path, OpenFlag::ReadWrite | OpenFlag::Create).ok()) {
        return false;
    }
    return migrate(db, version).ok() && schemaVersion(db).value() == version;
}

QStringList TestMigrations::schemaOf(Database &db)
{
    QStringList result;
    Statement statement =
        db.prepare("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_schema "
                   "ORDER BY type, name");
    while (statement.step() == StepResult::Row) {
        result << statement.columnText(0);
    }
    return result;
}

void TestMigrations::chainIsContiguous()
{
    const auto steps = migrations();
    QVERIFY(!steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].toVersion, int(i) + 1);
        QVERIFY(steps[i].apply != nullptr);
        QVERIFY(steps[i].description && *steps[i].description);
    }
    QCOMPARE(latestSchemaVersion(), steps.back().toVersion);
    QCOMPARE(latestSchemaVersion(), 10);
}

void TestMigrations::toVersion1CreatesTheCoreTables()
{
    Database db;
    QVERIFY(db.open(file(u"v1.boussole"_s), OpenFlag::ReadWrite | OpenFlag::Create).ok());
    QCOMPARE(schemaVersion(db).value(), 0);
    QVERIFY(migrate(db, 1).ok());

    QCOMPARE(schemaVersion(db).value(), 1);
    QCOMPARE(applicationId(db).value(), kApplicationId);
    const QString names =
        db.queryValue("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema "
                      "WHERE name NOT LIKE 'sqlite_%' ORDER BY name)")
            .value()
            .toString();
    QCOMPARE(names, u"imports,meta,workloads,workloads_import_id,workloads_natural_key"_s);

    // Every column the brief lists, in order.
    QStringList columns;
    Statement info = db.prepare("SELECT name FROM pragma_table_info('workloads') ORDER BY cid");
    while (info.step() == StepResult::Row) {
        columns << info.columnText(0);
    }
    QCOMPARE(columns.join(u','),
             u"id,import_id,natural_key,name,kind,vcpu,memory_gib,storage_gib,storage_used_gib,"
             "gpu_count,gpu_model,os_family,os_edition,power_state,is_template,environment,"
             "criticality,data_class,application,site,cluster,account,cost_centre,region,tags,"
             "source_file,source_location"_s);

    Statement foreignKey = db.prepare(
        "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('workloads')");
    QCOMPARE(foreignKey.step(), StepResult::Row);
    QCOMPARE(foreignKey.columnText(0), u"imports"_s);
    QCOMPARE(foreignKey.columnText(1), u"import_id"_s);
    QCOMPARE(foreignKey.columnText(2), u"id"_s);
    QCOMPARE(foreignKey.columnText(3), u"CASCADE"_s);

    // Primary keys refuse NULL (SQLite would otherwise accept it for TEXT keys).
    QVERIFY(!db.exec("INSERT INTO imports (id) VALUES (NULL)").ok());
    QVERIFY(!db.exec("INSERT INTO workloads (id, name) VALUES ('w', NULL)").ok());
}

void TestMigrations::toVersion2KeepsDataAndAddsProjectSettings()
{
    const QString path = file(u"v1-with-rows.boussole"_s);
    QVERIFY(makeFileAt(path, 1));
    {
        Database db;
        QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
        QVERIFY(db.exec("INSERT INTO meta VALUES ('name', 'Old project');"
                        "INSERT INTO imports (id, file_name, row_count) VALUES ('i1', 'a.csv', 2);"
                        "INSERT INTO workloads (id, import_id, name, vcpu) VALUES "
                        "  ('w1', 'i1', 'web-01', 2), ('w2', 'i1', 'db-01', 8),"
                        "  ('w3', NULL, 'by hand', NULL);")
                    .ok());
    }

    Database db;
    QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
    QVERIFY(db.queryValue("SELECT count(*) FROM sqlite_schema WHERE name = 'project_settings'")
                .value()
                .toInt() == 0);
    QVERIFY(migrate(db, 2).ok());
    QCOMPARE(schemaVersion(db).value(), 2);

    QCOMPARE(db.queryValue("SELECT value FROM meta WHERE key = 'name'").value().toString(),
             u"Old project"_s);
    QCOMPARE(db.queryValue("SELECT count(*) FROM imports").value().toInt(), 1);
    QCOMPARE(db.queryValue("SELECT group_concat(name || ':' || ifnull(vcpu, '?'), ',') FROM "
                           "(SELECT * FROM workloads ORDER BY rowid)")
                 .value()
                 .toString(),
             u"web-01:2.0,db-01:8.0,by hand:?"_s);

    QVERIFY(db.exec("INSERT INTO project_settings VALUES ('currency', 'EUR')").ok());
    QVERIFY(!db.exec("INSERT INTO project_settings VALUES ('currency', 'USD')").ok());
    QVERIFY(!db.exec("INSERT INTO project_settings VALUES (NULL, 'x')").ok());
}

void TestMigrations::toVersion3KeepsWorkloadsAndAddsUserEdits()
{
    const QString path = file(u"v2-with-rows.boussole"_s);
    QVERIFY(makeFileAt(path, 2));
    {
        Database db;
        QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
        QVERIFY(db.exec("INSERT INTO imports (id, file_name, row_count) VALUES ('i1', 'a.csv', 1);"
                        "INSERT INTO workloads (id, import_id, name, environment) VALUES "
                        "  ('w1', 'i1', 'web-01', 'prod');")
                    .ok());
        QVERIFY(!db.exec("UPDATE workloads SET user_edits = '[]'").ok());
    }
    Database db;
    QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
    QVERIFY(migrate(db, 3).ok());
    QCOMPARE(schemaVersion(db).value(), 3);
    QCOMPARE(db.queryValue("SELECT name || ':' || environment || ':' || ifnull(user_edits, 'none') "
                           "FROM workloads")
                 .value()
                 .toString(),
             u"web-01:prod:none"_s);
    QVERIFY(db.exec("UPDATE workloads SET user_edits = '[\"environment\"]'").ok());
}

void TestMigrations::toVersion4KeepsDataAndAddsUtilisation()
{
    const QString path = file(u"v3-with-rows.boussole"_s);
    QVERIFY(makeFileAt(path, 3));
    {
        Database db;
        QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
        QVERIFY(
            db.exec("INSERT INTO imports (id, file_name, row_count) VALUES ('i1', 'a.csv', 2);"
                    "INSERT INTO workloads (id, import_id, name, user_edits) VALUES "
                    "  ('w1', 'i1', 'web-01', '[\"environment\"]'), ('w2', 'i1', 'db-01', NULL);")
                .ok());
        QVERIFY(db.queryValue("SELECT count(*) FROM sqlite_schema WHERE name = 'utilisation'")
                    .value()
                    .toInt() == 0);
    }
    Database db;
    QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
    QVERIFY(migrate(db, 4).ok());
    QCOMPARE(schemaVersion(db).value(), 4);
    QCOMPARE(db.queryValue("SELECT group_concat(name || ':' || ifnull(user_edits, 'none'), ',') "
                           "FROM (SELECT * FROM workloads ORDER BY rowid)")
                 .value()
                 .toString(),
             u"web-01:[\"environment\"],db-01:none"_s);

    QStringList columns;
    Statement info = db.prepare("SELECT name FROM pragma_table_info('utilisation') ORDER BY cid");
    while (info.step() == StepResult::Row) {
        columns << info.columnText(0);
    }
    QCOMPARE(columns.join(u','),
             u"id,import_id,workload_id,ref,ref_uuid,period_start,period_end,samples,cpu_p50,"
             "cpu_p95,cpu_p99,cpu_max,mem_p50,mem_p95,mem_p99,mem_max,source_location"_s);
    QCOMPARE(db.queryValue("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema "
                           "WHERE type = 'index' AND tbl_name = 'utilisation' AND sql IS NOT NULL "
                           "ORDER BY name)")
                 .value()
                 .toString(),
             u"utilisation_import_id,utilisation_workload_id"_s);
    QStringList foreignKeys;
    Statement references =
        db.prepare("SELECT \"from\" || '->' || \"table\" || '.' || \"to\" || "
                   "' ' || on_delete FROM pragma_foreign_key_list('utilisation') "
                   "ORDER BY \"from\"");
    while (references.step() == StepResult::Row) {
        foreignKeys << references.columnText(0);
    }
    QCOMPARE(foreignKeys, (QStringList{u"import_id->imports.id CASCADE"_s,
                                       u"workload_id->workloads.id SET NULL"_s}));

    // The references do what they say: removing a workload unlinks its rows, removing the
    // import removes them.
    QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
    QVERIFY(db.exec("INSERT INTO imports (id) VALUES ('i2');"
                    "INSERT INTO utilisation (id, import_id, workload_id, ref, cpu_p95) VALUES "
                    "  ('u1', 'i2', 'w1', 'web-01', 41.5), ('u2', 'i2', NULL, 'ghost', 3);")
                .ok());
    QVERIFY(!db.exec("INSERT INTO utilisation (id, ref) VALUES (NULL, 'x')").ok());
    QVERIFY(
        !db.exec("INSERT INTO utilisation (id, ref, workload_id) VALUES ('u3', 'x', 'nope')").ok());
    QVERIFY(db.exec("DELETE FROM workloads WHERE id = 'w1'").ok());
    QCOMPARE(
        db.queryValue("SELECT count(*) FROM utilisation WHERE workload_id IS NULL").value().toInt(),
        2);
    QVERIFY(db.exec("DELETE FROM imports WHERE id = 'i2'").ok());
    QCOMPARE(db.queryValue("SELECT count(*) FROM utilisation").value().toInt(), 0);
}

void TestMigrations::toVersion8AddsBillTables()
{
    const QString path = file(u"v7-with-rows.boussole"_s);
    QVERIFY(makeFileAt(path, 7));
    {
        Database db;
        QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
        QVERIFY(db.exec("INSERT INTO imports (id, file_name, row_count) VALUES ('i1', 'a.csv', 1);"
                        "INSERT INTO workloads (id, import_id, name) VALUES ('w1', 'i1', 'web');")
                    .ok());
    }
    Database db;
    QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
    QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
    QVERIFY(migrate(db, 8).ok());
    QCOMPARE(schemaVersion(db).value(), 8);
    QCOMPARE(db.queryValue("SELECT count(*) FROM workloads").value().toInt(), 1);
    // The empty string is dictionary entry 0.
    QCOMPARE(db.queryValue("SELECT id FROM cost_strings WHERE value = ''").value().toInt(), 0);
    // A bill import's lines go with it, by their id range (no index on the lines).
    QVERIFY(
        db.exec("INSERT INTO imports (id, file_name) VALUES ('b1', 'bill.csv');"
                "INSERT INTO imports (id, file_name) VALUES ('b2', 'bill2.csv');"
                "INSERT INTO cost_lines (id, row, charge_start, charge_end, billing_start, "
                "  billing_end, billed_cost, effective_cost) VALUES "
                "  (1, 2, 0, 0, 0, 0, 5, 5), (2, 3, 0, 0, 0, 0, 7, 7), (3, 2, 0, 0, 0, 0, 1, 1);"
                "INSERT INTO cost_imports VALUES ('b1', 1, 2, 2, 0, 0), ('b2', 3, 3, 1, 0, 0);"
                "INSERT INTO cost_rollup VALUES ('b1', 202501, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "
                "  0, 0, 0, 12, 12, 0, 0, 2);")
            .ok());
    QVERIFY(db.exec("DELETE FROM imports WHERE id = 'b1'").ok());
    QCOMPARE(db.queryValue("SELECT group_concat(id) FROM cost_lines").value().toString(), u"3"_s);
    QCOMPARE(db.queryValue("SELECT count(*) FROM cost_rollup").value().toInt(), 0);
    QCOMPARE(db.queryValue("SELECT count(*) FROM workloads").value().toInt(), 1);

    // Step 9: workloads gain the cloud's own id, empty for the rows already there.
    QVERIFY(migrate(db, 9).ok());
    QVERIFY(db.queryValue("SELECT cloud_id FROM workloads WHERE id = 'w1'").value().isNull());
}

void TestMigrations::toVersion5AddsDuplicateLinks()
{
    const QString path = file(u"v4-with-rows.boussole"_s);
    QVERIFY(makeFileAt(path, 4));
    {
        Database db;
        QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
        QVERIFY(db.exec("INSERT INTO imports (id, file_name, row_count) VALUES ('i1', 'a.csv', 2);"
                        "INSERT INTO imports (id, file_name, row_count) VALUES ('i2', 'b.xlsx', 1);"
                        "INSERT INTO workloads (id, import_id, name) VALUES "
                        "  ('w1', 'i1', 'web-01'), ('w2', 'i2', 'web-01');")
                    .ok());
    }
    Database db;
    QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
    QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
    QVERIFY(migrate(db, 5).ok());
    QCOMPARE(schemaVersion(db).value(), 5);
    QCOMPARE(
        db.queryValue("SELECT count(*) FROM workloads WHERE duplicate_of IS NULL").value().toInt(),
        2);
    QVERIFY(db.exec("UPDATE workloads SET duplicate_of = 'w1' WHERE id = 'w2'").ok());
    // Removing the record that counts makes its duplicate count again.
    QVERIFY(db.exec("DELETE FROM imports WHERE id = 'i1'").ok());
    QCOMPARE(db.queryValue("SELECT ifnull(duplicate_of, 'none') FROM workloads WHERE id = 'w2'")
                 .value()
                 .toString(),
             u"none"_s);

    // Step 6 indexes the links, so that deleting rows does not scan the table for each one.
    QVERIFY(migrate(db, 6).ok());
    QString plan;
    Statement explain =
        db.prepare("EXPLAIN QUERY PLAN SELECT id FROM workloads WHERE duplicate_of = 'w1'");
    while (explain.step() == StepResult::Row) {
        plan += explain.columnText(3) + u" | "_s;
    }
    QVERIFY2(plan.contains(u"workloads_duplicate_of"_s), qPrintable(plan));

    // Step 7 keeps each import's warnings, removed with the import.
    QVERIFY(migrate(db, 7).ok());
    QVERIFY(db.exec("INSERT INTO import_warnings (import_id, seq, message) VALUES ('i2', 0, 'x')")
                .ok());
    QVERIFY(
        !db.exec("INSERT INTO import_warnings (import_id, seq, message) VALUES ('nope', 0, 'x')")
             .ok());
    QVERIFY(db.exec("DELETE FROM imports WHERE id = 'i2'").ok());
    QCOMPARE(db.queryValue("SELECT count(*) FROM import_warnings").value().toInt(), 0);
}

void TestMigrations::everyStartingPointEndsAtTheSameSchema_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < latestSchemaVersion(); ++version) {
        QTest::addRow("from %d", version) << version;
    }
}

void TestMigrations::everyStartingPointEndsAtTheSameSchema()
{
    QFETCH(int, from);
    QVERIFY(makeFileAt(file(u"fresh.boussole"_s), latestSchemaVersion()));
    Database fresh;
    QVERIFY(fresh.open(file(u"fresh.boussole"_s), OpenFlag::ReadOnly).ok());

    const QString path = file(u"old.boussole"_s);
    QVERIFY(makeFileAt(path, from));
    Database upgraded;
    QVERIFY(upgraded.open(path, OpenFlag::ReadWrite).ok());
    QVERIFY(migrate(upgraded).ok());
    QCOMPARE(schemaVersion(upgraded).value(), latestSchemaVersion());
    QCOMPARE(schemaOf(upgraded), schemaOf(fresh));
    QCOMPARE(applicationId(upgraded).value(), kApplicationId);
}

void TestMigrations::refusesToGoBackwardsOrBeyondTheNewest()
{
    Database db;
    QVERIFY(db.open(file(u"x.boussole"_s), OpenFlag::ReadWrite | OpenFlag::Create).ok());
    Status beyond = migrate(db, latestSchemaVersion() + 1);
    QVERIFY(!beyond.ok());
    QVERIFY(beyond.error().message.contains(u"unknown schema version"_s));
    QCOMPARE(schemaVersion(db).value(), 0);

    QVERIFY(db.exec("PRAGMA user_version = 999").ok());
    Status down = migrate(db);
    QVERIFY(!down.ok());
    QVERIFY(down.error().message.contains(u"down"_s));
    QCOMPARE(schemaVersion(db).value(), 999);
}

void TestMigrations::failedStepLeavesThePreviousVersion()
{
    const QString path = file(u"conflict.boussole"_s);
    QVERIFY(makeFileAt(path, 1));
    Database db;
    QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
    // A table in the way makes step 2 fail part-way.
    QVERIFY(db.exec("CREATE TABLE project_settings (something_else)").ok());
    QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());

    Status migrated = migrate(db);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.error().message.contains(u"schema 2"_s),
             qPrintable(migrated.error().message));
    QCOMPARE(schemaVersion(db).value(), 1);
    QVERIFY(!db.inTransaction());
    // migrate() put foreign key enforcement back as it found it.
    QCOMPARE(db.queryValue("PRAGMA foreign_keys").value().toInt(), 1);
}

void TestMigrations::projectOpenUpgradesAnOlderFile()
{
    const QString path = file(u"from-v1.boussole"_s);
    QVERIFY(makeFileAt(path, 1));
    {
        Database db;
        QVERIFY(db.open(path, OpenFlag::ReadWrite).ok());
        QVERIFY(db.exec("INSERT INTO meta VALUES ('name', 'Legacy')").ok());
    }
    auto project = Project::open(path);
    QVERIFY2(project.ok(), project.ok() ? "" : qPrintable(project.error().message));
    QCOMPARE(project.value()->schemaVersion(), latestSchemaVersion());
    QCOMPARE(project.value()->name(), u"Legacy"_s);
    QVERIFY(project.value()->setProjectSetting(u"currency"_s, u"EUR"_s).ok());
}

void TestMigrations::readOnlyOpenOfAnOlderFileIsRefused()
{
    const QString path = file(u"from-v1-ro.boussole"_s);
    QVERIFY(makeFileAt(path, 1));
    auto project = Project::open(path, Project::OpenOptions{.readOnly = true});
    QVERIFY(!project.ok());
    QVERIFY2(project.error().message.contains(u"older version"_s),
             qPrintable(project.error().message));
    QVERIFY(project.error().message.contains(u"from-v1-ro.boussole"_s));

    Database db;
    QVERIFY(db.open(path, OpenFlag::ReadOnly).ok());
    QCOMPARE(schemaVersion(db).value(), 1); // untouched
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
