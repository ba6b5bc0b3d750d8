#pragma once

namespace lp::app {

// The dialogue card and case library, dialogue sessions and their agreements (issue 4).
class DialogueRepository {
 public:
  virtual ~DialogueRepository() = default;
};

}  // namespace lp::app
