#pragma once

#include <QString>

class QCoreApplication;

namespace boussole {

// Chooses and installs the UI language. Order of precedence: an explicit choice (--lang), the
// "language" setting ("fr", "en" or "system"), then the system locale (French for fr_*).
// Installs Boussole's own catalogue and Qt's (for standard dialogs), and sets QLocale's default so
// amounts and dates follow the language.
class Language {
public:
    static QString resolve(const QString &explicitChoice);
    static QString settingValue(); // "system", "fr" or "en"
    static void setSettingValue(const QString &value);
    // Installs translators (owned by the application object, replacing earlier ones); returns the
    // code in effect ("fr" or "en").
    static QString install(QCoreApplication &app, const QString &explicitChoice);
};

} // namespace boussole
