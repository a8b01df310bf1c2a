#include "survey/feeds.hpp"

#include <regex>

#include "dataset/columns.hpp"
#include "model/taxonomy.hpp"

namespace stakemap::survey {

std::string parse_feed(const std::string& feeds, Feed& out) {
  out = Feed{};
  if (feeds.empty()) return "";
  const auto& tax = model::Taxonomy::builtin();
  if (feeds.rfind("flows:", 0) == 0) {
    out.kind = Feed::Kind::flows;
    out.basis = feeds.substr(6);
    if (!tax.has("flow_basis", out.basis))
      return "unknown flow basis '" + out.basis + "' (allowed: " + tax.allowed("flow_basis") + ")";
    return "";
  }
  if (feeds == "regularity") {
    out.kind = Feed::Kind::regularity;
    out.facet = "regularity";
    return "";
  }
  for (const auto& c : dataset::columns(dataset::FileKind::organisations)) {
    if (feeds != c.name) continue;
    out.column = c.name;
    out.facet = c.facet;
    switch (c.check) {
      case dataset::Check::codes: out.kind = Feed::Kind::codes; return "";
      case dataset::Check::code: out.kind = Feed::Kind::code; return "";
      case dataset::Check::territories: out.kind = Feed::Kind::territories; return "";
      default: break;
    }
    if (feeds == "name") {
      out.kind = Feed::Kind::name;
      return "";
    }
    return "column '" + feeds + "' cannot be fed by a survey answer (ids, aliases and contacts are not asked)";
  }
  static const std::regex attribute_name("[a-z][a-z0-9_.-]*");
  if (!std::regex_match(feeds, attribute_name))
    return "'" + feeds +
           "' is not a model field: use an organisations.csv column, flows:BASIS, regularity, "
           "or an attribute name (lower-case letters, digits, '_', '.', '-')";
  out.kind = Feed::Kind::attribute;
  out.column = feeds;
  if (tax.has_facet(feeds)) out.facet = feeds;  // an attribute named after a facet holds its codes
  return "";
}

namespace {
bool single_valued(QuestionType t) { return t == QuestionType::single || t == QuestionType::scale; }
/// "a multiple", "an open": the type with its article, for messages.
std::string a_type(QuestionType t) { return (t == QuestionType::open ? "an " : "a ") + std::string(type_name(t)); }
}  // namespace

std::string check_feed(const Question& q, const Feed& f, const Option** bad_option) {
  *bad_option = nullptr;
  using K = Feed::Kind;
  const auto type = a_type(q.type);
  switch (f.kind) {
    case K::none: return "";
    case K::name:
      if (q.type != QuestionType::open) return "only an open question can feed the name";
      break;
    case K::codes:
    case K::territories:
      if (!q.choice()) return type + " question cannot feed '" + f.column + "' (use single or multiple)";
      break;
    case K::code:
    case K::regularity:
      if (!single_valued(q.type))
        return type + " question cannot feed '" + q.feeds + "' (one value: use single or scale)";
      break;
    case K::attribute:
      if (q.type == QuestionType::partners) return "a partners question feeds flows, not an attribute";
      break;
    case K::flows: {
      if (q.type != QuestionType::partners && q.type != QuestionType::single)
        return "only a partners question, or a single question whose option takes a text, can feed flows";
      const auto& tax = model::Taxonomy::builtin();
      for (const auto& s : q.scopes)
        if (!tax.has("population", s))
          return "a question feeding flows needs answer columns that are population codes, not '" + s + "'";
      break;
    }
  }
  if (f.facet.empty()) return "";
  const auto& tax = model::Taxonomy::builtin();
  for (const auto& o : q.options) {
    if (o.level || o.feeds.empty()) continue;
    if (!tax.has(f.facet, o.feeds)) {
      *bad_option = &o;
      return "option '" + o.code + "' feeds '" + o.feeds + "', which is not a " + f.facet +
             " code (allowed: " + tax.allowed(f.facet) + ")";
    }
  }
  return "";
}

Feed feed_of(const Question& q) {
  Feed f;
  parse_feed(q.feeds, f);
  return f;
}

}  // namespace stakemap::survey
