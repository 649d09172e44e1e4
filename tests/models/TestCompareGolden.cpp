// Golden test: the demo estate compared on every provider of the embedded catalog, as of a fixed
// date, against tests/data/compare/demo-golden.txt (totals, placed and unplaced counts, and each
// workload's offer and monthly cost). A change of the engine or of the catalog shows up here as a
// readable diff; after checking it, regenerate with BOUSSOLE_UPDATE_GOLDEN=1.
#include "models/catalog/Catalog.h"
#include "models/compare/Comparison.h"
#include "models/demo/DemoProject.h"
#include "models/storage/ProjectFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

namespace {

QString render(const compare::Comparison &c)
{
    QStringList lines;
    for (qsizetype p = 0; p < c.providers.size(); ++p) {
        const compare::ProviderTotals &t = c.totals[size_t(p)];
        lines << u"provider %1 total=%2 placed=%3 unplaced=%4 incomplete=%5 unpriced=%6 "
                 "missing=%7"_s.arg(c.providers[p], t.total().toString())
                     .arg(t.matched)
                     .arg(t.unmatched)
                     .arg(t.incomplete ? u"yes"_s : u"no"_s)
                     .arg(t.unpricedCount)
                     .arg(t.missing.join(u'+'));
        for (const compare::WorkloadResult &r : c.workloads) {
            const compare::Match &m = r.matches[size_t(p)];
            if (!m.matched) {
                lines << u"  %1: none (%2)"_s.arg(r.name, m.reason);
                continue;
            }
            lines << u"  %1: %2%3 %4 %5%6"_s.arg(
                r.name, m.nodeCount > 0 ? QString::number(m.nodeCount) + u"x"_s : QString(),
                m.offerId, m.region, m.priced ? m.monthly().toString() : u"unpriced"_s,
                m.missing.isEmpty() ? QString() : u" missing="_s + m.missing.join(u'+'));
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace

class TestCompareGolden : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoOnEveryProvider()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.boussole"_s);
        QVERIFY(createDemoProject(path).ok());
        auto project = Project::open(path);
        QVERIFY(project);
        auto catalog = catalog::embeddedCatalog();
        QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().toString()));
        compare::CompareSettings settings;
        settings.date = QDate(2026, 9, 1);
        settings.egressGbPerMonth = 2000;
        const compare::Comparison result =
            compare::compareEstate(*catalog, compare::loadEstate(*project.value()), settings);
        QCOMPARE(result.providers.size(), qsizetype(catalog->providers.size()));
        for (const QString &id : {u"aws"_s, u"azure"_s, u"gcp"_s, u"ovhcloud"_s, u"scaleway"_s,
                                  u"hetzner"_s, u"outscale"_s}) {
            QVERIFY2(result.providers.contains(id), qPrintable(id));
        }
        // The demo's templates and powered-off machines (the DR site's standby copies) are listed
        // apart, not priced.
        QCOMPARE(result.skipped.size(), size_t(6));

        const QString actual = render(result);
        const QString goldenPath =
            QStringLiteral(BOUSSOLE_TEST_DATA) + u"/compare/demo-golden.txt"_s;
        if (qEnvironmentVariableIsSet("BOUSSOLE_UPDATE_GOLDEN")) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
        }
        QFile file(goldenPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(goldenPath));
        const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
        const QStringList lines = actual.split(u'\n');
        for (qsizetype i = 0; i < std::max(expected.size(), lines.size()); ++i) {
            QCOMPARE(lines.value(i), expected.value(i));
        }
    }
};

QTEST_GUILESS_MAIN(TestCompareGolden)
#include "TestCompareGolden.moc"
