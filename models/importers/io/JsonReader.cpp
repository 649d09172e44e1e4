#include "models/importers/io/JsonReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr qsizetype kMinBlock = 16;
constexpr qsizetype kMaxNumberChars = 1024;
constexpr qsizetype kShownChars = 40;

QString formatLimit(qsizetype bytes)
{
    constexpr qsizetype kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0) {
        return QCoreApplication::translate("Importer", "%1 MiB").arg(bytes / kMiB);
    }
    return QCoreApplication::translate("Importer", "%1 bytes").arg(bytes);
}

bool isIdentifier(QByteArrayView key)
{
    if (key.isEmpty()) {
        return false;
    }
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char c = key[i];
        // Non-ASCII bytes are UTF-8 letters ("café"), not punctuation.
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                            static_cast<unsigned char>(c) >= 0x80;
        const bool digit = (c >= '0' && c <= '9') || c == '-';
        if (!letter && !(digit && i > 0)) {
            return false;
        }
    }
    return true;
}

void appendName(QString &path, QByteArrayView key)
{
    if (isIdentifier(key)) {
        if (!path.isEmpty()) {
            path += u'.';
        }
        path += QString::fromUtf8(key);
        return;
    }
    QString quoted = QString::fromUtf8(key);
    quoted.replace(u'\\', u"\\\\"_s);
    quoted.replace(u'"', u"\\\""_s);
    path += u"[\""_s + quoted + u"\"]"_s;
}

bool validNumber(QByteArrayView s)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto digits = [&]() {
        const qsizetype from = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            ++i;
        }
        return i > from;
    };
    if (i < n && s[i] == '-') {
        ++i;
    }
    if (i < n && s[i] == '0') {
        ++i;
    } else if (!(i < n && s[i] >= '1' && s[i] <= '9') || !digits()) {
        return false;
    }
    if (i < n && s[i] == '.') {
        ++i;
        if (!digits()) {
            return false;
        }
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            ++i;
        }
        if (!digits()) {
            return false;
        }
    }
    return i == n;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

// "U+000A"
QString codePoint(uint c)
{
    return u"U+"_s + QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

bool isUtf16(QByteArrayView head)
{
    if (head.size() >= 2) {
        const auto b0 = static_cast<unsigned char>(head[0]);
        const auto b1 = static_cast<unsigned char>(head[1]);
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            return true;
        }
        // No BOM: ASCII JSON in UTF-16 has a NUL next to its first character.
        return (b0 == 0 && b1 != 0) || (b0 != 0 && b1 == 0);
    }
    return false;
}

} // namespace

JsonReader::JsonReader(QIODevice &device, JsonReaderOptions options)
    : m_device(device), m_options(std::move(options))
{
    m_options.blockSize = std::max(m_options.blockSize, kMinBlock);
    m_options.maxDepth = std::max(m_options.maxDepth, 1);
    m_buffer.resize(std::size_t(m_options.blockSize));
}

JsonReader::~JsonReader() = default;

// Keeps the unconsumed bytes and appends the next block; true when at least `wanted` unconsumed
// bytes are available afterwards.
bool JsonReader::fill(qsizetype wanted)
{
    while (m_end - m_pos < wanted) {
        if (m_eof) {
            return false;
        }
        if (m_pos > 0) {
            const qsizetype kept = m_end - m_pos;
            std::memmove(m_buffer.data(), m_buffer.data() + m_pos, std::size_t(kept));
            m_bufferOffset += m_pos;
            m_pos = 0;
            m_end = kept;
        }
        const qsizetype room = qsizetype(m_buffer.size()) - m_end;
        if (room < m_options.blockSize / 2) {
            m_buffer.resize(m_buffer.size() + std::size_t(m_options.blockSize));
        }
        const qint64 n = m_device.read(m_buffer.data() + m_end, qint64(m_buffer.size()) - m_end);
        // -1 is an error for a file, but how sockets and other sequential devices say "no more".
        if (n < 0 && !m_device.isSequential() && !m_error) {
            m_error = errorAt(QCoreApplication::translate("Importer", "could not read the file: %1")
                                  .arg(m_device.errorString()),
                              m_line, columnAt(offset()));
        }
        if (n <= 0) {
            m_eof = true;
            return m_end - m_pos >= wanted;
        }
        m_end += qsizetype(n);
    }
    return true;
}

void JsonReader::markToken()
{
    m_tokenOffset = offset();
    m_tokenLine = m_line;
    m_tokenColumn = columnAt(m_tokenOffset);
}

void JsonReader::skipWhitespace()
{
    for (;;) {
        if (!available()) {
            return;
        }
        const char c = m_buffer[std::size_t(m_pos)];
        if (c == ' ' || c == '\t') {
            m_prevCR = false;
        } else if (c == '\n') {
            if (!m_prevCR) {
                ++m_line;
            }
            m_lineStart = offset() + 1;
            m_lineCont = 0;
            m_prevCR = false;
        } else if (c == '\r') {
            ++m_line;
            m_lineStart = offset() + 1;
            m_lineCont = 0;
            m_prevCR = true;
        } else {
            m_prevCR = false;
            return;
        }
        ++m_pos;
    }
}

QString JsonReader::found()
{
    if (!available()) {
        return QCoreApplication::translate("Importer", "the end of the file");
    }
    const auto c = static_cast<unsigned char>(m_buffer[std::size_t(m_pos)]);
    if (c >= 0x20 && c < 0x7F) {
        return u"'"_s + QChar(char16_t(c)) + u"'"_s;
    }
    if (c < 0x20 || c == 0x7F) {
        return codePoint(c);
    }
    const qsizetype length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (fill(length)) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder(QByteArrayView(m_buffer.data() + m_pos, length));
        if (!decoder.hasError() && !text.isEmpty()) {
            return u"'"_s + text + u"'"_s;
        }
    }
    return u"byte 0x"_s + QString::number(uint(c), 16).toUpper();
}

Error JsonReader::errorAt(const QString &message, int line, int column) const
{
    return Error(message, m_options.fileName, line, column, pathOf(qsizetype(m_frames.size())));
}

Error JsonReader::errorHere(const QString &message)
{
    // Position of the next byte: where the unexpected character (or the end of the file) is.
    return errorAt(message, m_line, columnAt(offset()));
}

Error JsonReader::error(const QString &message) const
{
    Error e(message, m_options.fileName, m_tokenLine, m_tokenColumn, path());
    return e;
}

Result<JsonToken> JsonReader::fail(Error error)
{
    if (!m_error) {
        m_error = std::move(error);
    }
    m_token = JsonToken::None;
    return *m_error;
}

Status JsonReader::failStatus(Error error)
{
    if (!m_error) {
        m_error = std::move(error);
    }
    return *m_error;
}

Result<JsonToken> JsonReader::next()
{
    if (m_error) {
        return *m_error;
    }
    Result<JsonToken> result = [this]() -> Result<JsonToken> {
        switch (m_state) {
        case State::Start:
            return start();
        case State::ObjectOpen:
            skipWhitespace();
            if (available() && m_buffer[std::size_t(m_pos)] == '}') {
                return close(JsonToken::EndObject);
            }
            return parseMember();
        case State::ArrayOpen:
            skipWhitespace();
            if (available() && m_buffer[std::size_t(m_pos)] == ']') {
                return close(JsonToken::EndArray);
            }
            ++m_frames.back().index;
            m_frames.back().hasChild = true;
            return parseValue();
        case State::AfterValue: {
            skipWhitespace();
            const Frame &top = m_frames.back();
            const char c = available() ? m_buffer[std::size_t(m_pos)] : '\0';
            if (c == ',') {
                ++m_pos;
                skipWhitespace();
                if (top.object) {
                    m_frames.back().hasChild = false;
                    return parseMember();
                }
                ++m_frames.back().index;
                return parseValue();
            }
            if (top.object && c == '}') {
                return close(JsonToken::EndObject);
            }
            if (!top.object && c == ']') {
                return close(JsonToken::EndArray);
            }
            return fail(errorHere(
                (top.object
                     ? QCoreApplication::translate(
                           "Importer", "expected ',' or '}' after an object member, found %1")
                     : QCoreApplication::translate(
                           "Importer", "expected ',' or ']' after an array element, found %1"))
                    .arg(found())));
        }
        case State::AfterRoot:
            skipWhitespace();
            markToken();
            if (available()) {
                return fail(
                    errorHere(QCoreApplication::translate(
                                  "Importer", "expected the end of the file after the JSON value, "
                                              "found %1")
                                  .arg(found())));
            }
            m_state = State::Done;
            m_token = JsonToken::EndOfDocument;
            return m_token;
        case State::Done:
            return JsonToken::EndOfDocument;
        }
        return JsonToken::EndOfDocument;
    }();
    if (result.ok() && m_error) {
        return fail(*m_error); // a read error met while parsing
    }
    return result;
}

Result<JsonToken> JsonReader::start()
{
    fill(4);
    const QByteArrayView head(m_buffer.data() + m_pos, std::min<qsizetype>(m_end - m_pos, 4));
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_pos += 3;
        m_lineStart = 3;
    } else if (isUtf16(head)) {
        return fail(errorAt(QCoreApplication::translate(
                                "Importer", "the file is encoded in UTF-16; save it as UTF-8 (in "
                                            "PowerShell: Out-File -Encoding utf8)"),
                            1, 1));
    }
    skipWhitespace();
    if (!available()) {
        markToken();
        return fail(errorHere(QCoreApplication::translate("Importer", "the file is empty")));
    }
    return parseValue();
}

Result<JsonToken> JsonReader::parseMember()
{
    Frame &top = m_frames.back();
    if (!available() || m_buffer[std::size_t(m_pos)] != '"') {
        return fail(errorHere(QCoreApplication::translate(
                                  "Importer", "expected a member name in double quotes, found %1")
                                  .arg(found())));
    }
    markToken();
    if (Status s = parseString(top.key); !s) {
        return s.error();
    }
    top.hasChild = true;
    skipWhitespace();
    if (!available() || m_buffer[std::size_t(m_pos)] != ':') {
        return fail(errorHere(
            QCoreApplication::translate("Importer", "expected ':' after the member name, found %1")
                .arg(found())));
    }
    ++m_pos;
    skipWhitespace();
    return parseValue();
}

Result<JsonToken> JsonReader::parseValue()
{
    markToken();
    if (!available()) {
        return fail(errorHere(
            QCoreApplication::translate("Importer", "expected a value, found %1").arg(found())));
    }
    const char c = m_buffer[std::size_t(m_pos)];
    const State after = m_frames.empty() ? State::AfterRoot : State::AfterValue;
    switch (c) {
    case '{':
    case '[':
        if (int(m_frames.size()) >= m_options.maxDepth) {
            return fail(
                errorHere(QCoreApplication::translate(
                              "Importer", "arrays and objects are nested more than %1 levels deep")
                              .arg(m_options.maxDepth)));
        }
        ++m_pos;
        m_frames.push_back(Frame{c == '{', false, -1, {}});
        m_state = c == '{' ? State::ObjectOpen : State::ArrayOpen;
        m_token = c == '{' ? JsonToken::StartObject : JsonToken::StartArray;
        return m_token;
    case '"':
        if (Status s = parseString(m_string); !s) {
            return s.error();
        }
        m_state = after;
        m_token = JsonToken::String;
        return m_token;
    case 't':
    case 'f':
    case 'n':
        if (Status s = parseLiteral(); !s) {
            return s.error();
        }
        m_state = after;
        return m_token;
    default:
        if (c == '-' || (c >= '0' && c <= '9')) {
            if (Status s = parseNumber(); !s) {
                return s.error();
            }
            m_state = after;
            m_token = JsonToken::Number;
            return m_token;
        }
        return fail(errorHere(
            QCoreApplication::translate("Importer", "expected a value, found %1").arg(found())));
    }
}

Result<JsonToken> JsonReader::close(JsonToken token)
{
    markToken();
    ++m_pos;
    m_frames.pop_back();
    m_state = m_frames.empty() ? State::AfterRoot : State::AfterValue;
    m_token = token;
    return m_token;
}

Status JsonReader::parseString(QByteArray &out)
{
    const int startLine = m_line;
    const int startColumn = columnAt(offset());
    ++m_pos; // the opening quote
    out.resize(0);
    auto tooLong = [&]() {
        return failStatus(
            errorAt(QCoreApplication::translate("Importer", "a string is longer than %1")
                        .arg(formatLimit(m_options.maxStringBytes)),
                    startLine, startColumn));
    };
    for (;;) {
        if (!available()) {
            return failStatus(
                errorAt(QCoreApplication::translate(
                            "Importer", "the string is not closed before the end of the file"),
                        startLine, startColumn));
        }
        const char *begin = m_buffer.data() + m_pos;
        const char *end = m_buffer.data() + m_end;
        const char *p = begin;
        while (p < end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) {
                break;
            }
            ++p;
        }
        if (p > begin) {
            if (out.size() + (p - begin) > m_options.maxStringBytes) {
                return tooLong();
            }
            out.append(begin, p - begin);
            m_pos += p - begin;
        }
        if (p == end) {
            continue;
        }
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"') {
            ++m_pos;
            return {};
        }
        if (c == '\\') {
            if (Status s = parseEscape(out); !s) {
                return s;
            }
        } else if (c < 0x20) {
            return failStatus(
                errorHere(QCoreApplication::translate(
                              "Importer", "control character %1 in a string; it must be escaped")
                              .arg(codePoint(c))));
        } else if (Status s = parseUtf8Sequence(out); !s) {
            return s;
        }
        if (out.size() > m_options.maxStringBytes) {
            return tooLong();
        }
    }
}

Status JsonReader::parseUtf8Sequence(QByteArray &out)
{
    const auto lead = static_cast<unsigned char>(m_buffer[std::size_t(m_pos)]);
    qsizetype length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    }
    bool valid = length > 0 && fill(length);
    for (qsizetype i = 1; valid && i < length; ++i) {
        const auto c = static_cast<unsigned char>(m_buffer[std::size_t(m_pos + i)]);
        valid = i == 1 ? (c >= low && c <= high) : (c >= 0x80 && c <= 0xBF);
    }
    if (!valid) {
        return failStatus(errorHere(QCoreApplication::translate(
            "Importer", "invalid UTF-8 in a string; the file must be encoded in UTF-8")));
    }
    out.append(m_buffer.data() + m_pos, length);
    m_pos += length;
    m_lineCont += length - 1;
    return {};
}

Status JsonReader::parseEscape(QByteArray &out)
{
    const int line = m_line;
    const int column = columnAt(offset());
    ++m_pos; // the backslash
    if (!available()) {
        return failStatus(errorHere(QCoreApplication::translate(
            "Importer", "the string is not closed before the end of the file")));
    }
    const char e = m_buffer[std::size_t(m_pos++)];
    switch (e) {
    case '"':
    case '\\':
    case '/':
        out += e;
        return {};
    case 'b':
        out += '\b';
        return {};
    case 'f':
        out += '\f';
        return {};
    case 'n':
        out += '\n';
        return {};
    case 'r':
        out += '\r';
        return {};
    case 't':
        out += '\t';
        return {};
    case 'u':
        break;
    default: {
        QString shown = u"\\"_s;
        if (static_cast<unsigned char>(e) >= 0x20 && static_cast<unsigned char>(e) < 0x7F) {
            shown += QLatin1Char(e);
        }
        return failStatus(errorAt(
            QCoreApplication::translate("Importer", "invalid escape sequence %1 in a string")
                .arg(shown),
            line, column));
    }
    }
    auto hex4 = [this]() -> int {
        if (!fill(4)) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_buffer[std::size_t(m_pos + i)]);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        m_pos += 4;
        return value;
    };
    auto badU = [&]() {
        return failStatus(errorAt(
            QCoreApplication::translate("Importer",
                                        "invalid \\u escape in a string; expected four hexadecimal "
                                        "digits"),
            line, column));
    };
    const int unit = hex4();
    if (unit < 0) {
        return badU();
    }
    char32_t cp = char32_t(unit);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
        // A surrogate pair: "\ud83d\ude00". A lone half becomes U+FFFD, as most parsers do.
        cp = 0xFFFD;
        if (fill(2) && m_buffer[std::size_t(m_pos)] == '\\' &&
            m_buffer[std::size_t(m_pos + 1)] == 'u') {
            m_pos += 2;
            const int second = hex4();
            if (second < 0) {
                return badU();
            }
            if (second >= 0xDC00 && second <= 0xDFFF) {
                cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(second) - 0xDC00);
            } else {
                appendUtf8(out, 0xFFFD);
                cp = (second >= 0xD800 && second <= 0xDFFF) ? 0xFFFD : char32_t(second);
            }
        }
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        cp = 0xFFFD;
    }
    appendUtf8(out, cp);
    return {};
}

Status JsonReader::parseNumber()
{
    const int line = m_line;
    const int column = columnAt(offset());
    m_number.resize(0);
    while (available()) {
        const char c = m_buffer[std::size_t(m_pos)];
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')) {
            break;
        }
        if (m_number.size() >= kMaxNumberChars) {
            break;
        }
        m_number += c;
        ++m_pos;
    }
    if (m_number.size() >= kMaxNumberChars || !validNumber(m_number)) {
        QString shown = QString::fromLatin1(m_number.left(kShownChars));
        if (m_number.size() > kShownChars) {
            shown += u'…';
        }
        return failStatus(
            errorAt(QCoreApplication::translate("Importer", "invalid number \"%1\"").arg(shown),
                    line, column));
    }
    return {};
}

Status JsonReader::parseLiteral()
{
    const int line = m_line;
    const int column = columnAt(offset());
    QByteArray word;
    while (available() && word.size() < kShownChars) {
        const char c = m_buffer[std::size_t(m_pos)];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_')) {
            break;
        }
        word += c;
        ++m_pos;
    }
    if (word == "true" || word == "false") {
        m_token = JsonToken::Bool;
        m_bool = word == "true";
        return {};
    }
    if (word == "null") {
        m_token = JsonToken::Null;
        return {};
    }
    return failStatus(errorAt(QCoreApplication::translate("Importer", "expected a value, found %1")
                                  .arg(u"'"_s + QString::fromLatin1(word) + u"'"_s),
                              line, column));
}

QString JsonReader::pathOf(qsizetype frames) const
{
    QString path;
    for (qsizetype i = 0; i < frames; ++i) {
        const Frame &frame = m_frames[std::size_t(i)];
        if (!frame.hasChild) {
            break;
        }
        if (frame.object) {
            appendName(path, frame.key);
        } else {
            path += u'[' + QString::number(frame.index) + u']';
        }
    }
    return path;
}

QString JsonReader::path() const
{
    qsizetype frames = qsizetype(m_frames.size());
    if (m_token == JsonToken::StartObject || m_token == JsonToken::StartArray) {
        --frames; // the container just opened has no current child
    }
    return pathOf(frames);
}

QByteArrayView JsonReader::nameUtf8() const
{
    qsizetype parent = qsizetype(m_frames.size()) - 1;
    if (m_token == JsonToken::StartObject || m_token == JsonToken::StartArray) {
        --parent;
    }
    if (parent < 0 || !m_frames[std::size_t(parent)].object) {
        return {};
    }
    return m_frames[std::size_t(parent)].key;
}

QString JsonReader::name() const
{
    return QString::fromUtf8(nameUtf8());
}

qsizetype JsonReader::index() const
{
    qsizetype parent = qsizetype(m_frames.size()) - 1;
    if (m_token == JsonToken::StartObject || m_token == JsonToken::StartArray) {
        --parent;
    }
    if (parent < 0 || m_frames[std::size_t(parent)].object) {
        return -1;
    }
    return m_frames[std::size_t(parent)].index;
}

Status JsonReader::skip()
{
    if (m_token != JsonToken::StartObject && m_token != JsonToken::StartArray) {
        return {};
    }
    const std::size_t target = m_frames.size() - 1;
    for (;;) {
        Result<JsonToken> token = next();
        if (!token) {
            return token.error();
        }
        if ((token.value() == JsonToken::EndObject || token.value() == JsonToken::EndArray) &&
            m_frames.size() == target) {
            return {};
        }
    }
}

QJsonValue JsonReader::scalarValue() const
{
    switch (m_token) {
    case JsonToken::String:
        return QJsonValue(string());
    case JsonToken::Number:
        if (const std::optional<qint64> integer = toInt64()) {
            return QJsonValue(*integer);
        }
        return QJsonValue(toDouble().value_or(0));
    case JsonToken::Bool:
        return QJsonValue(m_bool);
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

Result<QJsonValue> JsonReader::readValue(qsizetype maxBytes)
{
    if (m_error) {
        return *m_error;
    }
    if (m_token != JsonToken::StartObject && m_token != JsonToken::StartArray) {
        return scalarValue();
    }
    const qint64 start = m_tokenOffset;
    const int startLine = m_tokenLine;
    const int startColumn = m_tokenColumn;
    const QString startPath = path();

    struct Builder {
        bool object = false;
        QString key;
        QJsonObject members;
        QJsonArray elements;
    };
    std::vector<Builder> stack;
    stack.push_back(Builder{m_token == JsonToken::StartObject, {}, {}, {}});

    for (;;) {
        Result<JsonToken> token = next();
        if (!token) {
            return token.error();
        }
        if (bytesRead() - start > maxBytes) {
            const QString message =
                startPath.isEmpty()
                    ? QCoreApplication::translate("Importer",
                                                  "the top-level value is larger than %1")
                          .arg(formatLimit(maxBytes))
                    : QCoreApplication::translate("Importer", "the value at %1 is larger than %2")
                          .arg(startPath, formatLimit(maxBytes));
            Error e(message, m_options.fileName, startLine, startColumn, startPath);
            m_error = e;
            return e;
        }
        QJsonValue value;
        switch (token.value()) {
        case JsonToken::StartObject:
        case JsonToken::StartArray:
            stack.push_back(Builder{token.value() == JsonToken::StartObject,
                                    stack.back().object ? name() : QString(),
                                    {},
                                    {}});
            continue;
        case JsonToken::EndObject:
        case JsonToken::EndArray: {
            Builder done = std::move(stack.back());
            stack.pop_back();
            value = done.object ? QJsonValue(std::move(done.members))
                                : QJsonValue(std::move(done.elements));
            if (stack.empty()) {
                return value;
            }
            Builder &parent = stack.back();
            if (parent.object) {
                parent.members.insert(done.key, value);
            } else {
                parent.elements.append(value);
            }
            continue;
        }
        default:
            value = scalarValue();
            break;
        }
        Builder &parent = stack.back();
        if (parent.object) {
            parent.members.insert(name(), value);
        } else {
            parent.elements.append(value);
        }
    }
}

Status JsonReader::expect(JsonToken wanted) const
{
    if (m_token == wanted) {
        return {};
    }
    const QString where = path();
    const QString message =
        where.isEmpty()
            ? QCoreApplication::translate("Importer", "expected %1 at the top level, found %2")
                  .arg(describe(wanted), describe(m_token))
            : QCoreApplication::translate("Importer", "%1: expected %2, found %3")
                  .arg(where, describe(wanted), describe(m_token));
    return error(message);
}

QString JsonReader::describe(JsonToken token)
{
    switch (token) {
    case JsonToken::StartObject:
    case JsonToken::EndObject:
        return QCoreApplication::translate("Importer", "an object");
    case JsonToken::StartArray:
    case JsonToken::EndArray:
        return QCoreApplication::translate("Importer", "an array");
    case JsonToken::String:
        return QCoreApplication::translate("Importer", "a string");
    case JsonToken::Number:
        return QCoreApplication::translate("Importer", "a number");
    case JsonToken::Bool:
        return QCoreApplication::translate("Importer", "true or false");
    case JsonToken::Null:
        return QCoreApplication::translate("Importer", "null");
    case JsonToken::None:
    case JsonToken::EndOfDocument:
        break;
    }
    return QCoreApplication::translate("Importer", "the end of the file");
}

QString JsonReader::appendPath(const QString &path, QStringView name)
{
    QString result = path;
    appendName(result, name.toUtf8());
    return result;
}

QString JsonReader::appendPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

std::optional<qint64> JsonReader::parseInt64(QByteArrayView text)
{
    qint64 value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.isEmpty()) {
        return std::nullopt;
    }
    return value;
}

std::optional<double> JsonReader::parseDouble(QByteArrayView text)
{
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || text.isEmpty()) {
        return std::nullopt;
    }
    return value;
}

QByteArray JsonReader::sniffText(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        return head.sliced(3).toByteArray();
    }
    if (head.size() >= 2 && (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))) {
        const bool little = head.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = decoder(head.sliced(2));
        return text.toUtf8();
    }
    return head.toByteArray();
}

char JsonReader::firstSignificantChar(QByteArrayView text)
{
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            return c;
        }
    }
    return 0;
}

bool JsonReader::hasMember(QByteArrayView text, QByteArrayView name, QByteArrayView stringValue)
{
    const QByteArray needle = '"' + name.toByteArray() + '"';
    auto skipSpace = [&text](qsizetype i) {
        while (i < text.size() &&
               (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n')) {
            ++i;
        }
        return i;
    };
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        qsizetype i = skipSpace(at + needle.size());
        if (i >= text.size() || text[i] != ':') {
            continue;
        }
        if (stringValue.isNull()) {
            return true;
        }
        i = skipSpace(i + 1);
        const QByteArray value = '"' + stringValue.toByteArray() + '"';
        if (text.sliced(i).startsWith(value)) {
            return true;
        }
    }
    return false;
}

} // namespace boussole
