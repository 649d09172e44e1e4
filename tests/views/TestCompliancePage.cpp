#include "models/compliance/ComplianceStore.h"
#include "models/itemmodels/ComplianceTreeModel.h"
#include "models/storage/ProjectFile.h"
#include "views/charts/BarChart.h"
#include "views/dialogs/MergeAssessmentDialog.h"
#include "views/pages/CompliancePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
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

    // Issue 7: an expiry date set when attaching and changed on the evidence row; flagged in
    // words as well as colour; undoable; the audit trail still verifies.
    void evidenceExpiryIsFlaggedAndUndoable()
    {
        QVERIFY(m_page->selectItem(u"12.5.c"_s));
        const QDate today = QDate::currentDate();
        const QString path = writeFile(u"iso-certificate.pdf"_s, "%PDF certificate");

        // Attached (dropped) with an expiry ten days away: expiring.
        m_page->newEvidenceExpiryEdit()->setDate(today.addDays(10));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_page.get(), &drop);
        ComplianceStore store(*m_project);
        std::vector<EvidenceInfo> files = store.evidence(u"secnumcloud-3.2"_s, u"12.5.c"_s);
        QCOMPARE(files.size(), size_t(1));
        QCOMPARE(files[0].expires, today.addDays(10));
        // The date was for that file: the next one starts from "does not expire".
        QCOMPARE(m_page->newEvidenceExpiryEdit()->text(), u"does not expire"_s);
        QCOMPARE(m_page->evidenceList()->count(), 1);
        QListWidgetItem *row = m_page->evidenceList()->item(0);
        QVERIFY2(row->text().contains(u"expires on"_s) && row->text().contains(u"⚠"_s),
                 qPrintable(row->text()));
        QVERIFY(row->toolTip().contains(u"within 30 days"_s));
        QCOMPARE(row->foreground().color(), QColor(0xb2, 0x6a, 0x00));
        QCOMPARE(evidenceCell(u"12.5.c"_s), u"1 (1 expiring)"_s);
        QVERIFY2(m_page->summaryLabel()->text().contains(u"expiring within 30 days"_s),
                 qPrintable(m_page->summaryLabel()->text()));

        // Changed on the row, with the editor and its button: expired since yesterday.
        m_page->evidenceList()->setCurrentRow(0);
        QCOMPARE(m_page->evidenceExpiryEdit()->date(), today.addDays(10));
        QVERIFY(m_page->setExpiryButton()->isEnabled());
        m_page->evidenceExpiryEdit()->setDate(today.addDays(-1));
        const int steps = m_undo.count();
        QTest::mouseClick(m_page->setExpiryButton(), Qt::LeftButton);
        QCOMPARE(m_undo.count(), steps + 1);
        QCOMPARE(store.evidence(u"secnumcloud-3.2"_s, u"12.5.c"_s)[0].expires, today.addDays(-1));
        row = m_page->evidenceList()->item(0);
        QVERIFY2(row->text().contains(u"EXPIRED on"_s), qPrintable(row->text()));
        QVERIFY(row->toolTip().contains(u"Expired"_s));
        QCOMPARE(row->foreground().color(), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(evidenceCell(u"12.5.c"_s), u"1 (1 expired)"_s);
        // The row stays selected, its editor showing the new date.
        QCOMPARE(m_page->evidenceList()->currentRow(), 0);
        QCOMPARE(m_page->evidenceExpiryEdit()->date(), today.addDays(-1));
        QVERIFY2(m_page->summaryLabel()->text().contains(u"expired"_s),
                 qPrintable(m_page->summaryLabel()->text()));
        QCOMPARE(store.auditLog().back().action, u"evidence.expiry"_s);
        AuditCheck check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
        QVERIFY(m_page->auditLabel()->text().contains(u"intact"_s));

        // Undo restores the earlier date (and says so in the trail, which still verifies).
        m_undo.undo();
        QCOMPARE(store.evidence(u"secnumcloud-3.2"_s, u"12.5.c"_s)[0].expires, today.addDays(10));
        QVERIFY(m_page->evidenceList()->item(0)->text().contains(u"expires on"_s));
        QCOMPARE(evidenceCell(u"12.5.c"_s), u"1 (1 expiring)"_s);
        QCOMPARE(store.auditLog().back().action, u"evidence.expiry.undo"_s);
        check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));

        // Cleared: the earliest date of the editor means "does not expire".
        m_page->evidenceList()->setCurrentRow(0);
        m_page->evidenceExpiryEdit()->setDate(m_page->evidenceExpiryEdit()->minimumDate());
        QCOMPARE(m_page->evidenceExpiryEdit()->text(), u"does not expire"_s);
        QTest::mouseClick(m_page->setExpiryButton(), Qt::LeftButton);
        QVERIFY(!store.evidence(u"secnumcloud-3.2"_s, u"12.5.c"_s)[0].expires.isValid());
        QVERIFY(!m_page->evidenceList()->item(0)->text().contains(u"expire"_s));
        QCOMPARE(evidenceCell(u"12.5.c"_s), u"1"_s);
        QVERIFY(store.verify().intact);
    }

    // Issue 7: another auditor's export merged from the page, conflict by conflict.
    void mergeDialogSettlesConflicts()
    {
        ComplianceStore store(*m_project);
        const auto set = [&store](const QString &item, AssessmentStatus status,
                                  const QString &note = {}) {
            Assessment a;
            a.framework = u"hds-2"_s;
            a.requirement = item;
            a.status = status;
            a.note = note;
            QVERIFY(store.setAssessment(a, u"bob"_s));
        };
        set(u"EXI 27"_s, AssessmentStatus::Partial);
        set(u"EXI 27"_s, AssessmentStatus::Compliant); // went past Alice's state
        set(u"EXI 29"_s, AssessmentStatus::NonCompliant, u"Support from the US"_s);
        set(u"EXI 30"_s, AssessmentStatus::NonCompliant, u"No list in the contract"_s);
        const size_t entries = store.auditLog().size();

        MergeAssessmentDialog *dialog = m_page->mergeFrom(
            QStringLiteral(BOUSSOLE_TEST_DATA "/compliance/merge/hds-2-alice.json"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(store.auditLog().size(), entries); // nothing written before the choice

        QTableWidget *table = dialog->conflictTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, MergeAssessmentDialog::Item)->text(), u"EXI 29"_s);
        QCOMPARE(table->item(1, MergeAssessmentDialog::Item)->text(), u"EXI 30"_s);
        QVERIFY(table->item(1, MergeAssessmentDialog::Title)->text().contains(u"third country"_s));
        const QString ours = table->item(1, MergeAssessmentDialog::Ours)->text();
        QVERIFY2(ours.contains(u"Non-compliant"_s) && ours.contains(u"No list in the contract"_s) &&
                     ours.contains(u"bob"_s),
                 qPrintable(ours));
        const QString theirs = table->item(1, MergeAssessmentDialog::Theirs)->text();
        QVERIFY2(theirs.contains(u"Compliant"_s) && theirs.contains(u"annex 4"_s) &&
                     theirs.contains(u"alice"_s) && theirs.contains(u"Legal"_s),
                 qPrintable(theirs));
        // EXI 28 and EXI 31 are new here, and so is the evidence file: applied without asking.
        QCOMPARE(dialog->appliedList()->count(), 3);
        QVERIFY(dialog->appliedList()->item(0)->text().startsWith(u"EXI 28"_s));
        QVERIFY(dialog->appliedList()->item(1)->text().startsWith(u"EXI 31"_s));
        QVERIFY(dialog->appliedList()->item(2)->text().contains(u"sites.md"_s));
        QVERIFY(dialog->summaryLabel()->text().contains(u"Undo"_s));

        // All theirs, all ours, then theirs on one row only.
        QTest::mouseClick(dialog->allTheirsButton(), Qt::LeftButton);
        QCOMPARE(dialog->choiceAt(0)->currentIndex(), 1);
        QCOMPARE(dialog->choiceAt(1)->currentIndex(), 1);
        QTest::mouseClick(dialog->allOursButton(), Qt::LeftButton);
        QCOMPARE(dialog->choiceAt(0)->currentIndex(), 0);
        QCOMPARE(dialog->choiceAt(1)->currentIndex(), 0);
        dialog->choiceAt(dialog->rowOf(u"EXI 30"_s))->setCurrentIndex(1);
        const int steps = m_undo.count();
        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);

        QCOMPARE(m_undo.count(), steps + 1); // one step
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 30"_s)->status, AssessmentStatus::Compliant);
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 30"_s)->note,
                 u"Mitigations listed in annex 4"_s);
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 29"_s)->status, AssessmentStatus::NonCompliant);
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 29"_s)->note, u"Support from the US"_s);
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 27"_s)->status, AssessmentStatus::Compliant);
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 28"_s)->status, AssessmentStatus::Compliant);
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 31"_s)->status,
                 AssessmentStatus::NotApplicable);
        const std::vector<EvidenceInfo> files = store.evidence(u"hds-2"_s, u"EXI 28"_s);
        QCOMPARE(files.size(), size_t(1));
        QCOMPARE(files[0].expires, QDate(2027, 6, 30));
        // Exactly three assessments written (EXI 28, 30, 31), one file, one summary.
        std::vector<AuditEntry> log = store.auditLog();
        QCOMPARE(log.size(), entries + 5);
        QCOMPARE(log.back().action, u"merge"_s);
        const QJsonObject summary = QJsonDocument::fromJson(log.back().payload.toUtf8()).object();
        QCOMPARE(summary.value(u"taken"_s).toString(), u"3"_s);
        QCOMPARE(summary.value(u"choices"_s).toObject().value(u"EXI 30"_s).toString(), u"theirs"_s);
        QCOMPARE(summary.value(u"choices"_s).toObject().value(u"EXI 29"_s).toString(), u"mine"_s);
        QCOMPARE(summary.value(u"exported_by"_s).toString(), u"alice"_s);
        AuditCheck check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
        QCOMPARE(m_page->frameworkCombo()->currentData().toString(), u"hds-2"_s);

        // Undo puts everything back, appending to the trail.
        m_undo.undo();
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 30"_s)->status, AssessmentStatus::NonCompliant);
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 28"_s)->status, AssessmentStatus::Unknown);
        QVERIFY(store.evidence(u"hds-2"_s, u"EXI 28"_s).empty());
        QCOMPARE(store.auditLog().back().action, u"merge.undo"_s);
        check = store.verify();
        QVERIFY2(check.intact, qPrintable(check.problem));
        // And redo applies the same choices again.
        m_undo.redo();
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 30"_s)->status, AssessmentStatus::Compliant);
        QCOMPARE(store.assessment(u"hds-2"_s, u"EXI 29"_s)->status, AssessmentStatus::NonCompliant);
        QVERIFY(store.verify().intact);
    }

    void mergeRefusesAForeignFile()
    {
        const QString path = writeFile(u"not-an-export.json"_s, R"({"format":"other"})");
        QVERIFY(!m_page->mergeFrom(path));
        QVERIFY(m_page->findChild<QMessageBox *>());
        QCOMPARE(ComplianceStore(*m_project).auditLog().size(), size_t(0));
    }

    void readOnlyProjectOffersNoEdits()
    {
        const QString path = m_project->path();
        m_page->setProject(nullptr, &m_undo);
        QVERIFY(m_project->close().ok());
        Project::OpenOptions options;
        options.readOnly = true;
        auto reopened = Project::open(path, options);
        QVERIFY(reopened);
        m_project = std::move(reopened.value());
        m_page->setProject(m_project.get(), &m_undo);
        QVERIFY(!m_page->mergeButton()->isEnabled());
        QVERIFY(m_page->selectItem(u"12.5.c"_s));
        QVERIFY(!m_page->newEvidenceExpiryEdit()->isEnabled());
        QVERIFY(!m_page->setExpiryButton()->isEnabled());
        QVERIFY(!m_page->mergeFrom(
            QStringLiteral(BOUSSOLE_TEST_DATA "/compliance/merge/hds-2-alice.json")));
        QCOMPARE(m_undo.count(), 0);
    }

    // Issue 7: the score per chapter of a scored framework, one bar each.
    void chapterChartOfAScoredFramework()
    {
        QVERIFY(m_page->selectFramework(u"gdpr"_s));
        QVERIFY(m_page->selectItem(u"28.9"_s));
        m_page->setStatusOfSelection(AssessmentStatus::Compliant);
        QVERIFY(m_page->selectItem(u"28.4"_s));
        m_page->setStatusOfSelection(AssessmentStatus::NotApplicable);
        QVERIFY(m_page->selectItem(u"32.1.a"_s));
        m_page->setStatusOfSelection(AssessmentStatus::Partial);

        BarChart *chart = m_page->chapterChart();
        QCOMPARE(chart->categories().size(), 3);
        QVERIFY(chart->categories().at(0).startsWith(u"art-28"_s));
        QVERIFY(chart->categories().at(1).startsWith(u"art-32"_s));
        QVERIFY(chart->categories().at(2).startsWith(u"art-44-49"_s));
        // art-28: 1 of 11 applicable; art-32: ½ of 6; art-44-49: nothing yet.
        QCOMPARE(chart->values(), (QList<qreal>{9.1, 8.3, 0.0}));
        QVERIFY(chart->title().contains(u"Score by chapter"_s));
        // Overall (1 + ½) ÷ 23 = 6.5 %, with the method in words.
        const QString note = m_page->chapterNote()->text();
        QVERIFY2(note.contains(u"Overall score: 6.5"_s), qPrintable(note));
        QVERIFY(note.contains(u"Method:"_s));
        QVERIFY(note.contains(u"half of partial"_s));

        m_undo.undo(); // 32.1.a back to unknown
        QCOMPARE(m_page->chapterChart()->values(), (QList<qreal>{9.1, 0.0, 0.0}));
    }

    // A qualification: the bars are the customer's assessment progress, labelled as such.
    void chapterChartOfAQualification()
    {
        QCOMPARE(m_page->frameworkCombo()->currentData().toString(), u"secnumcloud-3.2"_s);
        const QModelIndex chapter = m_page->model()->index(14, 0); // chapter 19
        QCOMPARE(chapter.data().toString(), u"19"_s);
        QVERIFY(m_page->selectItem(u"19.2.b"_s));
        m_page->setStatusOfSelection(AssessmentStatus::Compliant);
        QVERIFY(m_page->selectItem(u"19.6.a"_s));
        m_page->setStatusOfSelection(AssessmentStatus::NonCompliant);

        BarChart *chart = m_page->chapterChart();
        QCOMPARE(chart->categories().size(), 16); // chapters 5–19 and Annex 2
        QList<qreal> expected(16, 0.0);
        expected[14] = 5.6; // 2 of chapter 19's 36 items assessed, whatever their status
        QCOMPARE(chart->values(), expected);
        QVERIFY(chart->categories().at(14).startsWith(u"19 "_s));
        QVERIFY2(chart->title().contains(u"progress"_s) &&
                     chart->title().contains(u"not a certification score"_s),
                 qPrintable(chart->title()));
        const QString note = m_page->chapterNote()->text();
        QVERIFY2(note.contains(u"pass or fail"_s) && note.contains(u"258 blocking item"_s),
                 qPrintable(note));
        QVERIFY(note.contains(u"not how close the provider is"_s));
        QVERIFY(!note.contains(u"Overall score"_s));
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
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(content);
        }
        return path;
    }

    // The Evidence column of an item in the checklist tree, as shown.
    QString evidenceCell(const QString &itemId) const
    {
        return m_page->model()
            ->indexOfItem(itemId)
            .siblingAtColumn(ComplianceTreeModel::Evidence)
            .data()
            .toString();
    }

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<CompliancePage> m_page;
    QUndoStack m_undo;
};

QTEST_MAIN(TestCompliancePage)
#include "TestCompliancePage.moc"
