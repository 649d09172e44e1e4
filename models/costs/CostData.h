#pragma once

// What the project's bills say, ready to group: the per-import roll-up (schema 8's cost_rollup)
// loaded once into memory, so the Costs page and `boussole costs` aggregate a project of millions
// of lines in milliseconds. Amounts stay exact (128-bit sums); currencies are never added together
// (a group holds one sum per currency). Links each billed resource to the workload that describes
// it (by natural key, or the resource id's last segment), which gives environment and application.
// Plain data: load on any thread with its own Project connection, then copy freely.

#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace boussole {

class Project;

enum class CostDimension {
    Month,
    Provider,
    Service,
    ServiceCategory,
    Region,
    Account, // sub-account (AWS account, Azure subscription, GCP project)
    Environment,
    Application,
    Resource,
    ChargeCategory,
};
// "month", "provider", "service", "service-category", "region", "account", "environment",
// "application", "resource", "charge-category" (the CLI's --by values).
QString costDimensionId(CostDimension dimension);
std::optional<CostDimension> costDimensionFromId(const QString &id);
QString costDimensionLabel(CostDimension dimension); // translated
// The FOCUS ServiceCategory values ("Compute", "Storage"…) in the user's language; other text is
// returned unchanged.
QString serviceCategoryLabel(const QString &focusValue);

enum class CostBasis {
    Billed,    // FOCUS BilledCost: what the invoices say, purchases when paid
    Effective, // FOCUS EffectiveCost: amortised, commitments spread over the usage they cover
};

// Amounts per currency, never mixed.
using CurrencyAmounts = std::map<QString, Money>;

struct CostFilter {
    int fromMonth = 0; // YYYYMM inclusive; 0 = open
    int toMonth = 0;   // YYYYMM inclusive; 0 = open
    QString currency;  // only amounts in this currency; empty = all
    // Only rows whose dimension has this key (drill-down): e.g. {Service, "Amazon EC2"}.
    std::vector<std::pair<CostDimension, QString>> equals;
};

struct CostGroup {
    QString key;   // stable value (service name, "2025-03", resource id…); "" = not stated
    QString label; // for display (a resource's name, an account's name…)
    CurrencyAmounts amounts;
    CurrencyAmounts listAmounts;
    double usageHours = 0;
    qint64 lines = 0;
    QString workloadId; // Resource groups linked to a workload
};

// Month × series, for the stacked trend chart.
struct CostSeries {
    QString currency;
    QStringList months;     // "2025-01"…, consecutive
    QStringList categories; // series keys, largest first
    // values[c][m]: amount of categories[c] in months[m]
    std::vector<std::vector<Money>> values;
};

struct CommitmentRecord {
    QString id; // CommitmentDiscountId (ARN, reservation id…)
    QString name;
    QString type;     // "Reserved Instance", "Savings Plan"…
    QString category; // Spend / Usage
    QString provider;
    QString currency;
    QDateTime start; // invalid when the bills do not say
    QDateTime end;   // expiry; invalid when unknown
    int termMonths = 0;
    QString paymentOption;
    QDateTime firstSeen;
    QDateTime lastSeen;
    Money billed;
    Money effective;
    qint64 lines = 0;
};

class CostData {
public:
    static Result<CostData> load(Project &project);

    bool isEmpty() const { return m_rows.empty(); }
    qint64 lineCount() const { return m_lineCount; }
    QStringList currencies() const; // sorted
    // The currency most lines are in (what a page shows first); empty when there are none.
    QString mainCurrency() const;
    int firstMonth() const { return m_firstMonth; } // YYYYMM, 0 when empty
    int lastMonth() const { return m_lastMonth; }

    // Groups by one dimension, largest amount first (in the first currency), then by key.
    std::vector<CostGroup> aggregate(CostDimension by, const CostFilter &filter = {},
                                     CostBasis basis = CostBasis::Billed) const;
    CurrencyAmounts total(const CostFilter &filter = {}, CostBasis basis = CostBasis::Billed) const;
    // Monthly trend of one currency stacked by `stack`; at most maxSeries series, the rest summed
    // in one "other" series (key "").
    CostSeries monthly(CostDimension stack, const QString &currency, const CostFilter &filter = {},
                       CostBasis basis = CostBasis::Billed, int maxSeries = 8) const;
    // Average monthly cost of each linked workload over the months the bills cover (workload id →
    // amounts), for the inventory and the comparison's "today" column.
    std::map<QString, CurrencyAmounts> monthlyByWorkload(CostBasis basis = CostBasis::Effective,
                                                         const CostFilter &filter = {}) const;
    // Months covered by rows that pass the filter.
    int monthCount(const CostFilter &filter = {}) const;

    std::vector<CommitmentRecord> commitments() const { return m_commitments; }

    // "2025-03" for 202503.
    static QString monthKey(int yyyymm);
    static std::optional<int> monthFromKey(const QString &key); // also accepts "2025-03-17"

private:
    struct Row {
        int month = 0;
        std::vector<quint32> ids; // the roll-up's dimension ids (kRollupFields order)
        Money billed;
        Money effective;
        Money list;
        double usageHours = 0;
        qint64 lines = 0;
        int workload = -1; // index into m_workloads, via the resource id
    };
    struct WorkloadInfo {
        QString id;
        QString name;
        QString environment;
        QString application;
    };

    bool passes(const Row &row, const CostFilter &filter) const;
    QString keyOf(const Row &row, CostDimension dimension) const;
    QString labelOf(const Row &row, CostDimension dimension) const;
    const QString &text(quint32 id) const;

    std::vector<Row> m_rows;
    std::vector<QString> m_strings; // dictionary id → text
    std::vector<WorkloadInfo> m_workloads;
    std::vector<CommitmentRecord> m_commitments;
    qint64 m_lineCount = 0;
    int m_firstMonth = 0;
    int m_lastMonth = 0;
};

// One stored bill line, for drill-down and `list costs`.
struct CostLineRecord {
    qint64 id = 0; // storage id
    QString uuid;  // stable id for JSON (derived from import and row)
    QString importId;
    qint64 row = 0;
    QDateTime chargeStart;
    QDateTime chargeEnd;
    QString provider;
    QString service;
    QString serviceCategory;
    QString chargeCategory;
    QString region;
    QString account;
    QString resourceId;
    QString resourceName;
    QString description;
    QString currency;
    Money billed;
    Money effective;
    QString extras;
};

// The lines behind a number: those passing the filter (month range and equals on Provider,
// Service, ServiceCategory, Region, Account, Resource, ChargeCategory; Environment and
// Application filter through linked resources), in storage order, from `offset`, at most
// `limit`. `total`, when given, receives the number of matching lines.
Result<std::vector<CostLineRecord>> costLines(Project &project, const CostFilter &filter,
                                              qint64 limit, qint64 offset = 0,
                                              qint64 *total = nullptr);

} // namespace boussole
