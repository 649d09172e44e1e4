#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace boussole {

// The row of big figures at the top of a page ("88 / workloads", "440 / vCPU running"…) as rich
// text for a QLabel; figures and labels are escaped.
QString summaryCardsHtml(const std::vector<std::pair<QString, QString>> &cards);

} // namespace boussole
