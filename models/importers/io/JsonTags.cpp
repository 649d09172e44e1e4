#include "models/importers/io/JsonTags.h"

#include "models/importers/ColumnMapping.h"
#include "models/importers/Normalise.h"
#include "models/importers/io/JsonReader.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

QString foldKey(QStringView key)
{
    QString folded = foldText(key);
    folded.remove(u' ');
    return folded;
}

} // namespace

QVariantMap tagsFromJson(const JsonNode &node)
{
    QVariantMap tags;
    if (node.isObject()) {
        const QJsonObject object = node.value().toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            tags.insert(it.key(), node[it.key()].text());
        }
    } else if (node.isArray()) {
        for (const JsonNode &item : node.elements()) {
            const QString key = item[u"Key"].text();
            if (!key.isEmpty()) {
                tags.insert(key, item[u"Value"].text());
            }
        }
    } else if (node.isPresent()) {
        node.warnType(JsonReader::describe(JsonToken::StartObject));
    }
    return tags;
}

QString tagValue(const QVariantMap &tags, std::initializer_list<QStringView> keys)
{
    for (QStringView wanted : keys) {
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            if (foldKey(it.key()) == wanted) {
                const QString value = it.value().toString().trimmed();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
    }
    return {};
}

void applyWellKnownTags(Workload &w, const QVariantMap &tags)
{
    if (w.environment.isEmpty()) {
        w.environment = normaliseEnvironment(
            tagValue(tags, {u"environment", u"env", u"environnement", u"stage"}));
    }
    if (w.application.isEmpty()) {
        w.application = tagValue(
            tags, {u"application", u"app", u"applicationname", u"appname", u"project", u"projet"});
    }
    if (w.criticality.isEmpty()) {
        w.criticality = normaliseCriticality(
            tagValue(tags, {u"criticality", u"criticite", u"businesscriticality"}));
    }
    if (w.dataClass.isEmpty()) {
        w.dataClass = normaliseDataClass(
            tagValue(tags, {u"dataclassification", u"dataclass", u"classification",
                            u"confidentiality", u"confidentialite", u"sensitivity"}));
    }
    if (w.costCentre.isEmpty()) {
        w.costCentre =
            tagValue(tags, {u"costcenter", u"costcentre", u"centredecout", u"centredecouts"});
    }
    if (w.environment.isEmpty()) {
        w.environment = environmentFromName(w.name);
    }
}

} // namespace boussole
