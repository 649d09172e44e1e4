#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace boussole {

// The honest empty state of a page: what the page shows, why it is empty, and the one button that
// does what is needed to fill it.
class EmptyState : public QWidget {
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTexts(const QString &title, const QString &body, const QString &buttonText);
    QPushButton *button() const { return m_button; }

Q_SIGNALS:
    void activated();

private:
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_button;
};

} // namespace boussole
