#include "models/commands/SetServiceMapCommand.h"
#include "models/costs/CostData.h"
#include "models/importers/ImportService.h"
#include "models/itemmodels/ServiceMapTableModel.h"
#include "models/services/ServiceMap.h"
#include "models/storage/ProjectFile.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace boussole;
using namespace Qt::StringLiterals;

class TestServiceMap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void embeddedMap();
    void billsServiceLines();
    void overridesChangeTheEffectiveMap();
    void editsAreUndoableAndRevertible();
    void readOnlyWithoutUndoStack();
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

namespace {

int rowOf(const ServiceMapTableModel &model, const QString &id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.mapping(row).id == id) {
            return row;
        }
    }
    return -1;
}

QString kindOf(const std::vector<ServiceLine> &lines, const QString &service)
{
    for (const ServiceLine &line : lines) {
        if (line.service == service) {
            return line.mapping ? line.mapping->kind : QString();
        }
    }
    return u"(absent)"_s;
}

} // namespace

void TestServiceMap::overridesChangeTheEffectiveMap()
{
    Result<ServiceMap> shipped = ServiceMap::load();
    QVERIFY(shipped);
    const ServiceMapping *rds = shipped->find(u"AmazonRDS"_s);
    QCOMPARE(rds->origin, ServiceMapping::Origin::Shipped);
    QVERIFY(!rds->needsRefactor());
    QVERIFY(shipped->find(u"AWS Lambda"_s)->needsRefactor());

    ServiceMapOverride edited;
    edited.id = u"managed-relational-database"_s;
    edited.kind = u"compute"_s;
    edited.refactor = true;
    edited.note = u"Aurora global database: self-hosted PostgreSQL with Patroni"_s;
    ServiceMapOverride added;
    added.id = u"project-cosmos"_s;
    added.names = {u"Azure Cosmos DB"_s};
    added.kind = u"managed-database"_s;
    added.note = u"MongoDB API: a managed MongoDB at the target"_s;
    const ServiceMap map = shipped->withOverrides({edited, added});
    QCOMPARE(map.mappings().size(), shipped->mappings().size() + 1);

    const ServiceMapping *e = map.find(u"AmazonRDS"_s);
    QCOMPARE(e->kind, u"compute"_s);
    QVERIFY(e->needsRefactor());
    QCOMPARE(e->strategy, u"refactor"_s);
    QCOMPARE(e->basis, edited.note);
    QCOMPARE(e->origin, ServiceMapping::Origin::Edited);
    QVERIFY(e->source.url.isEmpty()); // the shipped source no longer vouches for it
    QCOMPARE(serviceOriginId(e->origin), u"edited"_s);
    // The added entry wins for its name; DynamoDB keeps the shipped refactor entry.
    const ServiceMapping *cosmos = map.find(u"azure cosmos db"_s);
    QCOMPARE(cosmos->id, u"project-cosmos"_s);
    QCOMPARE(cosmos->origin, ServiceMapping::Origin::Added);
    QVERIFY(!cosmos->needsRefactor());
    QCOMPARE(map.find(u"Amazon DynamoDB"_s)->id, u"nosql-key-value"_s);
    QCOMPARE(map.find(u"Amazon DynamoDB"_s)->origin, ServiceMapping::Origin::Shipped);

    // JSON round trip (what the project stores).
    const QString json = serviceMapOverridesToJson({edited, added});
    QCOMPARE(serviceMapOverridesFromJson(json), (std::vector<ServiceMapOverride>{edited, added}));
}

void TestServiceMap::editsAreUndoableAndRevertible()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> created =
        Project::create(dir.filePath(u"m.boussole"_s), u"M"_s);
    QVERIFY(created);
    Project &project = *created.value();
    QVERIFY(importFile(
        project, QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/focus/focus-1.2-aws.csv")));
    const QString rdsService = u"Amazon Relational Database Service"_s;
    const auto effectiveKind = [&] {
        Result<CostData> data = CostData::load(project);
        Result<ServiceMap> map = effectiveServiceMap(&project);
        return data && map ? kindOf(serviceLines(*data, *map), rdsService) : QString();
    };
    QCOMPARE(effectiveKind(), u"managed-database"_s);

    QUndoStack stack;
    ServiceMapTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(&project, &stack);
    QVERIFY(model.editable());
    const int shippedRows = model.rowCount();
    int row = rowOf(model, u"managed-relational-database"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.data(model.index(row, ServiceMapTableModel::Equivalent)).toString(),
             u"managed-database"_s);
    QVERIFY(model.flags(model.index(row, ServiceMapTableModel::Equivalent)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(row, ServiceMapTableModel::Category)) & Qt::ItemIsEditable));

    // Edit the equivalent: one undoable command, stored in the project, marked edited.
    QVERIFY(model.setData(model.index(row, ServiceMapTableModel::Equivalent), u"compute"_s));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(effectiveKind(), u"compute"_s);
    row = rowOf(model, u"managed-relational-database"_s);
    QCOMPARE(model.data(model.index(row, ServiceMapTableModel::Source)).toString(),
             u"edited in this project"_s);
    QCOMPARE(model.data(model.index(row, ServiceMapTableModel::Equivalent), Qt::FontRole)
                 .value<QFont>()
                 .italic(),
             true);
    // The refactor flag, as a check box.
    QVERIFY(model.setData(model.index(row, ServiceMapTableModel::Refactor), Qt::Checked,
                          Qt::CheckStateRole));
    QCOMPARE(stack.count(), 2);
    row = rowOf(model, u"managed-relational-database"_s);
    QVERIFY(model.mapping(row).needsRefactor());

    // Undo both: back to the shipped, sourced entry.
    stack.undo();
    stack.undo();
    QCOMPARE(effectiveKind(), u"managed-database"_s);
    row = rowOf(model, u"managed-relational-database"_s);
    QCOMPARE(model.mapping(row).origin, ServiceMapping::Origin::Shipped);
    QVERIFY(!model.mapping(row).source.url.isEmpty());
    stack.redo();
    QCOMPARE(effectiveKind(), u"compute"_s);

    // Revert to the shipped entry (undoable too).
    row = rowOf(model, u"managed-relational-database"_s);
    QVERIFY(model.revert(row));
    QCOMPARE(effectiveKind(), u"managed-database"_s);
    QVERIFY(serviceMapOverrides(project).empty());
    QVERIFY(!model.revert(rowOf(model, u"managed-relational-database"_s))); // nothing to revert
    stack.undo();
    QCOMPARE(effectiveKind(), u"compute"_s);
    stack.redo();

    // An edit that brings the entry back to the shipped one leaves no override.
    row = rowOf(model, u"managed-relational-database"_s);
    QVERIFY(model.setData(model.index(row, ServiceMapTableModel::Equivalent), u"compute"_s));
    row = rowOf(model, u"managed-relational-database"_s);
    QVERIFY(
        model.setData(model.index(row, ServiceMapTableModel::Equivalent), u"managed-database"_s));
    QVERIFY(serviceMapOverrides(project).empty());

    // Add an entry: it wins for its names, then remove it.
    QVERIFY(model.addEntry({u"Amazon Relational Database Service"_s}, u"refactor"_s, true,
                           u"Oracle on RDS: moved to PostgreSQL"_s));
    QCOMPARE(model.rowCount(), shippedRows + 1);
    QCOMPARE(effectiveKind(), u"refactor"_s);
    QCOMPARE(model.data(model.index(0, ServiceMapTableModel::Source)).toString(),
             u"added in this project"_s);
    QVERIFY(model.flags(model.index(0, ServiceMapTableModel::Service)) & Qt::ItemIsEditable);
    QVERIFY(!model.addEntry({}, u"compute"_s, false, {}));
    QVERIFY(model.revert(0));
    QCOMPARE(model.rowCount(), shippedRows);
    QCOMPARE(effectiveKind(), u"managed-database"_s);
    stack.undo();
    QCOMPARE(model.rowCount(), shippedRows + 1);

    // The command alone, as the undo facade sees it.
    SetServiceMapCommand command(&project, {}, QString());
    command.redo();
    QVERIFY(!command.failed());
    QCOMPARE(model.rowCount(), shippedRows);
    command.undo();
    QCOMPARE(model.rowCount(), shippedRows + 1);
}

void TestServiceMap::readOnlyWithoutUndoStack()
{
    ServiceMapTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(nullptr);
    QVERIFY(!model.editable());
    QVERIFY(model.rowCount() >= 12);
    QVERIFY(!(model.flags(model.index(0, ServiceMapTableModel::Equivalent)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, ServiceMapTableModel::Equivalent), u"compute"_s));
    const int lambda = rowOf(model, u"serverless-functions"_s);
    QCOMPARE(
        model.data(model.index(lambda, ServiceMapTableModel::Refactor), Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    QVERIFY(model.data(model.index(lambda, ServiceMapTableModel::Source))
                .toString()
                .contains(u"2026-11-29"_s));
}

QTEST_GUILESS_MAIN(TestServiceMap)
#include "TestServiceMap.moc"
