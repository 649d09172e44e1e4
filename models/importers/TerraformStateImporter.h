#pragma once

#include "models/importers/Importer.h"
#include "models/importers/InstanceTypes.h"

#include <memory>

namespace boussole {

// A Terraform state, format version 4 (Terraform 0.12 and later; `terraform state pull`, or the
// terraform.tfstate file of a local backend). The state is streamed: `resources` is read one
// resource at a time and each instance materialised on its own, so a 50 MB state imports in flat
// memory.
//
// One workload per managed resource instance of a supported type:
//   aws_instance, azurerm_linux_virtual_machine, azurerm_windows_virtual_machine,
//   google_compute_instance                          -> kind "vm"
//   aws_db_instance                                  -> kind "database" (instance class without
//                                                       "db.", OS edition = engine + version)
//   aws_eks_node_group, azurerm_kubernetes_cluster (its default node pool),
//   azurerm_kubernetes_cluster_node_pool,
//   google_container_node_pool                       -> kind "kubernetes-node": ONE workload per
//       node pool whose sizes are the pool's totals (nodes × per-node shape; GKE counts nodes per
//       zone of node_locations); the node count and the instance type are kept in the tags
//       "node_count" and "instance_type" (unless the resource's own tags use those keys), so that
//       sizing can still match one offer per node.
//   aws_ebs_volume, azurerm_managed_disk, google_compute_disk -> kind "storage"
// vCPU, memory and GPUs come from the InstanceTypes table; an unknown type is a warning naming it
// and the sizes stay unknown. The natural key is the resource address
// (`module.app.aws_instance.web[0]`, `aws_instance.db["primary"]`), the source location its JSON
// path (`resources[3].instances[0]`). Environment and application come from the tags (`tags_all`
// when present, so provider default tags count; GCP labels), else the environment from the name
// or the module path and the application from the outermost module name. Data sources are
// ignored; other managed types are summed up in one warning; deposed objects are skipped with a
// warning.
class TerraformStateImporter : public Importer {
public:
    // types: the instance-type table; empty means InstanceTypes::embedded().
    explicit TerraformStateImporter(std::shared_ptr<const InstanceTypes> types = {});

    QString formatId() const override;
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const override;

    // The resource types that become workloads.
    static QStringList supportedTypes();

private:
    std::shared_ptr<const InstanceTypes> m_types;
};

} // namespace boussole
