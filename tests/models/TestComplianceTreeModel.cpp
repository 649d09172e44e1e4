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

    // Issue 7: expired and expiring evidence is counted in words, per item and per chapter.
    void evidenceAlerts()
    {
        ComplianceTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Framework *hds = findFramework(embeddedFrameworks(), u"hds-2"_s);
        QVERIFY(hds);
        model.setFramework(hds);
        model.setAssessments({}, {{u"EXI 28"_s, 3}, {u"EXI 29"_s, 1}});
        EvidenceTally exi28;
        exi28.files = 3;
        exi28.expired = 2;
        EvidenceTally exi29;
        exi29.files = 1;
        exi29.expiring = 1;
        model.setEvidenceAlerts({{u"EXI 28"_s, exi28}, {u"EXI 29"_s, exi29}});
        const QModelIndex item28 = model.indexOfItem(u"EXI 28"_s);
        QVERIFY(item28.isValid());
        const QModelIndex evidence28 = item28.siblingAtColumn(ComplianceTreeModel::Evidence);
        QCOMPARE(evidence28.data().toString(), u"3 (2 expired)"_s);
        QCOMPARE(evidence28.data(ComplianceTreeModel::EvidenceExpiredRole).toInt(), 2);
        QVERIFY(evidence28.data(Qt::ToolTipRole).toString().contains(u"2 evidence file"_s));
        QVERIFY(evidence28.data(Qt::ForegroundRole).isValid());
        const QModelIndex evidence29 =
            model.indexOfItem(u"EXI 29"_s).siblingAtColumn(ComplianceTreeModel::Evidence);
        QCOMPARE(evidence29.data().toString(), u"1 (1 expiring)"_s);
        QCOMPARE(evidence29.data(ComplianceTreeModel::EvidenceExpiringRole).toInt(), 1);
        // The chapter that holds both items sums them.
        const QModelIndex chapter = model.parent(item28);
        QCOMPARE(chapter.siblingAtColumn(ComplianceTreeModel::Evidence).data().toString(),
                 u"2 expired"_s);
        QCOMPARE(chapter.data(ComplianceTreeModel::EvidenceExpiringRole).toInt(),
                 model.parent(model.indexOfItem(u"EXI 29"_s)) == chapter ? 1 : 0);
        // Without alerts the count is a plain number again.
        model.setEvidenceAlerts({});
        QCOMPARE(evidence28.data().toInt(), 3);
        QVERIFY(!evidence28.data(Qt::ForegroundRole).isValid());
    }
};

QTEST_GUILESS_MAIN(TestComplianceTreeModel)
#include "TestComplianceTreeModel.moc"
