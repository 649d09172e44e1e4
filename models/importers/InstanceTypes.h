#pragma once

// The shapes of cloud instance types (vCPU, memory, GPUs, architecture), so that an importer that
// only knows "m6i.xlarge" or "Standard_D4s_v5" can size the workload. The table ships embedded
// (resources/instance-types/{aws,azure,gcp}.yaml); every entry names its source, the source's
// date and whether it was verified (see the README there). An unknown type is nullopt: callers
// warn and leave the sizes unknown, never zero.
//
// An InstanceTypes is immutable once built; embedded() is loaded once and shared read-only
// between threads.

#include "models/domain/Result.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace boussole {

struct InstanceTypeSource {
    QString id;   // the file's own key: "s2", "aws-gp"
    QString url;  // where the figures come from
    QString date; // ISO date of the source (or of the day the entry was written, if unverified)
    bool verified = false;
    QString licence;
    QString attribution; // to show where the data is used (CC BY-SA sources)
    QString note;

    bool operator==(const InstanceTypeSource &) const = default;
};

struct InstanceType {
    QString provider; // "aws", "azure", "gcp"
    QString name;     // as the provider spells it: "m6i.xlarge", "Standard_D4s_v5"
    double vcpu = 0;
    double memoryGib = 0;
    int gpuCount = 0;
    QString gpuModel;
    QString arch; // "x86_64" or "arm64"
    std::vector<InstanceTypeSource> sources;

    // True when every source is verified.
    bool verified() const;
    QString sourceUrls() const; // the sources' URLs, joined with " + "
    QString date() const;       // the most recent source date

    bool operator==(const InstanceType &) const = default;
};

class InstanceTypes {
public:
    InstanceTypes() = default;

    // Parses one provider file (see resources/instance-types/aws.yaml for the format). Errors
    // name the file, line and column; yaml-cpp exceptions never leave this function.
    static Result<InstanceTypes> fromYaml(QByteArrayView yaml, const QString &fileName);
    // The three embedded files, merged.
    static Result<InstanceTypes> loadEmbedded();
    // loadEmbedded(), done once per process and shared (immutable, so safe on any thread).
    static Result<std::shared_ptr<const InstanceTypes>> embedded();

    // Adds other's types; on a clash, other's entry wins.
    void merge(const InstanceTypes &other);

    // Case-insensitive: "M6I.XLARGE", "standard_d4s_v5". Azure names are also found without
    // their "Standard_" prefix. GCP custom machine types ("custom-4-16384",
    // "n2-custom-8-32768-ext") are sized from their name. nullopt when unknown.
    std::optional<InstanceType> find(QStringView provider, QStringView name) const;

    qsizetype size() const { return qsizetype(m_types.size()); }
    bool isEmpty() const { return m_types.empty(); }
    const std::vector<InstanceType> &types() const { return m_types; }
    QStringList providers() const;

private:
    static QString key(QStringView provider, QStringView name);

    std::vector<InstanceType> m_types;
    QHash<QString, qsizetype> m_index; // key() -> position in m_types
};

} // namespace boussole
