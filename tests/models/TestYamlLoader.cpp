#include "models/importers/io/YamlLoader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace boussole;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    const QString local = QStringLiteral(BOUSSOLE_TEST_DATA "/kubernetes/");
    const QString shared = QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/kubernetes/");
    return (QFileInfo::exists(local) ? local : shared) + name;
}

Result<std::vector<YamlDocument>> readText(const QByteArray &text, const YamlLimits &limits = {})
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return readYamlDocuments(buffer, u"t.yaml"_s, limits);
}

// The one document of text, or a failed test.
YamlDocument single(const QByteArray &text)
{
    Result<std::vector<YamlDocument>> documents = readText(text);
    if (!documents.ok()) {
        qWarning("%s", qPrintable(documents.error().toString()));
        return {};
    }
    if (documents->size() != 1) {
        qWarning("expected one document, found %d", int(documents->size()));
        return {};
    }
    return documents->front();
}

QString errorOf(const QByteArray &text, const YamlLimits &limits = {})
{
    Result<std::vector<YamlDocument>> documents = readText(text, limits);
    return documents.ok() ? u"(no error)"_s : documents.error().toString();
}

} // namespace

class TestYamlLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void multipleDocuments();
    void emptyStreams_data();
    void emptyStreams();
    void positionsAndPaths();
    void scalarReaders();
    void readerErrors_data();
    void readerErrors();
    void aliasesAreShared();
    void mergeKeys();
    void parseErrors_data();
    void parseErrors();
    void aliasBomb();
    void aliasBombInline();
    void nodeLimit();
    void depthLimit();
    void byteLimit();
    void largeStreamInBlocks();
    void cancel();
    void unicode();
    void scanHead_data();
    void scanHead();
};

void TestYamlLoader::multipleDocuments()
{
    Result<std::vector<YamlDocument>> documents =
        readText("# leading comment\n---\na: 1\n---\n# only a comment\n---\n- x\n- y\n...\n");
    QVERIFY2(documents.ok(), qPrintable(documents.ok() ? QString() : documents.error().toString()));
    QCOMPARE(documents->size(), 3u);
    const YamlDocument &first = documents->at(0);
    QCOMPARE(first.index(), 1);
    QCOMPARE(first.line(), 2);
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.root().get("a").text(), u"1"_s);
    QVERIFY(documents->at(1).isEmpty());
    QCOMPARE(documents->at(1).index(), 2);
    QVERIFY(documents->at(1).root().isNull());
    const YamlValue list = documents->at(2).root();
    QVERIFY(list.isSequence());
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).text(), u"y"_s);
    QCOMPARE(list.at(1).path(), u"[1]"_s);
    QVERIFY(!list.at(2).exists());
}

void TestYamlLoader::emptyStreams_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("documents");
    QTest::newRow("nothing") << QByteArray() << 0;
    QTest::newRow("blank lines") << QByteArray("\n\n   \n") << 0;
    QTest::newRow("comments") << QByteArray("# one\n# two\n") << 0;
    QTest::newRow("a lone marker") << QByteArray("---\n") << 1;
}

void TestYamlLoader::emptyStreams()
{
    QFETCH(QByteArray, text);
    QFETCH(int, documents);
    Result<std::vector<YamlDocument>> read = readText(text);
    QVERIFY(read.ok());
    QCOMPARE(int(read->size()), documents);
    for (const YamlDocument &document : read.value()) {
        QVERIFY(document.isEmpty());
    }
}

void TestYamlLoader::positionsAndPaths()
{
    const YamlDocument document =
        single("metadata:\n  labels:\n    app.kubernetes.io/name: web\n    \"a\\\"b\": 1\n"
               "spec:\n  containers:\n    - name: a\n    - name: b\n      image: nginx\n");
    const YamlValue root = document.root();
    QVERIFY(root.isMap());
    QCOMPARE(root.path(), QString());

    const YamlValue label = root.get({"metadata", "labels", "app.kubernetes.io/name"});
    QCOMPARE(label.text(), u"web"_s);
    QCOMPARE(label.path(), u"metadata.labels[\"app.kubernetes.io/name\"]"_s);
    QCOMPARE(label.line(), 3);
    QCOMPARE(label.column(), 29);
    QCOMPARE(root.get({"metadata", "labels", "a\"b"}).path(), u"metadata.labels[\"a\\\"b\"]"_s);

    const YamlValue image = root.get({"spec", "containers"}).at(1).get("image");
    QCOMPARE(image.text(), u"nginx"_s);
    QCOMPARE(image.path(), u"spec.containers[1].image"_s);
    QCOMPARE(image.line(), 9);
    QCOMPARE(image.column(), 14);

    // A missing value has its path and its parent's position.
    const YamlValue missing = root.get({"spec", "containers"}).at(0).get("resources").get("cpu");
    QVERIFY(!missing.exists());
    QVERIFY(missing.isNull());
    QCOMPARE(missing.path(), u"spec.containers[0].resources.cpu"_s);
    QCOMPARE(missing.line(), 7);
    QCOMPARE(missing.column(), 7);
    QCOMPARE(missing.error(u"expected something"_s).toString(),
             u"t.yaml:7:7: spec.containers[0].resources.cpu: expected something"_s);

    // get() on a scalar and at() on a mapping find nothing rather than failing.
    QVERIFY(!image.get("x").exists());
    QVERIFY(!root.at(0).exists());
    QCOMPARE(root.size(), 2);
    const std::vector<YamlEntry> entries = root.entries();
    QCOMPARE(entries.size(), 2u);
    QCOMPARE(entries[1].key, u"spec"_s);
    QCOMPARE(entries[1].value.path(), u"spec"_s);
}

void TestYamlLoader::scalarReaders()
{
    const YamlDocument document =
        single("n: 2.5\ni: -3\nt: yes\nf: \"false\"\ns: 'text'\nnull1: ~\nnull2:\nq: \"~\"\n"
               "list: [a, b, ~]\none: solo\nexp: 1e3\n");
    const YamlValue root = document.root();
    QCOMPARE(root.get("n").number().value(), std::optional<double>(2.5));
    QCOMPARE(root.get("exp").number().value(), std::optional<double>(1000));
    QCOMPARE(root.get("i").integer().value(), std::optional<qint64>(-3));
    QCOMPARE(root.get("t").boolean().value(), std::optional<bool>(true));
    QCOMPARE(root.get("f").boolean().value(), std::optional<bool>(false));
    QCOMPARE(root.get("s").string().value(), std::optional<QString>(u"text"_s));
    QVERIFY(root.get("s").node()->isScalar());
    QVERIFY(!root.get("s").node()->isPlain());
    QVERIFY(root.get("n").node()->isPlain());
    // ~ and an empty value are null; a quoted "~" is text.
    QVERIFY(root.get("null1").isNull());
    QVERIFY(root.get("null1").exists());
    QVERIFY(root.get("null2").isNull());
    QCOMPARE(root.get("null1").number().value(), std::nullopt);
    QCOMPARE(root.get("q").text(), u"~"_s);
    QCOMPARE(root.get("absent").string().value(), std::nullopt);
    QCOMPARE(root.get("list").stringList().value(), QStringList({u"a"_s, u"b"_s}));
    QCOMPARE(root.get("one").stringList().value(), QStringList({u"solo"_s}));
    QCOMPARE(root.get("absent").stringList().value(), QStringList());
}

void TestYamlLoader::readerErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QString>("error");

    QTest::newRow("number from words")
        << QByteArray("spec:\n  cpus: lots\n") << u"cpus"_s << u"number"_s
        << u"t.yaml:2:9: spec.cpus: expected a number, found "
           "\"lots\""_s;
    QTest::newRow("number from a mapping")
        << QByteArray("spec:\n  cpus: {a: 1}\n") << u"cpus"_s << u"number"_s
        << u"t.yaml:2:9: spec.cpus: expected a number, found a mapping"_s;
    QTest::newRow("integer from a fraction")
        << QByteArray("spec:\n  cpus: 1.5\n") << u"cpus"_s << u"integer"_s
        << u"t.yaml:2:9: spec.cpus: expected a whole number, found \"1.5\""_s;
    QTest::newRow("boolean from words")
        << QByteArray("spec:\n  cpus: maybe\n") << u"cpus"_s << u"boolean"_s
        << u"t.yaml:2:9: spec.cpus: expected true or false, found \"maybe\""_s;
    QTest::newRow("text from a list")
        << QByteArray("spec:\n  cpus: [1, 2]\n") << u"cpus"_s << u"string"_s
        << u"t.yaml:2:9: spec.cpus: expected a text, found a list"_s;
    QTest::newRow("list of lists")
        << QByteArray("spec:\n  cpus: [[1]]\n") << u"cpus"_s << u"stringList"_s
        << u"t.yaml:2:10: spec.cpus[0]: expected a text, found a "
           "list"_s;
    QTest::newRow("list from a mapping")
        << QByteArray("spec:\n  cpus:\n    a: 1\n") << u"cpus"_s << u"stringList"_s
        << u"t.yaml:3:5: spec.cpus: expected a list, found a mapping"_s;
    QTest::newRow("long text is cut")
        << QByteArray("spec:\n  cpus: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n")
        << u"cpus"_s << u"number"_s
        << u"t.yaml:2:9: spec.cpus: expected a number, found "
           "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u2026\""_s;
}

void TestYamlLoader::readerErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(QString, reader);
    QFETCH(QString, error);
    const YamlDocument document = single(text);
    const YamlValue value = document.root().get("spec").get(key.toStdString());
    QVERIFY(value.exists());
    Error e;
    if (reader == u"number") {
        Result<std::optional<double>> r = value.number();
        QVERIFY(!r.ok());
        e = r.error();
    } else if (reader == u"integer") {
        Result<std::optional<qint64>> r = value.integer();
        QVERIFY(!r.ok());
        e = r.error();
    } else if (reader == u"boolean") {
        Result<std::optional<bool>> r = value.boolean();
        QVERIFY(!r.ok());
        e = r.error();
    } else if (reader == u"string") {
        Result<std::optional<QString>> r = value.string();
        QVERIFY(!r.ok());
        e = r.error();
    } else {
        Result<QStringList> r = value.stringList();
        QVERIFY(!r.ok());
        e = r.error();
    }
    QCOMPARE(e.toString(), error);
    QVERIFY(e.path.startsWith(u"spec.cpus"_s));
}

void TestYamlLoader::aliasesAreShared()
{
    const YamlDocument document =
        single("base: &b\n  image: nginx\n  ports: [80, 443]\nweb: *b\napi: *b\n");
    const YamlValue root = document.root();
    QCOMPARE(root.get({"web", "image"}).text(), u"nginx"_s);
    QCOMPARE(root.get({"api", "ports"}).at(1).text(), u"443"_s);
    // Shared, not copied; a path names the way it was reached.
    QCOMPARE(root.get("web").node(), root.get("base").node());
    QCOMPARE(root.get({"api", "ports"}).at(1).path(), u"api.ports[1]"_s);
    // base: the mapping, 2 keys, a scalar, a list of 2 (3 nodes) = 7; the root: itself, 3 keys
    // and the shared mapping 3 times = 25.
    QCOMPARE(root.get("base").node()->expandedSize(), 7);
    QCOMPARE(document.rootNode()->expandedSize(), 25);

    QCOMPARE(errorOf("a: &a [1, *a]\n"),
             u"t.yaml:1:11: a[1]: an alias refers to a node that contains it (a cycle)"_s);
    QCOMPARE(errorOf("a: *nowhere\n"),
             u"t.yaml:1:4: invalid YAML: an alias (*name) refers to an anchor (&name) that is "
             "not defined before it"_s);
    // Anchors do not cross documents.
    QCOMPARE(errorOf("a: &x 1\n---\nb: *x\n"),
             u"t.yaml:3:4: invalid YAML: an alias (*name) refers to an anchor (&name) that is "
             "not defined before it"_s);
}

void TestYamlLoader::mergeKeys()
{
    const YamlDocument document = single("x-base: &base\n  restart: always\n  image: old\n"
                                         "x-more: &more\n  image: older\n  cpus: 1\n"
                                         "one:\n  <<: *base\n  image: new\n"
                                         "two:\n  <<: [*more, *base]\n"
                                         "three:\n  \"<<\": not a merge\n");
    const YamlValue root = document.root();
    const YamlValue one = root.get("one");
    QCOMPARE(one.size(), 2); // image (its own) and restart; no "<<"
    QCOMPARE(one.get("image").text(), u"new"_s);
    QCOMPARE(one.get("restart").text(), u"always"_s);
    QVERIFY(!one.get("<<").exists());
    // The first mapping of the list wins.
    const YamlValue two = root.get("two");
    QCOMPARE(two.get("image").text(), u"older"_s);
    QCOMPARE(two.get("cpus").text(), u"1"_s);
    QCOMPARE(two.get("restart").text(), u"always"_s);
    // A quoted "<<" is an ordinary key.
    QCOMPARE(root.get("three").get("<<").text(), u"not a merge"_s);

    QCOMPARE(errorOf("a:\n  <<: [1, 2]\n"),
             u"t.yaml:2:7: a[\"<<\"]: a merge key (<<) takes a mapping or a list of mappings"_s);
    QCOMPARE(errorOf("services:\n  web:\n    image: a\n    cpus: 1\n    image: b\n"),
             u"t.yaml:5:5: services.web.image: duplicate key \"image\" (first on line 3)"_s);
    // A merged key does not clash with the mapping's own.
    QVERIFY(readText("b: &b {image: a}\nc:\n  <<: *b\n  image: b\n").ok());
}

void TestYamlLoader::parseErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");

    QTest::newRow("key indented one space too far")
        << QByteArray("spec:\n  replicas: 2\n   template: x\n")
        << u"t.yaml:3:12: invalid YAML: unexpected \":\" (check the indentation, or quote a value "
           "that contains \": \")"_s;
    QTest::newRow("key indented one space too little")
        << QByteArray("resources:\n  requests:\n    cpu: 1\n   memory: 1Gi\n")
        << u"t.yaml:4:4: invalid YAML: this line is not indented like the other keys of its "
           "mapping"_s;
    QTest::newRow("list item out of line")
        << QByteArray("containers:\n  - name: a\n   image: b\n")
        << u"t.yaml:3:4: invalid YAML: this line is not indented like the other items of its "
           "list"_s;
    QTest::newRow("tab") << QByteArray("a: b\n\tc: d\n")
                         << u"t.yaml:2:1: invalid YAML: a tab in the indentation; YAML indents "
                            "with spaces"_s;
    QTest::newRow("unclosed quote")
        << QByteArray("a: \"text") << u"t.yaml:1:9: invalid YAML: a quoted text is never closed"_s;
    QTest::newRow("unclosed flow list") << QByteArray("a: [1, 2\n")
                                        << u"t.yaml:2:1: invalid YAML: \"[\" is never closed by "
                                           "\"]\""_s;
    QTest::newRow("other") << QByteArray("a: !<tag:x\n")
                           << u"t.yaml:1:11: invalid YAML: end of verbatim tag not found"_s;
}

void TestYamlLoader::parseErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QCOMPARE(errorOf(text), error);
}

void TestYamlLoader::aliasBomb()
{
    QFile file(fixture(u"alias-bomb.yaml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    YamlReader reader(file, u"alias-bomb.yaml"_s);
    YamlDocument document;
    Result<bool> next = reader.next(document);
    QVERIFY(!next.ok());
    // A walk would visit about 9^9 nodes. The lines before l6 hold 672,622 nodes; each alias
    // of l6 adds l5's 597,871: the 8th passes 5 million.
    QCOMPARE(next.error().toString(),
             u"alias-bomb.yaml:13:47: data.l6[7]: the YAML expands to too many nodes (alias "
             "bomb?)"_s);
    QCOMPARE(next.error().path, u"data.l6[7]"_s);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(reader.nodeCount() > YamlLimits().maxNodes);
    // The error sticks.
    QCOMPARE(reader.next(document).error().toString(), next.error().toString());
}

void TestYamlLoader::aliasBombInline()
{
    // Within the budget the same shape loads, and its expanded size is exact.
    QByteArray text = "l0: &l0 [a, b, c]\n";
    for (int i = 1; i <= 3; ++i) {
        text += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [*l" +
                QByteArray::number(i - 1) + ", *l" + QByteArray::number(i - 1) + ", *l" +
                QByteArray::number(i - 1) + "]\n";
    }
    const YamlDocument document = single(text);
    // l0 = 4, l1 = 1 + 3×4 = 13, l2 = 40, l3 = 121; root = 1 + 4 keys + 4 + 13 + 40 + 121.
    QCOMPARE(document.root().get("l3").node()->expandedSize(), 121);
    QCOMPARE(document.rootNode()->expandedSize(), 183);

    YamlLimits limits;
    limits.maxNodes = 100;
    QCOMPARE(errorOf(text, limits),
             u"t.yaml:4:10: l3[0]: the YAML expands to too many nodes (alias bomb?)"_s);
}

void TestYamlLoader::nodeLimit()
{
    YamlLimits limits;
    limits.maxNodes = 10;
    QCOMPARE(errorOf("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n", limits),
             u"t.yaml:1:29: [9]: the YAML has more than 10 nodes"_s);
    // The budget is for the stream, not per document.
    QCOMPARE(errorOf("[1, 2, 3, 4]\n---\n[1, 2, 3, 4]\n---\n[1, 2]\n", limits),
             u"t.yaml:5:1: the YAML has more than 10 nodes"_s);
    QVERIFY(readText("[1, 2, 3, 4]\n---\n[1, 2, 3, 4]\n", limits).ok());
}

void TestYamlLoader::depthLimit()
{
    YamlLimits limits;
    limits.maxDepth = 5;
    QVERIFY(readText("[[[[[1]]]]]\n", limits).ok());
    QCOMPARE(errorOf("[[[[[[1]]]]]]\n", limits),
             u"t.yaml:1:6: [0][0][0][0][0]: the YAML is nested too deeply (more than 5 levels)"_s);
    // Through an alias: 3 levels + an alias of 3 levels.
    QCOMPARE(errorOf("a: &a [[[1]]]\nb: [[*a]]\n", limits),
             u"t.yaml:2:6: b[0][0]: the YAML is nested too deeply (more than 5 levels)"_s);
    // The default limit stops a deep flow before yaml-cpp's own recursion does.
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    QCOMPARE(errorOf(deep).section(u": "_s, -1),
             u"the YAML is nested too deeply (more than 100 levels)"_s);
}

void TestYamlLoader::byteLimit()
{
    YamlLimits limits;
    limits.maxBytes = 1000;
    const QByteArray line = "key: value\n"; // 11 bytes
    QByteArray big;
    while (big.size() + line.size() <= 1100) {
        big += "k" + QByteArray::number(big.size()) + ": v\n";
    }
    QCOMPARE(errorOf(big, limits), u"t.yaml: the file is larger than 1000 bytes, the limit for "
                                   "YAML files"_s);
    limits.maxBytes = big.size(); // exactly at the limit is fine
    QVERIFY(readText(big, limits).ok());
    QCOMPARE(YamlLimits().maxBytes, qint64(64) * 1024 * 1024);
    limits.maxBytes = 1024 * 1024;
    QCOMPARE(errorOf(QByteArray(1024 * 1024 + 1, '#'), limits),
             u"t.yaml: the file is larger than 1 MiB, the limit for YAML files"_s);
}

void TestYamlLoader::largeStreamInBlocks()
{
    // Well over one 64 KiB block, documents straddling block boundaries.
    QByteArray text;
    for (int i = 0; i < 5000; ++i) {
        text += "---\nname: item-" + QByteArray::number(i) + "\nlabels: {tier: \"é\"}\n";
    }
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    qint64 lastReport = 0;
    int reports = 0;
    YamlReader reader(buffer, u"t.yaml"_s, YamlLimits(), [&](qint64 bytes) {
        lastReport = bytes;
        ++reports;
        return true;
    });
    YamlDocument document;
    int count = 0;
    for (;;) {
        Result<bool> next = reader.next(document);
        QVERIFY(next.ok());
        if (!next.value()) {
            break;
        }
        QCOMPARE(document.root().get("name").text(), u"item-"_s + QString::number(count));
        ++count;
    }
    QCOMPARE(count, 5000);
    QCOMPARE(document.root().get({"labels", "tier"}).text(), u"é"_s);
    QCOMPARE(reader.bytesRead(), text.size());
    QCOMPARE(lastReport, text.size());
    QVERIFY(reports >= 3);
    QCOMPARE(reader.nodeCount(), 5000 * 7); // mapping, 2 keys, a value, mapping, key, value
}

void TestYamlLoader::cancel()
{
    QByteArray text;
    for (int i = 0; i < 20000; ++i) {
        text += "- item\n";
    }
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    YamlReader reader(buffer, u"t.yaml"_s, YamlLimits(), [](qint64 bytes) {
        return bytes < 64 * 1024; // stop at the second block
    });
    YamlDocument document;
    Result<bool> next = reader.next(document);
    QVERIFY(!next.ok());
    QVERIFY(reader.wasCancelled());
    QCOMPARE(next.error().toString(), u"t.yaml: import cancelled"_s);
}

void TestYamlLoader::unicode()
{
    // A UTF-8 byte order mark, accents and an escape.
    const YamlDocument document = single("\xEF\xBB\xBFnom: Mémoire\nq: \"caf\\u00e9\"\n");
    QCOMPARE(document.root().get("nom").text(), u"Mémoire"_s);
    QCOMPARE(document.root().get("q").text(), u"café"_s);
    QCOMPARE(document.root().get("nom").line(), 1);
}

void TestYamlLoader::scanHead_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("yaml");
    QTest::addColumn<QString>("keys"); // "indent:key" joined by spaces

    QTest::newRow("manifest") << QByteArray("# c\n---\napiVersion: v1\nkind: Pod\nmetadata:\n"
                                            "  name: x\n")
                              << true << u"0:apiVersion 0:kind 0:metadata 2:name"_s;
    QTest::newRow("list items") << QByteArray("apiVersion: v1\nitems:\n- apiVersion: apps/v1\n"
                                              "  kind: Deployment\n  - - deep: 1\n")
                                << true << u"0:apiVersion 0:items 2:apiVersion 2:kind 6:deep"_s;
    QTest::newRow("block scalar skipped")
        << QByteArray("data:\n  conf: |\n    apiVersion: fake\n    kind: fake\n  next: 1\n") << true
        << u"0:data 2:conf 2:next"_s;
    QTest::newRow("quoted key and CRLF")
        << QByteArray("\"services\":\r\n  web: {}\r\n") << true << u"0:services 2:web"_s;
    QTest::newRow("url value") << QByteArray("image: http://x:80/a\n") << true << u"0:image"_s;
    QTest::newRow("comments only") << QByteArray("# nothing\n") << true << QString();
    QTest::newRow("json") << QByteArray("{\"apiVersion\": \"v1\"}") << false << QString();
    QTest::newRow("json list") << QByteArray("\n[{\"kind\": \"Pod\"}]") << false << QString();
    QTest::newRow("csv") << QByteArray("name;vcpu;memory\nweb;2;4\n") << false << QString();
    QTest::newRow("csv with a colon")
        << QByteArray("name,notes\nweb,\"a: b\"\n") << false << QString();
    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0", 6) << false << QString();
}

void TestYamlLoader::scanHead()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, yaml);
    QFETCH(QString, keys);
    const std::optional<std::vector<YamlHeadKey>> scanned = scanYamlHead(head);
    QCOMPARE(scanned.has_value(), yaml);
    if (scanned) {
        QStringList found;
        for (const YamlHeadKey &key : *scanned) {
            found.append(QString::number(key.indent) + u':' + QString::fromUtf8(key.key));
        }
        QCOMPARE(found.join(u' '), keys);
    }
}

QTEST_GUILESS_MAIN(TestYamlLoader)
#include "TestYamlLoader.moc"
