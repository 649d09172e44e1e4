// Import benchmark: generates an inventory of N rows in a given format, imports it into a fresh
// project through the real ImportService (one transaction, WAL, synchronous=NORMAL), and prints
// rows/s and the process's peak memory. run-import-bench.sh runs it at several sizes, next to the
// reference tool (sqlite3's .import of the same CSV), and prints the ratios.
//
// Usage: bench_import FORMAT ROWS WORKDIR     FORMAT: csv | terraform
#include "models/importers/ImportService.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace boussole;

namespace {

long peakRssKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

// A CMDB export as Excel would write it: ';' separator, decimal comma, a quoted comment.
bool writeCsv(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    static const char *const environments[] = {"Production", "Recette", "Développement", "Test"};
    static const char *const systems[] = {"Windows Server 2022 Standard",
                                          "Red Hat Enterprise Linux 9", "Ubuntu 22.04 LTS",
                                          "Debian 12"};
    QByteArray block;
    block += "Nom;Environnement;Application;vCPU;Mémoire (Go);Disque (Go);Système;État;"
             "Commentaire\n";
    for (qint64 i = 0; i < rows; ++i) {
        block += "srv-" + QByteArray::number(i) + ';' + environments[i % 4] + ";App " +
                 QByteArray::number(i % 500) + ';' + QByteArray::number(2 << (i % 4)) + ';' +
                 QByteArray::number(4 << (i % 5)) + ",5;" + QByteArray::number(40 + i % 900) + ';' +
                 systems[i % 4] + ";poweredOn;\"serveur n°" + QByteArray::number(i) + ", lot " +
                 QByteArray::number(i % 7) + "\"\n";
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
    return true;
}

// A Terraform v4 state with `rows` aws_instance resources across modules, count and for_each.
bool writeTerraform(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    static const char *const types[] = {"m6i.large", "m6i.xlarge", "r6i.2xlarge", "c6i.4xlarge"};
    QByteArray block = "{\n  \"version\": 4,\n  \"terraform_version\": \"1.9.8\",\n  \"serial\": "
                       "412,\n  \"lineage\": \"3f0c2a5e-8d7b-4c1e-9a6f-0b1d2e3f4a5b\",\n  "
                       "\"outputs\": {},\n  \"resources\": [\n";
    const qint64 perResource = 10;
    const qint64 resources = (rows + perResource - 1) / perResource;
    qint64 written = 0;
    for (qint64 r = 0; r < resources; ++r) {
        block += QByteArray(r ? ",\n" : "") + "    {\n      \"module\": \"module.app" +
                 QByteArray::number(r % 50) +
                 "\",\n      \"mode\": \"managed\",\n      \"type\": \"aws_instance\",\n      "
                 "\"name\": \"web" +
                 QByteArray::number(r) +
                 "\",\n      \"provider\": "
                 "\"provider[\\\"registry.terraform.io/hashicorp/aws\\\"]\",\n      "
                 "\"instances\": [\n";
        for (qint64 k = 0; k < perResource && written < rows; ++k, ++written) {
            block += QByteArray(k ? ",\n" : "") +
                     "        {\n          \"index_key\": " + QByteArray::number(k) +
                     ",\n          \"schema_version\": 1,\n          \"attributes\": {\n"
                     "            \"ami\": \"ami-0a3c14e1ddbe7f23c\",\n"
                     "            \"arn\": \"arn:aws:ec2:eu-west-3:123456789012:instance/i-0" +
                     QByteArray::number(written, 16).rightJustified(16, '0') +
                     "\",\n            \"availability_zone\": \"eu-west-3a\",\n"
                     "            \"id\": \"i-0" +
                     QByteArray::number(written, 16).rightJustified(16, '0') +
                     "\",\n            \"instance_state\": \"running\",\n"
                     "            \"instance_type\": \"" +
                     types[written % 4] +
                     "\",\n            \"root_block_device\": [\n              {\n"
                     "                \"volume_size\": 100,\n                \"volume_type\": "
                     "\"gp3\"\n              }\n            ],\n"
                     "            \"tags\": {\n              \"Name\": \"web-" +
                     QByteArray::number(written) +
                     "\",\n              \"env\": \"prod\",\n              \"app\": \"shop\"\n"
                     "            }\n          },\n          \"sensitive_attributes\": [],\n"
                     "          \"dependencies\": [\"module.net.aws_subnet.private\"]\n        }";
        }
        block += "\n      ]\n    }";
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    block += "\n  ],\n  \"check_results\": null\n}\n";
    file.write(block);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: bench_import csv|terraform ROWS WORKDIR\n");
        return 2;
    }
    const QString format = args.at(1);
    const qint64 rows = args.at(2).toLongLong();
    QDir dir(args.at(3));
    dir.mkpath(u"."_s);
    const QString input = dir.filePath(
        u"bench-%1-%2.%3"_s.arg(format).arg(rows).arg(format == u"csv" ? u"csv"_s : u"tfstate"_s));
    const bool generated = format == u"csv" ? writeCsv(input, rows) : writeTerraform(input, rows);
    if (!generated) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(input));
        return 1;
    }
    const QString projectPath = dir.filePath(u"bench-%1-%2.boussole"_s.arg(format).arg(rows));
    QFile::remove(projectPath);
    auto project = Project::create(projectPath, u"Benchmark"_s);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    const long rssBefore = peakRssKib();
    QElapsedTimer timer;
    timer.start();
    ImportOptions options;
    options.format = format;
    auto imported = importFile(*project.value(), input, options);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().toString()));
        return 1;
    }
    project.value()->close();
    const double megabytes = double(QFileInfo(input).size()) / (1024.0 * 1024.0);
    // One line, machine-readable, for run-import-bench.sh.
    std::printf("format=%s rows=%lld file_mib=%.1f seconds=%.3f rows_per_s=%.0f peak_rss_mib=%.1f "
                "rss_before_import_mib=%.1f\n",
                qPrintable(format), static_cast<long long>(imported->rowCount), megabytes, seconds,
                double(imported->rowCount) / seconds, double(peakRssKib()) / 1024.0,
                double(rssBefore) / 1024.0);
    return 0;
}
