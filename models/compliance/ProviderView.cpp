#include "models/compliance/ProviderView.h"

#include "models/compliance/Guidance.h"
#include "models/itemmodels/WorkloadTableModel.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole::compliance {

namespace {

bool isLimited(const catalog::Certification &certification)
{
    return !certification.regions.isEmpty() || !certification.offers.isEmpty() ||
           !certification.offerKinds.isEmpty();
}

CoverageCell cellFor(const catalog::Provider &provider, const QString &id, const QDate &date)
{
    CoverageCell cell;
    cell.certification = id;
    for (const catalog::Certification &certification : provider.certifications) {
        if (certification.id != id) {
            continue;
        }
        Coverage coverage = Coverage::Expired;
        if (certification.validOn(date)) {
            coverage = isLimited(certification) ? Coverage::Partial : Coverage::Full;
        }
        // Best first: full, partial, expired.
        const auto rank = [](Coverage c) {
            return c == Coverage::Full ? 3 : c == Coverage::Partial ? 2 : c == Coverage::Expired;
        };
        if (!cell.certificate || rank(coverage) > rank(cell.coverage)) {
            cell.coverage = coverage;
            cell.certificate = &certification;
            cell.verified = certification.source.verified;
        }
    }
    return cell;
}

} // namespace

QString normaliseSector(const QString &sector)
{
    const QString s = sector.trimmed().toLower();
    if (s == u"insurer" || s == u"assurance" || s == u"mutual" || s == u"mutuelle") {
        return u"insurance"_s;
    }
    if (s == u"banking" || s == u"banque") {
        return u"bank"_s;
    }
    if (s == u"financial" || s == u"financial services") {
        return u"finance"_s;
    }
    if (s == u"healthcare" || s == u"santé" || s == u"hospital") {
        return u"health"_s;
    }
    if (s == u"public sector" || s == u"government" || s == u"public administration" ||
        s == u"administration" || s == u"administration publique" || s == u"secteur public" ||
        s == u"state" || s == u"état") {
        return u"public"_s;
    }
    return s;
}

std::vector<Suggestion> suggestFrameworks(const std::vector<Framework> &frameworks,
                                          const QString &sector,
                                          const QMap<QString, int> &dataClassCounts)
{
    const QString normalised = normaliseSector(sector);
    std::vector<Suggestion> result;
    for (const Framework &framework : frameworks) {
        Suggestion suggestion;
        suggestion.framework = &framework;
        if (!normalised.isEmpty() && framework.sectors.contains(normalised)) {
            suggestion.reasons << QCoreApplication::translate("Compliance",
                                                              "the organisation's sector is %1")
                                      .arg(normalised);
        }
        for (auto it = dataClassCounts.cbegin(); it != dataClassCounts.cend(); ++it) {
            if (it.value() > 0 && framework.dataClasses.contains(it.key().trimmed().toLower())) {
                suggestion.reasons
                    << QCoreApplication::translate("Compliance",
                                                   "%n workload(s) with data classed “%1”", nullptr,
                                                   it.value())
                           .arg(WorkloadTableModel::dataClassLabel(it.key().trimmed()));
            }
        }
        // Rules such as the French State's cloud doctrine name the framework they call for.
        for (const ApplicableGuidance &rule : guidanceFor(embeddedGuidance(), sector)) {
            if (rule.note->callsFor.contains(framework.id)) {
                suggestion.reasons
                    << QCoreApplication::translate("Compliance", "called for by “%1”")
                           .arg(rule.note->title.in(QLocale().name()));
            }
        }
        if (!suggestion.reasons.isEmpty()) {
            result.push_back(std::move(suggestion));
        }
    }
    return result;
}

QString certificationIdOf(const QString &frameworkId)
{
    if (frameworkId.startsWith(u"secnumcloud"_s)) {
        return u"secnumcloud"_s;
    }
    if (frameworkId.startsWith(u"hds"_s)) {
        return u"hds"_s;
    }
    if (frameworkId.startsWith(u"iso27001"_s)) {
        return u"iso27001"_s;
    }
    return {};
}

QString coverageId(Coverage coverage)
{
    switch (coverage) {
    case Coverage::Full:
        return u"full"_s;
    case Coverage::Partial:
        return u"partial"_s;
    case Coverage::Expired:
        return u"expired"_s;
    case Coverage::None:
        break;
    }
    return u"none"_s;
}

QStringList certificationColumns(const catalog::Catalog &catalog)
{
    QStringList others;
    for (const catalog::Provider &provider : catalog.providers) {
        for (const catalog::Certification &certification : provider.certifications) {
            if (!others.contains(certification.id)) {
                others << certification.id;
            }
        }
    }
    QStringList columns = {u"secnumcloud"_s, u"hds"_s};
    others.removeAll(u"secnumcloud"_s);
    others.removeAll(u"hds"_s);
    std::sort(others.begin(), others.end());
    return columns + others;
}

std::vector<ProviderCoverage> coverageMatrix(const catalog::Catalog &catalog,
                                             const QStringList &columns, const QDate &date)
{
    std::vector<ProviderCoverage> result;
    for (const catalog::Provider &provider : catalog.providers) {
        ProviderCoverage row;
        row.provider = &provider;
        for (const QString &column : columns) {
            row.cells.push_back(cellFor(provider, column, date));
        }
        result.push_back(std::move(row));
    }
    return result;
}

std::vector<ProviderStanding> providerStandings(const catalog::Catalog &catalog,
                                                const Framework &framework, const QDate &date)
{
    std::vector<ProviderStanding> result;
    const QString certification = certificationIdOf(framework.id);
    int providerRequirements = 0;
    for (const Item &item : framework.items) {
        if (item.type == ItemType::Requirement && item.side == Side::Provider) {
            ++providerRequirements;
        }
    }
    for (const catalog::Provider &provider : catalog.providers) {
        ProviderStanding standing;
        standing.provider = &provider;
        standing.framework = &framework;
        if (!certification.isEmpty()) {
            const CoverageCell cell = cellFor(provider, certification, date);
            standing.coverage = cell.coverage;
            standing.certificate = cell.certificate;
        }
        const bool holds =
            standing.coverage == Coverage::Full || standing.coverage == Coverage::Partial;
        standing.blocking = holds ? 0 : providerRequirements;
        if (!holds && provider.extraEuLawExposure && framework.id.startsWith(u"secnumcloud"_s)) {
            for (const QString &id : {u"19.6.a"_s, u"19.6.b"_s}) {
                if (framework.item(id)) {
                    standing.ruledOut << id;
                }
            }
        }
        result.push_back(std::move(standing));
    }
    return result;
}

} // namespace boussole::compliance
