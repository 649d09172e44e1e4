#include "models/domain/CostLine.h"

namespace boussole {

namespace {

// Also the SQL column names of cost_lines (schema 8): never change one.
constexpr const char *kFieldIds[kCostFieldCount] = {
    "provider",
    "publisher",
    "invoice_issuer",
    "billing_account_id",
    "billing_account_name",
    "sub_account_id",
    "sub_account_name",
    "currency",
    "charge_category",
    "charge_class",
    "charge_frequency",
    "charge_description",
    "pricing_category",
    "region_id",
    "region_name",
    "availability_zone",
    "resource_id",
    "resource_name",
    "resource_type",
    "service_category",
    "service_subcategory",
    "service_name",
    "sku_id",
    "sku_price_id",
    "consumed_unit",
    "pricing_unit",
    "commitment_id",
    "commitment_name",
    "commitment_type",
    "commitment_category",
    "commitment_status",
    "invoice_id",
    "instance_type",
    "tags",
};

} // namespace

const char *costFieldId(CostField field)
{
    return kFieldIds[int(field)];
}

} // namespace boussole
