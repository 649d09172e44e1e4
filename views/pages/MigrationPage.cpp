#include "views/pages/MigrationPage.h"

#include "models/scenarios/Scenario.h"

#include "models/commands/MigrationCommands.h"
#include "models/costs/CostData.h"
#include "models/migration/PlanStore.h"
#include "models/reports/PlanExport.h"
#include "models/storage/ProjectFile.h"
#include "views/dialogs/PlanAssumptionsDialog.h"
#include "views/migration/CostCurveView.h"
#include "views/migration/GanttView.h"
#include "views/widgets/EmptyState.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace migration;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kIsWaveRole = Qt::UserRole + 2;

QDate firstMondayOfNextMonth()
{
    const QDate next = QDate::currentDate().addMonths(1);
    const QDate first(next.year(), next.month(), 1);
    return first.addDays((8 - first.dayOfWeek()) % 7);
}

} // namespace

MigrationPage::MigrationPage(QWidget *parent)
    : Page(parent), m_stack(new QStackedWidget(this)), m_empty(new EmptyState(this)),
      m_content(new QWidget(this)), m_planButton(new QPushButton(tr("Plan automatically"), this)),
      m_zoom(new QComboBox(this)), m_assumptionsButton(new QPushButton(tr("Assumptions…"), this)),
      m_exportCsv(new QPushButton(tr("Export CSV…"), this)),
      m_exportXml(new QPushButton(tr("Export MS Project…"), this)), m_summary(new QLabel(this)),
      m_gantt(new GanttView(this)), m_curve(new CostCurveView(this)), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);

    m_zoom->addItem(tr("Weeks"), int(TimeZoom::Weeks));
    m_zoom->addItem(tr("Months"), int(TimeZoom::Months));
    m_zoom->addItem(tr("Quarters"), int(TimeZoom::Quarters));
    m_zoom->setCurrentIndex(1);
    m_planButton->setToolTip(tr("Make the waves again from the inventory's applications, "
                                "environments, strategies and dependencies"));

    auto *content = new QVBoxLayout(m_content);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_planButton);
    bar->addWidget(m_assumptionsButton);
    bar->addWidget(new QLabel(tr("Zoom:"), this));
    bar->addWidget(m_zoom);
    bar->addStretch(1);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportXml);
    content->addLayout(bar);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_gantt);
    splitter->addWidget(m_curve);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    content->addWidget(splitter, 1);

    m_tree->setColumnCount(6);
    m_tree->setHeaderLabels({tr("Wave / workload"), tr("Strategy"), tr("Progress"), tr("Start"),
                             tr("End"), tr("Reason")});
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);

    // One time axis: the curve scrolls with the timeline.
    connect(m_gantt->horizontalScrollBar(), &QScrollBar::valueChanged,
            m_curve->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_curve->horizontalScrollBar(), &QScrollBar::valueChanged,
            m_gantt->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_gantt, &GanttView::waveMoved, this, &MigrationPage::moveWave);
    connect(m_gantt, &GanttView::waveResized, this, &MigrationPage::resizeWave);
    connect(m_gantt, &GanttView::waveActivated, this, [this](const QString &waveId) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            if (m_tree->topLevelItem(i)->data(0, kIdRole).toString() == waveId) {
                m_tree->setCurrentItem(m_tree->topLevelItem(i));
                m_tree->topLevelItem(i)->setExpanded(true);
            }
        }
    });
    connect(m_zoom, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_planButton, &QPushButton::clicked, this, &MigrationPage::planAutomatically);
    connect(m_assumptionsButton, &QPushButton::clicked, this, [this] {
        if (!m_plan) {
            return;
        }
        PlanAssumptionsDialog dialog(m_assumptions, m_plan->start, this);
        if (dialog.exec() == QDialog::Accepted) {
            setAssumptions(dialog.assumptions(), dialog.start());
        }
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(u"csv"_s); });
    connect(m_exportXml, &QPushButton::clicked, this, [this] { exportWithDialog(u"xml"_s); });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &MigrationPage::showTreeMenu);
    connect(m_empty, &EmptyState::activated, this, [this] {
        if (m_project && m_project->workloadCount() > 0) {
            planAutomatically();
        } else {
            Q_EMIT pageRequested(u"inventory"_s);
        }
    });
    refresh();
}

void MigrationPage::refresh()
{
    m_plan.reset();
    m_costs.clear();
    m_workloads.clear();
    m_progress.clear();
    if (!m_project) {
        m_empty->setTexts(tr("No migration plan"), tr("Open a project to plan its migration."),
                          QString());
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    Result<CostData> bills = CostData::load(*m_project);
    const CostData *billsPtr = bills ? &bills.value() : nullptr;
    Result<std::optional<Plan>> loaded = loadPlan(*m_project, billsPtr);
    if (!loaded || !loaded->has_value()) {
        const bool hasWorkloads = m_project->workloadCount() > 0;
        m_empty->setTexts(
            tr("No migration plan"),
            hasWorkloads
                ? tr("A migration plan groups workloads into waves by application and "
                     "environment, follows their dependencies and puts them on a timeline, with "
                     "the reason for every placement. No plan has been made for this project yet.")
                : tr("A migration plan starts from the inventory's applications and environments; "
                     "import an inventory first."),
            hasWorkloads ? tr("Plan automatically") : tr("Open the inventory"));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_plan = std::move(**loaded);
    m_assumptions = assumptions(*m_project);
    m_schedule = schedulePlan(*m_plan, m_assumptions);
    for (const Workload &w : m_project->workloads()) {
        m_workloads.emplace(w.id, w);
    }
    m_progress = progress(*m_project);
    if (billsPtr) {
        // Each workload moves to what the target scenario costs for it (workloads the target
        // does not place keep today's cost).
        // Workloads no bill describes cost what the project's on-premises model says.
        const scenarios::CurveCosts costs =
            scenarios::curveCostsByWorkload(*m_project, billsPtr->mainCurrency());
        const CostCurveInput input =
            costInputFromBills(*billsPtr, *m_plan, costs.target, costs.onPremises);
        m_currency = input.currency;
        if (!m_currency.isEmpty()) {
            m_costs = migration::costCurve(*m_plan, m_schedule, input);
        }
    }
    m_planButton->setEnabled(!m_project->readOnly());
    m_assumptionsButton->setEnabled(!m_project->readOnly());
    m_stack->setCurrentWidget(m_content);
    rebuild();
    fillTree();
}

void MigrationPage::rebuild()
{
    if (!m_plan) {
        return;
    }
    TimeAxis axis;
    axis.origin = m_schedule.start.isValid() ? m_schedule.start.addDays(-14) : QDate::currentDate();
    if (QDate::currentDate() < axis.origin && QDate::currentDate().daysTo(axis.origin) < 120) {
        axis.origin = QDate::currentDate().addDays(-7); // keep today in view when it is close
    }
    axis.pixelsPerDay = TimeAxis::pixelsPerDayFor(TimeZoom(m_zoom->currentData().toInt()));
    const int scroll = m_gantt->horizontalScrollBar()->value();
    m_gantt->setPlan(*m_plan, m_schedule, axis, QDate::currentDate(), m_progress);
    m_curve->setCurve(m_costs, m_currency, axis, m_gantt->sceneRect().width(),
                      QDate::currentDate());
    m_gantt->horizontalScrollBar()->setValue(scroll);
    // The timeline shows every wave when it can; the list takes what is left.
    const int scrollBar = m_gantt->horizontalScrollBar()->sizeHint().height();
    m_gantt->setMinimumHeight(int(std::min(m_gantt->sceneRect().height() + scrollBar + 6, 360.0)));
    m_curve->setMinimumHeight(int(m_curve->sceneRect().height()) + scrollBar + 6);

    const QLocale locale;
    QStringList lines;
    int moving = 0;
    for (const Wave &w : m_plan->waves) {
        moving += int(w.items.size());
    }
    if (m_plan->waves.empty()) {
        lines << tr("Nothing to move: every workload is retired, retained or left out.");
    } else {
        lines << tr("%n wave(s), %1 workloads, from %2 to %3; %4 left out (retired, retained, "
                    "templates, duplicates).",
                    nullptr, int(m_plan->waves.size()))
                     .arg(moving)
                     .arg(locale.toString(m_schedule.start, QLocale::ShortFormat),
                          locale.toString(m_schedule.end.addDays(-1), QLocale::ShortFormat))
                     .arg(m_plan->excluded.size());
    }
    for (size_t i = 0; i < m_schedule.waves.size(); ++i) {
        if (!m_schedule.waves[i].conflict.isEmpty()) {
            lines << tr("%1: %2").arg(m_plan->waves[i].name, m_schedule.waves[i].conflict);
        }
    }
    for (const QString &warning : m_plan->warnings) {
        lines << warning;
    }
    int stale = 0;
    for (const Wave &w : m_plan->waves) {
        for (const Placement &p : w.items) {
            stale += strategyMoves(p.strategy) ? 0 : 1;
        }
    }
    if (stale > 0) {
        lines << tr("%n workload(s) in the waves are now to be retired or retained: plan again to "
                    "take them out.",
                    nullptr, stale);
    }
    m_summary->setText(lines.join(u'\n'));
}

void MigrationPage::fillTree()
{
    m_tree->clear();
    if (!m_plan) {
        return;
    }
    const QLocale locale;
    const auto workloadItem = [&](QTreeWidgetItem *parent, const QString &id, Strategy strategy,
                                  const QString &reason, const QString &strategyReason) {
        auto *item = new QTreeWidgetItem(parent);
        auto it = m_workloads.find(id);
        item->setText(0, it == m_workloads.end() ? id : it->second.name);
        item->setText(1, strategyLabel(strategy));
        item->setToolTip(1, strategyReason);
        auto p = m_progress.find(id);
        item->setText(2, progressLabel(p == m_progress.end() ? Progress::Planned : p->second));
        item->setText(5, reason);
        item->setToolTip(5, reason);
        item->setData(0, kIdRole, id);
        item->setData(0, kIsWaveRole, false);
    };
    for (size_t i = 0; i < m_plan->waves.size(); ++i) {
        const Wave &wave = m_plan->waves[i];
        const WaveSchedule &ws = m_schedule.waves[i];
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, wave.name);
        top->setText(3, locale.toString(ws.start, QLocale::ShortFormat));
        top->setText(4, locale.toString(ws.end.addDays(-1), QLocale::ShortFormat));
        top->setText(5, ws.conflict.isEmpty() ? wave.reason : ws.conflict);
        top->setToolTip(5, wave.groups.join(u'\n'));
        top->setData(0, kIdRole, wave.id);
        top->setData(0, kIsWaveRole, true);
        top->setExpanded(i == 0);
        for (const Placement &p : wave.items) {
            workloadItem(top, p.workloadId, p.strategy, p.reason, p.strategyReason);
        }
    }
    if (!m_plan->excluded.empty()) {
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, tr("Left out of the waves"));
        top->setData(0, kIsWaveRole, false);
        for (const Excluded &e : m_plan->excluded) {
            workloadItem(top, e.workloadId, e.strategy, e.reason, e.reason);
        }
    }
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
}

void MigrationPage::showTreeMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item || item->data(0, kIsWaveRole).toBool() || !m_project || !m_undoStack ||
        m_project->readOnly()) {
        return;
    }
    const QString id = item->data(0, kIdRole).toString();
    if (id.isEmpty()) {
        return;
    }
    QMenu menu(this);
    QMenu *strategies = menu.addMenu(tr("Strategy"));
    for (Strategy s : kAllStrategies) {
        strategies->addAction(strategyLabel(s), this, [this, id, s] {
            m_undoStack->push(new SetStrategyCommand(m_project, id, s));
        });
    }
    strategies->addSeparator();
    strategies->addAction(tr("As inferred"), this, [this, id] {
        m_undoStack->push(new SetStrategyCommand(m_project, id, std::nullopt));
    });
    QMenu *progressMenu = menu.addMenu(tr("Progress"));
    for (Progress p :
         {Progress::Planned, Progress::Migrating, Progress::Validated, Progress::Decommissioned}) {
        progressMenu->addAction(progressLabel(p), this, [this, id, p] {
            m_undoStack->push(new SetProgressCommand(m_project, id, p));
        });
    }
    menu.addAction(tr("Depends on…"), this, [this, id] {
        QStringList names;
        std::vector<QString> ids;
        for (const auto &[otherId, w] : m_workloads) {
            if (otherId != id) {
                names << w.name + u" ("_s + w.application + u')';
                ids.push_back(otherId);
            }
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Add a dependency"), tr("This workload needs:"), names, 0, false, &ok);
        const qsizetype index = names.indexOf(chosen);
        if (ok && index >= 0) {
            m_undoStack->push(new AddDependencyCommand(m_project, {id, ids[size_t(index)], {}}));
        }
    });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MigrationPage::planAutomatically()
{
    if (!m_project || !m_undoStack) {
        return;
    }
    Result<CostData> bills = CostData::load(*m_project);
    const PlannerInput input =
        plannerInput(*m_project, bills ? &bills.value() : nullptr, firstMondayOfNextMonth());
    auto *command = new ReplanCommand(m_project, planWaves(input));
    m_undoStack->push(command);
    if (command->failed()) {
        QMessageBox::warning(this, tr("Plan automatically"),
                             tr("The plan could not be saved: the project is read-only."));
    }
}

void MigrationPage::moveWave(const QString &waveId, int days)
{
    if (!m_plan || !m_undoStack || !m_project) {
        return;
    }
    for (size_t i = 0; i < m_plan->waves.size(); ++i) {
        const Wave &w = m_plan->waves[i];
        if (w.id != waveId) {
            continue;
        }
        const MoveWaveCommand::Adjustment before{w.notBefore, w.migrateDays};
        const MoveWaveCommand::Adjustment after{m_schedule.waves[i].start.addDays(days),
                                                w.migrateDays};
        m_undoStack->push(new MoveWaveCommand(m_project, waveId, before, after));
        return;
    }
}

void MigrationPage::resizeWave(const QString &waveId, int days)
{
    if (!m_plan || !m_undoStack || !m_project) {
        return;
    }
    for (const Wave &w : m_plan->waves) {
        if (w.id != waveId) {
            continue;
        }
        const MoveWaveCommand::Adjustment before{w.notBefore, w.migrateDays};
        const int current = estimatedMigrateDays(w, m_assumptions);
        const MoveWaveCommand::Adjustment after{w.notBefore, std::max(1, current + days)};
        m_undoStack->push(new MoveWaveCommand(m_project, waveId, before, after));
        return;
    }
}

Status MigrationPage::exportPlan(const QString &path) const
{
    if (!m_plan || !m_project) {
        return Error(tr("There is no plan to export."));
    }
    std::vector<Workload> workloads;
    for (const auto &[id, w] : m_workloads) {
        workloads.push_back(w);
    }
    return writePlanFile(*m_plan, m_schedule, workloads, m_project->name(), path);
}

void MigrationPage::exportWithDialog(const QString &suffix)
{
    const QString filter =
        suffix == u"csv" ? tr("CSV files (*.csv)") : tr("MS Project XML (*.xml)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the plan"),
                                                      tr("migration-plan") + u'.' + suffix, filter);
    if (path.isEmpty()) {
        return;
    }
    if (Status s = exportPlan(path); !s) {
        QMessageBox::warning(this, tr("Export the plan"), s.error().toString());
    }
}

void MigrationPage::setAssumptions(const Assumptions &assumptions, const QDate &start)
{
    if (m_project && m_undoStack) {
        m_undoStack->push(new SetPlanAssumptionsCommand(m_project, assumptions, start));
    }
}

void MigrationPage::setZoom(TimeZoom zoom)
{
    m_zoom->setCurrentIndex(m_zoom->findData(int(zoom)));
}

} // namespace boussole
