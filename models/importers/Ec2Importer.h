#pragma once

#include "models/importers/Importer.h"
#include "models/importers/InstanceTypes.h"

#include <memory>

namespace boussole {

// The JSON that `aws ec2 describe-instances` prints (AWS CLI v1 or v2, --output json, the
// default): {"Reservations": [{"Instances": [...], "OwnerId": ...}, ...]}. Reservations are
// streamed and each instance materialised on its own.
//
// One "vm" workload per instance: InstanceId is the natural key, the Name tag the name (else the
// id), InstanceType is sized from the InstanceTypes table (unknown type: a warning, sizes left
// unknown), Placement.AvailabilityZone gives the region, State.Name the power state,
// Platform/PlatformDetails the OS, the reservation's OwnerId the account. The output holds no
// volume sizes, so storage stays unknown (one warning says so). Terminated and shutting-down
// instances are skipped with a warning.
class Ec2Importer : public Importer {
public:
    // types: the instance-type table; empty means InstanceTypes::embedded().
    explicit Ec2Importer(std::shared_ptr<const InstanceTypes> types = {});

    QString formatId() const override;
    QString displayName() const override;
    int sniff(QByteArrayView head, const QString &fileName) const override;
    Result<ImportOutcome> read(QIODevice &device, const ImportContext &context) const override;

    // "eu-west-3a" -> "eu-west-3"; Local and Wavelength Zones ("us-east-1-bos-1a") -> their
    // parent region; empty when the text is not an AWS zone or region.
    static QString regionOfZone(QStringView zone);

private:
    std::shared_ptr<const InstanceTypes> m_types;
};

} // namespace boussole
