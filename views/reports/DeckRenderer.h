#pragma once

#include "models/domain/Result.h"
#include "models/reports/DeckData.h"

#include <QCoreApplication>
#include <QString>

namespace boussole {

// Draws the comparison deck as a landscape A4 PDF: one slide per topic (title and key figures,
// estate, today's spend, providers compared, business-case scenarios, price books and quotes,
// compliance with the audit trail's head, migration waves, sources and caveats). Long tables
// continue on the next slide. Every page carries the classification (when given), the project,
// the page number and the audit trail's head. Needs a QApplication (charts are widgets); the
// file is written atomically.
class DeckRenderer {
    Q_DECLARE_TR_FUNCTIONS(DeckRenderer)

public:
    // Writes the PDF; returns the number of pages.
    static Result<int> writePdf(const reports::DeckData &deck, const QString &path);

    // The slides' HTML (before layout), for tests and for the Reports page's preview.
    static QStringList slideHtml(const reports::DeckData &deck);
};

} // namespace boussole
