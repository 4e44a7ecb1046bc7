// fmt.cpp — Go's fmt printing engine, after fmt/print.go and fmt/format.go.
//
// A value is walked through its Type the way Go's fmt walks a reflect.Value:
// Val{type, pointer to the value's memory}. For an interface argument the
// memory is the Eface data word itself when the type is pointer-shaped
// (isDirectIface), else the pointed-to value. Methods (Error, String,
// GoString) and map iteration are delegated to the MethodCaller.
#include "runtime/fmt.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "frontend/types.h"
#include "runtime/print.h"
#include "runtime/strconv.h"

namespace minigo::rt {

namespace {

const char kLdigits[] = "0123456789abcdefx";
const char kUdigits[] = "0123456789ABCDEFX";

// A Go value in memory: its type and the address of its bytes.
struct Val {
  Type* t = nullptr;
  const uint8_t* p = nullptr;
  bool valid() const { return t != nullptr; }
};

template <class T>
T load(const uint8_t* p) {
  T v;
  memcpy(&v, p, sizeof v);
  return v;
}

Val fromEface(const Eface& e) {
  if (!e.type) return {};
  if (e.type->isDirectIface()) return {e.type, reinterpret_cast<const uint8_t*>(&e.data)};
  return {e.type, static_cast<const uint8_t*>(e.data)};
}

Eface toEface(const Val& v) {
  if (!v.t) return {nullptr, nullptr};
  if (v.t->isDirectIface()) return {v.t, load<void*>(v.p)};
  return {v.t, const_cast<uint8_t*>(v.p)};
}

// The dynamic value inside an interface value (invalid for a nil interface).
Val ifaceElem(const Val& v) {
  void* word0 = load<void*>(v.p);
  void* data = load<void*>(v.p + 8);
  Type* dyn = nullptr;
  if (word0) dyn = v.t->methods.empty() ? static_cast<Type*>(word0) : static_cast<Itab*>(word0)->type;
  if (!dyn) return {};
  if (dyn->isDirectIface()) return {dyn, v.p + 8};
  return {dyn, static_cast<const uint8_t*>(data)};
}

bool isSignedInt(Kind k) { return k >= TINT && k <= TINT64; }
bool isUnsignedInt(Kind k) { return k >= TUINT && k <= TUINTPTR; }

uint64_t loadInteger(const Val& v) {
  switch (v.t->kind) {
    case TINT8: return uint64_t(int64_t(load<int8_t>(v.p)));
    case TINT16: return uint64_t(int64_t(load<int16_t>(v.p)));
    case TINT32: return uint64_t(int64_t(load<int32_t>(v.p)));
    case TINT: case TINT64: return load<uint64_t>(v.p);
    case TUINT8: return load<uint8_t>(v.p);
    case TUINT16: return load<uint16_t>(v.p);
    case TUINT32: return load<uint32_t>(v.p);
    default: return load<uint64_t>(v.p);
  }
}

bool exportedName(const std::string& n) { return !n.empty() && n[0] >= 'A' && n[0] <= 'Z'; }

// Whether a value of type t may have String/Error/GoString methods, so that
// plain ints, strings and unnamed composites never reach the VM.
bool mayHaveMethods(Type* t) {
  if (t->isNamed() && !t->pkg.empty() && t->kind != TINTER) return true;  // predeclared types have none
  if (t->kind == TPTR && t->elem && ((t->elem->isNamed() && !t->elem->pkg.empty()) || t->elem->kind == TSTRUCT))
    return true;
  if (t->kind == TSTRUCT)
    for (auto& f : t->fields)
      if (f.embedded) return true;
  return false;
}

// fmtsort orders interface keys of different dynamic types by the address of
// their type descriptors. Go's linker lays those out by symbol size, then by
// name ("type.bool" < "type.float64" < "type.int"); this models both.
int64_t rtypeSize(Type* t) {
  int64_t n = 48;  // runtime._type
  switch (t->kind) {
    case TPTR: case TSLICE: n += 8; break;
    case TARRAY: n += 24; break;
    case TCHAN: n += 16; break;
    case TMAP: n += 40; break;
    case TFUNC: n += 8 + 8 * int64_t(t->params.size() + t->results.size()); break;
    case TSTRUCT: n += 32 + 24 * int64_t(t->fields.size()); break;
    case TINTER: n += 32 + 8 * int64_t(t->methods.size()); break;
    default: break;
  }
  if (t->kind != TINTER && (t->isNamed() || !t->methods.empty())) n += 16 + 16 * int64_t(t->methods.size());
  return n;
}

int compareTypes(Type* x, Type* y) {
  int64_t sx = rtypeSize(x), sy = rtypeSize(y);
  if (sx != sy) return sx < sy ? -1 : 1;
  std::string nx = typeString(x), ny = typeString(y);
  if (nx != ny) return nx < ny ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

// fmtsort's ordering of map keys.
int compareVals(const Val& a, const Val& b) {
  Type* t = a.t;
  switch (t->kind) {
    case TINT: case TINT8: case TINT16: case TINT32: case TINT64: {
      int64_t x = int64_t(loadInteger(a)), y = int64_t(loadInteger(b));
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case TUINT: case TUINT8: case TUINT16: case TUINT32: case TUINT64: case TUINTPTR:
    case TPTR: case TCHAN: case TUNSAFEPTR: case TFUNC: case TMAP: {
      uint64_t x = loadInteger(a), y = loadInteger(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case TSTRING: {
      GoString x = load<GoString>(a.p), y = load<GoString>(b.p);
      int c = memcmp(x.ptr, y.ptr, size_t(std::min(x.len, y.len)));
      if (c != 0) return c < 0 ? -1 : 1;
      return x.len < y.len ? -1 : x.len > y.len ? 1 : 0;
    }
    case TFLOAT32: case TFLOAT64: case TCOMPLEX64: case TCOMPLEX128: {
      auto cmpf = [](double x, double y) {
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == y) return 0;
        if (std::isnan(x) && !std::isnan(y)) return -1;
        if (!std::isnan(x) && std::isnan(y)) return 1;
        return 0;
      };
      if (t->kind == TFLOAT32) return cmpf(load<float>(a.p), load<float>(b.p));
      if (t->kind == TFLOAT64) return cmpf(load<double>(a.p), load<double>(b.p));
      if (t->kind == TCOMPLEX64) {
        int c = cmpf(load<float>(a.p), load<float>(b.p));
        return c ? c : cmpf(load<float>(a.p + 4), load<float>(b.p + 4));
      }
      int c = cmpf(load<double>(a.p), load<double>(b.p));
      return c ? c : cmpf(load<double>(a.p + 8), load<double>(b.p + 8));
    }
    case TBOOL: {
      bool x = load<uint8_t>(a.p) != 0, y = load<uint8_t>(b.p) != 0;
      return x == y ? 0 : !x ? -1 : 1;
    }
    case TSTRUCT:
      for (auto& f : t->fields) {
        int c = compareVals({f.type, a.p + f.offset}, {f.type, b.p + f.offset});
        if (c) return c;
      }
      return 0;
    case TARRAY:
      for (int64_t i = 0; i < t->len; i++) {
        int c = compareVals({t->elem, a.p + i * t->elem->size}, {t->elem, b.p + i * t->elem->size});
        if (c) return c;
      }
      return 0;
    case TINTER: {
      Val x = ifaceElem(a), y = ifaceElem(b);
      if (!x.valid() || !y.valid()) return x.valid() ? 1 : y.valid() ? -1 : 0;
      if (x.t != y.t) return compareTypes(x.t, y.t);  // by type descriptor address, as fmtsort
      return compareVals(x, y);
    }
    default: return 0;
  }
}

// Go's fmt takes its printers (pp) from a sync.Pool: a private slot, then
// a LIFO of shared ones. wid and prec live on in a pooled pp (clearflags
// keeps them), and a Formatter sees them through State.Width/Precision.
struct PooledPP {
  int wid = 0, prec = 0;
};
struct PPPool {
  bool hasPrivate = false;
  PooledPP priv;
  std::vector<PooledPP> shared;
  PooledPP get() {
    if (hasPrivate) {
      hasPrivate = false;
      return priv;
    }
    if (shared.empty()) return PooledPP{};
    PooledPP x = shared.back();
    shared.pop_back();
    return x;
  }
  void put(PooledPP x) {
    if (!hasPrivate) {
      hasPrivate = true;
      priv = x;
    } else {
      shared.push_back(x);
    }
  }
};
PPPool ppPool;

struct Printer {
  std::string& buf;
  MethodCaller* mc;
  // fmtFlags
  bool widPresent = false, precPresent = false, minus = false, plus = false, sharp = false,
       space = false, zero = false, plusV = false, sharpV = false;
  int wid = 0, prec = 0;
  // pp state
  Eface arg{nullptr, nullptr};  // the argument being printed (badVerb)
  Val value;                    // or the value being printed
  bool erroring = false, panicking = false;
  bool wrapErrs = false;
  int wrappedArg = -1;  // Errorf: index of the %w operand
  int curArg = -1;

  Printer(std::string& out, MethodCaller* m) : buf(out), mc(m) {
    PooledPP pp = ppPool.get();
    wid = pp.wid;
    prec = pp.prec;
  }
  ~Printer() { ppPool.put(PooledPP{wid, prec}); }

  // As Go's, wid and prec are not flags: a Formatter's State.Width() sees
  // the last width parsed while widPresent is false (doPrintf's fast path
  // for simple verbs skips parsing them).
  void clearflags() {
    widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
  }

  void writeRune(int32_t r) {
    if (r < 0x80 && r >= 0) buf += char(r);
    else EncodeRune(buf, r);
  }

  // --- format.go

  void writePadding(int n) {
    if (n <= 0) return;
    buf.append(size_t(n), zero ? '0' : ' ');
  }

  void pad(std::string_view s) {
    if (!widPresent || wid == 0) {
      buf += s;
      return;
    }
    int width = wid - int(RuneCountInString(s));
    if (!minus) {
      writePadding(width);
      buf += s;
    } else {
      buf += s;
      writePadding(width);
    }
  }

  void fmtBoolean(bool v) { pad(v ? "true" : "false"); }

  void fmtUnicode(uint64_t u) {
    std::string s = "U+";
    std::string hex = FormatUint(u, 16);
    for (auto& c : hex) c = char(toupper(c));
    int p = 4;
    if (precPresent && prec > 4) p = prec;
    for (int i = int(hex.size()); i < p; i++) s += '0';
    s += hex;
    if (sharp && u <= uint64_t(MaxRune) && IsPrint(int32_t(u))) {
      s += " '";
      EncodeRune(s, int32_t(u));
      s += '\'';
    }
    bool oldZero = zero;
    zero = false;
    pad(s);
    zero = oldZero;
  }

  void fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits) {
    bool negative = isSigned && int64_t(u) < 0;
    if (negative) u = uint64_t(0) - u;
    int p = 0;
    if (precPresent) {
      p = prec;
      if (p == 0 && u == 0) {  // precision 0 and value 0 means "print nothing" but padding
        bool oldZero = zero;
        zero = false;
        writePadding(wid);
        zero = oldZero;
        return;
      }
    } else if (zero && widPresent) {
      p = wid;
      if (negative || plus || space) p--;  // leave room for sign
    }
    std::string d;  // digits, reversed
    do {
      d += digits[u % unsigned(base)];
      u /= unsigned(base);
    } while (u != 0);
    while (int(d.size()) < p) d += '0';
    if (sharp) {
      switch (base) {
        case 2: d += "b0"; break;
        case 8: if (d.back() != '0') d += '0'; break;
        case 16: d += digits[16]; d += '0'; break;
      }
    }
    if (verb == 'O') d += "o0";
    if (negative) d += '-';
    else if (plus) d += '+';
    else if (space) d += ' ';
    std::reverse(d.begin(), d.end());
    bool oldZero = zero;
    zero = false;
    pad(d);
    zero = oldZero;
  }

  std::string_view truncateString(std::string_view s) {
    if (precPresent) {
      int n = prec;
      for (size_t i = 0; i < s.size();) {
        if (--n < 0) return s.substr(0, i);
        int w = 1;
        if (uint8_t(s[i]) >= 0x80) DecodeRuneInString(s.substr(i), &w);
        i += size_t(w);
      }
    }
    return s;
  }

  void fmtS(std::string_view s) { pad(truncateString(s)); }

  void fmtSbx(std::string_view s, const char* digits) {
    int length = int(s.size());
    if (precPresent && prec < length) length = prec;
    int width = 2 * length;
    if (width > 0) {
      if (space) {
        if (sharp) width *= 2;
        width += length - 1;
      } else if (sharp) {
        width += 2;
      }
    } else {
      if (widPresent) writePadding(wid);
      return;
    }
    if (widPresent && wid > width && !minus) writePadding(wid - width);
    if (sharp) {
      buf += '0';
      buf += digits[16];
    }
    for (int i = 0; i < length; i++) {
      if (space && i > 0) {
        buf += ' ';
        if (sharp) {
          buf += '0';
          buf += digits[16];
        }
      }
      uint8_t c = uint8_t(s[size_t(i)]);
      buf += digits[c >> 4];
      buf += digits[c & 0xF];
    }
    if (widPresent && wid > width && minus) writePadding(wid - width);
  }

  void fmtQ(std::string_view s) {
    s = truncateString(s);
    if (sharp && CanBackquote(s)) {
      std::string q = "`";
      q += s;
      q += '`';
      pad(q);
      return;
    }
    std::string q;
    AppendQuote(q, s, plus);
    pad(q);
  }

  void fmtC(uint64_t c) {
    int32_t r = c > uint64_t(MaxRune) ? RuneError : int32_t(c);
    std::string s;
    EncodeRune(s, r);
    pad(s);
  }

  void fmtQc(uint64_t c) {
    int32_t r = c > uint64_t(MaxRune) ? RuneError : int32_t(c);
    std::string s;
    AppendQuoteRune(s, r, plus);
    pad(s);
  }

  void fmtFloatF(double v, int size, int32_t verb, int precision) {
    if (precPresent) precision = prec;
    std::string num = "+";
    AppendFloat(num, v, char(verb), precision, size);
    if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
    if (space && num[0] == '+' && !plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
      bool oldZero = zero;
      zero = false;
      if (num[1] == 'N' && !space && !plus) num.erase(0, 1);
      pad(num);
      zero = oldZero;
      return;
    }
    // '#' forces a decimal point and keeps trailing zeros.
    if (sharp && verb != 'b') {
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
        digits = precision;
        if (digits == -1) digits = 6;
      }
      std::string tail;
      bool hasDecimalPoint = false, sawNonzeroDigit = false;
      for (size_t i = 1; i < num.size(); i++) {
        char c = num[i];
        if (c == '.') {
          hasDecimalPoint = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
          tail = num.substr(i);
          num.resize(i);
          break;
        } else {
          if (c != '0') sawNonzeroDigit = true;
          if (sawNonzeroDigit) digits--;
        }
      }
      if (!hasDecimalPoint) {
        if (num.size() == 2 && num[1] == '0') digits--;
        num += '.';
      }
      while (digits > 0) {
        num += '0';
        digits--;
      }
      num += tail;
    }
    if (plus || num[0] != '+') {
      if (zero && widPresent && wid > int(num.size())) {
        buf += num[0];
        writePadding(wid - int(num.size()));
        buf.append(num, 1, std::string::npos);
        return;
      }
      pad(num);
      return;
    }
    pad(std::string_view(num).substr(1));
  }

  // --- print.go

  void badVerb(int32_t verb) {
    erroring = true;
    buf += "%!";
    writeRune(verb);
    buf += '(';
    if (arg.type) {
      buf += typeString(arg.type);
      buf += '=';
      printArg(arg, 'v');
    } else if (value.valid()) {
      buf += typeString(value.t);
      buf += '=';
      printValue(value, 'v', 0, true);
    } else {
      buf += "<nil>";
    }
    buf += ')';
    erroring = false;
  }

  void fmtBool(bool v, int32_t verb) {
    if (verb == 't' || verb == 'v') fmtBoolean(v);
    else badVerb(verb);
  }

  void fmt0x64(uint64_t v, bool leading0x) {
    bool s = sharp;
    sharp = leading0x;
    fmtInteger(v, 16, false, 'v', kLdigits);
    sharp = s;
  }

  void fmtIntegerP(uint64_t v, bool isSigned, int32_t verb) {
    switch (verb) {
      case 'v':
        if (sharpV && !isSigned) fmt0x64(v, true);
        else fmtInteger(v, 10, isSigned, verb, kLdigits);
        break;
      case 'd': fmtInteger(v, 10, isSigned, verb, kLdigits); break;
      case 'b': fmtInteger(v, 2, isSigned, verb, kLdigits); break;
      case 'o': case 'O': fmtInteger(v, 8, isSigned, verb, kLdigits); break;
      case 'x': fmtInteger(v, 16, isSigned, verb, kLdigits); break;
      case 'X': fmtInteger(v, 16, isSigned, verb, kUdigits); break;
      case 'c': fmtC(v); break;
      case 'q': fmtQc(v); break;
      case 'U': fmtUnicode(v); break;
      default: badVerb(verb);
    }
  }

  void fmtFloat(double v, int size, int32_t verb) {
    switch (verb) {
      case 'v': fmtFloatF(v, size, 'g', -1); break;
      case 'b': case 'g': case 'G': case 'x': case 'X': fmtFloatF(v, size, verb, -1); break;
      case 'f': case 'e': case 'E': fmtFloatF(v, size, verb, 6); break;
      case 'F': fmtFloatF(v, size, 'f', 6); break;
      default: badVerb(verb);
    }
  }

  void fmtComplex(double re, double im, int size, int32_t verb) {
    switch (verb) {
      case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
        bool oldPlus = plus;
        buf += '(';
        fmtFloat(re, size / 2, verb);
        plus = true;  // imaginary part always has a sign
        fmtFloat(im, size / 2, verb);
        buf += "i)";
        plus = oldPlus;
        break;
      }
      default: badVerb(verb);
    }
  }

  void fmtString(std::string_view v, int32_t verb) {
    switch (verb) {
      case 'v':
        if (sharpV) fmtQ(v);
        else fmtS(v);
        break;
      case 's': fmtS(v); break;
      case 'x': fmtSbx(v, kLdigits); break;
      case 'X': fmtSbx(v, kUdigits); break;
      case 'q': fmtQ(v); break;
      default: badVerb(verb);
    }
  }

  void fmtBytes(std::string_view v, bool isNil, int32_t verb, const std::string& typeName, const Val& whole) {
    switch (verb) {
      case 'v': case 'd':
        if (sharpV) {
          buf += typeName;
          if (isNil) {
            buf += "(nil)";
            return;
          }
          buf += '{';
          for (size_t i = 0; i < v.size(); i++) {
            if (i > 0) buf += ", ";
            fmt0x64(uint8_t(v[i]), true);
          }
          buf += '}';
        } else {
          buf += '[';
          for (size_t i = 0; i < v.size(); i++) {
            if (i > 0) buf += ' ';
            fmtInteger(uint8_t(v[i]), 10, false, verb, kLdigits);
          }
          buf += ']';
        }
        break;
      case 's': pad(truncateString(v)); break;
      case 'x': fmtSbx(v, kLdigits); break;
      case 'X': fmtSbx(v, kUdigits); break;
      case 'q': fmtQ(v); break;
      default: printValue(whole, verb, 0, true);
    }
  }

  void fmtPointer(const Val& v, int32_t verb) {
    uint64_t u;
    switch (v.t->kind) {
      case TCHAN: case TFUNC: case TMAP: case TPTR: case TUNSAFEPTR: case TSLICE:
        u = load<uint64_t>(v.p);
        break;
      default:
        badVerb(verb);
        return;
    }
    switch (verb) {
      case 'v':
        if (sharpV) {
          buf += '(';
          buf += typeString(v.t);
          buf += ")(";
          if (u == 0) buf += "nil";
          else fmt0x64(u, true);
          buf += ')';
        } else {
          if (u == 0) pad("<nil>");
          else fmt0x64(u, !sharp);
        }
        break;
      case 'p': fmt0x64(u, !sharp); break;
      case 'b': case 'o': case 'd': case 'x': case 'X': fmtIntegerP(u, false, verb); break;
      default: badVerb(verb);
    }
  }

  // Go's catchPanic, after the VM recovered a panic in a String/Error/GoString method.
  void catchPanic(const Val& v, int32_t verb, const char* method, const Eface& panicVal) {
    if (v.t->kind == TPTR && load<void*>(v.p) == nullptr) {
      buf += "<nil>";
      return;
    }
    if (panicking) {  // nested panics: Go re-panics; we can only report it
      buf += "<nil>";
      return;
    }
    bool f[9] = {widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV};
    int w = wid, pr = prec;
    clearflags();
    buf += "%!";
    writeRune(verb);
    buf += "(PANIC=";
    buf += method;
    buf += " method: ";
    panicking = true;
    printArg(panicVal, 'v');
    panicking = false;
    buf += ')';
    widPresent = f[0], precPresent = f[1], minus = f[2], plus = f[3], sharp = f[4], space = f[5],
    zero = f[6], plusV = f[7], sharpV = f[8];
    wid = w, prec = pr;
  }

  // fmt.Formatter: the value formats itself through a State on this printer.
  bool tryFormatter(const Val& v, int32_t verb) {
    FormatState st{&buf, wid, prec, widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV};
    Eface panicVal{nullptr, nullptr};
    switch (mc->callFormat(toEface(v), &st, verb, &panicVal)) {
      case MethodCall::NoMethod: return false;
      case MethodCall::Ok: return true;
      case MethodCall::Panicked:
        catchPanic(v, verb, "Format", panicVal);
        return true;
    }
    return false;
  }

  // Calls the method if v's type has it; true if the value has been printed.
  bool tryMethod(const Val& v, int32_t verb, const char* method, bool asString) {
    std::string result;
    Eface panicVal{nullptr, nullptr};
    switch (mc->callStringMethod(toEface(v), method, &result, &panicVal)) {
      case MethodCall::NoMethod: return false;
      case MethodCall::Ok:
        if (asString) fmtString(result, verb);
        else fmtS(result);
        return true;
      case MethodCall::Panicked:
        catchPanic(v, verb, method, panicVal);
        return true;
    }
    return false;
  }

  bool handleMethods(const Val& v, int32_t verb) {
    if (erroring || !mc || !mayHaveMethods(v.t)) {
      if (verb == 'w') {
        badVerb(verb);
        return true;
      }
      return false;
    }
    if (verb == 'w') {
      // %w is valid only in Errorf, once, with an error operand.
      std::string dummy;
      Eface pv;
      bool isErr = wrapErrs && wrappedArg < 0 && mc->callStringMethod(toEface(v), "Error", &dummy, &pv) != MethodCall::NoMethod;
      if (!isErr) {
        wrapErrs = false;
        badVerb(verb);
        return true;
      }
      wrappedArg = curArg;
      verb = 'v';
    }
    if (tryFormatter(v, verb)) return true;
    if (sharpV) return tryMethod(v, verb, "GoString", false);
    switch (verb) {
      case 'v': case 's': case 'x': case 'X': case 'q':
        return tryMethod(v, verb, "Error", true) || tryMethod(v, verb, "String", true);
    }
    return false;
  }

  void printArg(const Eface& a, int32_t verb) {
    arg = a;
    value = Val{};
    if (!a.type) {
      if (verb == 'T' || verb == 'v') pad("<nil>");
      else badVerb(verb);
      return;
    }
    Val v = fromEface(a);
    if (verb == 'T') {
      fmtS(typeString(a.type));
      return;
    }
    if (verb == 'p') {
      value = v;
      fmtPointer(v, 'p');
      return;
    }
    if (a.type->kind == TSTRUCT && mc) {
      Eface held;
      if (mc->reflectValue(a.type, v.p, &held)) {
        if (!held.type) fmtS("<invalid reflect.Value>");
        else printArg(held, verb);
        return;
      }
    }
    if (a.type->kind == TSLICE && !a.type->isNamed() && a.type->elem->kind == TUINT8) {
      GoSlice s = load<GoSlice>(v.p);
      fmtBytes(std::string_view(static_cast<const char*>(s.ptr), size_t(s.len)), s.ptr == nullptr, verb, "[]byte", v);
      return;
    }
    if (!handleMethods(v, verb)) printValue(v, verb, 0, true);
  }

  // canIface: false below an unexported struct field (reflect's CanInterface),
  // where Go's fmt does not call methods.
  void printValue(Val v, int32_t verb, int depth, bool canIface) {
    if (depth > 0 && v.valid() && canIface && v.t->kind != TINTER) {
      arg = toEface(v);
      if (handleMethods(v, verb)) return;
    }
    arg = Eface{nullptr, nullptr};
    value = v;
    Type* t = v.t;
    switch (t->kind) {
      case TBOOL: fmtBool(load<uint8_t>(v.p) != 0, verb); return;
      case TINT: case TINT8: case TINT16: case TINT32: case TINT64:
        fmtIntegerP(loadInteger(v), true, verb);
        return;
      case TUINT: case TUINT8: case TUINT16: case TUINT32: case TUINT64: case TUINTPTR:
        fmtIntegerP(loadInteger(v), false, verb);
        return;
      case TFLOAT32: fmtFloat(load<float>(v.p), 32, verb); return;
      case TFLOAT64: fmtFloat(load<double>(v.p), 64, verb); return;
      case TCOMPLEX64: fmtComplex(load<float>(v.p), load<float>(v.p + 4), 64, verb); return;
      case TCOMPLEX128: fmtComplex(load<double>(v.p), load<double>(v.p + 8), 128, verb); return;
      case TSTRING: {
        GoString s = load<GoString>(v.p);
        fmtString(std::string_view(reinterpret_cast<const char*>(s.ptr), size_t(s.len)), verb);
        return;
      }
      case TMAP: printMap(v, verb, depth, canIface); return;
      case TSTRUCT: {
        if (sharpV) buf += typeString(t);
        buf += '{';
        for (size_t i = 0; i < t->fields.size(); i++) {
          const Field& f = t->fields[i];
          if (i > 0) buf += sharpV ? ", " : " ";
          if ((plusV || sharpV) && !f.name.empty() && f.name != "_") {
            buf += f.name;
            buf += ':';
          } else if ((plusV || sharpV) && f.name == "_") {
            buf += "_:";
          }
          printValue({f.type, v.p + f.offset}, verb, depth + 1, canIface && exportedName(f.name));
        }
        buf += '}';
        return;
      }
      case TINTER: {
        Val e = ifaceElem(v);
        if (!e.valid()) {
          if (sharpV) {
            buf += typeString(t);
            buf += "(nil)";
          } else {
            buf += "<nil>";
          }
          return;
        }
        printValue(e, verb, depth + 1, canIface);
        return;
      }
      case TARRAY: case TSLICE: {
        const uint8_t* base;
        int64_t n;
        bool isNil = false;
        if (t->kind == TSLICE) {
          GoSlice s = load<GoSlice>(v.p);
          base = static_cast<const uint8_t*>(s.ptr);
          n = s.len;
          isNil = s.ptr == nullptr;
        } else {
          base = v.p;
          n = t->len;
        }
        Type* et = t->elem;
        if (et->kind == TUINT8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
          fmtBytes(std::string_view(reinterpret_cast<const char*>(base), size_t(n)), isNil, verb, typeString(t), v);
          return;
        }
        if (sharpV) {
          buf += typeString(t);
          if (t->kind == TSLICE && isNil) {
            buf += "(nil)";
            return;
          }
          buf += '{';
          for (int64_t i = 0; i < n; i++) {
            if (i > 0) buf += ", ";
            printValue({et, base + i * et->size}, verb, depth + 1, canIface);
          }
          buf += '}';
        } else {
          buf += '[';
          for (int64_t i = 0; i < n; i++) {
            if (i > 0) buf += ' ';
            printValue({et, base + i * et->size}, verb, depth + 1, canIface);
          }
          buf += ']';
        }
        return;
      }
      case TPTR: {
        // &{...} for a pointer to an array, slice, struct or map at the top level only.
        void* ptr = load<void*>(v.p);
        if (depth == 0 && ptr) {
          Kind ek = t->elem->kind;
          if (ek == TARRAY || ek == TSLICE || ek == TSTRUCT || ek == TMAP) {
            buf += '&';
            printValue({t->elem, static_cast<const uint8_t*>(ptr)}, verb, depth + 1, canIface);
            return;
          }
        }
        fmtPointer(v, verb);
        return;
      }
      case TCHAN: case TFUNC: case TUNSAFEPTR: fmtPointer(v, verb); return;
      default:
        buf += '?';
        buf += typeString(t);
        buf += '?';
    }
  }

  void printMap(const Val& v, int32_t verb, int depth, bool canIface) {
    void* m = load<void*>(v.p);
    if (sharpV) {
      buf += typeString(v.t);
      if (!m) {
        buf += "(nil)";
        return;
      }
      buf += '{';
    } else {
      buf += "map[";
    }
    std::vector<std::pair<const void*, const void*>> entries;
    if (m && !(mc && mc->mapEntries(v.t, m, &entries))) {
      buf += "?";  // TODO: the VM has not provided map iteration
    }
    Type* kt = v.t->key;
    Type* et = v.t->elem;
    std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
      return compareVals({kt, static_cast<const uint8_t*>(a.first)}, {kt, static_cast<const uint8_t*>(b.first)}) < 0;
    });
    for (size_t i = 0; i < entries.size(); i++) {
      if (i > 0) buf += sharpV ? ", " : " ";
      printValue({kt, static_cast<const uint8_t*>(entries[i].first)}, verb, depth + 1, canIface);
      buf += ':';
      printValue({et, static_cast<const uint8_t*>(entries[i].second)}, verb, depth + 1, canIface);
    }
    buf += sharpV ? '}' : ']';
  }

  // --- Printf

  static bool tooLarge(int x) { return x > 1000000 || x < -1000000; }

  // parsenum: (num, isnum, newi).
  static int parsenum(std::string_view s, size_t start, size_t end, bool* isnum, size_t* newi) {
    *isnum = false;
    int num = 0;
    if (start >= end) {
      *newi = end;
      return 0;
    }
    size_t i = start;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
      if (tooLarge(num)) {
        *isnum = false;
        *newi = end;
        return 0;
      }
      num = num * 10 + (s[i] - '0');
      *isnum = true;
    }
    *newi = i;
    return num;
  }

  bool intFromArg(const Eface* a, size_t n, size_t& argNum, int* num) {
    bool isInt = false;
    int64_t x = 0;
    *num = 0;
    if (argNum < n) {
      Val v = fromEface(a[argNum]);
      if (v.valid() && isSignedInt(v.t->kind)) {
        x = int64_t(loadInteger(v));
        isInt = true;
      } else if (v.valid() && isUnsignedInt(v.t->kind) && int64_t(loadInteger(v)) >= 0) {
        x = int64_t(loadInteger(v));
        isInt = true;
      }
      argNum++;
      if (x > 1000000 || x < -1000000) {  // tooLarge
        x = 0;
        isInt = false;
      }
    }
    *num = int(x);
    return isInt;
  }

  // argNumber: parses "[n]" at format[i].
  bool reordered = false, goodArgNum = true;

  size_t argNumber(size_t& argNum, std::string_view format, size_t i, size_t numArgs, bool* found) {
    *found = false;
    if (format.size() <= i || format[i] != '[') return i;
    reordered = true;
    // parseArgNumber
    std::string_view f = format.substr(i);
    int index = 0;
    size_t wid = 1;
    bool ok = false;
    if (f.size() >= 3) {
      for (size_t j = 1; j < f.size(); j++) {
        if (f[j] == ']') {
          bool isnum;
          size_t newi;
          int w = parsenum(f, 1, j, &isnum, &newi);
          if (!isnum || newi != j) {
            index = 0, wid = j + 1, ok = false;
          } else {
            index = w - 1, wid = j + 1, ok = true;
          }
          break;
        }
      }
    }
    if (ok && index >= 0 && size_t(index) < numArgs) {
      argNum = size_t(index);
      *found = true;
      return i + wid;
    }
    goodArgNum = false;
    *found = ok;
    return i + wid;
  }

  void doPrintf(std::string_view format, const Eface* a, size_t n) {
    size_t end = format.size();
    size_t argNum = 0;
    bool afterIndex = false;
    reordered = false;
    for (size_t i = 0; i < end;) {
      goodArgNum = true;
      size_t lasti = i;
      while (i < end && format[i] != '%') i++;
      if (i > lasti) buf += format.substr(lasti, i - lasti);
      if (i >= end) break;
      i++;  // skip %
      clearflags();
      for (; i < end; i++) {
        char c = format[i];
        if (c == '#') sharp = true;
        else if (c == '0') zero = !minus;
        else if (c == '+') plus = true;
        else if (c == '-') minus = true, zero = false;
        else if (c == ' ') space = true;
        else break;
      }
      // Go's fast path for a simple lower-case verb: width and precision
      // are not parsed (so they keep their last values, see clearflags).
      if (i < end && format[i] >= 'a' && format[i] <= 'z' && argNum < n) {
        if (format[i] == 'v') {
          sharpV = sharp;
          sharp = false;
          plusV = plus;
          plus = false;
        }
        curArg = int(argNum);
        printArg(a[argNum], uint8_t(format[i]));
        argNum++;
        i++;
        continue;
      }
      i = argNumber(argNum, format, i, n, &afterIndex);
      if (i < end && format[i] == '*') {
        i++;
        widPresent = intFromArg(a, n, argNum, &wid);
        if (!widPresent) buf += "%!(BADWIDTH)";
        if (wid < 0) {
          wid = -wid;
          minus = true;
          zero = false;
        }
        afterIndex = false;
      } else {
        bool isnum;
        size_t newi;
        wid = parsenum(format, i, end, &isnum, &newi);
        widPresent = isnum;
        i = newi;
        if (afterIndex && widPresent) goodArgNum = false;  // "%[3]2d"
      }
      if (i + 1 < end && format[i] == '.') {
        i++;
        if (afterIndex) goodArgNum = false;  // "%[3].2d"
        i = argNumber(argNum, format, i, n, &afterIndex);
        if (i < end && format[i] == '*') {
          i++;
          precPresent = intFromArg(a, n, argNum, &prec);
          if (prec < 0) {
            prec = 0;
            precPresent = false;
          }
          if (!precPresent) buf += "%!(BADPREC)";
          afterIndex = false;
        } else {
          bool isnum;
          size_t newi;
          prec = parsenum(format, i, end, &isnum, &newi);
          precPresent = isnum;
          i = newi;
          if (!precPresent) {
            prec = 0;
            precPresent = true;
          }
        }
      }
      if (!afterIndex) i = argNumber(argNum, format, i, n, &afterIndex);
      if (i >= end) {
        buf += "%!(NOVERB)";
        break;
      }
      int32_t verb = uint8_t(format[i]);
      int size = 1;
      if (verb >= 0x80) verb = DecodeRuneInString(format.substr(i), &size);
      i += size_t(size);
      if (verb == '%') {
        buf += '%';
      } else if (!goodArgNum) {
        buf += "%!";
        writeRune(verb);
        buf += "(BADINDEX)";
      } else if (argNum >= n) {
        buf += "%!";
        writeRune(verb);
        buf += "(MISSING)";
      } else {
        if (verb == 'v') {
          sharpV = sharp;
          sharp = false;
          plusV = plus;
          plus = false;
        }
        curArg = int(argNum);
        printArg(a[argNum], verb);
        argNum++;
      }
    }
    if (!reordered && argNum < n) {
      clearflags();
      buf += "%!(EXTRA ";
      for (size_t k = argNum; k < n; k++) {
        if (k > argNum) buf += ", ";
        if (!a[k].type) {
          buf += "<nil>";
        } else {
          buf += typeString(a[k].type);
          buf += '=';
          printArg(a[k], 'v');
        }
      }
      buf += ')';
    }
  }

  void doPrint(const Eface* a, size_t n) {
    bool prevString = false;
    for (size_t k = 0; k < n; k++) {
      bool isString = a[k].type && a[k].type->kind == TSTRING;
      if (k > 0 && !isString && !prevString) buf += ' ';
      printArg(a[k], 'v');
      prevString = isString;
    }
  }

  void doPrintln(const Eface* a, size_t n) {
    for (size_t k = 0; k < n; k++) {
      if (k > 0) buf += ' ';
      printArg(a[k], 'v');
    }
    buf += '\n';
  }
};

}  // namespace

void appendSprint(std::string& out, const Eface* args, size_t n, MethodCaller* mc) {
  Printer p(out, mc);
  p.doPrint(args, n);
}

void appendSprintln(std::string& out, const Eface* args, size_t n, MethodCaller* mc) {
  Printer p(out, mc);
  p.doPrintln(args, n);
}

void appendSprintf(std::string& out, std::string_view format, const Eface* args, size_t n, MethodCaller* mc) {
  Printer p(out, mc);
  p.doPrintf(format, args, n);
}

int appendErrorf(std::string& out, std::string_view format, const Eface* args, size_t n, MethodCaller* mc) {
  Printer p(out, mc);
  p.wrapErrs = true;
  p.doPrintf(format, args, n);
  return p.wrappedArg;
}

std::string Sprint(const Eface* args, size_t n, MethodCaller* mc) {
  std::string s;
  appendSprint(s, args, n, mc);
  return s;
}

std::string Sprintln(const Eface* args, size_t n, MethodCaller* mc) {
  std::string s;
  appendSprintln(s, args, n, mc);
  return s;
}

std::string Sprintf(std::string_view format, const Eface* args, size_t n, MethodCaller* mc) {
  std::string s;
  appendSprintf(s, format, args, n, mc);
  return s;
}

// runtime.printpanicval after preprintpanics: Error()/String() results,
// then print()'s formatting (printany / printanycustomtype).
std::string printpanicval(const Eface& v, MethodCaller* mc) {
  std::string out;
  if (!v.type) return "nil";
  if (mc) {
    std::string s;
    Eface pv{nullptr, nullptr};
    if (v.type->kind != TINTER &&
        (mc->callStringMethod(v, "Error", &s, &pv) == MethodCall::Ok ||
         mc->callStringMethod(v, "String", &s, &pv) == MethodCall::Ok))
      return s;
  }
  Val x = fromEface(v);
  Type* t = v.type;
  bool named = t->isNamed() && !t->pkg.empty();  // predeclared types (int, string) print bare
  std::string ts = typeString(t);
  auto wrap = [&](const std::string& body) { return named ? ts + "(" + body + ")" : body; };
  switch (t->kind) {
    case TBOOL: return wrap(load<uint8_t>(x.p) ? "true" : "false");
    case TINT: case TINT8: case TINT16: case TINT32: case TINT64:
      fmtint(out, int64_t(loadInteger(x)));
      return wrap(out);
    case TUINT: case TUINT8: case TUINT16: case TUINT32: case TUINT64: case TUINTPTR:
      fmtuint(out, loadInteger(x));
      return wrap(out);
    case TFLOAT32: fmtfloat(out, load<float>(x.p)); return wrap(out);
    case TFLOAT64: fmtfloat(out, load<double>(x.p)); return wrap(out);
    case TCOMPLEX64:
      fmtcomplex(out, load<float>(x.p), load<float>(x.p + 4));
      return named ? ts + out : out;
    case TCOMPLEX128:
      fmtcomplex(out, load<double>(x.p), load<double>(x.p + 8));
      return named ? ts + out : out;
    case TSTRING: {
      GoString s = load<GoString>(x.p);
      std::string str(reinterpret_cast<const char*>(s.ptr), size_t(s.len));
      return named ? ts + "(\"" + str + "\")" : str;
    }
    default:
      out = "(" + ts + ") ";
      fmtpointer(out, v.data);
      return out;
  }
}

}  // namespace minigo::rt
