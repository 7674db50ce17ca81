#pragma once
// Runs a piece of work in a child process with a time limit. A PDF library parses whatever a file
// contains: a small file can inflate into gigabytes of drawing operators, and a malformed one can crash
// the parser. In a child, such a file costs at most the time limit and never takes the rest of a batch
// of reports down with it.
#include <functional>
#include <optional>
#include <string>

namespace nianbao::cli {

enum class IsolatedFailure { None, TimedOut, Crashed };

// The bytes `work` returned in the child, or nullopt with `failure` set (TimedOut after `seconds`;
// Crashed when the child died by a signal, ran out of its `memory_bytes` of address space, or could
// not be started). The memory limit is not set in sanitizer builds, which reserve terabytes up front.
std::optional<std::string> run_isolated(const std::function<std::string()>& work, double seconds,
                                        size_t memory_bytes, IsolatedFailure& failure);

}  // namespace nianbao::cli
