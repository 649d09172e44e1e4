#pragma once

#include "models/domain/EstateSummary.h"

#include <QWidget>

class QChartView;

namespace boussole {

// A horizontal stacked bar chart with a legend, from a chart-neutral StackedSeries.
class StackedBarChart : public QWidget {
    Q_OBJECT

public:
    explicit StackedBarChart(QWidget *parent = nullptr);

    void setSeries(const StackedSeries &series);

private:
    QChartView *m_view;
};

} // namespace boussole
