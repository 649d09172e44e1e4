#include "models/domain/EstateSummary.h"

#include <set>

namespace boussole {

EstateSummary EstateSummary::of(const std::vector<Workload> &workloads)
{
    EstateSummary summary;
    std::set<QString> applications;
    for (const Workload &w : workloads) {
        if (!w.duplicateOf.isEmpty()) {
            // The same machine seen by a second source: counted once, under its first record.
            ++summary.duplicates;
            continue;
        }
        ++summary.workloads;
        const QString state = w.powerState.toLower();
        if (w.isTemplate) {
            ++summary.templates;
        } else if (state == u"poweredoff" || state == u"off" || state == u"stopped") {
            ++summary.poweredOff;
        } else if (w.kind == u"container") {
            // Containers run on nodes or hosts the estate already counts: their requests are
            // shown apart so capacity is not counted twice.
            ++summary.running;
            summary.containerVcpu += w.vcpu.value_or(0);
            summary.containerMemoryGib += w.memoryGib.value_or(0);
        } else {
            ++summary.running;
            summary.vcpu += w.vcpu.value_or(0);
            summary.memoryGib += w.memoryGib.value_or(0);
            if (!w.vcpu || !w.memoryGib) {
                ++summary.unknownSize;
            }
            summary.gpus += w.gpuCount;
        }
        // Disks of stopped machines and templates still occupy storage and are billed.
        summary.storageGib += w.storageGib.value_or(0);
        ++summary.byEnvironment[w.environment];
        ++summary.byKind[w.kind];
        ++summary.byDataClass[w.dataClass];
        if (!w.application.isEmpty()) {
            applications.insert(w.application);
        }
    }
    for (const QString &application : applications) {
        summary.applications << application;
    }
    return summary;
}

} // namespace boussole
