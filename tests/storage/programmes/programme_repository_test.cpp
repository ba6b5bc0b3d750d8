// Contract of app::ProgrammeRepository (migration 015), run on SQLite and PostgreSQL: the catalogue with
// its requirements, enrolments (one active per person and programme), exemptions and credits, sessions,
// registrations with their waitlist and attendance, and the grouped tallies of what each participant
// has attended, been credited and booked.
#include <gmock/gmock.h>

#include <string>
#include <tuple>
#include <vector>

#include "app/programmes/programme_repository.hpp"
#include "storage/programmes/programmes_storage.hpp"
#include "storage/store_fixture.hpp"

namespace lp::storage_test {
namespace {

using app::Attendance;
using app::EnrollmentSource;
using app::RegistrationStatus;
using app::SessionStatus;
using domain::ElementKind;
using domain::LeaderKind;
using domain::ProgrammeKind;
using domain::Requirement;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

app::ProgrammeFields Ledervejen() {
  app::ProgrammeFields fields;
  fields.kind = ProgrammeKind::Ledervejen;
  fields.name = "Ledervejen";
  fields.summary = "For nye ledere i de første to år.";
  fields.target_group = "Nye personaleledere";
  fields.purpose = "Et fælles fundament for ledelse i regionen.";
  fields.content = "## Forløbet\n\n- Kursusdage\n- Ledersparring";
  fields.duration = "2 år";
  fields.price = "Betales centralt; 12 dage ud af kalenderen";
  fields.contact = "Lederudvikling, lederudvikling@rm.dk";
  fields.open = true;
  fields.mandatory = true;
  return fields;
}

app::ProgrammeFields Course(std::string name) {
  app::ProgrammeFields fields;
  fields.kind = ProgrammeKind::Course;
  fields.name = std::move(name);
  fields.open = false;
  fields.mandatory = false;
  return fields;
}

// Twelve course days (ten for clinical leaders), four sparring sessions, three short courses and a
// personal plan; deliberately not in the element kinds' order, which the repository keeps.
std::vector<Requirement> LedervejenRequirements() {
  return {{ElementKind::Sparring, 4, std::nullopt},
          {ElementKind::CourseDay, 12, std::nullopt},
          {ElementKind::CourseDay, 10, LeaderKind::KliniskLeder},
          {ElementKind::ShortCourse, 3, std::nullopt},
          {ElementKind::PersonalPlan, 1, std::nullopt}};
}

app::SessionFields Session(std::string title, long long starts_at, ElementKind kind = ElementKind::CourseDay) {
  app::SessionFields fields;
  fields.kind = kind;
  fields.title = std::move(title);
  fields.starts_at = At(starts_at);
  fields.ends_at = At(starts_at + 6 * 3600);
  fields.place = "Regionshuset Viborg, lokale 1";
  fields.online_link = "";
  fields.teacher = "Lise Lærer";
  fields.capacity = 20;
  fields.registration_deadline = Day(2026, 8, 1);
  fields.cancellation_deadline = Day(2026, 8, 15);
  return fields;
}

// A tally as a comparable tuple that prints readably: enrolment, kind's code, attended, credited, booked.
using TallyTuple = std::tuple<app::EnrollmentId, std::string, int, int, int>;
TallyTuple Tally(app::EnrollmentId enrollment, ElementKind kind, int attended, int credited, int booked) {
  return {enrollment, std::string(domain::ElementKindCode(kind)), attended, credited, booked};
}
std::vector<TallyTuple> Tuples(const std::vector<app::ElementTally>& tallies) {
  std::vector<TallyTuple> tuples;
  for (const auto& t : tallies) tuples.push_back(Tally(t.enrollment, t.kind, t.attended, t.credited, t.booked));
  return tuples;
}

std::vector<app::RegistrationId> Ids(const std::vector<app::Registration>& registrations) {
  std::vector<app::RegistrationId> ids;
  for (const auto& registration : registrations) ids.push_back(registration.id);
  return ids;
}

class ProgrammeRepositoryContract : public StoreContract {
 protected:
  // The store with the programmes module's repository registered here, so the contract holds whether
  // or not the module list (cli::ModuleRepositories()) names the module yet; the first factory
  // registered for an interface is the one used.
  void SetUp() override {
    storage::StoreOptions options;
    storage::RegisterProgrammeRepositories(options.repositories);
    store_ = database_.Open(options);
  }

  template <typename Work>
  auto Write(Work work) {
    return store().Write([&](app::Transaction& tx) { return work(tx.Get<app::ProgrammeRepository>()); });
  }
  template <typename Work>
  auto Read(Work work) {
    return store().Read([&](app::Transaction& tx) { return work(tx.Get<app::ProgrammeRepository>()); });
  }

  // Five people in the region: Anna, Bo, Carl, Dora and Eva.
  struct People {
    domain::PersonId anna = 0, bo = 0, carl = 0, dora = 0, eva = 0;
  };
  People SeedPeople() {
    const auto ids = SeedOrganisation({{{"R", "Region", "", domain::UnitKind::Region}},
                                       {{"P1", "Anna", "Andersen", "anna@rm.dk", "Leder", "R"},
                                        {"P2", "Bo", "Berg", "bo@rm.dk", "Leder", "R"},
                                        {"P3", "Carl", "Carlsen", "carl@rm.dk", "Leder", "R"},
                                        {"P4", "Dora", "Dahl", "dora@rm.dk", "Leder", "R"},
                                        {"P5", "Eva", "Eriksen", "eva@rm.dk", "Leder", "R"}},
                                       {}});
    return {ids.people.at("P1"), ids.people.at("P2"), ids.people.at("P3"), ids.people.at("P4"), ids.people.at("P5")};
  }

  app::ProgrammeId CreateProgramme(const app::ProgrammeFields& fields = Ledervejen(),
                                   const std::vector<Requirement>& requirements = LedervejenRequirements()) {
    return Write(
        [&](app::ProgrammeRepository& r) { return r.CreateProgramme(fields, requirements, std::nullopt, At(1)); });
  }

  app::EnrollmentId Enroll(app::ProgrammeId programme, domain::PersonId person) {
    app::NewEnrollment enrollment;
    enrollment.programme = programme;
    enrollment.person = person;
    enrollment.enrolled_on = Day(2026, 1, 1);
    enrollment.at = At(10);
    return Write([&](app::ProgrammeRepository& r) { return r.Enroll(enrollment); });
  }

  // Sets table.column to 'bogus' in the rows `where` selects, past the CHECK that lists the codes
  // (as tests/storage/platform/unknown_code_test.cpp does).
  void StoreBogusCode(const std::string& table, const std::string& column, const std::string& where) {
    const std::string update = "UPDATE " + table + " SET " + column + " = 'bogus' WHERE " + where;
    if (database_.backend() == "sqlite") {
      database_.Execute("PRAGMA ignore_check_constraints = ON; " + update);
    } else {
      database_.Execute("DO $$ DECLARE c record; BEGIN FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = '" +
                        table + "'::regclass AND contype = 'c' LOOP EXECUTE format('ALTER TABLE " + table +
                        " DROP CONSTRAINT %I', c.conname); END LOOP; END $$; " + update);
    }
  }
  // Expects `read` to throw app::StorageError naming `column` ("table.column") and the code.
  template <typename Work>
  void ExpectUnknownCode(const std::string& column, Work read) {
    try {
      Read([&](app::ProgrammeRepository& r) {
        read(r);
        return 0;
      });
      ADD_FAILURE() << "reading " << column << " = 'bogus' did not throw";
    } catch (const app::StorageError& error) {
      EXPECT_THAT(error.what(), HasSubstr(column));
      EXPECT_THAT(error.what(), HasSubstr("bogus"));
    }
  }
};

// ---- the catalogue

TEST_F(ProgrammeRepositoryContract, CreatesAndUpdatesProgrammesWithTheirRequirements) {
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  EXPECT_EQ(Read([](app::ProgrammeRepository& r) { return r.CountProgrammes(); }), 0);
  const auto ledervejen = Write([&](app::ProgrammeRepository& r) {
    return r.CreateProgramme(Ledervejen(), LedervejenRequirements(), user, At(1'000));
  });
  const auto course = Write([&](app::ProgrammeRepository& r) {
    return r.CreateProgramme(Course("Svære samtaler"), {}, std::nullopt, At(2'000));
  });

  const auto found = Read([&](app::ProgrammeRepository& r) { return r.FindProgramme(ledervejen); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, ledervejen);
  EXPECT_EQ(found->fields, Ledervejen());
  EXPECT_EQ(found->requirements, LedervejenRequirements());  // variant and common ones, in the order given
  EXPECT_EQ(found->revision, 1);
  EXPECT_EQ(found->updated_at, At(1'000));
  EXPECT_FALSE(found->archived_at.has_value());
  EXPECT_FALSE(Read([&](app::ProgrammeRepository& r) { return r.FindProgramme(ledervejen + course + 100); }));

  // The catalogue: appended at the end, each with its own requirements.
  EXPECT_EQ(Read([](app::ProgrammeRepository& r) { return r.CountProgrammes(); }), 2);
  const auto catalogue = Read([](app::ProgrammeRepository& r) { return r.Programmes(); });
  ASSERT_EQ(catalogue.size(), 2U);
  EXPECT_EQ(catalogue[0].id, ledervejen);
  EXPECT_EQ(catalogue[1].id, course);
  EXPECT_LT(catalogue[0].position, catalogue[1].position);
  EXPECT_EQ(catalogue[0].requirements, LedervejenRequirements());
  EXPECT_TRUE(catalogue[1].requirements.empty());
  EXPECT_EQ(catalogue[1].fields, Course("Svære samtaler"));

  // Updated at its revision: the fields and every requirement replaced.
  auto changed = Course("Ledervejen 2027");
  changed.kind = ProgrammeKind::Rejsefaeller;
  changed.content = "Nyt indhold";
  const std::vector<Requirement> fewer{{ElementKind::CourseDay, 8, LeaderKind::LederAfLedere},
                                       {ElementKind::CourseDay, 6, std::nullopt}};
  EXPECT_TRUE(Write([&](app::ProgrammeRepository& r) {
    return r.UpdateProgramme(ledervejen, 1, changed, fewer, std::nullopt, At(3'000));
  }));
  // A form opened at revision 1 is stale now: nothing changes, requirements included.
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) {
    return r.UpdateProgramme(ledervejen, 1, Ledervejen(), LedervejenRequirements(), user, At(4'000));
  }));
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) {
    return r.UpdateProgramme(ledervejen + course + 100, 1, Ledervejen(), {}, user, At(4'000));
  }));
  const auto updated = Read([&](app::ProgrammeRepository& r) { return r.FindProgramme(ledervejen); });
  EXPECT_EQ(updated->fields, changed);
  EXPECT_EQ(updated->requirements, fewer);
  EXPECT_EQ(updated->revision, 2);
  EXPECT_EQ(updated->updated_at, At(3'000));
  EXPECT_EQ(updated->position, found->position);
  // The other programme's requirements are untouched.
  EXPECT_TRUE(Read([&](app::ProgrammeRepository& r) { return r.FindProgramme(course); })->requirements.empty());
}

TEST_F(ProgrammeRepositoryContract, ArchivesAProgrammeAtItsRevisionAndKeepsItInTheCatalogue) {
  const auto programme = CreateProgramme();
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) {
    return r.SetProgrammeArchived(programme, 2, At(5'000), std::nullopt, At(5'000));
  }));
  EXPECT_TRUE(Write([&](app::ProgrammeRepository& r) {
    return r.SetProgrammeArchived(programme, 1, At(5'000), std::nullopt, At(5'000));
  }));
  const auto archived = Read([&](app::ProgrammeRepository& r) { return r.FindProgramme(programme); });
  EXPECT_EQ(archived->archived_at, At(5'000));
  EXPECT_EQ(archived->revision, 2);
  EXPECT_EQ(archived->updated_at, At(5'000));
  EXPECT_EQ(archived->requirements, LedervejenRequirements());
  const auto catalogue = Read([](app::ProgrammeRepository& r) { return r.Programmes(); });
  ASSERT_EQ(catalogue.size(), 1U);
  EXPECT_EQ(catalogue[0].archived_at, At(5'000));
  // Taken back into the catalogue.
  EXPECT_TRUE(Write([&](app::ProgrammeRepository& r) {
    return r.SetProgrammeArchived(programme, 2, std::nullopt, std::nullopt, At(6'000));
  }));
  EXPECT_FALSE(Read([&](app::ProgrammeRepository& r) { return r.FindProgramme(programme); })->archived_at.has_value());
}

TEST_F(ProgrammeRepositoryContract, RefusesTwoRequirementsOfTheSameKindAndVariant) {
  EXPECT_THROW(CreateProgramme(Ledervejen(), {{ElementKind::CourseDay, 12, std::nullopt},
                                              {ElementKind::CourseDay, 10, std::nullopt}}),
               app::ConstraintViolation);
  EXPECT_THROW(CreateProgramme(Ledervejen(), {{ElementKind::CourseDay, 12, LeaderKind::KliniskLeder},
                                              {ElementKind::CourseDay, 10, LeaderKind::KliniskLeder}}),
               app::ConstraintViolation);
  EXPECT_THROW(CreateProgramme(Ledervejen(), {{ElementKind::CourseDay, 0, std::nullopt}}), app::StorageError);
  // Nothing of the refused programmes was kept.
  EXPECT_EQ(Read([](app::ProgrammeRepository& r) { return r.CountProgrammes(); }), 0);
  // The same kind for different variants, and for everyone beside a variant, is fine.
  const std::vector<Requirement> variants{{ElementKind::CourseDay, 12, LeaderKind::KliniskLeder},
                                          {ElementKind::CourseDay, 10, LeaderKind::LederAfLedere},
                                          {ElementKind::CourseDay, 8, std::nullopt}};
  const auto programme = CreateProgramme(Ledervejen(), variants);
  EXPECT_EQ(Read([&](app::ProgrammeRepository& r) { return r.FindProgramme(programme); })->requirements, variants);
  // An update that would duplicate one changes nothing.
  EXPECT_THROW(Write([&](app::ProgrammeRepository& r) {
                 return r.UpdateProgramme(
                     programme, 1, Ledervejen(),
                     {{ElementKind::Sparring, 1, std::nullopt}, {ElementKind::Sparring, 2, std::nullopt}}, std::nullopt,
                     At(2));
               }),
               app::ConstraintViolation);
  const auto kept = Read([&](app::ProgrammeRepository& r) { return r.FindProgramme(programme); });
  EXPECT_EQ(kept->requirements, variants);
  EXPECT_EQ(kept->revision, 1);
}

// ---- enrolments

TEST_F(ProgrammeRepositoryContract, EnrolsAPersonOnceWhileTheEnrolmentIsActive) {
  const auto people = SeedPeople();
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  const auto programme = CreateProgramme();
  const auto other = CreateProgramme(Course("Svære samtaler"), {});

  app::NewEnrollment enrollment;
  enrollment.programme = programme;
  enrollment.person = people.anna;
  enrollment.variant = LeaderKind::KliniskLeder;
  enrollment.enrolled_on = Day(2025, 3, 1);
  enrollment.deadline = Day(2027, 3, 1);
  enrollment.source = EnrollmentSource::Nomination;
  enrollment.by = user;
  enrollment.at = At(1'000);
  const auto first = Write([&](app::ProgrammeRepository& r) { return r.Enroll(enrollment); });

  const auto found = Read([&](app::ProgrammeRepository& r) { return r.FindEnrollment(first); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, first);
  EXPECT_EQ(found->programme, programme);
  EXPECT_EQ(found->person, people.anna);
  EXPECT_EQ(found->variant, LeaderKind::KliniskLeder);
  EXPECT_EQ(found->enrolled_on, Day(2025, 3, 1));
  EXPECT_EQ(found->deadline, Day(2027, 3, 1));
  EXPECT_EQ(found->source, EnrollmentSource::Nomination);
  EXPECT_FALSE(found->exempt);
  EXPECT_TRUE(found->exemption_reason.empty());
  EXPECT_FALSE(found->withdrawn_at.has_value());
  EXPECT_EQ(found->revision, 1);
  EXPECT_EQ(found->created_at, At(1'000));
  EXPECT_EQ(found->updated_at, At(1'000));
  EXPECT_FALSE(Read([&](app::ProgrammeRepository& r) { return r.FindEnrollment(first + 100); }));

  // Twice in the same programme while active: refused, whatever the details.
  auto again = enrollment;
  again.variant.reset();
  again.deadline.reset();
  again.source = EnrollmentSource::Automatic;
  again.by.reset();
  EXPECT_THROW(Write([&](app::ProgrammeRepository& r) { return r.Enroll(again); }), app::ConstraintViolation);
  // Another programme, another person: fine. An unknown person: refused.
  again.programme = other;
  again.enrolled_on = Day(2026, 8, 1);
  const auto in_other = Write([&](app::ProgrammeRepository& r) { return r.Enroll(again); });
  const auto automatic = Read([&](app::ProgrammeRepository& r) { return r.FindEnrollment(in_other); });
  EXPECT_FALSE(automatic->variant.has_value());
  EXPECT_FALSE(automatic->deadline.has_value());
  EXPECT_EQ(automatic->source, EnrollmentSource::Automatic);
  const auto bo = Enroll(programme, people.bo);
  auto unknown = enrollment;
  unknown.person = people.anna + people.bo + people.carl + people.dora + people.eva;
  EXPECT_THROW(Write([&](app::ProgrammeRepository& r) { return r.Enroll(unknown); }), app::ConstraintViolation);

  // Withdrawn at its revision (once), then enrolled again.
  EXPECT_FALSE(
      Write([&](app::ProgrammeRepository& r) { return r.Withdraw(first, 2, "Stoppet", std::nullopt, At(2'000)); }));
  EXPECT_TRUE(
      Write([&](app::ProgrammeRepository& r) { return r.Withdraw(first, 1, "Ikke længere leder", user, At(2'000)); }));
  EXPECT_FALSE(
      Write([&](app::ProgrammeRepository& r) { return r.Withdraw(first, 2, "Igen", std::nullopt, At(2'500)); }));
  const auto withdrawn = Read([&](app::ProgrammeRepository& r) { return r.FindEnrollment(first); });
  EXPECT_EQ(withdrawn->withdrawn_at, At(2'000));
  EXPECT_EQ(withdrawn->withdrawal_reason, "Ikke længere leder");
  EXPECT_EQ(withdrawn->revision, 2);
  EXPECT_EQ(withdrawn->updated_at, At(2'000));
  auto later = enrollment;
  later.enrolled_on = Day(2026, 5, 1);
  later.at = At(3'000);
  const auto second = Write([&](app::ProgrammeRepository& r) { return r.Enroll(later); });
  EXPECT_NE(second, first);
  EXPECT_THROW(Write([&](app::ProgrammeRepository& r) { return r.Enroll(later); }), app::ConstraintViolation);

  // Lists: the programme's by id, the person's newest first, withdrawn ones included.
  const auto of_programme = Read([&](app::ProgrammeRepository& r) { return r.EnrollmentsOfProgramme(programme); });
  ASSERT_EQ(of_programme.size(), 3U);
  EXPECT_EQ(of_programme[0].id, first);
  EXPECT_EQ(of_programme[1].id, bo);
  EXPECT_EQ(of_programme[2].id, second);
  const auto of_anna = Read([&](app::ProgrammeRepository& r) { return r.EnrollmentsOfPerson(people.anna); });
  ASSERT_EQ(of_anna.size(), 3U);
  EXPECT_EQ(of_anna[0].id, in_other);  // enrolled on 2026-08-01, though made before `second`
  EXPECT_EQ(of_anna[1].id, second);    // 2026-05-01
  EXPECT_EQ(of_anna[2].id, first);     // 2025-03-01, withdrawn
  EXPECT_EQ(of_anna[2].withdrawn_at, At(2'000));
  EXPECT_TRUE(Read([&](app::ProgrammeRepository& r) { return r.EnrollmentsOfPerson(people.carl); }).empty());
  EXPECT_THAT(Read([&](app::ProgrammeRepository& r) { return r.PeopleEverEnrolled(programme); }),
              UnorderedElementsAre(people.anna, people.bo));
  EXPECT_THAT(Read([&](app::ProgrammeRepository& r) { return r.PeopleEverEnrolled(other); }), ElementsAre(people.anna));
}

TEST_F(ProgrammeRepositoryContract, RecordsExemptionsAndCredits) {
  const auto people = SeedPeople();
  const auto user = CreateUser("hr@rm.dk", {domain::Role::Hr});
  const auto programme = CreateProgramme();
  const auto enrollment = Enroll(programme, people.anna);

  EXPECT_FALSE(
      Write([&](app::ProgrammeRepository& r) { return r.SetExemption(enrollment, 2, true, "Orlov", user, At(100)); }));
  EXPECT_TRUE(Write([&](app::ProgrammeRepository& r) {
    return r.SetExemption(enrollment, 1, true, "Har gennemført diplomuddannelse i ledelse", user, At(100));
  }));
  const auto exempt = Read([&](app::ProgrammeRepository& r) { return r.FindEnrollment(enrollment); });
  EXPECT_TRUE(exempt->exempt);
  EXPECT_EQ(exempt->exemption_reason, "Har gennemført diplomuddannelse i ledelse");
  EXPECT_EQ(exempt->revision, 2);
  EXPECT_EQ(exempt->updated_at, At(100));
  EXPECT_TRUE(
      Write([&](app::ProgrammeRepository& r) { return r.SetExemption(enrollment, 2, false, "", user, At(200)); }));
  const auto not_exempt = Read([&](app::ProgrammeRepository& r) { return r.FindEnrollment(enrollment); });
  EXPECT_FALSE(not_exempt->exempt);
  EXPECT_EQ(not_exempt->revision, 3);

  app::Credit credit;
  credit.id = 999;  // ignored
  credit.enrollment = enrollment;
  credit.kind = ElementKind::CourseDay;
  credit.count = 3;
  credit.reason = "Merit fra Explorer";
  credit.by = user;
  credit.at = At(300);
  const auto first = Write([&](app::ProgrammeRepository& r) { return r.AddCredit(credit); });
  credit.kind = ElementKind::ShortCourse;
  credit.count = 1;
  credit.reason = "Kursus i konflikthåndtering hos KL";
  credit.by.reset();
  credit.at = At(400);
  const auto second = Write([&](app::ProgrammeRepository& r) { return r.AddCredit(credit); });
  const auto credits = Read([&](app::ProgrammeRepository& r) { return r.CreditsOf(enrollment); });
  ASSERT_EQ(credits.size(), 2U);
  EXPECT_EQ(credits[0].id, first);
  EXPECT_EQ(credits[0].enrollment, enrollment);
  EXPECT_EQ(credits[0].kind, ElementKind::CourseDay);
  EXPECT_EQ(credits[0].count, 3);
  EXPECT_EQ(credits[0].reason, "Merit fra Explorer");
  EXPECT_EQ(credits[0].by, user);
  EXPECT_EQ(credits[0].at, At(300));
  EXPECT_EQ(credits[1].id, second);
  EXPECT_EQ(credits[1].kind, ElementKind::ShortCourse);
  EXPECT_FALSE(credits[1].by.has_value());
  EXPECT_TRUE(Read([&](app::ProgrammeRepository& r) { return r.CreditsOf(enrollment + 100); }).empty());
  credit.count = 0;
  EXPECT_THROW(Write([&](app::ProgrammeRepository& r) { return r.AddCredit(credit); }), app::StorageError);
  credit.count = 1;
  credit.enrollment = enrollment + 100;
  EXPECT_THROW(Write([&](app::ProgrammeRepository& r) { return r.AddCredit(credit); }), app::ConstraintViolation);
}

// ---- sessions

TEST_F(ProgrammeRepositoryContract, CreatesUpdatesCancelsAndFindsSessions) {
  const auto organiser = CreateUser("kursus@rm.dk", {domain::Role::Hr});
  const auto programme = CreateProgramme();
  const auto other = CreateProgramme(Course("Svære samtaler"), {});
  auto fields = Session("Kursusdag 1: Lederrollen", 1'000'000);
  fields.organiser = organiser;
  fields.capacity = 24;
  fields.online_link = "https://teams.example/kursusdag-1";
  const auto first =
      Write([&](app::ProgrammeRepository& r) { return r.CreateSession(programme, fields, organiser, At(10)); });
  const auto earlier = Write([&](app::ProgrammeRepository& r) {
    return r.CreateSession(programme, Session("Sparring 1", 500'000, ElementKind::Sparring), std::nullopt, At(11));
  });
  const auto elsewhere = Write([&](app::ProgrammeRepository& r) {
    return r.CreateSession(other, Session("Kort kursus", 1'000'000 + 3600, ElementKind::ShortCourse), std::nullopt,
                           At(12));
  });

  const auto found = Read([&](app::ProgrammeRepository& r) { return r.FindSession(first); });
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, first);
  EXPECT_EQ(found->programme, programme);
  EXPECT_EQ(found->fields.kind, ElementKind::CourseDay);
  EXPECT_EQ(found->fields.title, "Kursusdag 1: Lederrollen");
  EXPECT_EQ(found->fields.starts_at, At(1'000'000));
  EXPECT_EQ(found->fields.ends_at, At(1'000'000 + 6 * 3600));
  EXPECT_EQ(found->fields.place, "Regionshuset Viborg, lokale 1");
  EXPECT_EQ(found->fields.online_link, "https://teams.example/kursusdag-1");
  EXPECT_EQ(found->fields.teacher, "Lise Lærer");
  EXPECT_EQ(found->fields.capacity, 24);
  EXPECT_EQ(found->fields.registration_deadline, Day(2026, 8, 1));
  EXPECT_EQ(found->fields.cancellation_deadline, Day(2026, 8, 15));
  EXPECT_EQ(found->fields.organiser, organiser);
  EXPECT_EQ(found->status, SessionStatus::Planned);
  EXPECT_EQ(found->registered, 0);
  EXPECT_EQ(found->waiting, 0);
  EXPECT_EQ(found->revision, 1);
  EXPECT_EQ(found->updated_at, At(10));
  EXPECT_FALSE(Read([&](app::ProgrammeRepository& r) { return r.FindSession(first + elsewhere + 100); }));

  // Updated at its revision.
  auto moved = Session("Kursusdag 1: Lederrollen (flyttet)", 1'100'000);
  moved.capacity = 12;
  moved.registration_deadline = Day(2026, 9, 1);
  moved.cancellation_deadline = Day(2026, 9, 10);
  EXPECT_TRUE(
      Write([&](app::ProgrammeRepository& r) { return r.UpdateSession(first, 1, moved, std::nullopt, At(20)); }));
  EXPECT_FALSE(
      Write([&](app::ProgrammeRepository& r) { return r.UpdateSession(first, 1, fields, organiser, At(21)); }));
  const auto updated = Read([&](app::ProgrammeRepository& r) { return r.FindSession(first); });
  EXPECT_EQ(updated->fields.title, "Kursusdag 1: Lederrollen (flyttet)");
  EXPECT_EQ(updated->fields.starts_at, At(1'100'000));
  EXPECT_EQ(updated->fields.capacity, 12);
  EXPECT_EQ(updated->fields.registration_deadline, Day(2026, 9, 1));
  EXPECT_EQ(updated->fields.cancellation_deadline, Day(2026, 9, 10));
  EXPECT_FALSE(updated->fields.organiser.has_value());
  EXPECT_TRUE(updated->fields.online_link.empty());
  EXPECT_EQ(updated->revision, 2);
  EXPECT_EQ(updated->updated_at, At(20));

  // Cancelled at its revision, once.
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) { return r.CancelSession(first, 1, organiser, At(30)); }));
  EXPECT_TRUE(Write([&](app::ProgrammeRepository& r) { return r.CancelSession(first, 2, organiser, At(30)); }));
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) { return r.CancelSession(first, 3, organiser, At(31)); }));
  const auto cancelled = Read([&](app::ProgrammeRepository& r) { return r.FindSession(first); });
  EXPECT_EQ(cancelled->status, SessionStatus::Cancelled);
  EXPECT_EQ(cancelled->revision, 3);
  EXPECT_EQ(cancelled->updated_at, At(30));

  // The programme's sessions earliest first, cancelled ones included; any programme's by start.
  const auto of_programme = Read([&](app::ProgrammeRepository& r) { return r.SessionsOfProgramme(programme); });
  ASSERT_EQ(of_programme.size(), 2U);
  EXPECT_EQ(of_programme[0].id, earlier);
  EXPECT_EQ(of_programme[0].fields.kind, ElementKind::Sparring);
  EXPECT_EQ(of_programme[1].id, first);
  EXPECT_EQ(of_programme[1].status, SessionStatus::Cancelled);
  const auto between = [&](long long from, long long until) {
    std::vector<app::ProgrammeSessionId> ids;
    for (const auto& session :
         Read([&](app::ProgrammeRepository& r) { return r.SessionsBetween(At(from), At(until)); })) {
      ids.push_back(session.id);
    }
    return ids;
  };
  EXPECT_THAT(between(0, 2'000'000), ElementsAre(earlier, elsewhere, first));
  EXPECT_THAT(between(500'000, 1'100'000), ElementsAre(earlier, elsewhere));  // from included, until not
  EXPECT_THAT(between(500'001, 1'100'001), ElementsAre(elsewhere, first));
  EXPECT_TRUE(between(0, 500'000).empty());
}

TEST_F(ProgrammeRepositoryContract, RefusesASessionThatEndsBeforeItStartsOrHasNoSeats) {
  const auto programme = CreateProgramme();
  auto backwards = Session("Baglæns", 1'000);
  backwards.ends_at = At(1'000);
  EXPECT_THROW(
      Write([&](app::ProgrammeRepository& r) { return r.CreateSession(programme, backwards, std::nullopt, At(1)); }),
      app::StorageError);
  auto no_seats = Session("Ingen pladser", 1'000);
  no_seats.capacity = 0;
  EXPECT_THROW(
      Write([&](app::ProgrammeRepository& r) { return r.CreateSession(programme, no_seats, std::nullopt, At(1)); }),
      app::StorageError);
  EXPECT_TRUE(Read([&](app::ProgrammeRepository& r) { return r.SessionsOfProgramme(programme); }).empty());
}

// ---- registrations

TEST_F(ProgrammeRepositoryContract, KeepsTheWaitlistInOrderWithoutGaps) {
  const auto people = SeedPeople();
  const auto user = CreateUser("kursus@rm.dk", {domain::Role::Hr});
  const auto programme = CreateProgramme();
  auto fields = Session("Kursusdag 1", 1'000'000);
  fields.capacity = 1;
  const auto session =
      Write([&](app::ProgrammeRepository& r) { return r.CreateSession(programme, fields, std::nullopt, At(1)); });
  const auto add = [&](domain::PersonId person, RegistrationStatus status, long long at) {
    return Write([&](app::ProgrammeRepository& r) { return r.AddRegistration(session, person, status, user, At(at)); });
  };
  const auto position = [&](app::RegistrationId id) {
    return Read([&](app::ProgrammeRepository& r) { return r.FindRegistration(id); })->waitlist_position;
  };

  const auto anna = add(people.anna, RegistrationStatus::Registered, 100);
  const auto bo = add(people.bo, RegistrationStatus::Waitlisted, 101);
  const auto carl = add(people.carl, RegistrationStatus::Waitlisted, 102);
  const auto dora = add(people.dora, RegistrationStatus::Waitlisted, 103);

  const auto seat = Read([&](app::ProgrammeRepository& r) { return r.FindRegistration(anna); });
  ASSERT_TRUE(seat.has_value());
  EXPECT_EQ(seat->session, session);
  EXPECT_EQ(seat->person, people.anna);
  EXPECT_EQ(seat->status, RegistrationStatus::Registered);
  EXPECT_EQ(seat->waitlist_position, 0);
  EXPECT_FALSE(seat->attendance.has_value());
  EXPECT_EQ(seat->registered_at, At(100));
  EXPECT_FALSE(seat->cancelled_at.has_value());
  EXPECT_EQ(seat->by, user);
  EXPECT_EQ(position(bo), 1);
  EXPECT_EQ(position(carl), 2);
  EXPECT_EQ(position(dora), 3);
  EXPECT_EQ(Read([&](app::ProgrammeRepository& r) { return r.FindRegistration(carl); })->status,
            RegistrationStatus::Waitlisted);
  EXPECT_EQ(Read([&](app::ProgrammeRepository& r) { return r.ActiveRegistration(session, people.carl); })->id, carl);
  EXPECT_FALSE(Read([&](app::ProgrammeRepository& r) { return r.ActiveRegistration(session, people.eva); }));
  EXPECT_THAT(Ids(Read([&](app::ProgrammeRepository& r) { return r.RegistrationsOfSession(session); })),
              ElementsAre(anna, bo, carl, dora));
  const auto counted = Read([&](app::ProgrammeRepository& r) { return r.FindSession(session); });
  EXPECT_EQ(counted->registered, 1);
  EXPECT_EQ(counted->waiting, 3);

  // Carl leaves the waitlist in time: Dora moves up, and the next to join goes last.
  EXPECT_TRUE(Write([&](app::ProgrammeRepository& r) { return r.CancelRegistration(carl, true, At(200)); }));
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) { return r.CancelRegistration(carl, true, At(201)); }));
  const auto left = Read([&](app::ProgrammeRepository& r) { return r.FindRegistration(carl); });
  EXPECT_EQ(left->status, RegistrationStatus::Cancelled);
  EXPECT_EQ(left->waitlist_position, 0);
  EXPECT_EQ(left->attendance, std::nullopt) << "leaving the waitlist is no attendance";
  EXPECT_EQ(left->cancelled_at, At(200));
  EXPECT_FALSE(Read([&](app::ProgrammeRepository& r) { return r.ActiveRegistration(session, people.carl); }));
  EXPECT_EQ(position(bo), 1);
  EXPECT_EQ(position(dora), 2);
  const auto eva = add(people.eva, RegistrationStatus::Waitlisted, 300);
  EXPECT_EQ(position(eva), 3);
  EXPECT_THAT(Ids(Read([&](app::ProgrammeRepository& r) { return r.RegistrationsOfSession(session); })),
              ElementsAre(anna, bo, dora, eva));

  // Anna cancels too late (absent); the first waiting gets the seat, the others move up.
  EXPECT_TRUE(Write([&](app::ProgrammeRepository& r) { return r.CancelRegistration(anna, false, At(400)); }));
  EXPECT_EQ(Read([&](app::ProgrammeRepository& r) { return r.FindRegistration(anna); })->attendance,
            Attendance::Absent);
  const auto promoted = Write([&](app::ProgrammeRepository& r) { return r.PromoteFirstWaiting(session, At(401)); });
  ASSERT_TRUE(promoted.has_value());
  EXPECT_EQ(promoted->id, bo);
  EXPECT_EQ(promoted->status, RegistrationStatus::Registered);
  EXPECT_EQ(promoted->waitlist_position, 0);
  EXPECT_EQ(position(dora), 1);
  EXPECT_EQ(position(eva), 2);
  EXPECT_THAT(Ids(Read([&](app::ProgrammeRepository& r) { return r.RegistrationsOfSession(session); })),
              ElementsAre(bo, dora, eva));
  const auto recounted = Read([&](app::ProgrammeRepository& r) { return r.FindSession(session); });
  EXPECT_EQ(recounted->registered, 1);
  EXPECT_EQ(recounted->waiting, 2);

  // Carl may register again; the waitlist empties one by one.
  const auto carl_again = add(people.carl, RegistrationStatus::Waitlisted, 500);
  EXPECT_NE(carl_again, carl);
  EXPECT_EQ(position(carl_again), 3);
  EXPECT_EQ(Write([&](app::ProgrammeRepository& r) { return r.PromoteFirstWaiting(session, At(501)); })->id, dora);
  EXPECT_EQ(Write([&](app::ProgrammeRepository& r) { return r.PromoteFirstWaiting(session, At(502)); })->id, eva);
  EXPECT_EQ(position(carl_again), 1);
  EXPECT_EQ(Write([&](app::ProgrammeRepository& r) { return r.PromoteFirstWaiting(session, At(503)); })->id,
            carl_again);
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) { return r.PromoteFirstWaiting(session, At(504)); }));
  EXPECT_THAT(Ids(Read([&](app::ProgrammeRepository& r) { return r.RegistrationsOfSession(session); })),
              ElementsAre(bo, dora, eva, carl_again));
}

TEST_F(ProgrammeRepositoryContract, RefusesASecondActiveRegistrationOfAPerson) {
  const auto people = SeedPeople();
  const auto programme = CreateProgramme();
  const auto session = Write([&](app::ProgrammeRepository& r) {
    return r.CreateSession(programme, Session("Dag", 1'000), std::nullopt, At(1));
  });
  const auto first = Write([&](app::ProgrammeRepository& r) {
    return r.AddRegistration(session, people.anna, RegistrationStatus::Registered, std::nullopt, At(2));
  });
  EXPECT_THROW(Write([&](app::ProgrammeRepository& r) {
                 return r.AddRegistration(session, people.anna, RegistrationStatus::Registered, std::nullopt, At(3));
               }),
               app::ConstraintViolation);
  EXPECT_THROW(Write([&](app::ProgrammeRepository& r) {
                 return r.AddRegistration(session, people.anna, RegistrationStatus::Waitlisted, std::nullopt, At(3));
               }),
               app::ConstraintViolation);
  EXPECT_THROW(Write([&](app::ProgrammeRepository& r) {
                 return r.AddRegistration(session + 100, people.bo, RegistrationStatus::Registered, std::nullopt,
                                          At(3));
               }),
               app::ConstraintViolation);
  EXPECT_EQ(Read([&](app::ProgrammeRepository& r) { return r.FindSession(session); })->registered, 1);
  // Once cancelled, the person may register again.
  EXPECT_TRUE(Write([&](app::ProgrammeRepository& r) { return r.CancelRegistration(first, true, At(4)); }));
  const auto second = Write([&](app::ProgrammeRepository& r) {
    return r.AddRegistration(session, people.anna, RegistrationStatus::Registered, std::nullopt, At(5));
  });
  EXPECT_EQ(Read([&](app::ProgrammeRepository& r) { return r.ActiveRegistration(session, people.anna); })->id, second);
}

TEST_F(ProgrammeRepositoryContract, RecordsAttendanceOnlyForASeatHolder) {
  const auto people = SeedPeople();
  const auto organiser = CreateUser("kursus@rm.dk", {domain::Role::Hr});
  const auto programme = CreateProgramme();
  const auto session = Write([&](app::ProgrammeRepository& r) {
    return r.CreateSession(programme, Session("Dag", 1'000), std::nullopt, At(1));
  });
  const auto [seat, waiting, cancelled] = Write([&](app::ProgrammeRepository& r) {
    const auto a = r.AddRegistration(session, people.anna, RegistrationStatus::Registered, std::nullopt, At(2));
    const auto b = r.AddRegistration(session, people.bo, RegistrationStatus::Waitlisted, std::nullopt, At(2));
    const auto c = r.AddRegistration(session, people.carl, RegistrationStatus::Registered, std::nullopt, At(2));
    r.CancelRegistration(c, true, At(3));
    return std::make_tuple(a, b, c);
  });
  EXPECT_TRUE(Write(
      [&](app::ProgrammeRepository& r) { return r.SetAttendance(seat, Attendance::Present, organiser, At(20'000)); }));
  EXPECT_EQ(Read([&](app::ProgrammeRepository& r) { return r.FindRegistration(seat); })->attendance,
            Attendance::Present);
  EXPECT_TRUE(Write(
      [&](app::ProgrammeRepository& r) { return r.SetAttendance(seat, Attendance::Absent, organiser, At(20'001)); }));
  EXPECT_EQ(Read([&](app::ProgrammeRepository& r) { return r.FindRegistration(seat); })->attendance,
            Attendance::Absent);
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) {
    return r.SetAttendance(waiting, Attendance::Present, organiser, At(20'000));
  }));
  EXPECT_FALSE(Read([&](app::ProgrammeRepository& r) { return r.FindRegistration(waiting); })->attendance.has_value());
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) {
    return r.SetAttendance(cancelled, Attendance::Present, organiser, At(20'000));
  }));
  EXPECT_EQ(Read([&](app::ProgrammeRepository& r) { return r.FindRegistration(cancelled); })->attendance,
            Attendance::CancelledInTime);
  EXPECT_FALSE(Write([&](app::ProgrammeRepository& r) {
    return r.SetAttendance(seat + waiting + cancelled + 100, Attendance::Present, organiser, At(20'000));
  }));
}

TEST_F(ProgrammeRepositoryContract, ListsAPersonsRegistrationsWithTheirSessionsEarliestFirst) {
  const auto people = SeedPeople();
  const auto programme = CreateProgramme();
  const auto [late, early, cancelled_session] = Write([&](app::ProgrammeRepository& r) {
    const auto l = r.CreateSession(programme, Session("Sen", 2'000'000), std::nullopt, At(1));
    const auto e = r.CreateSession(programme, Session("Tidlig", 1'000'000, ElementKind::Sparring), std::nullopt, At(1));
    const auto c = r.CreateSession(programme, Session("Midt", 1'500'000), std::nullopt, At(1));
    return std::make_tuple(l, e, c);
  });
  const auto [in_late, in_early, in_cancelled] = Write([&](app::ProgrammeRepository& r) {
    const auto a = r.AddRegistration(late, people.anna, RegistrationStatus::Registered, std::nullopt, At(2));
    const auto b = r.AddRegistration(early, people.anna, RegistrationStatus::Waitlisted, std::nullopt, At(3));
    const auto c =
        r.AddRegistration(cancelled_session, people.anna, RegistrationStatus::Registered, std::nullopt, At(4));
    r.AddRegistration(early, people.bo, RegistrationStatus::Registered, std::nullopt, At(3));
    r.CancelRegistration(c, false, At(5));
    r.CancelSession(cancelled_session, 1, std::nullopt, At(6));
    return std::make_tuple(a, b, c);
  });
  const auto registrations = Read([&](app::ProgrammeRepository& r) { return r.RegistrationsOfPerson(people.anna); });
  ASSERT_EQ(registrations.size(), 3U);
  EXPECT_EQ(registrations[0].first.id, in_early);
  EXPECT_EQ(registrations[0].first.status, RegistrationStatus::Waitlisted);
  EXPECT_EQ(registrations[0].first.waitlist_position, 1);
  EXPECT_EQ(registrations[0].second.id, early);
  EXPECT_EQ(registrations[0].second.fields.title, "Tidlig");
  EXPECT_EQ(registrations[0].second.fields.kind, ElementKind::Sparring);
  EXPECT_EQ(registrations[0].second.registered, 1);
  EXPECT_EQ(registrations[0].second.waiting, 1);
  EXPECT_EQ(registrations[1].first.id, in_cancelled);
  EXPECT_EQ(registrations[1].first.status, RegistrationStatus::Cancelled);
  EXPECT_EQ(registrations[1].second.status, SessionStatus::Cancelled);
  EXPECT_EQ(registrations[1].second.registered, 0);
  EXPECT_EQ(registrations[2].first.id, in_late);
  EXPECT_EQ(registrations[2].second.id, late);
  EXPECT_EQ(registrations[2].second.programme, programme);
  EXPECT_TRUE(Read([&](app::ProgrammeRepository& r) { return r.RegistrationsOfPerson(people.eva); }).empty());
}

// ---- tallies

TEST_F(ProgrammeRepositoryContract, TalliesAttendedCreditedAndBookedElementsPerEnrolment) {
  const auto people = SeedPeople();
  const auto programme = CreateProgramme();
  const auto other = CreateProgramme(Course("Svære samtaler"), {});
  constexpr long long kNow = 1'000'000;
  const auto past = [](long long days) { return kNow - days * 86'400; };
  const auto future = [](long long days) { return kNow + days * 86'400; };

  const auto anna = Enroll(programme, people.anna);
  const auto bo = Enroll(programme, people.bo);
  const auto carl = Enroll(programme, people.carl);  // withdrawn below
  const auto dora = Enroll(programme, people.dora);  // nothing at all
  const auto anna_other = Enroll(other, people.anna);

  Write([&](app::ProgrammeRepository& r) {
    const auto session = [&](app::ProgrammeId of, const char* title, long long starts_at, ElementKind kind) {
      return r.CreateSession(of, Session(title, starts_at, kind), std::nullopt, At(1));
    };
    const auto seat = [&](app::ProgrammeSessionId s, domain::PersonId person) {
      return r.AddRegistration(s, person, RegistrationStatus::Registered, std::nullopt, At(2));
    };
    // Anna: two course days attended, one held but not (yet) marked, one absent, one booked ahead.
    const auto day1 = session(programme, "Dag 1", past(30), ElementKind::CourseDay);
    const auto day2 = session(programme, "Dag 2", past(20), ElementKind::CourseDay);
    const auto day3 = session(programme, "Dag 3", past(10), ElementKind::CourseDay);
    const auto day4 = session(programme, "Dag 4", past(5), ElementKind::CourseDay);
    const auto day5 = session(programme, "Dag 5", future(10), ElementKind::CourseDay);
    r.SetAttendance(seat(day1, people.anna), Attendance::Present, std::nullopt, At(3));
    r.SetAttendance(seat(day2, people.anna), Attendance::Present, std::nullopt, At(3));
    seat(day3, people.anna);
    r.SetAttendance(seat(day4, people.anna), Attendance::Absent, std::nullopt, At(3));
    seat(day5, people.anna);
    // Not booked: a seat in a cancelled session, a place on a waitlist, a cancelled registration.
    const auto cancelled = session(programme, "Sparring (aflyst)", future(20), ElementKind::Sparring);
    seat(cancelled, people.anna);
    r.CancelSession(cancelled, 1, std::nullopt, At(4));
    const auto full = session(programme, "Sparring (fuld)", future(30), ElementKind::Sparring);
    r.AddRegistration(full, people.anna, RegistrationStatus::Waitlisted, std::nullopt, At(2));
    const auto short_course = session(programme, "Kort kursus", future(40), ElementKind::ShortCourse);
    r.CancelRegistration(seat(short_course, people.anna), true, At(5));
    // Bo: a sparring session attended, short courses credited twice, a course day booked.
    r.SetAttendance(seat(session(programme, "Sparring 1", past(15), ElementKind::Sparring), people.bo),
                    Attendance::Present, std::nullopt, At(3));
    seat(day5, people.bo);
    // Carl attended, then withdrew.
    r.SetAttendance(seat(day1, people.carl), Attendance::Present, std::nullopt, At(3));
    r.Withdraw(carl, 1, "Stoppet", std::nullopt, At(6));
    // Anna in the other programme: a short course attended there, not in Ledervejen.
    r.SetAttendance(seat(session(other, "Andet", past(3), ElementKind::ShortCourse), people.anna), Attendance::Present,
                    std::nullopt, At(3));
    const auto credit = [&](app::EnrollmentId enrollment, ElementKind kind, int count) {
      app::Credit c;
      c.enrollment = enrollment;
      c.kind = kind;
      c.count = count;
      c.reason = "Merit";
      c.at = At(7);
      r.AddCredit(c);
    };
    credit(anna, ElementKind::CourseDay, 2);
    credit(bo, ElementKind::ShortCourse, 2);
    credit(bo, ElementKind::ShortCourse, 1);
    credit(bo, ElementKind::PersonalPlan, 1);
    credit(carl, ElementKind::Sparring, 1);
    return 0;
  });

  const auto of_programme = [&](long long now) {
    return Tuples(Read([&](app::ProgrammeRepository& r) { return r.TalliesOfProgramme(programme, At(now)); }));
  };
  EXPECT_THAT(
      of_programme(kNow),
      UnorderedElementsAre(Tally(anna, ElementKind::CourseDay, 2, 2, 1), Tally(bo, ElementKind::CourseDay, 0, 0, 1),
                           Tally(bo, ElementKind::Sparring, 1, 0, 0), Tally(bo, ElementKind::ShortCourse, 0, 3, 0),
                           Tally(bo, ElementKind::PersonalPlan, 0, 1, 0)));
  // Once day 5 has started it is no longer booked ahead.
  EXPECT_THAT(of_programme(future(10)), UnorderedElementsAre(Tally(anna, ElementKind::CourseDay, 2, 2, 0),
                                                             Tally(bo, ElementKind::Sparring, 1, 0, 0),
                                                             Tally(bo, ElementKind::ShortCourse, 0, 3, 0),
                                                             Tally(bo, ElementKind::PersonalPlan, 0, 1, 0)));
  EXPECT_TRUE(Tuples(Read([&](app::ProgrammeRepository& r) {
                return r.TalliesOfProgramme(programme + other + 100, At(kNow));
              })).empty());

  // The same for chosen enrolments of any programme, withdrawn ones too when named.
  const auto of_enrollments = [&](const std::vector<app::EnrollmentId>& enrollments) {
    return Tuples(Read([&](app::ProgrammeRepository& r) { return r.TalliesOfEnrollments(enrollments, At(kNow)); }));
  };
  EXPECT_THAT(of_enrollments({anna, anna_other, carl, dora}),
              UnorderedElementsAre(
                  Tally(anna, ElementKind::CourseDay, 2, 2, 1), Tally(anna_other, ElementKind::ShortCourse, 1, 0, 0),
                  Tally(carl, ElementKind::CourseDay, 1, 0, 0), Tally(carl, ElementKind::Sparring, 0, 1, 0)));
  EXPECT_THAT(of_enrollments({bo}), UnorderedElementsAre(Tally(bo, ElementKind::CourseDay, 0, 0, 1),
                                                         Tally(bo, ElementKind::Sparring, 1, 0, 0),
                                                         Tally(bo, ElementKind::ShortCourse, 0, 3, 0),
                                                         Tally(bo, ElementKind::PersonalPlan, 0, 1, 0)));
  EXPECT_TRUE(of_enrollments({}).empty());
  EXPECT_TRUE(of_enrollments({dora}).empty());
}

TEST_F(ProgrammeRepositoryContract, CountsStepsDoneOutsideSessionsAsAttendedAndReplacesTheFigure) {
  const auto people = SeedPeople();
  const auto programme = CreateProgramme();
  constexpr long long kNow = 1'000'000;
  const auto anna = Enroll(programme, people.anna);
  const auto bo = Enroll(programme, people.bo);
  Write([&](app::ProgrammeRepository& r) {
    r.SetAttendance(
        r.AddRegistration(r.CreateSession(programme, Session("Sparring 1", kNow - 86'400, ElementKind::Sparring),
                                          std::nullopt, At(1)),
                          people.anna, RegistrationStatus::Registered, std::nullopt, At(2)),
        Attendance::Present, std::nullopt, At(3));
    r.SetStepsDone(anna, ElementKind::Sparring, 2, std::nullopt, At(4));
    r.SetStepsDone(anna, ElementKind::Preparation, 1, std::nullopt, At(4));
    r.SetStepsDone(anna, ElementKind::Preparation, 3, std::nullopt, At(5));  // replaces 1
    r.SetStepsDone(bo, ElementKind::PersonalPlan, 1, std::nullopt, At(4));
    return 0;
  });
  const auto tallies = [&] {
    return Tuples(Read([&](app::ProgrammeRepository& r) { return r.TalliesOfProgramme(programme, At(kNow)); }));
  };
  EXPECT_THAT(tallies(), UnorderedElementsAre(Tally(anna, ElementKind::Sparring, 3, 0, 0),
                                              Tally(anna, ElementKind::Preparation, 3, 0, 0),
                                              Tally(bo, ElementKind::PersonalPlan, 1, 0, 0)));
  EXPECT_THAT(Tuples(Read([&](app::ProgrammeRepository& r) { return r.TalliesOfEnrollments({bo}, At(kNow)); })),
              UnorderedElementsAre(Tally(bo, ElementKind::PersonalPlan, 1, 0, 0)));
  // Zero clears the figure; clearing what is not there changes nothing.
  Write([&](app::ProgrammeRepository& r) {
    r.SetStepsDone(bo, ElementKind::PersonalPlan, 0, std::nullopt, At(6));
    r.SetStepsDone(bo, ElementKind::CourseDay, 0, std::nullopt, At(6));
    return 0;
  });
  EXPECT_THAT(tallies(), UnorderedElementsAre(Tally(anna, ElementKind::Sparring, 3, 0, 0),
                                              Tally(anna, ElementKind::Preparation, 3, 0, 0)));
}

// ---- stored codes

TEST_F(ProgrammeRepositoryContract, AnUnknownStoredCodeIsAStorageError) {
  const auto people = SeedPeople();
  const auto programme = CreateProgramme();
  const auto enrollment = Enroll(programme, people.anna);
  const auto session = Write([&](app::ProgrammeRepository& r) {
    return r.CreateSession(programme, Session("Dag", 1'000), std::nullopt, At(1));
  });
  const auto registration = Write([&](app::ProgrammeRepository& r) {
    const auto id = r.AddRegistration(session, people.anna, RegistrationStatus::Registered, std::nullopt, At(2));
    r.SetAttendance(id, Attendance::Present, std::nullopt, At(3));
    return id;
  });

  StoreBogusCode("programmes", "kind", "id = " + std::to_string(programme));
  ExpectUnknownCode("programmes.kind", [&](app::ProgrammeRepository& r) { r.FindProgramme(programme); });
  ExpectUnknownCode("programmes.kind", [&](app::ProgrammeRepository& r) { r.Programmes(); });
  StoreBogusCode("programme_requirements", "variant",
                 "programme_id = " + std::to_string(programme) + " AND variant IS NOT NULL");
  database_.Execute("UPDATE programmes SET kind = 'ledervejen' WHERE id = " + std::to_string(programme));
  ExpectUnknownCode("programme_requirements.variant", [&](app::ProgrammeRepository& r) { r.FindProgramme(programme); });
  StoreBogusCode("programme_enrollments", "source", "id = " + std::to_string(enrollment));
  ExpectUnknownCode("programme_enrollments.source", [&](app::ProgrammeRepository& r) { r.FindEnrollment(enrollment); });
  StoreBogusCode("programme_sessions", "status", "id = " + std::to_string(session));
  ExpectUnknownCode("programme_sessions.status", [&](app::ProgrammeRepository& r) { r.FindSession(session); });
  StoreBogusCode("session_registrations", "attendance", "id = " + std::to_string(registration));
  ExpectUnknownCode("session_registrations.attendance",
                    [&](app::ProgrammeRepository& r) { r.FindRegistration(registration); });
}

}  // namespace
}  // namespace lp::storage_test
