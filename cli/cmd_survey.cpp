// stakemap survey questions|summary|texts: the questionnaire model, and the report's
// per-question tables (Annex II) from the answers stored in the map.
#include <algorithm>
#include <cxxopts.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "core/errors.hpp"
#include "core/text.hpp"
#include "store/answers.hpp"
#include "survey/answer_store.hpp"
#include "survey/columns.hpp"
#include "survey/feeds.hpp"
#include "survey/summary.hpp"

namespace stakemap::cli {

namespace {

TextList flags_of(const survey::Option& o) {
  TextList f;
  if (o.other) f.push_back("other");
  else if (o.text) f.push_back("text");
  if (o.exclusive) f.push_back("exclusive");
  if (o.level) f.push_back("level");
  return f;
}

Table list_questions(const survey::Questionnaire& q, const std::string& lang) {
  Table t;
  t.title = q.title.in(lang) + " (" + q.id + ")";
  t.columns = {"question", "section", "type", "scopes", "asked_if", "feeds", "options", "required", "label"};
  for (const auto& qq : q.questions)
    t.add({qq.id, qq.section, survey::type_name(qq.type), qq.scopes, qq.asked_if_text, qq.feeds,
           static_cast<long long>(qq.options.size()), qq.required ? "yes" : "", qq.label.in(lang)});
  return t;
}

Table list_options(const survey::Questionnaire& q, const std::vector<std::string>& ids, const std::string& lang) {
  Table t;
  t.columns = {"question", "option", "column", "feeds", "flags", "label"};
  for (const auto& id : ids) {
    int qi = q.find(id);
    if (qi < 0) throw UsageError("questionnaire " + q.id + " has no question '" + id + "'");
    const auto& qq = q.questions[static_cast<std::size_t>(qi)];
    for (std::size_t s = 0; s < qq.scopes.size(); ++s) {
      survey::ColumnTarget target;
      target.question = qi;
      target.scope = static_cast<int>(s);
      target.kind = survey::ColumnTarget::Kind::value;
      t.add({qq.id, "", survey::canonical_header(q, target), qq.feeds, TextList(), qq.label.in(lang)});
      for (std::size_t o = 0; o < qq.options.size(); ++o) {
        const auto& opt = qq.options[o];
        target.option = static_cast<int>(o);
        target.kind = survey::ColumnTarget::Kind::option;
        std::string column =
            opt.level || qq.type == survey::QuestionType::single || qq.type == survey::QuestionType::scale
                ? ""
                : survey::canonical_header(q, target);
        if (opt.text && !opt.level) {  // the column of its "please specify" text
          target.kind = survey::ColumnTarget::Kind::text;
          column += (column.empty() ? "" : ", ") + survey::canonical_header(q, target);
        }
        t.add({qq.id, opt.code, column, opt.feeds, flags_of(opt), opt.label.in(lang)});
      }
    }
  }
  return t;
}

// The questionnaire to summarise: --questionnaire, else the one the map holds answers to.
survey::Questionnaire pick(const store::Store& s, const cxxopts::ParseResult& r) {
  auto stored = store::stored_questionnaires(s);
  if (r.count("questionnaire")) {
    std::string id = r["questionnaire"].as<std::string>();
    if (std::find(stored.begin(), stored.end(), id) != stored.end()) return survey::load_saved_questionnaire(s, id);
    return survey::Questionnaire::load(id);
  }
  if (stored.empty())
    throw InputError(s.path() +
                     ": no survey answers in this map (import them with `stakemap import FILE --kind survey`)");
  if (stored.size() > 1)
    throw UsageError("the map holds answers to several questionnaires (" + text::join(stored, ", ") +
                     "): give --questionnaire");
  return survey::load_saved_questionnaire(s, stored.front());
}

Table texts_table(const survey::Questionnaire& q, const std::vector<survey::QuestionSummary>& all,
                  const model::Map& map) {
  Table t;
  t.columns = {"id", "name", "question", "scope", "option", "text"};
  for (const auto& qs : all)
    for (const auto& x : qs.texts) {
      const auto* o = map.org(x.org);
      t.add(
          {x.org, o ? o->name : "", q.questions[static_cast<std::size_t>(qs.question)].id, qs.scope, x.option, x.text});
    }
  return t;
}

}  // namespace

int run_survey(Context& ctx, const std::vector<std::string>& args) {
  cxxopts::Options options("stakemap survey",
                           "The questionnaire model and the survey statistics.\n"
                           "  questions [Q...]   the questions (with Q ids: their options and column names)\n"
                           "  summary [Q...]     per-question tables over the right base (Annex II)\n"
                           "  texts [Q...]       the texts given: open answers, \"please specify\", partner names");
  add_global_options(options);
  std::string builtin = text::join(survey::Questionnaire::builtin_ids(), ", ");
  // clang-format off
  options.add_options()
    ("what", "questions, summary or texts", cxxopts::value<std::string>())
    ("ids", "question ids", cxxopts::value<std::vector<std::string>>())
    ("questionnaire", "questionnaire id (built in: " + builtin + ") or CSV file; summary/texts default: the one "
     "the map holds answers to", cxxopts::value<std::string>())
    ("scope", "summary/texts: only this answer column (all or ukraine)", cxxopts::value<std::string>());
  // clang-format on
  options.parse_positional({"what", "ids"});
  options.positional_help("questions|summary|texts [Q...]");
  cxxopts::ParseResult r;
  if (!parse(options, args, ctx, r)) return 0;
  std::string what = r.count("what") ? r["what"].as<std::string>() : "";
  std::vector<std::string> ids = r.count("ids") ? r["ids"].as<std::vector<std::string>>() : std::vector<std::string>{};
  if (what == "questions") {
    auto q = survey::Questionnaire::load(r.count("questionnaire") ? r["questionnaire"].as<std::string>()
                                                                  : survey::Questionnaire::kDefault);
    ctx.print(ids.empty() ? list_questions(q, i18n::code(ctx.lang)) : list_options(q, ids, i18n::code(ctx.lang)));
    return 0;
  }
  if (what != "summary" && what != "texts") throw UsageError("survey needs what to show: questions, summary or texts");
  auto store = open_map(ctx, store::Store::Mode::read);
  auto q = pick(store, r);
  auto responses = survey::load_answers(store, q);
  survey::SummaryOptions so{ids, r.count("scope") ? r["scope"].as<std::string>() : "", i18n::code(ctx.lang)};
  auto summaries = survey::summarise(q, responses, so);
  if (what == "texts") {
    auto map = load_map(store);
    ctx.print(texts_table(q, summaries, map));
  } else if (ctx.format == TableFormat::table) {
    survey::print_annex(*ctx.out, q, summaries, static_cast<long long>(responses.size()), i18n::code(ctx.lang));
  } else {
    ctx.print(survey::summary_records(q, summaries));
  }
  return 0;
}

}  // namespace stakemap::cli
