#include "models/domain/Reconciliation.h"

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

QString shortName(const QString &name)
{
    return name.section(u'.', 0, 0).trimmed().toLower();
}

bool comparable(const Workload &w)
{
    return !w.importId.isEmpty() && w.duplicateOf.isEmpty() && w.kind != u"container";
}

} // namespace

QString DuplicateCandidate::reasonText() const
{
    return reason == Reason::SameIdentifier
               ? QCoreApplication::translate("Reconciliation", "same identifier (%1)")
                     .arg(first.naturalKey)
               : QCoreApplication::translate("Reconciliation", "same name");
}

std::vector<DuplicateCandidate> findDuplicateCandidates(const std::vector<Workload> &workloads)
{
    std::map<QString, size_t> byKey;  // natural key -> first record with it
    std::map<QString, size_t> byName; // short name -> first record with it
    std::set<std::pair<size_t, size_t>> seen;
    std::vector<DuplicateCandidate> candidates;
    for (size_t i = 0; i < workloads.size(); ++i) {
        const Workload &w = workloads[i];
        if (!comparable(w)) {
            continue;
        }
        auto consider = [&](std::map<QString, size_t> &index, const QString &key,
                            DuplicateCandidate::Reason reason) {
            if (key.isEmpty()) {
                return false;
            }
            const auto [it, inserted] = index.emplace(key, i);
            if (inserted) {
                return false;
            }
            const Workload &first = workloads[it->second];
            if (first.importId == w.importId || !seen.insert({it->second, i}).second) {
                return false;
            }
            candidates.push_back({first, w, reason});
            return true;
        };
        if (!consider(byKey, w.naturalKey.toLower(), DuplicateCandidate::Reason::SameIdentifier)) {
            consider(byName, shortName(w.name), DuplicateCandidate::Reason::SameName);
        }
    }
    return candidates;
}

} // namespace boussole
