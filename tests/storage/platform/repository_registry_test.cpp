// A transaction hands out the repositories that storage and the modules registered, one per type and
// unit of work; an unregistered type is a programming error, not a null.
#include <stdexcept>

#include "app/activation/activation_repository.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

struct NotARepository {
  virtual ~NotARepository() = default;
};

TEST_F(StoreContract, HandsOutOneRepositoryPerTypeWithinAUnitOfWork) {
  store().Read([](app::Transaction& tx) {
    auto& first = tx.Get<app::ActivationRepository>();
    auto& again = tx.Get<app::ActivationRepository>();
    EXPECT_EQ(&first, &again);
    EXPECT_NE(static_cast<void*>(&tx.Get<app::AuditRepository>()), static_cast<void*>(&first));
  });
}

TEST_F(StoreContract, RefusesARepositoryTypeThatNoModuleRegistered) {
  EXPECT_THROW(store().Read([](app::Transaction& tx) { tx.Get<NotARepository>(); }), std::logic_error);
}

}  // namespace
}  // namespace lp::storage_test
