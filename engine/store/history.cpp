#include "store/history.hpp"

#include <pwd.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>

#include "store/connection.hpp"

namespace stakemap::store {

std::vector<Batch> history(const Store& store) {
  SQLite::Statement q(Connection::of(store),
                      "SELECT id, at, command, source, summary, author, note FROM batch ORDER BY id");
  std::vector<Batch> out;
  while (q.executeStep())
    out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(),
                   q.getColumn(3).getString(), q.getColumn(4).getString(), q.getColumn(5).getString(),
                   q.getColumn(6).getString()});
  return out;
}

std::string last_change(const Store& store) {
  SQLite::Statement q(Connection::of(store), "SELECT max(at) FROM batch");
  if (!q.executeStep() || q.getColumn(0).isNull()) return "";
  return q.getColumn(0).getString();
}

std::string now_utc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

std::string default_author() {
  if (const char* a = std::getenv("STAKEMAP_AUTHOR"); a && *a) return a;
  if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name) return pw->pw_name;
  if (const char* u = std::getenv("USER"); u && *u) return u;
  return "";
}

}  // namespace stakemap::store
