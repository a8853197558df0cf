#include "ReviewRow.h"

#include "storage/Statement.h"

namespace wk {

ReviewRow ReviewRow::read(const Statement &st)
{
    ReviewRow r;
    r.rowid = st.columnInt64(0);
    r.id = st.columnText(1);
    r.kind = fromCode<MediaKind>(st.columnText(2)).value_or(MediaKind::Image);
    r.status = fromCode<ReviewStatus>(st.columnText(3)).value_or(ReviewStatus::Open);
    r.sku = st.columnText(4);
    r.title = st.columnText(5);
    r.supplierId = st.columnText(6);
    r.flagMask = st.columnInt64(7);
    r.aiConfidence = st.columnDouble(8);
    r.gmvMinor = st.columnInt64(9);
    r.currency = st.columnText(10);
    r.createdAtMs = st.columnInt64(11);
    r.slaDueAtMs = st.columnInt64(12);
    r.claimedBy = st.columnText(13);
    r.claimExpiresAtMs = st.columnInt64(14);
    r.version = st.columnInt64(15);
    return r;
}

SortKey ReviewRow::key(ReviewSort sort) const
{
    switch (sort) {
    case ReviewSort::Impact:
        return {gmvMinor, id};
    case ReviewSort::Age:
        return {createdAtMs, id};
    case ReviewSort::Confidence:
        return {aiConfidence, id};
    }
    return {gmvMinor, id};
}

QString ReviewRow::claimHolder(qint64 nowMs) const
{
    return !claimedBy.isEmpty() && claimExpiresAtMs > nowMs ? claimedBy : QString();
}

QList<FlagReason> ReviewRow::flagReasons() const
{
    // The bit is the reason's position in the code table (ReviewStore::flagBit).
    static const QStringList codes = allCodes<FlagReason>();
    QList<FlagReason> out;
    for (int bit = 0; bit < codes.size(); ++bit)
        if (flagMask & (qint64(1) << bit))
            if (auto r = fromCode<FlagReason>(codes.at(bit)))
                out << *r;
    return out;
}

} // namespace wk
