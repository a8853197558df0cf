#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "wk.ui.translations")

namespace wk {

namespace {
// Where qt_add_translations embeds the .qm files (see ui/CMakeLists.txt).
const QString resourceDir = QStringLiteral(":/i18n");
} // namespace

QStringList availableTranslations() { return {QStringLiteral("de"), QStringLiteral("zh_CN")}; }

QString translationResource(const QString &language)
{
    return resourceDir + QStringLiteral("/watchkeeper_") + language + QStringLiteral(".qm");
}

QString installTranslators(QCoreApplication &app, const QLocale &locale)
{
    auto *own = new QTranslator(&app);
    // load() walks the locale's UI languages (e.g. zh-Hans-CN, zh-CN, zh) and takes the first match.
    if (!own->load(locale, QStringLiteral("watchkeeper"), QStringLiteral("_"), resourceDir)) {
        delete own;
        qCDebug(lcTranslations) << "no translation for" << locale.uiLanguages() << "- using English";
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    const QString language = own->language();

    // Qt's own strings (OK, Cancel, context menus). Optional: distributions ship them separately.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
        qCDebug(lcTranslations) << "Qt's own translations for" << language << "are not installed";
    }
    qCDebug(lcTranslations) << "using" << language;
    return language;
}

} // namespace wk
