#include "common/StandardDesks.h"

#include "fulfilment/FulfilmentDesk.h"
#include "overview/JournalDesk.h"
#include "overview/OverviewDesk.h"
#include "review/ReviewDesk.h"
#include "suppliers/SuppliersDesk.h"
#include "sync/SyncDesk.h"

namespace wk {

std::vector<std::unique_ptr<Desk>> createStandardDesks()
{
    std::vector<std::unique_ptr<Desk>> desks;
    desks.push_back(std::make_unique<OverviewDesk>());   // the home desk
    desks.push_back(std::make_unique<ReviewDesk>());
    desks.push_back(std::make_unique<FulfilmentDesk>());
    desks.push_back(std::make_unique<SuppliersDesk>());
    desks.push_back(std::make_unique<SyncDesk>());
    desks.push_back(std::make_unique<JournalDesk>());
    return desks;
}

} // namespace wk
