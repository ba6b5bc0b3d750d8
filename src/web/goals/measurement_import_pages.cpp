#include "web/goals/measurement_import_pages.hpp"

#include <fmt/format.h>

#include <string>

#include "app/goals/measurement_import.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::string_view kImportPath = "/maalbilleder/import";
constexpr std::string_view kConfirmPath = "/maalbilleder/import/bekraeft";
constexpr std::size_t kPreviewRows = 500;  // the preview lists this many values; the counts cover all

std::string ChangeLabel(const app::MeasurementImportRow& row) {
  switch (row.change) {
    case app::ImportChange::New: return "Ny";
    case app::ImportChange::Changed: return "Ændres fra " + row.stored;
    case app::ImportChange::Same: return "Uændret";
  }
  return {};
}

Response RenderImport(const PageServices& services, RequestContext& context,
                      const app::MeasurementImportPreview* preview = nullptr, int status = 200,
                      const std::string& alert = {}) {
  View content;
  content.Set("ACTION", std::string(kImportPath));
  content.Set("MAX_UPLOAD",
              domain::FormatDecimal(static_cast<double>(services.max_upload_bytes) / (1024.0 * 1024.0), 0));
  if (!alert.empty()) content.AddSection("ALERT").Set("TEXT", alert);
  if (preview != nullptr) {
    auto& section = content.AddSection("PREVIEW");
    section.Set("FILE", preview->file_name);
    for (const auto& note : preview->notes) section.AddSection("NOTE").Set("TEXT", note);
    if (!preview->errors.empty()) {
      auto& errors = section.AddSection("ERRORS");
      errors.Set("COUNT", domain::CountOf(static_cast<long long>(preview->errors.size()), "fejl", "fejl"));
      for (const auto& error : preview->errors) errors.AddSection("ERROR").Set("TEXT", error.Format());
    } else {
      auto& ok = section.AddSection("OK");
      ok.Set("SUMMARY", fmt::format("{}: {} nye, {} ændres og {} uændrede.",
                                    domain::CountOf(static_cast<long long>(preview->rows.size()), "værdi", "værdier"),
                                    preview->new_values, preview->changed, preview->same));
      if (preview->uncommented > 0) {
        ok.AddSection("UNCOMMENTED")
            .Set("TEXT",
                 fmt::format("{} er røde uden kommentar. De gemmes, men perioden er først indberettet, når "
                             "indikatorens ejer har skrevet årsag og handling.",
                             domain::CountOf(static_cast<long long>(preview->uncommented), "værdi", "værdier")));
      }
      std::size_t shown = 0;
      for (const auto& row : preview->rows) {
        if (++shown > kPreviewRows) {
          ok.AddSection("MORE").Set(
              "TEXT", fmt::format("De første {} af {} værdier er vist.", kPreviewRows, preview->rows.size()));
          break;
        }
        auto& line = ok.AddSection("ROW");
        line.Set("LINE", std::to_string(row.line));
        line.Set("INDICATOR", row.indicator);
        line.Set("PERIOD", row.period);
        line.Set("UNIT", row.unit);
        line.Set("VALUE", row.value);
        line.Set("CHANGE", ChangeLabel(row));
        if (row.colour) {
          auto& colour = line.AddSection("COLOUR");
          colour.Set("STATUS", std::string(domain::kStatusColourTable.Label(*row.colour)));
          colour.Set("STATUS_CODE", std::string(domain::kStatusColourTable.Code(*row.colour)));
        }
        if (row.uncommented_red) line.Show("UNCOMMENTED_RED");
        if (row.commented) line.Show("COMMENTED");
      }
      ok.Set("CONFIRM_ACTION", std::string(kConfirmPath));
      ok.Set("CONTENT", preview->content);
      ok.Set("FILE_NAME", preview->file_name);
    }
  }
  const std::string title = status >= 400        ? "Indlæs målinger (fejl)"
                            : preview != nullptr ? "Indlæs målinger: forhåndsvisning"
                                                 : "Indlæs målinger";
  return services.pages.Render(context, title, "goals/import.tpl", content, status);
}

Response ShowImport(const PageServices& services, RequestContext& context) { return RenderImport(services, context); }

Response SubmitImport(const PageServices& services, RequestContext& context) {
  if (!context.multipart) {
    return services.pages.Error(context, 400, MultipartErrorMessage(MultipartError::NotMultipart));
  }
  const auto* part = context.multipart->Find("file");
  if (part == nullptr || !part->filename || part->filename->empty()) {
    return RenderImport(services, context, nullptr, 422, "Vælg en CSV-fil med målinger.");
  }
  const auto preview = services.Get<app::MeasurementImport>().Preview(*context.user(), *part->filename, part->data);
  return RenderImport(services, context, &preview, preview.ok() ? 200 : 422);
}

Response SubmitConfirm(const PageServices& services, RequestContext& context) {
  const auto& form = context.Form();
  const auto file_name = form.Get("file_name");
  auto result =
      services.Get<app::MeasurementImport>().Apply(*context.user(), file_name.empty() ? "målinger.csv" : file_name,
                                                   form.Get("content"), context.request.remote_address);
  if (auto* preview = std::get_if<app::MeasurementImportPreview>(&result)) {
    // Something changed since the preview (an indicator was archived, a value is now out of range…).
    return RenderImport(services, context, preview, 409,
                        "Filen er ikke indlæst: noget er ændret, siden du så forhåndsvisningen. Se fejlene herunder.");
  }
  const auto& outcome = std::get<app::MeasurementOutcome>(result);
  (void)outcome;
  return RedirectWithFlash("/maalbilleder", "goals-imported", services.secure_cookies);
}

}  // namespace

void RegisterMeasurementImportPages(PageModule& module) {
  module.shell.AddFlash({"goals-imported", "success", "Målingerne er indlæst."});
  module.Get(std::string(kImportPath), app::kSignedIn, &ShowImport);
  module.PostUpload(std::string(kImportPath), app::kSignedIn, &SubmitImport, module.services.max_upload_bytes);
  module.Post(std::string(kConfirmPath), app::kSignedIn, &SubmitConfirm);
}

}  // namespace lp::web
