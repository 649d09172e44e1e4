// The import wizard drives a real import on a worker thread: detection, preview, mapping edits,
// progress, cancel and the report, against a project the window has open (WAL mode).
#include "models/importers/ImportJob.h"
#include "models/storage/ProjectFile.h"
#include "views/dialogs/ImportWizard.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestImportWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString fixture(const QString &name)
    {
        return QStringLiteral(BOUSSOLE_TEST_DATA) + u"/csv/"_s + name;
    }

    std::unique_ptr<Project> newProject()
    {
        const QString path =
            m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".boussole"_s);
        auto created = Project::create(path, u"Wizard"_s);
        if (!created) {
            return nullptr;
        }
        created.value()->close();
        auto opened = Project::open(path);
        return opened ? std::move(opened.value()) : nullptr;
    }

private Q_SLOTS:
    void importsWithAnEditedMapping()
    {
        auto project = newProject();
        QVERIFY(project);
        ImportWizard wizard(project->path(), {fixture(u"cmdb-export-en.csv"_s)});
        wizard.show();
        QCOMPARE(wizard.files().size(), 1);
        QCOMPARE(wizard.formatOf(0), u"csv"_s);

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QVERIFY(wizard.previewTable()->rowCount() > 0);
        QTableWidget *mapping = wizard.mappingTable();
        QCOMPARE(mapping->rowCount(), wizard.previewTable()->columnCount());
        // "Comments" is not imported automatically; the user maps it to the application field
        // instead of "Application": the import must follow the user's choice.
        int comments = -1;
        for (int row = 0; row < mapping->rowCount(); ++row) {
            if (mapping->item(row, 0)->text() == u"Cluster") {
                comments = row;
            }
        }
        QVERIFY(comments >= 0);
        auto *combo = qobject_cast<QComboBox *>(mapping->cellWidget(comments, 1));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), u"cluster"_s);
        combo->setCurrentIndex(combo->findData(u"site"_s));
        QCOMPARE(wizard.mapping().columns.at(WorkloadField::Site), u"Cluster"_s);

        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), 1);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
        QCOMPARE(wizard.reportTree()->topLevelItemCount(), 1);
        QVERIFY(wizard.reportTree()->topLevelItem(0)->text(0).contains(u"imported"_s));

        // The window's own connection sees the rows written by the worker's connection.
        QVERIFY(project->workloadCount() > 0);
        const auto workloads = project->workloads();
        QCOMPARE(workloads.front().site, u"CL-PROD-A"_s);
        QVERIFY(project->close().ok());
    }

    void importsACompressedBill()
    {
        auto project = newProject();
        QVERIFY(project);
        const QString bill =
            QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/bills/focus/focus-1.2-aws.csv.gz");
        ImportWizard wizard(project->path(), {bill});
        wizard.show();
        // Detected from the inflated content, as the import will read it.
        QCOMPARE(wizard.formatOf(0), u"focus"_s);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        if (wizard.currentId() != int(ImportWizard::ReportPage)) {
            wizard.next();
        }
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toInt(), 1);
        QVERIFY2(wizard.reportTree()->topLevelItem(0)->text(0).contains(u"37"_s),
                 qPrintable(wizard.reportTree()->topLevelItem(0)->text(0)));
        QCOMPARE(project->database().queryValue("SELECT count(*) FROM cost_lines").value().toInt(),
                 37);
        QVERIFY(project->close().ok());
    }

    void cancelLeavesTheProjectUnchanged()
    {
        auto project = newProject();
        QVERIFY(project);
        // Large enough that the cancel lands while the worker is busy.
        const QString big = m_dir.filePath(u"big.csv"_s);
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray text = "name,vcpu,memory_gib,environment\n";
            for (int i = 0; i < 300000; ++i) {
                text += "vm-" + QByteArray::number(i) + ",2,4,prod\n";
            }
            file.write(text);
        }
        ImportWizard wizard(project->path(), {big});
        wizard.show();
        wizard.next();
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(wizard.cancelButton()->isEnabled());
        wizard.cancelButton()->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QCOMPARE(project->workloadCount(), 0);
        QCOMPARE(project->importCount(), 0);
        QVERIFY(wizard.reportTree()->topLevelItem(0)->text(0).contains(u"not imported"_s));
        QVERIFY(project->close().ok());
    }

    void unknownFileBlocksTheWizard()
    {
        const QString junk = m_dir.filePath(u"junk.bin"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(256, '\0'));
        file.close();
        ImportWizard wizard(m_dir.filePath(u"none.boussole"_s), {junk});
        wizard.show();
        QCOMPARE(wizard.formatOf(0), QString());
        QVERIFY(!wizard.validateCurrentPage());
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilesPage));
        // Choosing the format by hand unblocks it.
        wizard.setFormat(0, u"csv"_s);
        QCOMPARE(wizard.formatOf(0), u"csv"_s);
    }
};

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
