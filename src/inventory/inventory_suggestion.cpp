#include "inventory_suggestion.h"

#include <algorithm>
#include <cmath>

#include "core/iso8601.h"
#include "inventory_text.h"

// [SECTIONS]
//   [PROFILE]  the words of each process, weighted by where they stand
//   [MATCH]    word against word, with Dutch compounds
//   [SUGGEST]  scoring and the threshold
//   [KNOWN]    taking an existing mapping over

namespace blokjes::inventory {
namespace {

// [PROFILE] -----------------------------------------------------------------

struct WeightedWord {
  std::string word;
  double weight;  // 1 for name, omschrijving and trefwoorden; 0.5 for block labels
};

struct ProcessProfile {
  const Process* process = nullptr;
  std::vector<WeightedWord> words;
  std::vector<std::string> department_words;
};

void add_words(std::vector<WeightedWord>& words, std::string_view text, double weight) {
  for (auto& word : words_of(text)) {
    const auto found = std::find_if(words.begin(), words.end(),
                                    [&](const WeightedWord& w) { return w.word == word; });
    if (found == words.end()) {
      words.push_back({std::move(word), weight});
    } else {
      found->weight = std::max(found->weight, weight);
    }
  }
}

std::vector<ProcessProfile> profiles_of(const Workshop& workshop) {
  std::vector<ProcessProfile> profiles;
  for (const auto& process : workshop.processes) {
    ProcessProfile profile;
    profile.process = &process;
    add_words(profile.words, process.name, 1.0);
    add_words(profile.words, process.zaaktype.omschrijving, 1.0);
    for (const auto& trefwoord : process.zaaktype.trefwoorden) add_words(profile.words, trefwoord, 1.0);
    for (const auto& block : process.blocks) add_words(profile.words, block.label, 0.5);
    profile.department_words = words_of(process.department);
    if (const Department* department = workshop.find_department(process.department)) {
      for (auto& word : words_of(department->name)) profile.department_words.push_back(word);
      // The directorate too: an inventory often names the larger unit
      // ("Toezicht en Handhaving") where the workshop has its teams.
      for (auto& word : words_of(department->directorate)) profile.department_words.push_back(word);
    }
    profiles.push_back(std::move(profile));
  }
  return profiles;
}

// [MATCH] -------------------------------------------------------------------

bool starts_with(std::string_view text, std::string_view start) {
  return text.substr(0, start.size()) == start;
}
bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// 1 for the same word; 0.6 when one is a Dutch compound that starts or ends
// with the other ("kapvergunning" and "vergunning", "evenementenvergunning"
// and "evenement"), as long as the shorter has five letters or more; else 0.
double word_match(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  const std::string_view shorter = a.size() < b.size() ? a : b;
  const std::string_view longer = a.size() < b.size() ? b : a;
  if (shorter.size() < 5) return 0.0;
  if (ends_with(longer, shorter) || starts_with(longer, shorter)) return 0.6;
  return 0.0;
}

// How well a product word is found in a process: the best match times where it stands.
double best_match(const std::string& word, const ProcessProfile& profile) {
  double best = 0;
  for (const auto& candidate : profile.words) {
    best = std::max(best, word_match(word, candidate.word) * candidate.weight);
  }
  return best;
}

bool departments_match(const std::vector<std::string>& product_words,
                       const ProcessProfile& profile) {
  for (const auto& word : product_words) {
    for (const auto& candidate : profile.department_words) {
      if (word_match(word, candidate) > 0) return true;
    }
  }
  return false;
}

// Within a tenth of each other: the same term written differently (P6W, P42D).
bool terms_match(const std::string& product_term, const std::string& doorlooptijd) {
  if (product_term.empty() || doorlooptijd.empty()) return false;
  const auto a = parse_iso_duration(product_term);
  const auto b = parse_iso_duration(doorlooptijd);
  if (!a || !b) return false;
  const double days_a = a->approximate_days();
  const double days_b = b->approximate_days();
  if (days_a <= 0 || days_b <= 0) return false;
  return std::max(days_a, days_b) / std::min(days_a, days_b) <= 1.1;
}

// [SUGGEST] -----------------------------------------------------------------

Suggestion score(const std::vector<std::string>& words, const std::vector<double>& rarity,
                 const std::vector<std::string>& department_words,
                 const InventoryProduct& product, const ProcessProfile& profile) {
  Suggestion suggestion;
  suggestion.process = profile.process->id;
  double found = 0;
  double total = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const double match = best_match(words[i], profile);
    found += rarity[i] * match;
    total += rarity[i];
    if (match > 0) suggestion.matched_words.push_back(words[i]);
  }
  suggestion.name_score = total > 0 ? found / total : 0;
  suggestion.department_matches = departments_match(department_words, profile);
  suggestion.term_matches = terms_match(product.legal_term, profile.process->zaaktype.doorlooptijd);
  suggestion.score = 0.75 * suggestion.name_score + (suggestion.department_matches ? 0.15 : 0.0) +
                     (suggestion.term_matches ? 0.1 : 0.0);
  return suggestion;
}

Suggestion suggest_with(const std::vector<ProcessProfile>& profiles,
                        const InventoryProduct& product) {
  const std::vector<std::string> words = words_of(product.product);
  const std::vector<std::string> department_words = words_of(product.department);
  // A word found in few processes says more than one found in many
  // ("paspoort" against "melding"): inverse document frequency.
  std::vector<double> rarity;
  const double n = static_cast<double>(profiles.size());
  for (const auto& word : words) {
    double in = 0;
    for (const auto& profile : profiles) {
      if (best_match(word, profile) > 0) in += 1;
    }
    // A word no process has counts as much as one only a single process has,
    // so a product's qualifiers ("bouwen", "klein") do not drown the word
    // that names its shape ("omgevingsvergunning").
    rarity.push_back(std::log(1.0 + n / (std::max(in, 1.0) + 0.5)));
  }
  Suggestion best;
  for (const auto& profile : profiles) {
    Suggestion candidate = score(words, rarity, department_words, product, profile);
    if (candidate.score > best.score + 1e-9) best = std::move(candidate);
  }
  if (best.name_score < kMinimumNameScore || best.score < kMinimumScore) {
    Suggestion maatwerk;
    maatwerk.score = best.score;
    maatwerk.name_score = best.name_score;
    return maatwerk;
  }
  return best;
}

// [KNOWN] -------------------------------------------------------------------

std::string key_of(const InventoryProduct& product) {
  return normalise(product.product) + '\n' + normalise(product.department);
}

}  // namespace

std::string Suggestion::reason(bool dutch) const {
  if (process.empty()) return dutch ? "maatwerk: geen proces lijkt genoeg" : "maatwerk: no process is close enough";
  std::string text = dutch ? "naam: " : "name: ";
  for (std::size_t i = 0; i < matched_words.size(); ++i) {
    text += (i ? ", " : "") + matched_words[i];
  }
  if (department_matches) text += dutch ? "; afdeling" : "; department";
  if (term_matches) text += dutch ? "; termijn" : "; term";
  return text;
}

Suggestion suggest_process(const Workshop& workshop, const InventoryProduct& product) {
  return suggest_with(profiles_of(workshop), product);
}

std::vector<Suggestion> suggest_all(const Workshop& workshop,
                                    std::vector<InventoryProduct>& products) {
  const auto profiles = profiles_of(workshop);
  std::vector<Suggestion> suggestions;
  suggestions.reserve(products.size());
  for (auto& product : products) {
    if (product.confirmed) {
      suggestions.emplace_back();
      continue;
    }
    suggestions.push_back(suggest_with(profiles, product));
    product.process = suggestions.back().process;
  }
  return suggestions;
}

std::size_t take_known_mapping(const std::vector<InventoryProduct>& known,
                               std::vector<InventoryProduct>& products) {
  std::size_t taken = 0;
  for (auto& product : products) {
    if (!product.process.empty()) continue;
    const std::string key = key_of(product);
    const auto match = std::find_if(known.begin(), known.end(), [&](const InventoryProduct& k) {
      return key_of(k) == key;
    });
    if (match == known.end() || (match->process.empty() && !match->confirmed)) continue;
    product.process = match->process;
    product.confirmed = match->confirmed;
    ++taken;
  }
  return taken;
}

}  // namespace blokjes::inventory
