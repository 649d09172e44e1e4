#include "models/importers/CsvInventoryImporter.h"
#include "models/importers/Ec2Importer.h"
#include "models/importers/ProxmoxImporter.h"
#include "models/importers/TerraformStateImporter.h"

#include "tests/models/InventoryTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;
using testing::readAll;

namespace {

QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/proxmox/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/proxmox/");
    return (QFileInfo::exists(local) ? local : shared) + name;
}

Result<ImportOutcome> importFixture(const QString &name, ImportOptions options = {})
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(u"fixture missing: "_s + file.fileName());
    }
    ImportContext context;
    context.fileName = name;
    context.options = std::move(options);
    return ProxmoxImporter().read(file, context);
}

Result<ImportOutcome> importText(const QByteArray &text, ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    ImportContext context;
    context.fileName = u"r.json"_s;
    context.options = std::move(options);
    return ProxmoxImporter().read(buffer, context);
}

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value) : u"?"_s;
}

QString describe(const Workload &w)
{
    return QStringList{w.naturalKey,
                       w.name,
                       w.kind,
                       number(w.vcpu) + u" vCPU"_s,
                       number(w.memoryGib) + u" GiB"_s,
                       u"disk "_s + number(w.storageGib) + u'/' + number(w.storageUsedGib),
                       u"os "_s + w.osFamily,
                       u"power "_s + w.powerState + (w.isTemplate ? u" template"_s : QString()),
                       u"env "_s + w.environment,
                       u"cluster "_s + w.cluster,
                       u"tags "_s + QStringList(w.tags.keys()).join(u','),
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

} // namespace

class TestProxmoxImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clusterResources();
    void homelabPretty();
    void apiEnvelope();
    void malformed_data();
    void malformed();
    void entryProblems();
    void skipBadRows();
    void onlyNodes();
    void sniffing_data();
    void sniffing();
    void registry();
};

// moc does not understand raw string literals; it only needs the class above.
#ifndef Q_MOC_RUN

void TestProxmoxImporter::clusterResources()
{
    // pvesh get /cluster/resources --output-format json: one line, two nodes, storage, sdn and
    // a pool besides the guests.
    Result<ImportOutcome> outcome = importFixture(u"cluster-resources.json"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    const QString f = u"cluster-resources.json@"_s;
    QCOMPARE(describeAll(outcome.value()),
             (QStringList{
                 u"vmid:100 | web-prd-01 | vm | 4 vCPU | 8 GiB | disk 32/? | os  | power on | env "
                 u"prod | cluster pve1 | tags pool,prod,web | "_s +
                     f + u"[0]"_s,
                 u"vmid:101 | db-prd-01 | vm | 8 vCPU | 32 GiB | disk 200/? | os  | power on | env "
                 u"prod | cluster pve2 | tags pool,postgres,prod | "_s +
                     f + u"[1]"_s,
                 u"vmid:102 | win-rdp-01 | vm | 2 vCPU | 4 GiB | disk 64/? | os  | power off | env "
                 u" | cluster pve1 | tags  | "_s +
                     f + u"[2]"_s,
                 u"vmid:9000 | debian12-cloudinit | vm | 2 vCPU | 2 GiB | disk 3.5/? | os  | power "
                 u"off template | env  | cluster pve1 | tags  | "_s +
                     f + u"[3]"_s,
                 u"vmid:200 | pihole | container | 1 vCPU | 0.5 GiB | disk 8/2 | os linux | power "
                 u"on | env  | cluster pve2 | tags dns,homelab | "_s +
                     f + u"[4]"_s,
                 u"vmid:201 | nextcloud-dev | container | 2 vCPU | 2 GiB | disk 32/12 | os linux | "
                 u"power off | env dev | cluster pve1 | tags dev | "_s +
                     f + u"[5]"_s}));
    QCOMPARE(outcome->rowsRead, 6);
    QVERIFY(outcome->warnings.empty());
    const Workload &web = outcome->workloads.front();
    QCOMPARE(web.tags.value(u"prod"_s), QVariant(true));
    QCOMPARE(web.tags.value(u"pool"_s), QVariant(u"production"_s));
    QVERIFY(web.id.isEmpty());
}

void TestProxmoxImporter::homelabPretty()
{
    // --output-format json-pretty (3-space indents), one node, a VM without a name.
    Result<ImportOutcome> outcome = importFixture(u"homelab-pretty.json"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    const QString f = u"homelab-pretty.json@"_s;
    QCOMPARE(describeAll(outcome.value()),
             (QStringList{
                 u"vmid:101 | homeassistant | vm | 2 vCPU | 4 GiB | disk 32/? | os  | power on | "
                 u"env  | cluster pve | tags home | "_s +
                     f + u"[0]"_s,
                 u"vmid:105 | VM 105 | vm | 1 vCPU | 1 GiB | disk 16/? | os  | power off | env  | "
                 u"cluster pve | tags  | "_s +
                     f + u"[1]"_s,
                 u"vmid:110 | media-srv | container | 4 vCPU | 8 GiB | disk 500/321 | os linux | "
                 u"power on | env prod | cluster pve | tags media,prod | "_s +
                     f + u"[2]"_s}));
    QVERIFY(outcome->warnings.empty());
}

void TestProxmoxImporter::apiEnvelope()
{
    // GET /api2/json/cluster/resources answers {"data": [...]}.
    Result<ImportOutcome> outcome = importText(
        R"({"data":[{"id":"lxc/300","maxcpu":2,"maxdisk":4294967296,"maxmem":1073741824,"disk":1073741824,"name":"ct","node":"n1","status":"running","type":"lxc","vmid":300}]})");
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), std::size_t(1));
    QCOMPARE(describe(outcome->workloads[0]),
             u"vmid:300 | ct | container | 2 vCPU | 1 GiB | disk 4/1 | os linux | power on | env  "
             u"| cluster n1 | tags  | r.json@data[0]"_s);
}

void TestProxmoxImporter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("truncated")
        << u"truncated.json"_s
        << u"truncated.json:1:551: the string is not closed before the end of the file"_s;
    // pvesh get /version: an object, not the resource list.
    QTest::newRow("version")
        << u"version.json"_s
        << u"version.json:1:1: expected an array at the top level, found an object"_s;
    QTest::newRow("number among entries")
        << u"bad-entry.json"_s
        << u"bad-entry.json:1:364: [1]: expected an object, found a number"_s;
}

void TestProxmoxImporter::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    Result<ImportOutcome> outcome = importFixture(file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
}

void TestProxmoxImporter::entryProblems()
{
    Result<ImportOutcome> outcome = importText(R"([
 {"type":"qemu","vmid":100,"name":"a","maxcpu":"four","maxmem":"2147483648","status":"running"},
 {"type":"qemu","vmid":100,"name":"again"},
 {"type":"qemu","name":"no-id"},
 {"type":"lxc","id":"lxc/250","maxcpu":1},
 {"id":"qemu/7"},
 {"type":"qemu","vmid":8,"template":"1","tags":"prod, web"}
])");
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(
        describeAll(outcome.value()),
        (QStringList{u"vmid:100 | a | vm | ? vCPU | 2 GiB | disk ?/? | os  | power on | env  | "
                     u"cluster  | tags  | r.json@[0]"_s,
                     u"vmid:250 | CT 250 | container | 1 vCPU | ? GiB | disk ?/? | os linux | "
                     u"power  | env  | cluster  | tags  | r.json@[3]"_s,
                     u"vmid:8 | VM 8 | vm | ? vCPU | ? GiB | disk ?/? | os  | power  template "
                     u"| env prod | cluster  | tags prod,web | r.json@[5]"_s}));
    QCOMPARE(
        warnings(outcome.value(), u"r.json"_s),
        (QStringList{u"r.json:2:2: [0].maxcpu: expected a number, found a string; the value is "
                     u"ignored"_s,
                     u"r.json:3:2: [1]: vmid 100 is also listed at [0]; this entry was not "
                     u"imported"_s,
                     u"r.json:4:2: [2]: an entry without \"vmid\" was skipped"_s,
                     u"r.json:6:2: [4]: an entry without \"type\" was skipped"_s}));
    QCOMPARE(outcome->rowsRead, 5);
}

void TestProxmoxImporter::skipBadRows()
{
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportOutcome> outcome = importFixture(u"bad-entry.json"_s, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), std::size_t(2));
    QCOMPARE(outcome->rowsSkipped, 1);
    QCOMPARE(warnings(outcome.value(), u"bad-entry.json"_s),
             QStringList{u"bad-entry.json:1:364: row skipped: [1]: expected an object, found a "
                         u"number"_s});
}

void TestProxmoxImporter::onlyNodes()
{
    Result<ImportOutcome> outcome = importText(
        R"([{"id":"node/pve","type":"node","node":"pve","maxcpu":8,"maxmem":34359738368,"status":"online"}])");
    QVERIFY(outcome.ok());
    QVERIFY(outcome->workloads.empty());
    QCOMPARE(
        warnings(outcome.value(), u"r.json"_s),
        QStringList{u"r.json: the file lists no virtual machine (qemu) and no container (lxc)"_s});
    Result<ImportOutcome> empty = importText("[]");
    QVERIFY(empty.ok());
    QVERIFY(empty->warnings.empty());
}

void TestProxmoxImporter::sniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("score");

    QTest::newRow("compact") << readAll(fixture(u"cluster-resources.json"_s)) << 90;
    QTest::newRow("pretty") << readAll(fixture(u"homelab-pretty.json"_s)) << 90;
    QTest::newRow("API envelope") << QByteArray(R"({"data":[{"type":"qemu","maxmem":1}]})") << 90;
    QTest::newRow("untyped") << QByteArray(R"([{"vmid":100,"maxmem":1073741824}])") << 70;
    QTest::newRow("version") << readAll(fixture(u"version.json"_s)) << 0;
    QTest::newRow("terraform")
        << readAll(QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/terraform/aws-modules.tfstate"))
        << 0;
    QTest::newRow("ec2") << readAll(QStringLiteral(BOUSSOLE_SOURCE_DIR
                                                   "/tests/data/ec2/describe-instances.json"))
                         << 0;
    QTest::newRow("csv") << QByteArray("type;maxmem\nqemu;1\n") << 0;
}

void TestProxmoxImporter::sniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(int, score);
    QCOMPARE(
        ProxmoxImporter().sniff(head.first(std::min<qsizetype>(head.size(), Importer::kSniffBytes)),
                                u"resources.json"_s),
        score);
}

void TestProxmoxImporter::registry()
{
    // With the CSV importer in the registry too: the JSON must not be mistaken for CSV.
    ImporterRegistry registry;
    registry.add(std::make_unique<CsvInventoryImporter>());
    registry.add(std::make_unique<TerraformStateImporter>());
    registry.add(std::make_unique<ProxmoxImporter>());
    registry.add(std::make_unique<Ec2Importer>());
    for (const QString &name : {u"cluster-resources.json"_s, u"homelab-pretty.json"_s}) {
        Result<const Importer *> chosen = registry.select(readAll(fixture(name)), name);
        QVERIFY(chosen.ok());
        QCOMPARE(chosen.value()->formatId(), u"proxmox"_s);
    }
    QCOMPARE(registry.find(u"proxmox"_s)->displayName(),
             u"Proxmox VE resources (pvesh get /cluster/resources)"_s);
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestProxmoxImporter)
#include "TestProxmoxImporter.moc"
