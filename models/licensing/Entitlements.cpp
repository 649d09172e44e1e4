#include "models/licensing/Entitlements.h"

#include "models/importers/io/YamlLoader.h"
#include "models/storage/ProjectFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace boussole::licensing {

namespace {

constexpr Family kFamilies[] = {Family::WindowsServer, Family::SqlServer, Family::Rhel,
                                Family::OracleDatabase};

} // namespace

QString familyId(Family family)
{
    switch (family) {
    case Family::WindowsServer:
        return u"windows-server"_s;
    case Family::SqlServer:
        return u"sql-server"_s;
    case Family::Rhel:
        return u"rhel"_s;
    case Family::OracleDatabase:
        return u"oracle-database"_s;
    }
    return {};
}

std::optional<Family> familyFromId(const QString &id)
{
    for (Family f : kFamilies) {
        if (familyId(f) == id) {
            return f;
        }
    }
    return std::nullopt;
}

QString familyLabel(Family family)
{
    switch (family) {
    case Family::WindowsServer:
        return QCoreApplication::translate("Licensing", "Windows Server");
    case Family::SqlServer:
        return QCoreApplication::translate("Licensing", "SQL Server");
    case Family::Rhel:
        return QCoreApplication::translate("Licensing", "Red Hat Enterprise Linux");
    case Family::OracleDatabase:
        return QCoreApplication::translate("Licensing", "Oracle Database");
    }
    return {};
}

QStringList editionsOf(Family family)
{
    switch (family) {
    case Family::WindowsServer:
        return {u"standard"_s, u"datacenter"_s};
    case Family::SqlServer:
        return {u"standard"_s, u"enterprise"_s, u"web"_s};
    case Family::Rhel:
        return {u"server"_s};
    case Family::OracleDatabase:
        return {u"enterprise"_s, u"standard-2"_s};
    }
    return {};
}

QString editionLabel(const QString &edition)
{
    if (edition == u"standard") {
        return QCoreApplication::translate("Licensing", "Standard");
    }
    if (edition == u"datacenter") {
        return QCoreApplication::translate("Licensing", "Datacenter");
    }
    if (edition == u"enterprise") {
        return QCoreApplication::translate("Licensing", "Enterprise");
    }
    if (edition == u"web") {
        return QCoreApplication::translate("Licensing", "Web");
    }
    if (edition == u"server") {
        return QCoreApplication::translate("Licensing", "Server");
    }
    if (edition == u"standard-2") {
        return QCoreApplication::translate("Licensing", "Standard Edition 2");
    }
    return edition;
}

QString quantityUnit(Family family)
{
    switch (family) {
    case Family::WindowsServer:
    case Family::SqlServer:
        return QCoreApplication::translate("Licensing", "core licences");
    case Family::Rhel:
        return QCoreApplication::translate("Licensing", "subscriptions");
    case Family::OracleDatabase:
        return QCoreApplication::translate("Licensing", "processor licences");
    }
    return {};
}

bool LicenceEntitlement::assuranceActiveOn(const QDate &date) const
{
    return softwareAssurance &&
           (!assuranceEnd.isValid() || !date.isValid() || date <= assuranceEnd);
}

bool LicenceEntitlement::covers(Product product) const
{
    switch (product) {
    case Product::WindowsServer:
        return family == Family::WindowsServer;
    case Product::SqlServerEnterprise:
        return family == Family::SqlServer && edition == u"enterprise";
    case Product::SqlServerStandard:
        return family == Family::SqlServer && (edition == u"enterprise" || edition == u"standard");
    case Product::SqlServerWeb:
        return family == Family::SqlServer;
    case Product::Rhel:
        return family == Family::Rhel;
    case Product::OracleEnterprise:
        return family == Family::OracleDatabase && edition == u"enterprise";
    case Product::OracleStandard2:
        return family == Family::OracleDatabase && edition == u"standard-2";
    }
    return false;
}

QString LicenceEntitlement::describe() const
{
    QString text = familyLabel(family) + u' ' + editionLabel(edition) + u", "_s +
                   QString::number(quantity) + u' ' + quantityUnit(family);
    if (softwareAssurance) {
        text += u", "_s + (assuranceEnd.isValid()
                               ? QCoreApplication::translate("Licensing", "assurance until %1")
                                     .arg(assuranceEnd.toString(Qt::ISODate))
                               : QCoreApplication::translate("Licensing", "with assurance"));
    } else {
        text += u", "_s + QCoreApplication::translate("Licensing", "without assurance");
    }
    if (!note.isEmpty()) {
        text += u" ("_s + note + u')';
    }
    return text;
}

QString entitlementsToJson(const std::vector<LicenceEntitlement> &list)
{
    QJsonArray array;
    for (const LicenceEntitlement &e : list) {
        QJsonObject o;
        o.insert(u"id"_s, e.id);
        o.insert(u"product"_s, familyId(e.family));
        o.insert(u"edition"_s, e.edition);
        o.insert(u"quantity"_s, e.quantity);
        o.insert(u"software_assurance"_s, e.softwareAssurance);
        if (e.assuranceEnd.isValid()) {
            o.insert(u"assurance_end"_s, e.assuranceEnd.toString(Qt::ISODate));
        }
        o.insert(u"bought_before_2019_10_01"_s, e.boughtBefore2019_10_01);
        if (!e.note.isEmpty()) {
            o.insert(u"note"_s, e.note);
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<LicenceEntitlement> entitlementsFromJson(const QString &json)
{
    std::vector<LicenceEntitlement> list;
    for (const QJsonValue &item : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = item.toObject();
        const std::optional<Family> family = familyFromId(o.value(u"product"_s).toString());
        const int quantity = o.value(u"quantity"_s).toInt(-1);
        if (!family || quantity < 0) {
            continue;
        }
        LicenceEntitlement e;
        e.id = o.value(u"id"_s).toString();
        e.family = *family;
        e.edition = o.value(u"edition"_s).toString();
        if (!editionsOf(*family).contains(e.edition)) {
            e.edition = editionsOf(*family).front();
        }
        e.quantity = quantity;
        e.softwareAssurance = o.value(u"software_assurance"_s).toBool();
        e.assuranceEnd = QDate::fromString(o.value(u"assurance_end"_s).toString(), Qt::ISODate);
        e.boughtBefore2019_10_01 = o.value(u"bought_before_2019_10_01"_s).toBool();
        e.note = o.value(u"note"_s).toString();
        list.push_back(std::move(e));
    }
    return list;
}

std::vector<LicenceEntitlement> loadEntitlements(const Project &project)
{
    return entitlementsFromJson(project.projectSetting(QString::fromLatin1(kEntitlementsKey)));
}

Result<std::vector<LicenceEntitlement>> readEntitlementsYaml(const QString &path)
{
    Result<YamlDocument> document = readYamlFile(path);
    if (!document) {
        return document.error();
    }
    YamlValue root = document->root();
    if (root.isMap()) {
        root = root.get("licences");
    }
    if (!root.isSequence()) {
        return root.error(
            QCoreApplication::translate("Licensing", "expected a list of licences, found %1")
                .arg(root.describe()));
    }
    std::vector<LicenceEntitlement> list;
    for (const YamlValue &item : root.items()) {
        LicenceEntitlement e;
        const std::optional<Family> family = familyFromId(item.get("product").text());
        if (!family) {
            return item.get("product").error(
                QCoreApplication::translate(
                    "Licensing",
                    "expected windows-server, sql-server, rhel or oracle-database, found %1")
                    .arg(item.get("product").describe()));
        }
        e.family = *family;
        e.edition = item.get("edition").text();
        if (e.edition.isEmpty()) {
            e.edition = editionsOf(*family).front();
        } else if (!editionsOf(*family).contains(e.edition)) {
            return item.get("edition").error(
                QCoreApplication::translate("Licensing", "expected one of %1, found %2")
                    .arg(editionsOf(*family).join(u", "_s), item.get("edition").describe()));
        }
        YamlValue quantity;
        for (const char *key : {"quantity", "cores", "subscriptions", "processors"}) {
            if (item.get(key).exists()) {
                quantity = item.get(key);
            }
        }
        Result<std::optional<qint64>> count = quantity.integer();
        if (!count) {
            return count.error();
        }
        if (!count->has_value() || **count < 0 || **count > 1000000) {
            return (quantity.exists() ? quantity : item)
                .error(QCoreApplication::translate(
                           "Licensing",
                           "expected a number of licences (quantity, cores, subscriptions or "
                           "processors), found %1")
                           .arg(quantity.describe()));
        }
        e.quantity = int(**count);
        Result<std::optional<bool>> sa = item.get("software_assurance").boolean();
        Result<std::optional<bool>> before = item.get("bought_before_2019_10_01").boolean();
        if (!sa || !before) {
            return sa ? before.error() : sa.error();
        }
        e.softwareAssurance = sa->value_or(false);
        e.boughtBefore2019_10_01 = before->value_or(false);
        const QString end = item.get("assurance_end").text();
        if (!end.isEmpty()) {
            e.assuranceEnd = QDate::fromString(end, Qt::ISODate);
            if (!e.assuranceEnd.isValid()) {
                return item.get("assurance_end")
                    .error(QCoreApplication::translate("Licensing",
                                                       "expected a date (YYYY-MM-DD), found %1")
                               .arg(item.get("assurance_end").describe()));
            }
        }
        e.note = item.get("note").text();
        e.id = item.get("id").text();
        list.push_back(std::move(e));
    }
    return list;
}

} // namespace boussole::licensing
