#include "models/compare/BinPacking.h"

#include <algorithm>
#include <array>
#include <utility>

namespace boussole::compare {

namespace {

// Sum over tiers {size, rate} of the part of `amount` within each tier × its rate; the last tier
// is open-ended.
template <size_t N>
double tiered(double amount, const std::array<std::pair<double, double>, N> &tiers)
{
    double reserved = 0;
    double left = amount;
    for (size_t i = 0; i < N && left > 0; ++i) {
        const double part = i + 1 == N ? left : std::min(left, tiers[i].first);
        reserved += part * tiers[i].second;
        left -= part;
    }
    return reserved;
}

constexpr double kEps = 1e-9;

} // namespace

NodeCapacity allocatable(double vcpu, double memoryGib)
{
    static constexpr std::array<std::pair<double, double>, 4> cpuTiers = {
        {{1, 0.06}, {1, 0.01}, {2, 0.005}, {0, 0.0025}}};
    static constexpr std::array<std::pair<double, double>, 5> memoryTiers = {
        {{4, 0.25}, {4, 0.20}, {8, 0.10}, {112, 0.06}, {0, 0.02}}};
    NodeCapacity capacity;
    capacity.vcpu = std::max(0.0, vcpu - tiered(vcpu, cpuTiers));
    capacity.memoryGib = std::max(0.0, memoryGib - tiered(memoryGib, memoryTiers) - 100.0 / 1024);
    return capacity;
}

std::optional<int> packNodes(const std::vector<PodGroup> &pods, NodeCapacity node, int minimumNodes)
{
    if (node.vcpu <= 0 || node.memoryGib <= 0) {
        return std::nullopt;
    }
    std::vector<PodGroup> order;
    order.reserve(pods.size());
    for (const PodGroup &pod : pods) {
        if (pod.replicas <= 0) {
            continue;
        }
        if (pod.vcpu > node.vcpu + kEps || pod.memoryGib > node.memoryGib + kEps) {
            return std::nullopt;
        }
        order.push_back(pod);
    }
    auto share = [&](const PodGroup &pod) {
        return std::max(pod.vcpu / node.vcpu, pod.memoryGib / node.memoryGib);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const PodGroup &a, const PodGroup &b) { return share(a) > share(b); });
    std::vector<NodeCapacity> items;
    for (const PodGroup &pod : order) {
        for (int r = 0; r < pod.replicas; ++r) {
            items.push_back({pod.vcpu, pod.memoryGib});
        }
    }
    std::vector<size_t> sequence(items.size());
    for (size_t i = 0; i < sequence.size(); ++i) {
        sequence[i] = i;
    }
    int nodes = 0;
    firstFit(items, sequence, node, &nodes);
    return std::max(nodes, minimumNodes);
}

std::vector<int> firstFit(const std::vector<NodeCapacity> &items, const std::vector<size_t> &order,
                          NodeCapacity bin, int *binCount)
{
    std::vector<int> binOf(items.size(), -1);
    std::vector<NodeCapacity> free;
    for (const size_t i : order) {
        const NodeCapacity &item = items[i];
        auto it = std::find_if(free.begin(), free.end(), [&](const NodeCapacity &n) {
            return n.vcpu + kEps >= item.vcpu && n.memoryGib + kEps >= item.memoryGib;
        });
        if (it == free.end()) {
            free.push_back(bin);
            it = free.end() - 1;
        }
        it->vcpu -= item.vcpu;
        it->memoryGib -= item.memoryGib;
        binOf[i] = int(it - free.begin());
    }
    if (binCount) {
        *binCount = int(free.size());
    }
    return binOf;
}

} // namespace boussole::compare
