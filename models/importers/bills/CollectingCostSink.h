#pragma once

// A CostSink that keeps owned copies of the lines it is given: for tests and small tools that
// read a bill without a project.

#include "models/importers/Importer.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <vector>

namespace boussole::bills {

struct OwnedCostLine {
    CostLine line; // its views point into `text` and `extras` below
    std::array<QByteArray, kCostFieldCount> text;
    QByteArray extras;

    QString field(CostField f) const { return QString::fromUtf8(text[std::size_t(f)]); }
};

class CollectingCostSink : public CostSink {
public:
    Status add(const CostLine &line) override
    {
        OwnedCostLine &owned = m_lines.emplace_back();
        owned.line = line;
        for (int f = 0; f < kCostFieldCount; ++f) {
            owned.text[std::size_t(f)] = line.text[std::size_t(f)].toByteArray();
        }
        owned.extras = line.extras.toByteArray();
        owned.line.text = {};
        owned.line.extras = {};
        owned.line.commitment.reset();
        if (line.commitment) {
            owned.line.commitment = line.commitment;
            owned.line.commitment->paymentOption = {}; // not kept
        }
        return {};
    }

    const std::vector<OwnedCostLine> &lines() const { return m_lines; }

private:
    std::vector<OwnedCostLine> m_lines;
};

} // namespace boussole::bills
