#pragma once

#include "models/importers/Importer.h"

namespace boussole {

// The JSON array that `pvesh get /cluster/resources --output-format json` (or json-pretty)
// prints on a Proxmox VE node; also the API's own answer to GET /cluster/resources, the same
// array inside {"data": [...]}.
// Entries are read one at a time.
//
// One workload per "qemu" (kind "vm") and "lxc" (kind "container") entry; "node", "storage",
// "sdn" and "pool" entries are skipped. vmid is unique in a cluster: the natural key is
// "vmid:<vmid>". maxcpu gives the vCPUs, maxmem the memory and maxdisk the storage (bytes, turned
// into GiB; for a VM Proxmox reports its boot disk); disk the used storage of a container (a VM
// reports 0 without its guest agent, which stays unknown). The node becomes the cluster field,
// status the power state, template 1 a template, the ';'-separated tags bare tags (a tag such as
// "prod" also gives the environment), the pool a "pool" tag.
class ProxmoxImporter : public Importer {
public:
    QString formatId() const override;
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const override;
};

} // namespace boussole
