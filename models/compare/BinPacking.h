#pragma once

// Bin-packing of Kubernetes pods onto a node pool of one instance type.
//
// A node does not give all its capacity to pods: the kubelet, the container runtime and the
// system keep a share. Boussole reserves, like the managed services publish for their nodes:
// - CPU: 6 % of the first core, 1 % of the second, 0.5 % of the next two, 0.25 % above four;
// - memory: 25 % of the first 4 GiB, 20 % of the next 4, 10 % of the next 8, 6 % of the next 112,
//   2 % above 128 GiB, plus 100 MiB kept free for eviction.
// Pods are then placed first-fit decreasing (largest share of a node first), each replica on the
// first node with room for both its CPU and memory requests.

#include <optional>
#include <vector>

namespace boussole::compare {

struct NodeCapacity {
    double vcpu = 0;
    double memoryGib = 0;
};

// What pods may use on a node of that size.
NodeCapacity allocatable(double vcpu, double memoryGib);

struct PodGroup {
    double vcpu = 0;      // requests of one pod
    double memoryGib = 0; // of one pod
    int replicas = 1;
};

// The number of nodes of capacity `node` the pods need (at least minimumNodes); nullopt when one
// pod does not fit an empty node.
std::optional<int> packNodes(const std::vector<PodGroup> &pods, NodeCapacity node,
                             int minimumNodes = 1);

// The general first-fit decreasing both packings use: `order` is the sequence in which items are
// placed (largest first, decided by the caller); each item goes to the first bin, in opening
// order, with room for its CPU and memory, else opens a new bin. Returns the bin of each item
// (indexes into `items`, in the bins' opening order); items must fit an empty bin (callers check).
std::vector<int> firstFit(const std::vector<NodeCapacity> &items, const std::vector<size_t> &order,
                          NodeCapacity bin, int *binCount = nullptr);

} // namespace boussole::compare
