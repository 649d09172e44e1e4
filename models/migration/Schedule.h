#pragma once

// Dates of a plan. Each wave runs four phases one after the other: prepare, migrate, validate,
// decommission. Constraints (all finish-to-start):
// - one preparation team: a wave's preparation starts after the previous wave's preparation;
// - one migration team: a wave migrates after the previous wave has migrated;
// - a wave migrates only once every wave it depends on has been validated;
// - a wave moved by hand does not start before its notBefore date (a lower bound: if its
//   dependencies hold it later, it starts later and `conflict` says why).
// Durations: prepare, validate and decommission from the assumptions; migrate is the slowest
// strategy's base plus one day per Assumptions::workloadsPerMigrateDay workloads, or the wave's
// own migrateDays once resized by hand. The critical path is the chain of phases with no slack.
// Dates are whole days; `end` is exclusive (the day after the last day).

#include "models/migration/MigrationPlan.h"

#include <array>

namespace boussole::migration {

enum class Phase { Prepare, Migrate, Validate, Decommission };
inline constexpr std::array<Phase, 4> kPhases = {Phase::Prepare, Phase::Migrate, Phase::Validate,
                                                 Phase::Decommission};
QString phaseId(Phase phase);    // "prepare"…
QString phaseLabel(Phase phase); // translated

struct PhaseSpan {
    Phase phase = Phase::Prepare;
    QDate start;
    QDate end; // exclusive
    bool critical = false;
    int slackDays = 0;
};

struct WaveSchedule {
    QString waveId;
    QDate start;
    QDate end; // exclusive: the day after decommissioning ends
    std::array<PhaseSpan, 4> phases;
    QString conflict;           // translated; empty when the wave starts when asked
    QStringList dependsOnWaves; // ids of the earlier waves it waits for
};

struct Schedule {
    QDate start;
    QDate end;                       // exclusive
    std::vector<WaveSchedule> waves; // in the plan's order
    // The critical path, first phase first: (wave index, phase).
    std::vector<std::pair<int, Phase>> criticalPath;

    const WaveSchedule *wave(const QString &waveId) const;
};

int estimatedMigrateDays(const Wave &wave, const Assumptions &assumptions);
Schedule schedulePlan(const Plan &plan, const Assumptions &assumptions);

} // namespace boussole::migration
