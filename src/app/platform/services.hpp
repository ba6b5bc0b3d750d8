#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <typeindex>
#include <typeinfo>
#include <utility>
#include <vector>

namespace lp::app {

class Store;

// The application services of one process, by type. The composition root builds them once, module by
// module (each module's `Provide…` adds its own, reading the ones it depends on), and page modules
// take what they use with `Get<T>()`. Nothing is built after start-up, so lookups need no lock.
class Services {
 public:
  explicit Services(Store& store) : store_(store) {}
  Services(const Services&) = delete;
  Services& operator=(const Services&) = delete;

  Store& store() const { return store_; }

  // Adds a service; a second one of the same type is a programming error.
  template <typename T>
  T& Add(std::unique_ptr<T> service) {
    if (Find(typeid(T)) != nullptr) throw std::logic_error(std::string("service added twice: ") + typeid(T).name());
    T& added = *service;
    entries_.push_back({typeid(T), std::shared_ptr<void>(std::move(service)), &added});
    return added;
  }

  // The service of type T; one that was never added is a programming error (std::logic_error).
  template <typename T>
  T& Get() const {
    void* found = Find(typeid(T));
    if (found == nullptr) throw std::logic_error(std::string("no such service: ") + typeid(T).name());
    return *static_cast<T*>(found);
  }

 private:
  struct Entry {
    std::type_index type;
    std::shared_ptr<void> owner;
    void* service;
  };

  void* Find(std::type_index type) const {
    for (const auto& entry : entries_) {
      if (entry.type == type) return entry.service;
    }
    return nullptr;
  }

  Store& store_;
  std::vector<Entry> entries_;  // a dozen at most: a linear search beats a hash
};

}  // namespace lp::app
