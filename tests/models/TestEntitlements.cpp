// Licence entitlements: what covers what, storage in the project (JSON), the YAML the CLI imports,
// the undoable command and the editable table under QAbstractItemModelTester.
#include "models/commands/SetEntitlementsCommand.h"
#include "models/itemmodels/EntitlementTableModel.h"
#include "models/licensing/Entitlements.h"
#include "models/storage/ProjectFile.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::licensing;

namespace {

QString data(const char *name)
{
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/licences/") + QString::fromLatin1(name);
}

} // namespace

class TestEntitlements : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coverage();
    void assurance();
    void jsonRoundTrip();
    void yaml();
    void commandAndTable();

private:
    QTemporaryDir m_dir;
};

void TestEntitlements::coverage()
{
    LicenceEntitlement sqlEnt;
    sqlEnt.family = Family::SqlServer;
    sqlEnt.edition = u"enterprise"_s;
    QVERIFY(sqlEnt.covers(Product::SqlServerEnterprise));
    QVERIFY(sqlEnt.covers(Product::SqlServerStandard)); // down-edition
    QVERIFY(!sqlEnt.covers(Product::WindowsServer));
    LicenceEntitlement sqlStd = sqlEnt;
    sqlStd.edition = u"standard"_s;
    QVERIFY(!sqlStd.covers(Product::SqlServerEnterprise));
    LicenceEntitlement windows;
    windows.family = Family::WindowsServer;
    windows.edition = u"standard"_s;
    QVERIFY(windows.covers(Product::WindowsServer));
    LicenceEntitlement oracle;
    oracle.family = Family::OracleDatabase;
    oracle.edition = u"standard-2"_s;
    QVERIFY(oracle.covers(Product::OracleStandard2));
    QVERIFY(!oracle.covers(Product::OracleEnterprise));
}

void TestEntitlements::assurance()
{
    LicenceEntitlement e;
    QVERIFY(!e.assuranceActiveOn(QDate(2026, 1, 1)));
    e.softwareAssurance = true;
    QVERIFY(e.assuranceActiveOn(QDate(2030, 1, 1))); // no end date given
    e.assuranceEnd = QDate(2027, 6, 30);
    QVERIFY(e.assuranceActiveOn(QDate(2027, 6, 30)));
    QVERIFY(!e.assuranceActiveOn(QDate(2027, 7, 1)));
}

void TestEntitlements::jsonRoundTrip()
{
    LicenceEntitlement e;
    e.id = u"id-1"_s;
    e.family = Family::SqlServer;
    e.edition = u"enterprise"_s;
    e.quantity = 16;
    e.softwareAssurance = true;
    e.assuranceEnd = QDate(2027, 6, 30);
    e.note = u"EA 2024"_s;
    LicenceEntitlement f;
    f.id = u"id-2"_s;
    f.family = Family::Rhel;
    f.edition = u"server"_s;
    f.quantity = 3;
    f.boughtBefore2019_10_01 = true;
    const std::vector<LicenceEntitlement> list = {e, f};
    QCOMPARE(entitlementsFromJson(entitlementsToJson(list)), list);
    // Malformed entries are dropped, an unknown edition takes the family's default.
    const auto read =
        entitlementsFromJson(uR"([{"product":"nope","quantity":1},{"product":"rhel","quantity":-2},
             {"id":"x","product":"windows-server","edition":"ultimate","quantity":4}])"_s);
    QCOMPARE(read.size(), size_t(1));
    QCOMPARE(read[0].edition, u"standard"_s);
    QCOMPARE(entitlementsFromJson(QString()).size(), size_t(0));
}

void TestEntitlements::yaml()
{
    Result<std::vector<LicenceEntitlement>> read = readEntitlementsYaml(data("entitlements.yaml"));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->size(), size_t(4));
    const LicenceEntitlement &sql = read->at(0);
    QCOMPARE(sql.family, Family::SqlServer);
    QCOMPARE(sql.edition, u"enterprise"_s);
    QCOMPARE(sql.quantity, 16);
    QVERIFY(sql.softwareAssurance);
    QCOMPARE(sql.assuranceEnd, QDate(2027, 6, 30));
    QCOMPARE(sql.note, u"EA 2024, Software Assurance"_s);
    QVERIFY(sql.id.isEmpty());
    QVERIFY(read->at(1).boughtBefore2019_10_01);
    QVERIFY(!read->at(1).softwareAssurance);
    QCOMPARE(read->at(2).quantity, 2);
    QCOMPARE(read->at(2).edition, u"server"_s);
    QCOMPARE(read->at(3).id, u"oracle-1"_s);
    QCOMPARE(read->at(3).quantity, 1);

    Result<std::vector<LicenceEntitlement>> bad = readEntitlementsYaml(data("bad-edition.yaml"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().line, 2);
    QVERIFY(bad.error().message.contains(u"datacenter"_s));
}

void TestEntitlements::commandAndTable()
{
    auto created = Project::create(m_dir.filePath(u"p.boussole"_s), u"P"_s);
    QVERIFY(created);
    std::unique_ptr<Project> project = std::move(created.value());
    QUndoStack stack;
    EntitlementTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(project.get(), &stack);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(EntitlementTableModel::ColumnCount));

    const QString id = model.addEntitlement(Family::SqlServer);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(loadEntitlements(*project).at(0).id, id); // written at once
    QCOMPARE(model.index(0, EntitlementTableModel::Product).data(Qt::EditRole).toString(),
             u"sql-server"_s);
    QCOMPARE(model.index(0, EntitlementTableModel::Quantity).data(Qt::EditRole).toInt(), 16);

    // Edits: quantity, edition (checked against the family), SA check box, end date.
    QVERIFY(model.setData(model.index(0, EntitlementTableModel::Quantity), 24));
    QVERIFY(!model.setData(model.index(0, EntitlementTableModel::Quantity), -1));
    QVERIFY(!model.setData(model.index(0, EntitlementTableModel::Edition), u"datacenter"_s));
    QVERIFY(model.setData(model.index(0, EntitlementTableModel::Edition), u"enterprise"_s));
    QVERIFY(model.setData(model.index(0, EntitlementTableModel::Assurance), Qt::Unchecked,
                          Qt::CheckStateRole));
    QVERIFY(!model.setData(model.index(0, EntitlementTableModel::AssuranceEnd), u"soon"_s));
    QVERIFY(model.setData(model.index(0, EntitlementTableModel::AssuranceEnd), u"2027-06-30"_s));
    LicenceEntitlement stored = loadEntitlements(*project).at(0);
    QCOMPARE(stored.quantity, 24);
    QCOMPARE(stored.edition, u"enterprise"_s);
    QVERIFY(!stored.softwareAssurance);
    QCOMPARE(stored.assuranceEnd, QDate(2027, 6, 30));
    QCOMPARE(stack.count(), 5);
    // Changing the product resets an edition it does not sell.
    QVERIFY(model.setData(model.index(0, EntitlementTableModel::Product), u"rhel"_s));
    QCOMPARE(loadEntitlements(*project).at(0).edition, u"server"_s);
    QCOMPARE(model.index(0, EntitlementTableModel::Edition)
                 .data(EntitlementTableModel::ChoicesRole)
                 .toList()
                 .size(),
             1);

    // Undo walks back through the project.
    stack.undo();
    QCOMPARE(loadEntitlements(*project).at(0).family, Family::SqlServer);
    stack.undo();
    QVERIFY(!loadEntitlements(*project).at(0).assuranceEnd.isValid());
    while (stack.canUndo()) {
        stack.undo();
    }
    QCOMPARE(model.rowCount(), 0);
    stack.redo();
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.removeEntitlements({id}));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.removeEntitlements({id}));

    // Without an undo stack the table is read-only.
    EntitlementTableModel readOnly;
    readOnly.reload(project.get());
    stack.undo();
    QCOMPARE(readOnly.rowCount(), 1);
    QVERIFY(!(readOnly.flags(readOnly.index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(readOnly.addEntitlement().isEmpty());

    // A write the file refuses (opened read-only) is reported, and leaves no undo step.
    ProjectOpenOptions options;
    options.readOnly = true;
    auto reopened = Project::open(m_dir.filePath(u"p.boussole"_s), options);
    QVERIFY(reopened);
    QUndoStack otherStack;
    EntitlementTableModel refused;
    refused.reload(reopened.value().get(), &otherStack);
    QSignalSpy failed(&refused, &EntitlementTableModel::editFailed);
    refused.addEntitlement(Family::Rhel);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QCOMPARE(otherStack.count(), 0);
}

QTEST_GUILESS_MAIN(TestEntitlements)
#include "TestEntitlements.moc"
