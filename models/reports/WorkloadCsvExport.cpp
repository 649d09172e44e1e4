#include "models/reports/WorkloadCsvExport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

} // namespace

QString csvField(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r')) {
        QString quoted = value;
        quoted.replace(u"\""_s, u"\"\""_s);
        return u'"' + quoted + u'"';
    }
    return value;
}

Status writeWorkloadsCsv(const std::vector<Workload> &workloads, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QCoreApplication::translate("Export", "cannot write the file: %1")
                         .arg(file.errorString()),
                     path};
    }
    const QStringList headers = {u"id"_s,          u"name"_s,        u"kind"_s,
                                 u"environment"_s, u"application"_s, u"vcpu"_s,
                                 u"memory_gib"_s,  u"storage_gib"_s, u"storage_used_gib"_s,
                                 u"gpu_count"_s,   u"gpu_model"_s,   u"os"_s,
                                 u"power_state"_s, u"template"_s,    u"criticality"_s,
                                 u"data_class"_s,  u"site"_s,        u"cluster"_s,
                                 u"cost_centre"_s, u"source_file"_s, u"source_location"_s};
    QByteArray out = "\xEF\xBB\xBF";
    out += headers.join(u',').toUtf8() + "\r\n";
    for (const Workload &w : workloads) {
        const QStringList row = {
            w.id,
            w.name,
            w.kind,
            w.environment,
            w.application,
            number(w.vcpu),
            number(w.memoryGib),
            number(w.storageGib),
            number(w.storageUsedGib),
            QString::number(w.gpuCount),
            w.gpuModel,
            w.osEdition.isEmpty() ? w.osFamily : w.osEdition,
            w.powerState,
            w.isTemplate ? u"true"_s : u"false"_s,
            w.criticality,
            w.dataClass,
            w.site,
            w.cluster,
            w.costCentre,
            w.sourceFile,
            w.sourceLocation,
        };
        QStringList escaped;
        escaped.reserve(row.size());
        for (const QString &value : row) {
            escaped << csvField(value);
        }
        out += escaped.join(u',').toUtf8() + "\r\n";
    }
    if (file.write(out) != out.size() || !file.commit()) {
        return Error{QCoreApplication::translate("Export", "cannot write the file: %1")
                         .arg(file.errorString()),
                     path};
    }
    return {};
}

} // namespace boussole
