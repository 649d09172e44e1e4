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

#include <algorithm>

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
    // Shown to the person settling a conflict; not part of the content compared or written.
    a.updatedAt = QDateTime::fromString(o.value(u"updated_at"_s).toString(), Qt::ISODateWithMs);
    a.updatedBy = o.value(u"updated_by"_s).toString();
    return a;
}

QString preferenceId(MergePreference preference)
{
    return preference == MergePreference::Mine     ? u"mine"_s
           : preference == MergePreference::Theirs ? u"theirs"_s
                                                   : u"none"_s;
}

QString readOnlyMessage()
{
    return QCoreApplication::translate("AssessmentExchange", "the project is open read-only");
}

// Views refresh however a merge ends: a failed one rolls back writes they may have seen.
struct NotifyAtExit {
    Project &project;
    ~NotifyAtExit() { project.notifyChanged(); }
};

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

std::vector<MergeConflict> MergePlan::conflicts() const
{
    std::vector<MergeConflict> result;
    for (const MergeItem &item : items) {
        if (item.outcome == MergeOutcome::Conflict && item.mine) {
            result.push_back({item.requirement, *item.mine, item.theirs});
        }
    }
    return result;
}

int MergePlan::count(MergeOutcome outcome) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [outcome](const MergeItem &item) { return item.outcome == outcome; }));
}

Result<MergePlan> planMerge(Project &project, const QString &path)
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
    MergePlan plan;
    plan.framework = root.value(u"framework"_s).toString();
    const Framework *framework = findFramework(embeddedFrameworks(), plan.framework);
    if (!framework) {
        return Error(QCoreApplication::translate("AssessmentExchange", "unknown framework \"%1\"")
                         .arg(plan.framework),
                     path);
    }
    plan.fileSha256 = Sha256::hex(bytes);
    plan.sourceProject = root.value(u"project"_s).toString();
    plan.sourceHead = root.value(u"audit_head"_s).toString();
    plan.exportedBy = root.value(u"exported_by"_s).toString();
    plan.exportedAt = root.value(u"exported_at"_s).toString();

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
    for (const QJsonValue &value : root.value(u"assessments"_s).toArray()) {
        MergeItem item;
        item.theirs = fromJson(framework->id, value.toObject());
        item.requirement = item.theirs.requirement;
        if (!framework->item(item.requirement)) {
            return Error(QCoreApplication::translate("AssessmentExchange", "%1 has no item \"%2\"")
                             .arg(framework->id, item.requirement),
                         path);
        }
        item.mine = store.assessment(framework->id, item.requirement);
        const bool mineIsEmpty = !item.mine || item.mine->sameContent(Assessment{});
        if (item.mine && item.mine->sameContent(item.theirs)) {
            item.outcome = MergeOutcome::Unchanged;
        } else if (mineIsEmpty) {
            item.outcome = MergeOutcome::Take;
        } else if (history.value(item.requirement).contains(item.theirs.toJson())) {
            item.outcome = MergeOutcome::Unchanged; // we already were there and moved on
        } else {
            item.outcome = MergeOutcome::Conflict;
        }
        plan.items.push_back(std::move(item));
    }
    QSet<std::pair<QString, QString>> planned; // (requirement, sha256) already in the plan
    for (const QJsonValue &value : root.value(u"evidence"_s).toArray()) {
        const QJsonObject o = value.toObject();
        MergeEvidence evidence;
        evidence.requirement = o.value(u"requirement"_s).toString();
        evidence.fileName = o.value(u"file_name"_s).toString();
        evidence.content = QByteArray::fromBase64(o.value(u"content"_s).toString().toLatin1());
        evidence.sha256 = Sha256::hex(evidence.content);
        evidence.expires = QDate::fromString(o.value(u"expires"_s).toString(), Qt::ISODate);
        if (evidence.sha256 != o.value(u"sha256"_s).toString()) {
            return Error(QCoreApplication::translate("AssessmentExchange",
                                                     "evidence %1 does not match its SHA-256")
                             .arg(evidence.fileName),
                         path);
        }
        bool known = planned.contains({evidence.requirement, evidence.sha256});
        for (const EvidenceInfo &info : store.evidence(framework->id, evidence.requirement)) {
            known |= info.sha256 == evidence.sha256;
        }
        if (known || !framework->item(evidence.requirement)) {
            continue;
        }
        planned.insert({evidence.requirement, evidence.sha256});
        plan.evidence.push_back(std::move(evidence));
    }
    return plan;
}

Result<MergeResult> applyMerge(Project &project, const MergePlan &plan, MergePreference preference,
                               const QHash<QString, MergePreference> &choices, const QString &actor)
{
    if (project.readOnly()) {
        return Error(readOnlyMessage());
    }
    MergeResult result;
    result.framework = plan.framework;
    result.fileSha256 = plan.fileSha256;
    ComplianceStore store(project);
    NotifyAtExit notify{project};
    Result<Transaction> transaction = Transaction::begin(project.database());
    if (!transaction) {
        return transaction.error();
    }
    for (const MergeItem &item : plan.items) {
        bool take = false;
        switch (item.outcome) {
        case MergeOutcome::Unchanged:
            ++result.unchanged;
            break;
        case MergeOutcome::Take:
            take = true;
            break;
        case MergeOutcome::Conflict:
            switch (choices.value(item.requirement, preference)) {
            case MergePreference::Theirs:
                take = true;
                ++result.resolved;
                break;
            case MergePreference::Mine:
                ++result.resolved;
                break;
            case MergePreference::None:
                result.conflicts.push_back(
                    {item.requirement, item.mine.value_or(Assessment{}), item.theirs});
                break;
            }
            break;
        }
        if (!take) {
            continue;
        }
        Assessment before =
            store.assessment(plan.framework, item.requirement).value_or(Assessment{});
        before.framework = plan.framework;
        before.requirement = item.requirement;
        if (Status s = store.setAssessment(item.theirs, actor, u"assessment.merge"_s); !s) {
            return s.error();
        }
        result.replaced.push_back(std::move(before));
        ++result.taken;
    }
    for (const MergeEvidence &evidence : plan.evidence) {
        auto added = store.addEvidence(plan.framework, evidence.requirement, evidence.fileName,
                                       evidence.content, actor, evidence.expires);
        if (!added) {
            return added.error();
        }
        result.evidenceIds << added.value().id;
        ++result.evidenceAdded;
    }
    // The merge itself, as one more entry.
    QJsonArray conflicts;
    for (const MergeConflict &conflict : result.conflicts) {
        conflicts.append(conflict.requirement);
    }
    QJsonObject summary{
        {u"framework"_s, plan.framework},
        {u"file_sha256"_s, plan.fileSha256},
        {u"source_project"_s, plan.sourceProject},
        {u"source_head"_s, plan.sourceHead},
        {u"exported_by"_s, plan.exportedBy},
        {u"taken"_s, QString::number(result.taken)},
        {u"evidence_added"_s, QString::number(result.evidenceAdded)},
        {u"resolved"_s, QString::number(result.resolved)},
        {u"preference"_s, preferenceId(preference)},
        {u"conflicts"_s, conflicts},
    };
    if (!choices.isEmpty()) {
        // Settled one by one (the merge dialog): who chose what is part of the record.
        QJsonObject chosen;
        for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
            chosen.insert(it.key(), preferenceId(it.value()));
        }
        summary.insert(u"choices"_s, chosen);
    }
    if (Status s = store.appendEntry(actor, u"merge"_s, summary); !s) {
        return s.error();
    }
    if (Status s = transaction.value().commit(); !s) {
        return s.error();
    }
    return result;
}

Result<MergeResult> mergeAssessment(Project &project, const QString &path,
                                    MergePreference preference, const QString &actor)
{
    Result<MergePlan> plan = planMerge(project, path);
    if (!plan) {
        return plan.error();
    }
    return applyMerge(project, plan.value(), preference, {}, actor);
}

Status undoMerge(Project &project, const MergeResult &applied, const QString &actor)
{
    if (project.readOnly()) {
        return Error(readOnlyMessage());
    }
    ComplianceStore store(project);
    NotifyAtExit notify{project};
    Result<Transaction> transaction = Transaction::begin(project.database());
    if (!transaction) {
        return transaction.error();
    }
    for (auto it = applied.replaced.rbegin(); it != applied.replaced.rend(); ++it) {
        if (Status s = store.setAssessment(*it, actor, u"assessment.undo"_s); !s) {
            return s;
        }
    }
    for (const QString &id : applied.evidenceIds) {
        if (Status s = store.removeEvidence(id, actor); !s) {
            return s;
        }
    }
    const QJsonObject summary{
        {u"framework"_s, applied.framework},
        {u"file_sha256"_s, applied.fileSha256},
        {u"restored"_s, QString::number(applied.replaced.size())},
        {u"evidence_removed"_s, QString::number(applied.evidenceIds.size())},
    };
    if (Status s = store.appendEntry(actor, u"merge.undo"_s, summary); !s) {
        return s;
    }
    return transaction.value().commit();
}

} // namespace boussole::compliance
