#include "cli/demo_region.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/organisation/hr_import.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::cli {
namespace {

using domain::LeaderKind;
using domain::UnitKind;

constexpr std::string_view kEmailDomain = "demo.ledelsesportal.dk";
constexpr int kFirstEmployeeNo = 100001;
constexpr std::uint64_t kSeed = 0x4C65'6465'6C73'6573;  // "Ledelses"
// Every sixth section (or administrative secretariat) has no leader of its own.
constexpr std::size_t kLeaderlessEvery = 6;
// About one leader in six became leader within the two years before the reference date.
constexpr std::uint64_t kNewLeaderPercent = 17;

// SplitMix64: tiny, fast and the same everywhere. Below() uses the modulo; its bias is far below
// anything a demo could show.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}

  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E37'79B9'7F4A'7C15);
    z = (z ^ (z >> 30)) * 0xBF58'476D'1CE4'E5B9;
    z = (z ^ (z >> 27)) * 0x94D0'49BB'1331'11EB;
    return z ^ (z >> 31);
  }
  std::size_t Below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(Next() % n); }
  bool Percent(std::uint64_t percent) { return Next() % 100 < percent; }

 private:
  std::uint64_t state_;
};

struct Shape {
  std::size_t hospitals;     // of kHospitals
  std::size_t auh_centres;   // Aarhus Universitetshospital
  std::size_t centres;       // each other hospital
  std::size_t departments;   // per centre
  std::size_t sections;      // per department
  std::size_t psychiatries;  // psychiatric hospital units
  std::size_t psychiatry_departments;
  std::size_t psychiatry_sections;
  std::size_t social_areas;  // specialområder
  std::size_t social_offers;
  std::size_t social_sections;
  std::size_t development_departments;
  std::size_t development_teams;
  std::size_t secretariats;  // per administration department
  std::size_t people;
};

Shape ShapeOf(DemoSize size) {
  switch (size) {
    case DemoSize::Small: return {2, 2, 1, 2, 2, 1, 2, 2, 1, 2, 2, 2, 1, 1, 400};
    case DemoSize::Default: return {5, 8, 5, 5, 6, 5, 5, 6, 6, 6, 4, 6, 5, 6, 30'000};
    case DemoSize::Large: return {5, 8, 8, 7, 10, 5, 7, 8, 6, 8, 6, 6, 6, 8, 150'000};
  }
  return ShapeOf(DemoSize::Default);
}

// --- Names and titles ---

constexpr std::array<std::string_view, 50> kFirstNames = {
    "Anne",      "Mette",  "Kirsten",  "Hanne",  "Helle",  "Susanne", "Lene",   "Camilla", "Maria",     "Louise",
    "Charlotte", "Pia",    "Marianne", "Julie",  "Sofie",  "Ida",     "Emma",   "Freja",   "Karen",     "Tina",
    "Birgitte",  "Rikke",  "Signe",    "Line",   "Maja",   "Peter",   "Jens",   "Lars",    "Michael",   "Henrik",
    "Søren",     "Thomas", "Jesper",   "Niels",  "Martin", "Rasmus",  "Anders", "Morten",  "Christian", "Mads",
    "Jakob",     "Mikkel", "Frederik", "Kasper", "Ole",    "Bo",      "Torben", "Ahmad",   "Ali",       "Jonas",
};
constexpr std::array<std::string_view, 48> kLastNames = {
    "Nielsen",   "Jensen",    "Hansen",    "Pedersen",  "Andersen",   "Christensen", "Larsen",      "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen",  "Madsen",    "Kristensen", "Olsen",       "Thomsen",     "Christiansen",
    "Poulsen",   "Johansen",  "Møller",    "Mortensen", "Knudsen",    "Jakobsen",    "Mikkelsen",   "Frederiksen",
    "Laursen",   "Henriksen", "Lund",      "Holm",      "Schmidt",    "Eriksen",     "Kristiansen", "Clausen",
    "Simonsen",  "Svendsen",  "Andreasen", "Iversen",   "Østergaard", "Jeppesen",    "Vestergaard", "Nissen",
    "Lauridsen", "Kjær",      "Dahl",      "Bach",      "Friis",      "Nørgaard",    "Ahmadi",      "Kjærgaard",
};

struct Title {
  std::string_view title;
  std::size_t weight;
};
using Titles = std::span<const Title>;

constexpr std::array<Title, 12> kHospitalSectionTitles = {{
    {"Sygeplejerske", 40},
    {"Social- og sundhedsassistent", 15},
    {"Lægesekretær", 8},
    {"Reservelæge", 6},
    {"Overlæge", 5},
    {"Afdelingslæge", 5},
    {"Bioanalytiker", 5},
    {"Fysioterapeut", 4},
    {"Ergoterapeut", 3},
    {"Radiograf", 2},
    {"Portør", 2},
    {"Klinisk sygeplejespecialist", 2},
}};
constexpr std::array<Title, 5> kHospitalDepartmentTitles = {{
    {"Overlæge", 5},
    {"Afdelingslæge", 3},
    {"Lægesekretær", 2},
    {"Forskningssygeplejerske", 1},
    {"Klinisk sygeplejespecialist", 1},
}};
constexpr std::array<Title, 10> kPsychiatryTitles = {{
    {"Sygeplejerske", 30},
    {"Social- og sundhedsassistent", 20},
    {"Psykolog", 8},
    {"Pædagog", 8},
    {"Overlæge", 5},
    {"Lægesekretær", 5},
    {"Reservelæge", 4},
    {"Ergoterapeut", 4},
    {"Socialrådgiver", 3},
    {"Fysioterapeut", 2},
}};
constexpr std::array<Title, 11> kSocialTitles = {{
    {"Pædagog", 35},
    {"Social- og sundhedsassistent", 20},
    {"Pædagogisk assistent", 12},
    {"Social- og sundhedshjælper", 8},
    {"Socialrådgiver", 4},
    {"Ergoterapeut", 4},
    {"Sygeplejerske", 4},
    {"Fysioterapeut", 2},
    {"Psykolog", 2},
    {"Køkkenassistent", 2},
    {"Administrativ medarbejder", 2},
}};
constexpr std::array<Title, 7> kDevelopmentTitles = {{
    {"Fuldmægtig", 12},
    {"Specialkonsulent", 8},
    {"Konsulent", 6},
    {"Projektleder", 4},
    {"Chefkonsulent", 3},
    {"Sekretær", 3},
    {"Geolog", 2},
}};

// --- The shape of the region ---

struct Hospital {
  std::string_view id;
  std::string_view name;
};
constexpr std::array<Hospital, 5> kHospitals = {{
    {"AUH", "Aarhus Universitetshospital"},
    {"RHG", "Regionshospitalet Gødstrup"},
    {"RHR", "Regionshospitalet Randers"},
    {"HEH", "Hospitalsenheden Horsens"},
    {"RHM", "Regionshospital Midt"},
}};

struct Centre {
  std::string_view name;
  std::array<std::string_view, 7> departments;
};
constexpr std::array<Centre, 8> kCentres = {{
    {"Hoved-Orto-Centret",
     {"Ortopædkirurgi", "Neurokirurgi", "Neurologi", "Øre-Næse-Halskirurgi", "Øjensygdomme",
      "Tand-, Mund- og Kæbekirurgi", "Fysio- og Ergoterapi"}},
    {"Medicinsk Center",
     {"Lever-, Mave- og Tarmsygdomme", "Endokrinologi", "Infektionssygdomme", "Geriatri", "Lungesygdomme",
      "Nyresygdomme", "Klinisk Farmakologi"}},
    {"Hjertecentret",
     {"Hjertesygdomme", "Hjerte-, Lunge- og Karkirurgi", "Karkirurgi", "Thoraxanæstesi", "Hjerterehabilitering",
      "Invasiv Kardiologi", "Hjertemedicinsk Forskning"}},
    {"Kræft- og Inflammationscentret",
     {"Kræftafdelingen", "Blodsygdomme", "Reumatologi", "Hudsygdomme og Allergi", "Palliation", "Stråleterapi",
      "Klinisk Immunologi"}},
    {"Akutcentret",
     {"Akutafdelingen", "Anæstesiologi og Intensiv", "Operation og Intensiv", "Præhospital Akutmedicin",
      "Traumecentret", "Smerteklinikken", "Hyperbar Medicin"}},
    {"Kvinde-Barn-Centret",
     {"Kvindesygdomme og Fødsler", "Børn og Unge", "Neonatologi", "Børnekirurgi", "Fertilitetsklinikken",
      "Klinisk Genetik", "Føtalmedicin"}},
    {"Diagnostisk Center",
     {"Radiologi", "Klinisk Biokemi", "Patologi", "Nuklearmedicin og PET", "Klinisk Mikrobiologi", "Blodbanken",
      "Klinisk Fysiologi"}},
    {"Kirurgisk Center",
     {"Mave- og Tarmkirurgi", "Urinvejskirurgi", "Plastik- og Brystkirurgi", "Dagkirurgi", "Endoskopi",
      "Kirurgisk Forskning", "Sterilcentralen"}},
}};
constexpr std::array<std::string_view, 10> kHospitalSections = {
    "Sengeafsnit 1", "Ambulatoriet",    "Sengeafsnit 2", "Dagafsnittet",      "Undersøgelsesafsnittet",
    "Sengeafsnit 3", "Akutmodtagelsen", "Sekretariatet", "Forskningsenheden", "Operationsafsnittet",
};

constexpr std::array<Hospital, 5> kPsychiatries = {{
    {"PAUH", "Aarhus Universitetshospital Psykiatrien"},
    {"PVEST", "Regionspsykiatrien Vest"},
    {"PMIDT", "Regionspsykiatrien Midt"},
    {"PRAN", "Regionspsykiatrien Randers"},
    {"PHOR", "Regionspsykiatrien Horsens"},
}};
constexpr std::array<std::string_view, 7> kPsychiatryDepartments = {
    "Afdeling for Psykoser",
    "Afdeling for Depression og Angst",
    "Børne- og Ungdomspsykiatrien",
    "Retspsykiatrien",
    "Akutpsykiatrien",
    "Ældrepsykiatrien",
    "Afdeling for Spiseforstyrrelser",
};
constexpr std::array<std::string_view, 8> kPsychiatrySections = {
    "Sengeafsnit P1",   "Ambulatoriet", "Sengeafsnit P2", "Distriktspsykiatrien",
    "Lokalpsykiatrien", "Dagafsnittet", "Skærmet afsnit", "Udgående team",
};

constexpr std::array<std::string_view, 6> kSocialAreas = {
    "Specialområde Autisme",           "Specialområde Hjerneskade",
    "Specialområde Udviklingshæmning", "Specialområde Børn, Unge og Familier",
    "Specialområde Socialpsykiatri",   "Specialområde Kommunikation og Læring",
};
constexpr std::array<std::string_view, 6> kSocialOfferKinds = {"Bostedet",      "Botilbuddet", "Dagtilbuddet",
                                                               "Opholdsstedet", "Børnehuset",  "Kollegiet"};
constexpr std::array<std::string_view, 16> kPlaces = {
    "Kildevang", "Granly", "Lyngbo",  "Skovbrynet",  "Engkær",     "Solbakken", "Bøgely",     "Fjordhuset",
    "Højmark",   "Åbo",    "Tangkær", "Lindegården", "Møllehuset", "Søbakken",  "Hedegården", "Strandvejen",
};
constexpr std::array<std::string_view, 6> kSocialSections = {"Hus 1",    "Hus 2",       "Team Nord",
                                                             "Team Syd", "Nattevagten", "Aktivitetshuset"};

constexpr std::array<std::string_view, 6> kDevelopmentDepartments = {
    "Erhverv og Uddannelse",  "Trafik og Mobilitet",  "Miljø og Råstoffer", "Kultur og Internationale Relationer",
    "Klima og Bæredygtighed", "Udvikling og Analyse",
};
constexpr std::array<std::string_view, 6> kDevelopmentTeams = {"Projektteamet",     "Analyseteamet", "Sagsbehandling",
                                                               "Tilskud og Puljer", "Partnerskaber", "Sekretariatet"};

struct AdministrationDepartment {
  std::string_view id;
  std::string_view name;
  std::string_view head_title;
  std::array<std::string_view, 8> secretariats;
  std::array<Title, 4> titles;  // besides the common administrative ones
};
constexpr std::array<AdministrationDepartment, 7> kAdministration = {{
    {"OEK",
     "Koncernøkonomi",
     "Økonomidirektør",
     {"Budget og Analyse", "Regnskab", "Indkøb", "Økonomisekretariatet", "Likviditet og Finans", "Controlling",
      "Tilskud", "Lønregnskab"},
     {{{"Økonomikonsulent", 5}, {"Controller", 3}, {"Bogholder", 3}, {"Indkøbskonsulent", 2}}}},
    {"HR",
     "Koncern HR",
     "HR-direktør",
     {"Løn og Personale", "HR Jura", "Arbejdsmiljø", "Lederudvikling", "Rekruttering", "HR-sekretariatet", "Uddannelse",
      "Forhandling og Overenskomst"},
     {{{"HR-konsulent", 6}, {"Lønkonsulent", 4}, {"HR-partner", 2}, {"Arbejdsmiljøkonsulent", 1}}}},
    {"KOM",
     "Koncern Kommunikation",
     "Kommunikationschef",
     {"Presse", "Web og Digital Kommunikation", "Intern Kommunikation", "Grafisk Design", "Kommunikationssekretariatet",
      "Borgerkontakt", "Kampagner", "Sociale Medier"},
     {{{"Kommunikationskonsulent", 6}, {"Webredaktør", 2}, {"Journalist", 2}, {"Grafiker", 1}}}},
    {"SEK",
     "Regionssekretariatet",
     "Sekretariatschef",
     {"Politisk Sekretariat", "Direktionssekretariatet", "Forretningsudvalgets Sekretariat", "Ejendomme", "Jura",
      "Digitalisering", "Beredskab", "Analyse"},
     {{{"AC-fuldmægtig", 4}, {"Jurist", 2}, {"Sagsbehandler", 2}, {"Direktionssekretær", 1}}}},
    {"IT",
     "Koncern IT",
     "IT-direktør",
     {"IT Drift", "IT Udvikling", "IT Sikkerhed", "Servicedesk", "Infrastruktur", "Kliniske Systemer", "Arkitektur",
      "IT-sekretariatet"},
     {{{"IT-konsulent", 6}, {"IT-supporter", 4}, {"Systemudvikler", 4}, {"IT-arkitekt", 2}}}},
    {"KVA",
     "Koncern Kvalitet",
     "Kvalitetschef",
     {"Patientsikkerhed", "Kvalitetsudvikling", "Patientkontoret", "Data og Analyse", "Akkreditering", "Forskning",
      "Sundhedsdata", "Klager"},
     {{{"Kvalitetskonsulent", 4}, {"Dataanalytiker", 3}, {"Patientvejleder", 2}, {"Forskningskonsulent", 1}}}},
    {"PLAN",
     "Sundhedsplanlægning",
     "Planlægningschef",
     {"Praksis", "Sundhedsaftaler", "Planlægning", "Præhospital Planlægning", "Nære Sundhedstilbud", "Lægemidler",
      "Forebyggelse", "Planlægningssekretariatet"},
     {{{"Planlægningskonsulent", 4}, {"Sundhedsfaglig konsulent", 3}, {"Farmaceut", 1}, {"Statistiker", 1}}}},
}};
constexpr std::array<Title, 6> kAdministrativeTitles = {{
    {"Fuldmægtig", 10},
    {"Specialkonsulent", 6},
    {"Konsulent", 5},
    {"Sekretær", 3},
    {"Chefkonsulent", 2},
    {"Studentermedhjælper", 2},
}};

// --- The generator ---

struct Leader {
  std::string title;
  LeaderKind kind;
  std::string first_name;  // empty: a random name
  std::string last_name;
  std::string email;
  std::optional<std::chrono::year_month_day> since;  // empty: a random date
};

struct PlannedUnit {
  app::UnitRow row;
  std::vector<Leader> leaders;
  std::vector<Title> titles;  // the employees' titles (empty: no employees besides the leaders)
  std::size_t weight = 0;     // relative head count
  std::size_t parent = 0;     // index into the units; the root is its own parent
};

struct PlannedPerson {
  app::PersonRow row;
  std::vector<std::string> leads;
  std::chrono::year_month_day since{};
  LeaderKind kind = LeaderKind::Personaleleder;
};

std::pair<std::string, std::string> SplitName(std::string_view full_name) {
  const std::size_t space = full_name.find(' ');
  return {std::string(full_name.substr(0, space)), std::string(full_name.substr(space + 1))};
}

// "Søren Østergaard" -> "soeren.oestergaard": ASCII for the local part of a demo e-mail address.
std::string EmailName(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      switch (static_cast<unsigned char>(text[++i])) {
        case 0xA6:
        case 0x86: out += "ae"; break;  // æ Æ
        case 0xB8:
        case 0x98: out += "oe"; break;  // ø Ø
        case 0xA5:
        case 0x85: out += "aa"; break;  // å Å
        case 0xA9:
        case 0x89: out += "e"; break;  // é É
        default: break;
      }
    } else if (c == ' ') {
      out += '.';
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || c == '-') {
      out += static_cast<char>(c);
    }
  }
  return out;
}

class Generator {
 public:
  explicit Generator(DemoSize size) : shape_(ShapeOf(size)), random_(kSeed) {}

  app::OrganisationRows Run() {
    BuildTree();
    PlacePeople();
    return Rows();
  }

 private:
  const DemoAccount& Account(domain::Role role) const {
    for (const DemoAccount& account : DemoAccounts()) {
      if (account.role == role) return account;
    }
    throw std::logic_error("no demo account for a role");
  }

  Leader DemoLeader(domain::Role role, std::string title, LeaderKind kind, std::chrono::year_month_day since) const {
    const DemoAccount& account = Account(role);
    auto [first, last] = SplitName(account.name);
    return Leader{std::move(title), kind, std::move(first), std::move(last), std::string(account.email), since};
  }

  std::size_t Add(std::size_t parent, std::string id, std::string_view name, UnitKind kind) {
    PlannedUnit unit;
    unit.row.external_id = std::move(id);
    unit.row.name = std::string(name);
    unit.row.kind = kind;
    unit.parent = parent;
    if (!units_.empty()) unit.row.parent_external_id = units_[parent].row.external_id;
    units_.push_back(std::move(unit));
    return units_.size() - 1;
  }

  void Lead(std::size_t unit, std::string title, LeaderKind kind) {
    units_[unit].leaders.push_back(Leader{std::move(title), kind, {}, {}, {}, std::nullopt});
  }

  void Staff(std::size_t unit, Titles titles, std::size_t weight) {
    units_[unit].titles.assign(titles.begin(), titles.end());
    units_[unit].weight = weight;
  }

  // A section or secretariat, with its own leader unless it is one of the leaderless ones.
  std::size_t AddSection(std::size_t parent, std::string id, std::string_view name, UnitKind kind,
                         std::string_view leader_title, Titles titles, std::size_t weight) {
    const std::size_t unit = Add(parent, std::move(id), name, kind);
    if (sections_++ % kLeaderlessEvery != kLeaderlessEvery - 1) {
      Lead(unit, std::string(leader_title), LeaderKind::Personaleleder);
    }
    Staff(unit, titles, weight);
    return unit;
  }

  void BuildTree() {
    using domain::Role;
    const std::size_t root = Add(0, "RM", "Region Midtjylland", UnitKind::Region);
    // The direktion leads the region together: the regional director and two koncerndirektører.
    units_[root].leaders.push_back(DemoLeader(Role::Koncernledelse, "Regionsdirektør", LeaderKind::LederAfLedere,
                                              std::chrono::year{2018} / 3 / 1));
    Lead(root, "Koncerndirektør", LeaderKind::LederAfLedere);
    Lead(root, "Koncerndirektør", LeaderKind::LederAfLedere);

    BuildHospitals(root);
    BuildPsychiatry(root);
    BuildSocial(root);
    BuildDevelopment(root);
    BuildAdministration(root);
  }

  void BuildHospitals(std::size_t root) {
    // The hospital managements report to the direktion directly; the area itself has no leader.
    const std::size_t area = Add(root, "HOSP", "Hospitalerne", UnitKind::Area);
    for (std::size_t h = 0; h < shape_.hospitals; ++h) {
      const Hospital& info = kHospitals[h];
      const std::size_t hospital = Add(area, std::string(info.id), info.name, UnitKind::Hospital);
      Lead(hospital, "Hospitalsdirektør", LeaderKind::LederAfLedere);
      Lead(hospital, "Lægefaglig vicedirektør", LeaderKind::LederAfLedere);
      Lead(hospital, "Sygeplejefaglig vicedirektør", LeaderKind::LederAfLedere);
      const std::size_t centres = h == 0 ? shape_.auh_centres : shape_.centres;
      for (std::size_t c = 0; c < centres; ++c) {
        const Centre& template_centre = kCentres[(c + h) % kCentres.size()];
        const std::string centre_id = std::string(info.id) + "-C" + std::to_string(c + 1);
        const std::size_t centre = Add(hospital, centre_id, template_centre.name, UnitKind::Centre);
        Lead(centre, "Centerdirektør", LeaderKind::LederAfLedere);
        if (c % 2 == 1) Lead(centre, "Centerchefsygeplejerske", LeaderKind::LederAfLedere);
        for (std::size_t d = 0; d < shape_.departments; ++d) {
          const std::string department_id = centre_id + "-A" + std::to_string(d + 1);
          const std::size_t department =
              Add(centre, department_id, template_centre.departments[d % 7], UnitKind::Department);
          // The afdelingsledelse: a clinical leader and a nurse leading the sections' leaders.
          Lead(department, "Ledende overlæge", LeaderKind::KliniskLeder);
          if (h == 0 && c == 0 && d == 0) {
            // The demo leder: leads a department whose sections have leaders, and is fairly new.
            units_[department].leaders.push_back(DemoLeader(
                domain::Role::Leder, "Oversygeplejerske", LeaderKind::LederAfLedere, std::chrono::year{2025} / 9 / 1));
            leder_department_ = department;
          } else {
            Lead(department, "Oversygeplejerske", LeaderKind::LederAfLedere);
          }
          Staff(department, kHospitalDepartmentTitles, 2);
          for (std::size_t s = 0; s < shape_.sections; ++s) {
            const std::size_t section = AddSection(department, department_id + "-S" + std::to_string(s + 1),
                                                   kHospitalSections[s % kHospitalSections.size()], UnitKind::Section,
                                                   "Afdelingssygeplejerske", kHospitalSectionTitles, 10);
            if (department == leder_department_ && s == 0) medarbejder_section_ = section;
          }
        }
      }
    }
  }

  void BuildPsychiatry(std::size_t root) {
    const std::size_t area = Add(root, "PSY", "Psykiatrien", UnitKind::Area);
    Lead(area, "Psykiatridirektør", LeaderKind::LederAfLedere);
    for (std::size_t p = 0; p < shape_.psychiatries; ++p) {
      const Hospital& info = kPsychiatries[p];
      const std::size_t unit = Add(area, std::string(info.id), info.name, UnitKind::Hospital);
      Lead(unit, "Psykiatrichef", LeaderKind::LederAfLedere);
      Lead(unit, "Cheflæge", LeaderKind::KliniskLeder);
      for (std::size_t d = 0; d < shape_.psychiatry_departments; ++d) {
        const std::string department_id = std::string(info.id) + "-A" + std::to_string(d + 1);
        const std::size_t department =
            Add(unit, department_id, kPsychiatryDepartments[(d + p) % 7], UnitKind::Department);
        Lead(department, "Ledende overlæge", LeaderKind::KliniskLeder);
        Lead(department, "Ledende oversygeplejerske", LeaderKind::LederAfLedere);
        for (std::size_t s = 0; s < shape_.psychiatry_sections; ++s) {
          AddSection(department, department_id + "-S" + std::to_string(s + 1),
                     kPsychiatrySections[s % kPsychiatrySections.size()], UnitKind::Section, "Afdelingssygeplejerske",
                     kPsychiatryTitles, 8);
        }
      }
    }
  }

  void BuildSocial(std::size_t root) {
    const std::size_t area = Add(root, "SOC", "Socialområdet", UnitKind::Area);
    Lead(area, "Direktør for Socialområdet", LeaderKind::LederAfLedere);
    std::size_t offers = 0;
    for (std::size_t a = 0; a < shape_.social_areas; ++a) {
      const std::string area_id = "SOC-" + std::to_string(a + 1);
      const std::size_t special = Add(area, area_id, kSocialAreas[a], UnitKind::Centre);
      Lead(special, "Områdechef", LeaderKind::LederAfLedere);
      for (std::size_t o = 0; o < shape_.social_offers; ++o, ++offers) {
        const std::string offer_id = area_id + "-T" + std::to_string(o + 1);
        const std::string name = std::string(kSocialOfferKinds[offers % kSocialOfferKinds.size()]) + " " +
                                 std::string(kPlaces[(offers * 7 + a) % kPlaces.size()]);
        const std::size_t offer = Add(special, offer_id, name, UnitKind::Department);
        Lead(offer, "Forstander", LeaderKind::LederAfLedere);
        if (offers % 3 == 2) Lead(offer, "Viceforstander", LeaderKind::LederAfLedere);
        for (std::size_t s = 0; s < shape_.social_sections; ++s) {
          AddSection(offer, offer_id + "-S" + std::to_string(s + 1), kSocialSections[s % kSocialSections.size()],
                     UnitKind::Section, "Afdelingsleder", kSocialTitles, 6);
        }
      }
    }
  }

  void BuildDevelopment(std::size_t root) {
    const std::size_t area = Add(root, "RU", "Regional Udvikling", UnitKind::Area);
    Lead(area, "Direktør for Regional Udvikling", LeaderKind::LederAfLedere);
    for (std::size_t d = 0; d < shape_.development_departments; ++d) {
      const std::string department_id = "RU-" + std::to_string(d + 1);
      const std::size_t department = Add(area, department_id, kDevelopmentDepartments[d], UnitKind::Department);
      Lead(department, "Kontorchef", LeaderKind::LederAfLedere);
      Staff(department, kDevelopmentTitles, 2);
      for (std::size_t t = 0; t < shape_.development_teams; ++t) {
        AddSection(department, department_id + "-S" + std::to_string(t + 1),
                   kDevelopmentTeams[t % kDevelopmentTeams.size()], UnitKind::Section, "Teamleder", kDevelopmentTitles,
                   4);
      }
    }
  }

  void BuildAdministration(std::size_t root) {
    // A koncerndirektør leads the administration too: one person leading two units.
    const std::size_t area = Add(root, "ADM", "Administrationen", UnitKind::Area);
    administration_ = area;
    for (const AdministrationDepartment& info : kAdministration) {
      const std::string department_id = "ADM-" + std::string(info.id);
      const std::size_t department = Add(area, department_id, info.name, UnitKind::Department);
      Lead(department, std::string(info.head_title), LeaderKind::LederAfLedere);
      std::vector<Title> titles(info.titles.begin(), info.titles.end());
      titles.insert(titles.end(), kAdministrativeTitles.begin(), kAdministrativeTitles.end());
      Staff(department, titles, 3);
      if (info.id == "HR") hr_department_ = department;
      if (info.id == "KOM") communication_department_ = department;
      for (std::size_t s = 0; s < shape_.secretariats; ++s) {
        const std::size_t secretariat =
            AddSection(department, department_id + "-S" + std::to_string(s + 1), info.secretariats[s % 8],
                       UnitKind::Secretariat, "Teamleder", titles, 5);
        if (info.id == "IT" && s == 0) it_secretariat_ = secretariat;
      }
    }
  }

  std::chrono::year_month_day LeaderSince() {
    constexpr std::size_t kTwoYears = 730;
    constexpr std::size_t kFifteenYears = std::size_t{15} * 365;
    const std::size_t days =
        random_.Percent(kNewLeaderPercent) ? random_.Below(kTwoYears) : kTwoYears + random_.Below(kFifteenYears);
    return std::chrono::year_month_day{std::chrono::sys_days{kDemoReferenceDate} -
                                       std::chrono::days{static_cast<long>(days)}};
  }

  std::string_view PickTitle(const std::vector<Title>& titles) {
    std::size_t total = 0;
    for (const Title& title : titles) total += title.weight;
    std::size_t pick = random_.Below(total);
    for (const Title& title : titles) {
      if (pick < title.weight) return title.title;
      pick -= title.weight;
    }
    return titles.back().title;
  }

  // Adds a person to the unit; a random synthetic name when first_name is empty.
  PlannedPerson& AddPerson(std::size_t unit, std::string_view title, std::string first_name = {},
                           std::string last_name = {}, std::string email = {}) {
    PlannedPerson person;
    const std::string employee_no = std::to_string(kFirstEmployeeNo + static_cast<int>(people_.size()));
    if (first_name.empty()) {
      first_name = std::string(kFirstNames[random_.Below(kFirstNames.size())]);
      last_name = std::string(kLastNames[random_.Below(kLastNames.size())]);
      // Some people have two last names, as many Danes do.
      if (random_.Percent(20)) last_name = std::string(kLastNames[random_.Below(kLastNames.size())]) + " " + last_name;
      email = EmailName(first_name) + "." + EmailName(last_name) + "." + employee_no + "@" + std::string(kEmailDomain);
    }
    person.row.employee_no = employee_no;
    person.row.first_name = std::move(first_name);
    person.row.last_name = std::move(last_name);
    person.row.email = std::move(email);
    person.row.title = std::string(title);
    person.row.unit_external_id = units_[unit].row.external_id;
    people_.push_back(std::move(person));
    return people_.back();
  }

  void AddDemoEmployee(std::size_t unit, domain::Role role, std::string_view title) {
    const DemoAccount& account = Account(role);
    auto [first, last] = SplitName(account.name);
    AddPerson(unit, title, std::move(first), std::move(last), std::string(account.email));
  }

  void PlacePeople() {
    std::size_t leaders = 0;
    for (const PlannedUnit& unit : units_) leaders += unit.leaders.size();
    constexpr std::size_t kDemoEmployees = 4;  // medarbejder, hr, redaktoer, administrator
    const std::size_t employees = shape_.people - leaders - kDemoEmployees;

    // Each staffed unit's share of the employees: its weight, varied by ±30 %.
    std::vector<std::size_t> weights(units_.size(), 0);
    std::size_t total_weight = 0;
    for (std::size_t i = 0; i < units_.size(); ++i) {
      if (units_[i].weight == 0) continue;
      weights[i] = units_[i].weight * (70 + random_.Below(61));
      total_weight += weights[i];
    }
    if (total_weight == 0) throw std::logic_error("the demo region has no staffed units");
    std::vector<std::size_t> counts(units_.size(), 0);
    std::size_t placed = 0;
    for (std::size_t i = 0; i < units_.size(); ++i) {
      counts[i] = employees * weights[i] / total_weight;
      placed += counts[i];
    }
    for (std::size_t i = 0; placed < employees; i = (i + 1) % units_.size()) {
      if (weights[i] == 0) continue;
      ++counts[i];
      ++placed;
    }

    // Leaders who lead several units: the second koncerndirektør leads the administration as well.
    constexpr std::size_t kAdministrationLeader = 2;  // the root's third leader
    for (std::size_t i = 0; i < units_.size(); ++i) {
      for (std::size_t l = 0; l < units_[i].leaders.size(); ++l) {
        const Leader& leader = units_[i].leaders[l];
        PlannedPerson& person = AddPerson(i, leader.title, leader.first_name, leader.last_name, leader.email);
        person.leads.push_back(units_[i].row.external_id);
        person.since = leader.since ? *leader.since : LeaderSince();
        person.kind = leader.kind;
        if (i == 0 && l == kAdministrationLeader) person.leads.push_back(units_[administration_].row.external_id);
      }
      if (i == medarbejder_section_) AddDemoEmployee(i, domain::Role::Medarbejder, "Sygeplejerske");
      if (i == hr_department_) AddDemoEmployee(i, domain::Role::Hr, "HR-konsulent");
      if (i == communication_department_) AddDemoEmployee(i, domain::Role::Redaktoer, "Kommunikationskonsulent");
      if (i == it_secretariat_) AddDemoEmployee(i, domain::Role::Administrator, "IT-konsulent");
      for (std::size_t e = 0; e < counts[i]; ++e) AddPerson(i, PickTitle(units_[i].titles));
    }
  }

  // The rows in the order ParseHrExport gives them: units breadth first (siblings in the order they
  // were added), leaderships person by person.
  app::OrganisationRows Rows() {
    app::OrganisationRows rows;
    std::vector<std::vector<std::size_t>> children(units_.size());
    for (std::size_t i = 1; i < units_.size(); ++i) children[units_[i].parent].push_back(i);
    std::vector<std::size_t> order{0};
    order.reserve(units_.size());
    for (std::size_t next = 0; next < order.size(); ++next) {
      const auto& below = children[order[next]];
      order.insert(order.end(), below.begin(), below.end());
    }
    rows.units.reserve(units_.size());
    for (const std::size_t i : order) rows.units.push_back(std::move(units_[i].row));
    rows.people.reserve(people_.size());
    for (PlannedPerson& person : people_) {
      for (std::string& unit : person.leads) {
        rows.leaderships.push_back(
            app::LeadershipRow{std::move(unit), person.row.employee_no, person.since, person.kind});
      }
      rows.people.push_back(std::move(person.row));
    }
    return rows;
  }

  static constexpr std::size_t kNoUnit = static_cast<std::size_t>(-1);

  Shape shape_;
  Random random_;
  std::vector<PlannedUnit> units_;
  std::vector<PlannedPerson> people_;
  std::size_t sections_ = 0;
  std::size_t leder_department_ = kNoUnit;
  std::size_t medarbejder_section_ = kNoUnit;
  std::size_t hr_department_ = kNoUnit;
  std::size_t communication_department_ = kNoUnit;
  std::size_t it_secretariat_ = kNoUnit;
  std::size_t administration_ = kNoUnit;
};

// --- CSV ---

void AppendField(std::string& out, std::string_view field) {
  if (field.find_first_of(";\"\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (const char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

template <std::size_t N>
void AppendLine(std::string& out, const std::array<std::string_view, N>& fields) {
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) out += ';';
    AppendField(out, fields[i]);
  }
  out += '\n';
}

}  // namespace

app::OrganisationRows GenerateDemoRegion(DemoSize size) { return Generator(size).Run(); }

std::string UnitsCsv(const app::OrganisationRows& rows) {
  std::string out;
  out.reserve(rows.units.size() * 64);
  AppendLine(out, app::kUnitsCsvColumns);
  for (const app::UnitRow& unit : rows.units) {
    AppendLine(out, std::array<std::string_view, 4>{unit.external_id, unit.name, unit.parent_external_id,
                                                    domain::UnitKindCode(unit.kind)});
  }
  return out;
}

std::string PeopleCsv(const app::OrganisationRows& rows) {
  // people.csv has one leader_since and leader_kind per person, for every unit the person leads.
  struct Leads {
    std::string units;
    const app::LeadershipRow* first = nullptr;
  };
  std::unordered_map<std::string_view, Leads> leads;
  for (const app::LeadershipRow& leadership : rows.leaderships) {
    Leads& entry = leads[leadership.employee_no];
    if (entry.first == nullptr) {
      entry.first = &leadership;
    } else if (entry.first->leader_since != leadership.leader_since || entry.first->kind != leadership.kind) {
      throw std::invalid_argument("people.csv cannot hold two leader-since dates or kinds for employee " +
                                  leadership.employee_no);
    }
    entry.units += (entry.units.empty() ? "" : "|") + leadership.unit_external_id;
  }
  std::string out;
  out.reserve(rows.people.size() * 128);
  AppendLine(out, app::kPeopleCsvColumns);
  for (const app::PersonRow& person : rows.people) {
    std::string since;
    std::string_view kind;
    std::string_view led;
    if (const auto found = leads.find(person.employee_no); found != leads.end()) {
      since = domain::FormatIsoDate(found->second.first->leader_since);
      kind = domain::LeaderKindCode(found->second.first->kind);
      led = found->second.units;
    }
    AppendLine(out,
               std::array<std::string_view, 9>{person.employee_no, person.first_name, person.last_name, person.email,
                                               person.title, person.unit_external_id, led, since, kind});
  }
  return out;
}

}  // namespace lp::cli
