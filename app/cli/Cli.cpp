#include "app/cli/Cli.h"

#include "app/Screenshots.h"
#include "models/catalog/CatalogStore.h"
#include "models/compare/Comparison.h"
#include "models/compare/Savings.h"
#include "models/costs/CostData.h"
#include "models/demo/DemoProject.h"
#include "models/domain/Version.h"
#include "models/importers/ImportService.h"
#include "models/pricebook/PriceBook.h"
#include "models/reports/ReportTables.h"
#include "models/scenarios/Scenario.h"
#include "models/services/ServiceMap.h"
#include "models/storage/ProjectFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

const QStringList kOptionsWithValue = {u"--lang"_s,
                                       u"--catalog"_s,
                                       u"--format"_s,
                                       u"--name"_s,
                                       u"--out"_s,
                                       u"--as"_s,
                                       u"--mapping"_s,
                                       u"--provider"_s,
                                       u"--providers"_s,
                                       u"--sizing"_s,
                                       u"--regions"_s,
                                       u"--require"_s,
                                       u"--by"_s,
                                       u"--from"_s,
                                       u"--to"_s,
                                       u"--currency"_s,
                                       u"--basis"_s,
                                       u"--file"_s,
                                       u"--from-scenario"_s,
                                       u"--scenario"_s,
                                       u"--endpoint"_s,
                                       u"--framework"_s,
                                       u"--note"_s,
                                       u"--evidence"_s,
                                       u"--prefer"_s,
                                       u"--table"_s,
                                       u"--classification"_s,
                                       u"--evidence-expires"_s};
const QStringList kCompareOptions = {u"--providers"_s, u"--sizing"_s, u"--regions"_s,
                                     u"--require"_s, u"--scenario"_s};
const QStringList kFlags = {u"--strict"_s, u"--skip-bad-rows"_s, u"--target"_s, u"--auto"_s,
                            u"--redact"_s};

QString numberText(const std::optional<double> &value)
{
    // Capacities (vCPU, GiB) are not money; print them without a trailing ".0". Unknown stays
    // visibly unknown rather than becoming 0.
    return value ? QString::number(*value, 'g', 12) : QString();
}

template <typename Command>
std::vector<Command> withCommands(std::vector<Command> list, std::vector<Command> more)
{
    list.insert(list.end(), std::make_move_iterator(more.begin()),
                std::make_move_iterator(more.end()));
    return list;
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// The licence line of one match, one entry per licence the workload needs.
QJsonArray licencesJson(const compare::Match &m)
{
    QJsonArray array;
    for (const compare::Match::LicenceUse &use : m.licences) {
        QJsonObject o;
        o.insert(u"product"_s, use.product);
        o.insert(u"mode"_s, use.mode);
        o.insert(u"entitlement"_s,
                 use.entitlementId.isEmpty() ? QJsonValue() : QJsonValue(use.entitlementId));
        o.insert(u"counted"_s, use.counted);
        o.insert(u"monthly_eur"_s, use.monthlyEur ? jsonMoney(*use.monthlyEur) : QJsonValue());
        o.insert(u"note"_s, use.note);
        array.append(o);
    }
    return array;
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

const std::vector<Cli::Command> &Cli::commands()
{
    static const std::vector<Command> list = {
        {u"help"_s, [] { return tr("help [COMMAND]"); },
         [] { return tr("Show help for all commands or for one command"); },
         [] {
             return tr("Without a command, lists every command. With one, explains it in detail.");
         },
         &Cli::runHelp},
        {u"new"_s, [] { return tr("new PROJECT [--name TEXT]"); },
         [] { return tr("Create an empty project file"); },
         [] {
             return tr(
                 "Creates PROJECT (a .boussole file). Refuses to overwrite an existing file.\n"
                 "--name TEXT   the project's name (default: the file name)");
         },
         &Cli::runNew},
        {u"demo"_s, [] { return tr("demo PROJECT"); },
         [] { return tr("Create the bundled demo project"); },
         [] {
             return tr("Creates PROJECT holding the estate of a fictional French mutual health "
                       "insurer, built from the source files shipped with Boussole and fed "
                       "through the same importers as your own files.");
         },
         &Cli::runDemo},
        {u"import"_s,
         [] {
             return tr("import PROJECT FILE... [--as FORMAT] [--mapping FILE.yaml] "
                       "[--skip-bad-rows]");
         },
         [] { return tr("Import inventory files into a project"); },
         [] {
             return tr("Imports each FILE in its own transaction: a file with an error changes "
                       "nothing. Prints one line per file: FILE: FORMAT, N rows imported, W "
                       "warnings. A newer export of a source already imported replaces it, keeping "
                       "the workloads' identities and your edits.\n"
                       "--as FORMAT          auto (default) or one of: %1\n"
                       "--mapping FILE.yaml  column mapping for CSV files (saved from the import "
                       "wizard)\n"
                       "--skip-bad-rows      import the good rows and report each bad one\n"
                       "--strict             fail when there are warnings\n\n"
                       "import remove PROJECT IMPORT_ID removes one import and every workload it "
                       "brought.")
                 .arg(ImporterRegistry::withBuiltins().formatIds().join(u", "_s));
         },
         &Cli::runImport},
        {u"list"_s, [] { return tr("list PROJECT workloads|costs|imports|audit"); },
         [] { return tr("List what the project holds"); },
         [] {
             return tr("Prints the project's workloads, bill lines (costs), imports or the "
                       "compliance audit trail (audit).\n"
                       "--format table|csv|json   output format (default: table)");
         },
         &Cli::runList},
        {u"costs"_s,
         [] {
             return tr("costs PROJECT [--by DIMENSION] [--from DATE] [--to DATE] "
                       "[--currency CODE] [--basis billed|effective]");
         },
         [] { return tr("Aggregated spend from the imported bills"); },
         [] {
             return tr("Sums the imported bill lines, exactly, by one dimension. Amounts in "
                       "different currencies are never added together: each currency gets its "
                       "own rows and total unless --currency converts them.\n"
                       "--by DIMENSION   service (default), provider, region, month, account, "
                       "environment, application, resource, service-category or "
                       "charge-category; environment and application come from the workloads "
                       "the bill's resources are linked to\n"
                       "--from DATE      first month counted (2025-01 or 2025-01-15: whole "
                       "months, by the start of each line's charge period)\n"
                       "--to DATE        last month counted\n"
                       "--currency CODE  convert every amount to CODE with the catalog's dated "
                       "rate (the output says which); amounts already in CODE are not converted\n"
                       "--basis billed|effective   billed: what the invoices say (default); "
                       "effective: amortised, commitments spread over the usage they cover\n"
                       "--format table|csv|json   output format (default: table)\n"
                       "With --by service, each row also says what the service becomes on a "
                       "European provider (column maps_to; JSON maps_to: id, kind, strategy, "
                       "refactor, origin), from the services map shipped with Boussole "
                       "(resources/services/service-map.yaml, each entry sourced) and the "
                       "project's own edits of it (Costs page, Services map…). An entry edited "
                       "or added in the project is marked * in the table and origin edited or "
                       "added in JSON; compare --format json uses the same map for its "
                       "services section.");
         },
         &Cli::runCosts},
        {u"plan"_s,
         [] { return tr("plan PROJECT [--auto] [--scenario ID] [--out FILE.csv|FILE.xml]"); },
         [] { return tr("The migration plan: waves, dates, workloads"); },
         [] {
             return tr("Prints the saved migration plan: each wave with its dates, workloads and "
                       "the reason for its place, the workloads left out, milestones and the "
                       "critical path.\n"
                       "--auto          plan again from the project's data (strategies, "
                       "dependencies, environments) and save the plan; waves moved by hand are "
                       "planned afresh\n"
                       "--out FILE      also write the plan as CSV (.csv) or MS Project XML "
                       "(.xml)\n"
                       "--scenario ID   the business-case scenario whose costs the cost curve "
                       "moves to (default: the target scenario)\n"
                       "--format table|csv|json   output format (default: table)");
         },
         &Cli::runPlan},
        {u"catalog"_s,
         [] {
             return tr(
                 "catalog [--provider ID] | catalog refresh [--provider ID] [--endpoint URL]");
         },
         [] { return tr("Show the price catalog in use, with provenance"); },
         [] {
             return tr("Prints every offer of the catalog in use: size, region, price, unit, "
                       "currency, source, date, whether the figure was verified, and the "
                       "certifications covering it today. An offer with no sourced price shows "
                       "none (never 0). The catalog is the one given with --catalog (a folder or "
                       "one YAML file), else the refreshed one in your data folder, else the one "
                       "shipped with Boussole.\n"
                       "--provider ID             only this provider (aws, azure, gcp, ovhcloud, "
                       "scaleway, hetzner, outscale…)\n"
                       "catalog refresh fetches today's list prices from the providers' public "
                       "price APIs (Microsoft Azure, OVHcloud; no account needed) and keeps them, "
                       "dated and sourced, over the shipped catalog in your data folder. Only "
                       "offers the catalog already describes are updated; nothing is written "
                       "unless every download succeeds.\n"
                       "--endpoint URL            fetch from this server instead (a mirror)\n"
                       "--format table|csv|json   output format (default: table)");
         },
         &Cli::runCatalog},
        {u"pricebook"_s, [] { return tr("pricebook import PROJECT FILE"); },
         [] { return tr("Store negotiated prices, discounts or quotes in a project"); },
         [] {
             return tr("Reads FILE (CSV or YAML) and keeps its entries in PROJECT; the comparison "
                       "then uses them instead of the catalog's list prices, and labels every "
                       "figure that comes from them. CSV columns: provider, offer (an offer id, "
                       "a family or *), region (empty: all), kind (price, quote or discount), "
                       "price, currency, unit (hour, month, GB-month, GB), discount_percent, "
                       "reference (such as a quote number), date (required), valid_until, "
                       "note. Importing a file with the same name again replaces it.");
         },
         &Cli::runPriceBook},
        {u"compare"_s,
         [] {
             return tr("compare PROJECT [--providers a,b] [--sizing as-is|performance] "
                       "[--regions eu|france|any] [--require CERT] [--scenario ID]");
         },
         [] { return tr("Size every workload onto every provider and cost it"); },
         [] {
             return tr("Matches each workload of PROJECT to the cheapest eligible offer of each "
                       "provider of the price catalog and prints the monthly cost in EUR, split "
                       "into compute, storage, egress, licence and platform. A cost with a "
                       "component that has no sourced price is marked incomplete, never counted "
                       "as zero. Options override the project's comparison settings for this run "
                       "only.\n"
                       "--providers a,b      provider ids (default: the project's, else all)\n"
                       "--sizing MODE        as-is (allocated vCPU and memory) or performance "
                       "(measured utilisation)\n"
                       "--regions POLICY     eu, france or any\n"
                       "--require CERT       a certification every offer must hold (e.g. hds, "
                       "secnumcloud); repeatable\n"
                       "--scenario ID        also place the workloads as that business-case "
                       "scenario does (its id or name)\n"
                       "--catalog FILE       use this catalog (a folder or a YAML file)\n"
                       "Negotiated prices imported with pricebook import replace the list prices "
                       "they cover. When the project holds bills, today's cost of the workloads "
                       "they describe is set against each provider's cost of the same "
                       "workloads.\n"
                       "--format table|csv|json   output format (default: table)");
         },
         &Cli::runCompare},
        {u"scenario"_s,
         [] {
             return tr("scenario list|show|new|set PROJECT [ID] [--name TEXT] [--file FILE.yaml] "
                       "[--target] [--from-scenario ID]");
         },
         [] { return tr("Business-case scenarios: placement rules, terms, multi-year cost"); },
         [] {
             return tr("scenario list PROJECT           the project's scenarios\n"
                       "scenario show PROJECT ID        the scenario's monthly cost by component, "
                       "its unplaced workloads, today's cost from the bills and the total cost "
                       "of ownership over its horizon (one-off costs, double run, today's "
                       "commitments until they expire, payback month) and its sensitivity (target "
                       "prices ±, egress ×k, sizing percentile)\n"
                       "scenario new PROJECT --name TEXT [--from-scenario ID]   a new scenario, "
                       "empty or a copy\n"
                       "scenario set PROJECT ID [--name TEXT] [--file FILE.yaml] [--target]   "
                       "rename it, replace its rules, terms and assumptions from a YAML file "
                       "(rules: [{field, value, provider, region, family}], terms: [{provider, "
                       "commitment_years, discount_percent, basis}], assumptions: {horizon_years, "
                       "migration_person_days, day_rate, data_to_move_gb, egress_per_gb_old, "
                       "double_run_months, price_factor, basis, start, unknown_commitment_months, "
                       "commitment_discount_percent, sensitivity_percent, egress_multiplier, "
                       "sensitivity_percentile}, on_premises: {per_vcpu, per_gib_memory, "
                       "per_gb_storage, fixed_monthly: {eur, basis}}), or make it the target. "
                       "A rule's field is any, application, data-class, environment, kind, site "
                       "or tag:KEY; its provider \"on-premises\" keeps the workloads on site. "
                       "on_premises is the project's on-premises cost model (EUR per month per "
                       "vCPU, GiB of memory, GB of storage, and a fixed amount; an empty basis is "
                       "an assumption): today's cost adds it for the workloads the bills do not "
                       "cover\n"
                       "ID is a scenario's id or its name. --format table|csv|json");
         },
         &Cli::runScenario},
        {u"report"_s,
         [] {
             return tr("report PROJECT --out FILE.pdf|.xlsx|.csv [--table NAME] [--lang fr|en] "
                       "[--redact] [--classification TEXT]");
         },
         [] { return tr("The comparison deck (PDF) or its tables (XLSX, CSV)"); },
         [] {
             return tr("FILE.pdf: the deck for a review meeting — key figures, the estate, "
                       "today's spend, the providers compared, the business-case scenarios with "
                       "their TCO, figures from price books and quotes with their references, "
                       "compliance scores with the audit trail's head, the migration waves, and "
                       "the sources and limits of the figures.\n"
                       "FILE.xlsx: the same tables, one sheet each; FILE.csv: one table, chosen "
                       "with --table.\n"
                       "--table NAME           %1\n"
                       "--redact               replace workload and client names by neutral "
                       "labels\n"
                       "--classification TEXT  printed on every page (e.g. \"C2 - Internal\")\n"
                       "The file is written atomically; the project is only read.")
                 .arg(reports::reportTableNames().join(u", "_s));
         },
         &Cli::runReport},
        {u"screenshot"_s, [] { return tr("screenshot PROJECT --out DIR [--lang fr|en]"); },
         [] { return tr("Render every page of the window to PNG files"); },
         [] {
             return tr("Opens PROJECT offscreen (no display needed) and writes one image per "
                       "page to DIR/<page>.png, plus the start page.");
         },
         &Cli::runScreenshot},
    };
    // The compliance commands live in CliCompliance.cpp.
    static const std::vector<Command> all =
        withCommands(withCommands(list, complianceCommands()), licenceCommands());
    return all;
}

const Cli::Command *Cli::findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

bool Cli::isCliInvocation(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--version" || argument == u"--help" || argument == u"-h") {
            return true;
        }
    }
    // The first positional argument decides: a command name means CLI, anything else is a
    // project to open in the GUI.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (kOptionsWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(u"--")) {
            continue;
        }
        return findCommand(argument) != nullptr;
    }
    return false;
}

bool Cli::needsWidgets(const QStringList &arguments)
{
    // The command is the first argument that is neither an option nor an option's value
    // (`--lang fr report …`).
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (kOptionsWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(u"--")) {
            return argument == u"screenshot" || argument == u"report";
        }
    }
    return false;
}

QString Cli::languageOption(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size()) {
            return arguments[i + 1];
        }
        if (arguments[i].startsWith(u"--lang=")) {
            return arguments[i].mid(7);
        }
    }
    return {};
}

int Cli::usageError(const QString &message)
{
    m_err << "boussole: " << message << '\n'
          << tr("Try 'boussole --help' for more information.") << '\n';
    m_err.flush();
    return ExitUsage;
}

int Cli::failure(const QString &message)
{
    m_err << "boussole: " << message << '\n';
    m_err.flush();
    return ExitFailed;
}

int Cli::run(const QStringList &arguments)
{
    Options options;
    bool wantHelp = false;
    bool wantVersion = false;
    QStringList seen;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments[i];
        QString value;
        bool hasInlineValue = false;
        if (argument.startsWith(u"--") && argument.contains(u'=')) {
            value = argument.section(u'=', 1);
            argument = argument.section(u'=', 0, 0);
            hasInlineValue = true;
        }
        if (argument == u"--help" || argument == u"-h") {
            wantHelp = true;
        } else if (argument == u"--version") {
            wantVersion = true;
        } else if (kOptionsWithValue.contains(argument)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    return usageError(tr("option %1 needs a value").arg(argument));
                }
                value = arguments[++i];
            }
            seen << argument;
            if (argument == u"--lang") {
                if (value != u"fr" && value != u"en") {
                    return usageError(tr("--lang must be fr or en, not \"%1\"").arg(value));
                }
                options.language = value;
            } else if (argument == u"--catalog") {
                options.catalog = value;
            } else if (argument == u"--format") {
                if (value == u"table") {
                    options.format = OutputFormat::Table;
                } else if (value == u"csv") {
                    options.format = OutputFormat::Csv;
                } else if (value == u"json") {
                    options.format = OutputFormat::Json;
                } else {
                    return usageError(
                        tr("--format must be table, csv or json, not \"%1\"").arg(value));
                }
            } else if (argument == u"--name") {
                options.name = value;
            } else if (argument == u"--out") {
                options.outDir = value;
            } else if (argument == u"--as") {
                options.as = value;
            } else if (argument == u"--mapping") {
                options.mapping = value;
            } else if (argument == u"--provider") {
                options.provider = value;
            } else if (argument == u"--by") {
                options.by = value;
            } else if (argument == u"--from") {
                options.from = value;
            } else if (argument == u"--to") {
                options.to = value;
            } else if (argument == u"--currency") {
                options.currency = value;
            } else if (argument == u"--basis") {
                options.basis = value;
            } else if (argument == u"--endpoint") {
                options.endpoint = value;
            } else if (argument == u"--scenario") {
                options.scenario = value;
            } else if (argument == u"--file") {
                options.file = value;
            } else if (argument == u"--from-scenario") {
                options.fromScenario = value;
            } else if (argument == u"--providers") {
                options.providers = value;
            } else if (argument == u"--sizing") {
                options.sizing = value;
            } else if (argument == u"--regions") {
                options.regions = value;
            } else if (argument == u"--require") {
                options.require << value.split(u',', Qt::SkipEmptyParts);
            } else if (argument == u"--framework") {
                options.framework = value;
            } else if (argument == u"--note") {
                options.note = value;
                options.noteGiven = true;
            } else if (argument == u"--evidence") {
                options.evidence = value;
            } else if (argument == u"--evidence-expires") {
                options.evidenceExpires = value;
                options.evidenceExpiresGiven = true;
            } else if (argument == u"--prefer") {
                options.prefer = value;
            } else if (argument == u"--table") {
                options.table = value;
            } else if (argument == u"--classification") {
                options.classification = value;
            }
        } else if (kFlags.contains(argument)) {
            if (argument == u"--strict") {
                options.strict = true;
            } else if (argument == u"--target") {
                options.target = true;
            } else if (argument == u"--auto") {
                options.autoPlan = true;
            } else if (argument == u"--redact") {
                options.redact = true;
            } else {
                options.skipBadRows = true;
            }
            seen << argument;
        } else if (argument.startsWith(u'-') && argument.size() > 1) {
            return usageError(tr("unknown option %1").arg(argument));
        } else {
            options.positional << argument;
        }
    }

    if (wantVersion) {
        m_out << "boussole " << applicationVersion() << '\n';
        return ExitOk;
    }
    if (options.positional.isEmpty()) {
        if (wantHelp) {
            printHelp();
            return ExitOk;
        }
        return usageError(tr("no command given"));
    }
    const QString name = options.positional.takeFirst();
    const Command *command = findCommand(name);
    if (!command) {
        return usageError(tr("unknown command \"%1\"").arg(name));
    }
    if (wantHelp) {
        return printCommandHelp(name);
    }
    if (seen.contains(u"--name"_s) && name != u"new" && name != u"scenario") {
        return usageError(tr("option --name only applies to the new and scenario commands"));
    }
    if (seen.contains(u"--out"_s) && name != u"screenshot" && name != u"plan" &&
        name != u"report") {
        return usageError(
            tr("option --out only applies to the screenshot, plan and report commands"));
    }
    for (const QString &option : {u"--table"_s, u"--classification"_s, u"--redact"_s}) {
        if (seen.contains(option) && name != u"report") {
            return usageError(tr("option %1 only applies to the report command").arg(option));
        }
    }
    if (seen.contains(u"--auto"_s) && name != u"plan") {
        return usageError(tr("option --auto only applies to the plan command"));
    }
    if (seen.contains(u"--endpoint"_s) && name != u"catalog") {
        return usageError(tr("option --endpoint only applies to catalog refresh"));
    }
    if (seen.contains(u"--provider"_s) && name != u"catalog") {
        return usageError(tr("option --provider only applies to the catalog command"));
    }
    for (const QString &option : {u"--by"_s, u"--from"_s, u"--to"_s, u"--basis"_s}) {
        if (seen.contains(option) && name != u"costs") {
            return usageError(tr("option %1 only applies to the costs command").arg(option));
        }
    }
    for (const QString &option :
         {u"--framework"_s, u"--note"_s, u"--evidence"_s, u"--prefer"_s, u"--evidence-expires"_s}) {
        if (seen.contains(option) && name != u"compliance") {
            return usageError(tr("option %1 only applies to the compliance command").arg(option));
        }
    }
    for (const QString &option : {u"--as"_s, u"--mapping"_s, u"--skip-bad-rows"_s}) {
        if (seen.contains(option) && name != u"import") {
            return usageError(tr("option %1 only applies to the import command").arg(option));
        }
    }
    for (const QString &option : kCompareOptions) {
        if (seen.contains(option) && name != u"compare" &&
            !(option == u"--scenario" && name == u"plan")) {
            return usageError(tr("option %1 only applies to the compare command").arg(option));
        }
    }
    const int code = command->run(*this, options);
    m_out.flush();
    m_err.flush();
    return code;
}

void Cli::printHelp()
{
    m_out << tr("Usage: boussole [PROJECT]\n"
                "       boussole COMMAND [ARGUMENTS] [OPTIONS]\n\n"
                "Without a command, opens the window (on PROJECT when given).\n\n"
                "Commands:")
          << '\n';
    // Synopses vary a lot in length (import's is long): each gets its own line, with the summary
    // indented under it, so the help stays readable in an 80-column terminal.
    for (const Command &command : commands()) {
        m_out << "  " << command.synopsis() << "\n      " << command.summary() << '\n';
    }
    m_out << '\n'
          << tr("Global options:\n"
                "  --lang fr|en             language of messages and output\n"
                "  --format table|csv|json  output format of commands that print data\n"
                "  --catalog FILE           price catalog to use: a folder of YAML files or one "
                "file\n"
                "  --strict                 treat warnings as failures\n"
                "  --version                print the version\n"
                "  --help                   show this help, or a command's help after its name\n\n"
                "Exit codes: 0 success, 1 the work failed, 2 bad usage, 3 a verification found a "
                "problem.")
          << '\n';
}

int Cli::printCommandHelp(const QString &name)
{
    const Command *command = findCommand(name);
    if (!command) {
        return usageError(tr("unknown command \"%1\"").arg(name));
    }
    m_out << tr("Usage: boussole %1").arg(command->synopsis()) << "\n\n"
          << command->summary() << ".\n\n"
          << command->details() << '\n';
    return ExitOk;
}

int Cli::runHelp(const Options &options)
{
    if (options.positional.isEmpty()) {
        printHelp();
        return ExitOk;
    }
    return printCommandHelp(options.positional.first());
}

int Cli::runNew(const Options &options)
{
    if (options.positional.size() != 1) {
        return usageError(tr("new needs exactly one PROJECT file"));
    }
    const QString path = options.positional.first();
    const QString name = options.name.isEmpty() ? QFileInfo(path).completeBaseName() : options.name;
    auto project = Project::create(path, name);
    if (!project) {
        return failure(project.error().toString());
    }
    project.value()->close();
    m_out << tr("Created %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return ExitOk;
}

int Cli::runDemo(const Options &options)
{
    if (options.positional.size() != 1) {
        return usageError(tr("demo needs exactly one PROJECT file"));
    }
    const QString path = options.positional.first();
    const Status status = createDemoProject(path);
    if (!status) {
        return failure(status.error().toString());
    }
    m_out << tr("Created the demo project %1").arg(QDir::toNativeSeparators(path)) << '\n';
    return ExitOk;
}

int Cli::runScreenshot(const Options &options)
{
    if (options.positional.size() != 1) {
        return usageError(tr("screenshot needs exactly one PROJECT file"));
    }
    if (options.outDir.isEmpty()) {
        return usageError(tr("screenshot needs --out DIR"));
    }
    auto written = renderScreenshots(options.positional.first(), options.outDir);
    if (!written) {
        return failure(written.error().toString());
    }
    for (const QString &file : written.value()) {
        m_out << QDir::toNativeSeparators(file) << '\n';
    }
    return ExitOk;
}

int Cli::runImport(const Options &options)
{
    QStringList arguments = options.positional;
    if (!arguments.isEmpty() && arguments.first() == u"remove") {
        if (arguments.size() != 3) {
            return usageError(tr("import remove needs a PROJECT and an IMPORT_ID"));
        }
        auto opened = Project::open(arguments.at(1));
        if (!opened) {
            return failure(opened.error().toString());
        }
        const auto record = opened.value()->importRecord(arguments.at(2));
        if (!record) {
            return failure(tr("%1: there is no import %2").arg(arguments.at(1), arguments.at(2)));
        }
        const qsizetype workloads = qsizetype(opened.value()->workloadsOfImport(record->id).size());
        if (Status removed = opened.value()->removeImport(record->id); !removed) {
            return failure(removed.error().toString());
        }
        if (Status closed = opened.value()->close(); !closed) {
            return failure(closed.error().toString());
        }
        m_out << tr("Removed the import of %1 and its %n workload(s)", nullptr, int(workloads))
                     .arg(record->fileName)
              << '\n';
        return ExitOk;
    }
    if (arguments.size() < 2) {
        return usageError(tr("import needs a PROJECT and at least one FILE"));
    }
    const ImporterRegistry registry = ImporterRegistry::withBuiltins();
    if (!options.as.isEmpty() && options.as != u"auto" && !registry.find(options.as)) {
        return usageError(tr("unknown format \"%1\"; expected auto or one of: %2")
                              .arg(options.as, registry.formatIds().join(u", "_s)));
    }
    ImportOptions importOptions;
    if (!options.as.isEmpty()) {
        importOptions.format = options.as;
    }
    importOptions.skipBadRows = options.skipBadRows;
    importOptions.failOnWarnings = options.strict;
    if (!options.mapping.isEmpty()) {
        auto mapping = loadMapping(options.mapping);
        if (!mapping) {
            return failure(mapping.error().toString());
        }
        importOptions.mapping = mapping.value();
    }
    auto opened = Project::open(arguments.takeFirst());
    if (!opened) {
        return failure(opened.error().toString());
    }
    Project &project = *opened.value();
    const ImportService service(registry);
    int code = ExitOk;
    for (const QString &file : arguments) {
        auto imported = service.importFile(project, file, importOptions);
        if (!imported) {
            m_err << "boussole: " << imported.error().toString() << '\n';
            code = ExitFailed;
            continue;
        }
        m_out << imported->toString() << '\n';
        for (const ImportWarning &warning : imported->warnings) {
            m_err << "boussole: " << warning.toString(imported->fileName) << '\n';
        }
    }
    if (Status closed = project.close(); !closed) {
        return failure(closed.error().toString());
    }
    return code;
}

int Cli::runList(const Options &options)
{
    if (options.positional.size() != 2) {
        return usageError(
            tr("list needs a PROJECT and what to list (workloads, costs, imports or audit)"));
    }
    const QString what = options.positional.at(1);
    if (what != u"workloads" && what != u"imports" && what != u"costs" && what != u"audit") {
        return usageError(
            tr("cannot list \"%1\": expected workloads, costs, imports or audit").arg(what));
    }
    Project::OpenOptions openOptions;
    openOptions.readOnly = true;
    auto opened = Project::open(options.positional.first(), openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    Project &project = *opened.value();
    if (what == u"costs") {
        return listCosts(options, project);
    }
    if (what == u"audit") {
        return listAudit(options, project);
    }

    if (what == u"workloads") {
        const auto workloads = project.workloads();
        if (options.format == OutputFormat::Json) {
            QJsonArray array;
            for (const Workload &w : workloads) {
                QJsonObject o;
                o.insert(u"id"_s, w.id);
                o.insert(u"name"_s, w.name);
                o.insert(u"kind"_s, w.kind);
                o.insert(u"vcpu"_s, jsonNumber(w.vcpu));
                o.insert(u"memory_gib"_s, jsonNumber(w.memoryGib));
                o.insert(u"storage_gib"_s, jsonNumber(w.storageGib));
                o.insert(u"storage_used_gib"_s, jsonNumber(w.storageUsedGib));
                QJsonObject gpu;
                gpu.insert(u"count"_s, w.gpuCount);
                gpu.insert(u"model"_s, w.gpuModel);
                o.insert(u"gpu"_s, gpu);
                o.insert(u"os"_s, w.osFamily);
                o.insert(u"os_edition"_s, w.osEdition);
                o.insert(u"environment"_s, w.environment);
                o.insert(u"criticality"_s, w.criticality);
                o.insert(u"data_class"_s, w.dataClass);
                o.insert(u"power_state"_s, w.powerState);
                o.insert(u"template"_s, w.isTemplate);
                o.insert(u"application"_s, w.application);
                QJsonObject source;
                source.insert(u"import"_s, w.importId);
                source.insert(u"file"_s, w.sourceFile);
                source.insert(u"location"_s, w.sourceLocation);
                o.insert(u"source"_s, source);
                array.append(o);
            }
            QJsonObject document = jsonDocumentHeader();
            document.insert(u"workloads"_s, array);
            printJson(m_out, document);
            return ExitOk;
        }
        TextTable table;
        table.headers = {u"id"_s,          u"name"_s,        u"kind"_s,
                         u"vcpu"_s,        u"memory_gib"_s,  u"storage_gib"_s,
                         u"environment"_s, u"application"_s, u"power_state"_s};
        table.rightAligned = {false, false, false, true, true, true, false, false, false};
        for (const Workload &w : workloads) {
            table.rows.push_back({w.id, w.name, w.kind, numberText(w.vcpu), numberText(w.memoryGib),
                                  numberText(w.storageGib), w.environment, w.application,
                                  w.powerState});
        }
        table.print(m_out, options.format);
        return ExitOk;
    }

    const auto imports = project.imports();
    if (options.format == OutputFormat::Json) {
        QJsonArray array;
        for (const ImportRecord &record : imports) {
            QJsonObject o;
            o.insert(u"id"_s, record.id);
            o.insert(u"file"_s, record.fileName);
            o.insert(u"format"_s, record.format);
            o.insert(u"sha256"_s, record.sha256);
            o.insert(u"imported_at"_s, record.importedAt.toUTC().toString(Qt::ISODate));
            o.insert(u"rows"_s, record.rowCount);
            o.insert(u"warnings"_s, record.warningCount);
            array.append(o);
        }
        QJsonObject document = jsonDocumentHeader();
        document.insert(u"imports"_s, array);
        printJson(m_out, document);
        return ExitOk;
    }
    TextTable table;
    table.headers = {u"id"_s, u"file"_s, u"format"_s, u"imported_at"_s, u"rows"_s, u"warnings"_s};
    table.rightAligned = {false, false, false, false, true, true};
    for (const ImportRecord &record : imports) {
        table.rows.push_back({record.id, record.fileName, record.format,
                              record.importedAt.toUTC().toString(Qt::ISODate),
                              QString::number(record.rowCount),
                              QString::number(record.warningCount)});
    }
    table.print(m_out, options.format);
    return ExitOk;
}

int Cli::runCatalog(const Options &options)
{
    if (!options.positional.isEmpty()) {
        if (options.positional.first() == u"refresh" && options.positional.size() == 1) {
            return runCatalogRefresh(options);
        }
        return usageError(
            tr("catalog takes no argument, found \"%1\"").arg(options.positional.first()));
    }
    Error userCatalogError;
    auto loaded = catalog::catalogInUse(options.catalog, &userCatalogError);
    if (!loaded) {
        return failure(loaded.error().toString());
    }
    if (!userCatalogError.message.isEmpty()) {
        m_err << "boussole: "
              << tr("your refreshed catalog cannot be read, using the built-in one: %1")
                     .arg(userCatalogError.toString())
              << '\n';
    }
    const catalog::Catalog &catalog = loaded.value();
    std::vector<const catalog::Provider *> providers;
    for (const catalog::Provider &provider : catalog.providers) {
        if (options.provider.isEmpty() || provider.id == options.provider) {
            providers.push_back(&provider);
        }
    }
    if (providers.empty()) {
        QStringList ids;
        for (const catalog::Provider &provider : catalog.providers) {
            ids << provider.id;
        }
        return usageError(tr("no provider \"%1\" in the catalog (known: %2)")
                              .arg(options.provider, ids.join(u", "_s)));
    }
    const QDate today = QDate::currentDate();
    auto certificationIds = [&](const catalog::Provider &provider, const catalog::Offer &offer) {
        QStringList ids;
        for (const catalog::Certification *c : provider.certificationsFor(offer, today)) {
            if (!ids.contains(c->id)) {
                ids << c->id;
            }
        }
        return ids;
    };

    if (options.format == OutputFormat::Json) {
        QJsonArray providerArray;
        for (const catalog::Provider *provider : providers) {
            QJsonArray offers;
            for (const catalog::Offer &offer : provider->offers) {
                QJsonObject o;
                o.insert(u"id"_s, offer.id);
                o.insert(u"kind"_s, catalog::offerKindId(offer.kind));
                o.insert(u"family"_s, offer.family);
                o.insert(u"vcpu"_s, offer.vcpu > 0 ? QJsonValue(offer.vcpu) : QJsonValue());
                o.insert(u"memory_gib"_s,
                         offer.memoryGib > 0 ? QJsonValue(offer.memoryGib) : QJsonValue());
                QJsonObject gpu;
                gpu.insert(u"count"_s, offer.gpuCount);
                gpu.insert(u"model"_s, offer.gpuModel);
                o.insert(u"gpu"_s, gpu);
                o.insert(u"arch"_s, offer.arch);
                o.insert(u"cpu_type"_s, catalog::cpuTypeId(offer.cpuType));
                o.insert(u"region"_s, offer.region);
                if (offer.price) {
                    const catalog::Price &price = *offer.price;
                    o.insert(u"price"_s, jsonMoney(price.amount));
                    o.insert(u"unit"_s, catalog::priceUnitId(price.unit));
                    o.insert(u"currency"_s, price.currency);
                    o.insert(u"source"_s, price.source.url);
                    o.insert(u"date"_s, price.source.date.toString(Qt::ISODate));
                    o.insert(u"verified"_s, price.source.verified);
                    if (!price.source.note.isEmpty()) {
                        o.insert(u"price_note"_s, price.source.note);
                    }
                } else {
                    for (const QString &key :
                         {u"price"_s, u"unit"_s, u"currency"_s, u"source"_s, u"date"_s}) {
                        o.insert(key, QJsonValue());
                    }
                    o.insert(u"verified"_s, false);
                }
                o.insert(u"certifications"_s,
                         QJsonArray::fromStringList(certificationIds(*provider, offer)));
                if (!offer.note.isEmpty()) {
                    o.insert(u"note"_s, offer.note);
                }
                offers.append(o);
            }
            QJsonObject p;
            p.insert(u"id"_s, provider->id);
            p.insert(u"name"_s, provider->name);
            p.insert(u"headquarters"_s, provider->headquarters);
            p.insert(u"jurisdiction"_s, provider->jurisdiction);
            p.insert(u"extra_eu_law_exposure"_s, provider->extraEuLawExposure);
            p.insert(u"offers"_s, offers);
            providerArray.append(p);
        }
        QJsonArray rates;
        for (const catalog::CurrencyRate &rate : catalog.rates) {
            QJsonObject r;
            r.insert(u"from"_s, rate.from);
            r.insert(u"to"_s, rate.to);
            r.insert(u"rate"_s, jsonMoney(rate.rate));
            r.insert(u"date"_s, rate.date.toString(Qt::ISODate));
            r.insert(u"source"_s, rate.source.url);
            rates.append(r);
        }
        QJsonObject catalogInfo;
        catalogInfo.insert(u"id"_s, catalog.id);
        catalogInfo.insert(u"date"_s, catalog.date.toString(Qt::ISODate));
        QJsonObject document = jsonDocumentHeader();
        document.insert(u"catalog"_s, catalogInfo);
        document.insert(u"providers"_s, providerArray);
        document.insert(u"rates"_s, rates);
        printJson(m_out, document);
        return ExitOk;
    }

    TextTable table;
    table.headers = {
        u"provider"_s, u"id"_s,   u"kind"_s,           u"region"_s, u"vcpu"_s, u"memory_gib"_s,
        u"gpu"_s,      u"arch"_s, u"cpu_type"_s,       u"price"_s,  u"unit"_s, u"currency"_s,
        u"verified"_s, u"date"_s, u"certifications"_s, u"source"_s};
    table.rightAligned = {false, false, false, false, true,  true,  false, false,
                          false, true,  false, false, false, false, false, false};
    for (const catalog::Provider *provider : providers) {
        for (const catalog::Offer &offer : provider->offers) {
            const QString gpu = offer.gpuCount > 0
                                    ? QString::number(offer.gpuCount) + u'\u00D7' + offer.gpuModel
                                    : QString();
            QStringList row = {
                provider->id,
                offer.id,
                catalog::offerKindId(offer.kind),
                offer.region,
                offer.vcpu > 0 ? numberText(offer.vcpu) : QString(),
                offer.memoryGib > 0 ? numberText(offer.memoryGib) : QString(),
                gpu,
                offer.kind == catalog::OfferKind::Compute || offer.kind == catalog::OfferKind::Gpu
                    ? offer.arch
                    : QString(),
                offer.kind == catalog::OfferKind::Compute || offer.kind == catalog::OfferKind::Gpu
                    ? catalog::cpuTypeId(offer.cpuType)
                    : QString()};
            // CSV stays machine-readable (true/false, an empty price); the table reads as text.
            const bool csv = options.format == OutputFormat::Csv;
            if (offer.price) {
                const catalog::Price &price = *offer.price;
                const bool verified = price.source.verified;
                row << price.amount.toString() << catalog::priceUnitId(price.unit) << price.currency
                    << (csv        ? (verified ? u"true"_s : u"false"_s)
                        : verified ? tr("yes")
                                   : tr("no"))
                    << price.source.date.toString(Qt::ISODate);
            } else {
                // Never 0: an offer without a sourced price says so.
                row << (csv ? QString() : tr("no verified price")) << QString() << QString()
                    << (csv ? u"false"_s : tr("no")) << QString();
            }
            row << certificationIds(*provider, offer).join(u' ')
                << (offer.price ? offer.price->source.url : QString());
            table.rows.push_back(row);
        }
    }
    if (options.format == OutputFormat::Table) {
        m_out
            << tr("Catalog %1, prices as of %2").arg(catalog.id, catalog.date.toString(Qt::ISODate))
            << '\n';
    }
    table.print(m_out, options.format);
    return ExitOk;
}

namespace {

QString amountText(const compare::Match &m)
{
    // Two decimals for reading; the exact figure is in JSON and CSV. "?" marks an incomplete cost.
    QString text = m.priced ? m.monthly().toFixed(2) : QString();
    if (m.incomplete()) {
        text += u'?';
    }
    return text;
}

QString missingText(const QStringList &missing)
{
    return missing.join(u'+');
}

} // namespace

int Cli::runCompare(const Options &options)
{
    if (options.positional.size() != 1) {
        return usageError(tr("compare needs exactly one PROJECT file"));
    }
    Project::OpenOptions openOptions;
    openOptions.readOnly = true;
    auto opened = Project::open(options.positional.first(), openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    Project &project = *opened.value();
    compare::CompareSettings settings = compare::CompareSettings::load(project);
    if (!options.sizing.isEmpty()) {
        const auto sizing = compare::sizingModeFromId(options.sizing);
        if (!sizing) {
            return usageError(
                tr("--sizing must be as-is or performance, not \"%1\"").arg(options.sizing));
        }
        settings.sizing = *sizing;
    }
    if (!options.regions.isEmpty()) {
        const auto regions = compare::regionPolicyFromId(options.regions);
        if (!regions) {
            return usageError(
                tr("--regions must be eu, france or any, not \"%1\"").arg(options.regions));
        }
        settings.regions = *regions;
    }
    if (!options.require.isEmpty()) {
        settings.requiredCertifications = options.require;
    }
    auto catalog = catalog::catalogInUse(options.catalog);
    if (!catalog) {
        return failure(catalog.error().toString());
    }
    if (!options.providers.isEmpty()) {
        settings.providers = options.providers.split(u',', Qt::SkipEmptyParts);
        QStringList known;
        for (const catalog::Provider &p : catalog->providers) {
            known << p.id;
        }
        for (const QString &id : std::as_const(settings.providers)) {
            if (!known.contains(id)) {
                return usageError(tr("unknown provider \"%1\"; the catalog has: %2")
                                      .arg(id, known.join(u", "_s)));
            }
        }
    }
    // Negotiated prices and quotes of the project replace the list prices they cover.
    const AppliedPriceBooks books = applyPriceBooks(catalog.value(), priceBooks(project));
    const compare::EstateInput estate = compare::loadEstate(project);
    const compare::Comparison result = compare::compareEstate(catalog.value(), estate, settings);
    std::optional<compare::Savings> savings;
    // The bills' managed services and what they become (the project's effective services map).
    std::vector<ServiceLine> services;
    std::optional<ServiceMap> serviceMap;
    if (Result<CostData> bills = CostData::load(project); bills && !bills->isEmpty()) {
        savings = compare::savingsAgainstBills(result, *bills, catalog.value());
        if (Result<ServiceMap> map = effectiveServiceMap(&project)) {
            serviceMap = std::move(map.value());
            services = serviceLines(*bills, *serviceMap);
        }
    }
    // --scenario: the business case's placement on top of the comparison.
    std::optional<scenarios::ScenarioResult> scenario;
    const scenarios::Scenario *chosen = nullptr;
    const std::vector<scenarios::Scenario> allScenarios = scenarios::loadScenarios(project);
    if (!options.scenario.isEmpty()) {
        for (const scenarios::Scenario &s : allScenarios) {
            if (s.id == options.scenario ||
                s.name.compare(options.scenario, Qt::CaseInsensitive) == 0) {
                chosen = &s;
            }
        }
        if (!chosen) {
            return failure(
                tr("no scenario \"%1\" in %2").arg(options.scenario, options.positional.first()));
        }
        scenario = scenarios::evaluate(*chosen, catalog.value(), estate, settings,
                                       scenarios::loadOnPremises(project));
    }

    if (options.format == OutputFormat::Json) {
        QJsonObject document = jsonDocumentHeader();
        QJsonObject catalogInfo;
        catalogInfo.insert(u"id"_s, result.catalogId);
        catalogInfo.insert(u"date"_s, result.catalogDate.toString(Qt::ISODate));
        document.insert(u"catalog"_s, catalogInfo);
        if (chosen) {
            QJsonObject sc;
            sc.insert(u"id"_s, chosen->id);
            sc.insert(u"name"_s, chosen->name);
            sc.insert(u"monthly_eur"_s, jsonMoney(scenario->monthly.total()));
            sc.insert(u"incomplete"_s, scenario->incomplete);
            sc.insert(u"placed"_s, int(scenario->placed.size()));
            sc.insert(u"unplaced"_s, int(scenario->unplaced.size()));
            QJsonObject placement;
            for (const scenarios::PlacedWorkload &p : scenario->placed) {
                placement.insert(p.workloadId, p.provider);
            }
            sc.insert(u"placement"_s, placement);
            QJsonArray hosts;
            for (const compare::HostPool &pool : scenario->hosts) {
                hosts.append(compare::hostPoolJson(pool, jsonMoney));
            }
            sc.insert(u"hosts"_s, hosts);
            document.insert(u"scenario"_s, sc);
        } else {
            document.insert(u"scenario"_s, QJsonValue(QJsonValue::Null));
        }
        if (books.replaced > 0) {
            document.insert(u"price_book_offers"_s, books.replaced);
        }
        if (savings) {
            QJsonObject today;
            today.insert(u"workloads"_s, savings->workloads);
            today.insert(u"monthly_eur"_s, jsonMoney(savings->todayEur));
            today.insert(u"incomplete"_s, savings->todayIncomplete);
            QJsonObject perProvider;
            for (const compare::ProviderSaving &p : savings->providers) {
                QJsonObject o;
                o.insert(u"monthly_eur"_s, jsonMoney(p.monthly));
                o.insert(u"saving_eur"_s, jsonMoney(p.saving));
                o.insert(u"incomplete"_s, p.incomplete);
                perProvider.insert(p.provider, o);
            }
            today.insert(u"providers"_s, perProvider);
            document.insert(u"today"_s, today);
        }
        if (serviceMap) {
            QJsonArray rows;
            for (const ServiceLine &line : services) {
                QJsonObject o;
                o.insert(u"provider"_s, line.provider);
                o.insert(u"service"_s, line.service);
                o.insert(u"currency"_s, line.currency);
                o.insert(u"monthly"_s, jsonMoney(line.monthlyAverage));
                if (const ServiceMapping *m = line.mapping) {
                    QJsonObject maps;
                    maps.insert(u"id"_s, m->id);
                    maps.insert(u"kind"_s, m->kind);
                    maps.insert(u"strategy"_s, m->strategy);
                    maps.insert(u"refactor"_s, m->needsRefactor());
                    maps.insert(u"origin"_s, serviceOriginId(m->origin));
                    o.insert(u"maps_to"_s, maps);
                } else {
                    o.insert(u"maps_to"_s, QJsonValue(QJsonValue::Null));
                }
                rows.append(o);
            }
            document.insert(u"services"_s, rows);
        }
        document.insert(u"sizing"_s, compare::sizingModeId(settings.sizing));
        document.insert(u"regions"_s, compare::regionPolicyId(settings.regions));
        document.insert(u"require"_s, QJsonArray::fromStringList(settings.requiredCertifications));
        document.insert(u"currency"_s, u"EUR"_s);
        document.insert(u"providers"_s, QJsonArray::fromStringList(result.providers));
        QJsonArray workloads;
        for (const compare::WorkloadResult &r : result.workloads) {
            QJsonObject w;
            w.insert(u"id"_s, r.workloadId);
            w.insert(u"name"_s, r.name);
            w.insert(u"kind"_s, r.kind);
            QJsonObject matches;
            QJsonObject unmatched;
            for (qsizetype p = 0; p < result.providers.size(); ++p) {
                const compare::Match &m = r.matches[size_t(p)];
                if (!m.matched) {
                    matches.insert(result.providers[p], QJsonValue(QJsonValue::Null));
                    unmatched.insert(result.providers[p], m.reason);
                    continue;
                }
                QJsonObject o;
                o.insert(u"offer"_s, m.offerId);
                o.insert(u"offer_kind"_s, m.offerKind);
                o.insert(u"region"_s, m.region);
                if (m.nodeCount > 0) {
                    o.insert(u"nodes"_s, m.nodeCount);
                }
                if (m.hostCount > 0) {
                    o.insert(u"hosts"_s, m.hostCount);
                    o.insert(u"host"_s, m.hostNumber);
                }
                o.insert(u"vcpu"_s, m.vcpu);
                o.insert(u"memory_gib"_s, m.memoryGib);
                o.insert(u"storage_gib"_s, m.storageGib);
                o.insert(u"monthly_eur"_s,
                         m.priced ? jsonMoney(m.monthly()) : QJsonValue(QJsonValue::Null));
                QJsonObject components;
                const std::pair<const char *, Money> parts[] = {
                    {compare::kCompute, m.components.compute},
                    {compare::kStorage, m.components.storage},
                    {compare::kEgress, m.components.egress},
                    {compare::kLicence, m.components.licence},
                    {compare::kPlatform, m.components.platform}};
                for (const auto &[key, amount] : parts) {
                    const QString name = QString::fromLatin1(key);
                    const bool missing =
                        m.missing.contains(name) || (!m.priced && name == u"compute");
                    components.insert(name,
                                      missing ? QJsonValue(QJsonValue::Null) : jsonMoney(amount));
                }
                o.insert(u"components"_s, components);
                o.insert(u"incomplete"_s, m.incomplete());
                o.insert(u"missing"_s, QJsonArray::fromStringList(m.missing));
                o.insert(u"confidence"_s, m.confidence);
                o.insert(u"verified"_s, m.verified);
                o.insert(u"source"_s, m.source);
                o.insert(u"date"_s, m.date.toString(Qt::ISODate));
                o.insert(u"sizing"_s, m.sizingNote);
                if (!m.licences.empty()) {
                    o.insert(u"licence_note"_s, m.licenceNote);
                    o.insert(u"licences"_s, licencesJson(m));
                }
                matches.insert(result.providers[p], o);
            }
            w.insert(u"matches"_s, matches);
            w.insert(u"unmatched"_s, unmatched);
            workloads.append(w);
        }
        document.insert(u"workloads"_s, workloads);
        QJsonArray skipped;
        for (const compare::SkippedWorkload &s : result.skipped) {
            QJsonObject o;
            o.insert(u"id"_s, s.workloadId);
            o.insert(u"name"_s, s.name);
            o.insert(u"reason"_s, s.reason);
            skipped.append(o);
        }
        document.insert(u"skipped"_s, skipped);
        QJsonObject totals;
        QJsonObject detail;
        QJsonObject scores;
        for (qsizetype p = 0; p < result.providers.size(); ++p) {
            const compare::ProviderTotals &t = result.totals[size_t(p)];
            // Null, never 0, when nothing placed there has a price.
            bool anyPriced = false;
            for (const compare::WorkloadResult &r : result.workloads) {
                anyPriced =
                    anyPriced || (r.matches[size_t(p)].matched && r.matches[size_t(p)].priced);
            }
            totals.insert(result.providers[p], anyPriced || t.total() > Money()
                                                   ? jsonMoney(t.total())
                                                   : QJsonValue(QJsonValue::Null));
            QJsonObject d;
            d.insert(u"incomplete"_s, t.incomplete);
            d.insert(u"unpriced_count"_s, t.unpricedCount);
            d.insert(u"matched"_s, t.matched);
            d.insert(u"unmatched"_s, t.unmatched);
            d.insert(u"missing"_s, QJsonArray::fromStringList(t.missing));
            QJsonObject components;
            components.insert(u"compute"_s, jsonMoney(t.components.compute));
            components.insert(u"storage"_s, jsonMoney(t.components.storage));
            components.insert(u"egress"_s, jsonMoney(t.components.egress));
            components.insert(u"licence"_s, jsonMoney(t.components.licence));
            components.insert(u"platform"_s, jsonMoney(t.components.platform));
            d.insert(u"components"_s, components);
            detail.insert(result.providers[p], d);
            const compare::ProviderScores &s = result.scores[size_t(p)];
            QJsonObject score;
            score.insert(u"cost"_s, s.cost);
            score.insert(u"sovereignty"_s, s.sovereignty);
            score.insert(u"certification"_s, s.certification);
            score.insert(u"overall"_s, s.overall);
            scores.insert(result.providers[p], score);
        }
        document.insert(u"totals"_s, totals);
        document.insert(u"totals_detail"_s, detail);
        if (!result.hostPools.empty()) {
            QJsonArray hosts;
            for (const compare::HostPool &pool : result.hostPools) {
                hosts.append(compare::hostPoolJson(pool, jsonMoney));
            }
            document.insert(u"hosts"_s, hosts);
        }
        document.insert(u"scores"_s, scores);
        printJson(m_out, document);
        return ExitOk;
    }

    if (options.format == OutputFormat::Csv) {
        TextTable table;
        table.headers = {u"workload_id"_s, u"name"_s,       u"provider"_s,   u"offer"_s,
                         u"region"_s,      u"vcpu"_s,       u"memory_gib"_s, u"monthly_eur"_s,
                         u"compute"_s,     u"storage"_s,    u"egress"_s,     u"licence"_s,
                         u"platform"_s,    u"incomplete"_s, u"missing"_s,    u"confidence"_s,
                         u"verified"_s,    u"reason"_s};
        for (const compare::WorkloadResult &r : result.workloads) {
            for (qsizetype p = 0; p < result.providers.size(); ++p) {
                const compare::Match &m = r.matches[size_t(p)];
                if (!m.matched) {
                    table.rows.push_back({r.workloadId,
                                          r.name,
                                          result.providers[p],
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          m.reason});
                    continue;
                }
                const compare::Components &c = m.components;
                table.rows.push_back(
                    {r.workloadId, r.name, result.providers[p], m.offerId, m.region,
                     QString::number(m.vcpu, 'g', 12), QString::number(m.memoryGib, 'g', 12),
                     m.priced ? m.monthly().toString() : QString(), c.compute.toString(),
                     c.storage.toString(), c.egress.toString(), c.licence.toString(),
                     c.platform.toString(), m.incomplete() ? u"true"_s : u"false"_s,
                     missingText(m.missing), QString::number(m.confidence),
                     m.verified ? u"true"_s : u"false"_s, QString()});
            }
        }
        table.print(m_out, options.format);
        return ExitOk;
    }

    TextTable table;
    table.headers << tr("workload");
    table.rightAligned.push_back(false);
    for (const QString &id : result.providers) {
        table.headers << id << tr("%1 EUR").arg(id);
        table.rightAligned.push_back(false);
        table.rightAligned.push_back(true);
    }
    for (const compare::WorkloadResult &r : result.workloads) {
        QStringList row{r.name};
        for (qsizetype p = 0; p < result.providers.size(); ++p) {
            const compare::Match &m = r.matches[size_t(p)];
            if (!m.matched) {
                row << u"-"_s << QString();
                continue;
            }
            row << (m.nodeCount > 0   ? u"%1×%2"_s.arg(m.nodeCount).arg(m.offerId)
                    : m.hostCount > 0 ? u"%1#%2"_s.arg(m.offerId).arg(m.hostNumber)
                                      : m.offerId)
                << amountText(m);
        }
        table.rows.push_back(row);
    }
    QStringList totals{tr("TOTAL per month")};
    QStringList unplaced{tr("not placed")};
    for (qsizetype p = 0; p < result.providers.size(); ++p) {
        const compare::ProviderTotals &t = result.totals[size_t(p)];
        totals << QString()
               << (t.matched == 0 ? u"-"_s
                                  : t.total().toFixed(2) + (t.incomplete ? u"?"_s : QString()));
        unplaced << QString() << QString::number(t.unmatched);
    }
    table.rows.push_back(totals);
    table.rows.push_back(unplaced);
    table.print(m_out, options.format);
    m_out << tr("Prices as of %1 (catalog %2). \"?\": incomplete, a component has no sourced "
                "price. Skipped: %n workload(s) (templates, duplicates, powered off).",
                nullptr, int(result.skipped.size()))
                 .arg(QLocale().toString(result.catalogDate, QLocale::ShortFormat),
                      result.catalogId)
          << '\n';
    if (books.replaced > 0) {
        m_out << tr("%n offer(s) priced from the project's price books.", nullptr, books.replaced)
              << '\n';
    }
    if (savings) {
        QStringList perProvider;
        for (const compare::ProviderSaving &p : savings->providers) {
            perProvider << tr("%1 %2 (saving %3)%4")
                               .arg(p.provider, p.monthly.format(QLocale(), u"EUR"),
                                    p.saving.format(QLocale(), u"EUR"),
                                    p.incomplete ? u" ?"_s : QString());
        }
        m_out << tr("Today, from the bills, the %n workload(s) they describe cost %1 a month; "
                    "the same workloads: %2.",
                    nullptr, savings->workloads)
                     .arg(savings->todayEur.format(QLocale(), u"EUR"), perProvider.join(u"; "_s))
              << '\n';
    }
    if (scenario) {
        m_out << tr("Scenario %1: %2 a month%3, %n workload(s) placed by no rule.", nullptr,
                    int(scenario->unplaced.size()))
                     .arg(chosen->name, scenario->monthly.total().format(QLocale(), u"EUR"),
                          scenario->incomplete ? u" ?"_s : QString())
              << '\n';
    }
    for (const compare::HostPool &pool : scenario ? scenario->hosts : result.hostPools) {
        m_out << compare::hostPoolSummary(pool, QLocale()) << '\n';
    }
    return ExitOk;
}

} // namespace boussole
