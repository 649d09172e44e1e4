#pragma once

// The licences an organisation owns and may bring to a cloud (BYOL): one entry per purchase or
// agreement, entered by the user. Stored per project in the project setting
// "licensing.entitlements" (a JSON array), edited through SetEntitlementsCommand (undoable) or
// `boussole licence import|remove`. The comparison engine consumes their quantities workload by
// workload (see LicenceAllocation.h): two workloads never use the same cores.

#include "models/domain/Result.h"
#include "models/licensing/Licensing.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace boussole {

class Project;

namespace licensing {

// Product families a customer owns licences for.
enum class Family { WindowsServer, SqlServer, Rhel, OracleDatabase };
QString familyId(Family family); // "windows-server", "sql-server", "rhel", "oracle-database"
std::optional<Family> familyFromId(const QString &id);
QString familyLabel(Family family); // translated
// The editions a family is sold in, as ids ("standard", "datacenter"…), the first is the default.
QStringList editionsOf(Family family);
QString editionLabel(const QString &edition); // translated
// What the quantity counts: core licences (Windows, SQL Server), subscriptions (RHEL, one per
// VM), processor licences (Oracle).
QString quantityUnit(Family family); // translated, plural form for 2+

struct LicenceEntitlement {
    QString id; // UUID, stable
    Family family = Family::WindowsServer;
    QString edition; // one of editionsOf(family)
    int quantity = 0;
    bool softwareAssurance = false; // SA (Microsoft), an active subscription (Red Hat), support
    QDate assuranceEnd;             // invalid: no end date given
    bool boughtBefore2019_10_01 = false; // Microsoft perpetual licences bought before 2019-10-01
    QString note;

    bool operator==(const LicenceEntitlement &) const = default;

    // SA or subscription in force on `date` (the end date, when given, is included).
    bool assuranceActiveOn(const QDate &date) const;
    // Whether this entitlement's edition may license the product a workload needs: same
    // family; SQL Server Enterprise also covers Standard and Web (down-edition rights),
    // Standard also Web; Windows Server Standard and Datacenter both cover a Windows VM;
    // Oracle editions only themselves.
    bool covers(Product product) const;
    // "SQL Server Enterprise, 16 core licences, SA until 2027-06-30 (note)" — names it in notes.
    QString describe() const;
};

constexpr const char *kEntitlementsKey = "licensing.entitlements";

QString entitlementsToJson(const std::vector<LicenceEntitlement> &list);
// Entries with an unknown family or a negative quantity are dropped; unknown editions keep the
// family's default.
std::vector<LicenceEntitlement> entitlementsFromJson(const QString &json);
std::vector<LicenceEntitlement> loadEntitlements(const Project &project);

// Reads a YAML list (or a mapping with the key `licences`) of entitlements:
//   - {product: sql-server, edition: enterprise, cores: 16, software_assurance: true,
//      assurance_end: 2027-06-30, bought_before_2019_10_01: false, note: "EA 2024", id: …}
// `cores`, `subscriptions` and `processors` are synonyms of `quantity`. Entries without an id
// get none here (the caller gives new ones). Errors name the file, line and column.
Result<std::vector<LicenceEntitlement>> readEntitlementsYaml(const QString &path);

} // namespace licensing
} // namespace boussole
