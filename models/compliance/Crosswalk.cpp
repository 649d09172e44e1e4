#include "models/compliance/Crosswalk.h"

#include "models/importers/io/YamlLoader.h"

#include <QFile>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole::compliance {

namespace {

QString frameworkName(const QString &id, const QString &language)
{
    const Framework *framework = findFramework(embeddedFrameworks(), id);
    return framework ? framework->name.in(language) : id;
}

// Lower is weaker: the order a suggestion takes the weakest answer in.
int strength(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::NonCompliant:
        return 0;
    case AssessmentStatus::Partial:
        return 1;
    case AssessmentStatus::Compliant:
        return 2;
    case AssessmentStatus::NotApplicable:
    case AssessmentStatus::Unknown:
        break;
    }
    return 3;
}

} // namespace

QString linkBasisId(LinkBasis basis)
{
    return basis == LinkBasis::Structural ? u"structural"_s : u"analysis"_s;
}

std::optional<LinkBasis> linkBasisFromId(const QString &id)
{
    if (id == u"structural") {
        return LinkBasis::Structural;
    }
    if (id == u"analysis") {
        return LinkBasis::Analysis;
    }
    return std::nullopt;
}

QString linkBasisName(LinkBasis basis)
{
    return basis == LinkBasis::Structural
               ? QCoreApplication::translate("Compliance", "structural link (documented structure)")
               : QCoreApplication::translate("Compliance", "Boussole's analysis, unverified");
}

std::vector<LinkedItem> Crosswalk::linked(const QString &framework, const QString &item) const
{
    std::vector<LinkedItem> result;
    const ItemRef self{framework, item};
    for (const CrosswalkLink &link : links) {
        if (link.a == self) {
            result.push_back({link.b, link.basis});
        } else if (link.b == self) {
            result.push_back({link.a, link.basis});
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const LinkedItem &x, const LinkedItem &y) {
        return x.basis == LinkBasis::Structural && y.basis != LinkBasis::Structural;
    });
    return result;
}

Result<Crosswalk> loadCrosswalk(const QString &path, const std::vector<Framework> &frameworks)
{
    Result<YamlDocument> document = readYamlFile(path, path);
    if (!document) {
        return document.error();
    }
    const YamlValue root = document->root();
    Crosswalk result;
    for (const auto &[key, target] :
         {std::pair{"note_en", &result.note.en}, std::pair{"note_fr", &result.note.fr}}) {
        auto text = root.get(key).string();
        if (!text) {
            return text.error();
        }
        if (!text.value() || text.value()->trimmed().isEmpty()) {
            return root.get(key).error(QCoreApplication::translate(
                "Framework", "give the text in both English and French"));
        }
        *target = text.value()->trimmed();
    }
    const YamlValue groups = root.get("groups");
    if (!groups.isSequence()) {
        return groups.error(QCoreApplication::translate("Framework", "expected a list of groups"));
    }
    // Pair → index in result.links, to keep each pair once with its strongest basis.
    QHash<QString, size_t> seen;
    for (const YamlValue &value : groups.items()) {
        QString basisText;
        auto basisValue = value.get("basis").string();
        if (!basisValue) {
            return basisValue.error();
        }
        if (basisValue.value()) {
            basisText = *basisValue.value();
        }
        const std::optional<LinkBasis> basis = linkBasisFromId(basisText);
        if (!basis) {
            return value.get("basis").error(
                QCoreApplication::translate("Framework",
                                            "basis must be structural or analysis, not \"%1\"")
                    .arg(basisText));
        }
        auto refs = value.get("items").stringList();
        if (!refs) {
            return refs.error();
        }
        std::vector<ItemRef> items;
        for (const QString &ref : refs.value()) {
            const ItemRef item{ref.section(u':', 0, 0), ref.section(u':', 1)};
            const Framework *framework = findFramework(frameworks, item.framework);
            const Item *found = framework ? framework->item(item.item) : nullptr;
            if (!found) {
                return value.get("items").error(
                    QCoreApplication::translate("Framework", "no item \"%1\"").arg(ref));
            }
            if (!found->assessable()) {
                return value.get("items").error(
                    QCoreApplication::translate("Framework",
                                                "\"%1\" is a definition: nothing to link")
                        .arg(ref));
            }
            items.push_back(item);
        }
        int pairs = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            for (size_t j = i + 1; j < items.size(); ++j) {
                if (items[i].framework == items[j].framework) {
                    continue;
                }
                ++pairs;
                // The same pair in either order.
                const bool ordered = items[i].framework + u':' + items[i].item <
                                     items[j].framework + u':' + items[j].item;
                const ItemRef &first = ordered ? items[i] : items[j];
                const ItemRef &second = ordered ? items[j] : items[i];
                const QString key = first.framework + u':' + first.item + u'|' + second.framework +
                                    u':' + second.item;
                if (auto it = seen.constFind(key); it != seen.constEnd()) {
                    if (*basis == LinkBasis::Structural) {
                        result.links[*it].basis = LinkBasis::Structural;
                    }
                    continue;
                }
                seen.insert(key, result.links.size());
                result.links.push_back({items[i], items[j], *basis});
            }
        }
        if (pairs == 0) {
            return value.error(QCoreApplication::translate(
                "Framework", "a group needs items of at least two frameworks"));
        }
    }
    return result;
}

const Crosswalk &embeddedCrosswalk()
{
    static const Crosswalk crosswalk = [] {
        auto loaded = loadCrosswalk(u":/mappings/crosswalk-secnumcloud-iso27001-hds.yaml"_s,
                                    embeddedFrameworks());
        if (!loaded) {
            qWarning("embedded crosswalk: %s", qPrintable(loaded.error().toString()));
            return Crosswalk{};
        }
        return std::move(loaded.value());
    }();
    return crosswalk;
}

std::vector<CoveredBy> coveredBy(const Crosswalk &crosswalk,
                                 const std::vector<Assessment> &assessments,
                                 const QString &framework, const QString &item)
{
    std::vector<CoveredBy> result;
    for (const LinkedItem &linked : crosswalk.linked(framework, item)) {
        for (const Assessment &a : assessments) {
            if (a.framework != linked.item.framework || a.requirement != linked.item.item) {
                continue;
            }
            if (strength(a.status) < 3) {
                result.push_back({linked.item, a.status, linked.basis});
            }
            break;
        }
    }
    return result;
}

std::optional<AssessmentStatus> suggestedStatus(const std::vector<CoveredBy> &coverage)
{
    std::optional<AssessmentStatus> weakest;
    for (const CoveredBy &c : coverage) {
        if (!weakest || strength(c.status) < strength(*weakest)) {
            weakest = c.status;
        }
    }
    return weakest;
}

QString coveredByText(const CoveredBy &coverage, const QString &language)
{
    return QCoreApplication::translate("Compliance", "%1 %2 — %3 (%4)")
        .arg(frameworkName(coverage.source.framework, language), coverage.source.item,
             assessmentStatusName(coverage.status), linkBasisName(coverage.basis));
}

std::vector<Assessment> acceptSuggestions(const Crosswalk &crosswalk,
                                          const std::vector<Assessment> &assessments,
                                          const Framework &framework, const QStringList &itemIds,
                                          bool onlyUnassessed, const QString &language)
{
    std::vector<Assessment> result;
    for (const Item &item : framework.items) {
        if (!item.assessable() || (!itemIds.isEmpty() && !itemIds.contains(item.id))) {
            continue;
        }
        const std::vector<CoveredBy> coverage =
            coveredBy(crosswalk, assessments, framework.id, item.id);
        const std::optional<AssessmentStatus> status = suggestedStatus(coverage);
        if (!status) {
            continue;
        }
        Assessment value;
        for (const Assessment &a : assessments) {
            if (a.framework == framework.id && a.requirement == item.id) {
                value = a;
                break;
            }
        }
        if (value.status == *status ||
            (onlyUnassessed && value.status != AssessmentStatus::Unknown)) {
            continue;
        }
        value.framework = framework.id;
        value.requirement = item.id;
        value.status = *status;
        QStringList sources;
        for (const CoveredBy &c : coverage) {
            sources << coveredByText(c, language);
        }
        const QString line =
            QCoreApplication::translate("Compliance", "Suggestion accepted from: %1.")
                .arg(sources.join(u"; "_s));
        value.note = value.note.isEmpty() ? line : value.note + u'\n' + line;
        result.push_back(std::move(value));
    }
    return result;
}

} // namespace boussole::compliance
