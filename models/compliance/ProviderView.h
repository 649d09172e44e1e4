#pragma once

// The provider side of compliance, from the catalog's facts: which frameworks the organisation
// should assess (from its sector and its workloads' data classes), a coverage matrix provider ×
// certification (with references, expiry and whether the fact was verified), each provider's
// exposure to extra-EU law, and the pass/fail view of qualifications: a provider holds the
// qualification or it has blocking items — never a percentage.

#include "models/catalog/Catalog.h"
#include "models/compliance/Framework.h"

#include <QDate>
#include <QMap>
#include <QStringList>

#include <vector>

namespace boussole::compliance {

struct Suggestion {
    const Framework *framework = nullptr;
    QStringList reasons; // in the user's language
};

// Frameworks whose `sectors` contain the organisation's sector or whose `data_classes` meet
// the workloads' data classes (name → number of workloads), in the frameworks' order.
std::vector<Suggestion> suggestFrameworks(const std::vector<Framework> &frameworks,
                                          const QString &sector,
                                          const QMap<QString, int> &dataClassCounts);
// "insurer" → "insurance", "banking" → "bank"…: lower case, a few synonyms folded.
QString normaliseSector(const QString &sector);

// The catalog's certification id a framework corresponds to ("secnumcloud-3.2" → "secnumcloud",
// "hds-2" → "hds"); empty for frameworks that certify nobody (GDPR, CNIL, DORA).
QString certificationIdOf(const QString &frameworkId);

enum class Coverage {
    None,    // no such certification in the catalog
    Full,    // valid on the date, for every offer and region
    Partial, // valid on the date, limited to some offers, kinds or regions
    Expired, // known but not valid on the date
};
QString coverageId(Coverage coverage); // "none", "full", "partial", "expired"

struct CoverageCell {
    QString certification; // "secnumcloud", "hds", "iso27001"…
    Coverage coverage = Coverage::None;
    const catalog::Certification *certificate = nullptr; // the best one found
    bool verified = false;
};

struct ProviderCoverage {
    const catalog::Provider *provider = nullptr;
    std::vector<CoverageCell> cells; // one per column, same order
};

// The certification ids the catalog mentions, SecNumCloud and HDS first.
QStringList certificationColumns(const catalog::Catalog &catalog);
std::vector<ProviderCoverage> coverageMatrix(const catalog::Catalog &catalog,
                                             const QStringList &columns, const QDate &date);

// A qualification or certification framework seen from one provider.
struct ProviderStanding {
    const catalog::Provider *provider = nullptr;
    const Framework *framework = nullptr;
    Coverage coverage = Coverage::None;
    const catalog::Certification *certificate = nullptr;
    // Provider-side requirements the provider has not shown to meet: 0 when it holds the
    // qualification (for its scope), else every one of them.
    int blocking = 0;
    // Among them, the items the provider's own facts rule out (under extra-EU law: head office
    // and control, 19.6.a and 19.6.b for SecNumCloud).
    QStringList ruledOut;
};
std::vector<ProviderStanding> providerStandings(const catalog::Catalog &catalog,
                                                const Framework &framework, const QDate &date);

} // namespace boussole::compliance
