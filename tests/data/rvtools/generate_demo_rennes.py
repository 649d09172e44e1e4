#!/usr/bin/env python3
"""Writes resources/demo/rvtools-rennes-pra.xlsx: the RVTools 4.6 export of the demo insurer's
Rennes site (disaster-recovery replicas, backup repository, second domain controller), built with
the SpreadsheetML writer of generate.py. Fictional data. Deterministic: rerunning gives the same
file."""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate as g  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "resources", "demo", "rvtools-rennes-pra.xlsx")

CUSTOM = ["Application", "Criticité", "Données", "Environment", "Owner"]
VINFO = [h for h in g.VINFO_4X if h not in g.CUSTOM_ATTRIBUTES_4X]
VINFO = VINFO[:VINFO.index("Datacenter")] + CUSTOM + VINFO[VINFO.index("Datacenter"):]

MIB = 1024


def vm(name, cpus, mem_gib, disk_gib, used_gib, os_name, app, crit, data, folder, index,
       state="poweredOn", template="False", env="Production"):
    return {
        "VM": name, "Powerstate": state, "Template": template, "SRM Placeholder": "False",
        "DNS Name": name + ".mqv.local", "Guest state": "running" if state == "poweredOn" else "notRunning",
        "PowerOn": datetime.datetime(2026, 10, 4, 6, 12, index % 60) if state == "poweredOn" else None,
        "Creation date": datetime.datetime(2021, 3, 1 + index % 27, 10, 0, 0),
        "CPUs": cpus, "Memory": mem_gib * MIB, "NICs": 2, "Disks": 2,
        "Total disk capacity MiB": disk_gib * MIB, "Primary IP Address": "10.60.%d.%d" % (index // 50, 10 + index),
        "Network #1": "VLAN210-PRA", "Resource pool": "PRA", "Folder": folder,
        "Provisioned MiB": disk_gib * MIB + mem_gib * MIB, "In Use MiB": int(used_gib * MIB),
        "Unshared MiB": int(used_gib * MIB), "Annotation": "Site de secours de Rennes",
        "Application": app, "Criticité": crit, "Données": data, "Environment": env,
        "Owner": "equipe-infra", "Datacenter": "DC Rennes", "Cluster": "CL-PRA-01",
        "Host": "esx-rns-%02d.mqv.local" % (1 + index % 4),
        "OS according to the configuration file": os_name,
        "OS according to the VMware Tools": os_name if state == "poweredOn" else "",
        "VM ID": "vm-%d" % (4100 + index), "SMBIOS UUID": "4230b7c1-7d0e-3f1a-8b2c-%012x" % (0xA100 + index),
        "VM UUID": "5030a1b2-c3d4-e5f6-0718-%012x" % (0xB200 + index),
        "_partitions": [("/", min(disk_gib, 50) * MIB, int(min(used_gib, 40) * MIB))],
    }


WIN22 = "Microsoft Windows Server 2022 (64-bit)"
WIN19 = "Microsoft Windows Server 2019 (64-bit)"
RHEL8 = "Red Hat Enterprise Linux 8 (64-bit)"
RHEL9 = "Red Hat Enterprise Linux 9 (64-bit)"
UBU = "Ubuntu Linux (64-bit)"
DEB = "Debian GNU/Linux 12 (64-bit)"

VMS = [
    vm("gesco-sql-prd-02", 16, 128, 2048, 1437.5, WIN19, "Gestion des contrats", "critique", "personnelles", "PRA/Bases", 0),
    vm("rembo-pg-prd-02", 8, 64, 1536, 1088.2, RHEL8, "Remboursements santé", "critique", "santé", "PRA/Bases", 1),
    vm("ad-dc-02", 2, 8, 80, 38.5, WIN22, "Annuaire Active Directory", "critique", "identité", "PRA/Infra", 2),
    vm("keycloak-prd-02", 4, 8, 60, 22.4, RHEL9, "Authentification adhérents", "critique", "identité", "PRA/Digital", 3),
    vm("proxy-dmz-prd-02", 2, 4, 40, 12.8, DEB, "Frontaux DMZ", "haute", "internes", "PRA/DMZ", 4),
    vm("veeam-repo-prd-01", 4, 16, 40960, 28115.3, UBU, "Sauvegarde", "haute", "santé", "PRA/Sauvegarde", 5),
    vm("veeam-proxy-rns-01", 4, 8, 100, 31.0, WIN22, "Sauvegarde", "haute", "internes", "PRA/Sauvegarde", 6),
    vm("rembo-app-pra-01", 8, 32, 120, 60.1, RHEL8, "Remboursements santé", "critique", "santé", "PRA/Applications", 7, state="poweredOff"),
    vm("gesco-app-pra-01", 8, 32, 150, 97.0, WIN19, "Gestion des contrats", "critique", "personnelles", "PRA/Applications", 8, state="poweredOff"),
    vm("portail-web-pra-01", 4, 8, 80, 50.0, RHEL9, "Portail adhérents", "haute", "personnelles", "PRA/Digital", 9, state="poweredOff"),
    vm("supervision-rns-01", 2, 8, 100, 44.2, DEB, "Supervision", "moyenne", "internes", "PRA/Infra", 10),
    vm("tpl-win2022-pra", 2, 4, 60, 11.0, WIN22, "Modèles", "basse", "internes", "PRA/Modèles", 11, state="poweredOff", template="True"),
]


def main():
    strings = g.SharedStrings()
    rows = []
    for i, machine in enumerate(VMS):
        full = g.defaults_4x(machine, i)
        full["VI SDK Server"] = "vcsa-rns.mqv.local"
        rows.append([full.get(h) for h in VINFO])
    vinfo = g.sheet_xml(VINFO, rows, strings)
    part_rows = []
    for i, machine in enumerate(VMS):
        full = g.defaults_4x(machine, i)
        for k, (disk, capacity, consumed) in enumerate(machine["_partitions"]):
            part_rows.append([full["VM"], full["Powerstate"], full["Template"], "False", 2000 + k,
                              disk, capacity, consumed, capacity - consumed,
                              round(100.0 * (capacity - consumed) / capacity), 0, None,
                              full["Datacenter"], full["Cluster"], full["Host"], full["Folder"],
                              full["OS according to the configuration file"],
                              full["OS according to the VMware Tools"], full["VM ID"],
                              full["VM UUID"], "vcsa-rns.mqv.local", g.VCENTER_UUID])
    meta = g.sheet_xml(["RVTools major version", "RVTools version", "xlsx creation datetime", "Server"],
                       [[4, "4.6.1.0", datetime.datetime(2026, 11, 2, 9, 30, 0), "vcsa-rns.mqv.local"]],
                       strings)
    sheets = [("vInfo", vinfo), ("vPartition", g.sheet_xml(g.VPARTITION_4X, part_rows, strings)),
              ("vMetaData", meta)]
    g.write_zip(OUT, g.workbook_parts(sheets, strings))
    print(OUT)


if __name__ == "__main__":
    main()
