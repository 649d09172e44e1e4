#pragma once

// Rules that bear on the customer's own side of a cloud project and are not checklists: the EU
// Data Act's switching rules (every customer leaving a provider) and the French State's cloud
// doctrine (public sector only). Shipped in resources/guidance/customer-guidance.yaml, each with
// its own English and French text, source URL, date and whether it was verified against the
// official text. Shown "where they apply": the Compliance page's customer tab and the compliance
// JSON of the CLI; the doctrine also adds its reason to the framework suggestions.

#include "models/compliance/Framework.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace boussole {
class Project;
}

namespace boussole::compliance {

struct GuidanceNote {
    QString id; // "eu-data-act-switching", "fr-cloud-doctrine"…
    Text title;
    Text text;
    QString sourceUrl;
    QDate date;        // of the text (adoption, signature)
    QDate appliesFrom; // invalid when the same as date or not stated
    bool verified = true;
    bool everyCustomer = false; // else only for `sectors`
    QStringList sectors;        // normalised sector names ("public")
    QStringList callsFor;       // framework ids the rule makes the project assess
    QStringList topics;         // "egress", "exit"
};

Result<std::vector<GuidanceNote>> loadGuidance(const QString &path);
// resources/guidance/customer-guidance.yaml, loaded once; empty if broken (a test guards it).
const std::vector<GuidanceNote> &embeddedGuidance();

struct ApplicableGuidance {
    const GuidanceNote *note = nullptr;
    QString reason; // why it applies, in the user's language
};
// The notes that apply to an organisation of that sector (free text, normalised): every-customer
// notes always, sector notes when the sector matches.
std::vector<ApplicableGuidance> guidanceFor(const std::vector<GuidanceNote> &notes,
                                            const QString &sector);

// What the Data Act lets the provider being left charge for switching, egress included, on a
// date (Regulation (EU) 2023/2854, art. 29; chapter VI applies from 12 September 2025).
enum class SwitchingCharges {
    NotYetApplicable, // before 12 September 2025: the contract decides
    AtMostCost,       // 12 September 2025 to 11 January 2027: reduced, at most the direct cost
    None,             // from 12 January 2027: no switching charges (parallel use excepted)
};
SwitchingCharges switchingChargesOn(const QDate &date);
QString
switchingChargesId(SwitchingCharges charges); // "not-yet-applicable", "at-most-cost", "none"
// For whoever prices data transferred out of the current provider (the business case's one-off
// transfer): the note to cite (topic "egress"), or null.
const GuidanceNote *dataTransferOutGuidance();
// One sentence for that date, in the user's language, to show next to an egress assumption.
QString switchingChargesSentence(const QDate &date);

// The rule on the day the project's data would leave: the migration plan's start when there is a
// plan, else `today`.
struct ProjectSwitchingCharges {
    QDate date;
    bool fromPlan = false; // date is the plan's start
    SwitchingCharges rule = SwitchingCharges::NotYetApplicable;
    QString sentence;
};
ProjectSwitchingCharges switchingChargesForProject(Project &project, const QDate &today);

} // namespace boussole::compliance
