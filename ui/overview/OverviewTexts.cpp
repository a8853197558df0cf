#include "overview/OverviewTexts.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace wk {

QString OverviewTexts::kind(const QString &code)
{
    if (code == QLatin1String("image"))
        return tr("Images");
    if (code == QLatin1String("video"))
        return tr("Videos");
    if (code == QLatin1String("copy"))
        return tr("Copy");
    if (code == QLatin1String("logistics"))
        return tr("Logistics");
    return code;
}

QString OverviewTexts::flagReason(const QString &code)
{
    static const QList<std::pair<const char *, const char *>> names{
        {"artefact_visible", QT_TR_NOOP("Visible artefact")},
        {"product_mismatch", QT_TR_NOOP("Not the product")},
        {"garbled_text", QT_TR_NOOP("Garbled text")},
        {"continuity_glitch", QT_TR_NOOP("Continuity glitch")},
        {"flash_frame", QT_TR_NOOP("Flash frame")},
        {"wrong_colour", QT_TR_NOOP("Wrong colour")},
        {"unbacked_claim", QT_TR_NOOP("Unbacked claim")},
        {"forbidden_claim", QT_TR_NOOP("Forbidden claim")},
        {"certification_claim", QT_TR_NOOP("Certification claim")},
        {"number_mismatch", QT_TR_NOOP("Numbers disagree")},
        {"missing_field", QT_TR_NOOP("Missing field")},
        {"trademark_risk", QT_TR_NOOP("Trademark risk")},
        {"low_confidence", QT_TR_NOOP("Low AI confidence")}};
    for (const auto &[c, name] : names)
        if (code == QLatin1String(c))
            return tr(name);
    return code;
}

QString OverviewTexts::exceptionCode(const QString &code)
{
    static const QList<std::pair<const char *, const char *>> names{
        {"TRACKING_INVALID", QT_TR_NOOP("Invalid tracking number")},
        {"STALLED", QT_TR_NOOP("Stalled")},
        {"CUSTOMS_HOLD", QT_TR_NOOP("Customs hold")},
        {"DELIVERY_FAILED", QT_TR_NOOP("Delivery failed")},
        {"RETURNING", QT_TR_NOOP("Returning")},
        {"LOST", QT_TR_NOOP("Lost")},
        {"DAMAGED", QT_TR_NOOP("Damaged")},
        {"REFUSED", QT_TR_NOOP("Refused")},
        {"SUPPLIER_LATE", QT_TR_NOOP("Supplier late")},
        {"WRONG_ITEM", QT_TR_NOOP("Wrong item")},
        {"CONSOLIDATION_QC_FAIL", QT_TR_NOOP("Failed warehouse QC")},
        {"QUALITY_COMPLAINT", QT_TR_NOOP("Quality complaint")},
        {"DELIVERED_NOT_RECEIVED", QT_TR_NOOP("Delivered, not received")}};
    for (const auto &[c, name] : names)
        if (code == QLatin1String(c))
            return tr(name);
    return code;
}

QString OverviewTexts::money(const Money &amount)
{
    const int exponent = std::max(0, Money::exponent(amount.currency()));
    const double value = double(amount.minorUnits()) / std::pow(10.0, exponent);
    // The ISO code, not a symbol: "$" is ambiguous between USD, CAD and AUD on this desk.
    return tr("%1 %2", "currency code, amount").arg(amount.currency(), QLocale().toString(value, 'f', exponent));
}

QString OverviewTexts::moneyList(const QList<Money> &amounts)
{
    if (amounts.isEmpty())
        return tr("nothing");
    QStringList parts;
    for (const Money &m : amounts)
        parts << money(m);
    return parts.join(QStringLiteral(" · "));
}

QString OverviewTexts::percent(double fraction)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', fraction < 0.1 ? 1 : 0));
}

} // namespace wk
