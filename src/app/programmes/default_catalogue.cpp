#include "app/programmes/default_catalogue.hpp"

#include <string>
#include <utility>

namespace lp::app {
namespace {

using domain::ElementKind;
using domain::ProgrammeKind;

constexpr const char* kKoncernHr = "Koncern HR, Lederudvikling";

DefaultProgramme Ledervejen() {
  DefaultProgramme programme;
  auto& f = programme.fields;
  f.kind = ProgrammeKind::Ledervejen;
  f.name = "Ledervejen";
  f.summary =
      "Det obligatoriske forløb for nye ledere i de første to år: fra onboarding og introduktion til "
      "lederudvikling og netværk med andre nye ledere.";
  f.target_group =
      "Alle, der bliver leder i Region Midtjylland, i de første to år som leder: personaleledere og "
      "funktionsledere, ledere af ledere og kliniske ledere.";
  f.purpose =
      "At give nye ledere et fælles fundament i den midtjyske ledelsesmodel og et netværk på tværs af "
      "regionen, så de står stærkt i ledelsesopgaven fra starten.";
  f.content =
      "Forløbet er et samarbejde mellem din enhed og Koncern HR. Den fælles del består af:\n\n"
      "- **12 kursusdage** fordelt over de to år, med ledelsesgrundlaget, de tre værdier og ledelsesopgaven "
      "som omdrejningspunkt.\n"
      "- **4 ledersparringer** med en ledelseskonsulent, hvor du arbejder med dine egne ledelsesudfordringer.\n"
      "- **Korte kurser** om konkrete emner, fx arbejdsmiljø, økonomi, rekruttering og svære samtaler.\n\n"
      "Din enhed står for den lokale onboarding. Du bliver tilmeldt automatisk, når HR-systemet viser, at "
      "du er blevet leder, og du booker selv kursusdage og sparringer her i portalen.\n\n"
      "Tilbuddet til kliniske ledere (ledende overlæger, cheflæger og kliniske lærestolsprofessorer i "
      "afdelingsledelser) bliver revideret efter de nye aftaler på lægeområdet.";
  f.duration = "2 år";
  f.price = "Betales af Koncern HR. Tidsforbrug: 12 kursusdage, 4 sparringer og de korte kurser.";
  f.contact = kKoncernHr;
  f.open = true;
  f.mandatory = true;
  programme.requirements = {
      {ElementKind::CourseDay, 12, std::nullopt},
      {ElementKind::Sparring, 4, std::nullopt},
      {ElementKind::ShortCourse, 3, std::nullopt},
  };
  return programme;
}

DefaultProgramme Rejsefaeller() {
  DefaultProgramme programme;
  auto& f = programme.fields;
  f.kind = ProgrammeKind::Rejsefaeller;
  f.name = "Rejsefæller";
  f.summary =
      "Et skræddersyet forløb for ledere i fælles ledelse: lederparret eller ledelsesteamet får en "
      "ledelseskonsulent og arbejder med at få samarbejdet godt fra start.";
  f.target_group = "Ledere, der deler ledelsen af en enhed med en eller flere andre (fælles ledelse).";
  f.purpose = "At etablere et godt ledelsessamarbejde, hvor opgaver, roller og fælles retning er tydelige.";
  f.content =
      "Forløbet foregår lokalt og tilpasses jeres situation. En ledelseskonsulent fra Koncern HR følger jer "
      "gennem de vigtigste sider af fælles ledelse: arbejdsdeling, beslutninger, fælles sprog over for "
      "medarbejderne og håndtering af uenighed.\n\n"
      "I aftaler selv møder og temaer med konsulenten og holder en fælles plan for forløbet.";
  f.duration = "Efter aftale, typisk et halvt til et helt år";
  f.price = "Betales af Koncern HR. Tidsforbrug efter aftale.";
  f.contact = kKoncernHr;
  programme.requirements = {{ElementKind::Sparring, 4, std::nullopt}};
  return programme;
}

DefaultProgramme Globetrotter() {
  DefaultProgramme programme;
  auto& f = programme.fields;
  f.kind = ProgrammeKind::Globetrotter;
  f.name = "Globetrotter";
  f.summary =
      "Et halvårligt læringsfællesskab for erfarne ledere af medarbejdere eller ledere, med grundig "
      "forberedelse lokalt før optagelsen.";
  f.target_group = "Erfarne ledere, der vil fortsætte deres udvikling sammen med ledere fra andre dele af regionen.";
  f.purpose = "At holde lederudviklingen i gang hele arbejdslivet, både alene og sammen med andre.";
  f.content =
      "Før optagelse forbereder du dig sammen med din egen leder: I afklarer, hvad du vil udvikle, og "
      "hvordan det skal komme din enhed til gode. Din leder godkender forberedelsen.\n\n"
      "Forløbet strækker sig over et halvt år med fælles mødegange i et hold, hvor deltagerne arbejder "
      "med egne cases og lærer af hinanden.";
  f.duration = "Et halvt år";
  f.price = "Betales af Koncern HR. Tidsforbrug: 6 mødegange og forberedelse.";
  f.contact = kKoncernHr;
  programme.requirements = {{ElementKind::Preparation, 3, std::nullopt}, {ElementKind::CourseDay, 6, std::nullopt}};
  return programme;
}

DefaultProgramme Explorer() {
  DefaultProgramme programme;
  auto& f = programme.fields;
  f.kind = ProgrammeKind::Explorer;
  f.name = "Explorer";
  f.summary =
      "For dygtige medarbejdere med drivkraft, som drømmer om ledelse, har talent for det eller tager "
      "medansvar som koordinator, projektleder eller faglig leder.";
  f.target_group =
      "Medarbejdere, som deres leder indstiller, eller som selv søger med lederens godkendelse. Ledelse "
      "forstås her bredt: som fordelt ledelse og stærkt følgeskab, ikke kun som den formelle lederrolle.";
  f.purpose = "At give medarbejdere med lyst til ledelse et fælles fundament og en vej, der passer til dem.";
  f.content =
      "Forløbet begynder med **2 × 2 kursusdage**, som er det fælles fundament. Derefter lægger du med hjælp "
      "en **personlig plan** med de aktiviteter, der passer til dine ønsker og talenter, fx sidemandsoplæring, "
      "et projekt eller et kort kursus.";
  f.duration = "2 × 2 kursusdage og en personlig plan";
  f.price = "Betales af Koncern HR. Tidsforbrug: 4 kursusdage og de aktiviteter, planen rummer.";
  f.contact = kKoncernHr;
  programme.requirements = {{ElementKind::CourseDay, 4, std::nullopt}, {ElementKind::PersonalPlan, 1, std::nullopt}};
  return programme;
}

DefaultProgramme Course(std::string name, std::string summary, std::string content, std::string duration) {
  DefaultProgramme programme;
  auto& f = programme.fields;
  f.kind = ProgrammeKind::Course;
  f.name = std::move(name);
  f.summary = std::move(summary);
  f.target_group = "Alle interesserede ledere på tværs af ledelseskæden.";
  f.purpose = f.summary;
  f.content = std::move(content);
  f.duration = std::move(duration);
  f.price = "Oplyses ved tilmelding.";
  f.contact = kKoncernHr;
  return programme;
}

}  // namespace

std::vector<DefaultProgramme> DefaultCatalogue() {
  std::vector<DefaultProgramme> catalogue = {Ledervejen(), Rejsefaeller(), Globetrotter(), Explorer()};
  catalogue.push_back(Course("Ledelse af innovation og udvikling",
                             "Om at skabe rum for nye ideer og føre dem ud i livet i egen enhed.",
                             "Kurset veksler mellem oplæg, øvelser og arbejde med deltagernes egne "
                             "udviklingsopgaver, med det metodiske kompas som ramme.",
                             "Efter aftale"));
  catalogue.push_back(Course("Ledelse i balance",
                             "Om at holde balancen i ledelsesopgaven, så du kan lede andre og dig selv "
                             "over tid.",
                             "Deltagerne arbejder med prioritering, grænser og egen trivsel som leder.",
                             "Efter aftale"));
  catalogue.push_back(Course("Faciliteringsledelse",
                             "Om at lede møder, processer og samarbejde, så alle bidrag kommer i spil.",
                             "Praktiske værktøjer til at planlægge og facilitere møder og workshops.", "Efter aftale"));
  catalogue.push_back(Course("Korte kurser", "Korte kurser om konkrete emner, som også tæller i Ledervejen.",
                             "Emnerne skifter, fx arbejdsmiljø, økonomistyring, rekruttering, svære samtaler, "
                             "ledelse af bæredygtighed og ledelse af implementering.",
                             "En halv til en hel dag pr. kursus"));
  catalogue.push_back(Course("Alkymisten",
                             "Et udviklingsforløb, der fortsætter, muligvis i samarbejde med Region Syddanmark.",
                             "Nærmere indhold oplyses af Koncern HR.", "Efter aftale"));
  catalogue.push_back(Course("Matterhorn",
                             "Forskning og træning i ledelse af det psykiske arbejdsmiljø, sammen med Aarhus "
                             "Universitet.",
                             "Forløbet er under etablering og løber de næste fire år.", "4 år"));
  return catalogue;
}

}  // namespace lp::app
