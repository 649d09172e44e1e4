// The command-line contract of CLI.md: exit codes, error format, JSON keys.
#include "app/cli/Cli.h"
#include "models/storage/ProjectFile.h"
#include "tests/app/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using boussole::testing::cli;
using boussole::testing::Run;

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void version()
    {
        const Run run = cli({u"--version"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(QRegularExpression(u"^boussole \\d+\\.\\d+\\.\\d+\n$"_s).match(run.out).hasMatch());
    }

    void helpListsEveryCommand()
    {
        const Run run = cli({u"--help"_s});
        QCOMPARE(run.code, 0);
        for (const char *command : {"new PROJECT", "demo PROJECT", "screenshot PROJECT",
                                    "list PROJECT", "help [COMMAND]"}) {
            QVERIFY2(run.out.contains(QLatin1String(command)), command);
        }
        const Run one = cli({u"help"_s, u"new"_s});
        QCOMPARE(one.code, 0);
        QVERIFY(one.out.contains(u"--name TEXT"_s));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{u"--strict"_s} << u"no command given"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
        QTest::newRow("unknown option")
            << QStringList{u"new"_s, u"x.boussole"_s, u"--bogus"_s} << u"unknown option --bogus"_s;
        QTest::newRow("bad format")
            << QStringList{u"list"_s, u"p"_s, u"workloads"_s, u"--format"_s, u"xml"_s}
            << u"--format must be"_s;
        QTest::newRow("missing value") << QStringList{u"new"_s, u"--name"_s} << u"needs a value"_s;
        QTest::newRow("missing --out")
            << QStringList{u"screenshot"_s, u"p.boussole"_s} << u"needs --out"_s;
        QTest::newRow("bad list") << QStringList{u"list"_s, u"p.boussole"_s, u"cats"_s}
                                  << u"cannot list"_s;
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.code, int(Cli::ExitUsage));
        QVERIFY2(run.err.startsWith(u"boussole: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void newRefusesToOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.boussole"_s);
        Run run = cli({u"new"_s, path, u"--name"_s, u"Étude Acme"_s});
        QCOMPARE(run.code, 0);
        auto project = Project::open(path);
        QVERIFY(project.ok());
        QCOMPARE(project.value()->name(), u"Étude Acme"_s);
        project.value()->close();

        run = cli({u"new"_s, path});
        QCOMPARE(run.code, int(Cli::ExitFailed));
        QVERIFY(run.err.startsWith(u"boussole: "_s));
        QVERIFY(run.err.contains(QFileInfo(path).fileName()));
    }

    void listOfAForeignFileFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"image.boussole"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n0000000000000000000000000000");
        file.close();
        const Run run = cli({u"list"_s, path, u"workloads"_s});
        QCOMPARE(run.code, int(Cli::ExitFailed));
        QVERIFY2(run.err.startsWith(u"boussole: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"not a Boussole project"_s), qPrintable(run.err));
    }

    void importAndRemove()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"i.boussole"_s);
        QCOMPARE(cli({u"new"_s, path}).code, 0);
        const QString data = QStringLiteral(BOUSSOLE_TEST_DATA) + u"/csv/"_s;

        Run run = cli({u"import"_s, path, data + u"cmdb-export-en.csv"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(
            QRegularExpression(u"^cmdb-export-en.csv: csv, \\d+ rows imported, \\d+ warnings\n"_s)
                .match(run.out)
                .hasMatch(),
            qPrintable(run.out));

        // The same file again is refused; a malformed file changes nothing and names the spot.
        run = cli({u"import"_s, path, data + u"cmdb-export-en.csv"_s});
        QCOMPARE(run.code, int(Cli::ExitFailed));
        QVERIFY(run.err.contains(u"already imported"_s));
        run = cli({u"import"_s, path, data + u"inventory-bad-vcpu.csv"_s});
        QCOMPARE(run.code, int(Cli::ExitFailed));
        QVERIFY2(run.err.contains(u"inventory-bad-vcpu.csv:14:3: expected a number of vCPUs"_s),
                 qPrintable(run.err));

        run = cli({u"list"_s, path, u"imports"_s, u"--format"_s, u"json"_s});
        const QJsonArray imports =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"imports"_s).toArray();
        QCOMPARE(imports.size(), 1);
        const QString importId = imports.first().toObject().value(u"id"_s).toString();

        QCOMPARE(cli({u"import"_s, path, data + u"x.csv"_s, u"--as"_s, u"bogus"_s}).code,
                 int(Cli::ExitUsage));
        QCOMPARE(cli({u"import"_s, u"remove"_s, path, u"no-such-id"_s}).code, int(Cli::ExitFailed));
        run = cli({u"import"_s, u"remove"_s, path, importId});
        QCOMPARE(run.code, 0);
        auto project = Project::open(path);
        QVERIFY(project.ok());
        QCOMPARE(project.value()->importCount(), 0);
        QCOMPARE(project.value()->workloadCount(), 0);
    }

    void strictRefusesFilesWithWarnings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.boussole"_s);
        QCOMPARE(cli({u"new"_s, path}).code, 0);
        const QString csv = dir.filePath(u"dupes.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name,CPU\nweb,2\nweb,2\n"); // a duplicate name is a warning
        file.close();
        Run run = cli({u"import"_s, path, csv, u"--strict"_s});
        QCOMPARE(run.code, int(Cli::ExitFailed));
        QVERIFY2(run.err.contains(u"--strict"_s), qPrintable(run.err));
        auto project = Project::open(path);
        QVERIFY(project.ok());
        QCOMPARE(project.value()->importCount(), 0);
        project.value()->close();
        run = cli({u"import"_s, path, csv});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"1 warnings"_s) || run.out.contains(u"1 warning"_s));
    }

    void demoThenListWorkloadsAsJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.boussole"_s);
        Run run = cli({u"demo"_s, path});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

        run = cli({u"list"_s, path, u"workloads"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root.value(u"schema_version"_s).toInt(), 1);
        QVERIFY(root.contains(u"generated_at"_s));
        const QJsonArray workloads = root.value(u"workloads"_s).toArray();
        QCOMPARE(workloads.size(), 88); // 65 CMDB + 12 RVTools + 5 Terraform + 6 Kubernetes
        const QJsonObject first = workloads.first().toObject();
        for (const char *key : {"id", "name", "kind", "vcpu", "memory_gib", "storage_gib", "gpu",
                                "os", "environment", "power_state", "application", "source"}) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }
        // Ids are UUIDs and stable across reads.
        const Run again = cli({u"list"_s, path, u"workloads"_s, u"--format"_s, u"json"_s});
        const QJsonArray second =
            QJsonDocument::fromJson(again.out.toUtf8()).object().value(u"workloads"_s).toArray();
        QCOMPARE(second.first().toObject().value(u"id"_s), first.value(u"id"_s));
        QVERIFY(!QUuid::fromString(first.value(u"id"_s).toString()).isNull());

        run = cli({u"list"_s, path, u"imports"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7); // header + the six demo sources, each through its importer
        QVERIFY(lines.at(0).startsWith(u"id,file,format"_s));
        QVERIFY(lines.at(1).contains(u"cmdb-inventaire.csv,csv"_s));
        QVERIFY(lines.at(2).contains(u"rvtools-rennes-pra.xlsx,rvtools"_s));
        QVERIFY(lines.at(3).contains(u"aws-digital.tfstate,terraform"_s));
        QVERIFY(lines.at(4).contains(u"eks-portail-manifests.yaml,kubernetes"_s));
        QVERIFY(lines.at(5).contains(u"aws-focus-2025.csv.gz,focus"_s));
        QVERIFY(lines.at(6).contains(u"ovhcloud-focus-2025.csv,focus"_s));

        // The demo refuses to overwrite too, and leaves the existing file intact.
        run = cli({u"demo"_s, path});
        QCOMPARE(run.code, int(Cli::ExitFailed));
        auto project = Project::open(path);
        QVERIFY(project.ok());
        QCOMPARE(project.value()->workloadCount(), 88);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
