// `boussole report PROJECT --out FILE.pdf|.xlsx|.csv [--table NAME] [--redact]
// [--classification TEXT]`: the comparison deck or its tables. The project is opened read-only.

#include "app/cli/Cli.h"
#include "models/catalog/CatalogStore.h"
#include "models/reports/DeckData.h"
#include "models/reports/ReportTables.h"
#include "models/storage/ProjectFile.h"
#include "views/reports/DeckRenderer.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace boussole {

int Cli::runReport(const Options &options)
{
    if (options.positional.size() != 1) {
        return usageError(tr("report needs exactly one PROJECT file"));
    }
    if (options.outDir.isEmpty()) {
        return usageError(tr("report needs --out FILE.pdf, FILE.xlsx or FILE.csv"));
    }
    const QString out = options.outDir;
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"xlsx" && suffix != u"csv") {
        return usageError(tr("--out must end in .pdf, .xlsx or .csv, not \"%1\"").arg(out));
    }
    const QStringList tableNames = reports::reportTableNames();
    if (!options.table.isEmpty() && !tableNames.contains(options.table)) {
        return usageError(tr("unknown table \"%1\"; expected one of %2")
                              .arg(options.table, tableNames.join(u", "_s)));
    }
    if (suffix == u"csv" && options.table.isEmpty()) {
        return usageError(tr("a CSV file holds one table: choose it with --table (%1)")
                              .arg(tableNames.join(u", "_s)));
    }
    if (suffix == u"pdf" && !options.table.isEmpty()) {
        return usageError(tr("--table applies to .xlsx and .csv files, not to the PDF deck"));
    }

    ProjectOpenOptions openOptions;
    openOptions.readOnly = true;
    auto opened = Project::open(options.positional.first(), openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    Project &project = *opened.value();
    Result<catalog::Catalog> catalog = catalog::catalogInUse(options.catalog);
    if (!catalog) {
        return failure(catalog.error().toString());
    }
    reports::DeckOptions deckOptions;
    deckOptions.redact = options.redact;
    deckOptions.classification = options.classification;
    Result<reports::DeckData> deck = reports::buildDeck(project, catalog.value(), deckOptions);
    if (!deck) {
        return failure(deck.error().toString());
    }

    if (suffix == u"pdf") {
        Result<int> pages = DeckRenderer::writePdf(deck.value(), out);
        if (!pages) {
            return failure(pages.error().toString());
        }
        m_out << tr("%1: deck of %n page(s); audit trail head %2", nullptr, pages.value())
                     .arg(QDir::toNativeSeparators(out), deck->audit.head)
              << '\n';
        return ExitOk;
    }
    std::vector<reports::ReportTable> tables = reports::reportTables(deck.value());
    if (!options.table.isEmpty()) {
        std::erase_if(tables,
                      [&options](const reports::ReportTable &t) { return t.id != options.table; });
    }
    QByteArray bytes;
    if (suffix == u"csv") {
        bytes = reports::tableCsv(tables.front());
    } else {
        Result<QByteArray> workbook = reports::tablesXlsx(tables);
        if (!workbook) {
            return failure(workbook.error().toString());
        }
        bytes = std::move(workbook.value());
    }
    if (Status written = reports::writeFileAtomically(out, bytes); !written) {
        return failure(written.error().toString());
    }
    m_out << tr("%1: %n table(s)", nullptr, int(tables.size())).arg(QDir::toNativeSeparators(out))
          << '\n';
    return ExitOk;
}

} // namespace boussole
