#!/usr/bin/env python3
"""Writes the FOCUS test fixtures and, independently of Boussole, their expected totals
(Python's decimal module, exact). Run from this folder; the outputs are committed."""
import csv, gzip, io, json, random
from decimal import Decimal

random.seed(20250131)
COLS_12 = ["AvailabilityZone", "BilledCost", "BillingAccountId", "BillingAccountName", "BillingAccountType",
           "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart", "CapacityReservationId",
           "CapacityReservationStatus", "ChargeCategory", "ChargeClass", "ChargeDescription", "ChargeFrequency",
           "ChargePeriodEnd", "ChargePeriodStart", "CommitmentDiscountCategory", "CommitmentDiscountId",
           "CommitmentDiscountName", "CommitmentDiscountQuantity", "CommitmentDiscountStatus",
           "CommitmentDiscountType", "CommitmentDiscountUnit", "ConsumedQuantity", "ConsumedUnit", "ContractedCost",
           "ContractedUnitPrice", "EffectiveCost", "InvoiceId", "InvoiceIssuerName", "ListCost", "ListUnitPrice",
           "PricingCategory", "PricingCurrency", "PricingQuantity", "PricingUnit", "ProviderName", "PublisherName",
           "RegionId", "RegionName", "ResourceId", "ResourceName", "ResourceType", "ServiceCategory", "ServiceName",
           "ServiceSubcategory", "SkuId", "SkuMeter", "SkuPriceDetails", "SkuPriceId", "SubAccountId",
           "SubAccountName", "SubAccountType", "Tags", "x_UsageType"]

MONTHS = [(2025, 1, 31), (2025, 2, 28), (2025, 3, 31)]
SP_ARN = "arn:aws:savingsplans::210987654321:savingsplan/3f1e2d4c-aaaa-bbbb-cccc-1234567890ab"
VMS = [("i-0a1b2c3d4e5f60718", "erp-app-01", "m7i.xlarge", "prod", "erp"),
       ("i-0b2c3d4e5f6071829", "erp-db-01", "r7i.2xlarge", "prod", "erp"),
       ("i-0c3d4e5f607182930", "portail-web-01", "c7i.large", "preprod", "portail")]
ACCOUNTS = [("210987654321", "assurance-prod"), ("123456789012", "assurance-dev")]


def amount(lo, hi):
    # 10 decimals, as AWS FOCUS exports print
    return Decimal(random.randint(int(lo * 10**10), int(hi * 10**10))) / Decimal(10**10)


def iso(y, m, d, h=0):
    return f"{y:04d}-{m:02d}-{d:02d}T{h:02d}:00:00Z"


def next_month(y, m):
    return (y + 1, 1) if m == 12 else (y, m + 1)


def focus12_rows():
    rows = []
    for (y, m, days) in MONTHS:
        ny, nm = next_month(y, m)
        bp = dict(BillingPeriodStart=iso(y, m, 1), BillingPeriodEnd=iso(ny, nm, 1))
        common = dict(BillingAccountId="210987654321", BillingAccountName="Mutuelle Atlantique",
                      BillingAccountType="Billing Account", BillingCurrency="USD", InvoiceIssuerName="Amazon Web Services EMEA SARL",
                      ProviderName="AWS", PublisherName="Amazon Web Services", InvoiceId=f"EUINFR25-{m:06d}",
                      PricingCurrency="USD", SubAccountType="Linked Account", **bp)
        for day in (1, 15):
            for (rid, name, itype, env, app) in VMS:
                acct = ACCOUNTS[0] if env == "prod" else ACCOUNTS[1]
                hours = Decimal(24)
                billed = amount(2, 9)
                covered = rid == VMS[0][0]
                r = dict(common, AvailabilityZone="eu-west-3a", ChargeCategory="Usage", ChargeFrequency="Usage-Based",
                         ChargeDescription=f"USD per On Demand Linux {itype} Instance Hour",
                         ChargePeriodStart=iso(y, m, day), ChargePeriodEnd=iso(y, m, day + 1),
                         ConsumedQuantity=str(hours), ConsumedUnit="Hours", PricingQuantity=str(hours), PricingUnit="Hours",
                         RegionId="eu-west-3", RegionName="Europe (Paris)", ResourceId=f"arn:aws:ec2:eu-west-3:{acct[0]}:instance/{rid}",
                         ResourceName=name, ResourceType="Instance", ServiceCategory="Compute", ServiceName="Amazon Elastic Compute Cloud",
                         ServiceSubcategory="Virtual Machines", SkuId="ABCD1234", SkuMeter="BoxUsage",
                         SkuPriceDetails=json.dumps({"InstanceType": itype, "OperatingSystem": "Linux"}),
                         SkuPriceId=f"ABCD1234.JRTCKXETXF.{itype}", SubAccountId=acct[0], SubAccountName=acct[1],
                         Tags=json.dumps({"user:environment": env, "user:application": app}), x_UsageType=f"EUW3-BoxUsage:{itype}")
                if covered:
                    eff = amount(1, 2)
                    r.update(BilledCost="0", EffectiveCost=str(eff), ListCost=str(billed), ContractedCost=str(eff),
                             PricingCategory="Committed", CommitmentDiscountCategory="Spend", CommitmentDiscountId=SP_ARN,
                             CommitmentDiscountName="Compute Savings Plan 1 an", CommitmentDiscountStatus="Used",
                             CommitmentDiscountType="Savings Plan", CommitmentDiscountQuantity=str(eff), CommitmentDiscountUnit="USD")
                else:
                    r.update(BilledCost=str(billed), EffectiveCost=str(billed), ListCost=str(billed), ContractedCost=str(billed),
                             PricingCategory="Standard")
                rows.append(r)
        # the savings plan's recurring fee: billed, amortised into the covered usage (EffectiveCost 0)
        fee = Decimal("36.5000000000")
        rows.append(dict(common, ChargeCategory="Purchase", ChargeFrequency="Recurring", ChargeDescription="Savings Plan recurring fee",
                         ChargePeriodStart=iso(y, m, 1), ChargePeriodEnd=iso(ny, nm, 1), BilledCost=str(fee), EffectiveCost="0",
                         ListCost=str(fee), ContractedCost=str(fee), PricingCategory="Committed", CommitmentDiscountCategory="Spend",
                         CommitmentDiscountId=SP_ARN, CommitmentDiscountName="Compute Savings Plan 1 an", CommitmentDiscountType="Savings Plan",
                         ServiceCategory="Compute", ServiceName="Savings Plans for AWS Compute usage", ServiceSubcategory="Other (Compute)",
                         SubAccountId=ACCOUNTS[0][0], SubAccountName=ACCOUNTS[0][1], RegionId="", ResourceId=SP_ARN))
        for (bucket, acct) in (("mutuelle-ged-archives", ACCOUNTS[0]), ("mutuelle-logs", ACCOUNTS[1])):
            gb = amount(100, 900)
            cost = amount(3, 25)
            rows.append(dict(common, ChargeCategory="Usage", ChargeFrequency="Usage-Based", ChargeDescription="USD per GB-Month of storage used",
                             ChargePeriodStart=iso(y, m, 1), ChargePeriodEnd=iso(ny, nm, 1), BilledCost=str(cost), EffectiveCost=str(cost),
                             ListCost=str(cost), ContractedCost=str(cost), PricingCategory="Standard", ConsumedQuantity=str(gb), ConsumedUnit="GB-Mo",
                             RegionId="eu-west-3", RegionName="Europe (Paris)", ResourceId=bucket, ResourceName=bucket, ResourceType="Bucket",
                             ServiceCategory="Storage", ServiceName="Amazon Simple Storage Service", ServiceSubcategory="Object Storage",
                             SubAccountId=acct[0], SubAccountName=acct[1], Tags='{"user:application": "ged"}'))
        rds = amount(150, 300)
        rows.append(dict(common, ChargeCategory="Usage", ChargeFrequency="Usage-Based", ChargeDescription="USD per db.r6g.large Multi-AZ instance hour",
                         ChargePeriodStart=iso(y, m, 1), ChargePeriodEnd=iso(ny, nm, 1), BilledCost=str(rds), EffectiveCost=str(rds), ListCost=str(rds),
                         ContractedCost=str(rds), PricingCategory="Standard", ConsumedQuantity=str(days * 24), ConsumedUnit="Hours",
                         RegionId="eu-west-3", ResourceId=f"arn:aws:rds:eu-west-3:210987654321:db:erp-pg", ResourceName="erp-pg",
                         ResourceType="DBInstance", ServiceCategory="Databases", ServiceName="Amazon Relational Database Service",
                         ServiceSubcategory="Relational Databases", SubAccountId=ACCOUNTS[0][0], SubAccountName=ACCOUNTS[0][1]))
        egress = amount(10, 40)
        rows.append(dict(common, ChargeCategory="Usage", ChargeFrequency="Usage-Based", ChargeDescription="USD per GB - EU (Paris) data transfer to Internet",
                         ChargePeriodStart=iso(y, m, 1), ChargePeriodEnd=iso(ny, nm, 1), BilledCost=str(egress), EffectiveCost=str(egress),
                         ListCost=str(egress), ContractedCost=str(egress), PricingCategory="Standard", RegionId="eu-west-3",
                         ServiceCategory="Networking", ServiceName="AWS Data Transfer", ServiceSubcategory="Network Connectivity",
                         SubAccountId=ACCOUNTS[0][0], SubAccountName=ACCOUNTS[0][1]))
        tax = amount(40, 60)
        rows.append(dict(common, ChargeCategory="Tax", ChargeFrequency="Recurring", ChargeDescription="Tax for billing period",
                         ChargePeriodStart=iso(y, m, 1), ChargePeriodEnd=iso(ny, nm, 1), BilledCost=str(tax), EffectiveCost=str(tax),
                         ListCost="0", ContractedCost="0", ServiceCategory="Other", ServiceName="Tax",
                         SubAccountId=ACCOUNTS[0][0], SubAccountName=ACCOUNTS[0][1]))
        if m == 2:
            credit = -amount(5, 15)
            rows.append(dict(common, ChargeCategory="Credit", ChargeFrequency="One-Time", ChargeDescription="AWS Activate credit",
                             ChargePeriodStart=iso(y, m, 1), ChargePeriodEnd=iso(ny, nm, 1), BilledCost=str(credit), EffectiveCost=str(credit),
                             ListCost="0", ContractedCost="0", ServiceCategory="Compute", ServiceName="Amazon Elastic Compute Cloud",
                             SubAccountId=ACCOUNTS[1][0], SubAccountName=ACCOUNTS[1][1]))
    return rows


def write_csv(path, cols, rows, **kw):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, extrasaction="raise", lineterminator=kw.get("eol", "\n"))
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def totals(rows):
    out = {"billed": {}, "effective": {}, "by_service_month": {}, "lines": len(rows)}
    for r in rows:
        cur = r.get("BillingCurrency", "XXX")
        b = Decimal(r["BilledCost"]); e = Decimal(r["EffectiveCost"])
        out["billed"][cur] = str(Decimal(out["billed"].get(cur, "0")) + b)
        out["effective"][cur] = str(Decimal(out["effective"].get(cur, "0")) + e)
        key = r["ServiceName"] + "|" + r["ChargePeriodStart"][:7]
        out["by_service_month"][key] = str(Decimal(out["by_service_month"].get(key, "0")) + b)
    return out


expected = {}
rows = focus12_rows()
write_csv("focus-1.2-aws.csv", COLS_12, rows)
with open("focus-1.2-aws.csv", "rb") as f:
    data = f.read()
with gzip.GzipFile("focus-1.2-aws.csv.gz", "wb", mtime=0) as g:
    g.write(data)
expected["focus-1.2-aws.csv"] = totals(rows)

# FOCUS 1.0 as the official sample data writes it: extra Id column, NULL words, timestamps
# without T/Z, mixed-case values, Tags JSON, CRLF line ends and a BOM.
cols10 = ["Id", "AvailabilityZone", "BilledCost", "BillingAccountId", "BillingAccountName", "BillingCurrency",
          "BillingPeriodEnd", "BillingPeriodStart", "ChargeCategory", "ChargeClass", "ChargeDescription", "ChargeFrequency",
          "ChargePeriodEnd", "ChargePeriodStart", "CommitmentDiscountCategory", "CommitmentDiscountId",
          "CommitmentDiscountName", "CommitmentDiscountStatus", "CommitmentDiscountType", "ConsumedQuantity", "ConsumedUnit",
          "ContractedCost", "ContractedUnitPrice", "EffectiveCost", "InvoiceIssuerName", "ListCost", "ListUnitPrice",
          "PricingCategory", "PricingQuantity", "PricingUnit", "ProviderName", "PublisherName", "RegionId", "RegionName",
          "ResourceId", "ResourceName", "ResourceType", "ServiceCategory", "ServiceName", "SkuId", "SkuPriceId",
          "SubAccountId", "SubAccountName", "Tags", "x_ProviderSpecific"]
rows10 = []
for i in range(24):
    y, m = 2024, 9 + i // 8
    d = 1 + i % 8
    billed = amount(0, 3)
    provider = ["Microsoft", "AWS", "Oracle"][i % 3]
    rows10.append({"Id": f"{1000 + i}", "AvailabilityZone": "NULL", "BilledCost": str(billed), "BillingAccountId": "acct-42",
                   "BillingAccountName": "NULL", "BillingCurrency": "EUR" if provider != "AWS" else "eur",
                   "BillingPeriodEnd": f"{y}-{m + 1:02d}-01 00:00:00", "BillingPeriodStart": f"{y}-{m:02d}-01 00:00:00",
                   "ChargeCategory": ["Usage", "usage", "USAGE"][i % 3], "ChargeClass": "NULL",
                   "ChargeDescription": "Standard D2s v5 - 1 Hour" if provider == "Microsoft" else "NULL",
                   "ChargeFrequency": ["Usage-Based", "Usage-based"][i % 2], "ChargePeriodEnd": f"{y}-{m:02d}-{d:02d} 23:00:00",
                   "ChargePeriodStart": f"{y}-{m:02d}-{d:02d} 22:00:00", "CommitmentDiscountCategory": "NULL",
                   "CommitmentDiscountId": "NULL", "CommitmentDiscountName": "NULL", "CommitmentDiscountStatus": "NULL",
                   "CommitmentDiscountType": "NULL", "ConsumedQuantity": "1", "ConsumedUnit": "Hours",
                   "ContractedCost": str(billed), "ContractedUnitPrice": str(billed), "EffectiveCost": str(billed),
                   "InvoiceIssuerName": provider, "ListCost": str(billed), "ListUnitPrice": str(billed),
                   "PricingCategory": "" if provider == "Oracle" else "On-Demand", "PricingQuantity": "1", "PricingUnit": "Hours",
                   "ProviderName": provider, "PublisherName": provider, "RegionId": "francecentral" if provider == "Microsoft" else "eu-paris-1",
                   "RegionName": "NULL", "ResourceId": f"/subscriptions/abc/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-{i % 4}",
                   "ResourceName": f"vm-{i % 4}", "ResourceType": "Virtual machine", "ServiceCategory": ["Compute", "compute"][i % 2],
                   "ServiceName": "Virtual Machines", "SkuId": "NULL", "SkuPriceId": "NULL", "SubAccountId": "sub-1",
                   "SubAccountName": "Production", "Tags": '{"env": "prod", "owner": "dsi"}' if i % 2 else "NULL",
                   "x_ProviderSpecific": "" if i % 4 else "meter-42"})
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=cols10, lineterminator="\r\n")
w.writeheader()
for r in rows10:
    w.writerow(r)
with open("focus-1.0-sample-quirks.csv", "w", newline="", encoding="utf-8-sig") as f:
    f.write(buf.getvalue())
for r in rows10:
    r["BillingCurrency"] = r["BillingCurrency"].upper()
    r["ChargePeriodStart"] = r["ChargePeriodStart"][:10] + "T" + r["ChargePeriodStart"][11:] + "Z"
expected["focus-1.0-sample-quirks.csv"] = totals(rows10)

# FOCUS 1.3 draft: ServiceProviderName and HostProviderName in place of ProviderName.
cols13 = ["BilledCost", "BillingAccountId", "BillingAccountName", "BillingCurrency", "BillingPeriodEnd",
          "BillingPeriodStart", "ChargeCategory", "ChargeClass", "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd",
          "ChargePeriodStart", "ContractedCost", "EffectiveCost", "HostProviderName", "InvoiceIssuerName", "ListCost",
          "PricingCategory", "RegionId", "ResourceId", "ResourceName", "ServiceCategory", "ServiceName",
          "ServiceProviderName", "ServiceSubcategory", "SubAccountId", "SubAccountName", "Tags"]
rows13 = []
for i, (svc, cat, sub) in enumerate([("Public Cloud Instances", "Compute", "Virtual Machines"),
                                     ("Object Storage", "Storage", "Object Storage"),
                                     ("Managed Kubernetes Service", "Compute", "Containers"),
                                     ("Public Cloud Instances", "Compute", "Virtual Machines")]):
    c = amount(10, 120)
    rows13.append({"BilledCost": str(c), "BillingAccountId": "ab12345-ovh", "BillingAccountName": "Mutuelle Atlantique",
                   "BillingCurrency": "EUR", "BillingPeriodEnd": "2025-04-01T00:00:00Z", "BillingPeriodStart": "2025-03-01T00:00:00Z",
                   "ChargeCategory": "Usage", "ChargeDescription": svc, "ChargeFrequency": "Usage-Based",
                   "ChargePeriodEnd": "2025-04-01T00:00:00Z", "ChargePeriodStart": "2025-03-01T00:00:00Z", "ContractedCost": str(c),
                   "EffectiveCost": str(c), "HostProviderName": "OVHcloud", "InvoiceIssuerName": "OVH SAS", "ListCost": str(c),
                   "PricingCategory": "Standard", "RegionId": "GRA", "ResourceId": f"ovh-res-{i}", "ResourceName": f"res-{i}",
                   "ServiceCategory": cat, "ServiceName": svc, "ServiceProviderName": "OVHcloud", "ServiceSubcategory": sub,
                   "SubAccountId": "proj-7a1f", "SubAccountName": "prod-hds", "Tags": ""})
write_csv("focus-1.3-ovhcloud.csv", cols13, rows13)
expected["focus-1.3-ovhcloud.csv"] = totals(rows13)

# Malformed variants of the 1.2 file (the test checks their exact errors).
lines = data.decode().split("\n")
header = lines[0].split(",")
bad = lines[:]
fields = next(csv.reader([bad[3]]))
fields[header.index("BilledCost")] = "12,5O"
buf = io.StringIO(); csv.writer(buf, lineterminator="").writerow(fields); bad[3] = buf.getvalue()
open("bad-amount.csv", "w").write("\n".join(bad))
bad = lines[:]
fields = next(csv.reader([bad[5]]))
fields[header.index("ChargePeriodStart")] = "2025-02-30T00:00:00Z"
buf = io.StringIO(); csv.writer(buf, lineterminator="").writerow(fields); bad[5] = buf.getvalue()
open("bad-date.csv", "w").write("\n".join(bad))
text = "\n".join(lines[:8]).rstrip("\n")
open("truncated.csv", "w").write(text[: text.rfind(",") - 30])
open("no-billed-cost.csv", "w").write("\n".join(l.replace("BilledCost", "Billed_Cost", 1) if i == 0 else l for i, l in enumerate(lines[:5])))
gz = open("focus-1.2-aws.csv.gz", "rb").read()
open("corrupt.csv.gz", "wb").write(gz[: len(gz) // 2])

json.dump(expected, open("expected.json", "w"), indent=1, sort_keys=True)
print(json.dumps({k: (v["lines"], v["billed"]) for k, v in expected.items()}))

# The same bill zipped (as AWS delivers legacy CUR), and a zip cut in half.
import zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("focus-1.2-aws.csv", date_time=(2025, 4, 1, 0, 0, 0)), data,
               compress_type=zipfile.ZIP_DEFLATED)
open("focus-1.2-aws.zip", "wb").write(buf.getvalue())
open("corrupt.zip", "wb").write(buf.getvalue()[: len(buf.getvalue()) // 2])
