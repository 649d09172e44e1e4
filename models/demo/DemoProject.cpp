#include "models/demo/DemoProject.h"

#include "models/costs/CostData.h"
#include "models/demo/DemoCompliance.h"
#include "models/importers/ImportService.h"
#include "models/licensing/Entitlements.h"
#include "models/migration/PlanStore.h"
#include "models/pricebook/PriceBook.h"
#include "models/scenarios/Scenario.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <map>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

const QString kDemoDir = u":/demo/"_s;

struct DemoSpec {
    QString name;
    QString client;
    QString sector;
    QString description;
    std::vector<std::pair<QString, QString>> imports;      // file, format
    std::vector<std::pair<QString, QDate>> milestones;     // contract end dates
    std::vector<std::pair<QString, QString>> dependencies; // workload names: from needs to
    struct ScenarioSpec {
        QString name;
        QString file;
        bool target = false;
    };
    std::vector<ScenarioSpec> scenarios;
    std::vector<QString> priceBooks; // files read as `pricebook import` reads them
    QString licences;                // file of licence entitlements
    QString onPremises;              // file with the on-premises cost model
};

Result<DemoSpec> readSpec()
{
    const QString specPath = kDemoDir + u"demo.yaml"_s;
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("Demo", "the demo description is missing"),
                     specPath};
    }
    // The file is ours and small; yaml-cpp exceptions still stop at this boundary.
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        auto text = [](const YAML::Node &node) {
            return node ? QString::fromStdString(node.as<std::string>()) : QString();
        };
        DemoSpec spec;
        spec.name = text(root["project"]["name"]);
        spec.client = text(root["project"]["client"]);
        spec.sector = text(root["project"]["sector"]);
        spec.description = text(root["project"]["description"]);
        for (const YAML::Node &entry : root["imports"]) {
            spec.imports.emplace_back(text(entry["file"]), text(entry["format"]));
        }
        for (const YAML::Node &entry : root["scenarios"]) {
            spec.scenarios.push_back({text(entry["name"]), text(entry["file"]),
                                      entry["target"] && entry["target"].as<bool>()});
        }
        for (const YAML::Node &entry : root["pricebooks"]) {
            spec.priceBooks.push_back(text(entry["file"]));
        }
        spec.licences = text(root["licences"]);
        spec.onPremises = text(root["on_premises"]);
        for (const YAML::Node &entry : root["dependencies"]) {
            spec.dependencies.emplace_back(text(entry["from"]), text(entry["to"]));
        }
        for (const YAML::Node &entry : root["milestones"]) {
            spec.milestones.emplace_back(text(entry["name"]),
                                         QDate::fromString(text(entry["date"]), Qt::ISODate));
        }
        return spec;
    } catch (const YAML::Exception &e) {
        return Error{QString::fromStdString(e.what()), specPath, e.mark.line + 1,
                     e.mark.column + 1};
    }
}

Status build(Project &project, const DemoSpec &spec)
{
    if (Status s = project.setClient(spec.client); !s) {
        return s;
    }
    if (Status s = project.setMeta(u"sector"_s, spec.sector); !s) {
        return s;
    }
    if (Status s = project.setMeta(u"description"_s, spec.description); !s) {
        return s;
    }
    for (const auto &[file, format] : spec.imports) {
        ImportOptions options;
        options.format = format;
        auto imported = importFile(project, kDemoDir + file, options);
        if (!imported) {
            return imported.error();
        }
    }
    for (const QString &file : spec.priceBooks) {
        Result<PriceBook> book = readPriceBook(kDemoDir + file);
        if (!book) {
            return book.error();
        }
        if (Status stored = storePriceBook(project, *book); !stored) {
            return stored;
        }
    }
    std::vector<scenarios::Scenario> list;
    for (const DemoSpec::ScenarioSpec &entry : spec.scenarios) {
        scenarios::Scenario scenario;
        scenario.id = Project::newId();
        scenario.name = entry.name;
        scenario.target = entry.target;
        if (Status read = scenarios::readDefinition(kDemoDir + entry.file, scenario); !read) {
            return read;
        }
        list.push_back(std::move(scenario));
    }
    if (!spec.onPremises.isEmpty()) {
        scenarios::Scenario ignored;
        scenarios::OnPremisesModel model;
        if (Status read = scenarios::readDefinition(kDemoDir + spec.onPremises, ignored, &model);
            !read) {
            return read;
        }
        if (Status stored = project.setProjectSetting(
                QString::fromLatin1(scenarios::kOnPremisesKey), scenarios::onPremisesToJson(model));
            !stored) {
            return stored;
        }
    }
    if (!list.empty()) {
        if (Status stored = project.setProjectSetting(QString::fromLatin1(scenarios::kSettingKey),
                                                      scenarios::scenariosToJson(list));
            !stored) {
            return stored;
        }
    }
    if (!spec.licences.isEmpty()) {
        Result<std::vector<licensing::LicenceEntitlement>> owned =
            licensing::readEntitlementsYaml(kDemoDir + spec.licences);
        if (!owned) {
            return owned.error();
        }
        for (licensing::LicenceEntitlement &e : owned.value()) {
            e.id = Project::newId();
        }
        if (Status stored =
                project.setProjectSetting(QString::fromLatin1(licensing::kEntitlementsKey),
                                          licensing::entitlementsToJson(owned.value()));
            !stored) {
            return stored;
        }
    }
    for (const auto &[name, date] : spec.milestones) {
        if (Status s = migration::addMilestone(project, {{}, name, date, u"contract"_s, {}}); !s) {
            return s;
        }
    }
    std::map<QString, QString> idOfName;
    for (const Workload &w : project.workloads()) {
        idOfName.emplace(w.name, w.id); // the first of a name
    }
    for (const auto &[from, to] : spec.dependencies) {
        if (!idOfName.count(from) || !idOfName.count(to)) {
            return Error(QCoreApplication::translate("Demo", "the demo has no workload %1")
                             .arg(idOfName.count(from) ? to : from));
        }
        if (Status s = migration::addDependency(project, {idOfName[from], idOfName[to], {}}); !s) {
            return s;
        }
    }
    // The plan, as a user would make it once the inventory and bills are in: automatic waves
    // from the first Monday of next month.
    Result<CostData> bills = CostData::load(project);
    const QDate nextMonth = QDate::currentDate().addMonths(1);
    QDate start(nextMonth.year(), nextMonth.month(), 1);
    start = start.addDays((8 - start.dayOfWeek()) % 7);
    if (Result<migration::Plan> plan =
            migration::replan(project, bills ? &bills.value() : nullptr, start);
        !plan) {
        return plan.error();
    }
    return addDemoAssessments(project);
}

} // namespace

Status createDemoProject(const QString &path)
{
    auto spec = readSpec();
    if (!spec) {
        return spec.error();
    }
    auto created = Project::create(path, spec->name);
    if (!created) {
        return created.error();
    }
    const Status status = build(*created.value(), spec.value());
    created.value()->close();
    if (!status) {
        QFile::remove(path);
    }
    return status;
}

} // namespace boussole
