#include "app/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace boussole {

QString Language::settingValue()
{
    const QString value =
        QSettings().value(QStringLiteral("language"), QStringLiteral("system")).toString();
    return (value == u"fr" || value == u"en") ? value : QStringLiteral("system");
}

void Language::setSettingValue(const QString &value)
{
    QSettings().setValue(QStringLiteral("language"), value);
}

QString Language::resolve(const QString &explicitChoice)
{
    if (explicitChoice == u"fr" || explicitChoice == u"en") {
        return explicitChoice;
    }
    const QString setting = settingValue();
    if (setting != u"system") {
        return setting;
    }
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

QString Language::install(QCoreApplication &app, const QString &explicitChoice)
{
    const QString code = resolve(explicitChoice);
    const auto previous = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        app.removeTranslator(translator);
        delete translator;
    }

    if (code == u"fr") {
        // Keep the system's country when it is a French-speaking one (fr_BE, fr_CH...), else
        // France.
        const QLocale system = QLocale::system();
        QLocale::setDefault(system.language() == QLocale::French
                                ? system
                                : QLocale(QLocale::French, QLocale::France));
    } else {
        const QLocale system = QLocale::system();
        QLocale::setDefault(system.language() == QLocale::English
                                ? system
                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/boussole_%1.qm").arg(code))) {
        app.installTranslator(own);
    } else {
        delete own;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
    } else {
        delete qt;
    }
    return code;
}

} // namespace boussole
