// Drives the real main window offscreen: start page, pages, undo/redo of project edits, the demo,
// drag-and-drop, exports and screenshots.
#include "app/MainWindow.h"
#include "app/Screenshots.h"
#include "models/demo/DemoProject.h"
#include "models/domain/EstateSummary.h"
#include "models/domain/Reconciliation.h"
#include "models/itemmodels/WorkloadTableModel.h"
#include "models/storage/ProjectFile.h"
#include "views/StartPage.h"
#include "views/dialogs/ProjectPropertiesDialog.h"
#include "views/dialogs/ReconcileDialog.h"
#include "views/pages/InventoryPage.h"
#include "views/pages/OverviewPage.h"
#include "views/pages/Page.h"
#include "views/pages/ReportsPage.h"
#include "views/pages/ScenariosPage.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    template <typename T>
    static T *page(MainWindow &window, const QString &id)
    {
        for (Page *p : window.pages()) {
            if (p->pageId() == id) {
                return qobject_cast<T *>(p);
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.boussole"_s);
        const Status status = createDemoProject(m_demo);
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().toString()));
    }

    void startsOnTheStartPage()
    {
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(window.isStartPageShown());
        QVERIFY(!window.project());
        QCOMPARE(window.pages().size(), size_t(8));
        QStringList ids;
        for (Page *p : window.pages()) {
            ids << p->pageId();
        }
        QCOMPARE(ids, (QStringList{u"overview"_s, u"inventory"_s, u"costs"_s, u"comparison"_s,
                                   u"scenarios"_s, u"compliance"_s, u"migration"_s, u"reports"_s}));
    }

    void createEditUndoRedo()
    {
        MainWindow window;
        window.setInteractive(false);
        const QString path = m_dir.filePath(u"edit.boussole"_s);
        QVERIFY(window.createProject(path, u"Avant"_s));
        QVERIFY(!window.isStartPageShown());
        QVERIFY(window.windowTitle().contains(u"Avant"_s));

        window.editProperties(u"Après"_s, u"Client SA"_s);
        QCOMPARE(window.project()->name(), u"Après"_s);
        QCOMPARE(window.project()->client(), u"Client SA"_s);
        QVERIFY(window.windowTitle().contains(u"Après"_s));

        // One user edit is one undo step, through the Edit menu's action.
        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QCOMPARE(window.project()->name(), u"Avant"_s);
        QCOMPARE(window.project()->client(), QString());
        window.redoAction()->trigger();
        QCOMPARE(window.project()->name(), u"Après"_s);

        // The organisation's sector (it suggests the compliance frameworks): one undo step too.
        window.editProperties(u"Après"_s, u"Client SA"_s, u"public"_s);
        QCOMPARE(window.project()->meta(u"sector"_s), u"public"_s);
        window.undoAction()->trigger();
        QCOMPARE(window.project()->meta(u"sector"_s), QString());
        QCOMPARE(window.project()->client(), u"Client SA"_s);
        window.redoAction()->trigger();
        QCOMPARE(window.project()->meta(u"sector"_s), u"public"_s);
        {
            // The dialog shows a sector written elsewhere by its meaning ("mutuelle": insurer).
            ProjectPropertiesDialog dialog(u"P"_s, u"C"_s, u"Mutuelle"_s);
            QCOMPARE(dialog.sector(), u"insurance"_s);
            ProjectPropertiesDialog unknown(u"P"_s, u"C"_s, u"aéronautique"_s);
            QCOMPARE(unknown.sector(), u"aéronautique"_s);
            unknown.sectorBox()->setCurrentIndex(unknown.sectorBox()->findData(u"health"_s));
            QCOMPARE(unknown.sector(), u"health"_s);
        }

        // Edits are committed at once: reopening shows them.
        window.closeProject();
        QVERIFY(window.isStartPageShown());
        QVERIFY(!window.undoAction()->isEnabled());
        auto reopened = Project::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->client(), u"Client SA"_s);
    }

    void openingAForeignFileKeepsTheWindowUsable()
    {
        const QString path = m_dir.filePath(u"photo.boussole"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\nnot really a picture either");
        file.close();
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(!window.openProject(path));
        QVERIFY(!window.lastError().isEmpty());
        QVERIFY(window.lastError().contains(u"photo.boussole"_s));
        QVERIFY(window.isStartPageShown());
    }

    void inventoryShowsTheDemoAndFilters()
    {
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(m_demo));
        window.showPage(u"inventory"_s);
        auto *inventory = page<InventoryPage>(window, u"inventory"_s);
        QVERIFY(inventory);
        QCOMPARE(window.currentPage(), inventory);
        QCOMPARE(inventory->proxy()->rowCount(), 88);

        QTest::keyClicks(inventory->filterEdit(), u"gesco"_s);
        const int gesco = inventory->proxy()->rowCount();
        QVERIFY(gesco > 0 && gesco < 88);
        for (int row = 0; row < gesco; ++row) {
            QVERIFY(inventory->proxy()->index(row, 0).data().toString().contains(u"gesco"_s));
        }
        inventory->filterEdit()->clear();
        QCOMPARE(inventory->proxy()->rowCount(), 88);

        QComboBox *environment = inventory->environmentFilter();
        const int prod = environment->findData(u"prod"_s);
        QVERIFY(prod > 0);
        environment->setCurrentIndex(prod);
        const int production = inventory->proxy()->rowCount();
        QVERIFY(production > 30 && production < 88);

        // Sorting by vCPU is numeric, not textual ("16" after "8").
        environment->setCurrentIndex(0);
        inventory->table()->sortByColumn(4, Qt::DescendingOrder);
        QCOMPARE(inventory->proxy()->index(0, 4).data().toString(), u"16"_s);
    }

    void inventoryEditsAreUndoable()
    {
        const QString path = m_dir.filePath(u"edited-demo.boussole"_s);
        QVERIFY(createDemoProject(path).ok());
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(path));
        window.showPage(u"inventory"_s);
        auto *inventory = page<InventoryPage>(window, u"inventory"_s);
        QVERIFY(inventory);
        auto valueOf = [&](const QString &name, auto member) {
            for (const Workload &w : window.project()->workloads()) {
                if (w.name == name) {
                    return w.*member;
                }
            }
            return QString(u"<missing>"_s);
        };

        // Bulk: two development machines become "test".
        QTest::keyClicks(inventory->filterEdit(), u"-dev-01"_s);
        QCOMPARE(inventory->proxy()->rowCount(), 4);
        QVERIFY(!inventory->bulkApply()->isEnabled()); // nothing selected yet
        inventory->table()->selectRow(0);
        inventory->table()->selectionModel()->select(inventory->proxy()->index(1, 0),
                                                     QItemSelectionModel::Select |
                                                         QItemSelectionModel::Rows);
        QVERIFY(inventory->bulkApply()->isEnabled());
        const QString first = inventory->proxy()->index(0, 0).data().toString();
        const QString second = inventory->proxy()->index(1, 0).data().toString();
        inventory->bulkField()->setCurrentIndex(
            inventory->bulkField()->findData(int(WorkloadEditField::Environment)));
        inventory->bulkValue()->setCurrentIndex(inventory->bulkValue()->findData(u"test"_s));
        inventory->bulkApply()->click();
        QCOMPARE(valueOf(first, &Workload::environment), u"test"_s);
        QCOMPARE(valueOf(second, &Workload::environment), u"test"_s);
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoAction()->trigger();
        QCOMPARE(valueOf(first, &Workload::environment), u"dev"_s);
        QCOMPARE(valueOf(second, &Workload::environment), u"dev"_s);

        // Inline: the data class cell of one row, through the model as the delegate does.
        inventory->filterEdit()->clear();
        QTest::keyClicks(inventory->filterEdit(), u"gitlab-prd-01"_s);
        QCOMPARE(inventory->proxy()->rowCount(), 1);
        const QModelIndex cell = inventory->proxy()->index(0, WorkloadTableModel::DataClass);
        QVERIFY(cell.flags() & Qt::ItemIsEditable);
        QVERIFY(
            !(inventory->proxy()->index(0, WorkloadTableModel::Vcpu).flags() & Qt::ItemIsEditable));
        QVERIFY(inventory->proxy()->setData(cell, u"payment"_s));
        QCOMPARE(valueOf(u"gitlab-prd-01"_s, &Workload::dataClass), u"payment"_s);
        window.undoAction()->trigger();
        QCOMPARE(valueOf(u"gitlab-prd-01"_s, &Workload::dataClass), u"internal"_s);
        window.redoAction()->trigger();
        QCOMPARE(valueOf(u"gitlab-prd-01"_s, &Workload::dataClass), u"payment"_s);
    }

    void reconcilingTwoSourcesCountsOnce()
    {
        const QString path = m_dir.filePath(u"reconcile-demo.boussole"_s);
        QVERIFY(createDemoProject(path).ok());
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(window.openProject(path));
        window.showPage(u"inventory"_s);
        auto *inventory = page<InventoryPage>(window, u"inventory"_s);
        // The demo's CMDB lists two Rennes machines that RVTools lists too.
        QVERIFY(inventory->reconcileButton()->isVisible());
        const auto candidates = findDuplicateCandidates(window.project()->workloads());
        QCOMPARE(candidates.size(), size_t(2));
        ReconcileDialog dialog(candidates);
        QCOMPARE(dialog.table()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            dialog.table()->item(row, 0)->setCheckState(Qt::Checked);
        }
        const double before = EstateSummary::of(window.project()->workloads()).vcpu;
        inventory->markDuplicates(dialog.confirmedLinks());
        const double after = EstateSummary::of(window.project()->workloads()).vcpu;
        QCOMPARE(after, before - 2 - 4); // ad-dc-02 (2 vCPU) and veeam-repo-prd-01 (4 vCPU)
        QVERIFY(!inventory->reconcileButton()->isVisible());
        window.undoAction()->trigger();
        QCOMPARE(EstateSummary::of(window.project()->workloads()).vcpu, before);
        QVERIFY(inventory->reconcileButton()->isVisible());
    }

    void inventoryFiltersByKindAndImport()
    {
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(m_demo));
        auto *inventory = page<InventoryPage>(window, u"inventory"_s);
        QComboBox *kind = inventory->kindFilter();
        kind->setCurrentIndex(kind->findData(u"database"_s));
        const int databases = inventory->proxy()->rowCount();
        QVERIFY(databases >= 8 && databases < 20);
        for (int row = 0; row < databases; ++row) {
            QCOMPARE(inventory->proxy()->index(row, WorkloadTableModel::Kind).data().toString(),
                     u"Database"_s);
        }
        kind->setCurrentIndex(0);
        QComboBox *imports = inventory->importFilter();
        QCOMPARE(imports->count(), 7); // "all" + the six demo sources (two of them bills)
        imports->setCurrentIndex(imports->findText(u"rvtools-rennes-pra.xlsx"_s));
        QCOMPARE(inventory->proxy()->rowCount(), 12);
        imports->setCurrentIndex(imports->findText(u"cmdb-inventaire.csv"_s));
        QCOMPARE(inventory->proxy()->rowCount(), 65);
    }

    void hiddenPagesRefreshWhenShown()
    {
        // An edit refreshes the page on screen only; a hidden page (here the scenarios, which
        // re-price the estate) catches up when the user opens it.
        const QString path = m_dir.filePath(u"lazy-demo.boussole"_s);
        QVERIFY(createDemoProject(path).ok());
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(path));
        auto *scenarios = page<ScenariosPage>(window, u"scenarios"_s);
        QVERIFY(scenarios);
        const QString before = scenarios->detailText();
        QVERIFY2(before.contains(u"82"_s), qPrintable(before));
        window.showPage(u"overview"_s);
        auto *overview = page<OverviewPage>(window, u"overview"_s);
        QTableView *history = overview->importTable();
        for (int row = 0; row < history->model()->rowCount(); ++row) {
            if (history->model()->index(row, 1).data().toString() == u"cmdb-inventaire.csv") {
                history->selectRow(row);
            }
        }
        overview->removeSelectedImport();
        QCOMPARE(window.project()->workloadCount(), 88 - 65);
        QCOMPARE(scenarios->detailText(), before); // not recomputed while hidden
        window.showPage(u"scenarios"_s);
        QVERIFY2(scenarios->detailText() != before, qPrintable(scenarios->detailText()));
        QVERIFY(!scenarios->detailText().contains(u" 82 "_s));
    }

    void removingAnImportIsUndoable()
    {
        const QString path = m_dir.filePath(u"remove-demo.boussole"_s);
        QVERIFY(createDemoProject(path).ok());
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(path));
        auto *overview = page<OverviewPage>(window, u"overview"_s);
        QVERIFY(overview);
        QTableView *history = overview->importTable();
        int csvRow = -1;
        for (int row = 0; row < history->model()->rowCount(); ++row) {
            if (history->model()->index(row, 1).data().toString() == u"cmdb-inventaire.csv") {
                csvRow = row;
            }
        }
        QVERIFY(csvRow >= 0);
        // The Terraform state's warning was kept with its import and can be read again.
        for (int row = 0; row < history->model()->rowCount(); ++row) {
            if (history->model()->index(row, 1).data().toString() == u"aws-digital.tfstate") {
                history->selectRow(row);
            }
        }
        QVERIFY2(overview->selectedImportWarnings().startsWith(u"aws-digital.tfstate: "_s),
                 qPrintable(overview->selectedImportWarnings()));
        QVERIFY(overview->selectedImportWarnings().contains(u"aws_s3_bucket"_s));
        history->selectRow(csvRow);
        QCOMPARE(overview->selectedImportWarnings(), QString());
        overview->removeSelectedImport();
        QCOMPARE(window.project()->workloadCount(), 88 - 65);
        QCOMPARE(window.project()->importCount(), 5);
        // The inventory, hidden during the removal, shows it when opened.
        window.showPage(u"inventory"_s);
        QCOMPARE(page<InventoryPage>(window, u"inventory"_s)->proxy()->rowCount(), 88 - 65);
        window.undoAction()->trigger();
        QCOMPARE(window.project()->workloadCount(), 88);
        QCOMPARE(page<InventoryPage>(window, u"inventory"_s)->proxy()->rowCount(), 88);
    }

    void dropOpensAProject()
    {
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_demo)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(window.project());
        QCOMPARE(window.project()->workloadCount(), 88);
        // And the project is remembered on the start page.
        QVERIFY(MainWindow::recentProjects().contains(QFileInfo(m_demo).absoluteFilePath()));
    }

    void exportsTheInventory()
    {
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openProject(m_demo));
        auto *reports = page<ReportsPage>(window, u"reports"_s);
        QVERIFY(reports);
        const QString out = m_dir.filePath(u"inventory.csv"_s);
        QCOMPARE(reports->exportInventory(out), QString());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBF"
                                   "id,name,kind"));
        QCOMPARE(content.count("\r\n"), 89);
        QVERIFY(content.contains("Remboursements santé"));
    }

    void screenshotsEveryPage()
    {
        const QString dir = m_dir.filePath(u"shots"_s);
        auto written = renderScreenshots(m_demo, dir);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        QCOMPARE(written.value().size(), 9); // eight pages and the start page
        for (const QString &file : written.value()) {
            QImage image(file);
            QVERIFY2(!image.isNull(), qPrintable(file));
            QVERIFY(image.width() >= 1000);
        }
        QVERIFY(QFileInfo::exists(dir + u"/comparison.png"_s));
        // Screenshots open read-only and leave no WAL behind.
        QVERIFY(!QFileInfo::exists(m_demo + u"-wal"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
