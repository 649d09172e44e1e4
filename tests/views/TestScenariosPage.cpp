// The Scenarios page on the demo: the three scenarios side by side, editing a rule through the
// real widgets, undo.
#include "models/demo/DemoProject.h"
#include "models/itemmodels/SensitivityTableModel.h"
#include "models/scenarios/Scenario.h"
#include "models/storage/ProjectFile.h"
#include "views/charts/TornadoChart.h"
#include "views/pages/ScenariosPage.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace boussole;

class TestScenariosPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsAndEditsTheDemoScenarios();
    void sensitivityView();
    void onPremisesEditor();
};

void TestScenariosPage::showsAndEditsTheDemoScenarios()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(path).ok());
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    QVERIFY(opened);
    Project &project = *opened.value();
    QUndoStack undo;
    ScenariosPage page;
    QObject::connect(&project, &Project::changed, &page, &ScenariosPage::refresh);
    page.setProject(&project, &undo);
    page.show();

    QAbstractItemModel *table = page.scenarioTable()->model();
    QCOMPARE(table->rowCount(), 4);
    // The target is selected first, and its rule is shown.
    QCOMPARE(table->index(page.selectedRow(), 0).data().toString(), u"Tout OVHcloud"_s);
    QCOMPARE(page.rulesTable()->rowCount(), 1);
    QCOMPARE(page.rulesTable()->item(0, 2)->text(), u"ovhcloud"_s);
    QVERIFY2(page.detailText().contains(u"82"_s), qPrintable(page.detailText()));

    // A rule sending health data to Scaleway, placed before the catch-all: one undoable command.
    page.addRule(u"data-class"_s, u"health"_s, u"scaleway"_s);
    QCOMPARE(undo.count(), 1);
    std::vector<scenarios::Scenario> stored = scenarios::loadScenarios(project);
    const auto target = std::find_if(stored.begin(), stored.end(),
                                     [](const scenarios::Scenario &s) { return s.target; });
    QCOMPARE(target->rules.size(), std::size_t(2));
    QCOMPARE(target->rules.back().provider, u"scaleway"_s);
    QCOMPARE(page.rulesTable()->rowCount(), 2);

    undo.undo();
    stored = scenarios::loadScenarios(project);
    QCOMPARE(std::find_if(stored.begin(), stored.end(),
                          [](const scenarios::Scenario &s) { return s.target; })
                 ->rules.size(),
             std::size_t(1));
    QCOMPARE(page.rulesTable()->rowCount(), 1);

    // Another scenario becomes the target, undoably.
    page.selectScenario(1);
    const QString chosen = table->index(1, 0).data().toString();
    page.targetButton()->click();
    stored = scenarios::loadScenarios(project);
    for (const scenarios::Scenario &s : stored) {
        QCOMPARE(s.target, s.name == chosen);
    }
    undo.undo();
    stored = scenarios::loadScenarios(project);
    for (const scenarios::Scenario &s : stored) {
        QCOMPARE(s.target, s.name == u"Tout OVHcloud"_s);
    }
    QVERIFY(project.close());
}

// Issue 6: the sensitivity view of the target, driven through the real widgets: the ±% factor
// changed in its spin box updates the table (the prices cases move twice as far) and is undone.
void TestScenariosPage::sensitivityView()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(path).ok());
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    QVERIFY(opened);
    Project &project = *opened.value();
    QUndoStack undo;
    ScenariosPage page;
    QObject::connect(&project, &Project::changed, &page, &ScenariosPage::refresh);
    page.setProject(&project, &undo);
    page.show();

    auto *model = qobject_cast<SensitivityTableModel *>(page.sensitivityTable()->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 5); // the target is selected: its five cases
    const auto entry = [model](scenarios::SensitivityCase kind) {
        for (const SensitivityTableModel::Entry &e : model->entries()) {
            if (e.row.kind == kind) {
                return e.row;
            }
        }
        return scenarios::SensitivityRow();
    };
    const auto rowOf = [model](const QString &id) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(SensitivityTableModel::CaseRole).toString() == id) {
                return r;
            }
        }
        return -1;
    };
    const Money up = entry(scenarios::SensitivityCase::PricesUp).delta;
    QVERIFY(up > Money());
    QVERIFY(model->index(rowOf(u"prices-up"_s), SensitivityTableModel::Case)
                .data()
                .toString()
                .contains(u"10"_s));
    // The demo imports no utilisation: the percentile case says so instead of a figure.
    QCOMPARE(model->index(rowOf(u"percentile"_s), SensitivityTableModel::Tco).data().toString(),
             u"not applicable: no utilisation data"_s);
    QCOMPARE(page.tornadoChart()->barCount(), 3);

    // ±20 % instead of ±10 %: one undoable edit, the table follows.
    page.sensitivityPercentBox()->setValue(20);
    Q_EMIT page.sensitivityPercentBox()->editingFinished();
    QCOMPARE(undo.count(), 1);
    std::vector<scenarios::Scenario> stored = scenarios::loadScenarios(project);
    const auto target = [&stored] {
        return *std::find_if(stored.begin(), stored.end(),
                             [](const scenarios::Scenario &s) { return s.target; });
    };
    QCOMPARE(target().assumptions.sensitivityPercent, Money::fromInteger(20));
    QCOMPARE(model->rowCount(), 5);
    const Money twice = entry(scenarios::SensitivityCase::PricesUp).delta;
    QVERIFY2((twice - up - up).abs() < Money::parse(u"0.000001").value(),
             qPrintable(twice.toString() + u" vs "_s + up.toString()));
    QVERIFY(model->index(rowOf(u"prices-up"_s), SensitivityTableModel::Case)
                .data()
                .toString()
                .contains(u"20"_s));

    undo.undo();
    stored = scenarios::loadScenarios(project);
    QCOMPARE(target().assumptions.sensitivityPercent, Money::fromInteger(10));
    QCOMPARE(entry(scenarios::SensitivityCase::PricesUp).delta, up);
    QCOMPARE(page.sensitivityPercentBox()->value(), 10.0);

    // The unknown commitment expiry is an assumption too: 24 months instead of 12 keeps the
    // demo's savings plan paid 21 months after the 3 of double run instead of 9.
    QAbstractItemModel *table = page.scenarioTable()->model();
    int commitmentsColumn = -1;
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->headerData(c, Qt::Horizontal).toString() == u"Commitments after the move"_s) {
            commitmentsColumn = c;
        }
    }
    QVERIFY(commitmentsColumn >= 0);
    const auto committed = [&] {
        return table->index(page.selectedRow(), commitmentsColumn).data().toString();
    };
    const QString before = committed();
    QVERIFY(!before.isEmpty());
    page.unknownCommitmentMonthsBox()->setValue(24);
    Q_EMIT page.unknownCommitmentMonthsBox()->editingFinished();
    stored = scenarios::loadScenarios(project);
    QCOMPARE(target().assumptions.unknownCommitmentMonths, 24);
    QVERIFY(committed() != before);
    undo.undo();
    QCOMPARE(committed(), before);

    // Sizing at P95 instead of P99: the case's label follows, undoably.
    page.percentileBox()->setCurrentIndex(page.percentileBox()->findData(95));
    stored = scenarios::loadScenarios(project);
    QCOMPARE(target().assumptions.sensitivityPercentile, 95);
    QCOMPARE(model->index(rowOf(u"percentile"_s), SensitivityTableModel::Case).data().toString(),
             u"Sizing at P95"_s);
    undo.undo();
    QCOMPARE(model->index(rowOf(u"percentile"_s), SensitivityTableModel::Case).data().toString(),
             u"Sizing at P99"_s);

    // Selecting another scenario also shows the target's cases (5 + 5 rows).
    page.selectScenario(page.selectedRow() == 0 ? 1 : 0);
    QCOMPARE(model->rowCount(), 10);
    QVERIFY(project.close());
}

// The real on-premises editor: an invalid amount is refused, accepting pushes one undoable
// command, the page's notes say what the model covers, and undo restores "not modelled".
void TestScenariosPage::onPremisesEditor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.boussole"_s);
    QVERIFY(createDemoProject(path).ok());
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    QVERIFY(opened);
    Project &project = *opened.value();
    // Start without the demo's model: behaves as with the bills alone, and says so.
    QVERIFY(
        project.setProjectSetting(QString::fromLatin1(scenarios::kOnPremisesKey), QString()).ok());
    QUndoStack undo;
    ScenariosPage page;
    QObject::connect(&project, &Project::changed, &page, &ScenariosPage::refresh);
    page.setProject(&project, &undo);
    page.show();
    QVERIFY2(page.detailText().contains(u"on-premises costs are not modelled"_s),
             qPrintable(page.detailText()));

    QVERIFY(page.onPremisesButton()->isEnabled());
    page.onPremisesButton()->click();
    OnPremisesDialog *dialog = page.onPremisesDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->amountEdit(OnPremisesDialog::PerVcpu)->text().isEmpty()); // no default
    QTest::keyClicks(dialog->amountEdit(OnPremisesDialog::PerVcpu), u"abc"_s);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog->isVisible()); // refused
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(undo.count(), 0);

    dialog->amountEdit(OnPremisesDialog::PerVcpu)->clear();
    QTest::keyClicks(dialog->amountEdit(OnPremisesDialog::PerVcpu), u"18"_s);
    QTest::keyClicks(dialog->amountEdit(OnPremisesDialog::PerGibMemory), u"4"_s);
    QTest::keyClicks(dialog->amountEdit(OnPremisesDialog::PerGbStorage), u"0.08"_s);
    QTest::keyClicks(dialog->amountEdit(OnPremisesDialog::FixedMonthly), u"15000"_s);
    dialog->basisEdit(OnPremisesDialog::FixedMonthly)->setText(u"devis hébergeur"_s);
    buttons->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(undo.count(), 1);
    scenarios::OnPremisesModel stored = scenarios::loadOnPremises(project);
    QVERIFY(stored.isSet());
    QCOMPARE(stored.perGbStorage.eur.value(),
             Money::parse(u"0.08"_s, {MoneyDecimalSeparator::Dot}).value());
    QCOMPARE(stored.perVcpu.basis, QString()); // an assumption
    QCOMPARE(scenarios::basisOrAssumption(stored.perVcpu), u"assumption"_s);
    QCOMPARE(stored.fixedMonthly.basis, u"devis hébergeur"_s);
    QVERIFY2(page.detailText().contains(u"On premises today"_s), qPrintable(page.detailText()));
    QVERIFY2(!page.detailText().contains(u"not modelled"_s), qPrintable(page.detailText()));

    undo.undo();
    QVERIFY(!scenarios::loadOnPremises(project).isSet());
    QVERIFY2(page.detailText().contains(u"on-premises costs are not modelled"_s),
             qPrintable(page.detailText()));
    undo.redo();
    QVERIFY(scenarios::loadOnPremises(project).isSet());
}

QTEST_MAIN(TestScenariosPage)
#include "TestScenariosPage.moc"
