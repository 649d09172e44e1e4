#pragma once

// Assessments of framework items, their evidence files and the tamper-evident audit trail, stored
// in the project file (schema 10: assessments, evidence, audit_log).
//
// Every change appends one audit entry; nothing ever deletes or rewrites one (an undo is a new
// entry). Entry n holds prev_hash = hash of entry n-1 (64 zeros for the first) and
// hash = SHA-256(prev_hash + "\n" + canonical entry), the canonical entry being the compact JSON
// array [seq, time, actor, action, payload]. verify() recomputes the chain, replays it and
// compares the result with the assessments and evidence tables, so that editing or deleting any
// row behind Boussole's back is found (an evidence file's expiry date included, when the trail
// records it: evidence.add entries carry it, evidence.expiry entries change it). A chain alone
// cannot stop someone who rewrites it whole and recomputes every hash: the head (the last hash)
// must be noted out of band (it is printed by `boussole audit verify` and in reports) and compared
// later.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace boussole {

class Project;

namespace compliance {

enum class AssessmentStatus { Unknown, Compliant, Partial, NonCompliant, NotApplicable };
// "unknown", "compliant", "partial", "non-compliant", "not-applicable"
QString assessmentStatusId(AssessmentStatus status);
std::optional<AssessmentStatus> assessmentStatusFromId(const QString &id);
// The status in the user's language (for views and tables).
QString assessmentStatusName(AssessmentStatus status);

struct Assessment {
    QString framework;
    QString requirement;
    AssessmentStatus status = AssessmentStatus::Unknown;
    QString note;
    QString owner;
    QDate due;
    QDateTime updatedAt; // UTC
    QString updatedBy;

    // The fields an audit entry records as before/after.
    QJsonObject toJson() const;
    bool sameContent(const Assessment &other) const;
};

struct EvidenceInfo {
    QString id;
    QString framework;
    QString requirement;
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QDateTime addedAt;
    QString addedBy;
    QDate expires; // invalid: does not expire; else the first day the file no longer proves
};

// Evidence is valid before its expiry date and expired from that day on (as a certificate is
// valid while issued ≤ date < expires). "Expiring" is the warning window before that day.
enum class EvidenceValidity { NoExpiry, Valid, Expiring, Expired };
constexpr int kEvidenceWarningDays = 30;
EvidenceValidity evidenceValidity(const QDate &expires, const QDate &today);

// How many of an item's, a chapter's or a framework's evidence files are expired or expiring.
struct EvidenceTally {
    int files = 0;
    int expired = 0;
    int expiring = 0; // within kEvidenceWarningDays
    void add(const EvidenceInfo &info, const QDate &today);
};

struct AuditEntry {
    qint64 seq = 0;
    QString time; // ISO-8601 UTC with milliseconds, as stored
    QString actor;
    QString action;
    QString payload; // compact JSON, as stored
    QString prevHash;
    QString hash;
};

struct AuditCheck {
    bool intact = true;
    qint64 entries = 0;
    QString head;           // hash of the last entry; 64 zeros when the trail is empty
    qint64 firstBadSeq = 0; // the first entry found altered or missing (0: none or not an entry)
    QString problem;        // what is wrong, in the user's language; empty when intact
};

class ComplianceStore {
public:
    explicit ComplianceStore(Project &project);

    static QString genesisHash(); // 64 zeros
    static QString entryHash(const QString &prevHash, qint64 seq, const QString &time,
                             const QString &actor, const QString &action, const QString &payload);

    std::vector<Assessment> assessments(const QString &framework = {}) const;
    std::optional<Assessment> assessment(const QString &framework,
                                         const QString &requirement) const;

    // Stores the assessment (framework and requirement name it) and appends an audit entry with
    // before and after. `action` is "assessment.set", or "assessment.undo" when an undo writes
    // the previous state back. Writing the same content again appends nothing.
    Status setAssessment(const Assessment &value, const QString &actor,
                         const QString &action = QStringLiteral("assessment.set"));

    // Stores a file's bytes as evidence of an item (the name only is kept) and logs its SHA-256.
    Result<EvidenceInfo> addEvidence(const QString &framework, const QString &requirement,
                                     const QString &fileName, const QByteArray &content,
                                     const QString &actor, const QDate &expires = {});
    Result<EvidenceInfo> addEvidenceFile(const QString &framework, const QString &requirement,
                                         const QString &path, const QString &actor,
                                         const QDate &expires = {});
    Status removeEvidence(const QString &id, const QString &actor);
    // Sets or clears (invalid date) the expiry of a stored evidence file and appends an
    // "evidence.expiry" entry with before and after ("evidence.expiry.undo" when an undo writes
    // the previous date back). Setting the same date again appends nothing.
    Status setEvidenceExpiry(const QString &id, const QDate &expires, const QString &actor,
                             const QString &action = QStringLiteral("evidence.expiry"));
    std::optional<EvidenceInfo> evidenceInfo(const QString &id) const;
    std::vector<EvidenceInfo> evidence(const QString &framework = {},
                                       const QString &requirement = {}) const;
    Result<QByteArray> evidenceContent(const QString &id) const;

    // Appends an entry that records an event rather than a change of the tables (a merge); it
    // joins the caller's transaction when there is one.
    Status appendEntry(const QString &actor, const QString &action, const QJsonObject &payload);

    std::vector<AuditEntry> auditLog() const; // oldest first
    QString head() const;
    AuditCheck verify() const;

private:
    Status append(const QString &actor, const QString &action, const QJsonObject &payload);

    Project &m_project;
};

// The author recorded in audit entries: the name set once in Settings (QSettings key
// "author"), else the operating system's user name.
QString defaultAuthor();

} // namespace compliance
} // namespace boussole
