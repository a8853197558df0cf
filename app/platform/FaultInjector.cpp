#include "FaultInjector.h"

#include <QStringList>
#include <stdexcept>

namespace wk::platform {

namespace {
constexpr std::array<const char *, kFaultKindCount> kNames{"latency", "5xx", "429", "drop", "truncate",
                                                           "malformed", "expire", "lost"};
constexpr std::array<FaultKind, kFaultKindCount> kOrder{
    FaultKind::Latency, FaultKind::Unavailable, FaultKind::RateLimited, FaultKind::Drop,
    FaultKind::Truncate, FaultKind::Malformed, FaultKind::ExpireCursor, FaultKind::LostResponse};

int indexOf(FaultKind k)
{
    for (int i = 0; i < kFaultKindCount; ++i)
        if (kOrder[size_t(i)] == k)
            return i;
    return 0;
}

[[noreturn]] void fail(const QString &why)
{
    throw std::invalid_argument(why.toStdString());
}
} // namespace

QString faultKindName(FaultKind kind) { return QString::fromLatin1(kNames[size_t(indexOf(kind))]); }

bool FaultSpec::isEmpty() const
{
    for (const auto &r : rules)
        if (r.enabled)
            return false;
    return true;
}

FaultSpec FaultSpec::parse(const QString &text)
{
    FaultSpec spec;
    for (const QString &rawItem : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            fail(QStringLiteral("\"%1\" is not KIND=WHEN (e.g. drop=0.05 or 5xx=every5).").arg(item));
        const QString name = item.left(eq).trimmed();
        QString when = item.mid(eq + 1).trimmed();
        if (name == QLatin1StringView("seed")) {
            bool ok = false;
            spec.seed = when.toULongLong(&ok);
            if (!ok)
                fail(QStringLiteral("The fault seed \"%1\" is not a whole number.").arg(when));
            continue;
        }
        int index = -1;
        for (int i = 0; i < kFaultKindCount; ++i)
            if (name == QLatin1StringView(kNames[size_t(i)]))
                index = i;
        if (index < 0)
            fail(QStringLiteral("Unknown fault \"%1\"; known: latency, 5xx, 429, drop, truncate, malformed, "
                                "expire, lost.").arg(name));
        FaultRule rule;
        rule.enabled = true;
        if (const qsizetype colon = when.indexOf(QLatin1Char(':')); colon >= 0) {
            QString arg = when.mid(colon + 1).trimmed();
            when = when.left(colon).trimmed();
            if (arg.endsWith(QLatin1StringView("ms")))
                arg.chop(2);
            else if (arg.endsWith(QLatin1Char('s')))
                arg.chop(1);
            bool ok = false;
            rule.arg = arg.toInt(&ok);
            if (!ok || rule.arg < 0)
                fail(QStringLiteral("The argument of %1 (\"%2\") is not a non-negative number.").arg(name, arg));
        }
        bool ok = false;
        if (when.startsWith(QLatin1StringView("every"))) {
            rule.every = when.mid(5).toInt(&ok);
            if (!ok || rule.every <= 0)
                fail(QStringLiteral("\"%1\" for %2 should be everyN with N ≥ 1.").arg(when, name));
        } else {
            const bool percent = when.endsWith(QLatin1Char('%'));
            rule.probability = (percent ? when.chopped(1) : when).toDouble(&ok) / (percent ? 100.0 : 1.0);
            if (!ok || rule.probability < 0 || rule.probability > 1)
                fail(QStringLiteral("\"%1\" for %2 is not a probability between 0 and 1 (or 0%–100%).")
                         .arg(when, name));
        }
        spec.rules[size_t(index)] = rule;
    }
    return spec;
}

QString FaultSpec::toString() const
{
    QStringList parts;
    for (int i = 0; i < kFaultKindCount; ++i) {
        const FaultRule &r = rules[size_t(i)];
        if (!r.enabled)
            continue;
        QString p = QString::fromLatin1(kNames[size_t(i)]) + QLatin1Char('=')
            + (r.every > 0 ? QStringLiteral("every%1").arg(r.every) : QString::number(r.probability));
        if (r.arg >= 0)
            p += QLatin1Char(':') + QString::number(r.arg);
        parts << p;
    }
    parts << QStringLiteral("seed=%1").arg(seed);
    return parts.join(QLatin1Char(','));
}

FaultInjector::FaultInjector(const FaultSpec &spec) : m_spec(spec), m_rng(spec.seed), m_active(!spec.isEmpty()) {}

bool FaultInjector::fires(FaultKind kind)
{
    const size_t i = size_t(indexOf(kind));
    const FaultRule &r = m_spec.rules[i];
    if (!r.enabled)
        return false;
    const qint64 n = ++m_counters[i];
    if (r.every > 0)
        return n % r.every == 0;
    // Drawn for every eligible request even when another fault wins, so one kind's rate does not
    // shift the others' sequence.
    return m_rng.generateDouble() < r.probability;
}

FaultDecision FaultInjector::decide(const RequestTraits &request)
{
    FaultDecision d;
    if (!m_active)
        return d;
    if (fires(FaultKind::Latency)) {
        const int arg = m_spec.rules[size_t(indexOf(FaultKind::Latency))].arg;
        d.latencyMs = arg >= 0 ? arg : 500;
    }
    for (FaultKind k : {FaultKind::Unavailable, FaultKind::RateLimited, FaultKind::Drop, FaultKind::Truncate,
                        FaultKind::Malformed, FaultKind::ExpireCursor, FaultKind::LostResponse}) {
        if (k == FaultKind::ExpireCursor && !(request.isPull && request.pullHasCursor))
            continue;
        if (k == FaultKind::LostResponse && !request.isCommandPost)
            continue;
        if (fires(k) && !d.fault) {
            d.fault = k;
            const int arg = m_spec.rules[size_t(indexOf(k))].arg;
            d.retryAfterSeconds = arg >= 0 ? arg : 1;
        }
    }
    return d;
}

} // namespace wk::platform
