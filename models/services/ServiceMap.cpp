#include "models/services/ServiceMap.h"

#include "models/costs/CostData.h"
#include "models/importers/io/YamlLoader.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole {

Result<ServiceMap> ServiceMap::load(const QString &path)
{
    QFile file(path);
    const QString name = path.section(u'/', -1);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QCoreApplication::translate("Services", "cannot read the file: %1")
                         .arg(file.errorString()),
                     name);
    }
    Result<std::vector<YamlDocument>> documents = readYamlDocuments(file, name);
    if (!documents) {
        return documents.error();
    }
    if (documents->empty()) {
        return Error(QCoreApplication::translate("Services", "the file is empty"), name);
    }
    ServiceMap map;
    QStringList seen;
    for (const YamlValue &item : documents->front().root().get("services").items()) {
        ServiceMapping m;
        m.id = item.get("id").text();
        Result<QStringList> names = item.get("names").stringList();
        if (!names) {
            return names.error();
        }
        m.names = *names;
        m.kind = item.get("kind").text();
        m.strategy = item.get("strategy").text();
        m.basis = item.get("basis").text();
        const YamlValue source = item.get("source");
        m.source.url = source.get("url").text();
        m.source.date = QDate::fromString(source.get("date").text(), Qt::ISODate);
        m.source.verified = source.get("verified").text() == u"true";
        m.refactor = m.kind == u"refactor" || m.strategy == u"refactor";
        if (m.id.isEmpty() || m.names.isEmpty() || m.kind.isEmpty() || m.basis.isEmpty() ||
            m.source.url.isEmpty() || !m.source.date.isValid()) {
            return item.error(QCoreApplication::translate(
                "Services", "a mapping needs id, names, kind, basis and a dated source"));
        }
        for (const QString &n : std::as_const(m.names)) {
            if (seen.contains(n.toLower())) {
                return item.get("names").error(
                    QCoreApplication::translate("Services", "the name “%1” is mapped twice")
                        .arg(n));
            }
            seen << n.toLower();
        }
        map.m_mappings.push_back(std::move(m));
    }
    return map;
}

const ServiceMapping *ServiceMap::byId(const QString &id) const
{
    for (const ServiceMapping &m : m_mappings) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

ServiceMap ServiceMap::withOverrides(const std::vector<ServiceMapOverride> &overrides) const
{
    ServiceMap result;
    for (const ServiceMapOverride &o : overrides) {
        if (o.names.isEmpty() || byId(o.id)) {
            continue;
        }
        ServiceMapping m;
        m.id = o.id;
        m.names = o.names;
        m.kind = o.kind;
        m.refactor = o.refactor;
        m.strategy = !o.strategy.isEmpty() ? o.strategy
                     : o.refactor          ? u"refactor"_s
                                           : u"replatform"_s;
        m.basis = o.note;
        m.origin = ServiceMapping::Origin::Added;
        m.source.note = QCoreApplication::translate("Services", "added in this project");
        result.m_mappings.push_back(std::move(m));
    }
    for (ServiceMapping m : m_mappings) {
        const auto it = std::find_if(overrides.begin(), overrides.end(),
                                     [&m](const ServiceMapOverride &o) { return o.id == m.id; });
        if (it != overrides.end()) {
            m.kind = it->kind;
            m.refactor = it->refactor;
            m.basis = it->note;
            if (!it->strategy.isEmpty()) {
                m.strategy = it->strategy;
            } else if (it->refactor) {
                m.strategy = u"refactor"_s;
            } else if (m.strategy == u"refactor") {
                m.strategy = u"replatform"_s;
            }
            m.origin = ServiceMapping::Origin::Edited;
            // The shipped source no longer vouches for the entry.
            m.source = catalog::Source();
            m.source.note = QCoreApplication::translate("Services", "edited in this project");
        }
        result.m_mappings.push_back(std::move(m));
    }
    return result;
}

std::vector<ServiceMapOverride> serviceMapOverridesFromJson(const QString &json)
{
    std::vector<ServiceMapOverride> result;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        ServiceMapOverride entry;
        entry.id = o.value(u"id"_s).toString();
        for (const QJsonValue &name : o.value(u"names"_s).toArray()) {
            entry.names << name.toString();
        }
        entry.kind = o.value(u"kind"_s).toString();
        entry.refactor = o.value(u"refactor"_s).toBool();
        entry.note = o.value(u"note"_s).toString();
        entry.strategy = o.value(u"strategy"_s).toString();
        if (!entry.id.isEmpty()) {
            result.push_back(std::move(entry));
        }
    }
    return result;
}

QString serviceMapOverridesToJson(const std::vector<ServiceMapOverride> &overrides)
{
    QJsonArray array;
    for (const ServiceMapOverride &entry : overrides) {
        QJsonObject o;
        o.insert(u"id"_s, entry.id);
        if (!entry.names.isEmpty()) {
            o.insert(u"names"_s, QJsonArray::fromStringList(entry.names));
        }
        o.insert(u"kind"_s, entry.kind);
        o.insert(u"refactor"_s, entry.refactor);
        o.insert(u"note"_s, entry.note);
        if (!entry.strategy.isEmpty()) {
            o.insert(u"strategy"_s, entry.strategy);
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<ServiceMapOverride> serviceMapOverrides(const Project &project)
{
    return serviceMapOverridesFromJson(
        project.projectSetting(QString::fromLatin1(kServiceMapSettingKey)));
}

QString serviceOriginId(ServiceMapping::Origin origin)
{
    switch (origin) {
    case ServiceMapping::Origin::Edited:
        return u"edited"_s;
    case ServiceMapping::Origin::Added:
        return u"added"_s;
    case ServiceMapping::Origin::Shipped:
        break;
    }
    return u"shipped"_s;
}

Result<ServiceMap> effectiveServiceMap(const Project *project)
{
    Result<ServiceMap> shipped = ServiceMap::load();
    if (!shipped || !project) {
        return shipped;
    }
    return shipped->withOverrides(serviceMapOverrides(*project));
}

const ServiceMapping *ServiceMap::find(const QString &serviceName) const
{
    for (const ServiceMapping &m : m_mappings) {
        for (const QString &n : m.names) {
            if (n.compare(serviceName, Qt::CaseInsensitive) == 0) {
                return &m;
            }
        }
    }
    return nullptr;
}

std::vector<ServiceLine> serviceLines(const CostData &data, const ServiceMap &map)
{
    std::vector<ServiceLine> lines;
    for (const QString &currency : data.currencies()) {
        CostFilter inCurrency;
        inCurrency.currency = currency;
        const int months = std::max(1, data.monthCount(inCurrency));
        for (const CostGroup &provider :
             data.aggregate(CostDimension::Provider, inCurrency, CostBasis::Effective)) {
            CostFilter filter = inCurrency;
            filter.equals = {{CostDimension::Provider, provider.key}};
            for (const CostGroup &service :
                 data.aggregate(CostDimension::Service, filter, CostBasis::Effective)) {
                ServiceLine line;
                line.provider = provider.key;
                line.service = service.key;
                line.currency = currency;
                const auto amount = service.amounts.find(currency);
                line.monthlyAverage = amount == service.amounts.end()
                                          ? Money()
                                          : amount->second.dividedBy(months).value_or(Money());
                line.mapping = map.find(service.key);
                lines.push_back(std::move(line));
            }
        }
    }
    return lines;
}

} // namespace boussole
