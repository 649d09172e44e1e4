#pragma once

// Compliance frameworks (SecNumCloud, HDS, GDPR, CNIL, DORA…) as checklists. Shipped as YAML in
// resources/frameworks/ (one file per framework) and loaded by loadFrameworks(); plain data.
//
// A framework file states who publishes the standard, its version, date, source URL and a licence
// note. Identifiers, counts and structure are facts; every title and guidance line is Boussole's
// own wording, in English and French (standards' texts are copyrighted). An item whose wording is
// still a draft says so (`wording: draft`); a fact not checked against the official text says
// `verified: false`.

#include "models/domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace boussole::compliance {

enum class ItemType {
    Requirement,    // binding: audited for the qualification or certification
    Recommendation, // good practice, not audited
    Definitional,   // defines terms or zones; nothing to assess
};
QString itemTypeId(ItemType type); // "requirement", "recommendation", "definitional"
std::optional<ItemType> itemTypeFromId(const QString &id);

enum class Sovereignty {
    None,
    Core,     // about exposure to extra-EU law, EU location, corporate control
    Adjacent, // contributes to it (vetting of admins, supervised support…)
};
QString sovereigntyId(Sovereignty value); // "none", "core", "adjacent"

// Whose duty an item is.
enum class Side {
    Provider, // the cloud provider's (what a qualification or certification checks)
    Customer, // the organisation's own (contracts, annex recommendations, registers)
};
QString sideId(Side side); // "provider", "customer"

// Which kind of text the framework is: qualifications and certifications are pass/fail for the
// provider (a view shows blocking items, never a percentage); the others are checklists.
enum class FrameworkKind { Qualification, Certification, Regulation, Guide };
QString
frameworkKindId(FrameworkKind kind); // "qualification", "certification", "regulation", "guide"

// The service models an item applies to.
inline const QStringList &serviceModels()
{
    static const QStringList models = {QStringLiteral("SaaS"), QStringLiteral("PaaS"),
                                       QStringLiteral("CaaS"), QStringLiteral("IaaS")};
    return models;
}

struct Text {
    QString en;
    QString fr;
    // The text in `language` ("fr…" gives French), falling back to English.
    const QString &in(const QString &language) const
    {
        return language.startsWith(QLatin1String("fr")) && !fr.isEmpty() ? fr : en;
    }
};

struct Chapter {
    QString id; // "5", "annex-2", "art-28"
    Text title;
};

struct Section {
    QString id; // "5.1", "11.2.2"
    QString chapter;
    Text title;
};

struct Item {
    QString id; // "5.1.a", "EXI 28", "28.3.a"
    QString chapter;
    QString section; // may be empty
    ItemType type = ItemType::Requirement;
    Sovereignty sovereignty = Sovereignty::None;
    QStringList applicability; // subset of serviceModels(); all four when the file says nothing
    Side side = Side::Provider;
    Text title;
    Text guidance;
    bool draftWording = false; // `wording: draft`: short title from the section topic, to rework
    bool verified = true;      // false: not checked against the official text

    // Counted by scores and blocking counts (definitional items are not assessed).
    bool assessable() const { return type != ItemType::Definitional; }
};

struct Framework {
    QString id; // "secnumcloud-3.2", "hds-2", "gdpr", "cnil-guide-2024", "dora"
    Text name;
    QString publisher;
    QString version;
    QDate date;
    QString sourceUrl;
    QString licenceNote;
    FrameworkKind kind = FrameworkKind::Guide;
    Text note;                // why the framework matters, what the count means
    bool verified = true;     // false when the structure itself rests on secondary sources
    bool dateVerified = true; // false when the date comes from secondary sources only
    QStringList sectors;      // organisation sectors that call for it ("health", "insurance"…)
    QStringList dataClasses;  // workload data classes that call for it ("health", "personal"…)
    std::vector<Chapter> chapters;
    std::vector<Section> sections;
    std::vector<Item> items;

    const Item *item(const QString &id) const;
    const Chapter *chapter(const QString &id) const;
    const Section *section(const QString &id) const;
    // Qualification and certification: pass/fail, shown as blocking items.
    bool passFail() const
    {
        return kind == FrameworkKind::Qualification || kind == FrameworkKind::Certification;
    }
};

// One framework file. Errors name the file, line and YAML path.
Result<Framework> loadFrameworkFile(const QString &path, const QString &displayName = {});
// Every *.yaml of a folder (or a Qt resource folder), in file-name order; ids must be unique.
Result<std::vector<Framework>> loadFrameworks(const QString &folder);
// The frameworks compiled into the binary (resources/frameworks/), loaded once and cached.
// Fails only if a shipped file is broken (a test guards against that).
const std::vector<Framework> &embeddedFrameworks();
const Framework *findFramework(const std::vector<Framework> &frameworks, const QString &id);

} // namespace boussole::compliance
