#include "app/notifications/mail_repository.hpp"

namespace lp::app {

std::string_view MailKindCode(MailKind kind) {
  switch (kind) {
    case MailKind::Message: return "besked";
    case MailKind::DailyDigest: return "daglig";
    case MailKind::WeeklyDigest: return "ugentlig";
    case MailKind::ChainDigest: return "kaede";
    case MailKind::Test: return "test";
  }
  return "besked";
}

std::string_view MailKindLabel(MailKind kind) {
  switch (kind) {
    case MailKind::Message: return "Besked";
    case MailKind::DailyDigest: return "Daglig sammenfatning";
    case MailKind::WeeklyDigest: return "Ugentlig sammenfatning";
    case MailKind::ChainDigest: return "Status for ledelseskæden";
    case MailKind::Test: return "Prøvemail";
  }
  return "Besked";
}

std::optional<MailKind> ParseMailKind(std::string_view code) {
  for (const auto kind :
       {MailKind::Message, MailKind::DailyDigest, MailKind::WeeklyDigest, MailKind::ChainDigest, MailKind::Test}) {
    if (MailKindCode(kind) == code) return kind;
  }
  return std::nullopt;
}

std::string_view MailStatusCode(MailStatus status) {
  switch (status) {
    case MailStatus::Queued: return "queued";
    case MailStatus::Sending: return "sending";
    case MailStatus::Sent: return "sent";
    case MailStatus::Failed: return "failed";
  }
  return "queued";
}

std::string_view MailStatusLabel(MailStatus status) {
  switch (status) {
    case MailStatus::Queued: return "I kø";
    case MailStatus::Sending: return "Sendes";
    case MailStatus::Sent: return "Sendt";
    case MailStatus::Failed: return "Fejlet";
  }
  return "I kø";
}

std::optional<MailStatus> ParseMailStatus(std::string_view code) {
  for (const auto status : {MailStatus::Queued, MailStatus::Sending, MailStatus::Sent, MailStatus::Failed}) {
    if (MailStatusCode(status) == code) return status;
  }
  return std::nullopt;
}

}  // namespace lp::app
