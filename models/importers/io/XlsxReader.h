#pragma once

// A streaming reader for .xlsx workbooks (SpreadsheetML, transitional and strict): finds sheets by
// name through workbook.xml and its relationships, resolves shared and inline strings, numbers,
// booleans, formula results and dates, and hands a sheet over row by row, so a sheet of a million
// rows is never in memory. Parts are inflated while QXmlStreamReader reads them (ZipArchive).
//
// Security: the archive is bounded by ZipLimits (zip bombs); a part holding a document type
// declaration (<!DOCTYPE …>) is refused outright, which also defeats entity-expansion bombs
// (QXmlStreamReader never fetches external entities); cell references beyond Excel's grid
// (XFD1048576) and runaway shared-string tables are errors.
//
// Errors name the workbook file and the place inside it: a part with its line and column
// ("export.xlsx: xl/sharedStrings.xml:2:10: …", in Error::path), or a cell ("export.xlsx:
// vInfo!C14: …").
//
// Ownership and threading: an XlsxSheetReader points into the XlsxReader that opened it and must
// not outlive it; one reader, one thread.

#include "models/domain/Result.h"
#include "models/importers/io/ZipArchive.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QIODevice;

namespace boussole {

enum class XlsxCellType {
    Empty,   // no value (absent, or a <c> with no <v>)
    Number,  // numbers and dates (isDate)
    String,  // shared, inline, or a formula's string result
    Boolean, // number is 0 or 1
    Error    // text holds the error value: "#N/A", "#DIV/0!"…
};

struct XlsxCell {
    int column = 0; // 0-based: A is 0
    XlsxCellType type = XlsxCellType::Empty;
    bool isDate = false;   // a number shown with a date or time format (styles.xml)
    bool date1904 = false; // the workbook's date system, for dateTime()
    double number = 0;     // Number, Boolean
    QString text;          // String, Error

    bool isEmpty() const
    {
        return type == XlsxCellType::Empty || (type == XlsxCellType::String && text.isEmpty());
    }
    // The cell as text: strings as they are, numbers in the shortest form that reads back
    // ("4096", "0.1"), dates in ISO 8601 ("2023-03-15", "2023-03-15T08:30:00"), booleans
    // "TRUE"/"FALSE", errors as Excel writes them.
    QString toString() const;
    // A Number read as an Excel serial date (whatever its format); invalid otherwise.
    QDateTime dateTime() const;
};

struct XlsxRow {
    int number = 0; // 1-based, as Excel shows it; rows absent from the file are skipped
    // The cells the file holds, by ascending column; absent columns are not there (a sparse row
    // costs what its XML costs, whatever its width).
    std::vector<XlsxCell> cells;

    // The cell in this column, or an Empty one.
    const XlsxCell &cell(int column) const;
    // One past the last column holding a cell.
    int width() const { return cells.empty() ? 0 : cells.back().column + 1; }
    bool isBlank() const;
};

struct XlsxOptions {
    ZipLimits zip;
    qint64 maxSharedStringChars = qint64(256) * 1024 * 1024; // all shared strings together
    // Excel's own grid; cell references beyond it are errors.
    int maxColumns = 16384; // XFD
    int maxRows = 1048576;
};

class XlsxReader;

// Pulls the rows of one sheet, in file order (ascending in any file Excel accepts).
class XlsxSheetReader {
public:
    ~XlsxSheetReader();
    XlsxSheetReader(const XlsxSheetReader &) = delete;
    XlsxSheetReader &operator=(const XlsxSheetReader &) = delete;

    // The next row into row: true when one was read, false after the last, an Error when the
    // part is malformed. After an error the reader stays in error.
    Result<bool> next(XlsxRow &row);

    const QString &sheetName() const { return m_sheetName; }
    const QString &partName() const { return m_partName; }
    // Inflated bytes of the sheet's XML read so far, and the declared total (for progress).
    qint64 bytesRead() const;
    qint64 size() const;

private:
    friend class XlsxReader;
    XlsxSheetReader(XlsxReader &workbook, QString sheetName, QString partName,
                    std::unique_ptr<ZipEntryDevice> device);
    Result<bool> fail(Error error);
    Error xmlError() const;
    Error cellError(int column, int row, const QString &message) const;
    Status readCell(XlsxRow &row, int &lastColumn);

    XlsxReader &m_workbook;
    QString m_sheetName;
    QString m_partName;
    std::unique_ptr<ZipEntryDevice> m_device;
    QXmlStreamReader m_xml;
    bool m_started = false;
    bool m_done = false;
    int m_lastRow = 0;
    std::optional<Error> m_error;
    QString m_value; // scratch buffers reused from cell to cell
    QString m_inline;
};

class XlsxReader {
public:
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // Opens the workbook: the archive, the package relationships, workbook.xml and its
    // relationships. Shared strings and styles are read when the first sheet is opened.
    static Result<std::unique_ptr<XlsxReader>> open(QIODevice &device, const QString &fileName,
                                                    const XlsxOptions &options = {});
    static Result<std::unique_ptr<XlsxReader>> open(std::unique_ptr<ZipArchive> archive,
                                                    const XlsxOptions &options = {});

    const QString &fileName() const { return m_archive->fileName(); }
    ZipArchive &archive() { return *m_archive; }
    // In workbook order, hidden sheets included.
    QStringList sheetNames() const;
    // The sheet's name as the workbook spells it, found case-insensitively ("VINFO" -> "vInfo").
    std::optional<QString> findSheet(QStringView name) const;
    bool hasSheet(QStringView name) const { return findSheet(name).has_value(); }
    // The part holding a sheet ("xl/worksheets/sheet1.xml"); empty when there is no such sheet.
    QString sheetPart(QStringView name) const;
    bool date1904() const { return m_date1904; }
    int sharedStringCount();

    Result<std::unique_ptr<XlsxSheetReader>> openSheet(QStringView name);
    // Calls onRow for every row of a sheet; onRow returns false to stop early (no error).
    Status readSheet(QStringView name, const std::function<bool(const XlsxRow &)> &onRow);

    // "A" for 0, "AA" for 26, "XFD" for 16383.
    static QString columnName(int column);
    // "AA12" -> {26, 12} (0-based column, 1-based row); also "AA" alone -> {26, 0}. Nothing for
    // anything else, or beyond XFD1048576.
    static std::optional<std::pair<int, int>> parseCellReference(QStringView reference);
    // "vInfo!AA12"
    static QString cellName(const QString &sheet, int column, int row);
    // An Excel serial date: days since 1899-12-30 (1900 system, where serial 60 is the
    // 29 February 1900 Excel inherited from Lotus 1-2-3 and stands here for the 28th) or since
    // 1904-01-01. Excel stores no time zone: the wall-clock time comes back in UTC so that no
    // daylight-saving rule can move it. Invalid for negative or non-finite serials and beyond
    // 9999-12-31.
    static QDateTime fromExcelSerial(double serial, bool date1904 = false);
    // Built-in formats 14-22 and 45-47, and custom format codes holding day, month, year, hour or
    // second fields outside quoted text, escapes and colour/locale brackets.
    static bool isDateFormat(int numFmtId, QStringView formatCode = {});
    // Excel escapes control characters as _xHHHH_ in strings.
    static QString decodeEscapes(const QString &text);

private:
    friend class XlsxSheetReader;
    struct Sheet {
        QString name;
        QString part;
    };
    struct Relationship {
        QString type; // the last segment of the type URI: "worksheet", "sharedStrings"…
        QString target;
    };

    XlsxReader(std::unique_ptr<ZipArchive> archive, const XlsxOptions &options);
    Status load();
    Status loadShared(); // shared strings and styles, once
    Status loadSharedStrings(const QString &part);
    Status loadStyles(const QString &part);
    // workbook.xml, .rels and styles.xml: small by nature, refused beyond 64 MiB.
    Result<std::unique_ptr<ZipEntryDevice>> openSmallPart(const QString &part);
    Result<QHash<QString, Relationship>> readRelationships(const QString &part,
                                                           const QString &sourcePart);

    std::unique_ptr<ZipArchive> m_archive;
    XlsxOptions m_options;
    QString m_workbookPart;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    std::vector<Sheet> m_sheets;
    bool m_date1904 = false;
    bool m_sharedLoaded = false;
    std::optional<Error> m_sharedError;
    QStringList m_sharedStrings;
    std::vector<bool> m_dateStyles; // by cellXfs index
};

} // namespace boussole
