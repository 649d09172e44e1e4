#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace boussole {

// Application preferences stored with QSettings: interface language and the author's name (recorded
// with every audited change).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // "system", "fr" or "en".
    QString language() const;
    void setLanguage(const QString &code);
    QString authorName() const;
    void setAuthorName(const QString &name);

    QComboBox *languageCombo() const { return m_language; }

private:
    QComboBox *m_language;
    QLineEdit *m_author;
};

} // namespace boussole
