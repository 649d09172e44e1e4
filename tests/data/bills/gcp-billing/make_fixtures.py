#!/usr/bin/env python3
"""Writes the Google Cloud billing fixtures of this folder: console cost-table downloads (a
preamble before the header, grouped thousands, credit rows) in EUR for Q1 2025 and in USD for
April 2025 (rounded costs only), a BigQuery standard export saved as CSV (credits as JSON arrays),
and malformed variants. Run it from this folder. Expected totals: expected.py."""
import csv, io, json
from decimal import Decimal as D

ACCOUNT = "01A2B3-C4D5E6-F7A8B9"
CONSOLE = ["Billing account name", "Billing account ID", "Project name", "Project ID",
           "Project hierarchy", "Service description", "Service ID", "SKU description", "SKU ID",
           "Consumption model description", "Credit type", "Cost type", "Usage start date",
           "Usage end date", "Usage amount", "Usage unit", "Unrounded Cost (\u20ac)", "Cost (\u20ac)"]

COMPUTE = ("Compute Engine", "6F81-5844-456A")
SQL = ("Cloud SQL", "9662-B51E-5089")
GCS = ("Cloud Storage", "95FF-2EF5-5EA1")
GKE = ("Kubernetes Engine", "CCD8-9BF1-090E")
BQ = ("BigQuery", "24E6-581D-38E5")
NET = ("Networking", "E505-1604-58F8")


def grouped(value, places=None):
    text = "{:,f}".format(value) if places is None else "{:,.{p}f}".format(value, p=places)
    return text


def console_rows():
    rows = []
    months = [("2025-01-01", "2025-01-31", 744), ("2025-02-01", "2025-02-28", 672),
              ("2025-03-01", "2025-03-31", 744)]
    for start, end, hours in months:
        def add(project, service, sku, sku_id, amount, unit, cost, credit="", cost_type="Usage",
                consumption="Default"):
            rows.append({
                "Billing account name": "Acme Group billing", "Billing account ID": ACCOUNT,
                "Project name": project[0], "Project ID": project[1],
                "Project hierarchy": "/123456789012/%s/" % project[2],
                "Service description": service[0], "Service ID": service[1],
                "SKU description": sku, "SKU ID": sku_id,
                "Consumption model description": consumption, "Credit type": credit,
                "Cost type": cost_type, "Usage start date": start, "Usage end date": end,
                "Usage amount": amount, "Usage unit": unit,
                "Unrounded Cost (\u20ac)": grouped(cost),
                "Cost (\u20ac)": grouped(cost.quantize(D("0.01")), 2)})
        web = ("Acme Web", "acme-web-prod", "987654321098")
        data = ("Acme Data", "acme-data-prod", "987654321098")
        vcpus = 40 if start.startswith("2025-03") else 2
        core_hours = D(vcpus * hours)
        core_cost = core_hours * D("0.035602")
        add(web, COMPUTE, "N2 Instance Core running in Paris", "A1B2-C3D4-E5F6",
            grouped(core_hours), "hour", core_cost)
        ram = core_hours * 4
        add(web, COMPUTE, "N2 Instance Ram running in Paris", "B2C3-D4E5-F6A7", grouped(ram),
            "gibibyte hour", ram * D("0.004772"))
        add(web, COMPUTE, "N2 Instance Core running in Paris", "A1B2-C3D4-E5F6", "0", "hour",
            -(core_cost * D("0.2")), credit="Sustained usage discount")
        add(web, COMPUTE, "Balanced PD Capacity in Paris", "C3D4-E5F6-A7B8", "200",
            "gibibyte month", D("200") * D("0.1104"))
        egress = {"2025-01": D("1234.5678"), "2025-02": D("856.25"), "2025-03": D("2048")}[start[:7]]
        add(web, NET, "Network Internet Egress from Paris to Europe", "D4E5-F6A7-B8C9",
            grouped(egress), "gibibyte", egress * D("0.085"))
        add(data, SQL, "Cloud SQL for PostgreSQL: Zonal - vCPU in Paris", "E5F6-A7B8-C9D0",
            grouped(D(2 * hours)), "hour", D(2 * hours) * D("0.0452"))
        add(data, GCS, "Standard Storage Paris", "F6A7-B8C9-D0E1", "1,024.5", "gibibyte month",
            D("1024.5") * D("0.023"))
        add(data, BQ, "Analysis", "A7B8-C9D0-E1F2", "2.5", "tebibyte", D("2.5") * D("6.25"))
        add(web, GKE, "Zonal Kubernetes Clusters", "B8C9-D0E1-F2A3", grouped(D(hours)), "hour",
            D(hours) * D("0.1"))
        add(web, GKE, "Zonal Kubernetes Clusters", "B8C9-D0E1-F2A3", "0", "hour",
            -(D(hours) * D("0.1")), credit="Free tier")
        if start.startswith("2025-03"):
            # A promotional credit printed as a positive figure, and a rounding row.
            add(web, COMPUTE, "N2 Instance Core running in Paris", "A1B2-C3D4-E5F6", "0", "hour",
                D("100"), credit="Promotion")
            add(web, COMPUTE, "Rounding error", "", "0", "", D("0.004"), cost_type="Rounding error")
    return rows


def console_april_usd():
    rows = []
    for sku, amount, unit, cost in [
            ("E2 Instance Core running in Americas", "12,000", "hour", D("262.2")),
            ("E2 Instance Ram running in Americas", "48,000", "gibibyte hour", D("140.64")),
            ("Commitment v1: E2 Cpu in Americas for 1 Year", "8,640", "hour", D("1234.56"))]:
        rows.append({
            "Billing account name": "Acme Inc billing", "Billing account ID": "0F1E2D-3C4B5A-697887",
            "Project name": "Acme ERP", "Project ID": "acme-erp", "Project hierarchy": "/555/",
            "Service description": COMPUTE[0], "Service ID": COMPUTE[1], "SKU description": sku,
            "SKU ID": "9A8B-7C6D-5E4F", "Consumption model description":
                "Compute Engine Commitments" if sku.startswith("Commitment") else "Default",
            "Credit type": "", "Cost type": "Usage", "Usage start date": "2025-04-01",
            "Usage end date": "2025-04-30", "Usage amount": amount, "Usage unit": unit,
            "Cost ($)": grouped(cost, 2)})
    rows.append(dict(rows[0], **{"Credit type": "Committed usage discount: CPU",
                                 "Usage amount": "0", "Cost ($)": "-262.20"}))
    return rows


BQ_COLUMNS = ["billing_account_id", "service.id", "service.description", "sku.id", "sku.description",
              "usage_start_time", "usage_end_time", "project.id", "project.name", "labels",
              "system_labels", "location.location", "location.region", "location.zone",
              "resource.name", "resource.global_name", "cost", "currency",
              "currency_conversion_rate", "usage.amount", "usage.unit",
              "usage.amount_in_pricing_units", "usage.pricing_unit", "credits", "invoice.month",
              "cost_type"]


def credit(name, amount, kind):
    return {"name": name, "amount": amount, "full_name": None, "id": "", "type": kind}


def bq_rows():
    rows = []
    vm = "//compute.googleapis.com/projects/acme-web-prod/zones/europe-west9-a/instances/web-1"
    for day, month in [("2025-04-01", "202504"), ("2025-04-02", "202504"), ("2025-05-01", "202505")]:
        for hour in ("00", "01"):
            start = "%s %s:00:00 UTC" % (day, hour)
            end = "%s %02d:00:00 UTC" % (day, int(hour) + 1)
            base = {"billing_account_id": ACCOUNT, "usage_start_time": start, "usage_end_time": end,
                    "project.id": "acme-web-prod", "project.name": "Acme Web",
                    "currency": "EUR", "currency_conversion_rate": "0.9211",
                    "invoice.month": month, "cost_type": "regular",
                    "location.location": "europe-west9", "location.region": "europe-west9",
                    "location.zone": "europe-west9-a"}
            labels = json.dumps([{"key": "env", "value": "prod"}, {"key": "app", "value": "web"}],
                                separators=(",", ":"))
            system = json.dumps([{"key": "compute.googleapis.com/machine_spec", "value": "n2-standard-4"},
                                 {"key": "compute.googleapis.com/cores", "value": "4"}],
                                separators=(",", ":"))
            rows.append(dict(base, **{
                "service.id": COMPUTE[1], "service.description": COMPUTE[0], "sku.id": "A1B2-C3D4-E5F6",
                "sku.description": "N2 Instance Core running in Paris", "labels": labels,
                "system_labels": system, "resource.name": "web-1", "resource.global_name": vm,
                "cost": "0.142408", "usage.amount": "14400.0", "usage.unit": "seconds",
                "usage.amount_in_pricing_units": "4.0", "usage.pricing_unit": "hour",
                "credits": json.dumps([credit("Sustained usage discount", -0.0284816,
                                              "SUSTAINED_USAGE_DISCOUNT")], separators=(",", ":"))}))
            rows.append(dict(base, **{
                "service.id": COMPUTE[1], "service.description": COMPUTE[0], "sku.id": "B2C3-D4E5-F6A7",
                "sku.description": "N2 Instance Ram running in Paris", "labels": labels,
                "system_labels": system, "resource.name": "web-1", "resource.global_name": vm,
                "cost": "0.076352", "usage.amount": "6.8719476736E10", "usage.unit": "byte-seconds",
                "usage.amount_in_pricing_units": "16.0", "usage.pricing_unit": "gibibyte hour",
                "credits": json.dumps([credit("Sustained usage discount", -0.0152704, "SUSTAINED_USAGE_DISCOUNT"),
                                       credit("Spending-based discount", -1.2e-05, "DISCOUNT")],
                                      separators=(",", ":"))}))
            rows.append(dict(base, **{
                "service.id": GCS[1], "service.description": GCS[0], "sku.id": "F6A7-B8C9-D0E1",
                "sku.description": "Standard Storage Paris", "labels": "[]", "system_labels": "[]",
                "resource.name": "acme-assets", "resource.global_name": "//storage.googleapis.com/projects/_/buckets/acme-assets",
                "cost": "0.032877", "usage.amount": "5.1E15", "usage.unit": "byte-seconds",
                "usage.amount_in_pricing_units": "1.4294", "usage.pricing_unit": "gibibyte month",
                "credits": "[]"}))
            rows.append(dict(base, **{
                "service.id": "152E-C115-5142", "service.description": "Cloud Run", "sku.id": "C0D1-E2F3-A4B5",
                "sku.description": "CPU Allocation Time", "labels": json.dumps([{"key": "env", "value": "dev"}]),
                "system_labels": "[]", "location.location": "europe-west9", "location.zone": "",
                "resource.name": "thumbnailer", "resource.global_name": "//run.googleapis.com/projects/acme-web-prod/locations/europe-west9/services/thumbnailer",
                "cost": "0.0216", "usage.amount": "900", "usage.unit": "seconds",
                "usage.amount_in_pricing_units": "900", "usage.pricing_unit": "vCPU-second",
                "credits": json.dumps([credit("Free tier", -0.0216, "FREE_TIER")])}))
        rows.append({"billing_account_id": ACCOUNT, "service.id": "", "service.description": "Invoice",
                     "sku.id": "", "sku.description": "Tax", "usage_start_time": day + " 00:00:00 UTC",
                     "usage_end_time": day + " 00:00:00 UTC", "cost": "0.1234", "currency": "EUR",
                     "credits": "[]", "invoice.month": month, "cost_type": "tax", "labels": "[]",
                     "system_labels": "[]"})
    return rows


def write(path, fields, rows, preamble=None):
    out = io.StringIO()
    if preamble:
        csv.writer(out, lineterminator="\n").writerows(preamble)
    w = csv.DictWriter(out, fieldnames=fields, lineterminator="\n", restval="")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write(out.getvalue())
    return out.getvalue()


if __name__ == "__main__":
    rows = console_rows()
    # The preamble's total: credits reduce cost, whatever sign the row prints.
    total = sum(-abs(D(r["Unrounded Cost (\u20ac)"].replace(",", ""))) if r["Credit type"]
                else D(r["Unrounded Cost (\u20ac)"].replace(",", "")) for r in rows)
    q1 = write("gcp-cost-table-2025q1.csv", CONSOLE, rows, preamble=[
        ["Billing account name", "Acme Group billing"], ["Billing account ID", ACCOUNT],
        ["Start date", "2025-01-01"], ["End date", "2025-03-31"], ["Currency", "EUR"],
        ["Total cost", grouped(total.quantize(D("0.01")), 2)], []])
    usd_columns = [c for c in CONSOLE if not c.startswith("Unrounded")]
    usd_columns[-1] = "Cost ($)"
    write("gcp-cost-table-2025-04-usd.csv", usd_columns, console_april_usd(), preamble=[
        ["Billing account name", "Acme Inc billing"], ["Billing account ID", "0F1E2D-3C4B5A-697887"],
        ["Invoice month", "April 2025"], ["Subtotal", "1,375.20"], []])
    write("gcp-bigquery-export-2025-04.csv", BQ_COLUMNS, bq_rows())

    lines = q1.split("\n")
    header_at = next(i for i, l in enumerate(lines) if l.startswith("Billing account name,Billing account ID"))
    head, first, second = lines[:header_at + 1], lines[header_at + 1], lines[header_at + 2]

    def set_field(line, index, value):
        fields = next(csv.reader([line]))
        fields[index] = value
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow(fields)
        return out.getvalue()

    def save(name, text_lines, end="\n"):
        with open("malformed/" + name, "w", newline="", encoding="utf-8") as f:
            f.write("\n".join(text_lines) + end)

    save("bad-amount.csv", head + [first, set_field(second, 16, "12.34.56")])
    save("bad-date.csv", head + [set_field(first, 12, "2025-13-01"), second])
    cut = [i for i, c in enumerate(second) if c == ","][13]
    save("truncated.csv", head + [first, second[:cut]], end="")
    no_cost = [c for c in CONSOLE if "Cost (" not in c]

    def drop_costs(line):
        fields = next(csv.reader([line]))[:16]
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow(fields)
        return out.getvalue()
    save("missing-column.csv", head[:-1] + [",".join(no_cost), drop_costs(first)])
