#pragma once

#include "models/domain/Result.h"
#include "models/migration/CostCurve.h"
#include "models/migration/Schedule.h"
#include "views/migration/GanttView.h"
#include "views/pages/Page.h"

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace boussole {

class CostCurveView;
class EmptyState;

// How the estate moves: the waves on a timeline (drag to move or resize a wave, undoable), the
// cost curve on the same time axis, and the list of waves and workloads with their strategies,
// progress and the reason for each placement. "Plan automatically" (re)makes the waves from the
// inventory's applications, environments and dependencies.
class MigrationPage : public Page {
    Q_OBJECT

public:
    explicit MigrationPage(QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("migration"); }
    QString title() const override { return tr("Migration"); }
    void refresh() override;

    // Plans again and saves, undoably (waves moved by hand are planned afresh).
    void planAutomatically();
    // Pushes the undoable command for a wave moved (days later, negative: earlier) or resized.
    void moveWave(const QString &waveId, int days);
    void resizeWave(const QString &waveId, int days);
    Status exportPlan(const QString &path) const;
    void setZoom(TimeZoom zoom);
    // Pushes the undoable change of the planning assumptions and the plan's start.
    void setAssumptions(const migration::Assumptions &assumptions, const QDate &start);

    // For tests.
    const std::optional<migration::Plan> &plan() const { return m_plan; }
    const migration::Schedule &schedule() const { return m_schedule; }
    GanttView *gantt() const { return m_gantt; }
    CostCurveView *costCurve() const { return m_curve; }
    QTreeWidget *tree() const { return m_tree; }
    QComboBox *zoomCombo() const { return m_zoom; }
    QPushButton *planButton() const { return m_planButton; }
    QLabel *summaryLabel() const { return m_summary; }
    EmptyState *emptyState() const { return m_empty; }

private:
    void rebuild();
    void fillTree();
    void showTreeMenu(const QPoint &pos);
    void exportWithDialog(const QString &suffix);

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    QPushButton *m_planButton;
    QComboBox *m_zoom;
    QPushButton *m_assumptionsButton;
    QPushButton *m_exportCsv;
    QPushButton *m_exportXml;
    QLabel *m_summary;
    GanttView *m_gantt;
    CostCurveView *m_curve;
    QTreeWidget *m_tree;

    std::optional<migration::Plan> m_plan;
    migration::Schedule m_schedule;
    migration::Assumptions m_assumptions;
    std::vector<migration::CostMonth> m_costs;
    QString m_currency;
    std::map<QString, migration::Progress> m_progress;
    std::map<QString, Workload> m_workloads;
};

} // namespace boussole
