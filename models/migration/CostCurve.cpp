#include "models/migration/CostCurve.h"

#include "models/costs/CostData.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole::migration {

namespace {

QDate monthOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

// Whether [start, end) touches the month starting at `month`.
bool touches(const QDate &start, const QDate &end, const QDate &month)
{
    const QDate next = month.addMonths(1);
    return start < next && end > month;
}

} // namespace

std::vector<CostMonth> costCurve(const Plan &plan, const Schedule &schedule,
                                 const CostCurveInput &input)
{
    std::vector<CostMonth> months;
    if (!schedule.start.isValid()) {
        return months;
    }
    // Per workload: when the new platform starts and the old one stops.
    struct Span {
        QDate newFrom;
        QDate oldUntil; // exclusive
    };
    std::map<QString, Span> spans;
    for (size_t w = 0; w < plan.waves.size() && w < schedule.waves.size(); ++w) {
        const WaveSchedule &ws = schedule.waves[w];
        for (const Placement &p : plan.waves[w].items) {
            spans[p.workloadId] = {ws.phases[1].start, ws.phases[3].end};
        }
    }
    const QDate firstDecommissioned =
        schedule.waves.empty() ? schedule.start : schedule.waves.front().phases[3].end;
    for (const Excluded &e : plan.excluded) {
        if (e.strategy == Strategy::Retire) {
            spans[e.workloadId] = {QDate(), firstDecommissioned};
        } else if (e.strategy == Strategy::Retain) {
            spans[e.workloadId] = {QDate(), QDate(9999, 12, 31)};
        }
    }
    const QDate first = monthOf(schedule.start);
    const QDate last = monthOf(schedule.end.addDays(-1)).addMonths(std::max(0, input.monthsAfter));
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        CostMonth row;
        row.month = m;
        for (const WorkloadRunRate &r : input.workloads) {
            auto it = spans.find(r.workloadId);
            if (it == spans.end()) {
                continue; // duplicates and templates: not counted
            }
            const bool oldRuns = it->second.oldUntil > m;
            const bool newRuns =
                it->second.newFrom.isValid() && it->second.newFrom < m.addMonths(1);
            if (oldRuns) {
                row.oldPlatform += r.today;
            }
            if (newRuns) {
                row.newPlatform += r.target;
            }
            if (oldRuns && newRuns) {
                row.doubleRun += r.today;
            }
        }
        if (touches(schedule.start, schedule.end, m) || m < monthOf(schedule.start)) {
            row.oldPlatform += input.unallocatedToday;
        }
        Money committed;
        for (const CommitmentRun &c : input.commitments) {
            if (!c.end.isValid() || c.end > m) {
                committed += c.monthly;
            }
        }
        if (committed > row.oldPlatform) {
            row.stranded = committed - row.oldPlatform;
        }
        row.total = row.oldPlatform + row.newPlatform + row.stranded;
        months.push_back(row);
    }
    return months;
}

CostCurveInput costInputFromBills(const CostData &bills, const Plan &plan,
                                  const std::map<QString, Money> &target,
                                  const std::map<QString, Money> &withoutBills)
{
    CostCurveInput input;
    input.currency = bills.mainCurrency();
    if (input.currency.isEmpty()) {
        return input;
    }
    CostFilter filter;
    filter.currency = input.currency;
    const std::map<QString, CurrencyAmounts> byWorkload =
        bills.monthlyByWorkload(CostBasis::Effective, filter);
    Money allocated;
    const auto addWorkload = [&](const QString &id) {
        WorkloadRunRate r;
        r.workloadId = id;
        bool billed = false;
        if (auto it = byWorkload.find(id); it != byWorkload.end()) {
            if (auto c = it->second.find(input.currency); c != it->second.end()) {
                r.today = c->second;
                billed = true;
            }
        }
        if (billed) {
            allocated += r.today;
        } else if (auto o = withoutBills.find(id); o != withoutBills.end()) {
            r.today = o->second;
        }
        auto t = target.find(id);
        r.target = t == target.end() ? r.today : t->second;
        input.workloads.push_back(r);
    };
    for (const Wave &wave : plan.waves) {
        for (const Placement &p : wave.items) {
            addWorkload(p.workloadId);
        }
    }
    for (const Excluded &e : plan.excluded) {
        addWorkload(e.workloadId);
    }
    const int monthCount = std::max(1, bills.monthCount(filter));
    const CurrencyAmounts total = bills.total(filter, CostBasis::Effective);
    if (auto it = total.find(input.currency); it != total.end()) {
        const Money monthly = it->second.dividedBy(monthCount).value_or(Money());
        input.unallocatedToday = monthly > allocated ? monthly - allocated : Money();
    }
    input.commitments = commitmentRuns(bills, input.currency);
    return input;
}

std::vector<CommitmentRun> commitmentRuns(const CostData &bills, const QString &currency)
{
    std::vector<CommitmentRun> runs;
    for (const CommitmentRecord &c : bills.commitments()) {
        if (c.currency != currency) {
            continue;
        }
        int months = 1;
        if (c.firstSeen.isValid() && c.lastSeen.isValid()) {
            const QDate a = c.firstSeen.date();
            const QDate b = c.lastSeen.date();
            months = std::max(1, (b.year() - a.year()) * 12 + b.month() - a.month() + 1);
        }
        CommitmentRun run{c.id, c.name.isEmpty() ? c.id : c.name,
                          c.effective.dividedBy(months).value_or(Money()),
                          c.end.isValid() ? c.end.date() : QDate()};
        if (!run.end.isValid() && c.start.isValid() && c.termMonths > 0) {
            run.end = c.start.date().addMonths(c.termMonths);
            run.endFromTerm = true;
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

std::vector<Milestone> commitmentMilestones(const std::vector<CommitmentRecord> &commitments)
{
    static const QUuid ns(u"0b7d3f5e-1c2a-4e8b-a6f4-5d9e2c1b7a30"_s);
    std::vector<Milestone> result;
    for (const CommitmentRecord &c : commitments) {
        QDate end = c.end.isValid() ? c.end.date() : QDate();
        if (!end.isValid() && c.start.isValid() && c.termMonths > 0) {
            end = c.start.date().addMonths(c.termMonths);
        }
        if (!end.isValid()) {
            continue;
        }
        Milestone m;
        m.id = QUuid::createUuidV5(ns, c.id).toString(QUuid::WithoutBraces);
        const QString what = c.type.isEmpty() ? c.id : c.type;
        m.name = QCoreApplication::translate("Migration", "%1 expires").arg(what);
        m.date = end;
        m.kind = u"commitment"_s;
        m.source = c.id;
        result.push_back(m);
    }
    std::sort(result.begin(), result.end(), [](const Milestone &a, const Milestone &b) {
        return std::tie(a.date, a.source) < std::tie(b.date, b.source);
    });
    return result;
}

} // namespace boussole::migration
