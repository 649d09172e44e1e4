#include "models/licensing/Licensing.h"

#include "models/importers/io/YamlLoader.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace boussole::licensing {

namespace {

QString family(Product product)
{
    switch (product) {
    case Product::WindowsServer:
        return u"windows-server"_s;
    case Product::SqlServerStandard:
    case Product::SqlServerEnterprise:
    case Product::SqlServerWeb:
        return u"sql-server"_s;
    case Product::Rhel:
        return u"rhel"_s;
    case Product::OracleEnterprise:
    case Product::OracleStandard2:
        return u"oracle-database"_s;
    }
    return {};
}

std::optional<Product> productFromId(const QString &id)
{
    for (Product p : {Product::WindowsServer, Product::SqlServerStandard,
                      Product::SqlServerEnterprise, Product::SqlServerWeb, Product::Rhel,
                      Product::OracleEnterprise, Product::OracleStandard2}) {
        if (productId(p) == id) {
            return p;
        }
    }
    return std::nullopt;
}

Result<catalog::Source> readSource(const YamlValue &value)
{
    catalog::Source source;
    source.url = value.get("url").text();
    source.note = value.get("note").text();
    source.date = QDate::fromString(value.get("date").text(), Qt::ISODate);
    Result<std::optional<bool>> verified = value.get("verified").boolean();
    if (!verified) {
        return verified.error();
    }
    source.verified = verified.value().value_or(false);
    if (source.url.isEmpty() || !source.date.isValid()) {
        return value.error(QCoreApplication::translate(
            "Licensing", "a source needs a url and a date (YYYY-MM-DD)"));
    }
    return source;
}

} // namespace

QString productId(Product product)
{
    switch (product) {
    case Product::WindowsServer:
        return u"windows-server"_s;
    case Product::SqlServerStandard:
        return u"sql-server-standard"_s;
    case Product::SqlServerEnterprise:
        return u"sql-server-enterprise"_s;
    case Product::SqlServerWeb:
        return u"sql-server-web"_s;
    case Product::Rhel:
        return u"rhel"_s;
    case Product::OracleEnterprise:
        return u"oracle-enterprise"_s;
    case Product::OracleStandard2:
        return u"oracle-standard-2"_s;
    }
    return {};
}

QString productLabel(Product product)
{
    switch (product) {
    case Product::WindowsServer:
        return QCoreApplication::translate("Licensing", "Windows Server");
    case Product::SqlServerStandard:
        return QCoreApplication::translate("Licensing", "SQL Server Standard");
    case Product::SqlServerEnterprise:
        return QCoreApplication::translate("Licensing", "SQL Server Enterprise");
    case Product::SqlServerWeb:
        return QCoreApplication::translate("Licensing", "SQL Server Web");
    case Product::Rhel:
        return QCoreApplication::translate("Licensing", "Red Hat Enterprise Linux");
    case Product::OracleEnterprise:
        return QCoreApplication::translate("Licensing", "Oracle Database Enterprise Edition");
    case Product::OracleStandard2:
        return QCoreApplication::translate("Licensing", "Oracle Database Standard Edition 2");
    }
    return {};
}

const Rate *Rules::rate(Product product, const QString &provider) const
{
    for (const Rate &r : rates) {
        if (r.product == product && r.provider == provider) {
            return &r;
        }
    }
    return nullptr;
}

const ByolRule *Rules::byolRule(Product product, const QString &provider) const
{
    const QString wanted = family(product);
    const bool listed = listedProviders.contains(provider);
    for (const ByolRule &rule : byol) {
        if (rule.productFamily != wanted) {
            continue;
        }
        for (const QString &p : rule.providers) {
            if (p == provider || p == u"all" || (p == u"listed" && listed) ||
                (p == u"others" && !listed)) {
                return &rule;
            }
        }
    }
    return nullptr;
}

Result<Rules> loadRules(const QString &path)
{
    Result<YamlDocument> document = readYamlFile(path);
    if (!document) {
        return document.error();
    }
    const YamlValue root = document->root();
    Rules rules;
    rules.date = QDate::fromString(root.get("date").text(), Qt::ISODate);
    Result<QStringList> listed = root.get("listed_providers").stringList();
    Result<QStringList> oracle = root.get("oracle_authorized").stringList();
    if (!listed || !oracle) {
        return listed ? oracle.error() : listed.error();
    }
    rules.listedProviders = *listed;
    rules.oracleAuthorized = *oracle;
    for (const YamlValue &item : root.get("rates").items()) {
        const std::optional<Product> product = productFromId(item.get("product").text());
        if (!product) {
            return item.get("product").error(
                QCoreApplication::translate("Licensing", "unknown product %1")
                    .arg(item.get("product").describe()));
        }
        if (item.get("unit").text() != u"vcpu-hour") {
            return item.get("unit").error(
                QCoreApplication::translate("Licensing", "expected the unit vcpu-hour"));
        }
        const std::optional<Money> price =
            Money::parse(item.get("price").text(), {MoneyDecimalSeparator::Dot});
        if (!price || price->isNegative() || price->isZero()) {
            return item.get("price").error(
                QCoreApplication::translate("Licensing", "expected a price above 0, found %1")
                    .arg(item.get("price").describe()));
        }
        Result<catalog::Source> source = readSource(item.get("source"));
        if (!source) {
            return source.error();
        }
        Result<std::optional<bool>> derived = item.get("derived").boolean();
        if (!derived) {
            return derived.error();
        }
        if (derived.value().value_or(false) && source->verified) {
            return item.get("source").error(QCoreApplication::translate(
                "Licensing", "a derived figure cannot be marked verified"));
        }
        rules.rates.push_back({*product, item.get("provider").text(), *price,
                               item.get("currency").text(), derived.value().value_or(false),
                               *source});
    }
    for (const YamlValue &item : root.get("byol").items()) {
        ByolRule rule;
        rule.productFamily = item.get("product").text();
        Result<QStringList> providers = item.get("providers").stringList();
        if (!providers) {
            return providers.error();
        }
        rule.providers = *providers;
        rule.requirement = item.get("requires").text();
        Result<std::optional<bool>> dedicated = item.get("dedicated_host_only").boolean();
        Result<std::optional<qint64>> minCores = item.get("min_cores_per_vm").integer();
        if (!dedicated || !minCores) {
            return dedicated ? minCores.error() : dedicated.error();
        }
        rule.dedicatedHostOnly = dedicated.value().value_or(false);
        rule.minCoresPerVm = int(minCores.value().value_or(0));
        rule.rule = item.get("rule").text();
        Result<catalog::Source> source = readSource(item.get("source"));
        if (!source) {
            return source.error();
        }
        rule.source = *source;
        rules.byol.push_back(std::move(rule));
    }
    return rules;
}

std::vector<Product> licencesNeeded(const Workload &w)
{
    std::vector<Product> needed;
    const QString os = (w.osFamily + u' ' + w.osEdition).toLower();
    const QString text =
        (w.name + u' ' + w.osEdition + u' ' + w.application + u' ' +
         w.tags.value(u"engine"_s).toString() + u' ' + w.tags.value(u"database"_s).toString())
            .toLower();
    if (os.contains(u"windows"_s)) {
        needed.push_back(Product::WindowsServer);
    }
    if (os.contains(u"red hat"_s) || os.contains(u"rhel"_s)) {
        needed.push_back(Product::Rhel);
    }
    if (text.contains(u"sql server"_s) || text.contains(u"sqlserver"_s) ||
        text.contains(u"mssql"_s)) {
        if (text.contains(u"enterprise"_s)) {
            needed.push_back(Product::SqlServerEnterprise);
        } else if (text.contains(u"web"_s)) {
            needed.push_back(Product::SqlServerWeb);
        } else {
            needed.push_back(Product::SqlServerStandard);
        }
    }
    if (text.contains(u"oracle"_s)) {
        needed.push_back(text.contains(u"standard"_s) || text.contains(u"se2"_s)
                             ? Product::OracleStandard2
                             : Product::OracleEnterprise);
    }
    return needed;
}

LicenceLine licenceLine(const Rules &rules, const Request &request)
{
    LicenceLine line;
    line.product = request.product;
    const QString product = productLabel(request.product);
    const int vcpu = int(std::ceil(std::max(0.0, request.vcpu)));

    // Oracle first: its counting decides whether it can be sized at all.
    if (family(request.product) == u"oracle-database") {
        const ByolRule *rule = rules.byolRule(request.product, request.provider);
        if (rule) {
            line.source = rule->source;
        }
        if (!rules.oracleAuthorized.contains(request.provider) && !request.dedicatedHost) {
            line.mode = Mode::Risk;
            line.explanation =
                QCoreApplication::translate(
                    "Licensing",
                    "%1 on shared virtual machines outside Oracle's authorized clouds: the "
                    "physical cores of every host that could run it count, which the provider "
                    "does not disclose; it cannot be sized (licence risk)")
                    .arg(product);
            return line;
        }
        const bool standard = request.product == Product::OracleStandard2;
        if (standard && vcpu > 8) {
            line.mode = Mode::NotAllowed;
            line.explanation =
                QCoreApplication::translate(
                    "Licensing",
                    "%1 is limited to 8 vCPU on authorized clouds; this workload needs %2")
                    .arg(product)
                    .arg(vcpu);
            return line;
        }
        line.licencesCounted = standard ? (vcpu + 3) / 4 : (vcpu + 1) / 2;
        if (request.entitlement && request.entitlement->oracleLicences) {
            line.mode = Mode::Byol;
            line.monthly = Money();
            line.explanation =
                QCoreApplication::translate(
                    "Licensing", "%1 brought by the customer: %n processor licence(s) counted",
                    nullptr, line.licencesCounted)
                    .arg(product);
        } else {
            line.mode = Mode::Unpriced;
            line.explanation = QCoreApplication::translate(
                                   "Licensing",
                                   "%1 needs %n processor licence(s); no licence-included price "
                                   "is known here, so the total is incomplete",
                                   nullptr, line.licencesCounted)
                                   .arg(product);
        }
        return line;
    }

    // Bring your own licence, when the customer owns one and the provider's rules allow it.
    if (request.entitlement) {
        if (const ByolRule *rule = rules.byolRule(request.product, request.provider)) {
            const Entitlement &e = *request.entitlement;
            bool allowed = false;
            if (rule->requirement == u"software-assurance") {
                allowed = e.softwareAssurance;
            } else if (rule->requirement == u"perpetual-before-2019-10-01") {
                allowed = e.perpetualBefore2019_10_01;
            } else if (rule->requirement == u"subscription") {
                allowed = e.subscription;
            } else if (rule->requirement == u"licence") {
                allowed = true;
            }
            if (rule->dedicatedHostOnly && !request.dedicatedHost) {
                allowed = false;
            }
            if (allowed) {
                line.mode = Mode::Byol;
                line.monthly = Money();
                line.source = rule->source;
                line.licencesCounted = std::max(vcpu, rule->minCoresPerVm);
                line.explanation =
                    QCoreApplication::translate(
                        "Licensing", "%1 brought by the customer (%2); %n core licence(s) counted",
                        nullptr, line.licencesCounted)
                        .arg(product, rule->rule);
                return line;
            }
        }
    }

    if (const Rate *rate = rules.rate(request.product, request.provider)) {
        // price × vCPU × hours, exactly
        const std::optional<Money> perVcpu = Money::mulDecimal(
            rate->pricePerVcpuHour, Money::parse(QString::number(request.hoursPerMonth, 'g', 10),
                                                 {MoneyDecimalSeparator::Dot})
                                        .value_or(Money::fromInteger(730)));
        line.mode = Mode::Included;
        line.monthly = perVcpu ? perVcpu->multipliedBy(vcpu) : std::nullopt;
        line.currency = rate->currency;
        line.source = rate->source;
        line.licencesCounted = vcpu;
        line.explanation = QCoreApplication::translate(
                               "Licensing",
                               "%1 included in the provider's price: %2 %3 per vCPU-hour × %n "
                               "vCPU",
                               nullptr, vcpu)
                               .arg(product, rate->pricePerVcpuHour.toString(), rate->currency);
        if (!line.monthly) {
            line.mode = Mode::Unpriced;
        }
        return line;
    }
    line.mode = Mode::Unpriced;
    line.explanation =
        request.entitlement
            ? QCoreApplication::translate(
                  "Licensing", "%1: the customer's licence cannot be brought here under the "
                               "rules Boussole knows, and no licence-included price is known; "
                               "the total is incomplete")
                  .arg(product)
            : QCoreApplication::translate(
                  "Licensing", "%1: no licence-included price is known for this provider; the "
                               "total is incomplete (enter the customer's licences to count "
                               "them as brought)")
                  .arg(product);
    return line;
}

} // namespace boussole::licensing
