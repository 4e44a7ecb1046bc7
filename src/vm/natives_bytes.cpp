// natives_bytes.cpp — package bytes as Go 1.19's bytes.go and buffer.go.
//
// A []byte is read through a string view of its bytes, so the functions that
// package strings already implements (Unicode case mapping, Fields, Split,
// Replace ...) run through the strings natives, and their string results are
// turned back into slices: subslices of the argument where Go returns
// subslices (Split, Fields, Trim*: same memory, Go's capacities, nil where
// Go returns nil), fresh copies where Go copies (ToUpper, Replace ...).
// Buffer keeps Go's layout and growth policy, so Cap and Bytes match.
#include <cstring>

#include "vm/natives_stdlib.h"

namespace minigo::tc::stdlib {
extern Type* bytesBuffer;
}  // namespace minigo::tc::stdlib

namespace minigo::vm::stdlib {

namespace {

using rt::GoSlice;
using rt::GoString;

GoString asString(GoSlice b) { return GoString{static_cast<const uint8_t*>(b.ptr), b.len}; }
std::string_view bview(GoSlice b) { return view(asString(b)); }

// A fresh []byte holding v (non-nil even when empty, as make([]byte, 0)).
GoSlice copyOf(std::string_view v) {
  auto n = int64_t(v.size());
  void* p = rt::makeslice(types::Uint8, n, n);
  if (n) std::memcpy(p, v.data(), v.size());
  return GoSlice{p, n, n};
}
// The subslice of s that the substring x of asString(s) covers. capToEnd:
// the capacity runs to s's (s[i:j]); otherwise it is the length (s[i:j:j]).
GoSlice subOf(GoSlice s, GoString x, bool capToEnd) {
  auto* base = static_cast<uint8_t*>(s.ptr);
  int64_t off = 0;
  if (base && x.ptr >= base && x.ptr <= base + s.len) off = x.ptr - base;
  return GoSlice{base ? base + off : nullptr, x.len, capToEnd ? s.cap - off : x.len};
}

// Calls the strings native `name` (bound once) on a frame of `size` bytes.
template <size_t N>
struct StringsCall {
  alignas(8) uint8_t args[N] = {};
  void run(const char* name) {
    NativeFn f = lookupNative(name);
    if (f) f(rt::sched.curg, args);
  }
  template <class T>
  T& at(int64_t off) {
    return stdlib::at<T>(args, off);
  }
};

// ---- comparisons and searches
void bytes_Equal(rt::G*, uint8_t* a) { at<int64_t>(a, 48) = bview(at<GoSlice>(a, 0)) == bview(at<GoSlice>(a, 24)); }
void bytes_Compare(rt::G*, uint8_t* a) {
  int c = bview(at<GoSlice>(a, 0)).compare(bview(at<GoSlice>(a, 24)));
  at<int64_t>(a, 48) = c < 0 ? -1 : c > 0 ? 1 : 0;
}
void bytes_HasPrefix(rt::G*, uint8_t* a) {
  auto s = bview(at<GoSlice>(a, 0)), p = bview(at<GoSlice>(a, 24));
  at<int64_t>(a, 48) = s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}
void bytes_HasSuffix(rt::G*, uint8_t* a) {
  auto s = bview(at<GoSlice>(a, 0)), p = bview(at<GoSlice>(a, 24));
  at<int64_t>(a, 48) = s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}
// Two []byte arguments, an int or bool result at 48: the strings native of the same name.
template <const char* Name>
void viaStrings2(rt::G*, uint8_t* a) {
  StringsCall<96> c;
  c.at<GoString>(0) = asString(at<GoSlice>(a, 0));
  c.at<GoString>(16) = asString(at<GoSlice>(a, 24));
  c.run(Name);
  at<int64_t>(a, 48) = c.at<int64_t>(32);
}
// A []byte and a string or rune (at 24): result at ResOff, from the strings
// native (string at 0, the second argument at 16).
template <const char* Name, int64_t ArgSize>
void viaStringsArg(rt::G*, uint8_t* a) {
  StringsCall<96> c;
  c.at<GoString>(0) = asString(at<GoSlice>(a, 0));
  std::memcpy(c.args + 16, a + 24, size_t(ArgSize));
  c.run(Name);
  at<int64_t>(a, 24 + ArgSize) = c.at<int64_t>(16 + ArgSize);
}
constexpr char kContains[] = "strings.Contains";
constexpr char kIndex[] = "strings.Index";
constexpr char kLastIndex[] = "strings.LastIndex";
constexpr char kCount[] = "strings.Count";
constexpr char kEqualFold[] = "strings.EqualFold";
constexpr char kContainsAny[] = "strings.ContainsAny";
constexpr char kContainsRune[] = "strings.ContainsRune";
constexpr char kIndexByte[] = "strings.IndexByte";
constexpr char kLastIndexByte[] = "strings.LastIndexByte";
constexpr char kIndexRune[] = "strings.IndexRune";
constexpr char kIndexAny[] = "strings.IndexAny";

// ---- results built from the argument's memory
void bytes_Split(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  StringsCall<96> c;
  c.at<GoString>(0) = asString(s);
  c.at<GoString>(16) = asString(at<GoSlice>(a, 24));
  c.at<int64_t>(32) = at<int64_t>(a, 48);
  c.run("strings.SplitN");
  GoSlice strs = c.at<GoSlice>(40);
  GoSlice out{nullptr, 0, 0};
  if (strs.ptr) {
    out = GoSlice{rt::makeslice(newSlice(types::Uint8), strs.len, strs.len), strs.len, strs.len};
    auto* o = static_cast<GoSlice*>(out.ptr);
    auto* in = static_cast<GoString*>(strs.ptr);
    // genSplit: every piece is s[i:j:j] but the last, which is the rest of s.
    for (int64_t i = 0; i < strs.len; i++) o[i] = subOf(s, in[i], i == strs.len - 1);
  }
  at<GoSlice>(a, 56) = out;
}
void bytes_SplitAll(rt::G* g, uint8_t* a) {
  alignas(8) uint8_t b[80] = {};
  std::memcpy(b, a, 48);
  at<int64_t>(b, 48) = -1;
  bytes_Split(g, b);
  at<GoSlice>(a, 48) = at<GoSlice>(b, 56);
}
void bytes_Fields(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  StringsCall<96> c;
  c.at<GoString>(0) = asString(s);
  c.run("strings.Fields");
  GoSlice strs = c.at<GoSlice>(16);
  GoSlice out{rt::makeslice(newSlice(types::Uint8), strs.len, strs.len), strs.len, strs.len};
  for (int64_t i = 0; i < strs.len; i++)
    static_cast<GoSlice*>(out.ptr)[i] = subOf(s, static_cast<GoString*>(strs.ptr)[i], false);
  at<GoSlice>(a, 24) = out;
}
// Trims: s[i:j]; NilIfEmpty where Go's left trim returns nil for an all-trimmed s.
template <const char* Name, bool NilIfEmpty>
void trimSpaceLike(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  StringsCall<96> c;
  c.at<GoString>(0) = asString(s);
  c.run(Name);
  GoString r = c.at<GoString>(16);
  at<GoSlice>(a, 24) = NilIfEmpty && r.len == 0 ? GoSlice{nullptr, 0, 0} : subOf(s, r, true);
}
template <const char* Name, bool Left>
void trimCutset(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  GoString cutset = at<GoString>(a, 24);
  if (s.len == 0 || cutset.len == 0) {  // Trim/TrimLeft: nil for an empty s; s for an empty cutset
    at<GoSlice>(a, 40) = Left && s.len == 0 ? GoSlice{nullptr, 0, 0} : s;
    return;
  }
  StringsCall<96> c;
  c.at<GoString>(0) = asString(s);
  c.at<GoString>(16) = cutset;
  c.run(Name);
  GoString r = c.at<GoString>(32);
  at<GoSlice>(a, 40) = Left && r.len == 0 ? GoSlice{nullptr, 0, 0} : subOf(s, r, true);
}
void bytes_TrimPrefix(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  auto v = bview(s), p = bview(at<GoSlice>(a, 24));
  if (v.size() >= p.size() && v.compare(0, p.size(), p) == 0) {
    auto n = int64_t(p.size());
    s = GoSlice{static_cast<uint8_t*>(s.ptr) + n, s.len - n, s.cap - n};
  }
  at<GoSlice>(a, 48) = s;
}
void bytes_TrimSuffix(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  auto v = bview(s), p = bview(at<GoSlice>(a, 24));
  if (v.size() >= p.size() && v.compare(v.size() - p.size(), p.size(), p) == 0) s.len -= int64_t(p.size());
  at<GoSlice>(a, 48) = s;
}
void bytes_Cut(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  auto v = bview(s), sep = bview(at<GoSlice>(a, 24));
  size_t i = v.find(sep);
  if (i == std::string_view::npos) {
    at<GoSlice>(a, 48) = s;
    at<GoSlice>(a, 72) = GoSlice{nullptr, 0, 0};
    at<int64_t>(a, 96) = 0;
    return;
  }
  auto* p = static_cast<uint8_t*>(s.ptr);
  auto j = int64_t(i + sep.size());
  at<GoSlice>(a, 48) = GoSlice{p, int64_t(i), s.cap};
  at<GoSlice>(a, 72) = GoSlice{p + j, s.len - j, s.cap - j};
  at<int64_t>(a, 96) = 1;
}

// ---- results in fresh memory
template <const char* Name>
void mapped(rt::G*, uint8_t* a) {
  StringsCall<96> c;
  c.at<GoString>(0) = asString(at<GoSlice>(a, 0));
  c.run(Name);
  at<GoSlice>(a, 24) = copyOf(view(c.at<GoString>(16)));
}
constexpr char kToUpper[] = "strings.ToUpper";
constexpr char kToLower[] = "strings.ToLower";
constexpr char kToTitle[] = "strings.ToTitle";
constexpr char kTitle[] = "strings.Title";
constexpr char kTrimSpace[] = "strings.TrimSpace";
constexpr char kTrim[] = "strings.Trim";
constexpr char kTrimLeft[] = "strings.TrimLeft";
constexpr char kTrimRight[] = "strings.TrimRight";

void bytes_Replace(rt::G*, uint8_t* a) {
  StringsCall<96> c;
  c.at<GoString>(0) = asString(at<GoSlice>(a, 0));
  c.at<GoString>(16) = asString(at<GoSlice>(a, 24));
  c.at<GoString>(32) = asString(at<GoSlice>(a, 48));
  c.at<int64_t>(48) = at<int64_t>(a, 72);
  c.run("strings.Replace");
  at<GoSlice>(a, 80) = copyOf(view(c.at<GoString>(56)));
}
void bytes_ReplaceAll(rt::G* g, uint8_t* a) {
  alignas(8) uint8_t b[104] = {};
  std::memcpy(b, a, 72);
  at<int64_t>(b, 72) = -1;
  bytes_Replace(g, b);
  at<GoSlice>(a, 72) = at<GoSlice>(b, 80);
}
void bytes_Join(rt::G*, uint8_t* a) {
  GoSlice s = at<GoSlice>(a, 0);
  auto sep = bview(at<GoSlice>(a, 24));
  auto* parts = static_cast<GoSlice*>(s.ptr);
  if (s.len == 0) {
    at<GoSlice>(a, 48) = copyOf("");
    return;
  }
  std::string out;
  for (int64_t i = 0; i < s.len; i++) {
    if (i) out += sep;
    out += bview(parts[i]);
  }
  at<GoSlice>(a, 48) = copyOf(out);
}
void bytes_Repeat(rt::G* g, uint8_t* a) {
  GoSlice b = at<GoSlice>(a, 0);
  int64_t count = at<int64_t>(a, 24);
  if (count == 0) {
    at<GoSlice>(a, 32) = copyOf("");
    return;
  }
  if (count < 0) return panicString(g, "bytes: negative Repeat count");
  if (b.len * count / count != b.len || b.len * count > int64_t(1) << 40)
    return panicString(g, "bytes: Repeat count causes overflow");
  int64_t n = b.len * count;
  void* p = rt::makeslice(types::Uint8, n, n);
  for (int64_t i = 0; i < count; i++) std::memcpy(static_cast<uint8_t*>(p) + i * b.len, b.ptr, size_t(b.len));
  at<GoSlice>(a, 32) = GoSlice{p, n, n};
}
void bytes_Runes(rt::G*, uint8_t* a) { at<GoSlice>(a, 24) = rt::stringtoslicerune(asString(at<GoSlice>(a, 0))); }

// ---- Buffer: buf []byte, off int, lastRead int8 (buffer.go).
struct Buffer {
  GoSlice buf;
  int64_t off;
  int8_t lastRead;
};
constexpr int64_t kSmallBufferSize = 64;

int64_t bufLen(const Buffer* b) { return b->buf.len - b->off; }
void bufReset(Buffer* b) {
  b->buf.len = 0;
  b->off = 0;
  b->lastRead = 0;
}
// buffer.go's grow: room for n more bytes; returns where to write.
int64_t bufGrow(rt::G* g, Buffer* b, int64_t n) {
  int64_t m = bufLen(b);
  if (m == 0 && b->off != 0) bufReset(b);
  if (n <= b->buf.cap - b->buf.len) {  // tryGrowByReslice
    b->buf.len += n;
    return b->buf.len - n;
  }
  if (!b->buf.ptr && n <= kSmallBufferSize) {
    b->buf = GoSlice{rt::makeslice(types::Uint8, n, kSmallBufferSize), n, kSmallBufferSize};
    return 0;
  }
  int64_t c = b->buf.cap;
  auto* base = static_cast<uint8_t*>(b->buf.ptr);
  if (n <= c / 2 - m) {
    std::memmove(base, base + b->off, size_t(m));  // slide the unread bytes down
  } else if (c > INT64_MAX - c - n) {
    panicString(g, "bytes.Buffer: too large");
    return -1;
  } else {
    // growSlice(b.buf[b.off:], b.off+n): at least twice the old capacity,
    // allocated by append, so rounded up to a size class.
    int64_t nc = m + b->off + n;
    if (nc < 2 * (c - b->off)) nc = 2 * (c - b->off);
    GoSlice nb = rt::growslice(types::Uint8, GoSlice{nullptr, 0, 0}, nc);
    if (rt::hasPendingError()) return -1;
    if (m) std::memcpy(nb.ptr, base + b->off, size_t(m));
    b->buf = GoSlice{nb.ptr, 0, nb.cap};
  }
  b->off = 0;
  b->buf.len = m + n;
  return m;
}
bool nilDeref(const void* p) {
  if (p) return false;
  rt::setPanic(rt::makeError(rt::ErrNilDeref));
  return true;
}
bool bufWrite(rt::G* g, Buffer* b, const void* p, int64_t n) {
  if (nilDeref(b)) return false;
  b->lastRead = 0;
  int64_t m = bufGrow(g, b, n);
  if (m < 0) return false;
  if (n) std::memmove(static_cast<uint8_t*>(b->buf.ptr) + m, p, size_t(n));
  return true;
}

Buffer* newBuffer(GoSlice buf) {
  auto* b = static_cast<Buffer*>(rt::mallocgc(sizeof(Buffer), tc::stdlib::bytesBuffer, true));
  b->buf = buf;
  return b;
}
void bytes_NewBuffer(rt::G*, uint8_t* a) { at<Buffer*>(a, 24) = newBuffer(at<GoSlice>(a, 0)); }
void bytes_NewBufferString(rt::G*, uint8_t* a) { at<Buffer*>(a, 16) = newBuffer(copyOf(view(at<GoString>(a, 0)))); }

void Buffer_Write(rt::G* g, uint8_t* a) {
  GoSlice p = at<GoSlice>(a, 0);
  if (!bufWrite(g, at<Buffer*>(a, 48), p.ptr, p.len)) return;
  at<int64_t>(a, 24) = p.len;
  at<rt::Iface>(a, 32) = rt::Iface{};
}
void Buffer_WriteString(rt::G* g, uint8_t* a) {
  GoString s = at<GoString>(a, 0);
  if (!bufWrite(g, at<Buffer*>(a, 40), s.ptr, s.len)) return;
  at<int64_t>(a, 16) = s.len;
  at<rt::Iface>(a, 24) = rt::Iface{};
}
void Buffer_WriteByte(rt::G* g, uint8_t* a) {
  uint8_t c = at<uint8_t>(a, 0);
  if (!bufWrite(g, at<Buffer*>(a, 24), &c, 1)) return;
  at<rt::Iface>(a, 8) = rt::Iface{};
}
void Buffer_WriteRune(rt::G* g, uint8_t* a) {
  uint8_t buf[4];
  int n = rt::encoderune(buf, int32_t(at<int64_t>(a, 0)));
  if (!bufWrite(g, at<Buffer*>(a, 32), buf, n)) return;
  at<int64_t>(a, 8) = n;
  at<rt::Iface>(a, 16) = rt::Iface{};
}
void Buffer_String(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 16);
  if (!b) {
    at<GoString>(a, 0) = str("<nil>");  // as buffer.go, for printing a nil *Buffer
    return;
  }
  at<GoString>(a, 0) = rt::slicebytetostring(static_cast<uint8_t*>(b->buf.ptr) + b->off, bufLen(b));
}
void Buffer_Bytes(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 24);
  if (nilDeref(b)) return;
  auto* p = static_cast<uint8_t*>(b->buf.ptr);
  at<GoSlice>(a, 0) = GoSlice{p ? p + b->off : nullptr, bufLen(b), b->buf.cap - b->off};
}
void Buffer_Len(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 8);
  if (!nilDeref(b)) at<int64_t>(a, 0) = bufLen(b);
}
void Buffer_Cap(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 8);
  if (!nilDeref(b)) at<int64_t>(a, 0) = b->buf.cap;
}
void Buffer_Reset(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 0);
  if (!nilDeref(b)) bufReset(b);
}
void Buffer_Grow(rt::G* g, uint8_t* a) {
  int64_t n = at<int64_t>(a, 0);
  auto* b = at<Buffer*>(a, 8);
  if (nilDeref(b)) return;
  if (n < 0) return panicString(g, "bytes.Buffer.Grow: negative count");
  int64_t m = bufGrow(g, b, n);
  if (m >= 0) b->buf.len = m;
}
void Buffer_Truncate(rt::G* g, uint8_t* a) {
  int64_t n = at<int64_t>(a, 0);
  auto* b = at<Buffer*>(a, 8);
  if (nilDeref(b)) return;
  if (n == 0) return bufReset(b);
  b->lastRead = 0;
  if (n < 0 || n > bufLen(b)) return panicString(g, "bytes.Buffer: truncation out of range");
  b->buf.len = b->off + n;
}

// ---- reading (lastRead: opRead = -1, opInvalid = 0, opReadRune1..4 = 1..4)
constexpr int8_t kOpRead = -1;
rt::Iface unreadError(const char* text) {
  alignas(8) uint8_t args[32] = {};
  at<GoString>(args, 0) = str(text);
  if (NativeFn f = lookupNative("errors.New")) f(rt::sched.curg, args);
  return at<rt::Iface>(args, 16);
}
uint8_t* bufData(Buffer* b) { return static_cast<uint8_t*>(b->buf.ptr); }
void Buffer_Read(rt::G*, uint8_t* a) {
  GoSlice p = at<GoSlice>(a, 0);
  auto* b = at<Buffer*>(a, 48);
  if (nilDeref(b)) return;
  b->lastRead = 0;
  if (bufLen(b) <= 0) {
    bufReset(b);
    at<int64_t>(a, 24) = 0;
    at<rt::Iface>(a, 32) = p.len == 0 ? rt::Iface{} : ioEOFValue();
    return;
  }
  int64_t n = std::min(p.len, bufLen(b));
  std::memmove(p.ptr, bufData(b) + b->off, size_t(n));
  b->off += n;
  if (n > 0) b->lastRead = kOpRead;
  at<int64_t>(a, 24) = n;
  at<rt::Iface>(a, 32) = rt::Iface{};
}
void Buffer_Next(rt::G*, uint8_t* a) {
  int64_t n = at<int64_t>(a, 0);
  auto* b = at<Buffer*>(a, 32);
  if (nilDeref(b)) return;
  b->lastRead = 0;
  int64_t m = bufLen(b);
  if (n > m) n = m;
  if (n < 0) n = 0;  // Go would panic slicing with a negative n
  uint8_t* p = bufData(b);
  at<GoSlice>(a, 8) = GoSlice{p ? p + b->off : nullptr, n, b->buf.cap - b->off};
  b->off += n;
  if (n > 0) b->lastRead = kOpRead;
}
void Buffer_ReadByte(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 24);
  if (nilDeref(b)) return;
  if (bufLen(b) <= 0) {
    bufReset(b);
    at<int64_t>(a, 0) = 0;
    at<rt::Iface>(a, 8) = ioEOFValue();
    return;
  }
  at<int64_t>(a, 0) = bufData(b)[b->off++];
  b->lastRead = kOpRead;
  at<rt::Iface>(a, 8) = rt::Iface{};
}
void Buffer_ReadRune(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 32);
  if (nilDeref(b)) return;
  if (bufLen(b) <= 0) {
    bufReset(b);
    at<int64_t>(a, 0) = 0;
    at<int64_t>(a, 8) = 0;
    at<rt::Iface>(a, 16) = ioEOFValue();
    return;
  }
  rt::DecodedRune d = rt::decoderune(GoString{bufData(b), b->buf.len}, b->off);
  int64_t n = d.pos - b->off;
  b->off = d.pos;
  b->lastRead = int8_t(n);
  at<int64_t>(a, 0) = d.r;
  at<int64_t>(a, 8) = n;
  at<rt::Iface>(a, 16) = rt::Iface{};
}
// readSlice: up to and including delim, or the rest with io.EOF.
GoSlice readSlice(Buffer* b, uint8_t delim, rt::Iface* err) {
  uint8_t* p = bufData(b);
  int64_t end = b->buf.len;
  *err = rt::Iface{};
  const void* hit = p ? std::memchr(p + b->off, delim, size_t(bufLen(b))) : nullptr;
  if (hit) end = static_cast<const uint8_t*>(hit) - p + 1;
  else *err = ioEOFValue();
  GoSlice line{p ? p + b->off : nullptr, end - b->off, b->buf.cap - b->off};
  b->off = end;
  b->lastRead = kOpRead;
  return line;
}
void Buffer_ReadBytes(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 48);
  if (nilDeref(b)) return;
  rt::Iface err;
  GoSlice line = readSlice(b, at<uint8_t>(a, 0), &err);
  // append([]byte(nil), line...): a copy (nil when empty).
  GoSlice out{nullptr, 0, 0};
  if (line.len) out = rt::growslice(types::Uint8, GoSlice{nullptr, 0, 0}, line.len);
  if (line.len) std::memcpy(out.ptr, line.ptr, size_t(line.len));
  out.len = line.len;
  at<GoSlice>(a, 8) = out;
  at<rt::Iface>(a, 32) = err;
}
void Buffer_ReadString(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 40);
  if (nilDeref(b)) return;
  rt::Iface err;
  GoSlice line = readSlice(b, at<uint8_t>(a, 0), &err);
  at<GoString>(a, 8) = rt::slicebytetostring(static_cast<uint8_t*>(line.ptr), line.len);
  at<rt::Iface>(a, 24) = err;
}
void Buffer_UnreadByte(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 16);
  if (nilDeref(b)) return;
  if (b->lastRead == 0) {
    at<rt::Iface>(a, 0) = unreadError("bytes.Buffer: UnreadByte: previous operation was not a successful read");
    return;
  }
  b->lastRead = 0;
  if (b->off > 0) b->off--;
  at<rt::Iface>(a, 0) = rt::Iface{};
}
void Buffer_UnreadRune(rt::G*, uint8_t* a) {
  auto* b = at<Buffer*>(a, 16);
  if (nilDeref(b)) return;
  if (b->lastRead <= 0) {
    at<rt::Iface>(a, 0) = unreadError("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune");
    return;
  }
  if (b->off >= b->lastRead) b->off -= b->lastRead;
  b->lastRead = 0;
  at<rt::Iface>(a, 0) = rt::Iface{};
}

}  // namespace

}  // namespace minigo::vm::stdlib

namespace minigo::vm {

void registerBytesNatives() {
  using namespace stdlib;
  static const std::pair<const char*, NativeFn> fns[] = {
      {"bytes.Equal", bytes_Equal},
      {"bytes.Compare", bytes_Compare},
      {"bytes.HasPrefix", bytes_HasPrefix},
      {"bytes.HasSuffix", bytes_HasSuffix},
      {"bytes.Contains", viaStrings2<kContains>},
      {"bytes.Index", viaStrings2<kIndex>},
      {"bytes.LastIndex", viaStrings2<kLastIndex>},
      {"bytes.Count", viaStrings2<kCount>},
      {"bytes.EqualFold", viaStrings2<kEqualFold>},
      {"bytes.ContainsAny", viaStringsArg<kContainsAny, 16>},
      {"bytes.IndexAny", viaStringsArg<kIndexAny, 16>},
      {"bytes.ContainsRune", viaStringsArg<kContainsRune, 8>},
      {"bytes.IndexRune", viaStringsArg<kIndexRune, 8>},
      {"bytes.IndexByte", viaStringsArg<kIndexByte, 8>},
      {"bytes.LastIndexByte", viaStringsArg<kLastIndexByte, 8>},
      {"bytes.SplitN", bytes_Split},
      {"bytes.Split", bytes_SplitAll},
      {"bytes.Fields", bytes_Fields},
      {"bytes.TrimSpace", trimSpaceLike<kTrimSpace, true>},
      {"bytes.Trim", trimCutset<kTrim, true>},
      {"bytes.TrimLeft", trimCutset<kTrimLeft, true>},
      {"bytes.TrimRight", trimCutset<kTrimRight, false>},
      {"bytes.TrimPrefix", bytes_TrimPrefix},
      {"bytes.TrimSuffix", bytes_TrimSuffix},
      {"bytes.Cut", bytes_Cut},
      {"bytes.ToUpper", mapped<kToUpper>},
      {"bytes.ToLower", mapped<kToLower>},
      {"bytes.ToTitle", mapped<kToTitle>},
      {"bytes.Title", mapped<kTitle>},
      {"bytes.Replace", bytes_Replace},
      {"bytes.ReplaceAll", bytes_ReplaceAll},
      {"bytes.Join", bytes_Join},
      {"bytes.Repeat", bytes_Repeat},
      {"bytes.Runes", bytes_Runes},
      {"bytes.NewBuffer", bytes_NewBuffer},
      {"bytes.NewBufferString", bytes_NewBufferString},
      {"bytes.(*Buffer).Write", Buffer_Write},
      {"bytes.(*Buffer).WriteString", Buffer_WriteString},
      {"bytes.(*Buffer).WriteByte", Buffer_WriteByte},
      {"bytes.(*Buffer).WriteRune", Buffer_WriteRune},
      {"bytes.(*Buffer).String", Buffer_String},
      {"bytes.(*Buffer).Bytes", Buffer_Bytes},
      {"bytes.(*Buffer).Len", Buffer_Len},
      {"bytes.(*Buffer).Cap", Buffer_Cap},
      {"bytes.(*Buffer).Reset", Buffer_Reset},
      {"bytes.(*Buffer).Grow", Buffer_Grow},
      {"bytes.(*Buffer).Truncate", Buffer_Truncate},
      {"bytes.(*Buffer).Read", Buffer_Read},
      {"bytes.(*Buffer).Next", Buffer_Next},
      {"bytes.(*Buffer).ReadByte", Buffer_ReadByte},
      {"bytes.(*Buffer).ReadRune", Buffer_ReadRune},
      {"bytes.(*Buffer).ReadBytes", Buffer_ReadBytes},
      {"bytes.(*Buffer).ReadString", Buffer_ReadString},
      {"bytes.(*Buffer).UnreadByte", Buffer_UnreadByte},
      {"bytes.(*Buffer).UnreadRune", Buffer_UnreadRune},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm
