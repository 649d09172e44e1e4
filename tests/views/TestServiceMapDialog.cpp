// The services map dialog driven through its real widgets: filter, edit an equivalent in the
// table's editor, the refactor check box, revert, add an entry, undo — and the Costs page's hook.
#include "models/itemmodels/ServiceMapTableModel.h"
#include "models/services/ServiceMap.h"
#include "models/storage/ProjectFile.h"
#include "views/dialogs/ServiceMapDialog.h"
#include "views/pages/CostsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestServiceMapDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void editsThroughTheTable();
    void costsPageOpensIt();
};

void TestServiceMapDialog::editsThroughTheTable()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> created =
        Project::create(dir.filePath(u"map.boussole"_s), u"Map"_s);
    QVERIFY(created);
    Project &project = *created.value();
    QUndoStack undo;
    ServiceMapDialog dialog(&project, &undo);
    QAbstractItemModelTester tester(dialog.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int all = dialog.proxy()->rowCount();
    QVERIFY(all >= 12);

    // Filter: only the key-value stores (DynamoDB, Cosmos DB…).
    QTest::keyClicks(dialog.filterEdit(), u"dynamodb"_s);
    QCOMPARE(dialog.proxy()->rowCount(), 1);
    const QModelIndex equivalent = dialog.proxy()->index(0, ServiceMapTableModel::Equivalent);
    QCOMPARE(equivalent.data().toString(), u"refactor"_s);
    QVERIFY(!dialog.revertButton()->isEnabled());

    // Edit the equivalent in the table's own editor and commit with Enter.
    dialog.table()->setCurrentIndex(equivalent);
    dialog.table()->edit(equivalent);
    auto *editor = dialog.table()->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"managed-database"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(undo.count(), 1);           // the delegate commits through a queued call
    QCOMPARE(dialog.proxy()->rowCount(), 1); // still filtered
    QCOMPARE(dialog.proxy()->index(0, ServiceMapTableModel::Equivalent).data().toString(),
             u"managed-database"_s);
    QCOMPARE(dialog.proxy()->index(0, ServiceMapTableModel::Source).data().toString(),
             u"edited in this project"_s);
    Result<ServiceMap> effective = effectiveServiceMap(&project);
    QVERIFY(effective);
    QCOMPARE(effective->find(u"Amazon DynamoDB"_s)->kind, u"managed-database"_s);
    QCOMPARE(effective->find(u"Amazon DynamoDB"_s)->origin, ServiceMapping::Origin::Edited);

    // Clear the refactor flag through the check box role, as the view's delegate does.
    QVERIFY(dialog.proxy()->setData(dialog.proxy()->index(0, ServiceMapTableModel::Refactor),
                                    Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(undo.count(), 2);
    QVERIFY(!effectiveServiceMap(&project)->find(u"Amazon DynamoDB"_s)->needsRefactor());

    // Revert to the shipped entry with the button.
    dialog.table()->selectRow(0);
    QVERIFY(dialog.revertButton()->isEnabled());
    QTest::mouseClick(dialog.revertButton(), Qt::LeftButton);
    QCOMPARE(undo.count(), 3);
    QCOMPARE(effectiveServiceMap(&project)->find(u"Amazon DynamoDB"_s)->kind, u"refactor"_s);
    QVERIFY(effectiveServiceMap(&project)->find(u"Amazon DynamoDB"_s)->needsRefactor());
    QCOMPARE(dialog.proxy()
                 ->index(0, ServiceMapTableModel::Source)
                 .data()
                 .toString()
                 .contains(u"edited"_s),
             false);
    // Undo the revert: edited again.
    undo.undo();
    QCOMPARE(effectiveServiceMap(&project)->find(u"Amazon DynamoDB"_s)->kind,
             u"managed-database"_s);
    undo.undo();
    undo.undo();
    QVERIFY(serviceMapOverrides(project).empty());

    // Add an entry with the form.
    dialog.filterEdit()->clear();
    QCOMPARE(dialog.proxy()->rowCount(), all);
    QTest::keyClicks(dialog.newNamesEdit(), u"Amazon Kendra, AWSKendra"_s);
    dialog.newKindCombo()->setCurrentText(u"refactor"_s);
    dialog.newRefactorCheck()->setChecked(true);
    QTest::keyClicks(dialog.newNoteEdit(), u"enterprise search: OpenSearch, self-hosted"_s);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QCOMPARE(dialog.proxy()->rowCount(), all + 1);
    Result<ServiceMap> withKendra = effectiveServiceMap(&project);
    QVERIFY(withKendra);
    const ServiceMapping *kendra = withKendra->find(u"awskendra"_s);
    QVERIFY(kendra);
    QCOMPARE(kendra->origin, ServiceMapping::Origin::Added);
    QVERIFY(kendra->needsRefactor());
    QVERIFY(dialog.newNamesEdit()->text().isEmpty());
    // An entry without a name is refused, with a message.
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QCOMPARE(dialog.proxy()->rowCount(), all + 1);
    QVERIFY(!dialog.statusLabel()->text().isEmpty());
    undo.undo();
    QCOMPARE(dialog.proxy()->rowCount(), all);

    // Sorting by any column keeps every row.
    dialog.table()->sortByColumn(ServiceMapTableModel::Refactor, Qt::DescendingOrder);
    QCOMPARE(dialog.proxy()->rowCount(), all);
    QCOMPARE(
        dialog.proxy()->index(0, ServiceMapTableModel::Refactor).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
}

void TestServiceMapDialog::costsPageOpensIt()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Project>> created =
        Project::create(dir.filePath(u"costs.boussole"_s), u"Costs"_s);
    QVERIFY(created);
    QUndoStack undo;
    CostsPage page;
    page.setProject(created.value().get(), &undo);
    auto *button = page.findChild<QPushButton *>(u"servicesMapButton"_s);
    QVERIFY(button);
    bool opened = false;
    QTimer::singleShot(0, this, [&opened] {
        if (auto *dialog = qobject_cast<ServiceMapDialog *>(QApplication::activeModalWidget())) {
            opened = dialog->model()->editable() && dialog->proxy()->rowCount() >= 12;
            dialog->reject();
        }
    });
    button->click();
    QVERIFY(opened);
    QTRY_VERIFY(!page.isBusy());
}

QTEST_MAIN(TestServiceMapDialog)
#include "TestServiceMapDialog.moc"
