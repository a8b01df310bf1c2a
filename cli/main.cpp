// stakemap's entry point: global options, command dispatch, and the one place where
// exceptions become exit codes (0 ok, 1 bad input, 2 usage, 3 internal).
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/option_names.hpp"
#include "core/errors.hpp"

namespace {

void print_help(std::ostream& out) {
  out << "stakemap — stakeholder and data-flow maps for coordination teams\n\n"
         "usage: stakemap [--db PATH] [--format table|csv|json] [--lang en|fr|nl] [--quiet] COMMAND [ARGS]\n\n"
         "commands:\n";
  for (const auto& c : stakemap::cli::commands()) {
    std::string name = c.name;
    out << "  " << name << std::string(name.size() < 13 ? 13 - name.size() : 1, ' ') << c.summary << "\n";
  }
  out << "\n`stakemap COMMAND --help` describes a command. The map is $STAKEMAP_DB or ./stakemap.db\n"
         "unless --db is given. Exit codes: 0 ok, 1 bad input or data, 2 usage error, 3 internal error.\n";
}

int run(int argc, char** argv) {
  using namespace stakemap;
  cli::Context ctx;
  ctx.out = &std::cout;
  ctx.err = &std::cerr;
  const char* env = std::getenv("STAKEMAP_DB");
  ctx.db = env && *env ? env : "stakemap.db";
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
    if (a == "--quiet") {
      globals.push_back(a);
    } else if (a == "--db" || a == "--format" || a == "--lang") {
      if (i + 1 >= args.size()) throw UsageError(a + " needs a value");
      globals.push_back(a);
      globals.push_back(args[++i]);
    } else if (a.rfind("--db=", 0) == 0 || a.rfind("--format=", 0) == 0 || a.rfind("--lang=", 0) == 0) {
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
    if (name == c.name) return c.run(ctx, rest);
  throw UsageError("unknown command '" + name + "' (see `stakemap --help`)");
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    return run(argc, argv);
  } catch (const stakemap::ValidationError& e) {
    // One diagnostic per line ("file:line:column: error: ..."), then what it means.
    for (const auto& d : e.diagnostics()) std::cerr << d.str() << "\n";
    if (!e.summary().empty()) std::cerr << "stakemap: " << e.summary() << "\n";
    return 1;
  } catch (const stakemap::InputError& e) {
    std::cerr << "stakemap: " << stakemap::cli::message_of(e) << "\n";
    return 1;
  } catch (const stakemap::OptionError& e) {
    // The engine names option fields; the user typed flags.
    std::cerr << "stakemap: " << stakemap::cli::message_of(e) << "\n";
    return 2;
  } catch (const stakemap::UsageError& e) {
    std::cerr << "stakemap: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "stakemap: internal error: " << e.what() << "\n";
    return 3;
  }
}
