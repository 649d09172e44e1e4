#pragma once

#include "views/pages/Page.h"

namespace boussole {

class EmptyState;

// A page whose engine has nothing to show for this project: it says what the page is for, why it is
// empty and offers the one action that moves the user forward. Never a fake number.
class GuidancePage : public Page {
    Q_OBJECT

public:
    enum class Kind { Costs, Compliance, Migration };

    explicit GuidancePage(Kind kind, QWidget *parent = nullptr);

    QString pageId() const override;
    QString title() const override;
    void refresh() override;

    EmptyState *emptyState() const { return m_empty; }

private:
    Kind m_kind;
    EmptyState *m_empty;
};

} // namespace boussole
