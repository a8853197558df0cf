#include "common/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QtGlobal>

#include <cmath>

namespace wk {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x5c, 0xc9, 0x7b) : QColor(0x1e, 0x7b, 0x3a);
    case Tone::Warning:
        return dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Danger:
        return dark ? QColor(0xff, 0x7b, 0x6e) : QColor(0xb0, 0x2a, 0x1e);
    case Tone::Info:
        return dark ? QColor(0x7c, 0xb7, 0xf0) : QColor(0x1f, 0x5f, 0x9e);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void requestSystemColourScheme()
{
#ifdef Q_OS_WIN
    // Only when the user has not chosen platform options of their own.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:darkmode=2");
#endif
}

void applySystemStyle()
{
#ifdef Q_OS_WIN
    if (isDark(QGuiApplication::palette()))
        QApplication::setStyle(QStringLiteral("fusion"));
#endif
}

} // namespace wk
