#include "models/migration/WavePlanner.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <set>

using namespace Qt::StringLiterals;

namespace boussole::migration {

namespace {

struct Group {
    QString key;   // sort key and identity
    QString label; // "Application / env"
    QString application;
    bool production = true;
    bool critical = false;
    std::vector<int> workloads;          // indexes into input.workloads (movers only)
    std::set<std::pair<int, bool>> deps; // group index, strict
    int block = -1;
};

struct Block {
    std::vector<int> groups; // sorted by key
    QString label;
    int size = 0;
    bool production = false;
    bool mixed = false; // production and non-production in one cycle
    bool critical = false;
    bool complex = false;
    bool cycle = false;
    std::map<int, bool> deps; // block → strict (strict wins)
    int dependents = 0;
    int score = 0;
    int wave = -1; // 1-based once placed
};

// Tarjan's strongly connected components over groups, visiting in index order (deterministic).
std::vector<std::vector<int>> components(const std::vector<Group> &groups)
{
    const int n = int(groups.size());
    std::vector<int> index(n, -1), low(n, 0);
    std::vector<bool> onStack(n, false);
    std::vector<int> stack;
    std::vector<std::vector<int>> result;
    int counter = 0;
    std::function<void(int)> visit = [&](int v) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        onStack[v] = true;
        for (const auto &[w, strict] : groups[v].deps) {
            Q_UNUSED(strict)
            if (index[w] < 0) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack[w]) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            std::vector<int> component;
            int w = -1;
            do {
                w = stack.back();
                stack.pop_back();
                onStack[w] = false;
                component.push_back(w);
            } while (w != v);
            std::sort(component.begin(), component.end());
            result.push_back(std::move(component));
        }
    };
    for (int v = 0; v < n; ++v) {
        if (index[v] < 0) {
            visit(v);
        }
    }
    return result;
}

QString waveId(const QString &planId, int order)
{
    static const QUuid ns(u"6f1c1a52-8a51-4f7e-9d0b-2f1a3b9c7d10"_s);
    return QUuid::createUuidV5(ns, planId + u"/wave-"_s + QString::number(order))
        .toString(QUuid::WithoutBraces);
}

} // namespace

bool isProductionEnvironment(const QString &environment)
{
    return environment.isEmpty() || environment == u"prod" || environment == u"production";
}

bool isCriticalWorkload(const Workload &w)
{
    return w.criticality == u"critical" || w.criticality == u"high";
}

QStringList plannerRules()
{
    return {
        QCoreApplication::translate("Migration",
                                    "1. An application's environment moves as one block."),
        QCoreApplication::translate(
            "Migration", "2. Workloads that depend on each other in a cycle move together."),
        QCoreApplication::translate("Migration",
                                    "3. Dependencies move in the same wave or an earlier one."),
        QCoreApplication::translate(
            "Migration", "4. Non-production moves before production; a wave never mixes them."),
        QCoreApplication::translate(
            "Migration", "5. Critical or complex applications are not in the first waves."),
        QCoreApplication::translate("Migration", "6. A wave stays within its size cap."),
        QCoreApplication::translate("Migration", "7. The highest priority score goes first."),
    };
}

Plan planWaves(const PlannerInput &input)
{
    const Assumptions &a = input.assumptions;
    Plan plan;
    plan.id = input.planId;
    plan.start = input.start;
    plan.milestones = input.milestones;

    // Strategies and exclusions.
    const std::vector<Workload> &ws = input.workloads;
    std::vector<StrategyChoice> choices(ws.size());
    std::map<QString, int> indexOf;
    std::vector<bool> moves(ws.size(), false);
    for (size_t i = 0; i < ws.size(); ++i) {
        const Workload &w = ws[i];
        StrategyChoice choice = inferStrategy(w);
        if (auto it = input.overrides.find(w.id); it != input.overrides.end()) {
            choice = {it->second, QCoreApplication::translate("Migration", "chosen by hand"), true};
        }
        choices[i] = choice;
        if (!w.duplicateOf.isEmpty()) {
            plan.excluded.push_back(
                {w.id, choice.strategy,
                 QCoreApplication::translate("Migration",
                                             "the same machine as another record, counted there")});
            continue;
        }
        if (!strategyMoves(choice.strategy)) {
            plan.excluded.push_back({w.id, choice.strategy, choice.reason});
            continue;
        }
        moves[i] = true;
        indexOf[w.id] = int(i);
    }

    // Groups per (application, environment), sorted by key.
    std::map<QString, Group> byKey;
    for (size_t i = 0; i < ws.size(); ++i) {
        if (!moves[i]) {
            continue;
        }
        const Workload &w = ws[i];
        const QString app = w.application.trimmed();
        const QString env = w.environment.isEmpty() ? u"?"_s : w.environment;
        const QString key =
            app.isEmpty() ? u"\x01"_s + w.name + u'\x02' + w.id : app + u'\x02' + env;
        Group &g = byKey[key];
        if (g.key.isEmpty()) {
            g.key = key;
            g.application = app;
            g.production = isProductionEnvironment(w.environment);
            g.label =
                app.isEmpty()
                    ? w.name
                    : app + u" / "_s +
                          (w.environment.isEmpty()
                               ? QCoreApplication::translate("Migration", "unknown environment")
                               : w.environment);
        }
        g.critical = g.critical || isCriticalWorkload(w);
        g.workloads.push_back(int(i));
    }
    std::vector<Group> groups;
    std::map<QString, int> groupOfKey;
    for (auto &[key, g] : byKey) {
        groupOfKey[key] = int(groups.size());
        groups.push_back(std::move(g));
    }
    std::map<QString, int> groupOfWorkload;
    for (size_t g = 0; g < groups.size(); ++g) {
        for (int i : groups[g].workloads) {
            groupOfWorkload[ws[size_t(i)].id] = int(g);
        }
    }

    // Group dependencies: the workloads' ones, then production after non-production per app.
    for (const Dependency &d : input.dependencies) {
        auto from = groupOfWorkload.find(d.from);
        auto to = groupOfWorkload.find(d.to);
        if (from == groupOfWorkload.end() || to == groupOfWorkload.end()) {
            continue; // one end does not move: nothing to order
        }
        plan.dependencies.push_back(d);
        if (from->second != to->second) {
            groups[size_t(from->second)].deps.insert({to->second, false});
        }
    }
    for (size_t p = 0; p < groups.size(); ++p) {
        if (!groups[p].production || groups[p].application.isEmpty()) {
            continue;
        }
        for (size_t q = 0; q < groups.size(); ++q) {
            if (!groups[q].production && groups[q].application == groups[p].application) {
                groups[p].deps.insert({int(q), true});
            }
        }
    }

    // Blocks: strongly connected groups.
    std::vector<Block> blocks;
    for (const std::vector<int> &component : components(groups)) {
        Block b;
        b.groups = component;
        QStringList labels;
        bool anyProd = false;
        bool anyNonProd = false;
        for (int g : component) {
            groups[size_t(g)].block = int(blocks.size());
            labels << groups[size_t(g)].label;
            b.size += int(groups[size_t(g)].workloads.size());
            anyProd = anyProd || groups[size_t(g)].production;
            anyNonProd = anyNonProd || !groups[size_t(g)].production;
            b.critical = b.critical || groups[size_t(g)].critical;
        }
        b.label = labels.join(u", "_s);
        b.production = anyProd;
        b.mixed = anyProd && anyNonProd;
        b.cycle = component.size() > 1;
        b.complex = b.size >= a.complexWorkloads;
        blocks.push_back(std::move(b));
    }
    // Tarjan emits components in reverse topological order; the order only matters for ties,
    // which the score and the label settle.
    for (Block &b : blocks) {
        for (int g : b.groups) {
            for (const auto &[to, strict] : groups[size_t(g)].deps) {
                const int target = groups[size_t(to)].block;
                if (target == groups[size_t(g)].block) {
                    continue;
                }
                auto [it, inserted] = b.deps.emplace(target, strict);
                if (!inserted && strict) {
                    it->second = true;
                }
            }
        }
    }
    for (Block &b : blocks) {
        for (const auto &[to, strict] : b.deps) {
            Q_UNUSED(strict)
            ++blocks[size_t(to)].dependents;
        }
    }
    for (Block &b : blocks) {
        int score = 60;
        score += b.production ? -15 : 20;
        score -= b.critical ? 25 : 0;
        score -= b.complex ? 15 : 0;
        score += std::min(20, 5 * b.dependents);
        score -= std::min(10, b.size / 3);
        b.score = std::clamp(score, 0, 100);
    }
    for (const Block &b : blocks) {
        if (b.mixed) {
            plan.warnings << QCoreApplication::translate(
                                 "Migration",
                                 "%1 depend on each other across production and non-production: "
                                 "they move together in a production wave")
                                 .arg(b.label);
        }
    }

    // Placement, wave after wave.
    std::vector<int> order(blocks.size());
    for (size_t i = 0; i < order.size(); ++i) {
        order[i] = int(i);
    }
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        const Block &bx = blocks[size_t(x)];
        const Block &by = blocks[size_t(y)];
        if (bx.score != by.score) {
            return bx.score > by.score;
        }
        return bx.label < by.label;
    });
    const auto ready = [&](const Block &b, int wave) {
        for (const auto &[to, strict] : b.deps) {
            const int w = blocks[size_t(to)].wave;
            if (w < 0 || w > wave || (strict && w == wave)) {
                return false;
            }
        }
        return true;
    };
    const auto eligible = [&](const Block &b, int wave) {
        return !(b.critical || b.complex) || wave > a.protectedWaves;
    };
    size_t placed = 0;
    std::vector<std::vector<int>> waveBlocks;
    while (placed < blocks.size()) {
        const int k = int(waveBlocks.size()) + 1;
        int first = -1;
        for (int i : order) {
            if (blocks[size_t(i)].wave < 0 && ready(blocks[size_t(i)], k) &&
                eligible(blocks[size_t(i)], k)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            for (int i : order) {
                if (blocks[size_t(i)].wave < 0 && ready(blocks[size_t(i)], k)) {
                    first = i;
                    plan.warnings << QCoreApplication::translate(
                                         "Migration",
                                         "%1 is critical or complex but nothing else could move "
                                         "first: it is in wave %2")
                                         .arg(blocks[size_t(i)].label)
                                         .arg(k);
                    break;
                }
            }
        }
        Q_ASSERT(first >= 0); // the block graph is acyclic: something is always ready
        if (first < 0) {
            break;
        }
        std::vector<int> members{first};
        blocks[size_t(first)].wave = k;
        int size = blocks[size_t(first)].size;
        const bool production = blocks[size_t(first)].production;
        for (bool added = true; added;) {
            added = false;
            for (int i : order) {
                Block &b = blocks[size_t(i)];
                if (b.wave >= 0 || b.production != production || !eligible(b, k) ||
                    size + b.size > a.waveCap || !ready(b, k)) {
                    continue;
                }
                b.wave = k;
                size += b.size;
                members.push_back(i);
                added = true;
                break; // rescan from the top: the order is by score
            }
        }
        placed += members.size();
        waveBlocks.push_back(std::move(members));
    }

    // Reasons.
    const auto reasonFor = [&](const Block &b) {
        const int k = b.wave;
        int latest = -1;
        bool latestStrict = false;
        for (const auto &[to, strict] : b.deps) {
            const int w = blocks[size_t(to)].wave + (strict ? 1 : 0);
            if (latest < 0 || w > blocks[size_t(latest)].wave + (latestStrict ? 1 : 0) ||
                (w == blocks[size_t(latest)].wave + (latestStrict ? 1 : 0) && strict &&
                 !latestStrict)) {
                latest = to;
                latestStrict = strict;
            }
        }
        QString reason;
        if (latest >= 0) {
            const Block &dep = blocks[size_t(latest)];
            if (latestStrict && dep.wave + 1 == k) {
                reason = QCoreApplication::translate(
                             "Migration",
                             "wave %1 because production follows its non-production environments "
                             "in wave %2")
                             .arg(k)
                             .arg(dep.wave);
            } else if (!latestStrict && dep.wave == k) {
                reason = QCoreApplication::translate(
                             "Migration", "wave %1 together with %2, which it depends on")
                             .arg(k)
                             .arg(dep.label);
            } else if (!latestStrict && dep.wave + 1 == k) {
                reason = QCoreApplication::translate("Migration",
                                                     "wave %1 because it depends on %2 in wave %3")
                             .arg(k)
                             .arg(dep.label)
                             .arg(dep.wave);
            }
        }
        if (reason.isEmpty() && (b.critical || b.complex) && k == a.protectedWaves + 1) {
            reason = b.critical ? QCoreApplication::translate(
                                      "Migration",
                                      "wave %1 because critical applications are not in the first "
                                      "%n wave(s)",
                                      nullptr, a.protectedWaves)
                                      .arg(k)
                                : QCoreApplication::translate(
                                      "Migration",
                                      "wave %1 because complex applications are not in the first "
                                      "%n wave(s)",
                                      nullptr, a.protectedWaves)
                                      .arg(k);
        }
        if (reason.isEmpty() && k == 1) {
            reason = QCoreApplication::translate("Migration",
                                                 "wave 1: nothing to wait for, priority score %1")
                         .arg(b.score);
        }
        if (reason.isEmpty()) {
            // Why not the wave before: it held the other class, or it was full.
            const int previous = k - 1;
            const bool previousProduction =
                blocks[size_t(waveBlocks[size_t(previous - 1)].front())].production;
            if (previousProduction != b.production) {
                reason = previousProduction
                             ? QCoreApplication::translate(
                                   "Migration",
                                   "wave %1 because wave %2 moves production; priority score %3")
                                   .arg(k)
                                   .arg(previous)
                                   .arg(b.score)
                             : QCoreApplication::translate(
                                   "Migration",
                                   "wave %1 because wave %2 moves non-production; priority score "
                                   "%3")
                                   .arg(k)
                                   .arg(previous)
                                   .arg(b.score);
            } else {
                reason = QCoreApplication::translate(
                             "Migration",
                             "wave %1 because wave %2 was full (at most %3 workloads); priority "
                             "score %4")
                             .arg(k)
                             .arg(previous)
                             .arg(a.waveCap)
                             .arg(b.score);
            }
        }
        if (b.cycle) {
            reason += u"; "_s + QCoreApplication::translate(
                                    "Migration", "%1 depend on each other and move together")
                                    .arg(b.label);
        }
        if (b.size > a.waveCap) {
            reason += u"; "_s + QCoreApplication::translate(
                                    "Migration", "larger than the cap of %1 workloads, kept whole")
                                    .arg(a.waveCap);
        }
        return reason;
    };

    for (size_t k = 0; k < waveBlocks.size(); ++k) {
        Wave wave;
        wave.order = int(k) + 1;
        wave.id = waveId(input.planId, wave.order);
        wave.production = blocks[size_t(waveBlocks[k].front())].production;
        wave.name =
            wave.production
                ? QCoreApplication::translate("Migration", "Wave %1 (production)").arg(wave.order)
                : QCoreApplication::translate("Migration", "Wave %1 (non-production)")
                      .arg(wave.order);
        wave.score = blocks[size_t(waveBlocks[k].front())].score;
        for (int bi : waveBlocks[k]) {
            const Block &b = blocks[size_t(bi)];
            const QString reason = reasonFor(b);
            if (wave.reason.isEmpty()) {
                wave.reason = reason;
            }
            for (int g : b.groups) {
                wave.groups << groups[size_t(g)].label;
                for (int i : groups[size_t(g)].workloads) {
                    wave.items.push_back({ws[size_t(i)].id, choices[size_t(i)].strategy,
                                          choices[size_t(i)].reason, reason});
                }
            }
        }
        plan.waves.push_back(std::move(wave));
    }
    return plan;
}

} // namespace boussole::migration
