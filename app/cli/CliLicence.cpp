// `boussole licence list|import|remove`: the licences the organisation owns (BYOL entitlements).
#include "app/cli/Cli.h"

#include "app/cli/Output.h"
#include "models/licensing/Entitlements.h"
#include "models/storage/ProjectFile.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boussole {

std::vector<Cli::Command> Cli::licenceCommands()
{
    return {
        {u"licence"_s, [] { return tr("licence list|import|remove PROJECT [FILE.yaml|ID]"); },
         [] { return tr("Licences the organisation owns and may bring to a cloud (BYOL)"); },
         [] {
             return tr(
                 "licence list PROJECT              the entitlements entered, with their ids\n"
                 "licence import PROJECT FILE.yaml  adds the entitlements the file lists; an "
                 "entry whose id is already in the project replaces it. Prints one id per "
                 "entry. The file is a list (or a mapping with the key licences) of: {product: "
                 "windows-server|sql-server|rhel|oracle-database, edition: standard|datacenter|"
                 "enterprise|web|server|standard-2, cores (or subscriptions, processors, "
                 "quantity): N, software_assurance: true|false, assurance_end: YYYY-MM-DD, "
                 "bought_before_2019_10_01: true|false, note: TEXT, id: ID}\n"
                 "licence remove PROJECT ID         removes one entitlement\n\n"
                 "compare uses them: where the provider's rules let an entitlement come "
                 "(Software Assurance, Listed Providers, Oracle's authorized clouds), the "
                 "licence costs 0 and its cores are consumed; otherwise the provider's "
                 "licence-included price, or the total is incomplete. --format table|csv|json");
         },
         &Cli::runLicence},
    };
}

namespace {

QString yesNo(bool value)
{
    return value ? Cli::tr("yes") : Cli::tr("no");
}

} // namespace

int Cli::runLicence(const Options &options)
{
    if (options.positional.size() < 2) {
        return usageError(tr("usage: licence list|import|remove PROJECT [FILE.yaml|ID]"));
    }
    const QString action = options.positional.at(0);
    const QString path = options.positional.at(1);
    if (action != u"list" && action != u"import" && action != u"remove") {
        return usageError(
            tr("unknown licence action \"%1\": expected list, import or remove").arg(action));
    }
    if ((action == u"list") != (options.positional.size() == 2) || options.positional.size() > 3) {
        return usageError(action == u"list"
                              ? tr("licence list needs only a PROJECT")
                              : tr("licence %1 needs a PROJECT and one argument").arg(action));
    }
    Project::OpenOptions openOptions;
    openOptions.readOnly = action == u"list";
    auto opened = Project::open(path, openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    Project &project = *opened.value();
    std::vector<licensing::LicenceEntitlement> all = licensing::loadEntitlements(project);
    const QString key = QString::fromLatin1(licensing::kEntitlementsKey);

    if (action == u"list") {
        if (options.format == OutputFormat::Json) {
            QJsonArray array;
            for (const licensing::LicenceEntitlement &e : all) {
                QJsonObject o;
                o.insert(u"id"_s, e.id);
                o.insert(u"product"_s, licensing::familyId(e.family));
                o.insert(u"edition"_s, e.edition);
                o.insert(u"quantity"_s, e.quantity);
                o.insert(u"software_assurance"_s, e.softwareAssurance);
                o.insert(u"assurance_end"_s, e.assuranceEnd.isValid()
                                                 ? QJsonValue(e.assuranceEnd.toString(Qt::ISODate))
                                                 : QJsonValue());
                o.insert(u"bought_before_2019_10_01"_s, e.boughtBefore2019_10_01);
                o.insert(u"note"_s, e.note);
                array.append(o);
            }
            QJsonObject document = jsonDocumentHeader();
            document.insert(u"licences"_s, array);
            printJson(m_out, document);
            return ExitOk;
        }
        TextTable table;
        table.headers = {u"id"_s,
                         u"product"_s,
                         u"edition"_s,
                         u"quantity"_s,
                         u"software_assurance"_s,
                         u"assurance_end"_s,
                         u"bought_before_2019_10_01"_s,
                         u"note"_s};
        table.rightAligned = {false, false, false, true, false, false, false, false};
        for (const licensing::LicenceEntitlement &e : all) {
            table.rows.push_back({e.id, licensing::familyId(e.family), e.edition,
                                  QString::number(e.quantity), yesNo(e.softwareAssurance),
                                  e.assuranceEnd.toString(Qt::ISODate),
                                  yesNo(e.boughtBefore2019_10_01), e.note});
        }
        table.print(m_out, options.format);
        return ExitOk;
    }

    const QString argument = options.positional.at(2);
    if (action == u"remove") {
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const auto &e) { return e.id == argument; });
        if (it == all.end()) {
            return failure(tr("no licence \"%1\" in %2").arg(argument, path));
        }
        all.erase(it);
        if (Status stored = project.setProjectSetting(key, licensing::entitlementsToJson(all));
            !stored) {
            return failure(stored.error().toString());
        }
        m_out << tr("licence %1 removed").arg(argument) << '\n';
        return project.close() ? ExitOk : ExitFailed;
    }

    // import
    Result<std::vector<licensing::LicenceEntitlement>> read =
        licensing::readEntitlementsYaml(argument);
    if (!read) {
        return failure(read.error().toString());
    }
    QStringList ids;
    for (licensing::LicenceEntitlement &e : read.value()) {
        if (e.id.isEmpty()) {
            e.id = Project::newId();
        }
        ids << e.id;
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const auto &o) { return o.id == e.id; });
        if (it != all.end()) {
            *it = e;
        } else {
            all.push_back(e);
        }
    }
    if (Status stored = project.setProjectSetting(key, licensing::entitlementsToJson(all));
        !stored) {
        return failure(stored.error().toString());
    }
    for (const QString &id : std::as_const(ids)) {
        m_out << id << '\n';
    }
    return project.close() ? ExitOk : ExitFailed;
}

} // namespace boussole
