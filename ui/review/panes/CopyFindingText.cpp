#include "review/panes/CopyFindingText.h"

namespace wk {

QString CopyFindingText::fieldName(const QString &field)
{
    if (field == QLatin1String("material")) return tr("Material");
    if (field == QLatin1String("size_cm")) return tr("Size");
    if (field == QLatin1String("weight_g")) return tr("Weight");
    if (field == QLatin1String("colour")) return tr("Colour");
    if (field == QLatin1String("certifications")) return tr("Certifications");
    if (field == QLatin1String("origin")) return tr("Origin");
    return field;
}

QString CopyFindingText::fieldValue(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return tr("none");
    if (field == QLatin1String("size_cm")) return tr("%1 cm").arg(value);
    if (field == QLatin1String("weight_g")) return tr("%1 g").arg(value);
    return value;
}

QString CopyFindingText::severity(const CopyFinding &finding)
{
    return finding.isError() ? tr("✖ Must fix") : tr("⚠ Check");
}

QString CopyFindingText::sentence(const CopyFinding &f)
{
    using Kind = CopyFinding::Kind;
    switch (f.kind) {
    case Kind::UnbackedMaterial:
        return tr("Claims “%1”, but the product is made of %2.").arg(f.found, f.expected);
    case Kind::Certification:
        return tr("Claims the %1 mark, but the product's certifications are: %2.")
            .arg(f.found, f.expected.isEmpty() ? tr("none") : f.expected);
    case Kind::Medical:
        return tr("Medical claim “%1”: not allowed for a consumer product. Remove it.").arg(f.found);
    case Kind::Absolute:
        return tr("Absolute claim “%1”: allowed only with proof the attributes do not give.").arg(f.found);
    case Kind::Environmental:
        return tr("Environmental claim “%1”: needs evidence the attributes do not give.").arg(f.found);
    case Kind::Trademark:
        return tr("Names the brand “%1”: a trademark risk. Remove it.").arg(f.found);
    case Kind::NumberMismatch:
        return tr("Says %1, but the attributes say %2.").arg(f.found, f.expected);
    case Kind::MissingField:
        return tr("%1 is missing from the text; the attributes say %2.").arg(fieldName(f.field), f.expected);
    }
    return {};
}

} // namespace wk
