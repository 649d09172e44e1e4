#include "models/compliance/ComplianceExport.h"

#include "models/compliance/Scoring.h"
#include "models/reports/WorkloadCsvExport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace boussole::compliance {

namespace {

QHash<QString, Assessment> byItem(const Framework &framework,
                                  const std::vector<Assessment> &assessments)
{
    QHash<QString, Assessment> result;
    for (const Assessment &a : assessments) {
        if (a.framework == framework.id) {
            result.insert(a.requirement, a);
        }
    }
    return result;
}

Status write(const QString &path, const QStringList &headers, const std::vector<QStringList> &rows,
             const QString &auditHead)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QCoreApplication::translate("Export", "cannot write the file: %1")
                         .arg(file.errorString()),
                     path};
    }
    QByteArray out = "\xEF\xBB\xBF";
    out += headers.join(u',').toUtf8() + "\r\n";
    const auto line = [](const QStringList &fields) {
        QStringList escaped;
        for (const QString &field : fields) {
            escaped << csvField(field);
        }
        return escaped.join(u',').toUtf8() + "\r\n";
    };
    for (const QStringList &row : rows) {
        out += line(row);
    }
    QStringList trailer(headers.size());
    trailer[0] = u"audit_head"_s;
    if (trailer.size() > 1) {
        trailer[1] = auditHead;
    }
    out += line(trailer);
    if (file.write(out) != out.size() || !file.commit()) {
        return Error{QCoreApplication::translate("Export", "cannot write the file: %1")
                         .arg(file.errorString()),
                     path};
    }
    return {};
}

} // namespace

std::vector<const Item *> gapList(const Framework &framework,
                                  const std::vector<Assessment> &assessments)
{
    const QHash<QString, Assessment> assessed = byItem(framework, assessments);
    std::vector<std::pair<const Item *, AssessmentStatus>> gaps;
    for (const Item &item : framework.items) {
        const AssessmentStatus status = assessed.value(item.id, Assessment{}).status;
        if (!item.assessable() || status == AssessmentStatus::Compliant ||
            status == AssessmentStatus::NotApplicable) {
            continue;
        }
        gaps.emplace_back(&item, status);
    }
    const auto rank = [&framework](const Item &item, AssessmentStatus status) {
        const int kind = isBlocking(framework, item, status)  ? 0
                         : item.type == ItemType::Requirement ? 1
                                                              : 2;
        const int severity = status == AssessmentStatus::NonCompliant ? 0
                             : status == AssessmentStatus::Partial    ? 1
                                                                      : 2;
        const int sovereignty = item.sovereignty == Sovereignty::Core       ? 0
                                : item.sovereignty == Sovereignty::Adjacent ? 1
                                                                            : 2;
        return std::tuple{kind, severity, sovereignty};
    };
    std::stable_sort(gaps.begin(), gaps.end(), [&](const auto &a, const auto &b) {
        return rank(*a.first, a.second) < rank(*b.first, b.second);
    });
    std::vector<const Item *> result;
    for (const auto &[item, status] : gaps) {
        result.push_back(item);
    }
    return result;
}

Status writeStatementOfApplicability(const Framework &framework,
                                     const std::vector<Assessment> &assessments,
                                     const std::vector<EvidenceInfo> &evidence,
                                     const QString &auditHead, const QString &language,
                                     const QString &path)
{
    const QHash<QString, Assessment> assessed = byItem(framework, assessments);
    QHash<QString, QStringList> hashes;
    for (const EvidenceInfo &info : evidence) {
        if (info.framework == framework.id) {
            hashes[info.requirement] << info.fileName + u' ' + info.sha256;
        }
    }
    std::vector<QStringList> rows;
    for (const Item &item : framework.items) {
        const Assessment a = assessed.value(item.id);
        rows.push_back({framework.id, framework.version, item.chapter, item.section, item.id,
                        item.title.in(language), itemTypeId(item.type), sideId(item.side),
                        sovereigntyId(item.sovereignty), item.applicability.join(u' '),
                        item.assessable() ? assessmentStatusId(a.status) : QString(), a.owner,
                        a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(), a.note,
                        hashes.value(item.id).join(u"; "_s)});
    }
    return write(path,
                 {u"framework"_s, u"version"_s, u"chapter"_s, u"section"_s, u"item"_s, u"title"_s,
                  u"type"_s, u"side"_s, u"sovereignty"_s, u"applicability"_s, u"status"_s,
                  u"owner"_s, u"due"_s, u"note"_s, u"evidence_sha256"_s},
                 rows, auditHead);
}

Status writeRemediationPlan(const Framework &framework, const std::vector<Assessment> &assessments,
                            const QString &auditHead, const QString &language, const QString &path)
{
    const QHash<QString, Assessment> assessed = byItem(framework, assessments);
    std::vector<QStringList> rows;
    int rank = 0;
    for (const Item *item : gapList(framework, assessments)) {
        const Assessment a = assessed.value(item->id);
        rows.push_back({QString::number(++rank), framework.id, item->id, item->title.in(language),
                        assessmentStatusId(a.status),
                        isBlocking(framework, *item, a.status) ? u"yes"_s : u"no"_s,
                        sovereigntyId(item->sovereignty), sideId(item->side),
                        item->guidance.in(language), a.owner,
                        a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(), a.note});
    }
    return write(path,
                 {u"rank"_s, u"framework"_s, u"item"_s, u"title"_s, u"status"_s, u"blocking"_s,
                  u"sovereignty"_s, u"side"_s, u"action"_s, u"owner"_s, u"due"_s, u"note"_s},
                 rows, auditHead);
}

} // namespace boussole::compliance
