#include "survey/partners.hpp"

#include <algorithm>

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

void PartnerMatcher::add(const model::Organisation& o) {
  by_id_[text::lower(o.id)] = o.id;
  std::vector<std::string> texts{o.name};
  texts.insert(texts.end(), o.aliases.begin(), o.aliases.end());
  for (const auto& t : texts) {
    if (auto f = norm(t); !f.empty()) {
      exact_[f].push_back(o.id);
      near_.add(o.id, f);
    }
    if (auto f = norm(without_parentheses(t)); !f.empty()) {
      bare_[f].push_back(o.id);
      near_.add(o.id, f);
    }
  }
}

PartnerMatch PartnerMatcher::pick(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  PartnerMatch m;
  if (ids.size() == 1) {
    m.kind = PartnerMatch::Kind::org;
    m.id = ids.front();
  } else if (ids.size() > 1) {
    m.kind = PartnerMatch::Kind::ambiguous;
    m.note = text::join(ids, ", ");
  }
  return m;
}

PartnerMatch PartnerMatcher::match(const std::string& item) const {
  if (auto it = by_id_.find(text::lower(std::string(text::trim(item)))); it != by_id_.end())
    return {PartnerMatch::Kind::org, it->second, ""};
  std::string f = norm(item), bare = norm(without_parentheses(item));
  for (const auto* index : {&exact_, &bare_}) {
    std::vector<std::string> ids;
    for (const auto& form : {f, bare})
      if (auto it = index->find(form); it != index->end()) ids.insert(ids.end(), it->second.begin(), it->second.end());
    if (auto m = pick(ids); m.kind != PartnerMatch::Kind::unmatched) return m;
  }
  for (const auto& p : q_.partner_types)
    if (f == norm(p.code) || names(item, p.label)) return {PartnerMatch::Kind::partner_type, p.code, ""};
  std::vector<std::string> near = near_.nearest(f);
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
