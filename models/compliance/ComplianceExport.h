#pragma once

// Exports of an assessment, as RFC 4180 CSV (UTF-8 with BOM, comma, stable English column names)
// written through QSaveFile:
// - the statement of applicability: every item with its type, side, applicability, status, owner,
//   due date, note and the SHA-256 of its evidence files;
// - the remediation plan: the gap list, sorted by severity.
// Both end with the audit trail's head, so that the file can be matched to the project later.

#include "models/compliance/ComplianceStore.h"
#include "models/compliance/Framework.h"

#include <vector>

namespace boussole::compliance {

// Items that are not compliant (definitions and not-applicable items excluded), most severe
// first: blocking requirements before other requirements before recommendations; within each,
// non-compliant, then partial, then unknown; sovereignty items first; then in framework order.
std::vector<const Item *> gapList(const Framework &framework,
                                  const std::vector<Assessment> &assessments);

Status writeStatementOfApplicability(const Framework &framework,
                                     const std::vector<Assessment> &assessments,
                                     const std::vector<EvidenceInfo> &evidence,
                                     const QString &auditHead, const QString &language,
                                     const QString &path);
Status writeRemediationPlan(const Framework &framework, const std::vector<Assessment> &assessments,
                            const QString &auditHead, const QString &language, const QString &path);

} // namespace boussole::compliance
