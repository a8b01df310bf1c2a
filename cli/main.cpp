// stakemap's entry point: global options, command dispatch, and the one place where
// exceptions become exit codes (0 ok, 1 bad input, 2 usage, 3 internal).
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/memory_limit.hpp"
#include "cli/option_names.hpp"
#include "cli/table_output.hpp"
#include "core/errors.hpp"
#include "core/escape.hpp"
#include "core/interrupt.hpp"
#include "io/output_file.hpp"
#include "store/store.hpp"

namespace {

void print_help(std::ostream& out) {
  out << "stakemap — stakeholder and data-flow maps for coordination teams\n\n"
         "usage: stakemap [--db PATH] [--format table|csv|json] [--lang en|fr|nl|de|L] [--quiet] [--max-memory SIZE]\n"
         "                COMMAND [ARGS]\n\n"
         "commands:\n";
  for (const auto& c : stakemap::cli::commands()) {
    std::string name = c.name;
    out << "  " << name << std::string(name.size() < 13 ? 13 - name.size() : 1, ' ') << c.summary << "\n";
  }
  out << "\n`stakemap COMMAND --help` describes a command. The map is $STAKEMAP_DB or ./stakemap.db\n"
         "unless --db is given. Exit codes: 0 ok, 1 bad input or data, 2 usage error, 3 internal error.\n";
}

/// The columns of the terminal on stdout (its window size, else $COLUMNS, else 0: no limit).
std::size_t terminal_width() {
  winsize size{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  const char* columns = std::getenv("COLUMNS");
  long n = columns ? std::strtol(columns, nullptr, 10) : 0;
  return n > 0 ? static_cast<std::size_t>(n) : 0;
}

// Runs command `c`; an error of the map file (a damaged or read-only map, a full disk) is
// bad input, named after the map; SQLite out of memory is std::bad_alloc.
int run_command(const stakemap::cli::Command& c, stakemap::cli::Context& ctx, const std::vector<std::string>& args) {
  try {
    ctx.command = c.name;
    ctx.tables = c.tables;
    const int rc = c.run(ctx, args);
    if (rc == 0 && ctx.output) ctx.output->finish();  // -o FILE: written only when the command succeeded
    return rc;
  } catch (const std::exception& e) {
    if (stakemap::store::out_of_memory(e)) throw std::bad_alloc();
    auto storage = stakemap::store::storage_error(e);
    if (storage.empty()) throw;
    throw stakemap::InputError(ctx.db + ": " + storage);
  }
}

int run(int argc, char** argv) {
  using namespace stakemap;
  cli::Context ctx;
  ctx.out = &std::cout;
  ctx.err = &std::cerr;
  ctx.out_is_terminal = ::isatty(STDOUT_FILENO) == 1;
  if (ctx.out_is_terminal) ctx.width = terminal_width();
  const char* env = std::getenv("STAKEMAP_DB");
  ctx.db = env && *env ? env : "stakemap.db";
  cli::fit_allocator_to_limit();  // a limit inherited from `ulimit -v` or `prlimit`
  // The memory cap of $STAKEMAP_MAX_MEMORY holds from the start; --max-memory replaces it.
  if (const char* cap = std::getenv("STAKEMAP_MAX_MEMORY"); cap && *cap)
    cli::set_memory_limit(cli::parse_memory_size(cap, "STAKEMAP_MAX_MEMORY"));
  std::vector<std::string> args(argv + 1, argv + argc);
  // Global options may come before the command; they are passed on to it.
  std::vector<std::string> globals;
  std::size_t i = 0;
  for (; i < args.size(); ++i) {
    const auto& a = args[i];
    if (a == "--version") {
      std::cout << "stakemap " << STAKEMAP_VERSION << "\n";
      return 0;
    }
    if (a == "--help" || a == "-h") {
      print_help(std::cout);
      return 0;
    }
    if (a == "--quiet" || a == "--wide") {
      globals.push_back(a);
    } else if (a == "--db" || a == "--format" || a == "--lang" || a == "--max-memory") {
      if (i + 1 >= args.size()) throw UsageError(a + " needs a value");
      globals.push_back(a);
      globals.push_back(args[++i]);
    } else if (a.rfind("--db=", 0) == 0 || a.rfind("--format=", 0) == 0 || a.rfind("--lang=", 0) == 0 ||
               a.rfind("--max-memory=", 0) == 0) {
      globals.push_back(a);
    } else if (!a.empty() && a[0] == '-') {
      throw UsageError("unknown option '" + a + "' before the command (see `stakemap --help`)");
    } else {
      break;
    }
  }
  if (i == args.size()) {
    print_help(std::cerr);
    return 2;
  }
  std::string name = args[i];
  std::vector<std::string> rest(globals);
  rest.insert(rest.end(), args.begin() + static_cast<long>(i) + 1, args.end());
  for (const auto& c : cli::commands())
    if (name == c.name) return run_command(c, ctx, rest);
  throw UsageError("unknown command '" + name + "' (see `stakemap --help`)");
}

// Runs the command and maps its exceptions to exit codes. Messages quote the input, so they are
// printed through escape::terminal: no control character of the data reaches the terminal.
int run_guarded(int argc, char** argv) {
  using stakemap::escape::terminal;
  try {
    return run(argc, argv);
  } catch (const stakemap::ValidationError& e) {
    // One diagnostic per line ("file:line:column: error: ..."), then what it means.
    for (const auto& d : e.diagnostics()) std::cerr << terminal(d.str()) << "\n";
    if (!e.summary().empty()) std::cerr << "stakemap: " << terminal(e.summary()) << "\n";
    return 1;
  } catch (const stakemap::InputError& e) {
    std::cerr << "stakemap: " << terminal(stakemap::cli::message_of(e)) << "\n";
    return 1;
  } catch (const stakemap::OptionError& e) {
    // The engine names option fields; the user typed flags.
    std::cerr << "stakemap: " << terminal(stakemap::cli::message_of(e)) << "\n";
    return 2;
  } catch (const stakemap::UsageError& e) {
    std::cerr << "stakemap: " << terminal(e.what()) << "\n";
    return 2;
  } catch (const std::bad_alloc&) {
    std::cerr << "stakemap: " << stakemap::cli::out_of_memory_message() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "stakemap: internal error: " << terminal(e.what()) << "\n";
    return 3;
  }
}

// Writes what is left of standard output and says whether all of it was written: a closed
// pipe (`| head`) ends quietly with 141, as if SIGPIPE had ended the process (it does, unless
// ignored); any other error (a full disk) is exit 1.
int finish_stdout(stakemap::io::FdBuf& out, int rc) {
  std::cout.flush();
  if (out.error() == EPIPE) return 141;
  if (out.error() != 0) {
    std::cerr << "stakemap: cannot write to standard output: " << std::strerror(out.error()) << "\n";
    return rc == 0 ? 1 : rc;
  }
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  stakemap::interrupt::install();
  std::ios::sync_with_stdio(false);
  stakemap::io::FdBuf stdout_buf(STDOUT_FILENO);
  auto* original = std::cout.rdbuf(&stdout_buf);
  int rc = run_guarded(argc, argv);
  stakemap::cli::command_finished();
  rc = finish_stdout(stdout_buf, rc);
  std::cout.rdbuf(original);
  return rc;
}
