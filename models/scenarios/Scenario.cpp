#include "models/scenarios/Scenario.h"

#include "models/catalog/CatalogStore.h"
#include "models/costs/CostData.h"
#include "models/importers/io/YamlLoader.h"
#include "models/migration/CostCurve.h"
#include "models/pricebook/PriceBook.h"
#include "models/storage/ProjectFile.h"

#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace boussole::scenarios {

namespace {

Money moneyOf(const QJsonValue &value, Money fallback = Money())
{
    return Money::parse(value.toString(), {MoneyDecimalSeparator::Dot}).value_or(fallback);
}

QString fieldValue(const Workload &w, const QString &field)
{
    if (field == u"site") {
        return w.site;
    }
    if (field == u"application") {
        return w.application;
    }
    if (field == u"data-class") {
        return w.dataClass;
    }
    if (field == u"environment") {
        return w.environment;
    }
    if (field == u"kind") {
        return w.kind;
    }
    if (field.startsWith(u"tag:")) {
        return w.tags.value(field.mid(4)).toString();
    }
    return {};
}

// Price factor and term discount applied to a match's priced parts.
void adjust(compare::Match &match, const Money &computeFactor, const Money &priceFactor)
{
    const auto scale = [](Money &amount, const Money &factor) {
        amount = Money::mulDecimal(amount, factor).value_or(amount);
    };
    scale(match.components.compute, computeFactor);
    for (Money *part :
         {&match.components.compute, &match.components.storage, &match.components.egress,
          &match.components.licence, &match.components.platform}) {
        scale(*part, priceFactor);
    }
}

// A size as an exact decimal (3 digits, as sizes are given).
Money sizeOf(double value)
{
    return Money::parse(QString::number(value, 'f', 3), {MoneyDecimalSeparator::Dot})
        .value_or(Money());
}

QJsonObject rateJson(const OnPremisesRate &rate)
{
    QJsonObject o;
    if (rate.eur) {
        o.insert(u"eur"_s, rate.eur->toString());
    }
    o.insert(u"basis"_s, rate.basis);
    return o;
}

OnPremisesRate rateOf(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    OnPremisesRate rate;
    if (o.contains(u"eur"_s)) {
        rate.eur = Money::parse(o.value(u"eur"_s).toString(), {MoneyDecimalSeparator::Dot});
        if (rate.eur && rate.eur->isNegative()) {
            rate.eur.reset();
        }
    }
    rate.basis = o.value(u"basis"_s).toString();
    return rate;
}

} // namespace

QString onPremisesToJson(const OnPremisesModel &model)
{
    QJsonObject o;
    o.insert(u"per_vcpu"_s, rateJson(model.perVcpu));
    o.insert(u"per_gib_memory"_s, rateJson(model.perGibMemory));
    o.insert(u"per_gb_storage"_s, rateJson(model.perGbStorage));
    o.insert(u"fixed_monthly"_s, rateJson(model.fixedMonthly));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

OnPremisesModel onPremisesFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    OnPremisesModel model;
    model.perVcpu = rateOf(o.value(u"per_vcpu"_s));
    model.perGibMemory = rateOf(o.value(u"per_gib_memory"_s));
    model.perGbStorage = rateOf(o.value(u"per_gb_storage"_s));
    model.fixedMonthly = rateOf(o.value(u"fixed_monthly"_s));
    return model;
}

OnPremisesModel loadOnPremises(const Project &project)
{
    return onPremisesFromJson(project.projectSetting(QString::fromLatin1(kOnPremisesKey)));
}

QString basisOrAssumption(const OnPremisesRate &rate)
{
    return rate.basis.trimmed().isEmpty() ? u"assumption"_s : rate.basis;
}

bool skippedWorkload(const Workload &w)
{
    return w.isTemplate || !w.duplicateOf.isEmpty() || w.powerState == u"off";
}

OnPremisesCost costOnPremises(const OnPremisesModel &model,
                              const std::vector<const Workload *> &workloads, bool withFixed)
{
    OnPremisesCost cost;
    if (!model.isSet()) {
        return cost;
    }
    const std::pair<const OnPremisesRate *, const char *> rates[] = {
        {&model.perVcpu, "vcpu"},
        {&model.perGibMemory, "memory"},
        {&model.perGbStorage, "storage"}};
    for (const auto &[rate, id] : rates) {
        if (!rate->eur) {
            cost.missingRates << QString::fromLatin1(id);
        }
    }
    const auto part = [](const OnPremisesRate &rate, const std::optional<double> &size,
                         Money &into) {
        if (!rate.eur) {
            return true; // said once in missingRates
        }
        if (!size) {
            return false;
        }
        into += Money::mulDecimal(*rate.eur, sizeOf(*size)).value_or(Money());
        return true;
    };
    for (const Workload *w : workloads) {
        if (skippedWorkload(*w)) {
            continue;
        }
        const bool known = part(model.perVcpu, w->vcpu, cost.monthly.compute) &
                           part(model.perGibMemory, w->memoryGib, cost.monthly.compute) &
                           part(model.perGbStorage, w->storageGib, cost.monthly.storage);
        if (!known) {
            cost.unknownSize << w->name;
        }
        cost.workloadIds << w->id;
    }
    if (withFixed && model.fixedMonthly.eur) {
        cost.monthly.platform += *model.fixedMonthly.eur;
    }
    return cost;
}

int placingRule(const Scenario &scenario, const Workload &workload)
{
    for (int i = 0; i < int(scenario.rules.size()); ++i) {
        const PlacementRule &rule = scenario.rules[std::size_t(i)];
        if (rule.field == u"any") {
            return i;
        }
        const QString value = fieldValue(workload, rule.field);
        if (value.isEmpty()) {
            continue;
        }
        if (rule.value == u"*" || value.compare(rule.value, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

QString scenariosToJson(const std::vector<Scenario> &scenarios)
{
    QJsonArray array;
    for (const Scenario &s : scenarios) {
        QJsonObject o;
        o.insert(u"id"_s, s.id);
        o.insert(u"name"_s, s.name);
        o.insert(u"target"_s, s.target);
        QJsonArray rules;
        for (const PlacementRule &r : s.rules) {
            QJsonObject j;
            j.insert(u"field"_s, r.field);
            j.insert(u"value"_s, r.value);
            j.insert(u"provider"_s, r.provider);
            j.insert(u"region"_s, r.region);
            j.insert(u"family"_s, r.family);
            rules.append(j);
        }
        o.insert(u"rules"_s, rules);
        QJsonArray terms;
        for (const ProviderTerm &t : s.terms) {
            QJsonObject j;
            j.insert(u"provider"_s, t.provider);
            j.insert(u"commitment_years"_s, t.commitmentYears);
            j.insert(u"discount_percent"_s, t.discountPercent.toString());
            j.insert(u"basis"_s, t.basis);
            terms.append(j);
        }
        o.insert(u"terms"_s, terms);
        const Assumptions &a = s.assumptions;
        QJsonObject j;
        j.insert(u"horizon_years"_s, a.horizonYears);
        j.insert(u"migration_person_days"_s, a.migrationPersonDays);
        j.insert(u"day_rate"_s, a.dayRate.toString());
        j.insert(u"data_to_move_gb"_s, a.dataToMoveGb);
        j.insert(u"egress_per_gb_old"_s, a.egressPerGbOld.toString());
        j.insert(u"double_run_months"_s, a.doubleRunMonths);
        j.insert(u"price_factor"_s, a.priceFactor.toString());
        j.insert(u"basis"_s, a.basis);
        if (a.start.isValid()) {
            j.insert(u"start"_s, a.start.toString(Qt::ISODate));
        }
        j.insert(u"unknown_commitment_months"_s, a.unknownCommitmentMonths);
        j.insert(u"commitment_discount_percent"_s, a.commitmentDiscountPercent.toString());
        j.insert(u"sensitivity_percent"_s, a.sensitivityPercent.toString());
        j.insert(u"egress_multiplier"_s, a.egressMultiplier.toString());
        j.insert(u"sensitivity_percentile"_s, a.sensitivityPercentile);
        o.insert(u"assumptions"_s, j);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<Scenario> scenariosFromJson(const QString &json)
{
    std::vector<Scenario> result;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        Scenario s;
        s.id = o.value(u"id"_s).toString();
        s.name = o.value(u"name"_s).toString();
        s.target = o.value(u"target"_s).toBool();
        for (const QJsonValue &r : o.value(u"rules"_s).toArray()) {
            const QJsonObject j = r.toObject();
            s.rules.push_back({j.value(u"field"_s).toString(u"any"_s),
                               j.value(u"value"_s).toString(), j.value(u"provider"_s).toString(),
                               j.value(u"region"_s).toString(), j.value(u"family"_s).toString()});
        }
        for (const QJsonValue &t : o.value(u"terms"_s).toArray()) {
            const QJsonObject j = t.toObject();
            s.terms.push_back(
                {j.value(u"provider"_s).toString(), j.value(u"commitment_years"_s).toInt(),
                 moneyOf(j.value(u"discount_percent"_s)), j.value(u"basis"_s).toString()});
        }
        const QJsonObject a = o.value(u"assumptions"_s).toObject();
        s.assumptions.horizonYears = std::clamp(a.value(u"horizon_years"_s).toInt(3), 1, 10);
        s.assumptions.migrationPersonDays = a.value(u"migration_person_days"_s).toDouble();
        s.assumptions.dayRate = moneyOf(a.value(u"day_rate"_s));
        s.assumptions.dataToMoveGb = a.value(u"data_to_move_gb"_s).toDouble();
        s.assumptions.egressPerGbOld = moneyOf(a.value(u"egress_per_gb_old"_s));
        s.assumptions.doubleRunMonths = a.value(u"double_run_months"_s).toInt();
        s.assumptions.priceFactor = moneyOf(a.value(u"price_factor"_s), Money::fromInteger(1));
        s.assumptions.basis = a.value(u"basis"_s).toString();
        const Assumptions defaults;
        s.assumptions.start = QDate::fromString(a.value(u"start"_s).toString(), Qt::ISODate);
        s.assumptions.unknownCommitmentMonths = std::clamp(
            a.value(u"unknown_commitment_months"_s).toInt(defaults.unknownCommitmentMonths), 0,
            120);
        s.assumptions.commitmentDiscountPercent =
            moneyOf(a.value(u"commitment_discount_percent"_s), defaults.commitmentDiscountPercent);
        if (s.assumptions.commitmentDiscountPercent.isNegative() ||
            s.assumptions.commitmentDiscountPercent >= Money::fromInteger(100)) {
            s.assumptions.commitmentDiscountPercent = defaults.commitmentDiscountPercent;
        }
        s.assumptions.sensitivityPercent =
            moneyOf(a.value(u"sensitivity_percent"_s), defaults.sensitivityPercent).abs();
        s.assumptions.egressMultiplier =
            moneyOf(a.value(u"egress_multiplier"_s), defaults.egressMultiplier).abs();
        const int percentile =
            a.value(u"sensitivity_percentile"_s).toInt(defaults.sensitivityPercentile);
        s.assumptions.sensitivityPercentile =
            percentile == 50 || percentile == 95 || percentile == 99 || percentile == 100
                ? percentile
                : defaults.sensitivityPercentile;
        result.push_back(std::move(s));
    }
    return result;
}

std::vector<Scenario> loadScenarios(const Project &project)
{
    return scenariosFromJson(project.projectSetting(QString::fromLatin1(kSettingKey)));
}

ScenarioResult evaluate(const Scenario &scenario, const catalog::Catalog &catalog,
                        const compare::EstateInput &estate,
                        const compare::CompareSettings &settings, const OnPremisesModel &onPremises)
{
    ScenarioResult result;
    std::vector<licensing::LicenceEntitlement> remainingEntitlements = estate.entitlements;
    std::vector<std::pair<int, const Workload *>> keptOnSite;
    // Workloads grouped by the (provider, region, family) of the rule that places them.
    using Key = std::tuple<QString, QString, QString>;
    std::map<Key, std::vector<std::pair<int, const Workload *>>> groups;
    for (const Workload &w : estate.workloads) {
        const int rule = placingRule(scenario, w);
        if (rule < 0) {
            result.unplaced.emplace_back(w.id, w.name);
            continue;
        }
        const PlacementRule &r = scenario.rules[std::size_t(rule)];
        groups[{r.provider, r.region, r.family}].emplace_back(rule, &w);
    }
    for (const auto &[key, members] : groups) {
        const auto &[providerId, region, family] = key;
        if (providerId == QLatin1StringView(kOnPremisesProvider)) {
            keptOnSite.insert(keptOnSite.end(), members.begin(), members.end());
            continue;
        }
        catalog::Catalog copy;
        copy.id = catalog.id;
        copy.date = catalog.date;
        copy.rates = catalog.rates;
        const catalog::Provider *provider = catalog.provider(providerId);
        if (!provider) {
            for (const auto &[rule, w] : members) {
                result.unmatched.emplace_back(
                    w->id,
                    QCoreApplication::translate("Scenario", "no provider “%1” in the catalog")
                        .arg(providerId));
            }
            result.incomplete = true;
            continue;
        }
        catalog::Provider restricted = *provider;
        std::erase_if(restricted.offers, [&](const catalog::Offer &o) {
            if (!region.isEmpty() && o.region != region) {
                return true;
            }
            const bool machine = o.kind == catalog::OfferKind::Compute ||
                                 o.kind == catalog::OfferKind::Gpu ||
                                 o.kind == catalog::OfferKind::DedicatedHost;
            return machine && !family.isEmpty() && o.family.compare(family, Qt::CaseInsensitive);
        });
        copy.providers.push_back(std::move(restricted));

        compare::EstateInput subset;
        for (const auto &[rule, w] : members) {
            subset.workloads.push_back(*w);
            if (estate.utilisation.contains(w->id)) {
                subset.utilisation.insert(w->id, estate.utilisation.value(w->id));
            }
        }
        // The licences the customer owns, less what the groups before this one used: one pool
        // for the whole scenario, so two providers never spend the same cores.
        subset.entitlements = remainingEntitlements;
        compare::CompareSettings s = settings;
        s.providers = {providerId};
        s.egressGbPerMonth = 0; // one egress line for the whole scenario, below
        if (!region.isEmpty()) {
            s.regions = compare::RegionPolicy::Any; // the region is fixed by the rule
        }
        const compare::Comparison comparison = compare::compareEstate(copy, subset, s);
        if (comparison.providers.isEmpty()) {
            continue;
        }
        Money computeFactor = Money::fromInteger(1);
        for (const ProviderTerm &term : scenario.terms) {
            if (term.provider == providerId) {
                computeFactor = (Money::fromInteger(100) - term.discountPercent)
                                    .dividedBy(100)
                                    .value_or(computeFactor);
            }
        }
        // Host pools after the same term and price factor as the workloads sharing them, so the
        // pool's line and the sum of its workloads agree.
        for (compare::HostPool pool : comparison.hostPools) {
            for (std::optional<Money> *amount : {&pool.pricePerHost, &pool.monthly}) {
                if (*amount) {
                    **amount = Money::mulDecimal(**amount, computeFactor).value_or(**amount);
                    **amount = Money::mulDecimal(**amount, scenario.assumptions.priceFactor)
                                   .value_or(**amount);
                }
            }
            result.hosts.push_back(std::move(pool));
        }
        std::map<QString, int> ruleOf;
        for (const auto &[rule, w] : members) {
            ruleOf[w->id] = rule;
        }
        for (const compare::WorkloadResult &wr : comparison.workloads) {
            compare::Match match = wr.matches.front();
            for (const compare::Match::LicenceUse &use : match.licences) {
                if (use.mode != u"byol" || use.entitlementId.isEmpty()) {
                    continue;
                }
                for (licensing::LicenceEntitlement &e : remainingEntitlements) {
                    if (e.id == use.entitlementId) {
                        e.quantity = std::max(0, e.quantity - use.counted);
                    }
                }
            }
            if (!match.matched) {
                result.unmatched.emplace_back(wr.workloadId, match.reason);
                result.incomplete = true;
                continue;
            }
            adjust(match, computeFactor, scenario.assumptions.priceFactor);
            result.monthly += match.components;
            if (match.incomplete()) {
                result.incomplete = true;
                ++result.unpricedCount;
                for (const QString &m : std::as_const(match.missing)) {
                    const QString what = u"%1 (%2)"_s.arg(m, providerId);
                    if (!result.missing.contains(what)) {
                        result.missing << what;
                    }
                }
            }
            result.placed.push_back(
                {wr.workloadId, wr.name, ruleOf[wr.workloadId], providerId, std::move(match)});
        }
    }
    // Workloads kept on site: priced with the on-premises model, its fixed amount once.
    bool anyOnSite = false;
    for (const auto &[rule, w] : keptOnSite) {
        if (skippedWorkload(*w)) {
            continue;
        }
        if (!onPremises.isSet()) {
            result.unmatched.emplace_back(
                w->id,
                QCoreApplication::translate("Scenario", "the on-premises cost model is not set"));
            result.incomplete = true;
            continue;
        }
        anyOnSite = true;
        const OnPremisesCost cost = costOnPremises(onPremises, {w}, false);
        compare::Match match;
        match.matched = true;
        match.priced = true;
        match.offerId = QString::fromLatin1(kOnPremisesProvider);
        match.vcpu = w->vcpu.value_or(0);
        match.memoryGib = w->memoryGib.value_or(0);
        match.storageGib = w->storageGib.value_or(0);
        match.components = cost.monthly;
        match.source = u"assumption"_s;
        if (cost.incomplete()) {
            match.missing << QString::fromLatin1(kOnPremisesProvider);
            result.incomplete = true;
            ++result.unpricedCount;
            const QString what =
                cost.unknownSize.isEmpty()
                    ? QCoreApplication::translate("Scenario", "on-premises rates not entered")
                    : QCoreApplication::translate("Scenario", "on-premises size unknown (%1)")
                          .arg(w->name);
            if (!result.missing.contains(what)) {
                result.missing << what;
            }
        }
        result.monthly += match.components;
        result.placed.push_back(
            {w->id, w->name, rule, QString::fromLatin1(kOnPremisesProvider), std::move(match)});
    }
    if (anyOnSite && onPremises.fixedMonthly.eur) {
        result.monthly.platform += *onPremises.fixedMonthly.eur; // the datacentre stays
    }

    // The estate's internet egress leaves through the provider that hosts most workloads: one
    // egress line for the scenario (each group above was compared without it). Workloads kept on
    // site are left out: today's on-premises figure has no egress either.
    std::map<QString, int> hosted;
    for (const PlacedWorkload &p : result.placed) {
        if (p.provider != QLatin1StringView(kOnPremisesProvider)) {
            ++hosted[p.provider];
        }
    }
    QString main;
    for (const auto &[provider, count] : hosted) {
        if (main.isEmpty() || count > hosted[main]) {
            main = provider;
        }
    }
    if (!main.isEmpty() && settings.egressGbPerMonth > 0) {
        catalog::Catalog copy;
        copy.id = catalog.id;
        copy.date = catalog.date;
        copy.rates = catalog.rates;
        copy.providers.push_back(*catalog.provider(main));
        compare::CompareSettings s = settings;
        s.providers = {main};
        const compare::Comparison egressOnly = compare::compareEstate(copy, {}, s);
        if (!egressOnly.totals.empty()) {
            const compare::ProviderTotals &totals = egressOnly.totals.front();
            result.monthly.egress +=
                Money::mulDecimal(totals.components.egress, scenario.assumptions.priceFactor)
                    .value_or(totals.components.egress);
            if (totals.missing.contains(QString::fromLatin1(compare::kEgress))) {
                result.incomplete = true;
                result.missing << u"%1 (%2)"_s.arg(QString::fromLatin1(compare::kEgress), main);
            }
        }
    }
    return result;
}

CurveCosts curveCostsByWorkload(const Project &project, const QString &currency,
                                const QString &scenario, Scenario *chosen)
{
    CurveCosts costs;
    Result<catalog::Catalog> loaded = catalog::catalogInUse();
    if (!loaded) {
        return costs;
    }
    catalog::Catalog catalog = std::move(loaded.value());

    const OnPremisesModel model = loadOnPremises(project);
    if (model.isSet()) {
        for (const Workload &w : project.workloads()) {
            const OnPremisesCost cost = costOnPremises(model, {&w}, false);
            if (cost.workloadIds.isEmpty() || cost.incomplete()) {
                continue; // skipped (template, duplicate, off) or of unknown size: never 0
            }
            if (const std::optional<Money> converted =
                    catalog.convert(cost.monthly.total(), u"EUR"_s, currency)) {
                costs.onPremises[w.id] = *converted;
            }
        }
    }

    const std::vector<Scenario> all = loadScenarios(project);
    const auto target = std::find_if(all.begin(), all.end(), [&scenario](const Scenario &s) {
        return scenario.isEmpty()
                   ? s.target
                   : (s.id == scenario || s.name.compare(scenario, Qt::CaseInsensitive) == 0);
    });
    if (target == all.end()) {
        return costs;
    }
    if (chosen) {
        *chosen = *target;
    }
    applyPriceBooks(catalog, priceBooks(project));
    const compare::EstateInput estate = compare::loadEstate(project);
    const ScenarioResult result =
        evaluate(*target, catalog, estate, compare::CompareSettings::load(project), model);
    for (const PlacedWorkload &p : result.placed) {
        if (const std::optional<Money> converted =
                catalog.convert(p.match.monthly(), u"EUR"_s, currency)) {
            costs.target[p.workloadId] = *converted;
        }
    }
    return costs;
}

Status readDefinition(const QString &path, Scenario &scenario, OnPremisesModel *onPremises)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QCoreApplication::translate("Scenario", "cannot open the file: %1")
                         .arg(file.errorString()),
                     name);
    }
    Result<std::vector<YamlDocument>> docs = readYamlDocuments(file, name);
    if (!docs) {
        return docs.error();
    }
    if (docs->empty() || docs->front().isEmpty()) {
        return Error(QCoreApplication::translate("Scenario", "the file is empty"), name);
    }
    const YamlValue root = docs->front().root();
    const auto money = [](const YamlValue &v, Money fallback) -> Result<Money> {
        if (v.isNull()) {
            return fallback;
        }
        const std::optional<Money> m = Money::parse(v.text(), {MoneyDecimalSeparator::Dot});
        if (!m || m->isNegative()) {
            return v.error(QCoreApplication::translate("Scenario", "expected an amount, found %1")
                               .arg(v.describe()));
        }
        return *m;
    };
    const auto number = [](const YamlValue &v, double fallback) -> Result<double> {
        Result<std::optional<double>> n = v.number();
        if (!n) {
            return n.error();
        }
        return n.value().value_or(fallback);
    };
    Scenario s = scenario;
    s.rules.clear();
    for (const YamlValue &r : root.get("rules").items()) {
        PlacementRule rule;
        rule.field = r.get("field").text().isEmpty() ? u"any"_s : r.get("field").text();
        static const QStringList kFields = {u"any"_s,         u"application"_s, u"data-class"_s,
                                            u"environment"_s, u"kind"_s,        u"site"_s};
        if (!kFields.contains(rule.field) && !rule.field.startsWith(u"tag:")) {
            return r.get("field").error(
                QCoreApplication::translate(
                    "Scenario", "expected any, application, data-class, environment, kind, "
                                "site or tag:KEY, found %1")
                    .arg(r.get("field").describe()));
        }
        rule.value = r.get("value").text();
        rule.provider = r.get("provider").text();
        if (rule.provider.isEmpty()) {
            return r.error(QCoreApplication::translate("Scenario", "a rule needs a provider"));
        }
        rule.region = r.get("region").text();
        rule.family = r.get("family").text();
        s.rules.push_back(std::move(rule));
    }
    s.terms.clear();
    for (const YamlValue &t : root.get("terms").items()) {
        ProviderTerm term;
        term.provider = t.get("provider").text();
        Result<double> years = number(t.get("commitment_years"), 0);
        Result<Money> discount = money(t.get("discount_percent"), Money());
        if (!years) {
            return years.error();
        }
        if (!discount) {
            return discount.error();
        }
        if (*discount >= Money::fromInteger(100)) {
            return t.get("discount_percent")
                .error(QCoreApplication::translate("Scenario", "a discount is below 100 %"));
        }
        term.commitmentYears = int(*years);
        term.discountPercent = *discount;
        term.basis = t.get("basis").text();
        if (term.basis.isEmpty()) {
            return t.error(QCoreApplication::translate(
                "Scenario", "a term needs its basis: the quote it comes from, or \"assumption\""));
        }
        s.terms.push_back(std::move(term));
    }
    const YamlValue a = root.get("assumptions");
    Assumptions as = scenario.assumptions;
    Result<double> horizon = number(a.get("horizon_years"), as.horizonYears);
    Result<double> days = number(a.get("migration_person_days"), as.migrationPersonDays);
    Result<Money> rate = money(a.get("day_rate"), as.dayRate);
    Result<double> data = number(a.get("data_to_move_gb"), as.dataToMoveGb);
    Result<Money> egress = money(a.get("egress_per_gb_old"), as.egressPerGbOld);
    Result<double> doubleRun = number(a.get("double_run_months"), as.doubleRunMonths);
    Result<Money> factor = money(a.get("price_factor"), as.priceFactor);
    Result<double> unknownMonths =
        number(a.get("unknown_commitment_months"), as.unknownCommitmentMonths);
    Result<Money> commitmentDiscount =
        money(a.get("commitment_discount_percent"), as.commitmentDiscountPercent);
    Result<Money> sensitivityPercent = money(a.get("sensitivity_percent"), as.sensitivityPercent);
    Result<Money> egressMultiplier = money(a.get("egress_multiplier"), as.egressMultiplier);
    Result<double> percentile = number(a.get("sensitivity_percentile"), as.sensitivityPercentile);
    for (const Error *e :
         {horizon ? nullptr : &horizon.error(), days ? nullptr : &days.error(),
          rate ? nullptr : &rate.error(), data ? nullptr : &data.error(),
          egress ? nullptr : &egress.error(), doubleRun ? nullptr : &doubleRun.error(),
          factor ? nullptr : &factor.error(), unknownMonths ? nullptr : &unknownMonths.error(),
          commitmentDiscount ? nullptr : &commitmentDiscount.error(),
          sensitivityPercent ? nullptr : &sensitivityPercent.error(),
          egressMultiplier ? nullptr : &egressMultiplier.error(),
          percentile ? nullptr : &percentile.error()}) {
        if (e) {
            return *e;
        }
    }
    if (*commitmentDiscount >= Money::fromInteger(100)) {
        return a.get("commitment_discount_percent")
            .error(QCoreApplication::translate("Scenario", "a discount is below 100 %"));
    }
    if (*sensitivityPercent >= Money::fromInteger(100)) {
        return a.get("sensitivity_percent")
            .error(QCoreApplication::translate(
                "Scenario", "a price change for the sensitivity is below 100 %"));
    }
    if (const int p = int(*percentile); p != 50 && p != 95 && p != 99 && p != 100) {
        return a.get("sensitivity_percentile")
            .error(QCoreApplication::translate("Scenario", "expected 50, 95, 99 or 100, found %1")
                       .arg(a.get("sensitivity_percentile").describe()));
    }
    if (!a.get("start").isNull()) {
        const QString text = a.get("start").text();
        QDate start = QDate::fromString(text, Qt::ISODate);
        if (!start.isValid()) {
            start = QDate::fromString(text + u"-01"_s, Qt::ISODate);
        }
        if (!start.isValid()) {
            return a.get("start").error(
                QCoreApplication::translate("Scenario", "expected a date (YYYY-MM), found %1")
                    .arg(a.get("start").describe()));
        }
        as.start = QDate(start.year(), start.month(), 1);
    }
    as.unknownCommitmentMonths = std::clamp(int(*unknownMonths), 0, 120);
    as.commitmentDiscountPercent = *commitmentDiscount;
    as.sensitivityPercent = *sensitivityPercent;
    as.egressMultiplier = *egressMultiplier;
    as.sensitivityPercentile = int(*percentile);
    if (*horizon < 1 || *horizon > 10) {
        return a.get("horizon_years")
            .error(QCoreApplication::translate("Scenario", "a horizon is 1 to 10 years"));
    }
    as.horizonYears = int(*horizon);
    as.migrationPersonDays = *days;
    as.dayRate = *rate;
    as.dataToMoveGb = *data;
    as.egressPerGbOld = *egress;
    as.doubleRunMonths = int(*doubleRun);
    as.priceFactor = *factor;
    if (!a.get("basis").isNull()) {
        as.basis = a.get("basis").text();
    }
    s.assumptions = as;
    if (const YamlValue site = root.get("on_premises"); onPremises && !site.isNull()) {
        OnPremisesModel model;
        for (const auto &[key, rate] : {std::pair{"per_vcpu", &model.perVcpu},
                                        std::pair{"per_gib_memory", &model.perGibMemory},
                                        std::pair{"per_gb_storage", &model.perGbStorage},
                                        std::pair{"fixed_monthly", &model.fixedMonthly}}) {
            const YamlValue v = site.get(key);
            if (v.isNull()) {
                continue;
            }
            if (!v.get("eur").isNull()) {
                Result<Money> eur = money(v.get("eur"), Money());
                if (!eur) {
                    return eur.error();
                }
                rate->eur = *eur;
            }
            rate->basis = v.get("basis").text();
        }
        *onPremises = std::move(model);
    }
    scenario = std::move(s);
    return {};
}

std::optional<Today> todayFromBills(const CostData &bills, const catalog::Catalog &catalog)
{
    if (bills.isEmpty()) {
        return std::nullopt;
    }
    Today today;
    today.workloadsCovered = int(bills.monthlyByWorkload().size());
    if (bills.lastMonth() > 0) {
        today.nextMonth = QDate(bills.lastMonth() / 100, bills.lastMonth() % 100, 1).addMonths(1);
    }
    for (const QString &code : bills.currencies()) {
        for (const migration::CommitmentRun &run : migration::commitmentRuns(bills, code)) {
            const std::optional<Money> eur = catalog.convert(run.monthly, code, u"EUR"_s);
            if (!eur) {
                today.incomplete = true; // its rate is missing: said below for the currency
                continue;
            }
            today.commitments.push_back({run.id, run.name, *eur, run.end, run.endFromTerm});
        }
    }
    for (const QString &code : bills.currencies()) {
        CostFilter inCurrency;
        inCurrency.currency = code;
        const int months = std::max(1, bills.monthCount(inCurrency));
        const CurrencyAmounts total = bills.total(inCurrency, CostBasis::Effective);
        const Money amount = total.count(code) ? total.at(code) : Money();
        const Money monthly = amount.dividedBy(months).value_or(amount);
        const std::optional<Money> eur = catalog.convert(monthly, code, u"EUR"_s);
        if (!eur) {
            today.incomplete = true;
            today.notes << QCoreApplication::translate("Scenario",
                                                       "%1 left out: no rate to EUR in the catalog")
                               .arg(code);
            continue;
        }
        today.monthlyEur += *eur;
        if (code != u"EUR") {
            if (const catalog::CurrencyRate *rate = catalog.rate(code, u"EUR"_s)) {
                today.notes << QCoreApplication::translate("Scenario",
                                                           "%1 converted with 1 %2 = %3 %4 (%5)")
                                   .arg(code, rate->from, rate->rate.toString(), rate->to,
                                        rate->date.toString(Qt::ISODate));
            }
        }
    }
    today.billsMonthlyEur = today.monthlyEur;
    today.billsWorkloads = today.workloadsCovered;
    return today;
}

std::optional<Today> todayFromBills(const CostData &bills, const catalog::Catalog &catalog,
                                    const compare::EstateInput &estate,
                                    const OnPremisesModel &onPremises)
{
    std::optional<Today> today = todayFromBills(bills, catalog);
    if (!onPremises.isSet()) {
        return today;
    }
    if (!today) {
        today = Today{};
        const QDate now = QDate::currentDate();
        today->nextMonth = QDate(now.year(), now.month(), 1).addMonths(1);
    }
    std::map<QString, CurrencyAmounts> covered;
    if (!bills.isEmpty()) {
        covered = bills.monthlyByWorkload();
    }
    // Containers run on nodes: when a node of their cluster (any node, when the container names
    // no cluster) is costed by the bills or by the model, the node carries their cost and they
    // count as covered at no extra cost; otherwise they are costed by their size like a machine.
    std::vector<const Workload *> uncovered;
    std::vector<const Workload *> containers;
    QSet<QString> nodeClusters;
    bool anyNode = false;
    for (const Workload &w : estate.workloads) {
        if (skippedWorkload(w)) {
            continue;
        }
        if (w.kind == u"kubernetes-node") {
            anyNode = true;
            nodeClusters.insert(w.cluster);
        }
        if (covered.contains(w.id)) {
            continue;
        }
        (w.kind == u"container" ? containers : uncovered).push_back(&w);
    }
    int onNodes = 0;
    for (const Workload *w : containers) {
        if (w->cluster.isEmpty() ? anyNode : nodeClusters.contains(w->cluster)) {
            ++onNodes;
        } else {
            uncovered.push_back(w);
        }
    }
    OnPremisesCost cost = costOnPremises(onPremises, uncovered, true);
    cost.containersOnNodes = onNodes;
    today->monthlyEur += cost.monthly.total();
    today->workloadsCovered += int(cost.workloadIds.size()) + onNodes;
    if (cost.incomplete()) {
        today->incomplete = true;
    }
    today->notes << QCoreApplication::translate(
        "Scenario",
        "on premises: %n workload(s) the bills do not cover, costed "
        "with the on-premises model",
        nullptr, int(cost.workloadIds.size()));
    if (!cost.unknownSize.isEmpty()) {
        today->notes << QCoreApplication::translate("Scenario",
                                                    "on premises incomplete: size unknown for %1")
                            .arg(cost.unknownSize.join(u", "_s));
    }
    if (!cost.missingRates.isEmpty()) {
        today->notes << QCoreApplication::translate(
                            "Scenario", "on premises incomplete: no rate entered for %1")
                            .arg(cost.missingRates.join(u", "_s));
    }
    today->onPremises = std::move(cost);
    return today;
}

namespace {

Money decimalOf(double value)
{
    return Money::parse(QString::number(value, 'f', 3), {MoneyDecimalSeparator::Dot})
        .value_or(Money());
}

// What `monthly` costs on demand when it was committed at `discountPercent` off:
// monthly × 100 ÷ (100 − discount), exact to 12 digits.
Money onDemandOf(const Money &monthly, const Money &discountPercent)
{
    const std::optional<qint64> discountUnits = discountPercent.toInt64Units();
    const qint64 divisor = 100 * Money::kUnitsPerWhole - discountUnits.value_or(0);
    if (!discountUnits || divisor <= 0) {
        return monthly;
    }
    const std::optional<Money> scaled = monthly.multipliedBy(100 * Money::kUnitsPerWhole);
    return scaled ? scaled->dividedBy(divisor).value_or(monthly) : monthly;
}

Money scaled(const Money &amount, const Money &factor)
{
    return Money::mulDecimal(amount, factor).value_or(amount);
}

} // namespace

Tco totalCostOfOwnership(const Money &todayMonthly, const Money &scenarioMonthly,
                         const Assumptions &a)
{
    TcoInput input;
    input.todayMonthly = todayMonthly;
    input.scenarioMonthly.compute = scenarioMonthly;
    return totalCostOfOwnership(input, a);
}

Tco totalCostOfOwnership(const Today &today, const ScenarioResult &result, const Assumptions &a)
{
    TcoInput input;
    input.todayMonthly = today.monthlyEur;
    input.scenarioMonthly = result.monthly;
    input.commitments = today.commitments;
    input.start = today.nextMonth;
    Tco tco = totalCostOfOwnership(input, a);
    if (today.onPremises) {
        tco.notes << QCoreApplication::translate(
                         "Scenario",
                         "Today includes %1 per month on premises for %n workload(s) "
                         "the bills do not cover: the project's on-premises cost "
                         "model, whose rates are assumptions unless a source is given.",
                         nullptr, int(today.onPremises->workloadIds.size()))
                         .arg(today.onPremises->monthly.total().format(QLocale(), u"EUR"));
    }
    return tco;
}

Tco totalCostOfOwnership(const TcoInput &in, const Assumptions &a)
{
    Tco tco;
    tco.labour = Money::mulDecimal(a.dayRate, decimalOf(a.migrationPersonDays)).value_or(Money());
    tco.dataTransfer =
        Money::mulDecimal(a.egressPerGbOld, decimalOf(a.dataToMoveGb)).value_or(Money());
    tco.oneOff = tco.labour + tco.dataTransfer;
    tco.start = a.start.isValid() ? QDate(a.start.year(), a.start.month(), 1) : in.start;
    const int months = std::max(1, a.horizonYears) * 12;
    const Money runRate = in.scenarioMonthly.total();

    // Per commitment: the months it is still paid, and what its usage costs more on demand.
    std::vector<Money> uplift;
    for (const CommitmentCost &c : in.commitments) {
        CommitmentUse use;
        use.commitment = c;
        if (c.expiry.isValid() && tco.start.isValid()) {
            while (use.monthsPaid < months && c.expiry > tco.start.addMonths(use.monthsPaid)) {
                ++use.monthsPaid;
            }
        } else {
            use.expiryAssumed = true;
            use.monthsPaid = std::clamp(a.unknownCommitmentMonths, 0, months);
        }
        uplift.push_back(onDemandOf(c.monthlyEur, a.commitmentDiscountPercent) - c.monthlyEur);
        tco.commitments.push_back(std::move(use));
    }

    Money cumulativeToday;
    Money cumulativeScenario;
    for (int m = 1; m <= months; ++m) {
        TcoMonth month;
        month.month = m;
        Money stillPaid;
        for (std::size_t c = 0; c < tco.commitments.size(); ++c) {
            CommitmentUse &use = tco.commitments[c];
            if (m <= use.monthsPaid) {
                stillPaid += use.commitment.monthlyEur;
                if (m > a.doubleRunMonths) {
                    use.paidAfterMove += use.commitment.monthlyEur;
                }
            } else {
                month.todayOnDemand += uplift[c];
                use.onDemandAfterExpiry += uplift[c];
            }
        }
        month.today = in.todayMonthly + month.todayOnDemand;
        month.scenario = runRate;
        if (m <= a.doubleRunMonths) {
            month.scenario += month.today; // both platforms paid while the waves run
            tco.doubleRun += month.today;
        } else {
            month.commitmentsAfterMove = stillPaid; // paid until they expire, whatever runs
            month.scenario += stillPaid;
        }
        if (m == 1) {
            month.scenario += tco.oneOff;
        }
        tco.runRate += runRate;
        tco.runRateEgress += in.scenarioMonthly.egress;
        tco.commitmentsAfterMove += month.commitmentsAfterMove;
        tco.onDemandAfterExpiry += month.todayOnDemand;
        cumulativeToday += month.today;
        cumulativeScenario += month.scenario;
        month.cumulativeToday = cumulativeToday;
        month.cumulativeScenario = cumulativeScenario;
        if (!tco.paybackMonth && cumulativeScenario <= cumulativeToday) {
            tco.paybackMonth = m;
        }
        tco.months.push_back(month);
    }
    tco.todayTotal = cumulativeToday;
    tco.scenarioTotal = cumulativeScenario;
    tco.savingOverHorizon = cumulativeToday - cumulativeScenario;

    // Say what was assumed.
    const QLocale locale;
    for (const CommitmentUse &use : tco.commitments) {
        if (use.expiryAssumed) {
            tco.notes << QCoreApplication::translate(
                             "Scenario",
                             "Commitment %1: the bills do not state its expiry (FOCUS does not "
                             "carry it); assumption: paid %n more month(s).",
                             nullptr, use.monthsPaid)
                             .arg(use.commitment.name);
        } else if (use.commitment.expiryFromTerm) {
            tco.notes << QCoreApplication::translate(
                             "Scenario", "Commitment %1 expires on %2 (its start plus its term).")
                             .arg(use.commitment.name,
                                  locale.toString(use.commitment.expiry, QLocale::ShortFormat));
        }
    }
    if (!tco.commitments.empty()) {
        tco.notes << QCoreApplication::translate(
                         "Scenario",
                         "Commitments are paid until they expire even after the workloads move "
                         "(%1 over the horizon). Staying, once a commitment expires, its usage "
                         "pays on demand, the commitment assumed to have saved %2 % (assumption; "
                         "no renewal): %3 more over the horizon.")
                         .arg(tco.commitmentsAfterMove.format(locale, u"EUR"),
                              a.commitmentDiscountPercent.toString(),
                              tco.onDemandAfterExpiry.format(locale, u"EUR"));
    }
    if (!tco.dataTransfer.isZero()) {
        tco.notes << switchingChargesNote();
    }
    return tco;
}

QString sensitivityCaseId(SensitivityCase kind)
{
    switch (kind) {
    case SensitivityCase::Base:
        return u"base"_s;
    case SensitivityCase::PricesDown:
        return u"prices-down"_s;
    case SensitivityCase::PricesUp:
        return u"prices-up"_s;
    case SensitivityCase::Egress:
        return u"egress"_s;
    case SensitivityCase::Percentile:
        return u"percentile"_s;
    }
    return {};
}

std::vector<SensitivityRow>
sensitivity(const Scenario &scenario, const ScenarioResult &base, const catalog::Catalog &catalog,
            const compare::EstateInput &estate, const compare::CompareSettings &settings,
            const std::optional<Today> &today, const OnPremisesModel &onPremises)
{
    std::vector<SensitivityRow> rows;
    if (!today) {
        return rows;
    }
    const Assumptions &a = scenario.assumptions;
    const auto row = [&](SensitivityCase kind, const QString &label, const QString &assumption,
                         const ScenarioResult &result, const Assumptions &as,
                         const compare::Components &monthly) {
        TcoInput input;
        input.todayMonthly = today->monthlyEur;
        input.scenarioMonthly = monthly;
        input.commitments = today->commitments;
        input.start = today->nextMonth;
        const Tco tco = totalCostOfOwnership(input, as);
        SensitivityRow r;
        r.kind = kind;
        r.label = label;
        r.assumption = assumption;
        r.tco = tco.scenarioTotal;
        r.delta = rows.empty() ? Money() : tco.scenarioTotal - rows.front().tco;
        r.saving = tco.savingOverHorizon;
        r.paybackMonth = tco.paybackMonth;
        r.incomplete = result.incomplete || today->incomplete;
        rows.push_back(std::move(r));
    };
    row(SensitivityCase::Base, QCoreApplication::translate("Scenario", "Base"),
        QCoreApplication::translate("Scenario", "the scenario's assumptions as they are"), base, a,
        base.monthly);

    // Target prices: every component of the run-rate is a target price.
    const QString percent = a.sensitivityPercent.toString();
    for (const bool up : {false, true}) {
        const Money hundred = Money::fromInteger(100);
        const Money factor = (up ? hundred + a.sensitivityPercent : hundred - a.sensitivityPercent)
                                 .dividedBy(100)
                                 .value_or(Money::fromInteger(1));
        compare::Components monthly = base.monthly;
        for (Money *part : {&monthly.compute, &monthly.storage, &monthly.egress, &monthly.licence,
                            &monthly.platform}) {
            *part = scaled(*part, factor);
        }
        row(up ? SensitivityCase::PricesUp : SensitivityCase::PricesDown,
            (up ? QCoreApplication::translate("Scenario", "Target prices +%1 %")
                : QCoreApplication::translate("Scenario", "Target prices −%1 %"))
                .arg(percent),
            QCoreApplication::translate("Scenario", "assumption: every target price × %1")
                .arg(factor.toString()),
            base, a, monthly);
    }

    // Egress: the target's internet egress and the data leaving the old provider.
    {
        Assumptions as = a;
        as.egressPerGbOld = scaled(a.egressPerGbOld, a.egressMultiplier);
        compare::Components monthly = base.monthly;
        monthly.egress = scaled(monthly.egress, a.egressMultiplier);
        row(SensitivityCase::Egress,
            QCoreApplication::translate("Scenario", "Egress ×%1")
                .arg(a.egressMultiplier.toString()),
            QCoreApplication::translate(
                "Scenario",
                "assumption: the target's egress and the data leaving the old provider × %1; "
                "today's bills as billed")
                .arg(a.egressMultiplier.toString()),
            base, as, monthly);
    }

    // Sizing at another percentile of measured use.
    const int percentile = a.sensitivityPercentile;
    const QString label =
        percentile == 100
            ? QCoreApplication::translate("Scenario", "Sizing at the measured maximum")
            : QCoreApplication::translate("Scenario", "Sizing at P%1").arg(percentile);
    bool measured = false;
    for (const PlacedWorkload &p : base.placed) {
        const auto it = estate.utilisation.constFind(p.workloadId);
        measured =
            measured || (it != estate.utilisation.constEnd() && (it->hasCpu() || it->hasMemory()));
    }
    if (!measured) {
        SensitivityRow r;
        r.kind = SensitivityCase::Percentile;
        r.label = label;
        r.applicable = false;
        r.reason = QCoreApplication::translate("Scenario", "not applicable: no utilisation data");
        r.assumption = r.reason;
        rows.push_back(std::move(r));
        return rows;
    }
    compare::CompareSettings s = settings;
    s.sizing = compare::SizingMode::Performance;
    s.percentile = percentile;
    const ScenarioResult resized = evaluate(scenario, catalog, estate, s, onPremises);
    const QString how =
        settings.sizing == compare::SizingMode::Performance
            ? QCoreApplication::translate("Scenario",
                                          "assumption: performance sizing at P%1 instead of P%2")
                  .arg(percentile)
                  .arg(settings.percentile)
            : QCoreApplication::translate(
                  "Scenario", "assumption: performance sizing at P%1 (the base sizes as "
                              "allocated)")
                  .arg(percentile);
    row(SensitivityCase::Percentile, label, how, resized, a, resized.monthly);
    return rows;
}

QString switchingChargesNote()
{
    return QCoreApplication::translate(
        "Scenario",
        "Data leaving the old provider is costed at its egress price, but this cost may fall: "
        "under the EU Data Act (Regulation (EU) 2023/2854, Art. 29), providers may charge a "
        "customer who switches no more than the switching's direct cost (egress included) until "
        "12 January 2027, and nothing after. Our summary, not legal advice: "
        "https://eur-lex.europa.eu/eli/reg/2023/2854/oj");
}

} // namespace boussole::scenarios
