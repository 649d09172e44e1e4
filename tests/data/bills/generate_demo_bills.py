#!/usr/bin/env python3
"""Generates the demo project's bills (deterministic): six months of the AWS digital platform's
FOCUS 1.2 export (daily lines, as AWS Data Exports writes "FOCUS 1.2 with AWS columns") and three
months of an OVHcloud FOCUS export (a backup trial on Object Storage). Every name is fictional;
the unit prices are AWS's and OVHcloud's public list prices for Paris/Gravelines (see
resources/catalog/) at the time of writing, amounts carry 10 decimals as the exports do.

Usage: generate_demo_bills.py OUTPUT_DIR   (writes aws-focus-2025.csv.gz, ovhcloud-focus-2025.csv)
"""
import csv, datetime as dt, gzip, io, json, random, sys
from decimal import Decimal, ROUND_HALF_EVEN

out = sys.argv[1] if len(sys.argv) > 1 else "."
random.seed(4815162342)
D = Decimal
Q = D("0.0000000001")

COLS = ["AvailabilityZone", "BilledCost", "BillingAccountId", "BillingAccountName", "BillingAccountType",
        "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart", "ChargeCategory", "ChargeClass",
        "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart", "CommitmentDiscountCategory",
        "CommitmentDiscountId", "CommitmentDiscountName", "CommitmentDiscountStatus", "CommitmentDiscountType",
        "ConsumedQuantity", "ConsumedUnit", "ContractedCost", "EffectiveCost", "InvoiceId", "InvoiceIssuerName",
        "ListCost", "PricingCategory", "PricingQuantity", "PricingUnit", "ProviderName", "PublisherName", "RegionId",
        "RegionName", "ResourceId", "ResourceName", "ResourceType", "ServiceCategory", "ServiceName",
        "ServiceSubcategory", "SkuId", "SkuPriceDetails", "SkuPriceId", "SubAccountId", "SubAccountName",
        "SubAccountType", "Tags", "x_UsageType", "x_Operation"]

ACCOUNT = "481516234200"
SP = "arn:aws:savingsplans::481516234200:savingsplan/7c2f9a10-5d3e-4b8a-9e61-0f4b2d8c1a37"


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def money(x):
    return str(D(x).quantize(Q, rounding=ROUND_HALF_EVEN))


rows = []
start = dt.datetime(2025, 6, 1)
# resource id, name, instance type, hourly list price (USD), app, env, covered by the savings plan
vms = [("i-0c1d2e3f4a5b6c7d8", "mqv-bastion-prod", "t3.small", D("0.0236"), "bastion-aws", False),
       ("i-0a9b8c7d6e5f40312", "mqv-sftp-partenaires-0", "m6i.large", D("0.112"), "api-partenaires", True),
       ("i-0b1c2d3e4f5a60718", "mqv-sftp-partenaires-1", "m6i.large", D("0.112"), "api-partenaires", True)]
nodes = [(f"i-0e{n}a7c3b9d1f2e4{n}{n}", "mqv-digital-prod/general", "m6i.xlarge", D("0.224")) for n in range(4)]
for day in range(183):  # 2025-06-01 .. 2025-11-30
    d0 = start + dt.timedelta(days=day)
    d1 = d0 + dt.timedelta(days=1)
    month0 = d0.replace(day=1)
    month1 = (month0 + dt.timedelta(days=32)).replace(day=1)
    common = dict(BillingAccountId=ACCOUNT, BillingAccountName="Mutuelle des Quatre Vents - digital",
                  BillingAccountType="Billing Account", BillingCurrency="USD", BillingPeriodStart=iso(month0),
                  BillingPeriodEnd=iso(month1), InvoiceIssuerName="Amazon Web Services EMEA SARL",
                  InvoiceId=f"EUINFR25-{month0:%m}4815", ProviderName="AWS", PublisherName="Amazon Web Services",
                  RegionId="eu-west-3", RegionName="Europe (Paris)", SubAccountId=ACCOUNT,
                  SubAccountName="mqv-digital-prod", SubAccountType="Linked Account",
                  ChargePeriodStart=iso(d0), ChargePeriodEnd=iso(d1), ChargeClass="")
    for rid, name, itype, rate, app, covered in vms + [(n[0], n[1], n[2], n[3], "plateforme-eks", False) for n in nodes]:
        hours = D(24)
        listc = rate * hours
        r = dict(common, AvailabilityZone="eu-west-3a", ChargeCategory="Usage", ChargeFrequency="Usage-Based",
                 ChargeDescription=f"USD {rate} per On Demand Linux {itype} Instance Hour", ConsumedQuantity="24",
                 ConsumedUnit="Hours", PricingQuantity="24", PricingUnit="Hours",
                 ResourceId=f"arn:aws:ec2:eu-west-3:{ACCOUNT}:instance/{rid}", ResourceName=name, ResourceType="Instance",
                 ServiceCategory="Compute", ServiceName="Amazon Elastic Compute Cloud", ServiceSubcategory="Virtual Machines",
                 SkuId="9QH3RK6Y3E7N6F8J", SkuPriceDetails=json.dumps({"InstanceType": itype, "OperatingSystem": "Linux", "CoreCount": 2}),
                 SkuPriceId=f"9QH3RK6Y3E7N6F8J.JRTCKXETXF.{itype}", ListCost=money(listc),
                 Tags=json.dumps({"user:env": "prod", "user:app": app}), x_UsageType=f"EUW3-BoxUsage:{itype}",
                 x_Operation="RunInstances")
        if covered:
            eff = listc * D("0.672")  # Compute Savings Plan, 1 year, no upfront: 32.8 % off
            r.update(BilledCost="0", EffectiveCost=money(eff), ContractedCost=money(eff), PricingCategory="Committed",
                     CommitmentDiscountCategory="Spend", CommitmentDiscountId=SP, CommitmentDiscountName="Compute SP 1 an sans avance",
                     CommitmentDiscountStatus="Used", CommitmentDiscountType="Savings Plan")
        else:
            r.update(BilledCost=money(listc), EffectiveCost=money(listc), ContractedCost=money(listc), PricingCategory="Standard")
        rows.append(r)
    # EKS control plane
    eks = D("0.10") * 24
    rows.append(dict(common, ChargeCategory="Usage", ChargeFrequency="Usage-Based", ChargeDescription="USD 0.10 per hour per EKS cluster",
                     ConsumedQuantity="24", ConsumedUnit="Hours", PricingQuantity="24", PricingUnit="Hours",
                     ResourceId=f"arn:aws:eks:eu-west-3:{ACCOUNT}:cluster/mqv-digital-prod", ResourceName="mqv-digital-prod",
                     ResourceType="Cluster", ServiceCategory="Compute", ServiceName="Amazon Elastic Kubernetes Service",
                     ServiceSubcategory="Containers", BilledCost=money(eks), EffectiveCost=money(eks), ListCost=money(eks),
                     ContractedCost=money(eks), PricingCategory="Standard", Tags=json.dumps({"user:env": "prod"}),
                     x_UsageType="EUW3-AmazonEKS-Hours:perCluster", x_Operation="CreateOperation"))
    # RDS PostgreSQL Multi-AZ
    rds = D("0.532") * 24
    rows.append(dict(common, ChargeCategory="Usage", ChargeFrequency="Usage-Based",
                     ChargeDescription="USD 0.532 per RDS db.r6g.large Multi-AZ instance hour (or partial hour) running PostgreSQL",
                     ConsumedQuantity="24", ConsumedUnit="Hours", PricingQuantity="24", PricingUnit="Hours",
                     ResourceId=f"arn:aws:rds:eu-west-3:{ACCOUNT}:db:mqv-portail-prod", ResourceName="mqv-portail-prod",
                     ResourceType="DBInstance", ServiceCategory="Databases", ServiceName="Amazon Relational Database Service",
                     ServiceSubcategory="Relational Databases", BilledCost=money(rds), EffectiveCost=money(rds), ListCost=money(rds),
                     ContractedCost=money(rds), PricingCategory="Standard",
                     Tags=json.dumps({"user:env": "prod", "user:app": "portail-adherents"}),
                     x_UsageType="EUW3-Multi-AZUsage:db.r6g.large", x_Operation="CreateDBInstance:0014"))
    # NAT gateway hours
    nat = D("0.048") * 24
    rows.append(dict(common, ChargeCategory="Usage", ChargeFrequency="Usage-Based", ChargeDescription="USD 0.048 per NAT Gateway Hour",
                     ConsumedQuantity="24", ConsumedUnit="Hours", PricingQuantity="24", PricingUnit="Hours",
                     ResourceId=f"arn:aws:ec2:eu-west-3:{ACCOUNT}:natgateway/nat-0f1e2d3c4b5a69788", ResourceName="",
                     ResourceType="NatGateway", ServiceCategory="Networking", ServiceName="Amazon Virtual Private Cloud",
                     ServiceSubcategory="Network Infrastructure", BilledCost=money(nat), EffectiveCost=money(nat), ListCost=money(nat),
                     ContractedCost=money(nat), PricingCategory="Standard", x_UsageType="EUW3-NatGateway-Hours",
                     x_Operation="NatGateway"))
    # S3 storage (daily share of GB-month) and egress
    gb = D(1800 + day * 4)
    s3 = gb * D("0.024") / D(30)
    rows.append(dict(common, ChargeCategory="Usage", ChargeFrequency="Usage-Based", ChargeDescription="USD 0.024 per GB-Month of storage used",
                     ConsumedQuantity=money(gb / D(30)), ConsumedUnit="GB-Mo", PricingQuantity=money(gb / D(30)), PricingUnit="GB-Mo",
                     ResourceId="mqv-portail-documents-prod", ResourceName="mqv-portail-documents-prod", ResourceType="Bucket",
                     ServiceCategory="Storage", ServiceName="Amazon Simple Storage Service", ServiceSubcategory="Object Storage",
                     BilledCost=money(s3), EffectiveCost=money(s3), ListCost=money(s3), ContractedCost=money(s3),
                     PricingCategory="Standard", Tags=json.dumps({"user:env": "prod", "user:data-class": "health"}),
                     x_UsageType="EUW3-TimedStorage-ByteHrs", x_Operation="StandardStorage"))
    out_gb = D(random.randint(9000, 22000)) / D(1000)
    egress = out_gb * D("0.09")
    rows.append(dict(common, ChargeCategory="Usage", ChargeFrequency="Usage-Based",
                     ChargeDescription="USD 0.09 per GB - first 10 TB / month data transfer out beyond the global free tier",
                     ConsumedQuantity=str(out_gb), ConsumedUnit="GB", PricingQuantity=str(out_gb), PricingUnit="GB",
                     ServiceCategory="Networking", ServiceName="AWS Data Transfer", ServiceSubcategory="Network Connectivity",
                     BilledCost=money(egress), EffectiveCost=money(egress), ListCost=money(egress), ContractedCost=money(egress),
                     PricingCategory="Standard", x_UsageType="EUW3-DataTransfer-Out-Bytes", x_Operation="RunInstances"))
    if d0.day == 1:
        # The savings plan's monthly commitment: billed here, amortised into the covered usage.
        days = (month1 - month0).days
        fee = D("0.1505") * 24 * days
        rows.append(dict(common, ChargePeriodStart=iso(month0), ChargePeriodEnd=iso(month1), ChargeCategory="Purchase",
                         ChargeFrequency="Recurring", ChargeDescription="1 year No Upfront Compute Savings Plan with an hourly commitment of $0.1505",
                         BilledCost=money(fee), EffectiveCost="0", ListCost=money(fee), ContractedCost=money(fee),
                         PricingCategory="Committed", CommitmentDiscountCategory="Spend", CommitmentDiscountId=SP,
                         CommitmentDiscountName="Compute SP 1 an sans avance", CommitmentDiscountType="Savings Plan",
                         ResourceId=SP, ServiceCategory="Compute", ServiceName="Savings Plans for AWS Compute usage",
                         ServiceSubcategory="Other (Compute)", x_UsageType="ComputeSP:1yrNoUpfront", x_Operation=""))
        cw = D(random.randint(2500, 4200)) / D(100)
        rows.append(dict(common, ChargePeriodStart=iso(month0), ChargePeriodEnd=iso(month1), ChargeCategory="Usage",
                         ChargeFrequency="Usage-Based", ChargeDescription="CloudWatch metrics, logs and alarms",
                         BilledCost=money(cw), EffectiveCost=money(cw), ListCost=money(cw), ContractedCost=money(cw),
                         PricingCategory="Standard", ServiceCategory="Management and Governance", ServiceName="AmazonCloudWatch",
                         ServiceSubcategory="Observability", x_UsageType="EUW3-CW:MetricMonitorUsage", x_Operation="MetricStorage"))

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=COLS, lineterminator="\n")
w.writeheader()
for r in rows:
    w.writerow({c: r.get(c, "") for c in COLS})
with open(f"{out}/aws-focus-2025.csv.gz", "wb") as f:
    with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as g:
        g.write(buf.getvalue().encode())

# OVHcloud: a three-month backup trial on Object Storage (Gravelines), in EUR, monthly lines.
ovh = []
for i, month in enumerate([dt.datetime(2025, 9, 1), dt.datetime(2025, 10, 1), dt.datetime(2025, 11, 1)]):
    nxt = (month + dt.timedelta(days=32)).replace(day=1)
    gib = D(4000 + 1500 * i)
    price = D("0.007")  # EUR per GiB-month, Object Storage Standard
    cost = gib * price
    ovh.append(dict(BilledCost=money(cost), EffectiveCost=money(cost), ListCost=money(cost), ContractedCost=money(cost),
                    BillingAccountId="mq123456-ovh", BillingAccountName="Mutuelle des Quatre Vents", BillingAccountType="Customer",
                    BillingCurrency="EUR", BillingPeriodStart=iso(month), BillingPeriodEnd=iso(nxt), ChargeCategory="Usage",
                    ChargeFrequency="Usage-Based", ChargeDescription="Object Storage - Standard - stockage",
                    ChargePeriodStart=iso(month), ChargePeriodEnd=iso(nxt), ConsumedQuantity=str(gib), ConsumedUnit="GiB-Mo",
                    PricingQuantity=str(gib), PricingUnit="GiB-Mo", InvoiceIssuerName="OVH SAS", ProviderName="OVHcloud",
                    PublisherName="OVHcloud", RegionId="GRA", RegionName="Gravelines", ResourceId="mqv-sauvegardes-pra",
                    ResourceName="mqv-sauvegardes-pra", ResourceType="Container", ServiceCategory="Storage",
                    ServiceName="Object Storage", ServiceSubcategory="Object Storage", SubAccountId="4f2a9c1e7b3d",
                    SubAccountName="mqv-pra-essai", SubAccountType="Project", PricingCategory="Standard",
                    Tags=json.dumps({"env": "test", "app": "sauvegarde-pra"})))
with open(f"{out}/ovhcloud-focus-2025.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=COLS, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for r in ovh:
        w.writerow({c: r.get(c, "") for c in COLS})

total = sum(D(r["BilledCost"]) for r in rows)
print(f"aws lines={len(rows)} billed={total} ovh lines={len(ovh)} billed={sum(D(r['BilledCost']) for r in ovh)}")
