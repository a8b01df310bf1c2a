#include "survey/questionnaire.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "dataset/diagnostics.hpp"
#include "io/csv_reader.hpp"
#include "model/embedded.hpp"
#include "survey/questionnaire_rules.hpp"

namespace stakemap::survey {

const char* type_name(QuestionType t) {
  switch (t) {
    case QuestionType::open: return "open";
    case QuestionType::single: return "single";
    case QuestionType::multiple: return "multiple";
    case QuestionType::scale: return "scale";
    case QuestionType::likert: return "likert";
    case QuestionType::partners: return "partners";
  }
  return "open";
}

const std::string& Labels::in(const std::string& lang) const {
  if (lang == "fr" && !fr.empty()) return fr;
  if (lang == "nl" && !nl.empty()) return nl;
  return en;
}

int Question::option(const std::string& code) const {
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].code == code) return static_cast<int>(i);
  return -1;
}

int Question::scope(const std::string& s) const {
  for (std::size_t i = 0; i < scopes.size(); ++i)
    if (scopes[i] == s) return static_cast<int>(i);
  return -1;
}

std::vector<int> Question::rows() const {
  std::vector<int> out;
  for (std::size_t i = 0; i < options.size(); ++i)
    if (!options[i].level) out.push_back(static_cast<int>(i));
  return out;
}

std::vector<int> Question::levels() const {
  std::vector<int> out;
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].level) out.push_back(static_cast<int>(i));
  return out;
}

int Question::other_option() const {
  for (std::size_t i = 0; i < options.size(); ++i)
    if (options[i].other && !options[i].level) return static_cast<int>(i);
  return -1;
}

int Questionnaire::find(const std::string& qid) const {
  std::string l = text::lower(qid);
  if (by_id_.size() == questions.size()) {  // parsed (ids are unique): hashed
    auto it = by_id_.find(l);
    return it == by_id_.end() ? -1 : it->second;
  }
  for (std::size_t i = 0; i < questions.size(); ++i)
    if (text::lower(questions[i].id) == l) return static_cast<int>(i);
  return -1;
}

Labels Questionnaire::scope_label(const std::string& code) const {
  for (const auto& s : scopes)
    if (s.code == code) return s.label;
  return {code, code, code};
}

namespace {

// One record of the questionnaire file, by column name.
struct Record {
  const io::CsvHeader& header;
  const std::vector<std::string>& cells;
  const io::CsvReader& csv;
  std::string get(const char* name) const {
    int i = header.find(name);
    return i >= 0 && i < static_cast<int>(cells.size()) ? std::string(text::trim(cells[static_cast<std::size_t>(i)]))
                                                        : "";
  }
  Position at(const char* name) const {
    int i = header.find(name);
    return i >= 0 ? csv.position(static_cast<std::size_t>(i)) : Position{csv.file(), csv.line(), 0};
  }
  Labels labels() const { return {get("label_en"), get("label_fr"), get("label_nl")}; }
};

}  // namespace

Questionnaire Questionnaire::parse(const std::string& csv_text, const std::string& file, const std::string& id) {
  Questionnaire q;
  q.id = id;
  q.source = csv_text;
  dataset::Diagnostics diags;
  std::istringstream in(csv_text);
  io::CsvReader csv(in, file);
  std::vector<std::string> cells;
  if (!csv.next(cells)) throw InputError(file + ": empty questionnaire file (a header row is needed)");
  io::CsvHeader header(cells);
  for (const char* required : {"question", "label_en"})
    if (header.find(required) < 0)
      throw InputError(file + ":1: missing column '" + std::string(required) +
                       "' (a questionnaire has columns question,option,section,type,scopes,asked_if,feeds,flags,"
                       "label_en,label_fr,label_nl)");
  RuleChecker rules(q, diags);
  while (csv.next(cells)) {
    Record r{header, cells, csv};
    rules.add(r.get("question"), r.get("option"), r.get("section"), r.get("type"), r.get("scopes"), r.get("asked_if"),
              r.get("feeds"), r.get("flags"), r.labels(),
              {r.at("question"), r.at("option"), r.at("type"), r.at("scopes"), r.at("asked_if"), r.at("feeds"),
               r.at("flags"), r.at("label_en")});
  }
  rules.finish();
  diags.throw_if_errors();
  return q;
}

std::vector<std::string> Questionnaire::builtin_ids() {
  std::vector<std::string> ids;
  for (const auto& [path, body] : embedded::model_files()) {
    const std::string prefix = "questionnaires/";
    if (path.rfind(prefix, 0) == 0 && path.size() > prefix.size() + 4 && path.substr(path.size() - 4) == ".csv")
      ids.push_back(path.substr(prefix.size(), path.size() - prefix.size() - 4));
  }
  return ids;
}

Questionnaire Questionnaire::load(const std::string& id_or_file) {
  for (const auto& id : builtin_ids())
    if (id == id_or_file)
      return parse(std::string(model::embedded_model("questionnaires/" + id + ".csv")),
                   "models/questionnaires/" + id + ".csv", id);
  namespace fs = std::filesystem;
  if (!fs::is_regular_file(id_or_file)) {
    std::string known;
    for (const auto& id : builtin_ids()) known += (known.empty() ? "" : ", ") + id;
    throw InputError("'" + id_or_file + "' is neither a built-in questionnaire (" + known +
                     ") nor a questionnaire file");
  }
  std::ifstream in(id_or_file, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  if (!in) throw InputError(id_or_file + ": cannot read the questionnaire file");
  return parse(ss.str(), id_or_file, fs::path(id_or_file).stem().string());
}

}  // namespace stakemap::survey
