#include "dataset/vocabulary.hpp"

#include <filesystem>
#include <iterator>

#include "core/errors.hpp"
#include "dataset/provenance.hpp"
#include "io/input_file.hpp"
#include "model/map.hpp"

namespace stakemap::dataset {

namespace fs = std::filesystem;

ImportVocabulary import_vocabulary(const store::Store& store, const std::string& dir) {
  ImportVocabulary v;
  v.before = store::vocabulary(store);
  v.after = v.before;
  if (!dir.empty()) {
    if (auto profile = read_profile(dir); !profile.empty() && profile != v.before.profile) {
      if (!store::holds_nothing(store))
        throw InputError((fs::path(dir) / kProfileFile).string() + ":2:1: profile '" + profile +
                         "' differs from the map's profile '" + v.before.profile +
                         "': import this folder into a new map (or one started with `init --profile " + profile + "`)");
      v.after = {profile, ""};  // an empty map takes the folder's profile; nothing was added to the old one
    }
  }
  v.taxonomy = model::profile_taxonomy(v.after.profile, v.after.overlay);
  if (dir.empty()) return v;
  auto path = (fs::path(dir) / kTaxonomyFile).string();
  if (!fs::exists(path)) return v;
  auto in = io::open_input(path);
  if (!in) throw InputError(path + ": cannot read file");
  auto rows = model::Taxonomy::parse(std::string(std::istreambuf_iterator<char>(*in), {}), path);
  v.taxonomy.apply(rows, path);
  model::Taxonomy overlay =
      v.after.overlay.empty() ? model::Taxonomy() : model::Taxonomy::parse(v.after.overlay, "the map's taxonomy");
  overlay.merge(rows);
  v.after.overlay = overlay.to_csv();
  return v;
}

}  // namespace stakemap::dataset
