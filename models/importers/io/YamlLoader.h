#pragma once

// Safe YAML reading for the importers that take YAML (Kubernetes manifests, Compose files).
//
// yaml-cpp does the parsing; its events build our own small tree, so that the limits hold while
// the file is read and no importer ever touches a yaml-cpp type or exception:
// - a byte limit (the stream stops reading past YamlLimits::maxBytes);
// - a node budget: an alias is shared, not copied, so "billion laughs" (anchors that alias
//   anchors) costs nothing to parse but explodes in any walk. Every node remembers how many nodes
//   a full walk from it visits (aliases counted each time they are reached); the reader adds
//   those sizes as it builds and stops as soon as a walk of the stream would visit more than
//   maxNodes nodes. The check is exact and costs O(nodes written), however big the expansion;
//   an alias to a node that contains it (a cycle) is refused;
// - a nesting limit, aliases included.
// Also as real tools do: duplicate keys are errors, and merge keys (`<<: *defaults`, common in
// Compose files) are applied.
//
// Ownership: a YamlDocument owns its nodes; YamlNode pointers and YamlValues borrow them and must
// not outlive the document they came from. Not thread-safe; one reader per device.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace boussole {

struct YamlLimits {
    qint64 maxBytes = qint64(64) * 1024 * 1024;
    qint64 maxNodes = 5'000'000; // over the whole stream, aliases expanded
    int maxDepth = 100;          // levels of mappings and lists, aliases expanded
};

// One node of a document.
class YamlNode {
public:
    enum class Type : quint8 { Null, Scalar, Sequence, Map };

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMap() const { return m_type == Type::Map; }

    // A scalar's text as UTF-8, quotes and escapes resolved; empty for other types.
    const std::string &scalar() const { return m_scalar; }
    // Unquoted and untagged: only such a scalar reads as a number or a boolean. (Plain `~`,
    // `null` and empty values are Null nodes.)
    bool isPlain() const { return m_plain; }

    // Where the node starts, 1-based.
    int line() const { return m_line; }
    int column() const { return m_column; }

    // Items of a sequence, pairs of a mapping; 0 otherwise.
    qsizetype size() const
    {
        return m_type == Type::Map ? qsizetype(m_children.size() / 2)
                                   : qsizetype(m_children.size());
    }
    const YamlNode &item(qsizetype i) const { return *m_children[std::size_t(i)]; }
    const YamlNode &key(qsizetype i) const { return *m_children[std::size_t(2 * i)]; }
    const YamlNode &value(qsizetype i) const { return *m_children[std::size_t(2 * i + 1)]; }
    // The value of a scalar key in a mapping, or nullptr. Linear: manifests have small mappings.
    const YamlNode *find(std::string_view key) const;

    // Nodes a full walk from here visits, this one included, aliases counted each time.
    qint64 expandedSize() const { return m_expanded; }

private:
    friend class YamlBuilder;

    std::string m_scalar;
    std::vector<const YamlNode *> m_children; // items, or key, value, key, value…
    qint64 m_expanded = 0;                    // 0 while the node is still being built
    int m_line = 0;
    int m_column = 0;
    int m_height = 0; // levels below this node, aliases expanded
    Type m_type = Type::Null;
    bool m_plain = false;
};

// A node as reached from a document's root: knows its path (`spec.template.spec.containers[1]`,
// `metadata.labels["app.kubernetes.io/name"]`) and file, so every read can fail with an Error
// naming file, line, column and path. A missing child is a YamlValue too (exists() false) that
// points at its parent's position. Borrows the document's nodes.
struct YamlEntry;

class YamlValue {
public:
    YamlValue() = default;
    YamlValue(const YamlNode &node, QString path, QString fileName);

    bool exists() const { return m_node != nullptr; }
    // Missing, or written as null/~/nothing.
    bool isNull() const { return !m_node || m_node->isNull(); }
    bool isScalar() const { return m_node && m_node->isScalar(); }
    bool isSequence() const { return m_node && m_node->isSequence(); }
    bool isMap() const { return m_node && m_node->isMap(); }
    const YamlNode *node() const { return m_node; }
    const QString &path() const { return m_path; }
    const QString &fileName() const { return m_fileName; }
    // The node's position, or the nearest existing parent's for a missing value.
    int line() const { return m_at ? m_at->line() : 0; }
    int column() const { return m_at ? m_at->column() : 0; }

    // The value of a key of this mapping; missing when absent or when this is not a mapping.
    YamlValue get(std::string_view key) const;
    // A chain of keys: get({"spec", "template", "spec"}).
    YamlValue get(std::initializer_list<std::string_view> keys) const;
    // Item i of this sequence; missing when out of range or when this is not a sequence.
    YamlValue at(qsizetype i) const;
    // Items of a sequence, pairs of a mapping; 0 otherwise.
    qsizetype size() const { return m_node ? m_node->size() : 0; }
    std::vector<YamlValue> items() const;
    // The pairs of a mapping whose keys are scalars, in document order.
    std::vector<YamlEntry> entries() const;

    // A scalar's text; empty when missing, null, or not a scalar.
    QString text() const;
    // "\"lots\"", "a mapping", "a list", "nothing": for "found …" in messages.
    QString describe() const;

    // Readers: missing or null give std::nullopt, a value of the wrong type an error.
    Result<std::optional<QString>> string() const;
    Result<std::optional<double>> number() const;  // finite decimal: 2, 0.5, 1e3
    Result<std::optional<qint64>> integer() const; // 3, -1
    Result<std::optional<bool>> boolean() const;   // true/false, and YAML 1.1's yes/no/on/off
    Result<QStringList> stringList() const;        // a list of scalars; a lone scalar is one item

    // "PATH: message" at this value's position (the parent's when missing), with the path.
    Error error(const QString &message) const;

    // `parent.key`, or `parent["a.b/c"]` when the key is not a plain identifier.
    static QString childPath(const QString &parent, QStringView key);
    static QString itemPath(const QString &parent, qsizetype index);

private:
    YamlValue missing(QString path) const;

    const YamlNode *m_node = nullptr;
    const YamlNode *m_at = nullptr; // position for messages
    QString m_path;
    QString m_fileName;
};

struct YamlEntry {
    QString key;
    YamlValue value;
};

// One document of a stream. Cheap to copy: the nodes are shared.
class YamlDocument {
public:
    int index() const { return m_index; } // 1-based position in the stream
    int line() const { return m_line; }   // where the document starts, 1-based
    // A document with no content (only comments, or an empty one between two `---`).
    bool isEmpty() const { return !m_root || m_root->isNull(); }
    const YamlNode *rootNode() const { return m_root; }
    // The root, with an empty path: a null value for an empty document.
    YamlValue root() const;

private:
    friend class YamlBuilder;
    friend class YamlReader;

    std::shared_ptr<const std::deque<YamlNode>> m_nodes;
    const YamlNode *m_root = nullptr;
    QString m_fileName;
    int m_index = 0;
    int m_line = 0;
};

// Reads a multi-document YAML stream from a QIODevice, one document at a time, in blocks (never
// the whole file at once), within YamlLimits. The device must stay open while the reader is used.
class YamlReader {
public:
    // Called with the bytes read so far after each block; returning false cancels the read.
    using Progress = std::function<bool(qint64 bytesRead)>;

    YamlReader(QIODevice &device, QString fileName, YamlLimits limits = {}, Progress progress = {});
    ~YamlReader();
    YamlReader(const YamlReader &) = delete;
    YamlReader &operator=(const YamlReader &) = delete;

    // The next document; false at the end of the stream. After an error, every call returns it
    // again.
    Result<bool> next(YamlDocument &document);

    qint64 bytesRead() const;
    qint64 nodeCount() const; // nodes so far, aliases expanded
    // True when the last error came from the progress callback asking to stop.
    bool wasCancelled() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Reads a whole stream: every document, empty ones included.
Result<std::vector<YamlDocument>> readYamlDocuments(QIODevice &device, const QString &fileName,
                                                    const YamlLimits &limits = {});

// The first document of a YAML file that holds one (a framework, a rules file, a map…). Errors
// name `displayName` (the file's name when empty): the file cannot be read, or it is empty.
Result<YamlDocument> readYamlFile(const QString &path, const QString &displayName = {});

// What sniffers need from the head of a file: the mapping keys it shows, with their indentation
// (a key after "- " is indented by the dash and its space), without parsing. Nothing when the head
// does not look like block YAML: binary, JSON (`{`, `[`), CSV or prose. Comments, directives,
// document markers and block scalar text are skipped.
struct YamlHeadKey {
    int indent = 0;
    QByteArray key;
};
std::optional<std::vector<YamlHeadKey>> scanYamlHead(QByteArrayView head);

} // namespace boussole
