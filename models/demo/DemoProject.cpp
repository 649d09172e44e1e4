#include "models/demo/DemoProject.h"

#include "models/demo/DemoCompliance.h"
#include "models/importers/ImportService.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

const QString kDemoDir = u":/demo/"_s;

struct DemoSpec {
    QString name;
    QString client;
    QString sector;
    QString description;
    std::vector<std::pair<QString, QString>> imports; // file, format
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
