#include "domain/notifications/notifications.hpp"

namespace lp::domain {

std::string_view NotificationCategoryCode(NotificationCategory category) {
  return kNotificationCategoryTable.Code(category);
}
std::string_view NotificationCategoryLabel(NotificationCategory category) {
  return kNotificationCategoryTable.Label(category);
}
std::optional<NotificationCategory> ParseNotificationCategory(std::string_view code) {
  return kNotificationCategoryTable.Parse(code);
}

std::string_view NotificationCategoryDescription(NotificationCategory category) {
  switch (category) {
    case NotificationCategory::Deadlines:
      return "Når en plan skal laves, en frist nærmer sig, eller en aktivitet, du er ansvarlig for, skal holdes.";
    case NotificationCategory::Programmes:
      return "Tilmeldinger, pladser på ventelisten og kursusdage i de forløb, du deltager i.";
    case NotificationCategory::Meetings: return "Møder, dagsordener og referater i de fora, du er med i.";
    case NotificationCategory::Subscriptions: return "Nye svar og ændringer i det, du har valgt at følge.";
    case NotificationCategory::Chain:
      return "For ledere af ledere: hvad der mangler eller er overskredet i enhederne under dig.";
    case NotificationCategory::News:
      return "Når din enhed udgiver sin oversættelse, eller en ny aktiveringsrunde starter.";
  }
  return "";
}

std::string_view DeliveryFrequencyCode(DeliveryFrequency frequency) { return kDeliveryFrequencyTable.Code(frequency); }
std::string_view DeliveryFrequencyLabel(DeliveryFrequency frequency) {
  return kDeliveryFrequencyTable.Label(frequency);
}
std::optional<DeliveryFrequency> ParseDeliveryFrequency(std::string_view code) {
  return kDeliveryFrequencyTable.Parse(code);
}

DeliveryFrequency DefaultFrequency(NotificationCategory category) {
  switch (category) {
    case NotificationCategory::Deadlines:
    case NotificationCategory::Programmes:
    case NotificationCategory::Meetings: return DeliveryFrequency::Immediately;
    case NotificationCategory::Subscriptions: return DeliveryFrequency::Daily;
    case NotificationCategory::Chain: return DeliveryFrequency::Weekly;
    case NotificationCategory::News: return DeliveryFrequency::PortalOnly;
  }
  return DeliveryFrequency::PortalOnly;
}

}  // namespace lp::domain
