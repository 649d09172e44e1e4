#pragma once

// Migration planning: what happens to each workload (strategy), what it needs (dependencies), in
// which wave it moves and when (schedule). Plain data and pure functions; storage is in
// PlanStore.h, the wave rules in WavePlanner.h, dates in Schedule.h, money in CostCurve.h.

#include "models/domain/Workload.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace boussole::migration {

// The "6 R" strategies.
enum class Strategy { Rehost, Replatform, Refactor, Repurchase, Retire, Retain };
inline constexpr Strategy kAllStrategies[] = {Strategy::Rehost,   Strategy::Replatform,
                                              Strategy::Refactor, Strategy::Repurchase,
                                              Strategy::Retire,   Strategy::Retain};
QString strategyId(Strategy strategy); // "rehost"… (stored, CLI)
std::optional<Strategy> strategyFromId(const QString &id);
QString strategyLabel(Strategy strategy); // translated
// Retired and retained workloads stay out of the waves.
bool strategyMoves(Strategy strategy);

struct StrategyChoice {
    Strategy strategy = Strategy::Rehost;
    QString reason;          // translated, why this strategy
    bool overridden = false; // chosen by hand
};

// The strategy the workload's own data suggests, with the reason. Rules, first match wins:
// template → retain (a template is not a running workload); powered off → retire; managed
// database → replatform; container or Kubernetes node → replatform; storage → rehost (data moves
// as is); anything else → rehost.
StrategyChoice inferStrategy(const Workload &workload);

// Progress of one workload through its wave.
enum class Progress { Planned, Migrating, Validated, Decommissioned };
QString progressId(Progress progress);
std::optional<Progress> progressFromId(const QString &id);
QString progressLabel(Progress progress); // translated

// `from` needs `to`: `to` moves in the same wave as `from` or an earlier one.
struct Dependency {
    QString from;   // workload id
    QString to;     // workload id
    QString source; // "manual", "compose", "terraform", "volume"
    bool operator==(const Dependency &) const = default;
};

// Dependencies the stored workloads carry:
// - Compose services: tag depends_on (service names of the same compose project);
// - Compose volumes: tag used_by (the services that mount the volume depend on it);
// - Terraform resources: tag depends_on (resource addresses, from the state's "dependencies").
// Kubernetes workloads carry no service-to-workload link in storage; they share their namespace
// as their application, so the per-application grouping already moves them together.
// Sorted by (from, to); no self links; no duplicates.
std::vector<Dependency> inferDependencies(const std::vector<Workload> &workloads);

// The per-project assumptions of the planner and the schedule (editable).
struct Assumptions {
    int waveCap = 25;          // workloads per wave (a bigger application environment gets a
                               // wave of its own)
    int protectedWaves = 1;    // critical or complex applications not in the first N waves
    int complexWorkloads = 10; // an application environment this big counts as complex
    int prepareDays = 10;
    int validateDays = 10;
    int decommissionDays = 15;
    // Migration days per wave: the slowest strategy's base plus a share per workload.
    std::map<Strategy, int> migrateBaseDays = {{Strategy::Rehost, 5},    {Strategy::Replatform, 10},
                                               {Strategy::Refactor, 30}, {Strategy::Repurchase, 20},
                                               {Strategy::Retire, 0},    {Strategy::Retain, 0}};
    int workloadsPerMigrateDay = 4;

    QString toJson() const;
    static Assumptions fromJson(const QString &json); // defaults for missing keys
};

struct Placement {
    QString workloadId;
    Strategy strategy = Strategy::Rehost;
    QString strategyReason;
    QString reason; // translated: why this wave
};

struct Wave {
    QString id; // stable: derived from the plan and the wave's order
    QString name;
    int order = 0; // 1-based
    bool production = false;
    int score = 0; // priority score of its first group, 0–100
    QString reason;
    std::vector<Placement> items;
    QStringList groups; // "application / environment" moved in this wave
    // Set by hand (moving or resizing the wave on the timeline): the wave does not start before
    // notBefore; migrateDays replaces the estimate when > 0.
    QDate notBefore;
    int migrateDays = 0;
};

// A workload outside the waves (retired, retained, template, duplicate), with why.
struct Excluded {
    QString workloadId;
    Strategy strategy = Strategy::Retain;
    QString reason;
};

struct Milestone {
    QString id;
    QString name;
    QDate date;
    QString kind;   // "commitment" (from bills) or "contract" (entered by hand)
    QString source; // commitment id, or a note
};

struct Plan {
    QString id;
    QDate start;
    std::vector<Wave> waves;
    std::vector<Excluded> excluded;
    std::vector<Milestone> milestones;
    std::vector<Dependency> dependencies; // those the plan used
    QStringList warnings;                 // translated: rules that had to give way

    const Wave *waveOf(const QString &workloadId) const;
};

} // namespace boussole::migration
