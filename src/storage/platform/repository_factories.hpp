#pragma once

#include <functional>
#include <memory>
#include <typeindex>
#include <typeinfo>
#include <utility>
#include <vector>

namespace lp::storage {

struct UnitOfWork;

// How a transaction makes the repositories the modules register: one factory per repository
// interface. Each storage module adds its own (`Register…Repositories`), the composition root hands
// them to OpenStore, and the transaction makes a repository the first time the work asks for it.
class RepositoryFactories {
 public:
  // A repository made for one unit of work: `owner` keeps it alive, `repository` points to it as its
  // interface type.
  struct Made {
    std::shared_ptr<void> owner;
    void* repository = nullptr;
  };
  struct Factory {
    std::type_index type;
    std::function<Made(UnitOfWork&)> make;
  };

  // Registers Implementation (constructed from the UnitOfWork) as the repository for Interface.
  template <typename Interface, typename Implementation>
  void Add() {
    factories_.push_back({typeid(Interface), [](UnitOfWork& unit) {
                            auto made = std::make_shared<Implementation>(unit);
                            Interface* repository = made.get();
                            return Made{std::move(made), repository};
                          }});
  }

  // Appends every factory of `other` (the platform's own and the modules').
  void Append(const RepositoryFactories& other) {
    factories_.insert(factories_.end(), other.factories_.begin(), other.factories_.end());
  }

  const Factory* Find(std::type_index type) const {
    for (const auto& factory : factories_) {
      if (factory.type == type) return &factory;
    }
    return nullptr;
  }

 private:
  std::vector<Factory> factories_;
};

}  // namespace lp::storage
