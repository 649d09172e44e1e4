#include "models/importers/ComposeImporter.h"

#include "models/importers/Normalise.h"
#include "models/importers/io/YamlLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr double kBytesPerGib = 1024.0 * 1024.0 * 1024.0;
constexpr qint64 kMaxReplicas = 1'000'000;

// `${VAR:-default}` and `${VAR-default}` become their default, `$$` a dollar; nothing when a
// variable has no default (its value would come from the environment or an env file, which
// Boussole does not read).
std::optional<QString> withDefaults(const QString &text)
{
    static const QRegularExpression variable(
        uR"(\$\$|\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*)"_s);
    QString result;
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = variable.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.append(QStringView(text).sliced(done, match.capturedStart() - done));
        if (match.captured() == u"$$") {
            result += u'$';
        } else if (match.capturedStart(1) >= 0) {
            result += match.captured(1);
        } else {
            return std::nullopt;
        }
        done = match.capturedEnd();
    }
    result.append(QStringView(text).sliced(done));
    return result;
}

class ProjectReader {
public:
    ProjectReader(const ImportContext &context, QString project, ImportOutcome &outcome)
        : m_context(context), m_project(std::move(project)), m_outcome(outcome)
    {
    }

    Status readService(const QString &name, const YamlValue &service);
    Status readVolumes(const YamlValue &volumes);
    void finish();

private:
    enum class Size { Cpus, Memory };

    QString naturalKey(const QString &type, const QString &name) const
    {
        return (m_project.isEmpty() ? QString() : m_project + u'/') + type + u'/' + name;
    }
    void warn(const YamlValue &at, const QString &message)
    {
        m_outcome.warnings.push_back(ImportWarning{message, at.line(), at.column(), at.path()});
    }
    // The first of values that is set, read as a size; unknown when none is (or when it is a
    // variable without a default).
    Result<std::optional<double>> firstSize(std::initializer_list<YamlValue> values, Size size);
    Result<std::optional<double>> quotaCpus(const YamlValue &service);
    Result<int> gpus(const YamlValue &service);
    Status readMounts(const QString &service, const YamlValue &volumes);

    const ImportContext &m_context;
    QString m_project;
    ImportOutcome &m_outcome;
    int m_unsized = 0;
    // Named volumes in order: declared ones first, then those only mounted.
    std::vector<QString> m_volumeOrder;
    std::map<QString, Workload> m_volumes;
};

Result<std::optional<double>> ProjectReader::firstSize(std::initializer_list<YamlValue> values,
                                                       Size size)
{
    for (const YamlValue &value : values) {
        if (value.isNull()) {
            continue;
        }
        QString text = value.text().trimmed();
        if (value.isScalar() && text.contains(u'$')) {
            const std::optional<QString> resolved = withDefaults(text);
            if (!resolved) {
                warn(value, QCoreApplication::translate(
                                "Importer",
                                "%1: \"%2\" uses a variable without a default; the size is unknown")
                                .arg(value.path(), text));
                return std::optional<double>();
            }
            text = resolved->trimmed();
        }
        std::optional<double> parsed;
        if (value.isScalar()) {
            if (size == Size::Cpus) {
                bool ok = false;
                const double cpus = text.toDouble(&ok);
                parsed = ok ? std::optional<double>(cpus) : std::nullopt;
            } else {
                const std::optional<double> bytes = parseDockerBytes(text);
                parsed = bytes ? std::optional<double>(*bytes / kBytesPerGib) : std::nullopt;
            }
        }
        if (!parsed || *parsed < 0 || !std::isfinite(*parsed)) {
            return value.error(
                (size == Size::Cpus
                     ? QCoreApplication::translate(
                           "Importer", "expected a number of CPUs such as 0.5 or 2, found %1")
                     : QCoreApplication::translate(
                           "Importer", "expected a memory size such as 512m or 1g, found %1"))
                    .arg(value.describe()));
        }
        return parsed;
    }
    return std::optional<double>();
}

// v2's cpu_quota / cpu_period (microseconds; the period defaults to 100 ms).
Result<std::optional<double>> ProjectReader::quotaCpus(const YamlValue &service)
{
    const YamlValue quota = service.get("cpu_quota");
    if (quota.isNull()) {
        return std::optional<double>();
    }
    Result<std::optional<qint64>> microseconds = quota.integer();
    if (!microseconds || microseconds.value().value_or(0) <= 0) {
        return quota.error(
            QCoreApplication::translate(
                "Importer", "expected a CPU quota in microseconds such as 50000, found %1")
                .arg(quota.describe()));
    }
    const YamlValue period = service.get("cpu_period");
    Result<std::optional<qint64>> periodMicroseconds = period.integer();
    if (!periodMicroseconds || periodMicroseconds.value().value_or(1) <= 0) {
        return period.error(
            QCoreApplication::translate(
                "Importer", "expected a CPU period in microseconds such as 100000, found %1")
                .arg(period.describe()));
    }
    return std::optional<double>(double(*microseconds.value()) /
                                 double(periodMicroseconds.value().value_or(100000)));
}

Result<int> ProjectReader::gpus(const YamlValue &service)
{
    int count = 0;
    auto readCount = [](const YamlValue &device) -> Result<int> {
        const YamlValue countValue = device.get("count");
        if (countValue.text().compare(u"all"_s, Qt::CaseInsensitive) == 0) {
            return 1; // every GPU of the host, however many: at least one
        }
        Result<std::optional<qint64>> n = countValue.integer();
        if (!n || n.value().value_or(0) < 0) {
            return countValue.error(
                QCoreApplication::translate("Importer",
                                            "expected a number of GPUs or \"all\", found %1")
                    .arg(countValue.describe()));
        }
        if (n.value()) {
            return int(*n.value());
        }
        const qsizetype ids = device.get("device_ids").size();
        return ids > 0 ? int(ids) : 1;
    };
    for (const YamlValue &device :
         service.get({"deploy", "resources", "reservations", "devices"}).items()) {
        Result<QStringList> capabilities = device.get("capabilities").stringList();
        if (!capabilities) {
            return capabilities.error();
        }
        if (!capabilities.value().contains(u"gpu"_s) && device.get("driver").text() != u"nvidia") {
            continue;
        }
        Result<int> n = readCount(device);
        if (!n) {
            return n.error();
        }
        count += n.value();
    }
    const YamlValue gpusValue = service.get("gpus");
    if (count == 0 && gpusValue.isScalar()) {
        count = 1; // gpus: all
    }
    for (const YamlValue &device : gpusValue.items()) {
        Result<int> n = readCount(device);
        if (!n) {
            return n.error();
        }
        count += n.value();
    }
    if (count == 0 && service.get("runtime").text() == u"nvidia") {
        count = 1;
    }
    return count;
}

Status ProjectReader::readMounts(const QString &service, const YamlValue &volumes)
{
    if (!volumes.isNull() && !volumes.isSequence()) {
        return volumes.error(
            QCoreApplication::translate("Importer", "expected a list of volumes, found %1")
                .arg(volumes.describe()));
    }
    for (const YamlValue &mount : volumes.items()) {
        QString source;
        if (mount.isScalar()) {
            const QStringList parts = mount.text().split(u':');
            source = parts.size() > 1 ? parts.first() : QString(); // "/data" alone: anonymous
        } else if (mount.isMap()) {
            if (mount.get("type").text() == u"volume") {
                source = mount.get("source").text();
            }
        } else {
            return mount.error(
                QCoreApplication::translate(
                    "Importer", "expected a volume such as data:/var/lib/data, found %1")
                    .arg(mount.describe()));
        }
        source = source.trimmed();
        // Bind mounts are paths: /srv, ./config, ~/data, ${PWD}/x, C:\data.
        if (source.isEmpty() || source.startsWith(u'/') || source.startsWith(u'.') ||
            source.startsWith(u'~') || source.startsWith(u'$') || source.contains(u'/') ||
            source.contains(u'\\')) {
            continue;
        }
        auto it = m_volumes.find(source);
        if (it == m_volumes.end()) {
            warn(mount, QCoreApplication::translate(
                            "Importer",
                            "%1: volume \"%2\" is not declared in the top-level volumes section")
                            .arg(mount.path(), source));
            Workload volume;
            volume.name = source;
            volume.kind = u"storage"_s;
            volume.naturalKey = naturalKey(u"volume"_s, source);
            volume.application = m_project;
            volume.environment = environmentFromName(m_project);
            volume.sourceFile = m_context.fileName;
            volume.sourceLocation = mount.path();
            it = m_volumes.emplace(source, std::move(volume)).first;
            m_volumeOrder.push_back(source);
        }
        QStringList users =
            it->second.tags.value(u"used_by"_s).toString().split(u',', Qt::SkipEmptyParts);
        if (!users.contains(service)) {
            users.append(service);
            it->second.tags.insert(u"used_by"_s, users.join(u','));
        }
    }
    return {};
}

Status ProjectReader::readVolumes(const YamlValue &volumes)
{
    if (!volumes.isNull() && !volumes.isMap()) {
        return volumes.error(
            QCoreApplication::translate("Importer", "expected a mapping of named volumes, found %1")
                .arg(volumes.describe()));
    }
    for (const YamlEntry &entry : volumes.entries()) {
        if (entry.key.startsWith(u"x-")) {
            continue;
        }
        Workload volume;
        volume.name = entry.key;
        volume.kind = u"storage"_s;
        volume.naturalKey = naturalKey(u"volume"_s, entry.key);
        volume.application = m_project;
        volume.environment = environmentFromName(m_project);
        volume.sourceFile = m_context.fileName;
        volume.sourceLocation = entry.value.path();
        const QString driver = entry.value.get("driver").text().trimmed();
        if (!driver.isEmpty()) {
            volume.tags.insert(u"driver"_s, driver);
        }
        const YamlValue external = entry.value.get("external");
        Result<std::optional<bool>> isExternal =
            external.isMap() ? std::optional<bool>(true) : external.boolean();
        if (!isExternal) {
            return isExternal.error();
        }
        if (isExternal.value().value_or(false)) {
            volume.tags.insert(u"external"_s, true);
        }
        m_volumeOrder.push_back(entry.key);
        m_volumes.insert_or_assign(entry.key, std::move(volume));
    }
    return {};
}

Status ProjectReader::readService(const QString &name, const YamlValue &service)
{
    if (!service.isMap()) {
        return service.error(
            QCoreApplication::translate(
                "Importer", "expected a service definition such as image: nginx, found %1")
                .arg(service.describe()));
    }
    Workload w;
    w.name = name;
    w.kind = u"container"_s;
    w.naturalKey = naturalKey(u"service"_s, name);
    w.powerState = u"on"_s;
    w.application = m_project;
    w.environment = environmentFromName(m_project);
    if (w.environment.isEmpty()) {
        w.environment = environmentFromName(name);
    }
    w.sourceFile = m_context.fileName;
    w.sourceLocation = service.path();

    const YamlValue image = service.get("image");
    if (!image.isNull() && !image.isScalar()) {
        return image.error(QCoreApplication::translate(
                               "Importer", "expected an image such as nginx:1.27, found %1")
                               .arg(image.describe()));
    }
    if (!image.text().trimmed().isEmpty()) {
        w.tags.insert(u"image"_s, image.text().trimmed());
    } else {
        const YamlValue build = service.get("build");
        const QString context = build.isMap() ? build.get("context").text() : build.text();
        if (!context.trimmed().isEmpty()) {
            w.tags.insert(u"build"_s, context.trimmed());
        }
    }

    const YamlValue deploy = service.get("deploy");
    qint64 replicas = 1;
    for (const YamlValue &value : {deploy.get("replicas"), service.get("scale")}) {
        if (value.isNull()) {
            continue;
        }
        Result<std::optional<qint64>> n = value.integer();
        if (!n || *n.value() < 0 || *n.value() > kMaxReplicas) {
            return value.error(
                QCoreApplication::translate("Importer",
                                            "expected a number of replicas (0 or more), found %1")
                    .arg(value.describe()));
        }
        replicas = *n.value();
        break;
    }
    if (deploy.get("mode").text() == u"global") {
        replicas = 1;
        warn(deploy.get("mode"),
             QCoreApplication::translate(
                 "Importer", "%1: service \"%2\" runs one container on every node of the "
                             "swarm; counted as one replica")
                 .arg(deploy.get("mode").path(), name));
    }
    if (replicas == 0) {
        w.powerState = u"off"_s;
    }
    if (replicas != 1) {
        w.tags.insert(u"replicas"_s, replicas);
    }
    const double sized = double(std::max<qint64>(replicas, 1));

    const YamlValue limits = deploy.get({"resources", "limits"});
    const YamlValue reservations = deploy.get({"resources", "reservations"});
    Result<std::optional<double>> quota = quotaCpus(service);
    if (!quota) {
        return quota.error();
    }
    Result<std::optional<double>> cpus =
        firstSize({limits.get("cpus"), service.get("cpus")}, Size::Cpus);
    if (!cpus) {
        return cpus.error();
    }
    std::optional<double> vcpu = cpus.value() ? cpus.value() : quota.value();
    if (!vcpu) {
        Result<std::optional<double>> fallback =
            firstSize({service.get("cpu_count"), reservations.get("cpus")}, Size::Cpus);
        if (!fallback) {
            return fallback.error();
        }
        vcpu = fallback.value();
    }
    Result<std::optional<double>> memory =
        firstSize({limits.get("memory"), service.get("mem_limit"), reservations.get("memory"),
                   service.get("mem_reservation")},
                  Size::Memory);
    if (!memory) {
        return memory.error();
    }
    if (vcpu) {
        w.vcpu = *vcpu * sized;
    }
    if (memory.value()) {
        w.memoryGib = *memory.value() * sized;
    }
    if (!w.vcpu || !w.memoryGib) {
        ++m_unsized;
    }
    Result<int> gpuCount = gpus(service);
    if (!gpuCount) {
        return gpuCount.error();
    }
    w.gpuCount = int(gpuCount.value() * sized);

    // depends_on: a list of names, or a mapping of name -> condition.
    const YamlValue dependsOn = service.get("depends_on");
    QStringList dependencies;
    if (dependsOn.isMap()) {
        for (const YamlEntry &entry : dependsOn.entries()) {
            dependencies.append(entry.key);
        }
    } else {
        Result<QStringList> list = dependsOn.stringList();
        if (!list) {
            return list.error();
        }
        dependencies = list.value();
    }
    if (!dependencies.isEmpty()) {
        w.tags.insert(u"depends_on"_s, dependencies.join(u','));
    }
    Result<QStringList> profiles = service.get("profiles").stringList();
    if (!profiles) {
        return profiles.error();
    }
    if (!profiles.value().isEmpty()) {
        w.tags.insert(u"profiles"_s, profiles.value().join(u','));
    }
    QStringList devices;
    for (const YamlValue &device : service.get("devices").items()) {
        const QString host =
            device.isMap() ? device.get("source").text() : device.text().section(u':', 0, 0);
        if (!host.trimmed().isEmpty()) {
            devices.append(host.trimmed());
        }
    }
    if (!devices.isEmpty()) {
        w.tags.insert(u"devices"_s, devices.join(u','));
    }
    for (std::string_view key : {"network_mode", "container_name"}) {
        const QString value = service.get(key).text().trimmed();
        if (!value.isEmpty()) {
            w.tags.insert(QString::fromLatin1(key.data(), qsizetype(key.size())), value);
        }
    }
    Result<std::optional<bool>> privileged = service.get("privileged").boolean();
    if (!privileged) {
        return privileged.error();
    }
    if (privileged.value().value_or(false)) {
        w.tags.insert(u"privileged"_s, true);
    }
    if (Status mounts = readMounts(name, service.get("volumes")); !mounts) {
        return mounts;
    }
    return m_context.add(m_outcome, std::move(w));
}

void ProjectReader::finish()
{
    for (const QString &name : m_volumeOrder) {
        m_outcome.workloads.push_back(std::move(m_volumes.at(name)));
    }
    if (m_unsized > 0) {
        m_outcome.warnings.push_back(ImportWarning{
            QCoreApplication::translate(
                "Importer",
                "%n service(s) have no CPU or memory limit: sizing will need utilisation data",
                nullptr, m_unsized),
            0,
            0,
            {}});
    }
}

// The folder holding the file the device reads, when it is a file.
QString folderOf(const QIODevice &device)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    if (!file || file->fileName().isEmpty()) {
        return {};
    }
    return QFileInfo(file->fileName()).absoluteDir().dirName();
}

} // namespace

std::optional<double> parseDockerBytes(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    while (i < text.size() && text[i].isDigit()) {
        ++i;
    }
    if (i == 0) {
        return std::nullopt;
    }
    if (i < text.size() && text[i] == u'.') {
        const qsizetype dot = ++i;
        while (i < text.size() && text[i].isDigit()) {
            ++i;
        }
        if (i == dot) {
            return std::nullopt;
        }
    }
    bool ok = false;
    const double number = text.first(i).toDouble(&ok);
    if (!ok) {
        return std::nullopt;
    }
    QStringView unit = text.sliced(i);
    if (unit.startsWith(u' ')) {
        unit = unit.sliced(1);
    }
    double factor = 1;
    static constexpr char16_t kUnits[] = u"kmgtp";
    if (!unit.isEmpty()) {
        const qsizetype power = QStringView(kUnits).indexOf(unit.front().toLower());
        if (power >= 0) {
            factor = std::pow(1024.0, double(power + 1));
            unit = unit.sliced(1);
            if (unit.startsWith(u'i', Qt::CaseInsensitive)) {
                unit = unit.sliced(1);
            }
        }
    }
    if (unit.compare(u"b", Qt::CaseInsensitive) == 0) {
        unit = {};
    }
    if (!unit.isEmpty()) {
        return std::nullopt;
    }
    return number * factor;
}

QString ComposeImporter::projectNameFromFolder(QStringView folder)
{
    QString name;
    for (QChar c : folder.toString().toLower()) {
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (alnum || (!name.isEmpty() && (c == u'_' || c == u'-'))) {
            name.append(c);
        }
    }
    return name;
}

QString ComposeImporter::formatId() const
{
    return u"compose"_s;
}

QString ComposeImporter::displayName() const
{
    return QCoreApplication::translate("Importer", "Docker Compose file");
}

int ComposeImporter::sniff(QByteArrayView head, const QString &fileName) const
{
    const std::optional<std::vector<YamlHeadKey>> keys = scanYamlHead(head);
    if (!keys) {
        return 0;
    }
    bool services = false;
    for (const YamlHeadKey &key : *keys) {
        if (key.indent == 0 && (key.key == "apiVersion" || key.key == "kind")) {
            return 0; // a Kubernetes object (Kompose output, a CRD) has services too
        }
        services = services || (key.indent == 0 && key.key == "services");
    }
    static const QRegularExpression composeName(uR"(^(docker-)?compose([.-].*)?\.ya?ml$)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    const bool named = composeName.match(QFileInfo(fileName).fileName()).hasMatch();
    if (services) {
        return named ? 95 : 85;
    }
    return named ? 30 : 0;
}

Result<ImportOutcome> ComposeImporter::read(QIODevice &device, const ImportContext &context) const
{
    ImportOutcome outcome;
    YamlReader reader(device, context.fileName, YamlLimits(),
                      [&](qint64 bytes) { return context.reportProgress(bytes, 0); });
    YamlDocument document; // the first one with content
    YamlDocument next;
    for (;;) {
        Result<bool> more = reader.next(next);
        if (!more) {
            return reader.wasCancelled() ? context.cancelled() : more.error();
        }
        if (!more.value()) {
            break;
        }
        if (next.isEmpty()) {
            continue; // a leading "---", comments only
        }
        if (document.isEmpty()) {
            document = next;
            continue;
        }
        outcome.warnings.push_back(ImportWarning{
            QCoreApplication::translate(
                "Importer", "document %1 is ignored: a Compose file is one YAML document")
                .arg(next.index()),
            next.line(),
            0,
            {}});
        break;
    }
    const YamlValue root = document.root();
    if (!root.exists()) {
        return context.error(QCoreApplication::translate("Importer", "the file is empty"));
    }
    if (!root.isMap()) {
        return root.error(
            QCoreApplication::translate(
                "Importer", "expected a Compose file (a mapping with a services section), found %1")
                .arg(root.describe()));
    }
    const YamlValue services = root.get("services");
    if (!services.exists()) {
        return root.error(QCoreApplication::translate(
            "Importer", "no services section: expected \"services:\" at the top level "
                        "(Compose files of version 1, without it, are not supported)"));
    }
    if (!services.isNull() && !services.isMap()) {
        return services.error(
            QCoreApplication::translate("Importer", "expected a mapping of services, found %1")
                .arg(services.describe()));
    }

    const YamlValue nameValue = root.get("name");
    QString project = nameValue.text().trimmed();
    if (project.contains(u'$')) {
        project = withDefaults(project).value_or(QString()).trimmed();
    }
    if (project.isEmpty()) {
        project = ComposeImporter::projectNameFromFolder(folderOf(device));
    }

    ProjectReader compose(context, project, outcome);
    if (Status volumes = compose.readVolumes(root.get("volumes")); !volumes) {
        return volumes.error();
    }
    for (const YamlEntry &entry : services.entries()) {
        ++outcome.rowsRead;
        Status status = compose.readService(entry.key, entry.value);
        if (!status) {
            if (!context.options.skipBadRows) {
                return status.error();
            }
            ++outcome.rowsSkipped;
            const Error &e = status.error();
            outcome.warnings.push_back(ImportWarning{
                QCoreApplication::translate("Importer", "service skipped: %1").arg(e.message),
                e.line, e.column, e.path});
        }
    }
    compose.finish();
    if (!context.reportProgress(reader.bytesRead(), outcome.rowsRead)) {
        return context.cancelled();
    }
    return outcome;
}

} // namespace boussole
