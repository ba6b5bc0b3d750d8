#include "app/organisation/import_service.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/organisation/pending_import_repository.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "app/platform/errors.hpp"
#include "app/platform/security.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::app {
namespace {

constexpr std::string_view kUnknownPending =
    "Forhåndsvisningen findes ikke længere. Den kan være gennemført eller erstattet af en nyere "
    "indlæsning. Indlæs filerne igen.";
constexpr std::string_view kExpiredPending =
    "Forhåndsvisningen er udløbet, så filerne er slettet igen. Indlæs filerne igen for at se en ny "
    "forhåndsvisning.";

// Length-prefixed fields, so that no two different organisations serialise to the same text.
class FingerprintWriter {
 public:
  void Add(std::string_view field) {
    text_ += std::to_string(field.size());
    text_ += ':';
    text_ += field;
  }
  void Add(long long number) { Add(std::to_string(number)); }
  void EndRecord() { text_ += '\n'; }
  std::string Finish() const { return Sha256Hex(text_); }

 private:
  std::string text_;
};

ImportPreview PreviewOf(ImportPlan plan, const HrParseResult& parsed, const OrganisationRecords& records) {
  ImportPreview preview;
  if (!plan.units_deactivated.empty() || !plan.people_deactivated.empty()) {
    const std::set<std::string> units(plan.units_deactivated.begin(), plan.units_deactivated.end());
    const std::set<std::string> people(plan.people_deactivated.begin(), plan.people_deactivated.end());
    for (const auto& unit : records.units) {
      if (units.contains(unit.external_id)) preview.deactivated_names["unit:" + unit.external_id] = unit.name;
    }
    for (const auto& person : records.people) {
      if (people.contains(person.employee_no)) {
        preview.deactivated_names["person:" + person.employee_no] = person.FullName();
      }
    }
  }
  preview.report.notes = parsed.notes;
  preview.report.outcome = plan.refused_by_safety_limit ? ImportOutcome::RefusedSafetyLimit : ImportOutcome::WouldApply;
  preview.report.summary = DescribePlan(plan, false);
  preview.report.plan = std::move(plan);
  return preview;
}

ImportPreview ErrorPreview(HrParseResult parsed) {
  ImportPreview preview;
  preview.report.outcome = ImportOutcome::RefusedErrors;
  preview.report.errors = std::move(parsed.errors);
  preview.report.notes = std::move(parsed.notes);
  return preview;
}

std::string Source(const PendingImport& pending) { return "web: " + pending.units_name + ", " + pending.people_name; }

std::string CountsText(const ImportRun& run) {
  return "units +" + std::to_string(run.units_created) + " ~" + std::to_string(run.units_changed) + " -" +
         std::to_string(run.units_deactivated) + "; people +" + std::to_string(run.people_created) + " ~" +
         std::to_string(run.people_changed) + " -" + std::to_string(run.people_deactivated) + "; leaderships +" +
         std::to_string(run.leaderships_added) + " ~" + std::to_string(run.leaderships_changed) + " -" +
         std::to_string(run.leaderships_removed) + (run.forced ? "; forced" : "");
}

// While another import is read or applied (one at a time per process).
Error Busy() {
  return Error{
      ErrorKind::Throttled, "Der bliver allerede indlæst filer fra HR-systemet. Vent et øjeblik, og prøv så igen.", {}};
}

}  // namespace

std::string OrganisationFingerprint(const OrganisationRecords& records) {
  // Sorted by id, so the order LoadAll happens to return does not matter.
  auto by_id = [](const auto& a, const auto& b) { return a.id < b.id; };
  std::vector<const domain::Unit*> units;
  for (const auto& unit : records.units) units.push_back(&unit);
  std::sort(units.begin(), units.end(), [&](const auto* a, const auto* b) { return by_id(*a, *b); });
  std::vector<const domain::Person*> people;
  for (const auto& person : records.people) people.push_back(&person);
  std::sort(people.begin(), people.end(), [&](const auto* a, const auto* b) { return by_id(*a, *b); });
  std::vector<const domain::Leadership*> leaderships;
  for (const auto& leadership : records.leaderships) leaderships.push_back(&leadership);
  std::sort(leaderships.begin(), leaderships.end(),
            [](const auto* a, const auto* b) { return std::pair(a->unit, a->person) < std::pair(b->unit, b->person); });

  FingerprintWriter writer;
  for (const auto* unit : units) {
    writer.Add("u");
    writer.Add(static_cast<long long>(unit->id));
    writer.Add(unit->external_id);
    writer.Add(unit->name);
    writer.Add(unit->parent ? static_cast<long long>(*unit->parent) : -1);
    writer.Add(domain::UnitKindCode(unit->kind));
    writer.Add(unit->kind_label);
    writer.Add(unit->active ? 1 : 0);
    writer.EndRecord();
  }
  for (const auto* person : people) {
    writer.Add("p");
    writer.Add(static_cast<long long>(person->id));
    writer.Add(person->employee_no);
    writer.Add(person->first_name);
    writer.Add(person->last_name);
    writer.Add(person->email);
    writer.Add(person->title);
    writer.Add(static_cast<long long>(person->unit));
    writer.Add(person->active ? 1 : 0);
    writer.EndRecord();
  }
  for (const auto* leadership : leaderships) {
    writer.Add("l");
    writer.Add(static_cast<long long>(leadership->unit));
    writer.Add(static_cast<long long>(leadership->person));
    writer.Add(domain::FormatIsoDate(leadership->leader_since));
    writer.Add(domain::LeaderKindCode(leadership->kind));
    writer.EndRecord();
  }
  return writer.Finish();
}

ImportService::ImportService(Store& store, ImportSettings settings, Clock clock)
    : store_(store), settings_(settings), clock_(std::move(clock)) {}

bool ImportService::MayForce(const domain::User& actor) { return actor.HasRole(domain::Role::Administrator); }

Result<ImportPreview> ImportService::Preview(const domain::User& actor, const ImportUpload& upload) {
  std::vector<FieldError> missing;
  if (upload.units.name.empty()) missing.push_back({"units", "Vælg filen med enhederne (units.csv)."});
  if (upload.people.name.empty()) missing.push_back({"people", "Vælg filen med medarbejderne (people.csv)."});
  if (!missing.empty()) return Invalid(std::move(missing), "Vælg begge filer fra HR-systemet.");
  const std::unique_lock busy(*busy_, std::try_to_lock);
  if (!busy) return Busy();

  auto parsed = ParseHrExport(upload.units.name, upload.units.bytes, upload.people.name, upload.people.bytes);
  if (!parsed.ok()) {
    auto preview = ErrorPreview(std::move(parsed));
    preview.may_force = MayForce(actor);
    return preview;
  }

  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<ImportPreview> {
    const auto records = tx.Get<OrganisationRepository>().LoadAll();
    auto plan = PlanImport(records, *parsed.rows, {settings_.max_deactivation_share, false});
    PendingImport pending{RandomToken(),
                          actor.id,
                          now,
                          now + settings_.pending_lifetime,
                          upload.units.name,
                          upload.units.bytes,
                          upload.people.name,
                          upload.people.bytes,
                          OrganisationFingerprint(records)};
    auto& pending_imports = tx.Get<PendingImportRepository>();
    pending_imports.DeleteExpired(now);
    // One pending upload per user: a new upload replaces the previous one (and its files).
    pending_imports.DeleteForUser(actor.id);
    pending_imports.Create(pending);
    tx.Get<AuditRepository>().Append({now, actor.id, "organisation.import_previewed", "import", upload.remote_address,
                                      pending.units_name + ", " + pending.people_name});

    auto preview = PreviewOf(std::move(plan), parsed, records);
    preview.pending_id = pending.id;
    preview.expires_at = pending.expires_at;
    preview.may_force = MayForce(actor);
    return preview;
  });
}

Result<ImportConfirmation> ImportService::Confirm(const domain::User& actor, const std::string& pending_id, bool force,
                                                  const std::string& remote_address) {
  if (force && !MayForce(actor)) {
    return Forbidden("Kun en administrator kan gennemføre en import, som sikkerhedsgrænsen afviser.");
  }
  const std::unique_lock busy(*busy_, std::try_to_lock);
  if (!busy) return Busy();
  const auto now = clock_();
  bool expired = false;
  auto confirmed = store_.Write([&](Transaction& tx) -> Result<ImportConfirmation> {
    expired = false;
    auto& pending_imports = tx.Get<PendingImportRepository>();
    auto pending = pending_id.empty() ? std::nullopt : pending_imports.Find(pending_id);
    if (!pending) return NotFound(std::string(kUnknownPending));
    if (pending->user_id != actor.id) {
      return Forbidden("Kun den, der indlæste filerne, kan gennemføre importen.");
    }
    if (pending->expires_at <= now) {
      // Deleted for good: the unit commits, and the outcome becomes an error after it.
      pending_imports.Delete(pending->id);
      expired = true;
      return ImportConfirmation{};
    }

    ImportConfirmation confirmation;
    auto parsed = ParseHrExport(pending->units_name, pending->units_bytes, pending->people_name, pending->people_bytes);
    if (!parsed.ok()) {
      pending_imports.Delete(pending->id);
      confirmation.outcome = ConfirmOutcome::RefusedErrors;
      confirmation.preview = ErrorPreview(std::move(parsed));
      return confirmation;
    }

    const auto records = tx.Get<OrganisationRepository>().LoadAll();
    const auto fingerprint = OrganisationFingerprint(records);
    if (fingerprint != pending->fingerprint) {
      // Show what would happen now; confirming this new preview applies it.
      pending_imports.SetFingerprint(pending->id, fingerprint);
      confirmation.outcome = ConfirmOutcome::OrganisationChanged;
      confirmation.preview =
          PreviewOf(PlanImport(records, *parsed.rows, {settings_.max_deactivation_share, false}), parsed, records);
      confirmation.preview.organisation_changed = true;
    } else {
      auto plan = PlanImport(records, *parsed.rows, {settings_.max_deactivation_share, force});
      if (plan.refused_by_safety_limit) {
        confirmation.outcome = ConfirmOutcome::RefusedSafetyLimit;
        confirmation.preview = PreviewOf(std::move(plan), parsed, records);
      } else {
        ImportRun run;
        run.at = now;
        run.actor_user_id = actor.id;
        run.source = Source(*pending);
        auto report = ApplyImportPlan(tx.Get<OrganisationRepository>(), plan, std::move(run));
        report.notes = parsed.notes;
        tx.Get<AuditRepository>().Append({now, actor.id, "organisation.imported", "import", remote_address,
                                          report.run.source + "; " + CountsText(report.run)});
        pending_imports.Delete(pending->id);
        confirmation.outcome = ConfirmOutcome::Applied;
        confirmation.preview.report = std::move(report);
        confirmation.preview.may_force = MayForce(actor);
        return confirmation;
      }
    }
    confirmation.preview.pending_id = pending->id;
    confirmation.preview.expires_at = pending->expires_at;
    confirmation.preview.may_force = MayForce(actor);
    return confirmation;
  });
  if (expired) return NotFound(std::string(kExpiredPending));
  return confirmed;
}

std::vector<ImportRunView> ImportService::RecentRuns(int limit) {
  return store_.Read([&](Transaction& tx) {
    std::vector<ImportRunView> views;
    std::map<domain::UserId, std::string> names;
    for (auto& run : tx.Get<OrganisationRepository>().ListImportRuns(limit)) {
      ImportRunView view{std::move(run), {}};
      if (const auto actor = view.run.actor_user_id) {
        auto it = names.find(*actor);
        if (it == names.end()) {
          const auto user = tx.Get<UserRepository>().FindById(*actor);
          it = names.emplace(*actor, user ? user->name : std::string{}).first;
        }
        view.actor_name = it->second;
      }
      views.push_back(std::move(view));
    }
    return views;
  });
}

long long ImportService::PurgeExpired() {
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) { return tx.Get<PendingImportRepository>().DeleteExpired(now); });
}

}  // namespace lp::app
