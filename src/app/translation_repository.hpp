#pragma once

namespace lp::app {

// Local translations of the foundation: versions, themes, and MED discussions (issue 4).
class TranslationRepository {
 public:
  virtual ~TranslationRepository() = default;
};

}  // namespace lp::app
