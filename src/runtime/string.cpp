// string.cpp — Go's runtime/string.go and utf8.go over GoString/GoSlice.
#include "runtime/string.h"

#include <cstring>

#include "runtime/error.h"
#include "runtime/malloc.h"
#include "runtime/strconv.h"

namespace minigo::rt {

// One-byte strings point into this table instead of allocating (Go's staticuint64s).
static const uint8_t staticbytes[256] = {
#define B4(i) i, i + 1, i + 2, i + 3
#define B16(i) B4(i), B4(i + 4), B4(i + 8), B4(i + 12)
#define B64(i) B16(i), B16(i + 16), B16(i + 32), B16(i + 48)
    B64(0), B64(64), B64(128), B64(192)
#undef B64
#undef B16
#undef B4
};

GoString rawstring(int64_t n, uint8_t** buf) {
  if (n <= 0) {
    *buf = nullptr;
    return GoString{nullptr, 0};
  }
  uint8_t* p = static_cast<uint8_t*>(mallocgc(uintptr_t(n), nullptr, false));
  *buf = p;
  return GoString{p, n};
}

GoString gostring(std::string_view s) {
  uint8_t* p;
  GoString r = rawstring(int64_t(s.size()), &p);
  if (p) memcpy(p, s.data(), s.size());
  return r;
}

GoString concatstrings(const GoString* a, int n) {
  int64_t l = 0;
  int count = 0;
  int idx = 0;
  for (int i = 0; i < n; i++) {
    if (a[i].len == 0) continue;
    if (__builtin_add_overflow(l, a[i].len, &l)) fatal("string concatenation too long");
    count++;
    idx = i;
  }
  if (count == 0) return GoString{nullptr, 0};
  // One non-empty operand: the result is that string, no copy (strings are immutable).
  if (count == 1) return a[idx];
  uint8_t* p;
  GoString s = rawstring(l, &p);
  for (int i = 0; i < n; i++) {
    if (a[i].len == 0) continue;
    memcpy(p, a[i].ptr, size_t(a[i].len));
    p += a[i].len;
  }
  return s;
}

GoString concatstring2(GoString a, GoString b) {
  GoString v[2] = {a, b};
  return concatstrings(v, 2);
}

int cmpstring(GoString a, GoString b) {
  int64_t l = a.len < b.len ? a.len : b.len;
  if (l > 0 && a.ptr != b.ptr) {
    int c = memcmp(a.ptr, b.ptr, size_t(l));
    if (c != 0) return c < 0 ? -1 : 1;
  }
  if (a.len < b.len) return -1;
  if (a.len > b.len) return 1;
  return 0;
}

GoString slicebytetostring(const uint8_t* p, int64_t n) {
  if (n <= 0) return GoString{nullptr, 0};
  if (n == 1) return GoString{&staticbytes[p[0]], 1};
  uint8_t* b;
  GoString s = rawstring(n, &b);
  memcpy(b, p, size_t(n));
  return s;
}

// A []byte of length n and capacity roundupsize(n), bytes past n zeroed (Go's rawbyteslice).
static GoSlice rawbyteslice(int64_t n) {
  uintptr_t cap = roundupsize(uintptr_t(n));
  uint8_t* p = static_cast<uint8_t*>(mallocgc(cap, nullptr, false));
  if (cap != uintptr_t(n)) memset(p + n, 0, cap - uintptr_t(n));
  return GoSlice{p, n, int64_t(cap)};
}

GoSlice stringtoslicebyte(GoString s) {
  if (s.len == 0) return GoSlice{&zerobase, 0, 0};
  GoSlice b = rawbyteslice(s.len);
  memcpy(b.ptr, s.ptr, size_t(s.len));
  return b;
}

GoSlice stringtoslicerune(GoString s) {
  int64_t n = countrunes(s);
  if (n == 0) return GoSlice{&zerobase, 0, 0};
  if (uint64_t(n) > maxAlloc / 4) fatal("runtime: out of memory");
  uintptr_t mem = roundupsize(uintptr_t(n) * 4);
  int32_t* p = static_cast<int32_t*>(mallocgc(mem, nullptr, false));
  if (mem != uintptr_t(n) * 4) memset(p + n, 0, mem - uintptr_t(n) * 4);
  int64_t i = 0;
  for (int64_t k = 0; k < s.len;) {
    uint8_t c = s.ptr[k];
    if (c < 0x80) {
      p[i++] = c;
      k++;
      continue;
    }
    DecodedRune d = decoderune(s, k);
    p[i++] = d.r;
    k = d.pos;
  }
  return GoSlice{p, n, int64_t(mem / 4)};
}

GoString slicerunetostring(GoSlice runes) {
  const int32_t* a = static_cast<const int32_t*>(runes.ptr);
  int64_t size = 0;
  for (int64_t i = 0; i < runes.len; i++) size += runeLen(a[i]);
  uint8_t* p;
  GoString s = rawstring(size, &p);
  for (int64_t i = 0; i < runes.len; i++) p += encoderune(p, a[i]);
  return s;
}

GoString intstring(int64_t v) {
  int32_t r = (v < 0 || v > maxRune) ? runeError : int32_t(v);
  uint8_t buf[UTFMax];
  int n = encoderune(buf, r);
  if (n == 1) return GoString{&staticbytes[buf[0]], 1};
  uint8_t* p;
  GoString s = rawstring(n, &p);
  memcpy(p, buf, size_t(n));
  return s;
}

// ---- UTF-8 ----------------------------------------------------------------------

DecodedRune decoderune(GoString s, int64_t k) {
  const uint8_t* p = s.ptr + k;
  int64_t rest = s.len - k;
  if (rest <= 0) return {runeError, k + 1};
  uint8_t x = p[0];
  if (x < 0x80) return {x, k + 1};
  // Valid second-byte range and length for each lead byte (RFC 3629):
  // E0 needs A0..BF (no overlongs), ED 80..9F (no surrogates),
  // F0 90..BF (no overlongs), F4 80..8F (<= U+10FFFF).
  uint8_t lo = 0x80, hi = 0xBF;
  int n;
  int32_t r;
  if (x >= 0xC2 && x <= 0xDF) {
    n = 2;
    r = x & 0x1F;
  } else if (x >= 0xE0 && x <= 0xEF) {
    n = 3;
    r = x & 0x0F;
    if (x == 0xE0) lo = 0xA0;
    else if (x == 0xED) hi = 0x9F;
  } else if (x >= 0xF0 && x <= 0xF4) {
    n = 4;
    r = x & 0x07;
    if (x == 0xF0) lo = 0x90;
    else if (x == 0xF4) hi = 0x8F;
  } else {
    return {runeError, k + 1};
  }
  if (rest < n) return {runeError, k + 1};
  if (p[1] < lo || p[1] > hi) return {runeError, k + 1};
  r = (r << 6) | (p[1] & 0x3F);
  for (int i = 2; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) return {runeError, k + 1};
    r = (r << 6) | (p[i] & 0x3F);
  }
  return {r, k + n};
}

int runeLen(int32_t r) {
  if (r >= 0 && r < 0x80) return 1;
  if (r >= 0 && r < 0x800) return 2;
  if (!ValidRune(r) || r < 0x10000) return 3;  // invalid runes encode as U+FFFD
  return 4;
}

// Go's runtime has its own copy of the encoder; one (unicode/utf8's, in
// strconv.cpp) serves both here.
int encoderune(uint8_t* p, int32_t r) { return EncodeRune(p, r); }

int64_t countrunes(GoString s) {
  int64_t n = 0;
  for (int64_t k = 0; k < s.len; n++) {
    if (s.ptr[k] < 0x80) k++;
    else k = decoderune(s, k).pos;
  }
  return n;
}

}  // namespace minigo::rt
