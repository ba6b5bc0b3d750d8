// POST /api/v1/indikatorer/{id}/maalinger: measurements pushed by a data warehouse.
//
// The body (JSON, at most kMaxApiBody bytes) is one measurement or a list of them:
//   {"periode": "2026-11", "enhed": "AUH", "vaerdi": 84.5}
//   {"maalinger": [{"periode": "2026-11", "vaerdi": 84.5}, …]}   (or the list alone)
// "enhed" is the unit's HR id (left out or empty: the whole); "vaerdi" a number (or text as a person
// writes it, "84,5"); "aarsag" and "handling" optionally comment a red value. The values are checked
// as the form and the import check them (IndicatorService::Check) and stored all or nothing; sending
// the same again changes nothing (idempotent per indicator, period and unit), a new value for a
// period replaces the old. Answers:
//   200 {"indikator": 17, "oprettet": 1, "opdateret": 0, "uaendret": 0, "mangler_kommentar": […]}
//   400 the body is not JSON of that shape; 404 no such indicator; 415 not JSON;
//   422 {"fejl": "…", "felter": [{"maaling": 1, "felt": "vaerdi", "besked": "…"}]}
// and the platform's 401/403 for a missing, unknown, revoked or wrong-scope token.
#include "web/goals/measurement_api.hpp"

#include <boost/json.hpp>

#include <string>

#include "app/goals/indicator_service.hpp"
#include "domain/integrations/integrations.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

constexpr std::size_t kMaxApiBody = std::size_t{1} << 20;
constexpr std::size_t kMaxApiMeasurements = 10'000;

// Reads a field of a measurement as text into `out`; an error message when it is not text.
std::optional<std::string> ReadApiText(const boost::json::object& object, std::string_view name, std::string& out) {
  const auto* found = object.if_contains(name);
  if (found == nullptr || found->is_null()) return std::nullopt;
  if (found->is_string()) {
    out = std::string(found->get_string());
  } else if (found->is_int64()) {
    out = std::to_string(found->get_int64());
  } else {
    return "\"" + std::string(name) + "\" skal være tekst.";
  }
  return std::nullopt;
}

Response ApiProblem(RequestContext& context, int status, std::string message, boost::json::array fields = {}) {
  boost::json::object body{
      {"fejl", message},
      {"error", boost::json::object{{"status", status}, {"message", message}, {"request_id", context.request_id}}}};
  if (!fields.empty()) body["felter"] = std::move(fields);
  return Response::Json(status, boost::json::serialize(body));
}

Response PostMeasurements(const PageServices& services, RequestContext& context,
                          const app::AuthenticatedIntegration& integration) {
  const auto id = ParsePositive<long long>(context.params.Get("id"));
  if (!id) return ApiProblem(context, 404, "Indikatoren findes ikke.");
  const auto content_type = context.request.Header("Content-Type");
  if (content_type && !content_type->empty() && content_type->find("json") == std::string_view::npos) {
    return ApiProblem(context, 415, "Send målingerne som JSON (Content-Type: application/json).");
  }
  boost::system::error_code parse_error;
  const auto parsed = boost::json::parse(context.request.body, parse_error);
  if (parse_error) return ApiProblem(context, 400, "Forespørgslen er ikke gyldig JSON.");
  const boost::json::array* list = nullptr;
  boost::json::array single;
  if (parsed.is_array()) {
    list = &parsed.get_array();
  } else if (parsed.is_object() && parsed.get_object().contains("maalinger")) {
    const auto& inner = parsed.get_object().at("maalinger");
    if (!inner.is_array()) return ApiProblem(context, 400, "\"maalinger\" skal være en liste af målinger.");
    list = &inner.get_array();
  } else if (parsed.is_object()) {
    single.push_back(parsed);
    list = &single;
  } else {
    return ApiProblem(context, 400, "Send én måling som et objekt eller flere under \"maalinger\".");
  }
  if (list->empty()) return ApiProblem(context, 400, "Der er ingen målinger i forespørgslen.");
  if (list->size() > kMaxApiMeasurements) {
    return ApiProblem(context, 413, "Send højst " + std::to_string(kMaxApiMeasurements) + " målinger ad gangen.");
  }
  std::vector<app::MeasurementInput> inputs;
  boost::json::array shape_errors;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const auto& item = (*list)[i];
    const auto fail = [&](std::string_view field, std::string message) {
      shape_errors.push_back(boost::json::object{
          {"maaling", static_cast<std::int64_t>(i + 1)}, {"felt", field}, {"besked", std::move(message)}});
    };
    if (!item.is_object()) {
      fail("", "En måling skal være et objekt med periode, enhed og vaerdi.");
      continue;
    }
    const auto& object = item.get_object();
    app::MeasurementInput input;
    bool ok = true;
    for (const auto& [name, target] : {std::pair<std::string_view, std::string*>{"periode", &input.period},
                                       {"enhed", &input.unit},
                                       {"aarsag", &input.cause},
                                       {"handling", &input.action}}) {
      if (auto error = ReadApiText(object, name, *target)) {
        fail(name, std::move(*error));
        ok = false;
      }
    }
    const auto* value = object.if_contains("vaerdi");
    if (value == nullptr || value->is_null()) {
      fail("vaerdi", "Skriv en værdi.");
      ok = false;
    } else if (value->is_number()) {
      input.number = value->to_number<double>();
    } else if (value->is_string()) {
      input.value = std::string(value->get_string());
    } else {
      fail("vaerdi", "\"vaerdi\" skal være et tal.");
      ok = false;
    }
    if (ok) inputs.push_back(std::move(input));
  }
  if (!shape_errors.empty()) {
    return ApiProblem(context, 400, "Målingerne er ikke gemt: forespørgslen har ikke den rigtige form.",
                      std::move(shape_errors));
  }
  auto& indicators = services.Get<app::IndicatorService>();
  const std::array ids{*id};
  auto checked = indicators.Check(ids, inputs, false);
  if (const auto* problems = std::get_if<std::vector<app::MeasurementProblem>>(&checked)) {
    if (problems->size() == inputs.size() && std::all_of(problems->begin(), problems->end(), [](const auto& p) {
          return p.message == "Indikatoren findes ikke.";
        })) {
      return ApiProblem(context, 404, "Indikatoren findes ikke.");
    }
    boost::json::array fields;
    for (const auto& problem : *problems) {
      fields.push_back(boost::json::object{{"maaling", static_cast<std::int64_t>(problem.index + 1)},
                                           {"felt", problem.field},
                                           {"besked", problem.message}});
    }
    return ApiProblem(context, 422, "Målingerne er ikke gemt. Ret fejlene, og send dem alle igen.", std::move(fields));
  }
  const auto outcome = indicators.Save(std::get<std::vector<app::MeasurementCheck>>(checked),
                                       app::MeasurementSource::Api, {std::nullopt, "Integration: " + integration.name},
                                       "goals.measurements_delivered", context.request.remote_address);
  boost::json::array uncommented;
  for (const auto& text : outcome.uncommented) uncommented.push_back(boost::json::string(text));
  boost::json::object body{{"indikator", *id},
                           {"oprettet", static_cast<std::int64_t>(outcome.created)},
                           {"opdateret", static_cast<std::int64_t>(outcome.updated)},
                           {"uaendret", static_cast<std::int64_t>(outcome.unchanged)},
                           {"mangler_kommentar", std::move(uncommented)}};
  return Response::Json(200, boost::json::serialize(body));
}

}  // namespace

void RegisterMeasurementApi(PageModule& module) {
  module.ApiPost("/api/v1/indikatorer/{id:int}/maalinger",
                 domain::IntegrationScopeCode(domain::IntegrationScope::Measurements), &PostMeasurements, kMaxApiBody);
}

}  // namespace lp::web
