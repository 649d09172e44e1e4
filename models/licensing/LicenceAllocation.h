#pragma once

// Gives each workload's licence needs, on one destination provider, either the customer's own
// licences (BYOL) or the provider's licence-included price, and consumes the entitlements used.
//
// Rules, in order, for each product a workload needs (licencesNeeded()):
// 1. The entitlements that cover the product (LicenceEntitlement::covers), in the order the user
//    entered them, are tried one by one. licenceLine() decides whether the provider's rules let
//    that entitlement come (Software Assurance in force on the comparison date, Listed Providers,
//    dedicated hosts, Oracle's authorized clouds). When they do and enough of its quantity is
//    left, the licence costs 0 in the cloud line, the note names the entitlement, and its
//    quantity is consumed: core licences counted by the rule (vCPU, at least the rule's minimum
//    per VM) for Windows Server and SQL Server, processor licences for Oracle, one subscription
//    per VM for RHEL [U: Red Hat Cloud Access units vary by subscription]. One workload's need
//    is covered by one entitlement; it is not split across several.
// 2. Otherwise the provider's licence-included price when licensing.yaml has one; else the
//    licence is missing and the result incomplete, never 0. The note says why no entitlement
//    served (none entered, rules forbid it here, not enough left).
// A pool is per destination: each provider of a comparison is an alternative for the whole
// estate, so each starts from the full entitlements.

#include "models/licensing/Entitlements.h"
#include "models/licensing/Licensing.h"

#include <QDate>
#include <QHash>

#include <vector>

namespace boussole::licensing {

class EntitlementPool {
public:
    EntitlementPool() = default;
    explicit EntitlementPool(std::vector<LicenceEntitlement> entitlements);

    int remaining(const QString &entitlementId) const { return m_remaining.value(entitlementId); }
    const std::vector<LicenceEntitlement> &entitlements() const { return m_entitlements; }

    struct Allocation {
        LicenceLine line;      // as licenceLine() gives it, with the explanation completed
        QString entitlementId; // the entitlement used when line.mode == Mode::Byol
        int consumed = 0;      // its quantity used by this workload
    };

    // One product of one workload on `provider`; consumes the entitlement it uses.
    Allocation allocate(const Rules &rules, Product product, const QString &provider, double vcpu,
                        double hoursPerMonth, bool dedicatedHost, const QDate &date);

private:
    std::vector<LicenceEntitlement> m_entitlements;
    QHash<QString, int> m_remaining; // by entitlement id
};

} // namespace boussole::licensing
