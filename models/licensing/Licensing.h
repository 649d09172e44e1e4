#pragma once

// The licence line of a workload's cost on a target provider: which licences the workload needs
// (Windows Server, SQL Server, RHEL, Oracle Database), whether the customer may bring its own
// (BYOL, with the entitlement entered) or pays the provider's licence-included price, and what
// that costs per month. The rules and prices come, sourced and dated, from
// resources/licensing/licensing.yaml. An unknown licence price makes the line incomplete —
// never 0.

#include "models/catalog/Catalog.h"
#include "models/domain/Money.h"
#include "models/domain/Result.h"
#include "models/domain/Workload.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace boussole::licensing {

enum class Product {
    WindowsServer,
    SqlServerStandard,
    SqlServerEnterprise,
    SqlServerWeb,
    Rhel,
    OracleEnterprise,
    OracleStandard2,
};
QString productId(Product product);    // "windows-server", "sql-server-standard"…
QString productLabel(Product product); // translated

// What the customer owns, per product family (as entered in the project's settings).
struct Entitlement {
    bool softwareAssurance = false;         // SA or a subscription licence
    bool perpetualBefore2019_10_01 = false; // Microsoft licences bought before 2019-10-01
    bool subscription = false;              // Red Hat subscription for Cloud Access
    bool oracleLicences = false;            // Oracle processor/NUP licences owned
    int cores = 0;                          // core licences owned (0: not stated)
};

struct Rate {
    Product product;
    QString provider;
    Money pricePerVcpuHour;
    QString currency;
    bool derived = false;
    catalog::Source source;
};

struct ByolRule {
    QString productFamily; // "windows-server", "sql-server", "rhel", "oracle-database"
    QStringList providers; // ids; or the words "listed", "others", "all"
    QString requirement;   // "software-assurance", "perpetual-before-2019-10-01", "subscription",
                           // "licence"
    bool dedicatedHostOnly = false;
    int minCoresPerVm = 0;
    QString rule; // in the source's terms (English)
    catalog::Source source;
};

struct Rules {
    QDate date;
    QStringList listedProviders;
    QStringList oracleAuthorized;
    std::vector<Rate> rates;
    std::vector<ByolRule> byol;

    const Rate *rate(Product product, const QString &provider) const;
    // The first BYOL rule for the product family that names the provider.
    const ByolRule *byolRule(Product product, const QString &provider) const;
};

Result<Rules> loadRules(const QString &path = QStringLiteral(":/licensing/licensing.yaml"));

// The licences a workload needs, read from its operating system, edition, kind and name.
std::vector<Product> licencesNeeded(const Workload &workload);

enum class Mode {
    Included,   // the provider's licence-included price
    Byol,       // the customer brings its own licence: nothing in the cloud line
    Unpriced,   // needed, but no sourced price: the total is incomplete
    NotAllowed, // the customer's licence cannot go there and no price is known
    Risk,       // cannot be sized (Oracle on shared VMs outside authorized clouds)
};

struct LicenceLine {
    Product product;
    Mode mode = Mode::Unpriced;
    std::optional<Money> monthly; // set for Included and Byol (0); in `currency`
    QString currency;
    int licencesCounted = 0; // cores or processors the rule counts
    QString explanation;     // translated: why this mode, with the rule
    catalog::Source source;
    bool incomplete() const
    {
        return mode == Mode::Unpriced || mode == Mode::NotAllowed || mode == Mode::Risk;
    }
};

struct Request {
    Request(Product product_, QString provider_, double vcpu_, double hoursPerMonth_ = 730,
            bool dedicatedHost_ = false, std::optional<Entitlement> entitlement_ = std::nullopt)
        : product(product_), provider(std::move(provider_)), vcpu(vcpu_),
          hoursPerMonth(hoursPerMonth_), dedicatedHost(dedicatedHost_),
          entitlement(std::move(entitlement_))
    {
    }

    Product product;
    QString provider;
    double vcpu = 0;
    double hoursPerMonth = 730;
    bool dedicatedHost = false;
    std::optional<Entitlement> entitlement; // none: the customer owns no licence for it
};

LicenceLine licenceLine(const Rules &rules, const Request &request);

} // namespace boussole::licensing
