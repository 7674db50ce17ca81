#include "core/support/samples.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

std::string read_sample(const std::string& name) { return read_file(std::string(NIANBAO_SAMPLES_DIR) + "/" + name); }

std::string read_corpus(const std::string& name) { return read_file(std::string(NIANBAO_CORPUS_DIR) + "/" + name); }
