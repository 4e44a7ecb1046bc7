// natives_unicode.cpp — package unicode and the rest of unicode/utf8.
// Latin-1 follows Go's tables exactly (hand-coded below, checked against Go);
// beyond it the classes and case mappings come from glibc's C.UTF-8 locale
// tables, which follow the same Unicode database (close to Go's Unicode 13),
// and IsPrint/IsGraphic from rt (Go's strconv tables).
#include <clocale>
#include <cstring>
#include <cwctype>
#include <locale.h>
#include <wctype.h>

#include "runtime/slice.h"
#include "runtime/strconv.h"
#include "vm/natives_stdlib.h"

namespace minigo::vm::stdlib {

namespace {

locale_t utf8Locale() {
  static locale_t l = newlocale(LC_ALL_MASK, "C.UTF-8", nullptr);
  return l;
}

enum : uint8_t { kUpper = 1, kLower = 2, kLetter = 4, kDigit = 8, kNumber = 16, kSpace = 32, kPunct = 64, kSymbol = 128 };

// Go's properties of U+0000..U+00FF.
struct Latin1 {
  uint8_t p[256] = {};
  Latin1() {
    for (int c = 'A'; c <= 'Z'; c++) p[c] = kUpper | kLetter;
    for (int c = 'a'; c <= 'z'; c++) p[c] = kLower | kLetter;
    for (int c = '0'; c <= '9'; c++) p[c] = kDigit | kNumber;
    for (int c : {9, 10, 11, 12, 13, 32, 0x85, 0xA0}) p[c] = kSpace;
    for (const char* s = "!\"#%&'()*,-./:;?@[\\]_{}"; *s; s++) p[uint8_t(*s)] = kPunct;
    for (const char* s = "$+<=>^`|~"; *s; s++) p[uint8_t(*s)] = kSymbol;
    for (int c : {0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF}) p[c] = kPunct;
    for (int c : {0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA8, 0xA9, 0xAC, 0xAE, 0xAF, 0xB0, 0xB1, 0xB4, 0xB8, 0xD7, 0xF7})
      p[c] = kSymbol;
    for (int c : {0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE}) p[c] = kNumber;
    p[0xAA] = p[0xBA] = kLetter;
    p[0xB5] = kLower | kLetter;
    for (int c = 0xC0; c <= 0xDE; c++)
      if (c != 0xD7) p[c] = kUpper | kLetter;
    for (int c = 0xDF; c <= 0xFF; c++)
      if (c != 0xF7) p[c] = kLower | kLetter;
  }
};
const Latin1 latin1;

bool valid(int32_t r) { return r >= 0 && r <= 0x10FFFF; }
bool cls(int32_t r, uint8_t bit, int (*f)(wint_t, locale_t)) {
  if (r >= 0 && r < 256) return latin1.p[r] & bit;
  return valid(r) && f(wint_t(r), utf8Locale());
}
int glibcPunct(wint_t c, locale_t l) {
  // glibc's punct is every graphic non-alphanumeric; Go's P excludes symbols,
  // which glibc cannot tell apart: accept the common punctuation blocks.
  if (!iswpunct_l(c, l)) return 0;
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || (c >= 0x3001 && c <= 0x3003) ||
         (c >= 0x3008 && c <= 0x3011) || (c >= 0xFF01 && c <= 0xFF0F && c != 0xFF04 && c != 0xFF0B) ||
         c == 0x37E || c == 0x387 || (c >= 0x55A && c <= 0x55F) || c == 0x589 || c == 0x5BE || c == 0x5C0 ||
         c == 0x5C3 || c == 0x5C6 || c == 0x5F3 || c == 0x5F4 || c == 0x60C || c == 0x61B || c == 0x61F ||
         (c >= 0x66A && c <= 0x66D) || c == 0x6D4 || c == 0x964 || c == 0x965 || c == 0x970;
}
int glibcDigit(wint_t c, locale_t l) {
  // Nd ranges of the common scripts (glibc's digit class is ASCII only).
  static const int32_t zeros[] = {0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6,
                                  0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10};
  (void)l;
  for (int32_t z : zeros)
    if (int32_t(c) >= z && int32_t(c) <= z + 9) return 1;
  return 0;
}
int glibcLetter(wint_t c, locale_t l) { return iswalpha_l(c, l) && !glibcDigit(c, l); }
int glibcNumber(wint_t c, locale_t l) {
  return glibcDigit(c, l) || (c >= 0x2150 && c <= 0x2189) || (c >= 0x2460 && c <= 0x249B) ||
         (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) || (c >= 0x2080 && c <= 0x2089);
}
int glibcSpace(wint_t c, locale_t) {
  return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}
int glibcUpper(wint_t c, locale_t l) { return iswupper_l(c, l); }
int glibcLower(wint_t c, locale_t l) { return iswlower_l(c, l); }
int glibcSymbol(wint_t c, locale_t l) { return iswpunct_l(c, l) && !glibcPunct(c, l); }

void def1(uint8_t* a, bool v) { at<int64_t>(a, 8) = int64_t(v); }
int32_t arg(uint8_t* a) { return int32_t(at<int64_t>(a, 0)); }

void unicode_IsLetter(rt::G*, uint8_t* a) { def1(a, isLetter(arg(a))); }
void unicode_IsDigit(rt::G*, uint8_t* a) { def1(a, isDigit(arg(a))); }
void unicode_IsNumber(rt::G*, uint8_t* a) { def1(a, cls(arg(a), kNumber, glibcNumber)); }
void unicode_IsSpace(rt::G*, uint8_t* a) { def1(a, isSpace(arg(a))); }
void unicode_IsUpper(rt::G*, uint8_t* a) { def1(a, cls(arg(a), kUpper, glibcUpper)); }
void unicode_IsLower(rt::G*, uint8_t* a) { def1(a, cls(arg(a), kLower, glibcLower)); }
void unicode_IsTitle(rt::G*, uint8_t* a) {
  int32_t r = arg(a);
  def1(a, r == 0x1C5 || r == 0x1C8 || r == 0x1CB || r == 0x1F2 || (r >= 0x1F88 && r <= 0x1FAF && (r & 8)) ||
              r == 0x1FBC || r == 0x1FCC || r == 0x1FFC);
}
void unicode_IsPunct(rt::G*, uint8_t* a) { def1(a, cls(arg(a), kPunct, glibcPunct)); }
void unicode_IsSymbol(rt::G*, uint8_t* a) { def1(a, cls(arg(a), kSymbol, glibcSymbol)); }
void unicode_IsMark(rt::G*, uint8_t* a) {
  int32_t r = arg(a);
  def1(a, (r >= 0x300 && r <= 0x36F) || (r >= 0x1AB0 && r <= 0x1AFF) || (r >= 0x1DC0 && r <= 0x1DFF) ||
              (r >= 0x20D0 && r <= 0x20FF) || (r >= 0xFE20 && r <= 0xFE2F));
}
void unicode_IsPrint(rt::G*, uint8_t* a) {
  int32_t r = arg(a);
  def1(a, valid(r) && rt::IsPrint(r));
}
void unicode_IsGraphic(rt::G*, uint8_t* a) {
  int32_t r = arg(a);
  def1(a, valid(r) && rt::IsGraphic(r));
}
void unicode_IsControl(rt::G*, uint8_t* a) {
  int32_t r = arg(a);
  def1(a, uint32_t(r) <= 0x1F || (r >= 0x7F && r <= 0x9F));
}
void unicode_ToUpper(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = toUpper(arg(a)); }
void unicode_ToLower(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = toLower(arg(a)); }
void unicode_ToTitle(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = toTitle(arg(a)); }
// The next rune of r's case-folding orbit (common case: the other case).
void unicode_SimpleFold(rt::G*, uint8_t* a) {
  int32_t r = arg(a);
  int32_t res = r;
  if (valid(r)) {
    int32_t u = toUpper(r), l = toLower(r);
    if (u != r && u > r) res = u;
    else if (l != r && l > r) res = l;
    else res = std::min(u, l);
    if (r == 'K') res = 'k';
    else if (r == 'k') res = 0x212A;
    else if (r == 0x212A) res = 'K';
    else if (r == 'S') res = 's';
    else if (r == 's') res = 0x17F;
    else if (r == 0x17F) res = 'S';
  }
  at<int64_t>(a, 8) = res;
}

// ---- unicode/utf8
using rt::GoSlice;
using rt::GoString;
void utf8_RuneLen(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = rt::RuneLen(arg(a)); }
void utf8_RuneCountInString(rt::G*, uint8_t* a) { at<int64_t>(a, 16) = rt::RuneCountInString(view(at<GoString>(a, 0))); }
void utf8_RuneCount(rt::G*, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  at<int64_t>(a, 24) = rt::RuneCountInString(std::string_view(static_cast<const char*>(b.ptr), size_t(b.len)));
}
void utf8_DecodeRuneInString(rt::G*, uint8_t* a) {
  int w;
  at<int64_t>(a, 16) = rt::DecodeRuneInString(view(at<GoString>(a, 0)), &w);
  at<int64_t>(a, 24) = w;
}
void utf8_DecodeRune(rt::G*, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  int w;
  at<int64_t>(a, 24) = rt::DecodeRune(static_cast<const uint8_t*>(b.ptr), size_t(b.len), &w);
  at<int64_t>(a, 32) = w;
}
void utf8_DecodeLastRuneInString(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  int w;
  at<int64_t>(a, 16) = rt::DecodeLastRune(s.ptr, size_t(s.len), &w);
  at<int64_t>(a, 24) = w;
}
void utf8_DecodeLastRune(rt::G*, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  int w;
  at<int64_t>(a, 24) = rt::DecodeLastRune(static_cast<const uint8_t*>(b.ptr), size_t(b.len), &w);
  at<int64_t>(a, 32) = w;
}
void utf8_EncodeRune(rt::G* g, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  uint8_t buf[4];
  int n = rt::EncodeRune(buf, int32_t(at<int64_t>(a, 24)));
  if (b.len < n) {
    rt::setPanic(rt::makeBoundsError(rt::boundsIndex, n - 1, true, b.len));
    (void)g;
    return;
  }
  std::memcpy(b.ptr, buf, size_t(n));
  at<int64_t>(a, 32) = n;
}
void utf8_AppendRune(rt::G*, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  uint8_t buf[4];
  int n = rt::EncodeRune(buf, int32_t(at<int64_t>(a, 24)));
  if (b.len + n > b.cap) {
    b = rt::growslice(types::Uint8, b, b.len + n);
    if (rt::hasPendingError()) return;
  }
  std::memcpy(static_cast<uint8_t*>(b.ptr) + b.len, buf, size_t(n));
  b.len += n;
  at<GoSlice>(a, 32) = b;
}
void utf8_ValidString(rt::G*, uint8_t* a) { at<int64_t>(a, 16) = int64_t(rt::ValidString(view(at<GoString>(a, 0)))); }
void utf8_Valid(rt::G*, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  at<int64_t>(a, 24) = int64_t(rt::ValidString(std::string_view(static_cast<const char*>(b.ptr), size_t(b.len))));
}
void utf8_ValidRune(rt::G*, uint8_t* a) { def1(a, rt::ValidRune(arg(a))); }
void utf8_RuneStart(rt::G*, uint8_t* a) { def1(a, (at<uint8_t>(a, 0) & 0xC0) != 0x80); }
void utf8_FullRuneInString(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  int w;
  int32_t r = rt::DecodeRuneInString(view(s), &w);
  bool full = true;
  if (r == rt::RuneError && w <= 1 && s.len > 0 && s.len < 4) {
    // An incomplete but so-far valid prefix is not full.
    uint8_t c = s.ptr[0];
    int need = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 1;
    bool ok = true;
    for (int64_t i = 1; i < s.len; i++) ok &= (s.ptr[i] & 0xC0) == 0x80;
    full = !(ok && s.len < need);
  }
  at<int64_t>(a, 16) = int64_t(s.len > 0 && full);
}

}  // namespace

bool isSpace(int32_t r) { return cls(r, kSpace, glibcSpace); }
bool isLetter(int32_t r) { return cls(r, kLetter, glibcLetter); }
bool isDigit(int32_t r) { return cls(r, kDigit, glibcDigit); }
int32_t toUpper(int32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 32 : r;
  if (!valid(r)) return r;
  if (r == 0xB5) return 0x39C;
  if (r == 0xFF) return 0x178;
  if (r < 0x100) return (r >= 0xE0 && r <= 0xFE && r != 0xF7) ? r - 32 : r;
  return int32_t(towupper_l(wint_t(r), utf8Locale()));
}
int32_t toLower(int32_t r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + 32 : r;
  if (!valid(r)) return r;
  if (r < 0x100) return (r >= 0xC0 && r <= 0xDE && r != 0xD7) ? r + 32 : r;
  return int32_t(towlower_l(wint_t(r), utf8Locale()));
}
int32_t toTitle(int32_t r) {
  if (r < 0x100) return toUpper(r);
  if (!valid(r)) return r;
  static wctrans_t t = wctrans_l("totitle", utf8Locale());
  return t ? int32_t(towctrans_l(wint_t(r), t, utf8Locale())) : toUpper(r);
}

void registerUnicode() {
  static const std::pair<const char*, NativeFn> fns[] = {
      {"unicode.IsLetter", unicode_IsLetter},   {"unicode.IsDigit", unicode_IsDigit},
      {"unicode.IsNumber", unicode_IsNumber},   {"unicode.IsSpace", unicode_IsSpace},
      {"unicode.IsUpper", unicode_IsUpper},     {"unicode.IsLower", unicode_IsLower},
      {"unicode.IsTitle", unicode_IsTitle},     {"unicode.IsPunct", unicode_IsPunct},
      {"unicode.IsSymbol", unicode_IsSymbol},   {"unicode.IsMark", unicode_IsMark},
      {"unicode.IsPrint", unicode_IsPrint},     {"unicode.IsGraphic", unicode_IsGraphic},
      {"unicode.IsControl", unicode_IsControl}, {"unicode.ToUpper", unicode_ToUpper},
      {"unicode.ToLower", unicode_ToLower},     {"unicode.ToTitle", unicode_ToTitle},
      {"unicode.SimpleFold", unicode_SimpleFold},
      {"utf8.RuneLen", utf8_RuneLen},           {"utf8.RuneCount", utf8_RuneCount},
      {"utf8.RuneCountInString", utf8_RuneCountInString},
      {"utf8.DecodeRuneInString", utf8_DecodeRuneInString}, {"utf8.DecodeRune", utf8_DecodeRune},
      {"utf8.DecodeLastRuneInString", utf8_DecodeLastRuneInString}, {"utf8.DecodeLastRune", utf8_DecodeLastRune},
      {"utf8.EncodeRune", utf8_EncodeRune},     {"utf8.AppendRune", utf8_AppendRune},
      {"utf8.ValidString", utf8_ValidString},   {"utf8.Valid", utf8_Valid},
      {"utf8.ValidRune", utf8_ValidRune},       {"utf8.RuneStart", utf8_RuneStart},
      {"utf8.FullRuneInString", utf8_FullRuneInString},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm::stdlib
