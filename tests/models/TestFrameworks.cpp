#include "models/compliance/Correspondence.h"
#include "models/compliance/Framework.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using namespace boussole::compliance;

namespace {

struct ReferenceItem {
    QString id;
    QString chapter;
    QString section;
    QString type;        // E, R, D
    QString sovereignty; // S, s or empty
};

// The reference list of SecNumCloud 3.2 lettered items (ids and structure only).
std::vector<ReferenceItem> referenceItems()
{
    QFile file(QStringLiteral(BOUSSOLE_TEST_DATA "/compliance/secnumcloud-3.2-ids.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    std::vector<ReferenceItem> items;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].split(',');
        if (fields.size() != 5) {
            continue;
        }
        items.push_back({QString::fromLatin1(fields[0]), QString::fromLatin1(fields[1]),
                         QString::fromLatin1(fields[2]), QString::fromLatin1(fields[3]),
                         QString::fromLatin1(fields[4])});
    }
    return items;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text);
    }
    return path;
}

const QByteArray kMinimal = R"(schema: 1
framework:
  id: test
  name_en: Test
  name_fr: Essai
  publisher: Us
  version: "1"
  date: 2024-01-01
  source_url: https://example.org/
  licence_note: ours
  kind: guide
chapters:
  - {id: "1", title_en: One, title_fr: Un}
items:
  - {id: "1.a", chapter: "1", title_en: A, title_fr: A, guidance_en: Do, guidance_fr: Faire}
)";

template <typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class TestFrameworks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void embeddedFrameworksLoad()
    {
        auto loaded = loadFrameworks(u":/frameworks"_s);
        QVERIFY2(loaded, why(loaded).constData());
        QSet<QString> ids;
        for (const Framework &framework : loaded.value()) {
            ids.insert(framework.id);
        }
        QCOMPARE(ids, (QSet<QString>{u"secnumcloud-3.2"_s, u"hds-2"_s, u"gdpr"_s, u"cnil"_s,
                                     u"dora"_s, u"iso27001-2022"_s}));
        QCOMPARE(embeddedFrameworks().size(), loaded.value().size());
    }

    // Every framework states its source; every item has both languages, a known chapter and a
    // unique id (the loader refuses duplicates; this checks what shipped).
    void schemaOfShippedFrameworks()
    {
        for (const Framework &framework : embeddedFrameworks()) {
            QVERIFY2(!framework.publisher.isEmpty(), qPrintable(framework.id));
            QVERIFY(!framework.version.isEmpty());
            QVERIFY(framework.date.isValid());
            QVERIFY(framework.sourceUrl.startsWith(u"https://"_s));
            QVERIFY(!framework.licenceNote.isEmpty());
            QVERIFY(!framework.name.en.isEmpty() && !framework.name.fr.isEmpty());
            QSet<QString> ids;
            for (const Item &item : framework.items) {
                QVERIFY2(!ids.contains(item.id), qPrintable(framework.id + u' ' + item.id));
                ids.insert(item.id);
                QVERIFY2(framework.chapter(item.chapter), qPrintable(item.id));
                for (const QString *text :
                     {&item.title.en, &item.title.fr, &item.guidance.en, &item.guidance.fr}) {
                    QVERIFY2(!text->trimmed().isEmpty(), qPrintable(framework.id + u' ' + item.id));
                }
                // Our wording is short: a title is not a pasted paragraph.
                QVERIFY2(item.title.en.size() <= 100 && item.title.fr.size() <= 110,
                         qPrintable(item.id));
                QVERIFY2(item.title.en != item.title.fr || item.title.en.size() < 12,
                         qPrintable(item.id + u": French and English titles are the same"_s));
                QVERIFY(!item.applicability.isEmpty());
            }
            for (const Chapter &chapter : framework.chapters) {
                QVERIFY(!chapter.title.en.isEmpty() && !chapter.title.fr.isEmpty());
            }
        }
    }

    void secnumcloudMatchesTheReference()
    {
        const std::vector<ReferenceItem> reference = referenceItems();
        QCOMPARE(reference.size(), size_t(278));
        const Framework *snc = findFramework(embeddedFrameworks(), u"secnumcloud-3.2"_s);
        QVERIFY(snc);
        QCOMPARE(snc->kind, FrameworkKind::Qualification);
        QVERIFY(snc->passFail());

        std::vector<const Item *> lettered;
        std::vector<const Item *> annex;
        for (const Item &item : snc->items) {
            (item.chapter == u"annex-2" ? annex : lettered).push_back(&item);
        }
        QCOMPARE(lettered.size(), size_t(278));
        QCOMPARE(annex.size(), size_t(9));
        for (const Item *item : annex) {
            QCOMPARE(item->side, Side::Customer);
        }

        QMap<QString, int> expectedPerChapter;
        QMap<QString, int> actualPerChapter;
        for (size_t i = 0; i < reference.size(); ++i) {
            const ReferenceItem &ref = reference[i];
            const Item *item = lettered[i];
            QCOMPARE(item->id, ref.id); // same ids in the same order
            QCOMPARE(item->chapter, ref.chapter);
            QCOMPARE(item->section, ref.section);
            const ItemType type = ref.type == u"E"   ? ItemType::Requirement
                                  : ref.type == u"R" ? ItemType::Recommendation
                                                     : ItemType::Definitional;
            QCOMPARE(item->type, type);
            const Sovereignty sovereignty = ref.sovereignty == u"S"   ? Sovereignty::Core
                                            : ref.sovereignty == u"s" ? Sovereignty::Adjacent
                                                                      : Sovereignty::None;
            QCOMPARE(item->sovereignty, sovereignty);
            QCOMPARE(item->side, Side::Provider);
            ++expectedPerChapter[ref.chapter];
            ++actualPerChapter[item->chapter];
        }
        QCOMPARE(actualPerChapter, expectedPerChapter);
        // The published per-chapter counts (compliance-facts §1.5).
        const QMap<QString, int> published = {
            {u"5"_s, 15},  {u"6"_s, 13},  {u"7"_s, 12},  {u"8"_s, 8},   {u"9"_s, 34},
            {u"10"_s, 20}, {u"11"_s, 42}, {u"12"_s, 37}, {u"13"_s, 8},  {u"14"_s, 12},
            {u"15"_s, 9},  {u"16"_s, 14}, {u"17"_s, 7},  {u"18"_s, 11}, {u"19"_s, 36}};
        QCOMPARE(actualPerChapter, published);

        int requirements = 0, recommendations = 0, definitions = 0, core = 0, adjacent = 0;
        for (const Item *item : lettered) {
            requirements += item->type == ItemType::Requirement;
            recommendations += item->type == ItemType::Recommendation;
            definitions += item->type == ItemType::Definitional;
            core += item->sovereignty == Sovereignty::Core;
            adjacent += item->sovereignty == Sovereignty::Adjacent;
        }
        QCOMPARE(requirements, 259);
        QCOMPARE(recommendations, 17);
        QCOMPARE(definitions, 2);
        QCOMPARE(core, 19);
        QCOMPARE(adjacent, 9);
        // Service-model specific items.
        QCOMPARE(snc->item(u"9.5.c"_s)->applicability, QStringList{u"SaaS"_s});
        QCOMPARE(snc->item(u"12.2.c"_s)->applicability, QStringList{u"PaaS"_s});
        QCOMPARE(snc->item(u"5.1.a"_s)->applicability, serviceModels());
    }

    void otherFrameworksCounts()
    {
        const Framework *hds = findFramework(embeddedFrameworks(), u"hds-2"_s);
        QVERIFY(hds);
        QCOMPARE(hds->items.size(), size_t(31));
        QCOMPARE(hds->items.front().id, u"EXI 01"_s);
        QCOMPARE(hds->items.back().id, u"EXI 31"_s);
        const Framework *cnil = findFramework(embeddedFrameworks(), u"cnil"_s);
        QVERIFY(cnil);
        int fiches = 0;
        for (const Item &item : cnil->items) {
            fiches += item.chapter == u"fiches";
            if (item.chapter == u"hosting") {
                QVERIFY2(!item.verified, qPrintable(item.id)); // secondary sources only
            }
        }
        QCOMPARE(fiches, 25);
        QVERIFY(!cnil->dateVerified); // 26 March 2024 comes from secondary sources
        QCOMPARE(hds->date, QDate(2024, 4, 26));
        const Framework *dora = findFramework(embeddedFrameworks(), u"dora"_s);
        QVERIFY(dora);
        QVERIFY(dora->sectors.contains(u"insurance"_s));
        QVERIFY(dora->chapter(u"exit"_s));
    }

    // Issue 7: ISO/IEC 27001:2022, clauses 4 to 10 and the 93 Annex A controls by theme (37
    // organisational, 8 people, 14 physical, 34 technological), numbered without gaps.
    void iso27001Structure()
    {
        const Framework *iso = findFramework(embeddedFrameworks(), u"iso27001-2022"_s);
        QVERIFY(iso);
        QCOMPARE(iso->kind, FrameworkKind::Certification);
        QCOMPARE(iso->version, u"2022"_s);
        QVERIFY(iso->sourceUrl.startsWith(u"https://www.iso.org/"_s));
        QVERIFY(!iso->verified); // written from knowledge of the standard, said so
        QVERIFY(iso->note.en.contains(u"93"_s) && iso->note.fr.contains(u"93"_s));
        const QMap<QString, int> themes = {
            {u"A.5"_s, 37}, {u"A.6"_s, 8}, {u"A.7"_s, 14}, {u"A.8"_s, 34}};
        QMap<QString, int> perTheme;
        QMap<QString, int> perClause;
        QSet<QString> ids;
        for (const Item &item : iso->items) {
            QVERIFY2(!ids.contains(item.id), qPrintable(item.id));
            ids.insert(item.id);
            QVERIFY(!item.title.en.isEmpty() && !item.title.fr.isEmpty());
            QVERIFY(!item.guidance.en.isEmpty() && !item.guidance.fr.isEmpty());
            QVERIFY2(item.title.en != item.title.fr, qPrintable(item.id));
            QCOMPARE(item.side, Side::Provider);
            if (item.chapter.startsWith(u"A."_s)) {
                QVERIFY2(item.id.startsWith(item.chapter + u'.'), qPrintable(item.id));
                ++perTheme[item.chapter];
            } else {
                QVERIFY2(item.id.section(u'.', 0, 0) == item.chapter, qPrintable(item.id));
                ++perClause[item.chapter];
            }
        }
        QCOMPARE(perTheme, themes);
        int controls = 0;
        for (auto it = themes.cbegin(); it != themes.cend(); ++it) {
            controls += it.value();
            for (int n = 1; n <= it.value(); ++n) {
                QVERIFY2(iso->item(it.key() + u'.' + QString::number(n)),
                         qPrintable(it.key() + u'.' + QString::number(n)));
            }
        }
        QCOMPARE(controls, 93);
        const QMap<QString, int> clauses = {{u"4"_s, 4}, {u"5"_s, 3}, {u"6"_s, 5}, {u"7"_s, 5},
                                            {u"8"_s, 3}, {u"9"_s, 3}, {u"10"_s, 2}};
        QCOMPARE(perClause, clauses);
        QVERIFY(iso->item(u"6.3"_s));                          // planning of changes, new in 2022
        QVERIFY(iso->item(u"5.1"_s) && iso->item(u"A.5.1"_s)); // clause and control stay apart
        QCOMPARE(iso->items.size(), size_t(93 + 25));
    }

    void correspondences()
    {
        auto loaded =
            loadCorrespondences(u":/mappings/correspondences.yaml"_s, embeddedFrameworks());
        QVERIFY2(loaded, why(loaded).constData());
        QVERIFY(!loaded.value().verified); // our own table, said so
        QVERIFY(loaded.value().groups.size() >= 10);
        const auto related = embeddedCorrespondences().related(u"hds-2"_s, u"EXI 28"_s);
        const auto has = [&](const QString &framework, const QString &item) {
            return std::any_of(related.begin(), related.end(), [&](const auto &pair) {
                return pair.first == ItemRef{framework, item};
            });
        };
        QVERIFY(has(u"secnumcloud-3.2"_s, u"19.2.b"_s));
        QVERIFY(has(u"gdpr"_s, u"44"_s));
        QVERIFY(!has(u"hds-2"_s, u"EXI 28"_s)); // not itself
        QVERIFY(embeddedCorrespondences().related(u"secnumcloud-3.2"_s, u"6.3.a"_s).empty());

        QTemporaryDir dir;
        const QString bad = writeFile(dir, u"c.yaml"_s, R"(schema: 1
source_note_en: x
source_note_fr: y
groups:
  - {topic_en: a, topic_fr: b, items: ["gdpr:44", "gdpr:99"]}
)");
        auto refused = loadCorrespondences(bad, embeddedFrameworks());
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"gdpr:99"_s));
    }

    void loaderRefusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing French") << QByteArray("title_en: A, title_fr: A,")
                                        << QByteArray("title_en: A,") << u"title_fr"_s;
        QTest::newRow("bad type") << QByteArray("chapter: \"1\",")
                                  << QByteArray("chapter: \"1\", type: must,") << u"type"_s;
        QTest::newRow("unknown chapter")
            << QByteArray("chapter: \"1\",") << QByteArray("chapter: \"2\",") << u"chapter"_s;
        QTest::newRow("bad applicability")
            << QByteArray("chapter: \"1\",") << QByteArray("chapter: \"1\", applicability: [FaaS],")
            << u"applicability"_s;
        QTest::newRow("unknown key")
            << QByteArray("chapter: \"1\",") << QByteArray("chapter: \"1\", sevrity: high,")
            << u"sevrity"_s;
        QTest::newRow("no source") << QByteArray("source_url: https://example.org/")
                                   << QByteArray("source_url: example.org") << u"https"_s;
        QTest::newRow("duplicate id")
            << QByteArray("items:\n")
            << QByteArray("items:\n  - {id: \"1.a\", chapter: \"1\", title_en: B, title_fr: B, "
                          "guidance_en: x, guidance_fr: y}\n")
            << u"twice"_s;
    }

    void loaderRefusesBadFiles()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QByteArray text = kMinimal;
        QVERIFY(text.contains(from));
        text.replace(from, to);
        auto loaded = loadFrameworkFile(writeFile(dir, u"f.yaml"_s, text));
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(message) || loaded.error().path.contains(message),
                 qPrintable(loaded.error().message + u" / "_s + loaded.error().path));
        QVERIFY(loaded.error().line > 0);
    }

    void minimalFileLoads()
    {
        QTemporaryDir dir;
        auto loaded = loadFrameworkFile(writeFile(dir, u"f.yaml"_s, kMinimal));
        QVERIFY2(loaded, why(loaded).constData());
        QCOMPARE(loaded.value().items.size(), size_t(1));
        QCOMPARE(loaded.value().items[0].applicability, serviceModels());
        QCOMPARE(loaded.value().items[0].guidance.in(u"fr_FR"_s), u"Faire"_s);
        QCOMPARE(loaded.value().items[0].guidance.in(u"en"_s), u"Do"_s);
        QVERIFY(!loaded.value().passFail());
    }
};

QTEST_GUILESS_MAIN(TestFrameworks)
#include "TestFrameworks.moc"
