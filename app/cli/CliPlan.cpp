// `boussole plan PROJECT [--auto] [--out FILE]`: the migration plan.
#include "app/cli/Cli.h"

#include "models/scenarios/Scenario.h"

#include "app/cli/Output.h"
#include "models/costs/CostData.h"
#include "models/migration/CostCurve.h"
#include "models/migration/PlanStore.h"
#include "models/reports/PlanExport.h"
#include "models/storage/ProjectFile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace migration;

namespace {

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The plan's dates are exclusive at the end; people read the last day.
QString lastDay(const QDate &end)
{
    return end.isValid() ? end.addDays(-1).toString(Qt::ISODate) : QString();
}

QDate defaultStart()
{
    const QDate next = QDate::currentDate().addMonths(1);
    const QDate first(next.year(), next.month(), 1);
    return first.addDays((8 - first.dayOfWeek()) % 7); // first Monday of next month
}

} // namespace

int Cli::runPlan(const Options &options)
{
    if (options.positional.size() != 1) {
        return usageError(tr("plan needs a PROJECT"));
    }
    Project::OpenOptions openOptions;
    openOptions.readOnly = !options.autoPlan;
    auto opened = Project::open(options.positional.first(), openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    Project &project = *opened.value();
    Result<CostData> bills = CostData::load(project);
    if (options.autoPlan) {
        Result<Plan> planned = replan(project, bills ? &bills.value() : nullptr, defaultStart());
        if (!planned) {
            return failure(planned.error().toString());
        }
    }
    Result<std::optional<Plan>> loaded = loadPlan(project, bills ? &bills.value() : nullptr);
    if (!loaded) {
        return failure(loaded.error().toString());
    }
    if (!loaded->has_value()) {
        return failure(tr("%1 has no migration plan yet; make one with: boussole plan %1 --auto")
                           .arg(options.positional.first()));
    }
    const Plan &plan = **loaded;
    const Assumptions a = assumptions(project);
    const Schedule schedule = schedulePlan(plan, a);
    const std::vector<Workload> workloads = project.workloads();
    std::map<QString, const Workload *> byId;
    for (const Workload &w : workloads) {
        byId[w.id] = &w;
    }
    if (!options.outDir.isEmpty()) {
        if (Status s = writePlanFile(plan, schedule, workloads, project.name(), options.outDir);
            !s) {
            return failure(s.error().toString());
        }
    }

    // The cost curve: today's bills against the target scenario (or --scenario).
    scenarios::Scenario chosen;
    std::vector<CostMonth> curve;
    QString curveCurrency;
    if (bills && !bills->isEmpty()) {
        const scenarios::CurveCosts costs = scenarios::curveCostsByWorkload(
            project, bills->mainCurrency(), options.scenario, &chosen);
        if (!options.scenario.isEmpty() && chosen.id.isEmpty()) {
            return failure(
                tr("no scenario \"%1\" in %2").arg(options.scenario, options.positional.first()));
        }
        const CostCurveInput input =
            costInputFromBills(*bills, plan, costs.target, costs.onPremises);
        curveCurrency = input.currency;
        if (!curveCurrency.isEmpty()) {
            curve = costCurve(plan, schedule, input);
        }
    }

    if (options.format == OutputFormat::Json) {
        QJsonObject doc = jsonDocumentHeader();
        doc.insert(u"plan_id"_s, plan.id);
        doc.insert(u"scenario"_s,
                   chosen.id.isEmpty()
                       ? QJsonValue()
                       : QJsonValue(QJsonObject{{u"id"_s, chosen.id}, {u"name"_s, chosen.name}}));
        if (!curve.empty()) {
            QJsonArray months;
            for (const CostMonth &m : curve) {
                months.append(QJsonObject{{u"month"_s, m.month.toString(u"yyyy-MM"_s)},
                                          {u"old_platform"_s, jsonMoney(m.oldPlatform)},
                                          {u"new_platform"_s, jsonMoney(m.newPlatform)},
                                          {u"double_run"_s, jsonMoney(m.doubleRun)},
                                          {u"stranded_commitments"_s, jsonMoney(m.stranded)},
                                          {u"total"_s, jsonMoney(m.total)}});
            }
            doc.insert(u"cost_curve"_s,
                       QJsonObject{{u"currency"_s, curveCurrency}, {u"months"_s, months}});
        }
        doc.insert(u"start"_s, day(schedule.start));
        doc.insert(u"end"_s, lastDay(schedule.end));
        QJsonArray waves;
        for (const Wave &wave : plan.waves) {
            const WaveSchedule *ws = schedule.wave(wave.id);
            QJsonArray ids;
            QJsonArray items;
            for (const Placement &p : wave.items) {
                ids.append(p.workloadId);
                items.append(QJsonObject{
                    {u"id"_s, p.workloadId},
                    {u"name"_s, byId.count(p.workloadId) ? byId[p.workloadId]->name : QString()},
                    {u"strategy"_s, strategyId(p.strategy)},
                    {u"strategy_reason"_s, p.strategyReason},
                    {u"reason"_s, p.reason}});
            }
            QJsonObject phases;
            for (const PhaseSpan &span : ws->phases) {
                phases.insert(phaseId(span.phase), QJsonObject{{u"start"_s, day(span.start)},
                                                               {u"end"_s, lastDay(span.end)},
                                                               {u"critical"_s, span.critical}});
            }
            QJsonObject w{{u"id"_s, wave.id},
                          {u"name"_s, wave.name},
                          {u"order"_s, wave.order},
                          {u"production"_s, wave.production},
                          {u"start"_s, day(ws->start)},
                          {u"end"_s, lastDay(ws->end)},
                          {u"workloads"_s, ids},
                          {u"items"_s, items},
                          {u"reason"_s, wave.reason},
                          {u"score"_s, wave.score},
                          {u"phases"_s, phases},
                          {u"depends_on"_s, QJsonArray::fromStringList(ws->dependsOnWaves)}};
            if (!ws->conflict.isEmpty()) {
                w.insert(u"conflict"_s, ws->conflict);
            }
            waves.append(w);
        }
        doc.insert(u"waves"_s, waves);
        QJsonArray excluded;
        for (const Excluded &e : plan.excluded) {
            excluded.append(QJsonObject{{u"id"_s, e.workloadId},
                                        {u"strategy"_s, strategyId(e.strategy)},
                                        {u"reason"_s, e.reason}});
        }
        doc.insert(u"excluded"_s, excluded);
        QJsonArray milestones;
        for (const Milestone &m : plan.milestones) {
            milestones.append(QJsonObject{{u"id"_s, m.id},
                                          {u"name"_s, m.name},
                                          {u"date"_s, day(m.date)},
                                          {u"kind"_s, m.kind}});
        }
        doc.insert(u"milestones"_s, milestones);
        QJsonArray path;
        for (const auto &[w, phase] : schedule.criticalPath) {
            path.append(
                QJsonObject{{u"wave"_s, plan.waves[size_t(w)].id}, {u"phase"_s, phaseId(phase)}});
        }
        doc.insert(u"critical_path"_s, path);
        doc.insert(u"rules"_s, QJsonArray::fromStringList(plannerRules()));
        doc.insert(u"warnings"_s, QJsonArray::fromStringList(plan.warnings));
        printJson(m_out, doc);
        return ExitOk;
    }

    TextTable table;
    table.headers = {tr("Wave"), tr("Start"), tr("End"), tr("Workloads"), tr("Reason")};
    table.rightAligned = {false, false, false, true, false};
    for (const Wave &wave : plan.waves) {
        const WaveSchedule *ws = schedule.wave(wave.id);
        QString reason = wave.reason;
        if (!ws->conflict.isEmpty()) {
            reason += u" ("_s + ws->conflict + u')';
        }
        table.rows.push_back({wave.name, day(ws->start), lastDay(ws->end),
                              QString::number(wave.items.size()), reason});
    }
    table.print(m_out, options.format);
    if (options.format == OutputFormat::Table) {
        m_out << '\n'
              << tr("%n workload(s) left out of the waves (retired, retained, templates, "
                    "duplicates).",
                    nullptr, int(plan.excluded.size()))
              << '\n';
        for (const Milestone &m : plan.milestones) {
            m_out << tr("Milestone %1: %2").arg(day(m.date), m.name) << '\n';
        }
        for (const QString &warning : plan.warnings) {
            m_out << tr("Note: %1").arg(warning) << '\n';
        }
    }
    return ExitOk;
}

} // namespace boussole
