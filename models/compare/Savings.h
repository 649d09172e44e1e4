#pragma once

// Today's spend from the bills against the comparison, like for like: only the workloads the
// bills' lines are linked to (WorkloadLinker), today's amortised monthly average of each
// converted to EUR with the catalog's dated rates, against each provider's monthly cost of those
// same workloads. Bill lines linked to no workload (fees, taxes, unmatched services) are left out
// of both sides and counted apart.

#include "models/catalog/Catalog.h"
#include "models/compare/Comparison.h"
#include "models/domain/Money.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace boussole {

class CostData;

namespace compare {

struct ProviderSaving {
    QString provider;
    Money monthly;           // the provider's cost of the covered workloads (priced parts)
    bool incomplete = false; // one of them is unmatched or incompletely priced there
    Money saving;            // today − monthly (negative: dearer)
};

struct Savings {
    int workloads = 0;                     // compared workloads the bills describe
    Money todayEur;                        // their amortised monthly cost today, in EUR
    bool todayIncomplete = false;          // a currency had no rate to EUR
    std::vector<ProviderSaving> providers; // in Comparison::providers order
};

// nullopt when no compared workload has bill lines.
std::optional<Savings> savingsAgainstBills(const Comparison &comparison, const CostData &bills,
                                           const catalog::Catalog &catalog);

} // namespace compare
} // namespace boussole
