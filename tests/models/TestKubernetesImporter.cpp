#include "models/importers/ComposeImporter.h"
#include "models/importers/CsvInventoryImporter.h"
#include "models/importers/KubernetesImporter.h"

#include "tests/models/InventoryTestSupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;
using testing::byKey;
using testing::keysOf;
using testing::readAll;
using testing::warningsOf;

namespace {

QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/");
    return (QFileInfo::exists(local + u"kubernetes"_s) ? local : shared) + name;
}

Result<ImportOutcome> importFixture(const QString &name, ImportOptions options = {})
{
    QFile file(fixture(u"kubernetes/"_s + name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(u"fixture missing: "_s + file.fileName());
    }
    ImportContext context;
    context.fileName = name;
    context.totalBytes = file.size();
    context.options = std::move(options);
    return KubernetesImporter().read(file, context);
}

Result<ImportOutcome> importText(const QByteArray &text, ImportOptions options = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    ImportContext context;
    context.fileName = u"k.yaml"_s;
    context.options = std::move(options);
    return KubernetesImporter().read(buffer, context);
}

// A Deployment around one container's resources block, for the inline cases.
QByteArray deployment(const QByteArray &resources, const QByteArray &extraSpec = {})
{
    return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: shop\n"
           "spec:\n" +
           extraSpec +
           "  template:\n    spec:\n      containers:\n        - name: api\n"
           "          image: api:1\n          resources:\n" +
           resources;
}

constexpr double kMiB = 1.0 / 1024.0; // in GiB

} // namespace

class TestKubernetesImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void servicesMakeDependencies();
    void kubectlList();
    void helmRendered();
    void statefulSetClaims();
    void cronJob();
    void gpuDeployment();
    void malformed_data();
    void malformed();
    void objectErrors_data();
    void objectErrors();
    void quantities_data();
    void quantities();
    void sizing();
    void warnings();
    void skipBadRows();
    void sniffing_data();
    void sniffing();
    void registry();
    void progressAndCancel();
};

void TestKubernetesImporter::kubectlList()
{
    Result<ImportOutcome> outcome = importFixture(u"kubectl-get-all.yaml"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    // The ReplicaSet and Pod that the web Deployment owns are not counted again; Services, the
    // ConfigMap and the autoscaler are not workloads.
    QCOMPARE(keysOf(outcome.value()),
             QStringList({u"shop-prod/Deployment/web"_s, u"shop-prod/Deployment/cart"_s,
                          u"monitoring/DaemonSet/node-exporter"_s, u"default/Pod/debug-shell"_s}));
    QCOMPARE(outcome->rowsRead, 10);
    QCOMPARE(outcome->rowsSkipped, 0);

    const Workload *web = byKey(outcome.value(), u"shop-prod/Deployment/web"_s);
    QVERIFY(web);
    QCOMPARE(web->name, u"web"_s);
    QCOMPARE(web->kind, u"container"_s);
    QCOMPARE(web->vcpu.value_or(-1), 0.9); // 3 × (250m + 50m): requests, not limits
    QCOMPARE(web->memoryGib.value_or(-1), 3 * 576 * kMiB); // 3 × (512Mi + 64Mi)
    QCOMPARE(web->storageGib, std::nullopt);
    QCOMPARE(web->gpuCount, 0);
    QCOMPARE(web->application, u"boutique"_s); // app.kubernetes.io/part-of
    QCOMPARE(web->environment, u"prod"_s);     // from the namespace shop-prod
    QCOMPARE(web->powerState, u"on"_s);
    QCOMPARE(web->sourceFile, u"kubectl-get-all.yaml"_s);
    QCOMPARE(web->sourceLocation, u"document 1, items[0]"_s);
    QCOMPARE(web->id, QString()); // the project gives ids
    QVariantMap tags{
        {u"kubernetes_kind"_s, u"Deployment"_s},
        {u"namespace"_s, u"shop-prod"_s},
        {u"replicas"_s, qint64(3)},
        {u"images"_s, u"registry.example.fr/boutique/web:2.14.1,fluent/fluent-bit:3.0.4"_s},
        {u"autoscaling_min"_s, qint64(3)},
        {u"autoscaling_max"_s, qint64(10)}};
    QCOMPARE(web->tags, tags);

    const Workload *cart = byKey(outcome.value(), u"shop-prod/Deployment/cart"_s);
    QVERIFY(cart);
    QCOMPARE(cart->vcpu, std::nullopt); // resources: {} says nothing: unknown, not 0
    QCOMPARE(cart->memoryGib, std::nullopt);
    QCOMPARE(cart->application, u"shop-prod"_s); // no part-of label: the namespace
    QCOMPARE(cart->sourceLocation, u"document 1, items[1]"_s);

    const Workload *exporter = byKey(outcome.value(), u"monitoring/DaemonSet/node-exporter"_s);
    QVERIFY(exporter);
    QCOMPARE(exporter->vcpu.value_or(-1), 0.25); // limits only: counted as the request
    QCOMPARE(exporter->memoryGib.value_or(-1), 180 * kMiB);
    QCOMPARE(exporter->tags.value(u"replicas"_s), QVariant(qint64(1)));
    QCOMPARE(exporter->application, u"kube-prometheus"_s);
    QCOMPARE(exporter->environment, QString());

    const Workload *shell = byKey(outcome.value(), u"default/Pod/debug-shell"_s);
    QVERIFY(shell);
    QCOMPARE(shell->vcpu.value_or(-1), 0.1);
    QCOMPARE(shell->memoryGib.value_or(-1), 123 * kMiB); // "128974848" bytes
    QCOMPARE(shell->application, QString());             // namespace default names no application
    QCOMPARE(shell->sourceLocation, u"document 1, items[5]"_s);

    QCOMPARE(warningsOf(outcome.value(), u"kubectl-get-all.yaml"_s),
             QStringList(
                 {u"kubectl-get-all.yaml:244: 1 DaemonSet(s) run one pod on every node and were "
                  "counted as one replica (the number of nodes is not in the manifests): "
                  "monitoring/node-exporter"_s,
                  u"kubectl-get-all.yaml: 1 container(s) have a CPU limit but no CPU request; the "
                  "limit was counted, as Kubernetes does"_s,
                  u"kubectl-get-all.yaml: 1 container(s) have a memory limit but no memory "
                  "request; the limit was counted, as Kubernetes does"_s,
                  u"kubectl-get-all.yaml: 1 workload(s) have no CPU or memory request or limit: "
                  "sizing will need utilisation data"_s,
                  u"kubectl-get-all.yaml: 3 object(s) not imported, of kinds that hold no "
                  "workload to size: Service (2), ConfigMap (1)"_s}));
}

void TestKubernetesImporter::helmRendered()
{
    Result<ImportOutcome> outcome = importFixture(u"helm-rendered.yaml"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(keysOf(outcome.value()), QStringList({u"blog/PersistentVolumeClaim/blog-wordpress"_s,
                                                   u"blog/Deployment/blog-wordpress"_s,
                                                   u"blog/StatefulSet/blog-mariadb"_s}));
    QCOMPARE(outcome->rowsRead, 7); // the comment-only document holds no object

    const Workload *claim = byKey(outcome.value(), u"blog/PersistentVolumeClaim/blog-wordpress"_s);
    QVERIFY(claim);
    QCOMPARE(claim->kind, u"storage"_s);
    QCOMPARE(claim->storageGib.value_or(-1), 10.0);
    QCOMPARE(claim->vcpu, std::nullopt);
    QCOMPARE(claim->application, u"blog"_s);
    QCOMPARE(claim->sourceLocation, u"document 3"_s);
    QCOMPARE(claim->tags.value(u"access_modes"_s), QVariant(u"ReadWriteOnce"_s));
    QCOMPARE(claim->tags.value(u"helm_chart"_s), QVariant(u"wordpress-19.0.4"_s));

    const Workload *wordpress = byKey(outcome.value(), u"blog/Deployment/blog-wordpress"_s);
    QVERIFY(wordpress);
    // Per pod: the init container's 1 CPU outweighs the app's 0.25; memory 512Mi beats 256Mi.
    QCOMPARE(wordpress->vcpu.value_or(-1), 2.0);
    QCOMPARE(wordpress->memoryGib.value_or(-1), 1.0);
    QCOMPARE(wordpress->sourceLocation, u"document 5"_s);
    QCOMPARE(wordpress->application, u"blog"_s);
    QCOMPARE(wordpress->tags.value(u"helm_chart"_s), QVariant(u"wordpress-19.0.4"_s));

    const Workload *mariadb = byKey(outcome.value(), u"blog/StatefulSet/blog-mariadb"_s);
    QVERIFY(mariadb);
    QCOMPARE(mariadb->vcpu.value_or(-1), 0.25);
    QCOMPARE(mariadb->memoryGib.value_or(-1), 0.25);
    QCOMPARE(mariadb->storageGib.value_or(-1), 8.0); // volumeClaimTemplates × 1 replica
    QCOMPARE(mariadb->sourceLocation, u"document 6"_s);

    QCOMPARE(warningsOf(outcome.value(), u"helm-rendered.yaml"_s),
             QStringList({u"helm-rendered.yaml: 4 object(s) not imported, of kinds that hold no "
                          "workload to size: ServiceAccount (1), Secret (1), Service (1), "
                          "Ingress (1)"_s}));
}

void TestKubernetesImporter::statefulSetClaims()
{
    Result<ImportOutcome> outcome = importFixture(u"statefulset-pvc.yaml"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    // data-pg-0 and wal-pg-2 are the StatefulSet's own claims: counted with it, not again.
    QCOMPARE(keysOf(outcome.value()),
             QStringList({u"billing-staging/StatefulSet/pg"_s,
                          u"billing-staging/PersistentVolumeClaim/backups"_s}));
    const Workload *pg = byKey(outcome.value(), u"billing-staging/StatefulSet/pg"_s);
    QVERIFY(pg);
    QCOMPARE(pg->vcpu.value_or(-1), 3 * 2.1);              // postgres 2 + the native sidecar 100m
    QCOMPARE(pg->memoryGib.value_or(-1), 3 * (4 + 0.125)); // 4Gi + 128Mi
    QCOMPARE(pg->storageGib.value_or(-1), 3 * 120.0);      // (100Gi + 20Gi) per replica
    QCOMPARE(pg->environment, u"preprod"_s);               // billing-staging
    QCOMPARE(pg->application, u"billing-staging"_s);
    QCOMPARE(pg->tags.value(u"images"_s), QVariant(u"postgres:16.3"_s));

    const Workload *backups =
        byKey(outcome.value(), u"billing-staging/PersistentVolumeClaim/backups"_s);
    QVERIFY(backups);
    QCOMPARE(backups->storageGib.value_or(-1), 512.0); // 0.5Ti
    QCOMPARE(backups->application, u"billing"_s);
    QCOMPARE(backups->environment, u"preprod"_s);
    QCOMPARE(backups->tags.value(u"storage_class"_s), QVariant(u"nfs"_s));
    QCOMPARE(backups->tags.value(u"access_modes"_s), QVariant(u"ReadWriteMany"_s));
    QCOMPARE(backups->sourceLocation, u"document 1, items[3]"_s);
    QVERIFY(outcome->warnings.empty());
}

void TestKubernetesImporter::cronJob()
{
    Result<ImportOutcome> outcome = importFixture(u"cronjob.yaml"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(keysOf(outcome.value()),
             QStringList({u"reporting/CronJob/nightly-report"_s, u"reporting/Job/db-migrate"_s}));
    const Workload *report = byKey(outcome.value(), u"reporting/CronJob/nightly-report"_s);
    QVERIFY(report);
    QCOMPARE(report->kind, u"container"_s);
    QCOMPARE(report->vcpu.value_or(-1), 0.5);
    QCOMPARE(report->memoryGib.value_or(-1), 1e9 / (1024.0 * 1024 * 1024)); // 1G is decimal
    QCOMPARE(report->tags.value(u"schedule"_s), QVariant(u"0 2 * * *"_s));
    QCOMPARE(report->tags.value(u"replicas"_s), QVariant(qint64(1)));
    QCOMPARE(report->environment, u"prod"_s); // label env: production
    QCOMPARE(report->powerState, u"on"_s);
    QCOMPARE(report->sourceLocation, u"document 1"_s);

    const Workload *migrate = byKey(outcome.value(), u"reporting/Job/db-migrate"_s);
    QVERIFY(migrate);
    QCOMPARE(migrate->vcpu.value_or(-1), 2.0); // parallelism 2
    QCOMPARE(migrate->memoryGib.value_or(-1), 2e9 / (1024.0 * 1024 * 1024));
    QCOMPARE(migrate->powerState, u"off"_s); // completed
    QCOMPARE(migrate->sourceLocation, u"document 3"_s);
    QVERIFY(outcome->warnings.empty());
}

void TestKubernetesImporter::gpuDeployment()
{
    Result<ImportOutcome> outcome = importFixture(u"gpu-deployment.yaml"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->workloads.size(), 1u);
    const Workload &inference = outcome->workloads.front();
    QCOMPARE(inference.naturalKey, u"ml/Deployment/inference"_s);
    QCOMPARE(inference.gpuCount, 2); // nvidia.com/gpu: 1 as a limit, × 2 replicas
    QCOMPARE(inference.gpuModel, u"NVIDIA-A100-SXM4-40GB"_s);
    QCOMPARE(inference.vcpu.value_or(-1), 8.0);
    QCOMPARE(inference.memoryGib.value_or(-1), 32.0);
    QCOMPARE(inference.environment, u"prod"_s); // label environment: production
    QCOMPARE(inference.application, u"assistant"_s);
    // GPUs are requested through limits; that is the rule for extended resources, no warning.
    QVERIFY(outcome->warnings.empty());
}

void TestKubernetesImporter::malformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("path");

    QTest::newRow("bad indentation")
        << u"bad-indentation.yaml"_s
        << u"bad-indentation.yaml:16:14: invalid YAML: this line is not indented like the other "
           "keys of its mapping"_s
        << QString();
    QTest::newRow("cpu: lots")
        << u"cpu-lots.yaml"_s
        << u"cpu-lots.yaml:21:20: spec.template.spec.containers[1].resources.requests.cpu: "
           "expected a CPU quantity such as 500m or 2, found \"lots\""_s
        << u"spec.template.spec.containers[1].resources.requests.cpu"_s;
    QTest::newRow("alias bomb") << u"alias-bomb.yaml"_s
                                << u"alias-bomb.yaml:13:47: data.l6[7]: the YAML expands to too "
                                   "many nodes (alias bomb?)"_s
                                << u"data.l6[7]"_s;
    QTest::newRow("scalar document")
        << u"scalar-document.yaml"_s
        << u"scalar-document.yaml:9:1: document 2 is not a Kubernetes object: expected a mapping "
           "with apiVersion and kind, found \"kubectl apply -f manifests/\""_s
        << QString();
}

void TestKubernetesImporter::malformed()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QFETCH(QString, path);
    QElapsedTimer timer;
    timer.start();
    Result<ImportOutcome> outcome = importFixture(file);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
    QCOMPARE(outcome.error().path, path);
    QVERIFY(timer.elapsed() < 2000);
}

void TestKubernetesImporter::objectErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("memory words")
        << deployment("            requests:\n              memory: plenty\n")
        << u"k.yaml:14:23: spec.template.spec.containers[0].resources.requests.memory: expected "
           "a memory quantity such as 512Mi or 2Gi, found \"plenty\""_s;
    QTest::newRow("negative cpu")
        << deployment("            limits:\n              cpu: -1\n")
        << u"k.yaml:14:20: spec.template.spec.containers[0].resources.limits.cpu: expected a CPU "
           "quantity such as 500m or 2, found \"-1\""_s;
    QTest::newRow("binary suffix in lower case")
        << deployment("            requests:\n              memory: 1gi\n")
        << u"k.yaml:14:23: spec.template.spec.containers[0].resources.requests.memory: expected "
           "a memory quantity such as 512Mi or 2Gi, found \"1gi\""_s;
    QTest::newRow("half a GPU")
        << deployment("            limits:\n              nvidia.com/gpu: 0.5\n")
        << u"k.yaml:14:31: spec.template.spec.containers[0].resources.limits[\"nvidia.com/gpu\"]: "
           "expected a whole number of GPUs, found \"0.5\""_s;
    QTest::newRow("requests as text")
        << deployment("            requests: 500m\n")
        << u"k.yaml:13:23: spec.template.spec.containers[0].resources.requests: expected a "
           "mapping such as cpu: 500m, found \"500m\""_s;
    QTest::newRow("replicas words")
        << deployment("            requests:\n              cpu: 1\n", "  replicas: three\n")
        << u"k.yaml:7:13: spec.replicas: expected a number of replicas (0 or more), found "
           "\"three\""_s;
    QTest::newRow("negative replicas")
        << deployment("            requests:\n              cpu: 1\n", "  replicas: -2\n")
        << u"k.yaml:7:13: spec.replicas: expected a number of replicas (0 or more), found "
           "\"-2\""_s;
    QTest::newRow("no containers")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  volumes: []\n")
        << u"k.yaml:6:3: spec.containers: expected a list of containers, found nothing"_s;
    QTest::newRow("no kind") << QByteArray("apiVersion: v1\nmetadata:\n  name: p\n")
                             << u"k.yaml:1:1: kind: expected the object's kind, such as "
                                "Deployment, found nothing"_s;
    QTest::newRow("no name") << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {}\n")
                             << u"k.yaml:4:3: metadata.name: expected the object's name, found "
                                "nothing"_s;
    QTest::newRow("list item") << QByteArray("apiVersion: v1\nkind: List\nitems:\n- 42\n")
                               << u"k.yaml:4:3: items[0]: expected a Kubernetes object (a "
                                  "mapping with apiVersion and kind), found \"42\""_s;
    QTest::newRow("document is a list")
        << QByteArray("- apiVersion: v1\n  kind: Pod\n")
        << u"k.yaml:1:1: document 1 is not a Kubernetes object: expected a mapping with "
           "apiVersion and kind, found a list"_s;
    QTest::newRow("duplicate key")
        << QByteArray("apiVersion: v1\nkind: Pod\nkind: Service\n")
        << u"k.yaml:3:1: kind: duplicate key \"kind\" (first on line 2)"_s;
}

void TestKubernetesImporter::objectErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    Result<ImportOutcome> outcome = importText(text);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), error);
}

void TestKubernetesImporter::quantities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value"); // -1: not a quantity

    // CPU
    QTest::newRow("500m") << u"500m"_s << 0.5;
    QTest::newRow("1") << u"1"_s << 1.0;
    QTest::newRow("0.25") << u"0.25"_s << 0.25;
    QTest::newRow(".5") << u".5"_s << 0.5;
    QTest::newRow("2.") << u"2."_s << 2.0;
    QTest::newRow("+3") << u"+3"_s << 3.0;
    QTest::newRow("100u") << u"100u"_s << 1e-4;
    QTest::newRow("250000n") << u"250000n"_s << 0.00025;
    // Memory: binary vs decimal suffixes
    QTest::newRow("2Gi") << u"2Gi"_s << 2147483648.0;
    QTest::newRow("500Mi") << u"500Mi"_s << 524288000.0;
    QTest::newRow("512M") << u"512M"_s << 512e6;
    QTest::newRow("1G") << u"1G"_s << 1e9;
    QTest::newRow("128974848") << u"128974848"_s << 128974848.0;
    QTest::newRow("1e9") << u"1e9"_s << 1e9;
    QTest::newRow("1E9") << u"1E9"_s << 1e9;
    QTest::newRow("12e-3") << u"12e-3"_s << 0.012;
    QTest::newRow("1.5Ki") << u"1.5Ki"_s << 1536.0;
    QTest::newRow("1k") << u"1k"_s << 1000.0;
    QTest::newRow("1Ti") << u"1Ti"_s << 1099511627776.0;
    QTest::newRow("1T") << u"1T"_s << 1e12;
    QTest::newRow("1E (exa)") << u"1E"_s << 1e18;
    QTest::newRow("1Ei") << u"1Ei"_s << 1152921504606846976.0;
    QTest::newRow("1P") << u"1P"_s << 1e15;
    QTest::newRow("spaces around") << u" 64Mi "_s << 67108864.0;
    // Not quantities
    QTest::newRow("lots") << u"lots"_s << -1.0;
    QTest::newRow("empty") << QString() << -1.0;
    QTest::newRow("K (upper-case kilo)") << u"1K"_s << -1.0;
    QTest::newRow("kb") << u"1kb"_s << -1.0;
    QTest::newRow("gi") << u"1gi"_s << -1.0;
    QTest::newRow("GB") << u"1GB"_s << -1.0;
    QTest::newRow("unit alone") << u"Mi"_s << -1.0;
    QTest::newRow("two dots") << u"1.2.3"_s << -1.0;
    QTest::newRow("space inside") << u"1 Gi"_s << -1.0;
    QTest::newRow("bare exponent") << u"1e"_s << -1.0;
    QTest::newRow("exponent and suffix") << u"1e3m"_s << -1.0;
    QTest::newRow("dot alone") << u"."_s << -1.0;
}

void TestKubernetesImporter::quantities()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const std::optional<double> parsed = parseKubernetesQuantity(text);
    if (value < 0) {
        QCOMPARE(parsed, std::nullopt);
    } else {
        QVERIFY(parsed);
        QCOMPARE(*parsed, value);
    }
    QCOMPARE(parseKubernetesQuantity(u"-2"_s),
             std::optional<double>(-2.0)); // signed; callers refuse it
}

void TestKubernetesImporter::sizing()
{
    // Containers that state nothing next to one that does: only the stated ones count, said once.
    QByteArray text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: tools-dev\n"
                      "spec:\n  containers:\n"
                      "    - name: a\n      resources:\n        requests: {cpu: 1, memory: 1Gi}\n"
                      "    - name: b\n      resources:\n        requests: {cpu: 500m}\n";
    Result<ImportOutcome> outcome = importText(text);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), 1u);
    QCOMPARE(outcome->workloads[0].vcpu.value_or(-1), 1.5);
    QCOMPARE(outcome->workloads[0].memoryGib.value_or(-1), 1.0);
    QCOMPARE(outcome->workloads[0].environment, u"dev"_s);
    QCOMPARE(warningsOf(outcome.value(), u"k.yaml"_s),
             QStringList({u"k.yaml: 1 workload(s) have containers without a CPU or memory request "
                          "or limit; only the containers that state one were counted: "
                          "tools-dev/p"_s}));

    // Scaled to zero: "off", sized for one replica, like a stopped VM.
    outcome =
        importText(deployment("            requests: {cpu: 2, memory: 4Gi}\n", "  replicas: 0\n"));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads[0].powerState, u"off"_s);
    QCOMPARE(outcome->workloads[0].vcpu.value_or(-1), 2.0);
    QCOMPARE(outcome->workloads[0].tags.value(u"replicas"_s), QVariant(qint64(0)));

    // No replicas key: Kubernetes' default of 1. A suspended CronJob.
    outcome = importText(deployment("            requests: {cpu: 2, memory: 4Gi}\n") +
                         "---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\n"
                         "spec:\n  suspend: true\n  schedule: \"@hourly\"\n  jobTemplate:\n"
                         "    spec:\n      parallelism: 3\n      template:\n        spec:\n"
                         "          containers: [{name: c, resources: {requests: {cpu: 1, "
                         "memory: 1Gi}}}]\n");
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), 2u);
    QCOMPARE(outcome->workloads[0].vcpu.value_or(-1), 2.0);
    QCOMPARE(outcome->workloads[1].naturalKey, u"default/CronJob/c"_s);
    QCOMPARE(outcome->workloads[1].powerState, u"suspended"_s);
    QCOMPARE(outcome->workloads[1].vcpu.value_or(-1), 3.0);
    QCOMPARE(outcome->workloads[1].sourceLocation, u"document 2"_s);

    // A Pod owned by a ReplicaSet that is not in the file is counted (its owner is not).
    outcome = importText("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-1\n"
                         "  ownerReferences: [{kind: ReplicaSet, name: web-abc}]\nspec:\n"
                         "  containers: [{name: a, resources: {requests: {cpu: 1, memory: "
                         "1Gi}}}]\n");
    QVERIFY(outcome.ok());
    QCOMPARE(keysOf(outcome.value()), QStringList({u"default/Pod/web-1"_s}));

    // A bare list of kind DeploymentList (the API's own output), and items: null.
    outcome = importText(
        "apiVersion: apps/v1\nkind: DeploymentList\nitems:\n- " +
        deployment("            requests: {cpu: 1, memory: 1Gi}\n").replace("\n", "\n  ") +
        "\n---\napiVersion: v1\nkind: List\nitems:\n");
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(keysOf(outcome.value()), QStringList({u"shop/Deployment/api"_s}));
    QCOMPARE(outcome->workloads[0].sourceLocation, u"document 1, items[0]"_s);
}

void TestKubernetesImporter::warnings()
{
    Result<ImportOutcome> outcome =
        importText(deployment("            requests:\n              cpu: 1\n"
                              "              memory: 500m\n"));
    QVERIFY(outcome.ok());
    QCOMPARE(warningsOf(outcome.value(), u"k.yaml"_s),
             QStringList({u"k.yaml:15:23: spec.template.spec.containers[0].resources.requests."
                          "memory: \"500m\" means thousandths of a byte; did you mean \"500Mi\"? "
                          "Counted as written"_s}));
    QCOMPARE(outcome->warnings[0].path,
             u"spec.template.spec.containers[0].resources.requests.memory"_s);
    QCOMPARE(outcome->workloads[0].memoryGib.value_or(-1), 0.5 / (1024.0 * 1024 * 1024));
}

void TestKubernetesImporter::skipBadRows()
{
    ImportOptions options;
    options.skipBadRows = true;
    Result<ImportOutcome> outcome = importFixture(u"cpu-lots.yaml"_s, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), 0u);
    QCOMPARE(outcome->rowsRead, 1);
    QCOMPARE(outcome->rowsSkipped, 1);
    QCOMPARE(warningsOf(outcome.value(), u"cpu-lots.yaml"_s),
             QStringList({u"cpu-lots.yaml:21:20: object skipped: "
                          "spec.template.spec.containers[1].resources.requests.cpu: expected a "
                          "CPU quantity such as 500m or 2, found \"lots\""_s}));
    // A broken YAML stays an error: there is no object to skip.
    QVERIFY(!importFixture(u"bad-indentation.yaml"_s, options).ok());
}

void TestKubernetesImporter::sniffing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("score");

    QTest::newRow("kubectl list") << u"kubernetes/kubectl-get-all.yaml"_s << 95;
    QTest::newRow("helm") << u"kubernetes/helm-rendered.yaml"_s << 95;
    QTest::newRow("list, kind last") << u"kubernetes/statefulset-pvc.yaml"_s << 95;
    QTest::newRow("gpu") << u"kubernetes/gpu-deployment.yaml"_s << 95;
    QTest::newRow("compose") << u"compose/domotique/docker-compose.yml"_s << 0;
    QTest::newRow("compose spec") << u"compose/nextcloud/compose.yaml"_s << 0;
    QTest::newRow("csv") << u"csv/cmdb-export-en.csv"_s << 0;
    QTest::newRow("mapping yaml") << u"csv/custom-mapping.yaml"_s << 0;
}

void TestKubernetesImporter::sniffing()
{
    QFETCH(QString, file);
    QFETCH(int, score);
    const QByteArray bytes = readAll(fixture(file));
    QVERIFY(!bytes.isEmpty());
    QCOMPARE(KubernetesImporter().sniff(
                 bytes.first(std::min<qsizetype>(bytes.size(), Importer::kSniffBytes)),
                 QFileInfo(file).fileName()),
             score);
}

void TestKubernetesImporter::registry()
{
    const KubernetesImporter importer;
    // A big kubectl list shows only its items' keys in the head.
    QCOMPARE(importer.sniff("apiVersion: v1\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n",
                            u"dump.txt"_s),
             75);
    QCOMPARE(importer.sniff("{\"apiVersion\": \"v1\", \"kind\": \"List\"}", u"dump.json"_s), 0);
    QCOMPARE(importer.sniff("name,vcpu\nweb,2\n", u"k.yaml"_s), 0);
    QCOMPARE(importer.sniff("apiVersion: v1\n", u"k.yaml"_s), 0);
    QCOMPARE(importer.formatId(), u"kubernetes"_s);

    ImporterRegistry registry;
    registry.add(std::make_unique<CsvInventoryImporter>());
    registry.add(std::make_unique<KubernetesImporter>());
    registry.add(std::make_unique<ComposeImporter>());
    for (const QString &name : {u"kubectl-get-all.yaml"_s, u"helm-rendered.yaml"_s}) {
        Result<const Importer *> picked =
            registry.select(readAll(fixture(u"kubernetes/"_s + name)), name);
        QVERIFY(picked.ok());
        QCOMPARE(picked.value()->formatId(), u"kubernetes"_s);
    }
    Result<const Importer *> picked = registry.select(
        readAll(fixture(u"compose/jeedom/docker-compose.yml"_s)), u"docker-compose.yml"_s);
    QVERIFY(picked.ok());
    QCOMPARE(picked.value()->formatId(), u"compose"_s);
    picked = registry.select(readAll(fixture(u"csv/cmdb-export-en.csv"_s)), u"cmdb.csv"_s);
    QVERIFY(picked.ok());
    QCOMPARE(picked.value()->formatId(), u"csv"_s);
}

void TestKubernetesImporter::progressAndCancel()
{
    QByteArray text;
    for (int i = 0; i < 3000; ++i) {
        text += "---\n" + deployment("            requests: {cpu: 100m, memory: 64Mi}\n")
                              .replace("name: api", "name: api-" + QByteArray::number(i));
    }
    QVERIFY(text.size() > 3 * 64 * 1024);

    qint64 lastBytes = 0;
    qint64 lastRows = 0;
    ImportOptions options;
    options.progress = [&](qint64 bytes, qint64 rows) {
        lastBytes = bytes;
        lastRows = rows;
        return true;
    };
    Result<ImportOutcome> outcome = importText(text, options);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->workloads.size(), 3000u);
    QCOMPARE(lastBytes, text.size());
    QCOMPARE(lastRows, 3000);

    // Cancelled between documents (after 10 objects), and within the YAML stream (when the
    // reader asks for its third block).
    int calls = 0;
    options.progress = [&calls](qint64, qint64 rows) {
        ++calls;
        return rows < 10;
    };
    outcome = importText(text, options);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), u"k.yaml: import cancelled"_s);
    QCOMPARE(calls, 11); // the first block, then one call per document
    options.progress = [](qint64 bytes, qint64) { return bytes <= 2 * 64 * 1024; };
    outcome = importText(text, options);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().toString(), u"k.yaml: import cancelled"_s);
}

void TestKubernetesImporter::servicesMakeDependencies()
{
    // portail-api calls the "pg" Service (selecting the postgres StatefulSet's pods) and the
    // "cache" one; "cache" in another namespace does not count; "pgbouncer" is not "pg".
    Result<ImportOutcome> outcome = importText(R"(
apiVersion: apps/v1
kind: Deployment
metadata: {name: portail-api, namespace: portail}
spec:
  template:
    metadata: {labels: {app: portail-api}}
    spec:
      containers:
        - name: api
          image: registry.example/portail-api:4.2
          env:
            - {name: DATABASE_URL, value: "postgresql://app@pg:5432/portail"}
            - {name: POOL, value: "pgbouncer:6432"}
            - {name: REDIS, value: "cache.portail.svc.cluster.local:6379"}
          resources: {requests: {cpu: 500m, memory: 512Mi}}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: postgres, namespace: portail}
spec:
  template:
    metadata: {labels: {app: postgres, tier: db}}
    spec:
      containers:
        - {name: pg, image: postgres:16, resources: {requests: {cpu: "1", memory: 2Gi}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: redis, namespace: portail}
spec:
  template:
    metadata: {labels: {app: redis}}
    spec:
      containers:
        - {name: redis, image: redis:7, resources: {requests: {cpu: 100m, memory: 256Mi}}}
---
apiVersion: v1
kind: Service
metadata: {name: pg, namespace: portail}
spec: {selector: {app: postgres}, ports: [{port: 5432}]}
---
apiVersion: v1
kind: Service
metadata: {name: cache, namespace: portail}
spec: {selector: {app: redis}, ports: [{port: 6379}]}
---
apiVersion: v1
kind: Service
metadata: {name: cache, namespace: other}
spec: {selector: {app: postgres}}
)");
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QString api;
    for (const Workload &w : outcome->workloads) {
        if (w.name == u"portail-api") {
            api = w.tags.value(u"depends_on"_s).toString();
        } else {
            QVERIFY(!w.tags.contains(u"depends_on"_s));
        }
    }
    QCOMPARE(api, u"postgres,redis"_s);
}

QTEST_GUILESS_MAIN(TestKubernetesImporter)
#include "TestKubernetesImporter.moc"
