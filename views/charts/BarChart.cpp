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

namespace {

QHorizontalBarSeries *barsOf(const QChart *chart)
{
    if (!chart || chart->series().isEmpty()) {
        return nullptr;
    }
    return qobject_cast<QHorizontalBarSeries *>(chart->series().constFirst());
}

} // namespace

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

    // Qt Charts draws the first category at the bottom; feeding the series backwards puts it at
    // the top (QAbstractAxis::setReverse does not move the bars in Qt 6.4).
    m_reversed = m_topToBottom;
    QStringList categoryNames = series.categories;
    std::vector<double> barValues = series.values;
    if (m_reversed) {
        std::reverse(categoryNames.begin(), categoryNames.end());
        std::reverse(barValues.begin(), barValues.end());
    }
    auto *set = new QBarSet(series.title);
    set->setColor(QColor(0x2b, 0x6c, 0xb0));
    double maximum = 0;
    for (double value : barValues) {
        *set << value;
        maximum = std::max(maximum, value);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(m_labelFormat);
    chart->addSeries(bars);

    auto *categories = new QBarCategoryAxis;
    categories->append(categoryNames);
    chart->addAxis(categories, Qt::AlignLeft);
    bars->attachAxis(categories);

    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    if (m_range) {
        values->setRange(m_range->first, m_range->second);
    } else {
        // Headroom so the value labels at the bar ends stay inside the plot.
        values->setRange(0, std::max(1.0, maximum * 1.15));
        values->applyNiceNumbers();
    }
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

QString BarChart::title() const
{
    return m_view->chart() ? m_view->chart()->title() : QString();
}

QStringList BarChart::categories() const
{
    const QChart *chart = m_view->chart();
    if (!chart) {
        return {};
    }
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList names = categoryAxis->categories();
            if (m_reversed) {
                std::reverse(names.begin(), names.end());
            }
            return names;
        }
    }
    return {};
}

QList<qreal> BarChart::values() const
{
    QList<qreal> result;
    if (QHorizontalBarSeries *bars = barsOf(m_view->chart()); bars && bars->count() > 0) {
        const QBarSet *set = bars->barSets().constFirst();
        for (int i = 0; i < set->count(); ++i) {
            result << set->at(i);
        }
    }
    if (m_reversed) {
        std::reverse(result.begin(), result.end());
    }
    return result;
}

} // namespace boussole
