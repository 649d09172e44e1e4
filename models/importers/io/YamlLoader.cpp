#include "models/importers/io/YamlLoader.h"

#include <QFileInfo>

#include <QFile>

#include <QCoreApplication>
#include <QIODevice>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cmath>
#include <istream>
#include <new>
#include <streambuf>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr qsizetype kBlockBytes = 64 * 1024;
constexpr qsizetype kDescribedChars = 40;
constexpr qint64 kMebibyte = 1024 * 1024;

// Thrown by the builder from inside yaml-cpp's parse; caught in YamlReader::next().
struct BuildError {
    QString message;
    int line = 0; // 1-based
    int column = 0;
    QString path;
};

// A std::streambuf over a QIODevice, for yaml-cpp's std::istream: reads blocks, stops at the
// byte limit, reports progress. yaml-cpp sees a plain end of stream when it stops early; the
// flags tell YamlReader why, and it discards the partial document.
class DeviceBuffer final : public std::streambuf {
public:
    DeviceBuffer(QIODevice &device, qint64 maxBytes, YamlReader::Progress progress)
        : m_device(device), m_maxBytes(maxBytes), m_progress(std::move(progress)),
          m_block(std::size_t(kBlockBytes))
    {
    }

    qint64 bytesRead() const { return m_total; }
    bool tooLarge() const { return m_tooLarge; }
    bool cancelled() const { return m_cancelled; }
    bool readFailed() const { return m_readFailed; }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr()) {
            return traits_type::to_int_type(*gptr());
        }
        if (m_stopped) {
            return traits_type::eof();
        }
        qint64 n = m_device.read(m_block.data(), qint64(m_block.size()));
        while (n == 0 && m_device.isSequential() && m_device.waitForReadyRead(-1)) {
            n = m_device.read(m_block.data(), qint64(m_block.size()));
        }
        if (n <= 0) {
            m_readFailed = n < 0;
            m_stopped = true;
            return traits_type::eof();
        }
        m_total += n;
        if (m_total > m_maxBytes) {
            m_tooLarge = true;
            m_stopped = true;
            return traits_type::eof();
        }
        if (m_progress && !m_progress(m_total)) {
            m_cancelled = true;
            m_stopped = true;
            return traits_type::eof();
        }
        setg(m_block.data(), m_block.data(), m_block.data() + n);
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice &m_device;
    qint64 m_maxBytes;
    YamlReader::Progress m_progress;
    std::vector<char> m_block;
    qint64 m_total = 0;
    bool m_stopped = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_readFailed = false;
};

QString sizeText(qint64 bytes)
{
    if (bytes >= kMebibyte && bytes % kMebibyte == 0) {
        return QCoreApplication::translate("Importer", "%1 MiB").arg(bytes / kMebibyte);
    }
    return QCoreApplication::translate("Importer", "%1 bytes").arg(bytes);
}

// yaml-cpp's messages for the mistakes people make by hand, in our words (and translated); the
// others are passed on after "invalid YAML: ".
QString parserMessage(const std::string &message)
{
    struct Known {
        const char *yamlCpp;
        const char *ours;
    };
    static const Known known[] = {
        {YAML::ErrorMsg::MAP_VALUE,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: unexpected \":\" (check the indentation, or "
                                       "quote a value that contains \": \")")},
        {YAML::ErrorMsg::MAP_KEY,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: unexpected key (check the indentation)")},
        {YAML::ErrorMsg::END_OF_MAP,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: this line is not indented like the other "
                                       "keys of its mapping")},
        {YAML::ErrorMsg::END_OF_SEQ,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: this line is not indented like the other "
                                       "items of its list")},
        {YAML::ErrorMsg::BLOCK_ENTRY,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: a list item (\"- \") is not where the "
                                       "indentation expects it")},
        {YAML::ErrorMsg::END_OF_MAP_FLOW,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: \"{\" is never closed by \"}\"")},
        {YAML::ErrorMsg::END_OF_SEQ_FLOW,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: \"[\" is never closed by \"]\"")},
        {YAML::ErrorMsg::TAB_IN_INDENTATION,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: a tab in the indentation; YAML indents with "
                                       "spaces")},
        {YAML::ErrorMsg::EOF_IN_SCALAR,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: a quoted text is never closed")},
        {YAML::ErrorMsg::UNKNOWN_ANCHOR,
         QT_TRANSLATE_NOOP("Importer", "invalid YAML: an alias (*name) refers to an anchor "
                                       "(&name) that is not defined before it")},
    };
    for (const Known &k : known) {
        if (message == k.yamlCpp) {
            return QCoreApplication::translate("Importer", k.ours);
        }
    }
    return QCoreApplication::translate("Importer", "invalid YAML: %1")
        .arg(QString::fromStdString(message));
}

bool isIdentifier(QStringView key)
{
    if (key.isEmpty() || !(key.front().isLetter() || key.front() == u'_')) {
        return false;
    }
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'_' || c == u'-';
    });
}

} // namespace

// Builds one document's nodes from yaml-cpp's events and enforces the limits as it goes.
class YamlBuilder final : public YAML::EventHandler {
public:
    explicit YamlBuilder(const YamlLimits &limits) : m_limits(limits) {}

    void start()
    {
        m_nodes = std::make_shared<std::deque<YamlNode>>();
        m_root = nullptr;
        m_stack.clear();
        m_anchors.clear();
        m_line = 0;
    }

    YamlDocument finish(const QString &fileName, int index)
    {
        YamlDocument document;
        document.m_nodes = std::move(m_nodes);
        document.m_root = m_root;
        document.m_fileName = fileName;
        document.m_index = index;
        document.m_line = m_line;
        m_root = nullptr;
        return document;
    }

    qint64 nodeCount() const { return m_total; }

    void OnDocumentStart(const YAML::Mark &mark) override { m_line = mark.line + 1; }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        YamlNode &node = create(mark, YamlNode::Type::Null, anchor);
        node.m_expanded = 1;
        attach(node);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        YamlNode &node = create(mark, YamlNode::Type::Scalar, anchor);
        node.m_scalar = value;
        node.m_plain = tag == "?";
        node.m_expanded = 1;
        attach(node);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const YamlNode *target = anchor < m_anchors.size() ? m_anchors[anchor] : nullptr;
        if (!target) {
            fail(mark, parserMessage(YAML::ErrorMsg::UNKNOWN_ANCHOR));
        }
        if (target->m_expanded == 0) {
            fail(mark, QCoreApplication::translate(
                           "Importer", "an alias refers to a node that contains it (a cycle)"));
        }
        m_total += target->m_expanded;
        if (m_total > m_limits.maxNodes) {
            fail(mark, QCoreApplication::translate(
                           "Importer", "the YAML expands to too many nodes (alias bomb?)"));
        }
        if (qint64(m_stack.size()) + target->m_height > m_limits.maxDepth) {
            failTooDeep(mark);
        }
        attach(*target);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, YamlNode::Type::Sequence, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, YamlNode::Type::Map, anchor);
    }
    void OnMapEnd() override
    {
        applyMergeKeys(*m_stack.back());
        close();
    }

private:
    [[noreturn]] void fail(int line, int column, const QString &message, const QString &path)
    {
        throw BuildError{message, line, column, path};
    }
    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message)
    {
        fail(mark.line + 1, mark.column + 1, message, pathHere(true));
    }
    [[noreturn]] void failTooDeep(const YAML::Mark &mark)
    {
        fail(mark, QCoreApplication::translate(
                       "Importer", "the YAML is nested too deeply (more than %1 levels)")
                       .arg(m_limits.maxDepth));
    }

    YamlNode &create(const YAML::Mark &mark, YamlNode::Type type, YAML::anchor_t anchor)
    {
        if (++m_total > m_limits.maxNodes) {
            fail(mark, QCoreApplication::translate("Importer", "the YAML has more than %1 nodes")
                           .arg(m_limits.maxNodes));
        }
        YamlNode &node = m_nodes->emplace_back();
        node.m_type = type;
        node.m_line = mark.line + 1;
        node.m_column = mark.column + 1;
        if (anchor != YAML::NullAnchor) {
            if (anchor >= m_anchors.size()) {
                m_anchors.resize(anchor + 1, nullptr);
            }
            m_anchors[anchor] = &node;
        }
        return node;
    }

    void attach(const YamlNode &node)
    {
        if (m_stack.empty()) {
            m_root = &node;
        } else {
            m_stack.back()->m_children.push_back(&node);
        }
    }

    void open(const YAML::Mark &mark, YamlNode::Type type, YAML::anchor_t anchor)
    {
        if (qint64(m_stack.size()) + 1 > m_limits.maxDepth) {
            failTooDeep(mark);
        }
        YamlNode &node = create(mark, type, anchor);
        attach(node);
        m_stack.push_back(&node);
    }

    void close()
    {
        YamlNode &node = *m_stack.back();
        qint64 expanded = 1;
        int height = 0;
        for (const YamlNode *child : node.m_children) {
            expanded += child->m_expanded;
            height = std::max(height, child->m_height);
        }
        node.m_expanded = expanded;
        node.m_height = height + 1;
        m_stack.pop_back();
    }

    // Refuses duplicate keys (as kubectl and docker compose do) and applies merge keys: the
    // pairs of `<<: *base` (or `<<: [*a, *b]`) that the mapping does not set itself.
    void applyMergeKeys(YamlNode &map)
    {
        std::vector<const YamlNode *> &children = map.m_children;
        std::unordered_map<std::string_view, const YamlNode *> seen;
        std::vector<const YamlNode *> merges;
        std::vector<const YamlNode *> kept;
        kept.reserve(children.size());
        for (std::size_t i = 0; i + 1 < children.size(); i += 2) {
            const YamlNode *key = children[i];
            if (key->isScalar()) {
                if (key->m_plain && key->m_scalar == "<<") {
                    merges.push_back(children[i + 1]);
                    continue;
                }
                const auto [it, inserted] = seen.emplace(key->m_scalar, key);
                if (!inserted) {
                    const QString name = QString::fromStdString(key->m_scalar);
                    fail(key->m_line, key->m_column,
                         QCoreApplication::translate("Importer",
                                                     "duplicate key \"%1\" (first on line %2)")
                             .arg(name)
                             .arg(it->second->m_line),
                         YamlValue::childPath(pathHere(false), name));
                }
            }
            kept.push_back(key);
            kept.push_back(children[i + 1]);
        }
        if (merges.empty()) {
            return;
        }
        for (const YamlNode *merge : merges) {
            std::vector<const YamlNode *> sources;
            if (merge->isMap()) {
                sources.push_back(merge);
            } else if (merge->isSequence()) {
                sources = merge->m_children;
            }
            if (sources.empty() || std::any_of(sources.begin(), sources.end(),
                                               [](const YamlNode *n) { return !n->isMap(); })) {
                fail(merge->m_line, merge->m_column,
                     QCoreApplication::translate(
                         "Importer", "a merge key (<<) takes a mapping or a list of mappings"),
                     YamlValue::childPath(pathHere(false), u"<<"));
            }
            for (const YamlNode *source : sources) {
                for (std::size_t i = 0; i + 1 < source->m_children.size(); i += 2) {
                    const YamlNode *key = source->m_children[i];
                    if (!key->isScalar() || seen.emplace(key->m_scalar, key).second) {
                        kept.push_back(key);
                        kept.push_back(source->m_children[i + 1]);
                    }
                }
            }
        }
        children = std::move(kept);
    }

    // The path of the node being added (withNewChild) or of the innermost open container.
    QString pathHere(bool withNewChild) const
    {
        QString path;
        for (std::size_t i = 0; i < m_stack.size(); ++i) {
            const YamlNode &frame = *m_stack[i];
            const bool last = i + 1 == m_stack.size();
            if (last && !withNewChild) {
                break;
            }
            // The child of this frame on the way down: the open container below it (its last
            // child), or the node being added after its children.
            const std::size_t position =
                last ? frame.m_children.size() : frame.m_children.size() - 1;
            if (frame.isSequence()) {
                path = YamlValue::itemPath(path, qsizetype(position));
            } else if (position % 2 == 1) {
                const YamlNode &key = *frame.m_children[position - 1];
                path = YamlValue::childPath(
                    path, key.isScalar() ? QString::fromStdString(key.m_scalar) : u"?"_s);
            } else {
                break; // a key: the mapping's path is the best we can say
            }
        }
        return path;
    }

    const YamlLimits &m_limits;
    std::shared_ptr<std::deque<YamlNode>> m_nodes;
    const YamlNode *m_root = nullptr;
    std::vector<YamlNode *> m_stack;
    std::vector<const YamlNode *> m_anchors; // by yaml-cpp's anchor id, per document
    qint64 m_total = 0;                      // over the stream
    int m_line = 0;
};

// --- YamlNode --------------------------------------------------------------------------------

const YamlNode *YamlNode::find(std::string_view key) const
{
    if (m_type != Type::Map) {
        return nullptr;
    }
    for (std::size_t i = 0; i + 1 < m_children.size(); i += 2) {
        const YamlNode *k = m_children[i];
        if (k->m_type == Type::Scalar && k->m_scalar == key) {
            return m_children[i + 1];
        }
    }
    return nullptr;
}

// --- YamlValue -------------------------------------------------------------------------------

YamlValue::YamlValue(const YamlNode &node, QString path, QString fileName)
    : m_node(&node), m_at(&node), m_path(std::move(path)), m_fileName(std::move(fileName))
{
}

YamlValue YamlValue::missing(QString path) const
{
    YamlValue value;
    value.m_at = m_at;
    value.m_path = std::move(path);
    value.m_fileName = m_fileName;
    return value;
}

QString YamlValue::childPath(const QString &parent, QStringView key)
{
    if (isIdentifier(key)) {
        return parent.isEmpty() ? key.toString() : parent + u'.' + key.toString();
    }
    QString quoted = key.toString();
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return parent + u"[\""_s + quoted + u"\"]"_s;
}

QString YamlValue::itemPath(const QString &parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

YamlValue YamlValue::get(std::string_view key) const
{
    const QString path = childPath(m_path, QString::fromUtf8(key.data(), qsizetype(key.size())));
    if (const YamlNode *child = m_node ? m_node->find(key) : nullptr) {
        return YamlValue(*child, path, m_fileName);
    }
    return missing(path);
}

YamlValue YamlValue::get(std::initializer_list<std::string_view> keys) const
{
    YamlValue value = *this;
    for (std::string_view key : keys) {
        value = value.get(key);
    }
    return value;
}

YamlValue YamlValue::at(qsizetype i) const
{
    const QString path = itemPath(m_path, i);
    if (isSequence() && i >= 0 && i < m_node->size()) {
        return YamlValue(m_node->item(i), path, m_fileName);
    }
    return missing(path);
}

std::vector<YamlValue> YamlValue::items() const
{
    std::vector<YamlValue> result;
    if (isSequence()) {
        result.reserve(std::size_t(m_node->size()));
        for (qsizetype i = 0; i < m_node->size(); ++i) {
            result.emplace_back(m_node->item(i), itemPath(m_path, i), m_fileName);
        }
    }
    return result;
}

std::vector<YamlEntry> YamlValue::entries() const
{
    std::vector<YamlEntry> result;
    if (isMap()) {
        result.reserve(std::size_t(m_node->size()));
        for (qsizetype i = 0; i < m_node->size(); ++i) {
            if (!m_node->key(i).isScalar()) {
                continue;
            }
            const QString key = QString::fromStdString(m_node->key(i).scalar());
            result.push_back(
                YamlEntry{key, YamlValue(m_node->value(i), childPath(m_path, key), m_fileName)});
        }
    }
    return result;
}

QString YamlValue::text() const
{
    return isScalar() ? QString::fromStdString(m_node->scalar()) : QString();
}

QString YamlValue::describe() const
{
    if (isNull()) {
        return QCoreApplication::translate("Importer", "nothing");
    }
    if (isMap()) {
        return QCoreApplication::translate("Importer", "a mapping");
    }
    if (isSequence()) {
        return QCoreApplication::translate("Importer", "a list");
    }
    QString value = text();
    if (value.size() > kDescribedChars) {
        value = value.first(kDescribedChars) + u'\u2026';
    }
    return u'"' + value + u'"';
}

Error YamlValue::error(const QString &message) const
{
    return Error(m_path.isEmpty() ? message : m_path + u": "_s + message, m_fileName, line(),
                 column(), m_path);
}

Result<std::optional<QString>> YamlValue::string() const
{
    if (isNull()) {
        return std::optional<QString>();
    }
    if (!isScalar()) {
        return error(
            QCoreApplication::translate("Importer", "expected a text, found %1").arg(describe()));
    }
    return std::optional<QString>(text());
}

Result<std::optional<double>> YamlValue::number() const
{
    if (isNull()) {
        return std::optional<double>();
    }
    bool ok = false;
    const double value = isScalar() ? text().trimmed().toDouble(&ok) : 0;
    if (!ok || !std::isfinite(value)) {
        return error(
            QCoreApplication::translate("Importer", "expected a number, found %1").arg(describe()));
    }
    return std::optional<double>(value);
}

Result<std::optional<qint64>> YamlValue::integer() const
{
    if (isNull()) {
        return std::optional<qint64>();
    }
    bool ok = false;
    const qint64 value = isScalar() ? text().trimmed().toLongLong(&ok) : 0;
    if (!ok) {
        return error(QCoreApplication::translate("Importer", "expected a whole number, found %1")
                         .arg(describe()));
    }
    return std::optional<qint64>(value);
}

Result<std::optional<bool>> YamlValue::boolean() const
{
    if (isNull()) {
        return std::optional<bool>();
    }
    const QString value = text().toLower();
    if (isScalar()) {
        for (QStringView yes : {u"true", u"yes", u"on", u"y"}) {
            if (value == yes) {
                return std::optional<bool>(true);
            }
        }
        for (QStringView no : {u"false", u"no", u"off", u"n"}) {
            if (value == no) {
                return std::optional<bool>(false);
            }
        }
    }
    return error(QCoreApplication::translate("Importer", "expected true or false, found %1")
                     .arg(describe()));
}

Result<QStringList> YamlValue::stringList() const
{
    QStringList list;
    if (isNull()) {
        return list;
    }
    if (isScalar()) {
        list.append(text());
        return list;
    }
    if (!isSequence()) {
        return error(
            QCoreApplication::translate("Importer", "expected a list, found %1").arg(describe()));
    }
    for (const YamlValue &item : items()) {
        if (item.isNull()) {
            continue;
        }
        if (!item.isScalar()) {
            return item.error(QCoreApplication::translate("Importer", "expected a text, found %1")
                                  .arg(item.describe()));
        }
        list.append(item.text());
    }
    return list;
}

// --- YamlDocument ----------------------------------------------------------------------------

YamlValue YamlDocument::root() const
{
    if (!m_root) {
        return YamlValue();
    }
    return YamlValue(*m_root, QString(), m_fileName);
}

// --- YamlReader ------------------------------------------------------------------------------

struct YamlReader::Private {
    Private(QIODevice &device, QString fileName_, YamlLimits limits_, Progress progress)
        : limits(limits_), buffer(device, limits.maxBytes, std::move(progress)), stream(&buffer),
          builder(limits), device(device), fileName(std::move(fileName_))
    {
    }

    // Why the stream stopped early, if it did; this outranks what yaml-cpp made of the cut.
    std::optional<Error> streamError() const
    {
        if (buffer.cancelled()) {
            return Error(QCoreApplication::translate("Importer", "import cancelled"), fileName);
        }
        if (buffer.tooLarge()) {
            return Error(QCoreApplication::translate(
                             "Importer", "the file is larger than %1, the limit for YAML files")
                             .arg(sizeText(limits.maxBytes)),
                         fileName);
        }
        if (buffer.readFailed()) {
            return Error(QCoreApplication::translate("Importer", "cannot read the file: %1")
                             .arg(device.errorString()),
                         fileName);
        }
        return std::nullopt;
    }

    Result<bool> fail(Error e)
    {
        error = e;
        return e;
    }

    YamlLimits limits;
    DeviceBuffer buffer;
    std::istream stream;
    YamlBuilder builder;
    std::unique_ptr<YAML::Parser> parser;
    QIODevice &device;
    QString fileName;
    std::optional<Error> error;
    bool finished = false;
    int documents = 0;
};

YamlReader::YamlReader(QIODevice &device, QString fileName, YamlLimits limits, Progress progress)
    : d(std::make_unique<Private>(device, std::move(fileName), limits, std::move(progress)))
{
}

YamlReader::~YamlReader() = default;

Result<bool> YamlReader::next(YamlDocument &document)
{
    if (d->error) {
        return *d->error;
    }
    if (d->finished) {
        return false;
    }
    try {
        if (!d->parser) {
            d->parser = std::make_unique<YAML::Parser>(d->stream);
        }
        d->builder.start();
        const bool more = d->parser->HandleNextDocument(d->builder);
        if (std::optional<Error> e = d->streamError()) {
            return d->fail(*e);
        }
        if (!more) {
            d->finished = true;
            return false;
        }
        document = d->builder.finish(d->fileName, ++d->documents);
        return true;
    } catch (const BuildError &e) {
        if (std::optional<Error> streamError = d->streamError()) {
            return d->fail(*streamError);
        }
        return d->fail(Error(e.path.isEmpty() ? e.message : e.path + u": "_s + e.message,
                             d->fileName, e.line, e.column, e.path));
    } catch (const YAML::Exception &e) {
        if (std::optional<Error> streamError = d->streamError()) {
            return d->fail(*streamError);
        }
        const bool located = !e.mark.is_null();
        return d->fail(Error(parserMessage(e.msg), d->fileName, located ? e.mark.line + 1 : 0,
                             located ? e.mark.column + 1 : 0));
    } catch (const std::bad_alloc &) {
        return d->fail(
            Error(QCoreApplication::translate("Importer", "not enough memory to read the YAML"),
                  d->fileName));
    }
}

qint64 YamlReader::bytesRead() const
{
    return d->buffer.bytesRead();
}

qint64 YamlReader::nodeCount() const
{
    return d->builder.nodeCount();
}

bool YamlReader::wasCancelled() const
{
    return d->buffer.cancelled();
}

Result<std::vector<YamlDocument>> readYamlDocuments(QIODevice &device, const QString &fileName,
                                                    const YamlLimits &limits)
{
    YamlReader reader(device, fileName, limits);
    std::vector<YamlDocument> documents;
    YamlDocument document;
    for (;;) {
        Result<bool> next = reader.next(document);
        if (!next) {
            return next.error();
        }
        if (!next.value()) {
            return documents;
        }
        documents.push_back(std::move(document));
    }
}

// --- scanYamlHead ----------------------------------------------------------------------------

namespace {

// "key: value", "key:", "\"key\": value" -> key; empty when the line holds no key.
QByteArrayView keyOf(QByteArrayView rest, QByteArrayView *value)
{
    qsizetype colon = -1;
    QByteArrayView key;
    if (!rest.isEmpty() && (rest.front() == '"' || rest.front() == '\'')) {
        const qsizetype close = rest.indexOf(rest.front(), 1);
        if (close < 0 || close + 1 >= rest.size() || rest[close + 1] != ':') {
            return {};
        }
        key = rest.sliced(1, close - 1);
        colon = close + 1;
    } else {
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest[i] == ':' &&
                (i + 1 == rest.size() || rest[i + 1] == ' ' || rest[i + 1] == '\t')) {
                colon = i;
                break;
            }
            if (rest[i] == '#' && i > 0 && rest[i - 1] == ' ') {
                return {};
            }
        }
        if (colon <= 0) {
            return {};
        }
        key = rest.first(colon).trimmed();
        for (char c : key) {
            if (c == ',' || c == ';' || c == '{' || c == '[' || c == '"') {
                return {};
            }
        }
    }
    *value = rest.sliced(colon + 1).trimmed();
    return key;
}

} // namespace

std::optional<std::vector<YamlHeadKey>> scanYamlHead(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF")) {
        head = head.sliced(3);
    }
    if (head.first(std::min<qsizetype>(head.size(), 4096)).contains('\0')) {
        return std::nullopt;
    }
    std::vector<YamlHeadKey> keys;
    bool content = false;
    int blockIndent = -1; // inside a block scalar (| or >) whose key has this indentation
    qsizetype start = 0;
    while (start < head.size()) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0) {
            end = head.size();
        }
        QByteArrayView line = head.sliced(start, end - start);
        start = end + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        int indent = 0;
        while (indent < line.size() && line[indent] == ' ') {
            ++indent;
        }
        QByteArrayView rest = line.sliced(indent);
        if (rest.isEmpty() || rest.front() == '#') {
            continue;
        }
        if (blockIndent >= 0) {
            if (indent > blockIndent) {
                continue;
            }
            blockIndent = -1;
        }
        if (indent == 0 &&
            (rest.startsWith("---") || rest.startsWith("...") || rest.startsWith('%'))) {
            continue;
        }
        while (rest == "-" || rest.startsWith("- ")) {
            qsizetype skip = 1;
            while (skip < rest.size() && rest[skip] == ' ') {
                ++skip;
            }
            indent += int(skip);
            rest = rest.sliced(skip);
        }
        if (!content && (rest.startsWith('{') || rest.startsWith('['))) {
            return std::nullopt; // JSON, or YAML written as JSON: not for the YAML importers
        }
        QByteArrayView value;
        const QByteArrayView key = keyOf(rest, &value);
        if (key.isEmpty()) {
            if (!content && indent == 0) {
                return std::nullopt; // CSV, prose: a YAML file starts with a key or a list
            }
            continue;
        }
        content = true;
        keys.push_back(YamlHeadKey{indent, key.toByteArray()});
        if (value.startsWith('|') || value.startsWith('>')) {
            blockIndent = indent;
        }
    }
    return keys;
}

Result<YamlDocument> readYamlFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? QFileInfo(path).fileName() : displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            QCoreApplication::translate("Yaml", "cannot read the file: %1").arg(file.errorString()),
            name);
    }
    Result<std::vector<YamlDocument>> documents = readYamlDocuments(file, name);
    if (!documents) {
        return documents.error();
    }
    if (documents->empty() || documents->front().isEmpty()) {
        return Error(QCoreApplication::translate("Yaml", "the file is empty"), name);
    }
    return documents->front();
}

} // namespace boussole
