#include "views/migration/GanttView.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QMouseEvent>
#include <QPainterPath>
#include <QPalette>

#include <cmath>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace migration;

namespace {

QColor phaseColour(Phase phase)
{
    switch (phase) {
    case Phase::Prepare:
        return QColor(0x9e, 0xc5, 0xe8);
    case Phase::Migrate:
        return QColor(0x2f, 0x6f, 0xb3);
    case Phase::Validate:
        return QColor(0x5a, 0xa4, 0x69);
    case Phase::Decommission:
        return QColor(0xb8, 0xb8, 0xb8);
    }
    return Qt::gray;
}

constexpr double kBarHeight = 14;
constexpr double kResizeGrip = 6;

} // namespace

double TimeAxis::pixelsPerDayFor(TimeZoom zoom)
{
    switch (zoom) {
    case TimeZoom::Weeks:
        return 14;
    case TimeZoom::Months:
        return 4;
    case TimeZoom::Quarters:
        return 1.5;
    }
    return 4;
}

GanttView::GanttView(QWidget *parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
}

void GanttView::setPlan(const Plan &plan, const Schedule &schedule, const TimeAxis &axis,
                        const QDate &today, const std::map<QString, Progress> &progress)
{
    m_scene->clear();
    m_rows.clear();
    m_ghost = nullptr;
    m_arrows = 0;
    m_axis = axis;
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = pal.color(QPalette::Mid);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);

    QDate last = schedule.end.isValid() ? schedule.end : axis.origin.addMonths(1);
    for (const Milestone &m : plan.milestones) {
        if (m.date.isValid() && m.date > last) {
            last = m.date;
        }
    }
    last = last.addDays(30);
    const double width = axis.x(last);
    const double height = kHeader + kRow * double(schedule.waves.size()) + 58;

    // Time axis: a tick per week, month or quarter depending on the scale.
    const QLocale locale;
    const bool weeks = axis.pixelsPerDay >= 10;
    const bool quarters = axis.pixelsPerDay < 2;
    QDate tick = weeks ? axis.origin.addDays((8 - axis.origin.dayOfWeek()) % 7)
                       : QDate(axis.origin.year(), axis.origin.month(), 1).addMonths(1);
    if (quarters) {
        while ((tick.month() - 1) % 3 != 0) {
            tick = tick.addMonths(1);
        }
    }
    for (; tick <= last; tick = weeks ? tick.addDays(7) : tick.addMonths(quarters ? 3 : 1)) {
        const double x = axis.x(tick);
        auto *line = m_scene->addLine(x, kHeader - 6, x, height, QPen(grid, 0, Qt::DotLine));
        line->setZValue(-2);
        QString label;
        if (weeks) {
            label = locale.toString(tick, u"d MMM"_s);
        } else if (quarters) {
            label = u"Q%1 %2"_s.arg((tick.month() - 1) / 3 + 1).arg(tick.year());
        } else {
            label = locale.toString(tick, u"MMM yyyy"_s);
        }
        auto *t = m_scene->addSimpleText(label, small);
        t->setBrush(text);
        t->setPos(x + 3, 4);
    }

    // Waves.
    std::map<QString, size_t> rowOf;
    for (size_t i = 0; i < schedule.waves.size() && i < plan.waves.size(); ++i) {
        const WaveSchedule &ws = schedule.waves[i];
        const Wave &wave = plan.waves[i];
        Row row;
        row.waveId = ws.waveId;
        const double top = kHeader + kRow * double(i);
        const double barTop = top + 20;
        int done = 0;
        for (const Placement &p : wave.items) {
            auto it = progress.find(p.workloadId);
            done += it != progress.end() &&
                    (it->second == Progress::Validated || it->second == Progress::Decommissioned);
        }
        QString label =
            wave.name + u" · "_s + tr("%n workload(s)", nullptr, int(wave.items.size()));
        if (done > 0) {
            label += u" · "_s + tr("%1 validated").arg(done);
        }
        auto *name = m_scene->addSimpleText(label, small);
        name->setBrush(ws.conflict.isEmpty() ? text : QColor(0xc0, 0x30, 0x30));
        name->setPos(axis.x(ws.start), top + 3);
        name->setToolTip(ws.conflict.isEmpty() ? wave.reason : ws.conflict);
        row.items.push_back(name);
        for (const PhaseSpan &span : ws.phases) {
            const double x0 = axis.x(span.start);
            const double w = std::max(1.0, axis.x(span.end) - x0);
            QPen pen = span.critical ? QPen(QColor(0xc0, 0x30, 0x30), 2) : QPen(Qt::NoPen);
            auto *bar = m_scene->addRect(x0, barTop, w, kBarHeight, pen, phaseColour(span.phase));
            bar->setToolTip(u"%1 — %2: %3 → %4%5"_s.arg(
                wave.name, phaseLabel(span.phase),
                locale.toString(span.start, QLocale::ShortFormat),
                locale.toString(span.end.addDays(-1), QLocale::ShortFormat),
                span.critical ? u" · "_s + tr("critical path") : QString()));
            row.items.push_back(bar);
            if (span.phase == Phase::Migrate) {
                row.migrate = QRectF(x0, barTop, w, kBarHeight);
            }
        }
        row.bars =
            QRectF(QPointF(axis.x(ws.start), barTop), QPointF(axis.x(ws.end), barTop + kBarHeight));
        rowOf[ws.waveId] = m_rows.size();
        m_rows.push_back(std::move(row));
    }

    // Dependency arrows: from the end of the needed wave's validation to the dependent's
    // migration start.
    for (size_t i = 0; i < schedule.waves.size(); ++i) {
        const WaveSchedule &ws = schedule.waves[i];
        for (const QString &dep : ws.dependsOnWaves) {
            auto it = rowOf.find(dep);
            if (it == rowOf.end()) {
                continue;
            }
            const WaveSchedule *from = schedule.wave(dep);
            const QPointF a(axis.x(from->phases[2].end),
                            kHeader + kRow * double(it->second) + 20 + kBarHeight);
            const QPointF b(axis.x(ws.phases[1].start), kHeader + kRow * double(i) + 20);
            QPainterPath path(a);
            path.cubicTo(QPointF(a.x() + 12, a.y() + 12), QPointF(b.x() - 12, b.y() - 12), b);
            const QPen pen(QColor(0x55, 0x55, 0x55), 1.2);
            m_scene->addPath(path, pen)->setZValue(2);
            QPolygonF head;
            head << b << QPointF(b.x() - 6, b.y() - 4) << QPointF(b.x() - 2, b.y() - 7);
            m_scene->addPolygon(head, pen, QColor(0x55, 0x55, 0x55))->setZValue(2);
            ++m_arrows;
        }
    }

    // Milestones: a diamond on the axis and a dashed line down the rows.
    for (const Milestone &m : plan.milestones) {
        if (!m.date.isValid()) {
            continue;
        }
        const double x = axis.x(m.date);
        const QColor colour =
            m.kind == u"commitment" ? QColor(0xd0, 0x80, 0x10) : QColor(0x80, 0x40, 0xa0);
        m_scene->addLine(x, kHeader, x, height - 20, QPen(colour, 1, Qt::DashLine))->setZValue(1);
        QPolygonF diamond;
        diamond << QPointF(x, kHeader - 8) << QPointF(x + 6, kHeader - 2) << QPointF(x, kHeader + 4)
                << QPointF(x - 6, kHeader - 2);
        auto *d = m_scene->addPolygon(diamond, QPen(colour), colour);
        d->setZValue(3);
        d->setToolTip(m.name + u" — "_s + locale.toString(m.date, QLocale::ShortFormat));
        auto *label = m_scene->addSimpleText(m.name, small);
        label->setBrush(colour);
        label->setPos(x + 4, height - 36);
    }

    // Legend, under the rows.
    double lx = 4;
    const double ly = height - 16;
    for (Phase phase : kPhases) {
        m_scene->addRect(lx, ly + 2, 12, 9, Qt::NoPen, phaseColour(phase));
        auto *t = m_scene->addSimpleText(phaseLabel(phase), small);
        t->setBrush(text);
        t->setPos(lx + 16, ly);
        lx += 22 + t->boundingRect().width();
    }
    m_scene->addRect(lx, ly + 2, 12, 9, QPen(QColor(0xc0, 0x30, 0x30), 2), Qt::NoBrush);
    auto *critical = m_scene->addSimpleText(
        tr("critical path · drag a wave to move it, its migration's right end to resize it"),
        small);
    critical->setBrush(text);
    critical->setPos(lx + 16, ly);

    // Today.
    if (today.isValid()) {
        const double x = axis.x(today);
        m_scene->addLine(x, 0, x, height, QPen(QColor(0xd0, 0x20, 0x20), 1.5))->setZValue(4);
        auto *label = m_scene->addSimpleText(tr("today"), small);
        label->setBrush(QColor(0xd0, 0x20, 0x20));
        label->setPos(x + 3, kHeader - 16);
    }
    m_scene->setSceneRect(0, 0, std::max(width, 10.0), height);
}

QRectF GanttView::waveRect(const QString &waveId) const
{
    for (const Row &row : m_rows) {
        if (row.waveId == waveId) {
            return row.bars;
        }
    }
    return {};
}

QRectF GanttView::migrateRect(const QString &waveId) const
{
    for (const Row &row : m_rows) {
        if (row.waveId == waveId) {
            return row.migrate;
        }
    }
    return {};
}

const GanttView::Row *GanttView::rowAt(const QPointF &p) const
{
    for (const Row &row : m_rows) {
        if (row.bars.adjusted(-2, -4, kResizeGrip, 4).contains(p)) {
            return &row;
        }
    }
    return nullptr;
}

void GanttView::mousePressEvent(QMouseEvent *event)
{
    const QPointF p = mapToScene(event->position().toPoint());
    const Row *row = event->button() == Qt::LeftButton ? rowAt(p) : nullptr;
    if (!row) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_dragWave = row->waveId;
    m_pressPos = p;
    m_drag = std::abs(p.x() - row->migrate.right()) <= kResizeGrip ? Drag::Resize : Drag::Move;
    const QRectF start = m_drag == Drag::Resize ? row->migrate : row->bars;
    m_ghost = m_scene->addRect(start, QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine),
                               Qt::NoBrush);
    m_ghost->setZValue(10);
    event->accept();
}

void GanttView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF p = mapToScene(event->position().toPoint());
    if (m_drag == Drag::None) {
        const Row *row = rowAt(p);
        setCursor(row && std::abs(p.x() - row->migrate.right()) <= kResizeGrip
                      ? Qt::SizeHorCursor
                      : (row ? Qt::OpenHandCursor : Qt::ArrowCursor));
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const double dx = p.x() - m_pressPos.x();
    for (const Row &row : m_rows) {
        if (row.waveId != m_dragWave) {
            continue;
        }
        if (m_drag == Drag::Move) {
            m_ghost->setRect(row.bars.translated(dx, 0));
        } else {
            QRectF r = row.migrate;
            r.setRight(std::max(r.left() + m_axis.pixelsPerDay, r.right() + dx));
            m_ghost->setRect(r);
        }
    }
    event->accept();
}

void GanttView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const QPointF p = mapToScene(event->position().toPoint());
    const int days = int(std::lround((p.x() - m_pressPos.x()) / m_axis.pixelsPerDay));
    const Drag drag = m_drag;
    const QString wave = m_dragWave;
    m_drag = Drag::None;
    m_dragWave.clear();
    if (m_ghost) {
        m_scene->removeItem(m_ghost);
        delete m_ghost;
        m_ghost = nullptr;
    }
    event->accept();
    if (days == 0) {
        return;
    }
    // Signals last: the receiver may rebuild the scene.
    if (drag == Drag::Move) {
        Q_EMIT waveMoved(wave, days);
    } else {
        Q_EMIT waveResized(wave, days);
    }
}

void GanttView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const Row *row = rowAt(mapToScene(event->position().toPoint()))) {
        Q_EMIT waveActivated(row->waveId);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace boussole
