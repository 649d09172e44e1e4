#pragma once

// The plan's timeline, drawn with QGraphicsView: one row per wave with its four phases as bars
// (critical ones outlined), dependency arrows between waves, milestones, today's line, a time axis
// in weeks, months or quarters. Dragging a wave's bars moves it; dragging the right end of its
// migration bar resizes the migration. The view only reports the gesture (waveMoved,
// waveResized): the page turns it into an undoable command, and the new schedule comes back
// through setPlan().

#include "models/migration/Schedule.h"

#include <QGraphicsView>

#include <map>

namespace boussole {

enum class TimeZoom { Weeks, Months, Quarters };

// The time axis shared by the timeline and the cost curve.
struct TimeAxis {
    QDate origin; // x = 0
    double pixelsPerDay = 4;
    double x(const QDate &date) const { return double(origin.daysTo(date)) * pixelsPerDay; }
    static double pixelsPerDayFor(TimeZoom zoom);
};

class GanttView : public QGraphicsView {
    Q_OBJECT

public:
    explicit GanttView(QWidget *parent = nullptr);

    // progress: workload id → its progress (missing: planned), summed up per wave in its label.
    void setPlan(const migration::Plan &plan, const migration::Schedule &schedule,
                 const TimeAxis &axis, const QDate &today,
                 const std::map<QString, migration::Progress> &progress = {});
    const TimeAxis &axis() const { return m_axis; }

    // Scene rectangle of a wave's bars (all phases), for tests and tooltips; null when unknown.
    QRectF waveRect(const QString &waveId) const;
    // Scene rectangle of a wave's migration bar.
    QRectF migrateRect(const QString &waveId) const;
    int arrowCount() const { return m_arrows; }

    static constexpr double kHeader = 34;
    static constexpr double kRow = 40;

Q_SIGNALS:
    void waveMoved(const QString &waveId, int days);
    void waveResized(const QString &waveId, int days);
    void waveActivated(const QString &waveId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Row {
        QString waveId;
        QRectF bars;    // all phases
        QRectF migrate; // the migration bar
        std::vector<QGraphicsItem *> items;
    };
    enum class Drag { None, Move, Resize };
    const Row *rowAt(const QPointF &scenePos) const;

    QGraphicsScene *m_scene;
    TimeAxis m_axis;
    std::vector<Row> m_rows;
    int m_arrows = 0;
    Drag m_drag = Drag::None;
    QString m_dragWave;
    QPointF m_pressPos;
    QGraphicsRectItem *m_ghost = nullptr;
};

} // namespace boussole
