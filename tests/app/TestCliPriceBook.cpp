// `boussole pricebook import`: stored, replaced by a file of the same name, errors positioned.
#include "app/cli/Cli.h"
#include "models/pricebook/PriceBook.h"
#include "models/storage/ProjectFile.h"
#include "tests/app/CliRun.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;
using boussole::testing::cli;
using boussole::testing::Run;

namespace {

QString data(const QString &name)
{
    return QStringLiteral(BOUSSOLE_SOURCE_DIR "/tests/data/pricebook/") + name;
}

} // namespace

class TestCliPriceBook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void importAndReplace();
    void errors();
};

void TestCliPriceBook::importAndReplace()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.boussole"_s);
    QCOMPARE(cli({u"new"_s, project}).code, 0);
    Run run = cli({u"pricebook"_s, u"import"_s, project, data(u"devis-ovhcloud-2026.csv"_s)});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"devis-ovhcloud-2026.csv: 1 price and 2 discounts stored"_s) ||
                 run.out.contains(u"devis-ovhcloud-2026.csv: 1 price(s) and 2 discount(s)"_s),
             qPrintable(run.out));
    run = cli({u"pricebook"_s, u"import"_s, project, data(u"devis-cloud-temple.yaml"_s)});
    QCOMPARE(run.code, 0);
    run = cli({u"pricebook"_s, u"import"_s, project, data(u"devis-ovhcloud-2026.csv"_s)});
    QCOMPARE(run.code, 0);
    auto opened = Project::open(project);
    QVERIFY(opened);
    const std::vector<PriceBook> books = priceBooks(*opened.value());
    QCOMPARE(books.size(), std::size_t(2)); // the CSV replaced itself
}

void TestCliPriceBook::errors()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"p.boussole"_s);
    QCOMPARE(cli({u"new"_s, project}).code, 0);
    Run run = cli({u"pricebook"_s, u"import"_s, project, data(u"bad-price.csv"_s)});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(u"bad-price.csv:2:5: "_s));
    QCOMPARE(cli({u"pricebook"_s, project}).code, 2);
    QCOMPARE(cli({u"pricebook"_s, u"export"_s, project, data(u"bad-price.csv"_s)}).code, 2);
}

QTEST_MAIN(TestCliPriceBook)
#include "TestCliPriceBook.moc"
