#include "storage/dialogue/dialogue_repository.hpp"

#include <soci/soci.h>

#include "storage/platform/sql_values.hpp"

namespace lp::storage {
namespace {

using domain::FromUnixSeconds;
using domain::ToUnixSeconds;

// Every bound value is a named local: soci::use reads it when the statement runs.

domain::DialogueCardKind KindFromCode(const std::string& code) {
  const auto kind = domain::ParseDialogueCardKind(code);
  if (!kind) throw app::StorageError("Unknown kind in dialogue cards: " + code);
  return *kind;
}

domain::DialogueTopic TopicFromCode(const std::string& code) {
  const auto topic = domain::ParseDialogueTopic(code);
  if (!topic) throw app::StorageError("Unknown topic in dialogue cards: " + code);
  return *topic;
}

// A nullable user id bound as a value with its indicator.
struct OptionalId {
  explicit OptionalId(std::optional<domain::UserId> id)
      : value(id.value_or(0)), indicator(id ? soci::i_ok : soci::i_null) {}
  long long value;
  soci::indicator indicator;
};

constexpr const char* kCardColumns =
    "SELECT id, kind, title, body, topic, position, archived_at, revision, updated_at FROM dialogue_cards ";

struct CardRow {
  long long id = 0;
  std::string kind;
  std::string title;
  std::string body;
  std::string topic;
  int position = 0;
  long long archived_at = 0;
  soci::indicator archived_indicator = soci::i_null;
  int revision = 0;
  long long updated_at = 0;

  app::DialogueCard ToCard() const {
    app::DialogueCard card;
    card.id = id;
    card.kind = KindFromCode(kind);
    card.title = title;
    card.body = body;
    card.topic = TopicFromCode(topic);
    card.position = position;
    if (archived_indicator == soci::i_ok) card.archived_at = FromUnixSeconds(archived_at);
    card.revision = revision;
    card.updated_at = FromUnixSeconds(updated_at);
    return card;
  }
};

void IntoCard(soci::statement& statement, CardRow& row) {
  statement.exchange(soci::into(row.id));
  statement.exchange(soci::into(row.kind));
  statement.exchange(soci::into(row.title));
  statement.exchange(soci::into(row.body));
  statement.exchange(soci::into(row.topic));
  statement.exchange(soci::into(row.position));
  statement.exchange(soci::into(row.archived_at, row.archived_indicator));
  statement.exchange(soci::into(row.revision));
  statement.exchange(soci::into(row.updated_at));
}

}  // namespace

long long SociDialogueRepository::CountCards() {
  return Guarded(unit_, [&] {
    long long count = 0;
    unit_.sql << "SELECT COUNT(*) FROM dialogue_cards", soci::into(count);
    return count;
  });
}

std::vector<app::DialogueCard> SociDialogueRepository::Cards() {
  return Guarded(unit_, [&] {
    std::vector<app::DialogueCard> cards;
    CardRow row;
    soci::statement select(unit_.sql);
    IntoCard(select, row);
    select.alloc();
    select.prepare(std::string(kCardColumns) + "ORDER BY position, id");
    select.define_and_bind();
    select.execute();
    while (select.fetch()) cards.push_back(row.ToCard());
    return cards;
  });
}

std::optional<app::DialogueCard> SociDialogueRepository::FindCard(app::DialogueCardId id) {
  return Guarded(unit_, [&]() -> std::optional<app::DialogueCard> {
    long long card_id = id;
    CardRow row;
    soci::statement select(unit_.sql);
    IntoCard(select, row);
    select.exchange(soci::use(card_id, "id"));
    select.alloc();
    select.prepare(std::string(kCardColumns) + "WHERE id = :id");
    select.define_and_bind();
    select.execute();
    if (!select.fetch()) return std::nullopt;
    return row.ToCard();
  });
}

app::DialogueCardId SociDialogueRepository::CreateCard(const app::DialogueCardText& text,
                                                       std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    std::string kind(domain::DialogueCardKindCode(text.kind));
    std::string topic(domain::DialogueTopicCode(text.topic));
    OptionalId author(by);
    OptionalId editor(by);
    long long created_at = ToUnixSeconds(at);
    long long updated_at = created_at;
    long long id = 0;
    unit_.sql << "INSERT INTO dialogue_cards (kind, title, body, topic, position, created_by_user_id, created_at, "
                 "updated_by_user_id, updated_at) "
                 "VALUES (:kind, :title, :body, :topic, (SELECT COALESCE(MAX(position), 0) + 1 FROM dialogue_cards), "
                 ":author, :created_at, :editor, :updated_at) RETURNING id",
        soci::use(kind, "kind"), soci::use(text.title, "title"), soci::use(text.body, "body"),
        soci::use(topic, "topic"), soci::use(author.value, author.indicator, "author"),
        soci::use(created_at, "created_at"), soci::use(editor.value, editor.indicator, "editor"),
        soci::use(updated_at, "updated_at"), soci::into(id);
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
    OptionalId editor(by);
    long long updated_at = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE dialogue_cards SET kind = :kind, title = :title, body = :body, topic = :topic, "
                              "revision = revision + 1, updated_by_user_id = :editor, updated_at = :updated_at "
                              "WHERE id = :id AND revision = :revision",
         soci::use(kind, "kind"), soci::use(text.title, "title"), soci::use(text.body, "body"),
         soci::use(topic, "topic"), soci::use(editor.value, editor.indicator, "editor"),
         soci::use(updated_at, "updated_at"), soci::use(card_id, "id"), soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

bool SociDialogueRepository::SetCardArchived(app::DialogueCardId id, int revision,
                                             std::optional<domain::Timestamp> archived_at,
                                             std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long card_id = id;
    int expected = revision;
    long long archived = archived_at ? ToUnixSeconds(*archived_at) : 0;
    soci::indicator archived_indicator = archived_at ? soci::i_ok : soci::i_null;
    OptionalId editor(by);
    long long updated_at = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE dialogue_cards SET archived_at = :archived_at, revision = revision + 1, "
                              "updated_by_user_id = :editor, updated_at = :updated_at "
                              "WHERE id = :id AND revision = :revision",
         soci::use(archived, archived_indicator, "archived_at"), soci::use(editor.value, editor.indicator, "editor"),
         soci::use(updated_at, "updated_at"), soci::use(card_id, "id"), soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

app::DialogueSessionId SociDialogueRepository::CreateSession(const app::NewDialogueSession& session) {
  return Guarded(unit_, [&] {
    long long unit_id = session.unit;
    std::string planned_on = ToSqlDate(session.planned_on);
    OptionalId author(session.created_by);
    OptionalId editor(session.created_by);
    long long created_at = ToUnixSeconds(session.created_at);
    long long updated_at = created_at;
    long long id = 0;
    unit_.sql << "INSERT INTO dialogue_sessions (unit_id, title, planned_on, participants, created_by_user_id, "
                 "created_at, updated_by_user_id, updated_at) "
                 "VALUES (:unit_id, :title, :planned_on, :participants, :author, :created_at, :editor, :updated_at) "
                 "RETURNING id",
        soci::use(unit_id, "unit_id"), soci::use(session.title, "title"), soci::use(planned_on, "planned_on"),
        soci::use(session.participants, "participants"), soci::use(author.value, author.indicator, "author"),
        soci::use(created_at, "created_at"), soci::use(editor.value, editor.indicator, "editor"),
        soci::use(updated_at, "updated_at"), soci::into(id);

    int position = 0;
    long long card_id = 0;
    soci::indicator card_indicator = soci::i_null;
    std::string kind;
    std::string title;
    std::string body;
    std::string topic;
    soci::statement insert =
        (unit_.sql.prepare << "INSERT INTO dialogue_session_cards (session_id, position, card_id, kind, title, body, "
                              "topic) VALUES (:session_id, :position, :card_id, :kind, :title, :body, :topic)",
         soci::use(id, "session_id"), soci::use(position, "position"), soci::use(card_id, card_indicator, "card_id"),
         soci::use(kind, "kind"), soci::use(title, "title"), soci::use(body, "body"), soci::use(topic, "topic"));
    for (const auto& card : session.cards) {
      ++position;
      card_id = card.card.value_or(0);
      card_indicator = card.card ? soci::i_ok : soci::i_null;
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
    long long unit_id = 0;
    std::string title;
    std::string planned_on;
    std::string participants;
    std::string held_on;
    soci::indicator held_indicator = soci::i_null;
    std::string notes;
    int revision = 0;
    long long created_by = 0;
    soci::indicator created_by_indicator = soci::i_null;
    long long created_at = 0;
    long long updated_at = 0;
    unit_.sql << "SELECT unit_id, title, planned_on, participants, held_on, notes, revision, created_by_user_id, "
                 "created_at, updated_at FROM dialogue_sessions WHERE id = :id",
        soci::use(session_id, "id"), soci::into(unit_id), soci::into(title), soci::into(planned_on),
        soci::into(participants), soci::into(held_on, held_indicator), soci::into(notes), soci::into(revision),
        soci::into(created_by, created_by_indicator), soci::into(created_at), soci::into(updated_at);
    if (!unit_.sql.got_data()) return std::nullopt;

    app::DialogueSession session;
    session.id = id;
    session.unit = static_cast<domain::UnitId>(unit_id);
    session.title = title;
    session.planned_on = FromSqlDate(planned_on, "dialogue_sessions.planned_on");
    session.participants = participants;
    if (held_indicator == soci::i_ok) session.held_on = FromSqlDate(held_on, "dialogue_sessions.held_on");
    session.notes = notes;
    session.revision = revision;
    if (created_by_indicator == soci::i_ok) session.created_by = static_cast<domain::UserId>(created_by);
    session.created_at = FromUnixSeconds(created_at);
    session.updated_at = FromUnixSeconds(updated_at);

    long long card_id = 0;
    soci::indicator card_indicator = soci::i_null;
    std::string kind;
    std::string card_title;
    std::string body;
    std::string topic;
    soci::statement cards =
        (unit_.sql.prepare << "SELECT card_id, kind, title, body, topic FROM dialogue_session_cards "
                              "WHERE session_id = :id ORDER BY position",
         soci::use(session_id, "id"), soci::into(card_id, card_indicator), soci::into(kind), soci::into(card_title),
         soci::into(body), soci::into(topic));
    cards.execute();
    while (cards.fetch()) {
      app::DialogueSessionCard card;
      if (card_indicator == soci::i_ok) card.card = card_id;
      card.text = {KindFromCode(kind), card_title, body, TopicFromCode(topic)};
      session.cards.push_back(std::move(card));
    }

    long long agreement_id = 0;
    std::string text;
    long long agreed_at = 0;
    long long activity_id = 0;
    long long round_id = 0;
    std::string activity_title;
    std::string activity_status;
    std::string activity_day;
    soci::indicator activity_indicator = soci::i_null;
    soci::indicator round_indicator = soci::i_null;
    soci::indicator title_indicator = soci::i_null;
    soci::indicator status_indicator = soci::i_null;
    soci::indicator day_indicator = soci::i_null;
    soci::statement agreements =
        (unit_.sql.prepare << "SELECT a.id, a.text, a.created_at, pa.id, p.round_id, pa.title, pa.status, "
                              "pa.planned_on FROM dialogue_agreements a "
                              "LEFT JOIN plan_activities pa ON pa.source_agreement_id = a.id "
                              "LEFT JOIN activation_plans p ON p.id = pa.plan_id "
                              "WHERE a.session_id = :id ORDER BY a.id",
         soci::use(session_id, "id"), soci::into(agreement_id), soci::into(text), soci::into(agreed_at),
         soci::into(activity_id, activity_indicator), soci::into(round_id, round_indicator),
         soci::into(activity_title, title_indicator), soci::into(activity_status, status_indicator),
         soci::into(activity_day, day_indicator));
    agreements.execute();
    while (agreements.fetch()) {
      app::DialogueAgreement agreement{agreement_id, text, FromUnixSeconds(agreed_at), std::nullopt};
      if (activity_indicator == soci::i_ok && round_indicator == soci::i_ok) {
        const auto status = domain::ParseActivityStatus(activity_status);
        if (!status) throw std::runtime_error("plan_activities.status holds an unknown code: " + activity_status);
        agreement.activity = app::AgreementActivity{activity_id, round_id, activity_title, *status,
                                                    FromSqlDate(activity_day, "plan_activities.planned_on")};
      }
      session.agreements.push_back(std::move(agreement));
    }
    return session;
  });
}

std::vector<app::DialogueSessionSummary> SociDialogueRepository::SessionsOfUnit(domain::UnitId unit) {
  return Guarded(unit_, [&] {
    std::vector<app::DialogueSessionSummary> sessions;
    long long unit_id = unit;
    long long id = 0;
    std::string title;
    std::string planned_on;
    std::string held_on;
    soci::indicator held_indicator = soci::i_null;
    int cards = 0;
    int agreements = 0;
    soci::statement select =
        (unit_.sql.prepare
             << "SELECT s.id, s.title, s.planned_on, s.held_on, "
                "(SELECT COUNT(*) FROM dialogue_session_cards c WHERE c.session_id = s.id), "
                "(SELECT COUNT(*) FROM dialogue_agreements a WHERE a.session_id = s.id) "
                "FROM dialogue_sessions s WHERE s.unit_id = :unit_id ORDER BY s.planned_on DESC, s.id DESC",
         soci::use(unit_id, "unit_id"), soci::into(id), soci::into(title), soci::into(planned_on),
         soci::into(held_on, held_indicator), soci::into(cards), soci::into(agreements));
    select.execute();
    while (select.fetch()) {
      app::DialogueSessionSummary summary;
      summary.id = id;
      summary.unit = unit;
      summary.title = title;
      summary.planned_on = FromSqlDate(planned_on, "dialogue_sessions.planned_on");
      if (held_indicator == soci::i_ok) summary.held_on = FromSqlDate(held_on, "dialogue_sessions.held_on");
      summary.cards = cards;
      summary.agreements = agreements;
      sessions.push_back(std::move(summary));
    }
    return sessions;
  });
}

bool SociDialogueRepository::UpdateSession(app::DialogueSessionId id, int revision,
                                           const app::DialogueSessionRecord& record, std::optional<domain::UserId> by,
                                           domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long session_id = id;
    int expected = revision;
    std::string planned_on = ToSqlDate(record.planned_on);
    std::string held_on = record.held_on ? ToSqlDate(*record.held_on) : std::string();
    soci::indicator held_indicator = record.held_on ? soci::i_ok : soci::i_null;
    OptionalId editor(by);
    long long updated_at = ToUnixSeconds(at);
    soci::statement update =
        (unit_.sql.prepare << "UPDATE dialogue_sessions SET title = :title, planned_on = :planned_on, "
                              "participants = :participants, held_on = :held_on, notes = :notes, "
                              "revision = revision + 1, updated_by_user_id = :editor, updated_at = :updated_at "
                              "WHERE id = :id AND revision = :revision",
         soci::use(record.title, "title"), soci::use(planned_on, "planned_on"),
         soci::use(record.participants, "participants"), soci::use(held_on, held_indicator, "held_on"),
         soci::use(record.notes, "notes"), soci::use(editor.value, editor.indicator, "editor"),
         soci::use(updated_at, "updated_at"), soci::use(session_id, "id"), soci::use(expected, "revision"));
    update.execute(true);
    return update.get_affected_rows() > 0;
  });
}

app::DialogueAgreementId SociDialogueRepository::AddAgreement(app::DialogueSessionId session, const std::string& text,
                                                              std::optional<domain::UserId> by, domain::Timestamp at) {
  return Guarded(unit_, [&] {
    long long session_id = session;
    OptionalId author(by);
    long long created_at = ToUnixSeconds(at);
    long long id = 0;
    unit_.sql << "INSERT INTO dialogue_agreements (session_id, text, created_by_user_id, created_at) "
                 "VALUES (:session_id, :text, :author, :created_at) RETURNING id",
        soci::use(session_id, "session_id"), soci::use(text, "text"),
        soci::use(author.value, author.indicator, "author"), soci::use(created_at, "created_at"), soci::into(id);
    return static_cast<app::DialogueAgreementId>(id);
  });
}

std::optional<app::DialogueSessionId> SociDialogueRepository::SessionOfAgreement(app::DialogueAgreementId agreement) {
  return Guarded(unit_, [&]() -> std::optional<app::DialogueSessionId> {
    long long agreement_id = agreement;
    long long session_id = 0;
    unit_.sql << "SELECT session_id FROM dialogue_agreements WHERE id = :id", soci::use(agreement_id, "id"),
        soci::into(session_id);
    if (!unit_.sql.got_data()) return std::nullopt;
    return session_id;
  });
}

bool SociDialogueRepository::RemoveAgreement(app::DialogueSessionId session, app::DialogueAgreementId agreement) {
  return Guarded(unit_, [&] {
    long long session_id = session;
    long long agreement_id = agreement;
    soci::statement remove =
        (unit_.sql.prepare << "DELETE FROM dialogue_agreements WHERE id = :id AND session_id = :session_id",
         soci::use(agreement_id, "id"), soci::use(session_id, "session_id"));
    remove.execute(true);
    return remove.get_affected_rows() > 0;
  });
}

}  // namespace lp::storage
