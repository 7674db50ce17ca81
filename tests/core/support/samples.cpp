#include "core/support/samples.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

std::string read_sample(const std::string& name) {
    const std::string path = std::string(NIANBAO_SAMPLES_DIR) + "/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read sample " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
