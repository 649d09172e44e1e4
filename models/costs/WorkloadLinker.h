#pragma once

// Which workload a bill's resource is. Bills name resources by the cloud's id (an EC2 instance id
// or ARN, an RDS ARN, an Azure resource id, a Google self link); inventories know workloads by
// their own keys. A resource links to a workload, in this order, when:
//  1. its id equals the workload's cloud id or natural key (case-insensitive);
//  2. its id's last segment ("i-0abc" of ".../instance/i-0abc", "web-1" of
//     ".../virtualMachines/web-1") equals the last segment of the workload's cloud id or natural
//     key;
//  3. that last segment, or the bill's resource name, equals the name of exactly one workload.
// Workloads marked as duplicates of another are skipped (the one that counts takes the link).

#include "models/domain/Workload.h"

#include <QHash>
#include <QString>

#include <vector>

namespace boussole {

class WorkloadLinker {
public:
    explicit WorkloadLinker(const std::vector<Workload> &workloads);

    // Index into the vector given to the constructor, or -1.
    int find(const QString &resourceId, const QString &resourceName = {}) const;

    // "i-0abc" of "arn:aws:ec2:…:instance/i-0abc".
    static QString lastSegment(const QString &id);

private:
    QHash<QString, int> m_keys;     // rule 1
    QHash<QString, int> m_segments; // rule 2
    QHash<QString, int> m_names;    // rule 3; -1 when several workloads share the name
};

} // namespace boussole
