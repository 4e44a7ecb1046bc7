// string.h — string operations, after Go's runtime/string.go and utf8.go.
// Strings are rt::GoString {ptr, len}; new bytes come from mallocgc (noscan).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace minigo::rt {

constexpr int32_t runeError = 0xFFFD;
constexpr int32_t maxRune = 0x10FFFF;
constexpr int UTFMax = 4;

// Allocates an uninitialised string of n bytes; *buf receives the bytes to fill.
GoString rawstring(int64_t n, uint8_t** buf);
// A heap copy of s (for literals built by the VM, tests).
GoString gostring(std::string_view s);
inline std::string_view toView(GoString s) {
  return std::string_view(reinterpret_cast<const char*>(s.ptr), size_t(s.len));
}

// a[0] + a[1] + ... + a[n-1]. Like Go, returns the only non-empty operand
// itself instead of copying it.
GoString concatstrings(const GoString* a, int n);
GoString concatstring2(GoString a, GoString b);

// -1, 0, +1 as bytes compare (Go's cmpstring).
int cmpstring(GoString a, GoString b);
inline bool eqstring(GoString a, GoString b) {
  return a.len == b.len && (a.ptr == b.ptr || __builtin_memcmp(a.ptr, b.ptr, size_t(a.len)) == 0);
}

// string(b) for b []byte.
GoString slicebytetostring(const uint8_t* p, int64_t n);
inline GoString slicebytetostring(GoSlice b) {
  return slicebytetostring(static_cast<const uint8_t*>(b.ptr), b.len);
}
// []byte(s): len == len(s), cap == roundupsize(len(s)) as in Go.
GoSlice stringtoslicebyte(GoString s);
// []rune(s).
GoSlice stringtoslicerune(GoString s);
// string(r) for r []rune (invalid runes become U+FFFD).
GoString slicerunetostring(GoSlice runes);
// string(rune(v)) for any integer v (out of range / surrogate → "\uFFFD").
GoString intstring(int64_t v);

// Decodes the rune at s[k] (k < len(s)); returns the rune and the index just
// after it. Invalid encodings (bad bytes, overlongs, surrogates, > U+10FFFF)
// give (U+FFFD, k+1). Used by for-range over strings.
struct DecodedRune {
  int32_t r;
  int64_t pos;
};
DecodedRune decoderune(GoString s, int64_t k);
// Writes the UTF-8 encoding of r (invalid → U+FFFD) into p (>= 4 bytes); returns bytes written.
int encoderune(uint8_t* p, int32_t r);
// Number of bytes encoderune writes for r.
int runeLen(int32_t r);
// utf8.RuneCountInString / len([]rune(s)).
int64_t countrunes(GoString s);

}  // namespace minigo::rt
