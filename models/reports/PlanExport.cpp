#include "models/reports/PlanExport.h"

#include "models/reports/WorkloadCsvExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <map>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace migration;

namespace {

QString isoDay(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The last day of an exclusive end.
QString lastDay(const QDate &end)
{
    return end.isValid() ? end.addDays(-1).toString(Qt::ISODate) : QString();
}

} // namespace

QString planCsv(const Plan &plan, const Schedule &schedule, const std::vector<Workload> &workloads)
{
    std::map<QString, const Workload *> byId;
    for (const Workload &w : workloads) {
        byId[w.id] = &w;
    }
    QString out;
    const QStringList header = {u"wave"_s,           u"wave_name"_s,     u"wave_start"_s,
                                u"wave_end"_s,       u"migrate_start"_s, u"migrate_end"_s,
                                u"workload_id"_s,    u"workload"_s,      u"application"_s,
                                u"environment"_s,    u"strategy"_s,      u"reason"_s,
                                u"strategy_reason"_s};
    out += header.join(u',') + u"\r\n"_s;
    const auto row = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields) {
            quoted << csvField(f);
        }
        out += quoted.join(u',') + u"\r\n"_s;
    };
    for (size_t i = 0; i < plan.waves.size(); ++i) {
        const Wave &wave = plan.waves[i];
        const WaveSchedule *ws = schedule.wave(wave.id);
        for (const Placement &p : wave.items) {
            const Workload *w = byId.count(p.workloadId) ? byId[p.workloadId] : nullptr;
            row({QString::number(wave.order), wave.name, ws ? isoDay(ws->start) : QString(),
                 ws ? lastDay(ws->end) : QString(), ws ? isoDay(ws->phases[1].start) : QString(),
                 ws ? lastDay(ws->phases[1].end) : QString(), p.workloadId, w ? w->name : QString(),
                 w ? w->application : QString(), w ? w->environment : QString(),
                 strategyId(p.strategy), p.reason, p.strategyReason});
        }
    }
    for (const Excluded &e : plan.excluded) {
        const Workload *w = byId.count(e.workloadId) ? byId[e.workloadId] : nullptr;
        row({QString(), QString(), QString(), QString(), QString(), QString(), e.workloadId,
             w ? w->name : QString(), w ? w->application : QString(),
             w ? w->environment : QString(), strategyId(e.strategy), e.reason, e.reason});
    }
    return out;
}

QByteArray planMsProjectXml(const Plan &plan, const Schedule &schedule, const QString &projectName)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"Project"_s);
    xml.writeDefaultNamespace(u"http://schemas.microsoft.com/project"_s);
    xml.writeTextElement(u"SaveVersion"_s, u"14"_s);
    xml.writeTextElement(u"Name"_s, projectName);
    xml.writeTextElement(u"Title"_s, projectName);
    const auto dateTime = [](const QDate &d, bool endOfDay) {
        return d.toString(Qt::ISODate) + (endOfDay ? u"T17:00:00"_s : u"T08:00:00"_s);
    };
    xml.writeTextElement(u"StartDate"_s, dateTime(schedule.start, false));
    xml.writeTextElement(u"FinishDate"_s, dateTime(schedule.end.addDays(-1), true));
    xml.writeTextElement(u"DurationFormat"_s, u"7"_s); // days
    xml.writeStartElement(u"Tasks"_s);

    int uid = 0;
    const auto task = [&](const QString &name, int level, const QDate &start, const QDate &end,
                          bool summary, bool milestone, const std::vector<int> &predecessors,
                          const QString &notes) {
        ++uid;
        xml.writeStartElement(u"Task"_s);
        xml.writeTextElement(u"UID"_s, QString::number(uid));
        xml.writeTextElement(u"ID"_s, QString::number(uid));
        xml.writeTextElement(u"Name"_s, name);
        xml.writeTextElement(u"Manual"_s, u"1"_s);
        xml.writeTextElement(u"OutlineLevel"_s, QString::number(level));
        const qint64 days = milestone ? 0 : std::max<qint64>(0, start.daysTo(end));
        xml.writeTextElement(u"Start"_s, dateTime(start, false));
        xml.writeTextElement(u"Finish"_s,
                             milestone ? dateTime(start, false) : dateTime(end.addDays(-1), true));
        xml.writeTextElement(u"Duration"_s, u"PT%1H0M0S"_s.arg(days * 8));
        xml.writeTextElement(u"DurationFormat"_s, u"7"_s);
        xml.writeTextElement(u"Summary"_s, summary ? u"1"_s : u"0"_s);
        xml.writeTextElement(u"Milestone"_s, milestone ? u"1"_s : u"0"_s);
        if (!notes.isEmpty()) {
            xml.writeTextElement(u"Notes"_s, notes);
        }
        for (int p : predecessors) {
            xml.writeStartElement(u"PredecessorLink"_s);
            xml.writeTextElement(u"PredecessorUID"_s, QString::number(p));
            xml.writeTextElement(u"Type"_s, u"1"_s); // finish-to-start
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return uid;
    };

    std::map<QString, int> validateUid; // wave id → its validate task
    for (const Wave &wave : plan.waves) {
        const WaveSchedule *ws = schedule.wave(wave.id);
        if (!ws) {
            continue;
        }
        task(wave.name, 1, ws->start, ws->end, true, false, {}, wave.reason);
        int previous = 0;
        for (const PhaseSpan &span : ws->phases) {
            std::vector<int> preds;
            if (previous) {
                preds.push_back(previous);
            }
            if (span.phase == Phase::Migrate) {
                for (const QString &dep : ws->dependsOnWaves) {
                    if (validateUid.count(dep)) {
                        preds.push_back(validateUid[dep]);
                    }
                }
            }
            previous =
                task(phaseLabel(span.phase), 2, span.start, span.end, false, false, preds, {});
            if (span.phase == Phase::Validate) {
                validateUid[wave.id] = previous;
            }
        }
    }
    for (const Milestone &m : plan.milestones) {
        if (m.date.isValid()) {
            task(m.name, 1, m.date, m.date, false, true, {}, {});
        }
    }
    xml.writeEndElement(); // Tasks
    xml.writeEndElement(); // Project
    xml.writeEndDocument();
    return bytes;
}

Status writePlanFile(const Plan &plan, const Schedule &schedule,
                     const std::vector<Workload> &workloads, const QString &projectName,
                     const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == u"csv") {
        bytes = "\xEF\xBB\xBF" + planCsv(plan, schedule, workloads).toUtf8();
    } else if (suffix == u"xml") {
        bytes = planMsProjectXml(plan, schedule, projectName);
    } else {
        return Error(QCoreApplication::translate("Migration",
                                                 "the plan is exported as .csv or .xml (MS "
                                                 "Project), not .%1")
                         .arg(suffix),
                     path);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error(file.errorString(), path);
    }
    return {};
}

} // namespace boussole
