#pragma once

#include "models/domain/EstateSummary.h"

#include <QWidget>

class QChartView;

namespace boussole {

// A tornado chart: one horizontal bar per case of a sensitivity view, its change against the
// base case, dearer to the right and cheaper to the left of zero. Qt Charts stays inside
// views/charts/.
class TornadoChart : public QWidget {
    Q_OBJECT

public:
    explicit TornadoChart(QWidget *parent = nullptr);

    // `series.values` are the changes (negative: cheaper), one per category.
    void setSeries(const CategorySeries &series, const QString &dearer, const QString &cheaper);
    int barCount() const { return m_bars; }

private:
    QChartView *m_view;
    int m_bars = 0;
};

} // namespace boussole
