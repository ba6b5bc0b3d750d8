#pragma once

namespace lp::app {

// The regional leadership foundation's documents and their versions (issue 4).
class FoundationRepository {
 public:
  virtual ~FoundationRepository() = default;
};

}  // namespace lp::app
