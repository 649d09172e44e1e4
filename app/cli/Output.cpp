#include "app/cli/Output.h"

#include "models/domain/Money.h"
#include "models/reports/WorkloadCsvExport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole {

void TextTable::print(QTextStream &out, OutputFormat format) const
{
    if (format == OutputFormat::Csv) {
        QStringList escaped;
        for (const QString &header : headers) {
            escaped << csvField(header);
        }
        out << escaped.join(u',') << '\n';
        for (const QStringList &row : rows) {
            escaped.clear();
            for (const QString &cell : row) {
                escaped << csvField(cell);
            }
            out << escaped.join(u',') << '\n';
        }
        return;
    }
    std::vector<qsizetype> widths(headers.size(), 0);
    for (qsizetype c = 0; c < headers.size(); ++c) {
        widths[c] = headers[c].size();
    }
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < headers.size(); ++c) {
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const QString cell = c < row.size() ? row[c] : QString();
            const bool right = c < qsizetype(rightAligned.size()) && rightAligned[c];
            line += right ? cell.rightJustified(widths[c]) : cell.leftJustified(widths[c]);
            if (c + 1 < headers.size()) {
                line += u"  "_s;
            }
        }
        // Trailing blanks help nobody reading a terminal or diffing output.
        while (line.endsWith(u' ')) {
            line.chop(1);
        }
        out << line << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows) {
        printRow(row);
    }
}

QJsonObject jsonDocumentHeader()
{
    QJsonObject document;
    document.insert(u"schema_version"_s, 1);
    document.insert(u"generated_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return document;
}

namespace {

// A private-use character that never appears in Boussole's own strings; user text would have to be
// exactly this character followed by a plain number to be mistaken for an amount.
constexpr char16_t kMoneyMarker = u'\xE000';

} // namespace

QJsonValue jsonMoney(const Money &amount)
{
    return QJsonValue(QString(QChar(kMoneyMarker)) + amount.toString());
}

void printJson(QTextStream &out, const QJsonObject &document)
{
    QString text = QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    static const QRegularExpression marked(u"\"\uE000(-?[0-9]+(?:\\.[0-9]+)?)\""_s);
    text.replace(marked, u"\\1"_s);
    out << text;
}

} // namespace boussole
