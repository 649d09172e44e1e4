#include "models/costs/WorkloadLinker.h"

#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;

class TestWorkloadLinker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rules();
};

void TestWorkloadLinker::rules()
{
    std::vector<Workload> workloads(6);
    workloads[0].name = u"mqv-bastion-prod"_s;
    workloads[0].naturalKey = u"module.bastion.aws_instance.bastion"_s;
    workloads[0].cloudId = u"i-0c1d2e3f4a5b6c7d8"_s;
    workloads[1].name = u"mqv-portail-prod"_s;
    workloads[1].cloudId = u"arn:aws:rds:eu-west-3:481516234200:db:mqv-portail-prod"_s;
    workloads[2].name = u"web-1"_s;
    workloads[3].name = u"web-1"_s; // same name twice: names cannot tell them apart
    workloads[4].name = u"vm-erp"_s;
    workloads[5].name = u"vm-erp-copy"_s;
    workloads[5].naturalKey = u"I-0FFFF"_s;
    workloads[5].duplicateOf = u"x"_s; // a duplicate never takes a link

    const WorkloadLinker linker(workloads);
    // 1. the cloud id itself
    QCOMPARE(linker.find(u"arn:aws:rds:eu-west-3:481516234200:db:mqv-portail-prod"_s), 1);
    // 2. the last segment of an ARN against the cloud id
    QCOMPARE(linker.find(u"arn:aws:ec2:eu-west-3:481516234200:instance/i-0c1d2e3f4a5b6c7d8"_s), 0);
    QCOMPARE(linker.find(u"I-0C1D2E3F4A5B6C7D8"_s), 0);
    // 3. a unique name, from the id's last segment or the bill's resource name
    QCOMPARE(linker.find(u"/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/"
                         "virtualMachines/vm-erp"_s),
             4);
    QCOMPARE(linker.find(u"res-123"_s, u"VM-ERP"_s), 4);
    QCOMPARE(linker.find(u"//compute.googleapis.com/projects/p/zones/z/instances/web-1"_s), -1);
    QCOMPARE(linker.find(u"i-0ffff"_s), -1);
    QCOMPARE(linker.find(QString()), -1);
    QCOMPARE(WorkloadLinker::lastSegment(u"a/b/c/"_s), u"c"_s);
}

QTEST_GUILESS_MAIN(TestWorkloadLinker)
#include "TestWorkloadLinker.moc"
