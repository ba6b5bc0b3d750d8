#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lp::web {

// A view model for one template: named values and (repeated) sections, each a View of its own.
// Handlers build these; only templates.cpp knows they become ctemplate dictionaries.
class View {
 public:
  View() = default;
  View(const View&) = delete;
  View& operator=(const View&) = delete;
  View(View&&) = default;
  View& operator=(View&&) = default;
  ~View() = default;

  View& Set(std::string_view name, std::string value);
  // Adds one instance of a section (for lists, call once per row) and returns it to fill.
  View& AddSection(std::string_view name);
  // Shows a section once, with no values of its own.
  View& Show(std::string_view name);
  // Fills the template `template_name` (e.g. "partials/pager.tpl") at the {{>name}} include and
  // returns its view. An include sees only its own values, not those of the view around it.
  View& AddInclude(std::string_view name, std::string_view template_name);

  const std::vector<std::pair<std::string, std::string>>& values() const { return values_; }
  const std::vector<std::pair<std::string, std::unique_ptr<View>>>& sections() const { return sections_; }
  struct Include {
    std::string name;
    std::string template_name;
    std::unique_ptr<View> view;
  };
  const std::vector<Include>& includes() const { return includes_; }

 private:
  std::vector<std::pair<std::string, std::string>> values_;
  std::vector<std::pair<std::string, std::unique_ptr<View>>> sections_;
  std::vector<Include> includes_;
};

// Renders the templates compiled into the binary (templates/*.tpl). Every template must begin with
// {{%AUTOESCAPE context="HTML"}}: without it ctemplate escapes nothing, so such a template is refused
// at start-up rather than trusted.
class TemplateEngine {
 public:
  TemplateEngine();
  std::string Render(std::string_view name, const View& view) const;
  // Renders `layout` with `content_template` filled from `content` at its {{>CONTENT}} include.
  // `globals` are visible to both templates (ctemplate include dictionaries do not inherit values).
  std::string RenderPage(std::string_view content_template, const View& layout, const View& content,
                         const std::vector<std::pair<std::string, std::string>>& globals = {},
                         std::string_view layout_template = "platform/layout.tpl") const;
  bool Has(std::string_view name) const;

  static constexpr std::string_view kRequiredPragma = "{{%AUTOESCAPE context=\"HTML\"}}";
};

}  // namespace lp::web
