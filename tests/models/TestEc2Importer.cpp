#include "models/importers/Ec2Importer.h"
#include "models/importers/ProxmoxImporter.h"
#include "models/importers/TerraformStateImporter.h"

#include "tests/models/InventoryTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;
using testing::readAll;

namespace {

QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/ec2/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/ec2/");
    return (QFileInfo::exists(local) ? local : shared) + name;
}

Result<ImportOutcome> importDevice(QIODevice &device, const QString &fileName,
                                   ImportOptions options = {})
{
    ImportContext context;
    context.fileName = fileName;
    context.options = std::move(options);
    return Ec2Importer().read(device, context);
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
    return importDevice(buffer, u"i.json"_s, std::move(options));
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
                       u"disk "_s + number(w.storageGib),
                       u"gpu %1 %2"_s.arg(w.gpuCount).arg(w.gpuModel),
                       u"os "_s + w.osFamily + u'/' + w.osEdition,
                       u"power "_s + w.powerState,
                       u"env "_s + w.environment,
                       u"app "_s + w.application,
                       u"cc "_s + w.costCentre,
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

} // namespace

class TestEc2Importer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void describeInstances();
    void malformed_data();
    void malformed();
    void utf16FromPowerShell();
    void instanceProblems();
    void skipBadRows();
    void regionOfZone_data();
    void regionOfZone();
    void sniffing_data();
    void sniffing();
    void registry();
};

// moc does not understand raw string literals; it only needs the class above.
#ifndef Q_MOC_RUN

void TestEc2Importer::describeInstances()
{
    // aws ec2 describe-instances (CLI v2): two reservations, two accounts, a stopped, a pending
    // and a terminated instance, Windows, Graviton, and a type missing from the table.
    Result<ImportOutcome> outcome = importFixture(u"describe-instances.json"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    const QString f = u"describe-instances.json@"_s;
    QCOMPARE(describeAll(outcome.value()),
             (QStringList{
                 u"i-0a1b2c3d4e5f60001 | erp-app-prd-01 | vm | 4 vCPU | 16 GiB | disk ? | gpu 0  | "
                 u"os linux/Linux/UNIX | power on | env prod | app ERP | cc CC-1001 | account "
                 u"123456789012 | region eu-west-3 | "_s +
                     f + u"Reservations[0].Instances[0]"_s,
                 u"i-0a1b2c3d4e5f60002 | erp-app-stg-01 | vm | 2 vCPU | 8 GiB | disk ? | gpu 0  | "
                 u"os linux/Red Hat Enterprise Linux | power off | env preprod | app ERP | cc  | "
                 u"account 123456789012 | region eu-west-3 | "_s +
                     f + u"Reservations[0].Instances[1]"_s,
                 u"i-0b1b2c3d4e5f60003 | ad-dc-prd-01 | vm | 4 vCPU | 16 GiB | disk ? | gpu 0  | "
                 u"os windows/Windows | power on | env prod | app  | cc  | account 210987654321 | "
                 u"region eu-west-3 | "_s +
                     f + u"Reservations[1].Instances[0]"_s,
                 u"i-0b1b2c3d4e5f60005 | api-arm-dev-01 | vm | 8 vCPU | 16 GiB | disk ? | gpu 0  | "
                 u"os linux/Linux/UNIX | power on | env dev | app  | cc  | account 210987654321 | "
                 u"region eu-west-3 | "_s +
                     f + u"Reservations[1].Instances[2]"_s,
                 u"i-0b1b2c3d4e5f60006 | sap-hana-prd-01 | vm | ? vCPU | ? GiB | disk ? | gpu 0  | "
                 u"os linux/SUSE Linux | power on | env prod | app SAP | cc  | account "
                 u"210987654321 | region eu-west-3 | "_s +
                     f + u"Reservations[1].Instances[3]"_s}));
    QCOMPARE(outcome->rowsRead, 6);
    const QString w = u"describe-instances.json"_s;
    QCOMPARE(warnings(outcome.value(), w),
             (QStringList{
                 w + u":441:17: Reservations[1].Instances[1]: instance i-0b1b2c3d4e5f60004 is "
                     u"terminated; it was not imported"_s,
                 w + u":663:17: Reservations[1].Instances[3].InstanceType: unknown instance type "
                     u"\"x2idn.16xlarge\" (aws); vCPU and memory of i-0b1b2c3d4e5f60006 are left "
                     u"unknown"_s,
                 w + u": describe-instances does not give volume sizes: the storage of 5 "
                     u"instances is left unknown"_s}));
    const Workload &erp = outcome->workloads.front();
    QCOMPARE(erp.tags, (QVariantMap{{u"Application"_s, u"ERP"_s},
                                    {u"CostCenter"_s, u"CC-1001"_s},
                                    {u"Environment"_s, u"Production"_s},
                                    {u"Name"_s, u"erp-app-prd-01"_s}}));
    QCOMPARE(erp.storageGib, std::nullopt); // unknown, not 0
}

void TestEc2Importer::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("Instances is an object")
        << u"instances-object.json"_s
        << u"instances-object.json:305:26: Reservations[1].Instances: expected an array, found an "
           u"object"_s;
    QTest::newRow("truncated")
        << u"truncated.json"_s
        << u"truncated.json:308:1: expected a member name in double quotes, found the end of the "
           u"file"_s;
    QTest::newRow("describe-volumes")
        << u"describe-volumes.json"_s
        << u"describe-volumes.json: not the output of aws ec2 describe-instances: it has no "
           u"\"Reservations\" array"_s;
}

void TestEc2Importer::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    Result<ImportOutcome> outcome = importFixture(file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
}

void TestEc2Importer::utf16FromPowerShell()
{
    // Windows PowerShell 5's `aws ec2 describe-instances > out.json` writes UTF-16LE with a BOM.
    const QString text = QString::fromUtf8(readAll(fixture(u"describe-instances.json"_s)));
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray utf16 = encoder(text);
    QCOMPARE(importText(utf16).error().toString(),
             u"i.json:1:1: the file is encoded in UTF-16; save it as UTF-8 (in PowerShell: "
             u"Out-File -Encoding utf8)"_s);
    // Sniffing still recognises it, so the user gets that message rather than "unknown format".
    QCOMPARE(Ec2Importer().sniff(utf16.first(Importer::kSniffBytes), u"out.json"_s), 95);
}

void TestEc2Importer::instanceProblems()
{
    Result<ImportOutcome> outcome = importText(R"({"Reservations": [
  {"Instances": [
    {"InstanceType": "t3.micro"},
    {"InstanceId": "i-1", "InstanceType": "t3.micro", "State": {"Name": "running"},
     "Placement": {"AvailabilityZone": "eu-west-3b"}, "Tags": "Name=oops",
     "NetworkInterfaces": [{"OwnerId": "111111111111"}]},
    {"InstanceId": "i-1", "InstanceType": "t3.micro"},
    {"InstanceId": "i-2", "State": {"Name": "shutting-down"}},
    {"InstanceId": "i-3", "Tags": [{"Key": "Name", "Value": "no-type"}], "State": {"Name": "stopping"}}
  ]}
], "NextToken": "eyJ2IjoiMiJ9"})");
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(describeAll(outcome.value()),
             (QStringList{u"i-1 | i-1 | vm | 2 vCPU | 1 GiB | disk ? | gpu 0  | os / | power on | "
                          u"env  | app  | cc  | account 111111111111 | region eu-west-3 | "
                          u"i.json@Reservations[0].Instances[1]"_s,
                          u"i-3 | no-type | vm | ? vCPU | ? GiB | disk ? | gpu 0  | os / | power "
                          u"off | env  | app  | cc  | account  | region  | "
                          u"i.json@Reservations[0].Instances[4]"_s}));
    QCOMPARE(warnings(outcome.value(), u"i.json"_s),
             (QStringList{
                 u"i.json:3:5: Reservations[0].Instances[0]: an instance without \"InstanceId\" "
                 u"was skipped"_s,
                 u"i.json:4:5: Reservations[0].Instances[1].Tags: expected an object, found a "
                 u"string; the value is ignored"_s,
                 u"i.json:7:5: Reservations[0].Instances[2]: instance i-1 is listed twice; the "
                 u"second listing was not imported"_s,
                 u"i.json:8:5: Reservations[0].Instances[3]: instance i-2 is shutting-down; it "
                 u"was not imported"_s,
                 u"i.json:9:5: Reservations[0].Instances[4].InstanceType: no instance type; vCPU "
                 u"and memory of i-3 are left unknown"_s}));
}

void TestEc2Importer::skipBadRows()
{
    const QByteArray text =
        R"({"Reservations": [{"Instances": [null, {"InstanceId": "i-9", "InstanceType": "m6i.large"}], "OwnerId": "1"}, "r-2"]})";
    QCOMPARE(importText(text).error().toString(),
             u"i.json:1:34: Reservations[0].Instances[0]: expected an object, found null"_s);
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportOutcome> outcome = importText(text, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), std::size_t(1));
    QCOMPARE(outcome->workloads[0].account, u"1"_s);
    QCOMPARE(outcome->rowsSkipped, 2);
    QCOMPARE(
        warnings(outcome.value(), u"i.json"_s),
        (QStringList{u"i.json:1:34: row skipped: Reservations[0].Instances[0]: expected an "
                     u"object, found null"_s,
                     u"i.json:1:110: row skipped: Reservations[1]: expected an object, found a "
                     u"string"_s}));
}

void TestEc2Importer::regionOfZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("region");
    QTest::newRow("zone") << u"eu-west-3a"_s << u"eu-west-3"_s;
    QTest::newRow("region") << u"eu-west-3"_s << u"eu-west-3"_s;
    QTest::newRow("local zone") << u"us-east-1-bos-1a"_s << u"us-east-1"_s;
    QTest::newRow("wavelength") << u"us-east-1-wl1-bos-wlz-1"_s << u"us-east-1"_s;
    QTest::newRow("govcloud") << u"us-gov-west-1a"_s << u"us-gov-west-1"_s;
    QTest::newRow("gcp zone") << u"europe-west9-a"_s << QString();
    QTest::newRow("azure") << u"francecentral"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEc2Importer::regionOfZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, region);
    QCOMPARE(Ec2Importer::regionOfZone(zone), region);
}

void TestEc2Importer::sniffing_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("score");
    QTest::newRow("describe-instances") << readAll(fixture(u"describe-instances.json"_s)) << 95;
    QTest::newRow("no instances yet") << QByteArray(R"({"Reservations": []})") << 85;
    QTest::newRow("describe-volumes") << readAll(fixture(u"describe-volumes.json"_s)) << 0;
    QTest::newRow("terraform")
        << readAll(QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/terraform/aws-modules.tfstate"))
        << 0;
    QTest::newRow("text") << QByteArray("Reservations: none") << 0;
    QTest::newRow("array") << QByteArray(R"([{"Reservations": []}])") << 0;
}

void TestEc2Importer::sniffing()
{
    QFETCH(QByteArray, head);
    QFETCH(int, score);
    QCOMPARE(Ec2Importer().sniff(
                 head.first(std::min<qsizetype>(head.size(), Importer::kSniffBytes)), u"x.json"_s),
             score);
}

void TestEc2Importer::registry()
{
    ImporterRegistry registry;
    registry.add(std::make_unique<TerraformStateImporter>());
    registry.add(std::make_unique<ProxmoxImporter>());
    registry.add(std::make_unique<Ec2Importer>());
    Result<const Importer *> chosen =
        registry.select(readAll(fixture(u"describe-instances.json"_s)), u"instances.json"_s);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen.value()->formatId(), u"ec2"_s);
    QCOMPARE(chosen.value()->displayName(), u"AWS EC2 instances (aws ec2 describe-instances)"_s);
    QVERIFY(!registry.select(readAll(fixture(u"describe-volumes.json"_s)), u"v.json"_s).ok());
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestEc2Importer)
#include "TestEc2Importer.moc"
