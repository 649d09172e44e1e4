#include "models/compliance/Correspondence.h"

#include "models/importers/io/YamlLoader.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole::compliance {

namespace {

Result<Text> readText(const YamlValue &map, const char *prefix)
{
    Text text;
    auto en = map.get(std::string(prefix) + "_en").string();
    auto fr = map.get(std::string(prefix) + "_fr").string();
    if (!en) {
        return en.error();
    }
    if (!fr) {
        return fr.error();
    }
    if (!en.value() || !fr.value() || en.value()->isEmpty() || fr.value()->isEmpty()) {
        return map.error(
            QCoreApplication::translate("Framework", "give the text in both English and French"));
    }
    text.en = *en.value();
    text.fr = *fr.value();
    return text;
}

} // namespace

std::vector<std::pair<ItemRef, const CorrespondenceGroup *>>
Correspondences::related(const QString &framework, const QString &item) const
{
    std::vector<std::pair<ItemRef, const CorrespondenceGroup *>> result;
    const ItemRef self{framework, item};
    for (const CorrespondenceGroup &group : groups) {
        if (std::find(group.items.begin(), group.items.end(), self) == group.items.end()) {
            continue;
        }
        for (const ItemRef &other : group.items) {
            const bool seen = std::any_of(result.begin(), result.end(),
                                          [&](const auto &pair) { return pair.first == other; });
            if (!(other == self) && !seen) {
                result.emplace_back(other, &group);
            }
        }
    }
    return result;
}

Result<Correspondences> loadCorrespondences(const QString &path,
                                            const std::vector<Framework> &frameworks)
{
    Result<YamlDocument> document = readYamlFile(path, path);
    if (!document) {
        return document.error();
    }
    const YamlValue root = document->root();
    Correspondences result;
    auto note = readText(root, "source_note");
    if (!note) {
        return note.error();
    }
    result.note = note.value();
    auto verified = root.get("verified").boolean();
    if (!verified) {
        return verified.error();
    }
    result.verified = verified.value().value_or(false);
    const YamlValue groups = root.get("groups");
    if (!groups.isSequence()) {
        return groups.error(QCoreApplication::translate("Framework", "expected a list of groups"));
    }
    for (const YamlValue &value : groups.items()) {
        CorrespondenceGroup group;
        auto topic = readText(value, "topic");
        if (!topic) {
            return topic.error();
        }
        group.topic = topic.value();
        auto refs = value.get("items").stringList();
        if (!refs) {
            return refs.error();
        }
        for (const QString &ref : refs.value()) {
            const QString frameworkId = ref.section(u':', 0, 0);
            const QString itemId = ref.section(u':', 1);
            const Framework *framework = findFramework(frameworks, frameworkId);
            if (!framework || !framework->item(itemId)) {
                return value.get("items").error(
                    QCoreApplication::translate("Framework", "no item \"%1\"").arg(ref));
            }
            group.items.push_back({frameworkId, itemId});
        }
        if (group.items.size() < 2) {
            return value.error(
                QCoreApplication::translate("Framework", "a group needs at least two items"));
        }
        result.groups.push_back(std::move(group));
    }
    return result;
}

const Correspondences &embeddedCorrespondences()
{
    static const Correspondences correspondences = [] {
        auto loaded =
            loadCorrespondences(u":/mappings/correspondences.yaml"_s, embeddedFrameworks());
        if (!loaded) {
            qWarning("embedded correspondences: %s", qPrintable(loaded.error().toString()));
            return Correspondences{};
        }
        return std::move(loaded.value());
    }();
    return correspondences;
}

} // namespace boussole::compliance
