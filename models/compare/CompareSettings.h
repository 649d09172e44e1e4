#pragma once

// What the comparison engine is asked: which providers, which regions, how to size, what the
// estate must be certified for. Stored per project (project setting "compare.settings", JSON) and
// edited through SetCompareSettingsCommand, so every change is undoable.

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace boussole {

class Project;

namespace compare {

enum class RegionPolicy {
    Eu,     // regions in the EU/EEA (Region::eu)
    France, // regions in France (Region::country == "FR")
    Any,
};
QString regionPolicyId(RegionPolicy policy); // "eu", "france", "any"
std::optional<RegionPolicy> regionPolicyFromId(const QString &id);

enum class SizingMode {
    AsIs,        // the allocated vCPU and memory
    Performance, // a percentile of measured utilisation × comfort factor, when measured
};
QString sizingModeId(SizingMode mode); // "as-is", "performance"
std::optional<SizingMode> sizingModeFromId(const QString &id);

// Weights of the overall score; any non-negative numbers (normalised by their sum).
struct ScoreWeights {
    double cost = 40;
    double sovereignty = 40;
    double certification = 20;

    bool operator==(const ScoreWeights &) const = default;
};

struct CompareSettings {
    QStringList providers; // provider ids; empty = every provider of the catalog
    RegionPolicy regions = RegionPolicy::Eu;
    SizingMode sizing = SizingMode::AsIs;
    int percentile = 95;        // 50, 95, 99 or 100 (the maximum)
    double comfortFactor = 1.3; // headroom over the measured percentile (Azure Migrate's default)
    QStringList requiredCertifications; // Certification::id every offer used must hold
    double egressGbPerMonth = 0;        // internet egress of the whole estate
    ScoreWeights weights;
    // The day certifications must be valid on; invalid = today.
    QDate date;

    bool operator==(const CompareSettings &) const = default;

    QString toJson() const;
    // Unknown or malformed keys keep their defaults.
    static CompareSettings fromJson(const QString &json);

    static CompareSettings load(const Project &project);
    static constexpr const char *kSettingKey = "compare.settings";
};

} // namespace compare
} // namespace boussole
