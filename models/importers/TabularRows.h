#pragma once

// Pieces every table-shaped importer (inventory CSV, utilisation CSV) shares: reading the data rows
// after the header, and naming a few items of a long list in a message.

#include "models/domain/Result.h"
#include "models/importers/Importer.h"

#include <QString>
#include <QStringList>

namespace boussole {

class CsvReader;
class CsvRecord;

// "a, b, c and 7 more" (items quoted when `quoted`), naming at most `shown` items.
QString abbreviatedList(const QStringList &items, int shown = 10, bool quoted = true);

// Reads data rows after the header: skips blank lines, counts rows into outcome.rowsRead, reports
// progress every kProgressEveryRows rows (false from the callback cancels), and warns once when a
// row has more non-empty fields than the header has columns.
class DataRows {
public:
    static constexpr qint64 kProgressEveryRows = 1024;

    DataRows(CsvReader &reader, const ImportContext &context, ImportOutcome &outcome,
             qsizetype headerCount);

    // True with the next data row in record, false at the end of the file, or an Error
    // (malformed input, or the import was cancelled).
    Result<bool> next(CsvRecord &record);
    // The final progress report; an Error when the user cancelled.
    Status finish();

private:
    CsvReader &m_reader;
    const ImportContext &m_context;
    ImportOutcome &m_outcome;
    qsizetype m_headerCount;
    bool m_warnedExtraFields = false;
};

} // namespace boussole
