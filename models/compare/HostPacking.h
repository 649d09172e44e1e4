#pragma once

// Dedicated-host offers (SecNumCloud offers are often sold per host, on quote): the workloads a
// provider carries are packed onto the fewest hosts, and compute costs hosts × price per host.
//
// - Capacity of one host: its vCPU × the vCPU overcommit ratio (an explicit assumption or a
//   quote's term: 1 means one workload vCPU per host vCPU), and its memory (never overcommitted).
// - Packing: first-fit decreasing by the binding dimension. The binding dimension is the one the
//   workloads fill most (total vCPU ÷ vCPU capacity against total memory ÷ memory capacity;
//   memory on a tie); workloads are placed largest first in that dimension (ties: larger in the
//   other dimension, then the estate's order), each on the first host with room for both its
//   vCPU and its memory, else on a new host. Deterministic: the same estate gives the same hosts.
// - Allocation (per-workload figures): the hosts' total cost is split among the workloads in
//   proportion to their dominant share of one host (the larger of vCPU ÷ host vCPU capacity and
//   memory ÷ host memory), in whole cents (in the smallest Money unit when the total is not a
//   whole number of cents); the cents left by rounding down go one each to the workloads with
//   the largest remainders, ties to the earlier workload. The parts add up to hosts × price
//   exactly.
// - A missing price (no sourced price, no currency rate, or a quote past its validity date) is
//   never zero: the host count and fill are still given, the cost is missing and the totals that
//   need it are incomplete.

#include "models/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace boussole::compare {

struct HostItem {
    double vcpu = 0;
    double memoryGib = 0;
};

struct HostSize {
    double vcpu = 0;
    double memoryGib = 0;
    double overcommit = 1; // workload vCPU per host vCPU
    double vcpuCapacity() const { return vcpu * overcommit; }
};

enum class Dimension { Vcpu, Memory };

struct HostPlan {
    int hosts = 0;
    std::vector<int> hostOf; // per item: 0-based host, -1 when it does not fit an empty host
    Dimension binding = Dimension::Memory;
    double vcpuFill = 0;   // placed vCPU ÷ (hosts × vCPU capacity), 0–1
    double memoryFill = 0; // placed memory ÷ (hosts × memory), 0–1
};

// Packs the items onto hosts of `size` (see above). Items larger than one host are left out
// (hostOf -1). A size without vCPU or memory places nothing.
HostPlan planHosts(const std::vector<HostItem> &items, const HostSize &size);

// The dominant share of one host an item takes, as allocation uses it.
double dominantShare(const HostItem &item, const HostSize &size);

// Splits `total` into parts proportional to `weights` (non-negative; all zero: equal parts) that
// add up to `total` exactly (see the allocation rule above).
std::vector<Money> allocateExactly(const Money &total, const std::vector<double> &weights);

// One pool of dedicated hosts of one offer at one provider, as the comparison priced it.
struct HostPool {
    QString provider;
    QString offerId;
    QString region;
    HostSize size;
    int count = 0;
    HostPlan plan;
    std::optional<Money> pricePerHost; // EUR per host and month; nullopt: missing or expired
    std::optional<Money> monthly;      // count × pricePerHost, exactly
    QString source; // "quote n° … (valid until …)", "price book …", or a URL
    QString sourceUrl;
    QDate sourceDate;
    QDate validUntil;
    bool expired = false;   // a quote past its validity date on the comparison's date
    bool fromQuote = false; // from a price-book entry (negotiated price or quote)
    bool verified = false;
    QString note; // why the price is missing, what the expired quote said
    // Workloads per host (host 1 first): ids and names, in packing order.
    std::vector<QStringList> workloadIds;
    std::vector<QStringList> workloadNames;
    QStringList unplaced; // ids of workloads larger than one host
    bool incomplete() const { return !monthly.has_value(); }
};

// How the comparison labels a host price: a quote with its reference and validity, a price book,
// or the catalog source.
QString hostSourceLabel(const QString &reference, const QString &bookName, const QDate &validUntil,
                        bool fromPriceBook, const QString &url);

// The allocation rule, in the user's language (shown with per-workload figures).
QString allocationRuleText();

// "vcpu" / "memory" for JSON.
QString dimensionId(Dimension dimension);

// The pool as `compare --format json` prints it: {"provider", "offer", "region", "count",
// "host_vcpu", "host_memory_gib", "overcommit", "binding", "vcpu_fill", "memory_fill",
// "price_per_host", "monthly_eur", "currency", "source", "source_url", "date", "valid_until",
// "expired", "verified", "incomplete", "note", "allocation", "assignment": [{"host", "workloads",
// "names"}], "unplaced"}. `money` encodes an amount (the CLI's exact numbers); a missing price is
// null, never 0.
QJsonObject hostPoolJson(const HostPool &pool,
                         const std::function<QJsonValue(const Money &)> &money);
// One line for people: "3 dedicated hosts iaas-vmware at cloud-temple (FR): vCPU 78 %, memory
// 64 %, 27,000.00 EUR a month, quote n° … (valid until …)".
QString hostPoolSummary(const HostPool &pool, const QLocale &locale);

} // namespace boussole::compare
