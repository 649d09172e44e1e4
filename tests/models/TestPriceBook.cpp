#include "models/catalog/CatalogStore.h"
#include "models/pricebook/PriceBook.h"
#include "models/storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/pricebook/") + name;
}

const catalog::Offer *offer(const catalog::Catalog &c, const QString &provider, const QString &id,
                            const QString &region)
{
    const catalog::Provider *p = c.provider(provider);
    if (!p) {
        return nullptr;
    }
    for (const catalog::Offer &o : p->offers) {
        if (o.id == id && o.region == region) {
            return &o;
        }
    }
    return nullptr;
}

} // namespace

class TestPriceBook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsCsvAndYaml();
    void errorsNamePositions();
    void appliesToACatalogCopy();
    void storedInTheProject();
};

void TestPriceBook::readsCsvAndYaml()
{
    Result<PriceBook> csv = readPriceBook(data(u"devis-ovhcloud-2026.csv"_s));
    QVERIFY2(csv, qPrintable(csv ? QString() : csv.error().toString()));
    QCOMPARE(csv->entries.size(), std::size_t(3));
    const PriceBookEntry &quote = csv->entries[0];
    QCOMPARE(quote.kind, PriceBookEntry::Kind::Price);
    QCOMPARE(quote.price.toString(), u"0.085"_s); // French decimal comma
    QCOMPARE(quote.reference, u"devis n° 2026-118"_s);
    QCOMPARE(quote.validUntil, QDate(2027, 3, 31));
    QCOMPARE(csv->entries[1].percent.toString(), u"12.5"_s);
    Result<PriceBook> yaml = readPriceBook(data(u"devis-cloud-temple.yaml"_s));
    QVERIFY2(yaml, qPrintable(yaml ? QString() : yaml.error().toString()));
    QCOMPARE(yaml->entries.front().unit, catalog::PriceUnit::Month);
}

void TestPriceBook::errorsNamePositions()
{
    Result<PriceBook> bad = readPriceBook(data(u"bad-price.csv"_s));
    QVERIFY(!bad);
    QCOMPARE(bad.error().toString(), u"bad-price.csv:2:5: expected a price, found “douze”"_s);
}

void TestPriceBook::appliesToACatalogCopy()
{
    Result<catalog::Catalog> embedded = catalog::embeddedCatalog();
    QVERIFY(embedded);
    catalog::Catalog copy = embedded.value();
    const catalog::Offer *before = offer(copy, u"ovhcloud"_s, u"b3-16"_s, u"GRA"_s);
    QVERIFY(before && before->price);
    QCOMPARE(before->price->amount.toString(), u"0.1023"_s);
    std::optional<Money> pop2List;
    for (const catalog::Offer &o : copy.provider(u"scaleway"_s)->offers) {
        if (o.family == u"POP2" && o.price) {
            pop2List = o.price->amount;
            break;
        }
    }
    QVERIFY(pop2List);

    Result<PriceBook> book = readPriceBook(data(u"devis-ovhcloud-2026.csv"_s));
    QVERIFY(book);
    const AppliedPriceBooks applied = applyPriceBooks(copy, {*book}, QDate(2026, 11, 29));
    QVERIFY(applied.replaced > 1);
    // The expired Hetzner agreement is not applied.
    QCOMPARE(applied.unused, QStringList{u"hetzner/*"_s});
    const catalog::Offer *after = offer(copy, u"ovhcloud"_s, u"b3-16"_s, u"GRA"_s);
    QCOMPARE(after->price->amount.toString(), u"0.085"_s);
    QVERIFY(fromPriceBook(after->price->source));
    QCOMPARE(after->price->source.url, u"devis n° 2026-118"_s);
    // Only GRA: the same offer elsewhere keeps the list price.
    for (const catalog::Offer &o : copy.provider(u"ovhcloud"_s)->offers) {
        if (o.id == u"b3-16" && o.region != u"GRA" && o.price) {
            QCOMPARE(o.price->amount.toString(), u"0.1023"_s);
        }
    }
    // 12.5 % off every POP2 offer, exactly.
    for (const catalog::Offer &o : copy.provider(u"scaleway"_s)->offers) {
        if (o.family == u"POP2" && o.price) {
            QVERIFY(fromPriceBook(o.price->source));
        }
    }
    const catalog::Offer *firstPop2 = nullptr;
    for (const catalog::Offer &o : copy.provider(u"scaleway"_s)->offers) {
        if (o.family == u"POP2" && o.price) {
            firstPop2 = &o;
            break;
        }
    }
    QCOMPARE(firstPop2->price->amount,
             *Money::mulDecimal(*pop2List, Money::parse(u"0.875").value()));
    // The original catalog is untouched.
    QCOMPARE(offer(embedded.value(), u"ovhcloud"_s, u"b3-16"_s, u"GRA"_s)->price->amount.toString(),
             u"0.1023"_s);
}

void TestPriceBook::storedInTheProject()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> project =
        Project::create(dir.filePath(u"p.boussole"_s), u"P"_s);
    QVERIFY(project);
    Result<PriceBook> book = readPriceBook(data(u"devis-ovhcloud-2026.csv"_s));
    QVERIFY(storePriceBook(*project.value(), *book));
    QVERIFY(storePriceBook(*project.value(), *book)); // same name: replaced, not doubled
    const std::vector<PriceBook> stored = priceBooks(*project.value());
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored.front().entries.size(), std::size_t(3));
    QCOMPARE(stored.front().entries[0].price, book->entries[0].price);
    QCOMPARE(stored.front().entries[1].percent, book->entries[1].percent);
    QCOMPARE(stored.front().entries[0].validUntil, QDate(2027, 3, 31));
}

QTEST_GUILESS_MAIN(TestPriceBook)
#include "TestPriceBook.moc"
