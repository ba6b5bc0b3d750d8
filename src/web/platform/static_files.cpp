#include "web/platform/static_files.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "app/platform/security.hpp"

namespace lp::web {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

bool AcceptsGzip(const Request& request) {
  const auto header = request.Header("Accept-Encoding");
  return header && header->find("gzip") != std::string_view::npos;
}

bool EtagMatches(std::string_view if_none_match, std::string_view etag) {
  if (if_none_match == "*") return true;
  // A list of entity tags, possibly weak (W/"..."); compare the opaque part.
  std::size_t position = 0;
  while ((position = if_none_match.find('"', position)) != std::string_view::npos) {
    const auto end = if_none_match.find('"', position + 1);
    if (end == std::string_view::npos) break;
    if (if_none_match.substr(position, end - position + 1) == etag) return true;
    position = end + 1;
  }
  return false;
}

}  // namespace

std::string_view ContentTypeFor(std::string_view path) {
  const auto dot = path.rfind('.');
  const auto ext = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "js" || ext == "mjs") return "text/javascript; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "png") return "image/png";
  if (ext == "ico") return "image/x-icon";
  if (ext == "woff2") return "font/woff2";
  if (ext == "woff") return "font/woff";
  if (ext == "ttf") return "font/ttf";
  if (ext == "txt") return "text/plain; charset=utf-8";
  if (ext == "json" || ext == "map") return "application/json";
  if (ext == "webmanifest") return "application/manifest+json";
  return "application/octet-stream";
}

StaticFiles StaticFiles::Empty() { return StaticFiles{}; }

StaticFiles StaticFiles::Load(const std::filesystem::path& folder) {
  if (!std::filesystem::is_directory(folder)) {
    throw std::runtime_error("static asset folder " + folder.string() +
                             " does not exist (build the assets, or set LP_STATIC_DIR)");
  }
  StaticFiles files;
  std::string fingerprint;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    const auto relative = std::filesystem::relative(entry.path(), folder).generic_string();
    if (relative.ends_with(".gz")) continue;
    Asset asset;
    asset.content = std::make_shared<const std::string>(ReadFile(entry.path()));
    asset.content_type = std::string(ContentTypeFor(relative));
    const auto hash = app::Sha256Hex(*asset.content);
    asset.etag = "\"" + hash.substr(0, 20) + "\"";
    auto gz_path = entry.path();
    gz_path += ".gz";
    if (std::filesystem::exists(gz_path)) asset.gzip = std::make_shared<const std::string>(ReadFile(gz_path));
    fingerprint.append(relative).append(":").append(hash).append("\n");
    files.files_.emplace(relative, std::move(asset));
  }
  files.version_ = app::Sha256Hex(fingerprint).substr(0, 12);
  return files;
}

std::optional<Response> StaticFiles::Serve(const Request& request, std::string_view relative_path) const {
  const auto it = files_.find(relative_path);
  if (it == files_.end()) return std::nullopt;
  const auto& asset = it->second;

  Response response;
  response.SetHeader("ETag", asset.etag);
  response.SetHeader("Vary", "Accept-Encoding");
  const bool versioned = !version_.empty() && request.query == "v=" + version_;
  response.SetHeader("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, no-cache");
  if (const auto inm = request.Header("If-None-Match"); inm && EtagMatches(*inm, asset.etag)) {
    response.status = 304;
    return response;
  }
  response.status = 200;
  response.SetHeader("Content-Type", asset.content_type);
  if (asset.gzip && AcceptsGzip(request)) {
    response.SetHeader("Content-Encoding", "gzip");
    response.shared_body = asset.gzip;
  } else {
    response.shared_body = asset.content;
  }
  return response;
}

}  // namespace lp::web
