// `boussole pricebook import PROJECT FILE`.
#include "app/cli/Cli.h"

#include "models/catalog/CatalogStore.h"
#include "models/pricebook/PriceBook.h"
#include "models/storage/ProjectFile.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace boussole {

int Cli::runPriceBook(const Options &options)
{
    if (options.positional.size() != 3 || options.positional.first() != u"import") {
        return usageError(tr("usage: pricebook import PROJECT FILE"));
    }
    const QString projectPath = options.positional.at(1);
    const QString file = options.positional.at(2);
    Result<PriceBook> book = readPriceBook(file);
    if (!book) {
        return failure(book.error().toString());
    }
    // Entries for a provider the catalog does not know would silently do nothing.
    Result<catalog::Catalog> catalog = catalog::catalogInUse(options.catalog);
    if (!catalog) {
        return failure(catalog.error().toString());
    }
    QStringList warnings;
    for (const PriceBookEntry &entry : book->entries) {
        if (!catalog->provider(entry.provider)) {
            warnings << tr("%1:%2: no provider \"%3\" in the catalog; this entry will not apply")
                            .arg(book->name)
                            .arg(entry.line)
                            .arg(entry.provider);
        }
    }
    for (const QString &warning : warnings) {
        m_err << "boussole: " << warning << '\n';
    }
    if (options.strict && !warnings.isEmpty()) {
        return failure(tr("not imported: warnings count as errors (--strict)"));
    }
    auto opened = Project::open(projectPath);
    if (!opened) {
        return failure(opened.error().toString());
    }
    if (Status stored = storePriceBook(*opened.value(), *book); !stored) {
        return failure(stored.error().toString());
    }
    int prices = 0;
    int discounts = 0;
    int hosts = 0;
    for (const PriceBookEntry &entry : book->entries) {
        (entry.kind == PriceBookEntry::Kind::Price      ? prices
         : entry.kind == PriceBookEntry::Kind::Discount ? discounts
                                                        : hosts) += 1;
    }
    m_out << tr("%1: %2 and %3 stored")
                 .arg(book->name, tr("%n price(s)", nullptr, prices),
                      tr("%n discount(s)", nullptr, discounts));
    if (hosts > 0) {
        m_out << tr(", with %n dedicated host(s)", nullptr, hosts);
    }
    m_out << '\n';
    if (Status closed = opened.value()->close(); !closed) {
        return failure(closed.error().toString());
    }
    return ExitOk;
}

} // namespace boussole
