#include "models/importers/io/JsonNode.h"

#include "models/importers/io/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace boussole {

QString describeJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return JsonReader::describe(JsonToken::StartObject);
    case QJsonValue::Array:
        return JsonReader::describe(JsonToken::StartArray);
    case QJsonValue::String:
        return JsonReader::describe(JsonToken::String);
    case QJsonValue::Double:
        return JsonReader::describe(JsonToken::Number);
    case QJsonValue::Bool:
        return JsonReader::describe(JsonToken::Bool);
    case QJsonValue::Null:
        return JsonReader::describe(JsonToken::Null);
    case QJsonValue::Undefined:
        break;
    }
    return JsonReader::describe(JsonToken::EndOfDocument);
}

JsonNode JsonNode::operator[](QStringView key) const
{
    const QString path = JsonReader::appendPath(m_path, key);
    if (!m_value.isObject()) {
        if (isPresent()) {
            warnType(JsonReader::describe(JsonToken::StartObject));
        }
        return JsonNode(QJsonValue(QJsonValue::Undefined), path, m_origin);
    }
    return JsonNode(m_value.toObject().value(key), path, m_origin);
}

JsonNode JsonNode::at(qsizetype index) const
{
    const QString path = JsonReader::appendPath(m_path, index);
    if (!m_value.isArray()) {
        if (isPresent()) {
            warnType(JsonReader::describe(JsonToken::StartArray));
        }
        return JsonNode(QJsonValue(QJsonValue::Undefined), path, m_origin);
    }
    const QJsonArray array = m_value.toArray();
    if (index < 0 || index >= array.size()) {
        return JsonNode(QJsonValue(QJsonValue::Undefined), path, m_origin);
    }
    return JsonNode(array.at(index), path, m_origin);
}

JsonNode JsonNode::block(QStringView key) const
{
    const JsonNode member = (*this)[key];
    if (member.isArray()) {
        return member.at(0);
    }
    if (member.isPresent() && !member.isObject()) {
        member.warnType(JsonReader::describe(JsonToken::StartArray));
        return JsonNode(QJsonValue(QJsonValue::Undefined), member.m_path, m_origin);
    }
    return member;
}

std::vector<JsonNode> JsonNode::elements() const
{
    std::vector<JsonNode> nodes;
    if (!m_value.isArray()) {
        if (isPresent()) {
            warnType(JsonReader::describe(JsonToken::StartArray));
        }
        return nodes;
    }
    const QJsonArray array = m_value.toArray();
    nodes.reserve(std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        nodes.emplace_back(array.at(i), JsonReader::appendPath(m_path, i), m_origin);
    }
    return nodes;
}

QString JsonNode::text() const
{
    switch (m_value.type()) {
    case QJsonValue::String:
        return m_value.toString();
    case QJsonValue::Double: {
        const QVariant variant = m_value.toVariant(); // keeps 64-bit integers exact
        return variant.toString();
    }
    case QJsonValue::Bool:
        return m_value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object:
    case QJsonValue::Array:
        warnType(JsonReader::describe(JsonToken::String));
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

std::optional<double> JsonNode::number() const
{
    if (m_value.isDouble()) {
        return m_value.toDouble();
    }
    if (m_value.isString()) {
        const QString s = m_value.toString().trimmed();
        if (s.isEmpty()) {
            return std::nullopt;
        }
        const std::optional<double> parsed = JsonReader::parseDouble(s.toLatin1());
        if (parsed && std::isfinite(*parsed)) {
            return parsed;
        }
    }
    if (isPresent()) {
        warnType(JsonReader::describe(JsonToken::Number));
    }
    return std::nullopt;
}

std::optional<qint64> JsonNode::integer() const
{
    const std::optional<double> value = number();
    if (!value) {
        return std::nullopt;
    }
    if (m_value.isDouble()) {
        const QVariant variant = m_value.toVariant();
        if (variant.typeId() == QMetaType::LongLong) {
            return variant.toLongLong();
        }
    }
    if (*value != std::floor(*value) || std::fabs(*value) > 9.0e15) {
        warnType(QCoreApplication::translate("Importer", "a whole number"));
        return std::nullopt;
    }
    return qint64(*value);
}

std::optional<bool> JsonNode::boolean() const
{
    if (m_value.isBool()) {
        return m_value.toBool();
    }
    if (m_value.isDouble() && (m_value.toDouble() == 0 || m_value.toDouble() == 1)) {
        return m_value.toDouble() == 1;
    }
    if (m_value.isString()) {
        const QString s = m_value.toString().trimmed().toLower();
        if (s == u"true" || s == u"1") {
            return true;
        }
        if (s == u"false" || s == u"0") {
            return false;
        }
    }
    if (isPresent()) {
        warnType(JsonReader::describe(JsonToken::Bool));
    }
    return std::nullopt;
}

void JsonNode::warn(const QString &message) const
{
    if (!m_origin || !m_origin->warnings) {
        return;
    }
    const QString text = m_path.isEmpty() ? message : m_path + u": "_s + message;
    m_origin->warnings->push_back(ImportWarning{text, m_origin->line, m_origin->column, m_path});
}

void JsonNode::warnType(const QString &expected) const
{
    warn(QCoreApplication::translate("Importer", "expected %1, found %2; the value is ignored")
             .arg(expected, describeJson(m_value)));
}

} // namespace boussole
