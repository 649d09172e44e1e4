#include "views/widgets/EmptyState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace boussole {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_body(new QLabel(this)),
      m_button(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    m_body->setAlignment(Qt::AlignHCenter);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    QFont bodyFont = m_body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.1);
    m_body->setFont(bodyFont);
    layout->addWidget(m_title);
    layout->addSpacing(12);
    // A word-wrapped label only gets its height right when the layout gives it its width, so the
    // centring comes from stretches around it rather than an alignment flag.
    auto *bodyRow = new QHBoxLayout;
    bodyRow->addStretch(1);
    bodyRow->addWidget(m_body, 4);
    bodyRow->addStretch(1);
    layout->addLayout(bodyRow);
    layout->addSpacing(18);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_button, &QPushButton::clicked, this, &EmptyState::activated);
}

void EmptyState::setTexts(const QString &title, const QString &body, const QString &buttonText)
{
    m_title->setText(title);
    m_body->setText(body);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
}

} // namespace boussole
