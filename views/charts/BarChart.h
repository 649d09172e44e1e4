#pragma once

#include "models/domain/EstateSummary.h"

#include <QWidget>

class QChartView;

namespace boussole {

// A horizontal bar chart of one chart-neutral CategorySeries. Qt Charts stays inside views/charts/.
class BarChart : public QWidget {
    Q_OBJECT

public:
    explicit BarChart(QWidget *parent = nullptr);

    void setSeries(const CategorySeries &series);

private:
    QChartView *m_view;
};

} // namespace boussole
