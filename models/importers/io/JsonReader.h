#pragma once

// A streaming pull reader for JSON (RFC 8259) over a QIODevice, for importers of files that can be
// large (a Terraform state, an EC2 listing): it reads blocks, never the whole file, and keeps only
// the current token and the stack of open containers, so memory stays flat whatever the input
// size. It knows the line, column and JSON path of every token, and every limit is bounded:
// nesting depth, string length and the size of a sub-tree materialised with readValue().
//
// Typical use: stream the big top-level array and materialise one element at a time.
//
//     JsonReader reader(device, options);
//     reader.next();                               // StartObject
//     while (reader.next() && reader.token() != JsonToken::EndObject) {
//         if (reader.name() == u"resources") {
//             reader.expect(JsonToken::StartArray);   // "resources: expected an array, found…"
//             while (reader.next() && reader.token() != JsonToken::EndArray) {
//                 Result<QJsonValue> element = reader.readValue();
//             }
//         } else {
//             reader.skip();
//         }
//     }
//
// (Every call returns a Result or Status to check; see the importers for complete loops.)
// Input must be UTF-8; a UTF-8 byte order mark is skipped, UTF-16 is refused with a clear message.
// Numbers are kept as the text of the file until asked for (numberText(), toInt64(), toDouble()).
// Not thread-safe; the device must stay open and alive while the reader is used.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

class QIODevice;

namespace boussole {

enum class JsonToken {
    None,        // before the first next()
    StartObject, // '{'; name()/index() tell where it sits in its parent
    EndObject,   // '}'
    StartArray,  // '['
    EndArray,    // ']'
    String,
    Number,
    Bool,
    Null,
    EndOfDocument, // after the top-level value, when only whitespace follows
};

struct JsonReaderOptions {
    static constexpr int kDefaultMaxDepth = 256;
    static constexpr qsizetype kDefaultMaxStringBytes = qsizetype(16) * 1024 * 1024;

    int maxDepth = kDefaultMaxDepth;                   // open arrays and objects at once
    qsizetype maxStringBytes = kDefaultMaxStringBytes; // one string or member name, decoded UTF-8
    qsizetype blockSize = 64 * 1024;                   // bytes read from the device at a time
    QString fileName;                                  // copied into every Error
};

class JsonReader {
public:
    static constexpr qsizetype kDefaultMaxValueBytes = qsizetype(16) * 1024 * 1024;

    explicit JsonReader(QIODevice &device, JsonReaderOptions options = {});
    ~JsonReader();
    JsonReader(const JsonReader &) = delete;
    JsonReader &operator=(const JsonReader &) = delete;

    // Moves to the next token and returns it; an Error (file, line, column, path) when the input
    // is malformed, not UTF-8, or exceeds a limit. After an error the reader stays in error and
    // returns that error again.
    Result<JsonToken> next();
    JsonToken token() const { return m_token; }

    // Where the current value sits in its parent: the member name inside an object (empty
    // otherwise), the index inside an array (-1 otherwise). For End* tokens: the container that
    // just closed.
    QString name() const;
    QByteArrayView nameUtf8() const;
    qsizetype index() const;

    // The current scalar. string()/stringUtf8() for String; numberText() for Number, exactly as
    // written; boolean() for Bool.
    QString string() const { return QString::fromUtf8(m_string); }
    QByteArrayView stringUtf8() const { return m_string; }
    QByteArrayView numberText() const { return m_number; }
    std::optional<qint64> toInt64() const { return parseInt64(m_number); }
    std::optional<double> toDouble() const { return parseDouble(m_number); }
    bool boolean() const { return m_bool; }

    // Position of the current token's first character, 1-based; columns count characters.
    int line() const { return m_tokenLine; }
    int column() const { return m_tokenColumn; }
    // JSON path of the current value, e.g. "resources[3].instances[0].attributes.instance_type";
    // empty for the top-level value. Member names that are not plain identifiers are quoted:
    // tags["kubernetes.io/role"].
    QString path() const;
    // Arrays and objects open around the current token (a StartObject counts itself).
    int depth() const { return int(m_frames.size()); }
    // Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bufferOffset + m_pos; }

    // Skips the current value: the whole sub-tree when at StartObject/StartArray (the reader is
    // then on the matching End* token), nothing for a scalar or an End* token.
    Status skip();
    // Materialises the current value (a scalar, or the sub-tree that starts here) as a
    // QJsonValue; the reader ends on the value's last token. A sub-tree spanning more than
    // maxBytes of input is an error, so that one huge element cannot exhaust memory. Integers
    // that fit in 64 bits stay exact; other numbers become doubles.
    Result<QJsonValue> readValue(qsizetype maxBytes = kDefaultMaxValueBytes);
    // Ok when the current token is `wanted` (a value kind: StartObject, StartArray, String,
    // Number, Bool or Null); otherwise "PATH: expected an array, found a string" at the token.
    Status expect(JsonToken wanted) const;
    // An Error at the current token: file, line, column and path filled in.
    Error error(const QString &message) const;

    // "an object", "an array", "a string", "a number", "true or false", "null" (translated).
    static QString describe(JsonToken token);
    // Path helpers for values materialised by readValue(): "a" + "b" -> "a.b", "a" + 2 -> "a[2]".
    static QString appendPath(const QString &path, QStringView name);
    static QString appendPath(const QString &path, qsizetype index);

    static std::optional<qint64> parseInt64(QByteArrayView text);
    static std::optional<double> parseDouble(QByteArrayView text);

    // Sniffing helpers, for importers' sniff(): the head as UTF-8 (a BOM removed; UTF-16 with a
    // BOM converted), its first non-whitespace character (0 when none), and whether it holds a
    // member `"name":` (optionally with the string value `"value"`), whitespace allowed.
    static QByteArray sniffText(QByteArrayView head);
    static char firstSignificantChar(QByteArrayView text);
    static bool hasMember(QByteArrayView text, QByteArrayView name,
                          QByteArrayView stringValue = {});

private:
    enum class State { Start, ObjectOpen, ArrayOpen, AfterValue, AfterRoot, Done };
    struct Frame {
        bool object = false;
        bool hasChild = false; // a member name was read / an element started
        qsizetype index = -1;
        QByteArray key;
    };

    bool fill(qsizetype wanted = 1);
    bool available() { return m_pos < m_end || fill(); }
    qint64 offset() const { return m_bufferOffset + m_pos; }
    int columnAt(qint64 absolute) const { return int(absolute - m_lineStart - m_lineCont + 1); }
    void markToken();
    void skipWhitespace();
    Result<JsonToken> start();
    Result<JsonToken> parseValue();
    Result<JsonToken> parseMember();
    Result<JsonToken> close(JsonToken token);
    Status parseString(QByteArray &out);
    Status parseUtf8Sequence(QByteArray &out);
    Status parseEscape(QByteArray &out);
    Status parseNumber();
    Status parseLiteral();
    QString found();
    QString pathOf(qsizetype frames) const;
    Error errorHere(const QString &message);
    Error errorAt(const QString &message, int line, int column) const;
    Result<JsonToken> fail(Error error);
    Status failStatus(Error error);
    QJsonValue scalarValue() const;

    QIODevice &m_device;
    JsonReaderOptions m_options;
    std::vector<char> m_buffer;
    qsizetype m_pos = 0;       // next byte to parse in m_buffer
    qsizetype m_end = 0;       // bytes of m_buffer holding data
    qint64 m_bufferOffset = 0; // absolute offset of m_buffer[0]
    bool m_eof = false;

    State m_state = State::Start;
    std::vector<Frame> m_frames;
    JsonToken m_token = JsonToken::None;
    QByteArray m_string;
    QByteArray m_number;
    bool m_bool = false;

    int m_line = 1;
    qint64 m_lineStart = 0; // absolute offset of the current line's first byte
    qint64 m_lineCont = 0;  // UTF-8 continuation bytes between m_lineStart and the position
    bool m_prevCR = false;
    int m_tokenLine = 0;
    int m_tokenColumn = 0;
    qint64 m_tokenOffset = 0;
    std::optional<Error> m_error;
};

} // namespace boussole
