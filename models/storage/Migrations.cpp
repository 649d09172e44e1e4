#include "models/storage/Migrations.h"

#include "models/storage/Sqlite.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

// Not STRICT tables: they need SQLite 3.37, and a file must stay readable by the older SQLite
// libraries that some platforms ship. Every TEXT PRIMARY KEY says NOT NULL because SQLite, for
// historical reasons, otherwise accepts NULL keys.
Status toVersion1(Database &db)
{
    const Status created = db.exec(R"sql(
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY NOT NULL,
            value
        );
        CREATE TABLE imports (
            id            TEXT PRIMARY KEY NOT NULL, -- UUID
            file_name     TEXT,
            file_path     TEXT,
            format        TEXT,
            sha256        TEXT,
            imported_at   TEXT,                      -- ISO-8601, UTC
            row_count     INTEGER NOT NULL DEFAULT 0,
            warning_count INTEGER NOT NULL DEFAULT 0,
            status        TEXT,
            source_key    TEXT
        );
        CREATE TABLE workloads (
            id               TEXT PRIMARY KEY NOT NULL, -- UUID
            import_id        TEXT REFERENCES imports(id) ON DELETE CASCADE, -- NULL: entered by hand
            natural_key      TEXT,
            name             TEXT NOT NULL,
            kind             TEXT,
            vcpu             REAL,                      -- NULL: unknown
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
            tags             TEXT,                      -- JSON object
            source_file      TEXT,
            source_location  TEXT                       -- row number or JSON path
        );
        CREATE INDEX workloads_import_id ON workloads(import_id);
        CREATE INDEX workloads_natural_key ON workloads(natural_key);
    )sql");
    if (!created) {
        return created;
    }
    // A constant of ours, not user data: PRAGMA values cannot be bound.
    const QByteArray setId = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
    return db.exec(setId.constData());
}

Status toVersion2(Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE project_settings (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT
        );
    )sql");
}

// Which workload fields the user changed by hand (a JSON array of column names), so that
// importing next month's export of the same source keeps those edits.
Status toVersion3(Database &db)
{
    return db.exec("ALTER TABLE workloads ADD COLUMN user_edits TEXT");
}

// Utilisation exports (percentiles of CPU and memory per workload and period), for
// performance-based sizing. A row that matches no workload yet keeps workload_id NULL and is
// linked by a later inventory import; removing the workload unlinks it rather than deleting it.
Status toVersion4(Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE utilisation (
            id              TEXT PRIMARY KEY NOT NULL, -- UUID
            import_id       TEXT REFERENCES imports(id) ON DELETE CASCADE,
            workload_id     TEXT REFERENCES workloads(id) ON DELETE SET NULL, -- NULL: unmatched
            ref             TEXT NOT NULL,             -- the workload's name (or UUID) in the file
            ref_uuid        TEXT,                      -- a UUID or instance id given beside it
            period_start    TEXT,                      -- ISO-8601 date; NULL: no period given
            period_end      TEXT,                      -- inclusive
            samples         INTEGER,
            cpu_p50         REAL,                      -- % of the allocated vCPUs, 0-100
            cpu_p95         REAL,
            cpu_p99         REAL,
            cpu_max         REAL,
            mem_p50         REAL,                      -- % of the allocated memory, 0-100
            mem_p95         REAL,
            mem_p99         REAL,
            mem_max         REAL,
            source_location TEXT                       -- "line N" in the import's file
        );
        CREATE INDEX utilisation_workload_id ON utilisation(workload_id);
        CREATE INDEX utilisation_import_id ON utilisation(import_id);
    )sql");
}

// A record confirmed by the user as the same machine as another one (seen by another source):
// totals count it once. Removing the record it points to makes it count again.
Status toVersion5(Database &db)
{
    return db.exec("ALTER TABLE workloads ADD COLUMN duplicate_of TEXT "
                   "REFERENCES workloads(id) ON DELETE SET NULL");
}

// Deleting a workload makes SQLite look for rows whose duplicate_of points at it; without an
// index that is a full scan per deleted row (minutes for a large import). Partial: few rows have
// a link.
Status toVersion6(Database &db)
{
    return db.exec("CREATE INDEX workloads_duplicate_of ON workloads(duplicate_of) "
                   "WHERE duplicate_of IS NOT NULL");
}

// The warnings an import gave, so that they can be read again after the import's report is closed.
Status toVersion7(Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE import_warnings (
            import_id TEXT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            seq       INTEGER NOT NULL,
            line      INTEGER NOT NULL DEFAULT 0,
            col       INTEGER NOT NULL DEFAULT 0,
            path      TEXT,
            message   TEXT NOT NULL,
            PRIMARY KEY (import_id, seq)
        );
    )sql");
}

// Bill lines in FOCUS shape. Text columns hold ids into cost_strings (0 = empty), so a million
// lines stay compact; amounts hold Money storage (INTEGER units of 1e-12, or exact text when
// larger); times are seconds since the epoch, UTC. An import's lines have consecutive ids (one
// import is one transaction), recorded in cost_imports: removing the import removes the range by
// trigger, with no index on the lines. cost_rollup holds per-import sums computed while importing
// (month of the charge period × the dimensions the Costs page groups by), so a project with
// millions of lines opens at once; cost_commitments lists the reservations and savings plans the
// bills show.
Status toVersion8(Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE cost_strings (
            id    INTEGER PRIMARY KEY,
            value TEXT NOT NULL UNIQUE
        );
        INSERT INTO cost_strings(id, value) VALUES (0, '');
        CREATE TABLE cost_lines (
            id                     INTEGER PRIMARY KEY,
            row                    INTEGER NOT NULL,
            charge_start           INTEGER NOT NULL,
            charge_end             INTEGER NOT NULL,
            billing_start          INTEGER NOT NULL,
            billing_end            INTEGER NOT NULL,
            billed_cost            NOT NULL,
            effective_cost         NOT NULL,
            list_cost,
            contracted_cost,
            consumed_quantity,
            pricing_quantity,
            provider               INTEGER NOT NULL DEFAULT 0,
            publisher              INTEGER NOT NULL DEFAULT 0,
            invoice_issuer         INTEGER NOT NULL DEFAULT 0,
            billing_account_id     INTEGER NOT NULL DEFAULT 0,
            billing_account_name   INTEGER NOT NULL DEFAULT 0,
            sub_account_id         INTEGER NOT NULL DEFAULT 0,
            sub_account_name       INTEGER NOT NULL DEFAULT 0,
            currency               INTEGER NOT NULL DEFAULT 0,
            charge_category        INTEGER NOT NULL DEFAULT 0,
            charge_class           INTEGER NOT NULL DEFAULT 0,
            charge_frequency       INTEGER NOT NULL DEFAULT 0,
            charge_description     INTEGER NOT NULL DEFAULT 0,
            pricing_category       INTEGER NOT NULL DEFAULT 0,
            region_id              INTEGER NOT NULL DEFAULT 0,
            region_name            INTEGER NOT NULL DEFAULT 0,
            availability_zone      INTEGER NOT NULL DEFAULT 0,
            resource_id            INTEGER NOT NULL DEFAULT 0,
            resource_name          INTEGER NOT NULL DEFAULT 0,
            resource_type          INTEGER NOT NULL DEFAULT 0,
            service_category       INTEGER NOT NULL DEFAULT 0,
            service_subcategory    INTEGER NOT NULL DEFAULT 0,
            service_name           INTEGER NOT NULL DEFAULT 0,
            sku_id                 INTEGER NOT NULL DEFAULT 0,
            sku_price_id           INTEGER NOT NULL DEFAULT 0,
            consumed_unit          INTEGER NOT NULL DEFAULT 0,
            pricing_unit           INTEGER NOT NULL DEFAULT 0,
            commitment_id          INTEGER NOT NULL DEFAULT 0,
            commitment_name        INTEGER NOT NULL DEFAULT 0,
            commitment_type        INTEGER NOT NULL DEFAULT 0,
            commitment_category    INTEGER NOT NULL DEFAULT 0,
            commitment_status      INTEGER NOT NULL DEFAULT 0,
            invoice_id             INTEGER NOT NULL DEFAULT 0,
            instance_type          INTEGER NOT NULL DEFAULT 0,
            tags                   INTEGER NOT NULL DEFAULT 0,
            usage_hours            REAL NOT NULL DEFAULT 0,
            extras                 TEXT
        );
        CREATE TABLE cost_imports (
            import_id  TEXT PRIMARY KEY NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            first_line INTEGER NOT NULL,
            last_line  INTEGER NOT NULL,
            line_count INTEGER NOT NULL,
            first_charge INTEGER,
            last_charge  INTEGER
        );
        CREATE TRIGGER cost_imports_remove_lines AFTER DELETE ON cost_imports BEGIN
            DELETE FROM cost_lines WHERE id BETWEEN OLD.first_line AND OLD.last_line;
        END;
        CREATE TABLE cost_rollup (
            import_id           TEXT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            month               INTEGER NOT NULL, -- year * 100 + month of the charge period start
            currency            INTEGER NOT NULL,
            provider            INTEGER NOT NULL,
            billing_account_id  INTEGER NOT NULL,
            sub_account_id      INTEGER NOT NULL,
            sub_account_name    INTEGER NOT NULL,
            charge_category     INTEGER NOT NULL,
            pricing_category    INTEGER NOT NULL,
            region_id           INTEGER NOT NULL,
            service_category    INTEGER NOT NULL,
            service_subcategory INTEGER NOT NULL,
            service_name        INTEGER NOT NULL,
            resource_id         INTEGER NOT NULL,
            resource_name       INTEGER NOT NULL,
            instance_type       INTEGER NOT NULL,
            billed_cost         NOT NULL,
            effective_cost      NOT NULL,
            list_cost           NOT NULL,
            usage_hours         REAL NOT NULL,
            line_count          INTEGER NOT NULL
        );
        CREATE INDEX cost_rollup_import ON cost_rollup(import_id);
        CREATE TABLE cost_commitments (
            import_id      TEXT NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            commitment_id  INTEGER NOT NULL,
            name           INTEGER NOT NULL,
            type           INTEGER NOT NULL,
            category       INTEGER NOT NULL,
            provider       INTEGER NOT NULL,
            currency       INTEGER NOT NULL,
            start_time     INTEGER NOT NULL DEFAULT 0,
            end_time       INTEGER NOT NULL DEFAULT 0,
            term_months    INTEGER NOT NULL DEFAULT 0,
            payment_option TEXT,
            first_charge   INTEGER NOT NULL,
            last_charge    INTEGER NOT NULL,
            billed_cost    NOT NULL,
            effective_cost NOT NULL,
            line_count     INTEGER NOT NULL,
            PRIMARY KEY (import_id, commitment_id)
        );
    )sql");
}

// The cloud's own id of a workload (an EC2 instance id, an Azure resource id…), which bill lines
// name: costs link to workloads through it.
Status toVersion9(Database &db)
{
    return db.exec("ALTER TABLE workloads ADD COLUMN cloud_id TEXT");
}

// Compliance assessments, their evidence files and the audit trail. Every change to an assessment
// or its evidence appends one audit_log row whose hash is SHA-256(prev_hash + canonical entry), so
// editing or deleting a row behind Boussole's back breaks the chain (see ComplianceStore::verify).
// Evidence files are stored inside the project (never executed) with their SHA-256.
Status toVersion10(Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE assessments (
            framework   TEXT NOT NULL,             -- a framework id ("secnumcloud-3.2")
            requirement TEXT NOT NULL,             -- an item id of that framework ("19.2.b")
            status      TEXT NOT NULL DEFAULT 'unknown', -- compliant, partial, non-compliant,
                                                   -- not-applicable, unknown
            note        TEXT,
            owner       TEXT,
            due_date    TEXT,                      -- ISO-8601 date
            updated_at  TEXT NOT NULL,             -- ISO-8601, UTC
            updated_by  TEXT,
            PRIMARY KEY (framework, requirement)
        );
        CREATE TABLE evidence (
            id          TEXT PRIMARY KEY NOT NULL, -- UUID
            framework   TEXT NOT NULL,
            requirement TEXT NOT NULL,
            file_name   TEXT NOT NULL,             -- the name only, never a path to open
            sha256      TEXT NOT NULL,             -- of content, lower-case hex
            size        INTEGER NOT NULL,
            content     BLOB NOT NULL,
            added_at    TEXT NOT NULL,
            added_by    TEXT,
            expires     TEXT                       -- ISO-8601 date; NULL: does not expire
        );
        CREATE INDEX evidence_item ON evidence(framework, requirement);
        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY,         -- 1, 2, 3… without gaps
            time      TEXT NOT NULL,               -- ISO-8601, UTC, milliseconds
            actor     TEXT NOT NULL,
            action    TEXT NOT NULL,               -- assessment.set, evidence.add…
            payload   TEXT NOT NULL,               -- compact JSON
            prev_hash TEXT NOT NULL,               -- the previous entry's hash; 64 zeros first
            hash      TEXT NOT NULL
        );
    )sql");
}

// Migration planning: the saved plan and its waves, hand-entered dependencies and milestones,
// strategies chosen by hand and per-workload progress. Workload ids are not foreign keys: a plan
// outlives a re-import that drops a workload (the planner then ignores the stale rows).
Status toVersion11(Database &db)
{
    return db.exec(R"sql(
        CREATE TABLE plans (
            id          TEXT PRIMARY KEY NOT NULL, -- UUID
            name        TEXT,
            start_date  TEXT,                      -- ISO-8601 date
            created_at  TEXT,
            assumptions TEXT,                      -- JSON object
            warnings    TEXT                       -- JSON array of strings
        );
        CREATE TABLE waves (
            id          TEXT PRIMARY KEY NOT NULL,
            plan_id     TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            name        TEXT,
            ord         INTEGER NOT NULL,
            start_date  TEXT,                      -- as last scheduled
            end_date    TEXT,                      -- exclusive
            production  INTEGER NOT NULL DEFAULT 0,
            score       INTEGER NOT NULL DEFAULT 0,
            reason      TEXT,
            not_before  TEXT,                      -- moved by hand
            migrate_days INTEGER NOT NULL DEFAULT 0 -- resized by hand (0: estimated)
        );
        CREATE INDEX waves_plan ON waves(plan_id, ord);
        CREATE TABLE wave_items (
            wave_id     TEXT NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
            workload_id TEXT NOT NULL,
            strategy    TEXT,
            strategy_reason TEXT,
            reason      TEXT,
            PRIMARY KEY (wave_id, workload_id)
        );
        CREATE TABLE plan_exclusions (
            plan_id     TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            workload_id TEXT NOT NULL,
            strategy    TEXT,
            reason      TEXT,
            PRIMARY KEY (plan_id, workload_id)
        );
        CREATE TABLE dependencies (
            from_workload TEXT NOT NULL,
            to_workload   TEXT NOT NULL,
            source        TEXT NOT NULL DEFAULT 'manual',
            PRIMARY KEY (from_workload, to_workload)
        );
        CREATE TABLE milestones (
            id     TEXT PRIMARY KEY NOT NULL,
            name   TEXT,
            date   TEXT,
            kind   TEXT,                           -- 'contract' (by hand) or 'commitment'
            source TEXT
        );
        CREATE TABLE strategy_overrides (
            workload_id TEXT PRIMARY KEY NOT NULL,
            strategy    TEXT NOT NULL
        );
        CREATE TABLE progress (
            workload_id TEXT PRIMARY KEY NOT NULL,
            status      TEXT NOT NULL,             -- planned, migrating, validated, decommissioned
            updated_at  TEXT
        );
    )sql");
}

constexpr Migration kMigrations[] = {
    {1, "meta, imports and workloads", &toVersion1},
    {2, "per-project settings", &toVersion2},
    {3, "user edits of workloads", &toVersion3},
    {4, "utilisation of workloads", &toVersion4},
    {5, "same machine seen by two sources", &toVersion5},
    {6, "index of duplicate links", &toVersion6},
    {7, "warnings of each import", &toVersion7},
    {8, "bill lines, their sums and commitments", &toVersion8},
    {9, "cloud ids of workloads", &toVersion9},
    {10, "compliance assessments, evidence and audit trail", &toVersion10},
    {11, "migration plans, waves, dependencies, milestones and progress", &toVersion11},
};

} // namespace

std::span<const Migration> migrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return kMigrations[std::size(kMigrations) - 1].toVersion;
}

Result<int> schemaVersion(Database &db)
{
    Result<QVariant> value = db.queryValue("PRAGMA user_version");
    if (!value) {
        return value.error();
    }
    return value.value().toInt();
}

Result<std::int32_t> applicationId(Database &db)
{
    Result<QVariant> value = db.queryValue("PRAGMA application_id");
    if (!value) {
        return value.error();
    }
    return static_cast<std::int32_t>(value.value().toLongLong());
}

Status migrate(Database &db, int targetVersion)
{
    const Result<int> current = schemaVersion(db);
    if (!current) {
        return current.error();
    }
    if (targetVersion < 0 || targetVersion > latestSchemaVersion()) {
        return Error(u"unknown schema version %1 (this build knows up to %2)"_s.arg(targetVersion)
                         .arg(latestSchemaVersion()));
    }
    if (current.value() > targetVersion) {
        return Error(
            u"cannot migrate schema %1 down to %2"_s.arg(current.value()).arg(targetVersion));
    }
    if (current.value() == targetVersion) {
        return {};
    }

    Result<QVariant> foreignKeys = db.queryValue("PRAGMA foreign_keys");
    if (!foreignKeys) {
        return foreignKeys.error();
    }
    const bool restoreForeignKeys = foreignKeys.value().toInt() != 0;
    if (restoreForeignKeys) {
        if (Status off = db.exec("PRAGMA foreign_keys = OFF"); !off) {
            return off;
        }
    }

    Status result;
    for (const Migration &step : migrations()) {
        if (step.toVersion <= current.value() || step.toVersion > targetVersion) {
            continue;
        }
        Result<Transaction> transaction = Transaction::begin(db);
        if (!transaction) {
            result = transaction.error();
            break;
        }
        const auto fail = [&step](const Error &error) {
            return Error(u"upgrading to schema %1 (%2) failed: %3"_s.arg(step.toVersion)
                             .arg(QString::fromUtf8(step.description), error.message));
        };
        if (Status applied = step.apply(db); !applied) {
            result = fail(applied.error());
            break;
        }
        // With enforcement off during the step, check by hand that it left every reference valid.
        Result<QVariant> dangling = db.queryValue("PRAGMA foreign_key_check");
        if (!dangling) {
            result = fail(dangling.error());
            break;
        }
        if (dangling.value().isValid()) {
            result = fail(Error(u"a foreign key points to a missing row in table %1"_s.arg(
                dangling.value().toString())));
            break;
        }
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(step.toVersion);
        if (Status versioned = db.exec(setVersion.constData()); !versioned) {
            result = fail(versioned.error());
            break;
        }
        if (Status committed = transaction.value().commit(); !committed) {
            result = fail(committed.error());
            break;
        }
    }

    if (restoreForeignKeys) {
        const Status on = db.exec("PRAGMA foreign_keys = ON");
        if (result && !on) {
            result = on;
        }
    }
    return result;
}

} // namespace boussole
