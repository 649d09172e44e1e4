// Item models under QAbstractItemModelTester, the estate summary and the first undo command.
#include "models/commands/SetProjectFieldCommand.h"
#include "models/domain/EstateSummary.h"
#include "models/itemmodels/ImportTableModel.h"
#include "models/itemmodels/WorkloadTableModel.h"
#include "models/reports/WorkloadCsvExport.h"
#include "models/storage/ProjectFile.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

namespace {

Workload machine(const QString &name, const QString &environment, double vcpu, double memory,
                 const QString &state = u"poweredOn"_s)
{
    Workload w;
    w.name = name;
    w.kind = u"vm"_s;
    w.environment = environment;
    w.vcpu = vcpu;
    w.memoryGib = memory;
    w.storageGib = 100;
    w.powerState = state;
    w.dataClass = u"health"_s;
    w.application = u"App "_s + name.left(1);
    w.sourceFile = u"inventory.csv"_s;
    w.sourceLocation = u"line 2"_s;
    return w;
}

} // namespace

class TestItemModels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

private Q_SLOTS:
    void init()
    {
        m_project.reset();
        const QString path =
            m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + u".boussole"_s);
        auto created = Project::create(path, u"Models"_s);
        QVERIFY(created.ok());
        m_project = std::move(created.value());
        ImportRecord record;
        record.fileName = u"inventory.csv"_s;
        record.format = u"csv"_s;
        record.sha256 = u"00"_s;
        record.rowCount = 4;
        std::vector<Workload> workloads = {machine(u"a-prd"_s, u"prod"_s, 8, 32),
                                           machine(u"b-prd"_s, u"prod"_s, 16, 64),
                                           machine(u"c-dev"_s, u"dev"_s, 2, 4),
                                           machine(u"d-old"_s, u"prod"_s, 4, 8, u"poweredOff"_s)};
        workloads[2].vcpu.reset(); // unknown size must not become 0 silently
        QVERIFY(m_project->addImport(record, workloads).ok());
    }

    void workloadModelPassesTheTester()
    {
        WorkloadTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_project.get());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(WorkloadTableModel::ColumnCount));
        model.reload(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.reload(m_project.get());
        QCOMPARE(model.rowCount(), 4);
    }

    void workloadModelRoles()
    {
        WorkloadTableModel model;
        model.reload(m_project.get());
        const QModelIndex vcpu = model.index(1, WorkloadTableModel::Vcpu);
        QCOMPARE(vcpu.data(WorkloadTableModel::SortRole).toDouble(), 16.0);
        QCOMPARE(vcpu.data().toString(), u"16"_s);
        QCOMPARE(model.index(2, WorkloadTableModel::Vcpu).data().toString(), u"unknown"_s);
        QCOMPARE(model.index(0, WorkloadTableModel::Environment).data().toString(),
                 u"Production"_s);
        QCOMPARE(model.index(0, WorkloadTableModel::Environment)
                     .data(WorkloadTableModel::SortRole)
                     .toString(),
                 u"prod"_s);
        QCOMPARE(model.index(3, WorkloadTableModel::PowerState).data().toString(), u"Off"_s);
        QCOMPARE(model.index(0, WorkloadTableModel::DataClass).data().toString(), u"Health data"_s);
        QVERIFY(!model.index(0, 0).data(WorkloadTableModel::IdRole).toString().isEmpty());
    }

    void importModelPassesTheTester()
    {
        ImportTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(m_project.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ImportTableModel::File).data().toString(), u"inventory.csv"_s);
        QCOMPARE(model.index(0, ImportTableModel::Rows).data().toString(), u"4"_s);
    }

    void summaryCountsRunningLoadOnly()
    {
        const EstateSummary summary = EstateSummary::of(m_project->workloads());
        QCOMPARE(summary.workloads, 4);
        QCOMPARE(summary.running, 3);
        QCOMPARE(summary.poweredOff, 1);
        QCOMPARE(summary.vcpu, 24.0);       // 8 + 16; the dev VM's vCPU is unknown
        QCOMPARE(summary.memoryGib, 100.0); // 32 + 64 + 4; the stopped VM is not running load
        QCOMPARE(summary.unknownSize, 1);
        QCOMPARE(summary.storageGib, 400.0); // stopped disks still take space
        QCOMPARE(summary.byEnvironment.at(u"prod"_s), 3);
        QCOMPARE(summary.applications.size(), 4);
    }

    void locationsAreTranslatedForDisplay()
    {
        // In the source language the words stay; the numbers and paths are kept as they are.
        QCOMPARE(WorkloadTableModel::locationLabel(u"line 12"_s), u"line 12"_s);
        QCOMPARE(WorkloadTableModel::locationLabel(u"vInfo!row 7"_s), u"vInfo!row 7"_s);
        QCOMPARE(WorkloadTableModel::locationLabel(u"document 3, items[2]"_s),
                 u"document 3, items[2]"_s);
        QCOMPARE(WorkloadTableModel::locationLabel(u"resources[3].instances[0]"_s),
                 u"resources[3].instances[0]"_s);
    }

    void csvFieldsQuoteOnlyWhenNeeded()
    {
        QCOMPARE(csvField(u"web-01"_s), u"web-01"_s);
        QCOMPARE(csvField(u"Paris, PA3"_s), u"\"Paris, PA3\""_s);
        QCOMPARE(csvField(u"dit \"prod\""_s), u"\"dit \"\"prod\"\"\""_s);
        QCOMPARE(csvField(u"a\nb"_s), u"\"a\nb\""_s);
        QCOMPARE(csvField(QString()), QString());
    }

    void renameIsUndoable()
    {
        QUndoStack stack;
        QSignalSpy changed(m_project.get(), &Project::changed);
        stack.push(new SetProjectFieldCommand(m_project.get(), SetProjectFieldCommand::Field::Name,
                                              u"Nouveau nom"_s));
        QCOMPARE(m_project->name(), u"Nouveau nom"_s);
        QVERIFY(changed.count() >= 1);
        stack.push(new SetProjectFieldCommand(m_project.get(),
                                              SetProjectFieldCommand::Field::Client, u"ACME"_s));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(m_project->client(), QString());
        QCOMPARE(m_project->name(), u"Nouveau nom"_s);
        stack.undo();
        QCOMPARE(m_project->name(), u"Models"_s);
        stack.redo();
        stack.redo();
        QCOMPARE(m_project->name(), u"Nouveau nom"_s);
        QCOMPARE(m_project->client(), u"ACME"_s);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "TestItemModels.moc"
