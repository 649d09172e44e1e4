#include "models/costs/CostData.h"
#include "models/importers/ImportService.h"
#include "models/services/ServiceMap.h"
#include "models/storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;

class TestServiceMap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void embeddedMap();
    void billsServiceLines();
};

void TestServiceMap::embeddedMap()
{
    Result<ServiceMap> map = ServiceMap::load();
    QVERIFY2(map, qPrintable(map ? QString() : map.error().toString()));
    QVERIFY(map->mappings().size() >= 12);
    QCOMPARE(map->find(u"Amazon Relational Database Service"_s)->kind, u"managed-database"_s);
    QCOMPARE(map->find(u"amazons3"_s)->kind, u"object-storage"_s);
    QCOMPARE(map->find(u"aws_eks_cluster"_s)->kind, u"kubernetes-control-plane"_s);
    QVERIFY(map->find(u"Amazon DynamoDB"_s)->needsRefactor());
    QVERIFY(map->find(u"AWS Lambda"_s)->needsRefactor());
    QVERIFY(!map->find(u"Amazon Braket"_s)); // unknown: assessed by hand, not guessed
    // Every kind the comparison can price is a catalog offer kind.
    for (const ServiceMapping &m : map->mappings()) {
        QVERIFY(!m.basis.isEmpty());
        QVERIFY(m.source.date.isValid());
        if (catalog::offerKindFromId(m.kind)) {
            QVERIFY(m.strategy == u"rehost" || m.strategy == u"replatform");
        }
    }
}

void TestServiceMap::billsServiceLines()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> project =
        Project::create(dir.filePath(u"s.boussole"_s), u"S"_s);
    QVERIFY(project);
    QVERIFY(importFile(
        *project.value(),
        QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/focus/focus-1.2-aws.csv")));
    Result<CostData> data = CostData::load(*project.value());
    QVERIFY(data);
    Result<ServiceMap> map = ServiceMap::load();
    QVERIFY(map);
    const std::vector<ServiceLine> lines = serviceLines(*data, *map);
    QCOMPARE(lines.size(), std::size_t(6));
    Money sum;
    for (const ServiceLine &line : lines) {
        QCOMPARE(line.currency, u"USD"_s);
        QCOMPARE(line.provider, u"AWS"_s);
        sum += line.monthlyAverage;
        if (line.service == u"Amazon Relational Database Service") {
            QCOMPARE(line.mapping->kind, u"managed-database"_s);
        }
    }
    // The averages add up to the effective total over the 3 months (to rounding of 1e-12).
    const Money total = data->total({}, CostBasis::Effective).at(u"USD"_s);
    QVERIFY((total - sum.multipliedBy(3).value()).abs() <= Money::fromUnits(10));
}

QTEST_GUILESS_MAIN(TestServiceMap)
#include "TestServiceMap.moc"
