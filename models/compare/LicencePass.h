#pragma once

// The licence line of the compared workloads on one provider (used by compareEstate()).
//
// Detection (licensing::licencesNeeded): Windows Server when the OS family or edition says
// "windows"; RHEL when it says "red hat" or "rhel"; SQL Server when the name, OS edition,
// application or the tags "engine"/"database" say "sql server", "sqlserver" or "mssql"
// (Enterprise, Web or else Standard by the same text); Oracle Database when they say "oracle"
// (Standard Edition 2 when "standard" or "se2", else Enterprise).
//
// Per matched workload (skipped: containers, storage): a need the offer's own price covers
// (a Windows-priced compute offer, a managed database service) costs nothing more; otherwise
// licensing::EntitlementPool decides BYOL, licence-included or missing (see LicenceAllocation.h),
// counting the offer's vCPU (the workload's on a dedicated host). Licence-included prices are
// converted to EUR with the catalog's rate table; an unconvertible one is missing. On a dedicated
// host the per-vCPU licence-included rates do not apply (the host's physical cores are licensed):
// without an entitlement allowed there, the licence is missing.

#include "models/catalog/Catalog.h"
#include "models/compare/Comparison.h"

#include <QDate>

#include <vector>

namespace boussole::compare {

// Sets each match's components.licence, licences and licenceNote, adds or removes "licence" in
// its missing list, and folds the licence rates' verification into its verified flag. The
// workloads are served in order: the first ones get the entitlements. matches[i] is
// workloads[i]'s match on `provider`.
void applyLicences(const catalog::Catalog &catalog, const catalog::Provider &provider,
                   const std::vector<const Workload *> &workloads,
                   const std::vector<Match *> &matches,
                   const std::vector<licensing::LicenceEntitlement> &entitlements,
                   const QDate &date);

} // namespace boussole::compare
