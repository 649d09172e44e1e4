#include "models/importers/TerraformStateImporter.h"

#include "models/importers/Ec2Importer.h"
#include "models/importers/Normalise.h"
#include "models/importers/io/JsonNode.h"
#include "models/importers/io/JsonReader.h"
#include "models/importers/io/JsonTags.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr qint64 kProgressEveryResources = 64;
constexpr int kListedTypes = 10;
// Local SSDs (GCP scratch disks) have a fixed size.
constexpr double kGcpScratchDiskGib = 375;

// Where the module path and the instance key put a resource: its address.
struct Resource {
    QString mode;
    QString type;
    QString name;
    QString module;
    QString path; // JSON path of the resource object
    bool hasMode = false;
    bool hasType = false;

    bool known() const { return hasMode && hasType; }
    bool managed() const { return mode == u"managed"; }
};

// One materialised instance and where it came from.
struct Instance {
    QJsonValue value;
    QString path;
    int line = 0;
    int column = 0;
};

QString lastSegment(const QString &text)
{
    return text.section(u'/', -1);
}

// "europe-west9-a" (or a URL ending in it) -> "europe-west9"; a region stays as it is.
QString gcpRegion(const QString &location)
{
    static const QRegularExpression zone(u"^([a-z]+-[a-z]+\\d+)-[a-z]$"_s);
    const QString last = lastSegment(location);
    const QRegularExpressionMatch match = zone.match(last);
    return match.hasMatch() ? match.captured(1) : last;
}

// "France Central" and "francecentral" are the same Azure region.
QString azureRegion(const QString &location)
{
    QString region = location.toLower();
    region.remove(u' ');
    return region;
}

// "/subscriptions/<id>/resourceGroups/…" -> "<id>".
QString azureSubscription(const QString &id)
{
    const QStringList parts = id.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i].compare(u"subscriptions"_s, Qt::CaseInsensitive) == 0) {
            return parts[i + 1];
        }
    }
    return {};
}

// The name of a GCP accelerator as the instance-type table spells GPU models.
QString gcpGpuModel(const QString &type)
{
    static const std::map<QString, QString> models = {
        {u"nvidia-tesla-t4"_s, u"T4"_s},          {u"nvidia-l4"_s, u"L4"_s},
        {u"nvidia-tesla-a100"_s, u"A100 40GB"_s}, {u"nvidia-a100-80gb"_s, u"A100 80GB"_s},
        {u"nvidia-h100-80gb"_s, u"H100 80GB"_s},  {u"nvidia-h100-mega-80gb"_s, u"H100 80GB"_s},
        {u"nvidia-tesla-v100"_s, u"V100"_s},      {u"nvidia-tesla-p100"_s, u"P100"_s},
        {u"nvidia-tesla-p4"_s, u"P4"_s},          {u"nvidia-tesla-k80"_s, u"K80"_s},
    };
    const QString name = lastSegment(type);
    const auto it = models.find(name.toLower());
    return it == models.end() ? name : it->second;
}

QString quotedKey(const QString &key)
{
    QString escaped = key;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'"', u"\\\""_s);
    return u"[\""_s + escaped + u"\"]"_s;
}

// "module.app[0].module.db" -> "app".
QString outermostModule(const QString &module)
{
    if (!module.startsWith(u"module.")) {
        return {};
    }
    QString name = module.mid(7);
    const qsizetype end = name.indexOf(QRegularExpression(u"[.\\[]"_s));
    return end < 0 ? name : name.left(end);
}

// Builds the workloads of one import; one instance per read().
class StateImport {
public:
    StateImport(QIODevice &device, const ImportContext &context, const InstanceTypes &types)
        : m_context(context), m_types(types), m_reader(device, readerOptions(context))
    {
    }

    Result<ImportOutcome> run();

private:
    static JsonReaderOptions readerOptions(const ImportContext &context)
    {
        JsonReaderOptions options;
        options.fileName = context.fileName;
        return options;
    }

    Status readVersion();
    Status readResources();
    Status readResource();
    Status readInstances(Resource &resource, std::vector<Instance> &pending);
    Status badElement(const Error &error);
    void countOther(const Resource &resource, qint64 instances);
    Status importInstance(const Resource &resource, const Instance &instance);
    void summarise();

    const ImportContext &m_context;
    const InstanceTypes &m_types;
    JsonReader m_reader;
    ImportOutcome m_outcome;
    std::optional<qint64> m_version;
    std::map<QString, qint64> m_otherTypes; // type -> instances not imported
    qint64 m_resources = 0;
};

// The fields every supported type fills the same way, and the sizing helpers.
class WorkloadBuilder {
public:
    WorkloadBuilder(const InstanceTypes &types, const JsonNode &attributes, Workload &workload)
        : m_types(types), m_attributes(attributes), m_w(workload)
    {
    }

    // Per-node shape from the table; warns (at typeNode) and returns nullopt when unknown.
    std::optional<InstanceType> shape(QStringView provider, const JsonNode &typeNode,
                                      const QString &typeName) const
    {
        if (typeName.isEmpty()) {
            typeNode.warn(
                QCoreApplication::translate(
                    "Importer", "no instance type; vCPU and memory of %1 are left unknown")
                    .arg(m_w.naturalKey));
            return std::nullopt;
        }
        std::optional<InstanceType> type = m_types.find(provider, typeName);
        if (!type) {
            typeNode.warn(QCoreApplication::translate(
                              "Importer",
                              "unknown instance type \"%1\" (%2); vCPU and memory of %3 are left "
                              "unknown")
                              .arg(typeName, provider.toString(), m_w.naturalKey));
        }
        return type;
    }

    // Sizes = count × the per-node shape (count 1 for a single machine).
    void size(const std::optional<InstanceType> &type, double count = 1) const
    {
        if (!type) {
            return;
        }
        m_w.vcpu = type->vcpu * count;
        m_w.memoryGib = type->memoryGib * count;
        m_w.gpuCount = int(type->gpuCount * count);
        m_w.gpuModel = type->gpuModel;
    }

    const JsonNode &attributes() const { return m_attributes; }

private:
    const InstanceTypes &m_types;
    const JsonNode &m_attributes;
    Workload &m_w;
};

// "tags_all" holds the provider's default tags too; older providers only have "tags".
QVariantMap awsTags(const JsonNode &a)
{
    const JsonNode all = a[u"tags_all"];
    return tagsFromJson(all.isPresent() ? all : a[u"tags"]);
}

void applyArn(Workload &w, const QString &arn)
{
    // arn:aws:ec2:eu-west-3:123456789012:instance/i-0abc
    const QStringList parts = arn.split(u':');
    if (parts.size() >= 6 && parts[0] == u"arn") {
        if (w.region.isEmpty()) {
            w.region = parts[3];
        }
        if (w.account.isEmpty()) {
            w.account = parts[4];
        }
    }
}

// Node count, per-node shape and their record in the tags, for the node-pool types.
void nodePool(Workload &w, const WorkloadBuilder &b, QStringView provider, const JsonNode &typeNode,
              const QString &typeName, const JsonNode &countNode, std::optional<double> count,
              std::optional<double> diskGib)
{
    const std::optional<InstanceType> type = b.shape(provider, typeNode, typeName);
    if (!count) {
        countNode.warn(QCoreApplication::translate(
                           "Importer", "no node count; the sizes of %1 are left unknown")
                           .arg(w.naturalKey));
    } else {
        b.size(type, *count);
        if (diskGib && *diskGib > 0) {
            w.storageGib = *diskGib * *count;
        }
        if (!w.tags.contains(u"node_count"_s)) {
            w.tags.insert(u"node_count"_s, *count);
        }
    }
    if (!typeName.isEmpty() && !w.tags.contains(u"instance_type"_s)) {
        w.tags.insert(u"instance_type"_s, typeName);
    }
}

void awsInstance(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    w.kind = u"vm"_s;
    w.tags = awsTags(a);
    const JsonNode typeNode = a[u"instance_type"];
    b.size(b.shape(u"aws", typeNode, typeNode.text()));
    std::optional<double> storage;
    auto addVolume = [&storage](const JsonNode &volume) {
        if (const std::optional<double> size = volume[u"volume_size"].number()) {
            storage = storage.value_or(0) + *size;
        }
    };
    addVolume(a.block(u"root_block_device"));
    for (const JsonNode &volume : a[u"ebs_block_device"].elements()) {
        addVolume(volume);
    }
    w.storageGib = storage;
    w.region = a[u"region"].text();
    if (w.region.isEmpty()) {
        w.region = Ec2Importer::regionOfZone(a[u"availability_zone"].text());
    }
    applyArn(w, a[u"arn"].text());
    w.powerState = normalisePowerState(a[u"instance_state"].text());
    w.name = tagValue(w.tags, {u"name"});
}

void awsDbInstance(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    w.kind = u"database"_s;
    w.tags = awsTags(a);
    w.name = a[u"identifier"].text();
    const JsonNode classNode = a[u"instance_class"];
    QString instanceClass = classNode.text();
    if (instanceClass.startsWith(u"db.", Qt::CaseInsensitive)) {
        instanceClass = instanceClass.mid(3);
    }
    b.size(b.shape(u"aws", classNode, instanceClass));
    w.storageGib = a[u"allocated_storage"].number();
    const QString engine = a[u"engine"].text();
    w.osEdition = QStringList{engine, a[u"engine_version"].text()}.join(u' ').trimmed();
    // RDS runs SQL Server on Windows (licence included) and every other engine on Linux.
    if (!engine.isEmpty()) {
        w.osFamily =
            engine.startsWith(u"sqlserver", Qt::CaseInsensitive) ? u"windows"_s : u"linux"_s;
    }
    w.region = a[u"region"].text();
    if (w.region.isEmpty()) {
        w.region = Ec2Importer::regionOfZone(a[u"availability_zone"].text());
    }
    applyArn(w, a[u"arn"].text());
    const QString status = a[u"status"].text();
    w.powerState = status.compare(u"available"_s, Qt::CaseInsensitive) == 0
                       ? u"on"_s
                       : normalisePowerState(status);
}

void awsEksNodeGroup(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    w.kind = u"kubernetes-node"_s;
    w.tags = awsTags(a);
    w.cluster = a[u"cluster_name"].text();
    const QString group = a[u"node_group_name"].text();
    w.name = w.cluster.isEmpty() ? group : w.cluster + u'/' + group;
    const JsonNode types = a[u"instance_types"];
    const std::vector<JsonNode> typeNodes = types.elements();
    if (typeNodes.size() > 1) {
        types.warn(QCoreApplication::translate(
                       "Importer", "%1 has several instance types; it is sized with the first, %2")
                       .arg(w.naturalKey, typeNodes.front().text()));
    }
    const JsonNode typeNode = typeNodes.empty() ? types : typeNodes.front();
    const JsonNode scaling = a.block(u"scaling_config");
    const JsonNode desired = scaling[u"desired_size"];
    nodePool(w, b, u"aws", typeNode, typeNodes.empty() ? QString() : typeNode.text(), desired,
             desired.number(), a[u"disk_size"].number());
    applyArn(w, a[u"arn"].text());
    w.powerState = normalisePowerState(a[u"status"].text());
}

void awsEbsVolume(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    w.kind = u"storage"_s;
    w.tags = awsTags(a);
    w.name = tagValue(w.tags, {u"name"});
    w.storageGib = a[u"size"].number();
    w.region = Ec2Importer::regionOfZone(a[u"availability_zone"].text());
    applyArn(w, a[u"arn"].text());
}

void azureVm(Workload &w, const WorkloadBuilder &b, bool windows)
{
    const JsonNode &a = b.attributes();
    w.kind = u"vm"_s;
    w.tags = tagsFromJson(a[u"tags"]);
    w.name = a[u"name"].text();
    const JsonNode sizeNode = a[u"size"];
    b.size(b.shape(u"azure", sizeNode, sizeNode.text()));
    const std::optional<double> disk = a.block(u"os_disk")[u"disk_size_gb"].number();
    if (disk && *disk > 0) {
        w.storageGib = disk;
    }
    w.osFamily = windows ? u"windows"_s : u"linux"_s;
    const JsonNode image = a.block(u"source_image_reference");
    w.osEdition = QStringList{image[u"offer"].text(), image[u"sku"].text()}.join(u' ').trimmed();
    w.region = azureRegion(a[u"location"].text());
    w.account = azureSubscription(a[u"id"].text());
}

void azureManagedDisk(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    w.kind = u"storage"_s;
    w.tags = tagsFromJson(a[u"tags"]);
    w.name = a[u"name"].text();
    w.storageGib = a[u"disk_size_gb"].number();
    w.region = azureRegion(a[u"location"].text());
    w.account = azureSubscription(a[u"id"].text());
}

// The default node pool of azurerm_kubernetes_cluster, or an azurerm_kubernetes_cluster_node_pool.
void azurePool(Workload &w, const WorkloadBuilder &b, const JsonNode &pool, const QString &cluster)
{
    w.kind = u"kubernetes-node"_s;
    w.cluster = cluster;
    const QString name = pool[u"name"].text();
    w.name = cluster.isEmpty() ? name : cluster + u'/' + name;
    const JsonNode countNode = pool[u"node_count"];
    std::optional<double> count = countNode.number();
    if (!count) {
        count = pool[u"min_count"].number(); // auto-scaling without a current count
    }
    const JsonNode sizeNode = pool[u"vm_size"];
    nodePool(w, b, u"azure", sizeNode, sizeNode.text(), countNode, count,
             pool[u"os_disk_size_gb"].number());
    if (w.osFamily.isEmpty()) {
        const QString osType = pool[u"os_type"].text();
        w.osFamily = osType.isEmpty() ? u"linux"_s : osFamilyOf(osType);
    }
}

void azureKubernetesCluster(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    const JsonNode pool = a.block(u"default_node_pool");
    w.tags = tagsFromJson(a[u"tags"]);
    const QVariantMap poolTags = tagsFromJson(pool[u"tags"]);
    for (auto it = poolTags.cbegin(); it != poolTags.cend(); ++it) {
        w.tags.insert(it.key(), it.value());
    }
    azurePool(w, b, pool, a[u"name"].text());
    w.region = azureRegion(a[u"location"].text());
    w.account = azureSubscription(a[u"id"].text());
}

void azureKubernetesNodePool(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    w.tags = tagsFromJson(a[u"tags"]);
    const QString clusterId = a[u"kubernetes_cluster_id"].text();
    azurePool(w, b, a, lastSegment(clusterId));
    w.account = azureSubscription(clusterId);
}

// guest_accelerator: [{type, count}], on an instance or a node pool's node_config.
void gcpAccelerators(Workload &w, const JsonNode &accelerators, double perNodeCount = 1)
{
    int gpus = 0;
    QString model;
    for (const JsonNode &accelerator : accelerators.elements()) {
        gpus += int(accelerator[u"count"].number().value_or(0));
        if (model.isEmpty()) {
            model = gcpGpuModel(accelerator[u"type"].text());
        }
    }
    if (gpus > 0) {
        w.gpuCount += int(gpus * perNodeCount);
        w.gpuModel = model;
    }
}

void googleComputeInstance(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    w.kind = u"vm"_s;
    w.tags = tagsFromJson(a[u"labels"]);
    w.name = a[u"name"].text();
    const JsonNode typeNode = a[u"machine_type"];
    b.size(b.shape(u"gcp", typeNode, lastSegment(typeNode.text())));
    const JsonNode params = a.block(u"boot_disk").block(u"initialize_params");
    std::optional<double> storage = params[u"size"].number();
    const qsizetype scratch = qsizetype(a[u"scratch_disk"].elements().size());
    if (scratch > 0) {
        storage = storage.value_or(0) + double(scratch) * kGcpScratchDiskGib;
    }
    w.storageGib = storage;
    w.osEdition = lastSegment(params[u"image"].text());
    w.osFamily = osFamilyOf(w.osEdition);
    gcpAccelerators(w, a[u"guest_accelerator"]);
    w.region = gcpRegion(a[u"zone"].text());
    w.account = a[u"project"].text();
    const QString status = a[u"current_status"].text().toUpper();
    // GCE says TERMINATED for an instance that is stopped (it can be started again).
    w.powerState = status == u"TERMINATED" ? u"off"_s : normalisePowerState(status);
}

void googleComputeDisk(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    w.kind = u"storage"_s;
    w.tags = tagsFromJson(a[u"labels"]);
    w.name = a[u"name"].text();
    w.storageGib = a[u"size"].number();
    w.region = gcpRegion(a[u"zone"].text());
    w.account = a[u"project"].text();
}

void googleContainerNodePool(Workload &w, const WorkloadBuilder &b)
{
    const JsonNode &a = b.attributes();
    w.kind = u"kubernetes-node"_s;
    const JsonNode config = a.block(u"node_config");
    w.tags = tagsFromJson(config[u"resource_labels"]);
    const QVariantMap labels = tagsFromJson(config[u"labels"]);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        w.tags.insert(it.key(), it.value());
    }
    w.cluster = lastSegment(a[u"cluster"].text());
    const QString name = a[u"name"].text();
    w.name = w.cluster.isEmpty() ? name : w.cluster + u'/' + name;
    // node_count is per zone: a regional pool over three zones runs three times as many nodes.
    const JsonNode countNode = a[u"node_count"];
    std::optional<double> count = countNode.number();
    if (!count) {
        count = a[u"initial_node_count"].number();
    }
    const qsizetype zones = qsizetype(a[u"node_locations"].elements().size());
    if (count && zones > 1) {
        *count *= double(zones);
    }
    const JsonNode typeNode = config[u"machine_type"];
    nodePool(w, b, u"gcp", typeNode, lastSegment(typeNode.text()), countNode, count,
             config[u"disk_size_gb"].number());
    if (count) {
        gcpAccelerators(w, config[u"guest_accelerator"], *count);
    }
    w.osFamily = u"linux"_s;
    w.region = gcpRegion(a[u"location"].text());
    w.account = a[u"project"].text();
}

using Handler = std::function<void(Workload &, const WorkloadBuilder &)>;

const std::map<QString, Handler> &handlers()
{
    static const std::map<QString, Handler> map = {
        {u"aws_instance"_s, awsInstance},
        {u"aws_db_instance"_s, awsDbInstance},
        {u"aws_eks_node_group"_s, awsEksNodeGroup},
        {u"aws_ebs_volume"_s, awsEbsVolume},
        {u"azurerm_linux_virtual_machine"_s,
         [](Workload &w, const WorkloadBuilder &b) { azureVm(w, b, false); }},
        {u"azurerm_windows_virtual_machine"_s,
         [](Workload &w, const WorkloadBuilder &b) { azureVm(w, b, true); }},
        {u"azurerm_managed_disk"_s, azureManagedDisk},
        {u"azurerm_kubernetes_cluster"_s, azureKubernetesCluster},
        {u"azurerm_kubernetes_cluster_node_pool"_s, azureKubernetesNodePool},
        {u"google_compute_instance"_s, googleComputeInstance},
        {u"google_compute_disk"_s, googleComputeDisk},
        {u"google_container_node_pool"_s, googleContainerNodePool},
    };
    return map;
}

Result<ImportOutcome> StateImport::run()
{
    Result<JsonToken> first = m_reader.next();
    if (!first) {
        return first.error();
    }
    if (Status s = m_reader.expect(JsonToken::StartObject); !s) {
        return s.error();
    }
    bool sawResources = false;
    for (;;) {
        Result<JsonToken> token = m_reader.next();
        if (!token) {
            return token.error();
        }
        if (token.value() == JsonToken::EndObject) {
            break;
        }
        const QByteArrayView name = m_reader.nameUtf8();
        Status status;
        if (name == "version") {
            status = readVersion();
        } else if (name == "resources") {
            sawResources = true;
            status = readResources();
        } else {
            status = m_reader.skip();
        }
        if (!status) {
            return status.error();
        }
    }
    if (Result<JsonToken> end = m_reader.next(); !end) {
        return end.error();
    }
    if (!m_version) {
        return m_context.error(QCoreApplication::translate(
            "Importer", "not a Terraform state: it has no \"version\" member"));
    }
    if (!sawResources) {
        return m_context.error(QCoreApplication::translate(
            "Importer", "not a Terraform state: it has no \"resources\" array"));
    }
    summarise();
    if (!m_context.reportProgress(m_reader.bytesRead(), m_outcome.rowsRead)) {
        return m_context.cancelled();
    }
    return std::move(m_outcome);
}

Status StateImport::readVersion()
{
    if (Status s = m_reader.expect(JsonToken::Number); !s) {
        return s;
    }
    m_version = m_reader.toInt64();
    if (m_version != 4) {
        return m_reader.error(
            QCoreApplication::translate(
                "Importer",
                "Terraform state version %1 is not supported: Boussole reads version 4, "
                "which Terraform 0.12 and later write (terraform state pull)")
                .arg(QString::fromLatin1(m_reader.numberText())));
    }
    return {};
}

Status StateImport::readResources()
{
    if (Status s = m_reader.expect(JsonToken::StartArray); !s) {
        return s;
    }
    for (;;) {
        Result<JsonToken> token = m_reader.next();
        if (!token) {
            return token.error();
        }
        if (token.value() == JsonToken::EndArray) {
            return {};
        }
        if (Status s = m_reader.expect(JsonToken::StartObject); !s) {
            if (Status bad = badElement(s.error()); !bad) {
                return bad;
            }
            if (Status skipped = m_reader.skip(); !skipped) {
                return skipped;
            }
            continue;
        }
        if (Status s = readResource(); !s) {
            return s;
        }
        if (++m_resources % kProgressEveryResources == 0 &&
            !m_context.reportProgress(m_reader.bytesRead(), m_outcome.rowsRead)) {
            return m_context.cancelled();
        }
    }
}

// A malformed element: an error, or with skipBadRows a warning.
Status StateImport::badElement(const Error &error)
{
    if (!m_context.options.skipBadRows) {
        return error;
    }
    m_outcome.skipRow(error);
    return {};
}

Status StateImport::readResource()
{
    Resource resource;
    resource.path = m_reader.path();
    const int line = m_reader.line();
    const int column = m_reader.column();
    std::vector<Instance> pending; // instances met before "mode" and "type" (unusual order)
    for (;;) {
        Result<JsonToken> token = m_reader.next();
        if (!token) {
            return token.error();
        }
        if (token.value() == JsonToken::EndObject) {
            break;
        }
        const QByteArrayView name = m_reader.nameUtf8();
        auto text = [this](QString &out) -> Status {
            if (Status s = m_reader.expect(JsonToken::String); !s) {
                return s;
            }
            out = m_reader.string();
            return {};
        };
        Status status;
        if (name == "mode") {
            status = text(resource.mode);
            resource.hasMode = true;
        } else if (name == "type") {
            status = text(resource.type);
            resource.hasType = true;
        } else if (name == "name") {
            status = text(resource.name);
        } else if (name == "module") {
            status = text(resource.module);
        } else if (name == "instances") {
            status = readInstances(resource, pending);
        } else {
            status = m_reader.skip();
        }
        if (!status) {
            return status;
        }
    }
    if (!resource.known() || resource.name.isEmpty()) {
        JsonOrigin origin{line, column, &m_outcome.warnings};
        JsonNode(QJsonValue(), resource.path, &origin)
            .warn(QCoreApplication::translate(
                "Importer", "a resource without \"mode\", \"type\" or \"name\" was skipped"));
        return {};
    }
    if (!resource.managed()) {
        return {};
    }
    m_outcome.rowsRead += qint64(pending.size());
    if (!handlers().count(resource.type)) {
        countOther(resource, qint64(pending.size()));
        return {};
    }
    for (const Instance &instance : pending) {
        if (Status imported = importInstance(resource, instance); !imported) {
            return imported;
        }
    }
    return {};
}

Status StateImport::readInstances(Resource &resource, std::vector<Instance> &pending)
{
    if (Status s = m_reader.expect(JsonToken::StartArray); !s) {
        return s;
    }
    for (;;) {
        Result<JsonToken> token = m_reader.next();
        if (!token) {
            return token.error();
        }
        if (token.value() == JsonToken::EndArray) {
            return {};
        }
        if (Status s = m_reader.expect(JsonToken::StartObject); !s) {
            if (Status bad = badElement(s.error()); !bad) {
                return bad;
            }
            if (Status skipped = m_reader.skip(); !skipped) {
                return skipped;
            }
            continue;
        }
        const bool wanted =
            !resource.known() || (resource.managed() && handlers().count(resource.type) > 0);
        if (!wanted) {
            if (resource.managed()) {
                ++m_outcome.rowsRead;
                countOther(resource, 1);
            }
            if (Status s = m_reader.skip(); !s) {
                return s;
            }
            continue;
        }
        Instance instance;
        instance.path = m_reader.path();
        instance.line = m_reader.line();
        instance.column = m_reader.column();
        Result<QJsonValue> value = m_reader.readValue();
        if (!value) {
            return value.error();
        }
        instance.value = std::move(value).value();
        if (resource.known()) {
            ++m_outcome.rowsRead;
            if (Status imported = importInstance(resource, instance); !imported) {
                return imported;
            }
        } else {
            pending.push_back(std::move(instance));
        }
    }
}

void StateImport::countOther(const Resource &resource, qint64 instances)
{
    m_otherTypes[resource.type] += instances;
}

Status StateImport::importInstance(const Resource &resource, const Instance &instance)
{
    JsonOrigin origin{instance.line, instance.column, &m_outcome.warnings};
    const JsonNode node(instance.value, instance.path, &origin);

    QString address = resource.module.isEmpty() ? QString() : resource.module + u'.';
    address += resource.type + u'.' + resource.name;
    const JsonNode key = node[u"index_key"];
    if (key.value().isString()) {
        address += quotedKey(key.value().toString());
    } else if (const std::optional<qint64> index = key.integer()) {
        address += u'[' + QString::number(*index) + u']';
    }

    if (node[u"deposed"].isPresent()) {
        node.warn(QCoreApplication::translate(
                      "Importer", "a deposed object of %1 (awaiting destruction) was not imported")
                      .arg(address));
        return {};
    }
    const JsonNode attributes = node[u"attributes"];
    if (!attributes.isObject()) {
        if (node[u"attributes_flat"].isPresent()) {
            node.warn(QCoreApplication::translate(
                          "Importer",
                          "%1 has only flat attributes (Terraform 0.11 and older); it was not "
                          "imported")
                          .arg(address));
        } else {
            node.warn(
                QCoreApplication::translate("Importer", "%1 has no attributes; it was not imported")
                    .arg(address));
        }
        return {};
    }

    Workload w;
    w.naturalKey = address;
    w.sourceFile = m_context.fileName;
    w.sourceLocation = instance.path;
    const WorkloadBuilder builder(m_types, attributes, w);
    handlers().at(resource.type)(w, builder);
    // The id bills name the resource by: an ARN where AWS bills use one (RDS), else the
    // provider's id (EC2 instance id, Azure resource id), else the self link (Google).
    for (const char *key : {"arn", "id", "self_link"}) {
        const QString value = attributes[QString::fromLatin1(key)].text();
        if (!value.isEmpty() && (qstrcmp(key, "arn") != 0 || resource.type != u"aws_instance")) {
            w.cloudId = value;
            break;
        }
    }
    if (w.name.isEmpty()) {
        w.name = address;
    }
    applyWellKnownTags(w, w.tags);
    // The state's "dependencies" that are workloads too (a node pool on its cluster, an instance
    // on its database): the migration planner reads them from the depends_on tag. Networks,
    // security groups and data sources are not workloads and are left out.
    QStringList dependsOn;
    if (node[u"dependencies"].isArray()) {
        for (const QJsonValue &dep : node[u"dependencies"].value().toArray()) {
            const QStringList parts = dep.toString().split(u'.');
            if (parts.size() >= 2 && parts.first() != u"data" &&
                handlers().count(parts[parts.size() - 2]) > 0) {
                dependsOn << dep.toString();
            }
        }
    }
    if (!dependsOn.isEmpty()) {
        w.tags.insert(u"depends_on"_s, dependsOn.join(u','));
    }
    if (w.environment.isEmpty()) {
        w.environment = environmentFromName(resource.module);
    }
    if (w.application.isEmpty()) {
        w.application = outermostModule(resource.module);
    }
    return m_context.add(m_outcome, std::move(w));
}

void StateImport::summarise()
{
    if (m_otherTypes.empty()) {
        return;
    }
    qint64 total = 0;
    QStringList names;
    for (const auto &[type, count] : m_otherTypes) {
        total += count;
        names.append(type);
    }
    QString list = names.mid(0, kListedTypes).join(u", "_s);
    if (names.size() > kListedTypes) {
        list = QCoreApplication::translate("Importer", "%1 and %n more", nullptr,
                                           int(names.size() - kListedTypes))
                   .arg(list);
    }
    const QString message =
        names.size() == 1
            ? QCoreApplication::translate("Importer",
                                          "%n resources of another type were not imported: %1",
                                          nullptr, int(total))
                  .arg(list)
            : QCoreApplication::translate("Importer",
                                          "%n resources of %1 other types were not imported: %2",
                                          nullptr, int(total))
                  .arg(names.size())
                  .arg(list);
    m_outcome.warnings.push_back(ImportWarning{message, 0, 0, {}});
}

} // namespace

TerraformStateImporter::TerraformStateImporter(std::shared_ptr<const InstanceTypes> types)
    : m_types(std::move(types))
{
}

QString TerraformStateImporter::formatId() const
{
    return u"terraform"_s;
}

QString TerraformStateImporter::displayName() const
{
    return QCoreApplication::translate("Importer", "Terraform state (version 4)");
}

int TerraformStateImporter::sniff(QByteArrayView head, const QString &fileName) const
{
    const QByteArray text = JsonReader::sniffText(head);
    if (JsonReader::firstSignificantChar(text) != '{') {
        return 0;
    }
    const bool terraformVersion = JsonReader::hasMember(text, "terraform_version");
    if (terraformVersion && JsonReader::hasMember(text, "resources")) {
        return 95;
    }
    if (terraformVersion && JsonReader::hasMember(text, "lineage")) {
        return 85; // long outputs can push "resources" out of the head
    }
    if (terraformVersion) {
        return 60;
    }
    return QFileInfo(fileName).suffix().compare(u"tfstate"_s, Qt::CaseInsensitive) == 0 ? 40 : 0;
}

QStringList TerraformStateImporter::supportedTypes()
{
    QStringList types;
    for (const auto &[type, handler] : handlers()) {
        types.append(type);
    }
    return types;
}

Result<ImportOutcome> TerraformStateImporter::read(QIODevice &device,
                                                   const ImportContext &context) const
{
    std::shared_ptr<const InstanceTypes> types = m_types;
    if (!types) {
        Result<std::shared_ptr<const InstanceTypes>> embedded = InstanceTypes::embedded();
        if (!embedded) {
            return embedded.error();
        }
        types = embedded.value();
    }
    StateImport import(device, context, *types);
    return import.run();
}

} // namespace boussole
