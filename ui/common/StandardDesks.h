#pragma once

#include "common/Desk.h"

#include <memory>
#include <vector>

namespace wk {

// The console's desks in switcher order (Overview, Review, Fulfilment, Suppliers, Sync, Journal). The one place that
// knows every desk class, so that MainWindow does not and app/console and the tests agree.
std::vector<std::unique_ptr<Desk>> createStandardDesks();

} // namespace wk
