#pragma once

#include "models/domain/EstateSummary.h"

#include <QWidget>

#include <optional>

class QChartView;

namespace boussole {

// A horizontal bar chart of one chart-neutral CategorySeries. Qt Charts stays inside views/charts/.
class BarChart : public QWidget {
    Q_OBJECT

public:
    explicit BarChart(QWidget *parent = nullptr);

    // The options take effect at the next setSeries().
    // A fixed value range (such as 0–100 for percentages) instead of one fitted to the values.
    void setValueRange(double minimum, double maximum) { m_range = {minimum, maximum}; }
    // The bar labels, Qt Charts style ("@value" by default, e.g. "@value %").
    void setBarLabelFormat(const QString &format) { m_labelFormat = format; }
    // First category at the top (reading order) rather than at the bottom.
    void setTopToBottom(bool topToBottom) { m_topToBottom = topToBottom; }

    void setSeries(const CategorySeries &series);

    // What the chart shows, read back from its Qt Charts series, in the order given to
    // setSeries() (for tests and accessibility).
    QString title() const;
    QStringList categories() const;
    QList<qreal> values() const;

private:
    QChartView *m_view;
    std::optional<std::pair<double, double>> m_range;
    QString m_labelFormat = QStringLiteral("@value");
    bool m_topToBottom = false;
    bool m_reversed = false; // the series shown was fed backwards
};

} // namespace boussole
