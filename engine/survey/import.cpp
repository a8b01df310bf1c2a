#include "survey/import.hpp"
#include "io/record_source.hpp"

#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>
#include <tuple>

#include "core/table.hpp"
#include "store/answers.hpp"
#include "store/history.hpp"
#include "store/writer.hpp"
#include "survey/answer_store.hpp"
#include "survey/org_builder.hpp"
#include "survey/reader.hpp"

namespace stakemap::survey {

namespace {

// Warns once per question and answer column that required answers are missing. Counts as it
// goes: the skip logic of one respondent at a time is held, never that of every respondent.
void warn_missing(const Questionnaire& q, const std::vector<Response>& rs, const std::string& file,
                  dataset::Diagnostics& diags) {
  struct Count {
    long asked = 0, missing = 0;
  };
  std::vector<std::vector<Count>> counts(q.questions.size());
  for (std::size_t qi = 0; qi < q.questions.size(); ++qi)
    if (q.questions[qi].required) counts[qi].resize(q.questions[qi].scopes.size());
  for (const auto& r : rs) {
    auto status = asked(q, r);
    for (std::size_t qi = 0; qi < counts.size(); ++qi)
      for (std::size_t s = 0; s < counts[qi].size(); ++s) {
        if (status[qi][s] == Asked::no) continue;
        ++counts[qi][s].asked;
        counts[qi][s].missing += !r.at(static_cast<int>(qi), static_cast<int>(s)).given;
      }
  }
  for (std::size_t qi = 0; qi < counts.size(); ++qi) {
    const auto& qq = q.questions[qi];
    for (std::size_t s = 0; s < counts[qi].size(); ++s) {
      auto [asked_n, missing] = counts[qi][s];
      if (missing > 0 && asked_n > missing)  // a column nobody answered is simply not in the file
        diags.warning({file, 0, 0}, qq.id + (qq.scopes.size() > 1 ? " [" + qq.scopes[s] + "]" : "") + ": " +
                                        std::to_string(missing) + " of the " + std::to_string(asked_n) +
                                        " respondents asked did not answer this required question");
    }
  }
}

}  // namespace

ImportReport import_responses(store::Store& store, const std::string& path, const ImportOptions& options) {
  ImportReport report;
  report.file = path;
  Questionnaire q = Questionnaire::load(options.questionnaire);
  report.questionnaire = q.id;
  Mapping mapping;
  if (!options.mapping.empty()) mapping = read_mapping(options.mapping);
  auto records = io::open_records(path, options.sheet);
  dataset::Diagnostics diags;
  auto file = read_responses(*records, q, options.mapping.empty() ? nullptr : &mapping, diags);
  auto& rs = file.responses;
  auto map = store.load();
  map.reindex();
  OrgBuilder builder(q, map, diags, records->file());
  builder.assign_ids(rs);
  std::vector<OrgUpdate> orgs;
  PartnerMatcher matcher(q);
  for (const auto& o : map.organisations) matcher.add(o);
  for (const auto& r : rs) {
    if (r.org.empty()) continue;
    orgs.push_back(builder.build(r));
    matcher.add(orgs.back().org);
  }
  auto flows = build_flows(q, rs, matcher, diags);
  warn_missing(q, rs, records->file(), diags);
  diags.throw_if_errors();

  store::Writer w(store, options.command, std::filesystem::absolute(path).string());
  if (!options.author.empty() || !options.note.empty())
    w.set_origin(options.author.empty() ? store::default_author() : options.author, options.note);
  if (options.dry_run) w.dry_run();
  if (options.replace) store::clear_answers(w, q.id);  // the map's records stay (docs/survey.md)
  for (const auto& p : flows.placeholders)
    if (!map.org(p.id)) {
      w.put_org(p, {"name", "kind", "level"});
      ++report.placeholders;
    }
  for (const auto& u : orgs) {
    w.put_org(u.org, u.present);
    ++(u.existed ? report.orgs_updated : report.orgs_created);
  }
  std::set<std::tuple<std::string, std::string, std::string, std::string, std::string>> known;
  for (const auto& f : map.flows) known.insert({f.from, f.to, f.status, f.basis, f.population});
  for (const auto& f : flows.flows) {
    // Q28 gives one regularity per organisation and answer column: it sets new flows, but does not
    // overwrite the finer, per-flow regularity of a flow already in the map.
    store::FieldSet present{"source"};
    if (!f.regularity.empty() && !known.count({f.from, f.to, f.status, f.basis, f.population}))
      present.insert("regularity");
    if (w.put_flow(f, present)) ++report.flows;
  }
  save_questionnaire(w, q);
  write_answers(w, q, rs);
  report.respondents = static_cast<long>(rs.size());
  report.answers = w.counts().answers;
  report.unmatched = std::move(flows.unmatched);
  report.warnings = diags.list();
  if (!options.dry_run)
    w.commit(std::to_string(report.respondents) + " respondents, " + std::to_string(report.flows) + " flows, " +
             std::to_string(report.unmatched.size()) + " unmatched partners");
  return report;
}

void print_report(std::ostream& out, const ImportReport& r, bool dry_run) {
  out << (dry_run ? "valid (dry run, nothing written): " : "imported: ") << r.respondents << " respondents to "
      << r.questionnaire << " -> " << r.orgs_created << " new and " << r.orgs_updated << " updated organisations, "
      << r.placeholders << " partner-type placeholders, " << r.flows << " flows, " << r.answers << " answers";
  if (!r.warnings.empty()) out << " (" << r.warnings.size() << " warnings)";
  out << "\n";
  if (r.unmatched.empty()) return;
  out << r.unmatched.size() << " partner name" << (r.unmatched.size() > 1 ? "s" : "")
      << " matched no organisation (no flow made; add the organisation or an alias, then import again):\n";
  Table t;
  t.columns = {"where", "respondent", "question", "scope", "partner", "note"};
  for (const auto& u : r.unmatched) t.add({u.where.str(), u.respondent, u.question, u.scope, u.text, u.note});
  print_table(out, t);
}

}  // namespace stakemap::survey
