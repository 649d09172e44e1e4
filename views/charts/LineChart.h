#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <utility>
#include <vector>

class QChartView;

namespace boussole {

// Lines over numbered points (months of a cost of ownership), with a legend and an optional
// vertical marker (the payback month).
class LineChart : public QWidget {
    Q_OBJECT

public:
    explicit LineChart(QWidget *parent = nullptr);

    struct Line {
        QString label;
        std::vector<double> values; // one per x from 1
    };
    // `marker` > 0 draws a dashed vertical line at that x, labelled `markerLabel`.
    void setLines(const QString &title, const QString &xTitle, const std::vector<Line> &lines,
                  int marker = 0, const QString &markerLabel = {});

private:
    QChartView *m_view;
};

} // namespace boussole
