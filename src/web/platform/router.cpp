#include "web/platform/router.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace lp::web {
namespace {

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> parts;
  if (path.empty() || path.front() != '/') return parts;
  path.remove_prefix(1);
  while (true) {
    const auto slash = path.find('/');
    parts.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash + 1);
  }
  return parts;
}

bool IsPositiveInt64(std::string_view text) {
  if (text.empty() || text.size() > 19) return false;
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc{} && end == text.data() + text.size() && value > 0 && text.front() != '0';
}

}  // namespace

std::string PathParams::Get(std::string_view name) const {
  for (const auto& [key, value] : values_) {
    if (key == name) return value;
  }
  return {};
}

long long PathParams::Int(std::string_view name) const {
  const auto text = Get(name);
  long long value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

Router::CompiledRoute Router::Compile(std::string_view pattern) {
  if (pattern.empty() || pattern.front() != '/') throw std::invalid_argument("route pattern must start with /");
  CompiledRoute compiled;
  const auto parts = SplitPath(pattern);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const auto part = parts[i];
    Segment segment;
    if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
      const auto inner = part.substr(1, part.size() - 2);
      const auto colon = inner.find(':');
      segment.text = std::string(inner.substr(0, colon));
      const auto type = colon == std::string_view::npos ? std::string_view{} : inner.substr(colon + 1);
      if (type.empty()) {
        segment.kind = Segment::Kind::String;
      } else if (type == "int") {
        segment.kind = Segment::Kind::Integer;
      } else if (type == "*") {
        if (i + 1 != parts.size()) throw std::invalid_argument("{name:*} must be the last segment");
        segment.kind = Segment::Kind::Rest;
      } else {
        throw std::invalid_argument("unknown parameter type in route pattern: " + std::string(pattern));
      }
      if (segment.text.empty()) throw std::invalid_argument("unnamed parameter in route pattern");
    } else {
      if (part.find_first_of("{}") != std::string_view::npos) {
        throw std::invalid_argument("malformed route pattern: " + std::string(pattern));
      }
      segment.text = std::string(part);
    }
    compiled.segments.push_back(std::move(segment));
  }
  return compiled;
}

bool Router::MatchPath(const CompiledRoute& compiled, const std::vector<std::string_view>& parts, PathParams& params) {
  const auto& segments = compiled.segments;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& segment = segments[i];
    if (segment.kind == Segment::Kind::Rest) {
      if (i >= parts.size()) return false;
      std::string rest;
      for (std::size_t j = i; j < parts.size(); ++j) {
        if (j > i) rest.push_back('/');
        rest.append(parts[j]);
      }
      if (rest.empty()) return false;
      params.Add(segment.text, std::move(rest));
      return true;
    }
    if (i >= parts.size()) return false;
    const auto part = parts[i];
    switch (segment.kind) {
      case Segment::Kind::Literal:
        if (part != segment.text) return false;
        break;
      case Segment::Kind::String:
        if (part.empty()) return false;
        params.Add(segment.text, std::string(part));
        break;
      case Segment::Kind::Integer:
        if (!IsPositiveInt64(part)) return false;
        params.Add(segment.text, std::string(part));
        break;
      case Segment::Kind::Rest: break;
    }
  }
  return segments.size() == parts.size();
}

void Router::Add(Route route) {
  if (route.answers_from_memory && route.session != SessionUse::Skip) {
    throw std::invalid_argument("route " + route.pattern + " reads the session, so it cannot answer from memory");
  }
  compiled_.push_back(Compile(route.pattern));
  routes_.push_back(std::move(route));
}

Router::Match Router::Resolve(Method method, std::string_view path) const {
  Match match;
  if (path.empty() || path.front() != '/') {
    match.outcome = Outcome::BadPath;
    return match;
  }
  const auto parts = SplitPath(path);
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    PathParams params;
    if (!MatchPath(compiled_[i], parts, params)) continue;
    const auto& route = routes_[i];
    const bool method_fits = route.method == method || (method == Method::Head && route.method == Method::Get);
    if (method_fits) {
      match.outcome = Outcome::Found;
      match.route = &route;
      match.params = std::move(params);
      match.allowed.clear();
      return match;
    }
    match.outcome = Outcome::MethodNotAllowed;
    auto allow = [&match](Method allowed) {
      if (std::find(match.allowed.begin(), match.allowed.end(), allowed) == match.allowed.end()) {
        match.allowed.push_back(allowed);
      }
    };
    allow(route.method);
    if (route.method == Method::Get) allow(Method::Head);
  }
  return match;
}

}  // namespace lp::web
