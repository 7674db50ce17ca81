#include "files/list_number_format.h"

#include <array>

namespace nianbao::files {

namespace {

// 一百零五, 二十, 十一 (the leading 一 of 十一 is dropped as Word does) — up to 99,999.
std::string chinese_counting(int n, const std::array<const char*, 10>& digits, const char* ten, const char* hundred,
                             const char* thousand, const char* ten_thousand) {
    if (n <= 0) return digits[0];
    if (n >= 100000) return std::to_string(n);
    const char* units[] = {"", ten, hundred, thousand, ten_thousand};
    int parts[5];
    for (int i = 0; i < 5; ++i, n /= 10) parts[i] = n % 10;
    int top = 4;
    while (top > 0 && parts[top] == 0) --top;
    std::string out;
    bool zero_pending = false;
    for (int i = top; i >= 0; --i) {
        if (parts[i] == 0) {
            zero_pending = true;
            continue;
        }
        if (zero_pending && !out.empty()) out += digits[0];
        zero_pending = false;
        if (!(i == 1 && parts[i] == 1 && i == top)) out += digits[parts[i]];
        out += units[i];
    }
    return out;
}

std::string roman(int n, bool upper) {
    if (n <= 0 || n >= 4000) return std::to_string(n);
    static const std::pair<int, const char*> table[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                        {90, "xc"},  {50, "l"},   {40, "xl"},  {10, "x"},   {9, "ix"},
                                                        {5, "v"},    {4, "iv"},   {1, "i"}};
    std::string out;
    for (const auto& [value, letters] : table)
        while (n >= value) {
            out += letters;
            n -= value;
        }
    if (upper)
        for (auto& c : out) c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// a … z, aa … zz, aaa … (Word repeats the letter).
std::string letters(int n, bool upper) {
    if (n <= 0) return std::to_string(n);
    const char letter = static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26);
    return std::string(static_cast<size_t>((n - 1) / 26 + 1), letter);
}

// The n-th entry of a cycle (甲乙丙… wraps after 癸 as Word does).
std::string cyclic(int n, const std::array<const char*, 12>& items, int size) {
    if (n <= 0) return std::to_string(n);
    return items[static_cast<size_t>((n - 1) % size)];
}

std::string enclosed(int n, char32_t first, int count) {
    if (n <= 0 || n > count) return std::to_string(n);
    const char32_t cp = first + static_cast<char32_t>(n - 1);
    std::string out;
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
    return out;
}

std::string full_width_digits(int n) {
    std::string out;
    for (char c : std::to_string(n)) {
        if (c == '-') {
            out += c;
            continue;
        }
        out += "\xEF\xBC";  // U+FF10 + digit
        out += static_cast<char>(0x90 + (c - '0'));
    }
    return out;
}

const std::array<const char*, 10> kChineseDigits = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
const std::array<const char*, 10> kLegalDigits = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

}  // namespace

std::string format_list_number(int n, std::string_view fmt) {
    if (fmt == "bullet" || fmt == "none") return "";
    if (fmt == "chineseCounting" || fmt == "chineseCountingThousand" || fmt == "japaneseCounting" ||
        fmt == "taiwaneseCounting" || fmt == "taiwaneseCountingThousand" || fmt == "koreanCounting") {
        auto digits = kChineseDigits;
        digits[0] = "零";
        return chinese_counting(n, digits, "十", "百", "千", "万");
    }
    if (fmt == "chineseLegalSimplified") return chinese_counting(n, kLegalDigits, "拾", "佰", "仟", "万");
    if (fmt == "ideographLegalTraditional") {
        auto digits = kLegalDigits;
        digits[2] = "貳", digits[3] = "參", digits[6] = "陸";
        return chinese_counting(n, digits, "拾", "佰", "仟", "萬");
    }
    if (fmt == "ideographDigital" || fmt == "taiwaneseDigital" || fmt == "japaneseDigitalTenThousand") {
        std::string out;
        for (char c : std::to_string(n)) out += c == '-' ? "-" : kChineseDigits[static_cast<size_t>(c - '0')];
        return out;
    }
    if (fmt == "ideographTraditional")
        return cyclic(n, {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "", ""}, 10);
    if (fmt == "ideographZodiac")
        return cyclic(n, {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"}, 12);
    if (fmt == "decimalEnclosedCircle" || fmt == "decimalEnclosedCircleChinese") return enclosed(n, U'\u2460', 20);
    if (fmt == "decimalEnclosedParen") return enclosed(n, U'\u2474', 20);
    if (fmt == "decimalEnclosedFullstop") return enclosed(n, U'\u2488', 20);
    if (fmt == "ideographEnclosedCircle") return enclosed(n, U'\u3280', 10);
    if (fmt == "decimalFullWidth" || fmt == "decimalFullWidth2") return full_width_digits(n);
    if (fmt == "decimalZero") return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
    if (fmt == "lowerRoman") return roman(n, false);
    if (fmt == "upperRoman") return roman(n, true);
    if (fmt == "lowerLetter") return letters(n, false);
    if (fmt == "upperLetter") return letters(n, true);
    return std::to_string(n);
}

}  // namespace nianbao::files
