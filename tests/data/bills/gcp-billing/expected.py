#!/usr/bin/env python3
"""Expected totals of the Google Cloud fixtures from the CSV files alone (not by Boussole):
cost per service and month, with credits reducing cost (cost-table credit rows counted negative;
BigQuery credits arrays summed into their row). Prints the rows pasted into
tests/models/TestGcpBillingImporter.cpp."""
import csv, json, sys
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_EVEN


def money(text):
    return D(text.replace(",", "")).quantize(D("1e-12"), ROUND_HALF_EVEN)


def totals(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    at = next(i for i, r in enumerate(rows) if "Service description" in r or "service.description" in r)
    header = rows[at]
    sums = defaultdict(lambda: [D(0), 0])
    for r in rows[at + 1:]:
        if not r:
            continue
        row = dict(zip(header, r))
        if "service.description" in row:
            cost = money(row["cost"])
            for c in json.loads(row["credits"] or "[]"):
                cost += money(repr(c["amount"]))
            key = (row["service.description"], row["usage_start_time"][:7])
        else:
            column = next(h for h in header if h.startswith("Unrounded")) if any(
                h.startswith("Unrounded") for h in header) else next(h for h in header if h.startswith("Cost ("))
            cost = money(row[column])
            if row["Credit type"] and cost > 0:
                cost = -cost
            key = (row["Service description"], row["Usage start date"][:7])
        sums[key][0] += cost
        sums[key][1] += 1
    return sums


for path in sys.argv[1:] or ["gcp-cost-table-2025q1.csv", "gcp-cost-table-2025-04-usd.csv",
                             "gcp-bigquery-export-2025-04.csv"]:
    print(path)
    grand = D(0)
    for (service, month), (cost, n) in sorted(totals(path).items()):
        print('    {"%s", "%s", "%s", %d},' % (service, month, "{:f}".format(cost.normalize()), n))
        grand += cost
    print("    total", "{:f}".format(grand.normalize()))
