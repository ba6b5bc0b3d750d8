#include "app/translation/translation_service.hpp"
#include "app/foundation/foundation_access.hpp"
#include "app/translation/translation_notices.hpp"
#include "app/translation/translation_repository.hpp"

#include <algorithm>
#include <limits>
#include <utility>

#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/text.hpp"
#include "domain/platform/text_encoding.hpp"

namespace lp::app {

std::string_view RegionalValueCode(RegionalValue value) { return kRegionalValueTable.Code(value); }
std::string_view RegionalValueLabel(RegionalValue value) { return kRegionalValueTable.Label(value); }
std::optional<RegionalValue> ParseRegionalValue(std::string_view code) { return kRegionalValueTable.Parse(code); }

namespace {

std::string Trim(std::string_view text) {
  const auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return std::string(text);
}

std::string UnixLineEnds(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string Number(std::size_t n) { return domain::FormatInteger(static_cast<long long>(n)); }

std::string Who(const std::string& name) { return name.empty() ? "En anden" : name; }

}  // namespace

std::string ThemeField(std::size_t number, std::string_view part) {
  return "theme-" + std::to_string(number) + "-" + std::string(part);
}

std::vector<std::string> BulletLines(std::string_view bullets) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= bullets.size()) {
    const auto end = std::min(bullets.find('\n', start), bullets.size());
    auto line = Trim(bullets.substr(start, end - start));
    // A bullet typed as Markdown ("- …", "* …") keeps only its text.
    if (line.starts_with("- ") || line.starts_with("* ")) line = Trim(std::string_view(line).substr(2));
    if (!line.empty()) lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

TranslationContent NormaliseTranslation(TranslationContent content) {
  content.introduction = Trim(UnixLineEnds(content.introduction));
  std::vector<TranslationTheme> themes;
  for (auto& theme : content.themes) {
    theme.title = Trim(UnixLineEnds(theme.title));
    std::string bullets;
    for (const auto& line : BulletLines(UnixLineEnds(theme.bullets))) {
      if (!bullets.empty()) bullets += '\n';
      bullets += line;
    }
    theme.bullets = std::move(bullets);
    theme.employees_can_expect = Trim(UnixLineEnds(theme.employees_can_expect));
    theme.leaders_expect = Trim(UnixLineEnds(theme.leaders_expect));
    std::vector<RegionalValue> values;
    for (const auto value : kAllRegionalValues) {
      if (std::ranges::find(theme.values, value) != theme.values.end()) values.push_back(value);
    }
    theme.values = std::move(values);
    const bool empty = theme.title.empty() && theme.bullets.empty() && theme.employees_can_expect.empty() &&
                       theme.leaders_expect.empty() && theme.values.empty();
    if (!empty) themes.push_back(std::move(theme));
  }
  content.themes = std::move(themes);
  return content;
}

std::vector<FieldError> ValidateTranslation(const TranslationContent& content, bool publishing) {
  std::vector<FieldError> errors;
  CheckText(errors, "introduction", content.introduction, {"Indledningen", kMaxTranslationTextChars});
  if (content.themes.size() > kMaxThemes) {
    errors.push_back({"themes", "Der må højst være " + Number(kMaxThemes) + " temaer. Der er nu " +
                                    Number(content.themes.size()) + "."});
  }
  if (publishing && content.themes.empty()) {
    errors.push_back({"themes", "Skriv mindst ét tema, før oversættelsen udgives."});
  }
  for (std::size_t i = 0; i < content.themes.size(); ++i) {
    const auto& theme = content.themes[i];
    const auto n = i + 1;
    const auto label = "Tema " + Number(n);
    if (theme.title.empty()) {
      errors.push_back({ThemeField(n, "title"), label + ": Skriv en titel."});
    } else {
      CheckText(errors, ThemeField(n, "title"), theme.title, {label + ": Titlen", kMaxThemeTitleChars});
    }
    if (!domain::IsValidUtf8(theme.bullets)) {
      CheckText(errors, ThemeField(n, "bullets"), theme.bullets,
                {label + ": Punkterne", std::numeric_limits<std::size_t>::max()});
    } else {
      const auto lines = BulletLines(theme.bullets);
      if (lines.size() > kMaxBulletLines) {
        errors.push_back({ThemeField(n, "bullets"), label + ": Der må højst være " + Number(kMaxBulletLines) +
                                                        " punkter. Der er nu " + Number(lines.size()) + "."});
      } else {
        for (std::size_t line = 0; line < lines.size(); ++line) {
          if (domain::CharacterCount(lines[line]) > kMaxBulletChars) {
            errors.push_back({ThemeField(n, "bullets"), label + ": Punkt " + Number(line + 1) + " må højst være " +
                                                            Number(kMaxBulletChars) + " tegn."});
            break;
          }
        }
      }
    }
    CheckText(errors, ThemeField(n, "employees"), theme.employees_can_expect,
              {label + ": Teksten om, hvad medarbejderne kan forvente", kMaxTranslationTextChars});
    CheckText(errors, ThemeField(n, "leaders"), theme.leaders_expect,
              {label + ": Teksten om, hvad lederne forventer", kMaxTranslationTextChars});
    if (publishing && theme.values.empty()) {
      errors.push_back({ThemeField(n, "values"), label + ": Vælg mindst én af værdierne, før oversættelsen udgives."});
    }
  }
  return errors;
}

TranslationService::TranslationService(Store& store, Clock clock) : store_(store), clock_(std::move(clock)) {}

std::chrono::year_month_day TranslationService::Today() const { return domain::ToCopenhagenTime(clock_()).date; }

TranslationAccess TranslationService::AccessTo(const OrganisationContext& context, domain::UnitId unit) const {
  const auto& organisation = context.organisation();
  TranslationAccess access;
  access.edit = context.Reach(actions::kEditUnitFoundation).CoversUnit(organisation, unit);
  access.read_drafts = access.edit || context.Reach(actions::kReadUnitFoundation).CoversUnit(organisation, unit);
  access.read_published =
      access.read_drafts || context.Reach(actions::kReadPublishedTranslation).CoversUnit(organisation, unit);
  return access;
}

Result<TranslationInForce> TranslationService::InForce(const OrganisationContext& context, domain::UnitId unit) const {
  const auto* found = context.organisation().FindUnit(unit);
  if (found == nullptr) return UnknownUnit();
  TranslationInForce result;
  result.unit = found;
  result.access = AccessTo(context, unit);
  if (!result.access.read_published) {
    return Forbidden(
        "Du har ikke adgang til enhedens oversættelse. Den kan læses af enhedens medarbejdere og "
        "ledere, af enhederne under den og af ledelseskæden over den.");
  }
  store_.Read([&](Transaction& tx) {
    auto& translations = tx.Get<TranslationRepository>();
    std::vector<domain::UnitId> chain{unit};
    for (const auto* ancestor : context.organisation().Ancestors(unit)) chain.push_back(ancestor->id);
    const auto numbers = translations.LatestNumbers(chain);
    for (const auto candidate : chain) {
      const auto it = std::ranges::find(numbers, candidate, &std::pair<domain::UnitId, int>::first);
      if (it == numbers.end()) continue;
      result.version = translations.Published(candidate, it->second);
      result.source = context.organisation().FindUnit(candidate);
      result.med = translations.MedDiscussions(candidate);
      break;
    }
    if (result.access.read_drafts) result.draft = translations.Draft(unit);
  });
  return result;
}

Result<TranslationEditor> TranslationService::Editor(const OrganisationContext& context, domain::UnitId unit) const {
  const auto* found = context.organisation().FindUnit(unit);
  if (found == nullptr) return UnknownUnit();
  if (!AccessTo(context, unit).edit) {
    return Forbidden(
        "Kun enhedens egne ledere, deres stedfortrædere, HR og administratorer kan redigere "
        "enhedens oversættelse.");
  }
  TranslationEditor editor;
  editor.unit = found;
  store_.Read([&](Transaction& tx) {
    editor.draft = tx.Get<TranslationRepository>().Draft(unit);
    editor.latest = tx.Get<TranslationRepository>().LatestPublished(unit);
  });
  if (editor.draft) {
    editor.form.draft_id = editor.draft->id;
    editor.form.revision = editor.draft->revision;
    editor.form.content = editor.draft->content;
  } else if (editor.latest) {
    editor.form.based_on = editor.latest->id;
    editor.form.content = editor.latest->content;
  }
  return editor;
}

Result<TranslationSaved> TranslationService::Save(const OrganisationContext& context, domain::UnitId unit,
                                                  const TranslationForm& form, TranslationSubmit submit,
                                                  const std::string& remote_address) {
  auto editor = Editor(context, unit);  // existence and access
  if (!editor) return editor.error();
  const bool publishing = submit == TranslationSubmit::Publish;
  const auto content = NormaliseTranslation(form.content);
  auto errors = ValidateTranslation(content, publishing);
  if (!errors.empty()) {
    return Invalid(std::move(errors), "Oversættelsen er ikke gemt. Ret felterne med fejl.");
  }
  const auto* user = context.viewer.user;
  const auto now = clock_();
  return store_.Write(
      [&](Transaction& tx) -> Result<TranslationSaved> {
        auto& translations = tx.Get<TranslationRepository>();
        const auto draft = translations.Draft(unit);
        const auto latest = translations.LatestPublished(unit);
        const std::optional<TranslationVersionId> latest_id =
            latest ? std::optional<TranslationVersionId>(latest->id) : std::nullopt;
        TranslationSaved saved;
        int revision = 0;
        std::optional<TranslationVersionId> based_on;
        if (form.draft_id != 0) {
          if (!draft || draft->id != form.draft_id) {
            if (latest && latest->id == form.draft_id) {
              return Conflict(Who(latest->published_by_name) + " har udgivet kladden som version " +
                              std::to_string(latest->number.value_or(0)) +
                              ", siden du åbnede siden. Din tekst er ikke gemt; den står nedenfor, så du kan "
                              "sammenligne med den udgivne version og gemme den som en ny kladde.");
            }
            return Conflict(
                "Kladden findes ikke længere, siden du åbnede siden. Din tekst er ikke gemt; den "
                "står nedenfor.");
          }
          if (draft->revision != form.revision) {
            return Conflict(Who(draft->updated_by_name) + " har gemt en nyere udgave af kladden (" +
                            domain::FormatDateTime(draft->updated_at) +
                            "), siden du åbnede siden. Din tekst er ikke gemt; den står nedenfor, så du kan "
                            "sammenligne med den gemte kladde og rette til.");
          }
          if (!translations.UpdateDraft(draft->id, draft->revision, content, user->id, now)) {
            return Conflict(
                "Kladden blev ændret af en anden, mens du gemte. Din tekst er ikke gemt; den står "
                "nedenfor.");
          }
          saved.id = draft->id;
          revision = draft->revision + 1;
          based_on = draft->based_on;
        } else {
          if (draft) {
            return Conflict(Who(draft->created_by_name) + " har startet en kladde (" +
                            domain::FormatDateTime(draft->created_at) +
                            "), siden du åbnede siden. Din tekst er ikke gemt; den står nedenfor, så du kan "
                            "sammenligne med kladden.");
          }
          const std::optional<TranslationVersionId> opened_on =
              form.based_on != 0 ? std::optional<TranslationVersionId>(form.based_on) : std::nullopt;
          if (opened_on != latest_id) {
            return Conflict(Who(latest ? latest->published_by_name : std::string{}) + " har udgivet version " +
                            std::to_string(latest ? latest->number.value_or(0) : 0) +
                            ", siden du åbnede siden. Din tekst er ikke gemt; den står nedenfor, så du kan "
                            "sammenligne med den nye version.");
          }
          saved.id = translations.CreateDraft(unit, latest_id, content, user->id, now);
          revision = 1;
          based_on = latest_id;
        }
        if (publishing) {
          if (based_on != latest_id) {
            return Conflict("Kladden bygger på en ældre version, og " +
                            Who(latest ? latest->published_by_name : std::string{}) + " har udgivet version " +
                            std::to_string(latest ? latest->number.value_or(0) : 0) +
                            " siden. Kladden er ikke udgivet; sammenlign med den nye version først.");
          }
          const int number = translations.NextNumber(unit);
          if (!translations.Publish(saved.id, revision, number, user->id, now)) {
            return Conflict(
                "Kladden blev ændret af en anden, mens du udgav den. Din tekst er ikke gemt; den "
                "står nedenfor.");
          }
          saved.published_number = number;
          NotifyTranslationPublished(tx, context.organisation(), unit, number, user->email, now);
        }
        AuditEvent event;
        event.at = now;
        event.actor_user_id = user->id;
        event.action = publishing ? "translation.published" : "translation.draft_saved";
        event.subject = "unit:" + std::to_string(unit);
        event.remote_address = remote_address;
        event.details = publishing ? "version " + std::to_string(*saved.published_number)
                                   : "draft " + std::to_string(saved.id) + " revision " + std::to_string(revision);
        tx.Get<AuditRepository>().Append(event);
        return saved;
      },
      // Another save created the draft or published the same number at the same moment.
      Conflict("En anden har gemt eller udgivet oversættelsen samtidig med dig. Din tekst er ikke gemt; den står "
               "nedenfor."));
}

Result<TranslationHistory> TranslationService::History(const OrganisationContext& context, domain::UnitId unit) const {
  const auto* found = context.organisation().FindUnit(unit);
  if (found == nullptr) return UnknownUnit();
  TranslationHistory history;
  history.unit = found;
  history.access = AccessTo(context, unit);
  if (!history.access.read_drafts) {
    return Forbidden(
        "Versionerne kan læses af enhedens ledere og deres stedfortrædere, ledelseskæden over enheden, "
        "HR og koncernledelsen.");
  }
  history.versions = store_.Read([&](Transaction& tx) { return tx.Get<TranslationRepository>().Versions(unit); });
  return history;
}

Result<TranslationVersion> TranslationService::Version(const OrganisationContext& context, domain::UnitId unit,
                                                       int number) const {
  auto history = History(context, unit);
  if (!history) return history.error();
  auto version = store_.Read([&](Transaction& tx) { return tx.Get<TranslationRepository>().Published(unit, number); });
  if (!version) return NotFound("Enheden har ingen udgivet version " + std::to_string(number) + ".");
  return std::move(*version);
}

Result<MedOverview> TranslationService::Med(const OrganisationContext& context, domain::UnitId unit) const {
  const auto* found = context.organisation().FindUnit(unit);
  if (found == nullptr) return UnknownUnit();
  MedOverview overview;
  overview.unit = found;
  overview.access = AccessTo(context, unit);
  if (!overview.access.read_drafts) {
    return Forbidden(
        "MED-drøftelserne registreres og læses her af enhedens ledere og deres stedfortrædere, "
        "ledelseskæden over enheden, HR og koncernledelsen.");
  }
  store_.Read([&](Transaction& tx) {
    overview.discussions = tx.Get<TranslationRepository>().MedDiscussions(unit);
    const auto numbers = tx.Get<TranslationRepository>().LatestNumbers({unit});
    if (!numbers.empty()) overview.latest_number = numbers.front().second;
    overview.has_draft = tx.Get<TranslationRepository>().Draft(unit).has_value();
  });
  return overview;
}

Result<Unit> TranslationService::RecordMed(const OrganisationContext& context, domain::UnitId unit,
                                           const MedInput& input, const std::string& remote_address) {
  const auto* found = context.organisation().FindUnit(unit);
  if (found == nullptr) return UnknownUnit();
  if (!AccessTo(context, unit).edit) {
    return Forbidden(
        "Kun enhedens egne ledere, deres stedfortrædere, HR og administratorer kan registrere "
        "MED-drøftelser.");
  }
  std::vector<FieldError> errors;
  const auto today = Today();
  const auto held_on = domain::ParseDate(input.held_on);
  const auto range = "mellem " + domain::FormatDate(kEarliestMedDate) + " og i dag, " + domain::FormatDate(today);
  if (Trim(input.held_on).empty()) {
    errors.push_back({"held_on", "Skriv datoen for mødet, fx " + domain::FormatDate(today) + "."});
  } else if (!held_on) {
    errors.push_back({"held_on", "Datoen kan ikke læses. Skriv den som fx " + domain::FormatDate(today) + "."});
  } else if (*held_on < kEarliestMedDate || *held_on > today) {
    errors.push_back({"held_on", "Datoen skal ligge " + range + "."});
  }
  const auto committee = Trim(UnixLineEnds(input.committee));
  if (committee.empty()) {
    errors.push_back({"committee", "Skriv hvilket MED-udvalg, oversættelsen er drøftet i."});
  } else {
    CheckText(errors, "committee", committee, {"Udvalgets navn", kMaxCommitteeChars});
  }
  const auto remarks = Trim(UnixLineEnds(input.remarks));
  CheckText(errors, "remarks", remarks, {"Bemærkningerne", kMaxMedRemarksChars});
  if (!errors.empty()) {
    return Invalid(std::move(errors), "Drøftelsen er ikke registreret. Ret felterne med fejl.");
  }
  const auto now = clock_();
  store_.Write([&](Transaction& tx) {
    MedDiscussion discussion;
    discussion.unit = unit;
    if (auto latest = tx.Get<TranslationRepository>().LatestPublished(unit)) {
      discussion.version = latest->id;
    } else if (auto draft = tx.Get<TranslationRepository>().Draft(unit)) {
      discussion.version = draft->id;
    }
    discussion.held_on = *held_on;
    discussion.committee = committee;
    discussion.remarks = remarks;
    discussion.recorded_by = context.viewer.user->id;
    discussion.recorded_at = now;
    const auto id = tx.Get<TranslationRepository>().AddMedDiscussion(discussion);
    AuditEvent event;
    event.at = now;
    event.actor_user_id = context.viewer.user->id;
    event.action = "translation.med_recorded";
    event.subject = "unit:" + std::to_string(unit);
    event.remote_address = remote_address;
    event.details = "med_discussion " + std::to_string(id);
    tx.Get<AuditRepository>().Append(event);
  });
  return Unit{};
}

Result<domain::UnitId> TranslationService::MyUnit(const OrganisationContext& context) const {
  const auto* me = context.me();
  if (me == nullptr) {
    return NotFound(
        "Dit login hører ikke til en person i organisationen, så portalen ved ikke, hvilken enhed du er "
        "ansat i.");
  }
  return me->unit;
}

}  // namespace lp::app
