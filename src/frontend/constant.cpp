// constant.cpp — exact arithmetic on Go constants (go/constant's model).
//
// Ints are GMP integers; floats are exact GMP rationals (go/constant's ratVal)
// and, once numerator or denominator grow past maxExpBits, are rounded to a
// 512-bit mantissa (go/constant's floatVal) so that 1e100000*1e100000 stays
// cheap. Conversions to float64/float32 go through MPFR, correctly rounded to
// nearest-even with subnormals (mpq_get_d would truncate).
#include "frontend/constant.h"

#include <gmpxx.h>
#include <mpfr.h>

#include <cmath>
#include <cstdio>
#include <cstring>

namespace minigo {

struct Constant::Rep {
  Kind kind = Unknown;
  bool b = false;
  std::string s;
  mpz_class i;       // Int
  mpq_class re, im;  // Float: re; Complex: re + im·i
};

namespace {

using Rep = Constant::Rep;

constexpr int kFloatPrec = 512;     // go/constant's precision for big floats
constexpr size_t kMaxExpBits = 4096; // go/constant's maxExp: beyond, round to kFloatPrec bits
constexpr long kMaxDecimalExp = 10000000;  // literal exponents beyond this are rejected

// Rounds q to a kFloatPrec-bit mantissa when it has grown too large to keep exact.
void normFloat(mpq_class& q) {
  if (mpz_sizeinbase(q.get_num_mpz_t(), 2) < kMaxExpBits &&
      mpz_sizeinbase(q.get_den_mpz_t(), 2) < kMaxExpBits)
    return;
  mpfr_t f;
  mpfr_init2(f, kFloatPrec);
  mpfr_set_q(f, q.get_mpq_t(), MPFR_RNDN);
  if (mpfr_number_p(f) && !mpfr_zero_p(f)) {
    mpz_class m;
    mpfr_exp_t e = mpfr_get_z_2exp(m.get_mpz_t(), f);
    q = m;
    if (e >= 0) mpq_mul_2exp(q.get_mpq_t(), q.get_mpq_t(), e);
    else mpq_div_2exp(q.get_mpq_t(), q.get_mpq_t(), -e);
  }
  mpfr_clear(f);
}

// Correctly rounded conversion of q to a binary float with `prec` mantissa bits
// and IEEE exponent range [emin, emax] (MPFR convention), subnormals included.
// The result is stored in out (precision prec), returns ±Inf on overflow.
void roundTo(mpfr_t out, const mpq_class& q, int prec, mpfr_exp_t emin, mpfr_exp_t emax) {
  mpfr_exp_t oldMin = mpfr_get_emin(), oldMax = mpfr_get_emax();
  mpfr_set_emin(emin);
  mpfr_set_emax(emax);
  mpfr_init2(out, prec);
  int t = mpfr_set_q(out, q.get_mpq_t(), MPFR_RNDN);
  mpfr_subnormalize(out, t, MPFR_RNDN);
  mpfr_set_emin(oldMin);
  mpfr_set_emax(oldMax);
}

double toDouble(const mpq_class& q) {
  mpfr_t f;
  roundTo(f, q, 53, -1073, 1024);
  double d = mpfr_get_d(f, MPFR_RNDN);
  mpfr_clear(f);
  return d;
}

float toFloat32(const mpq_class& q) {
  mpfr_t f;
  roundTo(f, q, 24, -148, 128);
  float d = mpfr_get_flt(f, MPFR_RNDN);
  mpfr_clear(f);
  return d;
}

// Exact rational value of a finite double.
mpq_class fromDouble(double d) {
  mpq_class q;
  mpq_set_d(q.get_mpq_t(), d);  // exact for finite doubles
  return q;
}

std::shared_ptr<Rep> newRep(Constant::Kind k) {
  auto r = std::make_shared<Rep>();
  r->kind = k;
  return r;
}

// %.6g of a float constant as go/constant's floatVal.String does, including
// its approximate form for values outside float64's range.
std::string floatString(const mpq_class& q) {
  char buf[64];
  double d = toDouble(q);
  if ((sgn(q) == 0) == (d == 0) && !std::isinf(d)) {
    snprintf(buf, sizeof buf, "%.6g", d);
    return buf;
  }
  // f = mant * 2**exp, 0.5 <= |mant| < 1; then f ~ m * 10**e.
  mpfr_t f;
  mpfr_init2(f, kFloatPrec);
  mpfr_set_q(f, q.get_mpq_t(), MPFR_RNDN);
  long exp = 0;
  double mant = mpfr_get_d_2exp(&exp, f, MPFR_RNDN);
  mpfr_clear(f);
  double dd = double(exp) * (std::log(2.0) / std::log(10.0));
  long e = long(dd);
  double m = mant * std::pow(10, dd - double(e));
  double am = std::fabs(m);
  if (am < 1 - 0.5e-6) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  snprintf(buf, sizeof buf, "%.6ge%+ld", m, e);
  return buf;
}

// strconv.Quote for go/constant's String (ASCII-safe escapes, UTF-8 kept when printable).
std::string quoteString(const std::string& s) {
  std::string out = "\"";
  static const char* hex = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c < 0x80) {
      switch (c) {
        case '\a': out += "\\a"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\v': out += "\\v"; break;
        case '\\': out += "\\\\"; break;
        case '"': out += "\\\""; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
          } else {
            out += char(c);
          }
      }
      i++;
      continue;
    }
    // Multi-byte: copy a valid UTF-8 sequence as is, escape stray bytes.
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    bool ok = n > 0 && i + n <= s.size();
    for (int k = 1; ok && k < n; k++) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      out.append(s, i, n);
      i += n;
    } else {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
      i++;
    }
  }
  out += '"';
  return out;
}

// --- literal parsing (cmd/compile/internal/syntax scanner's rules and wording)

const char* litName(char prefix) {
  switch (prefix) {
    case 'x': return "hexadecimal literal";
    case 'o': case '0': return "octal literal";
    case 'b': return "binary literal";
    default: return "decimal literal";
  }
}

int digitVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  char l = c | 0x20;
  if (l >= 'a' && l <= 'f') return l - 'a' + 10;
  return 16;
}

// Index of the first '_' that does not separate two digits (or follow the base
// prefix), or -1. x is the literal with its base prefix (scanner.invalidSep).
int invalidSep(const std::string& x) {
  char x1 = ' ';  // prefix char, we only care if it's 'x'
  char d = '.';   // digit, one of '_', '0' (a digit), or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = x[1] | 0x20;
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return int(i);
    } else if ((d >= '0' && d <= '9') || (x1 == 'x' && digitVal(d) < 16)) {
      d = '0';
    } else {
      if (p == '_') return int(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return int(x.size()) - 1;
  return -1;
}

// Parses a numeric literal (without an 'i' suffix). imag: legacy-octal-looking
// mantissas are decimal. Produces an Int or Float Rep.
Constant parseNumber(const std::string& lit, bool imag, std::string* err,
                     std::shared_ptr<Rep>* out) {
  auto fail = [&](std::string msg) {
    if (err) *err = std::move(msg);
    return Constant();
  };
  if (int k = invalidSep(lit); k >= 0) return fail("'_' must separate successive digits");
  std::string t;
  for (char c : lit)
    if (c != '_') t += c;
  size_t i = 0;
  int base = 10;
  char prefix = 0;
  if (t.size() >= 2 && t[0] == '0') {
    char l = t[1] | 0x20;
    if (l == 'x') base = 16, prefix = 'x', i = 2;
    else if (l == 'o') base = 8, prefix = 'o', i = 2;
    else if (l == 'b') base = 2, prefix = 'b', i = 2;
    else base = 8, prefix = '0', i = 1;  // legacy octal, unless it turns out to be a float
  }
  // mantissa digits
  std::string digits;  // all mantissa digits, in order
  int fracDigits = 0, invalid = -1;
  bool sawDigit = prefix == '0', sawDot = false;
  int maxDigit = base == 16 ? 16 : 10;  // legacy octal reads 8 and 9 until known
  for (; i < t.size(); i++) {
    char c = t[i];
    if (c == '.') {
      if (sawDot || prefix == 'o' || prefix == 'b')
        return fail("invalid radix point in " + std::string(litName(prefix)));
      sawDot = true;
      continue;
    }
    int v = digitVal(c);
    if (v >= maxDigit) break;  // exponent, or garbage reported below
    if (v >= base && invalid < 0) invalid = int(i);
    digits += c;
    sawDigit = true;
    if (sawDot) fracDigits++;
  }
  bool isFloat = sawDot;
  long exp = 0;
  char expChar = 0;
  if (i < t.size()) {
    expChar = t[i] | 0x20;
    if (expChar != 'e' && expChar != 'p')
      return fail(std::string("invalid character '") + t[i] + "' in " + litName(prefix));
    if (expChar == 'e' && prefix != 0 && prefix != '0')
      return fail("'e' exponent requires decimal mantissa");
    if (expChar == 'p' && prefix != 'x') return fail("'p' exponent requires hexadecimal mantissa");
    isFloat = true;
    i++;
    bool neg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) neg = t[i++] == '-';
    if (i >= t.size()) return fail("exponent has no digits");
    for (; i < t.size(); i++) {
      if (t[i] < '0' || t[i] > '9') return fail(std::string("invalid character '") + t[i] + "' in exponent");
      if (exp < kMaxDecimalExp * 10) exp = exp * 10 + (t[i] - '0');
    }
    if (neg) exp = -exp;
  }
  if (!sawDigit) return fail(std::string(litName(prefix)) + " has no digits");
  if (prefix == 'x' && isFloat && expChar != 'p') return fail("hexadecimal mantissa requires a 'p' exponent");
  if (prefix == '0' && (isFloat || imag)) {
    base = 10;  // 0123.5, 01e2 and 0123i are decimal
    invalid = -1;
  }
  if (invalid >= 0) return fail(std::string("invalid digit '") + t[invalid] + "' in " + litName(prefix));

  mpz_class mant(digits.empty() ? "0" : digits, base);
  if (!isFloat) {
    auto r = newRep(Constant::Int);
    r->i = mant;
    *out = r;
    return Constant();
  }
  auto r = newRep(Constant::Float);
  if (base == 16) {
    long e2 = exp - 4L * fracDigits;
    if (e2 > kMaxDecimalExp * 4 || e2 < -kMaxDecimalExp * 4) return fail("malformed constant: " + lit);
    r->re = mant;
    if (e2 >= 0) mpq_mul_2exp(r->re.get_mpq_t(), r->re.get_mpq_t(), e2);
    else mpq_div_2exp(r->re.get_mpq_t(), r->re.get_mpq_t(), -e2);
  } else {
    long e10 = exp - fracDigits;
    if (e10 > kMaxDecimalExp || e10 < -kMaxDecimalExp) return fail("malformed constant: " + lit);
    if (sgn(mant) == 0) {
      r->re = 0;
    } else if (e10 > long(kMaxExpBits) || e10 < -long(kMaxExpBits)) {
      // Too big to keep exact: go/constant's 512-bit float.
      mpfr_t f;
      mpfr_init2(f, kFloatPrec);
      std::string s = digits + "e" + std::to_string(e10);
      mpfr_set_str(f, s.c_str(), 10, MPFR_RNDN);
      mpz_class m;
      mpfr_exp_t e = mpfr_get_z_2exp(m.get_mpz_t(), f);
      mpfr_clear(f);
      r->re = m;
      if (e >= 0) mpq_mul_2exp(r->re.get_mpq_t(), r->re.get_mpq_t(), e);
      else mpq_div_2exp(r->re.get_mpq_t(), r->re.get_mpq_t(), -e);
    } else {
      mpz_class p;
      mpz_ui_pow_ui(p.get_mpz_t(), 10, e10 >= 0 ? e10 : -e10);
      r->re = e10 >= 0 ? mpq_class(mant * p) : mpq_class(mant, p);
      r->re.canonicalize();
    }
  }
  *out = r;
  return Constant();
}

// One (possibly escaped) character of a rune or string literal starting at
// s[i]; quote is the enclosing quote. Returns false with *err set.
// *isByte: \x and octal escapes denote a byte, not a code point.
bool unquoteChar(const std::string& s, size_t& i, char quote, uint32_t* val, bool* isByte, std::string* err) {
  *isByte = false;
  unsigned char c = s[i];
  if (c != '\\') {
    // Decode UTF-8 (invalid bytes stand for themselves as RuneError in runes).
    int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n == 1 || i + n > s.size()) {
      *val = c < 0x80 ? c : 0xFFFD;
      if (c >= 0x80) *isByte = true, *val = c;  // keep the raw byte in strings
      i++;
      return true;
    }
    uint32_t v = c & (0xFF >> (n + 1));
    for (int k = 1; k < n; k++) v = (v << 6) | (s[i + k] & 0x3F);
    *val = v;
    i += n;
    return true;
  }
  i++;
  if (i >= s.size()) {
    *err = "escape sequence not terminated";
    return false;
  }
  char e = s[i++];
  int n = 0, base = 0;
  uint32_t max = 0;
  switch (e) {
    case 'a': *val = 7; return true;
    case 'b': *val = 8; return true;
    case 'f': *val = 12; return true;
    case 'n': *val = 10; return true;
    case 'r': *val = 13; return true;
    case 't': *val = 9; return true;
    case 'v': *val = 11; return true;
    case '\\': *val = '\\'; return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255, i--;
      break;
    case 'x': n = 2, base = 16, max = 255; break;
    case 'u': n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': n = 8, base = 16, max = 0x10FFFF; break;
    default:
      if (e == quote) {
        *val = uint32_t(e);
        return true;
      }
      *err = "unknown escape";
      return false;
  }
  uint32_t x = 0;
  for (int k = 0; k < n; k++, i++) {
    if (i >= s.size() || s[i] == quote) {
      *err = "escape sequence not terminated";
      return false;
    }
    int d = digitVal(s[i]);
    if (d >= base) {
      *err = std::string("invalid character '") + s[i] + "' in " + (base == 8 ? "octal" : "hexadecimal") + " escape";
      return false;
    }
    x = x * base + d;
  }
  if (x > max && base == 8) {
    *err = "octal escape value " + std::to_string(x) + " > 255";
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    char buf[32];
    snprintf(buf, sizeof buf, "U+%04X", x);
    *err = std::string("escape is invalid Unicode code point ") + buf;
    return false;
  }
  *val = x;
  *isByte = max == 255;
  return true;
}

void appendUTF8(std::string& out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
  if (r < 0x80) {
    out += char(r);
  } else if (r < 0x800) {
    out += char(0xC0 | (r >> 6));
    out += char(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += char(0xE0 | (r >> 12));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  } else {
    out += char(0xF0 | (r >> 18));
    out += char(0x80 | ((r >> 12) & 0x3F));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  }
}

// Kind of the operands after the spec's promotion (Int < Float < Complex).
Constant::Kind matchKind(Constant::Kind a, Constant::Kind b) { return a > b ? a : b; }

}  // namespace

// --- construction

Constant::Constant() {
  static const std::shared_ptr<const Rep> unknown = newRep(Unknown);
  rep_ = unknown;
}

Constant Constant::makeBool(bool b) {
  auto r = newRep(Bool);
  r->b = b;
  return Constant(r);
}

Constant Constant::makeString(std::string s) {
  auto r = newRep(String);
  r->s = std::move(s);
  return Constant(r);
}

Constant Constant::makeInt64(int64_t v) {
  auto r = newRep(Int);
  if (v >= 0) {
    r->i = (unsigned long)v;
  } else {
    r->i = (unsigned long)(-(v + 1));
    r->i = -r->i - 1;
  }
  return Constant(r);
}

Constant Constant::makeUint64(uint64_t v) {
  auto r = newRep(Int);
  static_assert(sizeof(unsigned long) == 8);
  r->i = (unsigned long)v;
  return Constant(r);
}

Constant Constant::makeFloat64(double v) {
  if (!std::isfinite(v)) return Constant();
  auto r = newRep(Float);
  r->re = fromDouble(v);
  return Constant(r);
}

Constant Constant::makeComplex(const Constant& re, const Constant& im) {
  Constant a = re.toFloat(), b = im.toFloat();
  if (a.isUnknown() || b.isUnknown()) return Constant();
  auto r = newRep(Complex);
  r->re = a.rep_->re;
  r->im = b.rep_->re;
  return Constant(r);
}

Constant Constant::fromLiteral(LitKind kind, const std::string& text, std::string* err) {
  std::string dummy;
  if (!err) err = &dummy;
  switch (kind) {
    case IntLit:
    case FloatLit:
    case ImagLit: {
      std::string lit = text;
      bool imag = kind == ImagLit || (!lit.empty() && lit.back() == 'i');
      if (imag) {
        if (lit.empty() || lit.back() != 'i') {
          *err = "malformed constant: " + text;
          return Constant();
        }
        lit.pop_back();
      }
      std::shared_ptr<Rep> r;
      parseNumber(lit, imag, err, &r);
      if (!r) return Constant();
      if (!imag) return Constant(r);
      auto c = newRep(Complex);
      c->re = 0;
      c->im = r->kind == Int ? mpq_class(r->i) : r->re;
      return Constant(c);
    }
    case RuneLit: {
      if (text.size() < 2 || text.front() != '\'' || text.back() != '\'') {
        *err = "rune literal not terminated";
        return Constant();
      }
      std::string body = text.substr(1, text.size() - 2);
      if (body.empty()) {
        *err = "empty rune literal or unescaped '";
        return Constant();
      }
      size_t i = 0;
      uint32_t v = 0;
      bool isByte;
      std::string e;
      if (!unquoteChar(body, i, '\'', &v, &isByte, &e)) {
        *err = e;
        return Constant();
      }
      if (i != body.size()) {
        *err = "more than one character in rune literal";
        return Constant();
      }
      if (isByte && body[0] != '\\') v = 0xFFFD;  // invalid UTF-8 byte
      return makeInt64(v);
    }
    case StringLit: {
      if (text.size() >= 2 && text.front() == '`' && text.back() == '`') {
        std::string s;
        for (size_t k = 1; k + 1 < text.size(); k++)
          if (text[k] != '\r') s += text[k];
        return makeString(std::move(s));
      }
      if (text.size() < 2 || text.front() != '"' || text.back() != '"') {
        *err = "string literal not terminated";
        return Constant();
      }
      std::string body = text.substr(1, text.size() - 2), s;
      for (size_t i = 0; i < body.size();) {
        uint32_t v;
        bool isByte;
        std::string e;
        if (!unquoteChar(body, i, '"', &v, &isByte, &e)) {
          *err = e;
          return Constant();
        }
        if (isByte) s += char(v);
        else appendUTF8(s, v);
      }
      return makeString(std::move(s));
    }
  }
  return Constant();
}

// --- accessors

Constant::Kind Constant::kind() const { return rep_->kind; }
bool Constant::boolVal() const { return rep_->b; }
const std::string& Constant::stringVal() const { return rep_->s; }

Constant Constant::toInt() const {
  switch (kind()) {
    case Int: return *this;
    case Float:
      if (rep_->re.get_den() == 1) {
        auto r = newRep(Int);
        r->i = rep_->re.get_num();
        return Constant(r);
      }
      return Constant();
    case Complex:
      if (sgn(rep_->im) == 0) return real().toInt();
      return Constant();
    default: return Constant();
  }
}

Constant Constant::toFloat() const {
  switch (kind()) {
    case Int: {
      auto r = newRep(Float);
      r->re = rep_->i;
      normFloat(r->re);
      return Constant(r);
    }
    case Float: return *this;
    case Complex:
      if (sgn(rep_->im) == 0) return real();
      return Constant();
    default: return Constant();
  }
}

Constant Constant::toComplex() const {
  switch (kind()) {
    case Int:
    case Float: {
      Constant f = toFloat();
      auto r = newRep(Complex);
      r->re = f.rep_->re;
      r->im = 0;
      return Constant(r);
    }
    case Complex: return *this;
    default: return Constant();
  }
}

Constant Constant::real() const {
  switch (kind()) {
    case Int:
    case Float: return *this;
    case Complex: {
      auto r = newRep(Float);
      r->re = rep_->re;
      return Constant(r);
    }
    default: return Constant();
  }
}

Constant Constant::imag() const {
  switch (kind()) {
    case Int: return makeInt64(0);
    case Float: return makeFloat64(0);
    case Complex: {
      auto r = newRep(Float);
      r->re = rep_->im;
      return Constant(r);
    }
    default: return Constant();
  }
}

bool Constant::isInt() const { return !toInt().isUnknown(); }

bool Constant::fitsInt(int bits, bool isSigned) const {
  Constant c = toInt();
  if (c.isUnknown()) return false;
  const mpz_class& v = c.rep_->i;
  if (isSigned) {
    if (sgn(v) >= 0) return mpz_sizeinbase(v.get_mpz_t(), 2) <= size_t(bits - 1) || sgn(v) == 0;
    mpz_class m = -v - 1;  // -2^(b-1) .. -1  ->  2^(b-1)-1 .. 0
    return sgn(m) == 0 || mpz_sizeinbase(m.get_mpz_t(), 2) <= size_t(bits - 1);
  }
  return sgn(v) >= 0 && (sgn(v) == 0 || mpz_sizeinbase(v.get_mpz_t(), 2) <= size_t(bits));
}

bool Constant::fitsInt64() const { return fitsInt(64, true); }
bool Constant::fitsUint64() const { return fitsInt(64, false); }

uint64_t Constant::uint64Val() const {
  Constant c = toInt();
  if (c.isUnknown()) {
    if (kind() == Float || kind() == Complex) return uint64_t(int64_t(float64Val()));
    return 0;
  }
  // Two's complement low 64 bits.
  mpz_class m;
  mpz_fdiv_r_2exp(m.get_mpz_t(), c.rep_->i.get_mpz_t(), 64);
  return mpz_get_ui(m.get_mpz_t());
}

int64_t Constant::int64Val() const { return int64_t(uint64Val()); }

int Constant::bitLen() const {
  Constant c = toInt();
  if (c.isUnknown() || sgn(c.rep_->i) == 0) return 0;
  return int(mpz_sizeinbase(c.rep_->i.get_mpz_t(), 2));
}

double Constant::float64Val() const {
  switch (kind()) {
    case Int: return toDouble(mpq_class(rep_->i));
    case Float:
    case Complex: return toDouble(rep_->re);
    default: return 0;
  }
}

float Constant::float32Val() const {
  switch (kind()) {
    case Int: return toFloat32(mpq_class(rep_->i));
    case Float:
    case Complex: return toFloat32(rep_->re);
    default: return 0;
  }
}

bool Constant::overflowsFloat(int bits) const {
  auto over = [&](const mpq_class& q) {
    return bits == 32 ? std::isinf(toFloat32(q)) : std::isinf(toDouble(q));
  };
  switch (kind()) {
    case Int: return over(mpq_class(rep_->i));
    case Float: return over(rep_->re);
    case Complex: return over(rep_->re) || over(rep_->im);
    default: return false;
  }
}

Constant Constant::roundFloat(int bits) const {
  auto rnd = [&](const mpq_class& q) {
    return bits == 32 ? fromDouble(double(toFloat32(q))) : fromDouble(toDouble(q));
  };
  if (overflowsFloat(bits)) return Constant();
  switch (kind()) {
    case Int:
    case Float: {
      Constant f = toFloat();
      auto r = newRep(Float);
      r->re = rnd(f.rep_->re);
      return Constant(r);
    }
    case Complex: {
      auto r = newRep(Complex);
      r->re = rnd(rep_->re);
      r->im = rnd(rep_->im);
      return Constant(r);
    }
    default: return *this;
  }
}

int Constant::sign() const {
  switch (kind()) {
    case Int: return sgn(rep_->i);
    case Float: return sgn(rep_->re);
    case Complex: return sgn(rep_->re) | sgn(rep_->im) ? 1 : 0;
    default: return 0;
  }
}

// --- arithmetic

Constant Constant::binaryOp(const Constant& x, ConstOp op, const Constant& y, std::string* err) {
  std::string dummy;
  if (!err) err = &dummy;
  if (x.isUnknown() || y.isUnknown()) return Constant();
  if (op == ConstOp::Shl || op == ConstOp::Shr) {
    Constant c = y.toInt();
    if (!c.isUnknown() && c.sign() < 0) {
      *err = "negative shift count";
      return Constant();
    }
    if (c.isUnknown() || !c.fitsUint64()) {
      *err = "invalid shift count";
      return Constant();
    }
    return shift(x, op, c.uint64Val(), err);
  }
  switch (op) {
    case ConstOp::Eql: case ConstOp::Neq: case ConstOp::Lss:
    case ConstOp::Leq: case ConstOp::Gtr: case ConstOp::Geq:
      return makeBool(compare(x, op, y));
    default: break;
  }
  if (x.kind() == Bool && y.kind() == Bool) {
    if (op == ConstOp::LAnd) return makeBool(x.boolVal() && y.boolVal());
    if (op == ConstOp::LOr) return makeBool(x.boolVal() || y.boolVal());
    return Constant();
  }
  if (x.kind() == String && y.kind() == String) {
    if (op == ConstOp::Add) return makeString(x.stringVal() + y.stringVal());
    return Constant();
  }
  if (x.kind() < Int || y.kind() < Int) return Constant();
  Kind k = matchKind(x.kind(), y.kind());
  if (k == Int && op == ConstOp::QuoExact) k = Float;
  if (k == Int) {
    const mpz_class &a = x.rep_->i, &b = y.rep_->i;
    auto r = newRep(Int);
    switch (op) {
      case ConstOp::Add: r->i = a + b; break;
      case ConstOp::Sub: r->i = a - b; break;
      case ConstOp::Mul: r->i = a * b; break;
      case ConstOp::Quo:
      case ConstOp::Rem:
        if (sgn(b) == 0) {
          *err = "division by zero";
          return Constant();
        }
        if (op == ConstOp::Quo) mpz_tdiv_q(r->i.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
        else mpz_tdiv_r(r->i.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
        break;
      case ConstOp::And: r->i = a & b; break;
      case ConstOp::Or: r->i = a | b; break;
      case ConstOp::Xor: r->i = a ^ b; break;
      case ConstOp::AndNot: {
        mpz_class nb;
        mpz_com(nb.get_mpz_t(), b.get_mpz_t());
        r->i = a & nb;
        break;
      }
      default: return Constant();
    }
    return Constant(r);
  }
  if (k == Float) {
    Constant fx = x.toFloat(), fy = y.toFloat();
    const mpq_class &a = fx.rep_->re, &b = fy.rep_->re;
    auto r = newRep(Float);
    switch (op) {
      case ConstOp::Add: r->re = a + b; break;
      case ConstOp::Sub: r->re = a - b; break;
      case ConstOp::Mul: r->re = a * b; break;
      case ConstOp::Quo:
      case ConstOp::QuoExact:
        if (sgn(b) == 0) {
          *err = "division by zero";
          return Constant();
        }
        r->re = a / b;
        break;
      default: return Constant();
    }
    normFloat(r->re);
    return Constant(r);
  }
  // Complex
  Constant cx = x.toComplex(), cy = y.toComplex();
  const mpq_class &a = cx.rep_->re, &b = cx.rep_->im, &c = cy.rep_->re, &d = cy.rep_->im;
  auto r = newRep(Complex);
  switch (op) {
    case ConstOp::Add: r->re = a + c, r->im = b + d; break;
    case ConstOp::Sub: r->re = a - c, r->im = b - d; break;
    case ConstOp::Mul: r->re = a * c - b * d, r->im = b * c + a * d; break;
    case ConstOp::Quo:
    case ConstOp::QuoExact: {
      mpq_class s = c * c + d * d;
      if (sgn(s) == 0) {
        *err = "division by zero";
        return Constant();
      }
      r->re = (a * c + b * d) / s;
      r->im = (b * c - a * d) / s;
      break;
    }
    default: return Constant();
  }
  normFloat(r->re);
  normFloat(r->im);
  return Constant(r);
}

Constant Constant::unaryOp(ConstOp op, const Constant& x, int bitNotWidth, bool isUnsigned, std::string* err) {
  switch (op) {
    case ConstOp::Plus:
      return x.kind() >= Int ? x : Constant();
    case ConstOp::Neg:
      switch (x.kind()) {
        case Int: { auto r = newRep(Int); r->i = -x.rep_->i; return Constant(r); }
        case Float: { auto r = newRep(Float); r->re = -x.rep_->re; return Constant(r); }
        case Complex: {
          auto r = newRep(Complex);
          r->re = -x.rep_->re;
          r->im = -x.rep_->im;
          return Constant(r);
        }
        default: return Constant();
      }
    case ConstOp::Not:
      return x.kind() == Bool ? makeBool(!x.boolVal()) : Constant();
    case ConstOp::BitNot: {
      Constant c = x.toInt();
      if (c.isUnknown()) return Constant();
      auto r = newRep(Int);
      if (isUnsigned && bitNotWidth > 0) {
        // ^x for uintN flips exactly N bits.
        mpz_class mask = 1;
        mask <<= bitNotWidth;
        mask -= 1;
        r->i = c.rep_->i ^ mask;
      } else {
        mpz_com(r->i.get_mpz_t(), c.rep_->i.get_mpz_t());
      }
      return Constant(r);
    }
    default: return Constant();
  }
}

Constant Constant::shift(const Constant& x, ConstOp op, uint64_t count, std::string* err) {
  Constant c = x.toInt();
  if (c.isUnknown()) {
    if (err) *err = "shifted operand must be integer";
    return Constant();
  }
  // types2's shiftBound (1023-1+52): larger counts are errors for << and >>.
  if (count > 1074) {
    if (err) *err = "invalid shift count " + std::to_string(count);
    return Constant();
  }
  auto r = newRep(Int);
  if (op == ConstOp::Shl) mpz_mul_2exp(r->i.get_mpz_t(), c.rep_->i.get_mpz_t(), count);
  else mpz_fdiv_q_2exp(r->i.get_mpz_t(), c.rep_->i.get_mpz_t(), count);  // arithmetic shift
  return Constant(r);
}

bool Constant::compare(const Constant& x, ConstOp op, const Constant& y) {
  int c = 0;
  if (x.kind() == Bool && y.kind() == Bool) {
    bool eq = x.boolVal() == y.boolVal();
    return op == ConstOp::Eql ? eq : op == ConstOp::Neq ? !eq : false;
  }
  if (x.kind() == String && y.kind() == String) {
    c = x.stringVal().compare(y.stringVal());
  } else if (x.kind() >= Int && y.kind() >= Int) {
    Kind k = matchKind(x.kind(), y.kind());
    if (k == Int) {
      c = cmp(x.rep_->i, y.rep_->i);
    } else if (k == Float) {
      c = cmp(x.toFloat().rep_->re, y.toFloat().rep_->re);
    } else {
      Constant a = x.toComplex(), b = y.toComplex();
      bool eq = a.rep_->re == b.rep_->re && a.rep_->im == b.rep_->im;
      return op == ConstOp::Eql ? eq : op == ConstOp::Neq ? !eq : false;
    }
  } else {
    return false;
  }
  switch (op) {
    case ConstOp::Eql: return c == 0;
    case ConstOp::Neq: return c != 0;
    case ConstOp::Lss: return c < 0;
    case ConstOp::Leq: return c <= 0;
    case ConstOp::Gtr: return c > 0;
    case ConstOp::Geq: return c >= 0;
    default: return false;
  }
}

// --- printing

std::string Constant::toString() const {
  switch (kind()) {
    case Unknown: return "unknown";
    case Bool: return rep_->b ? "true" : "false";
    case String: {
      // go/constant shortens long strings to 72 runes.
      std::string q = quoteString(rep_->s);
      const size_t maxLen = 72;
      size_t runes = 0, i = 0, cut = 0;
      for (; i < q.size(); i++) {
        if ((static_cast<unsigned char>(q[i]) & 0xC0) != 0x80) {
          if (runes == maxLen - 3) cut = i;
          runes++;
        }
      }
      if (runes > maxLen) return q.substr(0, cut) + "...";
      return q;
    }
    case Int: return rep_->i.get_str();
    case Float: return floatString(rep_->re);
    case Complex: return "(" + floatString(rep_->re) + " + " + floatString(rep_->im) + "i)";
  }
  return "";
}

std::string Constant::exactString() const {
  switch (kind()) {
    case String: return quoteString(rep_->s);
    case Float:
      if (rep_->re.get_den() == 1) return rep_->re.get_num().get_str();
      return rep_->re.get_str();
    case Complex: {
      auto part = [](const mpq_class& q) { return q.get_den() == 1 ? q.get_num().get_str() : q.get_str(); };
      return "(" + part(rep_->re) + " + " + part(rep_->im) + "i)";
    }
    default: return toString();
  }
}

}  // namespace minigo
