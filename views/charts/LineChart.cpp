#include "views/charts/LineChart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace boussole {

LineChart::LineChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(180);
}

void LineChart::setLines(const QString &title, const QString &xTitle,
                         const std::vector<Line> &lines, int marker, const QString &markerLabel)
{
    auto *chart = new QChart();
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *x = new QValueAxis();
    auto *y = new QValueAxis();
    x->setTitleText(xTitle);
    x->setLabelFormat(QStringLiteral("%d"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0;
    int count = 0;
    for (const Line &line : lines) {
        auto *series = new QLineSeries();
        series->setName(line.label);
        for (std::size_t i = 0; i < line.values.size(); ++i) {
            series->append(double(i + 1), line.values[i]);
            top = std::max(top, line.values[i]);
        }
        count = std::max(count, int(line.values.size()));
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (marker > 0) {
        auto *payback = new QLineSeries();
        payback->setName(markerLabel);
        payback->append(marker, 0);
        payback->append(marker, top);
        QPen pen(Qt::darkGreen);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        payback->setPen(pen);
        chart->addSeries(payback);
        payback->attachAxis(x);
        payback->attachAxis(y);
    }
    x->setRange(1, std::max(2, count));
    y->setRange(0, top > 0 ? top * 1.05 : 1);
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace boussole
