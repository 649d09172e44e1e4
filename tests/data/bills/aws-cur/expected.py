#!/usr/bin/env python3
"""Expected totals of the AWS CUR fixtures, computed from the CSV files alone (not by Boussole):
BilledCost and EffectiveCost per service name and month, with the line-item-type table of
docs/bills.md. Prints the figures pasted into tests/models/TestAwsCurImporter.cpp."""
import csv, json, sys
from collections import defaultdict
from decimal import Decimal as D, ROUND_HALF_EVEN


def key(name):
    return "".join(c for c in name.lower() if c.isalnum())


def map_value(text, wanted):
    text = text.strip()
    if not text:
        return ""
    try:
        return json.loads(text).get(wanted, "")
    except ValueError:
        for pair in text.strip("{}").split(","):
            k, _, v = pair.partition("=")
            if k.strip() == wanted:
                return v.strip()
    return ""


# Boussole's Money keeps 12 decimals: each amount is rounded half-even to 1e-12 when read.
def num(text):
    return D(text).quantize(D("1e-12"), ROUND_HALF_EVEN) if text.strip() else D(0)


def totals(path):
    sums = defaultdict(lambda: [D(0), D(0), 0])
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    cols = {key(n): i for i, n in reversed(list(enumerate(rows[0])))}
    get = lambda r, k: r[cols[k]] if k in cols else ""
    for r in rows[1:]:
        t = get(r, "lineitemlineitemtype")
        billed = num(get(r, "lineitemunblendedcost"))
        if t == "DiscountedUsage":
            eff = num(get(r, "reservationeffectivecost"))
        elif t == "SavingsPlanCoveredUsage":
            eff = num(get(r, "savingsplansavingsplaneffectivecost"))
        elif t in ("SavingsPlanNegation", "SavingsPlanUpfrontFee"):
            eff = D(0)
        elif t == "RIFee":
            eff = num(get(r, "reservationunusedamortizedupfrontfeeforbillingperiod")) + num(
                get(r, "reservationunusedrecurringfee"))
        elif t == "Fee" and get(r, "reservationreservationarn"):
            eff = D(0)
        elif t == "SavingsPlanRecurringFee":
            eff = num(get(r, "savingsplantotalcommitmenttodate")) - num(get(r, "savingsplanusedcommitment"))
        else:
            eff = billed
        service = get(r, "productproductname") or map_value(get(r, "product"), "product_name") \
            or get(r, "lineitemproductcode")
        month = get(r, "lineitemusagestartdate")[:7]
        s = sums[(service, month)]
        s[0] += billed
        s[1] += eff
        s[2] += 1
    return sums


for path in sys.argv[1:] or ["cur-legacy-2025q1.csv", "cur2-2025-04-05.csv"]:
    print(path)
    grand = [D(0), D(0)]
    for (service, month), (b, e, n) in sorted(totals(path).items()):
        print('    {"%s", "%s", "%s", "%s", %d},' % (service, month, b.normalize(), e.normalize(), n))
        grand[0] += b
        grand[1] += e
    print("    total", grand[0].normalize(), grand[1].normalize())
