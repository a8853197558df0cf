#pragma once
// Tracking numbers as carriers issue them, with correct check digits (models/rules/TrackingNumber.h
// holds the rules), or deliberately wrong for the TRACKING_INVALID exceptions.
#include <QRandomGenerator64>
#include <QString>

namespace wk::platform {

struct IssuedTracking {
    QString carrier;   // a carrier code of models/rules (carrierCode): "ups", "china_post", ...
    QString number;
};

// A number for a parcel to `market`. With `valid` false the number has the right shape but fails
// its check (a mistyped digit), or for YunExpress, which has no check digit, a digit too few.
IssuedTracking issueTracking(const QString &market, bool valid, QRandomGenerator64 &rng);

} // namespace wk::platform
