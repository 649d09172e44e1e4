#pragma once

// Which European offer replaces a hyperscaler managed service found in a bill or a Terraform
// state (resources/services/service-map.yaml): RDS → managed PostgreSQL/MySQL, S3 → object
// storage, EKS → managed Kubernetes…, or "refactor" when no provider in the catalog offers an
// equivalent (DynamoDB, Lambda…). The comparison prices the mapped kind; the bills' service lines
// say what each service costs today.
//
// A project may override the shipped map (project setting "service_map", JSON): change an entry's
// European equivalent, refactor flag or note, or add an entry for services the shipped map does
// not know (or maps differently). Overridden entries are marked as edited in this project and
// lose the shipped source; removing the override reverts to the shipped, sourced entry. Entries
// the project adds win over the shipped ones for the names they list. effectiveServiceMap() is
// the map every consumer uses (`costs --by service`, `compare`, the Costs and Scenarios pages).

#include "models/catalog/Catalog.h"
#include "models/domain/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace boussole {

class CostData;
class Project;

struct ServiceMapping {
    QString id;        // "managed-relational-database"
    QStringList names; // service names, product codes, Terraform types it matches
    QString kind;      // catalog offer kind id, or "refactor", "none", a non-catalog kind
    QString strategy;  // rehost, replatform, refactor, repurchase, retire, retain
    QString basis;     // why (English, from the data file)
    catalog::Source source;
    // Code, data model or deployment changes needed (shipped: kind or strategy "refactor").
    bool refactor = false;
    enum class Origin { Shipped, Edited, Added };
    Origin origin = Origin::Shipped;

    bool needsRefactor() const { return refactor; }
};

// What a project changes in the map. For an edited entry, `id` is the shipped entry's and `names`
// stays empty; an added entry carries its own id and names.
struct ServiceMapOverride {
    QString id;
    QStringList names;
    QString kind;
    bool refactor = false;
    QString note;
    QString strategy; // empty: the shipped entry's (added entries: derived from refactor)
    bool operator==(const ServiceMapOverride &) const = default;
};

inline constexpr const char *kServiceMapSettingKey = "service_map";
std::vector<ServiceMapOverride> serviceMapOverrides(const Project &project);
std::vector<ServiceMapOverride> serviceMapOverridesFromJson(const QString &json);
QString serviceMapOverridesToJson(const std::vector<ServiceMapOverride> &overrides);

class ServiceMap {
public:
    static Result<ServiceMap>
    load(const QString &path = QStringLiteral(":/services/service-map.yaml"));
    // Case-insensitive exact match on a name; nullptr when the service is unknown.
    const ServiceMapping *find(const QString &serviceName) const;
    const std::vector<ServiceMapping> &mappings() const { return m_mappings; }
    const ServiceMapping *byId(const QString &id) const;
    // This map with a project's overrides applied (added entries first, so they win by name).
    ServiceMap withOverrides(const std::vector<ServiceMapOverride> &overrides) const;

private:
    std::vector<ServiceMapping> m_mappings;
};

// "shipped", "edited" or "added", as JSON says it.
QString serviceOriginId(ServiceMapping::Origin origin);

// The shipped map with the project's overrides (the shipped map alone when project is null).
Result<ServiceMap> effectiveServiceMap(const Project *project);

// One managed service the bills show, with what it costs per month on average and what it maps
// to (nullptr mapping: unknown to the map, to be assessed by hand).
struct ServiceLine {
    QString provider;
    QString service;
    QString currency;
    Money monthlyAverage; // over the months the bills cover in that currency
    const ServiceMapping *mapping = nullptr;
};

// The bills' services (by provider and service name), largest first per currency.
std::vector<ServiceLine> serviceLines(const CostData &data, const ServiceMap &map);

} // namespace boussole
