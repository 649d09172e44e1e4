#include "models/costs/CostData.h"

#include "models/costs/WorkloadLinker.h"

#include "models/importers/bills/BillParsing.h"
#include "models/storage/CostStore.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <algorithm>
#include <set>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

// Column positions in kRollupFields.
int rollupIndex(CostField field)
{
    for (std::size_t i = 0; i < kRollupFields.size(); ++i) {
        if (kRollupFields[i] == field) {
            return int(i);
        }
    }
    return -1;
}

const int kCurrency = rollupIndex(CostField::BillingCurrency);
const int kProvider = rollupIndex(CostField::ProviderName);
const int kSubAccount = rollupIndex(CostField::SubAccountId);
const int kSubAccountName = rollupIndex(CostField::SubAccountName);
const int kChargeCategory = rollupIndex(CostField::ChargeCategory);
const int kRegion = rollupIndex(CostField::RegionId);
const int kServiceCategory = rollupIndex(CostField::ServiceCategory);
const int kService = rollupIndex(CostField::ServiceName);
const int kResource = rollupIndex(CostField::ResourceId);
const int kResourceName = rollupIndex(CostField::ResourceName);

QDateTime fromSeconds(qint64 seconds)
{
    return seconds == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

Money moneyOf(const Statement &statement, int column)
{
    return Money::fromStorage(statement.columnValue(column)).value_or(Money());
}

// A stable UUID for a bill line: the same source (format and file name) and row always give
// the same id, so scripts can refer to a line across a re-import of the same export.
QString lineUuid(const QString &sourceKey, qint64 row)
{
    static const QUuid kNamespace(u"6f1c1a52-4b1e-4d8e-9a59-6b6f7573736c"_s);
    return QUuid::createUuidV5(kNamespace, sourceKey + u'#' + QString::number(row))
        .toString(QUuid::WithoutBraces);
}

} // namespace

QString costDimensionId(CostDimension dimension)
{
    switch (dimension) {
    case CostDimension::Month:
        return u"month"_s;
    case CostDimension::Provider:
        return u"provider"_s;
    case CostDimension::Service:
        return u"service"_s;
    case CostDimension::ServiceCategory:
        return u"service-category"_s;
    case CostDimension::Region:
        return u"region"_s;
    case CostDimension::Account:
        return u"account"_s;
    case CostDimension::Environment:
        return u"environment"_s;
    case CostDimension::Application:
        return u"application"_s;
    case CostDimension::Resource:
        return u"resource"_s;
    case CostDimension::ChargeCategory:
        return u"charge-category"_s;
    }
    return {};
}

std::optional<CostDimension> costDimensionFromId(const QString &id)
{
    for (int d = int(CostDimension::Month); d <= int(CostDimension::ChargeCategory); ++d) {
        if (costDimensionId(CostDimension(d)) == id) {
            return CostDimension(d);
        }
    }
    return std::nullopt;
}

QString costDimensionLabel(CostDimension dimension)
{
    switch (dimension) {
    case CostDimension::Month:
        return QCoreApplication::translate("Costs", "Month");
    case CostDimension::Provider:
        return QCoreApplication::translate("Costs", "Provider");
    case CostDimension::Service:
        return QCoreApplication::translate("Costs", "Service");
    case CostDimension::ServiceCategory:
        return QCoreApplication::translate("Costs", "Service category");
    case CostDimension::Region:
        return QCoreApplication::translate("Costs", "Region");
    case CostDimension::Account:
        return QCoreApplication::translate("Costs", "Account");
    case CostDimension::Environment:
        return QCoreApplication::translate("Costs", "Environment");
    case CostDimension::Application:
        return QCoreApplication::translate("Costs", "Application");
    case CostDimension::Resource:
        return QCoreApplication::translate("Costs", "Resource");
    case CostDimension::ChargeCategory:
        return QCoreApplication::translate("Costs", "Charge category");
    }
    return {};
}

QString serviceCategoryLabel(const QString &value)
{
    static const std::map<QString, const char *> kLabels = {
        {u"AI and Machine Learning"_s, QT_TRANSLATE_NOOP("Costs", "AI and machine learning")},
        {u"Analytics"_s, QT_TRANSLATE_NOOP("Costs", "Analytics")},
        {u"Business Applications"_s, QT_TRANSLATE_NOOP("Costs", "Business applications")},
        {u"Compute"_s, QT_TRANSLATE_NOOP("Costs", "Compute")},
        {u"Databases"_s, QT_TRANSLATE_NOOP("Costs", "Databases")},
        {u"Developer Tools"_s, QT_TRANSLATE_NOOP("Costs", "Developer tools")},
        {u"Multicloud"_s, QT_TRANSLATE_NOOP("Costs", "Multicloud")},
        {u"Identity"_s, QT_TRANSLATE_NOOP("Costs", "Identity")},
        {u"Integration"_s, QT_TRANSLATE_NOOP("Costs", "Integration")},
        {u"Internet of Things"_s, QT_TRANSLATE_NOOP("Costs", "Internet of things")},
        {u"Management and Governance"_s, QT_TRANSLATE_NOOP("Costs", "Management and governance")},
        {u"Media"_s, QT_TRANSLATE_NOOP("Costs", "Media")},
        {u"Migration"_s, QT_TRANSLATE_NOOP("Costs", "Migration")},
        {u"Mobile"_s, QT_TRANSLATE_NOOP("Costs", "Mobile")},
        {u"Networking"_s, QT_TRANSLATE_NOOP("Costs", "Networking")},
        {u"Security"_s, QT_TRANSLATE_NOOP("Costs", "Security")},
        {u"Storage"_s, QT_TRANSLATE_NOOP("Costs", "Storage")},
        {u"Web"_s, QT_TRANSLATE_NOOP("Costs", "Web")},
        {u"Other"_s, QT_TRANSLATE_NOOP("Costs", "Other")},
    };
    const auto found = kLabels.find(value);
    return found == kLabels.end() ? value : QCoreApplication::translate("Costs", found->second);
}

QString CostData::monthKey(int yyyymm)
{
    return u"%1-%2"_s.arg(yyyymm / 100, 4, 10, QChar(u'0')).arg(yyyymm % 100, 2, 10, QChar(u'0'));
}

std::optional<int> CostData::monthFromKey(const QString &key)
{
    if (key.size() < 7 || key[4] != u'-') {
        return std::nullopt;
    }
    bool okYear = false;
    bool okMonth = false;
    const int year = key.left(4).toInt(&okYear);
    const int month = key.mid(5, 2).toInt(&okMonth);
    if (!okYear || !okMonth || month < 1 || month > 12) {
        return std::nullopt;
    }
    if (key.size() > 7 && !QDate::fromString(key.left(10), Qt::ISODate).isValid()) {
        return std::nullopt;
    }
    return year * 100 + month;
}

Result<CostData> CostData::load(Project &project)
{
    CostData data;
    Database &db = project.database();
    {
        Statement strings = db.prepare("SELECT id, value FROM cost_strings ORDER BY id");
        for (;;) {
            const StepResult step = strings.step();
            if (step == StepResult::Done) {
                break;
            }
            if (step == StepResult::Error) {
                return strings.error();
            }
            const qint64 id = strings.columnInt64(0);
            if (id != qint64(data.m_strings.size())) {
                return Error(u"the bill text table of this project is damaged (id %1)"_s.arg(id));
            }
            data.m_strings.push_back(strings.columnText(1));
        }
    }

    // Workloads the bills' resources link to (WorkloadLinker's rules).
    const std::vector<Workload> workloads = project.workloads();
    const WorkloadLinker linker(workloads);
    for (const Workload &w : workloads) {
        data.m_workloads.push_back({w.id, w.name, w.environment, w.application});
    }
    std::unordered_map<quint32, int> resourceLinks;

    std::string sql = "SELECT month";
    for (const CostField field : kRollupFields) {
        sql += ", ";
        sql += costFieldId(field);
    }
    sql += ", billed_cost, effective_cost, list_cost, usage_hours, line_count FROM cost_rollup";
    Statement select = db.prepare(sql);
    const int amountsAt = 1 + int(kRollupFields.size());
    for (;;) {
        const StepResult step = select.step();
        if (step == StepResult::Done) {
            break;
        }
        if (step == StepResult::Error) {
            return select.error();
        }
        Row row;
        row.month = int(select.columnInt64(0));
        row.ids.resize(kRollupFields.size());
        for (std::size_t i = 0; i < kRollupFields.size(); ++i) {
            const qint64 id = select.columnInt64(int(i) + 1);
            row.ids[i] = id >= 0 && id < qint64(data.m_strings.size()) ? quint32(id) : 0;
        }
        row.billed = moneyOf(select, amountsAt);
        row.effective = moneyOf(select, amountsAt + 1);
        row.list = moneyOf(select, amountsAt + 2);
        row.usageHours = select.columnDouble(amountsAt + 3);
        row.lines = select.columnInt64(amountsAt + 4);
        if (const quint32 resource = row.ids[std::size_t(kResource)]; resource != 0) {
            auto [it, inserted] = resourceLinks.try_emplace(resource, -1);
            if (inserted) {
                it->second = linker.find(data.m_strings[resource],
                                         data.text(row.ids[std::size_t(kResourceName)]));
            }
            row.workload = it->second;
        }
        data.m_lineCount += row.lines;
        if (data.m_firstMonth == 0 || row.month < data.m_firstMonth) {
            data.m_firstMonth = row.month;
        }
        data.m_lastMonth = std::max(data.m_lastMonth, row.month);
        data.m_rows.push_back(std::move(row));
    }

    // Commitments: one record per id across imports (monthly bills each see a part).
    Statement commitments = db.prepare(
        "SELECT commitment_id, name, type, category, provider, currency, start_time, end_time, "
        "term_months, payment_option, first_charge, last_charge, billed_cost, effective_cost, "
        "line_count FROM cost_commitments ORDER BY first_charge");
    std::map<qint64, CommitmentRecord> merged;
    for (;;) {
        const StepResult step = commitments.step();
        if (step == StepResult::Done) {
            break;
        }
        if (step == StepResult::Error) {
            return commitments.error();
        }
        const qint64 id = commitments.columnInt64(0);
        const auto textAt = [&](int column) {
            return data.text(quint32(commitments.columnInt64(column)));
        };
        auto [it, inserted] = merged.try_emplace(id);
        CommitmentRecord &c = it->second;
        if (inserted) {
            c.id = data.text(quint32(id));
            c.firstSeen = fromSeconds(commitments.columnInt64(10));
        }
        const auto keepText = [](QString &slot, const QString &value) {
            if (slot.isEmpty()) {
                slot = value;
            }
        };
        keepText(c.name, textAt(1));
        keepText(c.type, textAt(2));
        keepText(c.category, textAt(3));
        keepText(c.provider, textAt(4));
        keepText(c.currency, textAt(5));
        if (const qint64 start = commitments.columnInt64(6); start != 0) {
            c.start = fromSeconds(start);
        }
        if (const qint64 end = commitments.columnInt64(7); end != 0) {
            c.end = fromSeconds(end);
        }
        if (const int term = int(commitments.columnInt64(8)); term != 0) {
            c.termMonths = term;
        }
        keepText(c.paymentOption, commitments.columnText(9));
        const QDateTime first = fromSeconds(commitments.columnInt64(10));
        const QDateTime last = fromSeconds(commitments.columnInt64(11));
        if (!c.firstSeen.isValid() || first < c.firstSeen) {
            c.firstSeen = first;
        }
        if (!c.lastSeen.isValid() || last > c.lastSeen) {
            c.lastSeen = last;
        }
        c.billed += moneyOf(commitments, 12);
        c.effective += moneyOf(commitments, 13);
        c.lines += commitments.columnInt64(14);
    }
    for (auto &[id, c] : merged) {
        // A term with a start but no stated end: the end follows from the term.
        if (!c.end.isValid() && c.start.isValid() && c.termMonths > 0) {
            c.end = fromSeconds(bills::addMonths(c.start.toSecsSinceEpoch(), c.termMonths));
        }
        data.m_commitments.push_back(std::move(c));
    }
    std::sort(data.m_commitments.begin(), data.m_commitments.end(),
              [](const CommitmentRecord &a, const CommitmentRecord &b) {
                  if (a.end.isValid() != b.end.isValid()) {
                      return a.end.isValid();
                  }
                  return a.end != b.end ? a.end < b.end : a.id < b.id;
              });
    return data;
}

const QString &CostData::text(quint32 id) const
{
    static const QString kEmpty;
    return id < m_strings.size() ? m_strings[id] : kEmpty;
}

QStringList CostData::currencies() const
{
    std::set<QString> codes;
    for (const Row &row : m_rows) {
        codes.insert(text(row.ids[std::size_t(kCurrency)]));
    }
    QStringList result;
    for (const QString &code : codes) {
        result << code;
    }
    return result;
}

QString CostData::mainCurrency() const
{
    std::map<QString, qint64> lines;
    for (const Row &row : m_rows) {
        lines[text(row.ids[std::size_t(kCurrency)])] += row.lines;
    }
    QString best;
    qint64 most = -1;
    for (const auto &[code, count] : lines) {
        if (count > most) {
            best = code;
            most = count;
        }
    }
    return best;
}

QString CostData::keyOf(const Row &row, CostDimension dimension) const
{
    const auto id = [&row](int index) { return row.ids[std::size_t(index)]; };
    switch (dimension) {
    case CostDimension::Month:
        return monthKey(row.month);
    case CostDimension::Provider:
        return text(id(kProvider));
    case CostDimension::Service:
        return text(id(kService));
    case CostDimension::ServiceCategory:
        return text(id(kServiceCategory));
    case CostDimension::Region:
        return text(id(kRegion));
    case CostDimension::Account:
        return text(id(kSubAccount));
    case CostDimension::Environment:
        return row.workload >= 0 ? m_workloads[std::size_t(row.workload)].environment : QString();
    case CostDimension::Application:
        return row.workload >= 0 ? m_workloads[std::size_t(row.workload)].application : QString();
    case CostDimension::Resource:
        return text(id(kResource));
    case CostDimension::ChargeCategory:
        return text(id(kChargeCategory));
    }
    return {};
}

QString CostData::labelOf(const Row &row, CostDimension dimension) const
{
    switch (dimension) {
    case CostDimension::ServiceCategory:
        return serviceCategoryLabel(keyOf(row, dimension));
    case CostDimension::Account: {
        const QString &name = text(row.ids[std::size_t(kSubAccountName)]);
        return name.isEmpty() ? keyOf(row, dimension) : name;
    }
    case CostDimension::Resource: {
        const QString &name = text(row.ids[std::size_t(kResourceName)]);
        if (!name.isEmpty()) {
            return name;
        }
        if (row.workload >= 0) {
            return m_workloads[std::size_t(row.workload)].name;
        }
        return keyOf(row, dimension);
    }
    default:
        return keyOf(row, dimension);
    }
}

bool CostData::passes(const Row &row, const CostFilter &filter) const
{
    if (!filter.currency.isEmpty() && text(row.ids[std::size_t(kCurrency)]) != filter.currency) {
        return false;
    }
    if ((filter.fromMonth != 0 && row.month < filter.fromMonth) ||
        (filter.toMonth != 0 && row.month > filter.toMonth)) {
        return false;
    }
    for (const auto &[dimension, value] : filter.equals) {
        if (keyOf(row, dimension) != value) {
            return false;
        }
    }
    return true;
}

std::vector<CostGroup> CostData::aggregate(CostDimension by, const CostFilter &filter,
                                           CostBasis basis) const
{
    std::vector<CostGroup> groups;
    QHash<QString, std::size_t> index;
    for (const Row &row : m_rows) {
        if (!passes(row, filter)) {
            continue;
        }
        const QString key = keyOf(row, by);
        auto found = index.find(key);
        if (found == index.end()) {
            found = index.insert(key, groups.size());
            CostGroup group;
            group.key = key;
            group.label = labelOf(row, by);
            if (by == CostDimension::Resource && row.workload >= 0) {
                group.workloadId = m_workloads[std::size_t(row.workload)].id;
            }
            groups.push_back(std::move(group));
        }
        CostGroup &group = groups[*found];
        const QString &currency = text(row.ids[std::size_t(kCurrency)]);
        group.amounts[currency] += basis == CostBasis::Billed ? row.billed : row.effective;
        group.listAmounts[currency] += row.list;
        group.usageHours += row.usageHours;
        group.lines += row.lines;
    }
    const QStringList codes = currencies();
    const QString first = codes.isEmpty() ? QString() : codes.front();
    if (by == CostDimension::Month) {
        std::sort(groups.begin(), groups.end(),
                  [](const CostGroup &a, const CostGroup &b) { return a.key < b.key; });
    } else {
        // By currency (in the order of currencies()), then largest first: amounts in different
        // currencies are not comparable.
        const auto mainCurrency = [&codes](const CostGroup &g) {
            for (qsizetype i = 0; i < codes.size(); ++i) {
                if (g.amounts.count(codes[i])) {
                    return i;
                }
            }
            return codes.size();
        };
        std::sort(groups.begin(), groups.end(), [&](const CostGroup &a, const CostGroup &b) {
            const qsizetype ca = mainCurrency(a);
            const qsizetype cb = mainCurrency(b);
            if (ca != cb) {
                return ca < cb;
            }
            const QString &code = ca < codes.size() ? codes[ca] : first;
            const auto amount = [&code](const CostGroup &g) {
                const auto it = g.amounts.find(code);
                return it == g.amounts.end() ? Money() : it->second;
            };
            const Money x = amount(a);
            const Money y = amount(b);
            return x != y ? x > y : a.key < b.key;
        });
    }
    return groups;
}

CurrencyAmounts CostData::total(const CostFilter &filter, CostBasis basis) const
{
    CurrencyAmounts amounts;
    for (const Row &row : m_rows) {
        if (passes(row, filter)) {
            amounts[text(row.ids[std::size_t(kCurrency)])] +=
                basis == CostBasis::Billed ? row.billed : row.effective;
        }
    }
    return amounts;
}

int CostData::monthCount(const CostFilter &filter) const
{
    std::set<int> months;
    for (const Row &row : m_rows) {
        if (passes(row, filter)) {
            months.insert(row.month);
        }
    }
    return int(months.size());
}

CostSeries CostData::monthly(CostDimension stack, const QString &currency, const CostFilter &filter,
                             CostBasis basis, int maxSeries) const
{
    CostSeries series;
    series.currency = currency;
    int first = 0;
    int last = 0;
    QHash<QString, Money> totals;
    for (const Row &row : m_rows) {
        if (!passes(row, filter) || text(row.ids[std::size_t(kCurrency)]) != currency) {
            continue;
        }
        first = first == 0 ? row.month : std::min(first, row.month);
        last = std::max(last, row.month);
        totals[keyOf(row, stack)] += basis == CostBasis::Billed ? row.billed : row.effective;
    }
    if (first == 0) {
        return series;
    }
    std::vector<int> months;
    for (int m = first; m <= last; m = (m % 100 == 12) ? (m / 100 + 1) * 100 + 1 : m + 1) {
        months.push_back(m);
        series.months << monthKey(m);
    }
    QStringList keys = totals.keys();
    std::sort(keys.begin(), keys.end(), [&totals](const QString &a, const QString &b) {
        const Money x = totals.value(a);
        const Money y = totals.value(b);
        return x != y ? x > y : a < b;
    });
    const bool folded = maxSeries > 0 && keys.size() > maxSeries;
    QHash<QString, int> position;
    for (int i = 0; i < keys.size(); ++i) {
        if (folded && i >= maxSeries - 1) {
            break;
        }
        position.insert(keys[i], i);
        series.categories << keys[i];
    }
    const int otherIndex = folded ? int(series.categories.size()) : -1;
    if (folded) {
        series.categories << QString();
    }
    series.values.assign(std::size_t(series.categories.size()), std::vector<Money>(months.size()));
    for (const Row &row : m_rows) {
        if (!passes(row, filter) || text(row.ids[std::size_t(kCurrency)]) != currency) {
            continue;
        }
        const int c = position.value(keyOf(row, stack), otherIndex);
        const auto m = std::lower_bound(months.begin(), months.end(), row.month) - months.begin();
        series.values[std::size_t(c)][std::size_t(m)] +=
            basis == CostBasis::Billed ? row.billed : row.effective;
    }
    return series;
}

std::map<QString, CurrencyAmounts> CostData::monthlyByWorkload(CostBasis basis,
                                                               const CostFilter &filter) const
{
    std::map<QString, CurrencyAmounts> sums;
    std::map<QString, std::set<int>> months;
    std::set<int> allMonths;
    for (const Row &row : m_rows) {
        if (!passes(row, filter)) {
            continue;
        }
        allMonths.insert(row.month);
        if (row.workload < 0) {
            continue;
        }
        const QString &id = m_workloads[std::size_t(row.workload)].id;
        sums[id][text(row.ids[std::size_t(kCurrency)])] +=
            basis == CostBasis::Billed ? row.billed : row.effective;
    }
    const qint64 monthsCovered = std::max<qint64>(1, qint64(allMonths.size()));
    for (auto &[id, amounts] : sums) {
        for (auto &[currency, amount] : amounts) {
            amount = amount.dividedBy(monthsCovered).value_or(amount);
        }
    }
    return sums;
}

Result<std::vector<CostLineRecord>> costLines(Project &project, const CostFilter &filter,
                                              qint64 limit, qint64 offset, qint64 *total)
{
    Database &db = project.database();
    // Environment and application filters go through the linked resources.
    std::vector<std::pair<CostDimension, QString>> direct;
    std::optional<QSet<QString>> resources;
    for (const auto &[dimension, value] : filter.equals) {
        if (dimension == CostDimension::Environment || dimension == CostDimension::Application) {
            Result<CostData> data = CostData::load(project);
            if (!data) {
                return data.error();
            }
            CostFilter only;
            only.equals = {{dimension, value}};
            QSet<QString> ids;
            for (const CostGroup &group : data->aggregate(CostDimension::Resource, only)) {
                ids.insert(group.key);
            }
            resources = resources ? resources->intersect(ids) : ids;
        } else {
            direct.emplace_back(dimension, value);
        }
    }

    QString where = u"1"_s;
    QVariantList binds;
    if (filter.fromMonth != 0) {
        where += u" AND l.charge_start >= ?"_s;
        binds << bills::daysFromCivil(filter.fromMonth / 100, filter.fromMonth % 100, 1) * 86400;
    }
    if (filter.toMonth != 0) {
        const int next =
            filter.toMonth % 100 == 12 ? (filter.toMonth / 100 + 1) * 100 + 1 : filter.toMonth + 1;
        where += u" AND l.charge_start < ?"_s;
        binds << bills::daysFromCivil(next / 100, next % 100, 1) * 86400;
    }
    const auto columnFor = [](CostDimension dimension) -> const char * {
        switch (dimension) {
        case CostDimension::Provider:
            return "provider";
        case CostDimension::Service:
            return "service_name";
        case CostDimension::ServiceCategory:
            return "service_category";
        case CostDimension::Region:
            return "region_id";
        case CostDimension::Account:
            return "sub_account_id";
        case CostDimension::Resource:
            return "resource_id";
        case CostDimension::ChargeCategory:
            return "charge_category";
        default:
            return nullptr;
        }
    };
    for (const auto &[dimension, value] : direct) {
        if (dimension == CostDimension::Month) {
            const std::optional<int> month = CostData::monthFromKey(value);
            if (!month) {
                return Error(u"not a month: %1"_s.arg(value));
            }
            const int next = *month % 100 == 12 ? (*month / 100 + 1) * 100 + 1 : *month + 1;
            where += u" AND l.charge_start >= ? AND l.charge_start < ?"_s;
            binds << bills::daysFromCivil(*month / 100, *month % 100, 1) * 86400
                  << bills::daysFromCivil(next / 100, next % 100, 1) * 86400;
            continue;
        }
        const char *column = columnFor(dimension);
        if (!column) {
            continue;
        }
        if (value.isEmpty()) {
            where += u" AND l.%1 = 0"_s.arg(QString::fromLatin1(column)); // "(not stated)"
            continue;
        }
        where += u" AND l.%1 = (SELECT id FROM cost_strings WHERE value = ?)"_s.arg(
            QString::fromLatin1(column));
        binds << value;
    }
    if (resources) {
        if (resources->isEmpty()) {
            if (total) {
                *total = 0;
            }
            return std::vector<CostLineRecord>();
        }
        QStringList marks;
        for (const QString &id : std::as_const(*resources)) {
            marks << u"?"_s;
            binds << id;
        }
        where += u" AND l.resource_id IN (SELECT id FROM cost_strings WHERE value IN (%1))"_s.arg(
            marks.join(u','));
    }

    const auto bindAll = [&binds](Statement &statement) {
        for (int i = 0; i < binds.size(); ++i) {
            statement.bindValue(i + 1, binds[i]);
        }
    };
    const QString from =
        u" FROM cost_lines l JOIN cost_imports ci ON l.id BETWEEN ci.first_line AND ci.last_line "
        "JOIN imports i ON i.id = ci.import_id WHERE "_s +
        where;
    if (total) {
        Statement count = db.prepare((u"SELECT count(*)"_s + from).toStdString());
        bindAll(count);
        if (count.step() != StepResult::Row) {
            return count.error();
        }
        *total = count.columnInt64(0);
    }
    const auto s = [](const char *column) {
        return u"(SELECT value FROM cost_strings WHERE id = l.%1)"_s.arg(
            QString::fromLatin1(column));
    };
    const QString sql =
        u"SELECT l.id, ci.import_id, i.source_key, l.row, l.charge_start, l.charge_end, "_s +
        QStringList{s("provider"),        s("service_name"),  s("service_category"),
                    s("charge_category"), s("region_id"),     s("sub_account_id"),
                    s("resource_id"),     s("resource_name"), s("charge_description"),
                    s("currency")}
            .join(u", "_s) +
        u", l.billed_cost, l.effective_cost, l.extras"_s + from +
        u" ORDER BY l.id LIMIT ? OFFSET ?"_s;
    Statement select = db.prepare(sql.toStdString());
    bindAll(select);
    select.bindInt64(int(binds.size()) + 1, limit);
    select.bindInt64(int(binds.size()) + 2, offset);
    std::vector<CostLineRecord> lines;
    for (;;) {
        const StepResult step = select.step();
        if (step == StepResult::Done) {
            break;
        }
        if (step == StepResult::Error) {
            return select.error();
        }
        CostLineRecord line;
        line.id = select.columnInt64(0);
        line.importId = select.columnText(1);
        line.row = select.columnInt64(3);
        line.uuid = lineUuid(select.columnText(2), line.row);
        line.chargeStart = fromSeconds(select.columnInt64(4));
        line.chargeEnd = fromSeconds(select.columnInt64(5));
        line.provider = select.columnText(6);
        line.service = select.columnText(7);
        line.serviceCategory = select.columnText(8);
        line.chargeCategory = select.columnText(9);
        line.region = select.columnText(10);
        line.account = select.columnText(11);
        line.resourceId = select.columnText(12);
        line.resourceName = select.columnText(13);
        line.description = select.columnText(14);
        line.currency = select.columnText(15);
        line.billed = moneyOf(select, 16);
        line.effective = moneyOf(select, 17);
        line.extras = select.columnText(18);
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace boussole
