#pragma once

// Links between items of different frameworks that ask for the same thing
// (resources/mappings/crosswalk-secnumcloud-iso27001-hds.yaml), so that one answer counts for
// several frameworks: when an item is assessed in one framework, the linked items of the others
// show it as a suggestion ("covered by SecNumCloud 3.2 12.3.a — compliant"), which the user may
// accept. Every link states its basis: "structural" (it follows a documented structure, such as
// SecNumCloud's chapters following ISO/IEC 27002:2013) or "analysis" (Boussole's own reading,
// unverified). Neither is an official correspondence table.

#include "models/compliance/ComplianceStore.h"
#include "models/compliance/Correspondence.h"
#include "models/compliance/Framework.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace boussole::compliance {

enum class LinkBasis {
    Structural, // follows a documented structure of the texts
    Analysis,   // Boussole's own reading of the items' topics, unverified
};
QString linkBasisId(LinkBasis basis); // "structural", "analysis"
std::optional<LinkBasis> linkBasisFromId(const QString &id);
// A short explanation in the user's language, for views and tables.
QString linkBasisName(LinkBasis basis);

struct CrosswalkLink {
    ItemRef a;
    ItemRef b;
    LinkBasis basis = LinkBasis::Analysis;
};

struct LinkedItem {
    ItemRef item;
    LinkBasis basis = LinkBasis::Analysis;
};

struct Crosswalk {
    Text note;
    std::vector<CrosswalkLink> links; // each pair once, the strongest basis kept

    // The items of other frameworks linked to this one, structural links first, then in file
    // order.
    std::vector<LinkedItem> linked(const QString &framework, const QString &item) const;
};

// Every reference must name an assessable item of one of `frameworks`; a group links items of
// different frameworks only.
Result<Crosswalk> loadCrosswalk(const QString &path, const std::vector<Framework> &frameworks);
// The shipped crosswalk against embeddedFrameworks(), loaded once; empty if broken (a test guards
// against that).
const Crosswalk &embeddedCrosswalk();

// A linked item already answered in its own framework, offered as a suggestion.
struct CoveredBy {
    ItemRef source;
    AssessmentStatus status = AssessmentStatus::Unknown;
    LinkBasis basis = LinkBasis::Analysis;
};

// The linked items assessed compliant, partial or non-compliant (unknown and not-applicable answers
// say nothing about another framework's item).
std::vector<CoveredBy> coveredBy(const Crosswalk &crosswalk,
                                 const std::vector<Assessment> &assessments,
                                 const QString &framework, const QString &item);
// The status to suggest: the weakest of the answers (non-compliant before partial before
// compliant), so that a suggestion never claims more than any linked answer; none if empty.
std::optional<AssessmentStatus> suggestedStatus(const std::vector<CoveredBy> &coverage);

// "SecNumCloud 3.2 12.3.a — compliant (structural)" in the user's language.
QString coveredByText(const CoveredBy &coverage, const QString &language);

// The assessments that accept the suggestions for `itemIds` of `framework` (all its items when
// empty): the suggested status, the item's note, owner and due date kept, and a line added to the
// note naming where the answer came from. With onlyUnassessed, items already answered are left
// alone (for "accept all"); items whose status already is the suggestion are always left out.
// Write the result with one SetAssessmentCommand: one undo step, one audit entry per item.
std::vector<Assessment> acceptSuggestions(const Crosswalk &crosswalk,
                                          const std::vector<Assessment> &assessments,
                                          const Framework &framework, const QStringList &itemIds,
                                          bool onlyUnassessed, const QString &language);

} // namespace boussole::compliance
