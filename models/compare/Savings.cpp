#include "models/compare/Savings.h"

#include "models/costs/CostData.h"

namespace boussole::compare {

std::optional<Savings> savingsAgainstBills(const Comparison &comparison, const CostData &bills,
                                           const catalog::Catalog &catalog)
{
    const std::map<QString, CurrencyAmounts> today = bills.monthlyByWorkload(CostBasis::Effective);
    Savings savings;
    savings.providers.resize(std::size_t(comparison.providers.size()));
    for (qsizetype p = 0; p < comparison.providers.size(); ++p) {
        savings.providers[std::size_t(p)].provider = comparison.providers[p];
    }
    for (const WorkloadResult &result : comparison.workloads) {
        const auto found = today.find(result.workloadId);
        if (found == today.end()) {
            continue;
        }
        ++savings.workloads;
        for (const auto &[currency, amount] : found->second) {
            if (const std::optional<Money> eur =
                    catalog.convert(amount, currency, QStringLiteral("EUR"))) {
                savings.todayEur += *eur;
            } else {
                savings.todayIncomplete = true;
            }
        }
        for (std::size_t p = 0; p < result.matches.size(); ++p) {
            const Match &m = result.matches[p];
            ProviderSaving &s = savings.providers[p];
            if (!m.matched || m.incomplete()) {
                s.incomplete = true;
            }
            if (m.matched) {
                s.monthly += m.monthly();
            }
        }
    }
    if (savings.workloads == 0) {
        return std::nullopt;
    }
    for (ProviderSaving &s : savings.providers) {
        s.saving = savings.todayEur - s.monthly;
    }
    return savings;
}

} // namespace boussole::compare
