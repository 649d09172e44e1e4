#include "models/importers/bills/BillCsvImporter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace boussole::bills {

namespace {

QString shownText(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 60)));
    if (bytes.size() > 60) {
        text += u'\u2026';
    }
    return text;
}

constexpr int kProgressEvery = 8192;

} // namespace

int BillHeader::find(std::initializer_list<const char *> names, bool ignoreCase) const
{
    for (const char *wanted : names) {
        for (int i = 0; i < m_names.size(); ++i) {
            const bool same = ignoreCase ? equalsIgnoreCase(m_names[i], QByteArrayView(wanted))
                                         : m_names[i] == QByteArrayView(wanted);
            if (same) {
                return i;
            }
        }
    }
    return -1;
}

void BillHeader::use(int column)
{
    if (column >= 0) {
        m_used.insert(column);
    }
}

QString columnLabel(const BillHeader &header, int column)
{
    if (column < 0 || column >= header.size()) {
        return {};
    }
    return QString::fromUtf8(header.name(column));
}

QByteArrayView RowContext::raw(int column)
{
    if (column < 0 || column >= m_record->size()) {
        return {};
    }
    if (m_windows1252) {
        QByteArray &converted = m_converted[std::size_t(column)];
        if (converted.isNull()) {
            converted = CsvReader::fromWindows1252(m_record->rawField(column)).toUtf8();
            if (converted.isNull()) {
                converted = QByteArray("");
            }
        }
        return converted;
    }
    return m_record->rawField(column);
}

QByteArrayView RowContext::field(int column)
{
    const QByteArrayView value = raw(column);
    if (value.isEmpty()) {
        return {};
    }
    // Cheap test first: most fields are neither blank nor a NULL word.
    const char first = value.front();
    if (first != ' ' && first != '\t' && first != 'N' && first != 'n') {
        return value;
    }
    if (isNullText(value)) {
        if (!trimmed(value).isEmpty()) {
            m_sawNullText = true;
        }
        return {};
    }
    return value;
}

Error RowContext::error(int column, const QString &message) const
{
    const QString where = column >= 0 ? columnLabel(*m_header, column) : QString();
    return Error(where.isEmpty() ? message : u"%1: %2"_s.arg(where, message), m_fileName, m_line,
                 column >= 0 ? column + 1 : 0);
}

Result<Money> RowContext::money(int column, const char *what, bool allowGrouping)
{
    const QByteArrayView text = field(column);
    if (text.isEmpty()) {
        return error(column, QCoreApplication::translate("Importer", "%1 is empty; expected a "
                                                                     "decimal amount")
                                 .arg(QString::fromLatin1(what)));
    }
    if (std::optional<Money> value = parseDecimal(text, allowGrouping)) {
        return *value;
    }
    return error(column, QCoreApplication::translate("Importer",
                                                     "expected a decimal number for %1, found “%2”")
                             .arg(QString::fromLatin1(what), shownText(text)));
}

Result<std::optional<Money>> RowContext::optionalMoney(int column, const char *what,
                                                       bool allowGrouping)
{
    const QByteArrayView text = field(column);
    if (text.isEmpty()) {
        return std::optional<Money>();
    }
    if (std::optional<Money> value = parseDecimal(text, allowGrouping)) {
        return value;
    }
    return error(column, QCoreApplication::translate("Importer",
                                                     "expected a decimal number for %1, found “%2”")
                             .arg(QString::fromLatin1(what), shownText(text)));
}

Result<qint64> RowContext::timestamp(int column, const char *what, DateOrder order)
{
    const QByteArrayView text = field(column);
    if (text.isEmpty()) {
        return error(column, QCoreApplication::translate("Importer", "%1 is empty; expected a date")
                                 .arg(QString::fromLatin1(what)));
    }
    if (std::optional<qint64> value = parseTimestamp(text, order)) {
        return *value;
    }
    return error(column,
                 QCoreApplication::translate(
                     "Importer", "expected a date and time for %1 (such as 2025-01-31T00:00:00Z), "
                                 "found “%2”")
                     .arg(QString::fromLatin1(what), shownText(text)));
}

Result<qint64> RowContext::optionalTimestamp(int column, const char *what, DateOrder order)
{
    if (field(column).isEmpty()) {
        return qint64(0);
    }
    return timestamp(column, what, order);
}

void RowContext::warnOnce(const QString &kind, int column, const QString &message)
{
    if (!m_warned || m_warned->contains(kind)) {
        return;
    }
    m_warned->insert(kind);
    m_warnings->push_back(ImportWarning{message, m_line, column >= 0 ? column + 1 : 0, {}});
}

QByteArrayView RowContext::keep(QByteArray bytes)
{
    m_kept.push_back(std::move(bytes));
    return m_kept.back();
}

bool BillCsvImporterBase::isHeader(const CsvRecord &) const
{
    return true;
}

Result<ImportOutcome> BillCsvImporterBase::read(QIODevice &device,
                                                const ImportContext &context) const
{
    ImportOutcome outcome;
    if (!context.costs) {
        return context.error(u"internal error: no destination for bill lines"_s);
    }
    CsvOptions options;
    options.fileName = context.fileName;
    CsvReader reader(device, options);
    CsvRecord record;

    // The header, after an optional preamble.
    std::optional<BillHeader> header;
    std::vector<QList<QByteArray>> preamble;
    int headerLine = 0;
    for (int skipped = 0;; ++skipped) {
        Result<bool> more = reader.next(record);
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            return context.error(
                QCoreApplication::translate("Importer", "the file holds no %1 header row")
                    .arg(formatLabel()));
        }
        if (isHeader(record)) {
            QList<QByteArray> names;
            names.reserve(record.size());
            for (int i = 0; i < record.size(); ++i) {
                QByteArray name = trimmed(record.rawField(i)).toByteArray();
                if (reader.encoding() == CsvEncoding::Windows1252) {
                    name = CsvReader::fromWindows1252(name).toUtf8();
                }
                names.push_back(std::move(name));
            }
            header.emplace(std::move(names));
            header->setPreamble(std::move(preamble));
            headerLine = record.line();
            break;
        }
        if (!record.isBlank()) {
            QList<QByteArray> fields;
            for (int i = 0; i < record.size(); ++i) {
                fields.push_back(trimmed(record.rawField(i)).toByteArray());
            }
            preamble.push_back(std::move(fields));
        }
        if (skipped >= maxPreambleLines()) {
            return context.error(
                QCoreApplication::translate("Importer", "no %1 header row in the first %n lines",
                                            nullptr, maxPreambleLines() + 1)
                    .arg(formatLabel()),
                record.line(), 1);
        }
    }

    Result<std::unique_ptr<RowMapper>> mapped = mapper(*header, context);
    if (!mapped) {
        Error error = mapped.error();
        if (error.line == 0) {
            error.line = headerLine;
            error.column = error.column > 0 ? error.column : 1;
        }
        if (error.file.isEmpty()) {
            error.file = context.fileName;
        }
        return error;
    }
    RowMapper &rowMapper = *mapped.value();

    std::vector<int> extraColumns;
    QStringList extraNames;
    for (int i = 0; i < header->size(); ++i) {
        if (!header->used(i) && !header->name(i).isEmpty()) {
            extraColumns.push_back(i);
            extraNames << QString::fromUtf8(header->name(i));
        }
    }
    if (!extraColumns.empty()) {
        outcome.warnings.push_back(ImportWarning{
            QCoreApplication::translate("Importer",
                                        "%n columns are not %1 columns Boussole reads; their "
                                        "values are kept with each line: %2",
                                        nullptr, int(extraColumns.size()))
                .arg(formatLabel(), extraNames.join(u", "_s)),
            headerLine,
            extraColumns.front() + 1,
            {}});
    }

    QSet<QString> warned;
    RowContext ctx;
    ctx.m_header = &*header;
    ctx.m_fileName = context.fileName;
    ctx.m_windows1252 = reader.encoding() == CsvEncoding::Windows1252;
    ctx.m_warnings = &outcome.warnings;
    ctx.m_warned = &warned;
    int nullLine = 0;

    CostLine line;
    QByteArray extras;
    const int columns = header->size();
    for (;;) {
        Result<bool> more = reader.next(record);
        if (!more) {
            Error error = more.error();
            error.message +=
                u" "_s + QCoreApplication::translate("Importer", "(is the file truncated?)");
            return error;
        }
        if (!more.value()) {
            break;
        }
        if (record.isBlank()) {
            continue;
        }
        ++outcome.rowsRead;
        ctx.m_record = &record;
        ctx.m_line = record.line();
        ctx.m_kept.clear();
        if (ctx.m_windows1252) {
            ctx.m_converted.assign(std::size_t(record.size()), QByteArray());
        }

        Status status;
        if (record.size() < columns) {
            status = ctx.error(-1, QCoreApplication::translate(
                                       "Importer", "expected %1 fields as in the header, found "
                                                   "%2 (is the line or the file cut short?)")
                                       .arg(columns)
                                       .arg(record.size()));
        } else if (record.size() > columns) {
            for (int i = columns; i < record.size(); ++i) {
                if (!trimmed(record.rawField(i)).isEmpty()) {
                    status = ctx.error(
                        i, QCoreApplication::translate(
                               "Importer", "expected %1 fields as in the header, found %2")
                               .arg(columns)
                               .arg(record.size()));
                    break;
                }
            }
        }
        if (status) {
            line = CostLine();
            line.row = record.line();
            status = rowMapper.map(ctx, line);
        }
        if (!status) {
            if (!context.options.skipBadRows) {
                return status.error();
            }
            outcome.skipRow(status.error());
            continue;
        }
        if (!extraColumns.empty()) {
            extras.clear();
            for (const int column : extraColumns) {
                const QByteArrayView value = ctx.field(column);
                if (value.isEmpty()) {
                    continue;
                }
                extras.append(extras.isEmpty() ? '{' : ',');
                appendJsonString(extras, header->name(column));
                extras.append(':');
                appendJsonString(extras, value);
            }
            if (!extras.isEmpty()) {
                extras.append('}');
            }
            line.extras = extras;
        }
        if (ctx.m_sawNullText && nullLine == 0) {
            nullLine = record.line();
        }
        if (Status added = context.costs->add(line); !added) {
            return added.error();
        }
        if (outcome.rowsRead % kProgressEvery == 0 &&
            !context.reportProgress(reader.bytesRead(), outcome.rowsRead)) {
            return context.cancelled();
        }
    }
    if (nullLine > 0) {
        outcome.warnings.push_back(ImportWarning{
            QCoreApplication::translate("Importer", "the file writes missing values as the word "
                                                    "NULL (or None, N/A); they are read as empty"),
            nullLine,
            0,
            {}});
    }
    context.reportProgress(reader.bytesRead(), outcome.rowsRead);
    return outcome;
}

} // namespace boussole::bills
