#include "app/translation/translation_notices.hpp"

#include <string>
#include <unordered_set>
#include <vector>

#include "app/notifications/notifier.hpp"
#include "app/translation/translation_repository.hpp"
#include "domain/platform/email.hpp"

namespace lp::app {

int NotifyTranslationPublished(Transaction& tx, const domain::Organisation& organisation, domain::UnitId unit,
                               int number, std::string_view publisher_email, domain::Timestamp now) {
  const auto* published = organisation.FindUnit(unit);
  if (published == nullptr) return 0;
  const auto subtree = organisation.Subtree(unit);
  std::vector<domain::UnitId> below;
  below.reserve(subtree.size());
  for (const auto& candidate : subtree) {
    if (candidate.id != unit) below.push_back(candidate.id);
  }
  // The units below with a translation of their own keep theirs, and so do the units under them.
  std::unordered_set<domain::UnitId> own;
  for (const auto& [id, latest] : tx.Get<TranslationRepository>().LatestNumbers(below)) own.insert(id);
  const auto inherits = [&](const domain::Unit& candidate) {
    if (candidate.id == unit) return true;
    if (own.contains(candidate.id)) return false;
    for (const auto* above : organisation.Ancestors(candidate.id)) {
      if (above->id == unit) return true;
      if (own.contains(above->id)) return false;
    }
    return false;
  };

  const auto publisher = domain::NormalizeEmail(publisher_email);
  const std::string topic = "oversaettelse:" + std::to_string(unit) + ":" + std::to_string(number);
  const std::string link = "/organisation/enheder/" + std::to_string(unit) + "/oversaettelse";
  int told = 0;
  for (const auto& candidate : subtree) {
    if (!candidate.active || !inherits(candidate)) continue;
    for (const auto& person : organisation.PeopleIn(candidate.id)) {
      if (!person.active || domain::NormalizeEmail(person.email) == publisher) continue;
      NewNotification notification;
      notification.recipient = person.email;
      notification.category = domain::NotificationCategory::News;
      notification.topic = topic;
      notification.subject = "Ny oversættelse af ledelsesgrundlaget i " + published->name;
      notification.body =
          candidate.id == unit
              ? published->name + " har udgivet version " + std::to_string(number) +
                    " af sin lokale oversættelse. Den beskriver, hvordan I arbejder med ledelsesgrundlaget."
              : published->name + " har udgivet version " + std::to_string(number) +
                    " af sin lokale oversættelse. Den gælder også i " + candidate.name + ", som ikke har sin egen.";
      notification.link = link;
      notification.created_at = now;
      if (Notify(tx, notification, Repeat::OncePerTopic)) ++told;
    }
  }
  return told;
}

}  // namespace lp::app
