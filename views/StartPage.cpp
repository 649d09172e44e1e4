#include "views/StartPage.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace boussole {

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 4);
    outer->addStretch(1);

    column->addStretch(1);
    auto *title = new QLabel(QStringLiteral("Boussole"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addWidget(title);
    auto *tagline = new QLabel(
        tr("What do we run, what does it cost, what would it cost elsewhere, are we compliant, "
           "and how do we migrate? Everything stays on this computer, in one project file."),
        this);
    tagline->setWordWrap(true);
    column->addWidget(tagline);
    column->addSpacing(24);

    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New project…"), this);
    newButton->setToolTip(tr("Create an empty project file (Ctrl+N)"));
    auto *openButton = new QPushButton(tr("Open a project…"), this);
    openButton->setToolTip(tr("Open an existing .boussole file (Ctrl+O)"));
    auto *demoButton = new QPushButton(tr("Open the demo project"), this);
    demoButton->setToolTip(tr("A fictional mutual health insurer's estate, built from the sample "
                              "files shipped with Boussole"));
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addWidget(demoButton);
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addSpacing(24);

    auto *recentBox = new QGroupBox(tr("Recent projects"), this);
    auto *recentLayout = new QVBoxLayout(recentBox);
    m_recent->setToolTip(tr("Double-click or press Enter to open"));
    recentLayout->addWidget(m_recent);
    column->addWidget(recentBox, 3);
    column->addStretch(1);

    connect(newButton, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentActivated(item->data(Qt::UserRole).toString());
    });
}

void StartPage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item =
            new QListWidgetItem(tr("%1 — %2").arg(info.completeBaseName(),
                                                  QDir::toNativeSeparators(info.absolutePath())),
                                m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent project"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace boussole
