#include "models/reports/ReportTables.h"

#include "models/reports/WorkloadCsvExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <zip.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace boussole::reports {

namespace {

TableCell text(const QString &value)
{
    return {value, false};
}

TableCell amount(const Money &value)
{
    return {value.toString(), true};
}

TableCell amount(const std::optional<Money> &value)
{
    return value ? amount(*value) : TableCell{};
}

TableCell count(qint64 value)
{
    return {QString::number(value), true};
}

TableCell quantity(double value)
{
    return {QString::number(value, 'g', 12), true};
}

TableCell flag(bool value)
{
    return text(value ? u"yes"_s : u"no"_s);
}

TableCell score(const std::optional<double> &value)
{
    return value ? TableCell{QString::number(*value, 'f', 1), true} : TableCell{};
}

TableCell date(const QDate &value)
{
    return text(value.isValid() ? value.toString(Qt::ISODate) : QString());
}

QString xmlEscape(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;"_s;
            break;
        case '<':
            out += u"&lt;"_s;
            break;
        case '>':
            out += u"&gt;"_s;
            break;
        case '"':
            out += u"&quot;"_s;
            break;
        default:
            // XML 1.0 forbids most control characters; a tab, newline or carriage return stays.
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') {
                out += u' ';
            } else {
                out += c;
            }
        }
    }
    return out;
}

// "A", "B", … "Z", "AA"…
QString columnName(int index)
{
    QString name;
    ++index;
    while (index > 0) {
        const int rest = (index - 1) % 26;
        name.prepend(QChar(u'A' + rest));
        index = (index - 1) / 26;
    }
    return name;
}

QByteArray sheetXml(const ReportTable &table)
{
    QString xml =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
        "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        "<sheetData>"_s;
    const auto cellXml = [](int row, int column, const TableCell &cell) {
        const QString ref = columnName(column) + QString::number(row);
        if (cell.text.isEmpty()) {
            return QString();
        }
        if (cell.number) {
            return u"<c r=\"%1\"><v>%2</v></c>"_s.arg(ref, cell.text);
        }
        return u"<c r=\"%1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%2</t></is></c>"_s.arg(
            ref, xmlEscape(cell.text));
    };
    xml += u"<row r=\"1\">"_s;
    for (int c = 0; c < table.columns.size(); ++c) {
        xml += cellXml(1, c, text(table.columns[c]));
    }
    xml += u"</row>"_s;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const int rowNumber = int(r) + 2;
        xml += u"<row r=\"%1\">"_s.arg(rowNumber);
        for (size_t c = 0; c < table.rows[r].size(); ++c) {
            xml += cellXml(rowNumber, int(c), table.rows[r][c]);
        }
        xml += u"</row>"_s;
    }
    xml += u"</sheetData></worksheet>"_s;
    return xml.toUtf8();
}

QString zipError(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

QStringList reportTableNames()
{
    return {u"providers"_s, u"workloads"_s,  u"scenarios"_s, u"price-books"_s,
            u"spend"_s,     u"compliance"_s, u"waves"_s};
}

std::vector<ReportTable> reportTables(const DeckData &deck)
{
    std::vector<ReportTable> tables;

    ReportTable providers{u"providers"_s,
                          {u"provider"_s, u"name"_s, u"jurisdiction"_s, u"monthly_eur"_s,
                           u"incomplete"_s, u"unpriced_workloads"_s, u"matched"_s, u"unmatched"_s,
                           u"overall_score"_s, u"price_book_workloads"_s},
                          {}};
    for (const DeckProvider &p : deck.providers) {
        providers.rows.push_back({text(p.id), text(p.name), text(p.jurisdiction),
                                  amount(p.monthlyEur), flag(p.incomplete), count(p.unpriced),
                                  count(p.matched), count(p.unmatched),
                                  TableCell{QString::number(p.overallScore, 'f', 1), true},
                                  count(p.priceBookWorkloads)});
    }
    tables.push_back(providers);

    ReportTable workloads{u"workloads"_s,
                          {u"id"_s, u"name"_s, u"kind"_s, u"environment"_s, u"vcpu"_s,
                           u"memory_gib"_s, u"storage_gib"_s},
                          {}};
    for (const QString &provider : deck.providerOrder) {
        workloads.columns << provider + u"_monthly_eur"_s << provider + u"_incomplete"_s;
    }
    for (const DeckWorkloadRow &w : deck.workloadRows) {
        std::vector<TableCell> row = {
            text(w.id),       text(w.name),          text(w.kind),          text(w.environment),
            quantity(w.vcpu), quantity(w.memoryGib), quantity(w.storageGib)};
        for (size_t p = 0; p < w.monthly.size(); ++p) {
            row.push_back(amount(w.monthly[p]));
            row.push_back(w.monthly[p] ? flag(w.incomplete[p]) : TableCell{});
        }
        workloads.rows.push_back(row);
    }
    tables.push_back(workloads);

    ReportTable scenarios{u"scenarios"_s,
                          {u"id"_s,
                           u"name"_s,
                           u"target"_s,
                           u"monthly_eur"_s,
                           u"compute"_s,
                           u"storage"_s,
                           u"egress"_s,
                           u"licence"_s,
                           u"platform"_s,
                           u"incomplete"_s,
                           u"missing"_s,
                           u"placed"_s,
                           u"unplaced"_s,
                           u"unmatched"_s,
                           u"horizon_years"_s,
                           u"one_off_eur"_s,
                           u"cost_over_horizon_eur"_s,
                           u"today_over_horizon_eur"_s,
                           u"saving_over_horizon_eur"_s,
                           u"payback_month"_s,
                           u"like_for_like"_s,
                           u"price_book_workloads"_s,
                           u"basis"_s,
                           u"commitments_after_move_eur"_s,
                           u"yearly_eur"_s},
                          {}};
    for (const DeckScenario &s : deck.scenarios) {
        scenarios.rows.push_back({text(s.id),
                                  text(s.name),
                                  flag(s.target),
                                  amount(s.monthly.total()),
                                  amount(s.monthly.compute),
                                  amount(s.monthly.storage),
                                  amount(s.monthly.egress),
                                  amount(s.monthly.licence),
                                  amount(s.monthly.platform),
                                  flag(s.incomplete),
                                  text(s.missing.join(u"; "_s)),
                                  count(s.placed),
                                  count(s.unplaced),
                                  count(s.unmatched),
                                  count(s.horizonYears),
                                  s.hasTco ? amount(s.oneOff) : TableCell{},
                                  s.hasTco ? amount(s.scenarioOverHorizon) : TableCell{},
                                  s.hasTco ? amount(s.todayOverHorizon) : TableCell{},
                                  s.hasTco ? amount(s.savingOverHorizon) : TableCell{},
                                  s.paybackMonth ? count(*s.paybackMonth) : TableCell{},
                                  s.hasTco ? flag(s.likeForLike) : TableCell{},
                                  count(s.priceBookWorkloads),
                                  text(s.basis),
                                  s.hasTco ? amount(s.commitmentsAfterMove) : TableCell{},
                                  amount(s.monthly.total().multipliedBy(12).value_or(Money()))});
    }
    tables.push_back(scenarios);

    ReportTable books{u"price-books"_s,
                      {u"scenario"_s, u"workload"_s, u"provider"_s, u"offer"_s, u"monthly_eur"_s,
                       u"reference"_s, u"price_book"_s},
                      {}};
    for (const DeckPriceBookLine &line : deck.priceBookLines) {
        books.rows.push_back({text(line.scenario), text(line.workload), text(line.provider),
                              text(line.offer), amount(line.monthlyEur), text(line.reference),
                              text(line.note)});
    }
    tables.push_back(books);

    ReportTable spend{u"spend"_s, {u"provider"_s, u"monthly_eur"_s, u"incomplete"_s}, {}};
    if (deck.spend) {
        for (const DeckSpend::Row &r : deck.spend->byProvider) {
            spend.rows.push_back({text(r.provider), amount(r.monthlyEur), flag(r.incomplete)});
        }
        if (deck.spend->onPremisesMonthlyEur) {
            spend.rows.push_back({text(u"on-premises"_s), amount(*deck.spend->onPremisesMonthlyEur),
                                  flag(deck.spend->onPremisesIncomplete)});
        }
    }
    tables.push_back(spend);

    ReportTable compliance{u"compliance"_s,
                           {u"framework"_s, u"version"_s, u"chapter"_s, u"title"_s, u"score"_s,
                            u"blocking"_s, u"pass_fail"_s},
                           {}};
    for (const DeckFramework &f : deck.frameworks) {
        compliance.rows.push_back({text(f.id), text(f.version), text(QString()), text(f.name),
                                   score(f.score), count(f.blocking), flag(f.passFail)});
        for (const DeckChapter &c : f.chapters) {
            compliance.rows.push_back({text(f.id), text(f.version), text(c.id), text(c.title),
                                       score(c.score), count(c.blocking), flag(f.passFail)});
        }
    }
    tables.push_back(compliance);

    ReportTable waves{
        u"waves"_s, {u"wave"_s, u"start"_s, u"end"_s, u"workloads"_s, u"production"_s}, {}};
    for (const DeckWave &w : deck.waves) {
        waves.rows.push_back(
            {text(w.name), date(w.start), date(w.end), count(w.workloads), flag(w.production)});
    }
    tables.push_back(waves);
    return tables;
}

QByteArray tableCsv(const ReportTable &table)
{
    QByteArray out = "\xEF\xBB\xBF";
    QStringList header;
    for (const QString &column : table.columns) {
        header << csvField(column);
    }
    out += header.join(u',').toUtf8() + "\r\n";
    for (const std::vector<TableCell> &row : table.rows) {
        QStringList cells;
        for (const TableCell &cell : row) {
            cells << csvField(cell.text);
        }
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

Result<QByteArray> tablesXlsx(const std::vector<ReportTable> &tables)
{
    std::vector<std::pair<QString, QByteArray>> parts;
    QString contentTypes =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"_s;
    QString workbook =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"_s;
    QString workbookRels =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"_s;
    for (size_t i = 0; i < tables.size(); ++i) {
        const QString n = QString::number(i + 1);
        contentTypes +=
            u"<Override PartName=\"/xl/worksheets/sheet%1.xml\" "
            "ContentType=\"application/"
            "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"_s.arg(n);
        // Sheet names: at most 31 characters, no []:*?/\ — the table ids qualify.
        workbook += u"<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>"_s.arg(
            xmlEscape(tables[i].id.left(31)), n);
        workbookRels += u"<Relationship Id=\"rId%1\" "
                        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships/worksheet\" Target=\"worksheets/sheet%1.xml\"/>"_s.arg(n);
        parts.emplace_back(u"xl/worksheets/sheet%1.xml"_s.arg(n), sheetXml(tables[i]));
    }
    contentTypes += u"</Types>"_s;
    workbook += u"</sheets></workbook>"_s;
    workbookRels += u"</Relationships>"_s;
    const QString rootRels =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"_s;
    parts.insert(parts.begin(), {u"xl/_rels/workbook.xml.rels"_s, workbookRels.toUtf8()});
    parts.insert(parts.begin(), {u"xl/workbook.xml"_s, workbook.toUtf8()});
    parts.insert(parts.begin(), {u"_rels/.rels"_s, rootRels.toUtf8()});
    parts.insert(parts.begin(), {u"[Content_Types].xml"_s, contentTypes.toUtf8()});

    const auto fail = [](const QString &what) {
        return Error(
            QCoreApplication::translate("Export", "cannot build the workbook: %1").arg(what));
    };
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) {
        const QString message = zipError(&error);
        zip_error_fini(&error);
        return fail(message);
    }
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        const QString message = zipError(&error);
        zip_source_free(buffer);
        zip_error_fini(&error);
        return fail(message);
    }
    zip_error_fini(&error);
    zip_source_keep(buffer); // read it back after zip_close
    const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> holder(buffer,
                                                                           &zip_source_free);
    for (const auto &[name, bytes] : parts) {
        zip_source_t *part =
            zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!part) {
            const QString message = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return fail(message);
        }
        if (zip_file_add(archive, name.toUtf8().constData(), part, ZIP_FL_ENC_UTF_8) < 0) {
            const QString message = QString::fromUtf8(zip_strerror(archive));
            zip_source_free(part);
            zip_discard(archive);
            return fail(message);
        }
    }
    if (zip_close(archive) < 0) {
        const QString message = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return fail(message);
    }
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0) {
        return fail(QString::fromUtf8(zip_error_strerror(zip_source_error(buffer))));
    }
    QByteArray out(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer, out.data(), stat.size);
    zip_source_close(buffer);
    if (read < 0 || zip_uint64_t(read) != stat.size) {
        return fail(QString::fromUtf8(zip_error_strerror(zip_source_error(buffer))));
    }
    return out;
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(QCoreApplication::translate("Export", "cannot write the file: %1")
                         .arg(file.errorString()),
                     QFileInfo(path).fileName());
    }
    return {};
}

} // namespace boussole::reports
