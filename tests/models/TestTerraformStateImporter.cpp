#include "models/importers/Ec2Importer.h"
#include "models/importers/ProxmoxImporter.h"
#include "models/importers/TerraformStateImporter.h"

#include "tests/models/InventoryTestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;
using testing::byKey;
using testing::readAll;

// moc does not understand raw string literals: it only needs the test class.
#ifndef Q_MOC_RUN
namespace {

QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/terraform/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/terraform/");
    return (QFileInfo::exists(local) ? local : shared) + name;
}

Result<ImportOutcome> importDevice(QIODevice &device, const QString &fileName,
                                   ImportOptions options = {})
{
    ImportContext context;
    context.fileName = fileName;
    context.options = std::move(options);
    return TerraformStateImporter().read(device, context);
}

Result<ImportOutcome> importFixture(const QString &name, ImportOptions options = {})
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(u"fixture missing: "_s + file.fileName());
    }
    return importDevice(file, name, std::move(options));
}

Result<ImportOutcome> importText(const QByteArray &text, ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer, u"t.tfstate"_s, std::move(options));
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value) : u"?"_s;
}

// Every field an importer fills, on one line, for golden comparisons.
QString describe(const Workload &w)
{
    return QStringList{w.naturalKey,
                       w.name,
                       w.kind,
                       number(w.vcpu) + u" vCPU"_s,
                       number(w.memoryGib) + u" GiB"_s,
                       u"disk "_s + number(w.storageGib) + u'/' + number(w.storageUsedGib),
                       u"gpu %1 %2"_s.arg(w.gpuCount).arg(w.gpuModel),
                       u"os "_s + w.osFamily + u'/' + w.osEdition,
                       u"power "_s + w.powerState + (w.isTemplate ? u" template"_s : QString()),
                       u"env "_s + w.environment,
                       u"app "_s + w.application,
                       u"crit "_s + w.criticality,
                       u"data "_s + w.dataClass,
                       u"cc "_s + w.costCentre,
                       u"cluster "_s + w.cluster,
                       u"account "_s + w.account,
                       u"region "_s + w.region,
                       w.sourceFile + u'@' + w.sourceLocation}
        .join(u" | "_s);
}

QStringList describeAll(const ImportOutcome &outcome)
{
    QStringList lines;
    for (const Workload &w : outcome.workloads) {
        lines.append(describe(w));
    }
    return lines;
}

QStringList warnings(const ImportOutcome &outcome, const QString &file)
{
    QStringList lines;
    for (const ImportWarning &warning : outcome.warnings) {
        lines.append(warning.toString(file));
    }
    return lines;
}

// Generates a Terraform state of about `targetBytes` on the fly: every tenth resource is an
// aws_instance (one workload, materialised with its large user_data), the others IAM policies
// with large documents (skipped).
class StateGenerator : public QIODevice {
public:
    explicit StateGenerator(qint64 targetBytes) : m_target(targetBytes)
    {
        m_pending =
            R"({"version":4,"terraform_version":"1.7.5","serial":1,)"
            R"("lineage":"00000000-0000-4000-8000-000000000000","outputs":{},"resources":[)";
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 produced() const { return m_produced; }
    int instances() const { return m_instances; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        while (m_pending.size() - m_offset < max && !m_done) {
            m_pending.remove(0, m_offset);
            m_offset = 0;
            if (m_produced + m_pending.size() >= m_target) {
                m_pending += R"(],"check_results":null})";
                m_done = true;
            } else {
                m_pending += next();
            }
        }
        const qint64 n = std::min<qint64>(max, m_pending.size() - m_offset);
        if (n <= 0) {
            return -1;
        }
        std::memcpy(out, m_pending.constData() + m_offset, size_t(n));
        m_offset += n;
        m_produced += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray next()
    {
        const QByteArray comma = m_count == 0 ? QByteArray() : QByteArray(",");
        ++m_count;
        if (m_count % 10 == 0) {
            ++m_instances;
            return comma + R"({"mode":"managed","type":"aws_instance","name":"n)" +
                   QByteArray::number(m_count) +
                   R"(","provider":"provider.aws",)"
                   R"("instances":[{"schema_version":1,"attributes":{"instance_type":"m6i.large",)"
                   R"("availability_zone":"eu-west-3a","root_block_device":[{"volume_size":20}],)"
                   R"("tags":{"Name":"node"},"instance_state":"running","user_data":")" +
                   QByteArray(4000, 'u') + R"("},"sensitive_attributes":[]}]})";
        }
        return comma + R"({"mode":"managed","type":"aws_iam_policy","name":"p)" +
               QByteArray::number(m_count) +
               R"(","provider":"provider.aws",)"
               R"("instances":[{"schema_version":0,"attributes":{"policy":")" +
               QByteArray(4000, 'x') + R"("},"sensitive_attributes":[]}]})";
    }

    qint64 m_target;
    qint64 m_produced = 0;
    QByteArray m_pending;
    qsizetype m_offset = 0;
    bool m_done = false;
    int m_count = 0;
    int m_instances = 0;
};

#ifdef Q_OS_LINUX
bool resetPeakRss()
{
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

qint64 peakRssKib()
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}
#endif

} // namespace
#endif // Q_MOC_RUN

class TestTerraformStateImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void largeStateInFlatMemory();
    void awsWithModules();
    void azureAndGcp();
    void malformed_data();
    void malformed();
    void notAState();
    void unusualMemberOrder();
    void skipBadRows();
    void injectedInstanceTypes();
    void sniffing_data();
    void sniffing();
    void registry();
    void progressAndCancel();
};

// moc does not understand raw string literals; it only needs the class above.
#ifndef Q_MOC_RUN

void TestTerraformStateImporter::largeStateInFlatMemory()
{
    // Runs first, while the process is small: a 50 MB state must not be held in memory.
    StateGenerator device(50 * 1000 * 1000);
#ifdef Q_OS_LINUX
    const bool measured = resetPeakRss();
    const qint64 before = peakRssKib();
#endif
    QElapsedTimer timer;
    timer.start();
    Result<ImportOutcome> outcome = importDevice(device, u"big.tfstate"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QVERIFY(device.produced() >= 50 * 1000 * 1000);
    QCOMPARE(qsizetype(outcome->workloads.size()), qsizetype(device.instances()));
    QCOMPARE(outcome->workloads.back().vcpu, 2.0);
    QCOMPARE(outcome->workloads.back().storageGib, 20.0);
    QCOMPARE(outcome->warnings.size(), std::size_t(1));
    QVERIFY(outcome->warnings.front().message.endsWith(
        u"resources of another type were not imported: aws_iam_policy"_s));
#ifdef Q_OS_LINUX
    if (measured && before > 0) {
        const qint64 growth = peakRssKib() - before;
        qInfo("%lld bytes, %d workloads in %lld ms, peak RSS growth %lld KiB", device.produced(),
              device.instances(), qint64(timer.elapsed()), growth);
        QVERIFY2(growth < 24 * 1024, qPrintable(u"peak RSS grew by %1 KiB"_s.arg(growth)));
    }
#endif
}

void TestTerraformStateImporter::awsWithModules()
{
    Result<ImportOutcome> outcome = importFixture(u"aws-modules.tfstate"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    const QString f = u"aws-modules.tfstate"_s;
    const QStringList expected = {
        u"module.app.aws_instance.web[0] | portail-web-prd-01 | vm | 4 vCPU | 16 GiB | disk 150/? "
        u"| gpu 0  | os / | power on | env prod | app portail | crit  | data  | cc CC-1001 | "
        u"cluster  | account 123456789012 | region eu-west-3 | "_s +
            f + u"@resources[4].instances[0]"_s,
        u"module.app.aws_instance.web[1] | portail-web-prd-02 | vm | 4 vCPU | 16 GiB | disk 50/? "
        u"| gpu 0  | os / | power on | env prod | app portail | crit  | data  | cc CC-1001 | "
        u"cluster  | account 123456789012 | region eu-west-3 | "_s +
            f + u"@resources[4].instances[1]"_s,
        u"module.app.aws_instance.web[2] | portail-web-prd-03 | vm | 4 vCPU | 16 GiB | disk 50/? "
        u"| gpu 0  | os / | power off | env prod | app portail | crit  | data  | cc CC-1001 | "
        u"cluster  | account 123456789012 | region eu-west-3 | "_s +
            f + u"@resources[4].instances[2]"_s,
        u"aws_instance.batch[\"nightly\"] | aws_instance.batch[\"nightly\"] | vm | 8 vCPU | 16 GiB "
        u"| disk 200/? | gpu 0  | os / | power on | env preprod | app batch | crit  | data  | cc  "
        u"| cluster  | account 123456789012 | region eu-west-3 | "_s +
            f + u"@resources[6].instances[0]"_s,
        u"aws_instance.batch[\"weekly\"] | aws_instance.batch[\"weekly\"] | vm | ? vCPU | ? GiB | "
        u"disk 30/? | gpu 0  | os / | power on | env  | app  | crit  | data  | cc  | cluster  | "
        u"account 123456789012 | region eu-west-3 | "_s +
            f + u"@resources[6].instances[1]"_s,
        u"aws_instance.bastion | bastion-01 | vm | 2 vCPU | 1 GiB | disk 8/? | gpu 0  | os / | "
        u"power on | env  | app  | crit  | data  | cc CC-1001 | cluster  | account 123456789012 | "
        u"region eu-west-3 | "_s +
            f + u"@resources[7].instances[0]"_s,
        u"module.data.module.db.aws_db_instance.main | crm-db-prd | database | 2 vCPU | 8 GiB | "
        u"disk 200/? | gpu 0  | os linux/postgres 15.4 | power on | env prod | app CRM | crit  | "
        u"data personal | cc CC-1001 | cluster  | account 123456789012 | region eu-west-3 | "_s +
            f + u"@resources[8].instances[0]"_s,
        u"module.eks.aws_eks_node_group.general | eks-prod/general | kubernetes-node | 24 vCPU | "
        u"96 GiB | disk 300/? | gpu 0  | os / | power on | env prod | app eks | crit  | data  | cc "
        u"CC-1001 | cluster eks-prod | account 123456789012 | region eu-west-3 | "_s +
            f + u"@resources[11].instances[0]"_s,
        u"aws_ebs_volume.archive | archive-data | storage | ? vCPU | ? GiB | disk 500/? | gpu 0  "
        u"| os / | power  | env  | app  | crit  | data  | cc CC-1001 | cluster  | account "
        u"123456789012 | region eu-west-3 | "_s +
            f + u"@resources[12].instances[0]"_s,
    };
    QCOMPARE(describeAll(outcome.value()), expected);
    QCOMPARE(outcome->rowsRead, 18);
    QCOMPARE(outcome->rowsSkipped, 0);
    QCOMPARE(
        warnings(outcome.value(), f),
        (QStringList{f + u":717:9: resources[6].instances[1].attributes.instance_type: unknown "
                         u"instance type \"x9z.mega\" (aws); vCPU and memory of "
                         u"aws_instance.batch[\"weekly\"] are left unknown"_s,
                     f + u":962:9: resources[7].instances[1]: a deposed object of "
                         u"aws_instance.bastion (awaiting destruction) was not imported"_s,
                     f + u": 8 resources of 7 other types were not imported: aws_eks_cluster, "
                         u"aws_iam_role, aws_route53_record, aws_s3_bucket, aws_security_group, "
                         u"aws_vpc, random_password"_s}));
    QCOMPARE(outcome->warnings[0].path, u"resources[6].instances[1].attributes.instance_type"_s);

    // Tags: tags_all (with the provider's default tags) when present; node pools record their
    // shape.
    const Workload *web = byKey(outcome.value(), u"module.app.aws_instance.web[0]"_s);
    QVERIFY(web);
    QCOMPARE(web->tags, (QVariantMap{{u"Application"_s, u"portail"_s},
                                     {u"CostCenter"_s, u"CC-1001"_s},
                                     {u"Environment"_s, u"production"_s},
                                     {u"ManagedBy"_s, u"terraform"_s},
                                     {u"Name"_s, u"portail-web-prd-01"_s}}));
    QVERIFY(web->id.isEmpty()); // the project assigns ids
    const Workload *nodes = byKey(outcome.value(), u"module.eks.aws_eks_node_group.general"_s);
    QVERIFY(nodes);
    QCOMPARE(nodes->tags.value(u"node_count"_s).toDouble(), 3.0);
    QCOMPARE(nodes->tags.value(u"instance_type"_s).toString(), u"m6i.2xlarge"_s);
    const Workload *batch = byKey(outcome.value(), u"aws_instance.batch[\"nightly\"]"_s);
    QVERIFY(batch);
    QCOMPARE(batch->tags, (QVariantMap{{u"app"_s, u"batch"_s}, {u"env"_s, u"recette"_s}}));
}

void TestTerraformStateImporter::azureAndGcp()
{
    Result<ImportOutcome> outcome = importFixture(u"azure-gcp.tfstate"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    const QString f = u"azure-gcp.tfstate"_s;
    const QString sub = u"1f0e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s;
    const QStringList expected = {
        u"azurerm_linux_virtual_machine.app[0] | gesco-app-rec-01 | vm | 4 vCPU | 16 GiB | disk "
        u"64/? | gpu 0  | os linux/0001-com-ubuntu-server-jammy 22_04-lts-gen2 | power  | env "
        u"preprod | app gesco | crit  | data  | cc CC-2040 | cluster  | account %1 | region "
        u"francecentral | %2@resources[1].instances[0]"_s.arg(sub, f),
        u"azurerm_linux_virtual_machine.app[1] | gesco-app-rec-02 | vm | 4 vCPU | 16 GiB | disk "
        u"64/? | gpu 0  | os linux/0001-com-ubuntu-server-jammy 22_04-lts-gen2 | power  | env "
        u"preprod | app gesco | crit  | data  | cc CC-2040 | cluster  | account %1 | region "
        u"francecentral | %2@resources[1].instances[1]"_s.arg(sub, f),
        u"azurerm_windows_virtual_machine.ad | ad-dc-prd-01 | vm | 2 vCPU | 8 GiB | disk 127/? | "
        u"gpu 0  | os windows/WindowsServer 2022-datacenter-azure-edition | power  | env prod | "
        u"app  | crit critical | data  | cc  | cluster  | account %1 | region francecentral | "
        u"%2@resources[2].instances[0]"_s.arg(sub, f),
        u"azurerm_managed_disk.data | gesco-data-rec | storage | ? vCPU | ? GiB | disk 256/? | "
        u"gpu 0  | os / | power  | env preprod | app gesco | crit  | data  | cc  | cluster  | "
        u"account %1 | region francecentral | %2@resources[3].instances[0]"_s.arg(sub, f),
        u"module.aks.azurerm_kubernetes_cluster.aks | aks-prd-frc/system | kubernetes-node | 12 "
        u"vCPU | 48 GiB | disk 384/? | gpu 0  | os linux/ | power  | env prod | app plateforme | "
        u"crit  | data  | cc  | cluster aks-prd-frc | account %1 | region francecentral | "
        u"%2@resources[4].instances[0]"_s.arg(sub, f),
        u"module.aks.azurerm_kubernetes_cluster_node_pool.user | aks-prd-frc/user | "
        u"kubernetes-node | 16 vCPU | 128 GiB | disk 512/? | gpu 0  | os linux/ | power  | env "
        u"prod | app aks | crit  | data  | cc  | cluster aks-prd-frc | account %1 | region  | "
        u"%2@resources[5].instances[0]"_s.arg(sub, f),
        u"module.ml.google_compute_instance.train | ml-train-dev-01 | vm | 8 vCPU | 30 GiB | disk "
        u"575/? | gpu 1 T4 | os linux/debian-12-bookworm-v20240110 | power on | env dev | app "
        u"ml-platform | crit  | data  | cc  | cluster  | account acme-ml-dev | region "
        u"europe-west1 | %1@resources[6].instances[0]"_s.arg(f),
        u"google_compute_instance.vm[\"intranet\"] | intranet-web-01 | vm | 2 vCPU | 4 GiB | disk "
        u"50/? | gpu 0  | os windows/windows-2022 | power off | env prod | app  | crit  | data  | "
        u"cc  | cluster  | account acme-prod | region europe-west9 | "
        u"%1@resources[7].instances[0]"_s.arg(f),
        u"google_compute_instance.vm[\"report\"] | report-prd-01 | vm | 6 vCPU | 22.5 GiB | disk "
        u"100/? | gpu 0  | os linux/rhel-9 | power on | env prod | app reporting | crit  | data  "
        u"| cc  | cluster  | account acme-prod | region europe-west9 | "
        u"%1@resources[7].instances[1]"_s.arg(f),
        u"google_compute_disk.backup | backup-disk | storage | ? vCPU | ? GiB | disk 1000/? | gpu "
        u"0  | os / | power  | env prod | app  | crit  | data  | cc  | cluster  | account "
        u"acme-prod | region europe-west9 | %1@resources[8].instances[0]"_s.arg(f),
        u"google_container_node_pool.general | gke-prd/general | kubernetes-node | 24 vCPU | 96 "
        u"GiB | disk 600/? | gpu 0  | os linux/ | power  | env prod | app  | crit  | data  | cc  | "
        u"cluster gke-prd | account acme-prod | region europe-west9 | "
        u"%1@resources[10].instances[0]"_s.arg(f),
    };
    QCOMPARE(describeAll(outcome.value()), expected);
    QCOMPARE(outcome->rowsRead, 13);
    QCOMPARE(warnings(outcome.value(), f),
             QStringList{f + u": 2 resources of 2 other types were not imported: "
                             u"azurerm_resource_group, google_container_cluster"_s});
    const Workload *pool = byKey(outcome.value(), u"google_container_node_pool.general"_s);
    QVERIFY(pool);
    QCOMPARE(pool->tags.value(u"node_count"_s).toDouble(), 6.0); // 2 per zone × 3 zones
    QCOMPARE(pool->tags.value(u"team"_s).toString(), u"platform"_s);
}

void TestTerraformStateImporter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("truncated") << u"truncated.tfstate"_s
                               << u"truncated.tfstate:194:40: expected ',' or '}' after an "
                                  u"object member, found the end of the file"_s;
    QTest::newRow("resources is an object")
        << u"resources-object.tfstate"_s
        << u"resources-object.tfstate:7:16: resources: expected an array, found an object"_s;
    QTest::newRow("instances is a string")
        << u"instances-string.tfstate"_s
        << u"instances-string.tfstate:20:20: resources[1].instances: expected an array, found a "
           u"string"_s;
    QTest::newRow("version 3")
        << u"version3.tfstate"_s
        << u"version3.tfstate:2:16: Terraform state version 3 is not supported: Boussole reads "
           u"version 4, which Terraform 0.12 and later write (terraform state pull)"_s;
}

void TestTerraformStateImporter::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    Result<ImportOutcome> outcome = importFixture(file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
}

void TestTerraformStateImporter::notAState()
{
    QCOMPARE(importText(R"({"foo": 1})").error().toString(),
             u"t.tfstate: not a Terraform state: it has no \"version\" member"_s);
    QCOMPARE(importText(R"({"version": 4, "terraform_version": "1.7.5"})").error().toString(),
             u"t.tfstate: not a Terraform state: it has no \"resources\" array"_s);
    QCOMPARE(importText(R"([{"version": 4}])").error().toString(),
             u"t.tfstate:1:1: expected an object at the top level, found an array"_s);
    QCOMPARE(importText(R"({"version": "4", "resources": []})").error().toString(),
             u"t.tfstate:1:13: version: expected a number, found a string"_s);
    QCOMPARE(importText("").error().toString(), u"t.tfstate:1:1: the file is empty"_s);
    QCOMPARE(importText(R"({"version": 4, "resources": []} trailing)").error().toString(),
             u"t.tfstate:1:33: expected the end of the file after the JSON value, found 't'"_s);
    // An empty state is valid and imports nothing.
    Result<ImportOutcome> empty = importText(
        R"({"version":4,"terraform_version":"1.7.5","serial":1,"lineage":"x","outputs":{},"resources":[],"check_results":null})");
    QVERIFY(empty.ok());
    QVERIFY(empty->workloads.empty());
    QVERIFY(empty->warnings.empty());
}

void TestTerraformStateImporter::unusualMemberOrder()
{
    // "instances" before "type" and "mode" (hand-edited or re-serialised states), "version"
    // last, a data source, a resource without "type", attributes_flat, a tainted instance.
    Result<ImportOutcome> outcome = importText(R"({"resources": [
        {"instances": [{"attributes": {"instance_type": "t3.small", "tags": {"Name": "a"}}}],
         "name": "a", "type": "aws_instance", "mode": "managed"},
        {"mode": "data", "type": "aws_instance", "name": "lookup",
         "instances": [{"attributes": {"instance_type": "t3.small"}}]},
        {"mode": "managed", "name": "typeless", "instances": []},
        {"mode": "managed", "type": "aws_instance", "name": "old",
         "instances": [{"attributes_flat": {"instance_type": "t2.micro"}}]},
        {"mode": "managed", "type": "aws_instance", "name": "t",
         "instances": [{"status": "tainted", "attributes": {"instance_type": {"a": 1}}}]}
    ], "version": 4})");
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->workloads.size(), std::size_t(2));
    QCOMPARE(outcome->workloads[0].name, u"a"_s);
    QCOMPARE(outcome->workloads[0].vcpu, 2.0);
    QCOMPARE(outcome->workloads[0].memoryGib, 2.0);
    QCOMPARE(outcome->workloads[1].naturalKey, u"aws_instance.t"_s);
    QCOMPARE(outcome->workloads[1].vcpu, std::nullopt);
    QCOMPARE(warnings(outcome.value(), u"t.tfstate"_s),
             (QStringList{
                 u"t.tfstate:6:9: resources[2]: a resource without \"mode\", \"type\" or \"name\" "
                 u"was skipped"_s,
                 u"t.tfstate:8:24: resources[3].instances[0]: aws_instance.old has only flat "
                 u"attributes (Terraform 0.11 and older); it was not imported"_s,
                 u"t.tfstate:10:24: resources[4].instances[0].attributes.instance_type: expected "
                 u"a string, found an object; the value is ignored"_s,
                 u"t.tfstate:10:24: resources[4].instances[0].attributes.instance_type: no "
                 u"instance type; vCPU and memory of aws_instance.t are left unknown"_s}));
}

void TestTerraformStateImporter::skipBadRows()
{
    const QByteArray text =
        R"({"version": 4, "resources": [42, {"mode": "managed", "type": "aws_instance", "name": "x", "instances": ["i-1", {"attributes": {"instance_type": "t3.nano"}}]}]})";
    QCOMPARE(importText(text).error().toString(),
             u"t.tfstate:1:30: resources[0]: expected an object, found a number"_s);
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportOutcome> outcome = importText(text, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), std::size_t(1));
    QCOMPARE(outcome->workloads[0].memoryGib, 0.5);
    QCOMPARE(outcome->rowsSkipped, 2);
    QCOMPARE(warnings(outcome.value(), u"t.tfstate"_s),
             (QStringList{u"t.tfstate:1:30: row skipped: resources[0]: expected an object, found "
                          u"a number"_s,
                          u"t.tfstate:1:105: row skipped: resources[1].instances[0]: expected an "
                          u"object, found a string"_s}));
}

void TestTerraformStateImporter::injectedInstanceTypes()
{
    Result<InstanceTypes> custom = InstanceTypes::fromYaml(R"(provider: aws
sources:
  contract:
    url: https://example.invalid/contract
    date: 2026-11-01
    verified: true
types:
  x9z.mega: {vcpu: 96, memory_gib: 1536, gpu_count: 2, gpu_model: L4, arch: x86_64, source: contract}
)",
                                                           u"custom.yaml"_s);
    QVERIFY(custom.ok());
    QFile file(fixture(u"aws-modules.tfstate"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = u"aws-modules.tfstate"_s;
    const TerraformStateImporter importer(
        std::make_shared<const InstanceTypes>(std::move(custom).value()));
    Result<ImportOutcome> outcome = importer.read(file, context);
    QVERIFY(outcome.ok());
    const Workload *weekly = byKey(outcome.value(), u"aws_instance.batch[\"weekly\"]"_s);
    QVERIFY(weekly);
    QCOMPARE(weekly->vcpu, 96.0);
    QCOMPARE(weekly->gpuCount, 2);
    QCOMPARE(weekly->gpuModel, u"L4"_s);
    // Only the injected table is used: m6i.xlarge is now unknown.
    const Workload *web = byKey(outcome.value(), u"module.app.aws_instance.web[0]"_s);
    QVERIFY(web);
    QCOMPARE(web->vcpu, std::nullopt);
}

void TestTerraformStateImporter::sniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("score");

    QTest::newRow("state") << readAll(fixture(u"aws-modules.tfstate"_s)) << u"x.json"_s << 95;
    QTest::newRow("state, long outputs")
        << QByteArray(
               R"({"version":4,"terraform_version":"1.7.5","serial":1,"lineage":"x","outputs":{)")
        << u"x.json"_s << 85;
    // An old state is still a Terraform state: read() then explains the version.
    QTest::newRow("old state") << readAll(fixture(u"version3.tfstate"_s)) << u"x"_s << 95;
    QTest::newRow("no resources in the head")
        << QByteArray(R"({"terraform_version":"1.7.5","version":4)") << u"x"_s << 60;
    QTest::newRow("tfstate name") << QByteArray("{}") << u"terraform.tfstate"_s << 40;
    QTest::newRow("ec2") << readAll(QStringLiteral(BOUSSOLE_SOURCE_DIR
                                                   "/tests/data/ec2/describe-instances.json"))
                         << u"x.json"_s << 0;
    QTest::newRow("array") << QByteArray(R"([{"terraform_version":"1"}])") << u"x.json"_s << 0;
    QTest::newRow("csv") << QByteArray("name,vcpu\nweb,2\n") << u"x.csv"_s << 0;
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0", 6) << u"x.xlsx"_s << 0;
    QTest::newRow("empty") << QByteArray() << u"x"_s << 0;
}

void TestTerraformStateImporter::sniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, fileName);
    QFETCH(int, score);
    QCOMPARE(TerraformStateImporter().sniff(
                 head.first(std::min<qsizetype>(head.size(), Importer::kSniffBytes)), fileName),
             score);
}

void TestTerraformStateImporter::registry()
{
    ImporterRegistry registry;
    registry.add(std::make_unique<TerraformStateImporter>());
    registry.add(std::make_unique<ProxmoxImporter>());
    registry.add(std::make_unique<Ec2Importer>());
    const QByteArray head = readAll(fixture(u"azure-gcp.tfstate"_s)).first(4096);
    Result<const Importer *> chosen = registry.select(head, u"prod.json"_s);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value()->formatId(), u"terraform"_s);
    QCOMPARE(registry.find(u"TERRAFORM"_s), chosen.value());
    QCOMPARE(chosen.value()->displayName(), u"Terraform state (version 4)"_s);
    QVERIFY(TerraformStateImporter::supportedTypes().contains(u"google_container_node_pool"_s));
    QCOMPARE(TerraformStateImporter::supportedTypes().size(), 12);
}

void TestTerraformStateImporter::progressAndCancel()
{
    qint64 lastBytes = 0;
    qint64 lastRows = 0;
    ImportOptions options;
    options.progress = [&](qint64 bytes, qint64 rows) {
        lastBytes = bytes;
        lastRows = rows;
        return true;
    };
    Result<ImportOutcome> outcome = importFixture(u"aws-modules.tfstate"_s, options);
    QVERIFY(outcome.ok());
    QCOMPARE(lastBytes, QFileInfo(fixture(u"aws-modules.tfstate"_s)).size());
    QCOMPARE(lastRows, 18);
    options.progress = [](qint64, qint64) { return false; };
    Result<ImportOutcome> cancelled = importFixture(u"aws-modules.tfstate"_s, options);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().toString(), u"aws-modules.tfstate: import cancelled"_s);
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestTerraformStateImporter)
#include "TestTerraformStateImporter.moc"
