#include "model/embedded.hpp"

#include <stdexcept>

namespace stakemap::model {

std::string_view embedded_model(const std::string& path) {
  const auto& files = embedded::model_files();
  auto it = files.find(path);
  if (it == files.end()) throw std::logic_error("model file not embedded: models/" + path);
  return it->second;
}

}  // namespace stakemap::model
