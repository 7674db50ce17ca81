#pragma once
// The shared samples (../shared/samples), read byte for byte, for every test that uses them.
#include <string>

// The file's bytes; throws std::runtime_error (a test failure in Catch) when it cannot be read.
std::string read_sample(const std::string& name);
