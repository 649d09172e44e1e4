#include "models/importers/InstanceTypes.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

const InstanceTypes &table()
{
    static const InstanceTypes types = [] {
        Result<InstanceTypes> loaded = InstanceTypes::loadEmbedded();
        if (!loaded) {
            qFatal("%s", qPrintable(loaded.error().toString()));
        }
        return std::move(loaded).value();
    }();
    return types;
}

const QByteArray kValidYaml = R"(provider: aws
sources:
  doc:
    url: https://example.invalid/types
    date: 2026-11-29
    verified: false
types:
  m5.large: {vcpu: 2, memory_gib: 8, arch: x86_64, source: doc}
)";

} // namespace

class TestInstanceTypes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void embeddedLoads();
    void goldenEntries_data();
    void goldenEntries();
    void provenance();
    void spareCoresAttribution();
    void commonTypesPresent_data();
    void commonTypesPresent();
    void caseInsensitive();
    void gcpCustomTypes();
    void unknownTypes();
    void yamlErrors_data();
    void yamlErrors();
    void merge();
    void embeddedIsShared();
};

// moc does not understand raw string literals; it only needs the class above.
#ifndef Q_MOC_RUN

void TestInstanceTypes::embeddedLoads()
{
    QCOMPARE(table().providers(), (QStringList{u"aws"_s, u"azure"_s, u"gcp"_s}));
    qsizetype aws = 0;
    qsizetype azure = 0;
    qsizetype gcp = 0;
    for (const InstanceType &type : table().types()) {
        aws += type.provider == u"aws";
        azure += type.provider == u"azure";
        gcp += type.provider == u"gcp";
    }
    // 101 / 94 / 93 types from prices.csv, plus the ones added by hand.
    QCOMPARE(aws, 182);
    QCOMPARE(azure, 184);
    QCOMPARE(gcp, 116);
}

void TestInstanceTypes::goldenEntries_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("vcpu");
    QTest::addColumn<double>("memory");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<QString>("gpuModel");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("date");

    // From prices.csv (dated sources).
    QTest::newRow("m6i.xlarge") << u"aws"_s << u"m6i.xlarge"_s << 4.0 << 16.0 << 0 << QString()
                                << u"x86_64"_s << true << u"2026-08-08"_s;
    QTest::newRow("t3.nano") << u"aws"_s << u"t3.nano"_s << 2.0 << 0.5 << 0 << QString()
                             << u"x86_64"_s << true << u"2026-08-08"_s;
    QTest::newRow("c7g.2xlarge") << u"aws"_s << u"c7g.2xlarge"_s << 8.0 << 16.0 << 0 << QString()
                                 << u"arm64"_s << true << u"2026-08-08"_s;
    QTest::newRow("g5.12xlarge") << u"aws"_s << u"g5.12xlarge"_s << 48.0 << 192.0 << 4 << u"A10G"_s
                                 << u"x86_64"_s << true << u"2026-08-08"_s;
    QTest::newRow("D4s_v5") << u"azure"_s << u"Standard_D4s_v5"_s << 4.0 << 16.0 << 0 << QString()
                            << u"x86_64"_s << true << u"2026-01-31"_s;
    QTest::newRow("E8ps_v6") << u"azure"_s << u"Standard_E8ps_v6"_s << 8.0 << 64.0 << 0 << QString()
                             << u"arm64"_s << true << u"2026-01-31"_s;
    QTest::newRow("NC24ads_A100_v4")
        << u"azure"_s << u"Standard_NC24ads_A100_v4"_s << 24.0 << 220.0 << 1 << u"A100 80GB"_s
        << u"x86_64"_s << true << u"2026-01-31"_s;
    QTest::newRow("n2-standard-4") << u"gcp"_s << u"n2-standard-4"_s << 4.0 << 16.0 << 0
                                   << QString() << u"x86_64"_s << true << u"2026-07-30"_s;
    QTest::newRow("c4-highmem-2") << u"gcp"_s << u"c4-highmem-2"_s << 2.0 << 15.0 << 0 << QString()
                                  << u"x86_64"_s << true << u"2026-07-30"_s;
    QTest::newRow("a3-highgpu-8g") << u"gcp"_s << u"a3-highgpu-8g"_s << 208.0 << 1872.0 << 8
                                   << u"H100 80GB"_s << u"x86_64"_s << true << u"2026-07-30"_s;
    // Added from general knowledge: unverified, dated the day they were written.
    QTest::newRow("m5.large") << u"aws"_s << u"m5.large"_s << 2.0 << 8.0 << 0 << QString()
                              << u"x86_64"_s << false << u"2026-11-29"_s;
    QTest::newRow("r6i.32xlarge") << u"aws"_s << u"r6i.32xlarge"_s << 128.0 << 1024.0 << 0
                                  << QString() << u"x86_64"_s << false << u"2026-11-29"_s;
    QTest::newRow("m6g.large") << u"aws"_s << u"m6g.large"_s << 2.0 << 8.0 << 0 << QString()
                               << u"arm64"_s << false << u"2026-11-29"_s;
    QTest::newRow("B2ms") << u"azure"_s << u"Standard_B2ms"_s << 2.0 << 8.0 << 0 << QString()
                          << u"x86_64"_s << false << u"2026-11-29"_s;
    QTest::newRow("E96s_v5") << u"azure"_s << u"Standard_E96s_v5"_s << 96.0 << 672.0 << 0
                             << QString() << u"x86_64"_s << false << u"2026-11-29"_s;
    QTest::newRow("DS2_v2") << u"azure"_s << u"Standard_DS2_v2"_s << 2.0 << 7.0 << 0 << QString()
                            << u"x86_64"_s << false << u"2026-11-29"_s;
    QTest::newRow("e2-medium") << u"gcp"_s << u"e2-medium"_s << 2.0 << 4.0 << 0 << QString()
                               << u"x86_64"_s << false << u"2026-11-29"_s;
    QTest::newRow("n1-standard-8") << u"gcp"_s << u"n1-standard-8"_s << 8.0 << 30.0 << 0
                                   << QString() << u"x86_64"_s << false << u"2026-11-29"_s;
}

void TestInstanceTypes::goldenEntries()
{
    QFETCH(QString, provider);
    QFETCH(QString, name);
    QFETCH(double, vcpu);
    QFETCH(double, memory);
    QFETCH(int, gpus);
    QFETCH(QString, gpuModel);
    QFETCH(QString, arch);
    QFETCH(bool, verified);
    QFETCH(QString, date);

    const std::optional<InstanceType> type = table().find(provider, name);
    QVERIFY(type);
    QCOMPARE(type->provider, provider);
    QCOMPARE(type->name, name);
    QCOMPARE(type->vcpu, vcpu);
    QCOMPARE(type->memoryGib, memory);
    QCOMPARE(type->gpuCount, gpus);
    QCOMPARE(type->gpuModel, gpuModel);
    QCOMPARE(type->arch, arch);
    QCOMPARE(type->verified(), verified);
    QCOMPARE(type->date(), date);
    QVERIFY(type->sourceUrls().startsWith(u"https://"_s));
}

void TestInstanceTypes::provenance()
{
    const std::optional<InstanceType> m6i = table().find(u"aws", u"m6i.xlarge");
    QVERIFY(m6i);
    QCOMPARE(m6i->sourceUrls(),
             u"https://github.com/hitamu/cloud-price-tracker/blob/91ffec4ab9a5/data/prices.json"_s);
    const std::optional<InstanceType> n2 = table().find(u"gcp", u"n2-standard-4");
    QVERIFY(n2);
    QCOMPARE(n2->sources.front().licence, u"Apache-2.0"_s);
    // Every entry names a source with a URL and a date; unverified entries point at the
    // provider's documentation and carry the day they were written.
    for (const InstanceType &type : table().types()) {
        QVERIFY2(!type.sources.empty(), qPrintable(type.name));
        QVERIFY2(type.arch == u"x86_64" || type.arch == u"arm64", qPrintable(type.name));
        QVERIFY2(type.vcpu > 0 && type.memoryGib > 0, qPrintable(type.name));
        QVERIFY2((type.gpuCount > 0) == !type.gpuModel.isEmpty(), qPrintable(type.name));
        for (const InstanceTypeSource &source : type.sources) {
            QVERIFY2(source.url.startsWith(u"https://"_s), qPrintable(type.name));
            QVERIFY2(source.date.size() == 10 && source.date <= u"2026-11-29"_s,
                     qPrintable(type.name));
            if (!source.verified) {
                QCOMPARE(source.date, u"2026-11-29"_s);
                const bool documentation =
                    source.url.startsWith(u"https://docs.aws.amazon.com/"_s) ||
                    source.url.startsWith(u"https://learn.microsoft.com/"_s) ||
                    source.url.startsWith(u"https://cloud.google.com/"_s);
                QVERIFY2(documentation, qPrintable(type.name + u' ' + source.url));
            }
        }
    }
}

void TestInstanceTypes::spareCoresAttribution()
{
    // Specs from Spare Cores (CC BY-SA 4.0): all Azure rows of prices.csv and the AWS GPU rows.
    for (const auto &[provider, name] :
         {std::pair{u"azure"_s, u"Standard_D4s_v5"_s}, std::pair{u"aws"_s, u"g4dn.xlarge"_s}}) {
        const std::optional<InstanceType> type = table().find(provider, name);
        QVERIFY(type);
        bool attributed = false;
        for (const InstanceTypeSource &source : type->sources) {
            if (source.attribution == u"Spare Cores (sparecores.com), CC BY-SA 4.0") {
                attributed =
                    source.licence == u"CC BY-SA 4.0" &&
                    source.url == u"https://github.com/SpareCores/sc-data-dumps/tree/e8749bef991d";
            }
        }
        QVERIFY2(attributed, qPrintable(name));
    }
    // AWS CPU rows come from the AWS price list alone.
    const std::optional<InstanceType> m7i = table().find(u"aws", u"m7i.large");
    QVERIFY(m7i);
    QCOMPARE(m7i->sources.size(), std::size_t(1));
    QVERIFY(m7i->sources.front().attribution.isEmpty());
    // The shipped files say so at the top.
    for (const QString &provider : {u"aws"_s, u"azure"_s}) {
        QFile file(u":/instance-types/%1.yaml"_s.arg(provider));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(
            "Contains data from Spare Cores (sparecores.com), CC BY-SA 4.0."));
    }
}

void TestInstanceTypes::commonTypesPresent_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("name");
    const QStringList aws = {
        u"m5.large"_s,     u"m5.2xlarge"_s, u"m5.24xlarge"_s, u"m6i.large"_s,  u"m6i.32xlarge"_s,
        u"m7i.48xlarge"_s, u"c6i.large"_s,  u"c6i.4xlarge"_s, u"r6i.xlarge"_s, u"r6i.8xlarge"_s,
        u"t3.micro"_s,     u"t3.2xlarge"_s, u"t4g.small"_s,   u"m6g.large"_s,  u"r6g.xlarge"_s};
    for (const QString &name : aws) {
        QTest::newRow(qPrintable(u"aws "_s + name)) << u"aws"_s << name;
    }
    const QStringList azure = {u"Standard_D2s_v5"_s,  u"Standard_D96s_v5"_s,  u"Standard_E4s_v5"_s,
                               u"Standard_E64s_v5"_s, u"Standard_B1s"_s,      u"Standard_B4ms"_s,
                               u"Standard_B2s_v2"_s,  u"Standard_B2pts_v2"_s, u"Standard_D4ds_v5"_s,
                               u"Standard_D8as_v5"_s};
    for (const QString &name : azure) {
        QTest::newRow(qPrintable(u"azure "_s + name)) << u"azure"_s << name;
    }
    const QStringList gcp = {u"n2-standard-2"_s,  u"n2-standard-128"_s, u"e2-standard-2"_s,
                             u"e2-standard-32"_s, u"e2-medium"_s,       u"e2-micro"_s,
                             u"e2-small"_s,       u"n1-standard-1"_s};
    for (const QString &name : gcp) {
        QTest::newRow(qPrintable(u"gcp "_s + name)) << u"gcp"_s << name;
    }
}

void TestInstanceTypes::commonTypesPresent()
{
    QFETCH(QString, provider);
    QFETCH(QString, name);
    QVERIFY(table().find(provider, name));
}

void TestInstanceTypes::caseInsensitive()
{
    const std::optional<InstanceType> upper = table().find(u"AWS", u"M6I.XLARGE");
    QVERIFY(upper);
    QCOMPARE(upper->name, u"m6i.xlarge"_s); // spelt as the provider spells it
    QVERIFY(table().find(u"azure", u"standard_d4s_v5"));
    QVERIFY(table().find(u"azure", u" Standard_D4s_v5 "));
    // Azure sizes without their "Standard_" prefix, as some tools write them.
    const std::optional<InstanceType> bare = table().find(u"azure", u"D4s_v5");
    QVERIFY(bare);
    QCOMPARE(bare->name, u"Standard_D4s_v5"_s);
    QVERIFY(table().find(u"gcp", u"N2-STANDARD-4"));
}

void TestInstanceTypes::gcpCustomTypes()
{
    const std::optional<InstanceType> plain = table().find(u"gcp", u"custom-4-16384");
    QVERIFY(plain);
    QCOMPARE(plain->vcpu, 4.0);
    QCOMPARE(plain->memoryGib, 16.0);
    QVERIFY(plain->verified());
    const std::optional<InstanceType> n2 = table().find(u"gcp", u"n2-custom-6-23040");
    QVERIFY(n2);
    QCOMPARE(n2->vcpu, 6.0);
    QCOMPARE(n2->memoryGib, 22.5);
    const std::optional<InstanceType> extended = table().find(u"gcp", u"N2D-CUSTOM-4-65536-EXT");
    QVERIFY(extended);
    QCOMPARE(extended->memoryGib, 64.0);
    QCOMPARE(table().find(u"gcp", u"custom-0-1024"), std::nullopt);
    QCOMPARE(table().find(u"gcp", u"custom-4"), std::nullopt);
    QCOMPARE(table().find(u"aws", u"custom-4-16384"), std::nullopt); // GCP only
}

void TestInstanceTypes::unknownTypes()
{
    QCOMPARE(table().find(u"aws", u"x9z.mega"), std::nullopt);
    QCOMPARE(table().find(u"aws", u""), std::nullopt);
    QCOMPARE(table().find(u"aws", u"Standard_D4s_v5"), std::nullopt); // wrong provider
    QCOMPARE(table().find(u"ovhcloud", u"b3-16"), std::nullopt);
    QCOMPARE(table().find(u"aws", u"db.m6g.large"), std::nullopt); // callers strip "db."
}

void TestInstanceTypes::yamlErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");

    QTest::newRow("valid") << kValidYaml << u"ok"_s;
    QTest::newRow("not a mapping")
        << QByteArray("- a\n- b\n")
        << u"t.yaml:1:1: expected a mapping with \"provider\", \"sources\" and \"types\""_s;
    QTest::newRow("syntax") << QByteArray("provider: aws\ntypes: {m5.large: [\n")
                            << u"t.yaml:3:1: end of sequence flow not found"_s;
    QTest::newRow("missing vcpu")
        << QByteArray(kValidYaml).replace("vcpu: 2, ", "")
        << u"t.yaml:8:13: types.m5.large.vcpu: expected a number of vCPUs"_s;
    QTest::newRow("bad memory")
        << QByteArray(kValidYaml).replace("memory_gib: 8", "memory_gib: eight")
        << u"t.yaml:8:35: types.m5.large.memory_gib: expected an amount of memory"_s;
    QTest::newRow("bad arch") << QByteArray(kValidYaml).replace("x86_64", "sparc")
                              << u"t.yaml:8:44: types.m5.large.arch: expected x86_64, arm64"_s;
    QTest::newRow("unknown source")
        << QByteArray(kValidYaml).replace("source: doc", "source: docs")
        << u"t.yaml:8:60: types.m5.large.source: unknown source \"docs\""_s;
    QTest::newRow("source without date")
        << QByteArray(kValidYaml).replace("    date: 2026-11-29\n", "")
        << u"t.yaml:4:5: sources.doc: expected url, date and verified"_s;
    QTest::newRow("listed twice")
        << kValidYaml + "  M5.LARGE: {vcpu: 2, memory_gib: 8, arch: x86_64, source: doc}\n"
        << u"t.yaml:9:3: types.M5.LARGE: listed twice"_s;
}

void TestInstanceTypes::yamlErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    Result<InstanceTypes> parsed = InstanceTypes::fromYaml(yaml, u"t.yaml"_s);
    QCOMPARE(parsed.ok() ? u"ok"_s : parsed.error().toString(), error);
}

void TestInstanceTypes::merge()
{
    Result<InstanceTypes> mine =
        InstanceTypes::fromYaml(QByteArray(kValidYaml).replace("vcpu: 2", "vcpu: 3"), u"t.yaml"_s);
    QVERIFY(mine.ok());
    InstanceTypes merged = table();
    const qsizetype before = merged.size();
    merged.merge(mine.value());
    QCOMPARE(merged.size(), before);
    QCOMPARE(merged.find(u"aws", u"m5.large")->vcpu, 3.0);
    QCOMPARE(merged.find(u"aws", u"m5.large")->sourceUrls(), u"https://example.invalid/types"_s);
    QCOMPARE(table().find(u"aws", u"m5.large")->vcpu, 2.0);
}

void TestInstanceTypes::embeddedIsShared()
{
    Result<std::shared_ptr<const InstanceTypes>> first = InstanceTypes::embedded();
    Result<std::shared_ptr<const InstanceTypes>> second = InstanceTypes::embedded();
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first.value().get(), second.value().get());
    QCOMPARE(first.value()->size(), table().size());
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestInstanceTypes)
#include "TestInstanceTypes.moc"
