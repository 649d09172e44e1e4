// The French catalogue is embedded and actually used at run time (contexts match the code), and the
// locale follows the language: amounts and numbers are written the French way.
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/cli/Cli.h"
#include "models/domain/Money.h"
#include "models/itemmodels/WorkloadTableModel.h"
#include "views/pages/Page.h"

#include <QAction>
#include <QMenuBar>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Language::install(*QCoreApplication::instance(), u"en"_s); }

    void frenchWindow()
    {
        QCOMPARE(Language::install(*QCoreApplication::instance(), u"fr"_s), u"fr"_s);
        MainWindow window;
        window.setInteractive(false);
        QStringList titles;
        for (Page *page : window.pages()) {
            titles << page->title();
        }
        QCOMPARE(titles,
                 (QStringList{u"Vue d’ensemble"_s, u"Inventaire"_s, u"Coûts"_s, u"Comparaison"_s,
                              u"Scénarios"_s, u"Conformité"_s, u"Migration"_s, u"Rapports"_s}));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions()) {
            menus << action->text();
        }
        QCOMPARE(menus.first(), u"&Fichier"_s);
        QVERIFY(window.undoAction()->text().startsWith(u"&Annuler"_s) ||
                window.undoAction()->text().startsWith(u"Annuler"_s));
    }

    void frenchCli()
    {
        Language::install(*QCoreApplication::instance(), u"fr"_s);
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        QCOMPARE(Cli(outStream, errStream).run({u"frobnicate"_s}), int(Cli::ExitUsage));
        errStream.flush();
        QVERIFY2(err.contains(u"commande"_s) && err.contains(u"inconnue"_s), qPrintable(err));
    }

    void frenchImportLocations()
    {
        Language::install(*QCoreApplication::instance(), u"fr"_s);
        QCOMPARE(WorkloadTableModel::locationLabel(u"line 12"_s), u"ligne 12"_s);
        QCOMPARE(WorkloadTableModel::locationLabel(u"document 3, items[2]"_s),
                 u"document 3, items[2]"_s);
        QCOMPARE(WorkloadTableModel::locationLabel(u"vInfo!row 7"_s), u"vInfo!ligne 7"_s);
    }

    void frenchLocaleFormatsMoney()
    {
        Language::install(*QCoreApplication::instance(), u"fr"_s);
        const auto amount = Money::parse(u"1234.56");
        QVERIFY(amount);
        QCOMPARE(amount->format(QLocale()), u"1\u202F234,56\u00A0€"_s);
    }

    void englishIsTheSourceLanguage()
    {
        QCOMPARE(Language::install(*QCoreApplication::instance(), u"en"_s), u"en"_s);
        MainWindow window;
        QCOMPARE(window.pages().front()->title(), u"Overview"_s);
        // Plural forms come from the English catalogue, not the "(s)" source text.
        QCOMPARE(MainWindow::tr("%n file(s) imported", nullptr, 1), u"1 file imported"_s);
        QCOMPARE(MainWindow::tr("%n file(s) imported", nullptr, 3), u"3 files imported"_s);
    }
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
