#include "models/importers/ComposeImporter.h"

#include "tests/models/InventoryTestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;
using testing::byName;
using testing::keysOf;
using testing::warningsOf;

namespace {

QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/");
    return (QFileInfo::exists(local + u"compose"_s) ? local : shared) + name;
}

// Reads tests/data/compose/NAME through a QFile, as ImportService does, so that the folder
// gives the project name.
Result<ImportOutcome> importFixture(const QString &name, ImportOptions options = {})
{
    QFile file(fixture(u"compose/"_s + name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(u"fixture missing: "_s + file.fileName());
    }
    ImportContext context;
    context.fileName = QFileInfo(name).fileName();
    context.totalBytes = file.size();
    context.options = std::move(options);
    return ComposeImporter().read(file, context);
}

Result<ImportOutcome> importText(const QByteArray &text, ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    ImportContext context;
    context.fileName = u"compose.yaml"_s;
    context.options = std::move(options);
    return ComposeImporter().read(buffer, context);
}

// Sizes compared fuzzily; -1 stands for unknown.
double size(const std::optional<double> &value)
{
    return value.value_or(-1);
}

QByteArray service(const QByteArray &body)
{
    return "services:\n  web:\n    image: nginx:1.27\n" + body;
}

} // namespace

class TestComposeImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void homeAssistantStack();
    void jeedom();
    void gladys();
    void nextcloud();
    void malformed_data();
    void malformed();
    void serviceErrors_data();
    void serviceErrors();
    void replicas();
    void gpus();
    void variables();
    void volumes();
    void projectName();
    void moreDocuments();
    void skipBadRows();
    void dockerBytes_data();
    void dockerBytes();
    void sniffing_data();
    void sniffing();
};

void TestComposeImporter::homeAssistantStack()
{
    Result<ImportOutcome> outcome = importFixture(u"domotique/docker-compose.yml"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(keysOf(outcome.value()),
             QStringList({u"domotique/service/homeassistant"_s, u"domotique/service/mosquitto"_s,
                          u"domotique/service/zigbee2mqtt"_s, u"domotique/volume/mosquitto-data"_s,
                          u"domotique/volume/mosquitto-log"_s}));
    QCOMPARE(outcome->rowsRead, 3);

    const Workload *ha = byName(outcome.value(), u"homeassistant"_s);
    QVERIFY(ha);
    QCOMPARE(ha->kind, u"container"_s);
    QCOMPARE(ha->vcpu, std::nullopt); // no limit: unknown, not 0
    QCOMPARE(ha->memoryGib, std::nullopt);
    QCOMPARE(ha->application, u"domotique"_s); // the folder
    QCOMPARE(ha->powerState, u"on"_s);
    QCOMPARE(ha->sourceFile, u"docker-compose.yml"_s);
    QCOMPARE(ha->sourceLocation, u"services.homeassistant"_s);
    const QVariantMap haTags{{u"image"_s, u"ghcr.io/home-assistant/home-assistant:stable"_s},
                             {u"container_name"_s, u"homeassistant"_s},
                             {u"network_mode"_s, u"host"_s},
                             {u"privileged"_s, true}};
    QCOMPARE(ha->tags, haTags);

    const Workload *mosquitto = byName(outcome.value(), u"mosquitto"_s);
    QVERIFY(mosquitto);
    QCOMPARE(size(mosquitto->vcpu), 0.25);        // v2-style cpus
    QCOMPARE(size(mosquitto->memoryGib), 0.0625); // mem_limit: 64m
    QCOMPARE(mosquitto->tags.value(u"image"_s), QVariant(u"eclipse-mosquitto:2.0"_s));

    const Workload *z2m = byName(outcome.value(), u"zigbee2mqtt"_s);
    QVERIFY(z2m);
    QCOMPARE(size(z2m->vcpu), 0.5); // deploy.resources.limits
    QCOMPARE(size(z2m->memoryGib), 0.25);
    QCOMPARE(z2m->tags.value(u"depends_on"_s), QVariant(u"mosquitto"_s));
    QCOMPARE(z2m->tags.value(u"devices"_s),
             QVariant(u"/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_0001-if00-"
                      "port0"_s));

    const Workload *data = byName(outcome.value(), u"mosquitto-data"_s);
    QVERIFY(data);
    QCOMPARE(data->kind, u"storage"_s);
    QCOMPARE(data->storageGib, std::nullopt); // a Compose file never says
    QCOMPARE(data->tags, QVariantMap({{u"used_by"_s, u"mosquitto"_s}}));
    QCOMPARE(data->sourceLocation, u"volumes.mosquitto-data"_s);
    QCOMPARE(data->application, u"domotique"_s);

    QCOMPARE(warningsOf(outcome.value(), u"docker-compose.yml"_s),
             QStringList({u"docker-compose.yml: 1 service(s) have no CPU or memory limit: sizing "
                          "will need utilisation data"_s}));
}

void TestComposeImporter::jeedom()
{
    Result<ImportOutcome> outcome = importFixture(u"jeedom/docker-compose.yml"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(keysOf(outcome.value()),
             QStringList({u"jeedom/service/db"_s, u"jeedom/service/jeedom"_s, u"jeedom/volume/db"_s,
                          u"jeedom/volume/jeedom-html"_s}));
    const Workload *db = byName(outcome.value(), u"db"_s);
    QVERIFY(db);
    QCOMPARE(size(db->vcpu), 0.5); // reservations only: the floor is all we know
    QCOMPARE(size(db->memoryGib), 0.5);
    QCOMPARE(db->tags.value(u"image"_s), QVariant(u"mariadb:10.11"_s));

    const Workload *jeedom = byName(outcome.value(), u"jeedom"_s);
    QVERIFY(jeedom);
    QCOMPARE(size(jeedom->vcpu), 1.0);
    QCOMPARE(size(jeedom->memoryGib), 1.0); // 1g
    QCOMPARE(jeedom->tags.value(u"depends_on"_s), QVariant(u"db"_s));
    QCOMPARE(jeedom->tags.value(u"devices"_s), QVariant(u"/dev/ttyUSB0"_s));

    const Workload *html =
        outcome->workloads.back().kind == u"storage" ? &outcome->workloads.back() : nullptr;
    QVERIFY(html);
    QCOMPARE(html->name, u"jeedom-html"_s);
    // The long syntax names the volume; the bind mount of ./backup is the host's disk.
    QCOMPARE(html->tags, QVariantMap({{u"driver"_s, u"local"_s}, {u"used_by"_s, u"jeedom"_s}}));
    QVERIFY(outcome->warnings.empty());
}

void TestComposeImporter::gladys()
{
    Result<ImportOutcome> outcome = importFixture(u"gladys/docker-compose.yml"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(keysOf(outcome.value()),
             QStringList({u"gladys/service/gladys"_s, u"gladys/service/watchtower"_s}));
    const Workload *gladys = byName(outcome.value(), u"gladys"_s);
    QVERIFY(gladys);
    QCOMPARE(size(gladys->vcpu), 1.5);
    QCOMPARE(size(gladys->memoryGib), 1.0);
    QCOMPARE(gladys->tags.value(u"privileged"_s), QVariant(true));
    QCOMPARE(gladys->tags.value(u"network_mode"_s), QVariant(u"host"_s));
    QCOMPARE(gladys->tags.value(u"container_name"_s), QVariant(u"gladys"_s));

    const Workload *watchtower = byName(outcome.value(), u"watchtower"_s);
    QVERIFY(watchtower);
    QCOMPARE(watchtower->vcpu, std::nullopt); // memory only
    QCOMPARE(size(watchtower->memoryGib), 0.125);
    QCOMPARE(warningsOf(outcome.value(), u"docker-compose.yml"_s),
             QStringList({u"docker-compose.yml: 1 service(s) have no CPU or memory limit: sizing "
                          "will need utilisation data"_s}));
}

void TestComposeImporter::nextcloud()
{
    Result<ImportOutcome> outcome = importFixture(u"nextcloud/compose.yaml"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    // name: wins over the folder.
    QCOMPARE(keysOf(outcome.value()),
             QStringList({u"cloud-maison/service/nextcloud"_s, u"cloud-maison/service/cron"_s,
                          u"cloud-maison/service/db"_s, u"cloud-maison/service/redis"_s,
                          u"cloud-maison/service/collabora"_s, u"cloud-maison/volume/nextcloud"_s,
                          u"cloud-maison/volume/db"_s, u"cloud-maison/volume/redis"_s}));

    const Workload *nextcloud = byName(outcome.value(), u"nextcloud"_s);
    QVERIFY(nextcloud);
    QCOMPARE(nextcloud->application, u"cloud-maison"_s);
    QCOMPARE(size(nextcloud->vcpu), 2.0);
    QCOMPARE(size(nextcloud->memoryGib), 2.0); // ${NEXTCLOUD_MEMORY:-2G}
    QCOMPARE(nextcloud->tags.value(u"depends_on"_s), QVariant(u"db,redis"_s)); // long syntax

    const Workload *db = byName(outcome.value(), u"db"_s);
    QVERIFY(db);
    QCOMPARE(size(db->memoryGib), 1.0); // the limit, not the 512M reservation

    const Workload *collabora = byName(outcome.value(), u"collabora"_s);
    QVERIFY(collabora);
    QCOMPARE(size(collabora->vcpu), 3.0); // 2 replicas × 1.5
    QCOMPARE(size(collabora->memoryGib), 3.0);
    QCOMPARE(collabora->tags.value(u"profiles"_s), QVariant(u"office"_s));
    QCOMPARE(collabora->tags.value(u"replicas"_s), QVariant(qint64(2)));

    const Workload *volume = nullptr;
    for (const Workload &w : outcome->workloads) {
        if (w.naturalKey == u"cloud-maison/volume/nextcloud") {
            volume = &w;
        }
    }
    QVERIFY(volume);
    QCOMPARE(volume->tags.value(u"used_by"_s), QVariant(u"nextcloud,cron"_s));
    QVERIFY(outcome->warnings.empty());
}

void TestComposeImporter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("services as a list")
        << u"broken/services-list.yml"_s
        << u"services-list.yml:2:3: services: expected a mapping of services, found a list"_s;
    QTest::newRow("cpus: half") << u"broken/bad-cpus.yml"_s
                                << u"bad-cpus.yml:7:17: services.web.deploy.resources.limits.cpus: "
                                   "expected a number of CPUs such as 0.5 or 2, found \"half\""_s;
}

void TestComposeImporter::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    Result<ImportOutcome> outcome = importFixture(file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
}

void TestComposeImporter::serviceErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("bad indentation")
        << QByteArray("services:\n  web:\n    image: nginx\n   mem_limit: 1g\n")
        << u"compose.yaml:4:4: invalid YAML: this line is not indented like the other keys of "
           "its mapping"_s;
    QTest::newRow("memory words") << service("    mem_limit: a lot\n")
                                  << u"compose.yaml:4:16: services.web.mem_limit: expected a "
                                     "memory size such as 512m or 1g, found \"a lot\""_s;
    QTest::newRow("Kubernetes exponent") << service("    mem_limit: 1e9\n")
                                         << u"compose.yaml:4:16: services.web.mem_limit: expected "
                                            "a memory size such as 512m or 1g, found \"1e9\""_s;
    QTest::newRow("negative cpus") << service("    cpus: -1\n")
                                   << u"compose.yaml:4:11: services.web.cpus: expected a number "
                                      "of CPUs such as 0.5 or 2, found \"-1\""_s;
    QTest::newRow("replicas words") << service("    deploy:\n      replicas: many\n")
                                    << u"compose.yaml:5:17: services.web.deploy.replicas: "
                                       "expected a number of replicas (0 or more), found "
                                       "\"many\""_s;
    QTest::newRow("image as a mapping") << QByteArray("services:\n  web:\n    image: {a: 1}\n")
                                        << u"compose.yaml:3:12: services.web.image: expected an "
                                           "image such as nginx:1.27, found a mapping"_s;
    QTest::newRow("service is text") << QByteArray("services:\n  web: nginx\n")
                                     << u"compose.yaml:2:8: services.web: expected a service "
                                        "definition such as image: nginx, found \"nginx\""_s;
    QTest::newRow("privileged words") << service("    privileged: sometimes\n")
                                      << u"compose.yaml:4:17: services.web.privileged: expected "
                                         "true or false, found \"sometimes\""_s;
    QTest::newRow("volumes as text") << service("    volumes: data:/data\n")
                                     << u"compose.yaml:4:14: services.web.volumes: expected a "
                                        "list of volumes, found \"data:/data\""_s;
    QTest::newRow("gpu count words")
        << service("    deploy:\n      resources:\n        reservations:\n          devices:\n"
                   "            - capabilities: [gpu]\n              count: several\n")
        << u"compose.yaml:9:22: services.web.deploy.resources.reservations.devices[0].count: "
           "expected a number of GPUs or \"all\", found \"several\""_s;
    QTest::newRow("cpu quota") << service("    cpu_quota: -5\n")
                               << u"compose.yaml:4:16: services.web.cpu_quota: expected a CPU "
                                  "quota in microseconds such as 50000, found \"-5\""_s;
    QTest::newRow("document is text") << QByteArray("docker compose up -d\n")
                                      << u"compose.yaml:1:1: expected a Compose file (a mapping "
                                         "with a services section), found \"docker compose up "
                                         "-d\""_s;
    QTest::newRow("version 1") << QByteArray("web:\n  image: nginx\n")
                               << u"compose.yaml:1:1: no services section: expected "
                                  "\"services:\" at the top level (Compose files of version 1, "
                                  "without it, are not supported)"_s;
    QTest::newRow("empty") << QByteArray("# nothing yet\n") << u"compose.yaml: the file is empty"_s;
    QTest::newRow("alias bomb")
        << QByteArray("x-a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                      "x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                      "x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                      "x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                      "x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                      "x-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                      "x-g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                      "services:\n  web:\n    image: nginx\n    x-boom: [*g, *g]\n")
        << u"compose.yaml:7:22: x-g[3]: the YAML expands to too many nodes (alias bomb?)"_s;
}

void TestComposeImporter::serviceErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    Result<ImportOutcome> outcome = importText(text);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
}

void TestComposeImporter::replicas()
{
    Result<ImportOutcome> outcome =
        importText("services:\n"
                   "  a:\n    image: a\n    scale: 3\n    cpus: 0.5\n    mem_limit: 256m\n"
                   "  b:\n    image: b\n    deploy:\n      replicas: 0\n"
                   "      resources: {limits: {cpus: '2', memory: 2g}}\n"
                   "  c:\n    image: c\n    deploy:\n      mode: global\n"
                   "      resources: {limits: {cpus: '1', memory: 1g}}\n"
                   "  d:\n    build: ./d\n    cpu_quota: 50000\n    mem_reservation: 1gb\n"
                   "  e:\n    build:\n      context: ./e\n    cpu_count: 2\n    cpu_quota: 150000\n"
                   "    cpu_period: 50000\n    mem_limit: 1073741824\n");
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    const ImportOutcome &o = outcome.value();
    QCOMPARE(size(byName(o, u"a"_s)->vcpu), 1.5);
    QCOMPARE(size(byName(o, u"a"_s)->memoryGib), 0.75);
    QCOMPARE(byName(o, u"a"_s)->tags.value(u"replicas"_s), QVariant(qint64(3)));
    QCOMPARE(byName(o, u"b"_s)->powerState, u"off"_s); // scaled to zero: sized for one
    QCOMPARE(size(byName(o, u"b"_s)->vcpu), 2.0);
    QCOMPARE(size(byName(o, u"c"_s)->vcpu), 1.0);
    QCOMPARE(size(byName(o, u"d"_s)->vcpu), 0.5); // 50 ms of every 100 ms
    QCOMPARE(size(byName(o, u"d"_s)->memoryGib), 1.0);
    QCOMPARE(byName(o, u"d"_s)->tags.value(u"build"_s), QVariant(u"./d"_s));
    QCOMPARE(size(byName(o, u"e"_s)->vcpu), 3.0); // the quota is a limit, cpu_count is not
    QCOMPARE(size(byName(o, u"e"_s)->memoryGib), 1.0);
    QCOMPARE(byName(o, u"e"_s)->tags.value(u"build"_s), QVariant(u"./e"_s));
    QCOMPARE(warningsOf(o, u"compose.yaml"_s),
             QStringList({u"compose.yaml:15:13: services.c.deploy.mode: service \"c\" runs one "
                          "container on every node of the swarm; counted as one replica"_s}));
}

void TestComposeImporter::gpus()
{
    Result<ImportOutcome> outcome = importText(
        "services:\n"
        "  ollama:\n    image: ollama/ollama\n    deploy:\n      resources:\n"
        "        reservations:\n          devices:\n            - driver: nvidia\n"
        "              count: 2\n              capabilities: [gpu]\n"
        "  jellyfin:\n    image: jellyfin/jellyfin\n    deploy:\n      resources:\n"
        "        reservations:\n          devices:\n            - capabilities: [gpu]\n"
        "              count: all\n"
        "  frigate:\n    image: frigate\n    deploy:\n      resources:\n        reservations:\n"
        "          devices:\n            - capabilities: [gpu]\n              device_ids: ['0', "
        "'1', '2']\n"
        "  plex:\n    image: plex\n    runtime: nvidia\n"
        "  immich:\n    image: immich\n    gpus: all\n"
        "  tdarr:\n    image: tdarr\n    deploy:\n      replicas: 2\n      resources:\n"
        "        reservations:\n          devices:\n            - capabilities: [gpu]\n"
        "  nginx:\n    image: nginx\n    deploy:\n      resources:\n        reservations:\n"
        "          devices:\n            - capabilities: [tpu]\n");
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(byName(outcome.value(), u"ollama"_s)->gpuCount, 2);
    QCOMPARE(byName(outcome.value(), u"jellyfin"_s)->gpuCount, 1); // "all": at least one
    QCOMPARE(byName(outcome.value(), u"frigate"_s)->gpuCount, 3);
    QCOMPARE(byName(outcome.value(), u"plex"_s)->gpuCount, 1);
    QCOMPARE(byName(outcome.value(), u"immich"_s)->gpuCount, 1);
    QCOMPARE(byName(outcome.value(), u"tdarr"_s)->gpuCount, 2); // 2 replicas × 1
    QCOMPARE(byName(outcome.value(), u"nginx"_s)->gpuCount, 0);
}

void TestComposeImporter::variables()
{
    Result<ImportOutcome> outcome =
        importText(service("    cpus: ${WEB_CPUS}\n    mem_limit: ${WEB_MEMORY-512m}\n"));
    QVERIFY(outcome.ok());
    const Workload *web = byName(outcome.value(), u"web"_s);
    QCOMPARE(web->vcpu, std::nullopt);
    QCOMPARE(size(web->memoryGib), 0.5);
    QCOMPARE(warningsOf(outcome.value(), u"compose.yaml"_s),
             QStringList({u"compose.yaml:4:11: services.web.cpus: \"${WEB_CPUS}\" uses a variable "
                          "without a default; the size is unknown"_s,
                          u"compose.yaml: 1 service(s) have no CPU or memory limit: sizing will "
                          "need utilisation data"_s}));
    // A defaulted variable that is not a number is still an error.
    outcome = importText(service("    cpus: ${WEB_CPUS:-lots}\n"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(),
             u"compose.yaml:4:11: services.web.cpus: expected a number of CPUs such as 0.5 or 2, "
             "found \"${WEB_CPUS:-lots}\""_s);
}

void TestComposeImporter::volumes()
{
    Result<ImportOutcome> outcome = importText(
        "services:\n  app:\n    image: app\n    cpus: 1\n    mem_limit: 1g\n    volumes:\n"
        "      - data:/data\n      - cache:/cache:ro\n      - /srv/media:/media\n"
        "      - ./conf:/conf\n      - ~/x:/x\n      - /anonymous\n"
        "      - type: tmpfs\n        target: /tmp\n"
        "  backup:\n    image: restic\n    cpus: 0.5\n    mem_limit: 256m\n    volumes:\n"
        "      - data:/data:ro\n"
        "volumes:\n  data:\n    external: true\n  unused:\n    name: legacy\n"
        "  x-note: comment\n");
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(keysOf(outcome.value()),
             QStringList({u"service/app"_s, u"service/backup"_s, u"volume/data"_s,
                          u"volume/unused"_s, u"volume/cache"_s}));
    const Workload *data = byName(outcome.value(), u"data"_s);
    QCOMPARE(data->tags, QVariantMap({{u"external"_s, true}, {u"used_by"_s, u"app,backup"_s}}));
    QVERIFY(byName(outcome.value(), u"unused"_s)->tags.isEmpty());
    QCOMPARE(warningsOf(outcome.value(), u"compose.yaml"_s),
             QStringList({u"compose.yaml:8:9: services.app.volumes[1]: volume \"cache\" is not "
                          "declared in the top-level volumes section"_s}));
    QCOMPARE(byName(outcome.value(), u"cache"_s)->sourceLocation, u"services.app.volumes[1]"_s);
}

void TestComposeImporter::projectName()
{
    QCOMPARE(ComposeImporter::projectNameFromFolder(u"Homelab Maison"), u"homelabmaison"_s);
    QCOMPARE(ComposeImporter::projectNameFromFolder(u"_My-Stack_2"), u"my-stack_2"_s);
    QCOMPARE(ComposeImporter::projectNameFromFolder(u"Élysée"), u"lyse"_s);

    // Read from a QFile: the folder's name, normalised.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"Maison-Prod"_s));
    QFile file(dir.path() + u"/Maison-Prod/docker-compose.yml"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(service("    cpus: 1\n    mem_limit: 1g\n"));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportContext context;
    context.fileName = u"docker-compose.yml"_s;
    Result<ImportOutcome> outcome = ComposeImporter().read(file, context);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads[0].application, u"maison-prod"_s);
    QCOMPARE(outcome->workloads[0].naturalKey, u"maison-prod/service/web"_s);
    QCOMPARE(outcome->workloads[0].environment, u"prod"_s);

    // A buffer has no folder; name: with a defaulted variable.
    outcome = importText("name: ${PROJECT:-media-dev}\n" + service({}));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads[0].application, u"media-dev"_s);
    QCOMPARE(outcome->workloads[0].environment, u"dev"_s);
    outcome = importText(service({}));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads[0].application, QString());
    QCOMPARE(outcome->workloads[0].naturalKey, u"service/web"_s);
}

void TestComposeImporter::moreDocuments()
{
    Result<ImportOutcome> outcome =
        importText("---\n# header\n" + service("    cpus: 1\n    mem_limit: 1g\n") +
                   "---\nservices:\n  other:\n    image: x\n");
    QVERIFY(outcome.ok());
    QCOMPARE(keysOf(outcome.value()), QStringList({u"service/web"_s}));
    QCOMPARE(warningsOf(outcome.value(), u"compose.yaml"_s),
             QStringList({u"compose.yaml:8: document 2 is ignored: a Compose file is one YAML "
                          "document"_s}));
}

void TestComposeImporter::skipBadRows()
{
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportOutcome> outcome =
        importText("services:\n  bad:\n    image: a\n    cpus: x\n  good:\n    image: b\n"
                   "    cpus: 1\n    mem_limit: 1g\n",
                   options);
    QVERIFY(outcome.ok());
    QCOMPARE(keysOf(outcome.value()), QStringList({u"service/good"_s}));
    QCOMPARE(outcome->rowsRead, 2);
    QCOMPARE(outcome->rowsSkipped, 1);
    QCOMPARE(warningsOf(outcome.value(), u"compose.yaml"_s),
             QStringList({u"compose.yaml:4:11: service skipped: services.bad.cpus: expected a "
                          "number of CPUs such as 0.5 or 2, found \"x\""_s}));
}

void TestComposeImporter::dockerBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("bytes"); // -1: not a size

    QTest::newRow("bytes") << u"1073741824"_s << 1073741824.0;
    QTest::newRow("512M") << u"512M"_s << 536870912.0;
    QTest::newRow("512m") << u"512m"_s << 536870912.0;
    QTest::newRow("1g") << u"1g"_s << 1073741824.0;
    QTest::newRow("1gb") << u"1gb"_s << 1073741824.0;
    QTest::newRow("1GiB") << u"1GiB"_s << 1073741824.0;
    QTest::newRow("1.5g") << u"1.5g"_s << 1610612736.0;
    QTest::newRow("64k") << u"64k"_s << 65536.0;
    QTest::newRow("100b") << u"100b"_s << 100.0;
    QTest::newRow("1t") << u"1t"_s << 1099511627776.0;
    QTest::newRow("space") << u"2 GB"_s << 2147483648.0;
    QTest::newRow("words") << u"lots"_s << -1.0;
    QTest::newRow("empty") << QString() << -1.0;
    QTest::newRow("unit alone") << u"g"_s << -1.0;
    QTest::newRow("unknown unit") << u"5x"_s << -1.0;
    QTest::newRow("i without unit") << u"5i"_s << -1.0;
    QTest::newRow("512Mi (go-units takes it)") << u"512Mi"_s << 536870912.0;
    QTest::newRow("exponent") << u"1e9"_s << -1.0;
    QTest::newRow("trailing dot") << u"1."_s << -1.0;
    QTest::newRow("negative") << u"-1g"_s << -1.0;
}

void TestComposeImporter::dockerBytes()
{
    QFETCH(QString, text);
    QFETCH(double, bytes);
    const std::optional<double> parsed = parseDockerBytes(text);
    if (bytes < 0) {
        QCOMPARE(parsed, std::nullopt);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, bytes);
    }
}

void TestComposeImporter::sniffing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("score");

    QTest::newRow("home assistant") << u"compose/domotique/docker-compose.yml"_s << 95;
    QTest::newRow("x- header first") << u"compose/jeedom/docker-compose.yml"_s << 95;
    QTest::newRow("compose.yaml") << u"compose/nextcloud/compose.yaml"_s << 95;
    QTest::newRow("kubernetes") << u"kubernetes/helm-rendered.yaml"_s << 0;
    QTest::newRow("kubectl list") << u"kubernetes/kubectl-get-all.yaml"_s << 0;
    QTest::newRow("csv") << u"csv/cmdb-export-en.csv"_s << 0;
    QTest::newRow("mapping yaml") << u"csv/custom-mapping.yaml"_s << 0;
}

void TestComposeImporter::sniffing()
{
    QFETCH(QString, file);
    QFETCH(int, score);
    QFile in(fixture(file));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray head = in.read(Importer::kSniffBytes);
    QCOMPARE(ComposeImporter().sniff(head, QFileInfo(file).fileName()), score);

    const ComposeImporter importer;
    QCOMPARE(importer.sniff("services:\n  web:\n    image: nginx\n", u"stack.yml"_s), 85);
    QCOMPARE(importer.sniff("# big x- header first\nx-a: 1\n", u"docker-compose.prod.yml"_s), 30);
    QCOMPARE(importer.sniff("{\"services\": {}}", u"compose.json"_s), 0);
    QCOMPARE(importer.sniff("apiVersion: v1\nkind: Service\nservices:\n", u"compose.yaml"_s), 0);
    QCOMPARE(importer.formatId(), u"compose"_s);
}

QTEST_GUILESS_MAIN(TestComposeImporter)
#include "TestComposeImporter.moc"
