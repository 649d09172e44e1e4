#pragma once

// Scores and blocking counts of a framework's assessment.
//
// Method (shown to users with scoringMethod()): definitional items are not counted. The score is
// 100 × (compliant + ½ × partial) ÷ (items − not applicable); unknown items count as 0. A
// qualification or certification (SecNumCloud, HDS) is pass or fail for the provider, so it has no
// percentage: its provider-side requirements that are not shown compliant (or not applicable) are
// "blocking". For the other frameworks, blocking items are the requirements assessed
// non-compliant. Customer-side chapters of a qualification (SecNumCloud's Annex 2) get a score.

#include "models/compliance/ComplianceStore.h"
#include "models/compliance/Framework.h"
#include "models/domain/EstateSummary.h"

#include <optional>
#include <vector>

namespace boussole::compliance {

struct Tally {
    int items = 0; // assessable items
    int assessed = 0;
    int compliant = 0;
    int partial = 0;
    int nonCompliant = 0;
    int notApplicable = 0;
    int unknown = 0;
    int blocking = 0;
    std::optional<double> score; // 0–100, one decimal; none for pass/fail or nothing applicable
};

struct ChapterScore {
    const Chapter *chapter = nullptr;
    Tally tally;
};

struct FrameworkScore {
    const Framework *framework = nullptr;
    Tally tally;
    std::vector<ChapterScore> chapters;
};

FrameworkScore scoreFramework(const Framework &framework,
                              const std::vector<Assessment> &assessments);
// Whether an item of the framework counts as blocking with that status.
bool isBlocking(const Framework &framework, const Item &item, AssessmentStatus status);
QString scoringMethod();

// The share of assessable items assessed (any status but unknown), 0–100 with one decimal; none
// when there is nothing to assess.
std::optional<double> assessmentProgress(const Tally &tally);

// One bar per chapter that has something to assess, for a chart. For a scored framework the value
// is the chapter's score (0 when nothing in it applies); for a qualification or certification,
// which is pass or fail, it is the customer's assessment progress (assessmentProgress()), never a
// certification percentage. Categories are "id title" in the language given; no title is set.
CategorySeries chapterSeries(const FrameworkScore &score, const QString &language);

} // namespace boussole::compliance
