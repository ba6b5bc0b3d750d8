#include "app/programmes/session_service.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <utility>

#include "app/notifications/notifier.hpp"
#include "app/platform/errors.hpp"
#include "app/platform/form_checks.hpp"
#include "app/platform/repositories.hpp"
#include "app/programmes/programme_service.hpp"
#include "app/programmes/programmes_access.hpp"
#include "domain/platform/danish_format.hpp"
#include "domain/platform/email.hpp"
#include "domain/platform/text.hpp"

namespace lp::app {
namespace {

constexpr std::chrono::year_month_day kFirstDay{std::chrono::year{2020}, std::chrono::January, std::chrono::day{1}};
constexpr std::chrono::year_month_day kLastDay{std::chrono::year{2040}, std::chrono::December, std::chrono::day{31}};

// "09:00" or "9.00" as minutes after midnight.
std::optional<int> ParseClock(std::string_view text) {
  const auto clean = domain::CleanText(text);
  const auto separator = clean.find_first_of(":.");
  if (separator == std::string::npos) return std::nullopt;
  int hours = -1;
  int minutes = -1;
  const auto* begin = clean.data();
  const auto [hours_end, hours_error] = std::from_chars(begin, begin + separator, hours);
  const auto [minutes_end, minutes_error] = std::from_chars(begin + separator + 1, begin + clean.size(), minutes);
  if (hours_error != std::errc{} || minutes_error != std::errc{} || hours_end != begin + separator ||
      minutes_end != begin + clean.size() || clean.size() - separator - 1 != 2) {
    return std::nullopt;
  }
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

std::string SessionHrefOf(ProgrammeSessionId id) { return fmt::format("/udvikling/sessioner/{}", id); }

bool MaintainsProgrammes(const domain::User& user) {
  return Authorize(&user, Requires(kMaintainProgrammes)) == Decision::Allow;
}

std::optional<Enrollment> ActiveEnrollment(ProgrammeRepository& repository, domain::PersonId person,
                                           ProgrammeId programme) {
  for (auto& enrollment : repository.EnrollmentsOfPerson(person)) {
    if (enrollment.programme == programme && !enrollment.withdrawn_at) return std::move(enrollment);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Attendance> ParseAttendance(std::string_view code) {
  if (code == "moedt") return Attendance::Present;
  if (code == "udeblevet") return Attendance::Absent;
  if (code == "afmeldt-i-tide") return Attendance::CancelledInTime;
  return std::nullopt;
}

std::string_view AttendanceCode(Attendance attendance) {
  switch (attendance) {
    case Attendance::Present: return "moedt";
    case Attendance::Absent: return "udeblevet";
    case Attendance::CancelledInTime: return "afmeldt-i-tide";
  }
  return "";
}

std::string_view AttendanceLabel(Attendance attendance) {
  switch (attendance) {
    case Attendance::Present: return "Mødt";
    case Attendance::Absent: return "Udeblevet";
    case Attendance::CancelledInTime: return "Afmeldt i tide";
  }
  return "";
}

SessionService::SessionService(Store& store, OrganisationService& organisation, Clock clock)
    : store_(store), organisation_(organisation), clock_(std::move(clock)) {}

bool SessionService::Organises(const domain::User& user, const ProgrammeSession& session) const {
  return MaintainsProgrammes(user) || (session.fields.organiser && *session.fields.organiser == user.id);
}

Result<ProgrammeSessionId> SessionService::Create(const domain::User& user, ProgrammeId programme,
                                                  const ProgrammeSessionInput& input, std::string_view remote_address) {
  if (!MaintainsProgrammes(user)) return Forbidden("Kun Koncern HR kan planlægge sessioner.");
  std::vector<FieldError> errors;
  SessionFields fields;
  const auto kind = domain::ParseElementKind(input.kind);
  if (!kind || !domain::HasSessions(*kind)) {
    errors.push_back({"kind", "Vælg, om det er en kursusdag, en ledersparring eller et kort kursus."});
  }
  fields.kind = kind.value_or(domain::ElementKind::CourseDay);
  fields.title = domain::CleanText(input.title);
  CheckText(errors, "title", fields.title, {"titlen", kMaxSessionTitleLength, "Skriv en titel."});
  fields.place = domain::CleanText(input.place);
  CheckText(errors, "place", fields.place, {"stedet", kMaxSessionPlace});
  fields.online_link = domain::CleanText(input.online_link);
  if (!fields.online_link.empty() && !fields.online_link.starts_with("https://")) {
    errors.push_back({"online_link", "Skriv et link, der begynder med https://, eller lad feltet stå tomt."});
  }
  if (fields.place.empty() && fields.online_link.empty()) {
    errors.push_back({"place", "Skriv, hvor sessionen holdes, eller giv et link til et onlinemøde."});
  }
  fields.teacher = domain::CleanText(input.teacher);
  CheckText(errors, "teacher", fields.teacher, {"underviseren", kMaxSessionTeacher});
  const auto capacity = domain::CleanText(input.capacity);
  int seats = 0;
  const auto [end, error] = std::from_chars(capacity.data(), capacity.data() + capacity.size(), seats);
  if (capacity.empty() || error != std::errc{} || end != capacity.data() + capacity.size() || seats < 1 ||
      seats > kMaxSessionCapacity) {
    errors.push_back(
        {"capacity", fmt::format("Skriv antallet af pladser som et helt tal fra 1 til {}.", kMaxSessionCapacity)});
  }
  fields.capacity = seats;
  const auto today = domain::ToCopenhagenTime(clock_()).date;
  const auto day = CheckDay(errors, "day", input.day, {"datoen", kFirstDay, kLastDay});
  if (day && *day < today) errors.push_back({"day", "Datoen er overstået. Vælg en dag fra i dag og frem."});
  const auto starts = ParseClock(input.starts);
  const auto ends = ParseClock(input.ends);
  if (!starts) errors.push_back({"starts", "Skriv starttidspunktet som tt:mm, fx 09:00."});
  if (!ends) errors.push_back({"ends", "Skriv sluttidspunktet som tt:mm, fx 15:30."});
  if (starts && ends && *ends <= *starts) errors.push_back({"ends", "Sluttidspunktet skal ligge efter starten."});
  const auto registration = CheckDay(errors, "registration_deadline", input.registration_deadline,
                                     {"tilmeldingsfristen", kFirstDay, kLastDay});
  const auto cancellation = CheckDay(errors, "cancellation_deadline", input.cancellation_deadline,
                                     {"afmeldingsfristen", kFirstDay, kLastDay});
  if (day && registration && *registration > *day) {
    errors.push_back({"registration_deadline", "Tilmeldingsfristen skal være senest dagen for sessionen."});
  }
  if (day && cancellation && *cancellation > *day) {
    errors.push_back({"cancellation_deadline", "Afmeldingsfristen skal være senest dagen for sessionen."});
  }
  if (!errors.empty()) return Invalid(std::move(errors));
  const auto midnight = domain::CopenhagenMidnight(*day);
  if (!midnight) return Invalid({{"day", "Datoen findes ikke."}});
  fields.starts_at = *midnight + std::chrono::minutes{*starts};
  fields.ends_at = *midnight + std::chrono::minutes{*ends};
  fields.registration_deadline = *registration;
  fields.cancellation_deadline = *cancellation;
  fields.organiser = user.id;
  return store_.Write([&](Transaction& tx) -> Result<ProgrammeSessionId> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto found = repository.FindProgramme(programme);
    if (!found || found->archived_at) return NotFound("Forløbet findes ikke.");
    const auto id = repository.CreateSession(programme, fields, user.id, clock_());
    tx.Get<AuditRepository>().Append({clock_(), user.id, "programme_session.created",
                                      "programme_session:" + std::to_string(id), std::string(remote_address),
                                      fields.title});
    return id;
  });
}

std::vector<ProgrammeSession> SessionService::Upcoming(ProgrammeId programme) const {
  const auto midnight = domain::CopenhagenMidnight(domain::ToCopenhagenTime(clock_()).date);
  auto sessions =
      store_.Read([&](Transaction& tx) { return tx.Get<ProgrammeRepository>().SessionsOfProgramme(programme); });
  std::erase_if(sessions,
                [&](const ProgrammeSession& session) { return midnight && session.fields.starts_at < *midnight; });
  return sessions;
}

Result<SessionView> SessionService::View(const domain::User& user, ProgrammeSessionId id) const {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  const auto now = clock_();
  return store_.Read([&](Transaction& tx) -> Result<SessionView> {
    auto& repository = tx.Get<ProgrammeRepository>();
    auto session = repository.FindSession(id);
    if (!session) return NotFound("Sessionen findes ikke.");
    auto programme = repository.FindProgramme(session->programme);
    if (!programme) return NotFound("Sessionen findes ikke.");
    SessionView view;
    view.session = std::move(*session);
    view.programme = std::move(*programme);
    view.has_person = me != nullptr;
    if (me != nullptr) {
      view.mine = repository.ActiveRegistration(id, me->id);
      view.enrolled = ActiveEnrollment(repository, me->id, view.programme.id).has_value();
    }
    const auto today = domain::ToCopenhagenTime(now).date;
    view.registration_open = view.session.status == SessionStatus::Planned &&
                             today <= view.session.fields.registration_deadline && now < view.session.fields.starts_at;
    view.organises = Organises(user, view.session);
    if (view.organises) {
      view.participants = repository.RegistrationsOfSession(id);
      for (const auto& registration : view.participants) {
        view.people.push_back(context.organisation().FindPerson(registration.person));
      }
    }
    return view;
  });
}

Result<RegistrationResult> SessionService::Register(const domain::User& user, ProgrammeSessionId id,
                                                    std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  if (me == nullptr)
    return Forbidden("Din konto er ikke knyttet til en person i HR-data, så du kan ikke tilmelde dig.");
  return RegisterPerson(user, id, *me, true, remote_address);
}

Result<RegistrationResult> SessionService::RegisterFor(const domain::User& user, ProgrammeSessionId id,
                                                       std::string_view who, std::string_view remote_address) {
  if (!MaintainsProgrammes(user)) return Forbidden("Kun Koncern HR kan tilmelde andre.");
  const auto snapshot = organisation_.Current();
  const auto* person = FindPersonTyped(snapshot->organisation, who);
  if (person == nullptr) {
    return Invalid({{"person", "Skriv e-mailadressen eller medarbejdernummeret på en aktiv person i HR-data."}});
  }
  return RegisterPerson(user, id, *person, false, remote_address);
}

Result<RegistrationResult> SessionService::RegisterPerson(const domain::User& user, ProgrammeSessionId id,
                                                          const domain::Person& person, bool self,
                                                          std::string_view remote_address) {
  const auto now = clock_();
  const auto today = domain::ToCopenhagenTime(now).date;
  const auto name = person.FullName();
  return store_.Write([&](Transaction& tx) -> Result<RegistrationResult> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto session = repository.FindSession(id);
    if (!session) return NotFound("Sessionen findes ikke.");
    if (session->status == SessionStatus::Cancelled) return Conflict("Sessionen er aflyst.");
    if (now >= session->fields.starts_at) return Conflict("Sessionen er begyndt eller overstået.");
    if (self && today > session->fields.registration_deadline) {
      return Conflict(
          fmt::format("Tilmeldingsfristen var {}.", domain::FormatDate(session->fields.registration_deadline)));
    }
    if (!ActiveEnrollment(repository, person.id, session->programme)) {
      return self ? Forbidden("Du kan kun tilmelde dig sessioner i forløb, du er optaget i.")
                  : Invalid({{"person", name + " er ikke optaget i forløbet."}});
    }
    if (const auto existing = repository.ActiveRegistration(id, person.id)) {
      const bool waiting = existing->status == RegistrationStatus::Waitlisted;
      if (!self) {
        return Invalid({{"person", name + (waiting ? " står allerede på ventelisten." : " er allerede tilmeldt.")}});
      }
      return Conflict(waiting ? "Du står allerede på ventelisten til sessionen."
                              : "Du er allerede tilmeldt sessionen.");
    }
    // Counted and taken in the same write unit: one writer at a time, so the last seat goes once.
    const bool full = session->registered >= session->fields.capacity;
    const auto status = full ? RegistrationStatus::Waitlisted : RegistrationStatus::Registered;
    const auto registration = repository.AddRegistration(id, person.id, status, user.id, now);
    RegistrationResult result;
    result.outcome = full ? RegistrationOutcome::Waitlisted : RegistrationOutcome::Registered;
    if (full) {
      const auto added = repository.FindRegistration(registration);
      result.waitlist_position = added ? added->waitlist_position : session->waiting + 1;
    }
    tx.Get<AuditRepository>().Append({now, user.id,
                                      full ? "programme_session.waitlisted" : "programme_session.registered",
                                      "programme_session:" + std::to_string(id), std::string(remote_address),
                                      self ? std::string() : "tilmeldt af HR: person:" + std::to_string(person.id)});
    return result;
  });
}

Result<Unit> SessionService::Cancel(const domain::User& user, ProgrammeSessionId id, std::string_view remote_address) {
  const auto context = organisation_.For(user);
  const auto* me = context.me();
  if (me == nullptr) return NotFound("Du er ikke tilmeldt sessionen.");
  const auto& organisation = context.organisation();
  const auto now = clock_();
  const auto today = domain::ToCopenhagenTime(now).date;
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto session = repository.FindSession(id);
    if (!session) return NotFound("Sessionen findes ikke.");
    const auto registration = repository.ActiveRegistration(id, me->id);
    if (!registration) return NotFound("Du er ikke tilmeldt sessionen.");
    if (registration->attendance) return Conflict("Fremmødet er allerede registreret; kontakt arrangøren.");
    const bool in_time = today <= session->fields.cancellation_deadline;
    repository.CancelRegistration(registration->id, in_time, now);
    if (registration->status == RegistrationStatus::Registered && session->status == SessionStatus::Planned &&
        now < session->fields.starts_at) {
      if (const auto promoted = repository.PromoteFirstWaiting(id, now)) {
        if (const auto* person = organisation.FindPerson(promoted->person)) {
          NewNotification notification;
          notification.recipient = person->email;
          notification.category = domain::NotificationCategory::Programmes;
          notification.topic = fmt::format("forloeb:session:{}:plads", id);
          notification.subject = "Du har fået en plads: " + session->fields.title;
          notification.body = fmt::format(
              "Der er blevet en plads ledig, og du er flyttet fra ventelisten til deltagerlisten. Sessionen er {} "
              "kl. {}. Kan du ikke komme, så meld fra senest {}.",
              domain::FormatLongDate(session->fields.starts_at), domain::FormatTime(session->fields.starts_at),
              domain::FormatDate(session->fields.cancellation_deadline));
          notification.link = SessionHrefOf(id);
          notification.created_at = now;
          Notify(tx, notification);
        }
      }
    }
    tx.Get<AuditRepository>().Append({now, user.id, "programme_session.cancelled_registration",
                                      "programme_session:" + std::to_string(id), std::string(remote_address),
                                      in_time ? "i tide" : "efter fristen"});
    return Unit{};
  });
}

std::string SessionService::SendReminders(domain::Timestamp now, std::chrono::hours quiet) {
  const auto snapshot = organisation_.Current();
  const auto& organisation = snapshot->organisation;
  const auto until = now + std::chrono::hours{24 * kSessionReminderDays};
  const int sent = store_.Write([&](Transaction& tx) {
    auto& repository = tx.Get<ProgrammeRepository>();
    int count = 0;
    for (const auto& session : repository.SessionsBetween(now, until)) {
      if (session.status != SessionStatus::Planned) continue;
      for (const auto& registration : repository.RegistrationsOfSession(session.id)) {
        if (registration.status != RegistrationStatus::Registered) continue;
        const auto* person = organisation.FindPerson(registration.person);
        if (person == nullptr || !person->active) continue;
        NewNotification notification;
        notification.recipient = person->email;
        notification.category = domain::NotificationCategory::Programmes;
        notification.topic = fmt::format("forloeb:session:{}/paamindelse", session.id);
        notification.subject =
            fmt::format("{} {} kl. {}", session.fields.title, domain::FormatLongDate(session.fields.starts_at),
                        domain::FormatTime(session.fields.starts_at));
        notification.body = fmt::format(
            "Du er tilmeldt {}, {} kl. {}–{}.", session.fields.title, domain::FormatLongDate(session.fields.starts_at),
            domain::FormatTime(session.fields.starts_at), domain::FormatTime(session.fields.ends_at));
        if (!session.fields.place.empty()) notification.body += "\nSted: " + session.fields.place;
        if (!session.fields.online_link.empty()) notification.body += "\nOnline: " + session.fields.online_link;
        notification.body += fmt::format("\n\nKan du ikke komme, så meld fra på sessionens side{}.",
                                         domain::ToCopenhagenTime(now).date <= session.fields.cancellation_deadline
                                             ? " senest " + domain::FormatDate(session.fields.cancellation_deadline)
                                             : std::string());
        notification.link = SessionHrefOf(session.id);
        notification.created_at = now;
        if (Notify(tx, notification, Repeat::Reminder, quiet)) ++count;
      }
    }
    return count;
  });
  return domain::CountOf(sent, "påmindelse om sessioner", "påmindelser om sessioner");
}

Result<Unit> SessionService::RecordAttendance(const domain::User& user, ProgrammeSessionId id,
                                              RegistrationId registration_id, std::string_view attendance_code,
                                              std::string_view remote_address) {
  const auto attendance = ParseAttendance(attendance_code);
  if (!attendance) return Invalid({{"attendance", "Vælg mødt, udeblevet eller afmeldt i tide."}});
  const auto now = clock_();
  return store_.Write([&](Transaction& tx) -> Result<Unit> {
    auto& repository = tx.Get<ProgrammeRepository>();
    const auto session = repository.FindSession(id);
    if (!session) return NotFound("Sessionen findes ikke.");
    if (!Organises(user, *session)) return Forbidden("Kun arrangøren og Koncern HR registrerer fremmøde.");
    if (domain::ToCopenhagenTime(now).date < domain::ToCopenhagenTime(session->fields.starts_at).date) {
      return Conflict("Fremmøde registreres på dagen eller bagefter.");
    }
    const auto registration = repository.FindRegistration(registration_id);
    if (!registration || registration->session != id || registration->status != RegistrationStatus::Registered) {
      return Invalid({{"attendance", "Personen har ikke en plads på sessionen."}});
    }
    repository.SetAttendance(registration_id, *attendance, user.id, now);
    tx.Get<AuditRepository>().Append({now, user.id, "programme_session.attendance",
                                      "programme_session:" + std::to_string(id), std::string(remote_address),
                                      std::string(AttendanceCode(*attendance))});
    return Unit{};
  });
}

}  // namespace lp::app
