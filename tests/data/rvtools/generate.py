#!/usr/bin/env python3
"""Generates the RVTools fixtures of tests/data/rvtools/ and their golden expectations.

Standard library only (zipfile, no openpyxl), deterministic: the same Python and zlib give the
same bytes. Run it from anywhere; it writes next to itself:

    python3 tests/data/rvtools/generate.py

Workbooks are written the way RVTools 4.x writes them (shared strings, a styles part with date
formats for "PowerOn" and "Creation date", the 90-odd vInfo columns with vCenter custom
attributes between "Annotation" and "Datacenter", vPartition…), plus an RVTools 3.x variant
("MB" headers, inline strings, booleans, prefixed XML, absolute relationship targets), a CSV
export of the vInfo tab and hostile variants. The *.expected.json files hold what the importer
must produce, computed here independently of the C++ code.

The zip bomb (a 1 GiB entry) is not committed: TestRvToolsImporter builds it in memory. To get
one on disk for manual tests: python3 generate.py --bomb /tmp/bomb.xlsx
"""

import csv
import datetime
import io
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 5, 1, 9, 30, 0)

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

# Style indexes in cellXfs (see styles_xml()).
S_DEFAULT, S_HEADER, S_POWERON, S_CREATED, S_MIB, S_PERCENT = range(6)


def excel_serial(when):
    """Days since 1899-12-30 (the 1900 date system, valid from 1 March 1900)."""
    delta = when - datetime.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400.0


def column_name(index):
    name = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


def num(value):
    return repr(value) if isinstance(value, float) else str(value)


# ---------------------------------------------------------------------------------------------
# The estate: one dict per VM, keys are RVTools 4.x column names (plus "_partitions").

VCENTER = "vcsa01.corp.local"
VCENTER_UUID = "8a2f4c1e-1b3d-4e5f-9a7b-2c3d4e5f6a7b"

VMS_4X = [
    {
        "VM": "web-prd-01", "Powerstate": "poweredOn", "Template": "False",
        "SRM Placeholder": "False", "DNS Name": "web-prd-01.corp.local",
        "Guest state": "running", "PowerOn": datetime.datetime(2024, 3, 12, 8, 15, 30),
        "Creation date": datetime.datetime(2019, 6, 3, 14, 2, 11), "CPUs": 4, "Memory": 8192,
        "NICs": 1, "Disks": 2, "Total disk capacity MiB": 102400,
        "Primary IP Address": "10.10.1.21", "Network #1": "VLAN110-WEB",
        "Resource pool": "Resources", "Folder": "Production/Web",
        "Provisioned MiB": 108544, "In Use MiB": 61440, "Unshared MiB": 61440,
        "Annotation": "Frontal web IIS", "Application": "Portail",
        "Backup status": "Success", "Last backup": "2024-04-30 22:01", "Owner": "equipe-web",
        "Datacenter": "DC-Paris", "Cluster": "CL-PROD-01", "Host": "esx01.corp.local",
        "OS according to the configuration file": "Microsoft Windows Server 2019 (64-bit)",
        "OS according to the VMware Tools": "Microsoft Windows Server 2019 (64-bit)",
        "VM ID": "vm-1021", "SMBIOS UUID": "4229b3c1-7d0e-3f1a-8b2c-1d2e3f405161",
        "VM UUID": "5029a1b2-c3d4-e5f6-0718-293a4b5c6d01",
        "_partitions": [("C:\\", 81920, 40960), ("D:\\", 20480, 10240)],
    },
    {
        "VM": "db-prd-01", "Powerstate": "poweredOn", "Template": "False",
        "SRM Placeholder": "False", "DNS Name": "db-prd-01.corp.local",
        "Guest state": "running", "PowerOn": datetime.datetime(2024, 2, 1, 23, 0, 0),
        "Creation date": datetime.datetime(2020, 1, 15, 9, 45, 0), "CPUs": 8, "Memory": 32768,
        "NICs": 2, "Disks": 3, "Total disk capacity MiB": 516096,
        "Primary IP Address": "10.10.2.11", "Network #1": "VLAN120-DB",
        "Network #2": "VLAN900-BACKUP", "Resource pool": "Resources", "Folder": "Bases",
        "Provisioned MiB": 524288, "In Use MiB": 401408, "Unshared MiB": 401408,
        # A rich-text annotation: two runs in sharedStrings.xml.
        "Annotation": ("PostgreSQL 14 ", "critique"), "Application": "ERP",
        "Environment": "Production", "Backup status": "Success",
        "Datacenter": "DC-Paris", "Cluster": "CL-PROD-01", "Host": "esx02.corp.local",
        "OS according to the configuration file": "Red Hat Enterprise Linux 8 (64-bit)",
        "OS according to the VMware Tools": "Red Hat Enterprise Linux 8.6 (64-bit)",
        "VM ID": "vm-1022", "SMBIOS UUID": "4229b3c1-7d0e-3f1a-8b2c-1d2e3f405162",
        "VM UUID": "5029A1B2-C3D4-E5F6-0718-293A4B5C6D02",
        "_partitions": [("/", 20480, 8192), ("/var/lib/pgsql", 409600, 307200)],
    },
    {
        "VM": "app-rec-01", "Powerstate": "poweredOn", "Template": "False",
        "SRM Placeholder": "False", "DNS Name": "app-rec-01.corp.local",
        "Guest state": "running", "PowerOn": datetime.datetime(2024, 4, 2, 7, 0, 0),
        "Creation date": datetime.datetime(2022, 11, 8, 16, 20, 5), "CPUs": 2, "Memory": 4096,
        "NICs": 1, "Disks": 1, "Total disk capacity MiB": 40960,
        "Primary IP Address": "10.20.1.31", "Network #1": "VLAN210-REC",
        "Resource pool": "Resources", "Folder": "Applications",
        "Provisioned MiB": 45056, "In Use MiB": 18432, "Unshared MiB": 18432,
        "Application": "ERP", "Datacenter": "DC-Paris", "Cluster": "CL-HPROD-01",
        "Host": "esx05.corp.local",
        "OS according to the configuration file": "Ubuntu Linux (64-bit)",
        "OS according to the VMware Tools": "Ubuntu 22.04.3 LTS",
        "VM ID": "vm-2040", "SMBIOS UUID": "4229b3c1-7d0e-3f1a-8b2c-1d2e3f405163",
        "VM UUID": "5029a1b2-c3d4-e5f6-0718-293a4b5c6d03",
        "_partitions": [("/", 40960, 12288)],
    },
    {
        "VM": "tpl-w2022", "Powerstate": "poweredOff", "Template": "True",
        "SRM Placeholder": "False", "Guest state": "notRunning",
        "Creation date": datetime.datetime(2023, 1, 4, 10, 0, 0), "CPUs": 2, "Memory": 4096,
        "NICs": 1, "Disks": 1, "Total disk capacity MiB": 61440, "Resource pool": "",
        "Folder": "Templates", "Provisioned MiB": 61440, "In Use MiB": 20480,
        "Unshared MiB": 20480, "Annotation": "Modèle Windows Server 2022 à jour 2024-04",
        "Datacenter": "DC-Paris", "Cluster": "CL-PROD-01", "Host": "esx01.corp.local",
        "OS according to the configuration file": "Microsoft Windows Server 2022 (64-bit)",
        "OS according to the VMware Tools": "",
        "VM ID": "vm-3001", "SMBIOS UUID": "4229b3c1-7d0e-3f1a-8b2c-1d2e3f405164",
        "VM UUID": "5029a1b2-c3d4-e5f6-0718-293a4b5c6d04",
    },
    {
        "VM": "ftp-old-01", "Powerstate": "poweredOff", "Template": "False",
        "SRM Placeholder": "False", "Guest state": "notRunning",
        "Creation date": datetime.datetime(2016, 9, 30, 11, 11, 11), "CPUs": 1, "Memory": 2048,
        "NICs": 1, "Disks": 1, "Total disk capacity MiB": 30720, "Resource pool": "Resources",
        "Folder": "Divers", "Provisioned MiB": 32768, "In Use MiB": 30720,
        "Unshared MiB": 30720, "Annotation": "Serveur de test FTP, à décommissionner",
        "Datacenter": "DC-Lyon", "Cluster": "CL-LYON", "Host": "esx11.corp.local",
        "OS according to the configuration file": "CentOS 7 (64-bit)",
        "OS according to the VMware Tools": "",
        "VM ID": "vm-4100", "SMBIOS UUID": "4229b3c1-7d0e-3f1a-8b2c-1d2e3f405165",
        "VM UUID": "5029a1b2-c3d4-e5f6-0718-293a4b5c6d05",
    },
    {
        "VM": "batch-01", "Powerstate": "suspended", "Template": "False",
        "SRM Placeholder": "False", "Guest state": "notRunning",
        "Creation date": datetime.datetime(2021, 3, 1, 8, 0, 0), "CPUs": 4, "Memory": 16384,
        "NICs": 1, "Disks": 2, "Total disk capacity MiB": 204800, "Resource pool": "RP-Dev",
        "Folder": "Batch", "Provisioned MiB": 221184, "In Use MiB": 102400,
        "Unshared MiB": 102400, "Datacenter": "DC-Lyon", "Cluster": "CL-LYON",
        "Host": "esx12.corp.local",
        "OS according to the configuration file": "Oracle Linux 8 (64-bit)",
        "OS according to the VMware Tools": "",
        "VM ID": "vm-4101", "SMBIOS UUID": "4229b3c1-7d0e-3f1a-8b2c-1d2e3f405166",
        "VM UUID": "5029a1b2-c3d4-e5f6-0718-293a4b5c6d06",
    },
    {
        # No VM UUID: the natural key falls back to the SMBIOS UUID.
        "VM": "srv-comptabilité", "Powerstate": "poweredOn", "Template": "False",
        "SRM Placeholder": "False", "DNS Name": "srv-compta.corp.local",
        "Guest state": "running", "PowerOn": datetime.datetime(2024, 4, 28, 6, 30, 0),
        "Creation date": datetime.datetime(2018, 2, 20, 13, 37, 0), "CPUs": 2, "Memory": 6144,
        "NICs": 1, "Disks": 1, "Total disk capacity MiB": 81920,
        "Primary IP Address": "10.10.3.40", "Network #1": "VLAN130-FIN",
        "Resource pool": "Resources", "Folder": "Production/Finance",
        "Provisioned MiB": 88064, "In Use MiB": 51200, "Unshared MiB": 51200,
        "Application": "Comptabilité", "Owner": "dsi-finance", "Datacenter": "DC-Paris",
        "Cluster": "CL-PROD-01", "Host": "esx03.corp.local",
        "OS according to the configuration file": "Microsoft Windows Server 2016 (64-bit)",
        "OS according to the VMware Tools": "Microsoft Windows Server 2016 Standard",
        "VM ID": "vm-1030", "SMBIOS UUID": "4229B3C1-7D0E-3F1A-8B2C-1D2E3F405167",
        "VM UUID": "",
        "_partitions": [("C:\\", 81920, 45056.5)],
    },
    {
        # The recovery site's shadow of web-prd-01: skipped by the importer.
        "VM": "web-prd-01", "Powerstate": "poweredOff", "Template": "False",
        "SRM Placeholder": "True", "Guest state": "notRunning", "CPUs": 4, "Memory": 8192,
        "NICs": 1, "Disks": 2, "Resource pool": "Resources", "Folder": "SRM-Placeholders",
        "Provisioned MiB": 0, "In Use MiB": 0, "Unshared MiB": 0, "Datacenter": "DC-Lyon",
        "Cluster": "CL-LYON", "Host": "esx11.corp.local",
        "OS according to the configuration file": "Microsoft Windows Server 2019 (64-bit)",
        "VM ID": "vm-5000", "SMBIOS UUID": "4229b3c1-7d0e-3f1a-8b2c-1d2e3f409999",
        "VM UUID": "5029a1b2-c3d4-e5f6-0718-293a4b5c9999",
    },
]

CUSTOM_ATTRIBUTES_4X = ["Application", "Backup status", "Environment", "Last backup", "Owner"]

VINFO_4X = (
    ["VM", "Powerstate", "Template", "SRM Placeholder", "Config status", "DNS Name",
     "Connection state", "Guest state", "Heartbeat", "Consolidation Needed", "PowerOn",
     "Suspended To Memory", "Suspend time", "Suspend Interval", "Creation date",
     "Change Version", "CPUs", "Overall Cpu Readiness", "Memory", "Active Memory", "NICs",
     "Disks", "Total disk capacity MiB", "Fixed Passthru HotPlug", "min Required EVC Mode Key",
     "Latency Sensitivity", "Op Notification Timeout", "EnableUUID", "CBT",
     "Primary IP Address"]
    + ["Network #%d" % i for i in range(1, 9)]
    + ["Num Monitors", "Video Ram KiB", "Resource pool", "Folder ID", "Folder", "vApp",
       "DAS protection", "FT State", "FT Role", "FT Latency", "FT Bandwidth",
       "FT Sec. Latency", "Vm Failover In Progress", "Provisioned MiB", "In Use MiB",
       "Unshared MiB", "HA Restart Priority", "HA Isolation Response", "HA VM Monitoring",
       "Cluster rule(s)", "Cluster rule name(s)", "Boot Required", "Boot delay",
       "Boot retry delay", "Boot retry enabled", "Boot BIOS setup", "Reboot PowerOff",
       "EFI Secure boot", "Firmware", "HW version", "HW upgrade status", "HW upgrade policy",
       "HW target", "Path", "Log directory", "Snapshot directory", "Suspend directory",
       "Annotation"]
    + CUSTOM_ATTRIBUTES_4X
    + ["Datacenter", "Cluster", "Host", "OS according to the configuration file",
       "OS according to the VMware Tools", "Customization Info", "Guest Detailed Data",
       "VM ID", "SMBIOS UUID", "VM UUID", "VI SDK Server type", "VI SDK API Version",
       "VI SDK Server", "VI SDK UUID"]
)

VPARTITION_4X = ["VM", "Powerstate", "Template", "SRM Placeholder", "Disk Key", "Disk",
                 "Capacity MiB", "Consumed MiB", "Free MiB", "Free %", "Internal Sort Column",
                 "Annotation", "Datacenter", "Cluster", "Host", "Folder",
                 "OS according to the configuration file",
                 "OS according to the VMware Tools", "VM ID", "VM UUID", "VI SDK Server",
                 "VI SDK UUID"]


def defaults_4x(vm, index):
    """Fills the columns every real export has, so that rows are as wide as RVTools'."""
    on = vm["Powerstate"] == "poweredOn"
    row = {
        "Config status": "green", "Connection state": "connected",
        "Heartbeat": "green" if on else "gray", "Consolidation Needed": "False",
        "Suspended To Memory": "False", "Change Version": "2024-04-30T21:0%d:00Z" % index,
        "Overall Cpu Readiness": 0 if not on else 1, "Active Memory": vm["Memory"] // 8 if on else 0,
        "Fixed Passthru HotPlug": "False", "Latency Sensitivity": "normal",
        "Op Notification Timeout": 0, "EnableUUID": "False", "CBT": "True",
        "Num Monitors": 1, "Video Ram KiB": 8192, "Folder ID": "group-v%d" % (100 + index),
        "DAS protection": "True", "FT State": "notConfigured", "FT Role": "",
        "FT Latency": -1, "FT Bandwidth": -1, "FT Sec. Latency": -1,
        "Vm Failover In Progress": "False", "HA Restart Priority": "clusterRestartPriority",
        "HA Isolation Response": "none", "HA VM Monitoring": "vmMonitoringDisabled",
        "Boot Required": "False", "Boot delay": 0, "Boot retry delay": 10000,
        "Boot retry enabled": "False", "Boot BIOS setup": "False", "Reboot PowerOff": "False",
        "EFI Secure boot": "False", "Firmware": "efi", "HW version": "vmx-19",
        "HW upgrade status": "none", "HW upgrade policy": "never", "HW target": "",
        "Path": "[DS-%s] %s/%s.vmx" % (vm["Cluster"], vm["VM"], vm["VM"]),
        "Log directory": "[DS-%s] %s/" % (vm["Cluster"], vm["VM"]),
        "Snapshot directory": "[DS-%s] %s/" % (vm["Cluster"], vm["VM"]),
        "Suspend directory": "[DS-%s] %s/" % (vm["Cluster"], vm["VM"]),
        "VI SDK Server type": "VMware VirtualCenter Server", "VI SDK API Version": "8.0.2.0",
        "VI SDK Server": VCENTER, "VI SDK UUID": VCENTER_UUID,
    }
    row.update(vm)
    return row


# ---------------------------------------------------------------------------------------------
# SpreadsheetML writer.

class SharedStrings:
    def __init__(self):
        self.items = []
        self.index = {}
        self.count = 0

    def add(self, value):
        self.count += 1
        key = value if isinstance(value, str) else ("\0runs",) + tuple(value)
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(value)
        return self.index[key]

    def xml(self):
        out = [XML_DECL, '<sst xmlns="%s" count="%d" uniqueCount="%d">'
               % (NS_MAIN, self.count, len(self.items))]
        for value in self.items:
            if isinstance(value, str):
                space = ' xml:space="preserve"' if value != value.strip() else ""
                out.append("<si><t%s>%s</t></si>" % (space, escape(value)))
            else:
                # Rich text: the second run is bold; Japanese-style phonetic runs are no part of
                # the value (readers must skip <rPh>).
                first, second = value
                out.append('<si><r><t xml:space="preserve">%s</t></r><r><rPr><b/><sz val="11"/>'
                           '<rFont val="Calibri"/></rPr><t>%s</t></r>'
                           '<rPh sb="0" eb="1"><t>ふりがな</t></rPh>'
                           '<phoneticPr fontId="1"/></si>' % (escape(first), escape(second)))
        out.append("</sst>")
        return "".join(out)


def styles_xml():
    return (XML_DECL +
            '<styleSheet xmlns="%s">' % NS_MAIN +
            '<numFmts count="3">'
            '<numFmt numFmtId="164" formatCode="yyyy/mm/dd\\ hh:mm:ss"/>'
            '<numFmt numFmtId="165" formatCode="#,##0&quot; MiB&quot;"/>'
            '<numFmt numFmtId="166" formatCode="[Red]0.00&quot; %&quot;"/>'
            '</numFmts>'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
            '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="6">'
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
            '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1">'
            '<alignment horizontal="left"/></xf>'
            '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
            '</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '<dxfs count="1"><dxf><numFmt numFmtId="14" formatCode="dd/mm/yyyy"/></dxf></dxfs>'
            '</styleSheet>')


def cell_xml(ref, value, strings, style=S_DEFAULT, inline=False, prefix=""):
    """One <c>; None and "" are left out, as Excel leaves empty cells out."""
    s = ' s="%d"' % style if style else ""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return '<%sc r="%s"%s t="b"><%sv>%d</%sv></%sc>' % (prefix, ref, s, prefix, value, prefix, prefix)
    if isinstance(value, datetime.datetime):
        value = excel_serial(value)
    if isinstance(value, (int, float)):
        return '<%sc r="%s"%s><%sv>%s</%sv></%sc>' % (prefix, ref, s, prefix, num(value), prefix, prefix)
    if inline:
        return ('<%sc r="%s"%s t="inlineStr"><%sis><%st>%s</%st></%sis></%sc>'
                % (prefix, ref, s, prefix, prefix, escape(value), prefix, prefix, prefix))
    return '<%sc r="%s"%s t="s"><%sv>%d</%sv></%sc>' % (prefix, ref, s, prefix, strings.add(value), prefix, prefix)


def style_of(header):
    if header == "PowerOn":
        return S_POWERON
    if header == "Creation date":
        return S_CREATED
    if header in ("Provisioned MiB", "In Use MiB", "Unshared MiB", "Capacity MiB",
                  "Consumed MiB", "Free MiB", "Total disk capacity MiB"):
        return S_MIB
    if header == "Free %":
        return S_PERCENT
    return S_DEFAULT


def sheet_xml(headers, rows, strings, inline=False, prefix="", explicit_refs=True):
    """rows: lists of values aligned with headers."""
    p = prefix + ":" if prefix else ""
    ns = ' xmlns:%s="%s"' % (prefix, NS_MAIN) if prefix else ' xmlns="%s"' % NS_MAIN
    last = column_name(len(headers) - 1)
    out = [XML_DECL, "<%sworksheet%s xmlns:r=\"%s\">" % (p, ns, NS_REL),
           '<%sdimension ref="A1:%s%d"/>' % (p, last, len(rows) + 1),
           '<%ssheetViews><%ssheetView tabSelected="1" workbookViewId="0">'
           '<%spane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
           '</%ssheetView></%ssheetViews>' % (p, p, p, p, p),
           '<%ssheetFormatPr defaultRowHeight="15"/>' % p,
           '<%scols><%scol min="1" max="1" width="24" customWidth="1"/></%scols>' % (p, p, p),
           "<%ssheetData>" % p]
    for r, values in enumerate([headers] + rows, start=1):
        out.append('<%srow r="%d" spans="1:%d">' % (p, r, len(headers)))
        for c, (header, value) in enumerate(zip(headers, values)):
            style = S_HEADER if r == 1 else style_of(header)
            ref = "%s%d" % (column_name(c), r)
            cell = cell_xml(ref, value, strings, style, inline, p)
            if not explicit_refs and r > 1 and cell:
                # Some writers leave r out of cells that follow each other; the reader must
                # count. Only safe when no cell before it in the row was left out.
                if all(v not in (None, "") for v in values[:c]):
                    cell = cell.replace(' r="%s"' % ref, "", 1)
            out.append(cell)
        out.append("</%srow>" % p)
    out.append("</%ssheetData>" % p)
    out.append('<%sautoFilter ref="A1:%s%d"/>' % (p, last, len(rows) + 1))
    out.append('<%spageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
               'footer="0.3"/>' % p)
    out.append("</%sworksheet>" % p)
    return "".join(out)


def workbook_parts(sheets, strings, absolute_targets=False, with_shared=True,
                   sharedstrings_override=None):
    """sheets: [(name, xml)]. Returns {part name: bytes}."""
    parts = {}
    target = "/xl/" if absolute_targets else ""
    ct = [XML_DECL, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    rels = [XML_DECL, '<Relationships xmlns="%s">' % NS_PKG_REL]
    sheet_entries = []
    # Worksheet files are numbered in reverse tab order, so that a reader going by file names
    # instead of relationships picks the wrong sheet.
    for i, (name, xml) in enumerate(sheets):
        number = len(sheets) - i
        part = "xl/worksheets/sheet%d.xml" % number
        parts[part] = xml
        ct.append('<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % part)
        rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="%sworksheets/sheet%d.xml"/>'
                    % (i + 1, NS_REL, target, number))
        sheet_entries.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(name), i + 1, i + 1))
    n = len(sheets)
    rels.append('<Relationship Id="rId%d" Type="%s/theme" Target="%stheme/theme1.xml"/>' % (n + 1, NS_REL, target))
    rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="%sstyles.xml"/>' % (n + 2, NS_REL, target))
    if with_shared:
        rels.append('<Relationship Id="rId%d" Type="%s/sharedStrings" Target="%ssharedStrings.xml"/>' % (n + 3, NS_REL, target))
        ct.append('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>')
        parts["xl/sharedStrings.xml"] = sharedstrings_override or strings.xml()
    rels.append("</Relationships>")
    ct += ['<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>',
           '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
           "</Types>"]
    parts["[Content_Types].xml"] = "".join(ct)
    parts["_rels/.rels"] = (XML_DECL + '<Relationships xmlns="%s">' % NS_PKG_REL +
                            '<Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/>' % NS_REL +
                            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
                            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>' % NS_REL +
                            "</Relationships>")
    parts["docProps/app.xml"] = (XML_DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                                 "<Application>RVTools</Application><DocSecurity>0</DocSecurity>"
                                 "<TitlesOfParts><vt:vector xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\" size=\"%d\" baseType=\"lpstr\">%s</vt:vector></TitlesOfParts>"
                                 "</Properties>" % (n, "".join("<vt:lpstr>%s</vt:lpstr>" % escape(s) for s, _ in sheets)))
    parts["docProps/core.xml"] = (XML_DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                  "<dc:creator>RVTools</dc:creator>"
                                  '<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-01T09:30:00Z</dcterms:created>'
                                  "</cp:coreProperties>")
    parts["xl/workbook.xml"] = (XML_DECL + '<workbook xmlns="%s" xmlns:r="%s">' % (NS_MAIN, NS_REL) +
                                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
                                '<workbookPr defaultThemeVersion="166925"/>'
                                '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>'
                                "<sheets>%s</sheets>" % "".join(sheet_entries) +
                                '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">vInfo!$A$1:$A$1</definedName></definedNames>'
                                '<calcPr calcId="191029"/></workbook>')
    parts["xl/_rels/workbook.xml.rels"] = "".join(rels)
    parts["xl/theme/theme1.xml"] = (XML_DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
                                    '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
                                    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1></a:clrScheme></a:themeElements></a:theme>')
    parts["xl/styles.xml"] = styles_xml()
    return parts


def write_zip(path, parts, order=None):
    names = order or ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                      "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]
    names = [n for n in names if n in parts] + sorted(n for n in parts if n not in names)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            data = parts[name]
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ---------------------------------------------------------------------------------------------
# Golden expectations.

def expected(vm, sheet_row, location=None, mb=False):
    suffix = "MB" if mb else "MiB"
    parts = vm.get("_partitions")
    provisioned = vm.get("Provisioned " + suffix)
    in_use = vm.get("In Use " + suffix)
    used = sum(p[2] for p in parts) / 1024.0 if parts else (in_use / 1024.0 if in_use is not None else None)
    key = (vm.get("VM UUID") or vm.get("SMBIOS UUID") or
           ("%s/%s" % (vm.get("VI SDK UUID", ""), vm.get("VM ID", "")) if vm.get("VI SDK UUID") and vm.get("VM ID") else vm["VM"]))
    return {
        "name": vm["VM"],
        "vcpu": vm["CPUs"],
        "memoryGib": vm["Memory"] / 1024.0,
        "storageGib": provisioned / 1024.0 if provisioned is not None else None,
        "storageUsedGib": used,
        "powerState": {"poweredOn": "on", "poweredOff": "off", "suspended": "suspended"}[vm["Powerstate"]],
        "isTemplate": str(vm["Template"]).lower() == "true",
        "naturalKey": key.lower(),
        "sourceLocation": location or "vInfo!row %d" % sheet_row,
    }


def write_json(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------------------------------------
# The fixtures.

def rvtools_4x():
    strings = SharedStrings()
    rows = []
    for i, vm in enumerate(VMS_4X):
        full = defaults_4x(vm, i)
        rows.append([full.get(h) for h in VINFO_4X])
    vinfo = sheet_xml(VINFO_4X, rows, strings)

    vcpu_headers = ["VM", "Powerstate", "Template", "SRM Placeholder", "CPUs", "Sockets",
                    "Cores p/s", "Max", "Overall", "Level", "Shares", "Reservation",
                    "Entitlement", "DRS Entitlement", "Limit", "Hot Add", "Hot Remove",
                    "Numa Hotadd Exposed", "Annotation", "Datacenter", "Cluster", "Host", "Folder",
                    "OS according to the configuration file",
                    "OS according to the VMware Tools", "VM ID", "VM UUID", "VI SDK Server",
                    "VI SDK UUID"]
    vcpu_rows = []
    vmem_rows = []
    part_rows = []
    for i, vm in enumerate(VMS_4X):
        full = defaults_4x(vm, i)
        vcpu_rows.append([full["VM"], full["Powerstate"], full["Template"], full["SRM Placeholder"],
                          full["CPUs"], max(1, full["CPUs"] // 2), min(2, full["CPUs"]), 4800, 12,
                          "normal", 1000 * full["CPUs"], 0, "", "", -1, "False", "False", "False",
                          "", full["Datacenter"], full["Cluster"], full["Host"], full["Folder"],
                          full.get("OS according to the configuration file"),
                          full.get("OS according to the VMware Tools"), full["VM ID"],
                          full.get("VM UUID"), VCENTER, VCENTER_UUID])
        vmem_rows.append([full["VM"], full["Powerstate"], full["Template"], full["SRM Placeholder"],
                          full["Memory"], 0, full["Memory"] // 10, "", "", "", 0, "normal",
                          full["Memory"] * 10, 0, -1, "False", full["Datacenter"],
                          full["Cluster"], full["Host"], full["VM ID"], full.get("VM UUID"),
                          VCENTER, VCENTER_UUID])
        for k, (disk, capacity, consumed) in enumerate(vm.get("_partitions", [])):
            part_rows.append([full["VM"], full["Powerstate"], full["Template"], full["SRM Placeholder"],
                              2000 + k, disk, capacity, consumed, capacity - consumed,
                              round(100.0 * (capacity - consumed) / capacity), 0,
                              None, full["Datacenter"], full["Cluster"], full["Host"],
                              full["Folder"], full.get("OS according to the configuration file"),
                              full.get("OS according to the VMware Tools"), full["VM ID"],
                              full.get("VM UUID"), VCENTER, VCENTER_UUID])
    vmem_headers = ["VM", "Powerstate", "Template", "SRM Placeholder", "Size MiB",
                    "Memory Reservation Locked To Max", "Overhead", "Max", "Consumed",
                    "Consumed Overhead", "Private", "Shared", "Swapped", "Ballooned", "Active",
                    "Entitlement", "DRS Entitlement", "Level", "Shares", "Reservation", "Limit",
                    "Hot Add", "Datacenter", "Cluster", "Host", "VM ID", "VM UUID",
                    "VI SDK Server", "VI SDK UUID"]
    # Align vMemory's rows with its headers (some columns stay empty, as in real exports).
    vmem_rows = [r + [None] * (len(vmem_headers) - len(r)) for r in vmem_rows]
    meta = sheet_xml(["RVTools major version", "RVTools version", "xlsx creation datetime", "Server"],
                     [[4, "4.6.1.0", datetime.datetime(2024, 5, 1, 9, 30, 0), VCENTER]], strings)
    sheets = [("vInfo", vinfo), ("vCPU", sheet_xml(vcpu_headers, vcpu_rows, strings)),
              ("vMemory", sheet_xml(vmem_headers, vmem_rows, strings)),
              ("vPartition", sheet_xml(VPARTITION_4X, part_rows, strings)),
              ("vMetaData", meta)]
    write_zip(os.path.join(HERE, "rvtools-4x.xlsx"), workbook_parts(sheets, strings))
    golden = [expected(vm, r + 2) for r, vm in enumerate(VMS_4X) if vm["SRM Placeholder"] != "True"]
    write_json(os.path.join(HERE, "rvtools-4x.expected.json"), golden)
    return strings


VMS_3X = [
    {"VM": "SRV-AD01", "Powerstate": "poweredOn", "Template": False, "CPUs": 2, "Memory": 4096,
     "Provisioned MB": 61440, "In Use MB": 35840, "Resource pool": "Resources",
     "Folder": "Infra", "Annotation": "Contrôleur de domaine", "Datacenter": "Siège",
     "Cluster": "CLUSTER01", "Host": "esx-a.local",
     "OS according to the configuration file": "Microsoft Windows Server 2012 (64-bit)",
     "OS according to the VMware Tools": "Microsoft Windows Server 2012 R2 Standard",
     "VM ID": "vm-101", "VM UUID": "421a6a3c-0b1c-4e2d-8f00-00000000a001",
     "_partitions": [("C:\\", 61440, 30720)]},
    {"VM": "SRV-FIC01", "Powerstate": "poweredOn", "Template": False, "CPUs": 4, "Memory": 8192,
     "Provisioned MB": 1056768, "In Use MB": 1048576, "Resource pool": "Resources",
     "Folder": "Infra", "Datacenter": "Siège", "Cluster": "CLUSTER01", "Host": "esx-b.local",
     "OS according to the configuration file": "Microsoft Windows Server 2008 R2 (64-bit)",
     "OS according to the VMware Tools": "Microsoft Windows Server 2008 R2 Enterprise",
     "VM ID": "vm-102", "VM UUID": "421a6a3c-0b1c-4e2d-8f00-00000000a002",
     "_partitions": [("C:\\", 61440, 40960), ("E:\\", 993280, 716800)]},
    {"VM": "lnx-web-dev", "Powerstate": "poweredOff", "Template": False, "CPUs": 1,
     "Memory": 1024, "Provisioned MB": 20480, "In Use MB": 8192, "Resource pool": "Resources",
     "Folder": "Web", "Datacenter": "Siège", "Cluster": "CLUSTER01", "Host": "esx-a.local",
     "OS according to the configuration file": "Debian GNU/Linux 7 (64-bit)",
     "OS according to the VMware Tools": "", "VM ID": "vm-103",
     "VM UUID": "421a6a3c-0b1c-4e2d-8f00-00000000a003"},
    # No VM UUID (the VM was never powered on since the vCenter upgrade): the key falls back to
    # the vCenter UUID and the VM ID.
    {"VM": "SRV-SQL01", "Powerstate": "poweredOn", "Template": False, "CPUs": 8, "Memory": 24576,
     "Provisioned MB": 307200, "In Use MB": 266240, "Resource pool": "Production",
     "Folder": "SQL", "Annotation": "SQL Server 2008 R2 - appli paie", "Datacenter": "Siège",
     "Cluster": "CLUSTER01", "Host": "esx-b.local",
     "OS according to the configuration file": "Microsoft Windows Server 2008 R2 (64-bit)",
     "OS according to the VMware Tools": "Microsoft Windows Server 2008 R2 Standard",
     "VM ID": "vm-104", "VM UUID": ""},
]

VINFO_3X = ["VM", "Powerstate", "Template", "Config status", "DNS Name", "Connection state",
            "Guest state", "Heartbeat", "Consolidation Needed", "PowerOn", "Suspend time",
            "Change Version", "CPUs", "Memory", "NICs", "Disks", "min Required EVC Mode Key",
            "Latency Sensitivity", "Op Notification Timeout", "EnableUUID", "CBT",
            "Primary IP Address", "Network #1", "Network #2", "Network #3", "Network #4",
            "Num Monitors", "Video Ram KB", "Resource pool", "Folder", "vApp", "DAS protection",
            "FT State", "FT Latency", "FT Bandwidth", "FT Sec. Latency", "Provisioned MB",
            "In Use MB", "Unshared MB", "HA Restart Priority", "HA Isolation Response",
            "HA VM Monitoring", "Cluster rule(s)", "Cluster rule name(s)", "Boot Required",
            "Boot delay", "Boot retry delay", "Boot retry enabled", "Boot BIOS setup",
            "Firmware", "HW version", "HW upgrade status", "HW upgrade policy", "HW target",
            "Path", "Annotation", "Datacenter", "Cluster", "Host",
            "OS according to the configuration file", "OS according to the VMware Tools",
            "VM ID", "VM UUID", "VI SDK Server type", "VI SDK API Version", "VI SDK Server",
            "VI SDK UUID"]

VPARTITION_3X = ["VM", "Powerstate", "Template", "Disk", "Capacity MB", "Consumed MB",
                 "Free MB", "Free %", "Annotation", "Datacenter", "Cluster", "Host",
                 "OS according to the configuration file", "OS according to the VMware Tools",
                 "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID"]

VCENTER_3X = "vcenter55.local"
VCENTER_3X_UUID = "C5E4B3A2-1F0E-4D3C-8B7A-695847362514"


def rvtools_3x():
    strings = SharedStrings()
    rows = []
    for i, vm in enumerate(VMS_3X):
        full = {"Config status": "green", "Connection state": "connected",
                "Guest state": "running" if vm["Powerstate"] == "poweredOn" else "notRunning",
                "Heartbeat": "green", "Consolidation Needed": False, "NICs": 1, "Disks": 1,
                "Latency Sensitivity": "normal", "EnableUUID": False, "CBT": False,
                "Num Monitors": 1, "Video Ram KB": 4096, "DAS protection": True,
                "FT State": "notConfigured", "Unshared MB": vm["In Use MB"],
                "Firmware": "bios", "HW version": "vmx-08", "VI SDK Server type": "VMware VirtualCenter Server",
                "VI SDK API Version": "5.5", "VI SDK Server": VCENTER_3X, "VI SDK UUID": VCENTER_3X_UUID,
                "Path": "[datastore1] %s/%s.vmx" % (vm["VM"], vm["VM"])}
        full.update(vm)
        rows.append([full.get(h) for h in VINFO_3X])
    part_rows = []
    for vm in VMS_3X:
        for disk, capacity, consumed in vm.get("_partitions", []):
            part_rows.append([vm["VM"], vm["Powerstate"], vm["Template"], disk, capacity, consumed,
                              capacity - consumed, round(100.0 * (capacity - consumed) / capacity),
                              vm.get("Annotation"), vm["Datacenter"], vm["Cluster"], vm["Host"],
                              vm["OS according to the configuration file"],
                              vm["OS according to the VMware Tools"], vm["VM ID"], vm["VM UUID"],
                              VCENTER_3X, VCENTER_3X_UUID])
    sheets = [("vInfo", sheet_xml(VINFO_3X, rows, strings, inline=True, prefix="x", explicit_refs=False)),
              ("vPartition", sheet_xml(VPARTITION_3X, part_rows, strings, inline=True, prefix="x"))]
    for vm in VMS_3X:
        vm["VI SDK UUID"] = VCENTER_3X_UUID
    parts = workbook_parts(sheets, strings, absolute_targets=True, with_shared=False)
    write_zip(os.path.join(HERE, "rvtools-3x.xlsx"), parts)
    golden = [expected(vm, r + 2, mb=True) for r, vm in enumerate(VMS_3X)]
    write_json(os.path.join(HERE, "rvtools-3x.expected.json"), golden)


def rvtools_csv():
    """The vInfo tab as RVTools' CSV export writes it: UTF-8 with a BOM, every field quoted,
    CRLF, the 4.x headers."""
    vms = [vm for vm in VMS_4X if vm["SRM Placeholder"] != "True"][:4]
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(VINFO_4X)
    for i, vm in enumerate(vms):
        full = defaults_4x(vm, i)
        row = []
        for h in VINFO_4X:
            v = full.get(h)
            if isinstance(v, tuple):
                v = "".join(v)
            if isinstance(v, datetime.datetime):
                v = v.strftime("%Y/%m/%d %H:%M:%S")
            if h == "Annotation" and vm["VM"] == "web-prd-01":
                v = "Frontal web IIS\r\nContact: equipe-web, astreinte 24/7"
            row.append("" if v is None else str(v))
        writer.writerow(row)
    with open(os.path.join(HERE, "RVTools_tabvInfo.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    # CSV has no vPartition: used storage is "In Use MiB". Records start on physical lines 2, 4
    # (web-prd-01's annotation spans two lines), 5, 6.
    golden = []
    for vm, line in zip(vms, [2, 4, 5, 6]):
        g = expected(dict(vm, _partitions=None), 0, location="line %d" % line)
        golden.append(g)
    write_json(os.path.join(HERE, "RVTools_tabvInfo.expected.json"), golden)


def hostile():
    strings = SharedStrings()
    # A workbook with RVTools' other tabs but no vInfo.
    host = sheet_xml(["Host", "Datacenter", "Cluster", "# CPU", "Cores per CPU", "# Memory"],
                     [["esx01.corp.local", "DC-Paris", "CL-PROD-01", 2, 16, 524288]], strings)
    ds = sheet_xml(["Name", "Capacity MiB", "Free MiB"], [["DS-CL-PROD-01", 4194304, 1048576]], strings)
    write_zip(os.path.join(HERE, "rvtools-no-vinfo.xlsx"),
              workbook_parts([("vHost", host), ("vDatastore", ds)], strings))

    # A non-numeric CPUs cell at F7 (a trimmed vInfo, as users sometimes hand it over).
    strings = SharedStrings()
    headers = ["VM", "Powerstate", "Template", "DNS Name", "Guest state", "CPUs", "Memory",
               "Provisioned MiB", "In Use MiB", "Annotation", "Datacenter", "Cluster", "Host",
               "OS according to the configuration file", "VM UUID"]
    rows = []
    for i in range(1, 8):
        cpus = "abc" if i == 6 else 2
        rows.append(["app-%02d" % i, "poweredOn", "False", "app-%02d.local" % i, "running", cpus,
                     4096, 40960, 20480, None, "DC1", "CL1", "esx1",
                     "Red Hat Enterprise Linux 9 (64-bit)",
                     "5029a1b2-0000-0000-0000-0000000000%02d" % i])
    write_zip(os.path.join(HERE, "rvtools-bad-cpus.xlsx"),
              workbook_parts([("vInfo", sheet_xml(headers, rows, strings))], strings))

    # A "billion laughs" entity bomb in sharedStrings.xml: the DOCTYPE must be refused.
    strings = SharedStrings()
    vinfo = sheet_xml(["VM", "Powerstate", "CPUs", "Memory"], [["lol", "poweredOn", 1, 1024]], strings)
    entities = ['<!ENTITY lol "lol">'] + [
        '<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10) for i in range(1, 10)]
    bomb = (XML_DECL + "<!DOCTYPE sst [\n " + "\n ".join(entities) + "\n]>\n" +
            '<sst xmlns="%s" count="4" uniqueCount="4"><si><t>VM</t></si><si><t>Powerstate</t></si>'
            "<si><t>CPUs</t></si><si><t>&lol9;</t></si></sst>" % NS_MAIN)
    write_zip(os.path.join(HERE, "rvtools-entity-bomb.xlsx"),
              workbook_parts([("vInfo", vinfo)], strings, sharedstrings_override=bomb))

    # The 4.x export cut short (an interrupted download): no central directory.
    with open(os.path.join(HERE, "rvtools-4x.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "rvtools-truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) * 6 // 10])


def bomb(path):
    """A workbook whose vInfo inflates to 1 GiB of zeros (about 1 MiB on disk)."""
    strings = SharedStrings()
    parts = workbook_parts([("vInfo", sheet_xml(["VM"], [["x"]], strings))], strings)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as entry:
            block = bytes(1 << 20)
            for _ in range(1024):
                entry.write(block)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--bomb":
        bomb(sys.argv[2])
        return
    rvtools_4x()
    rvtools_3x()
    rvtools_csv()
    hostile()


if __name__ == "__main__":
    main()
