#pragma once

#include "models/importers/Importer.h"

#include <QStringView>

#include <optional>

namespace boussole {

// Kubernetes manifests: multi-document YAML as written by hand or rendered by Helm / Kustomize,
// and `kubectl get … -o yaml` output (kind: List, or FooList, with items). Read through
// YamlReader, within its byte, node and depth limits.
//
// One workload (kind "container") per Deployment, StatefulSet, DaemonSet, ReplicaSet,
// ReplicationController, Job, CronJob and bare Pod; one workload (kind "storage") per
// PersistentVolumeClaim. Sizes are totals for the controller:
// - replicas: spec.replicas (Kubernetes' default 1); Job and CronJob: the job's parallelism
//   (default 1); DaemonSet: 1, with a warning, since it runs one pod on every node and the node
//   count is not in the manifest. With replicas 0 the workload is "off" and sized for one replica,
//   like a stopped VM keeps its size.
// - per pod, for CPU, memory and GPUs: the sum over app containers (and native sidecars, init
//   containers with restartPolicy Always) of the request, else the limit (Kubernetes sets the
//   request to the limit when only the limit is given; a warning counts those containers); then
//   the larger of that and the largest plain init container, since init containers run one at a
//   time before the app. Pod overhead is not counted.
// - a pod whose containers state no CPU (memory) at all has an unknown CPU (memory), never 0;
//   one warning counts those workloads.
// - GPUs: nvidia.com/gpu, amd.com/gpu, gpu.intel.com/i915; the model from the node selector
//   (nvidia.com/gpu.product, cloud.google.com/gke-accelerator).
// - storage: a StatefulSet's volumeClaimTemplates × replicas. PersistentVolumeClaim objects
//   that such a template created (`TEMPLATE-STATEFULSET-N` in the same namespace) are not
//   counted twice.
// Identity: naturalKey "namespace/Kind/name" (namespace "default" when the manifest names none).
// Application: label app.kubernetes.io/part-of, else the namespace (unless "default"), else label
// app.kubernetes.io/name or app. Environment: label environment/env, else the namespace's name
// (shop-prod, staging), else the object's name. sourceLocation: "document N" and, in a list, the
// item's path ("document 1, items[3]").
// Skipped without a word: objects owned by a controller this importer counts (the ReplicaSets of
// a Deployment, the Pods of a ReplicaSet, the Jobs of a CronJob). Skipped with one summary
// warning: every other kind (Service, ConfigMap, Secret, Ingress…). HorizontalPodAutoscalers add
// tags autoscaling_min/autoscaling_max to their target.
class KubernetesImporter : public Importer {
public:
    QString formatId() const override;
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const override;
};

// A Kubernetes resource quantity in base units (cores, bytes), per the rules of
// k8s.io/apimachinery resource.Quantity: a signed decimal number, then a binary suffix (Ki Mi Gi
// Ti Pi Ei: powers of 1024), a decimal suffix (n u m "" k M G T P E: powers of 1000; "k" only in
// lower case) or a decimal exponent (e3, E-2). "500m" -> 0.5, "2Gi" -> 2147483648, "1e9" -> 1e9.
// Nothing when the text is not a quantity.
std::optional<double> parseKubernetesQuantity(QStringView text);

} // namespace boussole
