#include "models/compliance/Guidance.h"

#include "models/compliance/ProviderView.h"
#include "models/importers/io/YamlLoader.h"
#include "models/migration/PlanStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace boussole::compliance {

namespace {

// Regulation (EU) 2023/2854: chapter VI applies from 12 September 2025 (art. 50); switching
// charges end on 12 January 2027 (art. 29).
QDate chapterSixApplies()
{
    return QDate(2025, 9, 12);
}
QDate noSwitchingCharges()
{
    return QDate(2027, 1, 12);
}

Status readString(const YamlValue &map, const char *key, QString &out, bool required)
{
    auto text = map.get(key).string();
    if (!text) {
        return text.error();
    }
    if (!text.value() || text.value()->trimmed().isEmpty()) {
        if (required) {
            return map.get(key).error(
                QCoreApplication::translate("Framework", "a non-empty text is required here"));
        }
        return {};
    }
    out = text.value()->trimmed();
    return {};
}

Status readDate(const YamlValue &map, const char *key, QDate &out, bool required)
{
    QString text;
    if (auto s = readString(map, key, text, required); !s) {
        return s;
    }
    if (text.isEmpty()) {
        return {};
    }
    out = QDate::fromString(text, Qt::ISODate);
    if (!out.isValid()) {
        return map.get(key).error(
            QCoreApplication::translate("Framework", "expected a date such as 2022-03-08"));
    }
    return {};
}

Status readList(const YamlValue &map, const char *key, QStringList &out)
{
    auto list = map.get(key).stringList();
    if (!list) {
        return list.error();
    }
    out = list.value();
    return {};
}

} // namespace

Result<std::vector<GuidanceNote>> loadGuidance(const QString &path)
{
    Result<YamlDocument> document = readYamlFile(path, path);
    if (!document) {
        return document.error();
    }
    const YamlValue root = document->root();
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
    const YamlValue list = root.get("guidance");
    if (!list.isSequence()) {
        return list.error(QCoreApplication::translate("Framework", "expected a list of items"));
    }
    std::vector<GuidanceNote> notes;
    QSet<QString> ids;
    for (const YamlValue &value : list.items()) {
        GuidanceNote note;
        QString applies;
        for (const auto &[key, target, required] :
             {std::tuple{"id", &note.id, true}, std::tuple{"title_en", &note.title.en, true},
              std::tuple{"title_fr", &note.title.fr, true},
              std::tuple{"text_en", &note.text.en, true},
              std::tuple{"text_fr", &note.text.fr, true},
              std::tuple{"source_url", &note.sourceUrl, true},
              std::tuple{"applies", &applies, true}}) {
            if (auto s = readString(value, key, *target, required); !s) {
                return s.error();
            }
        }
        if (ids.contains(note.id)) {
            return value.get("id").error(
                QCoreApplication::translate("Framework", "item \"%1\" is listed twice")
                    .arg(note.id));
        }
        ids.insert(note.id);
        if (!note.sourceUrl.startsWith(u"https://"_s)) {
            return value.get("source_url")
                .error(QCoreApplication::translate("Framework",
                                                   "the source must be an https:// address"));
        }
        if (auto s = readDate(value, "date", note.date, true); !s) {
            return s.error();
        }
        if (auto s = readDate(value, "applies_from", note.appliesFrom, false); !s) {
            return s.error();
        }
        auto verified = value.get("verified").boolean();
        if (!verified) {
            return verified.error();
        }
        note.verified = verified.value().value_or(false);
        for (const auto &[key, target] :
             {std::pair{"sectors", &note.sectors}, std::pair{"calls_for", &note.callsFor},
              std::pair{"topics", &note.topics}}) {
            if (auto s = readList(value, key, *target); !s) {
                return s.error();
            }
        }
        if (applies == u"every-customer") {
            note.everyCustomer = true;
        } else if (applies != u"sector" || note.sectors.isEmpty()) {
            return value.get("applies").error(QCoreApplication::translate(
                "Framework", "applies must be every-customer, or sector with a list of sectors"));
        }
        notes.push_back(std::move(note));
    }
    return notes;
}

const std::vector<GuidanceNote> &embeddedGuidance()
{
    static const std::vector<GuidanceNote> notes = [] {
        auto loaded = loadGuidance(u":/guidance/customer-guidance.yaml"_s);
        if (!loaded) {
            qWarning("embedded guidance: %s", qPrintable(loaded.error().toString()));
            return std::vector<GuidanceNote>{};
        }
        return std::move(loaded.value());
    }();
    return notes;
}

std::vector<ApplicableGuidance> guidanceFor(const std::vector<GuidanceNote> &notes,
                                            const QString &sector)
{
    const QString normalised = normaliseSector(sector);
    std::vector<ApplicableGuidance> result;
    for (const GuidanceNote &note : notes) {
        if (note.everyCustomer) {
            result.push_back({&note, QCoreApplication::translate(
                                         "Compliance", "applies to every customer of a cloud "
                                                       "provider, whatever its sector")});
        } else if (!normalised.isEmpty() && note.sectors.contains(normalised)) {
            result.push_back(
                {&note, QCoreApplication::translate("Compliance", "the organisation's sector is %1")
                            .arg(normalised)});
        }
    }
    return result;
}

SwitchingCharges switchingChargesOn(const QDate &date)
{
    if (date < chapterSixApplies()) {
        return SwitchingCharges::NotYetApplicable;
    }
    return date < noSwitchingCharges() ? SwitchingCharges::AtMostCost : SwitchingCharges::None;
}

QString switchingChargesId(SwitchingCharges charges)
{
    switch (charges) {
    case SwitchingCharges::AtMostCost:
        return u"at-most-cost"_s;
    case SwitchingCharges::None:
        return u"none"_s;
    case SwitchingCharges::NotYetApplicable:
        break;
    }
    return u"not-yet-applicable"_s;
}

const GuidanceNote *dataTransferOutGuidance()
{
    for (const GuidanceNote &note : embeddedGuidance()) {
        if (note.topics.contains(u"egress"_s)) {
            return &note;
        }
    }
    return nullptr;
}

QString switchingChargesSentence(const QDate &date)
{
    const QString day = QLocale().toString(date, QLocale::ShortFormat);
    switch (switchingChargesOn(date)) {
    case SwitchingCharges::None:
        return QCoreApplication::translate(
                   "Compliance",
                   "EU Data Act: on %1 the provider you leave may not charge for switching, egress "
                   "included (parallel use of several providers excepted).")
            .arg(day);
    case SwitchingCharges::AtMostCost:
        return QCoreApplication::translate(
                   "Compliance",
                   "EU Data Act: on %1 the provider you leave may charge for switching, egress "
                   "included, at most its direct costs; nothing from 12 January 2027.")
            .arg(day);
    case SwitchingCharges::NotYetApplicable:
        break;
    }
    return QCoreApplication::translate("Compliance",
                                       "EU Data Act: on %1 its switching rules do not apply yet "
                                       "(from 12 September 2025); the contract decides.")
        .arg(day);
}

ProjectSwitchingCharges switchingChargesForProject(Project &project, const QDate &today)
{
    ProjectSwitchingCharges result;
    result.date = migration::planStart(project);
    result.fromPlan = result.date.isValid();
    if (!result.fromPlan) {
        result.date = today;
    }
    result.rule = switchingChargesOn(result.date);
    result.sentence = switchingChargesSentence(result.date);
    return result;
}

} // namespace boussole::compliance
