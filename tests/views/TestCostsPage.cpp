#include "models/importers/ImportService.h"
#include "models/itemmodels/CommitmentTableModel.h"
#include "models/itemmodels/CostGroupTableModel.h"
#include "models/itemmodels/CostLineTableModel.h"
#include "models/itemmodels/WorkloadTableModel.h"
#include "models/storage/ProjectFile.h"
#include "views/charts/StackedBarChart.h"
#include "views/pages/CostsPage.h"
#include "views/pages/InventoryPage.h"
#include "views/widgets/EmptyState.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace boussole;
using namespace Qt::StringLiterals;

// The fixture tests/data/bills/gui/focus-1.2-acme.csv is an AWS FOCUS 1.2 export in USD over
// January–March 2025, two accounts (acme-prod 111111111111, acme-dev 222222222222), 20 lines.
// Its figures, added up by hand:
//
//   line                         Jan BilledCost/Effective   Feb            Mar
//   web-prd-01 (EC2, SP-covered)   0      / 30.00          0 / 30.00      0 / 30.00
//   db-prd-01 (EC2, on demand)     140.16                  126.5952       140.16
//   S3 bucket acme-prod-backups    23.456789               24.10          25.00
//   RDS acme-prod-pg               210.00                  210.00         210.00
//   dev-01 (EC2, acme-dev)         35.50                   35.50          20.00
//   Data transfer (acme-dev)       5.25                    6.75           4.00
//   Savings plan purchase (1 y.)   360.00 / 0              —              —
//   Tax                            —                       —              20.00
//
//   Billed:    Jan 774.366789, Feb 402.9452, Mar 419.16   total 1,596.471989 → $1,596.47
//   Effective: Jan 444.366789, Feb 432.9452, Mar 449.16   total 1,326.471989 → $1,326.47
//   (the upfront 360.00 is billed in January; amortised, 3 × 30.00 of it is used: −270.00)
//   Amazon EC2: 9 lines, billed 497.9152, effective 587.9152.
//   acme-dev: 6 lines, billed 107.00; inside Amazon EC2, 3 lines, 91.00.

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/gui/") + name;
}

int rowOf(QAbstractItemModel *model, const QString &label)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == label) {
            return row;
        }
    }
    return -1;
}

void doubleClickRow(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->scrollTo(index);
    const QPoint centre = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
}

// Lines behind a number are read on a worker thread.
bool settle(CostsPage *page)
{
    return QTest::qWaitFor([page] { return !page->isBusy(); }, 20000);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

class TestCostsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyProjectSaysHowToImport();
    void summaryTrendAndTables();
    void dimensionsAndFilter();
    void drillDownStacksAndClears();
    void monthDrillDownFromTheChart();
    void basisBilledToEffective();
    void period();
    void commitments();
    void currenciesNeverSummed();
    void inventoryShowsCostToday();

private:
    void importFiles(const QStringList &files);
    void showPage();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<CostsPage> m_page;
};

void TestCostsPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCostsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Project::create(m_dir->filePath(u"costs.boussole"_s), u"Costs"_s);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    m_project = std::move(created.value());
    m_undo = std::make_unique<QUndoStack>();
    m_page = std::make_unique<CostsPage>();
    m_page->resize(1200, 800);
}

void TestCostsPage::cleanup()
{
    m_page.reset(); // waits for its loader
    m_undo.reset();
    m_project.reset();
    m_dir.reset();
}

void TestCostsPage::importFiles(const QStringList &files)
{
    for (const QString &file : files) {
        auto imported = importFile(*m_project, fixture(file));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    }
}

void TestCostsPage::showPage()
{
    m_page->setProject(m_project.get(), m_undo.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
}

void TestCostsPage::emptyProjectSaysHowToImport()
{
    importFiles({u"inventory.csv"_s});
    showPage();
    QVERIFY(m_page->showsEmptyState());
    QVERIFY(m_page->emptyState()->isVisible());
    QCOMPARE(m_page->emptyState()->button()->text(), u"Import a bill…"_s);
    QSignalSpy requested(m_page.get(), &Page::importRequested);
    QTest::mouseClick(m_page->emptyState()->button(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);

    // A bill arrives: the page follows the project.
    importFiles({u"focus-1.2-acme.csv"_s});
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 20000);
    QVERIFY(!m_page->showsEmptyState());
    QCOMPARE(m_page->totalText(), u"$1,596.47"_s);
}

void TestCostsPage::summaryTrendAndTables()
{
    importFiles({u"inventory.csv"_s, u"focus-1.2-acme.csv"_s});
    showPage();
    QVERIFY(!m_page->showsEmptyState());
    QCOMPARE(m_page->basis(), CostBasis::Billed);
    QCOMPARE(m_page->totalText(), u"$1,596.47"_s);
    QCOMPARE(m_page->averageText(), u"$532.16"_s); // 1,596.471989 / 3
    const QString cards = m_page->cardsLabel()->text();
    QVERIFY2(cards.contains(u"$1,596.47"_s), qPrintable(cards));
    QVERIFY(cards.contains(u"<b>3</b>"_s));  // months
    QVERIFY(cards.contains(u"<b>20</b>"_s)); // lines
    // One currency: no selector, no banner.
    QVERIFY(!m_page->currencyCombo()->isVisible());
    QVERIFY(!m_page->currencyBanner()->isVisible());
    QCOMPARE(m_page->fromCombo()->count(), 3);

    // Spend by service, largest first — by amount, not by text ("$72.56" > "$630.00" as text).
    QSortFilterProxyModel *groups = m_page->groupProxy();
    QCOMPARE(groups->rowCount(), 6);
    QCOMPARE(groups->index(0, 0).data().toString(), u"Amazon Relational Database Service"_s);
    QCOMPARE(groups->index(0, CostGroupTableModel::Amount).data().toString(), u"$630.00"_s);
    QCOMPARE(groups->index(1, 0).data().toString(), u"Amazon EC2"_s);
    QCOMPARE(groups->index(1, CostGroupTableModel::Amount).data().toString(), u"$497.92"_s);
    QCOMPARE(groups->index(1, CostGroupTableModel::Lines).data().toString(), u"9"_s);
    QCOMPARE(groups->index(2, 0).data().toString(), u"AWS Savings Plans"_s);
    QCOMPARE(groups->index(5, 0).data().toString(), u"AWS Data Transfer"_s);
    // Sorting by a column header sorts by raw values.
    m_page->groupTable()->sortByColumn(CostGroupTableModel::Amount, Qt::AscendingOrder);
    QCOMPARE(groups->index(0, 0).data().toString(), u"AWS Data Transfer"_s);
    QCOMPARE(groups->index(5, 0).data().toString(), u"Amazon Relational Database Service"_s);

    // Top resources: the RDS instance first, named as the bill names it.
    QCOMPARE(m_page->resourceTable()->model()->index(0, 0).data().toString(), u"acme-prod-pg"_s);
    QCOMPARE(m_page->resourceTable()->model()->rowCount(), 6);
}

void TestCostsPage::dimensionsAndFilter()
{
    importFiles({u"inventory.csv"_s, u"focus-1.2-acme.csv"_s});
    showPage();
    selectData(m_page->dimensionCombo(), int(CostDimension::Account));
    QSortFilterProxyModel *groups = m_page->groupProxy();
    QCOMPARE(groups->rowCount(), 2);
    QCOMPARE(groups->headerData(0, Qt::Horizontal).toString(), u"Account"_s);
    const int dev = rowOf(groups, u"acme-dev"_s);
    QVERIFY(dev >= 0);
    QCOMPARE(groups->index(dev, CostGroupTableModel::Amount).data().toString(), u"$107.00"_s);
    QCOMPARE(groups->index(dev, 0).data(CostGroupTableModel::KeyRole).toString(),
             u"222222222222"_s);
    const int prod = rowOf(groups, u"acme-prod"_s);
    QCOMPARE(groups->index(prod, CostGroupTableModel::Amount).data().toString(), u"$1,489.47"_s);

    // Environment comes through the linked workloads (inventory's "Production", the bill's
    // derived dev-01 tagged "dev"); lines of no workload are "not said".
    selectData(m_page->dimensionCombo(), int(CostDimension::Environment));
    QCOMPARE(groups->rowCount(), 3);
    QStringList keys;
    for (int row = 0; row < groups->rowCount(); ++row) {
        keys << groups->index(row, 0).data(CostGroupTableModel::KeyRole).toString();
    }
    QCOMPARE(keys, (QStringList{QString(), u"prod"_s, u"dev"_s}));
    QCOMPARE(groups->index(1, CostGroupTableModel::Amount).data().toString(), u"$406.92"_s);

    // The filter box narrows the table on label and key.
    selectData(m_page->dimensionCombo(), int(CostDimension::Service));
    QTest::keyClicks(m_page->filterEdit(), u"amazon"_s);
    QCOMPARE(groups->rowCount(), 3);
    m_page->filterEdit()->clear();
    QCOMPARE(groups->rowCount(), 6);
    selectData(m_page->dimensionCombo(), int(CostDimension::Resource));
    QTest::keyClicks(m_page->filterEdit(), u"i-0a1b2c3d4e5f60003"_s); // dev-01's id
    QCOMPARE(groups->rowCount(), 1);
    QCOMPARE(groups->index(0, 0).data().toString(), u"dev-01"_s);
}

void TestCostsPage::drillDownStacksAndClears()
{
    importFiles({u"inventory.csv"_s, u"focus-1.2-acme.csv"_s});
    showPage();
    QVERIFY(!m_page->drillLabel()->isVisible());
    const int ec2 = rowOf(m_page->groupProxy(), u"Amazon EC2"_s);
    QVERIFY(ec2 >= 0);
    doubleClickRow(m_page->groupTable(), ec2);
    QVERIFY(settle(m_page.get()));
    QCOMPARE(m_page->drillFilters().size(), std::size_t(1));
    QCOMPARE(m_page->lineModel()->total(), qint64(9));
    QCOMPARE(m_page->lineModel()->rowCount(), 9);
    QCOMPARE(m_page->lineStatus()->text(), u"Lines 1–9 of 9"_s);
    QCOMPARE(m_page->tabs()->tabText(m_page->tabs()->currentIndex()), u"Lines (9)"_s);
    QVERIFY(m_page->drillLabel()->isVisible());
    QCOMPARE(m_page->drillLabel()->text(), u"Drill-down: Service = Amazon EC2"_s);
    QCOMPARE(m_page->totalText(), u"$497.92"_s); // every figure follows the drill-down
    CostLineTableModel *lines = m_page->lineModel();
    QCOMPARE(lines->index(0, CostLineTableModel::Import).data().toString(),
             u"focus-1.2-acme.csv"_s);
    QCOMPARE(lines->index(0, CostLineTableModel::Row).data().toString(), u"3"_s);
    QCOMPARE(lines->index(0, CostLineTableModel::Service).data().toString(), u"Amazon EC2"_s);
    QCOMPARE(lines->index(0, CostLineTableModel::Resource).data().toString(), u"web-prd-01"_s);
    QCOMPARE(lines->index(0, CostLineTableModel::Billed).data().toString(), u"$0.00"_s);
    QCOMPARE(lines->index(0, CostLineTableModel::Effective).data().toString(), u"$30.00"_s);
    QCOMPARE(lines->index(0, CostLineTableModel::Currency).data().toString(), u"USD"_s);
    QCOMPARE(lines->index(0, CostLineTableModel::Period).data().toString(), u"1/1/25 – 1/31/25"_s);

    // A second filter stacks on the first: the dev account's EC2 lines.
    m_page->tabs()->setCurrentIndex(0);
    selectData(m_page->dimensionCombo(), int(CostDimension::Account));
    QCOMPARE(m_page->groupProxy()->rowCount(), 2);
    doubleClickRow(m_page->groupTable(), rowOf(m_page->groupProxy(), u"acme-dev"_s));
    QVERIFY(settle(m_page.get()));
    QCOMPARE(m_page->drillFilters().size(), std::size_t(2));
    QCOMPARE(m_page->lineModel()->total(), qint64(3));
    QCOMPARE(m_page->totalText(), u"$91.00"_s);
    QCOMPARE(m_page->drillLabel()->text(),
             u"Drill-down: Service = Amazon EC2  ›  Account = 222222222222"_s);

    // A top resource row drills on the resource.
    doubleClickRow(m_page->resourceTable(), 0);
    QVERIFY(settle(m_page.get()));
    QCOMPARE(m_page->drillFilters().size(), std::size_t(3));
    QCOMPARE(m_page->lineModel()->total(), qint64(3));
    QCOMPARE(m_page->lineModel()->index(0, CostLineTableModel::Resource).data().toString(),
             u"dev-01"_s);

    // Lines with no resource (the purchase, data transfer, tax) are one group, and drill too.
    m_page->clearDrillDown();
    m_page->drillDown(CostDimension::Resource, QString());
    QVERIFY(settle(m_page.get()));
    QCOMPARE(m_page->lineModel()->total(), qint64(5));
    QCOMPARE(m_page->totalText(), u"$396.00"_s); // 360 + 16.00 + 20.00

    m_page->clearDrillDown();
    QVERIFY(settle(m_page.get()));
    QVERIFY(m_page->drillFilters().empty());
    QCOMPARE(m_page->lineModel()->rowCount(), 0);
    QCOMPARE(m_page->totalText(), u"$1,596.47"_s);
    QVERIFY(!m_page->drillLabel()->isVisible());
}

void TestCostsPage::monthDrillDownFromTheChart()
{
    importFiles({u"inventory.csv"_s, u"focus-1.2-acme.csv"_s});
    showPage();
    Q_EMIT m_page->trendChart()->categoryDoubleClicked(0); // the January bar
    QVERIFY(settle(m_page.get()));
    QCOMPARE(m_page->drillFilters().size(), std::size_t(1));
    QCOMPARE(m_page->drillFilters().front().second, u"2025-01"_s);
    QCOMPARE(m_page->lineModel()->total(), qint64(7));
    QCOMPARE(m_page->totalText(), u"$774.37"_s);
    QCOMPARE(m_page->drillLabel()->text(), u"Drill-down: Month = Jan 2025"_s);
}

void TestCostsPage::basisBilledToEffective()
{
    importFiles({u"inventory.csv"_s, u"focus-1.2-acme.csv"_s});
    showPage();
    QVERIFY(!m_page->basisCombo()->toolTip().isEmpty());
    QCOMPARE(m_page->totalText(), u"$1,596.47"_s);
    selectData(m_page->basisCombo(), int(CostBasis::Effective));
    QCOMPARE(m_page->basis(), CostBasis::Effective);
    // The upfront purchase (360.00) leaves; the 3 months of covered usage (3 × 30.00) come in.
    QCOMPARE(m_page->totalText(), u"$1,326.47"_s);
    QVERIFY(m_page->cardsLabel()->text().contains(u"effective cost over the period"_s));
    QSortFilterProxyModel *groups = m_page->groupProxy();
    const int ec2 = rowOf(groups, u"Amazon EC2"_s);
    QCOMPARE(groups->index(ec2, CostGroupTableModel::Amount).data().toString(), u"$587.92"_s);
    QCOMPARE(groups->index(rowOf(groups, u"AWS Savings Plans"_s), CostGroupTableModel::Amount)
                 .data()
                 .toString(),
             u"$0.00"_s);
    selectData(m_page->basisCombo(), int(CostBasis::Billed));
    QCOMPARE(m_page->totalText(), u"$1,596.47"_s);
}

void TestCostsPage::period()
{
    importFiles({u"inventory.csv"_s, u"focus-1.2-acme.csv"_s});
    showPage();
    QCOMPARE(m_page->fromCombo()->currentText(), u"Jan 2025"_s);
    QCOMPARE(m_page->toCombo()->currentText(), u"Mar 2025"_s);
    m_page->fromCombo()->setCurrentIndex(1); // February…
    QCOMPARE(m_page->currentFilter().fromMonth, 202502);
    QCOMPARE(m_page->totalText(), u"$822.11"_s); // 402.9452 + 419.16
    QVERIFY(m_page->cardsLabel()->text().contains(u"<b>2</b>"_s));
    m_page->toCombo()->setCurrentIndex(0); // …to January: "from" follows
    QCOMPARE(m_page->fromCombo()->currentIndex(), 0);
    QCOMPARE(m_page->totalText(), u"$774.37"_s);
    QTest::mouseClick(m_page->lastYearButton(), Qt::LeftButton);
    QCOMPARE(m_page->currentFilter().fromMonth, 202501);
    QCOMPARE(m_page->currentFilter().toMonth, 202503);
    QCOMPARE(m_page->totalText(), u"$1,596.47"_s);
    m_page->setPeriod(202503, 202503);
    QCOMPARE(m_page->totalText(), u"$419.16"_s);
    QTest::mouseClick(m_page->allButton(), Qt::LeftButton);
    QCOMPARE(m_page->totalText(), u"$1,596.47"_s);
}

void TestCostsPage::commitments()
{
    importFiles({u"inventory.csv"_s, u"focus-1.2-acme.csv"_s});
    showPage();
    CommitmentTableModel *model = m_page->commitmentModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CommitmentTableModel::Id).data().toString(), u"sp-compute-prod"_s);
    QCOMPARE(model->index(0, CommitmentTableModel::Type).data().toString(),
             u"Compute Savings Plan"_s);
    QCOMPARE(model->index(0, CommitmentTableModel::Provider).data().toString(), u"AWS"_s);
    // Effective: the 3 months of covered usage; billed: the upfront payment.
    QCOMPARE(model->index(0, CommitmentTableModel::EffectiveCost).data().toString(), u"$90.00"_s);
    QCOMPARE(model->commitment(0).billed, Money::fromInteger(360));
    // FOCUS gives no end date: it is shown as unknown, never highlighted.
    QCOMPARE(model->index(0, CommitmentTableModel::Expiry).data().toString(), u"unknown"_s);
    QVERIFY(!model->expiresSoon(0));
    const int tab = m_page->tabs()->indexOf(m_page->commitmentTable());
    QCOMPARE(m_page->tabs()->tabText(tab), u"Commitments (1)"_s);

    // One that ends within six months stands out in the table.
    CommitmentRecord soon = model->commitment(0);
    soon.end = QDateTime(QDate::currentDate().addMonths(2), QTime(0, 0), Qt::UTC);
    CommitmentRecord later = soon;
    later.id = u"later"_s;
    later.name.clear();
    later.end = QDateTime(QDate::currentDate().addYears(2), QTime(0, 0), Qt::UTC);
    model->setCommitments({later, soon});
    QAbstractItemModel *shown = m_page->commitmentTable()->model();
    const int first = rowOf(shown, u"sp-compute-prod"_s);
    const int second = rowOf(shown, u"later"_s);
    QVERIFY(first >= 0 && second >= 0);
    QVERIFY(shown->index(first, CommitmentTableModel::Expiry).data(Qt::BackgroundRole).isValid());
    QVERIFY(!shown->index(second, CommitmentTableModel::Expiry).data(Qt::BackgroundRole).isValid());
    QCOMPARE(first, 0); // sorted by expiry, soonest first
}

void TestCostsPage::currenciesNeverSummed()
{
    importFiles({u"inventory.csv"_s, u"focus-1.2-acme.csv"_s, u"focus-1.2-ovhcloud-eur.csv"_s});
    showPage();
    QVERIFY(m_page->currencyBanner()->isVisible());
    QVERIFY(m_page->currencyBanner()->text().contains(u"EUR, USD"_s));
    QVERIFY(m_page->currencyCombo()->isVisible());
    QCOMPARE(m_page->currencyCombo()->count(), 2);
    // The currency most lines are in comes first.
    QCOMPARE(m_page->currency(), u"USD"_s);
    QCOMPARE(m_page->totalText(), u"$1,596.47"_s);
    QVERIFY(m_page->cardsLabel()->text().contains(u" in USD"_s));
    QCOMPARE(m_page->groupProxy()->rowCount(), 6);
    m_page->currencyCombo()->setCurrentIndex(m_page->currencyCombo()->findText(u"EUR"_s));
    QCOMPARE(m_page->totalText(), u"€58.00"_s); // 45.90 + 12.10, the dollars apart
    QCOMPARE(m_page->groupProxy()->rowCount(), 2);
}

void TestCostsPage::inventoryShowsCostToday()
{
    importFiles({u"inventory.csv"_s});
    InventoryPage inventory;
    inventory.setProject(m_project.get(), m_undo.get());
    // No bill: no column of blanks.
    QVERIFY(inventory.table()->isColumnHidden(WorkloadTableModel::MonthlyCost));
    importFiles({u"focus-1.2-acme.csv"_s});
    inventory.refresh();
    QVERIFY(!inventory.table()->isColumnHidden(WorkloadTableModel::MonthlyCost));
    QSortFilterProxyModel *proxy = inventory.proxy();
    QCOMPARE(proxy->rowCount(), 4); // dev-01 comes from the bill
    // Sorted by cost, most expensive first: db-prd-01 (135.6384), dev-01 (30.33…), web-prd-01
    // (30.00), then batch-prd-01, which no bill line describes.
    proxy->sort(WorkloadTableModel::MonthlyCost, Qt::DescendingOrder);
    QStringList names;
    QStringList costs;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        names << proxy->index(row, WorkloadTableModel::Name).data().toString();
        costs << proxy->index(row, WorkloadTableModel::MonthlyCost).data().toString();
    }
    QCOMPARE(names, (QStringList{u"db-prd-01"_s, u"dev-01"_s, u"web-prd-01"_s, u"batch-prd-01"_s}));
    QCOMPARE(costs, (QStringList{u"$135.64"_s, u"$30.33"_s, u"$30.00"_s, QString()}));
}

QTEST_MAIN(TestCostsPage)
#include "TestCostsPage.moc"
