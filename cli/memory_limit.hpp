#pragma once
// The hard cap on a command's memory: --max-memory SIZE or $STAKEMAP_MAX_MEMORY, applied as
// the process's address-space limit (RLIMIT_AS), so that an allocation beyond it fails with
// std::bad_alloc, which cli/main.cpp turns into a clear exit 1.
#include <cstdint>
#include <optional>
#include <string>

namespace stakemap::cli {

/// The smallest memory limit accepted: below it, stakemap could not even open a map.
inline constexpr std::uint64_t min_memory_limit = 128ULL << 20;

/// Bytes of a size written as a whole number with an optional unit: K, M, G or T (powers of
/// 1024, an optional trailing "B" or "iB", any case), e.g. "512M", "2G", "1.5G", "1048576".
/// Throws UsageError naming `what` and the value when the text is not such a size or is below
/// min_memory_limit.
std::uint64_t parse_memory_size(const std::string& text, const std::string& what);

/// Limits the process's address space to `bytes` (at most its hard limit), and installs a
/// handler of fatal signals (SIGSEGV, SIGBUS, SIGABRT, SIGTRAP) that says the limit was most
/// likely reached in a C library before the process dies of the signal (and a note for an
/// early exit(), see command_finished). Throws InputError
/// when the system refuses.
void set_memory_limit(std::uint64_t bytes);

/// Says that the command has returned (main calls it). Under a limit, an exit() before it
/// came from a library that ran out of memory (Graphviz exits 1 when it cannot grow a
/// buffer), and a line on stderr says so.
void command_finished();

/// Under a finite address-space limit (--max-memory, or one inherited from `ulimit -v` or
/// `prlimit`), keeps glibc's allocator to one arena: every thread that meets a busy arena would
/// otherwise reserve a new one of 64 MiB of address space, so that the memory a command may use
/// under the limit would depend on how its threads happened to meet (measured: the report on a
/// 5 000-organisation map peaked at 197 MiB of address space with one arena, 263-378 MiB
/// without). Call before any thread starts; set_memory_limit calls it.
void fit_allocator_to_limit();

/// The limit set by set_memory_limit, if any.
std::optional<std::uint64_t> memory_limit();

/// What an allocation that failed (std::bad_alloc) means, for the user: the limit it passed
/// when one is set, else that the machine's memory did not suffice.
std::string out_of_memory_message();

/// "512 MiB", "2 GiB", "1536 KiB", "100 bytes": a size as the out-of-memory message says it.
std::string memory_size_text(std::uint64_t bytes);

}  // namespace stakemap::cli
