// natives_strconv.cpp — package strconv: parsing with Go 1.19's syntax rules
// and *NumError texts, formatting through rt's strconv (byte-exact Go).
// Errors are Go error values of native types: *strconv.NumError (holding its
// Error() text) and *errors.errorString for ErrSyntax/ErrRange.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "runtime/slice.h"
#include "runtime/strconv.h"
#include "vm/natives_stdlib.h"

namespace minigo::vm::stdlib {

namespace {

using rt::GoSlice;
using rt::GoString;

// ---- error values
void textError(rt::G*, uint8_t* a) { at<GoString>(a, 0) = *at<GoString*>(a, 16); }

// An error type whose value is a pointer to its Error() text.
struct TextErrorType {
  rt::Itab* itab;
  TextErrorType(const char* pkg, const char* name) {
    Type* t = newNamed(pkg, name);
    setUnderlying(t, types::String);
    calcSize(t);
    Field res;
    res.type = types::String;
    Type* sigT = newFunc({}, {res}, false);
    calcSize(sigT);
    Func* f = newFunc();
    f->name = std::string(pkg) + ".(*" + name + ").Error";
    f->type = sigT;
    auto* p = new Proto();
    p->fn = f;
    p->name = f->name;
    p->native = textError;
    p->code = {Instr{}, Instr{}};
    p->lines = {0, 0};
    p->argSize = 16;
    f->code = p;
    Method m;
    m.name = "Error";
    m.type = sigT;
    m.ptrRecv = true;
    m.fn = f;
    t->methods.push_back(m);
    Type* pt = newPtr(t);
    calcSize(pt);
    itab = static_cast<rt::Itab*>(std::calloc(1, sizeof(rt::Itab)));
    itab->inter = types::Error;
    itab->type = pt;
    itab->hash = pt->hash;
    itab->fun[0] = f;
  }
  rt::Iface make(const std::string& text) const {
    auto* s = static_cast<GoString*>(rt::mallocgc(sizeof(GoString), types::String, true));
    *s = rt::gostring(text);
    return rt::Iface{itab, s};
  }
};
const TextErrorType& numErrorType() {
  static TextErrorType t("strconv", "NumError");
  return t;
}
const TextErrorType& errorStringType() {
  static TextErrorType t("errors", "errorString");
  return t;
}

enum ErrKind { kNone, kSyntax, kRange, kBase, kBitSize };

rt::Iface numError(const char* fn, std::string_view num, ErrKind k, int64_t arg = 0) {
  std::string msg = std::string("strconv.") + fn + ": parsing " + rt::Quote(num) + ": ";
  switch (k) {
    case kSyntax: msg += "invalid syntax"; break;
    case kRange: msg += "value out of range"; break;
    case kBase: msg += "invalid base " + rt::FormatInt(arg, 10); break;
    case kBitSize: msg += "invalid bit size " + rt::FormatInt(arg, 10); break;
    default: break;
  }
  return numErrorType().make(msg);
}

// Go's underscoreOK: underscores only between digits of a prefixed literal.
bool underscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s = s.substr(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0') {
    char c = char(s[1] | 0x20);
    if (c == 'b' || c == 'o' || c == 'x') {
      hex = c == 'x';
      i = 2;
      saw = '0';
    }
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// Go's ParseUint; fn names the caller for the error.
uint64_t parseUint(std::string_view s0, int base, int bitSize, const char* fn, ErrKind* err, int64_t* errArg) {
  *err = kNone;
  std::string_view s = s0;
  if (s.empty()) return *err = kSyntax, 0;
  bool base0 = base == 0;
  if (base >= 2 && base <= 36) {
  } else if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && (s[1] | 0x20) == 'b') base = 2, s = s.substr(2);
      else if (s.size() >= 3 && (s[1] | 0x20) == 'o') base = 8, s = s.substr(2);
      else if (s.size() >= 3 && (s[1] | 0x20) == 'x') base = 16, s = s.substr(2);
      else base = 8, s = s.substr(1);
    }
  } else {
    *errArg = base;
    return *err = kBase, 0;
  }
  if (bitSize == 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) {
    *errArg = bitSize;
    return *err = kBitSize, 0;
  }
  uint64_t cutoff = base == 10 ? UINT64_MAX / 10 + 1 : base == 16 ? UINT64_MAX / 16 + 1 : UINT64_MAX / uint64_t(base) + 1;
  uint64_t maxVal = bitSize == 64 ? UINT64_MAX : (uint64_t(1) << bitSize) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') d = c - '0';
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') d = (c | 0x20) - 'a' + 10;
    else return *err = kSyntax, 0;
    if (d >= base) return *err = kSyntax, 0;
    if (n >= cutoff) return *err = kRange, maxVal;
    n *= uint64_t(base);
    uint64_t n1 = n + uint64_t(d);
    if (n1 < n || n1 > maxVal) return *err = kRange, maxVal;
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return *err = kSyntax, 0;
  (void)fn;
  return n;
}

int64_t parseInt(std::string_view s0, int base, int bitSize, ErrKind* err, int64_t* errArg) {
  *err = kNone;
  if (s0.empty()) return *err = kSyntax, 0;
  std::string_view s = s0;
  bool neg = false;
  if (s[0] == '+') s = s.substr(1);
  else if (s[0] == '-') neg = true, s = s.substr(1);
  uint64_t un = parseUint(s, base, bitSize, "ParseInt", err, errArg);
  if (*err != kNone && *err != kRange) return 0;
  if (bitSize == 0) bitSize = 64;
  uint64_t cutoff = uint64_t(1) << (bitSize - 1);
  if (*err == kRange || (!neg && un >= cutoff)) {
    *err = kRange;
    return neg ? -int64_t(cutoff) : int64_t(cutoff - 1);
  }
  if (neg && un > cutoff) {
    *err = kRange;
    return -int64_t(cutoff);
  }
  return neg ? int64_t(0 - un) : int64_t(un);
}

void strconv_Atoi(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0));
  ErrKind err;
  int64_t arg = 0;
  int64_t v = parseInt(s, 10, 0, &err, &arg);
  at<int64_t>(a, 16) = v;
  at<rt::Iface>(a, 24) = err == kNone ? rt::Iface{nullptr, nullptr} : numError("Atoi", s, err, arg);
}
void strconv_ParseInt(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0));
  ErrKind err;
  int64_t arg = 0;
  int64_t v = parseInt(s, int(at<int64_t>(a, 16)), int(at<int64_t>(a, 24)), &err, &arg);
  at<int64_t>(a, 32) = v;
  at<rt::Iface>(a, 40) = err == kNone ? rt::Iface{nullptr, nullptr} : numError("ParseInt", s, err, arg);
}
void strconv_ParseUint(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0));
  ErrKind err;
  int64_t arg = 0;
  uint64_t v = parseUint(s, int(at<int64_t>(a, 16)), int(at<int64_t>(a, 24)), "ParseUint", &err, &arg);
  at<uint64_t>(a, 32) = v;
  at<rt::Iface>(a, 40) = err == kNone ? rt::Iface{nullptr, nullptr} : numError("ParseUint", s, err, arg);
}

// Go's float syntax: [+-] (inf|infinity|nan) case-insensitively, decimal with
// optional exponent, or 0x hex mantissa with a mandatory p exponent;
// underscores only in prefixed literals (base-prefix rule of underscoreOK).
bool floatSyntax(std::string_view s, std::string* clean) {
  clean->clear();
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean->push_back(s[i++]);
  std::string rest;
  for (size_t k = i; k < s.size(); k++) rest.push_back(char(std::tolower(uint8_t(s[k]))));
  if (rest == "inf" || rest == "infinity") return *clean += "inf", true;
  if (rest == "nan") return clean->size() == 0 ? (*clean = "nan", true) : false;
  bool hex = rest.size() >= 2 && rest[0] == '0' && rest[1] == 'x';
  size_t k = hex ? 2 : 0;
  if (hex) *clean += "0x";
  bool digits = false, dot = false, underscores = false;
  for (; k < rest.size(); k++) {
    char c = rest[k];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.' && !dot) {
      dot = true;
      clean->push_back(c);
    } else if ((c >= '0' && c <= '9') || (hex && c >= 'a' && c <= 'f')) {
      digits = true;
      clean->push_back(c);
    } else {
      break;
    }
  }
  if (!digits) return false;
  if (k < rest.size() && rest[k] == (hex ? 'p' : 'e')) {
    clean->push_back(rest[k++]);
    if (k < rest.size() && (rest[k] == '+' || rest[k] == '-')) clean->push_back(rest[k++]);
    bool ed = false;
    for (; k < rest.size(); k++) {
      char c = rest[k];
      if (c == '_') {
        underscores = true;
        continue;
      }
      if (c < '0' || c > '9') break;
      ed = true;
      clean->push_back(c);
    }
    if (!ed) return false;
  } else if (hex) {
    return false;
  }
  if (k != rest.size()) return false;
  if (underscores && !underscoreOK(s)) return false;
  return true;
}

void strconv_ParseFloat(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0));
  int bitSize = int(at<int64_t>(a, 16));
  std::string clean;
  double v = 0;
  rt::Iface err{nullptr, nullptr};
  if (!floatSyntax(s, &clean)) {
    err = numError("ParseFloat", s, kSyntax);
  } else if (clean == "nan") {
    v = std::nan("");
  } else {
    errno = 0;
    if (bitSize == 32) {
      float f = std::strtof(clean.c_str(), nullptr);
      v = f;
    } else {
      v = std::strtod(clean.c_str(), nullptr);
    }
    if (std::isinf(v) && clean.find("inf") == std::string::npos) err = numError("ParseFloat", s, kRange);
  }
  at<double>(a, 24) = v;
  at<rt::Iface>(a, 32) = err;
}
void strconv_ParseBool(rt::G*, uint8_t* a) {
  auto s = view(at<GoString>(a, 0));
  rt::Iface err{nullptr, nullptr};
  bool v = false;
  if (s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True") v = true;
  else if (s == "0" || s == "f" || s == "F" || s == "FALSE" || s == "false" || s == "False") v = false;
  else err = numError("ParseBool", s, kSyntax);
  at<int64_t>(a, 16) = int64_t(v);
  at<rt::Iface>(a, 24) = err;
}

bool checkBase(rt::G* g, int64_t base) {
  if (base < 2 || base > 36) {
    panicString(g, "strconv: illegal AppendInt/FormatInt base");
    return false;
  }
  return true;
}
void strconv_Itoa(rt::G*, uint8_t* a) { at<GoString>(a, 8) = str(rt::FormatInt(at<int64_t>(a, 0), 10)); }
void strconv_FormatInt(rt::G* g, uint8_t* a) {
  if (!checkBase(g, at<int64_t>(a, 8))) return;
  at<GoString>(a, 16) = str(rt::FormatInt(at<int64_t>(a, 0), int(at<int64_t>(a, 8))));
}
void strconv_FormatUint(rt::G* g, uint8_t* a) {
  if (!checkBase(g, at<int64_t>(a, 8))) return;
  at<GoString>(a, 16) = str(rt::FormatUint(at<uint64_t>(a, 0), int(at<int64_t>(a, 8))));
}
void strconv_FormatFloat(rt::G*, uint8_t* a) {
  int bitSize = int(at<int64_t>(a, 24));
  double f = at<double>(a, 0);
  if (bitSize == 32) f = double(float(f));
  at<GoString>(a, 32) = str(rt::FormatFloat(f, char(at<uint8_t>(a, 8)), int(at<int64_t>(a, 16)), bitSize));
}
void strconv_FormatBool(rt::G*, uint8_t* a) { at<GoString>(a, 8) = str(at<uint8_t>(a, 0) ? "true" : "false"); }
void strconv_Quote(rt::G*, uint8_t* a) { at<GoString>(a, 16) = str(rt::Quote(view(at<GoString>(a, 0)))); }
void strconv_QuoteToASCII(rt::G*, uint8_t* a) { at<GoString>(a, 16) = str(rt::QuoteToASCII(view(at<GoString>(a, 0)))); }
void strconv_QuoteRune(rt::G*, uint8_t* a) { at<GoString>(a, 8) = str(rt::QuoteRune(int32_t(at<int64_t>(a, 0)))); }
void strconv_QuoteRuneToASCII(rt::G*, uint8_t* a) {
  at<GoString>(a, 8) = str(rt::QuoteRuneToASCII(int32_t(at<int64_t>(a, 0))));
}

GoSlice appendBytes(GoSlice b, const std::string& s) {
  int64_t n = int64_t(s.size());
  if (b.len + n > b.cap) {
    b = rt::growslice(types::Uint8, b, b.len + n);
    if (rt::hasPendingError()) return b;
  }
  if (n) std::memcpy(static_cast<uint8_t*>(b.ptr) + b.len, s.data(), size_t(n));
  b.len += n;
  return b;
}
void strconv_AppendInt(rt::G* g, uint8_t* a) {
  if (!checkBase(g, at<int64_t>(a, 32))) return;
  at<GoSlice>(a, 40) = appendBytes(at<GoSlice>(a, 0), rt::FormatInt(at<int64_t>(a, 24), int(at<int64_t>(a, 32))));
}
void strconv_AppendQuote(rt::G*, uint8_t* a) {
  at<GoSlice>(a, 40) = appendBytes(at<GoSlice>(a, 0), rt::Quote(view(at<GoString>(a, 24))));
}

// Go's UnquoteChar for one escape or character of a quoted literal.
bool unquoteChar(std::string_view& s, char quote, std::string& out) {
  uint8_t c = uint8_t(s[0]);
  if (c == uint8_t(quote) && (quote == '\'' || quote == '"')) return false;
  if (c >= 0x80) {
    int w;
    int32_t r = rt::DecodeRuneInString(s, &w);
    out.append(s.substr(0, size_t(w)));
    s = s.substr(size_t(w));
    (void)r;
    return true;
  }
  if (c != '\\') {
    out.push_back(char(c));
    s = s.substr(1);
    return true;
  }
  if (s.size() <= 1) return false;
  char e = s[1];
  s = s.substr(2);
  switch (e) {
    case 'a': out.push_back('\a'); return true;
    case 'b': out.push_back('\b'); return true;
    case 'f': out.push_back('\f'); return true;
    case 'n': out.push_back('\n'); return true;
    case 'r': out.push_back('\r'); return true;
    case 't': out.push_back('\t'); return true;
    case 'v': out.push_back('\v'); return true;
    case 'x': case 'u': case 'U': {
      size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      uint32_t v = 0;
      for (size_t j = 0; j < n; j++) {
        char h = char(s[j] | 0x20);
        int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
        if (d < 0) return false;
        v = v * 16 + uint32_t(d);
      }
      s = s.substr(n);
      if (e == 'x') {
        out.push_back(char(v));
        return true;
      }
      if (!rt::ValidRune(int32_t(v))) return false;
      rt::EncodeRune(out, int32_t(v));
      return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      uint32_t v = uint32_t(e - '0');
      if (s.size() < 2) return false;
      for (int j = 0; j < 2; j++) {
        int d = s[size_t(j)] - '0';
        if (d < 0 || d > 7) return false;
        v = v * 8 + uint32_t(d);
      }
      s = s.substr(2);
      if (v > 255) return false;
      out.push_back(char(v));
      return true;
    }
    case '\\': out.push_back('\\'); return true;
    case '\'': case '"':
      if (e != quote) return false;
      out.push_back(e);
      return true;
    default: return false;
  }
}

bool unquote(std::string_view in, std::string& out) {
  if (in.size() < 2) return false;
  char q = in[0];
  if (q != in.back()) return false;
  std::string_view s = in.substr(1, in.size() - 2);
  if (q == '`') {
    if (s.find('`') != std::string_view::npos) return false;
    for (char c : s)
      if (c != '\r') out.push_back(c);
    return true;
  }
  if (q != '"' && q != '\'') return false;
  if (s.find('\n') != std::string_view::npos) return false;
  int runes = 0;
  while (!s.empty()) {
    if (!unquoteChar(s, q, out)) return false;
    runes++;
    if (q == '\'' && !s.empty()) return false;
  }
  if (q == '\'' && runes != 1) return false;
  return true;
}
void strconv_Unquote(rt::G*, uint8_t* a) {
  std::string out;
  if (unquote(view(at<GoString>(a, 0)), out)) {
    at<GoString>(a, 16) = str(out);
    at<rt::Iface>(a, 32) = rt::Iface{nullptr, nullptr};
  } else {
    at<GoString>(a, 16) = GoString{nullptr, 0};
    at<rt::Iface>(a, 32) = errorStringType().make("invalid syntax");
  }
}

}  // namespace

void registerStrconv() {
  static const std::pair<const char*, NativeFn> fns[] = {
      {"strconv.Atoi", strconv_Atoi},           {"strconv.ParseInt", strconv_ParseInt},
      {"strconv.ParseUint", strconv_ParseUint}, {"strconv.ParseFloat", strconv_ParseFloat},
      {"strconv.ParseBool", strconv_ParseBool}, {"strconv.Itoa", strconv_Itoa},
      {"strconv.FormatInt", strconv_FormatInt}, {"strconv.FormatUint", strconv_FormatUint},
      {"strconv.FormatFloat", strconv_FormatFloat}, {"strconv.FormatBool", strconv_FormatBool},
      {"strconv.Quote", strconv_Quote},         {"strconv.QuoteToASCII", strconv_QuoteToASCII},
      {"strconv.QuoteRune", strconv_QuoteRune}, {"strconv.QuoteRuneToASCII", strconv_QuoteRuneToASCII},
      {"strconv.AppendInt", strconv_AppendInt}, {"strconv.AppendQuote", strconv_AppendQuote},
      {"strconv.Unquote", strconv_Unquote},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm::stdlib
