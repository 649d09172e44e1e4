#include "models/migration/PlanStore.h"

#include "models/costs/CostData.h"
#include "models/domain/Uuid.h"
#include "models/migration/CostCurve.h"
#include "models/storage/ProjectFile.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace boussole::migration {

namespace {

const QString kAssumptionsKey = u"migration.assumptions"_s;

Status writable(Project &project)
{
    if (!project.isOpen()) {
        return Error(QCoreApplication::translate("Project", "The project is closed."));
    }
    if (project.readOnly()) {
        return Error(QCoreApplication::translate("Migration",
                                                 "the project is open read-only; the plan cannot "
                                                 "be saved"));
    }
    return {};
}

Status run(Project &project, std::string_view sql, const QVariantList &values)
{
    Statement st = project.database().prepare(sql);
    for (int i = 0; i < values.size(); ++i) {
        st.bindValue(i + 1, values[i]);
    }
    return st.run();
}

// Runs one write and announces it.
Status write(Project &project, std::string_view sql, const QVariantList &values)
{
    if (Status ok = writable(project); !ok) {
        return ok;
    }
    if (Status ok = run(project, sql, values); !ok) {
        return ok;
    }
    project.notifyChanged();
    return {};
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateOf(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

std::vector<Dependency> storedDependencies(Project &project)
{
    std::vector<Dependency> result;
    Statement st = project.database().prepare(
        "SELECT from_workload, to_workload, source FROM dependencies ORDER BY 1, 2");
    while (st.step() == StepResult::Row) {
        result.push_back({st.columnText(0), st.columnText(1), st.columnText(2)});
    }
    return result;
}

Status addDependency(Project &project, const Dependency &d)
{
    if (d.from == d.to || d.from.isEmpty() || d.to.isEmpty()) {
        return Error(
            QCoreApplication::translate("Migration", "a workload cannot depend on itself"));
    }
    return write(project,
                 "INSERT OR REPLACE INTO dependencies (from_workload, to_workload, source) "
                 "VALUES (?1, ?2, ?3)",
                 {d.from, d.to, d.source.isEmpty() ? u"manual"_s : d.source});
}

Status removeDependency(Project &project, const QString &from, const QString &to)
{
    return write(project, "DELETE FROM dependencies WHERE from_workload = ?1 AND to_workload = ?2",
                 {from, to});
}

std::map<QString, Strategy> strategyOverrides(Project &project)
{
    std::map<QString, Strategy> result;
    Statement st =
        project.database().prepare("SELECT workload_id, strategy FROM strategy_overrides");
    while (st.step() == StepResult::Row) {
        if (const std::optional<Strategy> s = strategyFromId(st.columnText(1))) {
            result[st.columnText(0)] = *s;
        }
    }
    return result;
}

Status setStrategyOverride(Project &project, const QString &workloadId,
                           std::optional<Strategy> strategy)
{
    if (!strategy) {
        return write(project, "DELETE FROM strategy_overrides WHERE workload_id = ?1",
                     {workloadId});
    }
    return write(
        project,
        "INSERT OR REPLACE INTO strategy_overrides (workload_id, strategy) VALUES (?1, ?2)",
        {workloadId, strategyId(*strategy)});
}

std::map<QString, Progress> progress(Project &project)
{
    std::map<QString, Progress> result;
    Statement st = project.database().prepare("SELECT workload_id, status FROM progress");
    while (st.step() == StepResult::Row) {
        if (const std::optional<Progress> p = progressFromId(st.columnText(1))) {
            result[st.columnText(0)] = *p;
        }
    }
    return result;
}

Status setProgress(Project &project, const QString &workloadId, Progress value)
{
    return write(
        project,
        "INSERT OR REPLACE INTO progress (workload_id, status, updated_at) "
        "VALUES (?1, ?2, ?3)",
        {workloadId, progressId(value), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
}

std::vector<Milestone> storedMilestones(Project &project)
{
    std::vector<Milestone> result;
    Statement st = project.database().prepare(
        "SELECT id, name, date, kind, source FROM milestones ORDER BY date, id");
    while (st.step() == StepResult::Row) {
        result.push_back({st.columnText(0), st.columnText(1), dateOf(st.columnText(2)),
                          st.columnText(3), st.columnText(4)});
    }
    return result;
}

Status addMilestone(Project &project, const Milestone &m)
{
    return write(project,
                 "INSERT OR REPLACE INTO milestones (id, name, date, kind, source) "
                 "VALUES (?1, ?2, ?3, ?4, ?5)",
                 {m.id.isEmpty() ? newUuid() : m.id, m.name, dateValue(m.date),
                  m.kind.isEmpty() ? u"contract"_s : m.kind, m.source});
}

Status removeMilestone(Project &project, const QString &id)
{
    return write(project, "DELETE FROM milestones WHERE id = ?1", {id});
}

Assumptions assumptions(Project &project)
{
    return Assumptions::fromJson(project.projectSetting(kAssumptionsKey));
}

QDate planStart(Project &project)
{
    Statement st = project.database().prepare("SELECT start_date FROM plans LIMIT 1");
    return st.step() == StepResult::Row ? dateOf(st.columnText(0)) : QDate();
}

Status setPlanStart(Project &project, const QDate &start)
{
    if (!start.isValid()) {
        return Error(QCoreApplication::translate("Migration", "the plan needs a start date"));
    }
    return write(project, "UPDATE plans SET start_date = ?1", {dateValue(start)});
}

Status setAssumptions(Project &project, const Assumptions &value)
{
    return project.setProjectSetting(kAssumptionsKey, value.toJson());
}

PlannerInput plannerInput(Project &project, const CostData *bills, const QDate &start)
{
    PlannerInput input;
    input.workloads = project.workloads();
    input.dependencies = inferDependencies(input.workloads);
    for (const Dependency &d : storedDependencies(project)) {
        if (std::find_if(input.dependencies.begin(), input.dependencies.end(),
                         [&](const Dependency &e) { return e.from == d.from && e.to == d.to; }) ==
            input.dependencies.end()) {
            input.dependencies.push_back(d);
        }
    }
    input.overrides = strategyOverrides(project);
    input.assumptions = assumptions(project);
    input.milestones = storedMilestones(project);
    if (bills) {
        for (const Milestone &m : commitmentMilestones(bills->commitments())) {
            input.milestones.push_back(m);
        }
    }
    std::sort(input.milestones.begin(), input.milestones.end(),
              [](const Milestone &a, const Milestone &b) {
                  return std::tie(a.date, a.id) < std::tie(b.date, b.id);
              });
    Statement st = project.database().prepare("SELECT id, start_date FROM plans LIMIT 1");
    if (st.step() == StepResult::Row) {
        input.planId = st.columnText(0);
        input.start = dateOf(st.columnText(1));
    }
    if (input.planId.isEmpty()) {
        input.planId = newUuid();
    }
    if (!input.start.isValid()) {
        input.start = start;
    }
    return input;
}

Result<std::optional<Plan>> loadPlan(Project &project, const CostData *bills)
{
    Database &db = project.database();
    Statement st = db.prepare("SELECT id, start_date, warnings FROM plans LIMIT 1");
    const StepResult step = st.step();
    if (step == StepResult::Error) {
        return st.error();
    }
    if (step == StepResult::Done) {
        return std::optional<Plan>();
    }
    Plan plan;
    plan.id = st.columnText(0);
    plan.start = dateOf(st.columnText(1));
    for (const QJsonValue &v : QJsonDocument::fromJson(st.columnText(2).toUtf8()).array()) {
        plan.warnings << v.toString();
    }
    Statement waves = db.prepare("SELECT id, name, ord, production, score, reason, not_before, "
                                 "migrate_days FROM waves WHERE plan_id = ?1 ORDER BY ord");
    waves.bindText(1, plan.id);
    while (waves.step() == StepResult::Row) {
        Wave w;
        w.id = waves.columnText(0);
        w.name = waves.columnText(1);
        w.order = int(waves.columnInt64(2));
        w.production = waves.columnInt64(3) != 0;
        w.score = int(waves.columnInt64(4));
        w.reason = waves.columnText(5);
        w.notBefore = dateOf(waves.columnText(6));
        w.migrateDays = int(waves.columnInt64(7));
        plan.waves.push_back(std::move(w));
    }
    // Only workloads that still exist.
    std::set<QString> existing;
    for (const Workload &w : project.workloads()) {
        existing.insert(w.id);
    }
    Statement items = db.prepare("SELECT workload_id, strategy, strategy_reason, reason "
                                 "FROM wave_items WHERE wave_id = ?1 ORDER BY rowid");
    for (Wave &w : plan.waves) {
        items.bindText(1, w.id);
        while (items.step() == StepResult::Row) {
            if (!existing.count(items.columnText(0))) {
                continue;
            }
            w.items.push_back({items.columnText(0),
                               strategyFromId(items.columnText(1)).value_or(Strategy::Rehost),
                               items.columnText(2), items.columnText(3)});
        }
        items.reset();
    }
    Statement excluded = db.prepare("SELECT workload_id, strategy, reason FROM plan_exclusions "
                                    "WHERE plan_id = ?1 ORDER BY rowid");
    excluded.bindText(1, plan.id);
    while (excluded.step() == StepResult::Row) {
        if (existing.count(excluded.columnText(0))) {
            plan.excluded.push_back(
                {excluded.columnText(0),
                 strategyFromId(excluded.columnText(1)).value_or(Strategy::Retain),
                 excluded.columnText(2)});
        }
    }
    // Dependencies and milestones as they are now.
    PlannerInput input = plannerInput(project, bills, plan.start);
    for (const Dependency &d : input.dependencies) {
        if (plan.waveOf(d.from) && plan.waveOf(d.to)) {
            plan.dependencies.push_back(d);
        }
    }
    plan.milestones = input.milestones;
    return std::optional<Plan>(std::move(plan));
}

Status savePlan(Project &project, const Plan &plan, const Schedule &schedule)
{
    if (Status ok = writable(project); !ok) {
        return ok;
    }
    Database &db = project.database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    QJsonArray warnings;
    for (const QString &w : plan.warnings) {
        warnings.append(w);
    }
    // Explicit deletes rather than relying on ON DELETE CASCADE (foreign keys may be off).
    for (const char *sql : {"DELETE FROM wave_items", "DELETE FROM waves",
                            "DELETE FROM plan_exclusions", "DELETE FROM plans"}) {
        if (Status s = run(project, sql, {}); !s) {
            return s;
        }
    }
    if (Status s = run(
            project,
            "INSERT INTO plans (id, name, start_date, created_at, assumptions, warnings) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            {plan.id, QString(), dateValue(plan.start),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODate), assumptions(project).toJson(),
             QString::fromUtf8(QJsonDocument(warnings).toJson(QJsonDocument::Compact))});
        !s) {
        return s;
    }
    for (size_t i = 0; i < plan.waves.size(); ++i) {
        const Wave &w = plan.waves[i];
        const WaveSchedule *ws = schedule.wave(w.id);
        if (Status s = run(project,
                           "INSERT INTO waves (id, plan_id, name, ord, start_date, end_date, "
                           "production, score, reason, not_before, migrate_days) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                           {w.id, plan.id, w.name, w.order, ws ? dateValue(ws->start) : QVariant(),
                            ws ? dateValue(ws->end) : QVariant(), w.production ? 1 : 0, w.score,
                            w.reason, dateValue(w.notBefore), w.migrateDays});
            !s) {
            return s;
        }
        for (const Placement &p : w.items) {
            if (Status s =
                    run(project,
                        "INSERT INTO wave_items (wave_id, workload_id, strategy, "
                        "strategy_reason, reason) VALUES (?1, ?2, ?3, ?4, ?5)",
                        {w.id, p.workloadId, strategyId(p.strategy), p.strategyReason, p.reason});
                !s) {
                return s;
            }
        }
    }
    for (const Excluded &e : plan.excluded) {
        if (Status s = run(project,
                           "INSERT INTO plan_exclusions (plan_id, workload_id, strategy, reason) "
                           "VALUES (?1, ?2, ?3, ?4)",
                           {plan.id, e.workloadId, strategyId(e.strategy), e.reason});
            !s) {
            return s;
        }
    }
    if (Status s = tx->commit(); !s) {
        return s;
    }
    project.notifyChanged();
    return {};
}

Status deletePlan(Project &project)
{
    if (Status ok = writable(project); !ok) {
        return ok;
    }
    Result<Transaction> tx = Transaction::begin(project.database());
    if (!tx) {
        return tx.error();
    }
    for (const char *sql : {"DELETE FROM wave_items", "DELETE FROM waves",
                            "DELETE FROM plan_exclusions", "DELETE FROM plans"}) {
        if (Status s = run(project, sql, {}); !s) {
            return s;
        }
    }
    if (Status s = tx->commit(); !s) {
        return s;
    }
    project.notifyChanged();
    return {};
}

Status setWaveAdjustment(Project &project, const QString &waveId, const QDate &notBefore,
                         int migrateDays)
{
    return write(project, "UPDATE waves SET not_before = ?2, migrate_days = ?3 WHERE id = ?1",
                 {waveId, dateValue(notBefore), std::max(0, migrateDays)});
}

Result<Plan> replan(Project &project, const CostData *bills, const QDate &defaultStart)
{
    const PlannerInput input = plannerInput(project, bills, defaultStart);
    Plan plan = planWaves(input);
    const Schedule schedule = schedulePlan(plan, input.assumptions);
    if (Status s = savePlan(project, plan, schedule); !s) {
        return s.error();
    }
    return plan;
}

} // namespace boussole::migration
