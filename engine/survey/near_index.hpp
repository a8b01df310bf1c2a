#pragma once
// Finding the texts within a small edit distance of a given one, without comparing it with
// every text: a trigram index keeps only candidates that share enough trigrams (an edit
// changes at most 3 of a text's trigrams), which are then checked exactly.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace stakemap::survey {

/// Levenshtein distance between `a` and `b`, or `limit + 1` when it exceeds `limit`.
std::size_t edit_distance(const std::string& a, const std::string& b, std::size_t limit);

class NearIndex final {
 public:
  /// Adds `form` (already in normal form) for the organisation `id`.
  void add(const std::string& id, const std::string& form);
  /// Ids of the forms at the smallest edit distance from `form`, when that distance is at most
  /// min(2, 10% of the longer length) (so forms under 10 characters must match exactly);
  /// empty when none is that close. Cost: the postings of `form`'s trigrams, plus an exact
  /// check of the candidates.
  std::vector<std::string> nearest(const std::string& form) const;

 private:
  struct Entry {
    std::string id, form;
  };
  std::vector<Entry> entries_;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> postings_;  // trigram -> entries
};

}  // namespace stakemap::survey
