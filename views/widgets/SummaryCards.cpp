#include "views/widgets/SummaryCards.h"

using namespace Qt::StringLiterals;

namespace boussole {

QString summaryCardsHtml(const std::vector<std::pair<QString, QString>> &cards)
{
    QString html = u"<table cellspacing='12'><tr>"_s;
    for (const auto &[figure, label] : cards) {
        html += u"<td><big><b>%1</b></big><br>%2</td>"_s.arg(figure.toHtmlEscaped(),
                                                             label.toHtmlEscaped());
    }
    return html + u"</tr></table>"_s;
}

} // namespace boussole
