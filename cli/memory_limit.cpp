#include "cli/memory_limit.hpp"

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "core/errors.hpp"

namespace stakemap::cli {

namespace {
std::optional<std::uint64_t> g_limit;

// What the crash handler writes: prepared when the limit is set (a handler may not allocate).
std::string g_crash_message;

// A C library that does not check malloc (Graphviz, Pango) crashes instead of failing cleanly
// when the limit is reached: say what most likely happened, then die of the same signal.
void on_crash(int sig) {
  auto written = ::write(STDERR_FILENO, g_crash_message.data(), g_crash_message.size());
  (void)written;
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

// Set once the command has returned: an exit() before that came from a library.
bool g_finished = false;

// Graphviz calls exit(1) when it cannot grow a buffer, mostly without a word: say why.
// Prepared when the limit is set, like g_crash_message.
std::string g_exit_message;

void on_early_exit() {
  if (g_finished) return;
  auto written = ::write(STDERR_FILENO, g_exit_message.data(), g_exit_message.size());
  (void)written;
}

void install_crash_handler() {
  static std::array<char, 1 << 16> stack{};  // a crash for want of stack still reaches the handler
  stack_t alt{};
  alt.ss_sp = stack.data();
  alt.ss_size = stack.size();
  ::sigaltstack(&alt, nullptr);
  struct sigaction action {};
  action.sa_handler = on_crash;
  action.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGTRAP}) ::sigaction(sig, &action, nullptr);
}

// 1024 to the power of the unit letter's rank (K 1, M 2, G 3, T 4); 0 for another letter.
std::uint64_t unit_bytes(char unit) {
  switch (std::toupper(static_cast<unsigned char>(unit))) {
    case 'K': return 1ULL << 10;
    case 'M': return 1ULL << 20;
    case 'G': return 1ULL << 30;
    case 'T': return 1ULL << 40;
    default: return 0;
  }
}
}  // namespace

std::uint64_t parse_memory_size(const std::string& text, const std::string& what) {
  auto bad = [&] {
    return UsageError(what + " '" + text + "' is not a memory size (a number with K, M, G or T, e.g. 512M or 2G)");
  };
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
  std::string number = text.substr(0, i), unit = text.substr(i);
  if (number.empty() || number.front() == '.' || number.find('.') != number.rfind('.')) throw bad();
  std::uint64_t scale = 1;
  if (!unit.empty()) {
    scale = unit_bytes(unit[0]);
    std::string rest = unit.substr(1);
    for (auto& c : rest) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (scale == 0 && unit != "B" && unit != "b") throw bad();
    if (scale == 0) scale = 1;
    else if (!rest.empty() && rest != "b" && rest != "ib") throw bad();
  }
  double value = std::strtod(number.c_str(), nullptr) * static_cast<double>(scale);
  if (!(value >= 1) || value >= static_cast<double>(std::numeric_limits<std::int64_t>::max())) throw bad();
  if (value < static_cast<double>(min_memory_limit))
    throw UsageError(what + " '" + text + "' is below " + memory_size_text(min_memory_limit) +
                     ", the least stakemap runs in (its libraries alone take about 70 MiB of address space)");
  return static_cast<std::uint64_t>(value);
}

void set_memory_limit(std::uint64_t bytes) {
  rlimit limit{};
  if (::getrlimit(RLIMIT_AS, &limit) != 0)
    throw InputError(std::string("cannot read the memory limit: ") + std::strerror(errno));
  auto wanted = static_cast<rlim_t>(bytes);
  if (limit.rlim_max != RLIM_INFINITY && wanted > limit.rlim_max) wanted = limit.rlim_max;
  limit.rlim_cur = wanted;
  if (::setrlimit(RLIMIT_AS, &limit) != 0)
    throw InputError(std::string("cannot set the memory limit: ") + std::strerror(errno));
  g_limit = static_cast<std::uint64_t>(wanted);
  g_crash_message = "stakemap: crashed under the memory limit of " + memory_size_text(*g_limit) +
                    " (--max-memory or STAKEMAP_MAX_MEMORY): most likely a C library (Graphviz, Pango) ran out of "
                    "memory; the map is unchanged and no output file was replaced; give a larger limit\n";
  g_exit_message = "stakemap: a library (Graphviz) ended the command under the memory limit of " +
                   memory_size_text(*g_limit) +
                   " (--max-memory or STAKEMAP_MAX_MEMORY): most likely it ran out of memory; the map is unchanged "
                   "and no output file was replaced; give a larger limit\n";
  fit_allocator_to_limit();
  install_crash_handler();
  static const bool registered = std::atexit(on_early_exit) == 0;
  (void)registered;
}

void fit_allocator_to_limit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_AS, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) ::mallopt(M_ARENA_MAX, 1);
}

std::optional<std::uint64_t> memory_limit() { return g_limit; }

void command_finished() { g_finished = true; }

std::string out_of_memory_message() {
  if (!g_limit)
    return "out of memory: the input is too large for this machine; nothing was written (see docs/security.md, "
           "Limits)";
  return "out of memory: the command needed more than the memory limit of " + memory_size_text(*g_limit) +
         " (--max-memory or STAKEMAP_MAX_MEMORY); nothing was written: the map and the output files are as they were";
}

std::string memory_size_text(std::uint64_t bytes) {
  static const char* const units[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
  std::size_t u = 0;
  while (u + 1 < std::size(units) && bytes >= 1024 && bytes % 1024 == 0) {
    bytes /= 1024;
    ++u;
  }
  return std::to_string(bytes) + " " + units[u];
}

}  // namespace stakemap::cli
