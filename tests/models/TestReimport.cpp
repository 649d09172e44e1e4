// Next month's export of the same source updates the estate by natural key and keeps the user's
// edits; edits and import removal are undoable.
#include "models/commands/SetWorkloadFieldCommand.h"
#include "models/importers/ImportService.h"
#include "models/storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

namespace {

const Workload *byName(const std::vector<Workload> &workloads, const QString &name)
{
    for (const Workload &w : workloads) {
        if (w.name == name) {
            return &w;
        }
    }
    return nullptr;
}

} // namespace

class TestReimport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(content);
        }
        return path;
    }

private Q_SLOTS:
    void nextMonthUpdatesAndKeepsEdits()
    {
        auto created = Project::create(m_dir.filePath(u"p.boussole"_s), u"Reimport"_s);
        QVERIFY(created.ok());
        Project &project = *created.value();

        const QString november =
            write(u"cmdb-2026-11.csv"_s, "Name;vCPU;RAM (GB);Environment;Application\n"
                                         "vm-a;2;4;dev;Billing\n"
                                         "vm-b;4;8;prod;Billing\n"
                                         "vm-c;1;2;test;Legacy\n");
        auto first = importFile(project, november);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        QVERIFY(!first->update);
        const auto before = project.workloads();
        QCOMPARE(before.size(), size_t(3));
        const QString idA = byName(before, u"vm-a"_s)->id;

        // The user decides vm-a is really production.
        QUndoStack stack;
        stack.push(new SetWorkloadFieldCommand(&project, WorkloadEditField::Environment,
                                               {*byName(before, u"vm-a"_s)}, u"prod"_s));
        auto edited = project.workloads();
        QCOMPARE(byName(edited, u"vm-a"_s)->environment, u"prod"_s);
        QCOMPARE(byName(edited, u"vm-a"_s)->userEdits, QStringList{u"environment"_s});

        const QString december =
            write(u"cmdb-2026-12.csv"_s, "Name;vCPU;RAM (GB);Environment;Application\n"
                                         "vm-a;4;4;dev;Billing\n"
                                         "vm-b;4;8;prod;Billing\n"
                                         "vm-d;8;16;prod;Payments\n");
        auto second = importFile(project, december);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
        QVERIFY(second->update.has_value());
        QCOMPARE(second->update->added, QStringList{u"vm-d"_s});
        QCOMPARE(second->update->changed, QStringList{u"vm-a"_s});
        QCOMPARE(second->update->removed, QStringList{u"vm-c"_s});
        QCOMPARE(second->update->unchanged, 1);
        QVERIFY(second->toString().contains(u"1 new, 1 changed, 1 gone, 1 unchanged"_s));

        QCOMPARE(project.importCount(), 1);
        const auto after = project.workloads();
        QCOMPARE(after.size(), size_t(3));
        const Workload *a = byName(after, u"vm-a"_s);
        QVERIFY(a);
        QCOMPARE(a->id, idA);                // same identity
        QCOMPARE(a->vcpu, 4.0);              // new figure from the export
        QCOMPARE(a->environment, u"prod"_s); // the user's edit survives
        QVERIFY(!byName(after, u"vm-c"_s));
        QVERIFY(byName(after, u"vm-d"_s));

        // An unrelated source is a separate import, not an update.
        const QString other = write(u"homelab.csv"_s, "Name;vCPU\nnas;2\nhass;1\n");
        auto third = importFile(project, other);
        QVERIFY(third.ok());
        QVERIFY(!third->update);
        QCOMPARE(project.importCount(), 2);

        // Undoing the edit brings back the imported value and forgets it was the user's.
        stack.undo();
        const Workload *undone = byName(project.workloads(), u"vm-a"_s);
        QVERIFY(undone);
        QCOMPARE(undone->environment, u"dev"_s);
        QVERIFY(undone->userEdits.isEmpty());
    }

    void warningsAreKeptWithTheImport()
    {
        auto created = Project::create(m_dir.filePath(u"w.boussole"_s), u"Warnings"_s);
        QVERIFY(created.ok());
        Project &project = *created.value();
        const QString path = write(u"dupes.csv"_s, "Name;vCPU\nweb;2\nweb;4\ndb;8\n");
        auto imported = importFile(project, path);
        QVERIFY(imported.ok());
        QCOMPARE(imported->warnings.size(), size_t(1));
        const auto kept = project.importWarnings(imported->importId);
        QCOMPARE(kept.size(), size_t(1));
        QCOMPARE(kept.front().message, imported->warnings.front().message);
        QCOMPARE(kept.front().line, 3);
        QCOMPARE(project.importRecord(imported->importId)->warningCount, 1);

        // Removing the import (undoable) and undoing it brings the warnings back too.
        QUndoStack stack;
        stack.push(new RemoveImportCommand(&project, imported->importId));
        QVERIFY(project.importWarnings(imported->importId).empty());
        stack.undo();
        QCOMPARE(project.importWarnings(imported->importId), kept);
        QVERIFY(project.removeImport(imported->importId).ok());
        QVERIFY(project.importWarnings(imported->importId).empty());
    }

    void removeImportIsUndoable()
    {
        auto created = Project::create(m_dir.filePath(u"r.boussole"_s), u"Remove"_s);
        QVERIFY(created.ok());
        Project &project = *created.value();
        const QString path = write(u"inv.csv"_s, "Name;vCPU\nweb;2\ndb;4\n");
        auto imported = importFile(project, path);
        QVERIFY(imported.ok());
        const auto ids = project.workloads();

        QUndoStack stack;
        auto *command = new RemoveImportCommand(&project, imported->importId);
        stack.push(command);
        QCOMPARE(project.workloadCount(), 0);
        QCOMPARE(project.importCount(), 0);
        stack.undo();
        QCOMPARE(project.importCount(), 1);
        const auto restored = project.workloads();
        QCOMPARE(restored.size(), ids.size());
        QCOMPARE(restored.front().id, ids.front().id);
        QCOMPARE(restored.front().importId, imported->importId);
        stack.redo();
        QCOMPARE(project.workloadCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReimport)
#include "TestReimport.moc"
