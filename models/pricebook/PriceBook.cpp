#include "models/pricebook/PriceBook.h"

#include "models/importers/io/CsvReader.h"
#include "models/importers/io/YamlLoader.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr const char *kSettingKey = "pricebooks";
const QString kMarker = u"price book"_s;

struct Field {
    QString value;
    int column = 0;
};

// Validates and builds one entry from named fields; `where` makes errors.
Result<PriceBookEntry> makeEntry(const std::function<Field(const char *)> &get,
                                 const std::function<Error(int column, const QString &)> &where)
{
    PriceBookEntry e;
    const Field provider = get("provider");
    e.provider = provider.value.trimmed().toLower();
    if (e.provider.isEmpty()) {
        return where(provider.column,
                     QCoreApplication::translate("PriceBook", "provider is empty"));
    }
    e.offer = get("offer").value.trimmed();
    if (e.offer.isEmpty()) {
        e.offer = u"*"_s;
    }
    e.region = get("region").value.trimmed();
    const Field kind = get("kind");
    const QString k = kind.value.trimmed().toLower();
    const auto parseMoney = [](const QString &text) {
        return Money::parse(text, {MoneyDecimalSeparator::Auto});
    };
    if (k == u"discount") {
        e.kind = PriceBookEntry::Kind::Discount;
        const Field percent = get("discount_percent");
        const std::optional<Money> p = parseMoney(QString(percent.value).remove(u'%'));
        if (!p || *p <= Money() || *p >= Money::fromInteger(100)) {
            return where(percent.column,
                         QCoreApplication::translate(
                             "PriceBook", "expected a discount between 0 and 100 %, found “%1”")
                             .arg(percent.value));
        }
        e.percent = *p;
    } else if (k == u"price" || k == u"quote" || k.isEmpty() || k == u"host" ||
               k == u"dedicated-host") {
        const bool host = k == u"host" || k == u"dedicated-host";
        e.kind = host ? PriceBookEntry::Kind::Host : PriceBookEntry::Kind::Price;
        if (host) {
            const auto positive = [](const QString &text) -> std::optional<double> {
                bool ok = false;
                const double value = QString(text).replace(u',', u'.').trimmed().toDouble(&ok);
                return ok && value > 0 ? std::optional(value) : std::nullopt;
            };
            for (const auto &[name, target] : {std::pair{"host_vcpu", &e.hostVcpu},
                                               std::pair{"host_memory_gib", &e.hostMemoryGib},
                                               std::pair{"overcommit", &e.overcommit}}) {
                const Field field = get(name);
                const std::optional<double> value = positive(field.value);
                if (!value || (target == &e.overcommit && *value < 1)) {
                    return where(field.column,
                                 QCoreApplication::translate(
                                     "PriceBook",
                                     "a dedicated host needs %1 (a positive number; the vCPU "
                                     "overcommit ratio is at least 1, 1 for none), found “%2”")
                                     .arg(QString::fromLatin1(name), field.value));
                }
                *target = *value;
            }
        }
        const Field price = get("price");
        const std::optional<Money> p = parseMoney(price.value);
        e.hasPrice = !(host && price.value.trimmed().isEmpty());
        if (e.hasPrice && (!p || p->isNegative())) {
            return where(price.column,
                         QCoreApplication::translate("PriceBook", "expected a price, found “%1”")
                             .arg(price.value));
        }
        e.price = p.value_or(Money());
        const Field currency = get("currency");
        e.currency = currency.value.trimmed().toUpper();
        if (e.currency.isEmpty() && !e.hasPrice) {
            e.currency = u"EUR"_s;
        }
        if (e.currency.size() != 3) {
            return where(currency.column,
                         QCoreApplication::translate(
                             "PriceBook", "expected a currency code such as EUR, found “%1”")
                             .arg(currency.value));
        }
        const Field unit = get("unit");
        const std::optional<catalog::PriceUnit> u = catalog::priceUnitFromId(
            unit.value.trimmed().isEmpty() ? (host ? u"month"_s : u"hour"_s)
                                           : unit.value.trimmed());
        if (!u || (host && !catalog::unitFitsKind(*u, catalog::OfferKind::DedicatedHost))) {
            return where(unit.column,
                         QCoreApplication::translate("PriceBook", "expected the unit hour, month, "
                                                                  "GB-month or GB, found “%1”")
                             .arg(unit.value));
        }
        e.unit = *u;
    } else {
        return where(kind.column,
                     QCoreApplication::translate(
                         "PriceBook", "expected the kind price, quote, host or discount, "
                                      "found “%1”")
                         .arg(kind.value));
    }
    e.reference = get("reference").value.trimmed();
    for (const auto &[name, target] :
         {std::pair{"date", &e.date}, std::pair{"valid_until", &e.validUntil}}) {
        const Field date = get(name);
        if (date.value.trimmed().isEmpty()) {
            continue;
        }
        *target = QDate::fromString(date.value.trimmed(), Qt::ISODate);
        if (!target->isValid()) {
            return where(date.column, QCoreApplication::translate(
                                          "PriceBook", "expected a date as YYYY-MM-DD, found “%1”")
                                          .arg(date.value));
        }
    }
    if (!e.date.isValid()) {
        return where(0, QCoreApplication::translate(
                            "PriceBook", "every negotiated price needs the date of its quote "
                                         "or contract (column date)"));
    }
    e.note = get("note").value.trimmed();
    return e;
}

QJsonObject toJson(const PriceBookEntry &e)
{
    QJsonObject o;
    o.insert(u"kind"_s, e.kind == PriceBookEntry::Kind::Price  ? u"price"_s
                        : e.kind == PriceBookEntry::Kind::Host ? u"host"_s
                                                               : u"discount"_s);
    if (e.kind == PriceBookEntry::Kind::Host) {
        o.insert(u"host_vcpu"_s, e.hostVcpu);
        o.insert(u"host_memory_gib"_s, e.hostMemoryGib);
        o.insert(u"overcommit"_s, e.overcommit);
        o.insert(u"has_price"_s, e.hasPrice);
    }
    o.insert(u"provider"_s, e.provider);
    o.insert(u"offer"_s, e.offer);
    o.insert(u"region"_s, e.region);
    o.insert(u"price"_s, e.price.toString());
    o.insert(u"currency"_s, e.currency);
    o.insert(u"unit"_s, catalog::priceUnitId(e.unit));
    o.insert(u"percent"_s, e.percent.toString());
    o.insert(u"reference"_s, e.reference);
    o.insert(u"date"_s, e.date.toString(Qt::ISODate));
    o.insert(u"valid_until"_s, e.validUntil.toString(Qt::ISODate));
    o.insert(u"note"_s, e.note);
    return o;
}

PriceBookEntry fromJson(const QJsonObject &o)
{
    PriceBookEntry e;
    const QString kind = o.value(u"kind"_s).toString();
    e.kind = kind == u"discount" ? PriceBookEntry::Kind::Discount
             : kind == u"host"   ? PriceBookEntry::Kind::Host
                                 : PriceBookEntry::Kind::Price;
    e.hostVcpu = o.value(u"host_vcpu"_s).toDouble();
    e.hostMemoryGib = o.value(u"host_memory_gib"_s).toDouble();
    e.overcommit = o.value(u"overcommit"_s).toDouble(1);
    e.hasPrice = o.value(u"has_price"_s).toBool(true);
    e.provider = o.value(u"provider"_s).toString();
    e.offer = o.value(u"offer"_s).toString();
    e.region = o.value(u"region"_s).toString();
    e.price = Money::parse(o.value(u"price"_s).toString(), {MoneyDecimalSeparator::Dot})
                  .value_or(Money());
    e.currency = o.value(u"currency"_s).toString();
    e.unit =
        catalog::priceUnitFromId(o.value(u"unit"_s).toString()).value_or(catalog::PriceUnit::Hour);
    e.percent = Money::parse(o.value(u"percent"_s).toString(), {MoneyDecimalSeparator::Dot})
                    .value_or(Money());
    e.reference = o.value(u"reference"_s).toString();
    e.date = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
    e.validUntil = QDate::fromString(o.value(u"valid_until"_s).toString(), Qt::ISODate);
    e.note = o.value(u"note"_s).toString();
    return e;
}

} // namespace

Result<PriceBook> readPriceBook(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QCoreApplication::translate("PriceBook", "cannot open the file: %1")
                         .arg(file.errorString()),
                     fileName);
    }
    PriceBook book;
    book.name = fileName;
    const bool yaml = fileName.endsWith(u".yaml"_s, Qt::CaseInsensitive) ||
                      fileName.endsWith(u".yml"_s, Qt::CaseInsensitive);
    if (yaml) {
        Result<std::vector<YamlDocument>> docs = readYamlDocuments(file, fileName);
        if (!docs) {
            return docs.error();
        }
        if (docs->empty() || docs->front().isEmpty()) {
            return Error(QCoreApplication::translate("PriceBook", "the file is empty"), fileName);
        }
        const YamlValue entries = docs->front().root().get("entries");
        if (!entries.isSequence()) {
            return entries.error(
                QCoreApplication::translate("PriceBook", "expected a list of entries"));
        }
        for (const YamlValue &item : entries.items()) {
            const auto get = [&item](const char *key) { return Field{item.get(key).text(), 0}; };
            const auto where = [&item](int, const QString &message) { return item.error(message); };
            Result<PriceBookEntry> entry = makeEntry(get, where);
            if (!entry) {
                return entry.error();
            }
            entry->line = item.line();
            book.entries.push_back(std::move(entry.value()));
        }
    } else {
        CsvOptions options;
        options.fileName = fileName;
        CsvReader reader(file, options);
        CsvRecord record;
        Result<bool> more = reader.next(record);
        if (!more) {
            return more.error();
        }
        if (!more.value()) {
            return Error(QCoreApplication::translate("PriceBook", "the file is empty"), fileName);
        }
        QHash<QString, int> columns;
        for (int i = 0; i < record.size(); ++i) {
            columns.insert(record.field(i).trimmed().toLower(), i);
        }
        if (!columns.contains(u"provider"_s)) {
            return Error(
                QCoreApplication::translate("PriceBook", "the header has no column provider"),
                fileName, record.line(), 1);
        }
        for (;;) {
            more = reader.next(record);
            if (!more) {
                return more.error();
            }
            if (!more.value()) {
                break;
            }
            if (record.isBlank()) {
                continue;
            }
            const auto get = [&](const char *key) {
                const int c = columns.value(QString::fromLatin1(key), -1);
                return Field{c >= 0 ? record.field(c) : QString(), c + 1};
            };
            const int line = record.line();
            const auto where = [&](int column, const QString &message) {
                return Error(message, fileName, line, column);
            };
            Result<PriceBookEntry> entry = makeEntry(get, where);
            if (!entry) {
                return entry.error();
            }
            entry->line = line;
            book.entries.push_back(std::move(entry.value()));
        }
    }
    if (book.entries.empty()) {
        return Error(QCoreApplication::translate("PriceBook", "the file holds no price"), fileName);
    }
    return book;
}

std::vector<PriceBook> priceBooks(const Project &project)
{
    std::vector<PriceBook> books;
    const QJsonArray array =
        QJsonDocument::fromJson(project.projectSetting(QString::fromLatin1(kSettingKey)).toUtf8())
            .array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        PriceBook book;
        book.name = o.value(u"name"_s).toString();
        for (const QJsonValue &entry : o.value(u"entries"_s).toArray()) {
            book.entries.push_back(fromJson(entry.toObject()));
        }
        books.push_back(std::move(book));
    }
    return books;
}

Status storePriceBook(Project &project, const PriceBook &book)
{
    std::vector<PriceBook> books = priceBooks(project);
    std::erase_if(books, [&book](const PriceBook &b) { return b.name == book.name; });
    books.push_back(book);
    QJsonArray array;
    for (const PriceBook &b : books) {
        QJsonObject o;
        o.insert(u"name"_s, b.name);
        QJsonArray entries;
        for (const PriceBookEntry &e : b.entries) {
            entries.append(toJson(e));
        }
        o.insert(u"entries"_s, entries);
        array.append(o);
    }
    return project.setProjectSetting(
        QString::fromLatin1(kSettingKey),
        QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

bool fromPriceBook(const catalog::Source &source)
{
    return source.note.startsWith(kMarker);
}

namespace {

// Offers are counted by key: adding a host offer may move the others in memory.
QString offerKey(const catalog::Provider &provider, const catalog::Offer &offer)
{
    return provider.id + u'\x1f' + offer.id + u'\x1f' + offer.region;
}

catalog::Source sourceOf(const PriceBook &book, const PriceBookEntry &e)
{
    catalog::Source source;
    source.url = e.reference.isEmpty() ? book.name : e.reference;
    source.date = e.date;
    source.verified = true; // the customer's own document
    source.reference = e.reference;
    source.validUntil = e.validUntil;
    return source;
}

catalog::Price priceOf(const PriceBook &book, const PriceBookEntry &e)
{
    catalog::Price price;
    price.amount = e.price;
    price.currency = e.currency;
    price.unit = e.unit;
    price.source = sourceOf(book, e);
    price.source.note = u"%1: %2%3"_s.arg(
        kMarker, book.name,
        e.validUntil.isValid() ? u", valid until %1"_s.arg(e.validUntil.toString(Qt::ISODate))
                               : QString());
    return price;
}

// A dedicated host of a quote: sizes (and prices) the provider's dedicated-host offers of that id
// or family, or adds one when the provider has none of that name. Expired quotes are applied
// too: the comparison flags them and does not use their price (compare/HostPacking.h).
bool applyHost(catalog::Catalog &catalog, const PriceBook &book, const PriceBookEntry &e,
               QSet<QString> &touched)
{
    for (catalog::Provider &provider : catalog.providers) {
        if (provider.id != e.provider) {
            continue;
        }
        const auto fill = [&](catalog::Offer &offer) {
            offer.vcpu = e.hostVcpu;
            offer.memoryGib = e.hostMemoryGib;
            offer.vcpuOvercommit = e.overcommit;
            if (e.hasPrice) {
                offer.price = priceOf(book, e);
            } else {
                offer.price.reset();
                offer.note = QCoreApplication::translate(
                                 "PriceBook", "%1: host size from %2, price not quoted yet")
                                 .arg(kMarker, sourceOf(book, e).url);
            }
            touched.insert(offerKey(provider, offer));
        };
        bool any = false;
        for (catalog::Offer &offer : provider.offers) {
            const bool offerMatches = e.offer == u"*" ||
                                      offer.id.compare(e.offer, Qt::CaseInsensitive) == 0 ||
                                      offer.family.compare(e.offer, Qt::CaseInsensitive) == 0;
            if (offer.kind != catalog::OfferKind::DedicatedHost || !offerMatches ||
                (!e.region.isEmpty() && offer.region != e.region)) {
                continue;
            }
            fill(offer);
            any = true;
        }
        if (any) {
            return true;
        }
        QString region = e.region;
        if (region.isEmpty() && provider.regions.size() == 1) {
            region = provider.regions.front().id;
        }
        if (e.offer == u"*" || !provider.region(region)) {
            return false;
        }
        catalog::Offer offer;
        offer.id = e.offer;
        offer.kind = catalog::OfferKind::DedicatedHost;
        offer.family = e.offer;
        offer.region = region;
        offer.cpuType = catalog::CpuType::Dedicated;
        offer.note = QCoreApplication::translate("PriceBook", "dedicated host described by %1")
                         .arg(book.name);
        provider.offers.push_back(std::move(offer));
        fill(provider.offers.back());
        return true;
    }
    return false;
}

} // namespace

AppliedPriceBooks applyPriceBooks(catalog::Catalog &catalog, const std::vector<PriceBook> &books,
                                  const QDate &today)
{
    AppliedPriceBooks applied;
    QSet<QString> touched;
    const auto apply = [&](const PriceBook &book, const PriceBookEntry &e, bool prices) {
        if ((e.kind != PriceBookEntry::Kind::Discount) != prices) {
            return;
        }
        const QString label = u"%1/%2"_s.arg(e.provider, e.offer);
        if (e.kind == PriceBookEntry::Kind::Host) {
            if (applyHost(catalog, book, e, touched)) {
                return;
            }
            applied.unused << label;
            return;
        }
        if (e.validUntil.isValid() && e.validUntil < today) {
            applied.unused << label;
            return;
        }
        bool any = false;
        for (catalog::Provider &provider : catalog.providers) {
            if (provider.id != e.provider) {
                continue;
            }
            for (catalog::Offer &offer : provider.offers) {
                const bool offerMatches = e.offer == u"*" ||
                                          offer.id.compare(e.offer, Qt::CaseInsensitive) == 0 ||
                                          offer.family.compare(e.offer, Qt::CaseInsensitive) == 0;
                if (!offerMatches || (!e.region.isEmpty() && offer.region != e.region)) {
                    continue;
                }
                catalog::Source source = sourceOf(book, e);
                if (e.kind == PriceBookEntry::Kind::Price) {
                    offer.price = priceOf(book, e);
                } else {
                    if (!offer.price) {
                        continue; // a discount off no price is still no price
                    }
                    const Money factor = Money::fromInteger(100) - e.percent;
                    const std::optional<Money> discounted = Money::mulDecimal(
                        offer.price->amount, factor.dividedBy(100).value_or(Money()));
                    if (!discounted) {
                        continue;
                    }
                    offer.price->amount = *discounted;
                    offer.price->monthlyCap.reset();
                    source.note = u"%1: %2, %3 % off the list price (%4)"_s.arg(
                        kMarker, book.name, e.percent.toString(), offer.price->source.url);
                    offer.price->source = source;
                }
                any = true;
                touched.insert(offerKey(provider, offer));
            }
        }
        if (!any) {
            applied.unused << label;
        }
    };
    // Discounts first, then prices: a negotiated price wins over a discount of the same offer.
    for (const bool prices : {false, true}) {
        for (const PriceBook &book : books) {
            for (const PriceBookEntry &e : book.entries) {
                apply(book, e, prices);
            }
        }
    }
    applied.replaced = int(touched.size());
    return applied;
}

} // namespace boussole
