#pragma once

#include <typeindex>
#include <typeinfo>

namespace lp::app {

// One unit of work: every repository reached through it shares one connection and one transaction.
// It knows no module: a repository is asked for by its interface type, `tx.Get<ActivationRepository>()`,
// and storage makes it from the factory registered for that type (storage::RepositoryFactories).
// Adding a module's repository therefore touches only the module's own folders and its wiring line.
class Transaction {
 public:
  virtual ~Transaction() = default;

  // The repository with interface R in this unit of work, made on first use. A type that no module
  // registered is a programming error (std::logic_error), never a silent null.
  template <typename R>
  R& Get() {
    return *static_cast<R*>(Repository(typeid(R)));
  }

 protected:
  // The repository registered for `type`, as a pointer to that interface type.
  virtual void* Repository(std::type_index type) = 0;
};

}  // namespace lp::app
