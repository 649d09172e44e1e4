#include "views/charts/BarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace boussole {

BarChart::BarChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
}

void BarChart::setSeries(const CategorySeries &series)
{
    auto *chart = new QChart;
    chart->setTitle(series.title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto *set = new QBarSet(series.title);
    set->setColor(QColor(0x2b, 0x6c, 0xb0));
    double maximum = 0;
    for (double value : series.values) {
        *set << value;
        maximum = std::max(maximum, value);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(bars);

    auto *categories = new QBarCategoryAxis;
    categories->append(series.categories);
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(categories);

    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    // Headroom so the value labels at the bar ends stay inside the plot.
    values->setRange(0, std::max(1.0, maximum * 1.15));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace boussole
