#pragma once

// The deck's tables for spreadsheets (`boussole report PROJECT --out FILE.xlsx|.csv`): one table
// per topic, with stable snake_case column names that scripts can rely on. Amounts are exact
// decimals (EUR, the Money type's text), never binary floating point; an amount that is not known
// is an empty cell, never 0.

#include "models/domain/Result.h"
#include "models/reports/DeckData.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace boussole::reports {

struct TableCell {
    QString text;
    bool number = false; // written as a number in XLSX (text is a plain decimal: "1234.5")
};

struct ReportTable {
    QString id; // "providers", "workloads", "scenarios"…
    QStringList columns;
    std::vector<std::vector<TableCell>> rows;
};

// Ids of the tables, in the workbook's order.
QStringList reportTableNames();

// Every table of the deck, in reportTableNames() order.
std::vector<ReportTable> reportTables(const DeckData &deck);

// UTF-8 with a byte-order mark (spreadsheets then read accents right), comma-separated, CRLF.
QByteArray tableCsv(const ReportTable &table);

// An Office Open XML workbook, one sheet per table (inline strings, no formulas).
Result<QByteArray> tablesXlsx(const std::vector<ReportTable> &tables);

// Writes bytes atomically (a crash or a full disk never leaves half a file).
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace boussole::reports
