// The comparison's item models under QAbstractItemModelTester.
#include "models/itemmodels/ComparisonTableModel.h"
#include "tests/models/CompareFixtures.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestCompareModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tableModel()
    {
        const catalog::Catalog catalog = testing::generatedCatalog(3, 3, 10);
        compare::EstateInput estate;
        estate.workloads = testing::generatedEstate(3, 60);
        auto result =
            std::make_shared<compare::Comparison>(compare::compareEstate(catalog, estate, {}));

        ComparisonTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ComparisonTableModel::SortRole);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setComparison(result);
        QCOMPARE(model.rowCount(), int(result->workloads.size()));
        QCOMPARE(model.columnCount(), 2 + 3);
        QCOMPARE(model.headerData(2, Qt::Horizontal, ComparisonTableModel::ProviderIdRole),
                 QVariant(u"p0"_s));

        // A matched cell shows its offer and cost; an unmatched one a dash and the reason.
        bool sawMatched = false;
        bool sawUnmatched = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const compare::Match &m = result->workloads[size_t(row)].matches[0];
            const QModelIndex cell = model.index(row, ComparisonTableModel::FirstProvider);
            if (m.matched) {
                QVERIFY(cell.data().toString().contains(m.offerId));
                QCOMPARE(cell.data(ComparisonTableModel::IncompleteRole).toBool(), m.incomplete());
                sawMatched = true;
            } else {
                QCOMPARE(cell.data().toString(), u"—"_s);
                QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(m.reason));
                sawUnmatched = true;
            }
        }
        QVERIFY(sawMatched && sawUnmatched);

        // Sorted by a provider's cost: priced rows ascending, unmatched last.
        proxy.sort(ComparisonTableModel::FirstProvider);
        double previous = -1;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const double value = proxy.index(row, ComparisonTableModel::FirstProvider)
                                     .data(ComparisonTableModel::SortRole)
                                     .toDouble();
            QVERIFY(value >= previous);
            previous = value;
        }
        model.setComparison(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void totalsModel()
    {
        const catalog::Catalog catalog = testing::generatedCatalog(4, 3, 10);
        compare::EstateInput estate;
        estate.workloads = testing::generatedEstate(4, 40);
        auto result =
            std::make_shared<compare::Comparison>(compare::compareEstate(catalog, estate, {}));
        ProviderTotalsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(result);
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const compare::ProviderTotals &t = result->totals[size_t(row)];
            QCOMPARE(model.index(row, ProviderTotalsModel::Placed).data().toString(),
                     QString::number(t.matched));
            QCOMPARE(model.index(row, ProviderTotalsModel::Total).data().toString().endsWith(u'?'),
                     t.incomplete && t.matched > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestCompareModels)
#include "TestCompareModels.moc"
