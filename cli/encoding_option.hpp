#pragma once
// The --encoding option of the commands that read data files (import, check).
namespace cxxopts {
class Options;
class ParseResult;
}  // namespace cxxopts

namespace stakemap::cli {

/// Adds --encoding utf8|cp1252|latin1.
void add_encoding_option(cxxopts::Options& options);
/// Sets the encoding of input files (io::set_input_encoding) from --encoding; throws
/// UsageError on an unknown one.
void apply_encoding(const cxxopts::ParseResult& result);

}  // namespace stakemap::cli
