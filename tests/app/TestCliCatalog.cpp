// `boussole catalog`: the catalog in use, its JSON shape (CLI.md) and the --catalog/--provider
// options.
#include "app/cli/Cli.h"
#include "tests/app/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using boussole::testing::cli;
using boussole::testing::Run;

namespace {

QJsonObject parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning() << error.errorString();
    }
    return document.object();
}

QJsonObject offer(const QJsonObject &provider, const QString &id, const QString &region)
{
    for (const QJsonValue &value : provider.value(u"offers"_s).toArray()) {
        const QJsonObject o = value.toObject();
        if (o.value(u"id"_s).toString() == id && o.value(u"region"_s).toString() == region) {
            return o;
        }
    }
    return {};
}

const QString kGood = QStringLiteral(BOUSSOLE_TEST_DATA "/catalog/good");

} // namespace

class TestCliCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void embeddedJson()
    {
        const Run run = cli({u"catalog"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonObject doc = parse(run.out);
        for (const char *key : {"schema_version", "generated_at", "catalog", "providers"}) {
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        }
        QCOMPARE(doc.value(u"catalog"_s).toObject().value(u"id"_s).toString(), u"embedded"_s);
        QCOMPARE(doc.value(u"catalog"_s).toObject().value(u"date"_s).toString(), u"2026-08-17"_s);
        const QJsonArray providers = doc.value(u"providers"_s).toArray();
        QStringList ids;
        for (const QJsonValue &p : providers) {
            ids << p.toObject().value(u"id"_s).toString();
        }
        for (const char *id :
             {"aws", "azure", "gcp", "ovhcloud", "scaleway", "hetzner", "outscale"}) {
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        }
        const QJsonObject first = providers.first().toObject();
        for (const char *key : {"id", "name", "jurisdiction", "offers"}) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }
        const QJsonObject o = first.value(u"offers"_s).toArray().first().toObject();
        for (const char *key :
             {"id", "kind", "vcpu", "memory_gib", "gpu", "arch", "cpu_type", "region", "price",
              "unit", "currency", "source", "date", "verified", "certifications"}) {
            QVERIFY2(o.contains(QLatin1String(key)), key);
        }
    }

    void pricesAreExactNumbers()
    {
        const Run run =
            cli({u"catalog"_s, u"--provider"_s, u"hetzner"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        // Printed with every digit as a JSON number (not a string, not a rounded double).
        QVERIFY2(run.out.contains(u"\"price\": 0.0009765625"_s), qPrintable(run.out.left(2000)));
        QVERIFY(!run.out.contains(QChar(0xE000)));
        const QJsonObject doc = parse(run.out);
        const QJsonArray providers = doc.value(u"providers"_s).toArray();
        QCOMPARE(providers.size(), 1);
        const QJsonObject hetzner = providers.first().toObject();
        QCOMPARE(hetzner.value(u"jurisdiction"_s).toString(), u"DE"_s);
        const QJsonObject ccx13 = offer(hetzner, u"ccx13"_s, u"fsn1"_s);
        QVERIFY(ccx13.value(u"price"_s).isDouble());
        QCOMPARE(ccx13.value(u"verified"_s).toBool(true), false);
        QCOMPARE(ccx13.value(u"currency"_s).toString(), u"EUR"_s);
    }

    void unpricedOfferIsNull()
    {
        const Run run =
            cli({u"catalog"_s, u"--provider"_s, u"outscale"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject outscale =
            parse(run.out).value(u"providers"_s).toArray().first().toObject();
        const QJsonObject vm = offer(outscale, u"tinav6.c4r16p2"_s, u"eu-west-2"_s);
        QVERIFY(!vm.isEmpty());
        QVERIFY(vm.value(u"price"_s).isNull());
        QCOMPARE(vm.value(u"verified"_s).toBool(true), false);
        QVERIFY(vm.value(u"certifications"_s).toArray().contains(u"secnumcloud"_s));
    }

    void catalogOptionLoadsFolder()
    {
        const Run run = cli({u"--catalog"_s, kGood, u"catalog"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject doc = parse(run.out);
        QCOMPARE(doc.value(u"catalog"_s).toObject().value(u"id"_s).toString(), u"good"_s);
        QCOMPARE(doc.value(u"catalog"_s).toObject().value(u"date"_s).toString(), u"2026-03-15"_s);
        const QJsonArray providers = doc.value(u"providers"_s).toArray();
        QCOMPARE(providers.size(), 1);
        const QJsonObject a2 = offer(providers.first().toObject(), u"a-2"_s, u"par"_s);
        QCOMPARE(a2.value(u"price"_s).toDouble(), 0.1);
        QVERIFY(run.out.contains(u"\"price\": 0.1,"_s));
        QCOMPARE(a2.value(u"gpu"_s).toObject().value(u"count"_s).toInt(-1), 0);
        const QJsonArray rates = doc.value(u"rates"_s).toArray();
        QCOMPARE(rates.size(), 2);
        QVERIFY(run.out.contains(u"\"rate\": 1.25"_s));
    }

    void tableAndCsv()
    {
        const Run table = cli({u"--catalog"_s, kGood, u"catalog"_s});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.startsWith(u"Catalog good, prices as of 2026-03-15\n"_s));
        QVERIFY(table.out.contains(u"no verified price"_s));
        const Run csv = cli({u"--catalog"_s, kGood, u"catalog"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.code, 0);
        const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header + 4 offers
        QVERIFY(lines.first().startsWith(u"provider,id,kind,region,vcpu,memory_gib"_s));
        QVERIFY(lines.contains(u"test,egress,egress,par,,,,,,,,,false,,,"_s));
    }

    void providerFilterAndErrors()
    {
        const Run unknown = cli({u"catalog"_s, u"--provider"_s, u"nimbus"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(u"no provider \"nimbus\""_s));
        QVERIFY(unknown.err.contains(u"hetzner"_s));

        const Run misplaced =
            cli({u"list"_s, u"p.boussole"_s, u"workloads"_s, u"--provider"_s, u"aws"_s});
        QCOMPARE(misplaced.code, 2);
        QVERIFY(misplaced.err.contains(u"only applies to the catalog command"_s));

        const QString bad = QStringLiteral(BOUSSOLE_TEST_DATA "/catalog/bad/unknown-region.yaml");
        const Run broken = cli({u"--catalog"_s, bad, u"catalog"_s});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.startsWith(u"boussole: "_s + bad + u":14:"_s), qPrintable(broken.err));
        QVERIFY(broken.err.contains(u"offers[0].region"_s));

        const Run missing = cli({u"--catalog"_s, u"/nonexistent/catalog"_s, u"catalog"_s});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.out.isEmpty());
    }

    void help()
    {
        const Run run = cli({u"help"_s, u"catalog"_s});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(u"--provider ID"_s));
        const Run all = cli({u"--help"_s});
        QVERIFY(all.out.contains(u"catalog [--provider ID]"_s));
    }
};

QTEST_MAIN(TestCliCatalog)
#include "TestCliCatalog.moc"
