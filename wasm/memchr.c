// memchr for the wasm build, replacing Emscripten's musl version (docs/performance.md, "wasm
// profile"). The core's string searches (std::string_view::find and the like) are memchr for the
// needle's first byte, then memcmp; in CJK text the first byte of a 3-byte UTF-8 character recurs
// every few bytes, so memchr is called millions of times per check and was the hottest function of
// the -O3 build (14 % of a check). musl's goes a 4-byte word at a time after a byte-wise alignment
// prologue; this one reads 8 bytes per step (wasm has unaligned i64 loads) with no prologue: 7–12 % less time
// per check. (A memcmp done the same way measured no faster, so musl's stays.) Linked before libc,
// so every caller in the module (core, libc++, ICU) gets it.
//
// Checked against the C library's memchr (random lengths, offsets, alignments, byte values; 3 million
// calls): cc -O2 -fno-builtin -DMEMCHR_SELF_TEST wasm/memchr.c -o /tmp/mc && /tmp/mc
// and against musl's: emcc -O2 -fno-builtin -DMEMCHR_SELF_TEST wasm/memchr.c -o /tmp/mc.cjs &&
// node --no-experimental-fetch /tmp/mc.cjs
#include <stddef.h>
#include <stdint.h>

#ifdef MEMCHR_SELF_TEST
#define MEMCHR wasm_memchr
#else
#define MEMCHR memchr
#endif

void* MEMCHR(const void* src, int c, size_t n) {
    const unsigned char* s = (const unsigned char*)src;
    const unsigned char b = (unsigned char)c;
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    const uint64_t k = ones * b;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        __builtin_memcpy(&w, s, 8);  // one unaligned i64.load
        w ^= k;
        // Bytes equal to b are 0 in w. A false positive can only sit above a true zero byte (the
        // borrow runs upwards), so the lowest flagged byte (little-endian) is the first match.
        const uint64_t z = (w - ones) & ~w & highs;
        if (z) return (void*)(s + (__builtin_ctzll(z) >> 3));
    }
    for (; n; s++, n--)
        if (*s == b) return (void*)s;
    return NULL;
}

#ifdef MEMCHR_SELF_TEST
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    unsigned char a[300];
    srand(1);
    for (int it = 0; it < 3000000; it++) {
        const int n = rand() % 200, off = rand() % 16, alphabet = 1 + rand() % 4;
        for (int i = 0; i < 300; i++)
            a[i] = (unsigned char)(rand() % alphabet * 0x7f + (rand() % 3 == 0 ? 0x80 : 0));
        int c = a[rand() % 300];
        if (rand() % 8 == 0) c |= 0x100;  // memchr compares (unsigned char)c
        if (memchr(a + off, c, n) != wasm_memchr(a + off, c, n)) {
            printf("memchr differs: n=%d off=%d c=%d\n", n, off, c);
            return 1;
        }
    }
    printf("memchr: 3000000 calls compared with the C library's, all equal\n");
    return 0;
}
#endif
