// libFuzzer target: the PDF layout reconstruction (core/layout). An input starting with '{' is read
// as the page's JSON form of positioned text (items_json.h); any other input is decoded into items
// directly — page, position and size from the bytes, then a few bytes of text — so mutations reach
// the line, table and label steps with every kind of geometry (overlaps, zero widths, huge values).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "layout/items_json.h"
#include "layout/reconstruct.h"

namespace {

struct Bytes {
    const uint8_t* data;
    size_t size, at = 0;
    bool more() const { return at < size; }
    uint8_t u8() { return at < size ? data[at++] : 0; }
    double coordinate() { return static_cast<double>(u8() | (u8() << 8)) / 64.0; }  // 0..1024 pt
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace nianbao::layout;
    if (size > 0 && data[0] == '{') {
        std::string error;
        if (auto parsed = positioned_text_from_json(std::string_view(reinterpret_cast<const char*>(data), size), error))
            reconstruct(*parsed);
        return 0;
    }
    Bytes in{data, size};
    PositionedText p;
    const int pages = 1 + in.u8() % 4;
    for (int i = 0; i < pages; ++i) p.pages.push_back({595, 842});
    static const char* const kPieces[] = {"三、", "本", "年", "（一）予以公开", "1.属于国家秘密", "-3-", "合计",
                                          "3001", "0", "12", "行政许可", "商 业 企", "第 2 页", " ", "2.", "，"};
    while (in.more() && p.items.size() < 4096) {
        TextItem item;
        item.page = in.u8() % (pages + 1);  // sometimes a page that does not exist
        item.x = in.coordinate();
        item.y = in.coordinate();
        item.width = in.u8() / 2.0;
        item.height = in.u8() / 8.0;
        const uint8_t kind = in.u8();
        if (kind < 200) {
            item.text = kPieces[kind % (sizeof kPieces / sizeof *kPieces)];
        } else {  // raw bytes: invalid UTF-8 too
            const size_t n = kind - 200;
            for (size_t k = 0; k < n && in.more(); ++k) item.text.push_back(static_cast<char>(in.u8()));
        }
        p.items.push_back(std::move(item));
    }
    reconstruct(p);
    return 0;
}
