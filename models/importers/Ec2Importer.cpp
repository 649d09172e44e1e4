#include "models/importers/Ec2Importer.h"

#include "models/importers/Normalise.h"
#include "models/importers/io/JsonNode.h"
#include "models/importers/io/JsonReader.h"
#include "models/importers/io/JsonTags.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr qint64 kProgressEveryInstances = 256;

class DescribeImport {
public:
    DescribeImport(QIODevice &device, const ImportContext &context, const InstanceTypes &types)
        : m_context(context), m_types(types), m_reader(device, readerOptions(context))
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

    Status readReservations();
    Status readReservation();
    Status readInstances();
    Status badElement(const Error &error);
    void importInstance(const QJsonValue &value, const QString &path, int line, int column);

    const ImportContext &m_context;
    const InstanceTypes &m_types;
    JsonReader m_reader;
    ImportOutcome m_outcome;
    QSet<QString> m_seen;
    qint64 m_withVolumes = 0;
    std::size_t m_reservationStart = 0; // first workload of the current reservation
};

Result<ImportOutcome> DescribeImport::run()
{
    Result<JsonToken> first = m_reader.next();
    if (!first) {
        return first.error();
    }
    if (Status s = m_reader.expect(JsonToken::StartObject); !s) {
        return s.error();
    }
    bool sawReservations = false;
    for (;;) {
        Result<JsonToken> token = m_reader.next();
        if (!token) {
            return token.error();
        }
        if (token.value() == JsonToken::EndObject) {
            break;
        }
        Status status;
        if (m_reader.nameUtf8() == "Reservations") {
            sawReservations = true;
            status = readReservations();
        } else {
            status = m_reader.skip(); // NextToken, …
        }
        if (!status) {
            return status.error();
        }
    }
    if (Result<JsonToken> end = m_reader.next(); !end) {
        return end.error();
    }
    if (!sawReservations) {
        return m_context.error(QCoreApplication::translate(
            "Importer", "not the output of aws ec2 describe-instances: it has no \"Reservations\" "
                        "array"));
    }
    if (m_withVolumes > 0) {
        m_outcome.warnings.push_back(ImportWarning{
            QCoreApplication::translate(
                "Importer",
                "describe-instances does not give volume sizes: the storage of %n instances is "
                "left unknown",
                nullptr, int(m_withVolumes)),
            0,
            0,
            {}});
    }
    if (!m_context.reportProgress(m_reader.bytesRead(), m_outcome.rowsRead)) {
        return m_context.cancelled();
    }
    return std::move(m_outcome);
}

Status DescribeImport::badElement(const Error &error)
{
    if (!m_context.options.skipBadRows) {
        return error;
    }
    m_outcome.skipRow(error);
    return m_reader.skip();
}

Status DescribeImport::readReservations()
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
        if (Status s = m_reader.expect(JsonToken::StartObject); !s) {
            if (Status bad = badElement(s.error()); !bad) {
                return bad;
            }
            continue;
        }
        if (Status s = readReservation(); !s) {
            return s;
        }
    }
}

// Streams Instances[]; OwnerId usually comes after it, so it is applied when the reservation ends.
Status DescribeImport::readReservation()
{
    m_reservationStart = m_outcome.workloads.size();
    QString owner;
    for (;;) {
        Result<JsonToken> token = m_reader.next();
        if (!token) {
            return token.error();
        }
        if (token.value() == JsonToken::EndObject) {
            break;
        }
        const QByteArrayView name = m_reader.nameUtf8();
        Status status;
        if (name == "Instances") {
            status = readInstances();
        } else if (name == "OwnerId" && m_reader.token() == JsonToken::String) {
            owner = m_reader.string();
        } else {
            status = m_reader.skip();
        }
        if (!status) {
            return status;
        }
    }
    for (std::size_t i = m_reservationStart; i < m_outcome.workloads.size(); ++i) {
        Workload &w = m_outcome.workloads[i];
        if (!owner.isEmpty()) {
            w.account = owner;
        }
    }
    return {};
}

Status DescribeImport::readInstances()
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
        if (Status s = m_reader.expect(JsonToken::StartObject); !s) {
            if (Status bad = badElement(s.error()); !bad) {
                return bad;
            }
            continue;
        }
        const QString path = m_reader.path();
        const int line = m_reader.line();
        const int column = m_reader.column();
        Result<QJsonValue> value = m_reader.readValue();
        if (!value) {
            return value.error();
        }
        ++m_outcome.rowsRead;
        importInstance(value.value(), path, line, column);
        if (m_outcome.rowsRead % kProgressEveryInstances == 0 &&
            !m_context.reportProgress(m_reader.bytesRead(), m_outcome.rowsRead)) {
            return m_context.cancelled();
        }
    }
}

void DescribeImport::importInstance(const QJsonValue &value, const QString &path, int line,
                                    int column)
{
    JsonOrigin origin{line, column, &m_outcome.warnings};
    const JsonNode instance(value, path, &origin);

    Workload w;
    w.naturalKey = instance[u"InstanceId"].text();
    w.cloudId = w.naturalKey;
    if (w.naturalKey.isEmpty()) {
        instance.warn(QCoreApplication::translate(
            "Importer", "an instance without \"InstanceId\" was skipped"));
        return;
    }
    const QString state = instance[u"State"][u"Name"].text().toLower();
    if (state == u"terminated" || state == u"shutting-down") {
        instance.warn(
            QCoreApplication::translate("Importer", "instance %1 is %2; it was not imported")
                .arg(w.naturalKey, state));
        return;
    }
    if (m_seen.contains(w.naturalKey)) {
        instance.warn(QCoreApplication::translate("Importer",
                                                  "instance %1 is listed twice; the second "
                                                  "listing was not imported")
                          .arg(w.naturalKey));
        return;
    }
    m_seen.insert(w.naturalKey);

    w.kind = u"vm"_s;
    w.tags = tagsFromJson(instance[u"Tags"]);
    w.name = tagValue(w.tags, {u"name"});
    if (w.name.isEmpty()) {
        w.name = w.naturalKey;
    }

    const JsonNode typeNode = instance[u"InstanceType"];
    const QString typeName = typeNode.text();
    if (const std::optional<InstanceType> type = m_types.find(u"aws", typeName)) {
        w.vcpu = type->vcpu;
        w.memoryGib = type->memoryGib;
        w.gpuCount = type->gpuCount;
        w.gpuModel = type->gpuModel;
    } else {
        typeNode.warn(
            typeName.isEmpty()
                ? QCoreApplication::translate(
                      "Importer", "no instance type; vCPU and memory of %1 are left unknown")
                      .arg(w.naturalKey)
                : QCoreApplication::translate("Importer",
                                              "unknown instance type \"%1\" (%2); vCPU and "
                                              "memory of %3 are left unknown")
                      .arg(typeName, u"aws"_s, w.naturalKey));
    }
    // Storage stays unknown: describe-instances lists volume ids, never their sizes.
    if (!instance[u"BlockDeviceMappings"].elements().empty()) {
        ++m_withVolumes;
    }

    w.region = Ec2Importer::regionOfZone(instance[u"Placement"][u"AvailabilityZone"].text());
    w.powerState = state == u"pending"    ? u"on"_s
                   : state == u"stopping" ? u"off"_s
                                          : normalisePowerState(state);
    const QString platform = instance[u"Platform"].text();
    w.osEdition = instance[u"PlatformDetails"].text();
    if (platform.compare(u"windows"_s, Qt::CaseInsensitive) == 0) {
        w.osFamily = u"windows"_s;
        if (w.osEdition.isEmpty()) {
            w.osEdition = u"Windows"_s;
        }
    } else {
        w.osFamily = osFamilyOf(w.osEdition);
    }
    // The owner of the network interface, when the reservation's OwnerId is missing.
    w.account = instance[u"NetworkInterfaces"].at(0)[u"OwnerId"].text();
    w.sourceFile = m_context.fileName;
    w.sourceLocation = path;
    applyWellKnownTags(w, w.tags);
    m_outcome.workloads.push_back(std::move(w));
}

} // namespace

Ec2Importer::Ec2Importer(std::shared_ptr<const InstanceTypes> types) : m_types(std::move(types)) {}

QString Ec2Importer::formatId() const
{
    return u"ec2"_s;
}

QString Ec2Importer::displayName() const
{
    return QCoreApplication::translate("Importer",
                                       "AWS EC2 instances (aws ec2 describe-instances)");
}

int Ec2Importer::sniff(QByteArrayView head, const QString &fileName) const
{
    Q_UNUSED(fileName);
    const QByteArray text = JsonReader::sniffText(head);
    if (JsonReader::firstSignificantChar(text) != '{' ||
        !JsonReader::hasMember(text, "Reservations")) {
        return 0;
    }
    return JsonReader::hasMember(text, "InstanceId") ? 95 : 85;
}

QString Ec2Importer::regionOfZone(QStringView zone)
{
    static const QRegularExpression pattern(
        u"^([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d+)(?:[a-z]|-[a-z0-9-]+)?$"_s);
    const QRegularExpressionMatch match = pattern.match(zone.trimmed().toString());
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<ImportOutcome> Ec2Importer::read(QIODevice &device, const ImportContext &context) const
{
    std::shared_ptr<const InstanceTypes> types = m_types;
    if (!types) {
        Result<std::shared_ptr<const InstanceTypes>> embedded = InstanceTypes::embedded();
        if (!embedded) {
            return embedded.error();
        }
        types = embedded.value();
    }
    DescribeImport import(device, context, *types);
    return import.run();
}

} // namespace boussole
