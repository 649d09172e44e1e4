#include "models/costs/WorkloadLinker.h"

namespace boussole {

QString WorkloadLinker::lastSegment(const QString &id)
{
    QString trimmed = id;
    while (trimmed.endsWith(u'/')) {
        trimmed.chop(1);
    }
    const qsizetype cut = std::max(trimmed.lastIndexOf(u'/'), trimmed.lastIndexOf(u':'));
    return cut >= 0 ? trimmed.mid(cut + 1) : trimmed;
}

WorkloadLinker::WorkloadLinker(const std::vector<Workload> &workloads)
{
    for (int i = 0; i < int(workloads.size()); ++i) {
        const Workload &w = workloads[std::size_t(i)];
        if (!w.duplicateOf.isEmpty()) {
            continue;
        }
        for (const QString &key : {w.cloudId, w.naturalKey}) {
            if (key.isEmpty()) {
                continue;
            }
            m_keys.insert(key.toLower(), i);
            const QString segment = lastSegment(key).toLower();
            if (!segment.isEmpty() && !m_segments.contains(segment)) {
                m_segments.insert(segment, i);
            }
        }
        const QString name = w.name.toLower();
        if (!name.isEmpty()) {
            m_names.insert(name, m_names.contains(name) ? -1 : i);
        }
    }
}

int WorkloadLinker::find(const QString &resourceId, const QString &resourceName) const
{
    if (resourceId.isEmpty() && resourceName.isEmpty()) {
        return -1;
    }
    const QString id = resourceId.toLower();
    if (const auto it = m_keys.constFind(id); it != m_keys.cend()) {
        return *it;
    }
    const QString segment = lastSegment(id);
    if (const auto it = m_segments.constFind(segment); it != m_segments.cend()) {
        return *it;
    }
    for (const QString &name : {segment, resourceName.toLower()}) {
        if (const auto it = m_names.constFind(name); !name.isEmpty() && it != m_names.cend()) {
            return *it; // -1 when ambiguous
        }
    }
    return -1;
}

} // namespace boussole
