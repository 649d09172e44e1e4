#include "models/importers/io/XlsxReader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr qint64 kMsPerDay = 86400000;
// 9999-12-31 in the 1900 system, Excel's last date.
constexpr double kLastSerial = 2958466;
constexpr int kMaxStyles = 1 << 20;
constexpr qsizetype kMaxReserve = 1 << 20;
constexpr qint64 kMaxSmallPart = 64 * ZipLimits::kMiB; // workbook.xml, .rels, styles.xml

// column is QXmlStreamReader's, 0-based; messages count from 1 like editors. The position is
// where the parser stands: just after the offending tag.
Error partError(const QString &fileName, const QString &part, qint64 line, qint64 column,
                const QString &message)
{
    return Error(message, fileName, 0, 0, u"%1:%2:%3"_s.arg(part).arg(line).arg(column + 1));
}

// Reads up to the root element, refusing a document type declaration: the only way into entity
// expansion, and never needed by a workbook.
bool startDocument(QXmlStreamReader &xml)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            xml.raiseError(QCoreApplication::translate(
                "Importer",
                "a document type declaration (<!DOCTYPE …>) is not allowed in a workbook part"));
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            return true;
        }
    }
    if (!xml.hasError()) {
        xml.raiseError(QCoreApplication::translate("Importer", "the part holds no XML element"));
    }
    return false;
}

Error xmlFailure(const QXmlStreamReader &xml, const ZipEntryDevice &device, const QString &fileName,
                 const QString &part)
{
    // A damaged entry shows up as a premature end of document: the zip error says more.
    if (device.hasError()) {
        return device.error();
    }
    return partError(fileName, part, xml.lineNumber(), xml.columnNumber(), xml.errorString());
}

// The r:id of <sheet>, in the transitional or the strict relationships namespace.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"relationships")) {
            return attribute.value().toString();
        }
    }
    return {};
}

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.first(slash);
}

// A relationship target resolved against the part that holds it: "worksheets/sheet1.xml" from
// "xl/workbook.xml" is "xl/worksheets/sheet1.xml"; "/xl/styles.xml" is absolute.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    decoded.replace(u'\\', u'/');
    QStringList segments;
    if (!decoded.startsWith(u'/')) {
        segments = directoryOf(sourcePart).split(u'/', Qt::SkipEmptyParts);
    }
    for (const QString &segment : decoded.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u".") {
            continue;
        }
        if (segment == u"..") {
            if (!segments.isEmpty()) {
                segments.removeLast();
            }
            continue;
        }
        segments.append(segment);
    }
    return segments.join(u'/');
}

// "_rels/.rels" for the package, "xl/_rels/workbook.xml.rels" for "xl/workbook.xml".
QString relationshipsPartOf(const QString &part)
{
    if (part.isEmpty()) {
        return u"_rels/.rels"_s;
    }
    const QString directory = directoryOf(part);
    const QString name = part.sliced(directory.isEmpty() ? 0 : directory.size() + 1);
    return (directory.isEmpty() ? QString() : directory + u'/') + u"_rels/"_s + name + u".rels"_s;
}

bool isTrue(QStringView value)
{
    return value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
}

// Reads the text runs of a rich-text string (<si> or <is>) up to the end of the element named
// end: plain <t>, or <r><t> runs concatenated; phonetic runs (<rPh>, Japanese readings) are no
// part of the value.
void readRichText(QXmlStreamReader &xml, QStringView end, QString &out)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t") {
                out += xml.readElementText();
            } else if (xml.name() == u"rPh") {
                xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == end) {
            return;
        }
    }
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9') {
        return c.unicode() - u'0';
    }
    if (c >= u'a' && c <= u'f') {
        return c.unicode() - u'a' + 10;
    }
    if (c >= u'A' && c <= u'F') {
        return c.unicode() - u'A' + 10;
    }
    return -1;
}

double serialFromDateTime(const QDateTime &dateTime, bool date1904)
{
    const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    qint64 days = base.daysTo(dateTime.date());
    if (!date1904 && days < 61) {
        --days; // before Lotus' 29 February 1900
    }
    return double(days) + double(dateTime.time().msecsSinceStartOfDay()) / double(kMsPerDay);
}

} // namespace

// --- cells and rows ---------------------------------------------------------------------------

QString XlsxCell::toString() const
{
    switch (type) {
    case XlsxCellType::Empty:
        return {};
    case XlsxCellType::String:
    case XlsxCellType::Error:
        return text;
    case XlsxCellType::Boolean:
        return number != 0 ? u"TRUE"_s : u"FALSE"_s;
    case XlsxCellType::Number:
        if (isDate) {
            const QDateTime when = dateTime();
            if (when.isValid()) {
                const QTime time = when.time();
                if (time.msecsSinceStartOfDay() == 0) {
                    return when.date().toString(Qt::ISODate);
                }
                return when.toString(time.msec() == 0 ? u"yyyy-MM-ddTHH:mm:ss"_s
                                                      : u"yyyy-MM-ddTHH:mm:ss.zzz"_s);
            }
        }
        return QLocale::c().toString(number, 'g', QLocale::FloatingPointShortest);
    }
    return {};
}

QDateTime XlsxCell::dateTime() const
{
    return type == XlsxCellType::Number ? XlsxReader::fromExcelSerial(number, date1904)
                                        : QDateTime();
}

const XlsxCell &XlsxRow::cell(int column) const
{
    static const XlsxCell empty;
    const auto it =
        std::lower_bound(cells.begin(), cells.end(), column,
                         [](const XlsxCell &cell, int wanted) { return cell.column < wanted; });
    return it != cells.end() && it->column == column ? *it : empty;
}

bool XlsxRow::isBlank() const
{
    return std::all_of(cells.begin(), cells.end(), [](const XlsxCell &cell) {
        return cell.isEmpty() ||
               (cell.type == XlsxCellType::String && cell.text.trimmed().isEmpty());
    });
}

// --- static helpers ---------------------------------------------------------------------------

QString XlsxReader::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

std::optional<std::pair<int, int>> XlsxReader::parseCellReference(QStringView reference)
{
    qsizetype i = 0;
    int column = 0;
    // Absolute references ($A$1) do not appear in cell positions, but cost nothing to accept.
    if (i < reference.size() && reference[i] == u'$') {
        ++i;
    }
    const qsizetype letters = i;
    while (i < reference.size() && i - letters < 3) {
        const QChar c = reference[i];
        if (c >= u'A' && c <= u'Z') {
            column = column * 26 + (c.unicode() - u'A' + 1);
        } else if (c >= u'a' && c <= u'z') {
            column = column * 26 + (c.unicode() - u'a' + 1);
        } else {
            break;
        }
        ++i;
    }
    if (i == letters || column > 16384) {
        return std::nullopt;
    }
    if (i < reference.size() && reference[i] == u'$') {
        ++i;
    }
    if (i == reference.size()) {
        return std::pair{column - 1, 0};
    }
    int row = 0;
    const qsizetype digits = i;
    while (i < reference.size() && reference[i] >= u'0' && reference[i] <= u'9' && i - digits < 8) {
        row = row * 10 + (reference[i].unicode() - u'0');
        ++i;
    }
    if (i != reference.size() || i == digits || row < 1 || row > 1048576) {
        return std::nullopt;
    }
    return std::pair{column - 1, row};
}

QString XlsxReader::cellName(const QString &sheet, int column, int row)
{
    return sheet + u'!' + columnName(column) + QString::number(row);
}

QDateTime XlsxReader::fromExcelSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= kLastSerial) {
        return {};
    }
    const qint64 ms = std::llround(serial * double(kMsPerDay));
    const qint64 days = ms / kMsPerDay;
    const int msOfDay = int(ms % kMsPerDay);
    QDate base;
    if (date1904) {
        base = QDate(1904, 1, 1);
    } else {
        // Serial 1 is 1900-01-01; Excel then counts a 29 February 1900 (serial 60, read here as
        // the 28th), so from 1 March 1900 (serial 61) on the count starts a day earlier.
        base = days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
    }
    return QDateTime(base.addDays(days), QTime::fromMSecsSinceStartOfDay(msOfDay), Qt::UTC);
}

bool XlsxReader::isDateFormat(int numFmtId, QStringView formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47)) {
        return true;
    }
    if (formatCode.isEmpty()) {
        return false;
    }
    // Only the first section matters (positive numbers); the rest format other signs.
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i];
        switch (c.unicode()) {
        case u';':
            return false;
        case u'"': { // quoted literal
            const qsizetype close = formatCode.indexOf(u'"', i + 1);
            if (close < 0) {
                return false;
            }
            i = close;
            break;
        }
        case u'\\': // escaped literal
        case u'_':  // padding as wide as the next character
        case u'*':  // fill with the next character
            ++i;
            break;
        case u'[': { // [Red], [$-40C], [>100], or an elapsed time [h] [mm] [ss]
            const qsizetype close = formatCode.indexOf(u']', i + 1);
            if (close < 0) {
                return false;
            }
            const QStringView inside = formatCode.sliced(i + 1, close - i - 1);
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar x) {
                    const char16_t l = x.toLower().unicode();
                    return l == u'h' || l == u'm' || l == u's';
                })) {
                return true;
            }
            i = close;
            break;
        }
        default: {
            const char16_t l = c.toLower().unicode();
            if (l == u'd' || l == u'm' || l == u'y' || l == u'h' || l == u's') {
                return true;
            }
            break;
        }
        }
    }
    return false;
}

QString XlsxReader::decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"_s)) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int value = 0;
            bool hex = true;
            for (qsizetype k = i + 2; k < i + 6; ++k) {
                const int digit = hexValue(text[k]);
                hex = hex && digit >= 0;
                value = value * 16 + std::max(digit, 0);
            }
            if (hex) {
                out += QChar(char16_t(value));
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// --- workbook ---------------------------------------------------------------------------------

XlsxReader::XlsxReader(std::unique_ptr<ZipArchive> archive, const XlsxOptions &options)
    : m_archive(std::move(archive)), m_options(options)
{
}

XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(QIODevice &device, const QString &fileName,
                                                     const XlsxOptions &options)
{
    Result<std::unique_ptr<ZipArchive>> archive = ZipArchive::open(device, fileName, options.zip);
    if (!archive) {
        return archive.error();
    }
    return open(std::move(archive.value()), options);
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(std::unique_ptr<ZipArchive> archive,
                                                     const XlsxOptions &options)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(std::move(archive), options));
    if (Status loaded = reader->load(); !loaded) {
        return loaded.error();
    }
    return reader;
}

Result<std::unique_ptr<ZipEntryDevice>> XlsxReader::openSmallPart(const QString &part)
{
    if (const ZipEntryInfo *info = m_archive->entry(part); info && info->size > kMaxSmallPart) {
        return Error(
            QCoreApplication::translate("Importer", "part %1 holds %2, more than the %3 allowed")
                .arg(part, ZipArchive::formatSize(info->size),
                     ZipArchive::formatSize(kMaxSmallPart)),
            fileName());
    }
    return m_archive->openEntry(part);
}

Result<QHash<QString, XlsxReader::Relationship>>
XlsxReader::readRelationships(const QString &part, const QString &sourcePart)
{
    QHash<QString, Relationship> relationships;
    if (!m_archive->contains(part)) {
        return relationships;
    }
    Result<std::unique_ptr<ZipEntryDevice>> device = openSmallPart(part);
    if (!device) {
        return device.error();
    }
    QXmlStreamReader xml(device.value().get());
    if (startDocument(xml)) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (xml.name() != u"Relationship") {
                continue;
            }
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value("TargetMode"_L1).compare(u"External", Qt::CaseInsensitive) == 0) {
                continue;
            }
            const QStringView type = attributes.value("Type"_L1);
            Relationship relationship;
            relationship.type = type.sliced(type.lastIndexOf(u'/') + 1).toString();
            relationship.target =
                resolveTarget(sourcePart, attributes.value("Target"_L1).toString());
            relationships.insert(attributes.value("Id"_L1).toString(), relationship);
        }
    }
    if (xml.hasError()) {
        return xmlFailure(xml, *device.value(), fileName(), part);
    }
    return relationships;
}

Status XlsxReader::load()
{
    // The package relationships name the workbook part; xl/workbook.xml is the usual one.
    Result<QHash<QString, Relationship>> root = readRelationships(relationshipsPartOf({}), {});
    if (!root) {
        return root.error();
    }
    for (const Relationship &relationship : root.value()) {
        if (relationship.type == u"officeDocument") {
            m_workbookPart = relationship.target;
            break;
        }
    }
    if (m_workbookPart.isEmpty() || !m_archive->contains(m_workbookPart)) {
        m_workbookPart = u"xl/workbook.xml"_s;
    }
    if (!m_archive->contains(m_workbookPart)) {
        return Error(
            QCoreApplication::translate("Importer", "not an Excel workbook: the archive has no %1")
                .arg(m_workbookPart),
            fileName());
    }
    m_workbookPart = m_archive->entry(m_workbookPart)->name;

    Result<QHash<QString, Relationship>> relationships =
        readRelationships(relationshipsPartOf(m_workbookPart), m_workbookPart);
    if (!relationships) {
        return relationships.error();
    }
    for (const Relationship &relationship : relationships.value()) {
        if (relationship.type == u"sharedStrings") {
            m_sharedStringsPart = relationship.target;
        } else if (relationship.type == u"styles") {
            m_stylesPart = relationship.target;
        }
    }
    const QString directory = directoryOf(m_workbookPart);
    const QString prefix = directory.isEmpty() ? QString() : directory + u'/';
    if (m_sharedStringsPart.isEmpty() && m_archive->contains(prefix + u"sharedStrings.xml"_s)) {
        m_sharedStringsPart = prefix + u"sharedStrings.xml"_s;
    }
    if (m_stylesPart.isEmpty() && m_archive->contains(prefix + u"styles.xml"_s)) {
        m_stylesPart = prefix + u"styles.xml"_s;
    }

    Result<std::unique_ptr<ZipEntryDevice>> device = openSmallPart(m_workbookPart);
    if (!device) {
        return device.error();
    }
    QXmlStreamReader xml(device.value().get());
    if (startDocument(xml)) {
        if (xml.name() != u"workbook") {
            xml.raiseError(QCoreApplication::translate(
                               "Importer", "not an Excel workbook: the main part is <%1>")
                               .arg(xml.name()));
        }
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"workbookPr") {
                m_date1904 = isTrue(attributes.value("date1904"_L1));
            } else if (xml.name() == u"sheet") {
                Sheet sheet;
                sheet.name = attributes.value("name"_L1).toString();
                const auto it = relationships->constFind(relationshipId(attributes));
                if (it != relationships->constEnd()) {
                    sheet.part = it->target;
                }
                m_sheets.push_back(std::move(sheet));
            }
        }
    }
    if (xml.hasError()) {
        return xmlFailure(xml, *device.value(), fileName(), m_workbookPart);
    }
    return {};
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets) {
        names.append(sheet.name);
    }
    return names;
}

std::optional<QString> XlsxReader::findSheet(QStringView name) const
{
    const QStringView wanted = name.trimmed();
    for (const Sheet &sheet : m_sheets) {
        if (sheet.name == wanted) {
            return sheet.name;
        }
    }
    for (const Sheet &sheet : m_sheets) {
        if (QStringView(sheet.name).trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
            return sheet.name;
        }
    }
    return std::nullopt;
}

QString XlsxReader::sheetPart(QStringView name) const
{
    const std::optional<QString> found = findSheet(name);
    if (!found) {
        return {};
    }
    for (const Sheet &sheet : m_sheets) {
        if (sheet.name == *found) {
            return sheet.part;
        }
    }
    return {};
}

int XlsxReader::sharedStringCount()
{
    return loadShared() ? int(m_sharedStrings.size()) : 0;
}

Status XlsxReader::loadShared()
{
    if (!m_sharedLoaded) {
        m_sharedLoaded = true;
        Status status;
        if (!m_sharedStringsPart.isEmpty()) {
            status = loadSharedStrings(m_sharedStringsPart);
        }
        if (status && !m_stylesPart.isEmpty()) {
            status = loadStyles(m_stylesPart);
        }
        if (!status) {
            m_sharedError = status.error();
        }
    }
    if (m_sharedError) {
        return *m_sharedError;
    }
    return {};
}

Status XlsxReader::loadSharedStrings(const QString &part)
{
    if (!m_archive->contains(part)) {
        return Error(QCoreApplication::translate(
                         "Importer", "the workbook names %1 for its strings, but the archive "
                                     "has no such part")
                         .arg(part),
                     fileName());
    }
    Result<std::unique_ptr<ZipEntryDevice>> device = m_archive->openEntry(part);
    if (!device) {
        return device.error();
    }
    QXmlStreamReader xml(device.value().get());
    qint64 chars = 0;
    if (startDocument(xml)) {
        bool ok = false;
        const qsizetype declared = xml.attributes().value("uniqueCount"_L1).toLongLong(&ok);
        if (ok && declared > 0) {
            m_sharedStrings.reserve(std::min(declared, kMaxReserve));
        }
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"si") {
                continue;
            }
            text.clear();
            readRichText(xml, u"si", text);
            chars += text.size();
            if (chars > m_options.maxSharedStringChars) {
                xml.raiseError(QCoreApplication::translate(
                                   "Importer", "the shared strings hold more than the %1 "
                                               "characters allowed")
                                   .arg(m_options.maxSharedStringChars));
                break;
            }
            m_sharedStrings.append(decodeEscapes(text));
        }
    }
    if (xml.hasError()) {
        m_sharedStrings.clear();
        return xmlFailure(xml, *device.value(), fileName(), part);
    }
    return {};
}

Status XlsxReader::loadStyles(const QString &part)
{
    if (!m_archive->contains(part)) {
        return {}; // no styles: no dates, every number stays a number
    }
    Result<std::unique_ptr<ZipEntryDevice>> device = openSmallPart(part);
    if (!device) {
        return device.error();
    }
    QXmlStreamReader xml(device.value().get());
    QHash<int, QString> customFormats;
    std::vector<int> formatOfStyle;
    if (startDocument(xml)) {
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) {
                continue;
            }
            if (xml.name() == u"numFmts") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numFmt") {
                        const QXmlStreamAttributes attributes = xml.attributes();
                        customFormats.insert(attributes.value("numFmtId"_L1).toInt(),
                                             attributes.value("formatCode"_L1).toString());
                    }
                    xml.skipCurrentElement();
                }
            } else if (xml.name() == u"cellXfs") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"xf") {
                        if (formatOfStyle.size() >= std::size_t(kMaxStyles)) {
                            xml.raiseError(
                                QCoreApplication::translate("Importer", "more than %1 cell styles")
                                    .arg(kMaxStyles));
                            break;
                        }
                        formatOfStyle.push_back(xml.attributes().value("numFmtId"_L1).toInt());
                    }
                    xml.skipCurrentElement();
                }
            }
        }
    }
    if (xml.hasError()) {
        return xmlFailure(xml, *device.value(), fileName(), part);
    }
    m_dateStyles.resize(formatOfStyle.size());
    for (std::size_t i = 0; i < formatOfStyle.size(); ++i) {
        const int id = formatOfStyle[i];
        m_dateStyles[i] = isDateFormat(id, customFormats.value(id));
    }
    return {};
}

Result<std::unique_ptr<XlsxSheetReader>> XlsxReader::openSheet(QStringView name)
{
    const std::optional<QString> found = findSheet(name);
    if (!found) {
        return Error(
            QCoreApplication::translate("Importer", "the workbook has no sheet named \"%1\"")
                .arg(name.toString()),
            fileName());
    }
    const QString part = sheetPart(*found);
    if (part.isEmpty() || !m_archive->contains(part)) {
        return Error(QCoreApplication::translate(
                         "Importer", "the workbook lists the sheet \"%1\" but the archive does "
                                     "not hold it%2")
                         .arg(*found, part.isEmpty() ? QString() : u" ("_s + part + u')'),
                     fileName());
    }
    if (Status shared = loadShared(); !shared) {
        return shared.error();
    }
    Result<std::unique_ptr<ZipEntryDevice>> device = m_archive->openEntry(part);
    if (!device) {
        return device.error();
    }
    return std::unique_ptr<XlsxSheetReader>(new XlsxSheetReader(
        *this, *found, m_archive->entry(part)->name, std::move(device.value())));
}

Status XlsxReader::readSheet(QStringView name, const std::function<bool(const XlsxRow &)> &onRow)
{
    Result<std::unique_ptr<XlsxSheetReader>> sheet = openSheet(name);
    if (!sheet) {
        return sheet.error();
    }
    XlsxRow row;
    for (;;) {
        Result<bool> next = sheet.value()->next(row);
        if (!next) {
            return next.error();
        }
        if (!next.value() || !onRow(row)) {
            return {};
        }
    }
}

// --- sheet ------------------------------------------------------------------------------------

XlsxSheetReader::XlsxSheetReader(XlsxReader &workbook, QString sheetName, QString partName,
                                 std::unique_ptr<ZipEntryDevice> device)
    : m_workbook(workbook), m_sheetName(std::move(sheetName)), m_partName(std::move(partName)),
      m_device(std::move(device))
{
    m_xml.setDevice(m_device.get());
}

XlsxSheetReader::~XlsxSheetReader() = default;

qint64 XlsxSheetReader::bytesRead() const
{
    return m_device->inflated();
}

qint64 XlsxSheetReader::size() const
{
    return m_device->info().size;
}

Result<bool> XlsxSheetReader::fail(Error error)
{
    m_error = std::move(error);
    return *m_error;
}

Error XlsxSheetReader::xmlError() const
{
    return xmlFailure(m_xml, *m_device, m_workbook.fileName(), m_partName);
}

Error XlsxSheetReader::cellError(int column, int row, const QString &message) const
{
    return Error(message, m_workbook.fileName(), 0, 0,
                 XlsxReader::cellName(m_sheetName, column, row));
}

Result<bool> XlsxSheetReader::next(XlsxRow &row)
{
    if (m_error) {
        return *m_error;
    }
    if (m_done) {
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (!startDocument(m_xml)) {
            return fail(xmlError());
        }
        if (m_xml.name() != u"worksheet") {
            return fail(partError(m_workbook.fileName(), m_partName, m_xml.lineNumber(),
                                  m_xml.columnNumber(),
                                  QCoreApplication::translate(
                                      "Importer", "the sheet \"%1\" is not a worksheet (<%2>)")
                                      .arg(m_sheetName, m_xml.name())));
        }
    }
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"sheetData") {
            m_done = true;
            return false;
        }
        if (token != QXmlStreamReader::StartElement || m_xml.name() == u"sheetData") {
            continue;
        }
        if (m_xml.name() != u"row") {
            m_xml.skipCurrentElement(); // sheetPr, dimension, cols…
            continue;
        }

        const QStringView r = m_xml.attributes().value("r"_L1);
        int number = m_lastRow + 1;
        if (!r.isEmpty()) {
            bool ok = false;
            number = r.toInt(&ok);
            if (!ok || number < 1 || number > m_workbook.m_options.maxRows) {
                return fail(partError(
                    m_workbook.fileName(), m_partName, m_xml.lineNumber(), m_xml.columnNumber(),
                    QCoreApplication::translate("Importer", "invalid row number \"%1\"")
                        .arg(r.toString())));
            }
        } else if (number > m_workbook.m_options.maxRows) {
            return fail(partError(m_workbook.fileName(), m_partName, m_xml.lineNumber(),
                                  m_xml.columnNumber(),
                                  QCoreApplication::translate("Importer", "more than %1 rows")
                                      .arg(m_workbook.m_options.maxRows)));
        }
        m_lastRow = number;
        row.number = number;
        row.cells.clear();
        int lastColumn = -1;
        bool ordered = true;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType inner = m_xml.readNext();
            if (inner == QXmlStreamReader::EndElement && m_xml.name() == u"row") {
                break;
            }
            if (inner != QXmlStreamReader::StartElement) {
                continue;
            }
            if (m_xml.name() != u"c") {
                m_xml.skipCurrentElement();
                continue;
            }
            const int previous = lastColumn;
            if (Status cell = readCell(row, lastColumn); !cell) {
                return fail(cell.error());
            }
            ordered = ordered && lastColumn > previous;
        }
        if (m_xml.hasError()) {
            return fail(xmlError());
        }
        if (!ordered) {
            // Out of order or repeated columns: sort, and let the last of a column win.
            std::stable_sort(
                row.cells.begin(), row.cells.end(),
                [](const XlsxCell &a, const XlsxCell &b) { return a.column < b.column; });
            auto last = std::unique(
                row.cells.rbegin(), row.cells.rend(),
                [](const XlsxCell &a, const XlsxCell &b) { return a.column == b.column; });
            row.cells.erase(row.cells.begin(), last.base());
        }
        return true;
    }
    if (m_xml.hasError()) {
        return fail(xmlError());
    }
    m_done = true; // a sheet without <sheetData>
    return false;
}

Status XlsxSheetReader::readCell(XlsxRow &row, int &lastColumn)
{
    enum class Kind { Number, Shared, String, Inline, Boolean, Error, Date };
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView reference = attributes.value("r"_L1);
    int column = lastColumn + 1;
    if (!reference.isEmpty()) {
        const std::optional<std::pair<int, int>> parsed = XlsxReader::parseCellReference(reference);
        if (!parsed || parsed->first >= m_workbook.m_options.maxColumns) {
            return partError(
                m_workbook.fileName(), m_partName, m_xml.lineNumber(), m_xml.columnNumber(),
                QCoreApplication::translate("Importer", "invalid cell reference \"%1\"")
                    .arg(reference.toString()));
        }
        column = parsed->first;
    } else if (column >= m_workbook.m_options.maxColumns) {
        return partError(m_workbook.fileName(), m_partName, m_xml.lineNumber(),
                         m_xml.columnNumber(),
                         QCoreApplication::translate("Importer", "row %1 has more than %2 cells")
                             .arg(row.number)
                             .arg(m_workbook.m_options.maxColumns));
    }
    const QStringView t = attributes.value("t"_L1);
    Kind kind = Kind::Number;
    if (t == u"s") {
        kind = Kind::Shared;
    } else if (t == u"str") {
        kind = Kind::String;
    } else if (t == u"inlineStr") {
        kind = Kind::Inline;
    } else if (t == u"b") {
        kind = Kind::Boolean;
    } else if (t == u"e") {
        kind = Kind::Error;
    } else if (t == u"d") {
        kind = Kind::Date;
    }
    bool styleOk = false;
    const int style = attributes.value("s"_L1).toInt(&styleOk);

    m_value.clear();
    m_inline.clear();
    bool hasValue = false;
    bool hasInline = false;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == u"c") {
            break;
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        if (m_xml.name() == u"v") {
            m_value = m_xml.readElementText();
            hasValue = true;
        } else if (m_xml.name() == u"is") {
            readRichText(m_xml, u"is", m_inline);
            hasInline = true;
        } else {
            m_xml.skipCurrentElement(); // <f>, <extLst>
        }
    }
    if (m_xml.hasError()) {
        return xmlError();
    }
    lastColumn = column;

    XlsxCell cell;
    cell.column = column;
    cell.date1904 = m_workbook.m_date1904;
    const QStringView value = QStringView(m_value).trimmed();
    switch (kind) {
    case Kind::Inline:
        if (hasInline || hasValue) {
            cell.type = XlsxCellType::String;
            cell.text = XlsxReader::decodeEscapes(hasInline ? m_inline : m_value);
        }
        break;
    case Kind::String:
        if (hasValue) {
            cell.type = XlsxCellType::String;
            cell.text = XlsxReader::decodeEscapes(m_value);
        }
        break;
    case Kind::Shared: {
        if (!hasValue) {
            break;
        }
        bool ok = false;
        const qlonglong index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_workbook.m_sharedStrings.size()) {
            return cellError(column, row.number,
                             QCoreApplication::translate(
                                 "Importer", "the cell refers to shared string %1, but the "
                                             "workbook has %2")
                                 .arg(value.toString())
                                 .arg(m_workbook.m_sharedStrings.size()));
        }
        cell.type = XlsxCellType::String;
        cell.text = m_workbook.m_sharedStrings.at(qsizetype(index));
        break;
    }
    case Kind::Boolean:
        if (hasValue) {
            cell.type = XlsxCellType::Boolean;
            cell.number = isTrue(value) ? 1 : 0;
        }
        break;
    case Kind::Error:
        if (hasValue) {
            cell.type = XlsxCellType::Error;
            cell.text = value.toString();
        }
        break;
    case Kind::Date:
        if (hasValue && !value.isEmpty()) {
            QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
            if (!when.isValid()) {
                when = QDateTime(QDate::fromString(value.toString(), Qt::ISODate), QTime(0, 0));
            }
            if (!when.isValid()) {
                return cellError(column, row.number,
                                 QCoreApplication::translate(
                                     "Importer", "the cell holds \"%1\", which is not a date")
                                     .arg(value.toString()));
            }
            cell.type = XlsxCellType::Number;
            cell.isDate = true;
            cell.number = serialFromDateTime(when, cell.date1904);
        }
        break;
    case Kind::Number:
        if (hasValue && !value.isEmpty()) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok || !std::isfinite(number)) {
                return cellError(column, row.number,
                                 QCoreApplication::translate(
                                     "Importer", "the cell holds \"%1\", which is not a number")
                                     .arg(value.toString()));
            }
            cell.type = XlsxCellType::Number;
            cell.number = number;
            cell.isDate = styleOk && style >= 0 &&
                          std::size_t(style) < m_workbook.m_dateStyles.size() &&
                          m_workbook.m_dateStyles[std::size_t(style)];
        }
        break;
    }
    row.cells.push_back(std::move(cell));
    return {};
}

} // namespace boussole
