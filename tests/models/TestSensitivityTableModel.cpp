// The business case's sensitivity table under QAbstractItemModelTester: rows per scenario and
// case, a case without a figure says why, sorting by number.
#include "models/itemmodels/SensitivityTableModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using scenarios::SensitivityCase;
using scenarios::SensitivityRow;

namespace {

SensitivityRow row(SensitivityCase kind, const char *label, qint64 tco, qint64 delta,
                   std::optional<int> payback, bool incomplete = false)
{
    SensitivityRow r;
    r.kind = kind;
    r.label = QString::fromUtf8(label);
    r.assumption = u"assumption: test"_s;
    r.tco = Money::fromInteger(tco);
    r.delta = Money::fromInteger(delta);
    r.saving = Money::fromInteger(1300 - tco); // staying costs 1300
    r.paybackMonth = payback;
    r.incomplete = incomplete;
    return r;
}

} // namespace

class TestSensitivityTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rowsAndRoles()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        SensitivityTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SensitivityTableModel::SortRole);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        SensitivityRow na;
        na.kind = SensitivityCase::Percentile;
        na.label = u"Sizing at P99"_s;
        na.applicable = false;
        na.reason = u"not applicable: no utilisation data"_s;
        model.setEntries(
            {{u"All OVH"_s, row(SensitivityCase::Base, "Base", 1000, 0, 19)},
             {u"All OVH"_s,
              row(SensitivityCase::PricesUp, "Prices +10 %", 1100, 100, std::nullopt, true)},
             {u"All OVH"_s, row(SensitivityCase::PricesDown, "Prices −10 %", 900, -100, 12)},
             {u"All OVH"_s, na}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(SensitivityTableModel::ColumnCount));
        const auto text = [&model](int r, int c) { return model.index(r, c).data().toString(); };
        QCOMPARE(text(0, SensitivityTableModel::Tco), u"€1,000.00"_s);
        QCOMPARE(text(0, SensitivityTableModel::Change), QString()); // the base has no change
        QCOMPARE(text(0, SensitivityTableModel::Payback), u"month 19"_s);
        QCOMPARE(text(1, SensitivityTableModel::Tco), u"€1,100.00 ?"_s); // incomplete: marked
        QCOMPARE(text(1, SensitivityTableModel::Change), u"+€100.00"_s);
        QCOMPARE(text(1, SensitivityTableModel::Payback), u"none"_s);
        QCOMPARE(text(1, SensitivityTableModel::Status), u"incomplete"_s);
        QCOMPARE(text(1, SensitivityTableModel::Saving), u"€200.00 ?"_s); // staying − the case
        QVERIFY(text(2, SensitivityTableModel::Change).contains(u"100.00"_s));
        QVERIFY(text(2, SensitivityTableModel::Change).startsWith(u'-'));
        // No figure where none can be computed: the reason instead.
        QCOMPARE(text(3, SensitivityTableModel::Tco), u"not applicable: no utilisation data"_s);
        QCOMPARE(text(3, SensitivityTableModel::Change), QString());
        QCOMPARE(text(3, SensitivityTableModel::Status), u"not applicable"_s);
        QCOMPARE(model.index(3, 0).data(SensitivityTableModel::CaseRole).toString(),
                 u"percentile"_s);
        QVERIFY(!model.index(3, 0).data(SensitivityTableModel::ApplicableRole).toBool());
        QVERIFY(model.index(1, 0).data(SensitivityTableModel::IncompleteRole).toBool());
        QCOMPARE(text(0, SensitivityTableModel::Assumption), u"assumption: test"_s);

        // Sorted by cost, the cheapest case first, a case without a figure last.
        proxy.sort(SensitivityTableModel::Tco);
        QCOMPARE(proxy.index(0, SensitivityTableModel::Case).data().toString(), u"Prices −10 %"_s);
        QCOMPARE(proxy.index(3, SensitivityTableModel::Case).data().toString(), u"Sizing at P99"_s);
        model.setEntries({});
        QCOMPARE(proxy.rowCount(), 0);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestSensitivityTableModel)
#include "TestSensitivityTableModel.moc"
