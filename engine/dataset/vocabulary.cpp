#include "dataset/vocabulary.hpp"

#include <filesystem>
#include <iterator>

#include "core/errors.hpp"
#include "dataset/provenance.hpp"
#include "io/input_file.hpp"
#include "model/map.hpp"

namespace stakemap::dataset {

namespace fs = std::filesystem;

ImportVocabulary import_vocabulary(const store::Store& store, const DatasetVocabulary& own) {
  ImportVocabulary v;
  v.before = store::vocabulary(store);
  v.after = v.before;
  if (!own.profile.empty() && own.profile != v.before.profile) {
    if (!store::holds_nothing(store))
      throw InputError(
          own.profile_file + ":2:1: profile '" + own.profile + "' differs from the map's profile '" + v.before.profile +
          "': import this dataset into a new map (or one started with `init --profile " + own.profile + "`)");
    v.after = {own.profile, ""};  // an empty map takes the dataset's profile; nothing was added to the old one
  }
  v.taxonomy = model::profile_taxonomy(v.after.profile, v.after.overlay);
  if (own.taxonomy_file.empty()) return v;
  auto rows = model::Taxonomy::parse(own.taxonomy_csv, own.taxonomy_file);
  v.taxonomy.apply(rows, own.taxonomy_file);
  model::Taxonomy overlay =
      v.after.overlay.empty() ? model::Taxonomy() : model::Taxonomy::parse(v.after.overlay, "the map's taxonomy");
  overlay.merge(rows);
  v.after.overlay = overlay.to_csv();
  return v;
}

ImportVocabulary import_vocabulary(const store::Store& store, const std::string& dir) {
  DatasetVocabulary own;
  if (!dir.empty()) {
    own.profile = read_profile(dir);
    own.profile_file = (fs::path(dir) / kProfileFile).string();
    auto path = (fs::path(dir) / kTaxonomyFile).string();
    if (fs::exists(path)) {
      auto in = io::open_input(path);
      if (!in) throw InputError(path + ": cannot read file");
      own.taxonomy_csv.assign(std::istreambuf_iterator<char>(*in), {});
      own.taxonomy_file = path;
    }
  }
  return import_vocabulary(store, own);
}

}  // namespace stakemap::dataset
