// `boussole scenario list|show|new|set`.
#include "app/cli/Cli.h"

#include "app/cli/Output.h"
#include "models/catalog/CatalogStore.h"
#include "models/costs/CostData.h"
#include "models/pricebook/PriceBook.h"
#include "models/scenarios/Scenario.h"
#include "models/storage/ProjectFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

QJsonArray rulesJson(const scenarios::Scenario &s)
{
    QJsonArray rules;
    for (const scenarios::PlacementRule &r : s.rules) {
        QJsonObject o;
        o.insert(u"field"_s, r.field);
        o.insert(u"value"_s, r.value);
        o.insert(u"provider"_s, r.provider);
        o.insert(u"region"_s, r.region);
        o.insert(u"family"_s, r.family);
        rules.append(o);
    }
    return rules;
}

const scenarios::Scenario *findScenario(const std::vector<scenarios::Scenario> &all,
                                        const QString &key)
{
    for (const scenarios::Scenario &s : all) {
        if (s.id == key || s.name.compare(key, Qt::CaseInsensitive) == 0) {
            return &s;
        }
    }
    return nullptr;
}

QJsonObject componentsJson(const compare::Components &c)
{
    QJsonObject o;
    o.insert(QString::fromLatin1(compare::kCompute), jsonMoney(c.compute));
    o.insert(QString::fromLatin1(compare::kStorage), jsonMoney(c.storage));
    o.insert(QString::fromLatin1(compare::kEgress), jsonMoney(c.egress));
    o.insert(QString::fromLatin1(compare::kLicence), jsonMoney(c.licence));
    o.insert(QString::fromLatin1(compare::kPlatform), jsonMoney(c.platform));
    return o;
}

} // namespace

int Cli::runScenario(const Options &options)
{
    if (options.positional.size() < 2) {
        return usageError(tr("usage: scenario list|show|new|set PROJECT [ID]"));
    }
    const QString action = options.positional.at(0);
    const QString path = options.positional.at(1);
    if (action != u"list" && action != u"show" && action != u"new" && action != u"set") {
        return usageError(
            tr("unknown scenario action \"%1\": expected list, show, new or set").arg(action));
    }
    const bool writes = action == u"new" || action == u"set";
    Project::OpenOptions openOptions;
    openOptions.readOnly = !writes;
    auto opened = Project::open(path, openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    Project &project = *opened.value();
    std::vector<scenarios::Scenario> all = scenarios::loadScenarios(project);

    if (action == u"list") {
        if (options.format == OutputFormat::Json) {
            QJsonArray array;
            for (const scenarios::Scenario &s : all) {
                QJsonObject o;
                o.insert(u"id"_s, s.id);
                o.insert(u"name"_s, s.name);
                o.insert(u"target"_s, s.target);
                o.insert(u"horizon_years"_s, s.assumptions.horizonYears);
                o.insert(u"rules"_s, rulesJson(s));
                array.append(o);
            }
            QJsonObject document = jsonDocumentHeader();
            document.insert(u"scenarios"_s, array);
            printJson(m_out, document);
            return ExitOk;
        }
        TextTable table;
        table.headers = {u"id"_s, u"name"_s, u"target"_s, u"horizon_years"_s, u"rules"_s};
        table.rightAligned = {false, false, false, true, true};
        for (const scenarios::Scenario &s : all) {
            table.rows.push_back({s.id, s.name, s.target ? tr("yes") : QString(),
                                  QString::number(s.assumptions.horizonYears),
                                  QString::number(s.rules.size())});
        }
        table.print(m_out, options.format);
        return ExitOk;
    }

    if (action == u"new") {
        if (options.name.trimmed().isEmpty()) {
            return usageError(tr("scenario new needs --name TEXT"));
        }
        scenarios::Scenario s;
        if (!options.fromScenario.isEmpty()) {
            const scenarios::Scenario *from = findScenario(all, options.fromScenario);
            if (!from) {
                return failure(tr("no scenario \"%1\" in %2").arg(options.fromScenario, path));
            }
            s = *from;
            s.target = false;
        }
        s.id = Project::newId();
        s.name = options.name.trimmed();
        all.push_back(s);
        if (Status stored = project.setProjectSetting(QString::fromLatin1(scenarios::kSettingKey),
                                                      scenarios::scenariosToJson(all));
            !stored) {
            return failure(stored.error().toString());
        }
        m_out << s.id << '\n';
        return project.close() ? ExitOk : ExitFailed;
    }

    if (options.positional.size() != 3) {
        return usageError(tr("scenario %1 needs a PROJECT and a scenario ID").arg(action));
    }
    const scenarios::Scenario *found = findScenario(all, options.positional.at(2));
    if (!found) {
        return failure(tr("no scenario \"%1\" in %2").arg(options.positional.at(2), path));
    }

    if (action == u"set") {
        scenarios::Scenario s = *found;
        if (!options.name.trimmed().isEmpty()) {
            s.name = options.name.trimmed();
        }
        const scenarios::OnPremisesModel onPremisesBefore = scenarios::loadOnPremises(project);
        scenarios::OnPremisesModel onPremises = onPremisesBefore;
        if (!options.file.isEmpty()) {
            if (Status read = scenarios::readDefinition(options.file, s, &onPremises); !read) {
                return failure(read.error().toString());
            }
        }
        for (scenarios::Scenario &other : all) {
            if (options.target) {
                other.target = false; // one target at a time
            }
            if (other.id == s.id) {
                if (options.target) {
                    s.target = true;
                }
                other = s;
            }
        }
        if (Status stored = project.setProjectSetting(QString::fromLatin1(scenarios::kSettingKey),
                                                      scenarios::scenariosToJson(all));
            !stored) {
            return failure(stored.error().toString());
        }
        if (onPremises != onPremisesBefore) {
            if (Status stored =
                    project.setProjectSetting(QString::fromLatin1(scenarios::kOnPremisesKey),
                                              scenarios::onPremisesToJson(onPremises));
                !stored) {
                return failure(stored.error().toString());
            }
        }
        m_out << tr("scenario %1 updated").arg(s.name) << '\n';
        return project.close() ? ExitOk : ExitFailed;
    }

    // show
    Result<catalog::Catalog> loaded = catalog::catalogInUse(options.catalog);
    if (!loaded) {
        return failure(loaded.error().toString());
    }
    catalog::Catalog catalog = std::move(loaded.value());
    const AppliedPriceBooks books = applyPriceBooks(catalog, priceBooks(project));
    const compare::EstateInput estate = compare::loadEstate(project);
    const compare::CompareSettings settings = compare::CompareSettings::load(project);
    const scenarios::Scenario &s = *found;
    const scenarios::OnPremisesModel onPremises = scenarios::loadOnPremises(project);
    const scenarios::ScenarioResult result =
        scenarios::evaluate(s, catalog, estate, settings, onPremises);
    std::optional<scenarios::Today> today;
    if (Result<CostData> bills = CostData::load(project)) {
        today = scenarios::todayFromBills(*bills, catalog, estate, onPremises);
    }
    const Money monthly = result.monthly.total();
    // Today's bills may describe only part of what the scenario places (on-premises machines
    // have no bill): then the saving and payback are not like for like, and say so.
    const bool comparable =
        today && today->workloadsCovered >= int(result.placed.size()) && !today->incomplete;
    std::optional<scenarios::Tco> tco;
    if (today) {
        tco = scenarios::totalCostOfOwnership(*today, result, s.assumptions);
    }
    const std::vector<scenarios::SensitivityRow> sensitivity =
        scenarios::sensitivity(s, result, catalog, estate, settings, today, onPremises);

    if (options.format == OutputFormat::Json) {
        QJsonObject document = jsonDocumentHeader();
        QJsonObject cat;
        cat.insert(u"id"_s, catalog.id);
        cat.insert(u"date"_s, catalog.date.toString(Qt::ISODate));
        document.insert(u"catalog"_s, cat);
        QJsonObject scenario;
        scenario.insert(u"id"_s, s.id);
        scenario.insert(u"name"_s, s.name);
        scenario.insert(u"target"_s, s.target);
        scenario.insert(u"horizon_years"_s, s.assumptions.horizonYears);
        scenario.insert(u"rules"_s, rulesJson(s));
        document.insert(u"scenario"_s, scenario);
        document.insert(u"monthly_eur"_s, jsonMoney(monthly));
        document.insert(u"components"_s, componentsJson(result.monthly));
        document.insert(u"incomplete"_s, result.incomplete);
        document.insert(u"missing"_s, QJsonArray::fromStringList(result.missing));
        document.insert(u"placed"_s, int(result.placed.size()));
        QJsonArray unplaced;
        for (const auto &[id, name] : result.unplaced) {
            unplaced.append(QJsonObject{{u"id"_s, id}, {u"name"_s, name}});
        }
        document.insert(u"unplaced"_s, unplaced);
        QJsonArray unmatched;
        for (const auto &[id, reason] : result.unmatched) {
            unmatched.append(QJsonObject{{u"id"_s, id}, {u"reason"_s, reason}});
        }
        document.insert(u"unmatched"_s, unmatched);
        QJsonArray placed;
        for (const scenarios::PlacedWorkload &p : result.placed) {
            QJsonObject o;
            o.insert(u"id"_s, p.workloadId);
            o.insert(u"provider"_s, p.provider);
            o.insert(u"offer"_s, p.match.offerId);
            o.insert(u"region"_s, p.match.region);
            o.insert(u"monthly_eur"_s, jsonMoney(p.match.monthly()));
            o.insert(u"incomplete"_s, p.match.incomplete());
            o.insert(u"rule"_s, p.rule);
            placed.append(o);
        }
        document.insert(u"workloads"_s, placed);
        if (books.replaced > 0) {
            document.insert(u"price_book_offers"_s, books.replaced);
        }
        if (today) {
            QJsonObject t;
            t.insert(u"monthly_eur"_s, jsonMoney(today->monthlyEur));
            t.insert(u"incomplete"_s, today->incomplete);
            t.insert(u"notes"_s, QJsonArray::fromStringList(today->notes));
            t.insert(u"workloads_covered"_s, today->workloadsCovered);
            t.insert(u"bills_monthly_eur"_s, jsonMoney(today->billsMonthlyEur));
            t.insert(u"bills_workloads_covered"_s, today->billsWorkloads);
            document.insert(u"today"_s, t);
            QJsonObject j;
            j.insert(u"like_for_like"_s, comparable);
            j.insert(u"one_off_eur"_s, jsonMoney(tco->oneOff));
            j.insert(u"payback_month"_s,
                     tco->paybackMonth ? QJsonValue(*tco->paybackMonth) : QJsonValue());
            j.insert(u"saving_over_horizon_eur"_s, jsonMoney(tco->savingOverHorizon));
            j.insert(u"basis"_s, s.assumptions.basis);
            j.insert(u"start"_s, tco->start.toString(Qt::ISODate));
            j.insert(u"total_eur"_s, jsonMoney(tco->scenarioTotal));
            j.insert(u"today_total_eur"_s, jsonMoney(tco->todayTotal));
            j.insert(u"labour_eur"_s, jsonMoney(tco->labour));
            j.insert(u"data_transfer_eur"_s, jsonMoney(tco->dataTransfer));
            j.insert(u"double_run_eur"_s, jsonMoney(tco->doubleRun));
            j.insert(u"commitments_after_move_eur"_s, jsonMoney(tco->commitmentsAfterMove));
            j.insert(u"on_demand_after_expiry_eur"_s, jsonMoney(tco->onDemandAfterExpiry));
            QJsonObject commitmentAssumptions;
            commitmentAssumptions.insert(u"unknown_expiry_months"_s,
                                         s.assumptions.unknownCommitmentMonths);
            commitmentAssumptions.insert(u"discount_percent"_s,
                                         jsonMoney(s.assumptions.commitmentDiscountPercent));
            commitmentAssumptions.insert(u"basis"_s, u"assumption"_s);
            j.insert(u"commitment_assumptions"_s, commitmentAssumptions);
            QJsonArray commitments;
            for (const scenarios::CommitmentUse &use : tco->commitments) {
                QJsonObject c;
                c.insert(u"id"_s, use.commitment.id);
                c.insert(u"name"_s, use.commitment.name);
                c.insert(u"monthly_eur"_s, jsonMoney(use.commitment.monthlyEur));
                c.insert(u"expiry"_s, use.commitment.expiry.isValid()
                                          ? QJsonValue(use.commitment.expiry.toString(Qt::ISODate))
                                          : QJsonValue());
                c.insert(u"expiry_source"_s, use.expiryAssumed               ? u"assumption"_s
                                             : use.commitment.expiryFromTerm ? u"start+term"_s
                                                                             : u"bills"_s);
                c.insert(u"months_paid"_s, use.monthsPaid);
                c.insert(u"paid_after_move_eur"_s, jsonMoney(use.paidAfterMove));
                c.insert(u"on_demand_after_expiry_eur"_s, jsonMoney(use.onDemandAfterExpiry));
                commitments.append(c);
            }
            j.insert(u"commitments"_s, commitments);
            QJsonArray months;
            for (const scenarios::TcoMonth &m : tco->months) {
                QJsonObject o;
                o.insert(u"month"_s, m.month);
                o.insert(u"today_eur"_s, jsonMoney(m.today));
                o.insert(u"scenario_eur"_s, jsonMoney(m.scenario));
                o.insert(u"commitments_after_move_eur"_s, jsonMoney(m.commitmentsAfterMove));
                o.insert(u"today_on_demand_eur"_s, jsonMoney(m.todayOnDemand));
                months.append(o);
            }
            j.insert(u"months"_s, months);
            j.insert(u"notes"_s, QJsonArray::fromStringList(tco->notes));
            document.insert(u"tco"_s, j);
        }
        {
            // The on-premises cost model: its rates (EUR per month, null when not entered), their
            // basis, and what it costs today for the workloads the bills do not cover.
            QJsonObject o;
            o.insert(u"set"_s, onPremises.isSet());
            const auto rate = [&o](const char *key, const scenarios::OnPremisesRate &r) {
                QJsonObject j;
                j.insert(u"eur"_s, r.eur ? jsonMoney(*r.eur) : QJsonValue());
                j.insert(u"basis"_s, scenarios::basisOrAssumption(r));
                o.insert(QString::fromLatin1(key), j);
            };
            rate("per_vcpu", onPremises.perVcpu);
            rate("per_gib_memory", onPremises.perGibMemory);
            rate("per_gb_storage", onPremises.perGbStorage);
            rate("fixed_monthly", onPremises.fixedMonthly);
            const bool costed = today && today->onPremises;
            o.insert(u"workloads_costed"_s,
                     costed ? int(today->onPremises->workloadIds.size()) : 0);
            o.insert(u"containers_on_nodes"_s, costed ? today->onPremises->containersOnNodes : 0);
            o.insert(u"monthly_eur"_s,
                     costed ? jsonMoney(today->onPremises->monthly.total()) : QJsonValue());
            o.insert(u"incomplete"_s, costed && today->onPremises->incomplete());
            o.insert(u"unknown_size"_s,
                     costed ? QJsonArray::fromStringList(today->onPremises->unknownSize)
                            : QJsonArray());
            o.insert(u"missing_rates"_s,
                     costed ? QJsonArray::fromStringList(today->onPremises->missingRates)
                            : QJsonArray());
            int kept = 0;
            for (const scenarios::PlacedWorkload &p : result.placed) {
                kept += p.provider == QLatin1StringView(scenarios::kOnPremisesProvider) ? 1 : 0;
            }
            o.insert(u"kept_by_scenario"_s, kept);
            document.insert(u"on_premises"_s, o);
        }
        QJsonArray cases;
        for (const scenarios::SensitivityRow &r : sensitivity) {
            QJsonObject o;
            o.insert(u"case"_s, scenarios::sensitivityCaseId(r.kind));
            o.insert(u"label"_s, r.label);
            o.insert(u"applicable"_s, r.applicable);
            o.insert(u"tco"_s, r.applicable ? jsonMoney(r.tco) : QJsonValue());
            o.insert(u"delta"_s, r.applicable ? jsonMoney(r.delta) : QJsonValue());
            o.insert(u"saving"_s, r.applicable ? jsonMoney(r.saving) : QJsonValue());
            o.insert(u"payback_month"_s,
                     r.paybackMonth ? QJsonValue(*r.paybackMonth) : QJsonValue());
            o.insert(u"incomplete"_s, r.incomplete);
            o.insert(u"assumption"_s, r.assumption);
            if (!r.applicable) {
                o.insert(u"reason"_s, r.reason);
            }
            cases.append(o);
        }
        document.insert(u"sensitivity"_s, cases);
        QJsonObject factors;
        factors.insert(u"prices_percent"_s, jsonMoney(s.assumptions.sensitivityPercent));
        factors.insert(u"egress_multiplier"_s, jsonMoney(s.assumptions.egressMultiplier));
        factors.insert(u"percentile"_s, s.assumptions.sensitivityPercentile);
        factors.insert(u"basis"_s, u"assumption"_s);
        document.insert(u"sensitivity_assumptions"_s, factors);
        printJson(m_out, document);
        return ExitOk;
    }
    const QLocale locale;
    TextTable table;
    table.headers = {tr("line"), tr("per month")};
    table.rightAligned = {false, true};
    const auto eur = [&locale](const Money &m) { return m.format(locale, u"EUR"); };
    table.rows.push_back({tr("compute"), eur(result.monthly.compute)});
    table.rows.push_back({tr("storage"), eur(result.monthly.storage)});
    table.rows.push_back({tr("egress"), eur(result.monthly.egress)});
    table.rows.push_back({tr("licence"), eur(result.monthly.licence)});
    table.rows.push_back({tr("platform"), eur(result.monthly.platform)});
    table.rows.push_back(
        {tr("TOTAL per month"), eur(monthly) + (result.incomplete ? u" ?"_s : QString())});
    if (today) {
        table.rows.push_back({today->onPremises ? tr("today (bills, amortised, and on premises)")
                                                : tr("today (bills, amortised)"),
                              eur(today->monthlyEur) + (today->incomplete ? u" ?"_s : QString())});
    }
    table.print(m_out, options.format);
    if (options.format == OutputFormat::Table) {
        m_out << '\n'
              << tr("Scenario %1: %n workload(s) placed", nullptr, int(result.placed.size()))
                     .arg(s.name)
              << '\n';
        if (!result.unplaced.empty()) {
            m_out << tr("%n workload(s) placed by no rule", nullptr, int(result.unplaced.size()))
                  << '\n';
        }
        if (!result.unmatched.empty()) {
            m_out << tr("%n workload(s) with no eligible offer", nullptr,
                        int(result.unmatched.size()))
                  << '\n';
        }
        if (result.incomplete) {
            m_out << tr("Incomplete: no sourced price for %1").arg(result.missing.join(u", "_s))
                  << '\n';
        }
        if (today && !comparable) {
            m_out << (onPremises.isSet()
                          ? tr("Today's cost covers %1 workloads (bills and on-premises model), "
                               "of %2 placed, or is incomplete: the saving and the payback below "
                               "are not like for like.")
                          : tr("Today's cost covers only the %1 workloads the bills describe, of "
                               "%2 placed: on-premises costs are not modelled (no on-premises "
                               "rates entered), so the saving and the payback below are not "
                               "like for like."))
                         .arg(today->workloadsCovered)
                         .arg(result.placed.size())
                  << '\n';
        }
        if (tco) {
            m_out << tr("Over %n year(s): one-off %1, saving %2, payback %3", nullptr,
                        s.assumptions.horizonYears)
                         .arg(eur(tco->oneOff), eur(tco->savingOverHorizon),
                              tco->paybackMonth ? tr("in month %1").arg(*tco->paybackMonth)
                                                : tr("not within the horizon"))
                  << '\n';
            for (const QString &note : tco->notes) {
                m_out << note << '\n';
            }
        }
        if (!sensitivity.empty()) {
            m_out << '\n' << tr("Sensitivity (each factor an assumption):") << '\n';
            TextTable cases;
            cases.headers = {tr("case"), tr("cost over the horizon"), tr("change"), tr("payback")};
            cases.rightAligned = {false, true, true, true};
            for (const scenarios::SensitivityRow &r : sensitivity) {
                if (!r.applicable) {
                    cases.rows.push_back({r.label, r.reason, QString(), QString()});
                    continue;
                }
                cases.rows.push_back(
                    {r.label, eur(r.tco) + (r.incomplete ? u" ?"_s : QString()),
                     r.kind == scenarios::SensitivityCase::Base ? QString() : eur(r.delta),
                     r.paybackMonth ? tr("month %1").arg(*r.paybackMonth) : tr("none")});
            }
            cases.print(m_out, options.format);
        }
    }
    return ExitOk;
}

} // namespace boussole
