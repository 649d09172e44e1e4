#pragma once

// Small text helpers the provider bill importers (AWS CUR, Azure cost details, Google Cloud
// billing) share: values out of the key/value texts bills embed in one field (JSON objects,
// Athena-style {k=v} maps), commitment terms, hour units.

#include "models/domain/Money.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace boussole::bills {

// The value of `key` (compared case-insensitively) in a flat JSON object text
// ({"ServiceType": "Standard_D4s_v5", "VCPUs": 4}) or an Athena map text ({vcpu=4, region=x}),
// without a full parse: a string value without its quotes (escapes kept as written), a bare
// value (number, true…) as written. Empty when the key is absent.
QByteArrayView mapValue(QByteArrayView text, QByteArrayView key);

// Months of a commitment term as bills write it: "1yr", "3yr", "1 Year", "3 Years", "P1Y", "P3Y",
// "P1M", "1Year", "36 months", "12". 0 when unknown.
int termMonths(QByteArrayView term);

// True for the units bills write for hours of running time ("Hrs", "Hours", "1 Hour", "h"…).
bool isHourUnit(QByteArrayView unit);

// Azure units of measure carry a scale ("10 Hours", "100 GB/Month", "1K"): the number in front
// (1, 10, 100, 1000…; 1 when there is none; "K" counts as 1000). The rest of the unit is left in
// `rest` when asked.
qint64 unitScale(QByteArrayView unit, QByteArrayView *rest = nullptr);

// Hours as a double (for CostLine::usageHours) from an exact quantity.
double toHours(const Money &quantity);

// A column name reduced to lower-case letters and digits, so the spellings of one column meet:
// "lineItem/UnblendedCost", "line_item_unblended_cost" and "LineItem_UnblendedCost" all become
// "lineitemunblendedcost"; "Service description" and "service.description" "servicedescription".
QByteArray columnKey(QByteArrayView name);

// A FOCUS ServiceCategory and ServiceSubcategory, as the importers' service tables give them.
struct ServiceCategory {
    const char *category;
    const char *subcategory;
};

} // namespace boussole::bills
