#!/usr/bin/env python3
"""Expected totals of the Azure fixtures from the CSV files alone (not by Boussole): BilledCost
and EffectiveCost per meter category, month and currency, with the rules of docs/bills.md
(covered usage and unused commitments: billed 0; commitment purchases in an amortised export:
effective 0). Prints the rows pasted into tests/models/TestAzureCostImporter.cpp."""
import csv, sys
from collections import defaultdict
from decimal import Decimal as D


def pick(row, *names):
    for name in names:
        for k, v in row.items():
            alias = k[k.rfind("(") + 1:-1] if k.endswith(")") else k
            if k.lower() == name.lower() or alias.lower() == name.lower():
                return v
    return ""


def month(date):
    if "/" in date:
        m, d, y = date.split("/")
        return "%s-%s" % (y, m)
    return date[:7]


def totals(path):
    amortised = "amortized" in path.lower()
    sums = defaultdict(lambda: [D(0), D(0), 0])
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            cost = D(pick(row, "CostInBillingCurrency", "PreTaxCost", "Cost"))
            charge = pick(row, "ChargeType") or "Usage"
            model = pick(row, "PricingModel")
            commitment = model in ("Reservation", "SavingsPlan") or pick(row, "benefitId", "ReservationId")
            billed, effective = cost, cost
            if charge == "Usage" and model in ("Reservation", "SavingsPlan"):
                billed = D(0)
            elif charge in ("UnusedReservation", "UnusedSavingsPlan"):
                billed = D(0)
            elif charge in ("Purchase", "Refund") and commitment and amortised:
                effective = D(0)
            key = (pick(row, "MeterCategory"), month(pick(row, "Date", "UsageDateTime")),
                   pick(row, "BillingCurrencyCode", "BillingCurrency", "Currency"))
            s = sums[key]
            s[0] += billed
            s[1] += effective
            s[2] += 1
    return sums


for path in sys.argv[1:] or ["azure-ea-actual-2025q1.csv", "azure-mca-amortized-2025-04.csv",
                             "azure-usage-legacy-2019.csv"]:
    print(path)
    for (service, m, currency), (b, e, n) in sorted(totals(path).items()):
        print('    {"%s", "%s", "%s", "%s", "%s", %d},' % (service, m, currency, b.normalize(),
                                                         e.normalize(), n))
