#include "models/importers/KubernetesImporter.h"

#include "models/importers/TabularRows.h"

#include "models/importers/Normalise.h"
#include "models/importers/io/YamlLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr double kBytesPerGib = 1024.0 * 1024.0 * 1024.0;
constexpr int kListedNames = 10;
constexpr qint64 kMaxReplicas = 1'000'000;

// Kinds this importer turns into workloads; objects they own are not counted twice.
const QStringList &controllerKinds()
{
    static const QStringList kinds = {u"Deployment"_s, u"StatefulSet"_s,           u"DaemonSet"_s,
                                      u"ReplicaSet"_s, u"ReplicationController"_s, u"Job"_s,
                                      u"CronJob"_s};
    return kinds;
}

constexpr std::string_view kGpuResources[] = {"nvidia.com/gpu", "amd.com/gpu",
                                              "gpu.intel.com/i915"};
constexpr std::string_view kGpuModelLabels[] = {"nvidia.com/gpu.product",
                                                "cloud.google.com/gke-accelerator", "accelerator"};

enum class Resource { Cpu, Memory, Storage, Gpu };

// max() where unknown stays unknown only when both are.
std::optional<double> larger(std::optional<double> a, std::optional<double> b)
{
    if (a && b) {
        return std::max(*a, *b);
    }
    return a ? a : b;
}

std::optional<double> plus(std::optional<double> a, std::optional<double> b)
{
    if (a && b) {
        return *a + *b;
    }
    return a ? a : b;
}

// What one container asks for.
struct ContainerSize {
    std::optional<double> cpu;    // cores
    std::optional<double> memory; // bytes
    double gpus = 0;
};

// The app containers' sum, and how many of them left a resource unstated.
struct PodSize {
    std::optional<double> cpu;
    std::optional<double> memory;
    double gpus = 0;
    int cpuMissing = 0;
    int memoryMissing = 0;
    QStringList images;

    void add(const ContainerSize &c)
    {
        cpu = plus(cpu, c.cpu);
        memory = plus(memory, c.memory);
        gpus += c.gpus;
        cpuMissing += c.cpu ? 0 : 1;
        memoryMissing += c.memory ? 0 : 1;
    }
};

// One workload on its way out, with what the summaries need to know about it: objects owned by
// another one in the file, and claims a StatefulSet made, are only dropped at the end.
struct Entry {
    Workload workload;
    QStringList owners; // "namespace/Kind/name" of the controllers that own it
    QString claimKey;   // "namespace/name" of a PersistentVolumeClaim
    int line = 0;
    int cpuLimitOnly = 0; // containers sized by their limit
    int memoryLimitOnly = 0;
    bool isDaemonSet = false;
    bool partial = false; // some containers state no CPU or memory
    std::vector<ImportWarning> warnings;
    QHash<QString, QString> podLabels; // the pod template's labels, which Services select
    QStringList references;            // env values, args and commands of its containers
};

// A Service: which pods it selects, so that workloads naming it depend on those pods' workload.
struct ServiceDef {
    QString ns;
    QString name;
    QHash<QString, QString> selector;
};

struct Autoscaler {
    QString targetKey; // "namespace/Kind/name"
    qint64 minReplicas = 1;
    qint64 maxReplicas = 0;
};

class ManifestReader {
public:
    explicit ManifestReader(const ImportContext &context) : m_context(context) {}

    Status readDocument(const YamlDocument &document, ImportOutcome &outcome);
    void finish(ImportOutcome &outcome);

private:
    Status readObject(const YamlValue &object, const QString &location, ImportOutcome &outcome);
    Status readPodController(const YamlValue &object, const QString &kind, Entry &entry);
    Status readClaim(const YamlValue &object, Entry &entry);
    Status readAutoscaler(const YamlValue &object, const QString &ns);
    Result<std::optional<double>> quantity(const YamlValue &value, Resource resource,
                                           Entry &entry) const;
    Result<ContainerSize> containerSize(const YamlValue &container, Entry &entry) const;
    void describeObject(const YamlValue &object, const YamlValue &templateMeta, Entry &entry) const;

    const ImportContext &m_context;
    std::vector<Entry> m_entries;
    std::vector<Autoscaler> m_autoscalers;
    QSet<QString> m_controllers; // every controller seen, kept or not
    QStringList m_claimPrefixes; // "namespace/TEMPLATE-STATEFULSET-"
    QStringList m_skippedKinds;  // in order of first appearance
    QHash<QString, int> m_skippedCount;
    std::vector<ServiceDef> m_services;
    // Workloads calling a Service of their namespace depend on the workload behind it.
    void inferServiceDependencies();
};

Status ManifestReader::readDocument(const YamlDocument &document, ImportOutcome &outcome)
{
    if (document.isEmpty()) {
        return {}; // Helm's empty templates, a trailing "---"
    }
    const YamlValue root = document.root();
    const QString location =
        QCoreApplication::translate("Importer", "document %1").arg(document.index());
    if (!root.isMap()) {
        return root.error(QCoreApplication::translate(
                              "Importer",
                              "document %1 is not a Kubernetes object: expected a mapping with "
                              "apiVersion and kind, found %2")
                              .arg(document.index())
                              .arg(root.describe()));
    }
    const QString kind = root.get("kind").text();
    const YamlValue items = root.get("items");
    if (kind.endsWith(u"List") && (items.isSequence() || items.isNull())) {
        for (const YamlValue &item : items.items()) {
            if (item.isNull()) {
                continue;
            }
            if (Status status = readObject(item, location + u", "_s + item.path(), outcome);
                !status) {
                return status;
            }
        }
        return {};
    }
    return readObject(root, location, outcome);
}

Status ManifestReader::readObject(const YamlValue &object, const QString &location,
                                  ImportOutcome &outcome)
{
    ++outcome.rowsRead;
    auto build = [&]() -> Status {
        if (!object.isMap()) {
            return object.error(QCoreApplication::translate(
                                    "Importer",
                                    "expected a Kubernetes object (a mapping with apiVersion and "
                                    "kind), found %1")
                                    .arg(object.describe()));
        }
        const YamlValue kindValue = object.get("kind");
        const QString kind = kindValue.text().trimmed();
        if (kind.isEmpty()) {
            return kindValue.error(
                QCoreApplication::translate(
                    "Importer", "expected the object's kind, such as Deployment, found %1")
                    .arg(kindValue.describe()));
        }
        const YamlValue meta = object.get("metadata");
        QString ns = meta.get("namespace").text().trimmed();
        if (ns.isEmpty()) {
            ns = u"default"_s;
        }

        if (kind == u"HorizontalPodAutoscaler") {
            return readAutoscaler(object, ns);
        }
        if (kind == u"Service") {
            ServiceDef service;
            service.ns = ns;
            service.name = meta.get("name").text().trimmed();
            for (const YamlEntry &label : object.get({"spec", "selector"}).entries()) {
                service.selector.insert(label.key, label.value.text());
            }
            if (!service.name.isEmpty() && !service.selector.isEmpty()) {
                m_services.push_back(std::move(service));
            }
        }
        const bool claim = kind == u"PersistentVolumeClaim";
        const bool pod = kind == u"Pod";
        if (!claim && !pod && !controllerKinds().contains(kind)) {
            if (!m_skippedCount.contains(kind)) {
                m_skippedKinds.append(kind);
            }
            ++m_skippedCount[kind];
            return {};
        }

        Entry entry;
        Workload &w = entry.workload;
        const YamlValue nameValue = meta.get("name");
        w.name = nameValue.text().trimmed();
        if (w.name.isEmpty()) {
            w.name = meta.get("generateName").text().trimmed();
        }
        if (w.name.isEmpty()) {
            return nameValue.error(
                QCoreApplication::translate("Importer", "expected the object's name, found %1")
                    .arg(nameValue.describe()));
        }
        w.naturalKey = ns + u'/' + kind + u'/' + w.name;
        w.sourceFile = m_context.fileName;
        w.sourceLocation = location;
        w.tags.insert(u"kubernetes_kind"_s, kind);
        w.tags.insert(u"namespace"_s, ns);
        entry.line = object.line();
        for (const YamlValue &owner : meta.get("ownerReferences").items()) {
            const QString ownerKind = owner.get("kind").text();
            if (controllerKinds().contains(ownerKind)) {
                entry.owners.append(ns + u'/' + ownerKind + u'/' + owner.get("name").text());
            }
        }
        if (controllerKinds().contains(kind)) {
            m_controllers.insert(w.naturalKey);
        }

        Status read = claim ? readClaim(object, entry) : readPodController(object, kind, entry);
        if (!read) {
            return read;
        }
        m_entries.push_back(std::move(entry));
        return {};
    };

    Status status = build();
    if (!status && m_context.options.skipBadRows) {
        ++outcome.rowsSkipped;
        const Error &e = status.error();
        outcome.warnings.push_back(ImportWarning{
            QCoreApplication::translate("Importer", "object skipped: %1").arg(e.message), e.line,
            e.column, e.path});
        return {};
    }
    return status;
}

Result<std::optional<double>> ManifestReader::quantity(const YamlValue &value, Resource resource,
                                                       Entry &entry) const
{
    if (value.isNull()) {
        return std::optional<double>();
    }
    const QString text = value.text().trimmed();
    const std::optional<double> parsed =
        value.isScalar() ? parseKubernetesQuantity(text) : std::nullopt;
    const bool whole = resource != Resource::Gpu || (parsed && *parsed == std::floor(*parsed));
    if (!parsed || *parsed < 0 || !std::isfinite(*parsed) || !whole) {
        const char *expected = nullptr;
        switch (resource) {
        case Resource::Cpu:
            expected = QT_TRANSLATE_NOOP("Importer",
                                         "expected a CPU quantity such as 500m or 2, found %1");
            break;
        case Resource::Memory:
            expected = QT_TRANSLATE_NOOP(
                "Importer", "expected a memory quantity such as 512Mi or 2Gi, found %1");
            break;
        case Resource::Storage:
            expected =
                QT_TRANSLATE_NOOP("Importer", "expected a storage quantity such as 10Gi, found %1");
            break;
        case Resource::Gpu:
            expected = QT_TRANSLATE_NOOP("Importer", "expected a whole number of GPUs, found %1");
            break;
        }
        return value.error(QCoreApplication::translate("Importer", expected).arg(value.describe()));
    }
    // "memory: 500m" is a classic: half a byte. Kubernetes accepts it; say so.
    if ((resource == Resource::Memory || resource == Resource::Storage) && text.endsWith(u'm')) {
        const Error e = value.error(
            QCoreApplication::translate(
                "Importer",
                "\"%1\" means thousandths of a byte; did you mean \"%2i\"? Counted as written")
                .arg(text, text.chopped(1) + u'M'));
        entry.warnings.push_back(ImportWarning{e.message, e.line, e.column, e.path});
    }
    return parsed;
}

Result<ContainerSize> ManifestReader::containerSize(const YamlValue &container, Entry &entry) const
{
    if (!container.isMap()) {
        return container.error(
            QCoreApplication::translate("Importer", "expected a container, found %1")
                .arg(container.describe()));
    }
    const YamlValue resources = container.get("resources");
    const YamlValue requests = resources.get("requests");
    const YamlValue limits = resources.get("limits");
    for (const YamlValue &map : {resources, requests, limits}) {
        if (!map.isNull() && !map.isMap()) {
            return map.error(QCoreApplication::translate(
                                 "Importer", "expected a mapping such as cpu: 500m, found %1")
                                 .arg(map.describe()));
        }
    }
    ContainerSize size;
    // The request, else the limit: Kubernetes itself sets a missing request to the limit.
    auto read = [&](std::string_view name, Resource resource, int *limitOnly,
                    std::optional<double> &out) -> Status {
        Result<std::optional<double>> request = quantity(requests.get(name), resource, entry);
        if (!request) {
            return request.error();
        }
        out = request.value();
        if (out) {
            return {};
        }
        Result<std::optional<double>> limit = quantity(limits.get(name), resource, entry);
        if (!limit) {
            return limit.error();
        }
        out = limit.value();
        if (out && limitOnly) {
            ++*limitOnly;
        }
        return {};
    };
    if (Status s = read("cpu", Resource::Cpu, &entry.cpuLimitOnly, size.cpu); !s) {
        return s.error();
    }
    if (Status s = read("memory", Resource::Memory, &entry.memoryLimitOnly, size.memory); !s) {
        return s.error();
    }
    for (std::string_view name : kGpuResources) {
        std::optional<double> gpus;
        if (Status s = read(name, Resource::Gpu, nullptr, gpus); !s) {
            return s.error();
        }
        size.gpus += gpus.value_or(0);
    }
    return size;
}

void ManifestReader::describeObject(const YamlValue &object, const YamlValue &templateMeta,
                                    Entry &entry) const
{
    Workload &w = entry.workload;
    const QString ns = w.tags.value(u"namespace"_s).toString();
    const YamlValue labels = object.get({"metadata", "labels"});
    const YamlValue templateLabels = templateMeta.get("labels");
    auto label = [&](std::string_view key) {
        const QString value = labels.get(key).text().trimmed();
        return value.isEmpty() ? templateLabels.get(key).text().trimmed() : value;
    };

    w.application = label("app.kubernetes.io/part-of");
    if (w.application.isEmpty() && ns != u"default") {
        w.application = ns;
    }
    for (std::string_view key : {"app.kubernetes.io/name", "app"}) {
        if (w.application.isEmpty()) {
            w.application = label(key);
        }
    }
    for (std::string_view key : {"environment", "env"}) {
        if (w.environment.isEmpty()) {
            w.environment = normaliseEnvironment(label(key));
        }
    }
    if (w.environment.isEmpty()) {
        w.environment = environmentFromName(ns);
    }
    if (w.environment.isEmpty()) {
        w.environment = environmentFromName(w.name);
    }
    const QString chart = label("helm.sh/chart");
    if (!chart.isEmpty()) {
        w.tags.insert(u"helm_chart"_s, chart);
    }
}

Status ManifestReader::readPodController(const YamlValue &object, const QString &kind, Entry &entry)
{
    Workload &w = entry.workload;
    w.kind = u"container"_s;
    w.powerState = u"on"_s;
    const YamlValue spec = object.get("spec");

    YamlValue podTemplate; // the object holding the pod's metadata and spec
    qint64 replicas = 1;
    YamlValue replicasValue;
    if (kind == u"Pod") {
        podTemplate = object;
        const QString phase = object.get({"status", "phase"}).text();
        if (phase == u"Succeeded" || phase == u"Failed") {
            w.powerState = u"off"_s;
        }
    } else if (kind == u"CronJob") {
        const YamlValue jobSpec = spec.get({"jobTemplate", "spec"});
        podTemplate = jobSpec.get("template");
        replicasValue = jobSpec.get("parallelism");
        const QString schedule = spec.get("schedule").text();
        if (!schedule.isEmpty()) {
            w.tags.insert(u"schedule"_s, schedule);
        }
        Result<std::optional<bool>> suspended = spec.get("suspend").boolean();
        if (!suspended) {
            return suspended.error();
        }
        if (suspended.value().value_or(false)) {
            w.powerState = u"suspended"_s;
        }
    } else {
        podTemplate = spec.get("template");
        if (kind == u"Job") {
            replicasValue = spec.get("parallelism");
            if (!object.get({"status", "completionTime"}).isNull()) {
                w.powerState = u"off"_s;
            }
        } else if (kind == u"DaemonSet") {
            entry.isDaemonSet = true;
        } else {
            replicasValue = spec.get("replicas");
        }
    }
    if (replicasValue.exists()) {
        Result<std::optional<qint64>> value = replicasValue.integer();
        if (!value || value.value().value_or(0) < 0 || value.value().value_or(0) > kMaxReplicas) {
            return replicasValue.error(
                QCoreApplication::translate("Importer",
                                            "expected a number of replicas (0 or more), found %1")
                    .arg(replicasValue.describe()));
        }
        replicas = value.value().value_or(1);
    }
    if (replicas == 0) {
        w.powerState = u"off"_s;
    }
    const double sized = double(std::max<qint64>(replicas, 1));
    w.tags.insert(u"replicas"_s, replicas);

    const YamlValue podSpec = kind == u"Pod" ? spec : podTemplate.get("spec");
    const YamlValue containers = podSpec.get("containers");
    if (!containers.isSequence() || containers.size() == 0) {
        return containers.error(
            QCoreApplication::translate("Importer", "expected a list of containers, found %1")
                .arg(containers.describe()));
    }
    PodSize app;
    ContainerSize init; // the largest plain init container, resource by resource
    for (const YamlEntry &label : podTemplate.get({"metadata", "labels"}).entries()) {
        entry.podLabels.insert(label.key, label.value.text());
    }
    for (const YamlValue &container : containers.items()) {
        for (const YamlValue &variable : container.get("env").items()) {
            entry.references << variable.get("value").text();
        }
        for (const char *key : {"args", "command"}) {
            for (const YamlValue &word : container.get(key).items()) {
                entry.references << word.text();
            }
        }
        Result<ContainerSize> size = containerSize(container, entry);
        if (!size) {
            return size.error();
        }
        app.add(size.value());
        const QString image = container.get("image").text().trimmed();
        if (!image.isEmpty() && !app.images.contains(image)) {
            app.images.append(image);
        }
    }
    for (const YamlValue &container : podSpec.get("initContainers").items()) {
        Result<ContainerSize> size = containerSize(container, entry);
        if (!size) {
            return size.error();
        }
        if (container.get("restartPolicy").text() == u"Always") {
            app.add(size.value()); // a native sidecar runs alongside the app
        } else {
            init.cpu = larger(init.cpu, size->cpu);
            init.memory = larger(init.memory, size->memory);
            init.gpus = std::max(init.gpus, size->gpus);
        }
    }
    // Init containers run one at a time before the app: the pod needs the larger of the two. An
    // app that states nothing stays unknown whatever its init containers ask.
    const std::optional<double> cpu = app.cpu ? larger(app.cpu, init.cpu) : std::nullopt;
    const std::optional<double> memory =
        app.memory ? larger(app.memory, init.memory) : std::nullopt;
    if (cpu) {
        w.vcpu = *cpu * sized;
    }
    if (memory) {
        w.memoryGib = *memory / kBytesPerGib * sized;
    }
    entry.partial = (app.cpu && app.cpuMissing > 0) || (app.memory && app.memoryMissing > 0);
    w.gpuCount = int(std::max(app.gpus, init.gpus) * sized);
    if (w.gpuCount > 0) {
        const YamlValue selector = podSpec.get("nodeSelector");
        for (std::string_view key : kGpuModelLabels) {
            if (w.gpuModel.isEmpty()) {
                w.gpuModel = selector.get(key).text().trimmed();
            }
        }
    }
    if (!app.images.isEmpty()) {
        w.tags.insert(u"images"_s, app.images.join(u','));
    }

    if (kind == u"StatefulSet") {
        std::optional<double> bytes;
        for (const YamlValue &claim : spec.get("volumeClaimTemplates").items()) {
            Result<std::optional<double>> size = quantity(
                claim.get({"spec", "resources", "requests", "storage"}), Resource::Storage, entry);
            if (!size) {
                return size.error();
            }
            bytes = plus(bytes, size.value());
            const QString claimName = claim.get({"metadata", "name"}).text().trimmed();
            if (!claimName.isEmpty()) {
                m_claimPrefixes.append(w.tags.value(u"namespace"_s).toString() + u'/' + claimName +
                                       u'-' + w.name + u'-');
            }
        }
        if (bytes) {
            w.storageGib = *bytes / kBytesPerGib * sized;
        }
    }
    describeObject(object, podTemplate.get("metadata"), entry);
    return {};
}

Status ManifestReader::readClaim(const YamlValue &object, Entry &entry)
{
    Workload &w = entry.workload;
    w.kind = u"storage"_s;
    const YamlValue spec = object.get("spec");
    Result<std::optional<double>> bytes =
        quantity(spec.get({"resources", "requests", "storage"}), Resource::Storage, entry);
    if (!bytes) {
        return bytes.error();
    }
    if (bytes.value()) {
        w.storageGib = *bytes.value() / kBytesPerGib;
    }
    const QString storageClass = spec.get("storageClassName").text().trimmed();
    if (!storageClass.isEmpty()) {
        w.tags.insert(u"storage_class"_s, storageClass);
    }
    Result<QStringList> modes = spec.get("accessModes").stringList();
    if (!modes) {
        return modes.error();
    }
    if (!modes.value().isEmpty()) {
        w.tags.insert(u"access_modes"_s, modes.value().join(u','));
    }
    entry.claimKey = w.tags.value(u"namespace"_s).toString() + u'/' + w.name;
    describeObject(object, YamlValue(), entry);
    return {};
}

Status ManifestReader::readAutoscaler(const YamlValue &object, const QString &ns)
{
    const YamlValue spec = object.get("spec");
    const YamlValue target = spec.get("scaleTargetRef");
    Autoscaler autoscaler;
    autoscaler.targetKey = ns + u'/' + target.get("kind").text().trimmed() + u'/' +
                           target.get("name").text().trimmed();
    for (auto [key, out] : {std::pair{"minReplicas", &autoscaler.minReplicas},
                            std::pair{"maxReplicas", &autoscaler.maxReplicas}}) {
        const YamlValue value = spec.get(key);
        Result<std::optional<qint64>> n = value.integer();
        if (!n || n.value().value_or(0) < 0) {
            return value.error(
                QCoreApplication::translate("Importer",
                                            "expected a number of replicas (0 or more), found %1")
                    .arg(value.describe()));
        }
        if (n.value()) {
            *out = *n.value();
        }
    }
    m_autoscalers.push_back(autoscaler);
    return {};
}

void ManifestReader::inferServiceDependencies()
{
    for (Entry &entry : m_entries) {
        const QString ns = entry.workload.tags.value(u"namespace"_s).toString();
        QStringList dependsOn =
            entry.workload.tags.value(u"depends_on"_s).toString().split(u',', Qt::SkipEmptyParts);
        for (const ServiceDef &service : m_services) {
            if (service.ns != ns) {
                continue;
            }
            // "postgres", "postgres:5432", "http://postgres.ns.svc.cluster.local/", "…@postgres/db"
            const QRegularExpression host(
                u"(^|[/@=,;\\s])%1($|[.:/,;\\s])"_s.arg(QRegularExpression::escape(service.name)));
            const bool named =
                std::any_of(entry.references.begin(), entry.references.end(),
                            [&host](const QString &text) { return host.match(text).hasMatch(); });
            if (!named) {
                continue;
            }
            for (const Entry &target : m_entries) {
                if (&target == &entry ||
                    target.workload.tags.value(u"namespace"_s).toString() != ns) {
                    continue;
                }
                bool selected = true;
                for (auto it = service.selector.cbegin(); it != service.selector.cend(); ++it) {
                    selected = selected && target.podLabels.value(it.key()) == it.value();
                }
                if (selected && !dependsOn.contains(target.workload.name)) {
                    dependsOn << target.workload.name;
                }
            }
        }
        if (!dependsOn.isEmpty()) {
            entry.workload.tags.insert(u"depends_on"_s, dependsOn.join(u','));
        }
    }
}

void ManifestReader::finish(ImportOutcome &outcome)
{
    inferServiceDependencies();
    auto covered = [this](const Entry &entry) {
        for (const QString &owner : entry.owners) {
            if (m_controllers.contains(owner)) {
                return true;
            }
        }
        if (entry.claimKey.isEmpty()) {
            return false;
        }
        for (const QString &prefix : m_claimPrefixes) {
            if (entry.claimKey.startsWith(prefix)) {
                const QStringView ordinal = QStringView(entry.claimKey).sliced(prefix.size());
                if (!ordinal.isEmpty() && std::all_of(ordinal.begin(), ordinal.end(),
                                                      [](QChar c) { return c.isDigit(); })) {
                    return true;
                }
            }
        }
        return false;
    };

    QStringList daemonSets;
    int daemonSetLine = 0;
    int cpuLimitOnly = 0;
    int memoryLimitOnly = 0;
    int unsized = 0;
    QStringList partial;
    for (Entry &entry : m_entries) {
        if (covered(entry)) {
            continue;
        }
        Workload &w = entry.workload;
        for (const Autoscaler &autoscaler : m_autoscalers) {
            if (autoscaler.targetKey == w.naturalKey) {
                w.tags.insert(u"autoscaling_min"_s, autoscaler.minReplicas);
                w.tags.insert(u"autoscaling_max"_s, autoscaler.maxReplicas);
            }
        }
        const QString shown = w.tags.value(u"namespace"_s).toString() + u'/' + w.name;
        if (entry.isDaemonSet) {
            daemonSetLine = daemonSets.isEmpty() ? entry.line : daemonSetLine;
            daemonSets.append(shown);
        }
        cpuLimitOnly += entry.cpuLimitOnly;
        memoryLimitOnly += entry.memoryLimitOnly;
        if (w.kind == u"container" && (!w.vcpu || !w.memoryGib)) {
            ++unsized;
        } else if (entry.partial) {
            partial.append(shown);
        }
        for (ImportWarning &warning : entry.warnings) {
            outcome.warnings.push_back(std::move(warning));
        }
        outcome.workloads.push_back(std::move(w));
    }
    m_entries.clear();

    auto warn = [&outcome](const QString &message, int line = 0) {
        outcome.warnings.push_back(ImportWarning{message, line, 0, {}});
    };
    if (!daemonSets.isEmpty()) {
        warn(QCoreApplication::translate(
                 "Importer",
                 "%n DaemonSet(s) run one pod on every node and were counted as one replica (the "
                 "number of nodes is not in the manifests): %1",
                 nullptr, int(daemonSets.size()))
                 .arg(abbreviatedList(daemonSets, kListedNames, false)),
             daemonSetLine);
    }
    if (cpuLimitOnly > 0) {
        warn(QCoreApplication::translate(
            "Importer",
            "%n container(s) have a CPU limit but no CPU request; the limit was counted, as "
            "Kubernetes does",
            nullptr, cpuLimitOnly));
    }
    if (memoryLimitOnly > 0) {
        warn(QCoreApplication::translate(
            "Importer",
            "%n container(s) have a memory limit but no memory request; the limit was "
            "counted, as Kubernetes does",
            nullptr, memoryLimitOnly));
    }
    if (unsized > 0) {
        warn(QCoreApplication::translate(
            "Importer",
            "%n workload(s) have no CPU or memory request or limit: sizing will need "
            "utilisation data",
            nullptr, unsized));
    }
    if (!partial.isEmpty()) {
        warn(QCoreApplication::translate(
                 "Importer",
                 "%n workload(s) have containers without a CPU or memory request or limit; only "
                 "the containers that state one were counted: %1",
                 nullptr, int(partial.size()))
                 .arg(abbreviatedList(partial, kListedNames, false)));
    }
    if (!m_skippedKinds.isEmpty()) {
        QStringList kinds;
        int total = 0;
        for (const QString &kind : std::as_const(m_skippedKinds)) {
            const int n = m_skippedCount.value(kind);
            kinds.append(u"%1 (%2)"_s.arg(kind).arg(n));
            total += n;
        }
        warn(QCoreApplication::translate(
                 "Importer",
                 "%n object(s) not imported, of kinds that hold no workload to size: %1", nullptr,
                 total)
                 .arg(kinds.join(u", "_s)));
    }
}

} // namespace

std::optional<double> parseKubernetesQuantity(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
        ++i;
    }
    qsizetype digits = 0;
    while (i < text.size() && text[i].isDigit()) {
        ++i;
        ++digits;
    }
    if (i < text.size() && text[i] == u'.') {
        ++i;
        while (i < text.size() && text[i].isDigit()) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0) {
        return std::nullopt;
    }
    bool ok = false;
    const double number = text.first(i).toDouble(&ok);
    if (!ok) {
        return std::nullopt;
    }
    const QStringView suffix = text.sliced(i);
    if (suffix.isEmpty()) {
        return number;
    }
    static const std::pair<QStringView, double> binary[] = {{u"Ki", 0x1p10}, {u"Mi", 0x1p20},
                                                            {u"Gi", 0x1p30}, {u"Ti", 0x1p40},
                                                            {u"Pi", 0x1p50}, {u"Ei", 0x1p60}};
    static const std::pair<QStringView, double> decimal[] = {
        {u"n", 1e-9}, {u"u", 1e-6}, {u"m", 1e-3}, {u"k", 1e3}, {u"M", 1e6},
        {u"G", 1e9},  {u"T", 1e12}, {u"P", 1e15}, {u"E", 1e18}};
    for (const auto &[name, factor] : binary) {
        if (suffix == name) {
            return number * factor;
        }
    }
    for (const auto &[name, factor] : decimal) {
        if (suffix == name) {
            return number * factor;
        }
    }
    // A decimal exponent: e3, E-2 (a lone "E" is exa, above).
    if (suffix.front() == u'e' || suffix.front() == u'E') {
        const QStringView exponent = suffix.sliced(1);
        const bool sign =
            !exponent.isEmpty() && (exponent.front() == u'+' || exponent.front() == u'-');
        const QStringView magnitude = exponent.sliced(sign ? 1 : 0);
        if (!magnitude.isEmpty() && magnitude.size() <= 3 &&
            std::all_of(magnitude.begin(), magnitude.end(), [](QChar c) { return c.isDigit(); })) {
            const int power = magnitude.toInt();
            return number * std::pow(10.0, exponent.startsWith(u'-') ? -power : power);
        }
    }
    return std::nullopt;
}

QString KubernetesImporter::formatId() const
{
    return u"kubernetes"_s;
}

QString KubernetesImporter::displayName() const
{
    return QCoreApplication::translate("Importer",
                                       "Kubernetes manifests (YAML, kubectl get -o yaml)");
}

int KubernetesImporter::sniff(QByteArrayView head, const QString &fileName) const
{
    const std::optional<std::vector<YamlHeadKey>> keys = scanYamlHead(head);
    if (!keys) {
        return 0;
    }
    bool topApiVersion = false;
    bool topKind = false;
    bool nestedApiVersion = false;
    bool nestedKind = false;
    bool services = false;
    for (const YamlHeadKey &key : *keys) {
        const bool top = key.indent == 0;
        if (key.key == "apiVersion") {
            (top ? topApiVersion : nestedApiVersion) = true;
        } else if (key.key == "kind") {
            (top ? topKind : nestedKind) = true;
        } else if (top && key.key == "services") {
            services = true;
        }
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const int bonus = (suffix == u"yaml" || suffix == u"yml") ? 5 : 0;
    if (topApiVersion && topKind) {
        return 90 + bonus;
    }
    // kubectl's List names its kind after the items; a big list shows only the items' keys.
    if ((topApiVersion || nestedApiVersion) && (topKind || nestedKind) && !services) {
        return 75 + bonus;
    }
    return 0;
}

Result<ImportOutcome> KubernetesImporter::read(QIODevice &device,
                                               const ImportContext &context) const
{
    ImportOutcome outcome;
    YamlReader reader(device, context.fileName, YamlLimits(), [&](qint64 bytes) {
        return context.reportProgress(bytes, outcome.rowsRead);
    });
    ManifestReader manifests(context);
    YamlDocument document;
    for (;;) {
        Result<bool> next = reader.next(document);
        if (!next) {
            return reader.wasCancelled() ? context.cancelled() : next.error();
        }
        if (!next.value()) {
            break;
        }
        if (Status status = manifests.readDocument(document, outcome); !status) {
            return status.error();
        }
        if (!context.reportProgress(reader.bytesRead(), outcome.rowsRead)) {
            return context.cancelled();
        }
    }
    manifests.finish(outcome);
    return outcome;
}

} // namespace boussole
