#include "domain/dialogue/dialogue.hpp"

#include "domain/platform/enum_table.hpp"

namespace lp::domain {

namespace {

constexpr auto kCardKinds = MakeEnumTable<DialogueCardKind>({
    {DialogueCardKind::Question, "kort", "Spørgsmålskort"},
    {DialogueCardKind::Case, "case", "Case"},
});

}  // namespace

std::string_view DialogueCardKindCode(DialogueCardKind kind) { return kCardKinds.Code(kind); }
std::string_view DialogueCardKindLabel(DialogueCardKind kind) { return kCardKinds.Label(kind); }
std::optional<DialogueCardKind> ParseDialogueCardKind(std::string_view code) { return kCardKinds.Parse(code); }

std::string_view DialogueTopicCode(DialogueTopic topic) { return kDialogueTopicTable.Code(topic); }
std::string_view DialogueTopicLabel(DialogueTopic topic) { return kDialogueTopicTable.Label(topic); }
std::optional<DialogueTopic> ParseDialogueTopic(std::string_view code) { return kDialogueTopicTable.Parse(code); }

std::string_view DialogueTopicGroup(DialogueTopic topic) {
  switch (topic) {
    case DialogueTopic::Dialog:
    case DialogueTopic::Dygtighed:
    case DialogueTopic::Dristighed: return "Værdierne";
    case DialogueTopic::Maalopfyldelse:
    case DialogueTopic::Ordentlighed:
    case DialogueTopic::Nytaenkning:
    case DialogueTopic::Baeredygtighed: return "De fire forventninger";
    case DialogueTopic::Ledelsesopgave: return "Ledelsesopgaven";
    case DialogueTopic::Andet: return "Andet";
  }
  return "Andet";
}

std::string DialogueTopicChoiceLabel(DialogueTopic topic) {
  const auto group = DialogueTopicGroup(topic);
  const auto label = DialogueTopicLabel(topic);
  if (group == label) return std::string(label);
  std::string text(group);
  text += ": ";
  text += label;
  return text;
}

}  // namespace lp::domain
