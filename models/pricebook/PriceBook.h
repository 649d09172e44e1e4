#pragma once

// Negotiated prices, discounts and quotes of one project (`boussole pricebook import`).
// SecNumCloud offers are often sold on quote or per dedicated host; a price book holds what the
// customer was actually offered:
//  - price:    an exact price for an offer (or every offer of a family) in a region, e.g. a quote's
//              line "devis n° 2025-118, valid until 2026-03-31";
//  - discount: a percentage off the catalog's list price, per provider, family or offer;
//  - host:     a dedicated host sold whole (kind "host"): its vCPU, memory and vCPU overcommit
//              ratio (an explicit term or assumption, 1 for none), and its price per host (unit
//              month by default; may be empty while the quote is pending). It sizes (and prices)
//              the provider's dedicated-host offer of that id or family, or adds one; workloads
//              placed there are packed onto hosts (compare/HostPacking.h). A host quote past its
//              validity still sizes the host, but its price is not used and the result is
//              flagged as expired.
// Applying a price book to a catalog copy replaces the matching prices; every replaced figure
// carries "price book" in its source, so it is labelled as such everywhere. Stored in the project
// settings (key "pricebooks") as JSON.

#include "models/catalog/Catalog.h"
#include "models/domain/Money.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace boussole {

class Project;

struct PriceBookEntry {
    enum class Kind { Price, Discount, Host };
    Kind kind = Kind::Price;
    QString provider; // catalog provider id
    QString offer;    // offer id, or family, or "*" for every offer of the provider
    QString region;   // empty: every region
    Money price;      // Kind::Price: per unit, net of VAT
    QString currency; // Kind::Price
    catalog::PriceUnit unit = catalog::PriceUnit::Hour;
    Money percent; // Kind::Discount: 0 < percent < 100
    // Kind::Host: the host's size and vCPU overcommit ratio; the price (per unit, default month)
    // may be missing (hasPrice false) while a quote is pending.
    double hostVcpu = 0;
    double hostMemoryGib = 0;
    double overcommit = 1;
    bool hasPrice = true;
    QString reference; // quote or contract reference ("devis n° 2025-118")
    QDate date;        // of the quote or contract
    QDate validUntil;  // invalid: no stated end
    QString note;
    int line = 0; // where it was read, for messages
};

struct PriceBook {
    QString name; // the imported file's name
    std::vector<PriceBookEntry> entries;
};

// Reads a CSV (header: provider, offer, region, kind, price, currency, unit, discount_percent,
// reference, date, valid_until, note, and for hosts host_vcpu, host_memory_gib, overcommit —
// comma or semicolon, decimal point or comma) or a YAML
// file (entries: [{provider, offer, …}]). Errors name file, line and column (or YAML path).
Result<PriceBook> readPriceBook(const QString &path);

// Stored books of the project, oldest first.
std::vector<PriceBook> priceBooks(const Project &project);
// Adds a book (replacing one with the same name) in the project settings.
Status storePriceBook(Project &project, const PriceBook &book);

struct AppliedPriceBooks {
    int replaced = 0;   // offers whose price a book set or discounted
    QStringList unused; // entries that matched no offer ("provider/offer")
};
// Replaces the prices of matching offers in `catalog`; later entries win over earlier ones,
// prices over discounts of the same offer. A quote past its validity date (on `today`) is not
// applied and listed as unused.
AppliedPriceBooks applyPriceBooks(catalog::Catalog &catalog, const std::vector<PriceBook> &books,
                                  const QDate &today = QDate::currentDate());

// True when a price's source says it comes from a price book.
bool fromPriceBook(const catalog::Source &source);

} // namespace boussole
