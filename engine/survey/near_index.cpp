#include "survey/near_index.hpp"

#include <algorithm>
#include <set>

namespace stakemap::survey {

std::size_t edit_distance(const std::string& a, const std::string& b, std::size_t limit) {
  std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  std::vector<std::size_t> prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    std::size_t best = cur[0];
    for (std::size_t j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      best = std::min(best, cur[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

namespace {
std::set<std::uint32_t> trigrams(const std::string& s) {
  std::set<std::uint32_t> out;
  for (std::size_t i = 0; i + 3 <= s.size(); ++i)
    out.insert(static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])) << 16 |
               static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + 1])) << 8 |
               static_cast<unsigned char>(s[i + 2]));
  return out;
}

std::size_t limit_for(std::size_t a, std::size_t b) { return std::min<std::size_t>(2, std::max(a, b) / 10); }
}  // namespace

void NearIndex::add(const std::string& id, const std::string& form) {
  auto e = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back({id, form});
  for (auto t : trigrams(form)) postings_[t].push_back(e);
}

std::vector<std::string> NearIndex::nearest(const std::string& form) const {
  std::size_t k = limit_for(form.size() + 2, 0);  // the largest limit any candidate can have
  if (k == 0) return {};
  auto mine = trigrams(form);
  // A candidate keeps at least |trigrams(form)| - 3k of form's distinct trigrams.
  long need = static_cast<long>(mine.size()) - 3 * static_cast<long>(k);
  std::vector<std::uint32_t> candidates;
  if (need <= 0) {
    for (std::uint32_t e = 0; e < entries_.size(); ++e) candidates.push_back(e);
  } else {
    std::vector<std::uint16_t> shared(entries_.size(), 0);
    for (auto t : mine)
      if (auto it = postings_.find(t); it != postings_.end())
        for (auto e : it->second)
          if (++shared[e] == need) candidates.push_back(e);
    std::sort(candidates.begin(), candidates.end());
  }
  std::vector<std::string> near;
  std::size_t best = k + 1;
  for (auto e : candidates) {
    const auto& x = entries_[e];
    std::size_t limit = limit_for(x.form.size(), form.size());
    if (limit == 0) continue;
    std::size_t d = edit_distance(form, x.form, limit);
    if (d > limit || d > best) continue;
    if (d < best) near.clear();
    best = d;
    near.push_back(x.id);
  }
  return near;
}

}  // namespace stakemap::survey
