// The comparison deck and its tables: what buildDeck gathers from the demo project (price-book
// figures labelled with their references, the audit trail's head, redaction), the PDF and XLSX
// files, the Reports page's background export with cancel, and `boussole report`.
#include "../app/CliRun.h"
#include "models/catalog/CatalogStore.h"
#include "models/compare/CompareSettings.h"
#include "models/compliance/ComplianceStore.h"
#include "models/demo/DemoProject.h"
#include "models/importers/io/XlsxReader.h"
#include "models/pricebook/PriceBook.h"
#include "models/reports/DeckData.h"
#include "models/reports/ReportTables.h"
#include "models/scenarios/Scenario.h"
#include "models/storage/ProjectFile.h"
#include "views/pages/ReportsPage.h"
#include "views/reports/DeckRenderer.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

namespace {

const QString kQuote = u"devis n° 2026-118"_s;

} // namespace

class TestReports : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deckLabelsPriceBookFigures();
    void deckCarriesTheAuditHead();
    void redactionHidesNames();
    void pdfIsWrittenAtomically();
    void workbookHasOneSheetPerTable();
    void reportsPageExportsInTheBackground();
    void reportsPageCancels();
    void cliReport();
    void scenariosSpendTheProjectsLicencesOnce();

private:
    reports::DeckData deck(bool redact = false);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(m_demo).ok());
    // The demo with a quote and a framework agreement: OVHcloud's b3-16 at GRA on quote, 12.5 %
    // off Scaleway's POP2 family, and a Hetzner discount that expired in 2025.
    auto opened = Project::open(m_demo);
    QVERIFY(opened);
    Result<PriceBook> book =
        readPriceBook(QFINDTESTDATA("../data/pricebook/devis-ovhcloud-2026.csv"));
    QVERIFY2(book, book ? "" : qPrintable(book.error().toString()));
    QVERIFY(storePriceBook(*opened.value(), book.value()).ok());
    // And a framework discount on a family the demo's workloads do take at Scaleway.
    const QString discountFile = m_dir.filePath(u"remise-dev1.csv"_s);
    QFile discount(discountFile);
    QVERIFY(discount.open(QIODevice::WriteOnly));
    discount.write("provider,offer,region,kind,price,currency,unit,discount_percent,reference,"
                   "date,valid_until,note\n"
                   "scaleway,DEV1,,discount,,,,12.5,accord DEV1 2026,2026-06-01,,\n");
    discount.close();
    Result<PriceBook> discountBook = readPriceBook(discountFile);
    QVERIFY2(discountBook, discountBook ? "" : qPrintable(discountBook.error().toString()));
    QVERIFY(storePriceBook(*opened.value(), discountBook.value()).ok());
    QVERIFY(opened.value()->close().ok());
}

reports::DeckData TestReports::deck(bool redact)
{
    auto opened = Project::open(m_demo);
    if (!opened) {
        qFatal("cannot open the demo");
    }
    Result<catalog::Catalog> catalog = catalog::catalogInUse();
    if (!catalog) {
        qFatal("no catalog");
    }
    reports::DeckOptions options;
    options.redact = redact;
    options.today = QDate(2026, 11, 29); // the quote is valid until 2027-03-31
    Result<reports::DeckData> built = reports::buildDeck(*opened.value(), catalog.value(), options);
    if (!built) {
        qFatal("%s", qPrintable(built.error().toString()));
    }
    return built.value();
}

void TestReports::deckLabelsPriceBookFigures()
{
    const reports::DeckData d = deck();
    QVERIFY(!d.priceBookLines.empty());
    bool quoteSeen = false;
    bool discountSeen = false;
    for (const reports::DeckPriceBookLine &line : d.priceBookLines) {
        QVERIFY2(line.note.startsWith(u"price book"_s), qPrintable(line.note));
        // The expired Hetzner agreement is never applied.
        QVERIFY2(line.reference != u"accord 2024"_s, qPrintable(line.workload));
        if (line.reference == kQuote) {
            quoteSeen = true;
            QCOMPARE(line.offer, u"b3-16"_s);
            QCOMPARE(line.provider, u"OVHcloud"_s);
            QVERIFY(line.note.contains(u"valid until 2027-03-31"_s));
            QCOMPARE(line.book, u"devis-ovhcloud-2026.csv"_s);
            QCOMPARE(line.validUntil, QDate(2027, 3, 31));
            QVERIFY(line.discountPercent.isEmpty());
        }
        if (line.reference == u"accord DEV1 2026"_s) {
            discountSeen = true;
            QCOMPARE(line.discountPercent, u"12.5"_s);
            QCOMPARE(line.provider, u"Scaleway"_s);
            QCOMPARE(line.book, u"remise-dev1.csv"_s);
            QVERIFY(line.offer.startsWith(u"DEV1-"_s));
        }
    }
    QVERIFY(quoteSeen);
    QVERIFY(discountSeen);
    // The target scenario (all OVHcloud) uses the quote, and says so.
    const auto target = std::find_if(d.scenarios.begin(), d.scenarios.end(),
                                     [](const reports::DeckScenario &s) { return s.target; });
    QVERIFY(target != d.scenarios.end());
    QVERIFY(target->priceBookWorkloads > 0);
    // Today's cost holds the bills and the demo's on-premises cost model (assumptions): every
    // placed workload is covered, so the business case compares like for like.
    QVERIFY(d.spend);
    QVERIFY(d.spend->onPremisesMonthlyEur);
    QVERIFY(d.spend->onPremisesWorkloads > 0);
    Money sum = *d.spend->onPremisesMonthlyEur;
    for (const reports::DeckSpend::Row &r : d.spend->byProvider) {
        sum += r.monthlyEur;
    }
    QCOMPARE(sum.roundedTo(2), d.spend->monthlyEur.roundedTo(2));
    QVERIFY(target->likeForLike);
    // The slides show the label and the reference.
    const QString slides = DeckRenderer::slideHtml(d).join(u'\n');
    QVERIFY(slides.contains(u"price book"_s));
    QVERIFY(slides.contains(kQuote.toHtmlEscaped()));
    QVERIFY(slides.contains(u"devis-ovhcloud-2026.csv, valid until"_s));
    QVERIFY(slides.contains(u"12.5 % off the list price"_s));
}

void TestReports::deckCarriesTheAuditHead()
{
    QString head;
    {
        auto opened = Project::open(m_demo);
        QVERIFY(opened);
        compliance::ComplianceStore store(*opened.value());
        head = store.head();
        QVERIFY(store.verify().intact);
    }
    QCOMPARE(head.size(), 64);
    const reports::DeckData d = deck();
    QCOMPARE(d.audit.head, head);
    QVERIFY(d.audit.intact);
    QVERIFY(d.audit.entries > 0);
    QVERIFY(!d.frameworks.empty());
    const QStringList slides = DeckRenderer::slideHtml(d);
    const auto compliance = std::find_if(slides.begin(), slides.end(), [](const QString &s) {
        return s.startsWith(u"<h1>Compliance</h1>"_s);
    });
    QVERIFY(compliance != slides.end());
    QVERIFY(compliance->contains(head));
}

void TestReports::redactionHidesNames()
{
    const reports::DeckData plain = deck(false);
    const reports::DeckData redacted = deck(true);
    QVERIFY(redacted.redacted);
    QVERIFY(redacted.client.isEmpty());
    QVERIFY(!plain.client.isEmpty());
    QString everything = DeckRenderer::slideHtml(redacted).join(u'\n');
    for (const reports::ReportTable &table : reports::reportTables(redacted)) {
        everything += QString::fromUtf8(reports::tableCsv(table));
    }
    QVERIFY(!everything.contains(plain.projectName.toHtmlEscaped()));
    QVERIFY(!everything.contains(plain.client));
    for (const reports::DeckWave &wave : plain.waves) {
        QVERIFY2(!everything.contains(wave.name.toHtmlEscaped()), qPrintable(wave.name));
    }
    int checked = 0;
    for (const reports::DeckWorkloadRow &row : plain.workloadRows) {
        QVERIFY2(!everything.contains(row.id), qPrintable(row.id));
        // Names short enough to occur by chance inside other words are not telling.
        if (row.name.size() >= 6) {
            QVERIFY2(!everything.contains(row.name), qPrintable(row.name));
            ++checked;
        }
    }
    QVERIFY(checked > 20);
    // Same figures, other labels.
    QCOMPARE(redacted.workloadRows.size(), plain.workloadRows.size());
    QCOMPARE(redacted.providers.front().monthlyEur, plain.providers.front().monthlyEur);
}

void TestReports::pdfIsWrittenAtomically()
{
    const reports::DeckData d = deck();
    const QString path = m_dir.filePath(u"deck.pdf"_s);
    Result<int> pages = DeckRenderer::writePdf(d, path);
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error().toString()));
    // Title, estate, spend, providers, scenarios, price books, compliance, plan, sources.
    QVERIFY2(pages.value() >= 9, qPrintable(QString::number(pages.value())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    // A folder that does not exist: an error naming the file, and nothing written.
    const QString bad = m_dir.filePath(u"missing/deck.pdf"_s);
    Result<int> failed = DeckRenderer::writePdf(d, bad);
    QVERIFY(!failed);
    QVERIFY(failed.error().toString().contains(u"deck.pdf"_s));
    QVERIFY(!QFile::exists(bad));
}

void TestReports::workbookHasOneSheetPerTable()
{
    const reports::DeckData d = deck();
    const std::vector<reports::ReportTable> tables = reports::reportTables(d);
    Result<QByteArray> bytes = reports::tablesXlsx(tables);
    QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().toString()));
    QBuffer buffer(&bytes.value());
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    // Read back with Boussole's own XLSX reader (the one RVTools imports go through).
    auto workbook = XlsxReader::open(buffer, u"tables.xlsx"_s);
    QVERIFY2(workbook, workbook ? "" : qPrintable(workbook.error().toString()));
    QCOMPARE(workbook.value()->sheetNames(), reports::reportTableNames());
    // The scenarios sheet: header, then one row per scenario with the exact monthly amount.
    std::vector<XlsxRow> rows;
    QVERIFY(workbook.value()
                ->readSheet(u"scenarios",
                            [&rows](const XlsxRow &row) {
                                rows.push_back(row);
                                return true;
                            })
                .ok());
    QCOMPARE(rows.size(), d.scenarios.size() + 1);
    QCOMPARE(rows[0].cell(0).toString(), u"id"_s);
    QCOMPARE(rows[0].cell(3).toString(), u"monthly_eur"_s);
    for (size_t i = 0; i < d.scenarios.size(); ++i) {
        QCOMPARE(rows[i + 1].cell(1).toString(), d.scenarios[i].name);
        // A spreadsheet number is a binary double: the cell holds every decimal Boussole has,
        // and reads back equal to the cent.
        const std::optional<Money> monthly = Money::parse(rows[i + 1].cell(3).toString());
        QVERIFY(monthly);
        QCOMPARE(monthly->roundedTo(2), d.scenarios[i].monthly.total().roundedTo(2));
        // Side by side per month, per year and over the horizon.
        const int yearlyColumn = int(rows[0].cells.size()) - 1;
        QCOMPARE(rows[0].cell(yearlyColumn).toString(), u"yearly_eur"_s);
        const std::optional<Money> yearly = Money::parse(rows[i + 1].cell(yearlyColumn).toString());
        QVERIFY(yearly);
        QCOMPARE(yearly->roundedTo(2),
                 d.scenarios[i].monthly.total().multipliedBy(12)->roundedTo(2));
    }
    // CSV: one table, with a byte-order mark.
    const QByteArray csv = reports::tableCsv(tables.front());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "provider,name,jurisdiction,monthly_eur"));
    QCOMPARE(qsizetype(csv.count("\r\n")), qsizetype(d.providers.size() + 1));
}

void TestReports::reportsPageExportsInTheBackground()
{
    auto opened = Project::open(m_demo);
    QVERIFY(opened);
    ReportsPage page;
    page.setProject(opened.value().get(), nullptr);
    QSignalSpy finished(&page, &ReportsPage::exportFinished);
    const QString path = m_dir.filePath(u"page.xlsx"_s);
    page.startExport(path);
    QVERIFY(page.isBusy());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!page.isBusy());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK");

    const QString pdf = m_dir.filePath(u"page.pdf"_s);
    page.startExport(pdf);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(1).toString(), QString());
    QVERIFY(QFile::exists(pdf));
}

void TestReports::reportsPageCancels()
{
    auto opened = Project::open(m_demo);
    QVERIFY(opened);
    ReportsPage page;
    page.setProject(opened.value().get(), nullptr);
    QSignalSpy finished(&page, &ReportsPage::exportFinished);
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    page.startExport(path);
    page.cancelExport();
    QVERIFY(finished.wait(60000));
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestReports::cliReport()
{
    using testing::cli;
    // Rendering commands get a QApplication whatever options come first.
    QVERIFY(Cli::needsWidgets({u"report"_s, m_demo}));
    QVERIFY(Cli::needsWidgets({u"--lang"_s, u"fr"_s, u"report"_s, m_demo}));
    QVERIFY(Cli::needsWidgets({u"--catalog"_s, u"cat.yaml"_s, u"screenshot"_s, m_demo}));
    QVERIFY(!Cli::needsWidgets({u"--lang"_s, u"fr"_s, u"compare"_s, m_demo}));
    const QString pdf = m_dir.filePath(u"cli.pdf"_s);
    testing::Run run =
        cli({u"report"_s, m_demo, u"--out"_s, pdf, u"--classification"_s, u"C2 – Internal"_s});
    QCOMPARE(run.code, 0);
    QVERIFY(QFile::exists(pdf));
    // It prints the same head as `audit verify`.
    const testing::Run verify = cli({u"audit"_s, u"verify"_s, m_demo});
    QCOMPARE(verify.code, 0);
    const QString head = run.out.trimmed().section(u' ', -1);
    QCOMPARE(head.size(), 64);
    QVERIFY2(verify.out.contains(head), qPrintable(verify.out));

    const QString csv = m_dir.filePath(u"scenarios.csv"_s);
    run = cli({u"report"_s, m_demo, u"--out"_s, csv, u"--table"_s, u"scenarios"_s});
    QCOMPARE(run.code, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\r\n"), 5); // header and the demo's four scenarios

    // Bad usage: exit 2 and nothing written.
    QCOMPARE(cli({u"report"_s, m_demo, u"--out"_s, m_dir.filePath(u"x.csv"_s)}).code, 2);
    QCOMPARE(cli({u"report"_s, m_demo, u"--out"_s, m_dir.filePath(u"x.docx"_s)}).code, 2);
    QCOMPARE(
        cli({u"report"_s, m_demo, u"--out"_s, m_dir.filePath(u"x.xlsx"_s), u"--table"_s, u"nope"_s})
            .code,
        2);
    QCOMPARE(cli({u"costs"_s, m_demo, u"--redact"_s}).code, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.csv"_s)));
}

void TestReports::scenariosSpendTheProjectsLicencesOnce()
{
    // The demo insurer owns SQL Server and Windows Server licences with Software Assurance: a
    // scenario brings them where the rules allow (as the Comparison page does), and never counts
    // the same cores twice, even when its rules send workloads to several providers.
    auto opened = Project::open(m_demo);
    QVERIFY(opened);
    Result<catalog::Catalog> catalog = catalog::catalogInUse();
    QVERIFY(catalog);
    const compare::EstateInput estate = compare::loadEstate(*opened.value());
    QVERIFY(!estate.entitlements.empty());
    std::map<QString, int> owned;
    for (const licensing::LicenceEntitlement &e : estate.entitlements) {
        owned[e.id] = e.quantity;
    }
    int byolSeen = 0;
    for (const scenarios::Scenario &s : scenarios::loadScenarios(*opened.value())) {
        const scenarios::ScenarioResult result = scenarios::evaluate(
            s, catalog.value(), estate, compare::CompareSettings::load(*opened.value()));
        std::map<QString, int> used;
        for (const scenarios::PlacedWorkload &p : result.placed) {
            for (const compare::Match::LicenceUse &use : p.match.licences) {
                if (use.mode == u"byol"_s) {
                    used[use.entitlementId] += use.counted;
                    ++byolSeen;
                }
            }
        }
        for (const auto &[id, count] : used) {
            QVERIFY2(owned.contains(id), qPrintable(id));
            QVERIFY2(count <= owned[id], qPrintable(s.name + u": "_s + id));
        }
    }
    QVERIFY(byolSeen > 0);
}

QTEST_MAIN(TestReports)
#include "TestReports.moc"
