#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace boussole {

// The first screen when no project is open: recent projects, new, open, open the demo.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void setRecentProjects(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentActivated(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace boussole
