// The same machine seen by two sources is found, confirmed by the user and then counted once.
#include "models/commands/SetWorkloadFieldCommand.h"
#include "models/domain/EstateSummary.h"
#include "models/domain/Reconciliation.h"
#include "models/storage/ProjectFile.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

namespace {

Workload record(const QString &name, const QString &key, const QString &importId,
                const QString &kind = u"vm"_s)
{
    Workload w;
    w.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.name = name;
    w.naturalKey = key;
    w.importId = importId;
    w.kind = kind;
    w.vcpu = 4;
    w.memoryGib = 16;
    w.powerState = u"on"_s;
    w.sourceFile = importId + u".file"_s;
    return w;
}

} // namespace

class TestReconciliation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void findsPairsAcrossImportsOnly()
    {
        const std::vector<Workload> workloads = {
            record(u"web-01"_s, u"web-01"_s, u"cmdb"_s),
            record(u"WEB-01.corp.local"_s, u"4229b3c1-uuid"_s, u"rvtools"_s), // same host name
            record(u"db-01"_s, u"i-0abc"_s, u"terraform"_s),
            record(u"db-01-replica"_s, u"i-0abc"_s, u"ec2"_s), // same instance ID
            record(u"app-01"_s, u"app-01"_s, u"cmdb"_s),
            record(u"app-01"_s, u"app-01-bis"_s, u"cmdb"_s), // same import: not a pair
            record(u"api"_s, u"ns/Deployment/api"_s, u"k8s"_s, u"container"_s),
            record(u"api"_s, u"api"_s, u"cmdb"_s), // a container is not a machine
            record(u"by-hand"_s, QString(), QString()),
            record(u"by-hand"_s, QString(), u"cmdb"_s), // hand-entered records excluded
        };
        const auto candidates = findDuplicateCandidates(workloads);
        QCOMPARE(candidates.size(), size_t(2));
        QCOMPARE(candidates[0].first.name, u"web-01"_s);
        QCOMPARE(candidates[0].second.name, u"WEB-01.corp.local"_s);
        QCOMPARE(candidates[0].reason, DuplicateCandidate::Reason::SameName);
        QCOMPARE(candidates[1].first.name, u"db-01"_s);
        QCOMPARE(candidates[1].reason, DuplicateCandidate::Reason::SameIdentifier);
        QVERIFY(candidates[1].reasonText().contains(u"i-0abc"_s));

        // Once marked, a record is no longer offered.
        std::vector<Workload> marked = workloads;
        marked[1].duplicateOf = marked[0].id;
        QCOMPARE(findDuplicateCandidates(marked).size(), size_t(1));
    }

    void confirmedDuplicatesAreCountedOnceAndUndoable()
    {
        QTemporaryDir dir;
        auto created = Project::create(dir.filePath(u"r.boussole"_s), u"Reconcile"_s);
        QVERIFY(created.ok());
        Project &project = *created.value();
        ImportRecord cmdb;
        cmdb.fileName = u"cmdb.csv"_s;
        cmdb.format = u"csv"_s;
        ImportRecord rvtools;
        rvtools.fileName = u"rvtools.xlsx"_s;
        rvtools.format = u"rvtools"_s;
        QVERIFY(project
                    .addImport(cmdb, {record(u"web-01"_s, u"web-01"_s, QString()),
                                      record(u"db-01"_s, u"db-01"_s, QString())})
                    .ok());
        QVERIFY(project.addImport(rvtools, {record(u"web-01"_s, u"uuid-1"_s, QString())}).ok());

        EstateSummary before = EstateSummary::of(project.workloads());
        QCOMPARE(before.vcpu, 12.0);
        const auto candidates = findDuplicateCandidates(project.workloads());
        QCOMPARE(candidates.size(), size_t(1));

        QUndoStack stack;
        stack.push(new SetDuplicateOfCommand(&project,
                                             {{candidates[0].second.id, candidates[0].first.id}}));
        EstateSummary after = EstateSummary::of(project.workloads());
        QCOMPARE(after.vcpu, 8.0);
        QCOMPARE(after.workloads, 2);
        QCOMPARE(after.duplicates, 1);
        QVERIFY(findDuplicateCandidates(project.workloads()).empty());

        stack.undo();
        QCOMPARE(EstateSummary::of(project.workloads()).vcpu, 12.0);
        stack.redo();
        QCOMPARE(EstateSummary::of(project.workloads()).vcpu, 8.0);

        // Removing the source of the counted record makes its duplicate count again.
        QVERIFY(project.removeImport(project.imports().front().id).ok());
        const auto remaining = project.workloads();
        QCOMPARE(remaining.size(), size_t(1));
        QVERIFY(remaining.front().duplicateOf.isEmpty());
        QCOMPARE(EstateSummary::of(remaining).vcpu, 4.0);
    }

    void containersAreCountedApart()
    {
        std::vector<Workload> workloads = {record(u"node"_s, u"n"_s, u"tf"_s, u"kubernetes-node"_s),
                                           record(u"api"_s, u"a"_s, u"k8s"_s, u"container"_s)};
        workloads[1].vcpu = 1.5;
        const EstateSummary summary = EstateSummary::of(workloads);
        QCOMPARE(summary.vcpu, 4.0);
        QCOMPARE(summary.containerVcpu, 1.5);
        QCOMPARE(summary.running, 2);
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "TestReconciliation.moc"
