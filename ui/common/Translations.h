#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace wk {

// Languages with a translation besides English, the source language: "de", "zh_CN".
QStringList availableTranslations();

// The compiled translation of one language, as embedded in the binary.
QString translationResource(const QString &language);

// Installs the console's translator (and Qt's own, for standard buttons, when the system has it)
// for the first of the locale's UI languages that Watchkeeper knows. Returns that language, or
// "en" when English is used. The translators are children of the application.
QString installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace wk
