// `boussole compliance`, `compliance set`, `audit verify` and `list PROJECT audit`.
#include "app/cli/Cli.h"

#include "app/cli/Output.h"
#include "models/catalog/CatalogStore.h"
#include "models/compliance/AssessmentExchange.h"
#include "models/compliance/ComplianceStore.h"
#include "models/compliance/Crosswalk.h"
#include "models/compliance/Framework.h"
#include "models/compliance/Guidance.h"
#include "models/compliance/ProviderView.h"
#include "models/compliance/Scoring.h"
#include "models/domain/Sha256.h"
#include "models/storage/ProjectFile.h"
#include "models/storage/Sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace compliance;

namespace {

QJsonValue jsonScore(const std::optional<double> &score)
{
    return score ? QJsonValue(*score) : QJsonValue(QJsonValue::Null);
}

QString scoreText(const std::optional<double> &score)
{
    return score ? QString::number(*score, 'f', 1) : QString();
}

// --evidence-expires: an ISO date as written (YYYY-MM-DD, a real day) or "none".
std::optional<QDate> parseExpiry(const QString &text, bool *valid)
{
    *valid = true;
    if (text == u"none") {
        return QDate();
    }
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !date.isValid()) {
        *valid = false;
        return std::nullopt;
    }
    return date;
}

QStringList frameworkIds()
{
    QStringList ids;
    for (const Framework &framework : embeddedFrameworks()) {
        ids << framework.id;
    }
    return ids;
}

QJsonArray jsonCoveredBy(const std::vector<CoveredBy> &coverage)
{
    QJsonArray array;
    for (const CoveredBy &c : coverage) {
        array.append(QJsonObject{{u"framework"_s, c.source.framework},
                                 {u"requirement"_s, c.source.item},
                                 {u"status"_s, assessmentStatusId(c.status)},
                                 {u"basis"_s, linkBasisId(c.basis)}});
    }
    return array;
}

} // namespace

std::vector<Cli::Command> Cli::complianceCommands()
{
    return {
        {u"compliance"_s,
         [] {
             return tr("compliance PROJECT [--framework ID] | compliance set PROJECT FRAMEWORK "
                       "REQUIREMENT STATUS [--note TEXT] [--evidence FILE [--evidence-expires "
                       "YYYY-MM-DD]]");
         },
         [] { return tr("Checklist status and scores, or record an assessment"); },
         [] {
             return tr("compliance PROJECT prints, for each framework (%1), its version, the "
                       "number of items, how many are assessed, the score and the blocking "
                       "items, and how many evidence files are expired (from their expiry "
                       "date on) or expire within 30 days; with --framework ID, also each "
                       "chapter.\n%2\n\n"
                       "compliance set PROJECT FRAMEWORK REQUIREMENT STATUS records the "
                       "assessment of one item (STATUS: compliant, partial, non-compliant, "
                       "not-applicable or unknown) and appends it to the audit trail, with the "
                       "author set in Settings (else your user name).\n"
                       "--framework ID   only this framework\n"
                       "--note TEXT      the item's note (kept as it was when not given)\n"
                       "--evidence FILE  store FILE in the project as evidence, with its "
                       "SHA-256 (a file the item already holds is not stored twice)\n"
                       "--evidence-expires YYYY-MM-DD  the day the evidence FILE stops being "
                       "valid (a certificate's or an audit report's end of validity); "
                       "\"none\" clears it. Given for a file the item already holds, it "
                       "changes that file's date. The change is logged in the audit trail.\n\n"
                       "compliance export PROJECT FRAMEWORK FILE writes that framework's "
                       "assessment and evidence to FILE (JSON) for another auditor.\n"
                       "compliance merge PROJECT FILE merges such a file: items assessed on one "
                       "side only are taken, differing items are listed as conflicts and left as "
                       "they were unless --prefer says whose to keep; the merge is logged.\n"
                       "--prefer mine|theirs  how to settle conflicts\n"
                       "--format table|csv|json   output format (default: table)")
                        .arg(frameworkIds().join(u", "_s), scoringMethod()) +
                    u"\n\n"_s +
                    tr("compliance accept PROJECT FRAMEWORK [REQUIREMENT...] accepts the "
                       "suggestions that answers in other frameworks make through Boussole's "
                       "crosswalk (SecNumCloud 3.2, ISO/IEC 27001:2022, HDS v2): each named item, "
                       "or every unassessed covered item when none is named, takes the weakest "
                       "of the covering answers; each change is appended to the audit trail. "
                       "The crosswalk is Boussole's own, not an official table.");
         },
         &Cli::runCompliance},
        {u"audit"_s, [] { return tr("audit verify PROJECT"); },
         [] { return tr("Verify the compliance audit trail"); },
         [] {
             return tr("Recomputes the SHA-256 chain of the audit trail, checks that the "
                       "assessments and evidence files are what the trail says, and prints the "
                       "chain's head. Note the head elsewhere: someone who rewrites the whole "
                       "trail can make a new chain, but not one with the same head. Exits with "
                       "3 and names the first altered entry when the check fails.\n"
                       "--format table|csv|json   output format (default: table)");
         },
         &Cli::runAudit},
    };
}

int Cli::runCompliance(const Options &options)
{
    QStringList arguments = options.positional;
    if (!options.prefer.isEmpty() && (arguments.isEmpty() || arguments.first() != u"merge")) {
        return usageError(tr("--prefer only applies to compliance merge"));
    }
    if (options.evidenceExpiresGiven && (arguments.isEmpty() || arguments.first() != u"set")) {
        return usageError(tr("--evidence-expires only applies to compliance set"));
    }
    if (!arguments.isEmpty() && arguments.first() == u"export") {
        return exportCompliance(arguments.mid(1));
    }
    if (!arguments.isEmpty() && arguments.first() == u"merge") {
        return mergeCompliance(arguments.mid(1), options.prefer);
    }
    if (!arguments.isEmpty() && arguments.first() == u"accept") {
        // One answer for several frameworks: the crosswalk's suggestions, all or nothing.
        arguments.removeFirst();
        if (arguments.size() < 2) {
            return usageError(tr("compliance accept needs PROJECT FRAMEWORK [REQUIREMENT...]"));
        }
        if (!options.framework.isEmpty()) {
            return usageError(tr("compliance accept takes the framework as an argument, not "
                                 "--framework"));
        }
        const Framework *framework = findFramework(embeddedFrameworks(), arguments.at(1));
        if (!framework) {
            return usageError(tr("unknown framework \"%1\"; expected one of: %2")
                                  .arg(arguments.at(1), frameworkIds().join(u", "_s)));
        }
        const QStringList requested = arguments.mid(2);
        for (const QString &id : requested) {
            if (!framework->item(id)) {
                return usageError(tr("%1 has no item \"%2\"").arg(framework->id, id));
            }
        }
        auto opened = Project::open(arguments.at(0));
        if (!opened) {
            return failure(opened.error().toString());
        }
        Project &project = *opened.value();
        ComplianceStore store(project);
        const std::vector<Assessment> values =
            acceptSuggestions(embeddedCrosswalk(), store.assessments(), *framework, requested,
                              requested.isEmpty(), QLocale().name());
        if (values.empty()) {
            m_out << tr("Nothing to accept in %1.").arg(framework->id) << '\n';
        } else {
            Result<Transaction> transaction = Transaction::begin(project.database());
            if (!transaction) {
                return failure(tr("%1: %2").arg(arguments.at(0), transaction.error().message));
            }
            const QString author = defaultAuthor();
            for (const Assessment &value : values) {
                if (Status written = store.setAssessment(value, author); !written) {
                    return failure(tr("%1: %2").arg(arguments.at(0), written.error().message));
                }
            }
            if (Status committed = transaction.value().commit(); !committed) {
                return failure(tr("%1: %2").arg(arguments.at(0), committed.error().message));
            }
            for (const Assessment &value : values) {
                m_out << tr("%1 %2: %3")
                             .arg(framework->id, value.requirement,
                                  assessmentStatusId(value.status))
                      << '\n';
            }
            m_out << tr("Audit trail head: %1").arg(store.head()) << '\n';
        }
        if (Status closed = project.close(); !closed) {
            return failure(closed.error().toString());
        }
        return ExitOk;
    }
    const bool set = !arguments.isEmpty() && arguments.first() == u"set";
    if (set) {
        arguments.removeFirst();
        if (arguments.size() != 4) {
            return usageError(tr("compliance set needs PROJECT FRAMEWORK REQUIREMENT STATUS"));
        }
        if (!options.framework.isEmpty()) {
            return usageError(tr("compliance set takes the framework as an argument, not "
                                 "--framework"));
        }
        const Framework *framework = findFramework(embeddedFrameworks(), arguments.at(1));
        if (!framework) {
            return usageError(tr("unknown framework \"%1\"; expected one of: %2")
                                  .arg(arguments.at(1), frameworkIds().join(u", "_s)));
        }
        const Item *item = framework->item(arguments.at(2));
        if (!item) {
            return usageError(tr("%1 has no item \"%2\"").arg(framework->id, arguments.at(2)));
        }
        const std::optional<AssessmentStatus> status = assessmentStatusFromId(arguments.at(3));
        if (!status) {
            return usageError(tr("STATUS must be compliant, partial, non-compliant, "
                                 "not-applicable or unknown, not \"%1\"")
                                  .arg(arguments.at(3)));
        }
        std::optional<QDate> expires;
        if (options.evidenceExpiresGiven) {
            bool valid = false;
            expires = parseExpiry(options.evidenceExpires, &valid);
            if (!valid) {
                return usageError(tr("--evidence-expires must be a date written YYYY-MM-DD (or "
                                     "none), not \"%1\"")
                                      .arg(options.evidenceExpires));
            }
            if (options.evidence.isEmpty()) {
                return usageError(tr("--evidence-expires needs --evidence FILE"));
            }
        }
        if (!options.evidence.isEmpty() && !QFileInfo(options.evidence).isFile()) {
            return failure(tr("%1: no such file").arg(options.evidence));
        }
        auto opened = Project::open(arguments.at(0));
        if (!opened) {
            return failure(opened.error().toString());
        }
        Project &project = *opened.value();
        ComplianceStore store(project);
        const QString author = defaultAuthor();
        // The assessment and its evidence are written together or not at all.
        Result<Transaction> transaction = Transaction::begin(project.database());
        if (!transaction) {
            return failure(transaction.error().toString());
        }
        Assessment value = store.assessment(framework->id, item->id).value_or(Assessment{});
        value.framework = framework->id;
        value.requirement = item->id;
        value.status = *status;
        if (options.noteGiven) {
            value.note = options.note;
        }
        if (Status written = store.setAssessment(value, author); !written) {
            return failure(tr("%1: %2").arg(arguments.at(0), written.error().message));
        }
        QStringList lines;
        lines << tr("%1 %2: %3").arg(framework->id, item->id, assessmentStatusId(*status));
        if (!options.evidence.isEmpty()) {
            QFile file(options.evidence);
            const QString sha256 =
                file.open(QIODevice::ReadOnly) ? Sha256::hex(file.readAll()) : QString();
            std::optional<EvidenceInfo> held;
            for (const EvidenceInfo &info : store.evidence(framework->id, item->id)) {
                if (info.sha256 == sha256) {
                    held = info;
                }
            }
            if (held) {
                lines << tr("Evidence %1 already stored, SHA-256 %2").arg(held->fileName, sha256);
                if (expires) {
                    if (Status s = store.setEvidenceExpiry(held->id, *expires, author); !s) {
                        return failure(tr("%1: %2").arg(arguments.at(0), s.error().message));
                    }
                }
            } else {
                auto added = store.addEvidenceFile(framework->id, item->id, options.evidence,
                                                   author, expires.value_or(QDate()));
                if (!added) {
                    return failure(added.error().toString());
                }
                lines << tr("Evidence %1 stored, SHA-256 %2")
                             .arg(added.value().fileName, added.value().sha256);
            }
            if (expires) {
                lines << (expires->isValid()
                              ? tr("Evidence expires on %1").arg(expires->toString(Qt::ISODate))
                              : tr("Evidence does not expire"));
            }
        }
        if (Status committed = transaction.value().commit(); !committed) {
            return failure(tr("%1: %2").arg(arguments.at(0), committed.error().message));
        }
        for (const QString &line : lines) {
            m_out << line << '\n';
        }
        m_out << tr("Audit trail head: %1").arg(store.head()) << '\n';
        if (Status closed = project.close(); !closed) {
            return failure(closed.error().toString());
        }
        return ExitOk;
    }

    if (arguments.size() != 1) {
        return usageError(tr("compliance needs a PROJECT"));
    }
    std::vector<const Framework *> frameworks;
    for (const Framework &framework : embeddedFrameworks()) {
        if (options.framework.isEmpty() || framework.id == options.framework) {
            frameworks.push_back(&framework);
        }
    }
    if (frameworks.empty()) {
        return usageError(tr("unknown framework \"%1\"; expected one of: %2")
                              .arg(options.framework, frameworkIds().join(u", "_s)));
    }
    Project::OpenOptions openOptions;
    openOptions.readOnly = true;
    auto opened = Project::open(arguments.first(), openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    Project &project = *opened.value();
    const std::vector<Assessment> assessments = ComplianceStore(project).assessments();
    const QString language = QLocale().name();
    QMap<QString, int> dataClasses;
    for (const Workload &workload : project.workloads()) {
        if (!workload.dataClass.isEmpty()) {
            ++dataClasses[workload.dataClass];
        }
    }
    const QString sector = project.meta(u"sector"_s);
    const std::vector<Suggestion> suggestions =
        suggestFrameworks(embeddedFrameworks(), sector, dataClasses);
    const auto reasonsFor = [&suggestions](const Framework &framework) {
        for (const Suggestion &suggestion : suggestions) {
            if (suggestion.framework == &framework) {
                return suggestion.reasons;
            }
        }
        return QStringList();
    };
    std::vector<FrameworkScore> scores;
    for (const Framework *framework : frameworks) {
        scores.push_back(scoreFramework(*framework, assessments));
    }
    // Evidence files by framework and by framework and chapter, with their expiry.
    const QDate today = QDate::currentDate();
    QHash<QString, EvidenceTally> evidenceByFramework;
    QHash<QString, EvidenceTally> evidenceByChapter; // "framework\nchapter"
    for (const EvidenceInfo &info : ComplianceStore(project).evidence()) {
        evidenceByFramework[info.framework].add(info, today);
        if (const Framework *framework = findFramework(embeddedFrameworks(), info.framework)) {
            if (const Item *item = framework->item(info.requirement)) {
                evidenceByChapter[info.framework + u'\n' + item->chapter].add(info, today);
            }
        }
    }

    if (options.format == OutputFormat::Json) {
        QJsonArray array;
        for (const FrameworkScore &score : scores) {
            const Framework &framework = *score.framework;
            QJsonArray chapters;
            for (const ChapterScore &chapter : score.chapters) {
                chapters.append(QJsonObject{
                    {u"id"_s, chapter.chapter->id},
                    {u"title"_s, chapter.chapter->title.in(language)},
                    {u"requirements"_s, chapter.tally.items},
                    {u"assessed"_s, chapter.tally.assessed},
                    {u"score"_s, jsonScore(chapter.tally.score)},
                    {u"blocking"_s, chapter.tally.blocking},
                    {u"evidence_expired"_s,
                     evidenceByChapter.value(framework.id + u'\n' + chapter.chapter->id).expired},
                });
            }
            QJsonObject object{
                {u"id"_s, framework.id},
                {u"name"_s, framework.name.in(language)},
                {u"publisher"_s, framework.publisher},
                {u"version"_s, framework.version},
                {u"date"_s, framework.date.toString(Qt::ISODate)},
                {u"date_verified"_s, framework.dateVerified},
                {u"verified"_s, framework.verified},
                {u"source"_s, framework.sourceUrl},
                {u"kind"_s, frameworkKindId(framework.kind)},
                {u"pass_fail"_s, framework.passFail()},
                {u"requirements"_s, score.tally.items},
                {u"assessed"_s, score.tally.assessed},
                {u"compliant"_s, score.tally.compliant},
                {u"partial"_s, score.tally.partial},
                {u"non_compliant"_s, score.tally.nonCompliant},
                {u"not_applicable"_s, score.tally.notApplicable},
                {u"score"_s, jsonScore(score.tally.score)},
                {u"blocking"_s, score.tally.blocking},
                {u"evidence_files"_s, evidenceByFramework.value(framework.id).files},
                {u"evidence_expired"_s, evidenceByFramework.value(framework.id).expired},
                {u"evidence_expiring"_s, evidenceByFramework.value(framework.id).expiring},
                {u"chapters"_s, chapters},
                {u"suggested"_s, !reasonsFor(framework).isEmpty()},
                {u"suggested_because"_s, QJsonArray::fromStringList(reasonsFor(framework))},
            };
            if (!options.framework.isEmpty()) {
                // Each item with its status and, where another framework's answer covers it
                // through the crosswalk, that answer as a suggestion with the link's basis.
                QJsonArray items;
                for (const Item &item : framework.items) {
                    AssessmentStatus status = AssessmentStatus::Unknown;
                    for (const Assessment &a : assessments) {
                        if (a.framework == framework.id && a.requirement == item.id) {
                            status = a.status;
                            break;
                        }
                    }
                    QJsonObject entry{{u"id"_s, item.id},
                                      {u"title"_s, item.title.in(language)},
                                      {u"type"_s, itemTypeId(item.type)},
                                      {u"side"_s, sideId(item.side)},
                                      {u"status"_s, assessmentStatusId(status)}};
                    const std::vector<CoveredBy> coverage =
                        coveredBy(embeddedCrosswalk(), assessments, framework.id, item.id);
                    if (!coverage.empty()) {
                        entry.insert(u"covered_by"_s, jsonCoveredBy(coverage));
                        entry.insert(u"suggested_status"_s,
                                     assessmentStatusId(*suggestedStatus(coverage)));
                    }
                    items.append(entry);
                }
                object.insert(u"items"_s, items);
            }
            array.append(object);
        }
        QJsonObject document = jsonDocumentHeader();
        document.insert(u"frameworks"_s, array);
        // The provider side, from the catalog: coverage by certification and exposure to
        // extra-EU law.
        Error userCatalogError;
        if (auto catalog = catalog::catalogInUse(options.catalog, &userCatalogError); catalog) {
            const QDate today = QDate::currentDate();
            const QStringList columns = certificationColumns(catalog.value());
            QJsonArray providers;
            for (const ProviderCoverage &row : coverageMatrix(catalog.value(), columns, today)) {
                QJsonObject certifications;
                for (const CoverageCell &cell : row.cells) {
                    if (cell.coverage == Coverage::None) {
                        continue;
                    }
                    certifications.insert(
                        cell.certification,
                        QJsonObject{{u"coverage"_s, coverageId(cell.coverage)},
                                    {u"scope"_s, cell.certificate->scope},
                                    {u"reference"_s, cell.certificate->reference},
                                    {u"expires"_s, cell.certificate->expires.toString(Qt::ISODate)},
                                    {u"source"_s, cell.certificate->source.url},
                                    {u"verified"_s, cell.verified}});
                }
                QJsonObject blocking;
                for (const Framework *framework : frameworks) {
                    if (!framework->passFail()) {
                        continue;
                    }
                    for (const ProviderStanding &standing :
                         providerStandings(catalog.value(), *framework, today)) {
                        if (standing.provider == row.provider) {
                            blocking.insert(framework->id, standing.blocking);
                        }
                    }
                }
                providers.append(QJsonObject{
                    {u"id"_s, row.provider->id},
                    {u"jurisdiction"_s, row.provider->jurisdiction},
                    {u"extra_eu_law_exposure"_s, row.provider->extraEuLawExposure},
                    {u"exposure_note"_s, row.provider->exposureNote},
                    {u"certifications"_s, certifications},
                    {u"blocking"_s, blocking},
                });
            }
            document.insert(u"providers"_s, providers);
            document.insert(u"catalog"_s,
                            QJsonObject{{u"id"_s, catalog.value().id},
                                        {u"date"_s, catalog.value().date.toString(Qt::ISODate)}});
        }
        document.insert(u"method"_s, scoringMethod());
        document.insert(
            u"crosswalk"_s,
            QJsonObject{{u"note"_s, embeddedCrosswalk().note.in(language)},
                        {u"official"_s, false},
                        {u"bases"_s, QJsonObject{{linkBasisId(LinkBasis::Structural),
                                                  linkBasisName(LinkBasis::Structural)},
                                                 {linkBasisId(LinkBasis::Analysis),
                                                  linkBasisName(LinkBasis::Analysis)}}}});
        // Rules on the customer's own side, where they apply (Data Act for every project, the
        // State's cloud doctrine for the public sector).
        QJsonArray guidance;
        for (const ApplicableGuidance &rule : guidanceFor(embeddedGuidance(), sector)) {
            const GuidanceNote &note = *rule.note;
            QJsonObject entry{
                {u"id"_s, note.id},
                {u"title"_s, note.title.in(language)},
                {u"text"_s, note.text.in(language)},
                {u"source"_s, note.sourceUrl},
                {u"date"_s, note.date.toString(Qt::ISODate)},
                {u"applies_from"_s, note.appliesFrom.isValid()
                                        ? QJsonValue(note.appliesFrom.toString(Qt::ISODate))
                                        : QJsonValue()},
                {u"verified"_s, note.verified},
                {u"applies_because"_s, rule.reason},
                {u"calls_for"_s, QJsonArray::fromStringList(note.callsFor)},
            };
            if (note.topics.contains(u"egress"_s)) {
                // What the provider being left may charge on the day the data leaves.
                const ProjectSwitchingCharges charges =
                    switchingChargesForProject(project, QDate::currentDate());
                entry.insert(
                    u"for_this_project"_s,
                    QJsonObject{{u"date"_s, charges.date.toString(Qt::ISODate)},
                                {u"date_basis"_s, charges.fromPlan ? u"plan-start"_s : u"today"_s},
                                {u"switching_charges"_s, switchingChargesId(charges.rule)},
                                {u"text"_s, charges.sentence}});
            }
            guidance.append(entry);
        }
        document.insert(u"guidance"_s, guidance);
        printJson(m_out, document);
        return ExitOk;
    }
    TextTable table;
    table.headers = {u"framework"_s, u"chapter"_s, u"title"_s,    u"requirements"_s,
                     u"assessed"_s,  u"score"_s,   u"blocking"_s, u"evidence_expired"_s};
    table.rightAligned = {false, false, false, true, true, true, true, true};
    for (const FrameworkScore &score : scores) {
        const Framework &framework = *score.framework;
        table.rows.push_back({framework.id, QString(), framework.name.in(language),
                              QString::number(score.tally.items),
                              QString::number(score.tally.assessed), scoreText(score.tally.score),
                              QString::number(score.tally.blocking),
                              QString::number(evidenceByFramework.value(framework.id).expired)});
        if (options.framework.isEmpty()) {
            continue;
        }
        for (const ChapterScore &chapter : score.chapters) {
            table.rows.push_back(
                {framework.id, chapter.chapter->id, chapter.chapter->title.in(language),
                 QString::number(chapter.tally.items), QString::number(chapter.tally.assessed),
                 scoreText(chapter.tally.score), QString::number(chapter.tally.blocking),
                 QString::number(
                     evidenceByChapter.value(framework.id + u'\n' + chapter.chapter->id).expired)});
        }
    }
    table.print(m_out, options.format);
    if (options.format == OutputFormat::Table) {
        // Short notes under the table: the items another framework's answer covers, and the
        // rules that apply to the organisation itself.
        if (!options.framework.isEmpty()) {
            QStringList covered;
            for (const Framework *framework : frameworks) {
                for (const Item &item : framework->items) {
                    const std::vector<CoveredBy> coverage =
                        coveredBy(embeddedCrosswalk(), assessments, framework->id, item.id);
                    if (coverage.empty()) {
                        continue;
                    }
                    QStringList sources;
                    for (const CoveredBy &c : coverage) {
                        sources << tr("%1 %2 %3 (%4)")
                                       .arg(c.source.framework, c.source.item,
                                            assessmentStatusId(c.status), linkBasisId(c.basis));
                    }
                    covered << tr("%1 covered by %2; suggested %3")
                                   .arg(item.id, sources.join(u", "_s),
                                        assessmentStatusId(*suggestedStatus(coverage)));
                }
            }
            if (!covered.isEmpty()) {
                m_out << '\n'
                      << tr("Covered by answers in other frameworks (suggestions):") << '\n';
                for (const QString &line : covered) {
                    m_out << u"  "_s << line << '\n';
                }
                m_out << tr("structural: documented structure; analysis: Boussole's reading, "
                            "unverified. Not an official correspondence.")
                      << '\n';
            }
        }
        const auto rules = guidanceFor(embeddedGuidance(), sector);
        if (!rules.empty()) {
            m_out << '\n' << tr("Guidance for your organisation:") << '\n';
            for (const ApplicableGuidance &rule : rules) {
                m_out << u"  "_s << rule.note->title.in(language) << u" — "_s
                      << rule.note->sourceUrl
                      << (rule.note->verified ? QString() : u" "_s + tr("(not verified)")) << '\n';
            }
        }
    }
    return ExitOk;
}

int Cli::exportCompliance(const QStringList &arguments)
{
    if (arguments.size() != 3) {
        return usageError(tr("compliance export needs PROJECT FRAMEWORK FILE"));
    }
    if (!findFramework(embeddedFrameworks(), arguments.at(1))) {
        return usageError(tr("unknown framework \"%1\"; expected one of: %2")
                              .arg(arguments.at(1), frameworkIds().join(u", "_s)));
    }
    Project::OpenOptions openOptions;
    openOptions.readOnly = true;
    auto opened = Project::open(arguments.at(0), openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    if (Status s =
            exportAssessment(*opened.value(), arguments.at(1), arguments.at(2), defaultAuthor());
        !s) {
        return failure(s.error().toString());
    }
    m_out << tr("Exported %1 to %2").arg(arguments.at(1), QDir::toNativeSeparators(arguments.at(2)))
          << '\n';
    return ExitOk;
}

int Cli::mergeCompliance(const QStringList &arguments, const QString &prefer)
{
    if (arguments.size() != 2) {
        return usageError(tr("compliance merge needs PROJECT FILE"));
    }
    MergePreference preference = MergePreference::None;
    if (prefer == u"mine") {
        preference = MergePreference::Mine;
    } else if (prefer == u"theirs") {
        preference = MergePreference::Theirs;
    } else if (!prefer.isEmpty()) {
        return usageError(tr("--prefer must be mine or theirs, not \"%1\"").arg(prefer));
    }
    auto opened = Project::open(arguments.at(0));
    if (!opened) {
        return failure(opened.error().toString());
    }
    auto merged = mergeAssessment(*opened.value(), arguments.at(1), preference, defaultAuthor());
    if (!merged) {
        return failure(merged.error().toString());
    }
    const MergeResult &result = merged.value();
    m_out << tr("%1: taken %2, unchanged %3, evidence files added %4, conflicts settled by "
                "preference %5")
                 .arg(result.framework)
                 .arg(result.taken)
                 .arg(result.unchanged)
                 .arg(result.evidenceAdded)
                 .arg(result.resolved)
          << '\n';
    for (const MergeConflict &conflict : result.conflicts) {
        m_out << tr("Conflict %1: yours %2, theirs %3")
                     .arg(conflict.requirement, assessmentStatusId(conflict.mine.status),
                          assessmentStatusId(conflict.theirs.status))
              << '\n';
    }
    if (!result.conflicts.empty()) {
        m_out << tr("Conflicts were left as they were: merge again with --prefer mine or "
                    "--prefer theirs, or settle them on the Compliance page.")
              << '\n';
    }
    if (Status closed = opened.value()->close(); !closed) {
        return failure(closed.error().toString());
    }
    return ExitOk;
}

int Cli::runAudit(const Options &options)
{
    if (options.positional.size() != 2 || options.positional.first() != u"verify") {
        return usageError(tr("audit needs verify and a PROJECT"));
    }
    const QString path = options.positional.at(1);
    Project::OpenOptions openOptions;
    openOptions.readOnly = true;
    auto opened = Project::open(path, openOptions);
    if (!opened) {
        return failure(opened.error().toString());
    }
    const AuditCheck check = ComplianceStore(*opened.value()).verify();
    if (options.format == OutputFormat::Json) {
        QJsonObject document = jsonDocumentHeader();
        document.insert(u"intact"_s, check.intact);
        document.insert(u"entries"_s, check.entries);
        document.insert(u"head"_s, check.head);
        document.insert(u"first_bad_entry"_s,
                        check.firstBadSeq > 0 ? QJsonValue(check.firstBadSeq) : QJsonValue());
        document.insert(u"problem"_s, check.problem);
        printJson(m_out, document);
    } else {
        m_out << tr("Entries: %1").arg(check.entries) << '\n'
              << tr("Head: %1").arg(check.head) << '\n';
    }
    if (!check.intact) {
        m_err << "boussole: " << QDir::toNativeSeparators(path) << ": " << check.problem << '\n';
        m_err.flush();
        return ExitVerification;
    }
    if (options.format != OutputFormat::Json) {
        m_out << tr("The audit trail is intact.") << '\n';
    }
    return ExitOk;
}

int Cli::listAudit(const Options &options, Project &project)
{
    const std::vector<AuditEntry> log = ComplianceStore(project).auditLog();
    if (options.format == OutputFormat::Json) {
        QJsonArray array;
        for (const AuditEntry &entry : log) {
            array.append(QJsonObject{
                {u"seq"_s, entry.seq},
                {u"time"_s, entry.time},
                {u"actor"_s, entry.actor},
                {u"action"_s, entry.action},
                {u"payload"_s, QJsonDocument::fromJson(entry.payload.toUtf8()).object()},
                {u"prev_hash"_s, entry.prevHash},
                {u"hash"_s, entry.hash},
            });
        }
        QJsonObject document = jsonDocumentHeader();
        document.insert(u"audit"_s, array);
        printJson(m_out, document);
        return ExitOk;
    }
    TextTable table;
    table.headers = {u"seq"_s,       u"time"_s, u"actor"_s,  u"action"_s,
                     u"framework"_s, u"item"_s, u"change"_s, u"hash"_s};
    table.rightAligned = {true, false, false, false, false, false, false, false};
    for (const AuditEntry &entry : log) {
        const QJsonObject payload = QJsonDocument::fromJson(entry.payload.toUtf8()).object();
        QString change;
        if (entry.action.startsWith(u"assessment."_s)) {
            const QString before =
                payload.value(u"before"_s).toObject().value(u"status"_s).toString();
            change = (before.isEmpty() ? u"—"_s : before) + u" → "_s +
                     payload.value(u"after"_s).toObject().value(u"status"_s).toString();
        } else if (entry.action.startsWith(u"evidence.expiry"_s)) {
            const QString before = payload.value(u"before"_s).toString();
            const QString after = payload.value(u"after"_s).toString();
            change = payload.value(u"file_name"_s).toString() + u' ' +
                     tr("expires %1 → %2")
                         .arg(before.isEmpty() ? u"—"_s : before, after.isEmpty() ? u"—"_s : after);
        } else {
            change = payload.value(u"file_name"_s).toString() + u' ' +
                     payload.value(u"sha256"_s).toString().left(12);
        }
        table.rows.push_back({QString::number(entry.seq), entry.time, entry.actor, entry.action,
                              payload.value(u"framework"_s).toString(),
                              payload.value(u"requirement"_s).toString(), change, entry.hash});
    }
    table.print(m_out, options.format);
    return ExitOk;
}

} // namespace boussole
