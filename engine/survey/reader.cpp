#include "survey/reader.hpp"

#include <map>
#include <set>
#include <tuple>

#include "core/escape.hpp"
#include "core/text.hpp"
#include "io/csv_reader.hpp"
#include "survey/cells.hpp"
#include "survey/match.hpp"

namespace stakemap::survey {

namespace {

using Kind = ColumnTarget::Kind;

std::vector<std::pair<std::string, ColumnTarget>> read_header(io::RecordSource& csv,
                                                              const std::vector<std::string>& names,
                                                              const Questionnaire& q, const Mapping* mapping,
                                                              dataset::Diagnostics& diags) {
  std::vector<std::pair<std::string, ColumnTarget>> cols;
  std::map<std::tuple<int, int, int, int, std::string>, std::size_t> seen;
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto t = resolve_column(q, names[i], mapping);
    if (t.kind == Kind::unknown && !text::trim(names[i]).empty())
      diags.warning(csv.position(i),
                    "column " + quoted(names[i]) + " is not read: " + t.why +
                        " (see `stakemap survey questions`, or name it in a column mapping: docs/survey.md)");
    if (t.kind != Kind::unknown && t.kind != Kind::ignore && t.kind != Kind::meta) {  // meta: the first wins
      auto key = std::make_tuple(static_cast<int>(t.kind), t.question, t.scope, t.option, t.meta);
      if (auto [it, fresh] = seen.emplace(key, i); !fresh)
        diags.error(csv.position(i), "column " + quoted(names[i]) + " holds the same answer as column " +
                                         std::to_string(it->second + 1) + " (" + quoted(names[it->second]) + ")");
    }
    cols.emplace_back(names[i], t);
  }
  return cols;
}

}  // namespace

void check_skip_logic(const Questionnaire& q, const Response& r, dataset::Diagnostics& diags) {
  auto status = asked(q, r);
  for (std::size_t qi = 0; qi < q.questions.size(); ++qi) {
    const auto& qq = q.questions[qi];
    for (std::size_t s = 0; s < qq.scopes.size(); ++s) {
      const auto& a = r.at(static_cast<int>(qi), static_cast<int>(s));
      if (!a.given || status[qi][s] != Asked::no) continue;
      std::string col = qq.scopes.size() > 1 ? " [" + qq.scopes[s] + "]" : "";
      diags.error(a.where, qq.id + col + " is answered but was not asked: " +
                               why_not_asked(q, r, static_cast<int>(qi), static_cast<int>(s), status) +
                               " (skip logic: asked only if " + qq.asked_if_text + ")");
    }
  }
}

ResponseFile read_responses(std::istream& in, const std::string& file, const Questionnaire& q, const Mapping* mapping,
                            dataset::Diagnostics& diags) {
  io::CsvReader csv(in, file);
  return read_responses(csv, q, mapping, diags);
}

ResponseFile read_responses(io::RecordSource& csv, const Questionnaire& q, const Mapping* mapping,
                            dataset::Diagnostics& diags) {
  ResponseFile out;
  const std::string& file = csv.file();
  std::vector<std::string> cells;
  if (!csv.next(cells)) {
    diags.error({file, 1, 0}, "empty file: a header row is needed");
    return out;
  }
  out.columns = read_header(csv, cells, q, mapping, diags);
  bool any_answer = false;
  for (const auto& [name, t] : out.columns) any_answer = any_answer || t.question >= 0;
  if (!any_answer) {
    diags.error({file, 1, 0}, "no column of the header is a question of questionnaire '" + q.id +
                                  "' (see `stakemap survey questions`)");
    return out;
  }
  while (csv.next(cells)) {
    Response r;
    r.line = csv.line();
    std::set<std::tuple<int, int, int>> said_no;
    if (cells.size() > out.columns.size())
      diags.error(csv.position(out.columns.size()), "record has " + std::to_string(cells.size()) +
                                                        " fields but the header has " +
                                                        std::to_string(out.columns.size()));
    for (std::size_t i = 0; i < cells.size() && i < out.columns.size(); ++i) {
      const auto& t = out.columns[i].second;
      std::string cell = escape::unguard(text::trim(cells[i]));
      if (cell.empty()) continue;
      if (t.kind == Kind::meta) {
        if (t.meta == "respondent") {
          if (r.respondent.empty()) r.respondent = cell;
        } else if (t.meta == "org") {
          if (r.org.empty()) {
            r.org = cell;
            r.org_at = csv.position(i);
          }
        } else if (t.meta == "language") {
          if (r.language.empty()) r.language = text::lower(cell);
        } else if (!r.prefill.count(t.meta)) {
          r.prefill[t.meta] = cell;
          r.prefill_at[t.meta] = csv.position(i);
        }
        continue;
      }
      if (t.question < 0) continue;
      const auto& qq = q.questions[static_cast<std::size_t>(t.question)];
      auto& a = r.at(t.question, t.scope);
      if (!a.given) a.where = csv.position(i);
      std::string problem;
      if (t.kind == Kind::value) {
        problem = parse_value(qq, cell, a);
      } else if (t.kind == Kind::option) {
        bool no = false;
        problem = parse_option_cell(qq, t.option, cell, a, no);
        if (no) said_no.insert({t.question, t.scope, t.option});
      } else if (t.kind == Kind::text) {
        a.texts[t.option] = cell;
        a.given = true;
      }
      if (!problem.empty()) diags.error(csv.position(i), problem);
    }
    for (auto& [key, a] : r.answers) {  // in questionnaire order
      auto [qi, s] = key;
      if (!a.given) continue;
      const auto& qq = q.questions[static_cast<std::size_t>(qi)];
      if (auto problem = finish_answer(qq, a); !problem.empty()) diags.error(a.where, problem);
      for (int o : a.options)
        if (said_no.count({qi, s, o}))
          diags.error(a.where, qq.id + ": option '" + qq.options[static_cast<std::size_t>(o)].code +
                                   "' is marked not chosen, yet chosen or given a text in another column");
    }
    if (std::size_t held = r.bytes(); held > kRespondentBudget)
      throw InputError(Position(file, r.line, 0).str() + ": this respondent's answers take " + std::to_string(held) +
                       " bytes of memory, more than " + std::to_string(kRespondentBudget) +
                       " (the limit for one respondent, docs/security.md)");
    check_skip_logic(q, r, diags);
    out.responses.push_back(std::move(r));
  }
  return out;
}

}  // namespace stakemap::survey
