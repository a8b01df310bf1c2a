#pragma once
// A position computed only when a diagnostic needs it. Readers check every field of every row;
// building a Position for each (its file name copied) cost more than the checks themselves.
#include "core/errors.hpp"

namespace stakemap {

/// Where a value was read: a known Position, or a function that computes it on demand. It only
/// refers to its source, so it lives no longer than the call it is passed to.
class Where final {
 public:
  /// A position already known. Implicit: every Position is a Where.
  Where(const Position& at) : fn_(&known), source_(&at) {}  // NOLINT(google-explicit-constructor)
  /// A position that `fn(source, arg)` computes when asked.
  Where(Position (*fn)(const void* source, long arg), const void* source, long arg)
      : fn_(fn), source_(source), arg_(arg) {}

  /// The position (computed now).
  Position get() const { return fn_(source_, arg_); }
  /// So that a Where passes wherever a diagnostic takes a Position.
  operator Position() const { return get(); }  // NOLINT(google-explicit-constructor)

 private:
  static Position known(const void* at, long /*arg*/) { return *static_cast<const Position*>(at); }

  Position (*fn_)(const void*, long);
  const void* source_;
  long arg_ = 0;
};

}  // namespace stakemap
