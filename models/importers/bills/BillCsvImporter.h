#pragma once

// The common frame of the CSV bill importers (FOCUS, AWS CUR, Azure cost details, Google Cloud
// billing): finds the header (possibly after a preamble), maps columns by name, streams the rows
// through the format's RowMapper into ImportContext::costs, and handles what every format shares:
// bad rows (an error naming line, column and what was expected, or a skipped row with
// --skip-bad-rows), literal NULLs, a truncated last line, columns the format does not define
// (kept as a JSON object of extras), progress and cancel. Fields are read as raw UTF-8 bytes; a
// Windows-1252 file is converted field by field.

#include "models/importers/Importer.h"
#include "models/importers/bills/BillParsing.h"
#include "models/importers/io/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace boussole::bills {

// The header of a bill file: column names as written, and lookups.
class BillHeader {
public:
    explicit BillHeader(QList<QByteArray> names) : m_names(std::move(names)) {}

    int size() const { return int(m_names.size()); }
    const QByteArray &name(int column) const { return m_names[column]; }
    // Index of the first column whose name equals one of `names` (case-insensitively when asked);
    // -1 when none.
    int find(std::initializer_list<const char *> names, bool ignoreCase = false) const;
    // Marks a column as understood by the format: the others become extras.
    void use(int column);
    bool used(int column) const { return column >= 0 && m_used.contains(column); }

    // The records skipped before the header (a preamble such as Google's "Billing account
    // name,…" / "Currency,EUR" lines), their fields trimmed; empty when the header came first.
    const std::vector<QList<QByteArray>> &preamble() const { return m_preamble; }
    void setPreamble(std::vector<QList<QByteArray>> lines) { m_preamble = std::move(lines); }

private:
    QList<QByteArray> m_names;
    std::vector<QList<QByteArray>> m_preamble;
    QSet<int> m_used;
};

class RowContext;

// Turns one row into a CostLine. Made per file by the importer from the header.
class RowMapper {
public:
    virtual ~RowMapper() = default;
    // Fills `line` (row and extras are set by the caller). An Error from ctx.error() rejects the
    // row.
    virtual Status map(RowContext &ctx, CostLine &line) = 0;
};

// What a RowMapper reads a row through.
class RowContext {
public:
    // The field's raw bytes, empty for NULL/None/N/A and for a missing column (-1).
    QByteArrayView field(int column);
    // The field trimmed but with NULL kept as text (for ids where "NULL" would be odd anyway).
    QByteArrayView raw(int column);
    bool isNull(int column) { return field(column).isEmpty(); }

    // Parses a required/optional decimal column; the error names the column and the text.
    Result<Money> money(int column, const char *what, bool allowGrouping = false);
    Result<std::optional<Money>> optionalMoney(int column, const char *what,
                                               bool allowGrouping = false);
    Result<qint64> timestamp(int column, const char *what, DateOrder order = DateOrder::YearFirst);
    Result<qint64> optionalTimestamp(int column, const char *what,
                                     DateOrder order = DateOrder::YearFirst); // 0 when empty

    // An error on this row at `column` (0-based; -1: the row as a whole).
    Error error(int column, const QString &message) const;
    // A warning given once per `kind` for the whole file (the first occurrence's position).
    void warnOnce(const QString &kind, int column, const QString &message);
    // Keeps bytes alive until the line is handed over (for values built by the mapper).
    QByteArrayView keep(QByteArray bytes);

    int line() const { return m_line; }
    const BillHeader &header() const { return *m_header; }

private:
    friend class BillCsvImporterBase;
    const CsvRecord *m_record = nullptr;
    const BillHeader *m_header = nullptr;
    QString m_fileName;
    int m_line = 0;
    bool m_windows1252 = false;
    std::vector<QByteArray> m_converted; // per column, for Windows-1252 files
    std::deque<QByteArray> m_kept;
    std::vector<ImportWarning> *m_warnings = nullptr;
    QSet<QString> *m_warned = nullptr;
    bool m_sawNullText = false;
};

class BillCsvImporterBase : public Importer {
public:
    bool producesCosts() const override { return true; }
    Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const override;

protected:
    // True when this record is the header row (formats with a preamble skip lines until one is).
    virtual bool isHeader(const CsvRecord &record) const;
    // Lines before the header that may be skipped (preambles); 0 means the first record is it.
    virtual int maxPreambleLines() const { return 0; }
    // Builds the mapper for this header, or an error naming the missing columns.
    virtual Result<std::unique_ptr<RowMapper>> mapper(BillHeader &header,
                                                      const ImportContext &context) const = 0;
    // Human name of the format for messages ("FOCUS", "AWS CUR").
    virtual QString formatLabel() const = 0;
};

// "column “X”" for messages.
QString columnLabel(const BillHeader &header, int column);

} // namespace boussole::bills
