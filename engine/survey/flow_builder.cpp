#include "survey/flow_builder.hpp"

#include <map>
#include <set>

#include "core/text.hpp"
#include "survey/feeds.hpp"
#include "survey/match.hpp"

namespace stakemap::survey {

std::vector<std::string> partner_items(const std::string& t) {
  std::string s = t;
  for (char& c : s)
    if (c == '|' || c == '\n' || c == '\r') c = ';';
  return text::split_list(s, ';');
}

namespace {

int regularity_question(const Questionnaire& q) {
  for (std::size_t i = 0; i < q.questions.size(); ++i)
    if (feed_of(q.questions[i]).kind == Feed::Kind::regularity) return static_cast<int>(i);
  return -1;
}

// The regularity a respondent gives in one answer column: "regular", "sporadic", "" when
// unanswered, "none" when the answer feeds nothing (does not share).
std::string regularity(const Questionnaire& q, const Response& r, int rq, const std::string& scope) {
  if (rq < 0) return "";
  const auto& qq = q.questions[static_cast<std::size_t>(rq)];
  int s = qq.scope(scope);
  if (s < 0) return "";
  const auto& a = r.at(rq, s);
  if (!a.given || a.options.empty()) return "";
  const auto& fed = qq.options[static_cast<std::size_t>(a.options.front())].feeds;
  return fed.empty() ? "none" : fed;
}

struct Pending {
  std::set<std::string> scopes;
  std::string regularity;
};

}  // namespace

SurveyFlows build_flows(const Questionnaire& q, std::vector<Response>& responses, const PartnerMatcher& matcher,
                        dataset::Diagnostics& diags) {
  SurveyFlows out;
  std::set<std::string> placeholders;
  int rq = regularity_question(q);
  for (auto& r : responses) {
    std::map<std::pair<std::string, std::string>, Pending> pending;  // (to, basis)
    auto st = asked(q, r);
    for (std::size_t qi = 0; qi < q.questions.size(); ++qi) {
      const auto& qq = q.questions[qi];
      Feed f = feed_of(qq);
      if (f.kind != Feed::Kind::flows) continue;
      for (std::size_t s = 0; s < qq.scopes.size(); ++s) {
        Answer* given = r.find(static_cast<int>(qi), static_cast<int>(s));
        if (!given || !given->given || st[qi][s] == Asked::no) continue;
        Answer& a = *given;
        const std::string& scope = qq.scopes[s];
        std::vector<std::string> items;
        std::string reg;
        if (qq.type == QuestionType::partners) {
          reg = f.basis == "voluntary" ? regularity(q, r, rq, scope) : "";
          items = a.items;
        } else {
          for (int o : a.options)
            if (auto it = a.texts.find(o); it != a.texts.end() && qq.options[static_cast<std::size_t>(o)].text)
              items = partner_items(it->second);
        }
        if (reg == "none" && qq.type == QuestionType::partners && qq.other_option() >= 0 && !a.items.empty()) {
          // "No" to sharing: the items say why not, not with whom: they are "other" reasons.
          int other = qq.other_option();
          std::string why = a.texts.count(other) ? a.texts[other] : "";
          for (const auto& item : a.items) why += (why.empty() ? "" : "; ") + item;
          a.texts[other] = why;
          a.choose(other);
          a.items.clear();
          items.clear();
        }
        a.resolved.assign(a.items.size(), "");
        for (std::size_t k = 0; k < items.size(); ++k) {
          std::string resolved;
          if (reg == "none") {
            resolved = "reason";  // "No" to sharing and no "other" option: kept as reasons
          } else {
            PartnerMatch m = matcher.match(items[k]);
            std::string to = m.id;
            if (m.kind == PartnerMatch::Kind::partner_type) {
              to = "partner-" + m.id;
              for (const auto& p : q.partner_types)
                if (p.code == m.id && placeholders.insert(to).second) out.placeholders.push_back(placeholder(p));
            }
            if (m.kind == PartnerMatch::Kind::org || m.kind == PartnerMatch::Kind::partner_type) {
              resolved = (m.kind == PartnerMatch::Kind::org ? "org:" : "partner:") + m.id;
              if (to == r.org) {
                diags.warning(a.where, qq.id + " [" + scope + "]: respondent " + quoted(r.respondent) +
                                           " names itself (" + quoted(items[k]) + "); no flow");
              } else {
                auto& p = pending[{to, f.basis}];
                p.scopes.insert(scope);
                if (reg == "regular" || p.regularity.empty()) p.regularity = reg;
              }
            } else {
              resolved = "unmatched";
              out.unmatched.push_back({a.where, r.respondent, r.org, qq.id, scope, items[k],
                                       m.kind == PartnerMatch::Kind::ambiguous ? "ambiguous: " + m.note : ""});
            }
          }
          if (k < a.resolved.size()) a.resolved[k] = resolved;
        }
      }
    }
    for (const auto& [key, p] : pending) {
      model::Flow fl;
      fl.from = r.org;
      fl.to = key.first;
      fl.basis = key.second;
      fl.status = "active";
      fl.population = p.scopes.size() > 1 ? "both" : *p.scopes.begin();
      fl.regularity = p.regularity;
      fl.source = r.org;
      out.flows.push_back(std::move(fl));
    }
  }
  return out;
}

}  // namespace stakemap::survey
