#include "models/importers/InstanceTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr double kMaxVcpu = 4096;
constexpr double kMaxMemoryGib = 65536;
constexpr int kMaxGpus = 64;

Error yamlError(const QString &fileName, const YAML::Mark &mark, const QString &message)
{
    if (mark.is_null()) {
        return Error(message, fileName);
    }
    return Error(message, fileName, mark.line + 1, mark.column + 1);
}

QString text(const YAML::Node &node)
{
    if (!node || !node.IsScalar()) {
        return {};
    }
    return QString::fromStdString(node.Scalar()).trimmed();
}

std::optional<double> number(const YAML::Node &node)
{
    if (!node || !node.IsScalar()) {
        return std::nullopt;
    }
    bool ok = false;
    const double value = QString::fromStdString(node.Scalar()).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<bool> boolean(const YAML::Node &node)
{
    const QString value = text(node).toLower();
    if (value == u"true" || value == u"yes") {
        return true;
    }
    if (value == u"false" || value == u"no") {
        return false;
    }
    return std::nullopt;
}

Error expected(const QString &fileName, const YAML::Node &node, const QString &path,
               const QString &what)
{
    return yamlError(fileName, node.Mark(),
                     QCoreApplication::translate("Importer", "%1: expected %2").arg(path, what));
}

Result<std::map<QString, InstanceTypeSource>> readSources(const YAML::Node &node,
                                                          const QString &fileName)
{
    std::map<QString, InstanceTypeSource> sources;
    if (!node || !node.IsMap()) {
        return expected(fileName, node ? node : YAML::Node(), u"sources"_s,
                        QCoreApplication::translate("Importer", "a mapping of sources"));
    }
    for (const auto &entry : node) {
        InstanceTypeSource source;
        source.id = text(entry.first);
        const YAML::Node &value = entry.second;
        const QString path = u"sources."_s + source.id;
        if (!value.IsMap()) {
            return expected(fileName, value, path,
                            QCoreApplication::translate("Importer", "url, date and verified"));
        }
        source.url = text(value["url"]);
        source.date = text(value["date"]);
        const std::optional<bool> verified = boolean(value["verified"]);
        if (source.url.isEmpty() || source.date.isEmpty() || !verified) {
            return expected(fileName, value, path,
                            QCoreApplication::translate("Importer", "url, date and verified"));
        }
        source.verified = *verified;
        source.licence = text(value["licence"]);
        source.attribution = text(value["attribution"]);
        source.note = text(value["note"]);
        sources.emplace(source.id, source);
    }
    return sources;
}

// "custom-4-16384", "n2-custom-8-32768", "n2d-custom-4-8192-ext": vCPU and MiB in the name.
std::optional<InstanceType> gcpCustom(const QString &name)
{
    static const QRegularExpression pattern(
        u"^(?:([a-z0-9]+)-)?custom-(\\d{1,4})-(\\d{1,8})(?:-ext)?$"_s);
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    InstanceType type;
    type.provider = u"gcp"_s;
    type.name = name;
    type.vcpu = match.captured(2).toDouble();
    type.memoryGib = match.captured(3).toDouble() / 1024.0;
    type.arch = u"x86_64"_s;
    InstanceTypeSource source;
    source.id = u"name"_s;
    source.url =
        u"https://cloud.google.com/compute/docs/instances/creating-instance-with-custom-machine-type"_s;
    source.date = u"2026-11-29"_s;
    source.verified = true;
    source.note = u"custom machine type: vCPU and memory (MiB) are part of its name"_s;
    type.sources.push_back(source);
    if (type.vcpu <= 0 || type.memoryGib <= 0) {
        return std::nullopt;
    }
    return type;
}

} // namespace

bool InstanceType::verified() const
{
    return !sources.empty() &&
           std::all_of(sources.begin(), sources.end(),
                       [](const InstanceTypeSource &source) { return source.verified; });
}

QString InstanceType::sourceUrls() const
{
    QStringList urls;
    for (const InstanceTypeSource &source : sources) {
        urls.append(source.url);
    }
    return urls.join(u" + "_s);
}

QString InstanceType::date() const
{
    QString latest;
    for (const InstanceTypeSource &source : sources) {
        latest = std::max(latest, source.date);
    }
    return latest;
}

QString InstanceTypes::key(QStringView provider, QStringView name)
{
    return provider.toString().toLower() + u'/' + name.toString().toLower();
}

Result<InstanceTypes> InstanceTypes::fromYaml(QByteArrayView yaml, const QString &fileName)
{
    // yaml-cpp reports errors by exception; none may leave this function.
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.data(), std::size_t(yaml.size())));
        if (!root || !root.IsMap()) {
            return yamlError(
                fileName, root ? root.Mark() : YAML::Mark::null_mark(),
                QCoreApplication::translate(
                    "Importer", "expected a mapping with \"provider\", \"sources\" and \"types\""));
        }
        const QString provider = text(root["provider"]).toLower();
        if (provider.isEmpty()) {
            return yamlError(
                fileName, root.Mark(),
                QCoreApplication::translate(
                    "Importer", "expected a mapping with \"provider\", \"sources\" and \"types\""));
        }
        Result<std::map<QString, InstanceTypeSource>> sources =
            readSources(root["sources"], fileName);
        if (!sources) {
            return sources.error();
        }
        const YAML::Node types = root["types"];
        if (!types || !types.IsMap()) {
            return expected(fileName, types ? types : root, u"types"_s,
                            QCoreApplication::translate("Importer", "a mapping of instance types"));
        }

        InstanceTypes table;
        for (const auto &entry : types) {
            InstanceType type;
            type.provider = provider;
            type.name = text(entry.first);
            const YAML::Node &value = entry.second;
            const QString path = u"types."_s + type.name;
            if (!value.IsMap()) {
                return expected(
                    fileName, value, path,
                    QCoreApplication::translate("Importer", "vcpu, memory_gib, arch and source"));
            }
            const std::optional<double> vcpu = number(value["vcpu"]);
            if (!vcpu || *vcpu <= 0 || *vcpu > kMaxVcpu) {
                return expected(fileName, value["vcpu"] ? value["vcpu"] : value, path + u".vcpu"_s,
                                QCoreApplication::translate("Importer", "a number of vCPUs"));
            }
            const std::optional<double> memory = number(value["memory_gib"]);
            if (!memory || *memory <= 0 || *memory > kMaxMemoryGib) {
                return expected(fileName, value["memory_gib"] ? value["memory_gib"] : value,
                                path + u".memory_gib"_s,
                                QCoreApplication::translate("Importer", "an amount of memory"));
            }
            type.vcpu = *vcpu;
            type.memoryGib = *memory;
            if (value["gpu_count"]) {
                const std::optional<double> gpus = number(value["gpu_count"]);
                if (!gpus || *gpus < 0 || *gpus > kMaxGpus || *gpus != std::floor(*gpus)) {
                    return expected(fileName, value["gpu_count"], path + u".gpu_count"_s,
                                    QCoreApplication::translate("Importer", "a number of GPUs"));
                }
                type.gpuCount = int(*gpus);
            }
            type.gpuModel = text(value["gpu_model"]);
            type.arch = text(value["arch"]);
            if (type.arch != u"x86_64" && type.arch != u"arm64") {
                return expected(fileName, value["arch"] ? value["arch"] : value, path + u".arch"_s,
                                u"x86_64, arm64"_s);
            }
            const YAML::Node source = value["source"];
            QStringList ids;
            if (source && source.IsSequence()) {
                for (const auto &item : source) {
                    ids.append(text(item));
                }
            } else {
                ids.append(text(source));
            }
            for (const QString &id : ids) {
                const auto found = sources->find(id);
                if (found == sources->end()) {
                    return yamlError(
                        fileName, source ? source.Mark() : value.Mark(),
                        QCoreApplication::translate("Importer", "%1: unknown source \"%2\"")
                            .arg(path + u".source"_s, id));
                }
                type.sources.push_back(found->second);
            }
            const QString k = key(provider, type.name);
            if (table.m_index.contains(k)) {
                return yamlError(
                    fileName, entry.first.Mark(),
                    QCoreApplication::translate("Importer", "%1: listed twice").arg(path));
            }
            table.m_index.insert(k, qsizetype(table.m_types.size()));
            table.m_types.push_back(std::move(type));
        }
        return table;
    } catch (const YAML::Exception &e) {
        return yamlError(fileName, e.mark, QString::fromStdString(e.msg));
    } catch (const std::exception &e) {
        return Error(QString::fromLocal8Bit(e.what()), fileName);
    }
}

Result<InstanceTypes> InstanceTypes::loadEmbedded()
{
    InstanceTypes all;
    for (const QString &provider : {u"aws"_s, u"azure"_s, u"gcp"_s}) {
        QFile file(u":/instance-types/%1.yaml"_s.arg(provider));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(QCoreApplication::translate("Importer", "cannot open %1: %2")
                             .arg(file.fileName(), file.errorString()));
        }
        Result<InstanceTypes> table = fromYaml(file.readAll(), file.fileName());
        if (!table) {
            return table.error();
        }
        all.merge(table.value());
    }
    return all;
}

Result<std::shared_ptr<const InstanceTypes>> InstanceTypes::embedded()
{
    // Immutable data loaded once (thread-safe initialisation), not a mutable singleton.
    static const Result<std::shared_ptr<const InstanceTypes>> cached =
        []() -> Result<std::shared_ptr<const InstanceTypes>> {
        Result<InstanceTypes> loaded = loadEmbedded();
        if (!loaded) {
            return loaded.error();
        }
        return std::shared_ptr<const InstanceTypes>(
            std::make_shared<InstanceTypes>(std::move(loaded).value()));
    }();
    return cached;
}

void InstanceTypes::merge(const InstanceTypes &other)
{
    for (const InstanceType &type : other.m_types) {
        const QString k = key(type.provider, type.name);
        if (auto it = m_index.constFind(k); it != m_index.constEnd()) {
            m_types[std::size_t(it.value())] = type;
        } else {
            m_index.insert(k, qsizetype(m_types.size()));
            m_types.push_back(type);
        }
    }
}

std::optional<InstanceType> InstanceTypes::find(QStringView provider, QStringView name) const
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    if (auto it = m_index.constFind(key(provider, trimmed)); it != m_index.constEnd()) {
        return m_types[std::size_t(it.value())];
    }
    const QString lowerProvider = provider.toString().toLower();
    if (lowerProvider == u"azure" && !trimmed.startsWith(u"standard_", Qt::CaseInsensitive)) {
        if (auto it =
                m_index.constFind(key(provider, QString(u"standard_"_s + trimmed.toString())));
            it != m_index.constEnd()) {
            return m_types[std::size_t(it.value())];
        }
    }
    if (lowerProvider == u"gcp") {
        return gcpCustom(trimmed.toString().toLower());
    }
    return std::nullopt;
}

QStringList InstanceTypes::providers() const
{
    QStringList providers;
    for (const InstanceType &type : m_types) {
        if (!providers.contains(type.provider)) {
            providers.append(type.provider);
        }
    }
    return providers;
}

} // namespace boussole
