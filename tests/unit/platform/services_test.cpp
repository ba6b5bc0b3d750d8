#include "app/platform/services.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>

#include "unit/fakes.hpp"

namespace lp::app {
namespace {

struct Counter {
  int value = 0;
};
struct Greeter {
  explicit Greeter(Counter& shared) : counter(shared) {}
  Counter& counter;
};

TEST(Services, HandsOutTheServiceAddedForAType) {
  test::FakeStore store;
  Services services(store);
  auto& counter = services.Add(std::make_unique<Counter>());
  counter.value = 7;
  // A service built from another one, as a module's Provide…Services does.
  services.Add(std::make_unique<Greeter>(services.Get<Counter>()));

  EXPECT_EQ(&services.Get<Counter>(), &counter);
  EXPECT_EQ(services.Get<Greeter>().counter.value, 7);
  EXPECT_EQ(&services.store(), &store);
}

TEST(Services, RefusesAServiceThatWasNeverAddedAndOneAddedTwice) {
  test::FakeStore store;
  Services services(store);
  EXPECT_THROW(services.Get<Counter>(), std::logic_error);
  services.Add(std::make_unique<Counter>());
  EXPECT_THROW(services.Add(std::make_unique<Counter>()), std::logic_error);
}

}  // namespace
}  // namespace lp::app
