#pragma once

#include "models/domain/Workload.h"

#include <QCoreApplication>

#include <vector>

namespace boussole {

// Two records, from two different imports, that may describe the same machine (RVTools and the
// CMDB, a Terraform state and an EC2 export…). The user confirms; once confirmed, `second` gets
// duplicateOf = first.id and totals count the machine once.
struct DuplicateCandidate {
    Workload first;  // the record that keeps counting (imported first)
    Workload second; // the record that would be marked as its duplicate
    enum class Reason { SameIdentifier, SameName } reason = Reason::SameName;

    QString reasonText() const;
};

// Pairs of workloads from different imports with the same natural key (VM UUID, instance ID,
// resource address) or, failing that, the same host name (case-insensitive, domain removed).
// Records already marked as duplicates, hand-entered ones and containers (which run on machines
// rather than being machines) are left out. Deterministic: ordered by the first record's position.
std::vector<DuplicateCandidate> findDuplicateCandidates(const std::vector<Workload> &workloads);

} // namespace boussole
