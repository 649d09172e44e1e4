#include "models/compliance/ComplianceStore.h"
#include "models/itemmodels/ComplianceTreeModel.h"
#include "models/storage/ProjectFile.h"
#include "views/pages/CompliancePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compliance;

class TestCompliancePage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto created = Project::create(m_dir.filePath(u"p%1.boussole"_s.arg(++m_count)), u"P"_s);
        QVERIFY(created);
        m_project = std::move(created.value());
        QVERIFY(m_project->setMeta(u"sector"_s, u"hospital"_s));
        Workload w;
        w.name = u"dpi-01"_s;
        w.dataClass = u"health"_s;
        ImportRecord record;
        record.fileName = u"cmdb.csv"_s;
        record.format = u"csv"_s;
        QVERIFY(m_project->addImport(record, {w}));
        m_page = std::make_unique<CompliancePage>();
        m_page->resize(1200, 800);
        m_page->setProject(m_project.get(), &m_undo);
        // As the main window does: pages refresh after each committed write.
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

    void opensOnTheSuggestedQualification()
    {
        QCOMPARE(m_page->frameworkCombo()->currentData().toString(), u"secnumcloud-3.2"_s);
        QVERIFY(m_page->frameworkCombo()->currentText().contains(u"suggested"_s));
        QVERIFY(m_page->suggestionLabel()->text().contains(u"HDS"_s));
        QVERIFY2(m_page->summaryLabel()->text().contains(u"259 blocking item"_s),
                 qPrintable(m_page->summaryLabel()->text()));
        QVERIFY(!m_page->summaryLabel()->text().contains(u'%'));
        QVERIFY(m_page->auditLabel()->text().contains(u"intact"_s));
    }

    void statusEditsAreUndoableAndLogged()
    {
        QVERIFY(m_page->selectItem(u"19.2.b"_s));
        QCOMPARE(m_page->selectedItemIds(), QStringList{u"19.2.b"_s});
        QVERIFY2(m_page->itemText()->toPlainText().contains(u"EXI 28"_s),
                 qPrintable(m_page->itemText()->toPlainText()));
        QVERIFY(m_page->itemText()->toPlainText().contains(u"Customer data stored"_s));
        QVERIFY(m_page->statusCombo()->isEnabled());
        m_page->setStatusOfSelection(AssessmentStatus::Compliant);
        ComplianceStore store(*m_project);
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"19.2.b"_s)->status,
                 AssessmentStatus::Compliant);
        QVERIFY(m_page->summaryLabel()->text().contains(u"258 blocking item"_s));
        m_undo.undo();
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"19.2.b"_s)->status,
                 AssessmentStatus::Unknown);
        QCOMPARE(store.auditLog().size(), size_t(2));
        QCOMPARE(store.auditLog().back().action, u"assessment.undo"_s);
        QVERIFY(m_page->summaryLabel()->text().contains(u"259 blocking item"_s));

        // Keyboard review: 3 marks the selected item non-compliant.
        m_page->tree()->setFocus();
        QVERIFY(m_page->selectItem(u"19.6.a"_s));
        QTest::keyClick(m_page->tree(), Qt::Key_3);
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"19.6.a"_s)->status,
                 AssessmentStatus::NonCompliant);
        QCOMPARE(m_page->statusCombo()->currentData().toString(), u"non-compliant"_s);

        // The note.
        m_page->noteEdit()->setPlainText(u"Parent company is outside the EU"_s);
        m_page->ownerEdit()->setText(u"Purchasing"_s);
        m_page->dueEdit()->setDate(QDate(2026, 3, 31));
        m_page->saveNote();
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"19.6.a"_s)->owner, u"Purchasing"_s);
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"19.6.a"_s)->due, QDate(2026, 3, 31));
        QCOMPARE(store.assessment(u"secnumcloud-3.2"_s, u"19.6.a"_s)->note,
                 u"Parent company is outside the EU"_s);
        QVERIFY(store.verify().intact);
    }

    void bulkStatusChangeIsOneStep()
    {
        const QModelIndex chapter = m_page->model()->index(0, 0);
        QItemSelection selection(
            m_page->model()->index(0, 0, chapter),
            m_page->model()->index(4, ComplianceTreeModel::ColumnCount - 1, chapter));
        m_page->tree()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(m_page->selectedItemIds().size(), 5);
        const int steps = m_undo.count();
        m_page->setStatusOfSelection(AssessmentStatus::Partial);
        QCOMPARE(m_undo.count(), steps + 1);
        QCOMPARE(ComplianceStore(*m_project).assessments().size(), size_t(5));
        m_undo.undo();
        for (const Assessment &a : ComplianceStore(*m_project).assessments()) {
            QCOMPARE(a.status, AssessmentStatus::Unknown);
        }
    }

    void filtersNarrowTheTree()
    {
        m_page->sovereigntyCheck()->setChecked(true);
        QCOMPARE(m_page->model()->visibleItemCount(), 28);
        m_page->searchEdit()->setText(u"19.6"_s);
        QCOMPARE(m_page->model()->visibleItemCount(), 6);
        m_page->sovereigntyCheck()->setChecked(false);
        m_page->searchEdit()->clear();
        m_page->statusFilterCombo()->setCurrentIndex(
            m_page->statusFilterCombo()->findData(u"compliant"_s));
        QCOMPARE(m_page->model()->visibleItemCount(), 0);
    }

    void evidenceByDrop()
    {
        QVERIFY(m_page->selectItem(u"12.5.c"_s));
        const QString path = m_dir.filePath(u"restore-test.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("restore ok");
        file.close();

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_page.get(), &drop);

        ComplianceStore store(*m_project);
        const std::vector<EvidenceInfo> files = store.evidence(u"secnumcloud-3.2"_s, u"12.5.c"_s);
        QCOMPARE(files.size(), size_t(1));
        QCOMPARE(files[0].fileName, u"restore-test.txt"_s);
        QCOMPARE(m_page->evidenceList()->count(), 1);
        QVERIFY(m_page->evidenceList()->item(0)->text().contains(files[0].sha256.left(16)));
        m_undo.undo();
        QVERIFY(store.evidence(u"secnumcloud-3.2"_s, u"12.5.c"_s).empty());
        QCOMPARE(m_page->evidenceList()->count(), 0);
        QCOMPARE(store.auditLog().back().action, u"evidence.remove"_s);
    }

    void providersTab()
    {
        QTableWidget *table = m_page->coverageTable();
        QVERIFY(table->rowCount() >= 5);
        int awsRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text().contains(u"AWS"_s, Qt::CaseInsensitive) ||
                table->item(row, 0)->text().contains(u"Amazon"_s)) {
                awsRow = row;
            }
        }
        QVERIFY(awsRow >= 0);
        QCOMPARE(table->item(awsRow, 2)->text(), u"exposed"_s);
        bool ruledOut = false;
        for (int column = 0; column < table->columnCount(); ++column) {
            ruledOut |= table->item(awsRow, column) &&
                        table->item(awsRow, column)->toolTip().contains(u"19.6.a"_s);
        }
        QVERIFY(ruledOut);
        QCOMPARE(table->horizontalHeaderItem(3)->text(), u"SecNumCloud"_s);
    }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<CompliancePage> m_page;
    QUndoStack m_undo;
};

QTEST_MAIN(TestCompliancePage)
#include "TestCompliancePage.moc"
