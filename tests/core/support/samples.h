#pragma once
// The shared samples (../shared/samples), read byte for byte, for every test that uses them.
#include <string>

// The file's bytes; throws std::runtime_error (a test failure in Catch) when it cannot be read.
std::string read_sample(const std::string& name);
// The same for a report of the corpus (../shared/corpus: real reports in the shapes they are found in).
std::string read_corpus(const std::string& name);
