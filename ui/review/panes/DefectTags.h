#pragma once
// The defect tags a supervisor puts on a region or a time range: the FlagReason codes that make
// sense for the kind, with words for them, plus whatever free tag the supervisor types.
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wk {

class DefectTags
{
    Q_DECLARE_TR_FUNCTIONS(wk::DefectTags)

public:
    struct Tag {
        QString code;    // stored in Region::tag / TimeRange::tag
        QString label;   // shown
    };
    // The tags offered for an image region or a video time range, most common first.
    static QList<Tag> forKind(MediaKind kind);
    // Words for a tag code; a free tag is shown as typed.
    static QString label(const QString &code);
    // The code for what the supervisor picked or typed: a known label maps back to its code.
    static QString codeFor(const QString &labelOrCode, MediaKind kind);
    // Words for a flag reason (also used for the copy checks).
    static QString reasonLabel(FlagReason reason);
};

} // namespace wk
