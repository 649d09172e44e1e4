#include "models/compliance/Scoring.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace boussole::compliance {

namespace {

void count(Tally &tally, const Framework &framework, const Item &item, AssessmentStatus status)
{
    ++tally.items;
    switch (status) {
    case AssessmentStatus::Compliant:
        ++tally.compliant;
        break;
    case AssessmentStatus::Partial:
        ++tally.partial;
        break;
    case AssessmentStatus::NonCompliant:
        ++tally.nonCompliant;
        break;
    case AssessmentStatus::NotApplicable:
        ++tally.notApplicable;
        break;
    case AssessmentStatus::Unknown:
        ++tally.unknown;
        break;
    }
    if (status != AssessmentStatus::Unknown) {
        ++tally.assessed;
    }
    if (isBlocking(framework, item, status)) {
        ++tally.blocking;
    }
}

void finish(Tally &tally, bool withScore)
{
    const int applicable = tally.items - tally.notApplicable;
    if (!withScore || applicable <= 0) {
        tally.score.reset();
        return;
    }
    const double raw = 100.0 * (tally.compliant + 0.5 * tally.partial) / applicable;
    tally.score = std::round(raw * 10.0) / 10.0;
}

} // namespace

bool isBlocking(const Framework &framework, const Item &item, AssessmentStatus status)
{
    if (item.type != ItemType::Requirement) {
        return false;
    }
    if (framework.passFail() && item.side == Side::Provider) {
        return status != AssessmentStatus::Compliant && status != AssessmentStatus::NotApplicable;
    }
    return status == AssessmentStatus::NonCompliant;
}

FrameworkScore scoreFramework(const Framework &framework,
                              const std::vector<Assessment> &assessments)
{
    QHash<QString, AssessmentStatus> statuses;
    for (const Assessment &a : assessments) {
        if (a.framework == framework.id) {
            statuses.insert(a.requirement, a.status);
        }
    }
    FrameworkScore result;
    result.framework = &framework;
    for (const Chapter &chapter : framework.chapters) {
        result.chapters.push_back({&chapter, {}});
    }
    for (const Item &item : framework.items) {
        if (!item.assessable()) {
            continue;
        }
        const AssessmentStatus status = statuses.value(item.id, AssessmentStatus::Unknown);
        count(result.tally, framework, item, status);
        for (ChapterScore &chapter : result.chapters) {
            if (chapter.chapter->id == item.chapter) {
                count(chapter.tally, framework, item, status);
            }
        }
    }
    finish(result.tally, !framework.passFail());
    for (ChapterScore &chapter : result.chapters) {
        bool customerOnly = chapter.tally.items > 0;
        for (const Item &item : framework.items) {
            if (item.chapter == chapter.chapter->id && item.side == Side::Provider) {
                customerOnly = false;
                break;
            }
        }
        finish(chapter.tally, !framework.passFail() || customerOnly);
    }
    return result;
}

QString scoringMethod()
{
    return QCoreApplication::translate(
        "Compliance",
        "Score = (compliant + half of partial) ÷ (items − not applicable); unknown counts as "
        "0; definitions are not counted. A qualification or certification is pass or fail: it "
        "shows blocking items (requirements not shown compliant), never a percentage.");
}

std::optional<double> assessmentProgress(const Tally &tally)
{
    if (tally.items <= 0) {
        return std::nullopt;
    }
    return std::round(1000.0 * tally.assessed / tally.items) / 10.0;
}

CategorySeries chapterSeries(const FrameworkScore &score, const QString &language)
{
    CategorySeries series;
    const bool progress = score.framework && score.framework->passFail();
    for (const ChapterScore &chapter : score.chapters) {
        if (chapter.tally.items == 0) {
            continue; // definitions only
        }
        series.categories << chapter.chapter->id + u' ' + chapter.chapter->title.in(language);
        const std::optional<double> value =
            progress ? assessmentProgress(chapter.tally) : chapter.tally.score;
        series.values.push_back(value.value_or(0.0));
    }
    return series;
}

} // namespace boussole::compliance
