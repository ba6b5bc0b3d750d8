#include "domain/dialogue/dialogue.hpp"

namespace lp::domain {

std::string_view DialogueCardKindCode(DialogueCardKind kind) {
  switch (kind) {
    case DialogueCardKind::Question: return "kort";
    case DialogueCardKind::Case: return "case";
  }
  return "kort";
}

std::string_view DialogueCardKindLabel(DialogueCardKind kind) {
  switch (kind) {
    case DialogueCardKind::Question: return "Spørgsmålskort";
    case DialogueCardKind::Case: return "Case";
  }
  return "Spørgsmålskort";
}

std::optional<DialogueCardKind> ParseDialogueCardKind(std::string_view code) {
  for (const auto kind : {DialogueCardKind::Question, DialogueCardKind::Case}) {
    if (DialogueCardKindCode(kind) == code) return kind;
  }
  return std::nullopt;
}

std::string_view DialogueTopicCode(DialogueTopic topic) {
  switch (topic) {
    case DialogueTopic::Dialog: return "dialog";
    case DialogueTopic::Dygtighed: return "dygtighed";
    case DialogueTopic::Dristighed: return "dristighed";
    case DialogueTopic::Maalopfyldelse: return "maalopfyldelse";
    case DialogueTopic::Ordentlighed: return "ordentlighed";
    case DialogueTopic::Nytaenkning: return "nytaenkning";
    case DialogueTopic::Baeredygtighed: return "baeredygtighed";
    case DialogueTopic::Ledelsesopgave: return "ledelsesopgave";
    case DialogueTopic::Andet: return "andet";
  }
  return "andet";
}

std::string_view DialogueTopicLabel(DialogueTopic topic) {
  switch (topic) {
    case DialogueTopic::Dialog: return "Dialog";
    case DialogueTopic::Dygtighed: return "Dygtighed";
    case DialogueTopic::Dristighed: return "Dristighed";
    case DialogueTopic::Maalopfyldelse: return "Målopfyldelse";
    case DialogueTopic::Ordentlighed: return "Ordentlighed";
    case DialogueTopic::Nytaenkning: return "Nytænkning";
    case DialogueTopic::Baeredygtighed: return "Bæredygtighed";
    case DialogueTopic::Ledelsesopgave: return "Den tredobbelte ledelsesopgave";
    case DialogueTopic::Andet: return "Andet";
  }
  return "Andet";
}

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

std::optional<DialogueTopic> ParseDialogueTopic(std::string_view code) {
  for (const auto topic : kAllDialogueTopics) {
    if (DialogueTopicCode(topic) == code) return topic;
  }
  return std::nullopt;
}

}  // namespace lp::domain
