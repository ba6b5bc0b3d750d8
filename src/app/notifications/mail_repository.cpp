#include "app/notifications/mail_repository.hpp"

namespace lp::app {

std::string_view MailKindCode(MailKind kind) { return kMailKindTable.Code(kind); }
std::string_view MailKindLabel(MailKind kind) { return kMailKindTable.Label(kind); }
std::optional<MailKind> ParseMailKind(std::string_view code) { return kMailKindTable.Parse(code); }
std::string_view MailStatusCode(MailStatus status) { return kMailStatusTable.Code(status); }
std::string_view MailStatusLabel(MailStatus status) { return kMailStatusTable.Label(status); }
std::optional<MailStatus> ParseMailStatus(std::string_view code) { return kMailStatusTable.Parse(code); }

}  // namespace lp::app
