#pragma once
// Typed forms of the structured command payloads (API.md, "Command types and payloads"), so that the
// console builds them and the platform reads them without spelling field names by hand. The one-field
// payloads ({"text"}, {"reason"}, {"resolution"}, {"tier"}, {"note"}) are plain QJsonObjects.
#include "Codecs.h"

#include <QStringList>

namespace wk {

struct ClaimPayload {                 // review.claim
    int leaseSeconds = 0;             // 0: the platform's default lease (Me::leaseSeconds)
    friend bool operator==(const ClaimPayload &, const ClaimPayload &) = default;
};

struct DecidePayload {                // review.decide
    DecisionKind decision = DecisionKind::Approve;
    QStringList reasons;              // snake_case reason codes (FlagReason codes or the desk's own)
    QString note;
    QList<Region> regions;
    QList<TimeRange> ranges;
    QString correctedText;            // required for Correct
    QString rejectReason;             // required for Reject
    friend bool operator==(const DecidePayload &, const DecidePayload &) = default;
};

struct FixTrackingPayload {           // order.fix_tracking
    QString trackingNumber;
    QString carrier;
    friend bool operator==(const FixTrackingPayload &, const FixTrackingPayload &) = default;
};

struct RefundPayload {                // order.refund
    Money amount;
    QString reason;
    bool full = false;
    friend bool operator==(const RefundPayload &, const RefundPayload &) = default;
};

namespace codec {

QJsonObject encode(const ClaimPayload &);
QJsonObject encode(const DecidePayload &);
QJsonObject encode(const FixTrackingPayload &);
QJsonObject encode(const RefundPayload &);

// Each validates the payload against its command type's schema first (validateCommandPayload).
ClaimPayload decodeClaimPayload(const QJsonObject &, const QString &path = QStringLiteral("$.payload"));
DecidePayload decodeDecidePayload(const QJsonObject &, const QString &path = QStringLiteral("$.payload"));
FixTrackingPayload decodeFixTrackingPayload(const QJsonObject &, const QString &path = QStringLiteral("$.payload"));
RefundPayload decodeRefundPayload(const QJsonObject &, const QString &path = QStringLiteral("$.payload"));

} // namespace codec
} // namespace wk
