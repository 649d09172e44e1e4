#pragma once

#include "models/importers/Importer.h"

namespace boussole {

// RVTools exports of a vSphere estate: the .xlsx workbook (sheet vInfo, one row per VM; vPartition
// when present), or the vInfo tab exported as CSV (RVTools' -c ExportvInfo2csv, often named
// "RVTools_tabvInfo.csv", comma or semicolon separated).
//
// Headers are matched case-insensitively, in their RVTools 4.x ("Provisioned MiB") and 3.x
// ("Provisioned MB") spellings. RVTools computes every size as bytes / 1024², whatever the
// header says: "MB" columns hold MiB too, and both are read as MiB.
//
// - vcpu from "CPUs", memory from "Memory", provisioned storage from "Provisioned MiB" (else
//   "Total disk capacity MiB"); used storage is the sum of the guest partitions' "Consumed MiB"
//   in vPartition when the VM has any there, else vInfo's "In Use MiB".
// - naturalKey: "VM UUID", else "SMBIOS UUID", else the vCenter's "VI SDK UUID" with the VM's
//   "VM ID" (the vCenter UUID alone is the same for every VM), else the name; lowercase.
// - power state, template, OS (the VMware Tools' view when known, else the configuration
//   file's), site (Datacenter), cluster; host, folder, resource pool, vCenter and annotation
//   become tags, as do vCenter custom attributes (the columns RVTools puts between "Annotation"
//   and "Datacenter"). A custom attribute named like a workload field ("Environment",
//   "Application", "Criticité"…) also fills that field.
// - the environment comes from such an attribute, else from the naming conventions of the
//   folder, the resource pool, the VM name and the annotation, in that order.
// - templates and powered-off VMs are kept; SRM placeholders (shadows of VMs protected at
//   another site) are skipped with a warning, since the protected VM is the workload.
//
// Errors name the cell ("export.xlsx: vInfo!F7: expected a number of vCPUs, found \"abc\"") or,
// for CSV, the line and column; sourceLocation is "vInfo!row N" or "line N".
class RvToolsImporter : public Importer {
public:
    QString formatId() const override;
    QString displayName() const override;
    // A CSV whose header has "VM", "Powerstate" and "CPUs" or "Memory": 95 (98 when the file
    // name says vInfo), above the generic CSV importer. A zip named *.xlsx: 50 (70 when the
    // name says RVTools); read() then requires a vInfo sheet.
    int sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const override;
};

} // namespace boussole
