#include "text/normalized_text.h"

#include <deque>
#include <memory>
#include <mutex>
#include <unordered_map>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

namespace nianbao {

const char* script_key(Script s) {
    switch (s) {
        case Script::Simplified: return "hans";
        case Script::Traditional: return "hant";
        case Script::Mixed: return "mixed";
        default: return "unknown";
    }
}

namespace {

// ICU services, created once per process (the transliterator costs tens of milliseconds). Results
// are not cached here: MappedCharCache below asks for each character once per thread.
class CharMapper {
public:
    static CharMapper& instance() {
        static CharMapper m;
        return m;
    }

    // NFKC of one code point, as UTF-8 ("" for characters NFKC removes).
    std::string nfkc(char32_t cp) const {
        std::string out;
        UErrorCode status = U_ZERO_ERROR;
        if (nfkc_ && !nfkc_->isInert(static_cast<UChar32>(cp))) {
            icu::UnicodeString s = nfkc_->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
            if (U_SUCCESS(status)) s.toUTF8String(out);
        }
        if (out.empty() && (!nfkc_ || nfkc_->isInert(static_cast<UChar32>(cp)) || U_FAILURE(status)))
            utf8::append(out, cp);
        return out;
    }

    // Traditional → Simplified for one Han code point (the code point itself when unchanged).
    char32_t to_simplified(char32_t cp) { return convert(hant_hans_.get(), cp); }
    // Simplified → Traditional, used only to tell Simplified-only forms apart in a text that has
    // Traditional ones. Built on first use: most reports are Simplified and never need it, and building
    // a transliterator is most of a process's (or a page's) first check.
    char32_t to_traditional(char32_t cp) {
        std::call_once(hans_hant_once_, [this] {
            UErrorCode status = U_ZERO_ERROR;
            hans_hant_.reset(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
            if (U_FAILURE(status)) hans_hant_.reset();
        });
        return convert(hans_hant_.get(), cp);
    }
    bool has_transliterator() const { return hant_hans_ != nullptr; }

private:
    CharMapper() {
        UErrorCode status = U_ZERO_ERROR;
        nfkc_ = icu::Normalizer2::getNFKCInstance(status);
        if (U_FAILURE(status)) nfkc_ = nullptr;
        status = U_ZERO_ERROR;
        hant_hans_.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) hant_hans_.reset();
    }

    char32_t convert(icu::Transliterator* t, char32_t cp) {
        if (!t) return cp;
        std::lock_guard<std::mutex> lock(mu_);  // a Transliterator is not safe for concurrent use
        icu::UnicodeString s(static_cast<UChar32>(cp));
        t->transliterate(s);
        char32_t out = cp;
        // Keep only one-to-one results, so that every span maps back character for character.
        if (s.countChar32() == 1) out = static_cast<char32_t>(s.char32At(0));
        return out;
    }

    std::mutex mu_;
    const icu::Normalizer2* nfkc_ = nullptr;
    std::unique_ptr<icu::Transliterator> hant_hans_, hans_hant_;
    std::once_flag hans_hant_once_;
};

bool is_han(char32_t cp) {
    if (cp < 0x2E80) return false;
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_HAN && cp != 0x3007 &&
           u_isalpha(static_cast<UChar32>(cp));
}

// Letters that occur in pinyin readings (with tone marks).
bool is_pinyin_letter(char32_t cp, bool& toned) {
    if (cp >= 'a' && cp <= 'z') return true;
    static const char32_t toned_letters[] = {
        U'ā', U'á', U'ǎ', U'à', U'ē', U'é', U'ě', U'è', U'ī', U'í', U'ǐ', U'ì', U'ō', U'ó', U'ǒ', U'ò',
        U'ū', U'ú', U'ǔ', U'ù', U'ǖ', U'ǘ', U'ǚ', U'ǜ', U'ü', U'ń', U'ň', U'ǹ', U'ḿ', U'ê'};
    for (char32_t t : toned_letters)
        if (cp == t) {
            toned = true;
            return true;
        }
    return false;
}

// If `s[i]` opens a pinyin reading "(dān)" / "（chù）", returns its byte length, else 0.
size_t pinyin_reading_at(std::string_view s, size_t i) {
    int len;
    char32_t open = utf8::decode(s, i, len);
    if (open != U'(' && open != U'（') return 0;
    size_t j = i + len;
    int letters = 0;
    bool toned = false;
    while (j < s.size() && letters <= 7) {
        char32_t cp = utf8::decode(s, j, len);
        if (cp == U')' || cp == U'）') {
            return (letters >= 1 && toned) ? j + len - i : 0;
        }
        if (!is_pinyin_letter(cp, toned)) return 0;
        ++letters;
        j += len;
    }
    return 0;
}

bool is_zero_width(char32_t cp) {
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
}

// Everything normalize() needs to know about one original code point, computed once: its
// normalized UTF-8 (NFKC, then Traditional→Simplified, white space → " ") and what it adds to the
// script counts. A report repeats a few thousand characters, so each is asked of ICU once per
// thread and later looked up without a lock (a BMP table, a hash map for the rest).
struct MappedChar {
    std::string text;
    bool unchanged = false;  // text is the character itself
    uint8_t han_count = 0;   // Han characters in text (a pinyin reading may follow one)
    uint8_t traditional_only = 0;
    int8_t simplified_only = -1;  // -1: not asked yet (see count_simplified_only)
};

// Han characters of cp's NFKC form that only the Simplified script writes so (changed by Hans→Hant,
// not by Hant→Hans).
int8_t count_simplified_only(char32_t cp) {
    CharMapper& mapper = CharMapper::instance();
    const std::string n = mapper.nfkc(cp);
    int8_t count = 0;
    for (size_t k = 0; k < n.size();) {
        int l2;
        const char32_t c2 = utf8::decode(n, k, l2);
        k += static_cast<size_t>(l2);
        if (is_han(c2) && mapper.to_simplified(c2) == c2 && mapper.to_traditional(c2) != c2) ++count;
    }
    return count;
}

MappedChar map_char(char32_t cp, bool convert) {
    CharMapper& mapper = CharMapper::instance();
    MappedChar m;
    const std::string n = mapper.nfkc(cp);
    // NFKC may expand (e.g. ㈠ → "(一)"); each character is then converted in turn.
    for (size_t k = 0; k < n.size();) {
        int l2;
        const char32_t c2 = utf8::decode(n, k, l2);
        k += static_cast<size_t>(l2);
        if (is_han(c2)) {
            ++m.han_count;
            const char32_t simp = convert ? mapper.to_simplified(c2) : c2;
            if (simp != c2) ++m.traditional_only;
            utf8::append(m.text, simp);
        } else if (c2 != '\t' && c2 != '\n' && u_isUWhiteSpace(static_cast<UChar32>(c2))) {
            m.text += ' ';
        } else {
            utf8::append(m.text, c2);
        }
    }
    std::string self;
    utf8::append(self, cp);
    m.unchanged = m.text == self;
    return m;
}

class MappedCharCache {
public:
    explicit MappedCharCache(bool convert) : convert_(convert) {}
    MappedChar& get(char32_t cp) {
        if (cp < 0x10000) {
            int32_t& slot = bmp_index_[cp];
            if (slot == 0) {
                chars_.push_back(map_char(cp, convert_));
                slot = static_cast<int32_t>(chars_.size());
            }
            return chars_[static_cast<size_t>(slot - 1)];
        }
        auto it = astral_.find(cp);
        if (it == astral_.end()) it = astral_.emplace(cp, map_char(cp, convert_)).first;
        return it->second;
    }

private:
    bool convert_;
    std::vector<int32_t> bmp_index_ = std::vector<int32_t>(0x10000, 0);  // 1 + index into chars_, 0 = unknown
    std::deque<MappedChar> chars_;  // deque: references stay valid as it grows
    std::unordered_map<char32_t, MappedChar> astral_;
};

MappedCharCache& mapped_char_cache(bool convert) {
    if (convert) {
        thread_local MappedCharCache with_conversion(true);
        return with_conversion;
    }
    thread_local MappedCharCache without_conversion(false);
    return without_conversion;
}

}  // namespace

NormalizedText normalize(const Source& source, const NormalizeOptions& options) {
    NormalizedText out;
    const std::string& in = source.text();
    out.text.reserve(in.size());
    const bool convert = options.traditional_to_simplified && CharMapper::instance().has_transliterator();
    MappedCharCache& cache = mapped_char_cache(convert);
    bool prev_han = false;
    // Most characters come out as they went in. Such bytes are not copied one character at a time:
    // [pending, i) is an unchanged run, appended (and mapped as one exact piece) only when a changed
    // character or the end of the text interrupts it.
    size_t pending = 0;
    auto flush_unchanged = [&](size_t upto) {
        if (upto > pending) {
            out.text.append(in, pending, upto - pending);
            out.map.add(static_cast<uint32_t>(upto - pending), static_cast<uint32_t>(upto - pending), true);
        }
    };
    // Emits `text` for the original bytes [i, i + len) and moves past them.
    auto emit = [&](size_t& i, std::string_view text, size_t len) {
        flush_unchanged(i);
        out.text += text;
        out.map.add(static_cast<uint32_t>(text.size()), static_cast<uint32_t>(len), false);
        i += len;
        pending = i;
    };

    for (size_t i = 0; i < in.size();) {
        const auto b0 = static_cast<unsigned char>(in[i]);
        // Fast path: a run of printable ASCII, tab and newline is unchanged. (A "(" right after a
        // Han character goes the slow way: it may open a pinyin reading.)
        if (((b0 >= 0x20 && b0 < 0x7F) || b0 == '\t' || b0 == '\n') && !(prev_han && b0 == '(')) {
            ++i;
            while (i < in.size()) {
                const auto c = static_cast<unsigned char>(in[i]);
                if (!((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n')) break;
                ++i;
            }
            prev_han = false;
            continue;
        }
        int len;
        const char32_t cp = utf8::decode(in, i, len);

        if (options.strip_pinyin && prev_han) {
            if (size_t n = pinyin_reading_at(in, i)) {
                flush_unchanged(i);
                out.pinyin.push_back({{static_cast<uint32_t>(i), static_cast<uint32_t>(i + n)},
                                      {0, static_cast<uint32_t>(out.text.size())}});
                // The anchor is the Han character just emitted (step back to its lead byte).
                size_t lead = out.text.size();
                do { --lead; } while (lead > 0 && (static_cast<unsigned char>(out.text[lead]) & 0xC0) == 0x80);
                out.pinyin.back().normalized_anchor.begin = static_cast<uint32_t>(lead);
                out.map.add(0, static_cast<uint32_t>(n), false);
                i += n;
                pending = i;
                continue;  // prev_han stays: "處(chù)理" continues after the reading
            }
        }

        if (cp == '\r') {
            const bool crlf = i + 1 < in.size() && in[i + 1] == '\n';
            emit(i, "\n", crlf ? 2 : 1);
            prev_han = false;
        } else if (cp == 0x2028 || cp == 0x2029 || cp == 0x0085) {
            emit(i, "\n", static_cast<size_t>(len));
            prev_han = false;
        } else if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F || is_zero_width(cp)) {
            emit(i, "", static_cast<size_t>(len));  // dropped
            ++out.dropped_controls;
            prev_han = false;
        } else if (cp == 0xFFFD) {
            i += static_cast<size_t>(len);  // kept unchanged: garbled-text detection needs it
            prev_han = false;
        } else {
            const MappedChar& m = cache.get(cp);
            out.script_counts.han += m.han_count;
            out.script_counts.traditional_only += m.traditional_only;
            out.converted_characters += m.traditional_only;
            if (m.unchanged) i += static_cast<size_t>(len);
            else emit(i, m.text, static_cast<size_t>(len));
            prev_han = m.han_count > 0;
        }
    }
    flush_unchanged(in.size());

    // Simplified-only forms matter only beside Traditional ones (Mixed or Traditional script): only
    // then are they counted, in a second pass over the Han characters.
    if (convert && out.script_counts.traditional_only > 0) {
        for (size_t i = 0; i < in.size();) {
            int len;
            const char32_t cp = utf8::decode(in, i, len);
            i += static_cast<size_t>(len);
            if (cp < 0x80 || cp == 0xFFFD) continue;
            MappedChar& m = cache.get(cp);
            if (m.han_count == 0) continue;
            if (m.simplified_only < 0) m.simplified_only = count_simplified_only(cp);
            out.script_counts.simplified_only += static_cast<uint32_t>(m.simplified_only);
        }
    }

    const auto& c = out.script_counts;
    if (c.han < 10) out.script = Script::Unknown;
    else if (c.traditional_only == 0 || c.traditional_only * 20 < c.simplified_only) out.script = Script::Simplified;
    else if (c.simplified_only == 0 || c.simplified_only * 20 < c.traditional_only) out.script = Script::Traditional;
    else if (c.traditional_only >= 3 && c.simplified_only >= 3) out.script = Script::Mixed;
    else out.script = c.traditional_only > c.simplified_only ? Script::Traditional : Script::Simplified;
    return out;
}

}  // namespace nianbao
