#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "web/platform/http.hpp"

namespace lp::web {

// The built asset folder (dkfds + the portal's own files), held in memory. A file `x.css.gz`
// beside `x.css` is its precompressed variant, sent to clients that accept gzip.
class StaticFiles {
 public:
  // Throws std::runtime_error when the folder is missing: the portal without its styles is broken.
  static StaticFiles Load(const std::filesystem::path& folder);
  static StaticFiles Empty();

  // relative_path is what follows /static/. `version` is the ?v= value of the request; when it
  // names the current asset version the response may be cached for a year.
  std::optional<Response> Serve(const Request& request, std::string_view relative_path) const;
  // Changes whenever any asset changes; templates append it as ?v=… to bust caches.
  const std::string& version() const { return version_; }
  std::size_t size() const { return files_.size(); }

 private:
  struct Asset {
    std::shared_ptr<const std::string> content;
    std::shared_ptr<const std::string> gzip;  // null when there is no precompressed variant
    std::string content_type;
    std::string etag;
  };
  std::map<std::string, Asset, std::less<>> files_;
  std::string version_;
};

std::string_view ContentTypeFor(std::string_view path);

}  // namespace lp::web
