// The demo's goal pictures (issue 18): indicators on the ten strategy tracks of the three shipped goal
// pictures, with a history that makes the pages worth looking at.
// - 25 of the region's indicators (2–3 per track): what a Danish region plausibly follows, named and
//   defined in our own words, with their data sources. Most are monthly, some quarterly, three
//   yearly. 15 are broken down: most health ones by the hospitals, social ones by the social area's
//   specialområder, the staff and climate ones by the region's areas (the units under the root); all
//   but two have no value for the region as a whole, so it is rolled up (the mean of rates, the sum
//   of counts). Sygefravær and Personaleomsætning are for leaders only; hr@ owns them and the
//   apprentices (and sees what to report).
// - Three local indicators of the demo leader's department (leder@ owns them): one broken down by its
//   sections, one whose last ended period is not reported yet ("Skal indberettes").
// - Measurements up to the last period ended at `now` (five years; two for the small size): a level
//   for each unit, noise, trends, winter peaks where the winter shows (readmissions, occupancy,
//   sickness absence, heating), and level shifts after an intervention 18 months back (patients
//   assessed within 30 days, citizens meeting their goals), big enough for the run chart's shift
//   signal, and recent setbacks that make the latest values red (cancer pathways, staff turnover,
//   passengers). Values stay within the plausible range, rounded to the indicator's decimals.
// - Every red value has a comment (cause and action), except one hospital's waiting time in the last
//   period ("Mangler kommentar").
// The noise comes from std::mt19937 seeded per indicator and our own normal draw (the std
// distributions differ between standard libraries), so the same `now` gives the same values
// everywhere. Everything is written in one transaction, as the source "demo".
#include "cli/demo_goals.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "app/goals/goal_picture_service.hpp"
#include "app/goals/goals_repository.hpp"
#include "app/organisation/organisation_repository.hpp"
#include "app/platform/repositories.hpp"
#include "domain/goals/indicators.hpp"
#include "domain/organisation/organisation.hpp"
#include "domain/platform/danish_format.hpp"

namespace lp::cli {
namespace {

using domain::Direction;
using domain::Frequency;

constexpr std::string_view kDemoLeader = "leder@demo.ledelsesportal.dk";
constexpr std::string_view kDemoHr = "hr@demo.ledelsesportal.dk";
constexpr std::string_view kDemoAuthor = "Demodata";

// The units an indicator is broken down by.
enum class Split {
  Region,     // not broken down
  Hospitals,  // the hospitals (the units under "Hospitalerne")
  Social,     // the social area's specialområder
  Areas,      // the region's areas (the units under the root)
  Sections,   // a local indicator's: the sections of the demo leader's department
};

// The unit that owns an indicator.
enum class Owner { Region, Hospitals, Social, Development, Hr, Leader };

enum class Special {
  None,
  LastRedUncommented,  // the first unit's value in the last period is red and has no comment
  LastMissing,         // the last ended period is not reported
};

// How a series moves over its periods: level + the unit's offset + trend · (share of the series gone)
// + step (from `step_back` periods before the end) + season · (how wintry the period is) + noise.
struct Movement {
  double level = 0;   // the start, for the region (a sum: the region's total)
  double spread = 0;  // units lie up to this far above or below the level (a sum: unused)
  double noise = 0;   // the standard deviation of the noise (a sum: of the total)
  double trend = 0;   // the change over the whole series
  double season = 0;  // added in January, subtracted in July
  double step = 0;    // a level shift …
  int step_back = 0;  // … this many periods before the end (0: none)
};

struct DemoIndicator {
  int picture = 0;  // the goal picture by position (0–2)
  int track = 0;    // the track by position within it
  std::string_view name;
  std::string_view definition;
  std::string_view measure_unit;
  Direction direction = Direction::HigherIsBetter;
  Frequency frequency = Frequency::Monthly;
  int decimals = 1;
  double target = 0;
  int target_year = 2028;
  double green = 0;
  double red = 0;
  double low = 0;  // the plausible range
  double high = 100;
  std::string_view data_source;
  Owner owner = Owner::Region;
  Split split = Split::Region;
  app::Rollup rollup = app::Rollup::Mean;
  bool region_value = false;  // broken down, and a value for the region as a whole too
  bool leaders_only = false;
  Movement movement;
  std::string_view cause;  // what a red value's comment says
  std::string_view action;
  Special special = Special::None;
};

// The region's indicators, by goal picture and track.
constexpr std::array kRegionIndicators = {
    // ---- Et sundhedsvæsen på patientens præmisser
    // Den bedste kvalitet – hver gang og på den rigtige måde
    DemoIndicator{.picture = 0,
                  .track = 0,
                  .name = "Andel patienter udredt inden for 30 dage",
                  .definition = "Andelen af henviste patienter, der er færdigudredt senest 30 dage efter, at "
                                "henvisningen er modtaget. Patienter, der selv har ønsket at vente, tælles ikke med.",
                  .measure_unit = "%",
                  .target = 90,
                  .target_year = 2027,
                  .green = 85,
                  .red = 72,
                  .data_source = "LPR via regionens datavarehus",
                  .owner = Owner::Hospitals,
                  .split = Split::Hospitals,
                  .movement = {.level = 78, .spread = 4, .noise = 1.8, .trend = 2, .step = 7, .step_back = 18},
                  .cause = "Flere henvisninger end forventet og to speciallæger i vakante stillinger",
                  .action = "Ekstra udredningsdage om lørdagen og fast visitation af henvisninger hver morgen"},
    DemoIndicator{.picture = 0,
                  .track = 0,
                  .name = "Uventede genindlæggelser inden for 30 dage",
                  .definition = "Andelen af udskrivelser, der følges af en akut indlæggelse af samme patient inden "
                                "for 30 dage, uanset årsag. Planlagte genindlæggelser tælles ikke med.",
                  .measure_unit = "%",
                  .direction = Direction::LowerIsBetter,
                  .target = 8,
                  .green = 9,
                  .red = 11,
                  .high = 40,
                  .data_source = "LPR via regionens datavarehus",
                  .owner = Owner::Hospitals,
                  .split = Split::Hospitals,
                  .movement = {.level = 9.6, .spread = 0.7, .noise = 0.35, .trend = -0.6, .season = 0.8},
                  .cause = "Vinterens luftvejsinfektioner ramte mange skrøbelige ældre kort efter udskrivelsen",
                  .action = "Opfølgende opkald dagen efter udskrivelsen og tættere samarbejde med "
                            "kommunernes akutteams"},
    DemoIndicator{.picture = 0,
                  .track = 0,
                  .name = "Overholdelse af kræftpakker",
                  .definition = "Andelen af pakkeforløb for kræft, hvor udredning og start på behandling sker inden "
                                "for de fastsatte forløbstider.",
                  .measure_unit = "% af forløbene",
                  .target = 85,
                  .green = 80,
                  .red = 70,
                  .data_source = "Sundhedsdatastyrelsens monitorering af kræftområdet",
                  .owner = Owner::Hospitals,
                  .split = Split::Hospitals,
                  .region_value = true,
                  .movement = {.level = 78, .spread = 3, .noise = 1.5, .trend = 4, .step = -15, .step_back = 2},
                  .cause = "Kapaciteten til billeddiagnostik slog ikke til i ferieperioden",
                  .action = "Scanninger flyttet til aften og weekend og samarbejde med et andet hospital om "
                            "ventende patienter"},
    // Sammenhæng og lighed i sundhed
    DemoIndicator{.picture = 0,
                  .track = 1,
                  .name = "Patienttilfredshed",
                  .definition = "Andelen af patienter, der svarer \"i meget høj grad\" til, at de samlet set er "
                                "tilfredse med deres forløb.",
                  .measure_unit = "% meget tilfredse",
                  .frequency = Frequency::Quarterly,
                  .target = 70,
                  .green = 65,
                  .red = 55,
                  .data_source = "LUP – Landsdækkende Undersøgelse af Patientoplevelser",
                  .owner = Owner::Hospitals,
                  .split = Split::Hospitals,
                  .movement = {.level = 63, .spread = 3, .noise = 1.5, .trend = 2},
                  .cause = "Patienterne savner information om ventetid og om, hvem der har ansvaret for dem",
                  .action = "Fast kontaktperson til alle indlagte og en ny pjece om forløbet"},
    DemoIndicator{.picture = 0,
                  .track = 1,
                  .name = "Forebyggelige indlæggelser pr. 1.000 ældre",
                  .definition = "Indlæggelser af borgere over 65 år med diagnoser, hvor en tidlig indsats i "
                                "kommunen eller almen praksis ofte kan forebygge indlæggelsen (fx dehydrering, "
                                "lungebetændelse og urinvejsinfektion), pr. 1.000 borgere over 65 år.",
                  .measure_unit = "indlæggelser pr. 1.000 ældre",
                  .direction = Direction::LowerIsBetter,
                  .frequency = Frequency::Quarterly,
                  .target = 10,
                  .green = 11,
                  .red = 13.5,
                  .high = 50,
                  .data_source = "LPR og CPR via regionens datavarehus",
                  .movement = {.level = 12, .noise = 0.35, .trend = -1, .season = 1.1},
                  .cause = "Influenzasæsonen kom tidligt og ramte mange ældre på plejecentrene",
                  .action = "Fælles indsats med kommunerne om vaccination og tidlig opsporing på plejecentrene"},
    DemoIndicator{.picture = 0,
                  .track = 1,
                  .name = "Rettidig epikrise til egen læge",
                  .definition = "Andelen af udskrivelser, hvor epikrisen er sendt til patientens egen læge senest "
                                "dagen efter udskrivelsen.",
                  .measure_unit = "%",
                  .target = 95,
                  .green = 92,
                  .red = 85,
                  .data_source = "MidtEPJ via regionens datavarehus",
                  .owner = Owner::Hospitals,
                  .movement = {.level = 88, .noise = 0.8, .trend = 5},
                  .cause = "Lægesekretærerne har været ramt af sygdom, så epikriserne hobede sig op",
                  .action = "Skabeloner til epikrisen i MidtEPJ og hjælp fra et andet afsnit i spidsbelastninger"},
    // Et mere effektivt sundhedsvæsen
    DemoIndicator{.picture = 0,
                  .track = 2,
                  .name = "Ventetid til planlagt operation",
                  .definition = "Mediantiden i dage fra beslutning om operation til operationsdagen for planlagte "
                                "operationer.",
                  .measure_unit = "dage",
                  .direction = Direction::LowerIsBetter,
                  .decimals = 0,
                  .target = 30,
                  .green = 35,
                  .red = 50,
                  .high = 365,
                  .data_source = "LPR via regionens datavarehus",
                  .owner = Owner::Hospitals,
                  .split = Split::Hospitals,
                  .movement = {.level = 40, .spread = 5, .noise = 2.5, .trend = -3, .season = -1.5},
                  .cause = "Aflyste operationer på grund af mangel på anæstesipersonale",
                  .action = "Fælles vagtplan for anæstesien på tværs af matriklerne og rekruttering af to "
                            "anæstesisygeplejersker",
                  .special = Special::LastRedUncommented},
    DemoIndicator{.picture = 0,
                  .track = 2,
                  .name = "Sygefravær",
                  .definition = "Fraværsdage på grund af egen sygdom i procent af de mulige arbejdsdage, for alle "
                                "ansatte i enheden.",
                  .measure_unit = "%",
                  .direction = Direction::LowerIsBetter,
                  .target = 5,
                  .target_year = 2027,
                  .green = 5.5,
                  .red = 6.5,
                  .high = 30,
                  .data_source = "SD Løn",
                  .owner = Owner::Hr,
                  .split = Split::Areas,
                  .leaders_only = true,
                  .movement = {.level = 5.6, .spread = 0.5, .noise = 0.22, .trend = -0.2, .season = 0.45},
                  .cause = "Stigende sygefravær på to afsnit efter vinterens influenzabølge",
                  .action = "Ekstra vikardækning og opfølgning i afsnittenes MED-udvalg"},
    DemoIndicator{.picture = 0,
                  .track = 2,
                  .name = "Belægning på medicinske afsnit",
                  .definition = "Belagte senge ved midnat i procent af de normerede senge på de medicinske afsnit.",
                  .measure_unit = "%",
                  .direction = Direction::LowerIsBetter,
                  .target = 90,
                  .green = 95,
                  .red = 102,
                  .high = 150,
                  .data_source = "Sengedisponeringen i MidtEPJ",
                  .owner = Owner::Hospitals,
                  .split = Split::Hospitals,
                  .movement = {.level = 96, .spread = 2.5, .noise = 1.2, .trend = -2, .season = 3},
                  .cause = "Mange akutte medicinske patienter i vinterens travleste uger",
                  .action = "Overløbsafsnit åbnet og daglig koordinering af udskrivelser med kommunerne"},

    // ---- Et socialområde, som støtter borgeren til aktivt medborgerskab
    // Faglig indsats af høj kvalitet, målrettet den enkelte borger
    DemoIndicator{.picture = 1,
                  .track = 0,
                  .name = "Borgere med opfyldte mål i handleplanen",
                  .definition = "Andelen af borgerne, der ved den halvårlige opfølgning helt eller delvist har nået "
                                "de mål, de selv har sat i handleplanen.",
                  .measure_unit = "%",
                  .frequency = Frequency::Quarterly,
                  .target = 80,
                  .green = 75,
                  .red = 62,
                  .data_source = "Egen opgørelse i Bosted",
                  .owner = Owner::Social,
                  .split = Split::Social,
                  .movement = {.level = 67, .spread = 3, .noise = 1.2, .trend = 1.5, .step = 8, .step_back = 6},
                  .cause = "Målene i handleplanerne var for brede til, at borgerne kunne se fremskridt",
                  .action = "Nyt fælles koncept for handleplaner med små, konkrete delmål, som borgeren formulerer"},
    DemoIndicator{.picture = 1,
                  .track = 0,
                  .name = "Magtanvendelser pr. 100 borgere",
                  .definition = "Indberettede magtanvendelser pr. 100 borgere på tilbuddene i perioden.",
                  .measure_unit = "pr. 100 borgere",
                  .direction = Direction::LowerIsBetter,
                  .target = 2,
                  .green = 2.5,
                  .red = 4,
                  .high = 50,
                  .data_source = "Indberetninger om magtanvendelse",
                  .owner = Owner::Social,
                  .split = Split::Social,
                  .movement = {.level = 3.3, .spread = 0.6, .noise = 0.3, .trend = -1},
                  .cause = "To nye borgere med svær udadreagerende adfærd på samme tilbud",
                  .action = "Supervision fra Specialrådgivningen og en skærmet bolig til den ene borger"},
    // Sammenhæng og tilfredshed
    DemoIndicator{.picture = 1,
                  .track = 1,
                  .name = "Pårørendetilfredshed",
                  .definition = "Andelen af pårørende, der er tilfredse eller meget tilfredse med samarbejdet med "
                                "tilbuddet.",
                  .measure_unit = "% tilfredse",
                  .frequency = Frequency::Yearly,
                  .target = 85,
                  .green = 80,
                  .red = 70,
                  .data_source = "Regionens pårørendeundersøgelse",
                  .owner = Owner::Social,
                  .movement = {.level = 78, .noise = 1, .trend = 4},
                  .cause = "Pårørende oplever, at de får besked for sent om ændringer",
                  .action = "Fast pårørendekontakt på hvert tilbud og pårørendemøder to gange om året"},
    DemoIndicator{.picture = 1,
                  .track = 1,
                  .name = "Borgertilfredshed",
                  .definition = "Andelen af borgerne, der svarer, at de er tilfredse eller meget tilfredse med "
                                "deres tilbud.",
                  .measure_unit = "% tilfredse",
                  .frequency = Frequency::Yearly,
                  .target = 90,
                  .green = 85,
                  .red = 75,
                  .data_source = "Brugerundersøgelse på socialområdet",
                  .owner = Owner::Social,
                  .movement = {.level = 84, .noise = 1, .trend = 2},
                  .cause = "Borgerne savner flere aktiviteter uden for tilbuddet",
                  .action = "Aftaler med lokale foreninger og frivillige om faste aktiviteter"},
    DemoIndicator{.picture = 1,
                  .track = 1,
                  .name = "Udskrivning med aftalt opfølgning i kommunen",
                  .definition = "Andelen af borgere, der flytter fra et regionalt tilbud, hvor opfølgningen i "
                                "kommunen er aftalt, før de flytter.",
                  .measure_unit = "%",
                  .frequency = Frequency::Quarterly,
                  .target = 95,
                  .green = 90,
                  .red = 80,
                  .data_source = "Egen opgørelse",
                  .owner = Owner::Social,
                  .movement = {.level = 86, .noise = 1.5, .trend = 6},
                  .cause = "Flere flytninger med kort varsel, hvor kommunen ikke nåede at holde møde",
                  .action = "Fast samarbejdsaftale med kommunerne om udslusningsmøder"},
    // Et effektivt socialområde
    DemoIndicator{.picture = 1,
                  .track = 2,
                  .name = "Personaleomsætning",
                  .definition = "Fratrædelser de seneste 12 måneder i procent af det gennemsnitlige antal "
                                "månedslønnede ansatte. Interne jobskift og udløb af tidsbegrænsede ansættelser "
                                "tælles ikke med.",
                  .measure_unit = "%",
                  .direction = Direction::LowerIsBetter,
                  .target = 12,
                  .green = 14,
                  .red = 18,
                  .high = 60,
                  .data_source = "SD Løn",
                  .owner = Owner::Hr,
                  .split = Split::Social,
                  .leaders_only = true,
                  .movement = {.level = 15, .spread = 1.8, .noise = 0.45, .trend = -1, .step = 3.5, .step_back = 4},
                  .cause = "Flere erfarne medarbejdere er gået på pension, og nyansatte stopper i prøvetiden",
                  .action = "Introduktionsforløb med mentor for alle nyansatte og fastholdelsessamtaler"},
    DemoIndicator{.picture = 1,
                  .track = 2,
                  .name = "Belægning på de sociale tilbud",
                  .definition = "Belagte pladser i procent af de godkendte pladser på tilbuddene.",
                  .measure_unit = "%",
                  .target = 95,
                  .green = 93,
                  .red = 88,
                  .high = 110,
                  .data_source = "Egen opgørelse",
                  .owner = Owner::Social,
                  .movement = {.level = 93, .noise = 0.6, .trend = 0.5},
                  .cause = "Færre henvendelser fra kommunerne efter ændret visitation",
                  .action = "Besøg hos de visiterende kommuner og nyt tilbudskatalog"},

    // ---- En attraktiv og bæredygtig vækstregion, for alle
    // Det gode liv i hele regionen
    DemoIndicator{.picture = 2,
                  .track = 0,
                  .name = "Kollektiv trafik – passagerer",
                  .definition = "Påstigninger i regionens busser og på letbanen i perioden.",
                  .measure_unit = "mio. påstigninger",
                  .frequency = Frequency::Quarterly,
                  .decimals = 2,
                  .target = 14,
                  .green = 13.5,
                  .red = 12,
                  .high = 40,
                  .data_source = "Midttrafik",
                  .owner = Owner::Development,
                  .rollup = app::Rollup::Sum,
                  .movement = {.level = 12.8, .noise = 0.15, .trend = 1, .season = 0.5, .step = -1.6, .step_back = 2},
                  .cause = "Færre rejser i sommerferien og vejarbejde på de største ruter",
                  .action = "Kampagne for pendlerkort og omlagte ruter under vejarbejdet"},
    DemoIndicator{.picture = 2,
                  .track = 0,
                  .name = "Rettidighed i regionale busruter",
                  .definition = "Andelen af afgange på de regionale ruter, der kører højst tre minutter efter "
                                "køreplanen.",
                  .measure_unit = "%",
                  .target = 95,
                  .green = 93,
                  .red = 88,
                  .data_source = "Midttrafik",
                  .owner = Owner::Development,
                  .movement = {.level = 92.5, .noise = 0.9, .trend = 0.5, .season = -1.2},
                  .cause = "Glatte veje og sne i flere uger",
                  .action = "Tilpasset vinterkøreplan og bedre information til passagererne"},
    // Fremtidssikrede uddannelser og kompetenceløft for alle
    DemoIndicator{.picture = 2,
                  .track = 1,
                  .name = "Andel unge i uddannelse",
                  .definition = "Andelen af de 25-årige i regionen, der har gennemført eller er i gang med en "
                                "ungdomsuddannelse.",
                  .measure_unit = "% af de 25-årige",
                  .frequency = Frequency::Yearly,
                  .target = 90,
                  .target_year = 2030,
                  .green = 88,
                  .red = 84,
                  .data_source = "Danmarks Statistik",
                  .owner = Owner::Development,
                  .movement = {.level = 85.5, .noise = 0.3, .trend = 2},
                  .cause = "Frafald på erhvervsuddannelserne i yderområderne",
                  .action = "Mentorordning og bedre transport til skolerne i samarbejde med kommunerne"},
    DemoIndicator{.picture = 2,
                  .track = 1,
                  .name = "Elever og lærlinge i regionen",
                  .definition = "Elever og lærlinge i uddannelsesaftaler med regionen ved periodens udgang (fx "
                                "social- og sundhedsassistenter, ernæringsassistenter og IT-supportere).",
                  .measure_unit = "antal",
                  .frequency = Frequency::Quarterly,
                  .decimals = 0,
                  .target = 1300,
                  .green = 1250,
                  .red = 1100,
                  .high = 5000,
                  .data_source = "SD Løn",
                  .owner = Owner::Hr,
                  .split = Split::Areas,
                  .rollup = app::Rollup::Sum,
                  .movement = {.level = 1150, .noise = 25, .trend = 120, .season = -20},
                  .cause = "Færre ansøgere til social- og sundhedsuddannelserne",
                  .action = "Rekrutteringskampagne på gymnasierne og flere praktikpladser i psykiatrien"},
    // Klima, miljø og ressourcer
    DemoIndicator{.picture = 2,
                  .track = 2,
                  .name = "CO2-udledning fra regionens drift",
                  .definition = "Udledningen af drivhusgasser fra regionens bygninger, transport og affald i ton "
                                "CO2-ækvivalenter.",
                  .measure_unit = "ton CO2e",
                  .direction = Direction::LowerIsBetter,
                  .frequency = Frequency::Quarterly,
                  .decimals = 0,
                  .target = 15000,
                  .target_year = 2030,
                  .green = 17000,
                  .red = 20000,
                  .high = 60000,
                  .data_source = "Regionens klimaregnskab",
                  .owner = Owner::Development,
                  .split = Split::Areas,
                  .rollup = app::Rollup::Sum,
                  .movement = {.level = 20500, .noise = 250, .trend = -3500, .season = 1800},
                  .cause = "Kold vinter med højt forbrug af fjernvarme på hospitalerne",
                  .action = "Energirenovering af to sengebygninger fremrykket og natsænkning af ventilationen"},
    DemoIndicator{.picture = 2,
                  .track = 2,
                  .name = "Genanvendelsesgrad",
                  .definition = "Den del af regionens affald, der sorteres til genanvendelse, i procent af den "
                                "samlede mængde affald.",
                  .measure_unit = "%",
                  .frequency = Frequency::Quarterly,
                  .target = 60,
                  .target_year = 2030,
                  .green = 55,
                  .red = 42,
                  .data_source = "Regionens affaldsopgørelse",
                  .owner = Owner::Development,
                  .split = Split::Areas,
                  .region_value = true,
                  .movement = {.level = 44, .spread = 4, .noise = 1, .trend = 12},
                  .cause = "Sorteringen af plast fungerer endnu ikke på sengeafsnittene",
                  .action = "Nye affaldsstationer og miljøambassadører på hvert afsnit"},
    DemoIndicator{.picture = 2,
                  .track = 2,
                  .name = "Energiforbrug i regionens bygninger",
                  .definition = "Forbruget af el og varme i regionens bygninger i kWh pr. kvadratmeter "
                                "opvarmet areal.",
                  .measure_unit = "kWh pr. m²",
                  .direction = Direction::LowerIsBetter,
                  .target = 18,
                  .green = 21,
                  .red = 26,
                  .high = 80,
                  .data_source = "Regionens energistyringssystem",
                  .owner = Owner::Development,
                  .movement = {.level = 21.5, .noise = 0.4, .trend = -2.5, .season = 4},
                  .cause = "Koldere måned end normalt og en varmepumpe ude af drift",
                  .action = "Varmepumpen repareret og varmeanlæggenes indstillinger gennemgået"},
    // Et bæredygtigt og effektivt sundhedsvæsen tæt på borgeren
    DemoIndicator{.picture = 2,
                  .track = 3,
                  .name = "Virtuelle konsultationer",
                  .definition = "Ambulante besøg gennemført som video- eller telefonkonsultation i procent af alle "
                                "ambulante besøg.",
                  .measure_unit = "% af ambulante besøg",
                  .target = 20,
                  .green = 16,
                  .red = 8,
                  .data_source = "LPR via regionens datavarehus",
                  .owner = Owner::Hospitals,
                  .split = Split::Hospitals,
                  .movement = {.level = 11, .spread = 2.5, .noise = 0.6, .trend = 10, .season = -0.5},
                  .cause = "Videoløsningen har været ustabil, og flere patienter foretrækker at møde op",
                  .action = "Ny videoplatform og en fast introduktion for patienter til videokonsultation"},
    DemoIndicator{.picture = 2,
                  .track = 3,
                  .name = "Patienter i hjemmebehandling",
                  .definition = "Patienter, der i perioden har fået hospitalsbehandling i eget hjem (fx "
                                "hjemmedialyse, antibiotika i hjemmet og udgående teams).",
                  .measure_unit = "antal patienter",
                  .decimals = 0,
                  .target = 900,
                  .green = 850,
                  .red = 700,
                  .high = 5000,
                  .data_source = "LPR via regionens datavarehus",
                  .owner = Owner::Hospitals,
                  .split = Split::Hospitals,
                  .rollup = app::Rollup::Sum,
                  .movement = {.level = 560, .noise = 15, .trend = 330, .season = 30},
                  .cause = "Udgående teams har haft ubesatte stillinger",
                  .action = "Teams på tværs af hospitalerne og aftale med kommunal hjemmesygepleje"},
};

// The demo leader's department's own indicators.
constexpr std::array kLocalIndicators = {
    DemoIndicator{.picture = 0,
                  .track = 2,
                  .name = "Operationer startet til tiden",
                  .definition = "Andelen af dagens første operationer, hvor kniven er i huden senest kl. 8.15.",
                  .measure_unit = "%",
                  .target = 85,
                  .target_year = 2027,
                  .green = 80,
                  .red = 70,
                  .data_source = "Egen opgørelse fra operationsplanlægningen",
                  .owner = Owner::Leader,
                  .movement = {.level = 72, .noise = 2.5, .trend = 3, .step = 6, .step_back = 12},
                  .cause = "Patienterne blev ikke gjort klar i tide på sengeafsnittet",
                  .action = "Ny tjekliste for morgenens første patient og fast mødetid for portørerne"},
    DemoIndicator{.picture = 0,
                  .track = 0,
                  .name = "Liggetid efter hofteoperation",
                  .definition = "Gennemsnitligt antal dage fra operation til udskrivelse efter en planlagt ny "
                                "hofte.",
                  .measure_unit = "dage",
                  .direction = Direction::LowerIsBetter,
                  .target = 2,
                  .target_year = 2027,
                  .green = 2.5,
                  .red = 3.5,
                  .high = 30,
                  .data_source = "LPR via regionens datavarehus",
                  .owner = Owner::Leader,
                  .movement = {.level = 3.1, .noise = 0.15, .trend = -0.6},
                  .cause = "Flere ældre patienter med andre sygdomme, som skulle vente på plads i kommunen",
                  .action = "Udskrivningskoordinator tager kontakt til kommunen allerede før operationen",
                  .special = Special::LastMissing},
    DemoIndicator{.picture = 0,
                  .track = 2,
                  .name = "Sygefravær i afdelingen",
                  .definition = "Fraværsdage på grund af egen sygdom i procent af de mulige arbejdsdage, pr. afsnit.",
                  .measure_unit = "%",
                  .direction = Direction::LowerIsBetter,
                  .target = 5,
                  .target_year = 2027,
                  .green = 5.5,
                  .red = 7,
                  .high = 40,
                  .data_source = "SD Løn",
                  .owner = Owner::Leader,
                  .split = Split::Sections,
                  .leaders_only = true,
                  .movement = {.level = 5.8, .spread = 0.8, .noise = 0.5, .trend = -0.3, .season = 0.7},
                  .cause = "Langtidssygemeldinger på afsnittet, hvoraf en ikke er arbejdsrelateret",
                  .action = "Sygefraværssamtaler, delvis raskmelding og ekstra vikardækning"},
};

// A comment for every other red value, so the same words do not fill the page.
constexpr std::string_view kPassingCause = "Et udsving i en enkelt periode; tallene er gennemgået med ledelsen";
constexpr std::string_view kPassingAction = "Vi følger op ved næste måling og handler, hvis niveauet holder";

// The standard normal, from the generator's raw output (Box–Muller), the same on every platform.
double Normal(std::mt19937& random) {
  constexpr double kScale = 1.0 / 4294967296.0;  // 2^-32
  const double u1 = (static_cast<double>(random()) + 1.0) * kScale;
  const double u2 = static_cast<double>(random()) * kScale;
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

std::uint32_t Seed(std::string_view text) {
  std::uint32_t hash = 2166136261U;  // FNV-1a
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619U;
  }
  return hash;
}

// The `count` periods of the frequency up to and including `last`, oldest first.
std::vector<domain::Period> PeriodsUpTo(domain::Period last, int count) {
  domain::Period first = last;
  const int per_year = last.frequency == Frequency::Monthly ? 12 : last.frequency == Frequency::Quarterly ? 4 : 1;
  if (per_year == 1) {
    first.year -= count - 1;
  } else {
    const int index = last.year * per_year + (last.index - 1) - (count - 1);
    first.year = index / per_year;
    first.index = index % per_year + 1;
  }
  std::vector<domain::Period> periods;
  periods.reserve(static_cast<std::size_t>(count));
  for (auto period = first; static_cast<int>(periods.size()) < count; period = domain::NextPeriod(period)) {
    periods.push_back(period);
  }
  return periods;
}

// How wintry the period is: 1 for January, -1 for July, the middle month for a quarter, 0 for a year.
double Winter(const domain::Period& period) {
  const int month = period.frequency == Frequency::Monthly     ? period.index
                    : period.frequency == Frequency::Quarterly ? period.index * 3 - 1
                                                               : 0;
  if (month == 0) return 0;
  return std::cos(2.0 * std::numbers::pi * (month - 1) / 12.0);
}

double Rounded(double value, const DemoIndicator& demo) {
  const double scale = std::pow(10.0, demo.decimals);
  return std::round(std::clamp(value, demo.low, demo.high) * scale) / scale;
}

// A value just on the red side of the red threshold.
double JustRed(const DemoIndicator& demo) {
  const double margin = std::abs(demo.green - demo.red) * 0.3;
  return Rounded(demo.direction == Direction::HigherIsBetter ? demo.red - margin : demo.red + margin, demo);
}

struct Places {
  const domain::Unit* root = nullptr;
  const domain::Unit* hospitals = nullptr;
  const domain::Unit* social = nullptr;
  const domain::Unit* development = nullptr;
  const domain::Unit* hr = nullptr;
  const domain::Unit* leader_unit = nullptr;  // the demo leader's department (none: no local indicators)
};

std::vector<domain::UnitId> ActiveChildren(const domain::Organisation& organisation, const domain::Unit* unit) {
  std::vector<domain::UnitId> ids;
  if (unit == nullptr) return ids;
  for (const auto* child : organisation.Children(unit->id)) {
    if (child->active) ids.push_back(child->id);
  }
  std::ranges::sort(ids);
  return ids;
}

struct Writer {
  app::IndicatorRepository& repository;
  domain::Timestamp now;
  int years = 5;  // of history
  std::size_t measurements = 0;
  std::size_t comments = 0;

  domain::Timestamp RecordedAt(const domain::Period& period) const {
    const auto end = domain::CopenhagenMidnight(domain::PeriodEnd(period)).value_or(now);
    return std::min(now, end + std::chrono::days{8} + std::chrono::hours{9});
  }

  // Writes the indicator and its series; `units` are those it is broken down by.
  void Write(const DemoIndicator& demo, app::TrackId track, const std::vector<domain::UnitId>& units,
             const Places& places, std::optional<domain::UnitId> local, const app::GoalAuthor& owner) {
    app::IndicatorFields fields;
    fields.track = track;
    fields.local_unit = local;
    fields.name = std::string(demo.name);
    fields.definition = std::string(demo.definition);
    fields.measure_unit = std::string(demo.measure_unit);
    fields.direction = demo.direction;
    fields.frequency = demo.frequency;
    fields.decimals = demo.decimals;
    fields.target = demo.target;
    fields.target_date = std::chrono::year{demo.target_year} / std::chrono::December / 31;
    fields.thresholds = {demo.green, demo.red};
    fields.plausible_min = demo.low;
    fields.plausible_max = demo.high;
    fields.owner_unit = OwnerUnit(demo.owner, places);
    fields.owner_user = owner.user;
    fields.data_source = std::string(demo.data_source);
    fields.breakdown = units.empty() ? app::Breakdown::Region : app::Breakdown::Units;
    fields.rollup = demo.rollup;
    fields.units = units;
    fields.leaders_only = demo.leaders_only;

    const int per_year = demo.frequency == Frequency::Monthly ? 12 : demo.frequency == Frequency::Quarterly ? 4 : 1;
    const auto last = domain::LastEndedPeriod(demo.frequency, domain::ToCopenhagenTime(now).date);
    const auto periods = PeriodsUpTo(last, per_year * years);
    const auto created = domain::CopenhagenMidnight(domain::PeriodStart(periods.front())).value_or(now);
    const auto id = repository.CreateIndicator(fields, std::string(kDemoAuthor), created);

    std::mt19937 random(Seed(demo.name));
    // Each unit's place in the spread (a shuffled ladder from -1 to 1) and, for a sum, its share.
    const std::size_t n = units.size();
    std::vector<double> offsets(n, 0.0);
    std::vector<double> shares(n, 0.0);
    double share_total = 0;
    for (std::size_t i = 0; i < n; ++i) {
      offsets[i] = n == 1 ? 0.0 : 2.0 * static_cast<double>(i) / static_cast<double>(n - 1) - 1.0;
      shares[i] = 1.0 + static_cast<double>(random() % 300U) / 100.0;  // 1–4
      share_total += shares[i];
    }
    for (std::size_t i = n; i > 1; --i) std::swap(offsets[i - 1], offsets[random() % i]);
    for (auto& share : shares) share /= share_total;

    const bool sum = demo.rollup == app::Rollup::Sum;
    const auto& move = demo.movement;
    const int count = static_cast<int>(periods.size());
    int reds = 0;
    for (int t = 0; t < count; ++t) {
      const auto& period = periods[static_cast<std::size_t>(t)];
      const bool is_last = t == count - 1;
      if (is_last && demo.special == Special::LastMissing) break;
      const double gone = count == 1 ? 1.0 : static_cast<double>(t) / (count - 1);
      const double base = move.level + move.trend * gone +
                          (move.step_back > 0 && t >= count - move.step_back ? move.step : 0.0) +
                          move.season * Winter(period);
      const auto at = RecordedAt(period);
      const auto keep = [&](std::optional<domain::UnitId> unit, double value, bool colours) {
        repository.UpsertMeasurement(id, {period, unit, value}, app::MeasurementSource::Demo,
                                     {std::nullopt, std::string(kDemoAuthor)}, at);
        ++measurements;
        if (!colours || domain::ColourOf(value, fields.thresholds, demo.direction) != domain::StatusColour::Red) return;
        if (is_last && demo.special == Special::LastRedUncommented && unit && !units.empty() &&
            *unit == units.front()) {
          return;  // left for the owner: "Mangler kommentar"
        }
        app::IndicatorComment comment;
        comment.period = period;
        comment.unit = unit;
        const bool passing = reds++ % 3 == 2;
        comment.cause = std::string(passing ? kPassingCause : demo.cause);
        comment.action = std::string(passing ? kPassingAction : demo.action);
        comment.author = owner.user ? owner : app::GoalAuthor{std::nullopt, std::string(kDemoAuthor)};
        comment.created_at = std::min(now, at + std::chrono::hours{26});
        repository.AddComment(id, comment);
        ++comments;
      };
      if (units.empty()) {
        keep(std::nullopt, Rounded(base + move.noise * Normal(random), demo), true);
        continue;
      }
      double whole = 0;
      for (std::size_t i = 0; i < n; ++i) {
        double value = 0;
        if (sum) {
          value = Rounded((base + move.noise * Normal(random)) * shares[i], demo);
          whole += value;
        } else {
          value = Rounded(base + move.spread * offsets[i] + move.noise * Normal(random), demo);
          whole += value / static_cast<double>(n);
        }
        if (is_last && demo.special == Special::LastRedUncommented && i == 0) value = JustRed(demo);
        keep(units[i], value, !sum);
      }
      if (demo.region_value) keep(std::nullopt, Rounded(whole + move.noise * 0.3 * Normal(random), demo), true);
    }
  }

  static domain::UnitId OwnerUnit(Owner owner, const Places& places) {
    const domain::Unit* unit = nullptr;
    switch (owner) {
      case Owner::Region: unit = places.root; break;
      case Owner::Hospitals: unit = places.hospitals; break;
      case Owner::Social: unit = places.social; break;
      case Owner::Development: unit = places.development; break;
      case Owner::Hr: unit = places.hr; break;
      case Owner::Leader: unit = places.leader_unit; break;
    }
    return (unit != nullptr ? unit : places.root)->id;
  }
};

}  // namespace

std::size_t LoadDemoGoals(app::Store& store, DemoSize size, domain::Timestamp now) {
  app::GoalPictureService::LoadDefaultContent(store, now);
  return store.Write([&](app::Transaction& tx) -> std::size_t {
    auto& indicators = tx.Get<app::IndicatorRepository>();
    if (!indicators.ListIndicators().empty()) return 0;
    const auto versions = tx.Get<app::GoalPictureRepository>().CurrentVersions();
    if (versions.empty()) return 0;
    auto records = tx.Get<app::OrganisationRepository>().LoadAll();
    auto built = domain::Organisation::Build(std::move(records.units), std::move(records.people),
                                             std::move(records.leaderships));
    auto* organisation = std::get_if<domain::Organisation>(&built);
    if (organisation == nullptr || organisation->Root() == nullptr) return 0;

    Places places;
    places.root = organisation->Root();
    if (places.root->external_id != "RM") return 0;  // not the demo region
    places.hospitals = organisation->FindUnitByExternalId("HOSP");
    places.social = organisation->FindUnitByExternalId("SOC");
    places.development = organisation->FindUnitByExternalId("RU");
    places.hr = organisation->FindUnitByExternalId("ADM-HR");

    auto& users = tx.Get<app::UserRepository>();
    const auto author_of = [&](std::string_view email) -> app::GoalAuthor {
      const auto found = users.FindByEmail(std::string(email));
      if (!found) return {std::nullopt, std::string(kDemoAuthor)};
      return {found->user.id, found->user.name};
    };
    const auto hr = author_of(kDemoHr);
    const auto leader = author_of(kDemoLeader);
    for (const auto& person : organisation->People()) {
      if (person.email != kDemoLeader) continue;
      const auto led = organisation->UnitsLedBy(person.id);
      if (!led.empty()) places.leader_unit = organisation->FindUnit(led.front().unit);
      break;
    }

    const auto track_of = [&](const DemoIndicator& demo) -> std::optional<app::TrackId> {
      const auto picture = static_cast<std::size_t>(demo.picture);
      const auto track = static_cast<std::size_t>(demo.track);
      if (picture >= versions.size() || track >= versions[picture].tracks.size()) return std::nullopt;
      return versions[picture].tracks[track].track;
    };
    const auto units_of = [&](Split split) {
      switch (split) {
        case Split::Region: return std::vector<domain::UnitId>{};
        case Split::Hospitals: return ActiveChildren(*organisation, places.hospitals);
        case Split::Social: return ActiveChildren(*organisation, places.social);
        case Split::Areas: return ActiveChildren(*organisation, places.root);
        case Split::Sections: return ActiveChildren(*organisation, places.leader_unit);
      }
      return std::vector<domain::UnitId>{};
    };

    Writer writer{indicators, now, size == DemoSize::Small ? 2 : 5};
    std::size_t created = 0;
    for (const auto& demo : kRegionIndicators) {
      const auto track = track_of(demo);
      if (!track) continue;
      const auto units = units_of(demo.split);
      if (demo.split != Split::Region && units.empty()) continue;
      writer.Write(demo, *track, units, places, std::nullopt, demo.owner == Owner::Hr ? hr : app::GoalAuthor{});
      ++created;
    }
    if (places.leader_unit != nullptr) {
      for (const auto& demo : kLocalIndicators) {
        const auto track = track_of(demo);
        if (!track) continue;
        const auto units = units_of(demo.split);
        if (demo.split != Split::Region && units.empty()) continue;
        writer.Write(demo, *track, units, places, places.leader_unit->id, leader);
        ++created;
      }
    }
    tx.Get<app::AuditRepository>().Append(
        {now, std::nullopt, "goals.demo_loaded", "indicators", "",
         fmt::format("{} indikatorer, {} målinger, {} kommentarer", created, writer.measurements, writer.comments)});
    return created;
  });
}

}  // namespace lp::cli
