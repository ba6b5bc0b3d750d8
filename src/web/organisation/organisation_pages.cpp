// The organisation pages: the tree and search, a unit, a person, Min ledelseskæde and the data check.
// Each handler asks OrganisationService for the request's context (snapshot and viewer) and one use
// case, which applies the access policy; this file only turns the result into views.

#include "web/organisation/organisation_pages.hpp"

#include <boost/json.hpp>

#include "app/organisation/organisation_access.hpp"
#include "app/organisation/organisation_service.hpp"
#include "app/organisation/unit_delegate_service.hpp"
#include "domain/platform/danish_format.hpp"
#include "web/platform/errors.hpp"
#include "web/platform/forms.hpp"
#include "web/platform/pages.hpp"

namespace lp::web {
namespace {

std::string UnitHref(const domain::Unit& unit) { return "/organisation/enheder/" + std::to_string(unit.id); }
std::string PersonHref(const domain::Person& person) { return "/organisation/personer/" + std::to_string(person.id); }

// ctemplate looks a section up in the enclosing dictionaries too, so a flag shown on a row would show
// in every row nested in it. Flags therefore live in a section of their own that every row has
// (UNIT_STATE, LEADERSHIP), where nested rows cannot see them.
void SetUnit(View& view, const domain::Unit& unit) {
  view.Set("UNIT_HREF", UnitHref(unit));
  view.Set("UNIT_NAME", unit.name);
  view.Set("UNIT_KIND", std::string(domain::ShownUnitKind(unit.kind, unit.kind_label)));
  auto& state = view.AddSection("UNIT_STATE");
  if (!unit.active) state.Show("UNIT_CLOSED");
}

void AddLeaders(View& view, const std::vector<app::LeaderEntry>& leaders) {
  auto& block = view.AddSection("LEADERSHIP");
  if (leaders.size() > 1) block.Show("SHARED_LEADERSHIP");
  if (leaders.empty()) block.Show("NO_LEADER");
  for (const auto& leader : leaders) {
    auto& row = block.AddSection("LEADER");
    row.Set("PERSON_HREF", PersonHref(*leader.person));
    row.Set("PERSON_NAME", leader.person->FullName());
    row.Set("PERSON_TITLE", leader.person->title);
    if (leader.is_new) row.Show("NEW_LEADER");
  }
}

void AddChain(View& view, std::string_view section, const std::vector<app::UnitWithLeaders>& steps) {
  for (const auto& step : steps) {
    auto& row = view.AddSection(section);
    SetUnit(row, *step.unit);
    AddLeaders(row, step.leaders);
  }
}

void SetCount(View& view, const domain::HeadCount& count) {
  view.Set("PEOPLE_TOTAL", domain::FormatInteger(static_cast<long long>(count.active_total)));
  view.Set("PEOPLE_DIRECT", domain::FormatInteger(static_cast<long long>(count.active_direct)));
  view.Set("PEOPLE_TOTAL_TEXT",
           domain::CountOf(static_cast<long long>(count.active_total), "medarbejder", "medarbejdere"));
  view.Set("PEOPLE_DIRECT_TEXT",
           domain::CountOf(static_cast<long long>(count.active_direct), "medarbejder", "medarbejdere"));
}

void AddSubUnits(View& view, std::string_view section, const std::vector<app::SubUnit>& units) {
  for (const auto& sub : units) {
    auto& row = view.AddSection(section);
    SetUnit(row, *sub.unit);
    SetCount(row, sub.count);
    AddLeaders(row, sub.leaders);
  }
}

std::size_t PageNumber(std::string_view text) { return ParsePositive<std::size_t>(text).value_or(1); }

// The upkeep pages of the organisation data (data check, HR import) the viewer may open: they are
// not in the main menu, so the organisation page links them.
void AddUpkeepLinks(View& content, const Pages& pages, const domain::User& user) {
  View* upkeep = nullptr;
  for (const auto& item : pages.Navigation()) {
    if (item.section != nullptr || !item.href.starts_with("/organisation/") ||
        app::Authorize(&user, item.access) != app::Decision::Allow) {
      continue;
    }
    if (upkeep == nullptr) upkeep = &content.AddSection("UPKEEP");
    auto& link = upkeep->AddSection("UPKEEP_LINK");
    link.Set("HREF", std::string(item.href));
    link.Set("LABEL", std::string(item.label));
    link.Set("DESCRIPTION", std::string(item.description));
  }
}

// A unit with the units above it, nearest first, up to three in all and without the root:
// "Sengeafsnit 1 · Hjertesygdomme · Aarhus Universitetshospital".
std::string UnitPath(const domain::Organisation& organisation, const domain::Unit& unit) {
  std::string path = unit.name;
  int shown = 1;
  for (const auto* above : organisation.Ancestors(unit.id)) {
    if (shown == 3 || organisation.Parent(above->id) == nullptr) break;
    path += " · " + above->name;
    ++shown;
  }
  return path;
}

// "viser 1–25 af 143" for a paged list of results.
std::string Showing(const app::PageSpan& page, std::size_t total) {
  if (total <= page.last - page.first) return domain::CountOf(static_cast<long long>(total), "resultat", "resultater");
  return "viser " + domain::FormatInteger(static_cast<long long>(page.first) + 1) + "–" +
         domain::FormatInteger(static_cast<long long>(page.last)) + " af " +
         domain::FormatInteger(static_cast<long long>(total));
}

Response RenderTree(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  View content;
  AddUpkeepLinks(content, services.pages, *context.user());
  app::SearchQuery search_query;
  const auto text = query.Get("q");
  search_query.text = text;
  const auto area_text = query.Get("omraade");
  if (!area_text.empty()) search_query.area = ParsePositive<domain::UnitId>(area_text).value_or(0);
  search_query.unit_page = PageNumber(query.Get("enhedsside"));
  search_query.person_page = PageNumber(query.Get("side"));
  const auto search = services.Get<app::OrganisationService>().Search(organisation, search_query);
  // A hint with a name the searcher can find: the first department of the organisation.
  std::string example = "Hjertesygdomme";
  for (const auto& unit : organisation.organisation().Units()) {
    if (unit.kind == domain::UnitKind::Department && unit.active) {
      example = unit.name;
      break;
    }
  }
  content.Set("EXAMPLE_UNIT", example);
  int status = 200;
  if (!search) {
    status = StatusFor(search.error().kind);
    if (search.error().kind == app::ErrorKind::NotFound) {
      return services.pages.Error(context, status, search.error().message);
    }
    content.Set("QUERY", text);
    content.AddSection("QUERY_ERROR").Set("MESSAGE", search.error().message);
  } else {
    for (const auto* area : search->areas) {
      auto& option = content.AddSection("AREA_OPTION");
      option.Set("VALUE", std::to_string(area->id));
      option.Set("LABEL", area->name);
      if (search->area == area) option.Show("SELECTED");
    }
  }
  if (search && !search->query.empty()) {
    content.Set("QUERY", search->query);
    auto& results = content.AddSection("RESULTS");
    results.Set("QUERY", search->query);
    if (search->area != nullptr) results.AddSection("IN_AREA").Set("AREA_NAME", search->area->name);
    if (search->total_units == 0 && search->total_people == 0) results.Show("NO_RESULTS");
    const auto href = [&](std::size_t unit_page, std::size_t person_page) {
      std::string link = "/organisation?q=" + PercentEncode(search->query);
      if (search->area != nullptr) link += "&omraade=" + std::to_string(search->area->id);
      if (unit_page > 1) link += "&enhedsside=" + std::to_string(unit_page);
      if (person_page > 1) link += "&side=" + std::to_string(person_page);
      return link;
    };
    if (search->total_units > 0) {
      auto& units = results.AddSection("UNIT_RESULTS");
      units.Set("COUNT", domain::FormatInteger(static_cast<long long>(search->total_units)));
      units.Set("SHOWING", Showing(search->unit_page, search->total_units));
      for (const auto* unit : search->units) {
        auto& row = units.AddSection("UNIT");
        SetUnit(row, *unit);
        if (const auto* parent = organisation.organisation().Parent(unit->id)) {
          row.AddSection("PARENT").Set("PARENT_NAME", UnitPath(organisation.organisation(), *parent));
        }
      }
      AddPager(units, "Sider med enheder", search->unit_page.page, search->unit_page.pages,
               [&](std::size_t page) { return href(page, search->person_page.page) + "#unit-results"; });
    }
    if (search->total_people > 0) {
      auto& people = results.AddSection("PERSON_RESULTS");
      people.Set("COUNT", domain::FormatInteger(static_cast<long long>(search->total_people)));
      people.Set("SHOWING", Showing(search->person_page, search->total_people));
      if (organisation.me() != nullptr) people.Show("COLLEAGUES_FIRST");
      for (const auto* person : search->people) {
        auto& row = people.AddSection("PERSON");
        row.Set("PERSON_HREF", PersonHref(*person));
        row.Set("PERSON_NAME", person->FullName());
        row.Set("PERSON_TITLE", person->title);
        if (const auto* unit = organisation.organisation().FindUnit(person->unit)) {
          SetUnit(row, *unit);
          row.Set("UNIT_PATH", UnitPath(organisation.organisation(), *unit));
        }
      }
      AddPager(people, "Sider med personer", search->person_page.page, search->person_page.pages,
               [&](std::size_t page) { return href(search->unit_page.page, page) + "#person-results"; });
    }
  }
  const auto tree = services.Get<app::OrganisationService>().Tree(organisation);
  if (tree.root == nullptr) {
    content.Show("EMPTY_ORGANISATION");
  } else {
    auto& root = content.AddSection("TREE");
    SetUnit(root, *tree.root);
    SetCount(root, tree.root_count);
    root.Set("UNIT_COUNT_TEXT", domain::CountOf(static_cast<long long>(tree.unit_count), "enhed", "enheder"));
    for (const auto& branch : tree.branches) {
      auto& row = root.AddSection("BRANCH");
      SetUnit(row, *branch.unit.unit);
      SetCount(row, branch.unit.count);
      AddLeaders(row, branch.unit.leaders);
      if (branch.children.empty()) {
        row.Show("NO_CHILDREN");
      } else {
        AddSubUnits(row.AddSection("HAS_CHILDREN"), "CHILD", branch.children);
      }
    }
  }
  const auto title = search && !search->query.empty() ? "Søgning i organisationen" : "Organisationen";
  return services.pages.Render(context, title, "organisation/organisation.tpl", content, status);
}

// What the delegate form on the unit page submitted, to show it again with its error.
struct DelegateFormState {
  app::DelegateInput input;
  const app::Error* error = nullptr;
};

// The delegate form's controls carry ids of their own on the unit page; its fields' errors link there.
std::string DelegateControlId(std::string_view field) {
  return field == "employee_no" ? "delegate-employee-no" : "delegate-person";
}

void AddDelegates(View& content, const app::UnitDelegates& delegates, domain::UnitId unit,
                  const DelegateFormState& state) {
  if (!delegates.visible) return;
  auto& section = content.AddSection("DELEGATES");
  if (delegates.delegates.empty()) section.Show("NO_DELEGATES");
  for (const auto& delegate : delegates.delegates) {
    auto& row = section.AddSection("DELEGATE");
    if (delegate.person != nullptr) {
      row.Set("PERSON_HREF", PersonHref(*delegate.person));
      row.Set("PERSON_NAME", delegate.person->FullName());
      row.Set("PERSON_TITLE", delegate.person->title);
    } else {
      row.Set("PERSON_NAME", "Ukendt person");
    }
    row.Set("SINCE", domain::FormatDate(delegate.appointment.granted_at));
    if (delegates.manage) {
      auto& remove = row.AddSection("REMOVE");
      remove.Set("ACTION", "/organisation/enheder/" + std::to_string(unit) + "/stedfortraedere/fjern");
      remove.Set("PERSON_ID", std::to_string(delegate.appointment.person));
    }
  }
  if (!delegates.manage) return;
  auto& form = section.AddSection("DELEGATE_FORM");
  form.Set("ACTION", "/organisation/enheder/" + std::to_string(unit) + "/stedfortraedere");
  std::vector<FieldOption> candidates{{"", "Ingen valgt"}};
  for (const auto* person : delegates.candidates) {
    candidates.push_back(
        {std::to_string(person->id), person->FullName() + (person->title.empty() ? "" : ", " + person->title)});
  }
  const auto errors = FieldErrorsOf(state.error);
  AddField(form, "PERSON_FIELD",
           SelectField("person", "Vælg en medarbejder i enheden", "", state.input.person_id, std::move(candidates))
               .Id(DelegateControlId("person")),
           errors);
  AddField(form, "EMPLOYEE_NO_FIELD",
           TextField("employee_no", "Eller skriv medarbejdernummeret på en medarbejder et andet sted", "",
                     state.input.employee_no)
               .Id(DelegateControlId("employee_no"))
               .Class("input-width-s")
               .NoSpellcheck(),
           errors);
  if (errors.empty()) return;
  std::vector<app::FieldError> linked(errors.begin(), errors.end());
  for (auto& error : linked) error.field = DelegateControlId(error.field);
  AddErrorSummary(content, linked, "Stedfortræderen er ikke tilføjet");
}

Response RenderUnit(const PageServices& services, RequestContext& context, const DelegateFormState& state = {}) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  const auto result = services.Get<app::OrganisationService>().Unit(organisation, context.params.Int("id"),
                                                                    PageNumber(query.Get("side")));
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& unit = result.value();
  View content;
  SetUnit(content, *unit.unit);
  SetCount(content, unit.count);
  AddLeaders(content, unit.leaders);
  AddChain(content, "ANCESTOR", unit.ancestors);
  if (unit.ancestors.empty()) content.Show("IS_ROOT");
  std::vector<UnitPagePart> parts;
  for (const auto contribute : services.pages.UnitPageContributors())
    contribute(services, organisation, *unit.unit, parts);
  if (!parts.empty()) {
    auto& foundation = content.AddSection("FOUNDATION");
    for (const auto& part : parts) {
      auto& section = foundation.AddSection("PART");
      section.Set("PART_HEADING", part.heading);
      section.Set("PART_TEXT", part.text);
      for (const auto& link : part.links) {
        auto& item = section.AddSection("PART_LINK");
        item.Set("LINK_LABEL", link.label);
        item.Set("LINK_HREF", link.href);
      }
    }
  }
  AddDelegates(content, services.Get<app::UnitDelegateService>().ForUnit(organisation, unit.unit->id), unit.unit->id,
               state);
  if (!unit.children.empty()) AddSubUnits(content.AddSection("CHILDREN"), "CHILD", unit.children);
  content.Set("EMPLOYEE_TOTAL", domain::FormatInteger(static_cast<long long>(unit.employee_total)));
  if (unit.employees.empty()) content.Show("NO_EMPLOYEES");
  for (const auto* person : unit.employees) {
    auto& row = content.AddSection("EMPLOYEE");
    row.Set("PERSON_HREF", PersonHref(*person));
    row.Set("PERSON_NAME", person->FullName());
    row.Set("PERSON_TITLE", person->title);
  }
  AddPager(content, "Sider med medarbejdere", unit.page, unit.page_count, [&](std::size_t number) {
    return UnitHref(*unit.unit) + "?side=" + std::to_string(number) + "#employees-heading";
  });
  return services.pages.Render(context, FormTitle(unit.unit->name, state.error), "organisation/organisation_unit.tpl",
                               content, FormStatus(state.error));
}

Response ShowUnit(const PageServices& services, RequestContext& context) { return RenderUnit(services, context); }

Response SubmitDelegate(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto unit = context.params.Int("id");
  const auto& form = context.Form();
  DelegateFormState state{{form.Get("person"), form.Get("employee_no")}, nullptr};
  return FinishForm<domain::PersonId>(
      services, context,
      services.Get<app::UnitDelegateService>().Add(organisation, unit, state.input, context.request.remote_address),
      [&](const app::Error& error, int status) {
        // Only invalid input comes back to the form; the service has no version to conflict with.
        if (error.kind != app::ErrorKind::Invalid) return services.pages.Error(context, status, error.message);
        state.error = &error;
        return RenderUnit(services, context, state);
      },
      [&](const domain::PersonId&) {
        return RedirectWithFlash("/organisation/enheder/" + std::to_string(unit) + "#delegates-heading",
                                 "delegate-added", services.secure_cookies);
      });
}

Response SubmitDelegateRemoval(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().ForFoundation(*context.user());
  const auto unit = context.params.Int("id");
  const auto person = ParseInteger<domain::PersonId>(context.Form().Get("person")).value_or(0);
  return FinishForm<app::Unit>(
      services, context,
      services.Get<app::UnitDelegateService>().Remove(organisation, unit, person, context.request.remote_address),
      [&](const app::Error& error, int status) { return services.pages.Error(context, status, error.message); },
      [&](const app::Unit&) {
        return RedirectWithFlash("/organisation/enheder/" + std::to_string(unit) + "#delegates-heading",
                                 "delegate-removed", services.secure_cookies);
      });
}

Response RenderPerson(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  const auto result = services.Get<app::OrganisationService>().Person(organisation, context.params.Int("id"),
                                                                      context.request.remote_address);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& details = result.value();
  const auto& person = *details.person;
  View content;
  content.Set("PERSON_NAME", person.FullName());
  content.Set("PERSON_TITLE", person.title);
  content.Show(person.title.empty() ? "UNTITLED" : "TITLED");
  if (!person.active) content.Show("PERSON_INACTIVE");
  if (details.is_self) content.Show("IS_SELF");
  if (details.unit != nullptr) SetUnit(content, *details.unit);
  if (details.nearest) {
    auto& nearest = content.AddSection("NEAREST");
    SetUnit(nearest, *details.nearest->unit);
    AddLeaders(nearest, details.nearest->leaders);
  } else {
    content.Show("NO_NEAREST");
  }
  AddChain(content, "CHAIN_STEP", details.chain);
  if (details.chain.empty()) content.Show("NO_CHAIN");
  if (!details.leads.empty()) {
    auto& leads = content.AddSection("LEADS");
    for (const auto& lead : details.leads) {
      auto& row = leads.AddSection("LED_UNIT");
      if (const auto* unit = organisation.organisation().FindUnit(lead.leadership->unit)) SetUnit(row, *unit);
      if (lead.is_new) row.Show("NEW_LEADER");
    }
  }
  if (details.hr_details) {
    auto& hr = content.AddSection("HR_DETAILS");
    hr.Set("EMPLOYEE_NO", person.employee_no);
    if (person.email.empty()) {
      hr.Show("NO_EMAIL");
    } else {
      hr.AddSection("EMAIL").Set("EMAIL", person.email);
    }
    hr.Set("STATUS", person.active ? "Aktiv" : "Fratrådt");
    for (const auto& lead : details.leads) {
      auto& row = hr.AddSection("HR_LEADERSHIP");
      if (const auto* unit = organisation.organisation().FindUnit(lead.leadership->unit)) SetUnit(row, *unit);
      row.Set("LEADER_KIND", std::string(domain::LeaderKindLabel(lead.leadership->kind)));
      row.Set("LEADER_SINCE", domain::FormatDate(lead.leadership->leader_since));
    }
    if (details.leads.empty()) hr.Show("NO_HR_LEADERSHIP");
    if (!details.login) {
      hr.Show("NO_LOGIN");
    } else {
      for (const auto role : details.login->roles) {
        std::string label(domain::RoleLabel(role));
        std::string scope_names;
        for (const auto unit_id : details.login->ScopeOf(role)) {
          const auto* unit = organisation.organisation().FindUnit(unit_id);
          if (unit == nullptr) continue;
          if (!scope_names.empty()) scope_names += ", ";
          scope_names += unit->name;
        }
        if (!scope_names.empty()) label += " (for " + scope_names + ")";
        hr.AddSection("PORTAL_ROLE").Set("ROLE", label);
      }
    }
  }
  return services.pages.Render(context, person.FullName(), "organisation/organisation_person.tpl", content);
}

Response RenderMyLeadership(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  const auto overview = services.Get<app::OrganisationService>().MyLeadership(organisation);
  View content;
  if (overview.me == nullptr) {
    content.Show("NOT_LINKED");
    content.Set("USER_EMAIL", context.user()->email);
  } else {
    auto& me = content.AddSection("ME");
    me.Set("PERSON_HREF", PersonHref(*overview.me));
    me.Set("PERSON_NAME", overview.me->FullName());
    if (overview.led.empty()) me.Show("LEADS_NOTHING");
    for (const auto& led : overview.led) {
      auto& row = me.AddSection("LED");
      SetUnit(row, *led.unit);
      SetCount(row, led.count);
      row.Set("SUB_UNITS", domain::FormatInteger(static_cast<long long>(led.sub_units)));
      row.Set("LEADERS", domain::FormatInteger(static_cast<long long>(led.leaders)));
      row.Set("NEW_LEADERS", domain::FormatInteger(static_cast<long long>(led.new_leaders)));
      if (!led.children.empty()) AddSubUnits(row.AddSection("CHILDREN"), "CHILD", led.children);
    }
    AddChain(me, "CHAIN_STEP", overview.chain);
    if (overview.chain.empty()) me.Show("NO_CHAIN");
  }
  return services.pages.Render(context, "Min ledelseskæde", "organisation/organisation_chain.tpl", content);
}

// One finding of the data check: its count, one page of its entries (each unit named with the unit
// above it), and the pager (`param`: the finding's page in the query; the others' pages are kept).
void AddFinding(View& view, std::string_view section, const app::DataCheck::Finding& finding,
                const domain::Organisation& organisation, std::string_view param, const FormData& query) {
  auto& block = view.AddSection(section);
  block.Set("TOTAL", domain::FormatInteger(static_cast<long long>(finding.total)));
  if (finding.total == 0) block.Show("NONE");
  if (finding.total > finding.units.size()) {
    block.AddSection("TRUNCATED").Set("SHOWN", Showing(finding.page, finding.total));
  }
  AddPager(block, "Sider i listen", finding.page.page, finding.page.pages, [&](std::size_t number) {
    std::string href = "/organisation/datakontrol?";
    for (const auto* other : {"side-uden-leder", "side-huller", "side-uden-email", "side-inaktive"}) {
      if (other == param) continue;
      if (const auto value = query.Get(other); !value.empty())
        href += std::string(other) + "=" + PercentEncode(value) + "&";
    }
    return href + std::string(param) + "=" + std::to_string(number) + "#" + std::string(param);
  });
  block.Set("ANCHOR", std::string(param));
  for (std::size_t i = 0; i < finding.units.size(); ++i) {
    auto& row = block.AddSection("ROW");
    SetUnit(row, *finding.units[i]);
    if (const auto* parent = organisation.Parent(finding.units[i]->id)) {
      row.AddSection("UNIT_PARENT").Set("PARENT_NAME", parent->name);
    }
    if (const auto* person = finding.people[i]) {
      auto& cell = row.AddSection("ROW_PERSON");
      cell.Set("PERSON_HREF", PersonHref(*person));
      cell.Set("PERSON_NAME", person->FullName());
    }
    if (const auto* related = finding.related[i]) {
      auto& cell = row.AddSection("ROW_RELATED");
      cell.Set("RELATED_HREF", UnitHref(*related));
      cell.Set("RELATED_NAME", related->name);
    }
  }
}

Response RenderDataCheck(const PageServices& services, RequestContext& context) {
  const auto organisation = services.Get<app::OrganisationService>().For(*context.user());
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  const app::DataCheckPages pages{PageNumber(query.Get("side-uden-leder")), PageNumber(query.Get("side-huller")),
                                  PageNumber(query.Get("side-uden-email")), PageNumber(query.Get("side-inaktive"))};
  const auto result = services.Get<app::OrganisationService>().Check(organisation, pages);
  if (!result) return services.pages.Error(context, StatusFor(result.error().kind), result.error().message);
  const auto& check = result.value();
  View content;
  if (check.region) {
    content.Show("REGION");
  } else {
    auto& scope = content.AddSection("SCOPE");
    for (const auto* unit : check.scope) SetUnit(scope.AddSection("SCOPE_UNIT"), *unit);
    if (check.scope.empty()) scope.Show("SCOPE_EMPTY");
  }
  const auto& org = organisation.organisation();
  AddFinding(content, "UNITS_WITHOUT_LEADER", check.units_without_leader, org, "side-uden-leder", query);
  AddFinding(content, "CHAIN_GAPS", check.chain_gaps, org, "side-huller", query);
  AddFinding(content, "PEOPLE_WITHOUT_EMAIL", check.people_without_email, org, "side-uden-email", query);
  AddFinding(content, "INACTIVE_LEADERS", check.inactive_leaders, org, "side-inaktive", query);
  return services.pages.Render(context, "Datakontrol", "organisation/organisation_check.tpl", content);
}

// GET /api/v1/personer?q=…: the active people whose name matches, for the search-as-you-type of the
// activity form's responsible person (static/js/portal.js): {"people": [{"id", "name", "title",
// "unit"}]}, at most 20, by the organisation search's ranking. Names, titles and units are what
// every signed-in person sees on the organisation pages; no employee numbers, no e-mail addresses.
Response RenderPeopleSearch(const PageServices& services, RequestContext& context) {
  const auto query = FormData::Parse(context.request.query).value_or(FormData{});
  const auto text = query.Get("q");
  auto& service = services.Get<app::OrganisationService>();
  if (text.size() > service.settings().max_query_length) {
    return services.pages.Error(context, 400, "Søgningen er for lang.");
  }
  const auto snapshot = service.Current();
  boost::json::array people;
  for (const auto* person : snapshot->organisation.SearchPeople(text, 40)) {
    if (!person->active) continue;
    const auto* unit = snapshot->organisation.FindUnit(person->unit);
    people.push_back(boost::json::object{{"id", person->id},
                                         {"name", person->FullName()},
                                         {"title", person->title},
                                         {"unit", unit != nullptr ? unit->name : std::string()}});
    if (people.size() == 20) break;
  }
  return Response::Json(200, boost::json::serialize(boost::json::object{{"people", std::move(people)}}));
}

}  // namespace

void RegisterOrganisationPages(PageModule& module) {
  module.shell.AddNavigation({"/organisation", "Organisationen",
                              "Find enheder og personer, og se hvem der leder hvad i regionen.",
                              app::Requires(app::kViewOrganisation), &kOrganisationSection, 70});
  module.shell.AddNavigation({"/min-ledelseskaede", "Min ledelseskæde",
                              "Dine ledere hele vejen op, og de enheder og ledere du har under dig.",
                              app::Requires(app::kViewOrganisation), &kOrganisationSection, 80});
  module.shell.AddNavigation(
      {"/organisation/datakontrol", "Datakontrol",
       "Mangler i organisationsdata: enheder uden leder, huller i ledelseskæden og manglende e-mail.",
       app::Requires(app::kViewDataCheck), nullptr, 100});
  module.shell.AddNavigation(
      {"/organisation/import", "HR-import",
       "Indlæs enheder og medarbejdere fra HR-systemets eksport, se ændringerne, før de gennemføres, og "
       "se tidligere indlæsninger.",
       app::Requires(app::kImportOrganisation), nullptr, 110});
  module.shell.AddFlash(
      {"organisation-imported", "success",
       "HR-importen er gennemført, og organisationen er opdateret. Kørslen står øverst i historikken."});
  module.shell.AddFlash({"delegate-added", "success", "Stedfortræderen er tilføjet."});
  module.shell.AddFlash({"delegate-removed", "success", "Stedfortræderen er fjernet."});
  RegisterImportPages(module);
  const auto view = app::Requires(app::kViewOrganisation);
  module.Get("/organisation", view, &RenderTree);
  module.Get("/organisation/enheder/{id:int}", view, &ShowUnit);
  // Delegates are managed per unit (ManageDelegates, decided by the service), so any signed-in user may post.
  module.Post("/organisation/enheder/{id:int}/stedfortraedere", app::kSignedIn, &SubmitDelegate);
  module.Post("/organisation/enheder/{id:int}/stedfortraedere/fjern", app::kSignedIn, &SubmitDelegateRemoval);
  module.Get("/organisation/personer/{id:int}", view, &RenderPerson);
  module.Get("/organisation/datakontrol", app::Requires(app::kViewDataCheck), &RenderDataCheck);
  module.Get("/min-ledelseskaede", view, &RenderMyLeadership);
  module.Get("/api/v1/personer", view, &RenderPeopleSearch);
}

}  // namespace lp::web
