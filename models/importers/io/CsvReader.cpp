#include "models/importers/io/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace boussole {

namespace {

// Decoding modes stored in CsvRecord::m_encoding.
constexpr int kUtf8Strict = 0; // UTF-8 (BOM or explicit): invalid bytes become U+FFFD
constexpr int kUtf8Fallback =
    1; // UTF-8 detected from the head: a field that is not UTF-8 is cp1252
constexpr int kWindows1252 = 2;

// How much of the file detection looks at.
constexpr qsizetype kHeadSize = 64 * 1024;
constexpr int kDetectionLines = 50;

// Windows-1252 0x80-0x9F; the five unassigned bytes map to the C1 controls, as Windows does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool isAscii(const char *data, qsizetype size)
{
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, data + i, 8);
        if (word & 0x8080808080808080ULL) {
            return false;
        }
    }
    for (; i < size; ++i) {
        if (static_cast<unsigned char>(data[i]) & 0x80) {
            return false;
        }
    }
    return true;
}

QString formatLimit(qsizetype bytes)
{
    constexpr qsizetype kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0) {
        return QCoreApplication::translate("Importer", "%1 MiB").arg(bytes / kMiB);
    }
    return QCoreApplication::translate("Importer", "%1 bytes").arg(bytes);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// CsvRecord

void CsvRecord::clear()
{
    m_data.resize(0); // keeps the capacity, unlike clear()
    m_ends.clear();
    m_lines.clear();
    m_line = 0;
    m_offset = 0;
}

QByteArrayView CsvRecord::rawField(int i) const
{
    if (i < 0 || i >= size()) {
        return {};
    }
    const qsizetype begin = i == 0 ? 0 : m_ends[std::size_t(i) - 1];
    return QByteArrayView(m_data.constData() + begin, m_ends[std::size_t(i)] - begin);
}

QString CsvRecord::field(int i) const
{
    const QByteArrayView bytes = rawField(i);
    if (bytes.isEmpty()) {
        return {};
    }
    if (m_encoding == kWindows1252) {
        return CsvReader::fromWindows1252(bytes);
    }
    if (isAscii(bytes.data(), bytes.size())) {
        return QString::fromLatin1(bytes);
    }
    if (m_encoding == kUtf8Fallback && !CsvReader::isValidUtf8(bytes)) {
        return CsvReader::fromWindows1252(bytes);
    }
    return QString::fromUtf8(bytes);
}

QStringList CsvRecord::fields() const
{
    QStringList list;
    list.reserve(size());
    for (int i = 0; i < size(); ++i) {
        list.append(field(i));
    }
    return list;
}

int CsvRecord::fieldLine(int i) const
{
    if (i < 0 || i >= size()) {
        return m_line;
    }
    return m_lines[std::size_t(i)];
}

// ---------------------------------------------------------------------------------------------
// Static helpers

bool CsvReader::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, b + i, 8);
            if (!(word & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + len > n) {
            if (!allowTruncatedEnd) {
                return false;
            }
            for (qsizetype j = i + 1; j < n; ++j) {
                if ((b[j] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }
        for (int j = 1; j < len; ++j) {
            const unsigned char cc = b[i + j];
            if ((cc & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += len;
    }
    return true;
}

QString CsvReader::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        dst[i] = (c >= 0x80 && c <= 0x9F) ? kCp1252High[c - 0x80] : char16_t(c);
    }
    return out;
}

CsvEncoding CsvReader::detectEncoding(QByteArrayView head, bool complete)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        return CsvEncoding::Utf8;
    }
    return isValidUtf8(head, !complete) ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
}

char CsvReader::detectDelimiter(QByteArrayView head, bool complete)
{
    static constexpr char kCandidates[4] = {',', ';', '\t', '|'};
    auto candidateIndex = [](char c) {
        for (int k = 0; k < 4; ++k) {
            if (kCandidates[k] == c) {
                return k;
            }
        }
        return -1;
    };

    std::vector<std::array<int, 4>> lines;
    std::array<int, 4> current{};
    bool inQuote = false;
    bool lineHasContent = false;
    bool atFieldStart = true; // quotes open a field only at its start
    const qsizetype n = head.size();
    for (qsizetype i = 0; i < n && int(lines.size()) < kDetectionLines; ++i) {
        const char c = head[i];
        if (inQuote) {
            if (c == '"') {
                if (i + 1 < n && head[i + 1] == '"') {
                    ++i;
                } else {
                    inQuote = false;
                }
            }
            continue;
        }
        if (c == '\n' || c == '\r') {
            if (lineHasContent) {
                lines.push_back(current);
            }
            current = {};
            lineHasContent = false;
            atFieldStart = true;
            continue;
        }
        lineHasContent = true;
        if (c == '"' && atFieldStart) {
            inQuote = true;
            atFieldStart = false;
            continue;
        }
        const int k = candidateIndex(c);
        if (k >= 0) {
            ++current[std::size_t(k)];
            atFieldStart = true;
        } else if (c != ' ') {
            atFieldStart = false;
        }
    }
    // The last line counts when the head is the whole file, or when it is all there is.
    if (lineHasContent && (complete || lines.empty())) {
        lines.push_back(current);
    }
    if (lines.empty()) {
        return ',';
    }

    int best = -1;
    int bestMatches = -1;
    int bestCount = 0;
    for (int k = 0; k < 4; ++k) {
        const int c0 = lines.front()[std::size_t(k)];
        if (c0 == 0) {
            continue;
        }
        int matches = 0;
        for (std::size_t i = 1; i < lines.size(); ++i) {
            if (lines[i][std::size_t(k)] == c0) {
                ++matches;
            }
        }
        if (matches > bestMatches || (matches == bestMatches && c0 > bestCount)) {
            best = k;
            bestMatches = matches;
            bestCount = c0;
        }
    }
    return best < 0 ? ',' : kCandidates[best];
}

// ---------------------------------------------------------------------------------------------
// CsvReader

CsvReader::CsvReader(QIODevice &device, CsvOptions options)
    : m_device(device), m_options(std::move(options))
{
    m_options.blockSize = std::max<qsizetype>(m_options.blockSize, 1);
    m_options.maxFieldBytes = std::max<qsizetype>(m_options.maxFieldBytes, 1);
    m_options.maxRecordBytes = std::max<qsizetype>(m_options.maxRecordBytes, 1);
    m_buffer.resize(std::size_t(m_options.blockSize));
}

CsvReader::~CsvReader() = default;

Error CsvReader::makeError(const QString &message, int line, int column) const
{
    Error error;
    error.message = message;
    error.file = m_options.fileName;
    error.line = line;
    error.column = column;
    return error;
}

Result<bool> CsvReader::fail(Error error)
{
    m_error = error;
    return error;
}

qint64 CsvReader::countChars(qint64 from, qint64 to) const
{
    if (to <= from) {
        return 0;
    }
    if (m_decodeMode == kWindows1252) {
        return to - from;
    }
    const char *p = m_buffer.data() + (from - m_bufferOffset);
    const char *end = m_buffer.data() + (to - m_bufferOffset);
    qint64 chars = 0;
    for (; p != end; ++p) {
        chars += (static_cast<unsigned char>(*p) & 0xC0) != 0x80; // skip UTF-8 continuation bytes
    }
    return chars;
}

int CsvReader::columnAt(qint64 absolute)
{
    if (absolute > m_colOffset) {
        m_colChars += countChars(m_colOffset, absolute);
        m_colOffset = absolute;
    }
    return int(m_colChars) + 1;
}

void CsvReader::newLineAt(qint64 absoluteAfterNewline)
{
    m_lineStart = absoluteAfterNewline;
    m_colOffset = absoluteAfterNewline;
    m_colChars = 0;
}

bool CsvReader::fill()
{
    if (m_eof || m_error) {
        return false;
    }
    // Column bookkeeping must see the bytes before they are dropped.
    const qint64 discard = m_bufferOffset + m_pos;
    if (m_colOffset < discard) {
        m_colChars += countChars(m_colOffset, discard);
        m_colOffset = discard;
    }
    const qsizetype keep = m_end - m_pos;
    if (keep > 0 && m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, std::size_t(keep));
    }
    m_bufferOffset += m_pos;
    m_pos = 0;
    m_end = keep;
    if (qsizetype(m_buffer.size()) < keep + m_options.blockSize) {
        m_buffer.resize(std::size_t(keep + m_options.blockSize));
    }

    qint64 n = m_device.read(m_buffer.data() + keep, m_options.blockSize);
    // Pipes and sockets may have nothing yet without being at their end.
    while (n == 0 && m_device.isSequential() && m_device.waitForReadyRead(30000)) {
        n = m_device.read(m_buffer.data() + keep, m_options.blockSize);
    }
    if (n < 0) {
        m_error = makeError(QCoreApplication::translate("Importer", "cannot read the file: %1")
                                .arg(m_device.errorString()),
                            0, 0);
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += qsizetype(n);
    return true;
}

Status CsvReader::detect()
{
    if (m_detected) {
        return m_error ? Status(*m_error) : Status();
    }
    m_detected = true;
    while (m_end - m_pos < kHeadSize && fill()) {
    }
    if (m_error) {
        return *m_error;
    }

    QByteArrayView head(m_buffer.data() + m_pos, m_end - m_pos);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_error = makeError(QCoreApplication::translate(
                                "Importer", "UTF-16 files are not supported; save the file as "
                                            "\"CSV UTF-8\" or \"CSV (separator: semicolon)\""),
                            0, 0);
        return *m_error;
    }
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos += 3;
        head = head.sliced(3);
        newLineAt(m_bufferOffset + m_pos);
    }

    switch (m_options.encoding) {
    case CsvEncoding::Utf8:
        m_encoding = CsvEncoding::Utf8;
        m_decodeMode = kUtf8Strict;
        break;
    case CsvEncoding::Windows1252:
        m_encoding = CsvEncoding::Windows1252;
        m_decodeMode = kWindows1252;
        break;
    case CsvEncoding::Auto:
        if (m_bom) {
            m_encoding = CsvEncoding::Utf8;
            m_decodeMode = kUtf8Strict;
        } else if (isValidUtf8(head, !m_eof)) {
            m_encoding = CsvEncoding::Utf8;
            m_decodeMode = kUtf8Fallback;
        } else {
            m_encoding = CsvEncoding::Windows1252;
            m_decodeMode = kWindows1252;
        }
        break;
    }

    m_delimiter = m_options.delimiter ? m_options.delimiter : detectDelimiter(head, m_eof);
    m_unquotedStop.fill(0);
    m_quotedStop.fill(0);
    m_unquotedStop[static_cast<unsigned char>(m_delimiter)] = 1;
    m_unquotedStop['\n'] = m_unquotedStop['\r'] = 1;
    m_quotedStop['"'] = m_quotedStop['\n'] = m_quotedStop['\r'] = 1;
    return {};
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    if (m_error) {
        return *m_error;
    }
    if (!m_detected) {
        if (Status status = detect(); !status) {
            return status.error();
        }
    }

    record.clear();
    record.m_encoding = m_decodeMode;
    State state = State::FieldStart;
    bool started = false;
    qsizetype fieldStart = 0;
    int quoteLine = 0;
    int quoteColumn = 0;

    auto endField = [&record] { record.m_ends.push_back(record.m_data.size()); };
    auto checkLimits = [&]() -> std::optional<Error> {
        if (record.m_data.size() - fieldStart > m_options.maxFieldBytes) {
            return makeError(QCoreApplication::translate(
                                 "Importer", "field %1 of the record starting at line %2 is "
                                             "larger than the limit of %3")
                                 .arg(record.size() + 1)
                                 .arg(record.m_line)
                                 .arg(formatLimit(m_options.maxFieldBytes)),
                             record.m_lines.back(), 0);
        }
        // Delimiters count too, so that a line of a million empty fields is bounded as well.
        if (record.m_data.size() + qsizetype(record.m_ends.size()) > m_options.maxRecordBytes) {
            return makeError(
                QCoreApplication::translate(
                    "Importer", "the record starting at line %1 is larger than the limit of %2")
                    .arg(record.m_line)
                    .arg(formatLimit(m_options.maxRecordBytes)),
                record.m_line, 0);
        }
        return std::nullopt;
    };

    for (;;) {
        if (m_pos == m_end) {
            if (fill()) {
                continue;
            }
            if (m_error) {
                return *m_error;
            }
            // End of file.
            switch (state) {
            case State::Quoted:
                return fail(makeError(
                    QCoreApplication::translate(
                        "Importer", "unterminated quoted field starting at line %1, column %2")
                        .arg(quoteLine)
                        .arg(quoteColumn),
                    quoteLine, quoteColumn));
            case State::FieldStart:
                if (!started) {
                    return false;
                }
                // "a,b," ends with an empty field.
                record.m_lines.push_back(m_line);
                endField();
                return true;
            case State::Unquoted:
            case State::QuoteInQuoted:
                endField();
                return true;
            }
        }

        const char *buf = m_buffer.data();
        switch (state) {
        case State::FieldStart: {
            const char c = buf[m_pos];
            if (!started) {
                if (c == '\n' || c == '\r') { // a blank line, or the LF of a CRLF
                    if (c == '\r' || !m_prevCR) {
                        ++m_line;
                    }
                    m_prevCR = c == '\r';
                    ++m_pos;
                    newLineAt(m_bufferOffset + m_pos);
                    continue;
                }
                started = true;
                record.m_line = m_line;
                record.m_offset = m_bufferOffset + m_pos;
            }
            m_prevCR = false;
            fieldStart = record.m_data.size();
            record.m_lines.push_back(m_line);
            if (c == '"') {
                quoteLine = m_line;
                quoteColumn = columnAt(m_bufferOffset + m_pos);
                ++m_pos;
                state = State::Quoted;
            } else {
                state = State::Unquoted;
            }
            continue;
        }
        case State::Unquoted: {
            const char *p = buf + m_pos;
            const char *const end = buf + m_end;
            const char *const start = p;
            const auto *stop = m_unquotedStop.data();
            while (p != end && !stop[static_cast<unsigned char>(*p)]) {
                ++p;
            }
            if (p != start) {
                record.m_data.append(start, p - start);
            }
            m_pos = p - buf;
            if (p == end) {
                if (auto error = checkLimits()) {
                    return fail(*error);
                }
                continue;
            }
            const char c = *p;
            ++m_pos;
            endField();
            if (auto error = checkLimits()) {
                return fail(*error);
            }
            if (c == m_delimiter) {
                state = State::FieldStart;
                continue;
            }
            ++m_line;
            m_prevCR = c == '\r';
            newLineAt(m_bufferOffset + m_pos);
            return true;
        }
        case State::Quoted: {
            const char *p = buf + m_pos;
            const char *const end = buf + m_end;
            const char *const start = p;
            const auto *stop = m_quotedStop.data();
            bool prevCR = m_prevCR;
            for (; p != end; ++p) {
                const char c = *p;
                if (!stop[static_cast<unsigned char>(c)]) {
                    prevCR = false;
                    continue;
                }
                if (c == '"') {
                    break;
                }
                if (c == '\r' || !prevCR) {
                    ++m_line;
                }
                prevCR = c == '\r';
                newLineAt(m_bufferOffset + (p + 1 - buf));
            }
            m_prevCR = prevCR;
            if (p != start) {
                record.m_data.append(start, p - start);
            }
            m_pos = p - buf;
            if (auto error = checkLimits()) {
                return fail(*error);
            }
            if (p == end) {
                continue;
            }
            ++m_pos; // the quote
            state = State::QuoteInQuoted;
            continue;
        }
        case State::QuoteInQuoted:
            if (buf[m_pos] == '"') { // a doubled quote
                record.m_data.append('"');
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            // The closing quote: whatever follows up to the delimiter joins the field, leniently.
            state = State::Unquoted;
            continue;
        }
    }
}

} // namespace boussole
