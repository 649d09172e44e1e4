// The "Licences…" dialog driven through its real widgets: opened from the Comparison and
// Scenarios pages, an entitlement added with the Add button, edited in the table (through the
// view's model, as the delegate does), sorted, undone with the Undo button, removed.
#include "models/itemmodels/EntitlementTableModel.h"
#include "models/licensing/Entitlements.h"
#include "models/storage/ProjectFile.h"
#include "views/dialogs/LicencesDialog.h"
#include "views/pages/ComparisonPage.h"
#include "views/pages/ScenariosPage.h"

#include <QApplication>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestLicencesDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addEditSortUndoRemove();
    void openedFromTheComparisonPage();
};

void TestLicencesDialog::addEditSortUndoRemove()
{
    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(u"p.boussole"_s), u"P"_s);
    QVERIFY(created);
    Project &project = *created.value();
    QUndoStack undo;
    LicencesDialog dialog(&project, &undo);
    dialog.show();
    QAbstractItemModel *view = dialog.table()->model();
    QCOMPARE(view->rowCount(), 0);
    QVERIFY(!dialog.undoButton()->isEnabled());
    QVERIFY(!dialog.removeButton()->isEnabled());

    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(licensing::loadEntitlements(project).size(), size_t(1));
    QVERIFY(dialog.undoButton()->isEnabled());
    // The new row is selected: Remove is offered.
    QVERIFY(dialog.removeButton()->isEnabled());

    // A second one, then make it 8 cores of SQL Server Standard.
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QCOMPARE(view->rowCount(), 2);
    const QModelIndex product = view->index(1, EntitlementTableModel::Product);
    QVERIFY(view->setData(product, u"sql-server"_s));
    QVERIFY(view->setData(view->index(1, EntitlementTableModel::Quantity), 8));
    std::vector<licensing::LicenceEntitlement> stored = licensing::loadEntitlements(project);
    QCOMPARE(stored[1].family, licensing::Family::SqlServer);
    QCOMPARE(stored[1].quantity, 8);
    QCOMPARE(undo.count(), 4);

    // Sortable: by licences, ascending puts the 8 cores first.
    dialog.table()->sortByColumn(EntitlementTableModel::Quantity, Qt::AscendingOrder);
    QCOMPARE(view->index(0, EntitlementTableModel::Quantity).data(Qt::EditRole).toInt(), 8);
    QCOMPARE(view->index(0, EntitlementTableModel::Product).data().toString(), u"SQL Server"_s);

    // Undo (the dialog's button): the quantity goes back to 16, then the product.
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    QCOMPARE(licensing::loadEntitlements(project)[1].quantity, 16);
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    QCOMPARE(licensing::loadEntitlements(project)[1].family, licensing::Family::WindowsServer);
    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    QCOMPARE(view->rowCount(), 1);

    // Remove the selected row.
    dialog.table()->selectRow(0);
    QVERIFY(dialog.removeButton()->isEnabled());
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QCOMPARE(view->rowCount(), 0);
    QCOMPARE(licensing::loadEntitlements(project).size(), size_t(0));
    undo.undo();
    QCOMPARE(view->rowCount(), 1);
}

void TestLicencesDialog::openedFromTheComparisonPage()
{
    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(u"p.boussole"_s), u"P"_s);
    QVERIFY(created);
    Project &project = *created.value();
    QUndoStack undo;
    ComparisonPage page;
    page.setProject(&project, &undo);
    page.show();
    auto *button = page.findChild<QPushButton *>(u"licencesButton"_s);
    QVERIFY(button);
    button->click(); // the settings box is hidden while the project has no workload
    auto *dialog = page.findChild<LicencesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QCOMPARE(licensing::loadEntitlements(project).size(), size_t(1));
    dialog->reject();

    // The Scenarios page opens the same dialog.
    ScenariosPage scenarios;
    scenarios.setProject(&project, &undo);
    auto *fromScenarios = scenarios.findChild<QPushButton *>(u"licencesButton"_s);
    QVERIFY(fromScenarios);
    fromScenarios->click();
    auto *second = scenarios.findChild<LicencesDialog *>();
    QVERIFY(second);
    QCOMPARE(second->model()->rowCount(), 1);
    second->reject();
}

QTEST_MAIN(TestLicencesDialog)
#include "TestLicencesDialog.moc"
