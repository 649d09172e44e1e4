#pragma once

// The migration cost curve under the timeline, on the same time axis: for each month the old
// platform's run-rate, the new platform's and the commitments paid for nothing (stranded),
// stacked; the double run is the part of the old platform whose workloads already run on the
// new one (hatched). Drawn with QGraphicsView.

#include "models/migration/CostCurve.h"
#include "views/migration/GanttView.h"

#include <QGraphicsView>

namespace boussole {

class CostCurveView : public QGraphicsView {
    Q_OBJECT

public:
    explicit CostCurveView(QWidget *parent = nullptr);

    void setCurve(const std::vector<migration::CostMonth> &months, const QString &currency,
                  const TimeAxis &axis, double width, const QDate &today);
    int monthCount() const { return m_months; }

private:
    QGraphicsScene *m_scene;
    int m_months = 0;
};

} // namespace boussole
