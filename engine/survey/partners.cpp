#include "survey/partners.hpp"

#include <algorithm>
#include <set>

#include "core/text.hpp"
#include "survey/match.hpp"

namespace stakemap::survey {

namespace {
std::string without_parentheses(const std::string& s) {
  std::string out;
  int depth = 0;
  for (char c : s) {
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (depth == 0) out += c;
  }
  return out;
}
}  // namespace

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

void PartnerMatcher::add(const model::Organisation& o) {
  by_id_[text::lower(o.id)] = o.id;
  std::vector<std::string> texts{o.name};
  texts.insert(texts.end(), o.aliases.begin(), o.aliases.end());
  for (const auto& t : texts) {
    if (auto f = norm(t); !f.empty()) exact_.push_back({o.id, f});
    if (auto f = norm(without_parentheses(t)); !f.empty()) bare_.push_back({o.id, f});
  }
}

PartnerMatch PartnerMatcher::pick(const std::vector<const Entry*>& hits) const {
  std::set<std::string> ids;
  for (const auto* e : hits) ids.insert(e->id);
  PartnerMatch m;
  if (ids.size() == 1) {
    m.kind = PartnerMatch::Kind::org;
    m.id = *ids.begin();
  } else if (ids.size() > 1) {
    m.kind = PartnerMatch::Kind::ambiguous;
    for (const auto& id : ids) m.note += (m.note.empty() ? "" : ", ") + id;
  }
  return m;
}

PartnerMatch PartnerMatcher::match(const std::string& item) const {
  if (auto it = by_id_.find(text::lower(std::string(text::trim(item)))); it != by_id_.end())
    return {PartnerMatch::Kind::org, it->second, ""};
  std::string f = norm(item), bare = norm(without_parentheses(item));
  for (const auto* list : {&exact_, &bare_}) {
    std::vector<const Entry*> hits;
    for (const auto& e : *list)
      if (e.form == f || e.form == bare) hits.push_back(&e);
    if (auto m = pick(hits); m.kind != PartnerMatch::Kind::unmatched) return m;
  }
  for (const auto& p : q_.partner_types)
    if (f == norm(p.code) || names(item, p.label)) return {PartnerMatch::Kind::partner_type, p.code, ""};
  std::vector<const Entry*> near;
  std::size_t best = 3;
  for (const auto* list : {&exact_, &bare_})
    for (const auto& e : *list) {
      std::size_t limit = std::min<std::size_t>(2, std::max(e.form.size(), f.size()) / 10);
      if (limit == 0) continue;
      std::size_t d = edit_distance(f, e.form, limit);
      if (d > limit || d > best) continue;
      if (d < best) near.clear();
      best = d;
      near.push_back(&e);
    }
  return pick(near);
}

model::Organisation placeholder(const PartnerType& p) {
  model::Organisation o;
  o.id = "partner-" + p.code;
  o.name = p.label.en + " (partner type)";
  o.kind = p.kind;
  o.level = p.level;
  o.attributes["placeholder"] = "partner-type";
  return o;
}

}  // namespace stakemap::survey
