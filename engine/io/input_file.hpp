#pragma once
// The one way stakemap opens a file it reads as data (datasets, survey exports, interchange
// files): "-" is standard input, and text in Windows-1252 or Latin-1 (`--encoding`) is read
// as UTF-8, so every reader sees UTF-8 and names positions in characters of the file.
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

namespace stakemap::io {

/// The encoding of input files.
enum class Encoding { utf8, cp1252, latin1 };

/// Parses "utf8" (or "utf-8"), "cp1252" (or "windows-1252") or "latin1" (or "iso-8859-1");
/// throws UsageError otherwise.
Encoding parse_encoding(const std::string& name);
/// Sets the encoding every open_input() decodes from (the process's `--encoding`; default UTF-8).
void set_input_encoding(Encoding encoding);
/// The encoding set by set_input_encoding().
Encoding input_encoding();

/// `bytes` in `encoding` as UTF-8 (Windows-1252's five unassigned bytes become U+FFFD).
std::string to_utf8(std::string_view bytes, Encoding encoding);

/// Opens `path` ("-": standard input) for reading, decoded from input_encoding(). Returns
/// nullptr when the file cannot be opened.
std::unique_ptr<std::istream> open_input(const std::string& path);

/// True when `path` names standard input.
inline bool is_stdin(const std::string& path) { return path == "-"; }

/// True when standard input holds a ZIP archive (it starts with "PK\3\4": an XLSX workbook).
/// Reads its first four bytes once; open_input("-") still hands them out.
bool stdin_is_zip();
/// Copies standard input whole (the bytes stdin_is_zip() read included) into a private
/// temporary file, once per process, and returns the file's path: for libzip, which reads
/// an archive by name. The file is removed at exit, or when the process is interrupted.
/// Throws InputError when standard input holds more than `max_bytes` or cannot be copied.
const std::string& spool_stdin(std::uint64_t max_bytes);

}  // namespace stakemap::io
