#include "models/compare/HostPacking.h"

#include "models/compare/BinPacking.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace boussole::compare {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(HostPacking)
};

constexpr double kEps = 1e-9;

} // namespace

double dominantShare(const HostItem &item, const HostSize &size)
{
    const double cpu = size.vcpuCapacity() > 0 ? item.vcpu / size.vcpuCapacity() : 0;
    const double memory = size.memoryGib > 0 ? item.memoryGib / size.memoryGib : 0;
    return std::max(cpu, memory);
}

HostPlan planHosts(const std::vector<HostItem> &items, const HostSize &size)
{
    HostPlan plan;
    plan.hostOf.assign(items.size(), -1);
    const double cpuCapacity = size.vcpuCapacity();
    if (cpuCapacity <= 0 || size.memoryGib <= 0) {
        return plan;
    }
    std::vector<NodeCapacity> sizes;
    std::vector<size_t> fitting;
    double cpuTotal = 0;
    double memoryTotal = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        sizes.push_back({items[i].vcpu, items[i].memoryGib});
        if (items[i].vcpu > cpuCapacity + kEps || items[i].memoryGib > size.memoryGib + kEps) {
            continue;
        }
        fitting.push_back(i);
        cpuTotal += items[i].vcpu;
        memoryTotal += items[i].memoryGib;
    }
    plan.binding =
        cpuTotal / cpuCapacity > memoryTotal / size.memoryGib ? Dimension::Vcpu : Dimension::Memory;
    const bool byCpu = plan.binding == Dimension::Vcpu;
    std::stable_sort(fitting.begin(), fitting.end(), [&](size_t a, size_t b) {
        const HostItem &x = items[a];
        const HostItem &y = items[b];
        const double first = byCpu ? x.vcpu - y.vcpu : x.memoryGib - y.memoryGib;
        if (std::abs(first) > kEps) {
            return first > 0;
        }
        const double second = byCpu ? x.memoryGib - y.memoryGib : x.vcpu - y.vcpu;
        return second > kEps;
    });
    const std::vector<int> bins =
        firstFit(sizes, fitting, NodeCapacity{cpuCapacity, size.memoryGib}, &plan.hosts);
    for (const size_t i : fitting) {
        plan.hostOf[i] = bins[i];
    }
    if (plan.hosts > 0) {
        plan.vcpuFill = cpuTotal / (plan.hosts * cpuCapacity);
        plan.memoryFill = memoryTotal / (plan.hosts * size.memoryGib);
    }
    return plan;
}

std::vector<Money> allocateExactly(const Money &total, const std::vector<double> &weights)
{
    std::vector<Money> parts(weights.size());
    if (weights.empty()) {
        return parts;
    }
    // Integer weights (billionths) so the split does not depend on floating-point sums.
    std::vector<Int128> w(weights.size());
    Int128 sum = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        w[i] = Int128(std::llround(std::max(0.0, weights[i]) * 1e9));
        sum += w[i];
    }
    if (sum == 0) {
        std::fill(w.begin(), w.end(), Int128(1));
        sum = Int128(weights.size());
    }
    const bool negative = total.isNegative();
    const Int128 units = negative ? -total.units() : total.units();
    constexpr Int128 kCent = Int128(Money::kUnitsPerWhole / 100);
    const Int128 granule = units % kCent == 0 ? kCent : Int128(1);
    const Int128 granules = units / granule;
    std::vector<Int128> count(w.size());
    std::vector<Int128> remainder(w.size());
    Int128 given = 0;
    for (size_t i = 0; i < w.size(); ++i) {
        count[i] = granules * w[i] / sum;
        remainder[i] = granules * w[i] % sum;
        given += count[i];
    }
    std::vector<size_t> order(w.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return remainder[a] > remainder[b]; });
    for (Int128 left = granules - given, k = 0; left > 0; --left, ++k) {
        ++count[order[size_t(k % Int128(order.size()))]];
    }
    for (size_t i = 0; i < w.size(); ++i) {
        const Int128 value = count[i] * granule;
        parts[i] = Money::fromUnits(negative ? -value : value);
    }
    return parts;
}

QString hostSourceLabel(const QString &reference, const QString &bookName, const QDate &validUntil,
                        bool fromPriceBook, const QString &url)
{
    if (!fromPriceBook) {
        return url;
    }
    const QString until = validUntil.isValid() ? validUntil.toString(Qt::ISODate) : QString();
    if (!reference.isEmpty()) {
        const QString lower = reference.toLower();
        const QString quote = lower.startsWith(u"quote") || lower.startsWith(u"devis")
                                  ? reference
                                  : Text::tr("quote %1").arg(reference);
        return until.isEmpty() ? quote : Text::tr("%1 (valid until %2)").arg(quote, until);
    }
    return until.isEmpty() ? Text::tr("price book %1").arg(bookName)
                           : Text::tr("price book %1 (valid until %2)").arg(bookName, until);
}

QString allocationRuleText()
{
    return Text::tr("each workload pays the hosts' total in proportion to its dominant share of "
                    "one host (the larger of its vCPU and memory shares), in cents; leftover "
                    "cents go to the largest remainders, so the parts add up to hosts × price");
}

QString dimensionId(Dimension dimension)
{
    return dimension == Dimension::Vcpu ? u"vcpu"_s : u"memory"_s;
}

QJsonObject hostPoolJson(const HostPool &pool,
                         const std::function<QJsonValue(const Money &)> &encode)
{
    const auto money = [&encode](const std::optional<Money> &amount) {
        return amount ? encode(*amount) : QJsonValue(QJsonValue::Null);
    };
    const auto ratio = [](double value) { return std::round(value * 10000) / 10000; };
    QJsonObject o;
    o.insert(u"provider"_s, pool.provider);
    o.insert(u"offer"_s, pool.offerId);
    o.insert(u"region"_s, pool.region);
    o.insert(u"count"_s, pool.count);
    o.insert(u"host_vcpu"_s, pool.size.vcpu);
    o.insert(u"host_memory_gib"_s, pool.size.memoryGib);
    o.insert(u"overcommit"_s, pool.size.overcommit);
    o.insert(u"binding"_s, dimensionId(pool.plan.binding));
    o.insert(u"vcpu_fill"_s, ratio(pool.plan.vcpuFill));
    o.insert(u"memory_fill"_s, ratio(pool.plan.memoryFill));
    o.insert(u"price_per_host"_s, money(pool.pricePerHost));
    o.insert(u"monthly_eur"_s, money(pool.monthly));
    o.insert(u"currency"_s, u"EUR"_s);
    o.insert(u"source"_s, pool.source);
    o.insert(u"source_url"_s, pool.sourceUrl);
    o.insert(u"date"_s, pool.sourceDate.toString(Qt::ISODate));
    o.insert(u"valid_until"_s, pool.validUntil.isValid()
                                   ? QJsonValue(pool.validUntil.toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null));
    o.insert(u"expired"_s, pool.expired);
    o.insert(u"from_quote"_s, pool.fromQuote);
    o.insert(u"verified"_s, pool.verified);
    o.insert(u"incomplete"_s, pool.incomplete());
    o.insert(u"note"_s, pool.note);
    o.insert(u"allocation"_s, allocationRuleText());
    QJsonArray assignment;
    for (size_t h = 0; h < pool.workloadIds.size(); ++h) {
        QJsonObject host;
        host.insert(u"host"_s, int(h) + 1);
        host.insert(u"workloads"_s, QJsonArray::fromStringList(pool.workloadIds[h]));
        host.insert(u"names"_s, QJsonArray::fromStringList(pool.workloadNames[h]));
        assignment.append(host);
    }
    o.insert(u"assignment"_s, assignment);
    o.insert(u"unplaced"_s, QJsonArray::fromStringList(pool.unplaced));
    return o;
}

QString hostPoolSummary(const HostPool &pool, const QLocale &locale)
{
    const QString cost = pool.monthly
                             ? Text::tr("%1 a month").arg(pool.monthly->format(locale, u"EUR"))
                         : pool.expired ? Text::tr("price of an expired quote, not used")
                                        : Text::tr("no price per host");
    QString line = Text::tr("%n dedicated host(s) %1 at %2 (%3): vCPU %4 % (overcommit %5), "
                            "memory %6 %, %7, %8",
                            nullptr, pool.count)
                       .arg(pool.offerId, pool.provider, pool.region,
                            locale.toString(pool.plan.vcpuFill * 100, 'f', 0),
                            locale.toString(pool.size.overcommit),
                            locale.toString(pool.plan.memoryFill * 100, 'f', 0), cost,
                            pool.source.isEmpty() ? Text::tr("no source") : pool.source);
    if (pool.expired) {
        line += u' ' + Text::tr("(EXPIRED quote)");
    }
    return line;
}

} // namespace boussole::compare
