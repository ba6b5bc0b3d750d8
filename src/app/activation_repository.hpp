#pragma once

namespace lp::app {

// Activation rounds, the units' activation plans and their activities (issue 4).
class ActivationRepository {
 public:
  virtual ~ActivationRepository() = default;
};

}  // namespace lp::app
