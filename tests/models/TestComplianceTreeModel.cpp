#include "models/compliance/Framework.h"
#include "models/itemmodels/ComplianceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compliance;

class TestComplianceTreeModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void treeFiltersAndStatuses()
    {
        ComplianceTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const Framework *snc = findFramework(embeddedFrameworks(), u"secnumcloud-3.2"_s);
        QVERIFY(snc);
        model.setFramework(snc);
        QCOMPARE(model.rowCount(), 16); // chapters 5–19 and Annex 2
        QCOMPARE(model.visibleItemCount(), 287);
        const QModelIndex chapter5 = model.index(0, 0);
        QCOMPARE(chapter5.data().toString(), u"5"_s);
        QCOMPARE(model.rowCount(chapter5), 15);
        const QModelIndex first = model.index(0, 0, chapter5);
        QCOMPARE(first.data(ComplianceTreeModel::ItemIdRole).toString(), u"5.1.a"_s);
        QCOMPARE(model.parent(first), chapter5);
        QCOMPARE(model.itemAt(first)->id, u"5.1.a"_s);
        QVERIFY(!model.itemAt(chapter5));
        QVERIFY(first.siblingAtColumn(ComplianceTreeModel::Status)
                    .data(ComplianceTreeModel::BlockingRole)
                    .toBool());

        Assessment a;
        a.framework = snc->id;
        a.requirement = u"5.1.a"_s;
        a.status = AssessmentStatus::Compliant;
        Assessment b = a;
        b.requirement = u"19.6.a"_s;
        b.status = AssessmentStatus::NonCompliant;
        model.setAssessments({a, b}, {{u"5.1.a"_s, 2}});
        QCOMPARE(model.statusOf(u"5.1.a"_s), AssessmentStatus::Compliant);
        QCOMPARE(first.siblingAtColumn(ComplianceTreeModel::Status)
                     .data(ComplianceTreeModel::StatusRole)
                     .toString(),
                 u"compliant"_s);
        QCOMPARE(first.siblingAtColumn(ComplianceTreeModel::Evidence).data().toInt(), 2);
        QVERIFY(!first.data(ComplianceTreeModel::BlockingRole).toBool());

        ComplianceTreeModel::Filter filter;
        filter.sovereigntyOnly = true;
        model.setFilter(filter);
        QCOMPARE(model.visibleItemCount(), 28); // 19 core + 9 adjacent
        filter.status = AssessmentStatus::NonCompliant;
        model.setFilter(filter);
        QCOMPARE(model.visibleItemCount(), 1);
        QVERIFY(model.indexOfItem(u"19.6.a"_s).isValid());
        QVERIFY(!model.indexOfItem(u"5.1.a"_s).isValid());
        // Changing the assessments under a status filter rebuilds the rows.
        b.status = AssessmentStatus::Partial;
        model.setAssessments({a, b}, {});
        QCOMPARE(model.visibleItemCount(), 0);
        QCOMPARE(model.rowCount(), 0);

        filter = {};
        filter.text = u"cérémonies"_s; // French wording is searched too
        model.setFilter(filter);
        QCOMPARE(model.visibleItemCount(), 1);
        filter.text = u"10.6"_s;
        model.setFilter(filter);
        QCOMPARE(model.visibleItemCount(), 1);
        filter = {};
        filter.serviceModel = u"IaaS"_s;
        model.setFilter(filter);
        QCOMPARE(model.visibleItemCount(), 287 - 6); // six items exclude IaaS
        model.setLanguage(u"fr_FR"_s);
        QCOMPARE(model.index(0, ComplianceTreeModel::Title).data().toString(),
                 u"Politiques de sécurité et gestion des risques"_s);
    }
};

QTEST_GUILESS_MAIN(TestComplianceTreeModel)
#include "TestComplianceTreeModel.moc"
