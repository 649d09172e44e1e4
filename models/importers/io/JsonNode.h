#pragma once

// Lenient, path-aware access to a value that JsonReader::readValue() materialised: importers read
// one element (a Terraform resource instance, an EC2 instance, a Proxmox entry) through JsonNode,
// and a field of the wrong type becomes a warning naming its JSON path ("resources[3].instances[0]
// .attributes.volume_size: expected a number, found a string; the value is ignored"), never a
// crash and never a silent zero. Absent and null fields read as "unknown" (empty / nullopt).

#include "models/importers/Importer.h"

#include <QJsonValue>
#include <QString>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace boussole {

// Where the element came from, and where the warnings about it go. Outlives the nodes.
struct JsonOrigin {
    int line = 0;
    int column = 0;
    std::vector<ImportWarning> *warnings = nullptr;
};

class JsonNode {
public:
    JsonNode() = default;
    JsonNode(QJsonValue value, QString path, const JsonOrigin *origin)
        : m_value(std::move(value)), m_path(std::move(path)), m_origin(origin)
    {
    }

    // A member; an absent node when missing (a warning when this is not an object).
    JsonNode operator[](QStringView key) const;
    // An array element; an absent node when out of range.
    JsonNode at(qsizetype index) const;
    // A Terraform nested block: state v4 writes `root_block_device: [{...}]`; this is its first
    // object (or the object itself when the value is an object).
    JsonNode block(QStringView key) const;
    // The elements of an array (none for absent or null; a warning for another type).
    std::vector<JsonNode> elements() const;

    bool isPresent() const { return !m_value.isUndefined() && !m_value.isNull(); }
    bool isObject() const { return m_value.isObject(); }
    bool isArray() const { return m_value.isArray(); }
    const QJsonValue &value() const { return m_value; }
    const QString &path() const { return m_path; }

    // A string (a number or a boolean as written); empty when absent or null.
    QString text() const;
    // A number, or a string holding one ("8"); nullopt when absent, null or of another type.
    std::optional<double> number() const;
    // A whole number (a number without fraction, or a string holding one).
    std::optional<qint64> integer() const;
    // true/false, "true"/"false", 1/0.
    std::optional<bool> boolean() const;

    // A warning at this node's path: "PATH: message".
    void warn(const QString &message) const;
    // "PATH: expected a number, found a string; the value is ignored".
    void warnType(const QString &expected) const;

private:
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);
    QString m_path;
    const JsonOrigin *m_origin = nullptr;
};

// "an object", "a string"… for a materialised value (translated).
QString describeJson(const QJsonValue &value);

} // namespace boussole
