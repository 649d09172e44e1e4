#include "models/compliance/Framework.h"

#include "models/importers/io/YamlLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <string_view>

using namespace Qt::StringLiterals;

namespace boussole::compliance {

namespace {

Status checkKeys(const YamlValue &map, std::initializer_list<std::string_view> allowed)
{
    for (const YamlEntry &entry : map.entries()) {
        const QByteArray key = entry.key.toUtf8();
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](std::string_view k) {
            return std::string_view(key.constData(), size_t(key.size())) == k;
        });
        if (!known) {
            QStringList names;
            for (std::string_view k : allowed) {
                names << QString::fromUtf8(k.data(), qsizetype(k.size()));
            }
            return entry.value.error(
                QCoreApplication::translate("Framework", "unknown key \"%1\" (expected one of: %2)")
                    .arg(entry.key, names.join(u", "_s)));
        }
    }
    return {};
}

Status expectMap(const YamlValue &value)
{
    if (!value.isMap()) {
        return value.error(QCoreApplication::translate("Framework", "expected a mapping, found %1")
                               .arg(value.describe()));
    }
    return {};
}

// A required, non-empty string.
Status readString(const YamlValue &map, std::string_view key, QString &out, bool required = true)
{
    const YamlValue value = map.get(key);
    auto text = value.string();
    if (!text) {
        return text.error();
    }
    if (!text.value() || text.value()->trimmed().isEmpty()) {
        if (required) {
            return value.error(
                QCoreApplication::translate("Framework", "a non-empty text is required here"));
        }
        return {};
    }
    out = text.value()->trimmed();
    return {};
}

Status readBool(const YamlValue &map, std::string_view key, bool &out)
{
    auto value = map.get(key).boolean();
    if (!value) {
        return value.error();
    }
    if (value.value()) {
        out = *value.value();
    }
    return {};
}

// title_en + title_fr (both required), or guidance_en + guidance_fr.
Status readText(const YamlValue &map, const char *prefix, Text &out, bool required = true)
{
    const std::string en = std::string(prefix) + "_en";
    const std::string fr = std::string(prefix) + "_fr";
    if (auto s = readString(map, en, out.en, required); !s) {
        return s;
    }
    if (auto s = readString(map, fr, out.fr, required); !s) {
        return s;
    }
    if (out.en.isEmpty() != out.fr.isEmpty()) {
        return map.get(out.en.isEmpty() ? en : fr)
            .error(QCoreApplication::translate("Framework",
                                               "give the text in both English and French"));
    }
    return {};
}

constexpr std::pair<ItemType, QStringView> kTypes[] = {
    {ItemType::Requirement, u"requirement"},
    {ItemType::Recommendation, u"recommendation"},
    {ItemType::Definitional, u"definitional"},
};
constexpr std::pair<FrameworkKind, QStringView> kKinds[] = {
    {FrameworkKind::Qualification, u"qualification"},
    {FrameworkKind::Certification, u"certification"},
    {FrameworkKind::Regulation, u"regulation"},
    {FrameworkKind::Guide, u"guide"},
};

Status readItem(const YamlValue &value, const Framework &framework, Item &item)
{
    if (auto s = expectMap(value); !s) {
        return s;
    }
    if (auto s = checkKeys(value, {"id", "chapter", "section", "type", "sovereignty",
                                   "applicability", "side", "title_en", "title_fr", "guidance_en",
                                   "guidance_fr", "wording", "verified"});
        !s) {
        return s;
    }
    if (auto s = readString(value, "id", item.id); !s) {
        return s;
    }
    if (auto s = readString(value, "chapter", item.chapter); !s) {
        return s;
    }
    if (!framework.chapter(item.chapter)) {
        return value.get("chapter").error(
            QCoreApplication::translate("Framework", "no chapter \"%1\" in this file")
                .arg(item.chapter));
    }
    if (auto s = readString(value, "section", item.section, false); !s) {
        return s;
    }
    if (!item.section.isEmpty()) {
        const Section *section = framework.section(item.section);
        if (!section || section->chapter != item.chapter) {
            return value.get("section").error(
                QCoreApplication::translate("Framework", "no section \"%1\" in chapter %2")
                    .arg(item.section, item.chapter));
        }
    }
    QString type = u"requirement"_s;
    if (auto s = readString(value, "type", type, false); !s) {
        return s;
    }
    const auto typeIt = std::find_if(std::begin(kTypes), std::end(kTypes),
                                     [&](const auto &pair) { return pair.second == type; });
    if (typeIt == std::end(kTypes)) {
        return value.get("type").error(
            QCoreApplication::translate(
                "Framework", "type must be requirement, recommendation or definitional, not \"%1\"")
                .arg(type));
    }
    item.type = typeIt->first;
    QString sovereignty;
    if (auto s = readString(value, "sovereignty", sovereignty, false); !s) {
        return s;
    }
    if (sovereignty == u"core") {
        item.sovereignty = Sovereignty::Core;
    } else if (sovereignty == u"adjacent") {
        item.sovereignty = Sovereignty::Adjacent;
    } else if (!sovereignty.isEmpty() && sovereignty != u"none") {
        return value.get("sovereignty")
            .error(QCoreApplication::translate(
                       "Framework", "sovereignty must be core, adjacent or none, not \"%1\"")
                       .arg(sovereignty));
    }
    if (value.get("applicability").exists()) {
        auto list = value.get("applicability").stringList();
        if (!list) {
            return list.error();
        }
        for (const QString &model : list.value()) {
            if (!serviceModels().contains(model)) {
                return value.get("applicability")
                    .error(
                        QCoreApplication::translate(
                            "Framework", "applicability lists SaaS, PaaS, CaaS or IaaS, not \"%1\"")
                            .arg(model));
            }
        }
        if (list.value().isEmpty()) {
            return value.get("applicability")
                .error(QCoreApplication::translate("Framework", "name at least one service model"));
        }
        item.applicability = list.value();
    } else {
        item.applicability = serviceModels();
    }
    QString side = u"provider"_s;
    if (auto s = readString(value, "side", side, false); !s) {
        return s;
    }
    if (side == u"customer") {
        item.side = Side::Customer;
    } else if (side != u"provider") {
        return value.get("side").error(
            QCoreApplication::translate("Framework",
                                        "side must be provider or customer, not \"%1\"")
                .arg(side));
    }
    if (auto s = readText(value, "title", item.title); !s) {
        return s;
    }
    if (auto s = readText(value, "guidance", item.guidance); !s) {
        return s;
    }
    QString wording;
    if (auto s = readString(value, "wording", wording, false); !s) {
        return s;
    }
    if (wording == u"draft") {
        item.draftWording = true;
    } else if (!wording.isEmpty() && wording != u"final") {
        return value.get("wording").error(
            QCoreApplication::translate("Framework", "wording must be draft or final, not \"%1\"")
                .arg(wording));
    }
    item.verified = framework.verified;
    return readBool(value, "verified", item.verified);
}

Status readFramework(const YamlValue &root, Framework &framework)
{
    if (auto s = expectMap(root); !s) {
        return s;
    }
    if (auto s = checkKeys(root, {"schema", "framework", "chapters", "sections", "items"}); !s) {
        return s;
    }
    auto schema = root.get("schema").integer();
    if (!schema) {
        return schema.error();
    }
    if (schema.value().value_or(0) != 1) {
        return root.get("schema").error(
            QCoreApplication::translate("Framework",
                                        "unsupported framework schema %1 (this version reads 1)")
                .arg(root.get("schema").describe()));
    }
    const YamlValue head = root.get("framework");
    if (auto s = expectMap(head); !s) {
        return s;
    }
    if (auto s = checkKeys(head, {"id", "name_en", "name_fr", "publisher", "version", "date",
                                  "source_url", "licence_note", "kind", "note_en", "note_fr",
                                  "verified", "date_verified", "sectors", "data_classes"});
        !s) {
        return s;
    }
    for (const auto &[key, target] :
         {std::pair{"id", &framework.id}, std::pair{"publisher", &framework.publisher},
          std::pair{"version", &framework.version}, std::pair{"source_url", &framework.sourceUrl},
          std::pair{"licence_note", &framework.licenceNote}}) {
        if (auto s = readString(head, key, *target); !s) {
            return s;
        }
    }
    if (!framework.sourceUrl.startsWith(u"https://"_s)) {
        return head.get("source_url")
            .error(
                QCoreApplication::translate("Framework", "the source must be an https:// address"));
    }
    if (auto s = readText(head, "name", framework.name); !s) {
        return s;
    }
    if (auto s = readText(head, "note", framework.note, false); !s) {
        return s;
    }
    QString date;
    if (auto s = readString(head, "date", date); !s) {
        return s;
    }
    framework.date = QDate::fromString(date, Qt::ISODate);
    if (!framework.date.isValid()) {
        return head.get("date").error(
            QCoreApplication::translate("Framework", "expected a date such as 2022-03-08"));
    }
    QString kind;
    if (auto s = readString(head, "kind", kind); !s) {
        return s;
    }
    const auto kindIt = std::find_if(std::begin(kKinds), std::end(kKinds),
                                     [&](const auto &pair) { return pair.second == kind; });
    if (kindIt == std::end(kKinds)) {
        return head.get("kind").error(
            QCoreApplication::translate(
                "Framework",
                "kind must be qualification, certification, regulation or guide, not \"%1\"")
                .arg(kind));
    }
    framework.kind = kindIt->first;
    if (auto s = readBool(head, "verified", framework.verified); !s) {
        return s;
    }
    if (auto s = readBool(head, "date_verified", framework.dateVerified); !s) {
        return s;
    }
    for (const auto &[key, target] : {std::pair{"sectors", &framework.sectors},
                                      std::pair{"data_classes", &framework.dataClasses}}) {
        auto list = head.get(key).stringList();
        if (!list) {
            return list.error();
        }
        *target = list.value();
    }

    const YamlValue chapters = root.get("chapters");
    if (!chapters.isSequence() || chapters.size() == 0) {
        return chapters.error(
            QCoreApplication::translate("Framework", "expected a list of chapters"));
    }
    for (const YamlValue &value : chapters.items()) {
        if (auto s = expectMap(value); !s) {
            return s;
        }
        if (auto s = checkKeys(value, {"id", "title_en", "title_fr"}); !s) {
            return s;
        }
        Chapter chapter;
        if (auto s = readString(value, "id", chapter.id); !s) {
            return s;
        }
        if (framework.chapter(chapter.id)) {
            return value.get("id").error(
                QCoreApplication::translate("Framework", "chapter \"%1\" is listed twice")
                    .arg(chapter.id));
        }
        if (auto s = readText(value, "title", chapter.title); !s) {
            return s;
        }
        framework.chapters.push_back(std::move(chapter));
    }
    const YamlValue sections = root.get("sections");
    if (sections.exists() && !sections.isSequence()) {
        return sections.error(
            QCoreApplication::translate("Framework", "expected a list of sections"));
    }
    for (const YamlValue &value : sections.items()) {
        if (auto s = expectMap(value); !s) {
            return s;
        }
        if (auto s = checkKeys(value, {"id", "chapter", "title_en", "title_fr"}); !s) {
            return s;
        }
        Section section;
        if (auto s = readString(value, "id", section.id); !s) {
            return s;
        }
        if (auto s = readString(value, "chapter", section.chapter); !s) {
            return s;
        }
        if (!framework.chapter(section.chapter)) {
            return value.get("chapter").error(
                QCoreApplication::translate("Framework", "no chapter \"%1\" in this file")
                    .arg(section.chapter));
        }
        if (framework.section(section.id)) {
            return value.get("id").error(
                QCoreApplication::translate("Framework", "section \"%1\" is listed twice")
                    .arg(section.id));
        }
        if (auto s = readText(value, "title", section.title); !s) {
            return s;
        }
        framework.sections.push_back(std::move(section));
    }
    const YamlValue items = root.get("items");
    if (!items.isSequence() || items.size() == 0) {
        return items.error(QCoreApplication::translate("Framework", "expected a list of items"));
    }
    QSet<QString> ids;
    for (const YamlValue &value : items.items()) {
        Item item;
        if (auto s = readItem(value, framework, item); !s) {
            return s;
        }
        if (ids.contains(item.id)) {
            return value.get("id").error(
                QCoreApplication::translate("Framework", "item \"%1\" is listed twice")
                    .arg(item.id));
        }
        ids.insert(item.id);
        framework.items.push_back(std::move(item));
    }
    return {};
}

} // namespace

QString itemTypeId(ItemType type)
{
    for (const auto &[value, id] : kTypes) {
        if (value == type) {
            return id.toString();
        }
    }
    return {};
}

std::optional<ItemType> itemTypeFromId(const QString &id)
{
    for (const auto &[value, name] : kTypes) {
        if (name == id) {
            return value;
        }
    }
    return std::nullopt;
}

QString sovereigntyId(Sovereignty value)
{
    switch (value) {
    case Sovereignty::Core:
        return u"core"_s;
    case Sovereignty::Adjacent:
        return u"adjacent"_s;
    case Sovereignty::None:
        break;
    }
    return u"none"_s;
}

QString sideId(Side side)
{
    return side == Side::Customer ? u"customer"_s : u"provider"_s;
}

QString frameworkKindId(FrameworkKind kind)
{
    for (const auto &[value, id] : kKinds) {
        if (value == kind) {
            return id.toString();
        }
    }
    return {};
}

const Item *Framework::item(const QString &itemId) const
{
    for (const Item &candidate : items) {
        if (candidate.id == itemId) {
            return &candidate;
        }
    }
    return nullptr;
}

const Chapter *Framework::chapter(const QString &chapterId) const
{
    for (const Chapter &candidate : chapters) {
        if (candidate.id == chapterId) {
            return &candidate;
        }
    }
    return nullptr;
}

const Section *Framework::section(const QString &sectionId) const
{
    for (const Section &candidate : sections) {
        if (candidate.id == sectionId) {
            return &candidate;
        }
    }
    return nullptr;
}

Result<Framework> loadFrameworkFile(const QString &path, const QString &displayName)
{
    const QString display = displayName.isEmpty() ? path : displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QCoreApplication::translate("Framework", "cannot read the file: %1")
                         .arg(file.errorString()),
                     display);
    }
    auto documents = readYamlDocuments(file, display);
    if (!documents) {
        return documents.error();
    }
    const YamlDocument *document = nullptr;
    for (const YamlDocument &d : documents.value()) {
        if (d.isEmpty()) {
            continue;
        }
        if (document) {
            return Error(QCoreApplication::translate("Framework",
                                                     "expected one YAML document, found several"),
                         display, d.line());
        }
        document = &d;
    }
    if (!document) {
        return Error(QCoreApplication::translate("Framework", "the file is empty"), display);
    }
    Framework framework;
    if (auto s = readFramework(document->root(), framework); !s) {
        return s.error();
    }
    return framework;
}

Result<std::vector<Framework>> loadFrameworks(const QString &folder)
{
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files | QDir::Readable, QDir::Name);
    if (names.isEmpty()) {
        return Error(
            QCoreApplication::translate("Framework", "no framework files (*.yaml) in this folder"),
            folder);
    }
    std::vector<Framework> frameworks;
    for (const QString &name : names) {
        auto framework = loadFrameworkFile(dir.filePath(name), name);
        if (!framework) {
            return framework.error();
        }
        if (findFramework(frameworks, framework.value().id)) {
            return Error(QCoreApplication::translate(
                             "Framework", "framework \"%1\" is defined in another file too")
                             .arg(framework.value().id),
                         name);
        }
        frameworks.push_back(std::move(framework.value()));
    }
    return frameworks;
}

const std::vector<Framework> &embeddedFrameworks()
{
    static const std::vector<Framework> frameworks = [] {
        auto loaded = loadFrameworks(u":/frameworks"_s);
        if (!loaded) {
            qWarning("embedded frameworks: %s", qPrintable(loaded.error().message));
            return std::vector<Framework>{};
        }
        return std::move(loaded.value());
    }();
    return frameworks;
}

const Framework *findFramework(const std::vector<Framework> &frameworks, const QString &id)
{
    for (const Framework &framework : frameworks) {
        if (framework.id == id) {
            return &framework;
        }
    }
    return nullptr;
}

} // namespace boussole::compliance
