#include "models/compare/CompareSettings.h"

#include "models/storage/ProjectFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boussole::compare {

QString regionPolicyId(RegionPolicy policy)
{
    switch (policy) {
    case RegionPolicy::Eu:
        return u"eu"_s;
    case RegionPolicy::France:
        return u"france"_s;
    case RegionPolicy::Any:
        break;
    }
    return u"any"_s;
}

std::optional<RegionPolicy> regionPolicyFromId(const QString &id)
{
    for (RegionPolicy policy : {RegionPolicy::Eu, RegionPolicy::France, RegionPolicy::Any}) {
        if (regionPolicyId(policy) == id) {
            return policy;
        }
    }
    return std::nullopt;
}

QString sizingModeId(SizingMode mode)
{
    return mode == SizingMode::AsIs ? u"as-is"_s : u"performance"_s;
}

std::optional<SizingMode> sizingModeFromId(const QString &id)
{
    if (id == u"as-is") {
        return SizingMode::AsIs;
    }
    if (id == u"performance") {
        return SizingMode::Performance;
    }
    return std::nullopt;
}

QString CompareSettings::toJson() const
{
    QJsonObject o;
    o.insert(u"providers"_s, QJsonArray::fromStringList(providers));
    o.insert(u"regions"_s, regionPolicyId(regions));
    o.insert(u"sizing"_s, sizingModeId(sizing));
    o.insert(u"percentile"_s, percentile);
    o.insert(u"comfort_factor"_s, comfortFactor);
    o.insert(u"require"_s, QJsonArray::fromStringList(requiredCertifications));
    o.insert(u"egress_gb_per_month"_s, egressGbPerMonth);
    QJsonObject w;
    w.insert(u"cost"_s, weights.cost);
    w.insert(u"sovereignty"_s, weights.sovereignty);
    w.insert(u"certification"_s, weights.certification);
    o.insert(u"weights"_s, w);
    if (date.isValid()) {
        o.insert(u"date"_s, date.toString(Qt::ISODate));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty()) {
            list << item.toString();
        }
    }
    return list;
}

double nonNegative(const QJsonValue &value, double fallback)
{
    return value.isDouble() && value.toDouble() >= 0 ? value.toDouble() : fallback;
}

} // namespace

CompareSettings CompareSettings::fromJson(const QString &json)
{
    CompareSettings s;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    s.providers = stringList(o.value(u"providers"_s));
    s.regions = regionPolicyFromId(o.value(u"regions"_s).toString()).value_or(s.regions);
    s.sizing = sizingModeFromId(o.value(u"sizing"_s).toString()).value_or(s.sizing);
    const int percentile = o.value(u"percentile"_s).toInt(s.percentile);
    if (percentile == 50 || percentile == 95 || percentile == 99 || percentile == 100) {
        s.percentile = percentile;
    }
    const double comfort = o.value(u"comfort_factor"_s).toDouble(s.comfortFactor);
    if (comfort >= 1 && comfort <= 10) {
        s.comfortFactor = comfort;
    }
    s.requiredCertifications = stringList(o.value(u"require"_s));
    s.egressGbPerMonth = nonNegative(o.value(u"egress_gb_per_month"_s), 0);
    const QJsonObject w = o.value(u"weights"_s).toObject();
    s.weights.cost = nonNegative(w.value(u"cost"_s), s.weights.cost);
    s.weights.sovereignty = nonNegative(w.value(u"sovereignty"_s), s.weights.sovereignty);
    s.weights.certification = nonNegative(w.value(u"certification"_s), s.weights.certification);
    s.date = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
    return s;
}

CompareSettings CompareSettings::load(const Project &project)
{
    return fromJson(project.projectSetting(QString::fromLatin1(kSettingKey)));
}

} // namespace boussole::compare
