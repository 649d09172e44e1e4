#!/usr/bin/env python3
"""Writes the AWS CUR fixtures of this folder (legacy CUR CSV, its .zip delivery, CUR 2.0 CSV,
its .csv.gz delivery, malformed variants). Run it from this folder; the files are committed.
The expected totals in tests/models/TestAwsCurImporter.cpp come from expected.py, which reads
the CSV files back on its own."""
import csv, gzip, io, zipfile
from decimal import Decimal as D

PAYER = "111122223333"
LINKED = "444455556666"
RI1 = "arn:aws:ec2:eu-west-3:111122223333:reserved-instances/4b2a7c1e-90d1-4c57-a0f4-2f1d6f0e9a11"
RI2 = "arn:aws:ec2:eu-west-3:111122223333:reserved-instances/8c4e11aa-5b2f-4d0e-9e3c-71b0c2d4e5f6"
SP = "arn:aws:savingsplans::111122223333:savingsplan/3f1e9a6b-7c2d-4e8f-b1a0-9d8c7b6a5f4e"

LEGACY = """identity/LineItemId,identity/TimeInterval,bill/InvoiceId,bill/BillingEntity,bill/BillType,
bill/PayerAccountId,bill/BillingPeriodStartDate,bill/BillingPeriodEndDate,lineItem/UsageAccountId,
lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UsageEndDate,lineItem/ProductCode,
lineItem/UsageType,lineItem/Operation,lineItem/AvailabilityZone,lineItem/ResourceId,
lineItem/UsageAmount,lineItem/NormalizationFactor,lineItem/NormalizedUsageAmount,
lineItem/CurrencyCode,lineItem/UnblendedRate,lineItem/UnblendedCost,lineItem/BlendedRate,
lineItem/BlendedCost,lineItem/LineItemDescription,lineItem/TaxType,lineItem/LegalEntity,
product/ProductName,product/instanceType,product/location,product/productFamily,product/region,
product/servicecode,product/sku,product/vcpu,product/memory,pricing/LeaseContractLength,
pricing/PurchaseOption,pricing/publicOnDemandCost,pricing/publicOnDemandRate,pricing/term,
pricing/unit,reservation/EffectiveCost,reservation/EndTime,reservation/ReservationARN,
reservation/StartTime,reservation/UnusedAmortizedUpfrontFeeForBillingPeriod,
reservation/UnusedRecurringFee,savingsPlan/SavingsPlanARN,savingsPlan/SavingsPlanEffectiveCost,
savingsPlan/TotalCommitmentToDate,savingsPlan/UsedCommitment,savingsPlan/PurchaseTerm,
savingsPlan/PaymentOption,savingsPlan/StartTime,savingsPlan/EndTime,
resourceTags/user:Environment,resourceTags/user:Application,resourceTags/aws:createdBy""".replace("\n", "").split(",")

MONTHS = [("2025-01", "2025-02", 744), ("2025-02", "2025-03", 672), ("2025-03", "2025-04", 744)]
EC2 = "Amazon Elastic Compute Cloud"


def legacy_rows():
    rows = []
    n = 0

    def row(**kw):
        nonlocal n
        n += 1
        r = {k: "" for k in LEGACY}
        r["identity/LineItemId"] = "lid%04d" % n
        r.update(kw)
        return r

    for month, nxt, hours in MONTHS:
        s = month + "-01T00:00:00Z"
        e = nxt + "-01T00:00:00Z"
        common = {
            "identity/TimeInterval": s + "/" + e,
            "bill/InvoiceId": "EUINFR25-%s" % month.replace("-", ""),
            "bill/BillingEntity": "AWS",
            "bill/BillType": "Anniversary",
            "bill/PayerAccountId": PAYER,
            "bill/BillingPeriodStartDate": s,
            "bill/BillingPeriodEndDate": e,
            "lineItem/UsageAccountId": LINKED,
            "lineItem/UsageStartDate": s,
            "lineItem/UsageEndDate": e,
            "lineItem/CurrencyCode": "USD",
            "lineItem/LegalEntity": "Amazon Web Services EMEA SARL",
        }
        web = {"resourceTags/user:Environment": "prod", "resourceTags/user:Application": "web"}
        # On-demand instance.
        cost = D("0.2140") * hours
        rows.append(row(**common, **web, **{
            "lineItem/LineItemType": "Usage", "lineItem/ProductCode": "AmazonEC2",
            "lineItem/UsageType": "EUW3-BoxUsage:m6i.xlarge", "lineItem/Operation": "RunInstances",
            "lineItem/AvailabilityZone": "eu-west-3a", "lineItem/ResourceId": "i-0a1b2c3d4e5f60001",
            "lineItem/UsageAmount": str(hours), "lineItem/NormalizationFactor": "8",
            "lineItem/NormalizedUsageAmount": str(hours * 8), "lineItem/UnblendedRate": "0.2140000000",
            "lineItem/UnblendedCost": "%.10f" % cost, "lineItem/BlendedRate": "0.2140000000",
            "lineItem/BlendedCost": "%.10f" % cost,
            "lineItem/LineItemDescription": "$0.214 per On Demand Linux m6i.xlarge Instance Hour",
            "product/ProductName": EC2, "product/instanceType": "m6i.xlarge",
            "product/location": "EU (Paris)", "product/productFamily": "Compute Instance",
            "product/region": "eu-west-3", "product/servicecode": "AmazonEC2",
            "product/sku": "ZQ6C9Q4V8B5YAYKE", "product/vcpu": "4", "product/memory": "16 GiB",
            "pricing/publicOnDemandCost": "%.10f" % cost, "pricing/publicOnDemandRate": "0.2140000000",
            "pricing/term": "OnDemand", "pricing/unit": "Hrs",
            "resourceTags/aws:createdBy": "AssumedRole:AROAEXAMPLE:terraform"}))
        # Reserved instance usage (1 year, partial upfront) and its monthly fee.
        used = hours if month != "2025-02" else 600
        ri_eff = D("0.0621") * used
        rows.append(row(**common, **{"resourceTags/user:Environment": "prod",
                                     "resourceTags/user:Application": "orders"}, **{
            "lineItem/LineItemType": "DiscountedUsage", "lineItem/ProductCode": "AmazonEC2",
            "lineItem/UsageType": "EUW3-BoxUsage:m6i.large", "lineItem/Operation": "RunInstances",
            "lineItem/AvailabilityZone": "eu-west-3b", "lineItem/ResourceId": "i-0a1b2c3d4e5f60002",
            "lineItem/UsageAmount": str(used), "lineItem/UnblendedRate": "0.0000000000",
            "lineItem/UnblendedCost": "0.0000000000",
            "lineItem/LineItemDescription": "Linux/UNIX (Amazon VPC), m6i.large reserved instance applied",
            "product/ProductName": EC2, "product/instanceType": "m6i.large",
            "product/location": "EU (Paris)", "product/productFamily": "Compute Instance",
            "product/region": "eu-west-3", "product/servicecode": "AmazonEC2",
            "pricing/LeaseContractLength": "1yr", "pricing/PurchaseOption": "Partial Upfront",
            "pricing/publicOnDemandCost": "%.10f" % (D("0.1070") * used),
            "pricing/term": "Reserved", "pricing/unit": "Hrs",
            "reservation/EffectiveCost": "%.10f" % ri_eff,
            "reservation/ReservationARN": RI1,
            "reservation/StartTime": "2024-11-15T08:00:00.000Z",
            "reservation/EndTime": "2025-11-15T07:59:59.000Z"}))
        unused = hours - used
        rows.append(row(**common, **{
            "lineItem/LineItemType": "RIFee", "lineItem/ProductCode": "AmazonEC2",
            "lineItem/UsageType": "EUW3-HeavyUsage:m6i.large", "lineItem/Operation": "RunInstances",
            "lineItem/UsageAmount": str(hours), "lineItem/UnblendedRate": "0.0314000000",
            "lineItem/UnblendedCost": "%.10f" % (D("0.0314") * hours),
            "lineItem/LineItemDescription": "USD 0.0314 hourly fee per Linux/UNIX (Amazon VPC), m6i.large instance",
            "product/ProductName": EC2, "product/location": "EU (Paris)",
            "product/productFamily": "Compute Instance", "product/region": "eu-west-3",
            "pricing/LeaseContractLength": "1yr", "pricing/PurchaseOption": "Partial Upfront",
            "pricing/unit": "Hrs",
            "reservation/ReservationARN": RI1,
            "reservation/StartTime": "2024-11-15T08:00:00.000Z",
            "reservation/EndTime": "2025-11-15T07:59:59.000Z",
            "reservation/UnusedAmortizedUpfrontFeeForBillingPeriod": "%.10f" % (D("0.0307") * unused),
            "reservation/UnusedRecurringFee": "%.10f" % (D("0.0314") * unused)}))
        # EBS volume, data transfer, NAT gateway: EC2's bill, other categories.
        rows.append(row(**common, **web, **{
            "lineItem/LineItemType": "Usage", "lineItem/ProductCode": "AmazonEC2",
            "lineItem/UsageType": "EUW3-EBS:VolumeUsage.gp3", "lineItem/Operation": "CreateVolume-Gp3",
            "lineItem/AvailabilityZone": "eu-west-3a", "lineItem/ResourceId": "vol-0f1e2d3c4b5a69788",
            "lineItem/UsageAmount": "100.0000000000", "lineItem/UnblendedRate": "0.0952000000",
            "lineItem/UnblendedCost": "9.5200000000",
            "lineItem/LineItemDescription": "$0.0952 per GB-month of General Purpose (gp3) provisioned storage - EU (Paris)",
            "product/ProductName": EC2, "product/location": "EU (Paris)",
            "product/productFamily": "Storage", "product/region": "eu-west-3",
            "product/servicecode": "AmazonEC2", "pricing/term": "OnDemand", "pricing/unit": "GB-Mo",
            "pricing/publicOnDemandCost": "9.5200000000"}))
        gb = {"2025-01": D("1234.5678"), "2025-02": D("987.654321"), "2025-03": D("1500")}[month]
        rows.append(row(**common, **{
            "lineItem/LineItemType": "Usage", "lineItem/ProductCode": "AmazonEC2",
            "lineItem/UsageType": "EUW3-DataTransfer-Out-Bytes", "lineItem/Operation": "RunInstances",
            "lineItem/ResourceId": "i-0a1b2c3d4e5f60001",
            "lineItem/UsageAmount": str(gb), "lineItem/UnblendedRate": "0.0900000000",
            "lineItem/UnblendedCost": "%.10f" % (gb * D("0.09")),
            "lineItem/LineItemDescription": "$0.09 per GB - first 10 TB / month data transfer out beyond the global free tier",
            "product/ProductName": EC2, "product/location": "EU (Paris)",
            "product/productFamily": "Data Transfer", "product/servicecode": "AWSDataTransfer",
            "pricing/term": "OnDemand", "pricing/unit": "GB"}))
        rows.append(row(**common, **{
            "lineItem/LineItemType": "Usage", "lineItem/ProductCode": "AmazonEC2",
            "lineItem/UsageType": "EUW3-NatGateway-Hours", "lineItem/Operation": "NatGateway",
            "lineItem/ResourceId": "arn:aws:ec2:eu-west-3:444455556666:natgateway/nat-0123456789abcdef0",
            "lineItem/UsageAmount": str(hours), "lineItem/UnblendedRate": "0.0500000000",
            "lineItem/UnblendedCost": "%.10f" % (D("0.05") * hours),
            "lineItem/LineItemDescription": "$0.05 per NAT Gateway Hour",
            "product/ProductName": EC2, "product/location": "EU (Paris)",
            "product/productFamily": "NAT Gateway", "product/region": "eu-west-3",
            "product/servicecode": "AmazonEC2", "pricing/term": "OnDemand", "pricing/unit": "Hrs"}))
        # S3: storage and a tiny request charge in exponent notation.
        rows.append(row(**common, **{
            "lineItem/LineItemType": "Usage", "lineItem/ProductCode": "AmazonS3",
            "lineItem/UsageType": "EUW3-TimedStorage-ByteHrs", "lineItem/Operation": "StandardStorage",
            "lineItem/ResourceId": "acme-backups",
            "lineItem/UsageAmount": "512.2500000000", "lineItem/UnblendedRate": "0.0240000000",
            "lineItem/UnblendedCost": "12.2940000000",
            "lineItem/LineItemDescription": "$0.024 per GB - first 50 TB / month of storage used",
            "product/ProductName": "Amazon Simple Storage Service", "product/location": "EU (Paris)",
            "product/productFamily": "Storage", "product/region": "eu-west-3",
            "product/servicecode": "AmazonS3", "pricing/term": "OnDemand", "pricing/unit": "GB-Mo",
            "resourceTags/user:Environment": "backup"}))
        rows.append(row(**common, **{
            "lineItem/LineItemType": "Usage", "lineItem/ProductCode": "AmazonS3",
            "lineItem/UsageType": "EUW3-Requests-Tier2", "lineItem/Operation": "GetObject",
            "lineItem/ResourceId": "acme-backups",
            "lineItem/UsageAmount": "12", "lineItem/UnblendedRate": "0.0000004200",
            "lineItem/UnblendedCost": "5.04E-6",
            "lineItem/LineItemDescription": "$0.0042 per 10,000 GET and all other requests",
            "product/ProductName": "Amazon Simple Storage Service", "product/location": "EU (Paris)",
            "product/productFamily": "API Request", "product/region": "eu-west-3",
            "product/servicecode": "AmazonS3", "pricing/term": "OnDemand", "pricing/unit": "Requests"}))
        # RDS and EKS.
        rows.append(row(**common, **{
            "lineItem/LineItemType": "Usage", "lineItem/ProductCode": "AmazonRDS",
            "lineItem/UsageType": "EUW3-InstanceUsage:db.r6g.large", "lineItem/Operation": "CreateDBInstance:0014",
            "lineItem/AvailabilityZone": "eu-west-3a",
            "lineItem/ResourceId": "arn:aws:rds:eu-west-3:444455556666:db:orders-prod",
            "lineItem/UsageAmount": str(hours), "lineItem/UnblendedRate": "0.2740000000",
            "lineItem/UnblendedCost": "%.10f" % (D("0.274") * hours),
            "lineItem/LineItemDescription": "$0.274 per RDS db.r6g.large Single-AZ instance hour (or partial hour) running PostgreSQL",
            "product/ProductName": "Amazon Relational Database Service", "product/instanceType": "db.r6g.large",
            "product/location": "EU (Paris)", "product/productFamily": "Database Instance",
            "product/region": "eu-west-3", "product/servicecode": "AmazonRDS",
            "pricing/term": "OnDemand", "pricing/unit": "Hrs",
            "resourceTags/user:Environment": "prod", "resourceTags/user:Application": "orders"}))
        rows.append(row(**common, **{
            "lineItem/LineItemType": "Usage", "lineItem/ProductCode": "AmazonEKS",
            "lineItem/UsageType": "EUW3-AmazonEKS-Hours:perCluster", "lineItem/Operation": "CreateOperation",
            "lineItem/ResourceId": "arn:aws:eks:eu-west-3:444455556666:cluster/platform",
            "lineItem/UsageAmount": str(hours), "lineItem/UnblendedRate": "0.1000000000",
            "lineItem/UnblendedCost": "%.10f" % (D("0.1") * hours),
            "lineItem/LineItemDescription": "Amazon EKS cluster usage in EU (Paris)",
            "product/ProductName": "Amazon Elastic Kubernetes Service", "product/location": "EU (Paris)",
            "product/productFamily": "Compute", "product/region": "eu-west-3",
            "product/servicecode": "AmazonEKS", "pricing/term": "OnDemand", "pricing/unit": "Hrs"}))
        # Savings plan: covered usage, its negation, the monthly commitment.
        od = D("0.3880") * hours
        sp_eff = D("0.2870") * hours
        commit = D("0.30") * hours
        sp_common = {"savingsPlan/SavingsPlanARN": SP, "savingsPlan/PurchaseTerm": "3yr",
                     "savingsPlan/PaymentOption": "No Upfront",
                     "savingsPlan/StartTime": "2024-06-01T00:00:00.000Z",
                     "savingsPlan/EndTime": "2027-05-31T23:59:59.000Z"}
        rows.append(row(**common, **sp_common, **{"resourceTags/user:Environment": "staging"}, **{
            "lineItem/LineItemType": "SavingsPlanCoveredUsage", "lineItem/ProductCode": "AmazonEC2",
            "lineItem/UsageType": "EUW3-BoxUsage:c6i.2xlarge", "lineItem/Operation": "RunInstances",
            "lineItem/AvailabilityZone": "eu-west-3c", "lineItem/ResourceId": "i-0a1b2c3d4e5f60003",
            "lineItem/UsageAmount": str(hours), "lineItem/UnblendedRate": "0.3880000000",
            "lineItem/UnblendedCost": "%.10f" % od,
            "lineItem/LineItemDescription": "$0.388 per On Demand Linux c6i.2xlarge Instance Hour",
            "product/ProductName": EC2, "product/instanceType": "c6i.2xlarge",
            "product/location": "EU (Paris)", "product/productFamily": "Compute Instance",
            "product/region": "eu-west-3", "product/servicecode": "AmazonEC2",
            "pricing/term": "OnDemand", "pricing/unit": "Hrs",
            "pricing/publicOnDemandCost": "%.10f" % od,
            "savingsPlan/SavingsPlanEffectiveCost": "%.10f" % sp_eff}))
        rows.append(row(**common, **sp_common, **{
            "lineItem/LineItemType": "SavingsPlanNegation", "lineItem/ProductCode": "AmazonEC2",
            "lineItem/UsageType": "EUW3-BoxUsage:c6i.2xlarge", "lineItem/Operation": "RunInstances",
            "lineItem/ResourceId": "i-0a1b2c3d4e5f60003",
            "lineItem/UsageAmount": "0", "lineItem/UnblendedRate": "-0.3880000000",
            "lineItem/UnblendedCost": "%.10f" % -od,
            "lineItem/LineItemDescription": "SavingsPlanCoveredUsage by %s" % SP,
            "product/ProductName": EC2, "product/region": "eu-west-3",
            "product/productFamily": "Compute Instance", "product/servicecode": "AmazonEC2"}))
        rows.append(row(**common, **sp_common, **{
            "lineItem/LineItemType": "SavingsPlanRecurringFee", "lineItem/ProductCode": "ComputeSavingsPlans",
            "lineItem/UsageType": "ComputeSP:3yrNoUpfront", "lineItem/Operation": "",
            "lineItem/UsageAmount": str(hours), "lineItem/UnblendedRate": "0.3000000000",
            "lineItem/UnblendedCost": "%.10f" % commit,
            "lineItem/LineItemDescription": "3 year No Upfront Compute Savings Plan",
            "product/ProductName": "Savings Plans for AWS Compute usage",
            "savingsPlan/TotalCommitmentToDate": "%.10f" % commit,
            "savingsPlan/UsedCommitment": "%.10f" % sp_eff}))
        # Tax per service.
        tax = {"2025-01": "43.2100000000", "2025-02": "39.8700000000", "2025-03": "47.0500000000"}[month]
        rows.append(row(**common, **{
            "lineItem/LineItemType": "Tax", "lineItem/ProductCode": "AmazonEC2",
            "lineItem/UsageType": "", "lineItem/UnblendedCost": tax,
            "lineItem/LineItemDescription": 'Tax for product code "AmazonEC2"', "lineItem/TaxType": "VAT",
            "product/ProductName": EC2}))
        if month == "2025-02":
            rows.append(row(**common, **{
                "lineItem/LineItemType": "Credit", "lineItem/ProductCode": "AmazonS3",
                "lineItem/UnblendedCost": "-10.0000000000",
                "lineItem/LineItemDescription": "AWS Promotional credit, migration programme",
                "product/ProductName": "Amazon Simple Storage Service"}))
            rows.append(row(**common, **{
                "lineItem/LineItemType": "Usage", "lineItem/ProductCode": "AmazonEC2",
                "lineItem/UsageType": "EUW3-SpotUsage:m5.large", "lineItem/Operation": "RunInstances:SV001",
                "lineItem/AvailabilityZone": "eu-west-3a", "lineItem/ResourceId": "i-0a1b2c3d4e5f60009",
                "lineItem/UsageAmount": "100.5", "lineItem/UnblendedRate": "0.0350000000",
                "lineItem/UnblendedCost": "3.5175000000",
                "lineItem/LineItemDescription": "$0.035 per Linux m5.large Spot Instance-hour",
                "product/ProductName": EC2, "product/instanceType": "m5.large",
                "product/location": "EU (Paris)", "product/productFamily": "Compute Instance",
                "product/region": "eu-west-3", "product/servicecode": "AmazonEC2",
                "pricing/unit": "Hrs", "resourceTags/user:Environment": "dev"}))
        if month == "2025-03":
            rows.append(row(**common, **{
                "lineItem/LineItemType": "EdpDiscount", "lineItem/ProductCode": "AmazonEC2",
                "lineItem/UnblendedCost": "-25.1234567890",
                "lineItem/LineItemDescription": "Enterprise Discount Program discount",
                "product/ProductName": EC2}))
            rows.append(row(**common, **{
                "lineItem/LineItemType": "Refund", "lineItem/ProductCode": "AmazonRDS",
                "lineItem/UnblendedCost": "-3.5000000000",
                "lineItem/LineItemDescription": "Refund for RDS instance hours billed twice",
                "product/ProductName": "Amazon Relational Database Service"}))
            rows.append(row(**common, **{
                "lineItem/LineItemType": "Fee", "lineItem/ProductCode": "AmazonEC2",
                "lineItem/UsageType": "EUW3-HeavyUsage:r6i.large", "lineItem/Operation": "RunInstances",
                "lineItem/UsageAmount": "1", "lineItem/UnblendedCost": "1234.0000000000",
                "lineItem/LineItemDescription": "Sign up charge for subscription: 8c4e11aa, planId: 3",
                "product/ProductName": EC2, "product/region": "eu-west-3",
                "pricing/LeaseContractLength": "1yr", "pricing/PurchaseOption": "All Upfront",
                "reservation/ReservationARN": RI2,
                "reservation/StartTime": "2025-03-10T12:00:00.000Z"}))
    return rows


def write_legacy(path):
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=LEGACY, lineterminator="\n")
    w.writeheader()
    for r in legacy_rows():
        w.writerow(r)
    data = out.getvalue()
    with open(path, "w", newline="") as f:
        f.write(data)
    return data


CUR2 = """identity_line_item_id,identity_time_interval,bill_invoice_id,bill_billing_entity,
bill_payer_account_id,bill_payer_account_name,bill_billing_period_start_date,bill_billing_period_end_date,
line_item_usage_account_id,line_item_usage_account_name,line_item_line_item_type,line_item_usage_start_date,
line_item_usage_end_date,line_item_product_code,line_item_usage_type,line_item_operation,
line_item_availability_zone,line_item_resource_id,line_item_usage_amount,line_item_currency_code,
line_item_unblended_rate,line_item_unblended_cost,line_item_net_unblended_cost,line_item_line_item_description,
product,product_instance_type,product_product_family,product_region_code,product_servicecode,
pricing_term,pricing_unit,pricing_public_on_demand_cost,reservation_reservation_a_r_n,
reservation_effective_cost,savings_plan_savings_plan_a_r_n,savings_plan_savings_plan_effective_cost,
savings_plan_total_commitment_to_date,savings_plan_used_commitment,savings_plan_purchase_term,
savings_plan_payment_option,savings_plan_start_time,savings_plan_end_time,resource_tags,
cost_category,discount""".replace("\n", "").split(",")


def cur2_rows():
    rows = []
    n = 0
    for month, nxt, days in [("2025-04", "2025-05", 30), ("2025-05", "2025-06", 31)]:
        for day in (1, 2):
            s = "%s-%02dT00:00:00.000Z" % (month, day)
            e = "%s-%02dT00:00:00.000Z" % (month, day + 1)
            common = {
                "identity_time_interval": s.replace(".000", "") + "/" + e.replace(".000", ""),
                "bill_invoice_id": "" if month == "2025-05" else "EUINFR25-202504",
                "bill_billing_entity": "AWS", "bill_payer_account_id": PAYER,
                "bill_payer_account_name": "Acme Payer",
                "bill_billing_period_start_date": month + "-01T00:00:00.000Z",
                "bill_billing_period_end_date": nxt + "-01T00:00:00.000Z",
                "line_item_usage_account_id": LINKED, "line_item_usage_account_name": "acme-prod",
                "line_item_usage_start_date": s, "line_item_usage_end_date": e,
                "line_item_currency_code": "USD",
                "cost_category": '{"team":"platform"}', "discount": "{}",
            }

            def add(**kw):
                nonlocal n
                n += 1
                r = {k: "" for k in CUR2}
                r["identity_line_item_id"] = "c2l%04d" % n
                r.update(common)
                r.update(kw)
                rows.append(r)

            # JSON maps on odd days, Athena {k=v} maps on even days: both reach exports.
            json_maps = day == 1
            def pmap(d):
                if json_maps:
                    return "{" + ",".join('"%s":"%s"' % kv for kv in d.items()) + "}"
                return "{" + ", ".join("%s=%s" % kv for kv in d.items()) + "}"
            cost = D("0.2140") * 24
            add(line_item_line_item_type="Usage", line_item_product_code="AmazonEC2",
                line_item_usage_type="EUW3-BoxUsage:m6i.xlarge", line_item_operation="RunInstances",
                line_item_availability_zone="eu-west-3a", line_item_resource_id="i-0a1b2c3d4e5f60001",
                line_item_usage_amount="24.0", line_item_unblended_rate="0.214",
                line_item_unblended_cost=str(cost), line_item_net_unblended_cost=str(cost),
                line_item_line_item_description="$0.214 per On Demand Linux m6i.xlarge Instance Hour",
                product=pmap({"product_name": EC2, "region": "eu-west-3", "vcpu": "4", "memory": "16 GiB"}),
                product_instance_type="m6i.xlarge", product_product_family="Compute Instance",
                product_region_code="eu-west-3", product_servicecode="AmazonEC2",
                pricing_term="OnDemand", pricing_unit="Hrs", pricing_public_on_demand_cost=str(cost),
                resource_tags=pmap({"user_environment": "prod", "user_application": "web"}))
            od = D("0.3880") * 24
            eff = D("0.2870") * 24
            spc = {"savings_plan_savings_plan_a_r_n": SP, "savings_plan_purchase_term": "3yr",
                   "savings_plan_payment_option": "No Upfront",
                   "savings_plan_start_time": "2024-06-01T00:00:00.000Z",
                   "savings_plan_end_time": "2027-05-31T23:59:59.000Z"}
            add(**spc, line_item_line_item_type="SavingsPlanCoveredUsage", line_item_product_code="AmazonEC2",
                line_item_usage_type="EUW3-BoxUsage:c6i.2xlarge", line_item_operation="RunInstances",
                line_item_resource_id="i-0a1b2c3d4e5f60003", line_item_usage_amount="24",
                line_item_unblended_rate="0.388", line_item_unblended_cost=str(od),
                line_item_net_unblended_cost=str(od),
                line_item_line_item_description="$0.388 per On Demand Linux c6i.2xlarge Instance Hour",
                product=pmap({"product_name": EC2, "region": "eu-west-3"}),
                product_instance_type="c6i.2xlarge", product_product_family="Compute Instance",
                product_region_code="eu-west-3", pricing_term="OnDemand", pricing_unit="Hrs",
                savings_plan_savings_plan_effective_cost=str(eff),
                resource_tags=pmap({"user_environment": "staging"}))
            add(**spc, line_item_line_item_type="SavingsPlanNegation", line_item_product_code="AmazonEC2",
                line_item_usage_type="EUW3-BoxUsage:c6i.2xlarge", line_item_resource_id="i-0a1b2c3d4e5f60003",
                line_item_unblended_cost=str(-od), line_item_net_unblended_cost=str(-od),
                line_item_line_item_description="SavingsPlanCoveredUsage by " + SP,
                product=pmap({"product_name": EC2, "region": "eu-west-3"}), resource_tags="")
            add(**spc, line_item_line_item_type="SavingsPlanRecurringFee",
                line_item_product_code="ComputeSavingsPlans", line_item_usage_type="ComputeSP:3yrNoUpfront",
                line_item_usage_amount="24", line_item_unblended_cost=str(D("0.30") * 24),
                line_item_line_item_description="3 year No Upfront Compute Savings Plan",
                product=pmap({"product_name": "Savings Plans for AWS Compute usage"}),
                savings_plan_total_commitment_to_date=str(D("0.30") * 24),
                savings_plan_used_commitment=str(eff), resource_tags="{}")
            add(line_item_line_item_type="Usage", line_item_product_code="AWSLambda",
                line_item_usage_type="EUW3-Lambda-GB-Second", line_item_operation="Invoke",
                line_item_resource_id="arn:aws:lambda:eu-west-3:444455556666:function:thumbnailer",
                line_item_usage_amount="125000.5", line_item_unblended_rate="0.0000166667",
                line_item_unblended_cost="2.08334166668335", line_item_net_unblended_cost="2.08334166668335",
                line_item_line_item_description="AWS Lambda - Total Compute - EU (Paris)",
                product=pmap({"product_name": "AWS Lambda", "region": "eu-west-3"}),
                product_region_code="eu-west-3", pricing_term="OnDemand", pricing_unit="Lambda-GB-Second",
                resource_tags=pmap({"user_environment": "prod", "aws_createdBy": "Root:444455556666"}))
            add(line_item_line_item_type="Usage", line_item_product_code="AmazonCloudFront",
                line_item_usage_type="EU-DataTransfer-Out-Bytes", line_item_operation="GET",
                line_item_resource_id="E2QWRUHAPOMQZL", line_item_usage_amount="52.75",
                line_item_unblended_rate="0.085", line_item_unblended_cost="4.48375",
                line_item_net_unblended_cost="4.48375",
                line_item_line_item_description="$0.085 per GB - first 10 TB / month data transfer out (Europe)",
                product=pmap({"product_name": "Amazon CloudFront"}), product_region_code="",
                pricing_term="OnDemand", pricing_unit="GB", resource_tags="")
        add(line_item_line_item_type="Tax", line_item_product_code="AmazonEC2",
            line_item_unblended_cost="12.34", line_item_net_unblended_cost="12.34",
            line_item_line_item_description="Tax for product code AmazonEC2",
            product=pmap({"product_name": EC2}))
    return rows


def write_cur2(path):
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=CUR2, lineterminator="\n")
    w.writeheader()
    for r in cur2_rows():
        w.writerow(r)
    data = out.getvalue()
    with open(path, "w", newline="") as f:
        f.write(data)
    return data


def malformed(legacy):
    lines = legacy.split("\n")
    header, first, second = lines[0], lines[1], lines[2]
    cols = header.split(",")
    ucost = cols.index("lineItem/UnblendedCost")
    start = cols.index("lineItem/UsageStartDate")

    def replace_field(line, index, value):
        fields = next(csv.reader([line]))
        fields[index] = value
        out = io.StringIO()
        csv.writer(out, lineterminator="").writerow(fields)
        return out.getvalue()

    with open("malformed/bad-amount.csv", "w", newline="") as f:
        f.write("\n".join([header, first, replace_field(second, ucost, "12,34"), ""]))
    with open("malformed/bad-date.csv", "w", newline="") as f:
        f.write("\n".join([header, replace_field(first, start, "2025-02-30T00:00:00Z"), second, ""]))
    with open("malformed/truncated.csv", "w", newline="") as f:
        f.write("\n".join([header, first, second[: len(second) // 2]]))
    # Cut after the 20th field, outside any quotes.
    cut = [i for i, c in enumerate(second) if c == ","][19]
    with open("malformed/truncated-row.csv", "w", newline="") as f:
        f.write("\n".join([header, first, second[:cut]]))
    dropped = [c for c in cols if c != "lineItem/UnblendedCost"]
    with open("malformed/missing-column.csv", "w", newline="") as f:
        rows = list(csv.reader([first]))
        fields = rows[0]
        del fields[ucost]
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows([dropped, fields])
        f.write(out.getvalue())


if __name__ == "__main__":
    import os
    os.makedirs("malformed", exist_ok=True)
    legacy = write_legacy("cur-legacy-2025q1.csv")
    # AWS delivers the legacy CUR zipped (one CSV per archive) or gzipped.
    with zipfile.ZipFile("cur-legacy-2025q1.zip", "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("acme-cur-00001.csv", date_time=(2025, 4, 2, 6, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, legacy)
    cur2 = write_cur2("cur2-2025-04-05.csv")
    with open("cur2-2025-04-05.csv.gz", "wb") as f:
        f.write(gzip.compress(cur2.encode(), mtime=0))
    malformed(legacy)
