#include "web/platform/errors.hpp"

namespace lp::web {

int StatusFor(app::ErrorKind kind) {
  switch (kind) {
    case app::ErrorKind::NotFound: return 404;
    case app::ErrorKind::Invalid: return 422;
    case app::ErrorKind::Unauthenticated: return 401;
    case app::ErrorKind::Forbidden: return 403;
    case app::ErrorKind::Conflict: return 409;
    case app::ErrorKind::Throttled: return 429;
  }
  return 500;
}

ErrorText DanishErrorText(int status) {
  switch (status) {
    case 400:
      return {"Forespørgslen kunne ikke forstås",
              "Din browser sendte en forespørgsel, som portalen ikke kan læse. Gå tilbage, og prøv igen."};
    case 401: return {"Du skal logge ind", "Log ind for at se denne side."};
    case 403:
      return {"Du har ikke adgang til siden",
              "Din rolle giver ikke adgang til denne side. Kontakt din leder eller HR, hvis du mener, det er en fejl."};
    case 404:
      return {"Siden findes ikke",
              "Vi kan ikke finde den side, du leder efter. Den kan være flyttet eller slettet, eller adressen kan være "
              "skrevet forkert."};
    case 405: return {"Handlingen er ikke tilladt", "Siden kan ikke bruges på den måde, din browser forsøgte."};
    case 409:
      return {"Ændringen kunne ikke gemmes",
              "Nogen har ændret de samme oplysninger i mellemtiden. Indlæs siden igen, og gentag din ændring."};
    case 413:
      return {"Indholdet er for stort", "Det, du forsøgte at sende, er større end portalen tillader. Intet blev gemt."};
    case 415: return {"Formatet understøttes ikke", "Portalen kan ikke læse det format, der blev sendt."};
    case 422: return {"Oplysningerne er ikke gyldige", "Ret de markerede felter, og prøv igen."};
    case 429: return {"For mange forsøg", "Vent lidt, og prøv igen."};
    case 431:
      return {"Forespørgslen er for stor",
              "Din browser sendte for store oplysninger (ofte cookies). Ryd portalens cookies, og prøv igen."};
    case 503:
      return {"Portalen er midlertidigt utilgængelig",
              "Portalen kan ikke få kontakt til sin database lige nu. Intet blev gemt. Prøv igen om lidt."};
    default:
      return {"Der opstod en fejl",
              "Der opstod en uventet fejl. Intet blev gemt. Prøv igen, og kontakt support med fejl-id'et, hvis det "
              "gentager sig."};
  }
}

}  // namespace lp::web
