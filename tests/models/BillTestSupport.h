#pragma once

// What the bill importers' tests share: reading a fixture through one importer into a collecting
// sink (no project), exact amounts from text, the month key of a line, totals grouped by a key,
// and finding a line by its source row.

#include "models/costs/CostData.h"
#include "models/importers/Importer.h"
#include "models/importers/bills/BillParsing.h"
#include "models/importers/bills/CollectingCostSink.h"

#include <QFile>
#include <QString>

#include <map>
#include <memory>

namespace boussole::testing {

inline Money money(const char *text)
{
    const std::optional<Money> value = Money::parse(QString::fromLatin1(text));
    Q_ASSERT(value);
    return value.value_or(Money());
}

template <typename T>
QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

struct BillRead {
    Result<ImportOutcome> outcome = Error(QString());
    bills::CollectingCostSink sink;
};

// `path` is read by `importer`; messages name the file by its last segment.
inline std::unique_ptr<BillRead> readBill(const Importer &importer, const QString &path,
                                          bool skipBadRows = false)
{
    auto read = std::make_unique<BillRead>();
    QFile file(path);
    const QString name = path.section(u'/', -1);
    if (!file.open(QIODevice::ReadOnly)) {
        read->outcome = Error(QStringLiteral("cannot open ") + name);
        return read;
    }
    ImportContext context;
    context.fileName = name;
    context.options.skipBadRows = skipBadRows;
    context.costs = &read->sink;
    read->outcome = importer.read(file, context);
    return read;
}

// "2025-03" for a line charged in March 2025.
inline QString monthOfLine(const CostLine &line)
{
    return CostData::monthKey(bills::monthOf(line.chargePeriodStart));
}

struct BillTotals {
    Money billed;
    Money effective;
    int lines = 0;
};

// Sums the sink's lines grouped by keyOf(line).
template <typename KeyOf>
auto totalsBy(const bills::CollectingCostSink &sink, KeyOf keyOf)
{
    std::map<decltype(keyOf(sink.lines().front())), BillTotals> totals;
    for (const bills::OwnedCostLine &owned : sink.lines()) {
        BillTotals &t = totals[keyOf(owned)];
        t.billed += owned.line.billedCost;
        t.effective += owned.line.effectiveCost;
        ++t.lines;
    }
    return totals;
}

// The line read from source row `row`, or null.
inline const bills::OwnedCostLine *lineAt(const bills::CollectingCostSink &sink, qint64 row)
{
    for (const bills::OwnedCostLine &owned : sink.lines()) {
        if (owned.line.row == row) {
            return &owned;
        }
    }
    return nullptr;
}

// Milliseconds since the epoch for an ISO date or date-time, as the bill parser reads it.
inline qint64 at(const char *iso)
{
    return *bills::parseTimestamp(QByteArrayView(iso));
}

} // namespace boussole::testing
