#pragma once

// Which European offer replaces a hyperscaler managed service found in a bill or a Terraform
// state (resources/services/service-map.yaml): RDS → managed PostgreSQL/MySQL, S3 → object
// storage, EKS → managed Kubernetes…, or "refactor" when no provider in the catalog offers an
// equivalent (DynamoDB, Lambda…). The comparison prices the mapped kind; the bills' service lines
// say what each service costs today.

#include "models/catalog/Catalog.h"
#include "models/domain/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace boussole {

class CostData;

struct ServiceMapping {
    QString id;        // "managed-relational-database"
    QStringList names; // service names, product codes, Terraform types it matches
    QString kind;      // catalog offer kind id, or "refactor", "none", a non-catalog kind
    QString strategy;  // rehost, replatform, refactor, repurchase, retire, retain
    QString basis;     // why (English, from the data file)
    catalog::Source source;

    bool needsRefactor() const { return kind == u"refactor"; }
};

class ServiceMap {
public:
    static Result<ServiceMap>
    load(const QString &path = QStringLiteral(":/services/service-map.yaml"));
    // Case-insensitive exact match on a name; nullptr when the service is unknown.
    const ServiceMapping *find(const QString &serviceName) const;
    const std::vector<ServiceMapping> &mappings() const { return m_mappings; }

private:
    std::vector<ServiceMapping> m_mappings;
};

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
