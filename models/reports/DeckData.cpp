#include "models/reports/DeckData.h"

#include "models/compare/CompareSettings.h"
#include "models/compliance/ComplianceStore.h"
#include "models/compliance/Framework.h"
#include "models/compliance/Scoring.h"
#include "models/costs/CostData.h"
#include "models/domain/EstateSummary.h"
#include "models/domain/Version.h"
#include "models/migration/PlanStore.h"
#include "models/migration/Schedule.h"
#include "models/pricebook/PriceBook.h"
#include "models/scenarios/Scenario.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace boussole::reports {

namespace {

// The offer a match took, to read its price's source (a price book marks its note).
const catalog::Offer *offerOf(const catalog::Catalog &catalog, const QString &provider,
                              const compare::Match &match)
{
    for (const catalog::Provider &p : catalog.providers) {
        if (p.id != provider) {
            continue;
        }
        for (const catalog::Offer &offer : p.offers) {
            if (offer.id == match.offerId && offer.region == match.region) {
                return &offer;
            }
        }
    }
    return nullptr;
}

std::optional<DeckPriceBookLine> priceBookLine(const catalog::Catalog &catalog,
                                               const QString &provider, const compare::Match &match)
{
    const catalog::Offer *offer = offerOf(catalog, provider, match);
    if (!offer || !offer->price || !fromPriceBook(offer->price->source)) {
        return std::nullopt;
    }
    DeckPriceBookLine line;
    line.provider = provider;
    line.offer = match.offerId;
    line.monthlyEur = match.monthly();
    const catalog::Source &source = offer->price->source;
    line.reference = source.reference.isEmpty() ? source.url : source.reference;
    line.note = source.note;
    line.validUntil = source.validUntil;
    // The note reads "price book: BOOK[, valid until DATE]" or, for a discount,
    // "price book: BOOK, P % off the list price (URL)".
    QString rest = source.note.section(u": "_s, 1, -1);
    static const QRegularExpression discount(u"^(.*), ([0-9.]+) % off the list price"_s);
    if (const QRegularExpressionMatch m = discount.match(rest); m.hasMatch()) {
        line.book = m.captured(1);
        line.discountPercent = m.captured(2);
    } else {
        line.book = rest.section(u", valid until "_s, 0, 0);
    }
    return line;
}

QString providerName(const catalog::Catalog &catalog, const QString &id)
{
    for (const catalog::Provider &p : catalog.providers) {
        if (p.id == id) {
            return p.name;
        }
    }
    return id;
}

} // namespace

Result<DeckData> buildDeck(Project &project, const catalog::Catalog &catalogInUse,
                           const DeckOptions &options)
{
    DeckData deck;
    deck.redacted = options.redact;
    deck.classification = options.classification;
    deck.generatedAt = QDateTime::currentDateTimeUtc();
    deck.version = applicationVersion();
    deck.projectName =
        options.redact ? QCoreApplication::translate("Deck", "Project") : project.name();
    deck.client = options.redact ? QString() : project.client();
    deck.sector = project.meta(u"sector"_s);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();

    catalog::Catalog catalog = catalogInUse;
    applyPriceBooks(catalog, priceBooks(project), today);
    deck.catalogId = catalog.id;
    deck.catalogDate = catalog.date;

    // Neutral, stable labels for redaction: the estate's order.
    const std::vector<Workload> workloads = project.workloads();
    std::map<QString, QString> redactedNames;
    for (size_t i = 0; i < workloads.size(); ++i) {
        redactedNames[workloads[i].id] =
            QCoreApplication::translate("Deck", "Workload %1").arg(i + 1);
    }
    const auto nameOf = [&](const QString &id, const QString &name) {
        if (!options.redact) {
            return name;
        }
        const auto found = redactedNames.find(id);
        return found == redactedNames.end() ? QCoreApplication::translate("Deck", "Workload")
                                            : found->second;
    };

    // Estate.
    const EstateSummary summary = EstateSummary::of(workloads);
    deck.estate.workloads = summary.workloads;
    deck.estate.running = summary.running;
    deck.estate.vcpu = summary.vcpu;
    deck.estate.memoryGib = summary.memoryGib;
    deck.estate.storageGib = summary.storageGib;
    std::map<QString, int> environments;
    for (const Workload &w : workloads) {
        if (!w.duplicateOf.isEmpty()) {
            continue;
        }
        environments[w.environment.isEmpty() ? QCoreApplication::translate("Deck", "not stated")
                                             : w.environment] += 1;
    }
    for (const auto &[label, count] : environments) {
        deck.estate.byEnvironment.emplace_back(label, count);
    }
    std::stable_sort(deck.estate.byEnvironment.begin(), deck.estate.byEnvironment.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });

    // Today's spend: the bills, and the on-premises cost model for what they do not cover.
    const compare::EstateInput estate = compare::loadEstate(project);
    const scenarios::OnPremisesModel onPremises = scenarios::loadOnPremises(project);
    Result<CostData> bills = CostData::load(project);
    if (!bills) {
        return bills.error();
    }
    const std::optional<scenarios::Today> todayCost =
        scenarios::todayFromBills(*bills, catalog, estate, onPremises);
    if (todayCost) {
        DeckSpend spend;
        spend.workloadsCovered = todayCost->workloadsCovered;
        if (todayCost->onPremises) {
            spend.onPremisesMonthlyEur = todayCost->onPremises->monthly.total();
            spend.onPremisesWorkloads = int(todayCost->onPremises->workloadIds.size());
            spend.onPremisesIncomplete = todayCost->onPremises->incomplete();
        }
        if (todayCost) {
            spend.monthlyEur = todayCost->monthlyEur;
            spend.incomplete = todayCost->incomplete;
            spend.notes = todayCost->notes;
        }
        if (!bills->isEmpty()) {
            spend.firstMonth = CostData::monthKey(bills->firstMonth());
            spend.lastMonth = CostData::monthKey(bills->lastMonth());
            spend.months = bills->monthCount();
        }
        // Each currency is averaged over the months it is billed in, as today's total is.
        std::map<QString, int> monthsOf;
        for (const QString &currency : bills->currencies()) {
            CostFilter only;
            only.currency = currency;
            monthsOf[currency] = std::max(1, bills->monthCount(only));
        }
        for (const CostGroup &group :
             bills->aggregate(CostDimension::Provider, {}, CostBasis::Effective)) {
            DeckSpend::Row row;
            row.provider = group.label.isEmpty() ? group.key : group.label;
            for (const auto &[currency, amount] : group.amounts) {
                const std::optional<Money> monthly =
                    amount.dividedBy(monthsOf.count(currency) ? monthsOf[currency] : 1);
                const std::optional<Money> eur =
                    monthly ? catalog.convert(*monthly, currency, u"EUR"_s) : std::nullopt;
                if (!eur) {
                    row.incomplete = true;
                    continue;
                }
                row.monthlyEur += *eur;
            }
            spend.incomplete = spend.incomplete || row.incomplete;
            spend.byProvider.push_back(row);
        }
        spend.commitments = int(bills->commitments().size());
        deck.spend = spend;
    }

    // The comparison, with the project's settings.
    const compare::CompareSettings settings = compare::CompareSettings::load(project);
    const compare::Comparison comparison = compare::compareEstate(catalog, estate, settings);
    deck.comparedWorkloads = int(comparison.workloads.size());
    deck.skippedWorkloads = int(comparison.skipped.size());
    deck.providerOrder = comparison.providers;
    std::map<QString, const Workload *> byId;
    for (const Workload &w : workloads) {
        byId[w.id] = &w;
    }
    for (const compare::WorkloadResult &w : comparison.workloads) {
        DeckWorkloadRow row;
        // A redacted copy carries no identifier either (ids are often host names).
        row.id = options.redact ? QString::number(deck.workloadRows.size() + 1) : w.workloadId;
        row.name = nameOf(w.workloadId, w.name);
        row.kind = w.kind;
        if (const auto found = byId.find(w.workloadId); found != byId.end()) {
            row.environment = found->second->environment;
            row.vcpu = found->second->vcpu.value_or(0);
            row.memoryGib = found->second->memoryGib.value_or(0);
            row.storageGib = found->second->storageGib.value_or(0);
        }
        for (const compare::Match &m : w.matches) {
            row.monthly.push_back(m.matched ? std::optional<Money>(m.monthly()) : std::nullopt);
            row.incomplete.push_back(m.matched && m.incomplete());
        }
        deck.workloadRows.push_back(row);
    }
    for (size_t p = 0; p < size_t(comparison.providers.size()); ++p) {
        DeckProvider row;
        row.id = comparison.providers[qsizetype(p)];
        row.name = comparison.providerFacts[p] ? comparison.providerFacts[p]->name : row.id;
        row.jurisdiction =
            comparison.providerFacts[p] ? comparison.providerFacts[p]->jurisdiction : QString();
        const compare::ProviderTotals &totals = comparison.totals[p];
        row.monthlyEur = totals.total();
        row.incomplete = totals.incomplete;
        row.unpriced = totals.unpricedCount;
        row.matched = totals.matched;
        row.unmatched = totals.unmatched;
        row.overallScore = p < comparison.scores.size() ? comparison.scores[p].overall : 0;
        for (const compare::WorkloadResult &w : comparison.workloads) {
            const compare::Match &m = w.matches[p];
            if (!m.matched) {
                continue;
            }
            if (std::optional<DeckPriceBookLine> line = priceBookLine(catalog, row.id, m)) {
                line->workload = nameOf(w.workloadId, w.name);
                line->provider = row.name;
                deck.priceBookLines.push_back(*line);
                ++row.priceBookWorkloads;
            }
        }
        deck.providers.push_back(row);
    }
    std::stable_sort(
        deck.providers.begin(), deck.providers.end(),
        [](const DeckProvider &a, const DeckProvider &b) { return a.monthlyEur < b.monthlyEur; });

    // Scenarios and their TCO.
    for (const scenarios::Scenario &s : scenarios::loadScenarios(project)) {
        DeckScenario row;
        row.id = s.id;
        row.name = s.name;
        row.target = s.target;
        row.horizonYears = s.assumptions.horizonYears;
        row.basis = s.assumptions.basis;
        const scenarios::ScenarioResult result =
            scenarios::evaluate(s, catalog, estate, settings, onPremises);
        row.monthly = result.monthly;
        row.incomplete = result.incomplete;
        row.missing = result.missing;
        row.placed = int(result.placed.size());
        row.unplaced = int(result.unplaced.size());
        row.unmatched = int(result.unmatched.size());
        for (const scenarios::PlacedWorkload &placed : result.placed) {
            if (std::optional<DeckPriceBookLine> line =
                    priceBookLine(catalog, placed.provider, placed.match)) {
                line->scenario = s.name;
                line->workload = nameOf(placed.workloadId, placed.name);
                line->provider = providerName(catalog, placed.provider);
                deck.priceBookLines.push_back(*line);
                ++row.priceBookWorkloads;
            }
        }
        if (todayCost) {
            const scenarios::Tco tco =
                scenarios::totalCostOfOwnership(*todayCost, result, s.assumptions);
            row.hasTco = true;
            row.likeForLike = todayCost->workloadsCovered >= row.placed && !todayCost->incomplete;
            row.oneOff = tco.oneOff;
            row.paybackMonth = tco.paybackMonth;
            row.savingOverHorizon = tco.savingOverHorizon;
            row.scenarioOverHorizon = tco.scenarioTotal;
            row.todayOverHorizon = tco.todayTotal;
            row.commitmentsAfterMove = tco.commitmentsAfterMove;
            row.notes = tco.notes;
            if (s.target) {
                for (const scenarios::SensitivityRow &c : scenarios::sensitivity(
                         s, result, catalog, estate, settings, todayCost, onPremises)) {
                    row.sensitivity.push_back({c.label, c.applicable, c.reason, c.tco, c.delta,
                                               c.paybackMonth, c.incomplete});
                }
            }
        }
        deck.scenarios.push_back(row);
    }

    // Compliance: the frameworks assessed, and the audit trail's head.
    const QString language = QLocale().name();
    compliance::ComplianceStore store(project);
    for (const compliance::Framework &framework : compliance::embeddedFrameworks()) {
        const std::vector<compliance::Assessment> assessments = store.assessments(framework.id);
        if (assessments.empty()) {
            continue;
        }
        const compliance::FrameworkScore score = compliance::scoreFramework(framework, assessments);
        DeckFramework row;
        row.id = framework.id;
        row.name = framework.name.in(language);
        row.version = framework.version;
        row.passFail = framework.passFail();
        row.items = score.tally.items;
        row.assessed = score.tally.assessed;
        row.score = score.tally.score;
        row.blocking = score.tally.blocking;
        for (const compliance::ChapterScore &chapter : score.chapters) {
            row.chapters.push_back({chapter.chapter->id, chapter.chapter->title.in(language),
                                    chapter.tally.score, chapter.tally.blocking});
        }
        deck.frameworks.push_back(row);
    }
    const compliance::AuditCheck check = store.verify();
    deck.audit.intact = check.intact;
    deck.audit.entries = check.entries;
    deck.audit.head = check.head;
    deck.audit.problem = check.problem;

    // The migration plan.
    Result<std::optional<migration::Plan>> plan = migration::loadPlan(project, &*bills);
    if (plan && plan->has_value()) {
        const migration::Schedule schedule =
            migration::schedulePlan(**plan, migration::assumptions(project));
        deck.planStart = schedule.start;
        deck.planEnd = schedule.end.addDays(-1);
        for (const migration::Wave &wave : (*plan)->waves) {
            const migration::WaveSchedule *ws = schedule.wave(wave.id);
            DeckWave row;
            row.name = options.redact
                           ? QCoreApplication::translate("Deck", "Wave %1").arg(wave.order)
                           : wave.name;
            row.production = wave.production;
            row.workloads = int(wave.items.size());
            if (ws) {
                row.start = ws->start;
                row.end = ws->end.addDays(-1);
            }
            deck.waves.push_back(row);
        }
    }

    // What the reader must know about the figures.
    int unverified = 0;
    for (const catalog::Provider &p : catalog.providers) {
        for (const catalog::Offer &offer : p.offers) {
            if (offer.price && !offer.price->source.verified) {
                ++unverified;
            }
        }
    }
    if (unverified > 0) {
        deck.caveats << QCoreApplication::translate(
            "Deck",
            "%n catalog price(s) could not be checked against their source: they are "
            "marked unverified and lower the confidence of the results that use them.",
            nullptr, unverified);
    }
    if (std::any_of(deck.providers.begin(), deck.providers.end(),
                    [](const DeckProvider &p) { return p.incomplete; })) {
        deck.caveats << QCoreApplication::translate(
            "Deck", "Totals marked \"incomplete\" lack a sourced price for some component "
                    "(storage, egress, licence…): they are lower bounds, never complete "
                    "figures.");
    }
    if (!deck.priceBookLines.empty()) {
        deck.caveats << QCoreApplication::translate(
            "Deck", "Figures marked \"price book\" come from the project's negotiated "
                    "prices or quotes, not from the public catalog; their references are "
                    "listed.");
    }
    deck.caveats << QCoreApplication::translate(
        "Deck", "The audit trail is chained by SHA-256: compare the head printed here with "
                "the output of `boussole audit verify`. A chain alone cannot prove that "
                "nobody rewrote it whole: keep the head somewhere else.");
    return deck;
}

} // namespace boussole::reports
