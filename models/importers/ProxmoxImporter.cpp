#include "models/importers/ProxmoxImporter.h"

#include "models/importers/Normalise.h"
#include "models/importers/io/JsonNode.h"
#include "models/importers/io/JsonReader.h"
#include "models/importers/io/JsonTags.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr double kBytesPerGib = 1024.0 * 1024.0 * 1024.0;
constexpr qint64 kProgressEveryEntries = 256;

std::optional<double> gib(const std::optional<double> &bytes)
{
    if (!bytes) {
        return std::nullopt;
    }
    return *bytes / kBytesPerGib;
}

// Proxmox writes "prod;web"; its configuration also accepts ',' and spaces.
QVariantMap proxmoxTags(const QString &text)
{
    QString tags = text;
    tags.replace(u',', u';');
    tags.replace(u' ', u';');
    return parseTags(tags);
}

class ResourcesImport {
public:
    ResourcesImport(QIODevice &device, const ImportContext &context)
        : m_context(context), m_reader(device, readerOptions(context))
    {
    }

    Result<ImportOutcome> run();

private:
    static JsonReaderOptions readerOptions(const ImportContext &context)
    {
        JsonReaderOptions options;
        options.fileName = context.fileName;
        return options;
    }

    Status readEntries();
    void importEntry(const JsonNode &entry);

    const ImportContext &m_context;
    JsonReader m_reader;
    ImportOutcome m_outcome;
    QHash<qint64, QString> m_seen; // vmid -> path of its first entry
    qint64 m_entries = 0;
};

Result<ImportOutcome> ResourcesImport::run()
{
    Result<JsonToken> first = m_reader.next();
    if (!first) {
        return first.error();
    }
    if (first.value() == JsonToken::StartObject) {
        // The API's own envelope: {"data": [...]}.
        const Status notArray = m_reader.expect(JsonToken::StartArray);
        bool sawData = false;
        for (;;) {
            Result<JsonToken> token = m_reader.next();
            if (!token) {
                return token.error();
            }
            if (token.value() == JsonToken::EndObject) {
                break;
            }
            Status status;
            if (m_reader.nameUtf8() == "data") {
                sawData = true;
                status = readEntries();
            } else {
                status = m_reader.skip();
            }
            if (!status) {
                return status.error();
            }
        }
        if (!sawData) {
            return notArray.error();
        }
    } else if (Status s = readEntries(); !s) {
        return s.error();
    }
    if (Result<JsonToken> end = m_reader.next(); !end) {
        return end.error();
    }
    if (m_entries > 0 && m_outcome.rowsRead == 0) {
        m_outcome.warnings.push_back(ImportWarning{
            QCoreApplication::translate("Importer",
                                        "the file lists no virtual machine (qemu) and no "
                                        "container (lxc)"),
            0,
            0,
            {}});
    }
    if (!m_context.reportProgress(m_reader.bytesRead(), m_outcome.rowsRead)) {
        return m_context.cancelled();
    }
    return std::move(m_outcome);
}

Status ResourcesImport::readEntries()
{
    if (Status s = m_reader.expect(JsonToken::StartArray); !s) {
        return s;
    }
    for (;;) {
        Result<JsonToken> token = m_reader.next();
        if (!token) {
            return token.error();
        }
        if (token.value() == JsonToken::EndArray) {
            return {};
        }
        ++m_entries;
        if (Status s = m_reader.expect(JsonToken::StartObject); !s) {
            if (!m_context.options.skipBadRows) {
                return s;
            }
            m_outcome.skipRow(s.error());
            if (Status skipped = m_reader.skip(); !skipped) {
                return skipped;
            }
            continue;
        }
        JsonOrigin origin{m_reader.line(), m_reader.column(), &m_outcome.warnings};
        const QString path = m_reader.path();
        Result<QJsonValue> value = m_reader.readValue();
        if (!value) {
            return value.error();
        }
        importEntry(JsonNode(value.value(), path, &origin));
        if (m_entries % kProgressEveryEntries == 0 &&
            !m_context.reportProgress(m_reader.bytesRead(), m_outcome.rowsRead)) {
            return m_context.cancelled();
        }
    }
}

void ResourcesImport::importEntry(const JsonNode &entry)
{
    const QString type = entry[u"type"].text();
    if (type.isEmpty()) {
        entry.warn(
            QCoreApplication::translate("Importer", "an entry without \"type\" was skipped"));
        return;
    }
    const bool vm = type == u"qemu";
    if (!vm && type != u"lxc") {
        return; // node, storage, sdn, pool
    }
    ++m_outcome.rowsRead;

    std::optional<qint64> vmid = entry[u"vmid"].integer();
    if (!vmid) {
        // "id": "qemu/100"
        bool ok = false;
        const qint64 fromId = entry[u"id"].text().section(u'/', -1).toLongLong(&ok);
        if (ok) {
            vmid = fromId;
        }
    }
    if (!vmid) {
        entry.warn(
            QCoreApplication::translate("Importer", "an entry without \"vmid\" was skipped"));
        return;
    }
    if (auto it = m_seen.constFind(*vmid); it != m_seen.constEnd()) {
        entry.warn(QCoreApplication::translate(
                       "Importer", "vmid %1 is also listed at %2; this entry was not imported")
                       .arg(*vmid)
                       .arg(it.value()));
        return;
    }
    m_seen.insert(*vmid, entry.path());

    Workload w;
    w.naturalKey = u"vmid:"_s + QString::number(*vmid);
    w.kind = vm ? u"vm"_s : u"container"_s;
    w.name = entry[u"name"].text();
    if (w.name.isEmpty()) {
        w.name = (vm ? u"VM %1"_s : u"CT %1"_s).arg(*vmid);
    }
    w.vcpu = entry[u"maxcpu"].number();
    w.memoryGib = gib(entry[u"maxmem"].number());
    w.storageGib = gib(entry[u"maxdisk"].number());
    const std::optional<double> used = entry[u"disk"].number();
    if (used && (!vm || *used > 0)) {
        w.storageUsedGib = gib(used);
    }
    w.powerState = normalisePowerState(entry[u"status"].text());
    w.isTemplate = entry[u"template"].boolean().value_or(false);
    w.cluster = entry[u"node"].text();
    if (!vm) {
        w.osFamily = u"linux"_s; // Proxmox containers share the host's Linux kernel
    }
    w.tags = proxmoxTags(entry[u"tags"].text());
    for (auto it = w.tags.cbegin(); it != w.tags.cend() && w.environment.isEmpty(); ++it) {
        const QString environment = normaliseEnvironment(it.key());
        if (environment == u"prod" || environment == u"preprod" || environment == u"dev" ||
            environment == u"test") {
            w.environment = environment;
        }
    }
    const QString pool = entry[u"pool"].text();
    if (!pool.isEmpty() && !w.tags.contains(u"pool"_s)) {
        w.tags.insert(u"pool"_s, pool);
    }
    applyWellKnownTags(w, w.tags);
    w.sourceFile = m_context.fileName;
    w.sourceLocation = entry.path();
    m_outcome.workloads.push_back(std::move(w));
}

} // namespace

QString ProxmoxImporter::formatId() const
{
    return u"proxmox"_s;
}

QString ProxmoxImporter::displayName() const
{
    return QCoreApplication::translate("Importer",
                                       "Proxmox VE resources (pvesh get /cluster/resources)");
}

int ProxmoxImporter::sniff(QByteArrayView head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    const QByteArray text = JsonReader::sniffText(head);
    const char first = JsonReader::firstSignificantChar(text);
    if (first != '[' && !(first == '{' && JsonReader::hasMember(text, "data"))) {
        return 0;
    }
    const bool typed = JsonReader::hasMember(text, "type", "qemu") ||
                       JsonReader::hasMember(text, "type", "lxc") ||
                       JsonReader::hasMember(text, "type", "node");
    const bool maxmem = JsonReader::hasMember(text, "maxmem");
    if (typed && maxmem) {
        return 90;
    }
    if (maxmem && JsonReader::hasMember(text, "vmid")) {
        return 70;
    }
    return 0;
}

Result<ImportOutcome> ProxmoxImporter::read(QIODevice &device, const ImportContext &context) const
{
    ResourcesImport import(device, context);
    return import.run();
}

} // namespace boussole
