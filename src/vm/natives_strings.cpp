// natives_strings.cpp — package strings, after Go 1.19's strings.go and
// builder.go (same results for invalid UTF-8, empty separators, counts).
// Also registerStdlibNatives, which registers every std-lib natives file.
#include <cstring>
#include <vector>

#include "runtime/slice.h"
#include "runtime/strconv.h"
#include "vm/natives_stdlib.h"

namespace minigo::vm {

namespace stdlib {
namespace {

using rt::GoSlice;
using rt::GoString;

int64_t indexOf(std::string_view s, std::string_view sep) {
  size_t i = s.find(sep);
  return i == std::string_view::npos ? -1 : int64_t(i);
}

int64_t countOf(std::string_view s, std::string_view sep) {
  if (sep.empty()) return rt::RuneCountInString(s) + 1;
  int64_t n = 0;
  for (size_t i = s.find(sep); i != std::string_view::npos; i = s.find(sep, i + sep.size())) n++;
  return n;
}

int32_t decode(std::string_view s, size_t i, int* w) { return rt::DecodeRuneInString(s.substr(i), w); }

bool containsRune(std::string_view chars, int32_t r) {
  for (size_t i = 0; i < chars.size();) {
    int w;
    int32_t c = decode(chars, i, &w);
    if (c == r) return true;
    i += size_t(w);
  }
  return false;
}

// Go's explode: s split into UTF-8 sequences, at most n (n <= 0: all).
GoSlice explode(GoString s, int64_t n) {
  std::string_view v = view(s);
  int64_t l = rt::RuneCountInString(v);
  if (n < 0 || n > l) n = l;
  GoSlice a = newStrings(n);
  auto* out = static_cast<GoString*>(a.ptr);
  size_t i = 0;
  for (int64_t k = 0; k < n - 1; k++) {
    int w;
    decode(v, i, &w);
    out[k] = sub(s, int64_t(i), int64_t(i) + w);
    i += size_t(w);
  }
  if (n > 0) out[n - 1] = sub(s, int64_t(i), s.len);
  return a;
}

// Go's genSplit.
GoSlice genSplit(GoString s, GoString sep, int64_t sepSave, int64_t n) {
  if (n == 0) return GoSlice{nullptr, 0, 0};
  if (sep.len == 0) return explode(s, n);
  if (n < 0) n = countOf(view(s), view(sep)) + 1;
  if (n > s.len + 1) n = s.len + 1;
  GoSlice a = newStrings(n);
  auto* out = static_cast<GoString*>(a.ptr);
  int64_t i = 0, start = 0;
  std::string_view v = view(s), sp = view(sep);
  while (i < n - 1) {
    size_t m = v.find(sp, size_t(start));
    if (m == std::string_view::npos) break;
    out[i++] = sub(s, start, int64_t(m) + sepSave);
    start = int64_t(m) + sep.len;
  }
  out[i] = sub(s, start, s.len);
  a.len = i + 1;
  return a;
}

// Go's strings.Map with a C++ mapping; invalid bytes become U+FFFD as in Go.
template <class F>
GoString mapRunes(GoString s, F mapping) {
  std::string_view v = view(s);
  std::string out;
  bool changed = false;
  for (size_t i = 0; i < v.size();) {
    int w;
    int32_t c = decode(v, i, &w);
    int32_t r = mapping(c);
    if (r != c || (c == rt::RuneError && w == 1)) changed = true;
    if (r >= 0) rt::EncodeRune(out, r);
    i += size_t(w);
  }
  return changed ? str(out) : s;
}

bool isASCII(std::string_view v) {
  for (unsigned char c : v)
    if (c >= 0x80) return false;
  return true;
}

void strings_Contains(rt::G*, uint8_t* a) { at<int64_t>(a, 32) = int64_t(indexOf(view(at<GoString>(a, 0)), view(at<GoString>(a, 16))) >= 0); }
void strings_HasPrefix(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0)), p = view(at<GoString>(a, 16));
  at<int64_t>(a, 32) = int64_t(s.size() >= p.size() && s.substr(0, p.size()) == p);
}
void strings_HasSuffix(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0)), p = view(at<GoString>(a, 16));
  at<int64_t>(a, 32) = int64_t(s.size() >= p.size() && s.substr(s.size() - p.size()) == p);
}
void strings_Index(rt::G*, uint8_t* a) { at<int64_t>(a, 32) = indexOf(view(at<GoString>(a, 0)), view(at<GoString>(a, 16))); }
void strings_LastIndex(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0)), p = view(at<GoString>(a, 16));
  size_t i = s.rfind(p);
  at<int64_t>(a, 32) = i == std::string_view::npos ? -1 : int64_t(i);
}
void strings_Count(rt::G*, uint8_t* a) { at<int64_t>(a, 32) = countOf(view(at<GoString>(a, 0)), view(at<GoString>(a, 16))); }
int64_t indexAny(std::string_view s, std::string_view chars, bool last) {
  int64_t res = -1;
  for (size_t i = 0; i < s.size() && !chars.empty();) {
    int w;
    int32_t r = decode(s, i, &w);
    if (containsRune(chars, r)) {
      res = int64_t(i);
      if (!last) break;
    }
    i += size_t(w);
  }
  return res;
}
void strings_IndexAny(rt::G*, uint8_t* a) { at<int64_t>(a, 32) = indexAny(view(at<GoString>(a, 0)), view(at<GoString>(a, 16)), false); }
void strings_LastIndexAny(rt::G*, uint8_t* a) { at<int64_t>(a, 32) = indexAny(view(at<GoString>(a, 0)), view(at<GoString>(a, 16)), true); }
void strings_ContainsAny(rt::G*, uint8_t* a) { at<int64_t>(a, 32) = int64_t(indexAny(view(at<GoString>(a, 0)), view(at<GoString>(a, 16)), false) >= 0); }
void strings_Compare(rt::G*, uint8_t* a) {
  int c = view(at<GoString>(a, 0)).compare(view(at<GoString>(a, 16)));
  at<int64_t>(a, 32) = c < 0 ? -1 : c > 0 ? 1 : 0;
}
void strings_EqualFold(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0)), t = view(at<GoString>(a, 16));
  size_t i = 0, j = 0;
  bool eq = true;
  while (i < s.size() && j < t.size()) {
    int w1, w2;
    int32_t r1 = decode(s, i, &w1), r2 = decode(t, j, &w2);
    i += size_t(w1);
    j += size_t(w2);
    if (r1 == r2) continue;
    if (toLower(r1) != toLower(r2) && toUpper(r1) != toUpper(r2)) {
      eq = false;
      break;
    }
  }
  at<int64_t>(a, 32) = int64_t(eq && i == s.size() && j == t.size());
}
void strings_IndexByte(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0));
  size_t i = s.find(char(at<uint8_t>(a, 16)));
  at<int64_t>(a, 24) = i == std::string_view::npos ? -1 : int64_t(i);
}
void strings_LastIndexByte(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0));
  size_t i = s.rfind(char(at<uint8_t>(a, 16)));
  at<int64_t>(a, 24) = i == std::string_view::npos ? -1 : int64_t(i);
}
int64_t indexRune(std::string_view s, int32_t r) {
  if (r >= 0 && r < 0x80) {
    size_t i = s.find(char(r));
    return i == std::string_view::npos ? -1 : int64_t(i);
  }
  if (r == rt::RuneError) {
    for (size_t i = 0; i < s.size();) {
      int w;
      if (decode(s, i, &w) == rt::RuneError) return int64_t(i);
      i += size_t(w);
    }
    return -1;
  }
  if (!rt::ValidRune(r)) return -1;
  std::string enc;
  rt::EncodeRune(enc, r);
  return indexOf(s, enc);
}
void strings_IndexRune(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = indexRune(view(at<GoString>(a, 0)), int32_t(at<int64_t>(a, 16))); }
void strings_ContainsRune(rt::G*, uint8_t* a) { at<int64_t>(a, 24) = int64_t(indexRune(view(at<GoString>(a, 0)), int32_t(at<int64_t>(a, 16))) >= 0); }

// ASCII strings are mapped bytewise (Go's fast path), others rune by rune.
GoString asciiMap(GoString s, char lo, char hi, int delta) {
  std::string out(view(s));
  bool changed = false;
  for (auto& c : out)
    if (c >= lo && c <= hi) c = char(c + delta), changed = true;
  return changed ? str(out) : s;
}
void strings_ToUpper(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  at<GoString>(a, 16) = isASCII(view(s)) ? asciiMap(s, 'a', 'z', -32) : mapRunes(s, toUpper);
}
void strings_ToLower(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  at<GoString>(a, 16) = isASCII(view(s)) ? asciiMap(s, 'A', 'Z', 32) : mapRunes(s, toLower);
}
void strings_ToTitle(rt::G*, uint8_t* a) { at<GoString>(a, 16) = mapRunes(at<GoString>(a, 0), toTitle); }
// Go's isSeparator (strings.Title's word boundaries).
bool isSeparator(int32_t r) {
  if (r <= 0x7F) {
    if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_') return false;
    return true;
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}
void strings_Title(rt::G*, uint8_t* a) {
  int32_t prev = ' ';
  at<GoString>(a, 16) = mapRunes(at<GoString>(a, 0), [&](int32_t r) {
    int32_t out = isSeparator(prev) ? toTitle(r) : r;
    prev = r;
    return out;
  });
}

template <class P>
GoString trimLeftFn(GoString s, P pred) {
  std::string_view v = view(s);
  size_t i = 0;
  while (i < v.size()) {
    int w;
    int32_t r = decode(v, i, &w);
    if (!pred(r)) break;
    i += size_t(w);
  }
  return sub(s, int64_t(i), s.len);
}
template <class P>
GoString trimRightFn(GoString s, P pred) {
  int64_t j = s.len;
  while (j > 0) {
    int w;
    int32_t r = rt::DecodeLastRune(s.ptr, size_t(j), &w);
    if (!pred(r)) break;
    j -= w;
  }
  return sub(s, 0, j);
}
void strings_TrimSpace(rt::G*, uint8_t* a) { at<GoString>(a, 16) = trimRightFn(trimLeftFn(at<GoString>(a, 0), isSpace), isSpace); }
void strings_Trim(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  auto cs = view(at<GoString>(a, 16));
  auto in = [cs](int32_t r) { return containsRune(cs, r); };
  at<GoString>(a, 32) = cs.empty() ? s : trimRightFn(trimLeftFn(s, in), in);
}
void strings_TrimLeft(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  auto cs = view(at<GoString>(a, 16));
  at<GoString>(a, 32) = cs.empty() ? s : trimLeftFn(s, [cs](int32_t r) { return containsRune(cs, r); });
}
void strings_TrimRight(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  auto cs = view(at<GoString>(a, 16));
  at<GoString>(a, 32) = cs.empty() ? s : trimRightFn(s, [cs](int32_t r) { return containsRune(cs, r); });
}
void strings_TrimPrefix(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0), p = at<GoString>(a, 16);
  bool has = s.len >= p.len && view(s).substr(0, size_t(p.len)) == view(p);
  at<GoString>(a, 32) = has ? sub(s, p.len, s.len) : s;
}
void strings_TrimSuffix(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0), p = at<GoString>(a, 16);
  bool has = s.len >= p.len && view(s).substr(size_t(s.len - p.len)) == view(p);
  at<GoString>(a, 32) = has ? sub(s, 0, s.len - p.len) : s;
}
void strings_TrimFunc(rt::G*, uint8_t* a) {
  auto* f = at<rt::FuncVal*>(a, 16);
  auto pred = [f](int32_t r) { return callRunePred(f, r); };
  at<GoString>(a, 24) = trimRightFn(trimLeftFn(at<GoString>(a, 0), pred), pred);
}
void strings_TrimLeftFunc(rt::G*, uint8_t* a) {
  auto* f = at<rt::FuncVal*>(a, 16);
  at<GoString>(a, 24) = trimLeftFn(at<GoString>(a, 0), [f](int32_t r) { return callRunePred(f, r); });
}
void strings_TrimRightFunc(rt::G*, uint8_t* a) {
  auto* f = at<rt::FuncVal*>(a, 16);
  at<GoString>(a, 24) = trimRightFn(at<GoString>(a, 0), [f](int32_t r) { return callRunePred(f, r); });
}
template <class P>
int64_t indexFn(std::string_view v, P pred, bool last) {
  int64_t res = -1;
  for (size_t i = 0; i < v.size();) {
    int w;
    int32_t r = decode(v, i, &w);
    if (pred(r)) {
      res = int64_t(i);
      if (!last) break;
    }
    i += size_t(w);
  }
  return res;
}
void strings_IndexFunc(rt::G*, uint8_t* a) {
  auto* f = at<rt::FuncVal*>(a, 16);
  at<int64_t>(a, 24) = indexFn(view(at<GoString>(a, 0)), [f](int32_t r) { return callRunePred(f, r); }, false);
}
void strings_LastIndexFunc(rt::G*, uint8_t* a) {
  auto* f = at<rt::FuncVal*>(a, 16);
  at<int64_t>(a, 24) = indexFn(view(at<GoString>(a, 0)), [f](int32_t r) { return callRunePred(f, r); }, true);
}
void strings_Map(rt::G*, uint8_t* a) {
  auto* f = at<rt::FuncVal*>(a, 0);
  at<GoString>(a, 24) = mapRunes(at<GoString>(a, 8), [f](int32_t r) { return callRuneMap(f, r); });
}

template <class P>
GoSlice fieldsFn(GoString s, P isSep) {
  std::vector<std::pair<int64_t, int64_t>> spans;
  std::string_view v = view(s);
  int64_t start = -1;
  for (size_t i = 0; i < v.size();) {
    int w;
    int32_t r = decode(v, i, &w);
    if (isSep(r)) {
      if (start >= 0) spans.push_back({start, int64_t(i)}), start = -1;
    } else if (start < 0) {
      start = int64_t(i);
    }
    i += size_t(w);
  }
  if (start >= 0) spans.push_back({start, s.len});
  GoSlice a = newStrings(int64_t(spans.size()));
  for (size_t k = 0; k < spans.size(); k++) static_cast<GoString*>(a.ptr)[k] = sub(s, spans[k].first, spans[k].second);
  return a;
}
void strings_Fields(rt::G*, uint8_t* a) { at<GoSlice>(a, 16) = fieldsFn(at<GoString>(a, 0), isSpace); }
void strings_FieldsFunc(rt::G*, uint8_t* a) {
  auto* f = at<rt::FuncVal*>(a, 16);
  at<GoSlice>(a, 24) = fieldsFn(at<GoString>(a, 0), [f](int32_t r) { return callRunePred(f, r); });
}

void strings_Split(rt::G*, uint8_t* a) { at<GoSlice>(a, 32) = genSplit(at<GoString>(a, 0), at<GoString>(a, 16), 0, -1); }
void strings_SplitAfter(rt::G*, uint8_t* a) {
  GoString sep = at<GoString>(a, 16);
  at<GoSlice>(a, 32) = genSplit(at<GoString>(a, 0), sep, sep.len, -1);
}
void strings_SplitN(rt::G*, uint8_t* a) { at<GoSlice>(a, 40) = genSplit(at<GoString>(a, 0), at<GoString>(a, 16), 0, at<int64_t>(a, 32)); }
void strings_SplitAfterN(rt::G*, uint8_t* a) {
  GoString sep = at<GoString>(a, 16);
  at<GoSlice>(a, 40) = genSplit(at<GoString>(a, 0), sep, sep.len, at<int64_t>(a, 32));
}
void strings_Cut(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0), sep = at<GoString>(a, 16);
  int64_t i = indexOf(view(s), view(sep));
  at<GoString>(a, 32) = i >= 0 ? sub(s, 0, i) : s;
  at<GoString>(a, 48) = i >= 0 ? sub(s, i + sep.len, s.len) : GoString{nullptr, 0};
  at<int64_t>(a, 64) = int64_t(i >= 0);
}
void strings_Join(rt::G*, uint8_t* a) {
  GoSlice elems = at<GoSlice>(a, 0);
  auto sep = view(at<GoString>(a, 24));
  auto* e = static_cast<GoString*>(elems.ptr);
  if (elems.len == 1) {
    at<GoString>(a, 40) = e[0];
    return;
  }
  std::string out;
  for (int64_t i = 0; i < elems.len; i++) {
    if (i) out += sep;
    out += view(e[i]);
  }
  at<GoString>(a, 40) = str(out);
}
void strings_Repeat(rt::G* g, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  int64_t n = at<int64_t>(a, 16);
  if (n < 0) return panicString(g, "strings: negative Repeat count");
  if (s.len && n > (int64_t(1) << 40) / s.len) return panicString(g, "strings: Repeat count causes overflow");
  uint8_t* buf;
  GoString out = rt::rawstring(s.len * n, &buf);
  for (int64_t i = 0; i < n; i++) std::memcpy(buf + i * s.len, s.ptr, size_t(s.len));
  at<GoString>(a, 24) = out;
}
GoString replace(GoString s, std::string_view old, std::string_view nw, int64_t n) {
  std::string_view v = view(s);
  if (old == nw || n == 0) return s;
  int64_t m = countOf(v, old);
  if (m == 0) return s;
  if (n < 0 || m < n) n = m;
  std::string out;
  size_t start = 0;
  for (int64_t i = 0; i < n; i++) {
    size_t j = start;
    if (old.empty()) {
      if (i > 0) {
        int w;
        decode(v, start, &w);
        j += size_t(w);
      }
    } else {
      j = v.find(old, start);
    }
    out.append(v.substr(start, j - start));
    out.append(nw);
    start = j + old.size();
  }
  out.append(v.substr(start));
  return str(out);
}
void strings_Replace(rt::G*, uint8_t* a) {
  at<GoString>(a, 56) = replace(at<GoString>(a, 0), view(at<GoString>(a, 16)), view(at<GoString>(a, 32)), at<int64_t>(a, 48));
}
void strings_ReplaceAll(rt::G*, uint8_t* a) {
  at<GoString>(a, 48) = replace(at<GoString>(a, 0), view(at<GoString>(a, 16)), view(at<GoString>(a, 32)), -1);
}

// Replacer: a *Replacer points at a []string of old/new pairs.
void strings_NewReplacer(rt::G* g, uint8_t* a) {
  GoSlice oldnew = at<GoSlice>(a, 0);
  if (oldnew.len % 2 == 1) return panicString(g, "strings.NewReplacer: odd argument count");
  auto* r = static_cast<GoSlice*>(rt::mallocgc(sizeof(GoSlice), newSlice(types::String), true));
  GoSlice copy = newStrings(oldnew.len);
  if (oldnew.len) std::memcpy(copy.ptr, oldnew.ptr, size_t(oldnew.len) * sizeof(GoString));
  *r = copy;
  at<GoSlice*>(a, 24) = r;
}
// Go's genericReplacer: at each position the matching pair of highest
// priority (the earliest argument) wins; an empty old matches everywhere.
void strings_Replacer_Replace(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  auto* r = at<GoSlice*>(a, 32);
  auto* pairs = static_cast<GoString*>(r->ptr);
  int64_t np = r->len / 2;
  std::string_view v = view(s);
  std::string out;
  bool changed = false;
  size_t i = 0;
  while (i <= v.size()) {
    int64_t match = -1;
    for (int64_t k = 0; k < np; k++) {
      auto o = view(pairs[2 * k]);
      if (i + o.size() <= v.size() && v.compare(i, o.size(), o) == 0) {
        match = k;
        break;
      }
    }
    if (match >= 0) {
      out += view(pairs[2 * match + 1]);
      changed = true;
      size_t ol = size_t(pairs[2 * match].len);
      if (ol) {
        i += ol;
        continue;
      }
    }
    if (i == v.size()) break;
    out += v[i];
    i++;
  }
  at<GoString>(a, 16) = changed ? str(out) : s;
}

// strings.Builder: struct { buf []byte }; the receiver word follows params and results.
GoSlice* builderBuf(uint8_t* a, int64_t recvOff) { return at<GoSlice*>(a, recvOff); }
void builderAppend(GoSlice* b, const void* p, int64_t n) {
  if (b->len + n > b->cap) {
    *b = rt::growslice(types::Uint8, *b, b->len + n);
    if (rt::hasPendingError()) return;
  }
  if (n) std::memcpy(static_cast<uint8_t*>(b->ptr) + b->len, p, size_t(n));
  b->len += n;
}
void Builder_WriteString(rt::G*, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  builderAppend(builderBuf(a, 40), s.ptr, s.len);
  at<int64_t>(a, 16) = s.len;
  at<rt::Iface>(a, 24) = rt::Iface{nullptr, nullptr};
}
void Builder_WriteByte(rt::G*, uint8_t* a) {
  uint8_t c = at<uint8_t>(a, 0);
  builderAppend(builderBuf(a, 24), &c, 1);
  at<rt::Iface>(a, 8) = rt::Iface{nullptr, nullptr};
}
void Builder_WriteRune(rt::G*, uint8_t* a) {
  uint8_t buf[4];
  int n = rt::EncodeRune(buf, int32_t(at<int64_t>(a, 0)));
  builderAppend(builderBuf(a, 32), buf, n);
  at<int64_t>(a, 8) = n;
  at<rt::Iface>(a, 16) = rt::Iface{nullptr, nullptr};
}
void Builder_Write(rt::G*, uint8_t* a) {
  GoSlice p = at<GoSlice>(a, 0);
  builderAppend(builderBuf(a, 48), p.ptr, p.len);
  at<int64_t>(a, 24) = p.len;
  at<rt::Iface>(a, 32) = rt::Iface{nullptr, nullptr};
}
void Builder_String(rt::G*, uint8_t* a) {
  GoSlice* b = builderBuf(a, 16);
  at<GoString>(a, 0) = GoString{static_cast<const uint8_t*>(b->ptr), b->len};
}
void Builder_Len(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = builderBuf(a, 8)->len; }
void Builder_Reset(rt::G*, uint8_t* a) { *builderBuf(a, 0) = GoSlice{nullptr, 0, 0}; }
void Builder_Grow(rt::G* g, uint8_t* a) {
  int64_t n = at<int64_t>(a, 0);
  GoSlice* b = builderBuf(a, 8);
  if (n < 0) return panicString(g, "strings.Builder.Grow: negative count");
  if (b->cap - b->len < n) {
    int64_t cap = 2 * b->cap + n;
    GoSlice nb{rt::makeslice(types::Uint8, cap, cap), b->len, cap};
    if (rt::hasPendingError()) return;
    if (b->len) std::memcpy(nb.ptr, b->ptr, size_t(b->len));
    *b = nb;
  }
}

}  // namespace

void registerStrings() {
  static const std::pair<const char*, NativeFn> fns[] = {
      {"strings.Contains", strings_Contains},       {"strings.HasPrefix", strings_HasPrefix},
      {"strings.HasSuffix", strings_HasSuffix},     {"strings.Index", strings_Index},
      {"strings.LastIndex", strings_LastIndex},     {"strings.Count", strings_Count},
      {"strings.IndexAny", strings_IndexAny},       {"strings.LastIndexAny", strings_LastIndexAny},
      {"strings.ContainsAny", strings_ContainsAny}, {"strings.Compare", strings_Compare},
      {"strings.EqualFold", strings_EqualFold},     {"strings.IndexByte", strings_IndexByte},
      {"strings.LastIndexByte", strings_LastIndexByte}, {"strings.IndexRune", strings_IndexRune},
      {"strings.ContainsRune", strings_ContainsRune}, {"strings.ToUpper", strings_ToUpper},
      {"strings.ToLower", strings_ToLower},         {"strings.ToTitle", strings_ToTitle},
      {"strings.Title", strings_Title},             {"strings.TrimSpace", strings_TrimSpace},
      {"strings.Trim", strings_Trim},               {"strings.TrimLeft", strings_TrimLeft},
      {"strings.TrimRight", strings_TrimRight},     {"strings.TrimPrefix", strings_TrimPrefix},
      {"strings.TrimSuffix", strings_TrimSuffix},   {"strings.TrimFunc", strings_TrimFunc},
      {"strings.TrimLeftFunc", strings_TrimLeftFunc}, {"strings.TrimRightFunc", strings_TrimRightFunc},
      {"strings.IndexFunc", strings_IndexFunc},     {"strings.LastIndexFunc", strings_LastIndexFunc},
      {"strings.Map", strings_Map},                 {"strings.Fields", strings_Fields},
      {"strings.FieldsFunc", strings_FieldsFunc},   {"strings.Split", strings_Split},
      {"strings.SplitAfter", strings_SplitAfter},   {"strings.SplitN", strings_SplitN},
      {"strings.SplitAfterN", strings_SplitAfterN}, {"strings.Cut", strings_Cut},
      {"strings.Join", strings_Join},               {"strings.Repeat", strings_Repeat},
      {"strings.Replace", strings_Replace},         {"strings.ReplaceAll", strings_ReplaceAll},
      {"strings.NewReplacer", strings_NewReplacer}, {"strings.(*Replacer).Replace", strings_Replacer_Replace},
      {"strings.(*Builder).WriteString", Builder_WriteString}, {"strings.(*Builder).WriteByte", Builder_WriteByte},
      {"strings.(*Builder).WriteRune", Builder_WriteRune}, {"strings.(*Builder).Write", Builder_Write},
      {"strings.(*Builder).String", Builder_String}, {"strings.(*Builder).Len", Builder_Len},
      {"strings.(*Builder).Reset", Builder_Reset},  {"strings.(*Builder).Grow", Builder_Grow},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace stdlib

void registerStdlibNatives() {
  stdlib::registerStrings();
  stdlib::registerStrconv();
  stdlib::registerMath();
  stdlib::registerSort();
  stdlib::registerUnicode();
  stdlib::registerFmtIO();
  stdlib::registerBufio();
}

}  // namespace minigo::vm
