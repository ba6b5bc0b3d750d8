#include "storage/dialogue/dialogue_repository.hpp"

#include "storage/platform/rows.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// The library.

constexpr std::string_view kCountCards = "SELECT COUNT(*) FROM dialogue_cards";
constexpr std::string_view kSelectCards =
    "SELECT id, kind, title, body, topic, position, archived_at, revision, updated_at FROM dialogue_cards";
constexpr std::string_view kInLibraryOrder = "ORDER BY position, id";
constexpr std::string_view kCardById = "WHERE id = :id";
constexpr std::string_view kListCards = kJoined<kSelectCards, kInLibraryOrder>;
constexpr std::string_view kFindCard = kJoined<kSelectCards, kCardById>;

constexpr std::string_view kInsertCard =
    "INSERT INTO dialogue_cards (kind, title, body, topic, position, created_by_user_id, created_at, "
    "updated_by_user_id, updated_at) "
    "VALUES (:kind, :title, :body, :topic, (SELECT COALESCE(MAX(position), 0) + 1 FROM dialogue_cards), "
    ":author, :created_at, :editor, :updated_at) RETURNING id";
constexpr std::string_view kUpdateCard =
    "UPDATE dialogue_cards SET kind = :kind, title = :title, body = :body, topic = :topic, "
    "revision = revision + 1, updated_by_user_id = :editor, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision";
constexpr std::string_view kSetCardArchived =
    "UPDATE dialogue_cards SET archived_at = :archived_at, revision = revision + 1, "
    "updated_by_user_id = :editor, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision";

// Sessions, their cards and agreements.

constexpr std::string_view kInsertSession =
    "INSERT INTO dialogue_sessions (unit_id, title, planned_on, participants, created_by_user_id, "
    "created_at, updated_by_user_id, updated_at) "
    "VALUES (:unit_id, :title, :planned_on, :participants, :author, :created_at, :editor, :updated_at) "
    "RETURNING id";
constexpr std::string_view kInsertSessionCard =
    "INSERT INTO dialogue_session_cards (session_id, position, card_id, kind, title, body, "
    "topic) VALUES (:session_id, :position, :card_id, :kind, :title, :body, :topic)";
constexpr std::string_view kFindSession =
    "SELECT unit_id, title, planned_on, participants, held_on, notes, revision, created_by_user_id, "
    "created_at, updated_at FROM dialogue_sessions WHERE id = :id";
constexpr std::string_view kCardsOfSession =
    "SELECT card_id, kind, title, body, topic FROM dialogue_session_cards "
    "WHERE session_id = :id ORDER BY position";
constexpr std::string_view kAgreementsOfSession =
    "SELECT a.id, a.text, a.created_at, pa.id, p.round_id, pa.title, pa.status, "
    "pa.planned_on FROM dialogue_agreements a "
    "LEFT JOIN plan_activities pa ON pa.source_agreement_id = a.id "
    "LEFT JOIN activation_plans p ON p.id = pa.plan_id "
    "WHERE a.session_id = :id ORDER BY a.id";
constexpr std::string_view kSessionsOfUnit =
    "SELECT s.id, s.title, s.planned_on, s.held_on, "
    "(SELECT COUNT(*) FROM dialogue_session_cards c WHERE c.session_id = s.id), "
    "(SELECT COUNT(*) FROM dialogue_agreements a WHERE a.session_id = s.id), s.revision, s.updated_at "
    "FROM dialogue_sessions s WHERE s.unit_id = :unit_id ORDER BY s.planned_on DESC, s.id DESC";
constexpr std::string_view kUpdateSession =
    "UPDATE dialogue_sessions SET title = :title, planned_on = :planned_on, "
    "participants = :participants, held_on = :held_on, notes = :notes, "
    "revision = revision + 1, updated_by_user_id = :editor, updated_at = :updated_at "
    "WHERE id = :id AND revision = :revision";
constexpr std::string_view kInsertAgreement =
    "INSERT INTO dialogue_agreements (session_id, text, created_by_user_id, created_at) "
    "VALUES (:session_id, :text, :author, :created_at) RETURNING id";
constexpr std::string_view kSessionOfAgreement = "SELECT session_id FROM dialogue_agreements WHERE id = :id";
constexpr std::string_view kDeleteAgreement =
    "DELETE FROM dialogue_agreements WHERE id = :id AND session_id = :session_id";

// The columns of kSelectCards.
struct CardRow {
  long long id = 0;
  std::string kind;
  std::string title;
  std::string body;
  std::string topic;
  int position = 0;
  Nullable<domain::Timestamp> archived_at;
  int revision = 0;
  long long updated_at = 0;

  app::DialogueCard ToCard() const {
    app::DialogueCard card;
    card.id = id;
    card.kind = DecodeCode(kind, "dialogue_cards.kind", domain::ParseDialogueCardKind);
    card.title = title;
    card.body = body;
    card.topic = DecodeCode(topic, "dialogue_cards.topic", domain::ParseDialogueTopic);
    card.position = position;
    card.archived_at = archived_at.Get();
    card.revision = revision;
    card.updated_at = FromUnixSeconds(updated_at);
    return card;
  }
};

void Into(soci::statement& statement, CardRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.body));
  statement.exchange(soci::into(row.topic));
  statement.exchange(soci::into(row.position));
  statement.exchange(IntoNullable(row.archived_at));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kFindSession (the session's id is the key).
struct SessionRow {
  long long unit = 0;
  std::string title;
  std::string planned_on;
  std::string participants;
  Nullable<std::chrono::year_month_day> held_on;
  std::string notes;
  int revision = 0;
  Nullable<domain::UserId> created_by;
  long long created_at = 0;
  long long updated_at = 0;

  app::DialogueSession ToSession(app::DialogueSessionId id) const {
    app::DialogueSession session;
    session.id = id;
    session.unit = static_cast<domain::UnitId>(unit);
    session.title = title;
    session.planned_on = FromSqlDate(planned_on, "dialogue_sessions.planned_on");
    session.participants = participants;
    session.held_on = held_on.Get("dialogue_sessions.held_on");
    session.notes = notes;
    session.revision = revision;
    session.created_by = created_by.Get();
    session.created_at = FromUnixSeconds(created_at);
    session.updated_at = FromUnixSeconds(updated_at);
    return session;
  }
};

void Into(soci::statement& statement, SessionRow& row) {
  statement.exchange(soci::into(row.unit));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.planned_on));
  statement.exchange(soci::into(row.participants));
  statement.exchange(IntoNullable(row.held_on));
  statement.exchange(soci::into(row.notes));
  statement.exchange(soci::into(row.revision));
  statement.exchange(IntoNullable(row.created_by));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(soci::into(row.updated_at));
}

// The columns of kCardsOfSession.
struct SessionCardRow {
  Nullable<app::DialogueCardId> card;
  std::string kind;
  std::string title;
  std::string body;
  std::string topic;

  app::DialogueSessionCard ToSessionCard() const {
    app::DialogueSessionCard session_card;
    session_card.card = card.Get();
    session_card.text = {DecodeCode(kind, "dialogue_session_cards.kind", domain::ParseDialogueCardKind), title, body,
                         DecodeCode(topic, "dialogue_session_cards.topic", domain::ParseDialogueTopic)};
    return session_card;
  }
};

void Into(soci::statement& statement, SessionCardRow& row) {
  statement.exchange(IntoNullable(row.card));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.body));
  statement.exchange(soci::into(row.topic));
}

// The columns of kAgreementsOfSession: the agreement, and the activity it became (if any).
struct AgreementRow {
  long long id = 0;
  std::string text;
  long long created_at = 0;
  Nullable<long long> activity;
  Nullable<long long> round;
  Nullable<std::string> activity_title;
  Nullable<std::string> activity_status;
  Nullable<std::string> activity_day;

  app::DialogueAgreement ToAgreement() const {
    app::DialogueAgreement agreement{id, text, FromUnixSeconds(created_at), std::nullopt};
    const auto activity_id = activity.Get();
    const auto round_id = round.Get();
    if (activity_id && round_id) {
      agreement.activity =
          app::AgreementActivity{*activity_id, *round_id, activity_title.Get().value_or(std::string()),
                                 DecodeCode(activity_status.Get().value_or(std::string()), "plan_activities.status",
                                            domain::ParseActivityStatus),
                                 FromSqlDate(activity_day.Get().value_or(std::string()), "plan_activities.planned_on")};
    }
    return agreement;
  }
};

void Into(soci::statement& statement, AgreementRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.text));
  statement.exchange(soci::into(row.created_at));
  statement.exchange(IntoNullable(row.activity));
  statement.exchange(IntoNullable(row.round));
  statement.exchange(IntoNullable(row.activity_title));
  statement.exchange(IntoNullable(row.activity_status));
  statement.exchange(IntoNullable(row.activity_day));
}

// The columns of kSessionsOfUnit (the unit is the key).
struct SessionSummaryRow {
  long long id = 0;
  std::string title;
  std::string planned_on;
  Nullable<std::chrono::year_month_day> held_on;
  int cards = 0;
  int agreements = 0;
  int revision = 0;
  long long updated_at = 0;

  app::DialogueSessionSummary ToSummary(domain::UnitId unit) const {
    app::DialogueSessionSummary summary;
    summary.id = id;
    summary.unit = unit;
    summary.title = title;
    summary.planned_on = FromSqlDate(planned_on, "dialogue_sessions.planned_on");
    summary.held_on = held_on.Get("dialogue_sessions.held_on");
    summary.cards = cards;
    summary.agreements = agreements;
    summary.revision = revision;
    summary.updated_at = FromUnixSeconds(updated_at);
    return summary;
  }
};

void Into(soci::statement& statement, SessionSummaryRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.planned_on));
  statement.exchange(IntoNullable(row.held_on));
  statement.exchange(soci::into(row.cards));
  statement.exchange(soci::into(row.agreements));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.updated_at));
}

}  // namespace

long long SociDialogueRepository::CountCards() {
  return Guarded(unit_, [&] {
    long long count = 0;
    unit_.sql << kCountCards, soci::into(count);
    return count;
  });
}

std::vector<app::DialogueCard> SociDialogueRepository::Cards() {
  return Guarded(unit_, [&] { return SelectRows<CardRow>(unit_.sql, kListCards, &CardRow::ToCard); });
}

std::optional<app::DialogueCard> SociDialogueRepository::FindCard(app::DialogueCardId id) {
  return Guarded(unit_, [&] {
    long long card_id = id;
    return SelectFirst<CardRow>(unit_.sql, kFindCard, &CardRow::ToCard, soci::use(card_id, "id"));
  });
}

app::DialogueCardId SociDialogueRepository::CreateCard(const app::DialogueCardText& text,
                                                       std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    std::string kind(domain::DialogueCardKindCode(text.kind));
    std::string topic(domain::DialogueTopicCode(text.topic));
    Nullable<domain::UserId> user(by);
    long long now = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertCard, soci::use(kind, "kind"), soci::use(text.title, "title"),
            soci::use(text.body, "body"), soci::use(topic, "topic"), UseNullable(user, "author"),
            soci::use(now, "created_at"), UseNullable(user, "editor"), soci::use(now, "updated_at"), soci::into(id));
    return static_cast<app::DialogueCardId>(id);
  });
}

bool SociDialogueRepository::UpdateCard(app::DialogueCardId id, int revision, const app::DialogueCardText& text,
                                        std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long card_id = id;
    int expected = revision;
    std::string kind(domain::DialogueCardKindCode(text.kind));
    std::string topic(domain::DialogueTopicCode(text.topic));
    Nullable<domain::UserId> editor(by);
    long long updated_at = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdateCard, soci::use(kind, "kind"), soci::use(text.title, "title"),
                   soci::use(text.body, "body"), soci::use(topic, "topic"), UseNullable(editor, "editor"),
                   soci::use(updated_at, "updated_at"), soci::use(card_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

bool SociDialogueRepository::SetCardArchived(app::DialogueCardId id, int revision,
                                             std::optional<domain::Timestamp> archived_at,
                                             std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long card_id = id;
    int expected = revision;
    Nullable<domain::Timestamp> archived(archived_at);
    Nullable<domain::UserId> editor(by);
    long long updated_at = ToUnixSeconds(at);
    return Execute(unit_.sql, kSetCardArchived, UseNullable(archived, "archived_at"), UseNullable(editor, "editor"),
                   soci::use(updated_at, "updated_at"), soci::use(card_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

app::DialogueSessionId SociDialogueRepository::CreateSession(const app::NewDialogueSession& session) {
  return Guarded(unit_, [&] {
    long long unit_id = session.unit;
    std::string planned_on = ToSqlDate(session.planned_on);
    Nullable<domain::UserId> user(session.created_by);
    long long now = ToUnixSeconds(session.created_at);
    long long id = 0;
    Execute(unit_.sql, kInsertSession, soci::use(unit_id, "unit_id"), soci::use(session.title, "title"),
            soci::use(planned_on, "planned_on"), soci::use(session.participants, "participants"),
            UseNullable(user, "author"), soci::use(now, "created_at"), UseNullable(user, "editor"),
            soci::use(now, "updated_at"), soci::into(id));

    int position = 0;
    Nullable<app::DialogueCardId> card_id;
    std::string kind;
    std::string title;
    std::string body;
    std::string topic;
    soci::statement insert = (unit_.sql.prepare << kInsertSessionCard, soci::use(id, "session_id"),
                              soci::use(position, "position"), UseNullable(card_id, "card_id"), soci::use(kind, "kind"),
                              soci::use(title, "title"), soci::use(body, "body"), soci::use(topic, "topic"));
    for (const auto& card : session.cards) {
      ++position;
      card_id = Nullable<app::DialogueCardId>(card.card);
      kind = std::string(domain::DialogueCardKindCode(card.text.kind));
      title = card.text.title;
      body = card.text.body;
      topic = std::string(domain::DialogueTopicCode(card.text.topic));
      insert.execute(true);
    }
    return static_cast<app::DialogueSessionId>(id);
  });
}

std::optional<app::DialogueSession> SociDialogueRepository::FindSession(app::DialogueSessionId id) {
  return Guarded(unit_, [&]() -> std::optional<app::DialogueSession> {
    long long session_id = id;
    auto session = SelectFirst<SessionRow>(
        unit_.sql, kFindSession, [&](const SessionRow& row) { return row.ToSession(id); }, soci::use(session_id, "id"));
    if (!session) return std::nullopt;
    session->cards = SelectRows<SessionCardRow>(unit_.sql, kCardsOfSession, &SessionCardRow::ToSessionCard,
                                                soci::use(session_id, "id"));
    session->agreements = SelectRows<AgreementRow>(unit_.sql, kAgreementsOfSession, &AgreementRow::ToAgreement,
                                                   soci::use(session_id, "id"));
    return session;
  });
}

std::vector<app::DialogueSessionSummary> SociDialogueRepository::SessionsOfUnit(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    long long unit_id = unit;
    return SelectRows<SessionSummaryRow>(
        unit_.sql, kSessionsOfUnit, [&](const SessionSummaryRow& row) { return row.ToSummary(unit); },
        soci::use(unit_id, "unit_id"));
  });
}

bool SociDialogueRepository::UpdateSession(app::DialogueSessionId id, int revision,
                                           const app::DialogueSessionRecord& record, std::optional<domain::UserId> by,
                                           domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long session_id = id;
    int expected = revision;
    std::string planned_on = ToSqlDate(record.planned_on);
    Nullable<std::chrono::year_month_day> held_on(record.held_on);
    Nullable<domain::UserId> editor(by);
    long long updated_at = ToUnixSeconds(at);
    return Execute(unit_.sql, kUpdateSession, soci::use(record.title, "title"), soci::use(planned_on, "planned_on"),
                   soci::use(record.participants, "participants"), UseNullable(held_on, "held_on"),
                   soci::use(record.notes, "notes"), UseNullable(editor, "editor"), soci::use(updated_at, "updated_at"),
                   soci::use(session_id, "id"), soci::use(expected, "revision")) > 0;
  });
}

app::DialogueAgreementId SociDialogueRepository::AddAgreement(app::DialogueSessionId session, const std::string& text,
                                                              std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long session_id = session;
    Nullable<domain::UserId> author(by);
    long long created_at = ToUnixSeconds(at);
    long long id = 0;
    Execute(unit_.sql, kInsertAgreement, soci::use(session_id, "session_id"), soci::use(text, "text"),
            UseNullable(author, "author"), soci::use(created_at, "created_at"), soci::into(id));
    return static_cast<app::DialogueAgreementId>(id);
  });
}

std::optional<app::DialogueSessionId> SociDialogueRepository::SessionOfAgreement(app::DialogueAgreementId agreement) {
  return Guarded(unit_, [&]() -> std::optional<app::DialogueSessionId> {
    long long agreement_id = agreement;
    long long session_id = 0;
    unit_.sql << kSessionOfAgreement, soci::use(agreement_id, "id"), soci::into(session_id);
    if (!unit_.sql.got_data()) return std::nullopt;
    return session_id;
  });
}

bool SociDialogueRepository::RemoveAgreement(app::DialogueSessionId session, app::DialogueAgreementId agreement) {
  return Guarded(unit_, [&] {
    long long session_id = session;
    long long agreement_id = agreement;
    return Execute(unit_.sql, kDeleteAgreement, soci::use(agreement_id, "id"), soci::use(session_id, "session_id")) > 0;
  });
}

}  // namespace lp::storage
