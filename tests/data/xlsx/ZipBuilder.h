#pragma once

// Test helper shared by TestXlsxReader and TestRvToolsImporter: builds zip archives and small
// .xlsx workbooks in memory, byte by byte, without libzip or zlib, so that hostile archives
// (entries that lie about their size, 1 GiB of zeros in 1 MiB) cost nothing to make.
//
// deflateZeros() writes a raw DEFLATE stream (RFC 1951) of n zero bytes by hand: one dynamic
// Huffman block whose literal/length code gives the length-258 symbol a 1-bit code and whose
// distance code has a single 1-bit code, so each 258-byte run of zeros costs 2 bits, as zlib's
// own output for zeros does (about 1030:1).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <array>
#include <cstdint>

namespace boussole::test {

inline std::uint32_t crc32(QByteArrayView data, std::uint32_t crc = 0)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t[i] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (const char byte : data) {
        crc = table[(crc ^ std::uint8_t(byte)) & 0xFF] ^ (crc >> 8);
    }
    return ~crc;
}

// CRC-32 of n zero bytes in O(log n), with zlib's crc32_combine() matrices.
inline std::uint32_t crc32OfZeros(std::uint64_t n)
{
    using Matrix = std::array<std::uint32_t, 32>;
    auto times = [](const Matrix &m, std::uint32_t v) {
        std::uint32_t sum = 0;
        for (int i = 0; v; v >>= 1, ++i) {
            if (v & 1) {
                sum ^= m[std::size_t(i)];
            }
        }
        return sum;
    };
    auto square = [&times](Matrix &out, const Matrix &m) {
        for (std::size_t i = 0; i < 32; ++i) {
            out[i] = times(m, m[i]);
        }
    };
    Matrix odd{};
    Matrix even{};
    odd[0] = 0xEDB88320u; // one zero bit
    for (std::size_t i = 1; i < 32; ++i) {
        odd[i] = 1u << (i - 1);
    }
    square(even, odd); // two zero bits
    square(odd, even); // four
    std::uint32_t reg = 0xFFFFFFFFu;
    while (n) {
        square(even, odd); // first pass: one zero byte
        if (n & 1) {
            reg = times(even, reg);
        }
        n >>= 1;
        if (!n) {
            break;
        }
        square(odd, even);
        if (n & 1) {
            reg = times(odd, reg);
        }
        n >>= 1;
    }
    return ~reg;
}

class BitWriter {
public:
    void bits(std::uint32_t value, int count) // LSB first, as DEFLATE packs everything
    {
        for (int i = 0; i < count; ++i) {
            bit((value >> i) & 1);
        }
    }
    void huffman(std::uint32_t code, int length) // Huffman codes go MSB first
    {
        for (int i = length - 1; i >= 0; --i) {
            bit((code >> i) & 1);
        }
    }
    void zeroBits(std::uint64_t count)
    {
        while (count && m_used != 0) {
            bit(0);
            --count;
        }
        m_bytes.append(qsizetype(count / 8), '\0');
        for (std::uint64_t i = 0; i < count % 8; ++i) {
            bit(0);
        }
    }
    QByteArray finish()
    {
        if (m_used) {
            m_bytes.append(char(m_current));
            m_current = 0;
            m_used = 0;
        }
        return m_bytes;
    }

private:
    void bit(std::uint32_t b)
    {
        m_current |= std::uint8_t(b << m_used);
        if (++m_used == 8) {
            m_bytes.append(char(m_current));
            m_current = 0;
            m_used = 0;
        }
    }
    QByteArray m_bytes;
    std::uint8_t m_current = 0;
    int m_used = 0;
};

// Raw DEFLATE of n >= 1 zero bytes.
inline QByteArray deflateZeros(std::uint64_t n)
{
    BitWriter w;
    w.bits(1, 1);  // BFINAL
    w.bits(2, 2);  // BTYPE: dynamic Huffman
    w.bits(29, 5); // HLIT: 286 literal/length codes
    w.bits(0, 5);  // HDIST: 1 distance code
    w.bits(14, 4); // HCLEN: 18 code length codes
    // Code length code lengths in the RFC's order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
    // symbol 18 (run of zeros) gets 1 bit, symbols 1 and 2 get 2 bits.
    const int order[18] = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2};
    for (int length : order) {
        w.bits(std::uint32_t(length), 3);
    }
    // Canonical codes of that alphabet: 18 -> 0, 1 -> 10, 2 -> 11.
    auto length2 = [&w] { w.huffman(0b11, 2); };
    auto length1 = [&w] { w.huffman(0b10, 2); };
    auto zeros = [&w](int count) { // 11..138
        w.huffman(0b0, 1);
        w.bits(std::uint32_t(count - 11), 7);
    };
    // Literal/length lengths: 0 -> 2, 1..255 -> 0, 256 -> 2, 257..284 -> 0, 285 -> 1.
    length2();
    zeros(138);
    zeros(117);
    length2();
    zeros(28);
    length1();
    // Distance lengths: code 0 (distance 1) -> 1 bit.
    length1();
    // Canonical codes: 285 -> 0, literal 0 -> 10, end of block -> 11; distance 1 -> 0.
    w.huffman(0b10, 2); // the first zero, as a literal
    std::uint64_t left = n - 1;
    w.zeroBits(left / 258 * 2); // runs of 258: length code 0, distance code 0
    for (std::uint64_t i = 0; i < left % 258; ++i) {
        w.huffman(0b10, 2);
    }
    w.huffman(0b11, 2); // end of block
    return w.finish();
}

// A zip archive, written without data descriptors or zip64 (sizes below 4 GiB).
class ZipBuilder {
public:
    void addStored(const QString &name, const QByteArray &data)
    {
        add(name, 0, data, crc32(data), quint32(data.size()));
    }
    // A deflated entry; declaredSize is what the headers claim (a lie makes a hostile archive).
    void addDeflated(const QString &name, const QByteArray &deflated, std::uint32_t crc,
                     std::uint64_t declaredSize)
    {
        add(name, 8, deflated, crc, quint32(declaredSize));
    }
    void addZeros(const QString &name, std::uint64_t size)
    {
        addDeflated(name, deflateZeros(size), crc32OfZeros(size), size);
    }

    QByteArray finish() const
    {
        QByteArray out;
        QByteArray directory;
        for (const Entry &e : m_entries) {
            const quint32 offset = quint32(out.size());
            le32(out, 0x04034b50);
            header(out, e);
            le16(out, 0); // extra
            out += e.name;
            out += e.data;
            le32(directory, 0x02014b50);
            le16(directory, 20); // made by
            header(directory, e);
            le16(directory, 0); // extra
            le16(directory, 0); // comment
            le16(directory, 0); // disk
            le16(directory, 0); // internal attributes
            le32(directory, 0); // external attributes
            le32(directory, offset);
            directory += e.name;
        }
        const quint32 directoryOffset = quint32(out.size());
        out += directory;
        le32(out, 0x06054b50);
        le16(out, 0);
        le16(out, 0);
        le16(out, quint16(m_entries.size()));
        le16(out, quint16(m_entries.size()));
        le32(out, quint32(directory.size()));
        le32(out, directoryOffset);
        le16(out, 0);
        return out;
    }

private:
    struct Entry {
        QByteArray name;
        quint16 method;
        QByteArray data;
        std::uint32_t crc;
        quint32 size;
    };
    void add(const QString &name, quint16 method, const QByteArray &data, std::uint32_t crc,
             quint32 size)
    {
        m_entries.append(Entry{name.toUtf8(), method, data, crc, size});
    }
    static void le16(QByteArray &out, quint16 v)
    {
        out.append(char(v & 0xFF));
        out.append(char(v >> 8));
    }
    static void le32(QByteArray &out, quint32 v)
    {
        le16(out, quint16(v & 0xFFFF));
        le16(out, quint16(v >> 16));
    }
    static void header(QByteArray &out, const Entry &e) // version needed … name length
    {
        le16(out, 20);
        le16(out, 0x0800); // UTF-8 names
        le16(out, e.method);
        le16(out, 0x4A00); // 09:16
        le16(out, 0x58A1); // 2024-05-01
        le32(out, e.crc);
        le32(out, quint32(e.data.size()));
        le32(out, e.size);
        le16(out, quint16(e.name.size()));
    }
    QList<Entry> m_entries;
};

// A minimal .xlsx: the parts Excel needs, the given sheets (name, worksheet XML) and optional
// sharedStrings.xml and styles.xml. Stored (uncompressed) entries unless a sheet is given as
// zeros by the caller afterwards.
struct WorkbookSpec {
    QList<QPair<QString, QByteArray>> sheets;
    QByteArray sharedStrings; // empty: no shared strings part
    QByteArray styles;        // empty: no styles part
    QByteArray workbookPr;    // e.g. <workbookPr date1904="1"/>
};

inline void addWorkbookParts(ZipBuilder &zip, const WorkbookSpec &spec,
                             bool includeSheetData = true)
{
    const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    zip.addStored(QStringLiteral("[Content_Types].xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                  "openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" "
                  "ContentType=\"application/xml\"/></Types>");
    zip.addStored(QStringLiteral("_rels/.rels"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                  "schemas.openxmlformats.org/package/2006/relationships\"><Relationship "
                  "Id=\"rId1\" Type=\"" +
                      rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    QByteArray sheets;
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                      "schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < spec.sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        sheets += "<sheet name=\"" + spec.sheets[i].first.toUtf8() + "\" sheetId=\"" + n +
                  "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel +
                "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        if (includeSheetData) {
            zip.addStored(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                          spec.sheets[i].second);
        }
    }
    if (!spec.sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rIdS\" Type=\"" + rel +
                "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        zip.addStored(QStringLiteral("xl/sharedStrings.xml"), spec.sharedStrings);
    }
    if (!spec.styles.isEmpty()) {
        rels += "<Relationship Id=\"rIdT\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>";
        zip.addStored(QStringLiteral("xl/styles.xml"), spec.styles);
    }
    rels += "</Relationships>";
    zip.addStored(QStringLiteral("xl/_rels/workbook.xml.rels"), rels);
    zip.addStored(QStringLiteral("xl/workbook.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main +
                      "\" xmlns:r=\"" + rel + "\">" + spec.workbookPr + "<sheets>" + sheets +
                      "</sheets></workbook>");
}

inline QByteArray buildWorkbook(const WorkbookSpec &spec)
{
    ZipBuilder zip;
    addWorkbookParts(zip, spec);
    return zip.finish();
}

// <worksheet> around the given <row>s.
inline QByteArray worksheet(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
           "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
           rows + "</sheetData></worksheet>";
}

} // namespace boussole::test
