#pragma once

// Value normalisation shared by the importers: every source spells environments, criticality,
// data classes, power states and numbers its own way, in French or English; the project stores
// one code per concept (the codes the item models and the CLI expect). Unknown values are kept,
// lowercased, rather than dropped.

#include "models/importers/ColumnMapping.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace boussole {

// "prod", "preprod", "test", "dev"; production/prd, staging/recette/rec/uat, développement/devel,
// qa/tests. Empty in, empty out.
QString normaliseEnvironment(QStringView value);
// The environment a naming convention gives away: "portail-web-prd-01" -> "prod",
// "gesco-dev-01" -> "dev". Empty when the name says nothing.
QString environmentFromName(QStringView name);
// "critical", "high", "medium", "low"; critique/haute/élevée/moyenne/basse/faible…
QString normaliseCriticality(QStringView value);
// "public", "internal", "personal", "health", "payment", "identity"; personnelles/santé/HDS/PCI…
QString normaliseDataClass(QStringView value);
// "on", "off", "suspended"; poweredOn/allumée/running, poweredOff/éteinte/stopped…
QString normalisePowerState(QStringView value);
// "vm", "database", "container", "kubernetes-node", "storage", "physical"; sets *isTemplate for
// "template"/"modèle" (a template is a vm). Empty gives "vm".
QString normaliseKind(QStringView value, bool *isTemplate = nullptr);
// "windows", "linux", "bsd", "unix", "other"; empty when os is empty.
QString osFamilyOf(QStringView os);
// yes/no, oui/non, true/false, vrai/faux, 1/0, x.
std::optional<bool> parseBool(QStringView value);
// "env=prod; owner=team-a" or "backup, pci": key=value pairs (':' works too) or bare words
// (stored as true).
QVariantMap parseTags(QStringView value);

// A decimal number as spreadsheets write it: "12.5", French "12,5", "1 234,5" (also with
// no-break spaces), "1.234,5", "1,234.5". A single comma followed by exactly three digits is a
// thousands separator only in comma-delimited files ("1,000" there; "1,000" = 1 in a ';' file).
std::optional<double> parseNumber(QStringView text, QChar delimiter = u';');

// A size with an optional unit after it: "16", "16 Go", "512MB", "1,5 To".
struct Quantity {
    double value = 0;
    std::optional<SizeUnit> unit;
};
std::optional<Quantity> parseQuantity(QStringView text, QChar delimiter = u';');

} // namespace boussole
