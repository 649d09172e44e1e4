// Tests of the .xlsx reading stack: ZipArchive (libzip with zip-bomb limits) and XlsxReader
// (SpreadsheetML with QXmlStreamReader).

#include "models/importers/io/XlsxReader.h"
#include "models/importers/io/ZipArchive.h"

#include "tests/data/xlsx/ZipBuilder.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace boussole;
using namespace boussole::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/rvtools/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/rvtools/");
    return (QFileInfo::exists(local) ? local : shared) + name;
}

QString errorText(const Error &error)
{
    return error.toString();
}

template <typename T>
QByteArray describe(const Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : result.error().toString().toUtf8();
}

Result<std::unique_ptr<ZipArchive>> openBytes(const QByteArray &bytes,
                                              const QString &name = u"test.zip"_s,
                                              const ZipLimits &limits = {})
{
    return ZipArchive::openData(bytes, name, limits);
}

Result<std::unique_ptr<XlsxReader>> openWorkbook(const QByteArray &bytes,
                                                 const QString &name = u"book.xlsx"_s)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return XlsxReader::open(buffer, name);
}

// Every row of a sheet, or the error.
Result<std::vector<XlsxRow>> readRows(XlsxReader &reader, const QString &sheet)
{
    std::vector<XlsxRow> rows;
    Status status = reader.readSheet(sheet, [&rows](const XlsxRow &row) {
        rows.push_back(row);
        return true;
    });
    if (!status) {
        return status.error();
    }
    return rows;
}

Result<std::vector<XlsxRow>> readSingleSheet(const QByteArray &sheetXml,
                                             const QByteArray &sharedStrings = {},
                                             const QByteArray &styles = {},
                                             const QByteArray &workbookPr = {})
{
    WorkbookSpec spec;
    spec.sheets = {{u"Sheet1"_s, sheetXml}};
    spec.sharedStrings = sharedStrings;
    spec.styles = styles;
    spec.workbookPr = workbookPr;
    Result<std::unique_ptr<XlsxReader>> reader = openWorkbook(buildWorkbook(spec));
    if (!reader) {
        return reader.error();
    }
    return readRows(*reader.value(), u"Sheet1"_s);
}

const QByteArray kSst = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                        "spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
                        "<si><t>alpha</t></si><si><t>beta</t></si></sst>";

} // namespace

class TestXlsxReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // helpers
    void columnNames_data();
    void columnNames();
    void cellReferences_data();
    void cellReferences();
    void serialDates_data();
    void serialDates();
    void dateFormats_data();
    void dateFormats();
    void escapes();

    // zip
    void handMadeDeflate();
    void zipSources();
    void zipLookupAndErrors();
    void zipBomb();
    void zipRatioTotalAndCount();
    void zipEntryLyingAboutItsSize();
    void zipDamagedEntry();
    void notAZip();

    // workbook
    void rvtools4x();
    void rvtools4xStreaming();
    void rvtools3xVariant();
    void cellKinds();
    void sparseRowsAndColumns();
    void dates1904AndIsoCells();
    void malformed_data();
    void malformed();
    void entityBombRefused();
    void workbookStructureErrors();
};

void TestXlsxReader::initTestCase()
{
    // Sizes in messages ("512.0 MiB") follow the locale; the expectations are written in C.
    QLocale::setDefault(QLocale::c());
}

void TestXlsxReader::columnNames_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("name");
    QTest::newRow("A") << 0 << u"A"_s;
    QTest::newRow("F") << 5 << u"F"_s;
    QTest::newRow("Z") << 25 << u"Z"_s;
    QTest::newRow("AA") << 26 << u"AA"_s;
    QTest::newRow("AZ") << 51 << u"AZ"_s;
    QTest::newRow("BA") << 52 << u"BA"_s;
    QTest::newRow("CQ") << 94 << u"CQ"_s;
    QTest::newRow("ZZ") << 701 << u"ZZ"_s;
    QTest::newRow("AAA") << 702 << u"AAA"_s;
    QTest::newRow("XFD") << 16383 << u"XFD"_s;
}

void TestXlsxReader::columnNames()
{
    QFETCH(int, column);
    QFETCH(QString, name);
    QCOMPARE(XlsxReader::columnName(column), name);
    const auto parsed = XlsxReader::parseCellReference(name + u"7"_s);
    QVERIFY(parsed);
    QCOMPARE(parsed->first, column);
    QCOMPARE(parsed->second, 7);
}

void TestXlsxReader::cellReferences_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("column"); // -1: refused
    QTest::addColumn<int>("row");
    QTest::newRow("A1") << u"A1"_s << 0 << 1;
    QTest::newRow("AA12") << u"AA12"_s << 26 << 12;
    QTest::newRow("lowercase") << u"c14"_s << 2 << 14;
    QTest::newRow("absolute") << u"$B$3"_s << 1 << 3;
    QTest::newRow("column only") << u"AB"_s << 27 << 0;
    QTest::newRow("last cell") << u"XFD1048576"_s << 16383 << 1048576;
    QTest::newRow("column beyond XFD") << u"XFE1"_s << -1 << 0;
    QTest::newRow("four letters") << u"AAAA1"_s << -1 << 0;
    QTest::newRow("row beyond the grid") << u"A1048577"_s << -1 << 0;
    QTest::newRow("row zero") << u"A0"_s << -1 << 0;
    QTest::newRow("digits first") << u"1A"_s << -1 << 0;
    QTest::newRow("empty") << QString() << -1 << 0;
    QTest::newRow("trailing junk") << u"A1x"_s << -1 << 0;
    QTest::newRow("huge row") << u"A99999999999"_s << -1 << 0;
}

void TestXlsxReader::cellReferences()
{
    QFETCH(QString, reference);
    QFETCH(int, column);
    QFETCH(int, row);
    const auto parsed = XlsxReader::parseCellReference(reference);
    if (column < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->first, column);
    QCOMPARE(parsed->second, row);
}

void TestXlsxReader::serialDates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected"); // empty: invalid

    QTest::newRow("1") << 1.0 << false << u"1900-01-01T00:00:00.000Z"_s;
    QTest::newRow("59") << 59.0 << false << u"1900-02-28T00:00:00.000Z"_s;
    // Excel's (Lotus') 29 February 1900 does not exist: read as the 28th.
    QTest::newRow("60") << 60.0 << false << u"1900-02-28T00:00:00.000Z"_s;
    QTest::newRow("61") << 61.0 << false << u"1900-03-01T00:00:00.000Z"_s;
    QTest::newRow("45000") << 45000.0 << false << u"2023-03-15T00:00:00.000Z"_s;
    QTest::newRow("noon") << 45000.5 << false << u"2023-03-15T12:00:00.000Z"_s;
    QTest::newRow("PowerOn") << 45363.344097222224 << false << u"2024-03-12T08:15:30.000Z"_s;
    QTest::newRow("just before midnight rounds up")
        << 45000.999999999 << false << u"2023-03-16T00:00:00.000Z"_s;
    QTest::newRow("time only") << 0.25 << false << u"1899-12-31T06:00:00.000Z"_s;
    QTest::newRow("1904 epoch") << 0.0 << true << u"1904-01-01T00:00:00.000Z"_s;
    QTest::newRow("1904") << 43538.0 << true << u"2023-03-15T00:00:00.000Z"_s;
    QTest::newRow("negative") << -1.0 << false << QString();
    QTest::newRow("beyond 9999") << 2958466.0 << false << QString();
    QTest::newRow("last day") << 2958465.0 << false << u"9999-12-31T00:00:00.000Z"_s;
    QTest::newRow("nan") << std::nan("") << false << QString();
}

void TestXlsxReader::serialDates()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    const QDateTime when = XlsxReader::fromExcelSerial(serial, date1904);
    if (expected.isEmpty()) {
        QVERIFY(!when.isValid());
        return;
    }
    QVERIFY(when.isValid());
    QCOMPARE(when.timeSpec(), Qt::UTC);
    QCOMPARE(when.toString(Qt::ISODateWithMs), expected);
}

void TestXlsxReader::dateFormats_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");

    QTest::newRow("general") << 0 << QString() << false;
    QTest::newRow("0.00") << 2 << QString() << false;
    QTest::newRow("14 m/d/yyyy") << 14 << QString() << true;
    QTest::newRow("22 m/d/yyyy h:mm") << 22 << QString() << true;
    QTest::newRow("23 (not a date)") << 23 << QString() << false;
    QTest::newRow("46 [h]:mm:ss") << 46 << QString() << true;
    QTest::newRow("49 text") << 49 << QString() << false;
    QTest::newRow("RVTools date") << 164 << u"yyyy/mm/dd\\ hh:mm:ss"_s << true;
    QTest::newRow("french") << 165 << u"dd/mm/yyyy"_s << true;
    QTest::newRow("locale prefix") << 166 << u"[$-40C]d mmmm yyyy;@"_s << true;
    QTest::newRow("elapsed hours") << 167 << u"[h]:mm"_s << true;
    QTest::newRow("unit in quotes") << 168 << u"#,##0\" MiB\""_s << false;
    QTest::newRow("colour") << 169 << u"[Red]0.00\" %\""_s << false;
    QTest::newRow("currency") << 170 << u"#,##0.00\\ [$€-40C]"_s << false;
    QTest::newRow("escaped letters") << 171 << u"0\\ \\d\\a\\y\\s"_s << false;
    QTest::newRow("accounting padding")
        << 172 << u"_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-"_s << false;
    QTest::newRow("scientific") << 173 << u"0.00E+00"_s << false;
    QTest::newRow("date in a later section only") << 174 << u"0;[Red]-0;yyyy"_s << false;
    QTest::newRow("text") << 175 << u"@"_s << false;
    QTest::newRow("time") << 176 << u"hh:mm"_s << true;
}

void TestXlsxReader::dateFormats()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(bool, date);
    QCOMPARE(XlsxReader::isDateFormat(id, code), date);
}

void TestXlsxReader::escapes()
{
    QCOMPARE(XlsxReader::decodeEscapes(u"line_x000D__x000A_next"_s), u"line\r\nnext"_s);
    QCOMPARE(XlsxReader::decodeEscapes(u"tab_x0009_"_s), u"tab\t"_s);
    QCOMPARE(XlsxReader::decodeEscapes(u"_x00e9_t\u00e9"_s), u"\u00e9t\u00e9"_s);
    QCOMPARE(XlsxReader::decodeEscapes(u"not_x00_an escape"_s), u"not_x00_an escape"_s);
    QCOMPARE(XlsxReader::decodeEscapes(u"_xZZZZ_"_s), u"_xZZZZ_"_s);
    QCOMPARE(XlsxReader::decodeEscapes(u"plain"_s), u"plain"_s);
}

void TestXlsxReader::handMadeDeflate()
{
    // The helpers the hostile archives rely on must be right, or those tests prove nothing.
    for (qint64 n : {1, 5, 1000, 258 * 3 + 1, 100003}) {
        QCOMPARE(crc32OfZeros(quint64(n)), crc32(QByteArray(n, '\0')));
    }
    QCOMPARE(crc32("123456789"), 0xCBF43926u); // the CRC-32 check value

    ZipBuilder zip;
    zip.addZeros(u"zeros.bin"_s, 1024 * 1024 + 3);
    zip.addStored(u"hello.txt"_s, "hello");
    Result<std::unique_ptr<ZipArchive>> archive = openBytes(zip.finish());
    QVERIFY2(archive.ok(), describe(archive).constData());
    const ZipEntryInfo *zeros = archive.value()->entry(u"zeros.bin");
    QVERIFY(zeros);
    QCOMPARE(zeros->size, 1024 * 1024 + 3);
    QVERIFY(zeros->compressedSize < 2000); // about 1030:1, like zlib
    Result<QByteArray> bytes = archive.value()->readAll(u"zeros.bin");
    QVERIFY2(bytes.ok(), describe(bytes).constData());
    QCOMPARE(bytes.value(), QByteArray(1024 * 1024 + 3, '\0'));
    QCOMPARE(archive.value()->readAll(u"hello.txt").value(), QByteArray("hello"));
    QCOMPARE(archive.value()->inflated(), 1024 * 1024 + 3 + 5);
}

void TestXlsxReader::zipSources()
{
    const QString path = fixture(u"rvtools-4x.xlsx"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(file.seek(0));

    // A file on disk: opened by its path.
    Result<std::unique_ptr<ZipArchive>> byPath = ZipArchive::open(file, u"rvtools-4x.xlsx"_s);
    QVERIFY2(byPath.ok(), describe(byPath).constData());
    QCOMPARE(byPath.value()->entries().size(), 14u);
    QCOMPARE(file.pos(), 0); // untouched

    // A buffer: read into memory.
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Result<std::unique_ptr<ZipArchive>> inMemory = ZipArchive::open(buffer, u"mem.xlsx"_s);
    QVERIFY2(inMemory.ok(), describe(inMemory).constData());
    QCOMPARE(inMemory.value()->entries().size(), 14u);

    // Larger than the in-memory limit: spooled to a temporary file.
    ZipLimits small;
    small.maxInMemorySize = 1024;
    buffer.seek(0);
    Result<std::unique_ptr<ZipArchive>> spooled = ZipArchive::open(buffer, u"big.xlsx"_s, small);
    QVERIFY2(spooled.ok(), describe(spooled).constData());
    Result<QByteArray> workbook = spooled.value()->readAll(u"xl/workbook.xml");
    QVERIFY(workbook.ok());
    QVERIFY(workbook.value().contains("<sheet name=\"vPartition\""));

    // Every source gives the same bytes.
    QCOMPARE(byPath.value()->readAll(u"xl/sharedStrings.xml").value(),
             inMemory.value()->readAll(u"xl/sharedStrings.xml").value());
}

void TestXlsxReader::zipLookupAndErrors()
{
    ZipBuilder zip;
    zip.addStored(u"xl/Workbook.xml"_s, "<workbook/>");
    zip.addStored(u"data/a.txt"_s, QByteArray(100, 'a'));
    Result<std::unique_ptr<ZipArchive>> archive = openBytes(zip.finish());
    QVERIFY(archive.ok());
    ZipArchive &a = *archive.value();
    // OPC part names are case-insensitive; some writers use backslashes or a leading slash.
    QVERIFY(a.contains(u"xl/workbook.xml"));
    QVERIFY(a.contains(u"/XL/WORKBOOK.XML"));
    QVERIFY(a.contains(u"xl\\workbook.xml"));
    QCOMPARE(a.entry(u"xl/workbook.xml")->name, u"xl/Workbook.xml"_s);
    QVERIFY(!a.contains(u"xl/workbook"));
    QCOMPARE(a.totalSize(), 111);

    Result<QByteArray> missing = a.readAll(u"xl/styles.xml");
    QVERIFY(!missing.ok());
    QCOMPARE(errorText(missing.error()), u"test.zip: the archive has no entry xl/styles.xml"_s);

    Result<QByteArray> tooBig = a.readAll(u"data/a.txt", 10);
    QVERIFY(!tooBig.ok());
    QCOMPARE(
        errorText(tooBig.error()),
        u"test.zip: entry data/a.txt holds 100 bytes, more than the 10 bytes allowed for it"_s);

    // Stopping a streamed read early is no error.
    int chunks = 0;
    QVERIFY(a.readEntry(
        u"data/a.txt", [&chunks](QByteArrayView) { return ++chunks < 2; }, 30));
    QCOMPARE(chunks, 2);

    // Two entries with one name: which one a reader sees would depend on the reader.
    ZipBuilder twice;
    twice.addStored(u"xl/workbook.xml"_s, "a");
    twice.addStored(u"XL/workbook.xml"_s, "b");
    Result<std::unique_ptr<ZipArchive>> duplicated = openBytes(twice.finish());
    QVERIFY(!duplicated.ok());
    QCOMPARE(errorText(duplicated.error()),
             u"test.zip: the zip archive holds the entry XL/workbook.xml twice"_s);
}

void TestXlsxReader::zipBomb()
{
    // 1 GiB of zeros in about 1 MiB, refused from the central directory, before inflating.
    ZipBuilder zip;
    zip.addZeros(u"xl/worksheets/sheet1.xml"_s, quint64(1) << 30);
    const QByteArray bytes = zip.finish();
    QVERIFY(bytes.size() < 1100 * 1024);
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<ZipArchive>> archive = openBytes(bytes, u"bomb.xlsx"_s);
    QVERIFY(!archive.ok());
    QCOMPARE(errorText(archive.error()),
             u"bomb.xlsx: entry xl/worksheets/sheet1.xml would inflate to 1.0 GiB, more than the "
             "512.0 MiB allowed for one entry (a zip bomb?)"_s);
    QVERIFY(timer.elapsed() < 5000);
}

void TestXlsxReader::zipRatioTotalAndCount()
{
    {
        // 20 MiB of zeros: small enough, but compressed about 1000:1.
        ZipBuilder zip;
        zip.addZeros(u"xl/sharedStrings.xml"_s, 20 * 1024 * 1024);
        Result<std::unique_ptr<ZipArchive>> archive = openBytes(zip.finish(), u"ratio.xlsx"_s);
        QVERIFY(!archive.ok());
        QCOMPARE(errorText(archive.error()),
                 u"ratio.xlsx: entry xl/sharedStrings.xml would inflate from 19.9 KiB to 20.0 "
                 "MiB, a ratio above the 200:1 allowed (a zip bomb?)"_s);
    }
    {
        // The same ratio below the 10 MiB floor is fine (real sheets compress 50:1 and more).
        ZipBuilder zip;
        zip.addZeros(u"xl/sharedStrings.xml"_s, 9 * 1024 * 1024);
        QVERIFY(openBytes(zip.finish()).ok());
    }
    {
        ZipLimits limits;
        limits.maxTotalSize = 10 * 1024 * 1024;
        ZipBuilder zip;
        zip.addStored(u"a"_s, QByteArray(6 * 1024 * 1024, 'a'));
        zip.addStored(u"b"_s, QByteArray(6 * 1024 * 1024, 'b'));
        Result<std::unique_ptr<ZipArchive>> archive = openBytes(zip.finish(), u"t.zip"_s, limits);
        QVERIFY(!archive.ok());
        QCOMPARE(errorText(archive.error()),
                 u"t.zip: the archive would inflate to more than the 10.0 MiB allowed (a zip "
                 "bomb?)"_s);
    }
    {
        ZipLimits limits;
        limits.maxEntries = 3;
        ZipBuilder zip;
        for (int i = 0; i < 4; ++i) {
            zip.addStored(u"part%1.xml"_s.arg(i), "<x/>");
        }
        Result<std::unique_ptr<ZipArchive>> archive = openBytes(zip.finish(), u"t.zip"_s, limits);
        QVERIFY(!archive.ok());
        QCOMPARE(errorText(archive.error()),
                 u"t.zip: the archive holds 4 entries, more than the 3 allowed"_s);
    }
}

void TestXlsxReader::zipEntryLyingAboutItsSize()
{
    // The directory says 1 MiB; the data inflates to 64 MiB. Inflating stops right after the
    // declared size.
    ZipBuilder zip;
    zip.addDeflated(u"xl/worksheets/sheet1.xml"_s, deflateZeros(64 * 1024 * 1024),
                    crc32OfZeros(1024 * 1024), 1024 * 1024);
    Result<std::unique_ptr<ZipArchive>> archive = openBytes(zip.finish(), u"liar.xlsx"_s);
    QVERIFY2(archive.ok(), describe(archive).constData());
    Result<std::unique_ptr<ZipEntryDevice>> device =
        archive.value()->openEntry(u"xl/worksheets/sheet1.xml");
    QVERIFY(device.ok());
    QByteArray block(256 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    qint64 n = 0;
    while ((n = device.value()->read(block.data(), block.size())) > 0) {
        total += n;
    }
    QCOMPARE(n, -1);
    QVERIFY(total <= 1024 * 1024 + 1);
    QVERIFY(device.value()->hasError());
    QCOMPARE(errorText(device.value()->error()),
             u"liar.xlsx: entry xl/worksheets/sheet1.xml inflates to more than the 1.0 MiB its "
             "header declares; the archive is damaged or hostile"_s);
    QVERIFY(archive.value()->inflated() <= 1024 * 1024 + 1);
}

void TestXlsxReader::zipDamagedEntry()
{
    {
        // The directory says 2 MiB; the data holds 1 MiB.
        ZipBuilder zip;
        zip.addDeflated(u"xl/styles.xml"_s, deflateZeros(1024 * 1024), crc32OfZeros(1024 * 1024),
                        2 * 1024 * 1024);
        Result<std::unique_ptr<ZipArchive>> archive = openBytes(zip.finish(), u"short.xlsx"_s);
        QVERIFY(archive.ok());
        Result<QByteArray> bytes = archive.value()->readAll(u"xl/styles.xml");
        QVERIFY(!bytes.ok());
        QCOMPARE(errorText(bytes.error()),
                 u"short.xlsx: entry xl/styles.xml is damaged: it holds 1048576 bytes instead of "
                 "the 2097152 its header declares"_s);
    }

    ZipBuilder zip;
    zip.addDeflated(u"xl/workbook.xml"_s, deflateZeros(4096), crc32OfZeros(4096) ^ 1, 4096);
    Result<std::unique_ptr<ZipArchive>> archive = openBytes(zip.finish(), u"crc.xlsx"_s);
    QVERIFY(archive.ok());
    Result<QByteArray> bytes = archive.value()->readAll(u"xl/workbook.xml");
    QVERIFY(!bytes.ok());
    QCOMPARE(errorText(bytes.error()), u"crc.xlsx: entry xl/workbook.xml is damaged (CRC error)"_s);

    ZipBuilder garbage;
    garbage.addDeflated(u"xl/workbook.xml"_s, QByteArray(64, '\xFF'), 0, 4096);
    archive = openBytes(garbage.finish(), u"bad.xlsx"_s);
    QVERIFY(archive.ok());
    bytes = archive.value()->readAll(u"xl/workbook.xml");
    QVERIFY(!bytes.ok());
    QCOMPARE(errorText(bytes.error()),
             u"bad.xlsx: entry xl/workbook.xml is damaged (invalid compressed data)"_s);
}

void TestXlsxReader::notAZip()
{
    Result<std::unique_ptr<ZipArchive>> text =
        openBytes("VM,Powerstate\nweb,poweredOn\n", u"vInfo.xlsx"_s);
    QVERIFY(!text.ok());
    QCOMPARE(errorText(text.error()),
             u"vInfo.xlsx: not a zip archive, or a truncated one (no central directory found)"_s);

    Result<std::unique_ptr<ZipArchive>> empty = openBytes(QByteArray(), u"empty.xlsx"_s);
    QVERIFY(!empty.ok());
    QCOMPARE(errorText(empty.error()), u"empty.xlsx: the file is empty"_s);

    QFile file(fixture(u"rvtools-truncated.xlsx"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<std::unique_ptr<XlsxReader>> truncated =
        XlsxReader::open(file, u"rvtools-truncated.xlsx"_s);
    QVERIFY(!truncated.ok());
    QCOMPARE(errorText(truncated.error()),
             u"rvtools-truncated.xlsx: not a zip archive, or a truncated one (no central "
             "directory found)"_s);
}

void TestXlsxReader::rvtools4x()
{
    QFile file(fixture(u"rvtools-4x.xlsx"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<std::unique_ptr<XlsxReader>> opened = XlsxReader::open(file, u"rvtools-4x.xlsx"_s);
    QVERIFY2(opened.ok(), describe(opened).constData());
    XlsxReader &reader = *opened.value();
    QCOMPARE(reader.sheetNames(),
             (QStringList{u"vInfo"_s, u"vCPU"_s, u"vMemory"_s, u"vPartition"_s, u"vMetaData"_s}));
    QCOMPARE(reader.findSheet(u"VINFO"), std::optional<QString>(u"vInfo"_s));
    QCOMPARE(reader.findSheet(u" vinfo "), std::optional<QString>(u"vInfo"_s));
    QCOMPARE(reader.findSheet(u"vDisk"), std::nullopt);
    // Worksheet files are numbered against the tab order: only the relationships tell.
    QCOMPARE(reader.sheetPart(u"vInfo"), u"xl/worksheets/sheet5.xml"_s);
    QCOMPARE(reader.sheetPart(u"vMetaData"), u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!reader.date1904());

    Result<std::vector<XlsxRow>> rows = readRows(reader, u"vinfo"_s);
    QVERIFY2(rows.ok(), describe(rows).constData());
    QCOMPARE(rows->size(), 9u);
    const XlsxRow &header = rows.value()[0];
    QCOMPARE(header.number, 1);
    QCOMPARE(header.width(), 95); // A..CQ, as wide as RVTools' own
    QCOMPARE(header.cell(0).toString(), u"VM"_s);
    QCOMPARE(header.cell(10).toString(), u"PowerOn"_s);
    QCOMPARE(header.cell(16).toString(), u"CPUs"_s);
    QCOMPARE(header.cell(94).toString(), u"VI SDK UUID"_s);

    const XlsxRow &web = rows.value()[1];
    QCOMPARE(web.number, 2);
    QCOMPARE(web.cell(0).type, XlsxCellType::String);
    QCOMPARE(web.cell(0).toString(), u"web-prd-01"_s);
    // PowerOn: built-in format 22.
    QCOMPARE(web.cell(10).type, XlsxCellType::Number);
    QVERIFY(web.cell(10).isDate);
    QCOMPARE(web.cell(10).dateTime(), QDateTime(QDate(2024, 3, 12), QTime(8, 15, 30), Qt::UTC));
    QCOMPARE(web.cell(10).toString(), u"2024-03-12T08:15:30"_s);
    // Creation date: custom format 164 "yyyy/mm/dd\ hh:mm:ss".
    QVERIFY(web.cell(14).isDate);
    QCOMPARE(web.cell(14).dateTime(), QDateTime(QDate(2019, 6, 3), QTime(14, 2, 11), Qt::UTC));
    // Suspend time: an empty cell the file leaves out.
    QCOMPARE(web.cell(12).type, XlsxCellType::Empty);
    QVERIFY(web.cell(12).isEmpty());
    // CPUs and Memory: plain numbers; Provisioned MiB has the custom format #,##0" MiB".
    QCOMPARE(web.cell(16).type, XlsxCellType::Number);
    QCOMPARE(web.cell(16).number, 4.0);
    QVERIFY(!web.cell(16).isDate);
    QCOMPARE(web.cell(18).toString(), u"8192"_s);
    QCOMPARE(header.cell(51).toString(), u"Provisioned MiB"_s);
    QCOMPARE(web.cell(51).number, 108544.0);
    QVERIFY(!web.cell(51).isDate);
    // Overall Cpu Readiness: a number in a date-free column.
    QVERIFY(!web.cell(17).isDate);

    // The rich-text annotation: runs concatenated, the phonetic run left out.
    const XlsxRow &db = rows.value()[2];
    QCOMPARE(header.cell(75).toString(), u"Annotation"_s);
    QCOMPARE(db.cell(75).toString(), u"PostgreSQL 14 critique"_s);

    const XlsxRow &compta = rows.value()[7];
    QCOMPARE(compta.cell(0).toString(), u"srv-comptabilité"_s);
    QCOMPARE(rows.value()[8].number, 9);

    // vMetaData: a date in a sheet of its own.
    rows = readRows(reader, u"vMetaData"_s);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2u);
    QCOMPARE(rows.value()[1].cell(1).toString(), u"4.6.1.0"_s);
    QCOMPARE(rows.value()[1].cell(2).dateTime(),
             QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC));
    QVERIFY(reader.sharedStringCount() > 200);
}

void TestXlsxReader::rvtools4xStreaming()
{
    QFile file(fixture(u"rvtools-4x.xlsx"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<std::unique_ptr<XlsxReader>> opened = XlsxReader::open(file, u"rvtools-4x.xlsx"_s);
    QVERIFY(opened.ok());
    Result<std::unique_ptr<XlsxSheetReader>> sheet = opened.value()->openSheet(u"vPartition");
    QVERIFY2(sheet.ok(), describe(sheet).constData());
    QCOMPARE(sheet.value()->sheetName(), u"vPartition"_s);
    QCOMPARE(sheet.value()->partName(), u"xl/worksheets/sheet2.xml"_s);
    QVERIFY(sheet.value()->size() > 0);
    XlsxRow row;
    QList<int> numbers;
    qint64 previous = 0;
    for (;;) {
        Result<bool> next = sheet.value()->next(row);
        QVERIFY2(next.ok(), describe(next).constData());
        if (!next.value()) {
            break;
        }
        numbers.append(row.number);
        QVERIFY(sheet.value()->bytesRead() >= previous);
        previous = sheet.value()->bytesRead();
    }
    QCOMPARE(numbers, (QList<int>{1, 2, 3, 4, 5, 6, 7})); // header + 6 partitions
    QCOMPARE(sheet.value()->bytesRead(), sheet.value()->size());
    // After the end: still the end.
    QCOMPARE(sheet.value()->next(row).value(), false);

    // readSheet stops when the callback says so.
    int seen = 0;
    QVERIFY(opened.value()->readSheet(u"vInfo", [&seen](const XlsxRow &) { return ++seen < 3; }));
    QCOMPARE(seen, 3);
}

void TestXlsxReader::rvtools3xVariant()
{
    // Inline strings, booleans, "x:"-prefixed elements, absolute relationship targets, cells
    // without "r", no shared strings part.
    QFile file(fixture(u"rvtools-3x.xlsx"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<std::unique_ptr<XlsxReader>> opened = XlsxReader::open(file, u"rvtools-3x.xlsx"_s);
    QVERIFY2(opened.ok(), describe(opened).constData());
    QCOMPARE(opened.value()->sheetPart(u"vInfo"), u"xl/worksheets/sheet2.xml"_s);
    QCOMPARE(opened.value()->sharedStringCount(), 0);
    Result<std::vector<XlsxRow>> rows = readRows(*opened.value(), u"vInfo"_s);
    QVERIFY2(rows.ok(), describe(rows).constData());
    QCOMPARE(rows->size(), 5u);
    const XlsxRow &header = rows.value()[0];
    QCOMPARE(header.cell(36).toString(), u"Provisioned MB"_s);
    const XlsxRow &ad = rows.value()[1];
    QCOMPARE(ad.cell(0).toString(), u"SRV-AD01"_s);
    QCOMPARE(ad.cell(2).type, XlsxCellType::Boolean);
    QCOMPARE(ad.cell(2).toString(), u"FALSE"_s);
    QCOMPARE(ad.cell(12).number, 2.0); // CPUs, placed by counting (no "r")
    QCOMPARE(ad.cell(36).number, 61440.0);
    QCOMPARE(ad.cell(55).toString(), u"Contrôleur de domaine"_s);
    QCOMPARE(rows.value()[4].cell(0).toString(), u"SRV-SQL01"_s);
}

void TestXlsxReader::cellKinds()
{
    const QByteArray sst =
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
        "2006/main\"><si><t>plain</t></si><si><r><t xml:space=\"preserve\">rich </t></r><r>"
        "<rPr><b/></rPr><t>text</t></r></si><si><t>two_x000D__x000A_lines</t></si>"
        "<si><t xml:space=\"preserve\">  padded  </t></si></sst>";
    const QByteArray sheet =
        worksheet("<row r=\"1\">"
                  "<c r=\"A1\" t=\"s\"><v>0</v></c>"
                  "<c r=\"B1\" t=\"s\"><v>1</v></c>"
                  "<c r=\"C1\" t=\"s\"><v>2</v></c>"
                  "<c r=\"D1\" t=\"inlineStr\"><is><t>inline</t></is></c>"
                  "<c r=\"E1\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line runs</t></r></is></c>"
                  "<c r=\"F1\" t=\"str\"><f>CONCAT(A1,\"!\")</f><v>plain!</v></c>"
                  "<c r=\"G1\" t=\"b\"><v>1</v></c>"
                  "<c r=\"H1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                  "<c r=\"I1\"><v>0.1</v></c>"
                  "<c r=\"J1\"><v>1.5E3</v></c>"
                  "<c r=\"K1\"><f>SUM(I1:J1)</f><v>1500.1</v></c>"
                  "<c r=\"L1\" s=\"0\"/>"
                  "<c r=\"M1\" t=\"s\"><v>3</v></c>"
                  "<c r=\"N1\"><v>-42</v></c>"
                  "</row>");
    Result<std::vector<XlsxRow>> rows = readSingleSheet(sheet, sst);
    QVERIFY2(rows.ok(), describe(rows).constData());
    QCOMPARE(rows->size(), 1u);
    const XlsxRow &row = rows.value()[0];
    QCOMPARE(row.cell(0).toString(), u"plain"_s);
    QCOMPARE(row.cell(1).toString(), u"rich text"_s);
    QCOMPARE(row.cell(2).toString(), u"two\r\nlines"_s);
    QCOMPARE(row.cell(3).toString(), u"inline"_s);
    QCOMPARE(row.cell(4).toString(), u"inline runs"_s);
    QCOMPARE(row.cell(5).type, XlsxCellType::String);
    QCOMPARE(row.cell(5).toString(), u"plain!"_s);
    QCOMPARE(row.cell(6).type, XlsxCellType::Boolean);
    QCOMPARE(row.cell(6).toString(), u"TRUE"_s);
    QCOMPARE(row.cell(7).type, XlsxCellType::Error);
    QCOMPARE(row.cell(7).toString(), u"#DIV/0!"_s);
    QCOMPARE(row.cell(8).number, 0.1);
    QCOMPARE(row.cell(8).toString(), u"0.1"_s);
    QCOMPARE(row.cell(9).number, 1500.0);
    QCOMPARE(row.cell(9).toString(), u"1500"_s);
    QCOMPARE(row.cell(10).number, 1500.1);
    QCOMPARE(row.cell(11).type, XlsxCellType::Empty); // a styled cell without a value
    QCOMPARE(row.cell(12).toString(), u"  padded  "_s);
    QCOMPARE(row.cell(13).toString(), u"-42"_s);
    QVERIFY(!row.isBlank());
}

void TestXlsxReader::sparseRowsAndColumns()
{
    const QByteArray sheet = worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"C1\"><v>3</v>"
                                       "</c><c><v>4</v></c><c r=\"AA1\"><v>27</v></c></row>"
                                       "<row r=\"3\"><c r=\"B3\"><v>2</v></c></row>"
                                       "<row><c r=\"XFD4\"><v>16384</v></c></row>"
                                       "<row r=\"10\"><c r=\"C10\"><v>3</v></c><c r=\"A10\">"
                                       "<v>1</v></c><c r=\"C10\"><v>33</v></c></row>"
                                       "<row r=\"11\" spans=\"1:3\"><c r=\"B11\" s=\"1\"/></row>");
    Result<std::vector<XlsxRow>> rows = readSingleSheet(sheet);
    QVERIFY2(rows.ok(), describe(rows).constData());
    QCOMPARE(rows->size(), 5u);
    const XlsxRow &first = rows.value()[0];
    QCOMPARE(first.number, 1);
    QCOMPARE(first.cells.size(), 4u);
    QCOMPARE(first.cell(0).number, 1.0);
    QCOMPARE(first.cell(1).type, XlsxCellType::Empty); // skipped: B1
    QCOMPARE(first.cell(2).number, 3.0);
    QCOMPARE(first.cell(3).number, 4.0); // no "r": the column after C
    QCOMPARE(first.cell(26).number, 27.0);
    QCOMPARE(first.width(), 27);
    QCOMPARE(rows.value()[1].number, 3); // row 2 is absent
    QCOMPARE(rows.value()[1].cell(1).number, 2.0);
    QCOMPARE(rows.value()[2].number, 4);        // no "r": the row after 3
    QCOMPARE(rows.value()[2].cells.size(), 1u); // sparse: one cell, not 16384
    QCOMPARE(rows.value()[2].cell(16383).number, 16384.0);
    // Out of order and repeated cells: sorted, the last of a column wins.
    const XlsxRow &tenth = rows.value()[3];
    QCOMPARE(tenth.number, 10);
    QCOMPARE(tenth.cells.size(), 2u);
    QCOMPARE(tenth.cells[0].column, 0);
    QCOMPARE(tenth.cell(2).number, 33.0);
    QVERIFY(rows.value()[4].isBlank());
}

void TestXlsxReader::dates1904AndIsoCells()
{
    const QByteArray styles =
        "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/"
        "spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId=\"200\" "
        "formatCode=\"d/m/yyyy\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/>"
        "<xf numFmtId=\"200\"><alignment/></xf><xf numFmtId=\"14\"/></cellXfs>"
        "<dxfs><dxf><numFmt numFmtId=\"0\" formatCode=\"General\"/></dxf></dxfs></styleSheet>";
    const QByteArray sheet = worksheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43538</v></c>"
                                       "<c r=\"B1\" s=\"2\"><v>0</v></c>"
                                       "<c r=\"C1\" s=\"0\"><v>43538</v></c>"
                                       "<c r=\"D1\" t=\"d\"><v>2023-03-15T10:30:00</v></c>"
                                       "<c r=\"E1\" s=\"9\"><v>1</v></c></row>");
    Result<std::vector<XlsxRow>> rows =
        readSingleSheet(sheet, {}, styles, "<workbookPr date1904=\"1\"/>");
    QVERIFY2(rows.ok(), describe(rows).constData());
    const XlsxRow &row = rows.value()[0];
    QVERIFY(row.cell(0).isDate);
    QCOMPARE(row.cell(0).toString(), u"2023-03-15"_s);
    QVERIFY(row.cell(1).isDate);
    QCOMPARE(row.cell(1).toString(), u"1904-01-01"_s);
    QVERIFY(!row.cell(2).isDate);
    QCOMPARE(row.cell(2).toString(), u"43538"_s);
    QVERIFY(row.cell(3).isDate);
    QCOMPARE(row.cell(3).toString(), u"2023-03-15T10:30:00"_s);
    QVERIFY(!row.cell(4).isDate); // a style index beyond cellXfs is no date
}

void TestXlsxReader::malformed_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QByteArray>("sharedStrings");
    QTest::addColumn<QString>("error");

    QTest::newRow("shared string out of range")
        << worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\" "
                     "t=\"s\"><v>7</v></c></row>")
        << kSst
        << u"book.xlsx: Sheet1!B2: the cell refers to shared string 7, but the "
           "workbook has 2"_s;
    QTest::newRow("shared string without a table")
        << worksheet("<row r=\"1\"><c r=\"C1\" t=\"s\"><v>0</v></c></row>") << QByteArray()
        << u"book.xlsx: Sheet1!C1: the cell refers to shared string 0, but the workbook has 0"_s;
    QTest::newRow("not a number")
        << worksheet("<row r=\"4\"><c r=\"D4\"><v>abc</v></c></row>") << QByteArray()
        << u"book.xlsx: Sheet1!D4: the cell holds \"abc\", which is not a number"_s;
    QTest::newRow("not a date")
        << worksheet("<row r=\"4\"><c r=\"E4\" t=\"d\"><v>yesterday</v></c></row>") << QByteArray()
        << u"book.xlsx: Sheet1!E4: the cell holds \"yesterday\", which is not a date"_s;
    QTest::newRow("cell beyond XFD")
        << QByteArray("<worksheet>\n<sheetData>\n<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"
                      "</sheetData></worksheet>")
        << QByteArray()
        << u"book.xlsx: xl/worksheets/sheet1.xml:3:24: invalid cell reference \"XFE1\""_s;
    QTest::newRow("row beyond the grid")
        << QByteArray("<worksheet><sheetData><row r=\"1048577\"/></sheetData></worksheet>")
        << QByteArray()
        << u"book.xlsx: xl/worksheets/sheet1.xml:1:41: invalid row number \"1048577\""_s;
    QTest::newRow("unclosed element")
        << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>"
                      "</sheetData></worksheet>")
        << QByteArray()
        << u"book.xlsx: xl/worksheets/sheet1.xml:1:58: Opening and ending tag mismatch."_s;
    QTest::newRow("truncated XML")
        << QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v>") << QByteArray()
        << u"book.xlsx: xl/worksheets/sheet1.xml:1:52: Premature end of document."_s;
    QTest::newRow("empty part") << QByteArray() << QByteArray()
                                << u"book.xlsx: xl/worksheets/sheet1.xml:1:1: Premature end of "
                                   "document."_s;
    QTest::newRow("no element")
        << QByteArray("<?xml version=\"1.0\"?>\n<!-- nothing -->\n") << QByteArray()
        << u"book.xlsx: xl/worksheets/sheet1.xml:3:1: Premature end of document."_s;
    QTest::newRow("DOCTYPE in a sheet")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet SYSTEM "
                      "\"http://example.invalid/x.dtd\">\n<worksheet/>")
        << QByteArray()
        << u"book.xlsx: xl/worksheets/sheet1.xml:2:59: a document type declaration (<!DOCTYPE "
           "…>) is not allowed in a workbook part"_s;
    QTest::newRow("chart sheet")
        << QByteArray("<chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                      "main\"/>")
        << QByteArray()
        << u"book.xlsx: xl/worksheets/sheet1.xml:1:80: the sheet \"Sheet1\" is not a worksheet "
           "(<chartsheet>)"_s;
    QTest::newRow("broken shared strings")
        << worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
        << QByteArray("<sst><si><t>a</si></sst>")
        << u"book.xlsx: xl/sharedStrings.xml:1:19: Opening and ending tag mismatch."_s;
}

void TestXlsxReader::malformed()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QByteArray, sharedStrings);
    QFETCH(QString, error);
    Result<std::vector<XlsxRow>> rows = readSingleSheet(sheet, sharedStrings);
    QVERIFY(!rows.ok());
    QCOMPARE(errorText(rows.error()), error);
}

void TestXlsxReader::entityBombRefused()
{
    QFile file(fixture(u"rvtools-entity-bomb.xlsx"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<std::unique_ptr<XlsxReader>> opened =
        XlsxReader::open(file, u"rvtools-entity-bomb.xlsx"_s);
    QVERIFY2(opened.ok(), describe(opened).constData()); // strings are read with the first sheet
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<XlsxSheetReader>> sheet = opened.value()->openSheet(u"vInfo");
    QVERIFY(!sheet.ok());
    QCOMPARE(errorText(sheet.error()),
             u"rvtools-entity-bomb.xlsx: xl/sharedStrings.xml:13:3: a document type declaration "
             "(<!DOCTYPE …>) is not allowed in a workbook part"_s);
    QVERIFY(timer.elapsed() < 2000);
    // The error sticks: a second attempt does not parse again.
    QCOMPARE(errorText(opened.value()->openSheet(u"vInfo").error()), errorText(sheet.error()));
}

void TestXlsxReader::workbookStructureErrors()
{
    {
        ZipBuilder zip;
        zip.addStored(u"word/document.xml"_s, "<document/>");
        QBuffer buffer;
        buffer.setData(zip.finish());
        buffer.open(QIODevice::ReadOnly);
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(buffer, u"memo.xlsx"_s);
        QVERIFY(!reader.ok());
        QCOMPARE(errorText(reader.error()),
                 u"memo.xlsx: not an Excel workbook: the archive has no xl/workbook.xml"_s);
    }
    {
        // The sheet is listed but its part is missing.
        WorkbookSpec spec;
        spec.sheets = {{u"vInfo"_s, worksheet({})}};
        ZipBuilder zip;
        addWorkbookParts(zip, spec, false);
        Result<std::unique_ptr<XlsxReader>> reader = openWorkbook(zip.finish());
        QVERIFY2(reader.ok(), describe(reader).constData());
        QCOMPARE(reader.value()->sheetNames(), QStringList{u"vInfo"_s});
        Result<std::unique_ptr<XlsxSheetReader>> sheet = reader.value()->openSheet(u"vInfo");
        QVERIFY(!sheet.ok());
        QCOMPARE(errorText(sheet.error()),
                 u"book.xlsx: the workbook lists the sheet \"vInfo\" but the archive does not "
                 "hold it (xl/worksheets/sheet1.xml)"_s);
        sheet = reader.value()->openSheet(u"vHost");
        QVERIFY(!sheet.ok());
        QCOMPARE(errorText(sheet.error()),
                 u"book.xlsx: the workbook has no sheet named \"vHost\""_s);
    }
    {
        // A DOCTYPE in workbook.xml is refused when the workbook is opened.
        ZipBuilder zip;
        zip.addStored(u"xl/workbook.xml"_s,
                      "<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY x \"y\">]><workbook/>");
        QBuffer buffer;
        buffer.setData(zip.finish());
        buffer.open(QIODevice::ReadOnly);
        Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(buffer, u"dtd.xlsx"_s);
        QVERIFY(!reader.ok());
        QCOMPARE(errorText(reader.error()),
                 u"dtd.xlsx: xl/workbook.xml:1:59: a document type declaration (<!DOCTYPE …>) is "
                 "not allowed in a workbook part"_s);
    }
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
