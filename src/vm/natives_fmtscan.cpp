// natives_fmtscan.cpp — fmt.Sscan, Sscanln and Sscanf over a string (and
// Scan/Scanln/Scanf/Fscan* over stdin or an *os.File), after
// Go 1.19's fmt/scan.go: the same token grammar (SkipSpace, scanBasePrefix,
// scanNumber, floatToken), the same format matching (advance), and the same
// error texts; number conversion and its errors come from the strconv natives.
// Not covered: %q/%x string verbs, complex numbers, the Scanner interface.
#include <unistd.h>

#include <cstring>
#include <string>

#include "runtime/strconv.h"

#include "vm/natives_stdlib.h"

namespace minigo::vm::stdlib {

namespace {

using rt::GoSlice;
using rt::GoString;

constexpr int32_t kEOF = -1;

// A scan error or io.EOF-like end: unwinds to the entry point (no Go code
// runs while scanning, so nothing else is on the C++ stack).
struct ScanError {
  rt::Iface err;
};

rt::Iface newError(const std::string& text) {
  alignas(8) uint8_t args[32] = {};
  at<GoString>(args, 0) = str(text);
  if (NativeFn f = lookupNative("errors.New")) f(rt::sched.curg, args);
  return at<rt::Iface>(args, 16);
}

bool isSpaceRune(int32_t r) { return r != kEOF && isSpace(r); }

struct Scanner {
  std::string_view in;
  size_t pos = 0;
  // Reading a file descriptor (fmt.Scan on os.Stdin): as Go's readRune over
  // an io.Reader that is no RuneScanner, bytes are read one at a time, only
  // as far as the scan needs; a rune read ahead and unread is dropped when
  // the call returns, as Go drops its ss.
  int fd = -1;
  std::string fdBuf;
  bool fdEOF = false;
  void fill() {
    if (fd < 0 || fdEOF) return;
    rt::flushStdout();
    auto readByte = [&] {
      char c;
      if (::read(fd, &c, 1) != 1) {
        fdEOF = true;
        return false;
      }
      fdBuf += c;
      return true;
    };
    if (!readByte()) return;
    auto lead = uint8_t(fdBuf.back());
    int need = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    for (int k = 0; k < need && readByte(); k++) {
      if ((uint8_t(fdBuf.back()) & 0xC0) != 0x80) break;  // not a continuation: an invalid rune, decoded as such
    }
    in = fdBuf;
  }
  size_t lastWidth = 0;
  bool nlIsSpace = false;
  bool nlIsEnd = false;
  int64_t count = 0, argLimit = INT64_MAX;
  std::string buf;

  [[noreturn]] void errorString(const std::string& s) { throw ScanError{newError(s)}; }
  [[noreturn]] void eof() { throw ScanError{ioEOFValue()}; }

  int32_t getRune() {
    if (pos >= in.size() && count < argLimit) fill();
    if (pos >= in.size() || count >= argLimit) {
      lastWidth = 0;
      return kEOF;
    }
    int w = 0;
    int32_t r = decodeAt(pos, &w);
    pos += size_t(w);
    lastWidth = size_t(w);
    count++;
    return r;
  }
  int32_t decodeAt(size_t i, int* w) {
    auto c = uint8_t(in[i]);
    if (c < 0x80) {
      *w = 1;
      return c;
    }
    rt::DecodedRune d = rt::decoderune(GoString{reinterpret_cast<const uint8_t*>(in.data()), int64_t(in.size())}, int64_t(i));
    *w = int(d.pos - int64_t(i));
    return d.r;
  }
  void unreadRune() {
    pos -= lastWidth;
    if (lastWidth) count--;
    lastWidth = 0;
  }
  int32_t mustReadRune() {
    int32_t r = getRune();
    if (r == kEOF) throw ScanError{newError("unexpected EOF")};
    return r;
  }
  bool peek(std::string_view ok) {
    int32_t r = getRune();
    if (r != kEOF) unreadRune();
    return r != kEOF && r < 0x80 && ok.find(char(r)) != std::string_view::npos;
  }
  // consume: the next rune when it is in ok (appended to buf when accept).
  bool consume(std::string_view ok, bool accept) {
    int32_t r = getRune();
    if (r == kEOF) return false;
    if (r < 0x80 && ok.find(char(r)) != std::string_view::npos) {
      if (accept) buf += char(r);
      return true;
    }
    unreadRune();
    return false;
  }
  bool accept(std::string_view ok) { return consume(ok, true); }
  void notEOF() {
    if (getRune() == kEOF) eof();
    unreadRune();
  }
  void skipSpace() {
    for (;;) {
      int32_t r = getRune();
      if (r == kEOF) return;
      if (r == '\r' && peek("\n")) continue;
      if (r == '\n') {
        if (nlIsSpace) continue;
        errorString("unexpected newline");
      }
      if (!isSpaceRune(r)) {
        unreadRune();
        return;
      }
    }
  }
  std::string token() {
    skipSpace();
    std::string t;
    for (;;) {
      size_t start = pos;
      int32_t r = getRune();
      if (r == kEOF) break;
      if (isSpaceRune(r)) {
        unreadRune();
        break;
      }
      t.append(in.substr(start, pos - start));
    }
    return t;
  }
  bool okVerb(int32_t verb, std::string_view verbs, const std::string& typ) {
    if (verb < 0x80 && verbs.find(char(verb)) != std::string_view::npos) return true;
    std::string v;
    rt::EncodeRune(v, verb);
    errorString("bad verb '%" + v + "' for " + typ);
  }

  // ---- numbers (scan.go's scanInt/scanUint/floatToken)
  static constexpr std::string_view kBinary = "01_", kOctal = "01234567_", kDecimal = "0123456789_",
                                    kHex = "0123456789aAbBcCdDeEfF_";
  void getBase(int32_t verb, int* base, std::string_view* digits) {
    okVerb(verb, "bdoUxXv", "integer");
    *base = 10;
    *digits = "0123456789";
    switch (verb) {
      case 'b': *base = 2; *digits = "01"; break;
      case 'o': *base = 8; *digits = "01234567"; break;
      case 'x': case 'X': case 'U': *base = 16; *digits = "0123456789aAbBcCdDeEfF"; break;
      default: break;
    }
  }
  bool scanBasePrefix(int* base, std::string_view* digits) {
    if (!peek("0")) {
      *base = 0;
      *digits = kDecimal;
      return false;
    }
    accept("0");
    *base = 0;
    if (peek("bB")) {
      consume("bB", true);
      *digits = kBinary;
    } else if (peek("oO")) {
      consume("oO", true);
      *digits = kOctal;
    } else if (peek("xX")) {
      consume("xX", true);
      *digits = kHex;
    } else {
      *digits = kOctal;
    }
    return true;
  }
  std::string scanNumber(std::string_view digits, bool haveDigits) {
    if (!haveDigits) {
      notEOF();
      if (!accept(digits)) errorString("expected integer");
    }
    while (accept(digits)) {
    }
    return buf;
  }
  int64_t scanRune(int bitSize) {
    notEOF();
    int64_t r = getRune();
    int n = 64 - bitSize;
    if (((r << n) >> n) != r) {
      std::string v;
      rt::EncodeRune(v, int32_t(r));
      errorString("overflow on character value " + v);
    }
    return r;
  }
  int64_t scanInt(int32_t verb, int bitSize) {
    if (verb == 'c') return scanRune(bitSize);
    skipSpace();
    notEOF();
    int base;
    std::string_view digits;
    getBase(verb, &base, &digits);
    bool haveDigits = false;
    accept("+-");
    if (verb == 'v') haveDigits = scanBasePrefix(&base, &digits);
    std::string tok = scanNumber(digits, haveDigits);
    alignas(8) uint8_t args[64] = {};
    at<GoString>(args, 0) = str(tok);
    at<int64_t>(args, 16) = base;
    at<int64_t>(args, 24) = 64;
    if (NativeFn f = lookupNative("strconv.ParseInt")) f(rt::sched.curg, args);
    if (at<rt::Iface>(args, 40).tab) throw ScanError{at<rt::Iface>(args, 40)};
    int64_t i = at<int64_t>(args, 32);
    int n = 64 - bitSize;
    if (((i << n) >> n) != i) errorString("integer overflow on token " + tok);
    return i;
  }
  uint64_t scanUint(int32_t verb, int bitSize) {
    if (verb == 'c') return uint64_t(scanRune(bitSize));
    skipSpace();
    notEOF();
    int base;
    std::string_view digits;
    getBase(verb, &base, &digits);
    bool haveDigits = false;
    if (verb == 'v') haveDigits = scanBasePrefix(&base, &digits);
    std::string tok = scanNumber(digits, haveDigits);
    alignas(8) uint8_t args[64] = {};
    at<GoString>(args, 0) = str(tok);
    at<int64_t>(args, 16) = base;
    at<int64_t>(args, 24) = 64;
    if (NativeFn f = lookupNative("strconv.ParseUint")) f(rt::sched.curg, args);
    if (at<rt::Iface>(args, 40).tab) throw ScanError{at<rt::Iface>(args, 40)};
    uint64_t i = at<uint64_t>(args, 32);
    if (bitSize < 64 && (i >> bitSize) != 0) errorString("unsigned integer overflow on token " + tok);
    return i;
  }
  std::string floatToken() {
    buf.clear();
    if (accept("nN") && accept("aA") && accept("nN")) return buf;
    accept("+-");
    if (accept("iI") && accept("nN") && accept("fF")) return buf;
    std::string_view digits = "0123456789_", exp = "eEpP";
    if (accept("0") && accept("xX")) {
      digits = "0123456789aAbBcCdDeEfF_";
      exp = "pP";
    }
    while (accept(digits)) {
    }
    if (accept(".")) {
      while (accept(digits)) {
      }
    }
    if (accept(exp)) {
      accept("+-");
      while (accept("0123456789_")) {
      }
    }
    return buf;
  }
  double convertFloat(const std::string& tok, int bitSize) {
    alignas(8) uint8_t args[64] = {};
    at<GoString>(args, 0) = str(tok);
    at<int64_t>(args, 16) = bitSize;
    if (NativeFn f = lookupNative("strconv.ParseFloat")) f(rt::sched.curg, args);
    if (at<rt::Iface>(args, 32).tab) throw ScanError{at<rt::Iface>(args, 32)};
    return at<double>(args, 24);
  }
  bool scanBool(int32_t verb) {
    skipSpace();
    notEOF();
    if (!okVerb(verb, "tv", "boolean")) return false;
    auto boolError = [&] { errorString("syntax error scanning boolean"); };
    switch (getRune()) {
      case '0': return false;
      case '1': return true;
      case 't': case 'T':
        if (accept("rR") && (!accept("uU") || !accept("eE"))) boolError();
        return true;
      case 'f': case 'F':
        if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE"))) boolError();
        return false;
      default: return false;
    }
  }
  std::string convertString(int32_t verb) {
    if (!okVerb(verb, "svqxX", "string")) return "";
    skipSpace();
    notEOF();
    if (verb == 'q' || verb == 'x' || verb == 'X') errorString("minigo: Sscanf %" + std::string(1, char(verb)) + " is not supported");
    return token();
  }

  void scanOne(int32_t verb, rt::Eface arg) {
    buf.clear();
    Type* t = arg.type;
    if (!t) errorString("can't scan type: <nil>");
    if (t->kind != TPTR) errorString("type not a pointer: " + typeString(t));
    if (!arg.data) errorString("can't scan type: " + typeString(t));
    void* p = arg.data;
    Type* e = t->elem;
    switch (e->kind) {
      case TBOOL: *static_cast<uint8_t*>(p) = scanBool(verb); break;
      case TINT: case TINT64: *static_cast<int64_t*>(p) = scanInt(verb, 64); break;
      case TINT8: *static_cast<int8_t*>(p) = int8_t(scanInt(verb, 8)); break;
      case TINT16: *static_cast<int16_t*>(p) = int16_t(scanInt(verb, 16)); break;
      case TINT32: *static_cast<int32_t*>(p) = int32_t(scanInt(verb, 32)); break;
      case TUINT: case TUINT64: case TUINTPTR: *static_cast<uint64_t*>(p) = scanUint(verb, 64); break;
      case TUINT8: *static_cast<uint8_t*>(p) = uint8_t(scanUint(verb, 8)); break;
      case TUINT16: *static_cast<uint16_t*>(p) = uint16_t(scanUint(verb, 16)); break;
      case TUINT32: *static_cast<uint32_t*>(p) = uint32_t(scanUint(verb, 32)); break;
      case TFLOAT32:
      case TFLOAT64: {
        bool f32 = e->kind == TFLOAT32;
        if (!okVerb(verb, "beEfFgGv", f32 ? "float32" : "float64")) break;
        skipSpace();
        notEOF();
        double d = convertFloat(floatToken(), f32 ? 32 : 64);
        if (f32) *static_cast<float*>(p) = float(d);
        else *static_cast<double*>(p) = d;
        break;
      }
      case TSTRING: *static_cast<GoString*>(p) = str(convertString(verb)); break;
      case TSLICE:
        if (e->elem->kind == TUINT8) {
          std::string s = convertString(verb);
          auto n = int64_t(s.size());
          void* b = rt::makeslice(types::Uint8, n, n);
          if (n) std::memcpy(b, s.data(), s.size());
          *static_cast<GoSlice*>(p) = GoSlice{b, n, n};
          break;
        }
        [[fallthrough]];
      default: errorString("can't scan type: " + typeString(t));
    }
  }

  // Operands stored so far: n of (n, err), kept when an error unwinds.
  int64_t processed = 0;

  void doScan(GoSlice args) {
    auto* a = static_cast<rt::Eface*>(args.ptr);
    for (int64_t i = 0; i < args.len; i++) {
      scanOne('v', a[i]);
      processed++;
    }
    if (nlIsEnd) {
      for (;;) {
        int32_t r = getRune();
        if (r == '\n' || r == kEOF) break;
        if (!isSpaceRune(r)) errorString("expected newline");
      }
    }
  }

  // Matches the format text up to the next verb (scan.go's advance).
  int64_t advance(std::string_view format) {
    size_t i = 0;
    auto decodeFmt = [&](size_t k, int* w) -> int32_t {
      if (k >= format.size()) {
        *w = 0;
        return 0;
      }
      Scanner tmp{format};
      return tmp.decodeAt(k, w);
    };
    while (i < format.size()) {
      int w;
      int32_t fmtc = decodeFmt(i, &w);
      if (isSpaceRune(fmtc)) {
        int newlines = 0;
        bool trailingSpace = false;
        while (isSpaceRune(fmtc) && i < format.size()) {
          if (fmtc == '\n') {
            newlines++;
            trailingSpace = false;
          } else {
            trailingSpace = true;
          }
          i += size_t(w);
          fmtc = decodeFmt(i, &w);
        }
        for (int j = 0; j < newlines; j++) {
          int32_t inputc = getRune();
          while (isSpaceRune(inputc) && inputc != '\n') inputc = getRune();
          if (inputc != '\n' && inputc != kEOF) errorString("newline in format does not match input");
        }
        if (trailingSpace) {
          int32_t inputc = getRune();
          if (newlines == 0) {
            if (!isSpaceRune(inputc) && inputc != kEOF) errorString("expected space in input to match format");
            if (inputc == '\n') errorString("newline in input does not match format");
          }
          while (isSpaceRune(inputc) && inputc != '\n') inputc = getRune();
          if (inputc != kEOF) unreadRune();
        }
        continue;
      }
      if (fmtc == '%') {
        if (i + size_t(w) == format.size()) errorString("missing verb: % at end of format string");
        int w2;
        if (decodeFmt(i + size_t(w), &w2) != '%') return int64_t(i);
        i += size_t(w);
      }
      int32_t inputc = mustReadRune();
      if (fmtc != inputc) {
        unreadRune();
        return -1;
      }
      i += size_t(w);
    }
    return int64_t(i);
  }

  void doScanf(std::string_view format, GoSlice args) {
    auto* a = static_cast<rt::Eface*>(args.ptr);
    int64_t& numProcessed = processed;
    size_t end = format.size();
    for (size_t i = 0; i < end;) {
      int64_t w = advance(format.substr(i));
      if (w > 0) {
        i += size_t(w);
        continue;
      }
      if (format[i] != '%') {
        if (w < 0) errorString("input does not match format");
        break;
      }
      i++;
      int64_t wid = 0;
      bool widPresent = false;
      while (i < end && format[i] >= '0' && format[i] <= '9') {
        wid = wid * 10 + (format[i] - '0');
        widPresent = true;
        i++;
      }
      int cw = 0;
      int32_t c = i < end ? Scanner{format}.decodeAt(i, &cw) : 0;
      size_t verbAt = i;
      i += size_t(cw);
      if (c != 'c') skipSpace();
      if (c == '%') {
        skipSpace();
        notEOF();
        if (!accept("%")) errorString("missing literal %");
        continue;
      }
      argLimit = widPresent ? count + wid : INT64_MAX;
      if (numProcessed >= args.len) {
        errorString("too few operands for format '%" + std::string(format.substr(verbAt)) + "'");
      }
      scanOne(c, a[numProcessed]);
      numProcessed++;
      argLimit = INT64_MAX;
    }
    if (numProcessed < args.len) errorString("too many operands");
  }
};

// Sscan/Sscanln(str string, a ...any) (n int, err error): str 0, a 16, n 40, err 48.
template <bool Ln>
void fmt_Sscan(rt::G*, uint8_t* a) {
  Scanner s{view(at<GoString>(a, 0))};
  s.nlIsSpace = !Ln;
  s.nlIsEnd = Ln;
  rt::Iface err{};
  try {
    s.doScan(at<GoSlice>(a, 16));
  } catch (ScanError& e) {
    err = e.err;
  }
  at<int64_t>(a, 40) = s.processed;
  at<rt::Iface>(a, 48) = err;
}
// Sscanf(str string, format string, a ...any) (n int, err error): str 0, format 16, a 32, n 56, err 64.
void fmt_Sscanf(rt::G*, uint8_t* a) {
  Scanner s{view(at<GoString>(a, 0))};
  rt::Iface err{};
  try {
    s.doScanf(view(at<GoString>(a, 16)), at<GoSlice>(a, 32));
  } catch (ScanError& e) {
    err = e.err;
  }
  at<int64_t>(a, 56) = s.processed;
  at<rt::Iface>(a, 64) = err;
}

// Scan/Scanln(a ...any) (n int, err error) on stdin: a 0, n 24, err 32.
template <bool Ln>
void fmt_Scan(rt::G*, uint8_t* a) {
  Scanner s{};
  s.fd = 0;
  s.nlIsSpace = !Ln;
  s.nlIsEnd = Ln;
  rt::Iface err{};
  try {
    s.doScan(at<GoSlice>(a, 0));
  } catch (ScanError& e) {
    err = e.err;
  }
  at<int64_t>(a, 24) = s.processed;
  at<rt::Iface>(a, 32) = err;
}
// Scanf(format string, a ...any) on stdin: format 0, a 16, n 40, err 48.
void fmt_Scanf(rt::G*, uint8_t* a) {
  Scanner s{};
  s.fd = 0;
  rt::Iface err{};
  try {
    s.doScanf(view(at<GoString>(a, 0)), at<GoSlice>(a, 16));
  } catch (ScanError& e) {
    err = e.err;
  }
  at<int64_t>(a, 40) = s.processed;
  at<rt::Iface>(a, 48) = err;
}
// The Fscan family reads an *os.File (its fd is the first word); other
// readers get an error rather than a wrong answer.
int fileFd(rt::Iface r) {
  if (!r.tab || !r.data || r.tab->type->kind != TPTR || r.tab->type->elem->sym != "File" || r.tab->type->elem->pkg != "os")
    return -1;
  return int(*static_cast<int64_t*>(r.data));
}
template <bool Ln>
void fmt_Fscan(rt::G*, uint8_t* a) {
  Scanner s{};
  s.fd = fileFd(at<rt::Iface>(a, 0));
  s.nlIsSpace = !Ln;
  s.nlIsEnd = Ln;
  rt::Iface err{};
  try {
    if (s.fd < 0) s.errorString("minigo: fmt.Fscan reads only an *os.File");
    s.doScan(at<GoSlice>(a, 16));
  } catch (ScanError& e) {
    err = e.err;
  }
  at<int64_t>(a, 40) = s.processed;
  at<rt::Iface>(a, 48) = err;
}
void fmt_Fscanf(rt::G*, uint8_t* a) {
  Scanner s{};
  s.fd = fileFd(at<rt::Iface>(a, 0));
  rt::Iface err{};
  try {
    if (s.fd < 0) s.errorString("minigo: fmt.Fscanf reads only an *os.File");
    s.doScanf(view(at<GoString>(a, 16)), at<GoSlice>(a, 32));
  } catch (ScanError& e) {
    err = e.err;
  }
  at<int64_t>(a, 56) = s.processed;
  at<rt::Iface>(a, 64) = err;
}

}  // namespace

// io.EOF itself, so `err == io.EOF` holds: the error (*os.File).Read returns
// at end of input, asked of a file that is not stdin (so nothing is read).
rt::Iface ioEOFValue() {
  alignas(8) uint8_t args[64] = {};
  uint8_t byte = 0;
  int64_t notStdin = -1;
  at<GoSlice>(args, 0) = GoSlice{&byte, 1, 1};
  at<int64_t*>(args, 48) = &notStdin;
  if (NativeFn f = lookupNative("os.(*File).Read")) f(rt::sched.curg, args);
  rt::Iface e = at<rt::Iface>(args, 32);
  return e.tab ? e : newError("EOF");
}

}  // namespace minigo::vm::stdlib

namespace minigo::vm {

void registerFmtScanNatives() {
  using namespace stdlib;
  (void)NativeRegistrar("fmt.Sscan", fmt_Sscan<false>);
  (void)NativeRegistrar("fmt.Sscanln", fmt_Sscan<true>);
  (void)NativeRegistrar("fmt.Sscanf", fmt_Sscanf);
  (void)NativeRegistrar("fmt.Scan", fmt_Scan<false>);
  (void)NativeRegistrar("fmt.Scanln", fmt_Scan<true>);
  (void)NativeRegistrar("fmt.Scanf", fmt_Scanf);
  (void)NativeRegistrar("fmt.Fscan", fmt_Fscan<false>);
  (void)NativeRegistrar("fmt.Fscanln", fmt_Fscan<true>);
  (void)NativeRegistrar("fmt.Fscanf", fmt_Fscanf);
}

}  // namespace minigo::vm
