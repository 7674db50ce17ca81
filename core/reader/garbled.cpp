// Finds garbled runs in content lines and records them in doc.garbled:
//   - U+FFFD (bytes the decoder could not read), private-use characters next to CJK text;
//   - ASCII "?" wedged between CJK characters (a character lost in a lossy conversion; the full-width
//     question mark "？", which NFKC also turns into "?", is told apart by its original length);
//   - GBK text read as Latin-1/CP1252 ("Õþ¸®ÐÅÏ¢"): a dense run of Latin-1 letters and symbols;
//   - UTF-8 text read as GBK ("鏀垮簻淇℃伅"): a chain of the characters whose GBK code is the first two
//     bytes of a UTF-8 encoded CJK character (see kUtf8AsGbkLeads), and "锟斤拷".
// Conservative by design: a rare character in a name is one character, never a dense chain.
#include <algorithm>
#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "reader/hygiene_scan.h"
#include "reader/read_document.h"

namespace nianbao {

namespace {

using namespace hygiene;

// Data: every character whose GBK code is (lead 0xE3–0xE9 or 0xEF, trail 0x80–0xBF). UTF-8 encodes
// the common CJK range as E4–E9 xx xx (and CJK punctuation as E3 80 xx / EF BC xx), so when UTF-8
// is decoded as GBK, every second or third character of the result comes from this set. Generated
// with Python: bytes([lead, trail]).decode('gbk') for those leads and trails.
constexpr std::string_view kUtf8AsGbkLeads =
    // GBK lead byte 0xE3
    "銆銇銈銉銊銋銌銍銏銐銑銒銓銔銕銖銗銘銙銚銛銜銝銞銟銠銡銢銣銤銥銦銧恪恽悖悚悭悝悃悒悌悛惬悻悱惝惘惆惚悴愠愦愕愣惴愀愎愫慊慵憬憔憧"
    // GBK lead byte 0xE4
    "鋩鋪鋫鋬鋭鋮鋯鋰鋱鋲鋳鋴鋵鋶鋷鋸鋹鋺鋻鋼鋽鋾鋿錀錁錂錃錄錅錆錇錈錉洹洧洌浃浈洇洄洙洎洫浍洮洵洚浏浒浔洳涑浯涞涠浞涓涔浜浠浼浣渚淇"
    // GBK lead byte 0xE5
    "鍊鍋鍌鍍鍎鍏鍐鍑鍒鍓鍔鍕鍖鍗鍘鍙鍚鍛鍜鍝鍞鍟鍠鍡鍢鍣鍤鍥鍦鍧鍨鍩鍫濉澧澹澶濂濡濮濞濠濯瀚瀣瀛瀹瀵灏灞宀宄宕宓宥宸甯骞搴寤寮褰寰蹇"
    // GBK lead byte 0xE6
    "鎬鎭鎮鎯鎰鎱鎲鎳鎴鎵鎶鎷鎸鎹鎺鎻鎼鎽鎾鎿鏀鏁鏂鏃鏄鏅鏆鏇鏈鏉鏋鏌鏍妗姊妫妞妤姒妲妯姗妾娅娆姝娈姣姘姹娌娉娲娴娑娣娓婀婧婊婕娼婢婵"
    // GBK lead byte 0xE7
    "鐎鐏鐐鐑鐒鐓鐔鐕鐖鐗鐘鐙鐚鐛鐜鐝鐞鐟鐠鐡鐢鐣鐤鐥鐦鐧鐨鐩鐪鐫鐬鐭鐮纭纰纾绀绁绂绉绋绌绐绔绗绛绠绡绨绫绮绯绱绲缍绶绺绻绾缁缂缃缇缈"
    // GBK lead byte 0xE8
    "鑰鑱鑲鑳鑴鑵鑶鑷鑸鑹鑺鑻鑼鑽鑾鑿钀钁钂钃钄钑钖钘铇铏铓铔铚铦铻锜锠琛琚瑁瑜瑗瑕瑙瑷瑭瑾璜璎璀璁璇璋璞璨璩璐璧瓒璺韪韫韬杌杓杞杈杩"
    // GBK lead byte 0xE9
    "閫閬閭閮閯閰閱閲閳閴閵閶閷閸閹閺閻閼閽閾閿闀闁闂闃闄闅闆闇闈闉闊闋椤棰椋椁楗棣椐楱椹楠楂楝榄楫榀榘楸椴槌榇榈槎榉楦楣楹榛榧榻榫榭"
    // GBK lead byte 0xEF
    "飥飦飩飪飫飬飭飮飯飰飱飲飳飴飵飶飷飸飹飺飻飼飽飾飿餀餁餂餃餄餅餆餇铩铫铮铯铳铴铵铷铹铼铽铿锃锂锆锇锉锊锍锎锏锒锓锔锕锖锘锛锝锞锟";

// A chain needs this many lead characters, with at most kMaxGap non-ASCII characters between two.
constexpr int kMinLeadChain = 4;
constexpr int kMaxGap = 2;
// A Latin-1 run needs this many mojibake letters/symbols.
constexpr int kMinLatinRun = 4;

// The lead characters as a bit per BMP code point (all of them are in the BMP): asked once per
// character of every content line.
class LeadSet {
public:
    LeadSet() {
        for (size_t i = 0; i < kUtf8AsGbkLeads.size();) {
            int len;
            bits_.set(utf8::decode(kUtf8AsGbkLeads, i, len));
            i += static_cast<size_t>(len);
        }
    }
    bool contains(char32_t c) const { return c < bits_.size() && bits_.test(c); }

private:
    std::bitset<0x10000> bits_;
};

const LeadSet& utf8_as_gbk_leads() {
    static const LeadSet set;
    return set;
}

struct Cp {
    char32_t c;
    uint32_t begin, end;  // normalized bytes
};

// Characters a question may end with before "?": "是否?" "吗?" are questions, not lost characters.
bool question_word(char32_t c) {
    static constexpr std::u32string_view kEnders = U"吗呢么吧啊何谁哪否嘛";
    return kEnders.find(c) != std::u32string_view::npos;
}

// Latin-1 Supplement and CP1252 letters/symbols that GBK bytes turn into, plus what NFKC makes of
// some of them (combining marks after a space, μ).
bool latin_mojibake(char32_t c) {
    if (c >= 0xA1 && c <= 0xFF && c != 0xD7 && c != 0xF7 && c != 0xB7) return true;  // not × ÷ ·
    if (c >= 0x300 && c <= 0x36F) return true;
    switch (c) {
        case 0x3BC: case 0x152: case 0x153: case 0x160: case 0x161: case 0x178: case 0x17D: case 0x17E:
        case 0x192: case 0x2C6: case 0x2DC: case 0x2020: case 0x2021: case 0x2022: case 0x2030:
        case 0x2039: case 0x203A: case 0x20AC: case 0x2122: case 0x2044:
            return true;
        default:
            return false;
    }
}

class GarbledReader {
public:
    explicit GarbledReader(Document& doc) : doc_(doc), text_(doc.text->text) {}

    void run() {
        for (const Line& line : doc_.lines) {
            if (line.blank || line.clutter) continue;
            // Almost every line has none of the characters a detector starts from: count them in one
            // pass, and decode the line and run a detector only when it could find something.
            const Triggers t = triggers(line.span);
            const bool gbk = t.leads >= kMinLeadChain || t.kun;
            if (!t.replacement_or_private && !t.question && t.latin < kMinLatinRun && !gbk) continue;
            decode(line.span);
            runs_.clear();
            if (t.replacement_or_private) replacement_and_private_use();
            if (t.question) lost_question_marks();
            if (t.latin >= kMinLatinRun) latin1_runs();
            if (gbk) utf8_as_gbk();
            flush();
        }
    }

private:
    struct Run {
        uint32_t begin, end;
        std::string reason;
    };
    Document& doc_;
    const std::string& text_;
    std::vector<Cp> cps_;
    std::vector<Run> runs_;

    struct Triggers {
        bool replacement_or_private = false;  // U+FFFD or a private-use character
        bool question = false;                // ASCII "?"
        bool kun = false;                     // 锟 ("锟斤拷")
        int latin = 0;                        // Latin-1 mojibake letters and symbols
        int leads = 0;                        // characters of kUtf8AsGbkLeads
    };

    Triggers triggers(Span s) const {
        Triggers t;
        const auto& leads = utf8_as_gbk_leads();
        for (uint32_t i = s.begin; i < s.end;) {
            const auto b = static_cast<unsigned char>(text_[i]);
            if (b < 0x80) {
                t.question = t.question || b == '?';
                ++i;
                continue;
            }
            int len;
            const char32_t c = utf8::decode(text_, i, len);
            i += static_cast<uint32_t>(len);
            if (c == 0xFFFD || is_private_use(c)) t.replacement_or_private = true;
            else if (leads.contains(c)) ++t.leads;
            else if (latin_mojibake(c)) ++t.latin;
            if (c == U'锟') t.kun = true;
        }
        return t;
    }

    void decode(Span s) {
        cps_.clear();
        for (uint32_t i = s.begin; i < s.end;) {
            int len;
            char32_t c = utf8::decode(text_, i, len);
            cps_.push_back({c, i, i + static_cast<uint32_t>(len)});
            i += static_cast<uint32_t>(len);
        }
    }

    bool cjk_at(long k) const {
        return k >= 0 && k < static_cast<long>(cps_.size()) && is_cjk_ideograph(cps_[static_cast<size_t>(k)].c);
    }

    void add(size_t first, size_t last, std::string reason) {
        Run& run = runs_.emplace_back();
        run.begin = cps_[first].begin;
        run.end = cps_[last].end;
        run.reason = std::move(reason);
    }

    void replacement_and_private_use() {
        for (size_t k = 0; k < cps_.size();) {
            const char32_t c = cps_[k].c;
            if (c != 0xFFFD && !is_private_use(c)) {
                ++k;
                continue;
            }
            size_t e = k;
            bool fffd = false;
            while (e < cps_.size() && (cps_[e].c == 0xFFFD || is_private_use(cps_[e].c) || cps_[e].c == '?')) {
                fffd = fffd || cps_[e].c == 0xFFFD;
                ++e;
            }
            const bool near_cjk = cjk_at(static_cast<long>(k) - 1) || cjk_at(static_cast<long>(e));
            if (fffd) add(k, e - 1, "含无法解码的字符（U+FFFD），原文编码有误或已损坏");
            else if (e - k >= 2 || near_cjk) add(k, e - 1, "含私用区字符，多为字体或编码转换出错留下的乱码");
            k = e;
        }
    }

    // An ASCII "?" (one original byte) standing for a lost character: "政府?息公开".
    bool ascii_question(size_t k) const {
        const Cp& p = cps_[k];
        if (p.c != '?') return false;
        return doc_.text->to_original({p.begin, p.end}).size() == 1;
    }

    // Whether the clause ending at cps_[k] asks something ("是否需要公开?"): then "?" is a question mark.
    bool question_clause(size_t k) const {
        static constexpr std::u32string_view kDelimiters = U"。,，;；!！?？:：\n";
        static constexpr std::u32string_view kWords[] = {U"是否", U"吗", U"呢", U"什么", U"怎么", U"如何", U"为何",
                                                         U"哪", U"谁", U"多少", U"能否", U"可否", U"有没有", U"是不是"};
        // At most 40 characters back: questions are short, and long lines must stay linear.
        size_t b = k;
        while (b > 0 && k - b < 40 && kDelimiters.find(cps_[b - 1].c) == std::u32string_view::npos) --b;
        std::u32string clause;
        for (size_t j = b; j < k; ++j) clause += cps_[j].c;
        for (std::u32string_view w : kWords)
            if (clause.find(w) != std::u32string::npos) return true;
        return false;
    }

    void lost_question_marks() {
        for (size_t k = 0; k < cps_.size();) {
            if (!ascii_question(k)) {
                ++k;
                continue;
            }
            size_t e = k;
            while (e < cps_.size() && ascii_question(e)) ++e;
            const long before = static_cast<long>(k) - 1, after = static_cast<long>(e);
            const bool left = cjk_at(before), right = cjk_at(after);
            const bool question = left && (question_word(cps_[static_cast<size_t>(before)].c) || question_clause(k));
            const size_t n = e - k;
            if (!question && ((left && right) || (n >= 3 && (left || right))))
                add(k, e - 1, n == 1 ? "汉字之间夹有问号“?”，疑为编码转换时丢失的字符"
                                     : "汉字之间夹有连续问号，疑为编码转换时丢失的字符");
            k = e;
        }
    }

    // Characters that occur inside a Latin-1 mojibake run without being evidence on their own:
    // × ÷ · and printable ASCII (GBK trail bytes 0x40–0x7E; NFKC turns ¹²³ª into digits/letters).
    static bool latin_weak(char32_t c) { return c == 0xD7 || c == 0xF7 || c == 0xB7 || (c > 0x20 && c < 0x7F); }

    void latin1_runs() {
        for (size_t k = 0; k < cps_.size();) {
            if (!latin_mojibake(cps_[k].c)) {
                ++k;
                continue;
            }
            // Extend over mojibake characters, weak characters followed by a mojibake character
            // within three places, and a space directly before a combining mark (NFKC of "¸", "¨").
            size_t e = k, last = k;
            int strong = 0;
            while (e < cps_.size()) {
                const char32_t c = cps_[e].c;
                if (latin_mojibake(c)) {
                    ++strong;
                    last = e;
                } else if (c == ' ' && e + 1 < cps_.size() && cps_[e + 1].c >= 0x300 && cps_[e + 1].c <= 0x36F) {
                } else if (latin_weak(c)) {
                    bool ahead = false;
                    for (size_t j = e + 1; j < cps_.size() && j <= e + 3 && !ahead; ++j) {
                        if (latin_mojibake(cps_[j].c)) ahead = true;
                        else if (!latin_weak(cps_[j].c)) break;
                    }
                    if (!ahead) break;
                } else {
                    break;
                }
                ++e;
            }
            const size_t total = last - k + 1;
            if (strong >= kMinLatinRun && static_cast<size_t>(strong) * 2 >= total)
                add(k, last, "含成串的西文字母符号（如“" + shorten(doc_.slice({cps_[k].begin, cps_[last].end}), 8) +
                                 "”），疑为GBK编码的中文被当作Latin-1读取产生的乱码");
            k = e;
        }
    }

    void utf8_as_gbk() {
        const auto& leads = utf8_as_gbk_leads();
        // "锟斤拷": U+FFFD written as UTF-8 and read back as GBK.
        for (size_t k = 0; k + 2 < cps_.size(); ++k)
            if (cps_[k].c == U'锟' && cps_[k + 1].c == U'斤' && cps_[k + 2].c == U'拷') {
                size_t e = k + 3;
                while (e + 2 < cps_.size() && cps_[e].c == U'锟' && cps_[e + 1].c == U'斤' && cps_[e + 2].c == U'拷')
                    e += 3;
                add(k, e - 1, "含“锟斤拷”，原文在编码转换中已损坏");
                k = e - 1;
            }
        // A chain of lead characters, each one to kMaxGap characters after the previous one. In real
        // mojibake two lead characters are never adjacent (the third UTF-8 byte always starts the
        // next GBK pair), and 、。 cannot occur (their GBK codes need bytes UTF-8 never has there):
        // adjacency taints a chain ("璀璨", "璐璐"), and 、。 or a space end it.
        size_t first = 0, last = 0;
        int count = 0;
        bool tainted = false;
        auto close = [&] {
            if (count >= kMinLeadChain && !tainted)
                add(first, last, "含成串的生僻字（如“" + shorten(doc_.slice({cps_[first].begin, cps_[last].end}), 8) +
                                     "”），疑为UTF-8编码的中文被当作GBK读取产生的乱码");
            count = 0;
            tainted = false;
        };
        int gap = 0;  // characters since the last lead, not counting ASCII (NFKC of "℃" is "°C")
        for (size_t k = 0; k < cps_.size(); ++k) {
            const char32_t c = cps_[k].c;
            if (c == U'、' || c == U'。' || c == ' ' || c == '\t') {
                close();
                continue;
            }
            if (!leads.contains(c)) {
                if (c >= 0x80) ++gap;
                if (count > 0 && gap > kMaxGap) close();
                continue;
            }
            if (count > 0 && k == last + 1) tainted = true;
            if (count == 0) first = k;
            last = k;
            gap = 0;
            ++count;
        }
        close();
    }

    // Merges overlapping runs of the line and records them.
    void flush() {
        if (runs_.empty()) return;
        std::sort(runs_.begin(), runs_.end(), [](const Run& a, const Run& b) { return a.begin < b.begin; });
        Run cur = runs_[0];
        for (size_t i = 1; i < runs_.size(); ++i) {
            if (runs_[i].begin <= cur.end) cur.end = std::max(cur.end, runs_[i].end);
            else {
                doc_.garbled.push_back({{cur.begin, cur.end}, cur.reason});
                cur = runs_[i];
            }
        }
        doc_.garbled.push_back({{cur.begin, cur.end}, cur.reason});
    }
};

}  // namespace

void read_garbled(Document& doc, const EditionSet&) {
    if (!doc.text) return;
    GarbledReader(doc).run();
}

}  // namespace nianbao
