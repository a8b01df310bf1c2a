// The trigram index of near names: Levenshtein distance with a limit, and the index finding
// exactly the nearest forms that comparing with every form finds.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "survey/near_index.hpp"

using namespace stakemap::survey;

TEST_CASE("nearest: the closest forms within min(2, 10% of the length); short forms only exactly") {
  NearIndex index;
  index.add("liege", "cpas de liege province");  // 22 characters: up to 2 edits
  index.add("liers", "cpas de liers province");
  index.add("short", "cpas liege");  // 10 characters: 1 edit
  index.add("tiny", "abc");          // under 10: exact matches only
  CHECK(index.nearest("cpas de liege province") == std::vector<std::string>{"liege"});
  CHECK(index.nearest("cpas de liegx province") == std::vector<std::string>{"liege"});  // 1 edit beats 2
  auto both = index.nearest("cpas de lie province");                                    // 2 edits from each
  std::sort(both.begin(), both.end());
  CHECK(both == std::vector<std::string>{"liege", "liers"});
  CHECK(index.nearest("cpas de lxxxx province").empty());  // 3 or more edits
  CHECK(index.nearest("cpas liegx") == std::vector<std::string>{"short"});
  CHECK(index.nearest("cpas lxegx").empty());  // 2 edits on a 10-character form
  CHECK(index.nearest("abd").empty());         // too short for any edit
  CHECK(NearIndex().nearest("cpas de liege province").empty());
}

TEST_CASE("edit distance: Levenshtein with a limit") {
  CHECK(edit_distance("kitten", "sitting", 5) == 3);
  CHECK(edit_distance("kitten", "sitting", 2) == 3);  // over the limit: limit + 1
  CHECK(edit_distance("", "abc", 5) == 3);
  CHECK(edit_distance("abc", "abc", 0) == 0);
}

TEST_CASE("the trigram index finds exactly what comparing with every name finds") {
  // Random names from a small alphabet (many shared trigrams), and queries 0-3 edits away.
  std::mt19937 rng(11);
  auto random_text = [&](std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += "abcde "[rng() % 6];
    return s;
  };
  NearIndex index;
  std::vector<std::pair<std::string, std::string>> all;
  for (int i = 0; i < 400; ++i) {
    std::string form = random_text(8 + rng() % 30), id = std::to_string(i);
    index.add(id, form);
    all.push_back({id, form});
  }
  int found = 0;
  for (int t = 0; t < 400; ++t) {
    std::string q = all[rng() % all.size()].second;
    for (int e = static_cast<int>(rng() % 4); e > 0; --e) {
      std::size_t at = rng() % (q.size() + 1);
      switch (rng() % 3) {
        case 0: q.insert(at, 1, "abcde "[rng() % 6]); break;
        case 1:
          if (at < q.size()) q.erase(at, 1);
          break;
        default:
          if (at < q.size()) q[at] = "abcde "[rng() % 6];
      }
    }
    std::vector<std::string> brute;
    std::size_t best = 3;
    for (const auto& [id, form] : all) {
      std::size_t limit = std::min<std::size_t>(2, std::max(form.size(), q.size()) / 10);
      if (limit == 0) continue;
      std::size_t d = edit_distance(q, form, limit);
      if (d > limit || d > best) continue;
      if (d < best) brute.clear();
      best = d;
      brute.push_back(id);
    }
    auto got = index.nearest(q);
    std::sort(got.begin(), got.end());
    std::sort(brute.begin(), brute.end());
    CHECK(got == brute);
    found += !got.empty();
  }
  CHECK(found > 100);  // the comparison is not vacuous
}
