#include "models/services/ServiceMap.h"

#include "models/costs/CostData.h"
#include "models/importers/io/YamlLoader.h"

#include <QCoreApplication>
#include <QFile>

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
