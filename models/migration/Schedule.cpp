#include "models/migration/Schedule.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace boussole::migration {

QString phaseId(Phase phase)
{
    switch (phase) {
    case Phase::Prepare:
        return u"prepare"_s;
    case Phase::Migrate:
        return u"migrate"_s;
    case Phase::Validate:
        return u"validate"_s;
    case Phase::Decommission:
        return u"decommission"_s;
    }
    return {};
}

QString phaseLabel(Phase phase)
{
    switch (phase) {
    case Phase::Prepare:
        return QCoreApplication::translate("Migration", "Prepare");
    case Phase::Migrate:
        return QCoreApplication::translate("Migration", "Migrate");
    case Phase::Validate:
        return QCoreApplication::translate("Migration", "Validate");
    case Phase::Decommission:
        return QCoreApplication::translate("Migration", "Decommission");
    }
    return {};
}

const WaveSchedule *Schedule::wave(const QString &waveId) const
{
    for (const WaveSchedule &w : waves) {
        if (w.waveId == waveId) {
            return &w;
        }
    }
    return nullptr;
}

int estimatedMigrateDays(const Wave &wave, const Assumptions &a)
{
    if (wave.migrateDays > 0) {
        return wave.migrateDays;
    }
    int base = 0;
    for (const Placement &p : wave.items) {
        auto it = a.migrateBaseDays.find(p.strategy);
        base = std::max(base, it == a.migrateBaseDays.end() ? 0 : it->second);
    }
    const int perDay = std::max(1, a.workloadsPerMigrateDay);
    const int count = int(wave.items.size());
    return std::max(1, base + (count + perDay - 1) / perDay);
}

Schedule schedulePlan(const Plan &plan, const Assumptions &a)
{
    Schedule s;
    s.start = plan.start;
    const int n = int(plan.waves.size());
    // Task t = wave * 4 + phase.
    const int tasks = n * 4;
    std::vector<int> duration(size_t(tasks), 0);
    std::vector<std::vector<int>> preds(static_cast<size_t>(tasks));
    std::vector<int> lowerBound(size_t(tasks), 0);

    std::map<QString, int> waveOfWorkload;
    for (int w = 0; w < n; ++w) {
        for (const Placement &p : plan.waves[size_t(w)].items) {
            waveOfWorkload[p.workloadId] = w;
        }
    }
    std::vector<std::set<int>> waveDeps(static_cast<size_t>(n));
    for (const Dependency &d : plan.dependencies) {
        auto from = waveOfWorkload.find(d.from);
        auto to = waveOfWorkload.find(d.to);
        if (from != waveOfWorkload.end() && to != waveOfWorkload.end() &&
            to->second < from->second) {
            waveDeps[size_t(from->second)].insert(to->second);
        }
    }
    for (int w = 0; w < n; ++w) {
        const Wave &wave = plan.waves[size_t(w)];
        const int base = w * 4;
        duration[size_t(base + 0)] = a.prepareDays;
        duration[size_t(base + 1)] = estimatedMigrateDays(wave, a);
        duration[size_t(base + 2)] = a.validateDays;
        duration[size_t(base + 3)] = a.decommissionDays;
        for (int p = 1; p < 4; ++p) {
            preds[size_t(base + p)].push_back(base + p - 1);
        }
        if (w > 0) {
            preds[size_t(base + 0)].push_back(base - 4 + 0);
            preds[size_t(base + 1)].push_back(base - 4 + 1);
        }
        for (int dep : waveDeps[size_t(w)]) {
            preds[size_t(base + 1)].push_back(dep * 4 + 2);
        }
        if (wave.notBefore.isValid() && plan.start.isValid()) {
            lowerBound[size_t(base)] = int(std::max<qint64>(0, plan.start.daysTo(wave.notBefore)));
        }
    }

    // Forward pass (tasks are in topological order: predecessors have smaller indexes).
    std::vector<int> es(size_t(tasks), 0), ef(size_t(tasks), 0);
    int end = 0;
    for (int t = 0; t < tasks; ++t) {
        int start = lowerBound[size_t(t)];
        for (int p : preds[size_t(t)]) {
            start = std::max(start, ef[size_t(p)]);
        }
        es[size_t(t)] = start;
        ef[size_t(t)] = start + duration[size_t(t)];
        end = std::max(end, ef[size_t(t)]);
    }
    // Backward pass.
    std::vector<int> lf(size_t(tasks), end);
    for (int t = tasks - 1; t >= 0; --t) {
        const int ls = lf[size_t(t)] - duration[size_t(t)];
        for (int p : preds[size_t(t)]) {
            lf[size_t(p)] = std::min(lf[size_t(p)], ls);
        }
    }

    const auto day = [&](int offset) { return plan.start.addDays(offset); };
    for (int w = 0; w < n; ++w) {
        const Wave &wave = plan.waves[size_t(w)];
        WaveSchedule ws;
        ws.waveId = wave.id;
        for (int p = 0; p < 4; ++p) {
            const int t = w * 4 + p;
            PhaseSpan &span = ws.phases[size_t(p)];
            span.phase = kPhases[size_t(p)];
            span.start = day(es[size_t(t)]);
            span.end = day(ef[size_t(t)]);
            span.slackDays = lf[size_t(t)] - ef[size_t(t)];
            span.critical = span.slackDays == 0;
        }
        ws.start = ws.phases[0].start;
        ws.end = ws.phases[3].end;
        for (int dep : waveDeps[size_t(w)]) {
            ws.dependsOnWaves << plan.waves[size_t(dep)].id;
        }
        if (wave.notBefore.isValid() && ws.start > wave.notBefore) {
            ws.conflict =
                QCoreApplication::translate("Migration",
                                            "asked to start on %1, but it has to wait until %2")
                    .arg(wave.notBefore.toString(Qt::ISODate), ws.start.toString(Qt::ISODate));
        }
        // Migration held later than its preparation allows: name what it waits for.
        if (wave.notBefore.isValid() && ws.conflict.isEmpty()) {
            const int prepEnd = ef[size_t(w * 4)];
            if (es[size_t(w * 4 + 1)] > prepEnd && lowerBound[size_t(w * 4)] > 0) {
                QStringList names;
                for (int dep : waveDeps[size_t(w)]) {
                    if (ef[size_t(dep * 4 + 2)] == es[size_t(w * 4 + 1)]) {
                        names << plan.waves[size_t(dep)].name;
                    }
                }
                if (!names.isEmpty()) {
                    ws.conflict = QCoreApplication::translate(
                                      "Migration", "its migration waits for %1 to be validated")
                                      .arg(names.join(u", "_s));
                }
            }
        }
        s.waves.push_back(std::move(ws));
    }
    s.end = day(end);

    // Critical path: from a critical task ending at the end, back through critical predecessors
    // that finish exactly when it starts.
    int current = -1;
    for (int t = tasks - 1; t >= 0; --t) {
        if (ef[size_t(t)] == end && lf[size_t(t)] == ef[size_t(t)]) {
            current = t;
            break;
        }
    }
    std::vector<std::pair<int, Phase>> path;
    while (current >= 0) {
        path.emplace_back(current / 4, kPhases[size_t(current % 4)]);
        int next = -1;
        for (int p : preds[size_t(current)]) {
            if (ef[size_t(p)] == es[size_t(current)] && lf[size_t(p)] == ef[size_t(p)]) {
                if (next < 0 || p > next) {
                    next = p;
                }
            }
        }
        current = next;
    }
    std::reverse(path.begin(), path.end());
    s.criticalPath = std::move(path);
    return s;
}

} // namespace boussole::migration
