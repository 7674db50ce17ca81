#pragma once
// Whether a web page's bytes can be given to html_to_text as they are (UTF-8), or must be decoded
// first: a page that declares GBK/GB2312/GB18030 (common on government sites) or is not valid UTF-8.
// The caller decodes (the browser's TextDecoder, the CLI's decoder) and converts the string.
#include <string>
#include <string_view>

namespace nianbao::files {

// The charset a page declares in its first 4 KiB (<meta charset=…> or content="…; charset=…"),
// lowercased; "" when none.
std::string declared_html_charset(std::string_view bytes);

// True unless the page is UTF-8 (declared UTF-8/ASCII or undeclared) and its bytes are valid UTF-8.
bool html_needs_decoding(std::string_view bytes);

}  // namespace nianbao::files
