#include "survey/org_builder.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/text.hpp"
#include "model/schema.hpp"
#include "model/territory_graph.hpp"
#include "survey/feeds.hpp"
#include "survey/match.hpp"

namespace stakemap::survey {

std::string slug(const std::string& name) {
  std::string s = text::slug(name, 60);
  return s.empty() ? "org" : s;
}

namespace {

int name_question(const Questionnaire& q) {
  for (std::size_t i = 0; i < q.questions.size(); ++i)
    if (feed_of(q.questions[i]).kind == Feed::Kind::name) return static_cast<int>(i);
  return -1;
}

// The member of organisation field `column` (a questionnaire feeds only schema fields).
const model::Field<model::Organisation>& field_of(const std::string& column) {
  const auto* f = model::schema<model::Organisation>().find(column);
  if (!f) throw std::logic_error("survey: feed of an unknown organisation field " + column);
  return *f;
}

// Feeds of the options chosen, in option order, each once (`codes`: the code when no feed).
std::vector<std::string> fed(const Question& qq, const Answer& a, bool codes) {
  std::vector<int> chosen = a.options;
  std::sort(chosen.begin(), chosen.end());
  std::vector<std::string> out;
  for (int o : chosen) {
    const auto& opt = qq.options[static_cast<std::size_t>(o)];
    std::string v = !opt.feeds.empty() ? opt.feeds : codes ? opt.code : "";
    if (!v.empty() && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  }
  return out;
}

}  // namespace

void OrgBuilder::assign_ids(std::vector<Response>& responses) {
  int nq = name_question(q_);
  std::set<std::string> taken;
  for (const auto& o : map_.organisations) taken.insert(o.id);
  std::map<std::string, long> used;
  std::unordered_map<std::string, std::string> by_name;  // normal form of a name or alias -> id(s)
  for (const auto& o : map_.organisations) {
    std::set<std::string> forms{norm(o.name)};
    for (const auto& a : o.aliases) forms.insert(norm(a));
    for (const auto& f : forms)
      if (auto [it, fresh] = by_name.emplace(f, o.id); !fresh) it->second += ", " + o.id;
  }
  const auto& id_field = *model::schema<model::Organisation>().find("id");
  for (auto& r : responses) {
    if (!r.org.empty() && check_.id(id_field, r.org, r.org_at).empty()) continue;
    std::string name = nq >= 0 ? r.at(nq).text : "";
    if (r.org.empty() && !name.empty()) {
      if (auto it = by_name.find(norm(name)); it != by_name.end()) {
        if (it->second.find(", ") != std::string::npos) {
          diags_.error(r.at(nq).where, "the name " + quoted(name) + " is that of several organisations (" + it->second +
                                           "): give an `org` column");
          continue;
        }
        r.org = it->second;
        r.matched_by_name = true;
      }
      if (r.org.empty()) {
        std::string base = slug(name), id = base;
        for (int k = 2; taken.count(id); ++k) id = base + "-" + std::to_string(k);
        r.org = id;
        taken.insert(id);
        by_name.emplace(norm(name), id);  // a later respondent with the same name is the same organisation
      }
    }
    if (r.org.empty()) {
      diags_.error({file_, r.line, 0},
                   "respondent without an organisation: give the name (" +
                       (nq >= 0 ? q_.questions[static_cast<std::size_t>(nq)].id : std::string("no name question")) +
                       ") or an `org` column");
      continue;
    }
    if (auto [it, fresh] = used.emplace(r.org, r.line); !fresh)
      diags_.error({file_, r.line, 0}, "organisation " + quoted(r.org) + " already answered at line " +
                                           std::to_string(it->second) + " (one response per organisation)");
    if (r.respondent.empty()) r.respondent = r.org;
  }
}

std::vector<std::string> OrgBuilder::territories(const Question& qq, const Answer& a, const Response& r) {
  std::vector<std::string> out;
  auto add = [&](const std::string& id) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  std::vector<int> chosen = a.options;
  std::sort(chosen.begin(), chosen.end());
  for (int o : chosen) {
    const auto& opt = qq.options[static_cast<std::size_t>(o)];
    for (const auto& id : text::split_list(opt.feeds)) {
      if (map_.territory(id)) add(id);
      else
        diags_.error(a.where, qq.id + ": option '" + opt.code + "' feeds territory '" + id +
                                  "', which is not in the map (import territories.csv first)");
    }
    auto it = a.texts.find(o);
    if (!opt.feeds.empty() || it == a.texts.end()) continue;
    for (const auto& place : text::split_list(it->second, it->second.find(';') != std::string::npos ? ';' : ',')) {
      const model::Territory* hit = map_.territory(place);
      const auto wanted = norm(place);
      auto named = [&](const model::Territory& t) {  // by its name in any language
        if (wanted == norm(t.name) || wanted == norm(t.name_fr) || wanted == norm(t.name_nl) ||
            wanted == norm(t.name_de))
          return true;
        return std::any_of(t.attributes.begin(), t.attributes.end(),
                           [&](const auto& name) { return !name.second.empty() && wanted == norm(name.second); });
      };
      for (const auto& t : map_.territories)
        if (!hit && named(t)) hit = &t;
      if (hit) add(hit->id);
      else
        diags_.warning(a.where, qq.id + " (respondent " + quoted(r.respondent) + "): place " + quoted(place) +
                                    " is not a territory of the map; kept in the answers only");
    }
  }
  return out;
}

void OrgBuilder::prefill(const Response& r, OrgUpdate& u, const std::vector<std::string>& areas, bool other_area) {
  const auto& schema = model::schema<model::Organisation>();
  for (const auto& [column, value] : r.prefill) {
    const Position& at = r.prefill_at.at(column);
    const auto& field = *schema.find(column);
    if (column != "territories") {
      std::size_t errors = diags_.errors();
      auto org = u.org;
      check_.set(org, field, value, at);
      if (diags_.errors() > errors) continue;
      u.org = std::move(org);
    } else {
      if (!graph_) graph_ = std::make_unique<model::TerritoryGraph>(map_);
      const auto& tg = *graph_;
      std::set<int> answered;
      for (const auto& id : areas)
        for (int leaf : tg.leaves_below(map_.territory_index(id))) answered.insert(leaf);
      u.org.territories.clear();
      for (const auto& id : check_.values(field, value, at)) {
        int ti = map_.territory_index(id);
        if (!check_.check_ref(
                column, id, [&](const std::string&) { return ti >= 0; }, "territory", at))
          continue;
        bool inside = other_area || areas.empty();
        for (int leaf : tg.leaves_below(ti)) inside = inside || answered.count(leaf) > 0;
        if (!inside)
          diags_.error(
              at, "territory " + quoted(id) + " lies outside the areas answered (" + text::join(areas, ", ") + ")");
        u.org.territories.push_back(id);
      }
    }
    u.present.insert(column);
  }
}

OrgUpdate OrgBuilder::build(const Response& r) {
  OrgUpdate u;
  const auto* existing = map_.org(r.org);
  u.existed = existing != nullptr;
  if (existing) u.org = *existing;
  u.org.id = r.org;
  u.org.attributes.clear();  // only the attributes set below are written
  auto status = asked(q_, r);
  std::vector<std::string> areas;
  bool other_area = false;
  for (std::size_t qi = 0; qi < q_.questions.size(); ++qi) {
    const auto& qq = q_.questions[qi];
    Feed f = feed_of(qq);
    for (std::size_t s = 0; s < qq.scopes.size(); ++s) {
      const auto& a = r.at(static_cast<int>(qi), static_cast<int>(s));
      bool skipped = status[qi][s] == Asked::no;
      if (!skipped && !a.given) continue;
      bool first = s == 0, touched = false;
      switch (f.kind) {
        case Feed::Kind::name:  // an organisation found by its name or an alias keeps the map's name
          if ((touched = first && !skipped && !(u.existed && r.matched_by_name))) u.org.name = a.text;
          break;
        case Feed::Kind::codes:
          if ((touched = first))
            u.org.*field_of(f.column).list = skipped ? std::vector<std::string>{} : fed(qq, a, false);
          break;
        case Feed::Kind::code:
          if ((touched = first)) {
            auto v = skipped ? std::vector<std::string>{} : fed(qq, a, false);
            u.org.*field_of(f.column).text = v.empty() ? "" : v.front();
          }
          break;
        case Feed::Kind::territories:
          if ((touched = first && !skipped)) {
            u.org.territories = areas = territories(qq, a, r);
            other_area = qq.other_option() >= 0 && a.has(qq.other_option());
          }
          break;
        case Feed::Kind::attribute: {
          if (skipped) break;
          std::string suffix = first ? "" : "_" + qq.scopes[s];
          if (qq.type == QuestionType::open) u.org.attributes[f.column + suffix] = a.text;
          else if (qq.type != QuestionType::likert) u.org.attributes[f.column + suffix] = text::join(fed(qq, a, true));
          for (const auto& [row, level] : a.levels) {
            const auto& ro = qq.options[static_cast<std::size_t>(row)];
            const auto& lo = qq.options[static_cast<std::size_t>(level)];
            u.org.attributes[f.column + "." + (ro.feeds.empty() ? ro.code : ro.feeds) + suffix] =
                lo.feeds.empty() ? lo.code : lo.feeds;
          }
          break;
        }
        default: break;
      }
      if (touched) u.present.insert(f.column);
    }
  }
  if (!r.language.empty()) u.org.attributes["survey_language"] = r.language;
  prefill(r, u, areas, other_area);
  return u;
}

}  // namespace stakemap::survey
