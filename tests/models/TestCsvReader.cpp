#include "models/importers/io/CsvReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

// Records as UTF-8 byte lists: literals stay readable under QT_NO_CAST_FROM_ASCII.
using Records = QList<QByteArrayList>;

struct Parsed {
    Records records;
    QList<int> lines;
    std::optional<Error> error;
};

Parsed parse(const QByteArray &bytes, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    CsvRecord record;
    Parsed parsed;
    for (;;) {
        Result<bool> next = reader.next(record);
        if (!next) {
            parsed.error = next.error();
            break;
        }
        if (!next.value()) {
            break;
        }
        QByteArrayList fields;
        for (const QString &field : record.fields()) {
            fields.append(field.toUtf8());
        }
        parsed.records.append(fields);
        parsed.lines.append(record.line());
    }
    return parsed;
}

// A sequential device that generates rows on the fly: lets the tests read large inputs without
// holding them, and records the largest read the reader asked for.
class RowGenerator : public QIODevice {
public:
    explicit RowGenerator(qint64 rows) : m_rows(rows) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 largestRead = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        largestRead = std::max(largestRead, maxSize);
        qint64 written = 0;
        while (written < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_next > m_rows) {
                    break;
                }
                m_pending = m_next == 0 ? QByteArray("name,vcpu,memory_gib,env\n")
                                        : "vm-" + QByteArray::number(m_next) + ",4,16,prod\n";
                ++m_next;
            }
            const qint64 n = std::min<qint64>(maxSize - written, m_pending.size());
            std::memcpy(data + written, m_pending.constData(), size_t(n));
            m_pending.remove(0, n);
            written += n;
        }
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_next = 0;
    QByteArray m_pending;
};

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsing_data();
    void parsing();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void delimiterDetection_data();
    void delimiterDetection();
    void encodingDetection();
    void windows1252Table();
    void lateWindows1252Bytes();
    void utf16Refused();
    void fieldLimit();
    void recordLimit();
    void fieldLines();
    void errorIsSticky();
    void streamsLargeInput();
};

void TestCsvReader::parsing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");

    using L = Records;
    QTest::newRow("lf") << QByteArray("a,b\nc,d\n") << L{{"a", "b"}, {"c", "d"}}
                        << QList<int>{1, 2};
    QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << L{{"a", "b"}, {"c", "d"}}
                          << QList<int>{1, 2};
    QTest::newRow("cr only") << QByteArray("a,b\rc,d\r") << L{{"a", "b"}, {"c", "d"}}
                             << QList<int>{1, 2};
    QTest::newRow("no final newline")
        << QByteArray("a,b\nc,d") << L{{"a", "b"}, {"c", "d"}} << QList<int>{1, 2};
    QTest::newRow("empty fields") << QByteArray(",a,,\n,\n") << L{{"", "a", "", ""}, {"", ""}}
                                  << QList<int>{1, 2};
    QTest::newRow("trailing delimiter at eof") << QByteArray("a,") << L{{"a", ""}} << QList<int>{1};
    QTest::newRow("blank lines skipped")
        << QByteArray("\na,b\n\n\r\nc\n\n") << L{{"a", "b"}, {"c"}} << QList<int>{2, 5};
    QTest::newRow("quoted delimiter")
        << QByteArray("\"a,b\",c\n") << L{{"a,b", "c"}} << QList<int>{1};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << L{{"say \"hi\"", "\""}} << QList<int>{1};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << L{{"", "x"}} << QList<int>{1};
    QTest::newRow("quoted lf") << QByteArray("\"l1\nl2\",x\nnext,y\n")
                               << L{{"l1\nl2", "x"}, {"next", "y"}} << QList<int>{1, 3};
    QTest::newRow("quoted crlf") << QByteArray("\"l1\r\nl2\r\nl3\",x\r\nnext,y\r\n")
                                 << L{{"l1\r\nl2\r\nl3", "x"}, {"next", "y"}} << QList<int>{1, 4};
    QTest::newRow("quoted cr only")
        << QByteArray("\"l1\rl2\",x\rnext\r") << L{{"l1\rl2", "x"}, {"next"}} << QList<int>{1, 3};
    QTest::newRow("quote at eof closes") << QByteArray("a,\"b\"") << L{{"a", "b"}} << QList<int>{1};
    QTest::newRow("quote inside unquoted kept")
        << QByteArray("12\" screen,b\n") << L{{"12\" screen", "b"}} << QList<int>{1};
    QTest::newRow("text after closing quote")
        << QByteArray("\"ab\"cd,e\n") << L{{"abcd", "e"}} << QList<int>{1};
    QTest::newRow("utf8") << QByteArray("nom,mémoire\nserveur-é,€\n")
                          << L{{"nom", "mémoire"}, {"serveur-é", "€"}} << QList<int>{1, 2};
    QTest::newRow("bom stripped") << QByteArray("\xEF\xBB\xBFname,vcpu\nweb,2\n")
                                  << L{{"name", "vcpu"}, {"web", "2"}} << QList<int>{1, 2};
    QTest::newRow("semicolon") << QByteArray("Nom;RAM\nweb;2,5\napp;4,0\n")
                               << L{{"Nom", "RAM"}, {"web", "2,5"}, {"app", "4,0"}}
                               << QList<int>{1, 2, 3};
}

void TestCsvReader::parsing()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);

    // Every block size gives the same answer: block boundaries fall everywhere, including
    // between CR and LF and between two quotes of a doubled quote.
    for (qsizetype blockSize :
         {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(64 * 1024)}) {
        CsvOptions options;
        options.blockSize = blockSize;
        const Parsed parsed = parse(input, options);
        QVERIFY2(!parsed.error, qPrintable(parsed.error ? parsed.error->toString() : QString()));
        QCOMPARE(parsed.records, records);
        QCOMPARE(parsed.lines, lines);
    }
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("first field") << QByteArray("\"abc")
                                 << u"unterminated quoted field starting at line 1, column 1"_s << 1
                                 << 1;
    QTest::newRow("third line") << QByteArray("a,b\r\nc,d\r\nef,\"open\r\nmore\r\n")
                                << u"unterminated quoted field starting at line 3, column 4"_s << 3
                                << 4;
    QTest::newRow("after a quoted newline")
        << QByteArray("h1,h2\n\"x\ny\",\"z\n")
        << u"unterminated quoted field starting at line 3, column 4"_s << 3 << 4;
    // Columns count characters, not bytes: "é" is two bytes in UTF-8.
    QTest::newRow("utf8 column") << QByteArray("éé,\"x\n")
                                 << u"unterminated quoted field starting at line 1, column 4"_s << 1
                                 << 4;
    QTest::newRow("bom not a column")
        << QByteArray("\xEF\xBB\xBF\"x")
        << u"unterminated quoted field starting at line 1, column 1"_s << 1 << 1;
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);

    for (qsizetype blockSize : {qsizetype(1), qsizetype(5), qsizetype(64 * 1024)}) {
        CsvOptions options;
        options.blockSize = blockSize;
        options.fileName = u"inventory.csv"_s;
        const Parsed parsed = parse(input, options);
        QVERIFY(parsed.error.has_value());
        QCOMPARE(parsed.error->message, message);
        QCOMPARE(parsed.error->file, u"inventory.csv"_s);
        QCOMPARE(parsed.error->line, line);
        QCOMPARE(parsed.error->column, column);
    }
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<char>("delimiter");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("Nom;RAM (Go);Disque (Go)\nweb;2,5;80\napp;4;12,75\n") << ';';
    QTest::newRow("tab") << QByteArray("name\tvcpu\tnote\nweb\t2\ta, b; c\n") << '\t';
    QTest::newRow("pipe") << QByteArray("name|vcpu\nweb|2\n") << '|';
    QTest::newRow("quoted delimiters ignored")
        << QByteArray("\"a;b;c\",d,e\n\"x;y\",1,2\n\"p;q;r;s\",3,4\n") << ',';
    QTest::newRow("quoted newline in head")
        << QByteArray("name;notes;vcpu\nweb;\"line1,\nline2,x\";2\napp;ok;4\n") << ';';
    QTest::newRow("single column") << QByteArray("name\nweb\n") << ',';
    QTest::newRow("partial last line ignored")
        << QByteArray("a;b;c\n1;2;3\n4;5;6\n7,8,9,10,11,12") << ';';
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QByteArray, head);
    QFETCH(char, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(head), delimiter);

    QBuffer buffer;
    buffer.setData(head);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QVERIFY(reader.detect().ok());
    QCOMPARE(reader.delimiter(), delimiter);
}

void TestCsvReader::encodingDetection()
{
    QCOMPARE(CsvReader::detectEncoding("plain ascii"), CsvEncoding::Utf8);
    QCOMPARE(CsvReader::detectEncoding("M\xC3\xA9moire"), CsvEncoding::Utf8);
    QCOMPARE(CsvReader::detectEncoding("M\xE9moire"), CsvEncoding::Windows1252);
    // A head cut in the middle of a UTF-8 sequence is still UTF-8, unless it is the whole file.
    QCOMPARE(CsvReader::detectEncoding("caf\xC3", false), CsvEncoding::Utf8);
    QCOMPARE(CsvReader::detectEncoding("caf\xC3", true), CsvEncoding::Windows1252);
    // Overlong forms and surrogates are not UTF-8.
    QVERIFY(!CsvReader::isValidUtf8("\xC0\xAF"));
    QVERIFY(!CsvReader::isValidUtf8("\xED\xA0\x80"));
    QVERIFY(CsvReader::isValidUtf8("\xF0\x9F\x98\x80"));

    QBuffer buffer;
    buffer.setData("Nom;M\xE9moire (Go);Co\xFBt\nweb;8;12,5 \x80\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    QVERIFY(reader.next(record).value());
    QCOMPARE(reader.encoding(), CsvEncoding::Windows1252);
    QCOMPARE(reader.delimiter(), ';');
    QCOMPARE(record.fields(), QStringList({u"Nom"_s, u"Mémoire (Go)"_s, u"Coût"_s}));
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.field(2), u"12,5 €"_s);

    QBuffer bom;
    bom.setData("\xEF\xBB\xBFname\n");
    bom.open(QIODevice::ReadOnly);
    CsvReader bomReader(bom);
    QVERIFY(bomReader.next(record).value());
    QVERIFY(bomReader.hadBom());
    QCOMPARE(bomReader.encoding(), CsvEncoding::Utf8);
    QCOMPARE(record.field(0), u"name"_s);
}

void TestCsvReader::windows1252Table()
{
    QByteArray all;
    for (int c = 0x80; c <= 0xFF; ++c) {
        all.append(char(c));
    }
    const QString decoded = CsvReader::fromWindows1252(all);
    QCOMPARE(decoded.size(), 128);
    QCOMPARE(decoded.at(0x00), QChar(0x20AC)); // 0x80 €
    QCOMPARE(decoded.at(0x0C), QChar(0x0152)); // 0x8C Œ
    QCOMPARE(decoded.at(0x12), QChar(0x2019)); // 0x92 ’ (Word's apostrophe)
    QCOMPARE(decoded.at(0x1C), QChar(0x0153)); // 0x9C œ
    QCOMPARE(decoded.at(0x1F), QChar(0x0178)); // 0x9F Ÿ
    QCOMPARE(decoded.at(0x69), QChar(0x00E9)); // 0xE9 é
    QCOMPARE(decoded.at(0x01), QChar(0x0081)); // unassigned: C1 control, as Windows does
}

void TestCsvReader::lateWindows1252Bytes()
{
    // The head is plain ASCII, so the file looks like UTF-8; a Windows-1252 byte far below must
    // still decode sensibly rather than as U+FFFD.
    QByteArray data("name,site\n");
    for (int i = 0; i < 5000; ++i) {
        data += "vm-" + QByteArray::number(i) + ",Paris\n";
    }
    data += "vm-last,Orl\xE9"
            "ans\n";
    CsvOptions options;
    options.blockSize = 4096;
    const Parsed parsed = parse(data, options);
    QVERIFY(!parsed.error);
    QCOMPARE(parsed.records.last(), QByteArrayList({"vm-last", "Orléans"}));
}

void TestCsvReader::utf16Refused()
{
    const Parsed parsed = parse(QByteArray("\xFF\xFEn\0a\0", 6));
    QVERIFY(parsed.error.has_value());
    QVERIFY(parsed.error->message.startsWith(u"UTF-16 files are not supported"_s));
}

void TestCsvReader::fieldLimit()
{
    CsvOptions options;
    options.maxFieldBytes = 100;
    options.blockSize = 16;
    options.fileName = u"big.csv"_s;
    QByteArray data("name,notes\nweb,short\napp,\"");
    data += QByteArray(1000, 'x');
    data += "\"\n";
    const Parsed parsed = parse(data, options);
    QCOMPARE(parsed.records.size(), 2);
    QVERIFY(parsed.error.has_value());
    QCOMPARE(parsed.error->toString(),
             u"big.csv:3: field 2 of the record starting at line 3 is larger than the limit of "
             "100 bytes"_s);

    // The default limit is 16 MiB.
    QCOMPARE(CsvOptions().maxFieldBytes, qsizetype(16) * 1024 * 1024);
}

void TestCsvReader::recordLimit()
{
    CsvOptions options;
    options.maxRecordBytes = 1000;
    QByteArray data("a\n");
    data += QByteArray(5000, ',');
    const Parsed parsed = parse(data, options);
    QCOMPARE(parsed.records.size(), 1);
    QVERIFY(parsed.error.has_value());
    QCOMPARE(parsed.error->message,
             u"the record starting at line 2 is larger than the limit of 1000 bytes"_s);
    QCOMPARE(parsed.error->line, 2);
}

void TestCsvReader::fieldLines()
{
    QBuffer buffer;
    buffer.setData("h1,h2,h3\r\n\"multi\r\nline\",b,c\r\nx,y,z\r\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.offset(), 0);
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.line(), 2);
    QCOMPARE(record.column(), 1);
    QCOMPARE(record.offset(), 10);
    QCOMPARE(record.fieldLine(0), 2);
    QCOMPARE(record.fieldLine(1), 3);
    QCOMPARE(record.fieldLine(2), 3);
    QCOMPARE(record.rawField(1), QByteArrayView("b"));
    QCOMPARE(record.field(7), QString());
    QVERIFY(reader.next(record).value());
    QCOMPARE(record.line(), 4);
    QVERIFY(!reader.next(record).value());
    QCOMPARE(reader.bytesRead(), buffer.size());
}

void TestCsvReader::errorIsSticky()
{
    QBuffer buffer;
    buffer.setData("a\n\"b");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    CsvRecord record;
    QVERIFY(reader.next(record).value());
    QVERIFY(!reader.next(record).ok());
    QVERIFY(!reader.next(record).ok());
}

void TestCsvReader::streamsLargeInput()
{
    constexpr qint64 kRows = 1'000'000;
    RowGenerator device(kRows);
    CsvReader reader(device);
    CsvRecord record;
    qint64 rows = 0;
    qint64 checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        Result<bool> next = reader.next(record);
        QVERIFY(next.ok());
        if (!next.value()) {
            break;
        }
        ++rows;
        checksum += record.rawField(1).size();
    }
    const qint64 ms = std::max<qint64>(timer.elapsed(), 1);
    QCOMPARE(rows, kRows + 1);
    QCOMPARE(checksum, kRows + 4);
    // Streaming: the reader never asked for more than one block.
    QCOMPARE(device.largestRead, qint64(64 * 1024));
    const qint64 rate = rows * 1000 / ms;
    qInfo("%lld rows in %lld ms: %lld rows/s", rows, ms, rate);
#ifdef NDEBUG
    QVERIFY2(rate > 1'000'000, qPrintable(QString::number(rate)));
#else
    QVERIFY2(rate > 100'000, qPrintable(QString::number(rate))); // unoptimised build
#endif
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
