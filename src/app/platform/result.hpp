#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace lp::app {

// Expected outcomes of a use case. Infrastructure failures are exceptions (see StorageError);
// the mapping to HTTP status codes lives only in web/errors.cpp.
enum class ErrorKind {
  NotFound,
  Invalid,          // the input failed validation; see field_errors
  Unauthenticated,  // not signed in, or wrong credentials
  Forbidden,
  Conflict,  // e.g. unique key taken, or edited by someone else meanwhile
  Throttled,
};

struct FieldError {
  std::string field;    // form field name, e.g. "email"
  std::string message;  // Danish, shown next to the field
};

struct Error {
  ErrorKind kind;
  std::string message;  // Danish, safe to show to the user
  std::vector<FieldError> field_errors;
  std::chrono::seconds retry_after{};  // Throttled: how long to wait (HTTP Retry-After); 0 when unknown
};

template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT(google-explicit-constructor): implicit by design
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(data_); }
  const T& value() const { return std::get<T>(data_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<Error>(data_); }

 private:
  std::variant<T, Error> data_;
};

struct Unit {};  // the value of a Result that carries no data

}  // namespace lp::app
