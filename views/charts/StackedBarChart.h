#pragma once

#include "models/domain/EstateSummary.h"

#include <QWidget>

class QChartView;

namespace boussole {

// A stacked bar chart with a legend, from a chart-neutral StackedSeries: horizontal bars by
// default, vertical columns (such as a monthly trend) with setOrientation(Qt::Vertical).
class StackedBarChart : public QWidget {
    Q_OBJECT

public:
    explicit StackedBarChart(QWidget *parent = nullptr);

    void setSeries(const StackedSeries &series);
    // Takes effect at the next setSeries().
    void setOrientation(Qt::Orientation orientation) { m_orientation = orientation; }
    // printf-style format of the value axis labels ("%d" by default).
    void setValueLabelFormat(const QString &format) { m_valueFormat = format; }

Q_SIGNALS:
    // A bar (one category: a month of a trend) was double-clicked.
    void categoryDoubleClicked(int index);

private:
    QChartView *m_view;
    Qt::Orientation m_orientation = Qt::Horizontal;
    QString m_valueFormat = QStringLiteral("%d");
};

} // namespace boussole
