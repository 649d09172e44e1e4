#include "models/compliance/ComplianceStore.h"

#include "models/domain/Sha256.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>

#include <map>
#include <utility>

using namespace Qt::StringLiterals;

namespace boussole::compliance {

namespace {

constexpr std::pair<AssessmentStatus, QStringView> kStatuses[] = {
    {AssessmentStatus::Unknown, u"unknown"},
    {AssessmentStatus::Compliant, u"compliant"},
    {AssessmentStatus::Partial, u"partial"},
    {AssessmentStatus::NonCompliant, u"non-compliant"},
    {AssessmentStatus::NotApplicable, u"not-applicable"},
};

// Evidence is kept inside the project file: a bound keeps one attachment from swelling it past
// what can be e-mailed or loaded at once.
constexpr qint64 kMaxEvidenceBytes = qint64(64) * 1024 * 1024;

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// An expiry as stored and logged: ISO date, or empty for "does not expire".
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Assessment readAssessment(Statement &statement)
{
    Assessment a;
    a.framework = statement.columnText(0);
    a.requirement = statement.columnText(1);
    a.status = assessmentStatusFromId(statement.columnText(2)).value_or(AssessmentStatus::Unknown);
    a.note = statement.columnText(3);
    a.owner = statement.columnText(4);
    a.due = QDate::fromString(statement.columnText(5), Qt::ISODate);
    a.updatedAt = QDateTime::fromString(statement.columnText(6), Qt::ISODateWithMs);
    a.updatedBy = statement.columnText(7);
    return a;
}

EvidenceInfo readEvidence(Statement &statement)
{
    EvidenceInfo e;
    e.id = statement.columnText(0);
    e.framework = statement.columnText(1);
    e.requirement = statement.columnText(2);
    e.fileName = statement.columnText(3);
    e.sha256 = statement.columnText(4);
    e.size = statement.columnInt64(5);
    e.addedAt = QDateTime::fromString(statement.columnText(6), Qt::ISODateWithMs);
    e.addedBy = statement.columnText(7);
    e.expires = QDate::fromString(statement.columnText(8), Qt::ISODate);
    return e;
}

constexpr const char *kAssessmentColumns =
    "SELECT framework, requirement, status, note, owner, due_date, updated_at, updated_by "
    "FROM assessments";
constexpr const char *kEvidenceColumns =
    "SELECT id, framework, requirement, file_name, sha256, size, added_at, added_by, expires "
    "FROM evidence";

} // namespace

QString assessmentStatusId(AssessmentStatus status)
{
    for (const auto &[value, id] : kStatuses) {
        if (value == status) {
            return id.toString();
        }
    }
    return u"unknown"_s;
}

std::optional<AssessmentStatus> assessmentStatusFromId(const QString &id)
{
    for (const auto &[value, name] : kStatuses) {
        if (name == id) {
            return value;
        }
    }
    return std::nullopt;
}

QString assessmentStatusName(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Compliant:
        return QCoreApplication::translate("Compliance", "Compliant");
    case AssessmentStatus::Partial:
        return QCoreApplication::translate("Compliance", "Partial");
    case AssessmentStatus::NonCompliant:
        return QCoreApplication::translate("Compliance", "Non-compliant");
    case AssessmentStatus::NotApplicable:
        return QCoreApplication::translate("Compliance", "Not applicable");
    case AssessmentStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("Compliance", "Unknown");
}

EvidenceValidity evidenceValidity(const QDate &expires, const QDate &today)
{
    if (!expires.isValid()) {
        return EvidenceValidity::NoExpiry;
    }
    if (expires <= today) {
        return EvidenceValidity::Expired;
    }
    return today.daysTo(expires) <= kEvidenceWarningDays ? EvidenceValidity::Expiring
                                                         : EvidenceValidity::Valid;
}

void EvidenceTally::add(const EvidenceInfo &info, const QDate &today)
{
    ++files;
    switch (evidenceValidity(info.expires, today)) {
    case EvidenceValidity::Expired:
        ++expired;
        break;
    case EvidenceValidity::Expiring:
        ++expiring;
        break;
    case EvidenceValidity::NoExpiry:
    case EvidenceValidity::Valid:
        break;
    }
}

QJsonObject Assessment::toJson() const
{
    return QJsonObject{{u"status"_s, assessmentStatusId(status)},
                       {u"note"_s, note},
                       {u"owner"_s, owner},
                       {u"due"_s, due.isValid() ? due.toString(Qt::ISODate) : QString()}};
}

bool Assessment::sameContent(const Assessment &other) const
{
    return toJson() == other.toJson();
}

QString defaultAuthor()
{
    const QString configured = QSettings().value(u"author"_s).toString().trimmed();
    if (!configured.isEmpty()) {
        return configured;
    }
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QCoreApplication::translate("ComplianceStore", "unknown author");
}

ComplianceStore::ComplianceStore(Project &project) : m_project(project) {}

QString ComplianceStore::genesisHash()
{
    return QString(64, u'0');
}

QString ComplianceStore::entryHash(const QString &prevHash, qint64 seq, const QString &time,
                                   const QString &actor, const QString &action,
                                   const QString &payload)
{
    const QByteArray canonical =
        QJsonDocument(QJsonArray{seq, time, actor, action, payload}).toJson(QJsonDocument::Compact);
    Sha256 hash;
    hash.addData(prevHash.toLatin1());
    hash.addData("\n");
    hash.addData(canonical);
    return hash.hexResult();
}

Status ComplianceStore::append(const QString &actor, const QString &action,
                               const QJsonObject &payload)
{
    Database &db = m_project.database();
    qint64 seq = 1;
    QString prev = genesisHash();
    {
        Statement last = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        const StepResult step = last.step();
        if (step == StepResult::Error) {
            return last.error();
        }
        if (step == StepResult::Row) {
            seq = last.columnInt64(0) + 1;
            prev = last.columnText(1);
        }
    }
    const QString time = nowUtc();
    const QString text = compact(payload);
    const QString hash = entryHash(prev, seq, time, actor, action, text);
    Statement insert = db.prepare("INSERT INTO audit_log (seq, time, actor, action, payload, "
                                  "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bindInt64(1, seq);
    insert.bindText(2, time);
    insert.bindText(3, actor);
    insert.bindText(4, action);
    insert.bindText(5, text);
    insert.bindText(6, prev);
    insert.bindText(7, hash);
    if (Status s = insert.run(); !s) {
        return s;
    }
    // The head and length, beside the chain: a trail cut short at its end still chains.
    Statement meta = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                "('audit_head', ?1), ('audit_count', ?2)");
    meta.bindText(1, hash);
    meta.bindInt64(2, seq);
    return meta.run();
}

Status ComplianceStore::appendEntry(const QString &actor, const QString &action,
                                    const QJsonObject &payload)
{
    if (m_project.readOnly()) {
        return Error(
            QCoreApplication::translate("ComplianceStore", "the project is open read-only"));
    }
    if (action.startsWith(u"assessment."_s) || action.startsWith(u"evidence."_s)) {
        return Error(QCoreApplication::translate(
            "ComplianceStore", "changes are recorded by the functions that make them"));
    }
    Result<Transaction> transaction = Transaction::begin(m_project.database());
    if (!transaction) {
        return transaction.error();
    }
    if (Status s = append(actor, action, payload); !s) {
        return s;
    }
    return transaction.value().commit();
}

std::vector<Assessment> ComplianceStore::assessments(const QString &framework) const
{
    std::vector<Assessment> result;
    Database &db = m_project.database();
    Statement statement =
        framework.isEmpty()
            ? db.prepare(std::string(kAssessmentColumns) + " ORDER BY framework, requirement")
            : db.prepare(std::string(kAssessmentColumns) +
                         " WHERE framework = ?1 ORDER BY requirement");
    if (!framework.isEmpty()) {
        statement.bindText(1, framework);
    }
    while (statement.step() == StepResult::Row) {
        result.push_back(readAssessment(statement));
    }
    return result;
}

std::optional<Assessment> ComplianceStore::assessment(const QString &framework,
                                                      const QString &requirement) const
{
    Statement statement = m_project.database().prepare(
        std::string(kAssessmentColumns) + " WHERE framework = ?1 AND requirement = ?2");
    statement.bindText(1, framework);
    statement.bindText(2, requirement);
    if (statement.step() != StepResult::Row) {
        return std::nullopt;
    }
    return readAssessment(statement);
}

Status ComplianceStore::setAssessment(const Assessment &value, const QString &actor,
                                      const QString &action)
{
    if (m_project.readOnly()) {
        return Error(
            QCoreApplication::translate("ComplianceStore", "the project is open read-only"));
    }
    if (value.framework.isEmpty() || value.requirement.isEmpty()) {
        return Error(QCoreApplication::translate(
            "ComplianceStore", "an assessment needs a framework and a requirement"));
    }
    Database &db = m_project.database();
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    const std::optional<Assessment> before = assessment(value.framework, value.requirement);
    if (before ? before->sameContent(value) : value.sameContent(Assessment{})) {
        return {};
    }
    const QString time = nowUtc();
    Statement write = db.prepare(
        "INSERT OR REPLACE INTO assessments (framework, requirement, status, note, owner, "
        "due_date, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    write.bindText(1, value.framework);
    write.bindText(2, value.requirement);
    write.bindText(3, assessmentStatusId(value.status));
    write.bindText(4, value.note);
    write.bindText(5, value.owner);
    write.bindText(6, value.due.isValid() ? value.due.toString(Qt::ISODate) : QString());
    write.bindText(7, time);
    write.bindText(8, actor);
    if (Status s = write.run(); !s) {
        return s;
    }
    const QJsonObject payload{
        {u"framework"_s, value.framework},
        {u"requirement"_s, value.requirement},
        {u"before"_s, before ? QJsonValue(before->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"after"_s, value.toJson()},
    };
    if (Status s = append(actor, action, payload); !s) {
        return s;
    }
    if (Status s = transaction.value().commit(); !s) {
        return s;
    }
    m_project.notifyChanged();
    return {};
}

Result<EvidenceInfo> ComplianceStore::addEvidence(const QString &framework,
                                                  const QString &requirement,
                                                  const QString &fileName,
                                                  const QByteArray &content, const QString &actor,
                                                  const QDate &expires)
{
    if (m_project.readOnly()) {
        return Error(
            QCoreApplication::translate("ComplianceStore", "the project is open read-only"));
    }
    if (content.size() > kMaxEvidenceBytes) {
        // (a named count: lupdate's parser loops on a shift inside translate()'s arguments)
        const int maxMegabytes = int(kMaxEvidenceBytes / (1024 * 1024));
        return Error(QCoreApplication::translate("ComplianceStore", "the file is larger than %n MB",
                                                 nullptr, maxMegabytes),
                     fileName);
    }
    EvidenceInfo info;
    info.id = Project::newId();
    info.framework = framework;
    info.requirement = requirement;
    info.fileName = QFileInfo(fileName).fileName(); // never a path
    info.sha256 = Sha256::hex(content);
    info.size = content.size();
    info.addedAt = QDateTime::currentDateTimeUtc();
    info.addedBy = actor;
    info.expires = expires;

    Database &db = m_project.database();
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    Statement insert = db.prepare("INSERT INTO evidence (id, framework, requirement, file_name, "
                                  "sha256, size, content, added_at, added_by, expires) VALUES "
                                  "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    insert.bindText(1, info.id);
    insert.bindText(2, framework);
    insert.bindText(3, requirement);
    insert.bindText(4, info.fileName);
    insert.bindText(5, info.sha256);
    insert.bindInt64(6, info.size);
    insert.bindBlob(7, content);
    insert.bindText(8, info.addedAt.toString(Qt::ISODateWithMs));
    insert.bindText(9, actor);
    insert.bindText(10, isoDate(expires));
    if (Status s = insert.run(); !s) {
        return s.error();
    }
    const QJsonObject payload{
        {u"framework"_s, framework},     {u"requirement"_s, requirement},
        {u"evidence"_s, info.id},        {u"file_name"_s, info.fileName},
        {u"sha256"_s, info.sha256},      {u"size"_s, QString::number(info.size)},
        {u"expires"_s, isoDate(expires)}};
    if (Status s = append(actor, u"evidence.add"_s, payload); !s) {
        return s.error();
    }
    if (Status s = transaction.value().commit(); !s) {
        return s.error();
    }
    m_project.notifyChanged();
    return info;
}

Result<EvidenceInfo> ComplianceStore::addEvidenceFile(const QString &framework,
                                                      const QString &requirement,
                                                      const QString &path, const QString &actor,
                                                      const QDate &expires)
{
    QFile file(path);
    if (QFileInfo(path).size() > kMaxEvidenceBytes) {
        // (a named count: lupdate's parser loops on a shift inside translate()'s arguments)
        const int maxMegabytes = int(kMaxEvidenceBytes / (1024 * 1024));
        return Error(QCoreApplication::translate("ComplianceStore", "the file is larger than %n MB",
                                                 nullptr, maxMegabytes),
                     path);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(QCoreApplication::translate("ComplianceStore", "cannot read the file: %1")
                         .arg(file.errorString()),
                     path);
    }
    return addEvidence(framework, requirement, QFileInfo(path).fileName(), file.readAll(), actor,
                       expires);
}

Status ComplianceStore::removeEvidence(const QString &id, const QString &actor)
{
    if (m_project.readOnly()) {
        return Error(
            QCoreApplication::translate("ComplianceStore", "the project is open read-only"));
    }
    Database &db = m_project.database();
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    Statement find = db.prepare(std::string(kEvidenceColumns) + " WHERE id = ?1");
    find.bindText(1, id);
    if (find.step() != StepResult::Row) {
        return Error(
            QCoreApplication::translate("ComplianceStore", "no evidence with id %1").arg(id));
    }
    const EvidenceInfo info = readEvidence(find);
    find.reset();
    Statement remove = db.prepare("DELETE FROM evidence WHERE id = ?1");
    remove.bindText(1, id);
    if (Status s = remove.run(); !s) {
        return s;
    }
    const QJsonObject payload{{u"framework"_s, info.framework},
                              {u"requirement"_s, info.requirement},
                              {u"evidence"_s, info.id},
                              {u"file_name"_s, info.fileName},
                              {u"sha256"_s, info.sha256}};
    if (Status s = append(actor, u"evidence.remove"_s, payload); !s) {
        return s;
    }
    if (Status s = transaction.value().commit(); !s) {
        return s;
    }
    m_project.notifyChanged();
    return {};
}

std::optional<EvidenceInfo> ComplianceStore::evidenceInfo(const QString &id) const
{
    Statement find = m_project.database().prepare(std::string(kEvidenceColumns) + " WHERE id = ?1");
    find.bindText(1, id);
    if (find.step() != StepResult::Row) {
        return std::nullopt;
    }
    return readEvidence(find);
}

Status ComplianceStore::setEvidenceExpiry(const QString &id, const QDate &expires,
                                          const QString &actor, const QString &action)
{
    if (m_project.readOnly()) {
        return Error(
            QCoreApplication::translate("ComplianceStore", "the project is open read-only"));
    }
    Database &db = m_project.database();
    Result<Transaction> transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    const std::optional<EvidenceInfo> info = evidenceInfo(id);
    if (!info) {
        return Error(
            QCoreApplication::translate("ComplianceStore", "no evidence with id %1").arg(id));
    }
    if (isoDate(info->expires) == isoDate(expires)) {
        return {};
    }
    Statement update = db.prepare("UPDATE evidence SET expires = ?2 WHERE id = ?1");
    update.bindText(1, id);
    update.bindText(2, isoDate(expires));
    if (Status s = update.run(); !s) {
        return s;
    }
    const QJsonObject payload{
        {u"framework"_s, info->framework}, {u"requirement"_s, info->requirement},
        {u"evidence"_s, info->id},         {u"file_name"_s, info->fileName},
        {u"sha256"_s, info->sha256},       {u"before"_s, isoDate(info->expires)},
        {u"after"_s, isoDate(expires)}};
    if (Status s = append(actor, action, payload); !s) {
        return s;
    }
    if (Status s = transaction.value().commit(); !s) {
        return s;
    }
    m_project.notifyChanged();
    return {};
}

std::vector<EvidenceInfo> ComplianceStore::evidence(const QString &framework,
                                                    const QString &requirement) const
{
    std::vector<EvidenceInfo> result;
    Statement statement = m_project.database().prepare(
        std::string(kEvidenceColumns) +
        " WHERE (?1 = '' OR framework = ?1) AND (?2 = '' OR requirement = ?2) "
        "ORDER BY added_at, rowid");
    statement.bindText(1, framework.isNull() ? u""_s : framework);
    statement.bindText(2, requirement.isNull() ? u""_s : requirement);
    while (statement.step() == StepResult::Row) {
        result.push_back(readEvidence(statement));
    }
    return result;
}

Result<QByteArray> ComplianceStore::evidenceContent(const QString &id) const
{
    Statement statement =
        m_project.database().prepare("SELECT content FROM evidence WHERE id = ?1");
    statement.bindText(1, id);
    if (statement.step() != StepResult::Row) {
        return Error(
            QCoreApplication::translate("ComplianceStore", "no evidence with id %1").arg(id));
    }
    return statement.columnBlob(0);
}

std::vector<AuditEntry> ComplianceStore::auditLog() const
{
    std::vector<AuditEntry> result;
    Statement statement = m_project.database().prepare(
        "SELECT seq, time, actor, action, payload, prev_hash, hash FROM audit_log ORDER BY seq");
    while (statement.step() == StepResult::Row) {
        AuditEntry entry;
        entry.seq = statement.columnInt64(0);
        entry.time = statement.columnText(1);
        entry.actor = statement.columnText(2);
        entry.action = statement.columnText(3);
        entry.payload = statement.columnText(4);
        entry.prevHash = statement.columnText(5);
        entry.hash = statement.columnText(6);
        result.push_back(std::move(entry));
    }
    return result;
}

QString ComplianceStore::head() const
{
    Statement statement =
        m_project.database().prepare("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    return statement.step() == StepResult::Row ? statement.columnText(0) : genesisHash();
}

AuditCheck ComplianceStore::verify() const
{
    AuditCheck check;
    const auto fail = [&check](qint64 seq, const QString &problem) {
        check.intact = false;
        check.firstBadSeq = seq;
        check.problem = problem;
        return check;
    };
    const std::vector<AuditEntry> log = auditLog();
    check.entries = qint64(log.size());
    check.head = log.empty() ? genesisHash() : log.back().hash;

    // 1. The chain: consecutive numbers, each entry linked to the previous one, each hash right.
    QString prev = genesisHash();
    qint64 expected = 1;
    for (const AuditEntry &entry : log) {
        if (entry.seq != expected) {
            return fail(expected,
                        QCoreApplication::translate("ComplianceStore", "audit entry %1 is missing")
                            .arg(expected));
        }
        if (entry.prevHash != prev) {
            return fail(entry.seq, QCoreApplication::translate(
                                       "ComplianceStore",
                                       "audit entry %1 does not follow entry %2: one of them was "
                                       "altered or removed")
                                       .arg(entry.seq)
                                       .arg(entry.seq - 1));
        }
        if (entryHash(entry.prevHash, entry.seq, entry.time, entry.actor, entry.action,
                      entry.payload) != entry.hash) {
            return fail(entry.seq,
                        QCoreApplication::translate("ComplianceStore", "audit entry %1 was altered")
                            .arg(entry.seq));
        }
        prev = entry.hash;
        ++expected;
    }
    // 2. The recorded length and head: entries cut off the end leave a chain that still links.
    Database &db = m_project.database();
    const auto metaValue = [&db](std::string_view sql) {
        Result<QVariant> value = db.queryValue(sql);
        return value ? value.value() : QVariant();
    };
    const QVariant count = metaValue("SELECT value FROM meta WHERE key = 'audit_count'");
    const QVariant head = metaValue("SELECT value FROM meta WHERE key = 'audit_head'");
    if (count.isValid() || !log.empty()) {
        if (count.toLongLong() != check.entries || head.toString() != check.head) {
            return fail(
                check.entries + 1,
                count.toLongLong() > check.entries
                    ? QCoreApplication::translate(
                          "ComplianceStore", "the audit trail ends at entry %1 but had %2 entries")
                          .arg(check.entries)
                          .arg(count.toLongLong())
                    : QCoreApplication::translate(
                          "ComplianceStore",
                          "the audit trail's recorded head does not match its last entry"));
        }
    }

    // 3. Replay: the tables must hold exactly what the trail says.
    std::map<std::pair<QString, QString>, std::pair<qint64, QJsonObject>> expectedAssessments;
    QHash<QString, std::pair<qint64, QString>> liveEvidence; // id → (seq, sha256)
    // id → (seq, expiry) for the files whose expiry the trail records (entries written before
    // expiries were logged leave it out: those files are not checked for it).
    QHash<QString, std::pair<qint64, QString>> loggedExpiry;
    for (const AuditEntry &entry : log) {
        const QJsonObject payload = parseObject(entry.payload);
        const auto key = std::pair{payload.value(u"framework"_s).toString(),
                                   payload.value(u"requirement"_s).toString()};
        if (entry.action.startsWith(u"assessment."_s)) {
            expectedAssessments[key] = {entry.seq, payload.value(u"after"_s).toObject()};
        } else if (entry.action == u"evidence.add") {
            const QString id = payload.value(u"evidence"_s).toString();
            liveEvidence.insert(id, {entry.seq, payload.value(u"sha256"_s).toString()});
            if (payload.contains(u"expires"_s)) {
                loggedExpiry.insert(id, {entry.seq, payload.value(u"expires"_s).toString()});
            }
        } else if (entry.action.startsWith(u"evidence.expiry"_s)) {
            loggedExpiry.insert(payload.value(u"evidence"_s).toString(),
                                {entry.seq, payload.value(u"after"_s).toString()});
        } else if (entry.action == u"evidence.remove") {
            liveEvidence.remove(payload.value(u"evidence"_s).toString());
            loggedExpiry.remove(payload.value(u"evidence"_s).toString());
        }
    }
    for (const Assessment &row : assessments()) {
        const auto it = expectedAssessments.find({row.framework, row.requirement});
        if (it == expectedAssessments.end()) {
            return fail(
                0, QCoreApplication::translate("ComplianceStore",
                                               "the assessment of %1 %2 is not in the audit trail")
                       .arg(row.framework, row.requirement));
        }
        if (it->second.second != row.toJson()) {
            return fail(it->second.first, QCoreApplication::translate(
                                              "ComplianceStore",
                                              "the assessment of %1 %2 differs from audit entry %3")
                                              .arg(row.framework, row.requirement)
                                              .arg(it->second.first));
        }
        expectedAssessments.erase(it);
    }
    if (!expectedAssessments.empty()) {
        const auto &[key, value] = *expectedAssessments.begin();
        return fail(
            value.first,
            QCoreApplication::translate(
                "ComplianceStore", "the assessment of %1 %2 recorded by audit entry %3 was removed")
                .arg(key.first, key.second)
                .arg(value.first));
    }
    Statement rows = db.prepare("SELECT id, sha256, content, expires FROM evidence");
    QSet<QString> seen;
    while (rows.step() == StepResult::Row) {
        const QString id = rows.columnText(0);
        seen.insert(id);
        const auto logged = liveEvidence.constFind(id);
        if (logged == liveEvidence.cend()) {
            return fail(0, QCoreApplication::translate("ComplianceStore",
                                                       "evidence %1 is not in the audit trail")
                               .arg(id));
        }
        if (rows.columnText(1) != logged->second ||
            Sha256::hex(rows.columnBlob(2)) != logged->second) {
            return fail(logged->first, QCoreApplication::translate(
                                           "ComplianceStore",
                                           "the evidence file added by audit entry %1 was altered")
                                           .arg(logged->first));
        }
        const auto expiry = loggedExpiry.constFind(id);
        if (expiry != loggedExpiry.cend() && expiry->second != rows.columnText(3)) {
            return fail(expiry->first,
                        QCoreApplication::translate(
                            "ComplianceStore",
                            "the expiry date of the evidence file in audit entry %1 was altered")
                            .arg(expiry->first));
        }
    }
    for (auto it = liveEvidence.cbegin(); it != liveEvidence.cend(); ++it) {
        if (!seen.contains(it.key())) {
            return fail(it->first, QCoreApplication::translate(
                                       "ComplianceStore",
                                       "the evidence file added by audit entry %1 was removed")
                                       .arg(it->first));
        }
    }
    return check;
}

} // namespace boussole::compliance
