// Issue 7 on the Compliance page: an answer on a SecNumCloud item shows on the linked ISO 27001
// control with its basis, accepting it is one undo step recorded in the audit trail, and the
// "Your organisation" tab shows the Data Act always and the State's cloud doctrine only for the
// public sector.
#include "models/compliance/ComplianceStore.h"
#include "models/itemmodels/ComplianceTreeModel.h"
#include "models/storage/ProjectFile.h"
#include "views/pages/ComplianceCrosswalkWidgets.h"
#include "views/pages/CompliancePage.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compliance;

class TestComplianceCrosswalk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto created = Project::create(m_dir.filePath(u"p%1.boussole"_s.arg(++m_count)), u"P"_s);
        QVERIFY(created);
        m_project = std::move(created.value());
        m_page = std::make_unique<CompliancePage>();
        m_page->resize(1200, 800);
        m_page->setProject(m_project.get(), &m_undo);
        connect(m_project.get(), &Project::changed, m_page.get(), &CompliancePage::refresh);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_undo.clear();
        QVERIFY(m_project->close().ok());
        m_project.reset();
    }

    void suggestionAcceptedInOneUndoStep()
    {
        QVERIFY(m_page->selectFramework(u"secnumcloud-3.2"_s));
        QVERIFY(m_page->selectItem(u"12.3.a"_s));
        QVERIFY(m_page->coveredByBox()->isHidden()); // nothing answered elsewhere yet
        m_page->setStatusOfSelection(AssessmentStatus::Compliant);
        QCOMPARE(m_undo.count(), 1);

        QVERIFY(m_page->selectFramework(u"iso27001-2022"_s));
        QVERIFY(m_page->selectItem(u"A.8.31"_s));
        CoveredByBox *box = m_page->coveredByBox();
        QVERIFY(!box->isHidden());
        const QString text = box->label()->text();
        QVERIFY2(text.contains(u"12.3.a"_s), qPrintable(text));
        QVERIFY(text.contains(u"structural"_s));
        QVERIFY(text.contains(u"Not an official"_s));
        QVERIFY(box->label()->toolTip().contains(u"Neither is an official"_s));
        QVERIFY(box->acceptButton()->isEnabled());
        // The checklist shows the suggestion in the Status column, its source in the tooltip.
        {
            const QModelIndex current = m_page->tree()->currentIndex();
            const QModelIndex status = current.sibling(current.row(), ComplianceTreeModel::Status);
            QVERIFY2(status.data().toString().contains(u"suggested: Compliant"_s),
                     qPrintable(status.data().toString()));
            QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"12.3.a"_s));
        }

        ComplianceStore store(*m_project);
        const qint64 entries = store.verify().entries;
        QTest::mouseClick(box->acceptButton(), Qt::LeftButton);
        QCOMPARE(m_undo.count(), 2);
        QCOMPARE(store.assessment(u"iso27001-2022"_s, u"A.8.31"_s)->status,
                 AssessmentStatus::Compliant);
        QVERIFY(store.assessment(u"iso27001-2022"_s, u"A.8.31"_s)->note.contains(u"12.3.a"_s));
        AuditCheck check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
        QCOMPARE(check.entries, entries + 1);
        QVERIFY(!box->acceptButton()->isEnabled()); // already the suggestion

        m_undo.undo();
        QCOMPARE(store.assessment(u"iso27001-2022"_s, u"A.8.31"_s)->status,
                 AssessmentStatus::Unknown);
        check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
        QCOMPARE(check.entries, entries + 2);

        // Accept all: one step for every unanswered covered item (A.8.31 here).
        QTest::mouseClick(box->acceptAllButton(), Qt::LeftButton);
        QCOMPARE(m_undo.count(), 2);
        QCOMPARE(store.assessment(u"iso27001-2022"_s, u"A.8.31"_s)->status,
                 AssessmentStatus::Compliant);
    }

    void guidanceTab()
    {
        int tab = -1;
        for (int i = 0; i < m_page->tabs()->count(); ++i) {
            if (m_page->tabs()->widget(i) == m_page->guidanceView()) {
                tab = i;
            }
        }
        QVERIFY(tab >= 0);
        QString text = m_page->guidanceView()->toPlainText();
        QVERIFY2(text.contains(u"Data Act"_s), qPrintable(text));
        QVERIFY(!text.contains(u"sensitive data on a qualified cloud"_s));
        QVERIFY(text.contains(u"sector is not set"_s));
        QVERIFY(m_project->setMeta(u"sector"_s, u"public"_s));
        m_page->refresh();
        text = m_page->guidanceView()->toPlainText();
        QVERIFY(text.contains(u"Data Act"_s));
        QVERIFY(text.contains(u"sensitive data on a qualified cloud"_s));
        QVERIFY(text.contains(u"not verified"_s));
        QVERIFY(!text.contains(u"sector is not set"_s));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<CompliancePage> m_page;
    QUndoStack m_undo;
    int m_count = 0;
};

QTEST_MAIN(TestComplianceCrosswalk)
#include "TestComplianceCrosswalk.moc"
