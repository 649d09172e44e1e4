#include "models/costs/CostData.h"
#include "models/importers/ImportService.h"
#include "models/itemmodels/CommitmentTableModel.h"
#include "models/itemmodels/CostGroupTableModel.h"
#include "models/itemmodels/CostLineTableModel.h"
#include "models/itemmodels/SortProxyModel.h"
#include "models/itemmodels/WorkloadTableModel.h"
#include "models/storage/ProjectFile.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

Money money(const char *text)
{
    return Money::parse(QString::fromLatin1(text)).value();
}

CostGroup group(const QString &key, std::initializer_list<std::pair<QString, Money>> amounts,
                qint64 lines, double hours = 0)
{
    CostGroup g;
    g.key = key;
    g.label = key;
    for (const auto &[currency, amount] : amounts) {
        g.amounts[currency] = amount;
    }
    g.lines = lines;
    g.usageHours = hours;
    return g;
}

QString billFixture(const QString &name)
{
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/gui/") + name;
}

} // namespace

class TestCostItemModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupsKeepOneCurrency();
    void groupsSortByMoneyNotText();
    void groupsFilterOnLabelAndKey();
    void linesPage();
    void commitmentsHighlightExpiry();
    void workloadCostToday();
};

void TestCostItemModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCostItemModels::groupsKeepOneCurrency()
{
    CostGroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::vector<CostGroup> groups = {
        group(u"Amazon EC2"_s, {{u"USD"_s, money("300")}, {u"EUR"_s, money("5")}}, 9, 1488),
        group(u"Amazon S3"_s, {{u"USD"_s, money("100")}}, 3),
        group(u"Azure VM"_s, {{u"EUR"_s, money("70")}}, 2),
        group(QString(), {{u"USD"_s, money("100")}}, 1),
    };
    model.setGroups(CostDimension::Service, groups, u"USD"_s);
    QCOMPARE(model.rowCount(), 3); // the EUR-only group is not in the USD table
    QCOMPARE(model.total(), money("500"));
    QCOMPARE(model.index(0, CostGroupTableModel::Amount).data().toString(), u"$300.00"_s);
    QCOMPARE(model.index(0, CostGroupTableModel::Share).data().toString(), u"60.0 %"_s);
    QCOMPARE(
        model.index(0, CostGroupTableModel::Share).data(CostGroupTableModel::SortRole).toDouble(),
        60.0);
    QCOMPARE(model.index(0, CostGroupTableModel::Hours).data().toString(), u"1,488"_s);
    QCOMPARE(model.index(0, CostGroupTableModel::Lines).data(CostGroupTableModel::SortRole),
             QVariant(qint64(9)));
    QCOMPARE(model.index(2, CostGroupTableModel::Label).data().toString(), u"(not stated)"_s);
    QCOMPARE(model.index(2, CostGroupTableModel::Label).data(CostGroupTableModel::KeyRole),
             QVariant(QString()));
    QCOMPARE(model.headerData(CostGroupTableModel::Label, Qt::Horizontal).toString(), u"Service"_s);

    model.setGroups(CostDimension::Service, groups, u"EUR"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, CostGroupTableModel::Amount).data().toString(), u"€70.00"_s);
    QCOMPARE(model.amount(0), money("5"));

    model.setGroups(CostDimension::Service, groups, u"USD"_s, 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.total(), money("500")); // shares stay of the whole
}

void TestCostItemModels::groupsSortByMoneyNotText()
{
    CostGroupTableModel model;
    SortProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CostGroupTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // As text "$9.50" > "$10.00" > "$1,200.00"; as money the other way round.
    model.setGroups(CostDimension::Region,
                    {group(u"a"_s, {{u"USD"_s, money("9.50")}}, 1),
                     group(u"b"_s, {{u"USD"_s, money("1200")}}, 1),
                     group(u"c"_s, {{u"USD"_s, money("10")}}, 1),
                     group(u"d"_s, {{u"USD"_s, money("-3.25")}}, 1)},
                    u"USD"_s);
    proxy.sort(CostGroupTableModel::Amount, Qt::DescendingOrder);
    QStringList keys;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        keys << proxy.index(row, 0).data(CostGroupTableModel::KeyRole).toString();
    }
    QCOMPARE(keys, (QStringList{u"b"_s, u"c"_s, u"a"_s, u"d"_s}));
    QCOMPARE(proxy.index(0, CostGroupTableModel::Amount)
                 .data(CostGroupTableModel::SortRole)
                 .value<Money>(),
             money("1200"));
}

void TestCostItemModels::groupsFilterOnLabelAndKey()
{
    CostGroupTableModel model;
    SortProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(CostGroupTableModel::SearchRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    CostGroup web = group(u"arn:aws:ec2:eu-west-3:1:instance/i-01"_s, {{u"USD"_s, money("1")}}, 1);
    web.label = u"web-prd-01"_s;
    model.setGroups(CostDimension::Resource,
                    {web, group(u"bucket-logs"_s, {{u"USD"_s, money("2")}}, 1)}, u"USD"_s);
    proxy.setFilterFixedString(u"WEB-PRD"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(u"instance/i-01"_s); // the key, not shown, is searched too
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(Qt::ToolTipRole).toString(), web.key);
    proxy.setFilterFixedString(u"nothing"_s);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestCostItemModels::linesPage()
{
    CostLineTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<CostLineRecord> lines(2);
    lines[0].uuid = u"u1"_s;
    lines[0].importId = u"imp-1"_s;
    lines[0].row = 7;
    lines[0].chargeStart = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    lines[0].chargeEnd = QDateTime(QDate(2025, 2, 1), QTime(0, 0), Qt::UTC);
    lines[0].service = u"Amazon EC2"_s;
    lines[0].resourceId = u"arn:aws:ec2:eu-west-3:1:instance/i-01"_s;
    lines[0].resourceName = u"web-prd-01"_s;
    lines[0].currency = u"USD"_s;
    lines[0].billed = money("0");
    lines[0].effective = money("30.1234567891");
    lines[1] = lines[0];
    lines[1].uuid = u"u2"_s;
    lines[1].row = 12;
    lines[1].resourceName.clear();
    lines[1].chargeEnd = QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC);
    model.setImportNames({{u"imp-1"_s, u"focus.csv"_s}});
    model.setLines(lines, 200, 1234);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.total(), qint64(1234));
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"201"_s);
    QCOMPARE(model.index(0, CostLineTableModel::Import).data().toString(), u"focus.csv"_s);
    QCOMPARE(model.index(0, CostLineTableModel::Row).data().toString(), u"7"_s);
    QCOMPARE(model.index(0, CostLineTableModel::Period).data().toString(), u"1/1/25 – 1/31/25"_s);
    QCOMPARE(model.index(1, CostLineTableModel::Period).data().toString(), u"1/1/25"_s);
    QCOMPARE(model.index(0, CostLineTableModel::Resource).data().toString(), u"web-prd-01"_s);
    QCOMPARE(model.index(1, CostLineTableModel::Resource).data().toString(), lines[0].resourceId);
    QCOMPARE(model.index(0, CostLineTableModel::Effective).data().toString(), u"$30.12"_s);
    QCOMPARE(model.index(0, CostLineTableModel::Effective).data(Qt::ToolTipRole).toString(),
             u"30.1234567891 USD"_s);
    QCOMPARE(model.index(0, CostLineTableModel::Billed)
                 .data(CostLineTableModel::SortRole)
                 .value<Money>(),
             Money());
    QCOMPARE(model.index(1, 0).data(CostLineTableModel::IdRole).toString(), u"u2"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestCostItemModels::commitmentsHighlightExpiry()
{
    CommitmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto at = [](int y, int m, int d) {
        return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC);
    };
    std::vector<CommitmentRecord> records(4);
    records[0].id = u"sp-soon"_s;
    records[0].type = u"Compute Savings Plan"_s;
    records[0].provider = u"AWS"_s;
    records[0].currency = u"USD"_s;
    records[0].termMonths = 12;
    records[0].start = at(2025, 1, 1);
    records[0].end = at(2026, 1, 1);
    records[0].effective = money("90");
    records[0].billed = money("360");
    records[1] = records[0];
    records[1].id = u"ri-later"_s;
    records[1].termMonths = 36;
    records[1].end = at(2028, 1, 1);
    records[1].effective = money("1000");
    records[2] = records[0];
    records[2].id = u"ri-gone"_s;
    records[2].end = at(2025, 6, 1);
    records[2].termMonths = 18;
    records[3] = records[0];
    records[3].id = u"unknown-end"_s;
    records[3].name = u"my plan"_s;
    records[3].end = QDateTime();
    records[3].termMonths = 0;
    model.setCommitments(records);
    model.setToday(QDate(2025, 9, 15));
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.expiresSoon(0));
    QVERIFY(model.index(0, 0).data(CommitmentTableModel::ExpiringSoonRole).toBool());
    QVERIFY(!model.index(0, 0).data(CommitmentTableModel::ExpiredRole).toBool());
    QVERIFY(!model.expiresSoon(1));
    QVERIFY(!model.index(1, 0).data(CommitmentTableModel::ExpiringSoonRole).toBool());
    QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid()); // colours are the view's
    QVERIFY(!model.expiresSoon(2));
    QVERIFY(model.hasExpired(2));
    QVERIFY(!model.expiresSoon(3));
    QCOMPARE(model.index(0, CommitmentTableModel::Term).data().toString(), u"1 year(s)"_s);
    QCOMPARE(model.index(1, CommitmentTableModel::Term).data().toString(), u"3 year(s)"_s);
    QCOMPARE(model.index(2, CommitmentTableModel::Term).data().toString(), u"18 month(s)"_s);
    QCOMPARE(model.index(0, CommitmentTableModel::Expiry).data().toString(), u"1/1/26"_s);
    QCOMPARE(model.index(3, CommitmentTableModel::Expiry).data().toString(), u"unknown"_s);
    QCOMPARE(model.index(3, CommitmentTableModel::Id).data().toString(), u"my plan"_s);
    QCOMPARE(model.index(0, CommitmentTableModel::EffectiveCost).data().toString(), u"$90.00"_s);
    QCOMPARE(model.index(0, CommitmentTableModel::EffectiveCost)
                 .data(CommitmentTableModel::SortRole)
                 .value<Money>(),
             money("90"));
    // Six months ahead, the first one is no longer "soon": it is over.
    model.setToday(QDate(2026, 3, 1));
    QVERIFY(!model.expiresSoon(0));
    QVERIFY(model.hasExpired(0));
    model.setToday(QDate(2027, 8, 1));
    QVERIFY(model.expiresSoon(1));

    SortProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(CommitmentTableModel::SortRole);
    proxy.sort(CommitmentTableModel::EffectiveCost, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"ri-later"_s);
}

// The inventory's "Cost today (monthly)": the bill's effective cost of the workload's resource,
// averaged over the 3 months the bill covers; blank when no bill line is linked.
void TestCostItemModels::workloadCostToday()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto created = Project::create(dir.filePath(u"c.boussole"_s), u"Costs"_s);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    Project &project = *created.value();
    auto inventory = importFile(project, billFixture(u"inventory.csv"_s));
    QVERIFY2(inventory, qPrintable(inventory ? QString() : inventory.error().toString()));
    auto bill = importFile(project, billFixture(u"focus-1.2-acme.csv"_s));
    QVERIFY2(bill, qPrintable(bill ? QString() : bill.error().toString()));
    QCOMPARE(bill->format, u"focus"_s);
    QCOMPARE(bill->derivedWorkloads, 1); // dev-01: in the bill, not in the inventory

    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload(&project);
    QVERIFY(model.hasCosts());
    QCOMPARE(model.headerData(WorkloadTableModel::MonthlyCost, Qt::Horizontal).toString(),
             u"Cost today (monthly)"_s);
    QHash<QString, QString> costs;
    QHash<QString, Money> sortValues;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString name = model.index(row, WorkloadTableModel::Name).data().toString();
        const QModelIndex cell = model.index(row, WorkloadTableModel::MonthlyCost);
        costs.insert(name, cell.data().toString());
        sortValues.insert(name, cell.data(WorkloadTableModel::SortRole).value<Money>());
    }
    QCOMPARE(costs.size(), 4);
    // 3 × 30.00 covered by the savings plan (effective) / 3 months.
    QCOMPARE(costs.value(u"web-prd-01"_s), u"$30.00"_s);
    QCOMPARE(sortValues.value(u"web-prd-01"_s), money("30"));
    // (140.16 + 126.5952 + 140.16) / 3 = 135.6384
    QCOMPARE(costs.value(u"db-prd-01"_s), u"$135.64"_s);
    QCOMPARE(sortValues.value(u"db-prd-01"_s), money("135.6384"));
    // (35.50 + 35.50 + 20.00) / 3 = 30.333…
    QCOMPARE(costs.value(u"dev-01"_s), u"$30.33"_s);
    QCOMPARE(costs.value(u"batch-prd-01"_s), QString());
    QCOMPARE(sortValues.value(u"batch-prd-01"_s), Money::minimum());
}

QTEST_GUILESS_MAIN(TestCostItemModels)
#include "TestCostItemModels.moc"
