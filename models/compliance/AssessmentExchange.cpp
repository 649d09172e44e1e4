#include "models/compliance/AssessmentExchange.h"

#include "models/compliance/Framework.h"
#include "models/domain/Sha256.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace boussole::compliance {

namespace {

constexpr qint64 kMaxExchangeBytes = qint64(512) * 1024 * 1024;

Assessment fromJson(const QString &framework, const QJsonObject &o)
{
    Assessment a;
    a.framework = framework;
    a.requirement = o.value(u"requirement"_s).toString();
    a.status =
        assessmentStatusFromId(o.value(u"status"_s).toString()).value_or(AssessmentStatus::Unknown);
    a.note = o.value(u"note"_s).toString();
    a.owner = o.value(u"owner"_s).toString();
    a.due = QDate::fromString(o.value(u"due"_s).toString(), Qt::ISODate);
    return a;
}

} // namespace

Status exportAssessment(Project &project, const QString &frameworkId, const QString &path,
                        const QString &actor)
{
    if (!findFramework(embeddedFrameworks(), frameworkId)) {
        return Error(QCoreApplication::translate("AssessmentExchange", "unknown framework \"%1\"")
                         .arg(frameworkId));
    }
    ComplianceStore store(project);
    QJsonArray assessments;
    for (const Assessment &a : store.assessments(frameworkId)) {
        QJsonObject o = a.toJson();
        o.insert(u"requirement"_s, a.requirement);
        o.insert(u"updated_at"_s, a.updatedAt.toString(Qt::ISODateWithMs));
        o.insert(u"updated_by"_s, a.updatedBy);
        assessments.append(o);
    }
    QJsonArray evidence;
    for (const EvidenceInfo &info : store.evidence(frameworkId)) {
        auto content = store.evidenceContent(info.id);
        if (!content) {
            return content.error();
        }
        evidence.append(QJsonObject{
            {u"requirement"_s, info.requirement},
            {u"file_name"_s, info.fileName},
            {u"sha256"_s, info.sha256},
            {u"expires"_s, info.expires.isValid() ? info.expires.toString(Qt::ISODate) : QString()},
            {u"content"_s, QString::fromLatin1(content.value().toBase64())},
        });
    }
    const QJsonObject document{
        {u"format"_s, u"boussole-assessment"_s},
        {u"version"_s, 1},
        {u"framework"_s, frameworkId},
        {u"project"_s, project.id()},
        {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"exported_by"_s, actor},
        {u"audit_head"_s, store.head()},
        {u"assessments"_s, assessments},
        {u"evidence"_s, evidence},
    };
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(QCoreApplication::translate("AssessmentExchange", "cannot write the file: %1")
                         .arg(file.errorString()),
                     path);
    }
    return {};
}

Result<MergeResult> mergeAssessment(Project &project, const QString &path,
                                    MergePreference preference, const QString &actor)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QCoreApplication::translate("AssessmentExchange", "cannot read the file: %1")
                         .arg(file.errorString()),
                     path);
    }
    if (file.size() > kMaxExchangeBytes) {
        return Error(QCoreApplication::translate("AssessmentExchange",
                                                 "the file is too large for an assessment export"),
                     path);
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(u"format"_s).toString() != u"boussole-assessment" ||
        root.value(u"version"_s).toInt() != 1) {
        return Error(QCoreApplication::translate("AssessmentExchange",
                                                 "not an assessment exported by Boussole"),
                     path);
    }
    MergeResult result;
    result.framework = root.value(u"framework"_s).toString();
    const Framework *framework = findFramework(embeddedFrameworks(), result.framework);
    if (!framework) {
        return Error(QCoreApplication::translate("AssessmentExchange", "unknown framework \"%1\"")
                         .arg(result.framework),
                     path);
    }
    if (project.readOnly()) {
        return Error(
            QCoreApplication::translate("AssessmentExchange", "the project is open read-only"));
    }

    ComplianceStore store(project);
    // Every state each item of ours has been through, from our trail.
    QHash<QString, QList<QJsonObject>> history;
    for (const AuditEntry &entry : store.auditLog()) {
        if (!entry.action.startsWith(u"assessment."_s)) {
            continue;
        }
        const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
        if (payload.value(u"framework"_s).toString() == framework->id) {
            history[payload.value(u"requirement"_s).toString()]
                << payload.value(u"after"_s).toObject();
        }
    }

    // Views refresh however the merge ends: a failed one rolls back writes they may have seen.
    struct NotifyAtExit {
        Project &project;
        ~NotifyAtExit() { project.notifyChanged(); }
    } notify{project};
    Database &db = project.database();
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    for (const QJsonValue &value : root.value(u"assessments"_s).toArray()) {
        const Assessment theirs = fromJson(framework->id, value.toObject());
        if (!framework->item(theirs.requirement)) {
            return Error(QCoreApplication::translate("AssessmentExchange", "%1 has no item \"%2\"")
                             .arg(framework->id, theirs.requirement),
                         path);
        }
        const std::optional<Assessment> mine = store.assessment(framework->id, theirs.requirement);
        const bool mineIsEmpty = !mine || mine->sameContent(Assessment{});
        bool take = false;
        if (mine && mine->sameContent(theirs)) {
            ++result.unchanged;
        } else if (mineIsEmpty) {
            take = true;
        } else if (history.value(theirs.requirement).contains(theirs.toJson())) {
            ++result.unchanged; // we already were there and moved on
        } else if (preference == MergePreference::Theirs) {
            take = true;
            ++result.resolved;
        } else if (preference == MergePreference::Mine) {
            ++result.resolved;
        } else {
            result.conflicts.push_back({theirs.requirement, *mine, theirs});
        }
        if (take) {
            if (Status s = store.setAssessment(theirs, actor, u"assessment.merge"_s); !s) {
                return s.error();
            }
            ++result.taken;
        }
    }
    for (const QJsonValue &value : root.value(u"evidence"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const QString requirement = o.value(u"requirement"_s).toString();
        const QByteArray content =
            QByteArray::fromBase64(o.value(u"content"_s).toString().toLatin1());
        const QString sha256 = Sha256::hex(content);
        if (sha256 != o.value(u"sha256"_s).toString()) {
            return Error(QCoreApplication::translate("AssessmentExchange",
                                                     "evidence %1 does not match its SHA-256")
                             .arg(o.value(u"file_name"_s).toString()),
                         path);
        }
        bool known = false;
        for (const EvidenceInfo &info : store.evidence(framework->id, requirement)) {
            known |= info.sha256 == sha256;
        }
        if (known || !framework->item(requirement)) {
            continue;
        }
        auto added = store.addEvidence(
            framework->id, requirement, o.value(u"file_name"_s).toString(), content, actor,
            QDate::fromString(o.value(u"expires"_s).toString(), Qt::ISODate));
        if (!added) {
            return added.error();
        }
        ++result.evidenceAdded;
    }
    // The merge itself, as one more entry.
    QJsonArray conflicts;
    for (const MergeConflict &conflict : result.conflicts) {
        conflicts.append(conflict.requirement);
    }
    const QJsonObject summary{
        {u"framework"_s, framework->id},
        {u"file_sha256"_s, Sha256::hex(bytes)},
        {u"source_project"_s, root.value(u"project"_s).toString()},
        {u"source_head"_s, root.value(u"audit_head"_s).toString()},
        {u"exported_by"_s, root.value(u"exported_by"_s).toString()},
        {u"taken"_s, QString::number(result.taken)},
        {u"evidence_added"_s, QString::number(result.evidenceAdded)},
        {u"resolved"_s, QString::number(result.resolved)},
        {u"preference"_s, preference == MergePreference::Mine     ? u"mine"_s
                          : preference == MergePreference::Theirs ? u"theirs"_s
                                                                  : u"none"_s},
        {u"conflicts"_s, conflicts},
    };
    if (Status s = store.appendEntry(actor, u"merge"_s, summary); !s) {
        return s.error();
    }
    if (Status s = transaction.value().commit(); !s) {
        return s.error();
    }
    return result;
}

} // namespace boussole::compliance
