#include "models/migration/MigrationPlan.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace boussole::migration {

namespace {

struct StrategyName {
    Strategy strategy;
    const char16_t *id;
    const char *label;
};

const StrategyName kStrategyNames[] = {
    {Strategy::Rehost, u"rehost", QT_TRANSLATE_NOOP("Migration", "Rehost")},
    {Strategy::Replatform, u"replatform", QT_TRANSLATE_NOOP("Migration", "Replatform")},
    {Strategy::Refactor, u"refactor", QT_TRANSLATE_NOOP("Migration", "Refactor")},
    {Strategy::Repurchase, u"repurchase", QT_TRANSLATE_NOOP("Migration", "Repurchase")},
    {Strategy::Retire, u"retire", QT_TRANSLATE_NOOP("Migration", "Retire")},
    {Strategy::Retain, u"retain", QT_TRANSLATE_NOOP("Migration", "Retain")},
};

struct ProgressName {
    Progress progress;
    const char16_t *id;
    const char *label;
};

const ProgressName kProgressNames[] = {
    {Progress::Planned, u"planned", QT_TRANSLATE_NOOP("Migration", "Planned")},
    {Progress::Migrating, u"migrating", QT_TRANSLATE_NOOP("Migration", "Migrating")},
    {Progress::Validated, u"validated", QT_TRANSLATE_NOOP("Migration", "Validated")},
    {Progress::Decommissioned, u"decommissioned", QT_TRANSLATE_NOOP("Migration", "Decommissioned")},
};

} // namespace

QString strategyId(Strategy strategy)
{
    for (const StrategyName &name : kStrategyNames) {
        if (name.strategy == strategy) {
            return QString::fromUtf16(name.id);
        }
    }
    return {};
}

std::optional<Strategy> strategyFromId(const QString &id)
{
    for (const StrategyName &name : kStrategyNames) {
        if (id.compare(QString::fromUtf16(name.id), Qt::CaseInsensitive) == 0) {
            return name.strategy;
        }
    }
    return std::nullopt;
}

QString strategyLabel(Strategy strategy)
{
    for (const StrategyName &name : kStrategyNames) {
        if (name.strategy == strategy) {
            return QCoreApplication::translate("Migration", name.label);
        }
    }
    return {};
}

bool strategyMoves(Strategy strategy)
{
    return strategy != Strategy::Retire && strategy != Strategy::Retain;
}

QString progressId(Progress progress)
{
    for (const ProgressName &name : kProgressNames) {
        if (name.progress == progress) {
            return QString::fromUtf16(name.id);
        }
    }
    return {};
}

std::optional<Progress> progressFromId(const QString &id)
{
    for (const ProgressName &name : kProgressNames) {
        if (id == QString::fromUtf16(name.id)) {
            return name.progress;
        }
    }
    return std::nullopt;
}

QString progressLabel(Progress progress)
{
    for (const ProgressName &name : kProgressNames) {
        if (name.progress == progress) {
            return QCoreApplication::translate("Migration", name.label);
        }
    }
    return {};
}

StrategyChoice inferStrategy(const Workload &w)
{
    if (w.isTemplate) {
        return {Strategy::Retain,
                QCoreApplication::translate(
                    "Migration", "a template, not a running workload: left out of the waves")};
    }
    if (w.powerState == u"off") {
        return {Strategy::Retire,
                QCoreApplication::translate(
                    "Migration", "powered off: probably no longer used, to be decommissioned")};
    }
    if (w.kind == u"database") {
        return {Strategy::Replatform,
                QCoreApplication::translate("Migration",
                                            "a database: moves to a managed database service")};
    }
    if (w.kind == u"container") {
        return {Strategy::Replatform,
                QCoreApplication::translate(
                    "Migration", "a container: redeployed on a managed container platform")};
    }
    if (w.kind == u"kubernetes-node") {
        return {Strategy::Replatform,
                QCoreApplication::translate("Migration",
                                            "a Kubernetes node: replaced by a managed cluster")};
    }
    if (w.kind == u"storage") {
        return {Strategy::Rehost,
                QCoreApplication::translate("Migration", "storage: the data is copied as it is")};
    }
    return {Strategy::Rehost,
            QCoreApplication::translate("Migration", "a machine: moved as it is (lift and shift)")};
}

std::vector<Dependency> inferDependencies(const std::vector<Workload> &workloads)
{
    // (import, name) → id and (import, natural key) → id, to resolve names within one source.
    std::map<std::pair<QString, QString>, QString> byName;
    std::map<std::pair<QString, QString>, QString> byKey;
    for (const Workload &w : workloads) {
        byName.emplace(std::pair{w.importId, w.name}, w.id);
        if (!w.naturalKey.isEmpty()) {
            byKey.emplace(std::pair{w.importId, w.naturalKey}, w.id);
        }
    }
    std::set<std::pair<QString, QString>> seen;
    std::vector<Dependency> result;
    const auto add = [&](const QString &from, const QString &to, const QString &source) {
        if (from.isEmpty() || to.isEmpty() || from == to || !seen.emplace(from, to).second) {
            return;
        }
        result.push_back({from, to, source});
    };
    for (const Workload &w : workloads) {
        const QStringList dependsOn =
            w.tags.value(u"depends_on"_s).toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &raw : dependsOn) {
            const QString target = raw.trimmed();
            if (w.kind == u"container") {
                add(w.id, byName[{w.importId, target}], u"compose"_s);
            } else {
                // Terraform: resource addresses, matched on natural keys; an address without an
                // index stands for every instance of a counted resource ("x.y" → "x.y[0]"…).
                for (auto it = byKey.lower_bound({w.importId, target});
                     it != byKey.end() && it->first.first == w.importId &&
                     (it->first.second == target || it->first.second.startsWith(target + u'['));
                     ++it) {
                    add(w.id, it->second, u"terraform"_s);
                }
            }
        }
        if (w.kind == u"storage") {
            const QStringList users =
                w.tags.value(u"used_by"_s).toString().split(u',', Qt::SkipEmptyParts);
            for (const QString &user : users) {
                add(byName[{w.importId, user.trimmed()}], w.id, u"volume"_s);
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const Dependency &a, const Dependency &b) {
        return std::tie(a.from, a.to) < std::tie(b.from, b.to);
    });
    return result;
}

QString Assumptions::toJson() const
{
    QJsonObject o{{u"wave_cap"_s, waveCap},
                  {u"protected_waves"_s, protectedWaves},
                  {u"complex_workloads"_s, complexWorkloads},
                  {u"prepare_days"_s, prepareDays},
                  {u"validate_days"_s, validateDays},
                  {u"decommission_days"_s, decommissionDays},
                  {u"workloads_per_migrate_day"_s, workloadsPerMigrateDay}};
    QJsonObject base;
    for (const auto &[strategy, days] : migrateBaseDays) {
        base.insert(strategyId(strategy), days);
    }
    o.insert(u"migrate_base_days"_s, base);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Assumptions Assumptions::fromJson(const QString &json)
{
    Assumptions a;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto read = [&o](const char16_t *key, int &target, int minimum) {
        const QJsonValue v = o.value(QString::fromUtf16(key));
        if (v.isDouble()) {
            target = std::max(minimum, v.toInt());
        }
    };
    read(u"wave_cap", a.waveCap, 1);
    read(u"protected_waves", a.protectedWaves, 0);
    read(u"complex_workloads", a.complexWorkloads, 1);
    read(u"prepare_days", a.prepareDays, 0);
    read(u"validate_days", a.validateDays, 0);
    read(u"decommission_days", a.decommissionDays, 0);
    read(u"workloads_per_migrate_day", a.workloadsPerMigrateDay, 1);
    const QJsonObject base = o.value(u"migrate_base_days"_s).toObject();
    for (auto it = base.begin(); it != base.end(); ++it) {
        if (const std::optional<Strategy> s = strategyFromId(it.key()); s && it->isDouble()) {
            a.migrateBaseDays[*s] = std::max(0, it->toInt());
        }
    }
    return a;
}

const Wave *Plan::waveOf(const QString &workloadId) const
{
    for (const Wave &wave : waves) {
        for (const Placement &p : wave.items) {
            if (p.workloadId == workloadId) {
                return &wave;
            }
        }
    }
    return nullptr;
}

} // namespace boussole::migration
