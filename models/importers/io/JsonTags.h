#pragma once

// Tags and labels as cloud tools write them in JSON, and the workload fields that well-known tag
// keys give away. Shared by the Terraform, EC2 and Proxmox importers.

#include "models/domain/Workload.h"
#include "models/importers/io/JsonNode.h"

#include <QVariantMap>

#include <initializer_list>

namespace boussole {

// {"env": "prod"} (Terraform tags, GCP labels) or [{"Key": "env", "Value": "prod"}] (AWS CLI);
// values are kept as text. Anything else gives no tags (and a warning on the node).
QVariantMap tagsFromJson(const JsonNode &node);

// The value of the first tag whose key, folded (lowercase, accents, spaces, '-' and '_' removed:
// "Cost-Center" = "costcenter"), is one of `keys` (given folded). Empty when none.
QString tagValue(const QVariantMap &tags, std::initializer_list<QStringView> keys);

// Fills the fields that well-known tag keys give, leaving fields already set alone:
// environment (env, environment, environnement, stage), application (app, application, project,
// projet), criticality, data class (data_classification, confidentiality…) and cost centre
// (cost_center, costcentre, centre_de_cout…). Then, when no tag says it, the environment a
// naming convention gives away in the workload's name.
void applyWellKnownTags(Workload &workload, const QVariantMap &tags);

} // namespace boussole
