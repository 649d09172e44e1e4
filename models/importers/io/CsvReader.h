#pragma once

#include "models/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

class QIODevice;

namespace boussole {

enum class CsvEncoding {
    Auto,       // detect: a UTF-8 BOM, else UTF-8 when the bytes are valid UTF-8, else Windows-1252
    Utf8,       // UTF-8 (a BOM, when present, is stripped)
    Windows1252 // the "ANSI" code page of French/English Excel on Windows
};

struct CsvOptions {
    static constexpr qsizetype kDefaultLimit = qsizetype(16) * 1024 * 1024;

    char delimiter = 0; // 0: detect among ',', ';', '\t' and '|' from the first lines
    CsvEncoding encoding = CsvEncoding::Auto;
    qsizetype maxFieldBytes = kDefaultLimit;  // a longer field is an error
    qsizetype maxRecordBytes = kDefaultLimit; // a longer record is an error
    qsizetype blockSize = 64 * 1024;          // bytes read from the device at a time
    QString fileName;                         // copied into every Error
};

// One record of a CSV file. Fields are kept as raw (unquoted, undoubled) bytes and decoded on
// demand, so a caller that only needs some columns pays only for those. A record is reused by
// CsvReader::next() to avoid one allocation per row.
class CsvRecord {
public:
    int size() const { return int(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    // True when every field is empty (a line of bare delimiters, as spreadsheets emit).
    bool isBlank() const { return m_data.isEmpty(); }

    // The field decoded with the file's encoding; an empty string when i is out of range.
    QString field(int i) const;
    QByteArrayView rawField(int i) const;
    QStringList fields() const;

    // Physical position (1-based) of the record's first character; a record always starts a line.
    int line() const { return m_line; }
    int column() const { return 1; }
    // Physical line on which field i starts (differs from line() after a quoted newline).
    int fieldLine(int i) const;
    // Byte offset of the record's first byte in the file.
    qint64 offset() const { return m_offset; }

private:
    friend class CsvReader;
    void clear();

    QByteArray m_data;
    std::vector<qsizetype> m_ends;
    std::vector<int> m_lines;
    int m_line = 0;
    qint64 m_offset = 0;
    int m_encoding = 0; // CsvReader's internal decoding mode
};

// A streaming RFC 4180 reader over a QIODevice: reads blocks of options.blockSize bytes, never the
// whole file. Quoted fields may contain the delimiter, doubled quotes and newlines (LF, CRLF or
// CR). Lenient where real exports are sloppy: a quote inside an unquoted field is kept literally,
// text after a closing quote is appended to the field, blank lines are skipped. Not thread-safe;
// the device must stay open and alive while the reader is used.
class CsvReader {
public:
    explicit CsvReader(QIODevice &device, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Reads the next record into record: true when one was read, false at the end of the file,
    // an Error (with file, line and column) when the input is malformed or a limit is exceeded.
    // After an error the reader stays in error and returns that error again.
    Result<bool> next(CsvRecord &record);

    // Detection results; valid after the first call to next() (or to detect()).
    Status detect();
    char delimiter() const { return m_delimiter; }
    CsvEncoding encoding() const { return m_encoding; }
    bool hadBom() const { return m_bom; }

    // Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_bufferOffset + m_pos; }
    // Physical line the reader is on (1-based).
    int line() const { return m_line; }

    // Detection helpers, usable on any head of a file (e.g. by importers' sniff()).
    static char detectDelimiter(QByteArrayView head, bool complete = false);
    static CsvEncoding detectEncoding(QByteArrayView head, bool complete = false);
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);
    static QString fromWindows1252(QByteArrayView bytes);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill(); // reads one more block; false at end of device (or error, see m_error)
    qint64 countChars(qint64 from, qint64 to) const;
    int columnAt(qint64 absolute);
    void newLineAt(qint64 absoluteAfterNewline);
    Error makeError(const QString &message, int line, int column) const;
    Result<bool> fail(Error error);

    QIODevice &m_device;
    CsvOptions m_options;
    std::vector<char> m_buffer;
    qsizetype m_pos = 0;       // next byte to parse in m_buffer
    qsizetype m_end = 0;       // bytes of m_buffer holding data
    qint64 m_bufferOffset = 0; // absolute offset of m_buffer[0]
    bool m_eof = false;
    bool m_detected = false;
    bool m_bom = false;
    char m_delimiter = ',';
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    int m_decodeMode = 0;
    std::array<std::uint8_t, 256> m_unquotedStop{}; // delimiter, CR, LF
    std::array<std::uint8_t, 256> m_quotedStop{};   // quote, CR, LF

    int m_line = 1;
    bool m_prevCR = false;  // the previous byte was a CR (a following LF is not a new line)
    qint64 m_lineStart = 0; // absolute offset of the current line's first byte
    qint64 m_colOffset = 0; // characters counted on the current line up to this offset
    qint64 m_colChars = 0;
    std::optional<Error> m_error;
};

} // namespace boussole
