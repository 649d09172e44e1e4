#include "models/demo/DemoCompliance.h"

#include "models/compliance/ComplianceStore.h"
#include "models/compliance/Framework.h"

#include <QCoreApplication>
#include <QFile>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace compliance;

Status addDemoAssessments(Project &project)
{
    const QString specPath = u":/demo/compliance.yaml"_s;
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("Demo", "the demo assessments are missing"),
                     specPath};
    }
    ComplianceStore store(project);
    try {
        const YAML::Node root = YAML::Load(file.readAll().toStdString());
        const auto text = [](const YAML::Node &node) {
            return node ? QString::fromStdString(node.as<std::string>()) : QString();
        };
        const QString author = text(root["author"]);
        for (const YAML::Node &entry : root["assessments"]) {
            Assessment value;
            value.framework = text(entry["framework"]);
            value.requirement = text(entry["item"]);
            const Framework *framework = findFramework(embeddedFrameworks(), value.framework);
            const auto status = assessmentStatusFromId(text(entry["status"]));
            if (!framework || !framework->item(value.requirement) || !status) {
                return Error{u"unknown framework, item or status"_s, specPath,
                             entry.Mark().line + 1};
            }
            value.status = *status;
            value.note = text(entry["note"]);
            if (Status s = store.setAssessment(value, author); !s) {
                return s;
            }
        }
        for (const YAML::Node &entry : root["evidence"]) {
            const QString path = u":/demo/"_s + text(entry["file"]);
            auto added =
                store.addEvidenceFile(text(entry["framework"]), text(entry["item"]), path, author);
            if (!added) {
                return added.error();
            }
        }
    } catch (const YAML::Exception &e) {
        return Error{QString::fromStdString(e.what()), specPath, e.mark.line + 1,
                     e.mark.column + 1};
    }
    return {};
}

} // namespace boussole
