#include "models/importers/ColumnMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

struct FieldName {
    WorkloadField field;
    QStringView key;
};

constexpr FieldName kFieldNames[] = {
    {WorkloadField::Uuid, u"uuid"},
    {WorkloadField::Name, u"name"},
    {WorkloadField::Kind, u"kind"},
    {WorkloadField::Vcpu, u"vcpu"},
    {WorkloadField::Memory, u"memory"},
    {WorkloadField::Storage, u"storage"},
    {WorkloadField::StorageUsed, u"storage_used"},
    {WorkloadField::GpuCount, u"gpu_count"},
    {WorkloadField::GpuModel, u"gpu_model"},
    {WorkloadField::Os, u"os"},
    {WorkloadField::PowerState, u"power_state"},
    {WorkloadField::Template, u"template"},
    {WorkloadField::Environment, u"environment"},
    {WorkloadField::Criticality, u"criticality"},
    {WorkloadField::DataClass, u"data_class"},
    {WorkloadField::Application, u"application"},
    {WorkloadField::Site, u"site"},
    {WorkloadField::Cluster, u"cluster"},
    {WorkloadField::Region, u"region"},
    {WorkloadField::Account, u"account"},
    {WorkloadField::CostCentre, u"cost_centre"},
    {WorkloadField::Tags, u"tags"},
};

QString allFieldKeys()
{
    QStringList keys;
    for (const FieldName &name : kFieldNames) {
        keys.append(name.key.toString());
    }
    return keys.join(u", "_s);
}

Error yamlError(const QString &fileName, const YAML::Mark &mark, const QString &path,
                const QString &message)
{
    Error error;
    error.message = message;
    error.file = fileName;
    if (!mark.is_null()) {
        error.line = mark.line + 1;
        error.column = mark.column + 1;
    }
    error.path = path;
    return error;
}

QString scalarText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

struct Aliases {
    WorkloadField field;
    std::vector<QStringView> names; // folded, without unit
};

// French and English names real exports use (CMDB tools, Excel sheets, RVTools, vSphere).
// Ambiguous words are left out on purpose: "host" (the hypervisor in RVTools), "disks" (a count),
// "status" (a CMDB lifecycle), "modele" (a hardware model as often as a template).
const Aliases kAliases[] = {
    {WorkloadField::Uuid,
     {u"uuid", u"vm uuid", u"uuid vm", u"smbios uuid", u"bios uuid", u"instance uuid",
      u"vm instance uuid"}},
    {WorkloadField::Name,
     {u"name",        u"vm",          u"vm name",        u"vmname",       u"hostname",
      u"host name",   u"nom",         u"nom vm",         u"nom de la vm", u"nom du serveur",
      u"nom serveur", u"nom machine", u"nom de machine", u"nom d hote",   u"serveur",
      u"server",      u"server name", u"machine",        u"machine name", u"computer name",
      u"ci name",     u"nom ci",      u"display name"}},
    {WorkloadField::Kind,
     {u"kind", u"type", u"workload type", u"resource type", u"type de ressource", u"type de charge",
      u"nature", u"category", u"categorie"}},
    {WorkloadField::Vcpu, {u"cpu",
                           u"cpus",
                           u"vcpu",
                           u"vcpus",
                           u"v cpu",
                           u"nb cpu",
                           u"nb vcpu",
                           u"nbr cpu",
                           u"nombre cpu",
                           u"nombre de cpu",
                           u"nombre de vcpu",
                           u"num cpu",
                           u"numcpu",
                           u"cpu count",
                           u"vcpu count",
                           u"number of cpus",
                           u"number of vcpus",
                           u"processeurs",
                           u"processeur",
                           u"processors",
                           u"vcores",
                           u"cores",
                           u"coeurs",
                           u"nb coeurs"}},
    {WorkloadField::Memory,
     {u"memory", u"mem", u"ram", u"memoire", u"memoire vive", u"memoire ram", u"memory size",
      u"ram size", u"taille memoire", u"taille ram", u"allocated memory", u"memory allocated",
      u"configured memory"}},
    {WorkloadField::Storage,
     {u"storage",
      u"disk",
      u"disque",
      u"disques",
      u"stockage",
      u"disk size",
      u"disk space",
      u"disks size",
      u"taille disque",
      u"espace disque",
      u"total disk",
      u"total disk capacity",
      u"disk capacity",
      u"capacite disque",
      u"provisioned",
      u"provisioned space",
      u"provisioned storage",
      u"stockage provisionne",
      u"stockage alloue",
      u"disque alloue",
      u"allocated storage",
      u"storage allocated",
      u"capacity",
      u"capacite"}},
    {WorkloadField::StorageUsed,
     {u"storage used", u"used storage", u"disk used", u"used disk", u"in use", u"used space",
      u"used", u"consumed", u"storage consumed", u"disque utilise", u"stockage utilise",
      u"espace utilise", u"espace disque utilise", u"espace consomme", u"stockage consomme"}},
    {WorkloadField::GpuCount,
     {u"gpu", u"gpus", u"nb gpu", u"gpu count", u"nombre de gpu", u"number of gpus"}},
    {WorkloadField::GpuModel,
     {u"gpu model", u"modele gpu", u"modele de gpu", u"gpu type", u"type gpu", u"type de gpu",
      u"carte graphique"}},
    {WorkloadField::Os,
     {u"os", u"system", u"systeme", u"operating system", u"systeme d exploitation", u"os name",
      u"os type", u"os edition", u"os family", u"os version", u"guest os", u"guest os full name",
      u"os according to the configuration file", u"os according to the vmware tools"}},
    {WorkloadField::PowerState,
     {u"power state", u"powerstate", u"power", u"state", u"etat", u"etat alimentation",
      u"power status", u"vm state", u"etat vm", u"etat de la vm", u"statut alimentation",
      u"running state"}},
    {WorkloadField::Template, {u"template", u"is template", u"gabarit"}},
    {WorkloadField::Environment,
     {u"environment", u"environnement", u"env", u"environement", u"environment type",
      u"type d environnement"}},
    {WorkloadField::Criticality,
     {u"criticality", u"criticite", u"criticity", u"business criticality", u"criticite metier",
      u"niveau de criticite", u"importance"}},
    {WorkloadField::DataClass,
     {u"data class", u"data classification", u"classification", u"donnees", u"data", u"sensibilite",
      u"sensitivity", u"data sensitivity", u"sensibilite des donnees", u"type de donnees",
      u"classification des donnees", u"nature des donnees"}},
    {WorkloadField::Application,
     {u"application", u"app", u"appli", u"applications", u"application name", u"nom application",
      u"nom de l application", u"business service", u"service metier", u"service applicatif"}},
    {WorkloadField::Site,
     {u"site", u"datacenter", u"data center", u"datacentre", u"data centre", u"centre de donnees",
      u"dc", u"location", u"emplacement", u"localisation", u"salle"}},
    {WorkloadField::Cluster, {u"cluster", u"vsphere cluster", u"cluster vsphere", u"grappe"}},
    {WorkloadField::Region, {u"region", u"cloud region", u"region cloud", u"zone"}},
    {WorkloadField::Account,
     {u"account", u"compte", u"account id", u"account name", u"subscription", u"subscription id",
      u"abonnement", u"tenant", u"compte cloud", u"cloud account"}},
    {WorkloadField::CostCentre,
     {u"cost centre", u"cost center", u"centre de cout", u"centre de couts", u"centre de frais",
      u"imputation", u"cost code", u"code analytique"}},
    {WorkloadField::Tags, {u"tags", u"tag", u"labels", u"etiquettes", u"etiquette"}},
};

constexpr QStringView kHeaderUnits[] = {u"kb", u"kib", u"ko", u"kio", u"mb", u"mib", u"mo", u"mio",
                                        u"gb", u"gib", u"go", u"gio", u"tb", u"tib", u"to", u"tio"};

bool isHeaderUnit(QStringView token)
{
    return std::find(std::begin(kHeaderUnits), std::end(kHeaderUnits), token) !=
           std::end(kHeaderUnits);
}

// Splits a folded header into its name and its unit: "memoire en go" -> ("memoire", GiB).
std::pair<QString, std::optional<SizeUnit>> splitUnit(const QString &folded)
{
    QStringList tokens = folded.split(u' ', Qt::SkipEmptyParts);
    std::optional<SizeUnit> unit;
    if (tokens.size() > 1 && isHeaderUnit(tokens.last())) {
        unit = unitFromText(tokens.takeLast());
        if (tokens.size() > 1 && (tokens.last() == u"en" || tokens.last() == u"in")) {
            tokens.removeLast();
        }
    } else if (tokens.size() == 1) {
        // "memorymb", "ram_go" written without a separator.
        for (QStringView suffix : kHeaderUnits) {
            const QString &token = tokens.first();
            if (token.size() > suffix.size() + 2 && token.endsWith(suffix)) {
                const QString stem = token.first(token.size() - suffix.size());
                for (const Aliases &aliases : kAliases) {
                    if (isSizeField(aliases.field) &&
                        std::find(aliases.names.begin(), aliases.names.end(), stem) !=
                            aliases.names.end()) {
                        return {stem, unitFromText(suffix)};
                    }
                }
            }
        }
    }
    return {tokens.join(u' '), unit};
}

} // namespace

namespace {

// splitCamel: "NumCpu" -> "num cpu", "ProvisionedSpaceGB" -> "provisioned space gb" (PowerCLI
// and API property names). Only a fallback: it would also split "MiB".
QString fold(QStringView text, bool splitCamel)
{
    // ASCII is its own decomposition: most values skip the normalisation and its copy.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    const QString normalized =
        ascii ? QString() : text.toString().normalized(QString::NormalizationForm_KD);
    const QStringView decomposed = ascii ? text : QStringView(normalized);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    QChar previous;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (!c.isLetterOrNumber()) {
            pendingSpace = true;
            previous = c;
            continue;
        }
        if (splitCamel && c.isUpper() && previous.isLower()) {
            pendingSpace = true;
        }
        previous = c;
        if (pendingSpace && !out.isEmpty()) {
            out += u' ';
        }
        pendingSpace = false;
        switch (c.unicode()) {
        case 0x0152: // Œ
        case 0x0153: // œ
            out += u"oe";
            break;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            out += u"ae";
            break;
        case 0x00DF: // ß
            out += u"ss";
            break;
        default:
            out += c.toLower();
        }
    }
    return out;
}

std::optional<WorkloadField> matchAlias(const QString &name)
{
    if (name.isEmpty()) {
        return std::nullopt;
    }
    for (const Aliases &aliases : kAliases) {
        if (std::find(aliases.names.begin(), aliases.names.end(), name) != aliases.names.end()) {
            return aliases.field;
        }
    }
    return std::nullopt;
}

} // namespace

QString foldText(QStringView text)
{
    return fold(text, false);
}

std::optional<WorkloadField> fieldForHeader(QStringView header)
{
    if (auto field = matchAlias(splitUnit(fold(header, false)).first)) {
        return field;
    }
    return matchAlias(splitUnit(fold(header, true)).first);
}

std::optional<SizeUnit> unitInHeader(QStringView header)
{
    if (matchAlias(splitUnit(fold(header, false)).first)) {
        return splitUnit(fold(header, false)).second;
    }
    if (matchAlias(splitUnit(fold(header, true)).first)) {
        return splitUnit(fold(header, true)).second;
    }
    return splitUnit(fold(header, false)).second;
}

QString fieldKey(WorkloadField field)
{
    for (const FieldName &name : kFieldNames) {
        if (name.field == field) {
            return name.key.toString();
        }
    }
    return {};
}

std::optional<WorkloadField> fieldFromKey(QStringView key)
{
    for (const FieldName &name : kFieldNames) {
        if (name.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0) {
            return name.field;
        }
    }
    return std::nullopt;
}

bool isSizeField(WorkloadField field)
{
    return field == WorkloadField::Memory || field == WorkloadField::Storage ||
           field == WorkloadField::StorageUsed;
}

QString unitKey(SizeUnit unit)
{
    switch (unit) {
    case SizeUnit::KiB:
        return u"KiB"_s;
    case SizeUnit::MiB:
        return u"MiB"_s;
    case SizeUnit::GiB:
        return u"GiB"_s;
    case SizeUnit::TiB:
        return u"TiB"_s;
    }
    return {};
}

std::optional<SizeUnit> unitFromText(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    // English (B, iB), French (o for octet, io for the binary form).
    static const struct {
        QStringView names[5];
        SizeUnit unit;
    } kUnits[] = {
        {{u"kb", u"kib", u"ko", u"kio", u"k"}, SizeUnit::KiB},
        {{u"mb", u"mib", u"mo", u"mio", u"m"}, SizeUnit::MiB},
        {{u"gb", u"gib", u"go", u"gio", u"g"}, SizeUnit::GiB},
        {{u"tb", u"tib", u"to", u"tio", u"t"}, SizeUnit::TiB},
    };
    for (const auto &entry : kUnits) {
        for (QStringView name : entry.names) {
            if (t == name) {
                return entry.unit;
            }
        }
    }
    return std::nullopt;
}

double toGib(double value, SizeUnit unit)
{
    switch (unit) {
    case SizeUnit::KiB:
        return value / (1024.0 * 1024.0);
    case SizeUnit::MiB:
        return value / 1024.0;
    case SizeUnit::GiB:
        return value;
    case SizeUnit::TiB:
        return value * 1024.0;
    }
    return value;
}

Result<ColumnMapping> parseMapping(const QByteArray &yaml, const QString &fileName)
{
    // yaml-cpp reports errors by exception; none may leave this function.
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.constData(), size_t(yaml.size())));
        ColumnMapping mapping;
        if (!root || root.IsNull()) {
            return mapping;
        }
        if (!root.IsMap()) {
            return yamlError(fileName, root.Mark(), {},
                             QCoreApplication::translate(
                                 "Importer", "expected a mapping with \"columns\" and \"units\""));
        }
        for (const auto &entry : root) {
            const QString section = scalarText(entry.first);
            const YAML::Node &value = entry.second;
            if (section == u"format" || section == u"version") {
                continue; // informative
            }
            if (section == u"ignore") {
                if (value.IsNull()) {
                    continue;
                }
                if (!value.IsSequence()) {
                    return yamlError(fileName, value.Mark(), section,
                                     QCoreApplication::translate(
                                         "Importer", "expected a list of column names under \"%1\"")
                                         .arg(section));
                }
                for (const auto &item : value) {
                    if (!item.IsScalar()) {
                        return yamlError(
                            fileName, item.Mark(), section,
                            QCoreApplication::translate(
                                "Importer", "expected a list of column names under \"%1\"")
                                .arg(section));
                    }
                    mapping.ignored << scalarText(item).trimmed();
                }
                continue;
            }
            if (section != u"columns" && section != u"units") {
                return yamlError(
                    fileName, entry.first.Mark(), section,
                    QCoreApplication::translate(
                        "Importer", "unknown key \"%1\"; expected columns, units or ignore")
                        .arg(section));
            }
            if (value.IsNull()) {
                continue;
            }
            if (!value.IsMap()) {
                return yamlError(fileName, value.Mark(), section,
                                 QCoreApplication::translate(
                                     "Importer", "expected field: value pairs under \"%1\"")
                                     .arg(section));
            }
            for (const auto &item : value) {
                const QString key = scalarText(item.first);
                const QString path = section + u'.' + key;
                const std::optional<WorkloadField> field = fieldFromKey(key);
                if (!field) {
                    return yamlError(fileName, item.first.Mark(), path,
                                     QCoreApplication::translate(
                                         "Importer", "unknown field \"%1\"; expected one of: %2")
                                         .arg(key, allFieldKeys()));
                }
                if (!item.second.IsScalar()) {
                    return yamlError(
                        fileName, item.second.Mark(), path,
                        QCoreApplication::translate("Importer", "expected a column name for \"%1\"")
                            .arg(key));
                }
                const QString text = scalarText(item.second).trimmed();
                if (section == u"columns") {
                    if (text.isEmpty()) {
                        return yamlError(fileName, item.second.Mark(), path,
                                         QCoreApplication::translate(
                                             "Importer", "expected a column name for \"%1\"")
                                             .arg(key));
                    }
                    mapping.columns[*field] = text;
                } else {
                    const std::optional<SizeUnit> unit = unitFromText(text);
                    if (!isSizeField(*field) || !unit) {
                        return yamlError(
                            fileName, item.second.Mark(), path,
                            isSizeField(*field)
                                ? QCoreApplication::translate(
                                      "Importer",
                                      "unknown unit \"%1\"; expected KiB, MiB, GiB or TiB")
                                      .arg(text)
                                : QCoreApplication::translate(
                                      "Importer",
                                      "\"%1\" has no unit; units apply to memory, storage and "
                                      "storage_used")
                                      .arg(key));
                    }
                    mapping.units[*field] = *unit;
                }
            }
        }
        return mapping;
    } catch (const YAML::Exception &e) {
        return yamlError(fileName, e.mark, {}, QString::fromStdString(e.msg));
    } catch (const std::exception &e) {
        return yamlError(fileName, YAML::Mark::null_mark(), {}, QString::fromLocal8Bit(e.what()));
    }
}

Result<ColumnMapping> loadMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error;
        error.message = QCoreApplication::translate("Importer", "cannot open the mapping file: %1")
                            .arg(file.errorString());
        error.file = path;
        return error;
    }
    // A mapping is a few lines; anything big is not one.
    constexpr qint64 kMaxMappingBytes = 1024 * 1024;
    if (file.size() > kMaxMappingBytes) {
        Error error;
        error.message = QCoreApplication::translate("Importer", "the mapping file is too large");
        error.file = path;
        return error;
    }
    return parseMapping(file.readAll(), path);
}

QByteArray mappingToYaml(const ColumnMapping &mapping)
{
    YAML::Emitter out;
    out << YAML::Comment("Boussole column mapping: field: column header as written in the file");
    out << YAML::BeginMap;
    out << YAML::Key << "columns" << YAML::Value << YAML::BeginMap;
    for (const auto &[field, header] : mapping.columns) {
        out << YAML::Key << fieldKey(field).toStdString() << YAML::Value << YAML::DoubleQuoted
            << header.toStdString();
    }
    out << YAML::EndMap;
    if (!mapping.units.empty()) {
        out << YAML::Key << "units" << YAML::Value << YAML::BeginMap;
        for (const auto &[field, unit] : mapping.units) {
            out << YAML::Key << fieldKey(field).toStdString() << YAML::Value
                << unitKey(unit).toStdString();
        }
        out << YAML::EndMap;
    }
    if (!mapping.ignored.isEmpty()) {
        out << YAML::Key << "ignore" << YAML::Value << YAML::BeginSeq;
        for (const QString &header : mapping.ignored) {
            out << YAML::DoubleQuoted << header.toStdString();
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;
    QByteArray text(out.c_str(), qsizetype(out.size()));
    text.append('\n');
    return text;
}

Status saveMapping(const ColumnMapping &mapping, const QString &path)
{
    QSaveFile file(path);
    const QByteArray text = mappingToYaml(mapping);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        Error error;
        error.message = QCoreApplication::translate("Importer", "cannot write the mapping file: %1")
                            .arg(file.errorString());
        error.file = path;
        return error;
    }
    return {};
}

} // namespace boussole
