#!/usr/bin/env python3
"""Writes the Azure cost details fixtures of this folder: an EA actual-cost export (PascalCase,
BOM, CRLF, every field quoted, MM/DD/YYYY dates, Tags without braces), an MCA amortised export
(camelCase, two billing currencies, savings plan), an old usage-details file (PreTaxCost,
UsageDateTime… with German localised headers), and malformed variants. Run it from this folder.
Expected totals: expected.py."""
import csv, io, json

SUB = "5f1c2e3d-8a9b-4c7d-9e0f-1a2b3c4d5e6f"
SUB2 = "0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d"
RES = "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Compute/virtualMachines/%s"
RI = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
RI_ORDER = "f0e1d2c3-b4a5-4968-8776-655443322110"

EA = """InvoiceSectionName,AccountName,AccountOwnerId,SubscriptionId,SubscriptionName,ResourceGroup,
ResourceLocation,Date,ProductName,MeterCategory,MeterSubCategory,MeterId,MeterName,MeterRegion,
UnitOfMeasure,Quantity,EffectivePrice,CostInBillingCurrency,CostCenter,ConsumedService,ResourceId,
Tags,OfferId,AdditionalInfo,ServiceInfo1,ServiceInfo2,ResourceName,ReservationId,ReservationName,
UnitPrice,ProductOrderId,ProductOrderName,Term,PublisherType,PublisherName,ChargeType,Frequency,
PricingModel,AvailabilityZone,BillingAccountId,BillingAccountName,BillingCurrencyCode,
BillingPeriodStartDate,BillingPeriodEndDate,BillingProfileId,BillingProfileName,InvoiceSectionId,
IsAzureCreditEligible,PartNumber,PayGPrice,PlanName,ServiceFamily,CostAllocationRuleName,benefitId,
benefitName,AccountId,ResourceLocationNormalized""".replace("\n", "").split(",")


def vm_info(size, vcpus):
    return json.dumps({"UsageType": "ComputeHR", "ImageType": "Canonical", "ServiceType": size,
                       "VMName": "", "VMProperties": "", "VCPUs": vcpus, "CPUs": 0},
                      separators=(",", ":"))


def ea_rows():
    rows = []
    months = [("01", "31"), ("02", "28"), ("03", "31")]
    for m, last in months:
        common = {
            "InvoiceSectionName": "Platform", "AccountName": "Acme IT", "AccountOwnerId": "it@acme.example",
            "SubscriptionId": SUB, "SubscriptionName": "acme-prod", "OfferId": "MS-AZR-0017P",
            "PublisherType": "Azure", "PublisherName": "Microsoft", "BillingAccountId": "71234567",
            "BillingAccountName": "Acme SA", "BillingCurrencyCode": "EUR",
            "BillingPeriodStartDate": "%s/01/2025" % m, "BillingPeriodEndDate": "%s/%s/2025" % (m, last),
            "BillingProfileId": "71234567", "BillingProfileName": "Acme SA",
            "InvoiceSectionId": "71234567-platform", "IsAzureCreditEligible": "TRUE",
            "AccountId": "1234567", "CostCenter": "IT-042",
        }
        for day in ("01", "15"):
            date = "%s/%s/2025" % (m, day)
            base = dict(common, Date=date)
            rows.append(dict(base, **{
                "ResourceGroup": "RG-WEB", "ResourceLocation": "FranceCentral",
                "ProductName": "Virtual Machines Dsv5 Series - D4s v5 - FR Central",
                "MeterCategory": "Virtual Machines", "MeterSubCategory": "Dsv5 Series",
                "MeterId": "0b6b3c2e-4e7a-5c8d-9e1f-2a3b4c5d6e7f", "MeterName": "D4s v5",
                "MeterRegion": "FR Central", "UnitOfMeasure": "10 Hours", "Quantity": "2.4",
                "EffectivePrice": "2.08", "CostInBillingCurrency": "4.992", "UnitPrice": "2.08",
                "PayGPrice": "2.08", "ConsumedService": "Microsoft.Compute",
                "ResourceId": RES % (SUB, "RG-WEB", "vm-web-01"),
                "Tags": '"env": "prod","app": "web"', "AdditionalInfo": vm_info("Standard_D4s_v5", 4),
                "ResourceName": "vm-web-01", "ChargeType": "Usage", "Frequency": "UsageBased",
                "PricingModel": "On Demand", "AvailabilityZone": "1", "PartNumber": "AAH-12345",
                "PlanName": "", "ServiceFamily": "Compute", "ResourceLocationNormalized": "France Central"}))
            rows.append(dict(base, **{
                "ResourceGroup": "RG-APP", "ResourceLocation": "FranceCentral",
                "ProductName": "Virtual Machines Dsv5 Series - D2s v5 - FR Central",
                "MeterCategory": "Virtual Machines", "MeterSubCategory": "Dsv5 Series",
                "MeterId": "1c7c4d3f-5f8b-6d9e-0f2a-3b4c5d6e7f80", "MeterName": "D2s v5",
                "MeterRegion": "FR Central", "UnitOfMeasure": "1 Hour", "Quantity": "24",
                "EffectivePrice": "0", "CostInBillingCurrency": "0", "UnitPrice": "0.104",
                "PayGPrice": "0.104", "ConsumedService": "Microsoft.Compute",
                "ResourceId": RES % (SUB, "RG-APP", "vm-app-02"),
                "Tags": '"env": "prod","app": "orders"', "AdditionalInfo": vm_info("Standard_D2s_v5", 2),
                "ResourceName": "vm-app-02", "ReservationId": RI, "ReservationName": "RI-D2s-v5-FR",
                "ProductOrderId": RI_ORDER, "ProductOrderName": "Reserved VM Instance, Standard_D2s_v5, FR Central, 1 Year",
                "ChargeType": "Usage", "Frequency": "UsageBased", "PricingModel": "Reservation",
                "ServiceFamily": "Compute", "ResourceLocationNormalized": "France Central"}))
            rows.append(dict(base, **{
                "ResourceGroup": "RG-WEB", "ResourceLocation": "FranceCentral",
                "ProductName": "Premium SSD Managed Disks - P10 LRS - FR Central",
                "MeterCategory": "Storage", "MeterSubCategory": "Premium SSD Managed Disks",
                "MeterName": "P10 LRS Disk", "MeterRegion": "FR Central", "UnitOfMeasure": "1/Month",
                "Quantity": "0.0322580645", "EffectivePrice": "19.71",
                "CostInBillingCurrency": "0.635806451295", "PayGPrice": "19.71",
                "ConsumedService": "Microsoft.Compute",
                "ResourceId": "/subscriptions/%s/resourceGroups/RG-WEB/providers/Microsoft.Compute/disks/vm-web-01_OsDisk_1" % SUB,
                "Tags": '"env": "prod"', "ResourceName": "vm-web-01_OsDisk_1", "ChargeType": "Usage",
                "Frequency": "UsageBased", "PricingModel": "On Demand", "ServiceFamily": "Storage",
                "ResourceLocationNormalized": "France Central"}))
        # Monthly: bandwidth, SQL database, B1s with "100 Hours".
        base = dict(common, Date="%s/%s/2025" % (m, last))
        gb = {"01": "123.456", "02": "98.7654", "03": "150"}[m]
        rows.append(dict(base, **{
            "ResourceGroup": "RG-WEB", "ResourceLocation": "Zone 1",
            "ProductName": "Rtn Preference: MGN - Data Transfer Out - Zone 1",
            "MeterCategory": "Bandwidth", "MeterSubCategory": "Rtn Preference: MGN",
            "MeterName": "Standard Data Transfer Out", "MeterRegion": "Zone 1", "UnitOfMeasure": "1 GB",
            "Quantity": gb, "EffectivePrice": "0.0781", "CostInBillingCurrency": "%s" % {"01": "9.6419136", "02": "7.71357774", "03": "11.715"}[m],
            "ConsumedService": "Microsoft.Compute", "ResourceId": RES % (SUB, "RG-WEB", "vm-web-01"),
            "ResourceName": "vm-web-01", "ChargeType": "Usage", "Frequency": "UsageBased",
            "PricingModel": "On Demand", "ServiceFamily": "Networking"}))
        rows.append(dict(base, **{
            "ResourceGroup": "RG-DATA", "ResourceLocation": "FranceCentral",
            "ProductName": "SQL Database Single/Elastic Pool General Purpose - Compute Gen5 - FR Central",
            "MeterCategory": "SQL Database", "MeterSubCategory": "Single/Elastic Pool General Purpose - Compute Gen5",
            "MeterName": "vCore", "MeterRegion": "FR Central", "UnitOfMeasure": "1 Hour",
            "Quantity": "1488", "EffectivePrice": "0.2526", "CostInBillingCurrency": "375.8688",
            "ConsumedService": "Microsoft.Sql",
            "ResourceId": "/subscriptions/%s/resourceGroups/RG-DATA/providers/Microsoft.Sql/servers/sql-acme/databases/orders" % SUB,
            "Tags": '"env": "prod","app": "orders","owner": "dba team"', "ResourceName": "orders",
            "ChargeType": "Usage", "Frequency": "UsageBased", "PricingModel": "On Demand",
            "ServiceFamily": "Databases", "ResourceLocationNormalized": "France Central"}))
        rows.append(dict(base, **{
            "ResourceGroup": "RG-TOOLS", "ResourceLocation": "FranceCentral",
            "ProductName": "Virtual Machines BS Series - B1s - FR Central",
            "MeterCategory": "Virtual Machines", "MeterSubCategory": "BS Series", "MeterName": "B1s",
            "MeterRegion": "FR Central", "UnitOfMeasure": "100 Hours", "Quantity": "0.48",
            "EffectivePrice": "1.152", "CostInBillingCurrency": "0.55296",
            "ConsumedService": "Microsoft.Compute", "ResourceId": RES % (SUB, "RG-TOOLS", "vm-jump"),
            "Tags": "", "AdditionalInfo": vm_info("Standard_B1s", 1), "ResourceName": "vm-jump",
            "ChargeType": "Usage", "Frequency": "UsageBased", "PricingModel": "On Demand",
            "ServiceFamily": "Compute", "ResourceLocationNormalized": "France Central"}))
        if m == "01":
            rows.append(dict(common, **{
                "Date": "01/15/2025", "ProductName": "Reserved VM Instance, Standard_D2s_v5, FR Central, 1 Year",
                "UnitOfMeasure": "1 Unit", "Quantity": "1", "EffectivePrice": "612",
                "CostInBillingCurrency": "612", "UnitPrice": "612", "ReservationId": RI,
                "ReservationName": "RI-D2s-v5-FR", "ProductOrderId": RI_ORDER,
                "ProductOrderName": "Reserved VM Instance, Standard_D2s_v5, FR Central, 1 Year",
                "Term": "1Year", "ChargeType": "Purchase", "Frequency": "OneTime",
                "PricingModel": "Reservation", "ServiceFamily": "Compute"}))
        if m == "02":
            rows.append(dict(common, **{
                "Date": "02/20/2025", "ResourceGroup": "RG-BATCH", "ResourceLocation": "FranceCentral",
                "ProductName": "Virtual Machines Dsv5 Series - D2s v5 - FR Central - Spot",
                "MeterCategory": "Virtual Machines", "MeterSubCategory": "Dsv5 Series", "MeterName": "D2s v5 Spot",
                "MeterRegion": "FR Central", "UnitOfMeasure": "1 Hour", "Quantity": "10",
                "EffectivePrice": "0.045", "CostInBillingCurrency": "0.45",
                "ConsumedService": "Microsoft.Compute", "ResourceId": RES % (SUB, "RG-BATCH", "vm-batch-7"),
                "Tags": '"env": "dev"', "AdditionalInfo": vm_info("Standard_D2s_v5", 2),
                "ResourceName": "vm-batch-7", "ChargeType": "Usage", "Frequency": "UsageBased",
                "PricingModel": "Spot", "ServiceFamily": "Compute",
                "ResourceLocationNormalized": "France Central"}))
        if m == "03":
            rows.append(dict(common, **{
                "Date": "03/03/2025", "ProductName": "Reserved VM Instance, Standard_D2s_v5, FR Central, 1 Year",
                "UnitOfMeasure": "1 Unit", "Quantity": "1", "CostInBillingCurrency": "-102",
                "ReservationId": RI, "ReservationName": "RI-D2s-v5-FR", "ProductOrderId": RI_ORDER,
                "Term": "1Year", "ChargeType": "Refund", "Frequency": "OneTime",
                "PricingModel": "Reservation", "ServiceFamily": "Compute"}))
            rows.append(dict(common, **{
                "Date": "03/05/2025", "ProductName": "Contoso Firewall - Standard plan",
                "MeterCategory": "Contoso Firewall", "UnitOfMeasure": "1 Unit", "Quantity": "1",
                "CostInBillingCurrency": "50", "PublisherType": "Marketplace",
                "PublisherName": "Contoso Security Ltd", "PlanName": "standard", "ChargeType": "Purchase",
                "Frequency": "Recurring", "PricingModel": "On Demand", "ServiceFamily": "Security"}))
    return rows


MCA = """invoiceId,previousInvoiceId,billingAccountId,billingAccountName,billingProfileId,billingProfileName,
invoiceSectionId,invoiceSectionName,costCenter,billingPeriodEndDate,billingPeriodStartDate,
servicePeriodEndDate,servicePeriodStartDate,date,serviceFamily,productOrderId,productOrderName,
consumedService,meterId,meterName,meterCategory,meterSubCategory,meterRegion,ProductId,ProductName,
SubscriptionId,subscriptionName,publisherType,publisherId,publisherName,resourceGroupName,ResourceId,
resourceLocation,location,effectivePrice,quantity,unitOfMeasure,chargeType,billingCurrency,
pricingCurrency,costInBillingCurrency,costInPricingCurrency,costInUsd,paygCostInBillingCurrency,
paygCostInUsd,exchangeRatePricingToBilling,exchangeRateDate,isAzureCreditEligible,serviceInfo1,
serviceInfo2,additionalInfo,tags,PayGPrice,frequency,term,reservationId,reservationName,pricingModel,
unitPrice,costAllocationRuleName,benefitId,benefitName,provider""".replace("\n", "").split(",")

SP_ID = "/providers/Microsoft.BillingBenefits/savingsPlanOrders/7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a/savingsPlans/2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"
RI3 = "/providers/Microsoft.Capacity/reservationOrders/99887766-5544-4332-2110-ffeeddccbbaa/reservations/aabbccdd-eeff-4011-2233-445566778899"


def mca_rows():
    rows = []
    for day in ("04/01/2025", "04/02/2025"):
        eur = {"billingAccountId": "abc123:def456_2019-05-31", "billingAccountName": "Acme Group",
               "billingProfileId": "AB12-CD34-EF5-GH6", "billingProfileName": "Acme France",
               "invoiceSectionId": "IJ7K-LM8N", "invoiceSectionName": "Platform",
               "billingPeriodStartDate": "04/01/2025", "billingPeriodEndDate": "04/30/2025",
               "servicePeriodStartDate": "04/01/2025", "servicePeriodEndDate": "04/30/2025",
               "date": day, "SubscriptionId": SUB, "subscriptionName": "acme-prod",
               "publisherType": "Microsoft", "publisherName": "Microsoft", "billingCurrency": "EUR",
               "pricingCurrency": "USD", "exchangeRatePricingToBilling": "0.92",
               "exchangeRateDate": "04/01/2025", "isAzureCreditEligible": "True", "provider": "Azure"}
        usd = dict(eur, billingProfileId="QR12-ST34-UV5-WX6", billingProfileName="Acme Inc",
                   SubscriptionId=SUB2, subscriptionName="acme-us", billingCurrency="USD",
                   pricingCurrency="USD", exchangeRatePricingToBilling="1")
        rows.append(dict(eur, **{
            "serviceFamily": "Compute", "consumedService": "Microsoft.Compute", "meterName": "D8s v5",
            "meterCategory": "Virtual Machines", "meterSubCategory": "Dsv5 Series", "meterRegion": "FR Central",
            "ProductName": "Virtual Machines Dsv5 Series - D8s v5 - FR Central", "resourceGroupName": "rg-k8s",
            "ResourceId": RES % (SUB, "rg-k8s", "aks-node-1"), "resourceLocation": "francecentral",
            "location": "francecentral", "effectivePrice": "0.1301416667", "quantity": "24",
            "unitOfMeasure": "1 Hour", "chargeType": "Usage", "costInBillingCurrency": "3.1234",
            "additionalInfo": vm_info("Standard_D8s_v5", 8), "tags": '{"env":"prod","team":"k8s"}',
            "PayGPrice": "0.384", "frequency": "UsageBased", "pricingModel": "SavingsPlan",
            "benefitId": SP_ID, "benefitName": "SP-Compute-3Y"}))
        rows.append(dict(eur, **{
            "serviceFamily": "Compute", "meterCategory": "Virtual Machines",
            "ProductName": "Compute Savings Plan, 3 Years", "quantity": "0.877",
            "unitOfMeasure": "1 Hour", "chargeType": "UnusedSavingsPlan",
            "costInBillingCurrency": "0.8766", "frequency": "UsageBased", "pricingModel": "SavingsPlan",
            "term": "P3Y", "benefitId": SP_ID, "benefitName": "SP-Compute-3Y"}))
        rows.append(dict(eur, **{
            "serviceFamily": "Networking", "consumedService": "Microsoft.Network",
            "meterName": "Standard Data Transfer Out", "meterCategory": "Bandwidth",
            "meterSubCategory": "Rtn Preference: MGN", "meterRegion": "Zone 1",
            "ProductName": "Rtn Preference: MGN - Data Transfer Out - Zone 1", "resourceGroupName": "rg-k8s",
            "ResourceId": "/subscriptions/%s/resourceGroups/rg-k8s/providers/Microsoft.Network/loadBalancers/kubernetes" % SUB,
            "resourceLocation": "francecentral", "location": "francecentral", "effectivePrice": "0.0805",
            "quantity": "12.5", "unitOfMeasure": "1 GB", "chargeType": "Usage",
            "costInBillingCurrency": "1.00625", "tags": '"env": "prod"', "frequency": "UsageBased",
            "pricingModel": "OnDemand"}))
        rows.append(dict(usd, **{
            "serviceFamily": "Compute", "consumedService": "Microsoft.Compute", "meterName": "E4s v5",
            "meterCategory": "Virtual Machines", "meterSubCategory": "Esv5 Series", "meterRegion": "US East",
            "ProductName": "Virtual Machines Esv5 Series - E4s v5 - US East", "resourceGroupName": "rg-erp",
            "ResourceId": RES % (SUB2, "rg-erp", "vm-erp-db"), "resourceLocation": "eastus",
            "location": "eastus", "effectivePrice": "0.252", "quantity": "24", "unitOfMeasure": "1 Hour",
            "chargeType": "Usage", "costInBillingCurrency": "6.048", "costInUsd": "6.048",
            "additionalInfo": vm_info("Standard_E4s_v5", 4), "tags": '{"env":"prod","app":"erp"}',
            "PayGPrice": "0.252", "frequency": "UsageBased", "pricingModel": "OnDemand"}))
        rows.append(dict(usd, **{
            "serviceFamily": "Storage", "consumedService": "Microsoft.Storage", "meterName": "Hot LRS Data Stored",
            "meterCategory": "Storage", "meterSubCategory": "General Block Blob v2", "meterRegion": "US East",
            "ProductName": "General Block Blob v2 Hot LRS - US East", "resourceGroupName": "rg-erp",
            "ResourceId": "/subscriptions/%s/resourceGroups/rg-erp/providers/Microsoft.Storage/storageAccounts/acmeerpbackup" % SUB2,
            "resourceLocation": "eastus", "location": "eastus", "effectivePrice": "0.0208",
            "quantity": "10.5", "unitOfMeasure": "1 GB/Month", "chargeType": "Usage",
            "costInBillingCurrency": "0.2184", "tags": "", "frequency": "UsageBased",
            "pricingModel": "OnDemand"}))
    # Monthly payment of a 3-year reservation (USD profile); amortised data spreads it.
    rows.append(dict(usd, **{"date": "04/10/2025", "serviceFamily": "Compute",
                             "ProductName": "Reserved VM Instance, Standard_E4s_v5, US East, 3 Years",
                             "quantity": "1", "unitOfMeasure": "1 Unit", "chargeType": "Purchase",
                             "costInBillingCurrency": "51", "frequency": "Recurring", "term": "P3Y",
                             "reservationId": RI3, "reservationName": "RI-E4s-v5-US",
                             "pricingModel": "Reservation"}))
    rows.append(dict(eur, **{"date": "04/30/2025", "chargeType": "RoundingAdjustment",
                             "costInBillingCurrency": "0.0000012", "frequency": "OneTime",
                             "ProductName": "Rounding adjustment"}))
    return rows


LEGACY = ["Name der Abteilung (DepartmentName)", "AccountName", "AccountOwnerId",
          "Abonnement-GUID (SubscriptionGuid)", "SubscriptionName", "ResourceGroup", "ResourceLocation",
          "UsageDateTime", "ProductName", "MeterCategory", "MeterSubcategory", "MeterId", "MeterName",
          "MeterRegion", "UnitOfMeasure", "UsageQuantity", "ResourceRate", "PreTaxCost", "CostCenter",
          "ConsumedService", "ResourceType", "InstanceId", "Tags", "OfferId", "AdditionalInfo",
          "ServiceInfo1", "ServiceInfo2", "Currency"]


def legacy_rows():
    rows = []
    for date, hours, cost, disk in [("2019-03-31", "744", "142.848", "17.52"),
                                    ("2019-04-30", "720", "138.24", "17.52")]:
        base = {"Name der Abteilung (DepartmentName)": "IT", "AccountName": "Acme IT",
                "AccountOwnerId": "it@acme.example", "Abonnement-GUID (SubscriptionGuid)": SUB,
                "SubscriptionName": "acme-prod", "UsageDateTime": date, "OfferId": "MS-AZR-0017P",
                "Currency": "EUR", "ResourceGroup": "RG-WEB"}
        rows.append(dict(base, **{
            "ResourceLocation": "westeurope", "ProductName": "Virtual Machines Dv3 Series - D4 v3 - EU West",
            "MeterCategory": "Virtual Machines", "MeterSubcategory": "Dv3 Series", "MeterName": "D4 v3",
            "MeterRegion": "EU West", "UnitOfMeasure": "1 Hour", "UsageQuantity": hours,
            "ResourceRate": "0.192", "PreTaxCost": cost, "ConsumedService": "Microsoft.Compute",
            "ResourceType": "Microsoft.Compute/virtualMachines",
            "InstanceId": RES % (SUB, "RG-WEB", "vm-legacy-01"), "Tags": '"env": "prod"',
            "AdditionalInfo": json.dumps({"ServiceType": "Standard_D4_v3", "VCPUs": 4})}))
        rows.append(dict(base, **{
            "ResourceLocation": "westeurope", "ProductName": "Standard SSD Managed Disks - E10 - EU West",
            "MeterCategory": "Storage", "MeterSubcategory": "Standard SSD Managed Disks",
            "MeterName": "E10 Disks", "MeterRegion": "EU West", "UnitOfMeasure": "1/Month",
            "UsageQuantity": "1", "ResourceRate": disk, "PreTaxCost": disk,
            "ConsumedService": "Microsoft.Compute", "ResourceType": "Microsoft.Compute/disks",
            "InstanceId": "/subscriptions/%s/resourceGroups/RG-WEB/providers/Microsoft.Compute/disks/vm-legacy-01-os" % SUB,
            "Tags": ""}))
    return rows


def write(path, fields, rows, quoting=csv.QUOTE_MINIMAL, terminator="\n", bom=False):
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=fields, lineterminator=terminator, quoting=quoting,
                       restval="")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    data = out.getvalue()
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        f.write(data)
    return data


def malformed(ea):
    lines = ea.split("\r\n")
    header, first, second = lines[0], lines[1], lines[2]
    cols = next(csv.reader([header]))

    def set_field(line, name, value):
        fields = next(csv.reader([line]))
        fields[cols.index(name)] = value
        out = io.StringIO()
        csv.writer(out, lineterminator="", quoting=csv.QUOTE_ALL).writerow(fields)
        return out.getvalue()

    def save(name, text):
        with open("malformed/" + name, "w", newline="", encoding="utf-8-sig") as f:
            f.write(text)

    save("bad-amount.csv", "\r\n".join([header, first, set_field(second, "CostInBillingCurrency", "1.234,56"), ""]))
    save("bad-date.csv", "\r\n".join([header, set_field(first, "Date", "13/01/2025"), second, ""]))
    cut = [i for i, c in enumerate(second) if c == ","][9]
    save("truncated.csv", "\r\n".join([header, first, second[:cut]]))
    keep = [i for i, c in enumerate(cols) if c != "CostInBillingCurrency"]

    def without(line):
        fields = next(csv.reader([line]))
        out = io.StringIO()
        csv.writer(out, lineterminator="", quoting=csv.QUOTE_ALL).writerow([fields[i] for i in keep])
        return out.getvalue()
    save("missing-column.csv", "\r\n".join([without(header), without(first), ""]))


if __name__ == "__main__":
    ea = write("azure-ea-actual-2025q1.csv", EA, ea_rows(), csv.QUOTE_ALL, "\r\n", bom=True)
    write("azure-mca-amortized-2025-04.csv", MCA, mca_rows())
    write("azure-usage-legacy-2019.csv", LEGACY, legacy_rows())
    malformed(ea)
