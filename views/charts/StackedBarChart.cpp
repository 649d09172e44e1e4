#include "views/charts/StackedBarChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace boussole {

namespace {

// A colour-blind-friendly palette (Okabe–Ito), readable on a projector.
constexpr std::array<QRgb, 8> kPalette = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                          0x56B4E9, 0xD55E00, 0xF0E442, 0x000000};

} // namespace

StackedBarChart::StackedBarChart(QWidget *parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
}

void StackedBarChart::setSeries(const StackedSeries &series)
{
    auto *chart = new QChart;
    chart->setTitle(series.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const bool vertical = m_orientation == Qt::Vertical;
    chart->legend()->setAlignment(vertical ? Qt::AlignBottom : Qt::AlignRight);

    QAbstractBarSeries *bars = vertical ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                        : new QHorizontalStackedBarSeries;
    connect(bars, &QAbstractBarSeries::doubleClicked, this,
            [this](int index, QBarSet *) { Q_EMIT categoryDoubleClicked(index); });
    std::vector<double> totals(size_t(series.categories.size()), 0.0);
    size_t colour = 0;
    for (const auto &[label, values] : series.sets) {
        auto *set = new QBarSet(label);
        set->setColor(QColor::fromRgb(kPalette[colour++ % kPalette.size()]));
        for (size_t i = 0; i < values.size(); ++i) {
            *set << values[i];
            if (i < totals.size()) {
                totals[i] += values[i];
            }
        }
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *categories = new QBarCategoryAxis;
    categories->append(series.categories);
    chart->addAxis(categories, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(m_valueFormat);
    const double maximum = totals.empty() ? 1.0 : *std::max_element(totals.begin(), totals.end());
    values->setRange(0, std::max(1.0, maximum));
    values->applyNiceNumbers();
    chart->addAxis(values, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    bars->attachAxis(values);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace boussole
