#include "models/importers/TabularRows.h"

#include "models/importers/io/CsvReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace boussole {

QString abbreviatedList(const QStringList &items, int shown, bool quoted)
{
    auto join = [quoted](const QStringList &names) {
        if (!quoted) {
            return names.join(u", "_s);
        }
        QStringList list;
        for (const QString &name : names) {
            list.append(u'"' + name + u'"');
        }
        return list.join(u", "_s);
    };
    if (items.size() <= shown) {
        return join(items);
    }
    return QCoreApplication::translate("Importer", "%1 and %n more", nullptr,
                                       int(items.size() - shown))
        .arg(join(items.first(shown)));
}

DataRows::DataRows(CsvReader &reader, const ImportContext &context, ImportOutcome &outcome,
                   qsizetype headerCount)
    : m_reader(reader), m_context(context), m_outcome(outcome), m_headerCount(headerCount)
{
}

Result<bool> DataRows::next(CsvRecord &record)
{
    for (;;) {
        Result<bool> next = m_reader.next(record);
        if (!next || !next.value()) {
            return next;
        }
        if (record.isBlank()) {
            continue;
        }
        ++m_outcome.rowsRead;
        if (m_outcome.rowsRead % kProgressEveryRows == 0 &&
            !m_context.reportProgress(m_reader.bytesRead(), m_outcome.rowsRead)) {
            return m_context.cancelled();
        }
        if (!m_warnedExtraFields && record.size() > m_headerCount) {
            for (int i = int(m_headerCount); i < record.size(); ++i) {
                if (!record.rawField(i).trimmed().isEmpty()) {
                    m_warnedExtraFields = true;
                    m_outcome.warnings.push_back(ImportWarning{
                        QCoreApplication::translate("Importer",
                                                    "this row has %1 fields but the header has "
                                                    "%2; the extra fields are ignored")
                            .arg(record.size())
                            .arg(m_headerCount),
                        record.line(),
                        0,
                        {}});
                    break;
                }
            }
        }
        return true;
    }
}

Status DataRows::finish()
{
    if (!m_context.reportProgress(m_reader.bytesRead(), m_outcome.rowsRead)) {
        return m_context.cancelled();
    }
    return {};
}

} // namespace boussole
