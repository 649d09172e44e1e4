#include "models/licensing/LicenceAllocation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace boussole::licensing {

EntitlementPool::EntitlementPool(std::vector<LicenceEntitlement> entitlements)
    : m_entitlements(std::move(entitlements))
{
    for (const LicenceEntitlement &e : m_entitlements) {
        m_remaining.insert(e.id, e.quantity);
    }
}

EntitlementPool::Allocation EntitlementPool::allocate(const Rules &rules, Product product,
                                                      const QString &provider, double vcpu,
                                                      double hoursPerMonth, bool dedicatedHost,
                                                      const QDate &date)
{
    Allocation result;
    QStringList refused; // why entitlements covering the product did not serve
    for (const LicenceEntitlement &owned : m_entitlements) {
        if (!owned.covers(product)) {
            continue;
        }
        Entitlement e;
        const bool assured = owned.assuranceActiveOn(date);
        e.softwareAssurance = assured;
        e.subscription = owned.family == Family::Rhel && assured;
        e.perpetualBefore2019_10_01 = owned.boughtBefore2019_10_01;
        e.oracleLicences = owned.family == Family::OracleDatabase;
        e.cores = m_remaining.value(owned.id);
        LicenceLine line =
            licenceLine(rules, Request(product, provider, vcpu, hoursPerMonth, dedicatedHost, e));
        if (line.mode == Mode::Risk) {
            result.line = std::move(line); // cannot be sized at all: no licence helps
            return result;
        }
        if (line.mode != Mode::Byol) {
            refused << QCoreApplication::translate("Licensing", "%1: not allowed here")
                           .arg(owned.describe());
            continue;
        }
        const int needed = owned.family == Family::Rhel ? 1 : line.licencesCounted;
        const int left = m_remaining.value(owned.id);
        if (needed > left) {
            refused << QCoreApplication::translate("Licensing", "%1: %2 left, %3 needed")
                           .arg(owned.describe())
                           .arg(left)
                           .arg(needed);
            continue;
        }
        m_remaining[owned.id] = left - needed;
        if (owned.family == Family::Rhel) {
            // Cloud Access counts subscriptions, not the cores licenceLine() speaks of.
            const ByolRule *rule = rules.byolRule(product, provider);
            line.licencesCounted = needed;
            line.explanation = QCoreApplication::translate(
                                   "Licensing", "%1 brought by the customer (%2); one subscription "
                                                "for this VM")
                                   .arg(productLabel(product), rule ? rule->rule : QString());
        }
        line.explanation += u"; "_s + QCoreApplication::translate(
                                          "Licensing", "entitlement used: %1; %2 used, %3 left")
                                          .arg(owned.describe())
                                          .arg(needed)
                                          .arg(left - needed);
        result.line = std::move(line);
        result.entitlementId = owned.id;
        result.consumed = needed;
        return result;
    }
    result.line =
        licenceLine(rules, Request(product, provider, vcpu, hoursPerMonth, dedicatedHost));
    if (!refused.isEmpty()) {
        result.line.explanation +=
            u"; "_s + QCoreApplication::translate("Licensing", "entitlements not used: %1")
                          .arg(refused.join(u"; "_s));
    }
    return result;
}

} // namespace boussole::licensing
