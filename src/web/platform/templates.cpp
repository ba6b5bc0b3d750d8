#include <ctemplate/template.h>

#include <mutex>
#include <set>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "embedded.hpp"
#include "web/platform/view.hpp"

namespace lp {
std::span<const EmbeddedFile> EmbeddedTemplates();
}

namespace lp::web {
namespace {

// ctemplate keys a dictionary by a name's global id. Given a plain string, it hashes the name and
// looks it up in its process-wide name table under a reader lock, on every SetValue and every
// AddSectionDictionary: a tenth of a page's time under load, most of it that lock
// (docs/PERFORMANCE.md). Here each thread remembers the names it has used with their ids, and a
// name new to the process is registered once, as ctemplate's STS_INIT does for a literal. The names
// come from the code (template variables and sections), so both sets stay small.
ctemplate::TemplateString Name(std::string_view name) {
  thread_local std::unordered_map<std::string_view, ctemplate::StaticTemplateString> known;
  if (const auto it = known.find(name); it != known.end()) return {it->second};
  // ctemplate's table keeps pointing at the characters, so they live as long as the process, not
  // as long as the thread that saw them first.
  static std::mutex mutex;
  static auto* const names = new std::set<std::string, std::less<>>();
  const std::string* stored = nullptr;
  {
    const std::lock_guard lock(mutex);
    stored = &*names->emplace(name).first;
  }
  auto& entry =
      known.emplace(*stored, ctemplate::StaticTemplateString{{stored->data(), stored->size(), 0}}).first->second;
  const ctemplate::StaticTemplateStringInitializer registered(&entry);  // computes the id, registers the name
  return {entry};
}

void Fill(ctemplate::TemplateDictionary& dictionary, const View& view) {
  for (const auto& [name, value] : view.values()) dictionary.SetValue(Name(name), value);
  for (const auto& [name, section] : view.sections()) {
    Fill(*dictionary.AddSectionDictionary(Name(name)), *section);
  }
  for (const auto& include : view.includes()) {
    auto* included = dictionary.AddIncludeDictionary(Name(include.name));
    included->SetFilename(include.template_name);
    Fill(*included, *include.view);
  }
}

std::set<std::string, std::less<>>& LoadedTemplates() {
  static std::set<std::string, std::less<>> names;
  return names;
}

}  // namespace

View& View::Set(std::string_view name, std::string value) {
  values_.emplace_back(std::string(name), std::move(value));
  return *this;
}

View& View::AddSection(std::string_view name) {
  sections_.emplace_back(std::string(name), std::make_unique<View>());
  return *sections_.back().second;
}

View& View::Show(std::string_view name) { return AddSection(name); }

View& View::AddInclude(std::string_view name, std::string_view template_name) {
  includes_.push_back({std::string(name), std::string(template_name), std::make_unique<View>()});
  return *includes_.back().view;
}

TemplateEngine::TemplateEngine() {
  // The embedded templates go into ctemplate's default cache once per process; the cache is
  // thread-safe for expansion, so one engine serves all worker threads.
  static const bool loaded = [] {
    for (const auto& file : EmbeddedTemplates()) {
      if (!file.content.starts_with(kRequiredPragma)) {
        throw std::runtime_error("template " + std::string(file.name) +
                                 " does not start with the AUTOESCAPE pragma and is refused");
      }
      if (!ctemplate::StringToTemplateCache(std::string(file.name), file.content.data(), file.content.size(),
                                            ctemplate::STRIP_BLANK_LINES)) {
        throw std::runtime_error("template " + std::string(file.name) + " has a syntax error");
      }
      LoadedTemplates().emplace(file.name);
    }
    return true;
  }();
  (void)loaded;
}

bool TemplateEngine::Has(std::string_view name) const { return LoadedTemplates().contains(name); }

std::string TemplateEngine::Render(std::string_view name, const View& view) const {
  if (!Has(name)) throw std::logic_error("unknown template " + std::string(name));
  ctemplate::TemplateDictionary dictionary{std::string(name)};
  Fill(dictionary, view);
  std::string out;
  if (!ctemplate::ExpandTemplate(std::string(name), ctemplate::STRIP_BLANK_LINES, &dictionary, &out)) {
    throw std::runtime_error("template " + std::string(name) + " failed to expand");
  }
  return out;
}

std::string TemplateEngine::RenderPage(std::string_view content_template, const View& layout, const View& content,
                                       const std::vector<std::pair<std::string, std::string>>& globals,
                                       std::string_view layout_template) const {
  if (!Has(content_template)) throw std::logic_error("unknown template " + std::string(content_template));
  if (!Has(layout_template)) throw std::logic_error("unknown layout " + std::string(layout_template));
  const std::string layout_name(layout_template);
  ctemplate::TemplateDictionary dictionary(layout_name);
  for (const auto& [name, value] : globals) dictionary.SetTemplateGlobalValue(Name(name), value);
  Fill(dictionary, layout);
  auto* include = dictionary.AddIncludeDictionary("CONTENT");
  include->SetFilename(std::string(content_template));
  Fill(*include, content);
  std::string out;
  if (!ctemplate::ExpandTemplate(layout_name, ctemplate::STRIP_BLANK_LINES, &dictionary, &out)) {
    throw std::runtime_error("layout failed to expand");
  }
  return out;
}

}  // namespace lp::web
