#pragma once

// The vocabulary of the dialogue tools: what kind of card it is and what it is about. Codes are what
// the database and URLs hold; labels are what people read.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "domain/platform/enum_table.hpp"

namespace lp::domain {

enum class DialogueCardKind {
  Question,  // "kort": one or a few questions to talk about
  Case,      // "case": a short situation to discuss
};

// A card is about one of the three values, one of the four expectations, the triple leadership task,
// or something else.
enum class DialogueTopic {
  Dialog,
  Dygtighed,
  Dristighed,
  Maalopfyldelse,
  Ordentlighed,
  Nytaenkning,
  Baeredygtighed,
  Ledelsesopgave,
  Andet,
};

inline constexpr auto kDialogueTopicTable = MakeEnumTable<DialogueTopic>({
    {DialogueTopic::Dialog, "dialog", "Dialog"},
    {DialogueTopic::Dygtighed, "dygtighed", "Dygtighed"},
    {DialogueTopic::Dristighed, "dristighed", "Dristighed"},
    {DialogueTopic::Maalopfyldelse, "maalopfyldelse", "Målopfyldelse"},
    {DialogueTopic::Ordentlighed, "ordentlighed", "Ordentlighed"},
    {DialogueTopic::Nytaenkning, "nytaenkning", "Nytænkning"},
    {DialogueTopic::Baeredygtighed, "baeredygtighed", "Bæredygtighed"},
    {DialogueTopic::Ledelsesopgave, "ledelsesopgave", "Den tredobbelte ledelsesopgave"},
    {DialogueTopic::Andet, "andet", "Andet"},
});
inline constexpr auto kAllDialogueTopics = kDialogueTopicTable.Values();

std::string_view DialogueCardKindCode(DialogueCardKind kind);   // "kort", "case"
std::string_view DialogueCardKindLabel(DialogueCardKind kind);  // "Spørgsmålskort", "Case"
std::optional<DialogueCardKind> ParseDialogueCardKind(std::string_view code);

std::string_view DialogueTopicCode(DialogueTopic topic);   // "dialog", "maalopfyldelse", …
std::string_view DialogueTopicLabel(DialogueTopic topic);  // "Dialog", "Målopfyldelse", …
// The group a topic belongs to, as a heading: "Værdierne", "De fire forventninger", …
std::string_view DialogueTopicGroup(DialogueTopic topic);
// The label a choice list shows: "Værdierne: Dialog", but just "Andet" where the group is the topic.
std::string DialogueTopicChoiceLabel(DialogueTopic topic);
std::optional<DialogueTopic> ParseDialogueTopic(std::string_view code);

}  // namespace lp::domain
