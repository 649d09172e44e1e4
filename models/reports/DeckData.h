#pragma once

// What the comparison deck (`boussole report PROJECT --out FILE.pdf`, Reports page) says, gathered
// from the project with the same engines as the pages and the CLI: the estate, today's spend from
// the bills, the providers compared, the business-case scenarios with their TCO, the compliance
// assessments with the audit trail's head, and the migration waves. Plain data, no widgets: built
// on any thread with its own Project connection, then drawn by views/reports/DeckRenderer.
//
// Every figure keeps where it comes from: a price from a price book or a quote is flagged as such
// (and listed with its reference), an incomplete total stays marked incomplete, and the audit
// trail's head is printed so that a reader can check it out of band with `boussole audit verify`.

#include "models/catalog/Catalog.h"
#include "models/compare/Comparison.h"
#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace boussole {

class Project;

namespace reports {

struct DeckOptions {
    // Workload, application and client names replaced by neutral labels ("Workload 12"), for a
    // deck that leaves the organisation.
    bool redact = false;
    QString classification; // printed on every page ("C2 – Diffusion restreinte"); may be empty
    QDate today;            // which quotes are still valid; invalid: the current date
};

struct DeckEstate {
    int workloads = 0;
    int running = 0;
    double vcpu = 0;
    double memoryGib = 0;
    double storageGib = 0;
    std::vector<std::pair<QString, int>> byEnvironment; // label, count; largest first
};

struct DeckSpend {
    Money monthlyEur; // amortised monthly average, converted to EUR
    bool incomplete = false;
    QString firstMonth; // "2025-01"
    QString lastMonth;
    int months = 0;
    struct Row {
        QString provider;
        Money monthlyEur;        // each currency's amortised average, converted to EUR
        bool incomplete = false; // an amount in a currency without a rate is left out
    };
    std::vector<Row> byProvider; // as the bills order them (largest first)
    // The on-premises cost model (assumptions the user entered) applied to the workloads the
    // bills do not cover; included in monthlyEur.
    std::optional<Money> onPremisesMonthlyEur;
    int onPremisesWorkloads = 0;
    bool onPremisesIncomplete = false;
    int workloadsCovered = 0; // by the bills and the model together
    QStringList notes;        // conversions used, currencies left out
    int commitments = 0;      // savings plans, reservations in the bills
};

struct DeckProvider {
    QString id;
    QString name;
    QString jurisdiction;
    Money monthlyEur; // priced parts
    bool incomplete = false;
    int unpriced = 0;
    int matched = 0;
    int unmatched = 0;
    double overallScore = 0;
    int priceBookWorkloads = 0; // matches priced from a price book or a quote
};

// One figure of the deck that a price book or quote set: shown with its reference.
struct DeckPriceBookLine {
    QString scenario; // empty: the comparison
    QString workload; // redacted when asked
    QString provider;
    QString offer;
    Money monthlyEur;
    QString reference;       // quote or contract reference ("devis n° 2025-118")
    QString note;            // as the price's source says: "price book: <book>, valid until …"
    QString book;            // the price book's (file) name
    QDate validUntil;        // the quote's validity, when stated
    QString discountPercent; // a discount off the list price ("12.5"), else empty
};

struct DeckScenario {
    QString id;
    QString name;
    bool target = false;
    int horizonYears = 3;
    compare::Components monthly;
    bool incomplete = false;
    QStringList missing;
    int placed = 0;
    int unplaced = 0;
    int unmatched = 0;
    bool hasTco = false; // today's bills exist
    bool likeForLike = false;
    Money oneOff;
    Money scenarioOverHorizon; // cumulative scenario cost at the horizon
    Money todayOverHorizon;    // cumulative cost of staying
    Money savingOverHorizon;
    std::optional<int> paybackMonth;
    Money commitmentsAfterMove; // today's commitments still paid after the move
    int priceBookWorkloads = 0;
    QString basis;     // where the assumptions come from
    QStringList notes; // the TCO's assumptions about commitments and switching charges
    // The TCO under one changed assumption at a time (target scenario only).
    struct Sensitivity {
        QString label;
        bool applicable = true;
        QString reason;
        Money tco;
        Money delta;
        std::optional<int> paybackMonth;
        bool incomplete = false;
    };
    std::vector<Sensitivity> sensitivity;
};

struct DeckChapter {
    QString id;
    QString title;
    std::optional<double> score;
    int blocking = 0;
};

struct DeckFramework {
    QString id;
    QString name;
    QString version;
    bool passFail = false; // a provider qualification or certification: blocking items, no %
    int items = 0;
    int assessed = 0;
    std::optional<double> score;
    int blocking = 0;
    std::vector<DeckChapter> chapters;
};

struct DeckAudit {
    bool intact = true;
    qint64 entries = 0;
    QString head; // SHA-256 of the last entry
    QString problem;
};

struct DeckWave {
    QString name;
    QDate start;
    QDate end; // last day
    int workloads = 0;
    bool production = false;
};

// One compared workload, for the tables (XLSX, CSV).
struct DeckWorkloadRow {
    QString id;
    QString name; // redacted when asked
    QString kind;
    QString environment;
    double vcpu = 0;
    double memoryGib = 0;
    double storageGib = 0;
    // Per provider, in DeckData::providerOrder: the monthly EUR of the priced parts, or nothing
    // when no offer is eligible; and whether that figure is incomplete.
    std::vector<std::optional<Money>> monthly;
    std::vector<bool> incomplete;
};

struct DeckData {
    QString projectName; // redacted: "Project"
    QString client;      // redacted: empty
    QString sector;
    QDateTime generatedAt;
    QString version;
    QString catalogId;
    QDate catalogDate;
    bool redacted = false;
    QString classification;

    DeckEstate estate;
    std::optional<DeckSpend> spend;      // no bills: nullopt
    std::vector<DeckProvider> providers; // cheapest first
    QStringList providerOrder;           // provider ids in the comparison's order
    std::vector<DeckWorkloadRow> workloadRows;
    int comparedWorkloads = 0;
    int skippedWorkloads = 0;
    std::vector<DeckScenario> scenarios;
    std::vector<DeckPriceBookLine> priceBookLines;
    std::vector<DeckFramework> frameworks; // only those with at least one assessment
    DeckAudit audit;
    std::vector<DeckWave> waves;
    QDate planStart;
    QDate planEnd;
    QStringList caveats; // data limits the reader must know
};

// Gathers the deck's content. The catalog is the one in use; the project's price books are
// applied to a copy of it.
Result<DeckData> buildDeck(Project &project, const catalog::Catalog &catalog,
                           const DeckOptions &options);

} // namespace reports
} // namespace boussole
