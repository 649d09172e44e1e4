#include "views/charts/TornadoChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace boussole {

TornadoChart::TornadoChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
}

void TornadoChart::setSeries(const CategorySeries &series, const QString &dearer,
                             const QString &cheaper)
{
    auto *chart = new QChart;
    chart->setTitle(series.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));

    // Two sets stacked on one axis so that each side has its own colour.
    auto *up = new QBarSet(dearer);
    up->setColor(QColor(0xc0, 0x39, 0x2b));
    auto *down = new QBarSet(cheaper);
    down->setColor(QColor(0x2e, 0x8b, 0x57));
    double extent = 0;
    for (double value : series.values) {
        *up << std::max(0.0, value);
        *down << std::min(0.0, value);
        extent = std::max(extent, std::abs(value));
    }
    m_bars = int(series.values.size());
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(up);
    bars->append(down);
    chart->addSeries(bars);

    auto *categories = new QBarCategoryAxis;
    categories->append(series.categories);
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(categories);

    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    const double range = std::max(1.0, extent * 1.1); // symmetric: zero in the middle
    values->setRange(-range, range);
    // Few, round ticks: the chart is narrow and the amounts are large.
    values->setTickCount(3);
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace boussole
