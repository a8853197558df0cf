#include "review/panes/DefectTags.h"

namespace wk {

QString DefectTags::reasonLabel(FlagReason reason)
{
    switch (reason) {
    case FlagReason::ArtefactVisible: return tr("Artefact");
    case FlagReason::ProductMismatch: return tr("Wrong product");
    case FlagReason::GarbledText: return tr("Garbled text");
    case FlagReason::ContinuityGlitch: return tr("Continuity glitch");
    case FlagReason::FlashFrame: return tr("Flash frame");
    case FlagReason::WrongColour: return tr("Wrong colour");
    case FlagReason::UnbackedClaim: return tr("Claim not backed by the attributes");
    case FlagReason::ForbiddenClaim: return tr("Forbidden or risky claim");
    case FlagReason::CertificationClaim: return tr("Certification not held");
    case FlagReason::NumberMismatch: return tr("Number disagrees with the attributes");
    case FlagReason::MissingField: return tr("Required field missing");
    case FlagReason::TrademarkRisk: return tr("Trademark risk");
    case FlagReason::LowConfidence: return tr("Low AI confidence");
    }
    return {};
}

QList<DefectTags::Tag> DefectTags::forKind(MediaKind kind)
{
    QList<FlagReason> reasons;
    if (kind == MediaKind::Video)
        reasons = {FlagReason::ContinuityGlitch, FlagReason::ArtefactVisible, FlagReason::ProductMismatch,
                   FlagReason::GarbledText, FlagReason::FlashFrame, FlagReason::WrongColour,
                   FlagReason::TrademarkRisk};
    else
        reasons = {FlagReason::ArtefactVisible, FlagReason::GarbledText, FlagReason::ProductMismatch,
                   FlagReason::WrongColour, FlagReason::TrademarkRisk};
    QList<Tag> tags;
    for (FlagReason reason : reasons)
        tags.append({toCode(reason), reasonLabel(reason)});
    return tags;
}

QString DefectTags::label(const QString &code)
{
    if (const auto reason = fromCode<FlagReason>(code))
        return reasonLabel(*reason);
    return code;
}

QString DefectTags::codeFor(const QString &labelOrCode, MediaKind kind)
{
    const QString text = labelOrCode.trimmed();
    for (const Tag &tag : forKind(kind))
        if (text.compare(tag.label, Qt::CaseInsensitive) == 0 || text == tag.code)
            return tag.code;
    if (fromCode<FlagReason>(text))
        return text;
    return text;
}

} // namespace wk
