#pragma once
// The vocabulary an import checks codes against and leaves in the map: the map's profile and
// overlay, or, for a dataset folder, the profile its profile.csv names with the codes its
// taxonomy.csv adds (docs/profiles.md).
#include <string>

#include "model/taxonomy.hpp"
#include "store/profile.hpp"
#include "store/store.hpp"

namespace stakemap::dataset {

/// What an import reads its codes with and what it leaves in the map.
struct ImportVocabulary {
  store::Vocabulary before, after;  ///< the map's, and the map's once the import is written
  model::Taxonomy taxonomy;         ///< `after` as a taxonomy: the codes rows are checked against
  bool changed() const { return before.profile != after.profile || before.overlay != after.overlay; }
};

/// What a dataset says of its own vocabulary: the profile its profile file names and the text
/// of its taxonomy file (CSV), each with the name used in messages; "" when it has none.
struct DatasetVocabulary {
  std::string profile, profile_file;
  std::string taxonomy_csv, taxonomy_file;
};

/// The vocabulary of an import into `store` of a dataset saying `own` (a workbook's profile
/// and taxonomy sheets). Throws as the folder's version below.
ImportVocabulary import_vocabulary(const store::Store& store, const DatasetVocabulary& own);

/// The vocabulary of an import into `store` of the dataset folder `dir` ("" for single files,
/// which use the map's). Throws InputError naming file, line and value when the folder's
/// profile differs from that of a map already holding records, or its taxonomy.csv is refused
/// (model::Taxonomy::apply).
ImportVocabulary import_vocabulary(const store::Store& store, const std::string& dir);

}  // namespace stakemap::dataset
