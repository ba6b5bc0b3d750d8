#include "app/platform/authorization.hpp"

#include <algorithm>
#include <array>

namespace lp::app {
namespace {

using domain::Role;

constexpr std::array kEveryone = {Role::Medarbejder,    Role::Leder,     Role::Hr,
                                  Role::Koncernledelse, Role::Redaktoer, Role::Administrator};
constexpr std::array kAdministrators = {Role::Administrator};
constexpr std::array kHrAndAdministrators = {Role::Hr, Role::Administrator};
constexpr std::array kFollowUp = {Role::Leder, Role::Hr, Role::Koncernledelse, Role::Administrator};
constexpr std::array kTopManagement = {Role::Koncernledelse, Role::Administrator};
constexpr std::array kEditors = {Role::Redaktoer, Role::Administrator};

}  // namespace

bool NeedsWholeRegion(Permission permission) {
  // The regional foundation text and the dialogue library belong to the whole region, so an editor
  // scoped to a subtree does not edit them.
  return permission == Permission::ImportOrganisation || permission == Permission::EditFoundationContent;
}

std::span<const Role> RolesGranting(Permission permission) {
  switch (permission) {
    case Permission::UsePortal:
    case Permission::ManageOwnSessions:
    case Permission::ViewOrganisation: return kEveryone;
    case Permission::ViewDataCheck: return kHrAndAdministrators;
    case Permission::AdministerUsers:
    case Permission::ViewAuditLog: return kAdministrators;
    case Permission::ImportOrganisation: return kHrAndAdministrators;
    case Permission::ViewFollowUp: return kFollowUp;
    case Permission::ManageActivationRounds: return kTopManagement;
    case Permission::EditFoundationContent: return kEditors;
  }
  return {};
}

std::string_view PermissionName(Permission permission) {
  switch (permission) {
    case Permission::UsePortal: return "use-portal";
    case Permission::ManageOwnSessions: return "manage-own-sessions";
    case Permission::AdministerUsers: return "administer-users";
    case Permission::ViewAuditLog: return "view-audit-log";
    case Permission::ViewOrganisation: return "view-organisation";
    case Permission::ViewDataCheck: return "view-data-check";
    case Permission::ImportOrganisation: return "import-organisation";
    case Permission::ViewFollowUp: return "view-follow-up";
    case Permission::ManageActivationRounds: return "manage-activation-rounds";
    case Permission::EditFoundationContent: return "edit-foundation-content";
  }
  return "unknown";
}

Decision Authorize(const domain::User* user, const AccessRule& rule) {
  if (rule.audience == Audience::Anyone) return Decision::Allow;
  if (user == nullptr || !user->active) return Decision::NeedsLogin;
  const auto granting = RolesGranting(rule.permission);
  const bool whole_region = NeedsWholeRegion(rule.permission);
  const bool allowed = std::ranges::any_of(
      granting, [&](Role role) { return user->HasRole(role) && (!whole_region || user->ScopeOf(role).empty()); });
  return allowed ? Decision::Allow : Decision::Forbidden;
}

}  // namespace lp::app
