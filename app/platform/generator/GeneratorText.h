#pragma once
// Word lists and text templates for the data generator: supplier names in English and Chinese,
// product titles, and product copy per locale (with the defect a flag describes written into it).
#include "domain/Entities.h"

#include <QRandomGenerator64>
#include <QStringList>

namespace wk::platform::text {

struct City { const char *region; const char *city; const char16_t *cityZh; };
const City &city(int index);
int cityCount();

// "Yiwu Sunrise Trading Co." and "义乌市晨光贸易有限公司" from the same picks.
void supplierNames(QRandomGenerator64 &rng, const City &city, SupplierTier tier, QString *en, QString *zh);

struct ProductKind { const char *category; const char *noun; const char *media; const char *material;
                     int sizeMin; int sizeMax; int weightMin; int weightMax; int priceMinCents; int priceMaxCents; };
const ProductKind &productKind(int index);
int productKindCount();
QString adjective(QRandomGenerator64 &rng);
QString colour(QRandomGenerator64 &rng);

// Product copy in a locale. `defect` (one of the copy flags, or nullopt for clean copy) is written into it.
QString productCopy(QRandomGenerator64 &rng, const Product &product, const QString &locale,
                    std::optional<FlagReason> defect);

} // namespace wk::platform::text
