#include "models/importers/io/JsonReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

// A read-only sequential device that hands out at most `chunk` bytes per read, to put block
// boundaries everywhere (inside strings, escapes, UTF-8 sequences, numbers, the BOM).
class TrickleDevice : public QIODevice {
public:
    TrickleDevice(QByteArray data, qint64 chunk) : m_data(std::move(data)), m_chunk(chunk)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, m_chunk, qint64(m_data.size()) - m_pos});
        if (n <= 0) {
            return -1;
        }
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_chunk;
    qint64 m_pos = 0;
};

// Produces `total` bytes on the fly: prefix, then `filler` repeated, then suffix; never holds
// the whole input in memory. Counts how many bytes were asked for.
class GeneratorDevice : public QIODevice {
public:
    GeneratorDevice(QByteArray prefix, QByteArray filler, qint64 repeats, QByteArray suffix)
        : m_prefix(std::move(prefix)), m_filler(std::move(filler)), m_repeats(repeats),
          m_suffix(std::move(suffix))
    {
        m_total = m_prefix.size() + m_filler.size() * m_repeats + m_suffix.size();
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_pos; }
    qint64 total() const { return m_total; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        qint64 n = 0;
        while (n < max && m_pos < m_total) {
            const qint64 fillerEnd = m_prefix.size() + m_filler.size() * m_repeats;
            const char *from;
            qint64 available;
            if (m_pos < m_prefix.size()) {
                from = m_prefix.constData() + m_pos;
                available = m_prefix.size() - m_pos;
            } else if (m_pos < fillerEnd) {
                const qint64 at = (m_pos - m_prefix.size()) % m_filler.size();
                from = m_filler.constData() + at;
                available = m_filler.size() - at;
            } else {
                from = m_suffix.constData() + (m_pos - fillerEnd);
                available = m_total - m_pos;
            }
            const qint64 take = std::min(available, max - n);
            std::memcpy(out + n, from, size_t(take));
            n += take;
            m_pos += take;
        }
        return n > 0 ? n : -1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_prefix;
    QByteArray m_filler;
    qint64 m_repeats;
    QByteArray m_suffix;
    qint64 m_total = 0;
    qint64 m_pos = 0;
};

JsonReaderOptions options(int maxDepth = JsonReaderOptions::kDefaultMaxDepth)
{
    JsonReaderOptions o;
    o.fileName = u"t.json"_s;
    o.maxDepth = maxDepth;
    return o;
}

QString tokenName(JsonToken token)
{
    switch (token) {
    case JsonToken::None:
        return u"None"_s;
    case JsonToken::StartObject:
        return u"{"_s;
    case JsonToken::EndObject:
        return u"}"_s;
    case JsonToken::StartArray:
        return u"["_s;
    case JsonToken::EndArray:
        return u"]"_s;
    case JsonToken::String:
        return u"str"_s;
    case JsonToken::Number:
        return u"num"_s;
    case JsonToken::Bool:
        return u"bool"_s;
    case JsonToken::Null:
        return u"null"_s;
    case JsonToken::EndOfDocument:
        return u"end"_s;
    }
    return {};
}

// Every token as "kind@path=value", or the error's toString() as the last entry.
QStringList tokens(QIODevice &device, JsonReaderOptions o = options())
{
    JsonReader reader(device, std::move(o));
    QStringList out;
    for (int guard = 0; guard < 100000; ++guard) {
        Result<JsonToken> token = reader.next();
        if (!token) {
            out.append(u"error: "_s + token.error().toString());
            return out;
        }
        QString entry = tokenName(token.value()) + u'@' + reader.path();
        switch (token.value()) {
        case JsonToken::String:
            entry += u'=' + reader.string();
            break;
        case JsonToken::Number:
            entry += u'=' + QString::fromLatin1(reader.numberText());
            break;
        case JsonToken::Bool:
            entry += reader.boolean() ? u"=true"_s : u"=false"_s;
            break;
        default:
            break;
        }
        out.append(entry);
        if (token.value() == JsonToken::EndOfDocument) {
            return out;
        }
    }
    out.append(u"runaway"_s);
    return out;
}

QStringList tokens(const QByteArray &json, JsonReaderOptions o = options())
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return tokens(buffer, std::move(o));
}

// The error reading the whole input gives, or "ok".
QString firstError(QIODevice &device, JsonReaderOptions o = options())
{
    JsonReader reader(device, std::move(o));
    for (;;) {
        Result<JsonToken> token = reader.next();
        if (!token) {
            return token.error().toString();
        }
        if (token.value() == JsonToken::EndOfDocument) {
            return u"ok"_s;
        }
    }
}

QString firstError(const QByteArray &json, JsonReaderOptions o = options())
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return firstError(buffer, std::move(o));
}

#ifdef Q_OS_LINUX
// Peak resident set size (VmHWM) in KiB, after resetting it; -1 when /proc does not allow it.
bool resetPeakRss()
{
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

qint64 peakRssKib()
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}
#endif

} // namespace

class TestJsonReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void streamsLargeInputInFlatMemory();
    void tokensAndPaths_data();
    void tokensAndPaths();
    void blockBoundaries_data();
    void blockBoundaries();
    void strings();
    void numbersStayText();
    void positions();
    void errors_data();
    void errors();
    void errorPath();
    void nestingBomb();
    void longString();
    void hugeStringStopsEarly();
    void readValue();
    void readValueBound();
    void skip();
    void expect();
    void stickyError();
    void sniffHelpers();
};

// moc does not understand raw string literals; it only needs the class above.
#ifndef Q_MOC_RUN

void TestJsonReader::streamsLargeInputInFlatMemory()
{
    // ~64 MiB of array elements, generated on the fly: reading it must not hold it.
    const QByteArray element =
        R"({"type":"aws_iam_policy","name":"p","attributes":{"policy":"{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::bucket/*\"}]}","tags":{"env":"prod"},"n":12345}},)";
    const qint64 repeats = (64 * 1024 * 1024) / element.size();
    GeneratorDevice device("[", element, repeats, R"({"last":true}])");
#ifdef Q_OS_LINUX
    const bool measured = resetPeakRss();
    const qint64 before = peakRssKib();
#endif
    JsonReader reader(device, options());
    QElapsedTimer timer;
    timer.start();
    qint64 elements = 0;
    Result<JsonToken> token = reader.next();
    QVERIFY(token.ok());
    for (;;) {
        token = reader.next();
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().toString()));
        if (token.value() == JsonToken::EndArray) {
            break;
        }
        Result<QJsonValue> value = reader.readValue(); // one element at a time
        QVERIFY(value.ok());
        ++elements;
    }
    QCOMPARE(elements, repeats + 1);
    QCOMPARE(reader.next().value(), JsonToken::EndOfDocument);
    QCOMPARE(reader.bytesRead(), device.total());
#ifdef Q_OS_LINUX
    if (measured && before > 0) {
        const qint64 growth = peakRssKib() - before;
        qInfo("64 MiB streamed in %lld ms, peak RSS growth %lld KiB", qint64(timer.elapsed()),
              growth);
        QVERIFY2(growth < 16 * 1024, qPrintable(u"peak RSS grew by %1 KiB"_s.arg(growth)));
    }
#endif
}

void TestJsonReader::tokensAndPaths_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nested")
        << QByteArray(R"({"a":[1,{"b":true}],"c":null,"d":"x"})")
        << QStringList{u"{@"_s,     u"[@a"_s, u"num@a[0]=1"_s, u"{@a[1]"_s,  u"bool@a[1].b=true"_s,
                       u"}@a[1]"_s, u"]@a"_s, u"null@c"_s,     u"str@d=x"_s, u"}@"_s,
                       u"end@"_s};
    QTest::newRow("terraform path")
        << QByteArray(
               R"({"resources":[{"instances":[{"attributes":{"instance_type":"m6i.large"}}]}]})")
        << QStringList{u"{@"_s,
                       u"[@resources"_s,
                       u"{@resources[0]"_s,
                       u"[@resources[0].instances"_s,
                       u"{@resources[0].instances[0]"_s,
                       u"{@resources[0].instances[0].attributes"_s,
                       u"str@resources[0].instances[0].attributes.instance_type=m6i.large"_s,
                       u"}@resources[0].instances[0].attributes"_s,
                       u"}@resources[0].instances[0]"_s,
                       u"]@resources[0].instances"_s,
                       u"}@resources[0]"_s,
                       u"]@resources"_s,
                       u"}@"_s,
                       u"end@"_s};
    QTest::newRow("quoted names") << QByteArray(R"({"kubernetes.io/role":{"a b":[]},"":1})")
                                  << QStringList{u"{@"_s,
                                                 u"{@[\"kubernetes.io/role\"]"_s,
                                                 u"[@[\"kubernetes.io/role\"][\"a b\"]"_s,
                                                 u"]@[\"kubernetes.io/role\"][\"a b\"]"_s,
                                                 u"}@[\"kubernetes.io/role\"]"_s,
                                                 u"num@[\"\"]=1"_s,
                                                 u"}@"_s,
                                                 u"end@"_s};
    QTest::newRow("top-level scalar")
        << QByteArray(" 42 \n") << QStringList{u"num@=42"_s, u"end@"_s};
    QTest::newRow("top-level array")
        << QByteArray("[[],{},[[false]]]")
        << QStringList{u"[@"_s,       u"[@[0]"_s, u"]@[0]"_s,    u"{@[1]"_s,
                       u"}@[1]"_s,    u"[@[2]"_s, u"[@[2][0]"_s, u"bool@[2][0][0]=false"_s,
                       u"]@[2][0]"_s, u"]@[2]"_s, u"]@"_s,       u"end@"_s};
    QTest::newRow("whitespace everywhere")
        << QByteArray(" \t\r\n{ \"a\" \r\n : \t [ 1 , 2 ] } \n")
        << QStringList{u"{@"_s,  u"[@a"_s, u"num@a[0]=1"_s, u"num@a[1]=2"_s,
                       u"]@a"_s, u"}@"_s,  u"end@"_s};
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\":1}")
                                     << QStringList{u"{@"_s, u"num@a=1"_s, u"}@"_s, u"end@"_s};
}

void TestJsonReader::tokensAndPaths()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QCOMPARE(tokens(json), expected);
}

void TestJsonReader::blockBoundaries_data()
{
    QTest::addColumn<qint64>("chunk");
    QTest::newRow("1 byte") << qint64(1);
    QTest::newRow("2 bytes") << qint64(2);
    QTest::newRow("3 bytes") << qint64(3);
    QTest::newRow("7 bytes") << qint64(7);
    QTest::newRow("4 KiB") << qint64(4096);
}

void TestJsonReader::blockBoundaries()
{
    QFETCH(qint64, chunk);
    const QByteArray json =
        "\xEF\xBB\xBF{\"caf\xC3\xA9\":[\"\\u00e9\\ud83d\\ude00\\n\xF0\x9F\x98\x80"
        "\xE2\x82\xAC\",-12.5e+3,true,null,false,\"" +
        QByteArray(300, 'x') + "\"],\n\"k\":123456789012345678901234567890}";
    const QStringList whole = tokens(json);
    QCOMPARE(whole.size(), 12);
    QCOMPARE(whole[2], u"str@caf\u00e9[0]=\u00e9\U0001F600\n\U0001F600\u20AC"_s);
    QCOMPARE(whole[3], u"num@caf\u00e9[1]=-12.5e+3"_s);
    QCOMPARE(whole[9], u"num@k=123456789012345678901234567890"_s);
    // The smallest block size the reader accepts, over a device that trickles bytes.
    TrickleDevice device(json, chunk);
    JsonReaderOptions o = options();
    o.blockSize = 1;
    QCOMPARE(tokens(device, o), whole);
}

void TestJsonReader::strings()
{
    QCOMPARE(
        tokens(QByteArray(R"(["a\"b\\c\/d\b\f\n\r\t", "\u0041\u00E9\u4e2d", "\ud834\udd1e"])")),
        (QStringList{u"[@"_s, u"str@[0]=a\"b\\c/d\b\f\n\r\t"_s, u"str@[1]=A\u00e9\u4e2d"_s,
                     u"str@[2]=\U0001D11E"_s, u"]@"_s, u"end@"_s}));
    // A lone surrogate becomes U+FFFD, as most parsers do.
    QCOMPARE(tokens(QByteArray(R"(["\ud800x", "\udc00"])")),
             (QStringList{u"[@"_s, u"str@[0]=\uFFFDx"_s, u"str@[1]=\uFFFD"_s, u"]@"_s, u"end@"_s}));
    // Raw UTF-8 is kept as is.
    QCOMPARE(tokens(QByteArray("\"Donn\xC3\xA9"
                               "es de sant\xC3\xA9\"")),
             (QStringList{u"str@=Donn\u00e9es de sant\u00e9"_s, u"end@"_s}));
}

void TestJsonReader::numbersStayText()
{
    QBuffer buffer;
    buffer.setData("[9007199254740993, 1.10, -0, 1e400, 12345678901234567890, 2.5E-3]");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, options());
    QVERIFY(reader.next().ok());
    QVERIFY(reader.next().ok());
    QCOMPARE(reader.numberText(), QByteArrayView("9007199254740993"));
    QCOMPARE(reader.toInt64(), std::optional<qint64>(9007199254740993LL)); // beyond 2^53: exact
    QVERIFY(reader.next().ok());
    QCOMPARE(reader.numberText(), QByteArrayView("1.10"));
    QCOMPARE(reader.toInt64(), std::nullopt);
    QCOMPARE(reader.toDouble(), std::optional<double>(1.1));
    QVERIFY(reader.next().ok());
    QCOMPARE(reader.numberText(), QByteArrayView("-0"));
    QVERIFY(reader.next().ok());
    QCOMPARE(reader.numberText(), QByteArrayView("1e400"));
    QCOMPARE(reader.toDouble(), std::nullopt); // out of range: not silently infinity
    QVERIFY(reader.next().ok());
    QCOMPARE(reader.toInt64(), std::nullopt); // overflows 64 bits
    QCOMPARE(reader.numberText(), QByteArrayView("12345678901234567890"));
    QVERIFY(reader.next().ok());
    QCOMPARE(reader.toDouble(), std::optional<double>(0.0025));
}

void TestJsonReader::positions()
{
    // CRLF and LF line ends; columns count characters, not bytes.
    QBuffer buffer;
    buffer.setData("{\r\n  \"caf\xC3\xA9\": \"\xE2\x82\xAC\xE2\x82\xAC\", \"n\": 1,\n\t\"x\": "
                   "[\r\n\r\n null]\n}");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, options());
    QStringList seen;
    for (;;) {
        Result<JsonToken> token = reader.next();
        QVERIFY(token.ok());
        seen.append(
            u"%1:%2:%3"_s.arg(tokenName(token.value())).arg(reader.line()).arg(reader.column()));
        if (token.value() == JsonToken::EndOfDocument) {
            break;
        }
    }
    QCOMPARE(seen, (QStringList{u"{:1:1"_s, u"str:2:11"_s, u"num:2:22"_s, u"[:3:7"_s, u"null:5:2"_s,
                                u"]:5:6"_s, u"}:6:1"_s, u"end:6:2"_s}));
}

void TestJsonReader::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << u"t.json:1:1: the file is empty"_s;
    QTest::newRow("blank") << QByteArray("  \n  ") << u"t.json:2:3: the file is empty"_s;
    QTest::newRow("truncated object")
        << QByteArray(R"({"a":1)")
        << u"t.json:1:7: expected ',' or '}' after an object member, found the end of the file"_s;
    QTest::newRow("missing comma")
        << QByteArray(R"({"a":1 "b":2})")
        << u"t.json:1:8: expected ',' or '}' after an object member, found '\"'"_s;
    QTest::newRow("array missing comma")
        << QByteArray("[1 2]")
        << u"t.json:1:4: expected ',' or ']' after an array element, found '2'"_s;
    QTest::newRow("missing colon")
        << QByteArray(R"({"a" 1})")
        << u"t.json:1:6: expected ':' after the member name, found '1'"_s;
    QTest::newRow("unquoted name")
        << QByteArray("{a:1}")
        << u"t.json:1:2: expected a member name in double quotes, found 'a'"_s;
    QTest::newRow("trailing comma in object")
        << QByteArray(R"({"a":1,})")
        << u"t.json:1:8: expected a member name in double quotes, found '}'"_s;
    QTest::newRow("trailing comma in array")
        << QByteArray("[1,]") << u"t.json:1:4: expected a value, found ']'"_s;
    QTest::newRow("truncated array")
        << QByteArray("[1,") << u"t.json:1:4: expected a value, found the end of the file"_s;
    QTest::newRow("unterminated string")
        << QByteArray(R"({"a":"abc)")
        << u"t.json:1:6: the string is not closed before the end of the file"_s;
    QTest::newRow("unterminated escape")
        << QByteArray(R"(["abc\)")
        << u"t.json:1:7: the string is not closed before the end of the file"_s;
    QTest::newRow("raw newline in string")
        << QByteArray("[\"a\nb\"]")
        << u"t.json:1:4: control character U+000A in a string; it must be escaped"_s;
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])")
                                << u"t.json:1:3: invalid escape sequence \\x in a string"_s;
    QTest::newRow("bad unicode escape")
        << QByteArray(R"(["\u12G4"])")
        << u"t.json:1:3: invalid \\u escape in a string; expected four hexadecimal digits"_s;
    QTest::newRow("leading zero") << QByteArray("[01]") << u"t.json:1:2: invalid number \"01\""_s;
    QTest::newRow("lone minus") << QByteArray("[-]") << u"t.json:1:2: invalid number \"-\""_s;
    QTest::newRow("no fraction digits")
        << QByteArray("[1.]") << u"t.json:1:2: invalid number \"1.\""_s;
    QTest::newRow("bad exponent") << QByteArray("[1e+]") << u"t.json:1:2: invalid number \"1e+\""_s;
    QTest::newRow("misspelt literal")
        << QByteArray("[tru]") << u"t.json:1:2: expected a value, found 'tru'"_s;
    QTest::newRow("NaN") << QByteArray("[NaN]") << u"t.json:1:2: expected a value, found 'N'"_s;
    QTest::newRow("single quotes")
        << QByteArray("['a']") << u"t.json:1:2: expected a value, found '''"_s;
    QTest::newRow("garbage after value")
        << QByteArray("{} x")
        << u"t.json:1:4: expected the end of the file after the JSON value, found 'x'"_s;
    QTest::newRow("two documents")
        << QByteArray("{}\n{}")
        << u"t.json:2:1: expected the end of the file after the JSON value, found '{'"_s;
    QTest::newRow("invalid UTF-8")
        << QByteArray("[\"\xC3\x28\"]")
        << u"t.json:1:3: invalid UTF-8 in a string; the file must be encoded in UTF-8"_s;
    QTest::newRow("Latin-1 text")
        << QByteArray("[\"caf\xE9\"]")
        << u"t.json:1:6: invalid UTF-8 in a string; the file must be encoded in UTF-8"_s;
    QTest::newRow("UTF-8 surrogate")
        << QByteArray("[\"\xED\xA0\x80\"]")
        << u"t.json:1:3: invalid UTF-8 in a string; the file must be encoded in UTF-8"_s;
    QTest::newRow("non-ASCII outside a string")
        << QByteArray("[\xC3\xA9]") << u"t.json:1:2: expected a value, found '\u00e9'"_s;
    QTest::newRow("control character outside a string")
        << QByteArray("[\x01]") << u"t.json:1:2: expected a value, found U+0001"_s;
    QTest::newRow("UTF-16 with BOM")
        << QByteArray("\xFF\xFE[\0]\0", 6)
        << u"t.json:1:1: the file is encoded in UTF-16; save it as UTF-8 (in PowerShell: "
           u"Out-File -Encoding utf8)"_s;
    QTest::newRow("UTF-16 without BOM")
        << QByteArray("{\0\"\0", 4)
        << u"t.json:1:1: the file is encoded in UTF-16; save it as UTF-8 (in PowerShell: "
           u"Out-File -Encoding utf8)"_s;
    QTest::newRow("multi-line")
        << QByteArray("{\n  \"a\": [\n    1,\n    2\n  }\n}")
        << u"t.json:5:3: expected ',' or ']' after an array element, found '}'"_s;
    QTest::newRow("after a BOM") << QByteArray("\xEF\xBB\xBF{\"a\":}")
                                 << u"t.json:1:6: expected a value, found '}'"_s;
    QTest::newRow("columns count characters")
        << QByteArray("{\"\xC3\xA9t\xC3\xA9\":1 x}")
        << u"t.json:1:10: expected ',' or '}' after an object member, found 'x'"_s;
    QTest::newRow("CRLF lines")
        << QByteArray("[\r\n1,\r\n2 3]")
        << u"t.json:3:3: expected ',' or ']' after an array element, found '3'"_s;
}

void TestJsonReader::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QCOMPARE(firstError(json), error);
    // The same error whatever the block boundaries.
    TrickleDevice trickle(json, 1);
    JsonReaderOptions o = options();
    o.blockSize = 1;
    QCOMPARE(firstError(trickle, o), error);
}

void TestJsonReader::errorPath()
{
    QBuffer buffer;
    buffer.setData(R"({"resources":[{"instances":[{"attributes":{"a":1 "b"}}]}]})");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, options());
    Result<JsonToken> token = JsonToken::None;
    do {
        token = reader.next();
    } while (token.ok());
    QCOMPARE(token.error().path, u"resources[0].instances[0].attributes.a"_s);
    QCOMPARE(token.error().toString(),
             u"t.json:1:50: expected ',' or '}' after an object member, found '\"'"_s);
}

void TestJsonReader::nestingBomb()
{
    // 100 000 open brackets: a bounded error, no deep recursion.
    QCOMPARE(firstError(QByteArray(100000, '[')),
             u"t.json:1:257: arrays and objects are nested more than 256 levels deep"_s);
    QByteArray objects;
    for (int i = 0; i < 100000; ++i) {
        objects += "{\"a\":";
    }
    QCOMPARE(firstError(objects),
             u"t.json:1:1281: arrays and objects are nested more than 256 levels deep"_s);
    // Exactly at the limit is fine.
    QCOMPARE(firstError(QByteArray(256, '[') + QByteArray(256, ']')), u"ok"_s);
    QCOMPARE(firstError(QByteArray("[[[1]]]"), options(2)),
             u"t.json:1:3: arrays and objects are nested more than 2 levels deep"_s);
}

void TestJsonReader::longString()
{
    // One byte over the default 16 MiB bound, in a string and in a member name.
    const qsizetype over = JsonReaderOptions::kDefaultMaxStringBytes + 1;
    QCOMPARE(firstError("[\"" + QByteArray(over, 'a') + "\"]"),
             u"t.json:1:2: a string is longer than 16 MiB"_s);
    QCOMPARE(firstError("{\"" + QByteArray(over, 'k') + "\":1}"),
             u"t.json:1:2: a string is longer than 16 MiB"_s);
    // Exactly at the bound is fine; multi-byte characters count their bytes.
    QCOMPARE(firstError("[\"" + QByteArray(over - 1, 'a') + "\"]"), u"ok"_s);
    JsonReaderOptions small = options();
    small.maxStringBytes = 4;
    QCOMPARE(firstError("[\"\xC3\xA9\xC3\xA9\"]", small), u"ok"_s);
    QCOMPARE(firstError("[\"\xC3\xA9\xC3\xA9x\"]", small),
             u"t.json:1:2: a string is longer than 4 bytes"_s);
    QCOMPARE(firstError("[\"abc\\n\\t\"]", small),
             u"t.json:1:2: a string is longer than 4 bytes"_s);
}

void TestJsonReader::hugeStringStopsEarly()
{
    // A 1 GiB single-line string, generated on the fly: the reader gives up at the bound
    // without reading (or holding) the rest.
    GeneratorDevice device("{\"policy\":\"", QByteArray(64 * 1024, 'x'), 16 * 1024, "\"}");
    QCOMPARE(device.total(), qint64(1024) * 1024 * 1024 + 13);
    QCOMPARE(firstError(device), u"t.json:1:11: a string is longer than 16 MiB"_s);
    QVERIFY2(device.produced() < 17 * 1024 * 1024, qPrintable(QString::number(device.produced())));
}

void TestJsonReader::readValue()
{
    QBuffer buffer;
    buffer.setData(
        R"({"resources":[{"type":"aws_instance","n":9007199254740993,"f":1.5,)"
        R"("tags":{"env":"prod"},"list":[1,[2,{"x":null}],true],"e":{}},"scalar"],"after":1})");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, options());
    QVERIFY(reader.next().ok()); // {
    QVERIFY(reader.next().ok()); // [ resources
    QVERIFY(reader.next().ok()); // { resources[0]
    QCOMPARE(reader.path(), u"resources[0]"_s);
    Result<QJsonValue> value = reader.readValue();
    QVERIFY(value.ok());
    QCOMPARE(reader.token(), JsonToken::EndObject);
    QCOMPARE(reader.path(), u"resources[0]"_s);
    const QJsonObject object = value->toObject();
    QCOMPARE(object.value(u"type"_s).toString(), u"aws_instance"_s);
    QCOMPARE(object.value(u"n"_s).toInteger(), qint64(9007199254740993LL));
    QCOMPARE(object.value(u"f"_s).toDouble(), 1.5);
    QCOMPARE(object.value(u"tags"_s).toObject().value(u"env"_s).toString(), u"prod"_s);
    const QJsonArray list = object.value(u"list"_s).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[1].toArray()[1].toObject().value(u"x"_s).type(), QJsonValue::Null);
    QVERIFY(object.value(u"e"_s).isObject());
    // A scalar materialises as itself.
    QCOMPARE(reader.next().value(), JsonToken::String);
    QCOMPARE(reader.readValue().value(), QJsonValue(u"scalar"_s));
    QCOMPARE(reader.next().value(), JsonToken::EndArray);
    QCOMPARE(reader.next().value(), JsonToken::Number);
    QCOMPARE(reader.name(), u"after"_s);
}

void TestJsonReader::readValueBound()
{
    QBuffer buffer;
    buffer.setData("[{\"a\":\"" + QByteArray(2000, 'x') + "\"}]");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, options());
    QVERIFY(reader.next().ok());
    QVERIFY(reader.next().ok());
    Result<QJsonValue> value = reader.readValue(1024);
    QVERIFY(!value.ok());
    QCOMPARE(value.error().toString(), u"t.json:1:2: the value at [0] is larger than 1024 bytes"_s);
    QCOMPARE(value.error().path, u"[0]"_s);
    QVERIFY(!reader.next().ok()); // the reader stays in error
}

void TestJsonReader::skip()
{
    QBuffer buffer;
    buffer.setData(R"({"outputs":{"a":{"value":[1,2,{"b":[]}]}},"scalar":"s","resources":[]})");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, options());
    QVERIFY(reader.next().ok());
    QCOMPARE(reader.next().value(), JsonToken::StartObject);
    QCOMPARE(reader.name(), u"outputs"_s);
    QVERIFY(reader.skip().ok());
    QCOMPARE(reader.token(), JsonToken::EndObject);
    QCOMPARE(reader.depth(), 1);
    QCOMPARE(reader.next().value(), JsonToken::String);
    QVERIFY(reader.skip().ok()); // nothing to skip for a scalar
    QCOMPARE(reader.token(), JsonToken::String);
    QCOMPARE(reader.next().value(), JsonToken::StartArray);
    QCOMPARE(reader.name(), u"resources"_s);
    QCOMPARE(reader.index(), -1);
    QVERIFY(reader.skip().ok());
    QCOMPARE(reader.next().value(), JsonToken::EndObject);
    QCOMPARE(reader.next().value(), JsonToken::EndOfDocument);
    // skip() reports errors inside the skipped value.
    QBuffer bad;
    bad.setData("{\"a\":[1,2,}");
    bad.open(QIODevice::ReadOnly);
    JsonReader badReader(bad, options());
    QVERIFY(badReader.next().ok());
    QVERIFY(badReader.next().ok());
    const Status skipped = badReader.skip();
    QVERIFY(!skipped.ok());
    QCOMPARE(skipped.error().toString(), u"t.json:1:11: expected a value, found '}'"_s);
}

void TestJsonReader::expect()
{
    QBuffer buffer;
    buffer.setData("{\n  \"resources\": {}\n}");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, options());
    QVERIFY(reader.next().ok());
    QVERIFY(reader.expect(JsonToken::StartObject).ok());
    QCOMPARE(reader.expect(JsonToken::StartArray).error().toString(),
             u"t.json:1:1: expected an array at the top level, found an object"_s);
    QVERIFY(reader.next().ok());
    const Status status = reader.expect(JsonToken::StartArray);
    QCOMPARE(status.error().toString(),
             u"t.json:2:16: resources: expected an array, found an object"_s);
    QCOMPARE(status.error().path, u"resources"_s);
    QCOMPARE(reader.expect(JsonToken::String).error().message,
             u"resources: expected a string, found an object"_s);
    QCOMPARE(reader.expect(JsonToken::Number).error().message,
             u"resources: expected a number, found an object"_s);
    QCOMPARE(reader.expect(JsonToken::Bool).error().message,
             u"resources: expected true or false, found an object"_s);
}

void TestJsonReader::stickyError()
{
    QBuffer buffer;
    buffer.setData("[1,,2]");
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, options());
    QVERIFY(reader.next().ok());
    QVERIFY(reader.next().ok());
    const Result<JsonToken> first = reader.next();
    QVERIFY(!first.ok());
    const Result<JsonToken> again = reader.next();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().toString(), first.error().toString());
    QCOMPARE(first.error().toString(), u"t.json:1:4: expected a value, found ','"_s);
}

void TestJsonReader::sniffHelpers()
{
    QCOMPARE(JsonReader::firstSignificantChar(" \r\n\t[1]"), '[');
    QCOMPARE(JsonReader::firstSignificantChar("  "), '\0');
    QCOMPARE(JsonReader::sniffText("\xEF\xBB\xBF{}"), QByteArray("{}"));
    const QByteArray utf16("\xFF\xFE{\0\"\0a\0\"\0:\0"
                           "1\0}\0",
                           16);
    QCOMPARE(JsonReader::sniffText(utf16), QByteArray("{\"a\":1}"));
    QVERIFY(JsonReader::hasMember(R"({"type" : "qemu"})", "type", "qemu"));
    QVERIFY(JsonReader::hasMember("{\"type\"\n:\t\"lxc\"}", "type", "lxc"));
    QVERIFY(!JsonReader::hasMember(R"({"type":"node"})", "type", "qemu"));
    QVERIFY(!JsonReader::hasMember(R"(["type", "qemu"])", "type"));
    QVERIFY(JsonReader::hasMember(R"({"a":"type","type":1})", "type"));
    QVERIFY(!JsonReader::hasMember(R"({"Reservation":[]})", "Reservations"));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestJsonReader)
#include "TestJsonReader.moc"
