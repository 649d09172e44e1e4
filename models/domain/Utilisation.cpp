#include "models/domain/Utilisation.h"

#include <QRegularExpression>

#include <array>
#include <set>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr double kFull = 100.0;

// Scales every figure of one metric by factor; returns true when one went above 100 % (it is
// then capped: a VM cannot use more than it was given, so the allocation or the export is off).
bool scale(const std::array<std::optional<double> *, 4> &figures, double factor)
{
    bool capped = false;
    for (std::optional<double> *figure : figures) {
        if (*figure) {
            double percent = **figure * factor;
            if (percent > kFull) {
                percent = kFull;
                capped = true;
            }
            *figure = percent;
        }
    }
    return capped;
}

// The first workload given keeps a key.
void addFirst(QHash<QString, const Workload *> &index, const QString &key, const Workload *w)
{
    if (!key.isEmpty() && !index.contains(key)) {
        index.insert(key, w);
    }
}

void clear(const std::array<std::optional<double> *, 4> &figures)
{
    for (std::optional<double> *figure : figures) {
        figure->reset();
    }
}

} // namespace

ScaleConversion toPercentages(UtilisationRecord &record, const Workload *workload)
{
    ScaleConversion result;
    const std::array<std::optional<double> *, 4> cpu = {&record.cpuP50, &record.cpuP95,
                                                        &record.cpuP99, &record.cpuMax};
    const std::array<std::optional<double> *, 4> memory = {&record.memP50, &record.memP95,
                                                           &record.memP99, &record.memMax};
    if (record.cpuScale == CpuScale::Cores) {
        if (workload && workload->vcpu && *workload->vcpu > 0) {
            result.capped = scale(cpu, kFull / *workload->vcpu) || result.capped;
        } else {
            result.cpuDropped = record.hasCpu();
            clear(cpu);
        }
        record.cpuScale = CpuScale::Percent;
    }
    if (record.memScale == MemoryScale::Gib) {
        if (workload && workload->memoryGib && *workload->memoryGib > 0) {
            result.capped = scale(memory, kFull / *workload->memoryGib) || result.capped;
        } else {
            result.memoryDropped = record.hasMemory();
            clear(memory);
        }
        record.memScale = MemoryScale::Percent;
    }
    return result;
}

QString WorkloadMatcher::uuidIn(QStringView text)
{
    static const QRegularExpression uuid(
        u"(?<![0-9a-f])([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})"
        "(?![0-9a-f])"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch found = uuid.match(text.toString());
    if (!found.hasMatch()) {
        return {};
    }
    QString hex;
    for (int i = 1; i <= 5; ++i) {
        hex += found.capturedView(i);
    }
    return hex.toLower();
}

QString WorkloadMatcher::shortHostName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u':')) {
        return {}; // IPv6, or a "vmid:101"-like key
    }
    bool address = true;
    for (const QChar c : trimmed) {
        if (!c.isDigit() && c != u'.') {
            address = false;
            break;
        }
    }
    if (address) {
        return {};
    }
    const qsizetype dot = trimmed.indexOf(u'.');
    return (dot < 0 ? trimmed : trimmed.first(dot)).toString().toLower();
}

WorkloadMatcher::WorkloadMatcher(const std::vector<Workload> &workloads)
{
    // A UUID found in several keys is not an identity (the vCenter UUID of RVTools'
    // "vcenter/vm-id" keys): it matches nothing.
    std::set<QString> sharedUuids;
    for (const Workload &w : workloads) {
        addFirst(m_byKey, w.naturalKey.trimmed().toLower(), &w);
        if (const QString uuid = uuidIn(w.naturalKey); !uuid.isEmpty()) {
            if (m_byUuid.contains(uuid)) {
                sharedUuids.insert(uuid);
            } else {
                m_byUuid.insert(uuid, &w);
            }
        }
        addFirst(m_byName, w.name.trimmed().toLower(), &w);
        addFirst(m_byShortName, shortHostName(w.name), &w);
    }
    for (const QString &uuid : sharedUuids) {
        m_byUuid.remove(uuid);
    }
}

const Workload *WorkloadMatcher::match(const QString &ref, const QString &refUuid) const
{
    const auto find = [](const QHash<QString, const Workload *> &index,
                         const QString &key) -> const Workload * {
        return key.isEmpty() ? nullptr : index.value(key, nullptr);
    };
    for (const QString &text : {refUuid, ref}) {
        if (const Workload *w = find(m_byKey, text.trimmed().toLower())) {
            return w;
        }
    }
    for (const QString &text : {refUuid, ref}) {
        if (const Workload *w = find(m_byUuid, uuidIn(text))) {
            return w;
        }
    }
    if (const Workload *w = find(m_byName, ref.trimmed().toLower())) {
        return w;
    }
    return find(m_byShortName, shortHostName(ref));
}

} // namespace boussole
