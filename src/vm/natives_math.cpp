// natives_math.cpp — packages math and math/bits. Special cases (NaN, ±Inf,
// ±0) follow Go's documentation; the elementary functions come from libm,
// which is correctly rounded or within an ulp where Go's pure-Go versions
// may differ in the last bit (Sqrt, Floor, Ceil, Trunc, Abs are exact in both).
#include <cmath>
#include <cstring>

#include "vm/natives_stdlib.h"

namespace minigo::vm::stdlib {

namespace {

double f0(uint8_t* a) { return at<double>(a, 0); }
double f1(uint8_t* a) { return at<double>(a, 8); }

#define MATH1(NAME, EXPR)                                  \
  void math_##NAME(rt::G*, uint8_t* a) {                   \
    double x = f0(a);                                      \
    at<double>(a, 8) = (EXPR);                             \
  }
#define MATH2(NAME, EXPR)                                  \
  void math_##NAME(rt::G*, uint8_t* a) {                   \
    double x = f0(a), y = f1(a);                           \
    at<double>(a, 16) = (EXPR);                            \
  }
MATH1(Sqrt, std::sqrt(x))
MATH1(Abs, std::fabs(x))
MATH1(Floor, std::floor(x))
MATH1(Ceil, std::ceil(x))
MATH1(Trunc, std::trunc(x))
MATH1(Round, std::round(x))
MATH1(RoundToEven, std::nearbyint(x))
MATH1(Sin, std::sin(x))
MATH1(Cos, std::cos(x))
MATH1(Tan, std::tan(x))
MATH1(Asin, std::asin(x))
MATH1(Acos, std::acos(x))
// Go's Atan (Cephes, as math/atan.go) for last-bit agreement with Go.
double xatan(double x) {
  const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
               P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
               P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
               Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
               Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}
double satan(double x) {
  const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return M_PI_2 - xatan(1 / x) + Morebits;
  return M_PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}
double goAtan(double x) { return x == 0 ? x : x > 0 ? satan(x) : -satan(-x); }
MATH1(Atan, goAtan(x))
MATH1(Sinh, std::sinh(x))
MATH1(Cosh, std::cosh(x))
MATH1(Tanh, std::tanh(x))
MATH1(Asinh, std::asinh(x))
MATH1(Acosh, std::acosh(x))
MATH1(Atanh, std::atanh(x))
MATH1(Exp, std::exp(x))
MATH1(Exp2, std::exp2(x))
MATH1(Expm1, std::expm1(x))
// Go's Log (FreeBSD's e_log.c algorithm, as math/log.go and log_amd64.s):
// libm's correctly rounded log differs from Go's in the last bit.
double goLog(double x) {
  const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
               L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
               L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
               L7 = 1.479819860511658591e-01;
  if (std::isnan(x) || x == INFINITY) return x;
  if (x < 0) return NAN;
  if (x == 0) return -INFINITY;
  int ki;
  double f1 = std::frexp(x, &ki);
  if (f1 < M_SQRT2 / 2) {
    f1 *= 2;
    ki--;
  }
  double f = f1 - 1, k = double(ki);
  double s = f / (2 + f), s2 = s * s, s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2, hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}
// Go's Log2: exact for powers of two, else Log(frac)/Ln2 + exp.
double goLog2(double x) {
  int e;
  double frac = std::frexp(x, &e);
  if (frac == 0.5) return double(e - 1);
  return goLog(frac) * M_LOG2E + double(e);
}
MATH1(Log, goLog(x))
MATH1(Log2, goLog2(x))
MATH1(Log10, goLog(x) * M_LOG10E)
MATH1(Log1p, std::log1p(x))
// Go's Cbrt (FreeBSD s_cbrt.c, as math/cbrt.go): libm's differs in the last bit.
double bitsToF(uint64_t b) {
  double d;
  std::memcpy(&d, &b, 8);
  return d;
}
uint64_t fToBits(double d) {
  uint64_t b;
  std::memcpy(&b, &d, 8);
  return b;
}
double goCbrt(double x) {
  const uint64_t B1 = 715094163, B2 = 696219795;
  const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01, E = 1.41428571428571436819e+00,
               F = 1.60714285714285720630e+00, G = 3.57142857142857150787e-01,
               SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool sign = x < 0;
  if (sign) x = -x;
  double t = bitsToF(fToBits(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = double(uint64_t(1) << 54) * x;
    t = bitsToF(fToBits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = bitsToF((fToBits(t) & (uint64_t(0xFFFFFFFFC) << 28)) + (uint64_t(1) << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}
MATH1(Cbrt, goCbrt(x))
MATH2(Pow, std::pow(x, y))
MATH2(Mod, std::fmod(x, y))
MATH2(Remainder, std::remainder(x, y))
MATH2(Atan2, std::atan2(x, y))
MATH2(Hypot, std::hypot(x, y))
MATH2(Copysign, std::copysign(x, y))
// Go's Max/Min: ±Inf wins over NaN, NaN over numbers, +0 > -0.
MATH2(Max, std::isinf(x) && x > 0 ? x
           : std::isinf(y) && y > 0 ? y
           : std::isnan(x) || std::isnan(y) ? NAN
           : x == 0 && x == y ? (std::signbit(x) ? y : x)
           : x > y ? x : y)
MATH2(Min, std::isinf(x) && x < 0 ? x
           : std::isinf(y) && y < 0 ? y
           : std::isnan(x) || std::isnan(y) ? NAN
           : x == 0 && x == y ? (std::signbit(x) ? x : y)
           : x < y ? x : y)
MATH2(Dim, std::isnan(x) || std::isnan(y) ? NAN : (x - y <= 0 ? 0.0 : x - y))

void math_Inf(rt::G*, uint8_t* a) { at<double>(a, 8) = at<int64_t>(a, 0) >= 0 ? INFINITY : -INFINITY; }
void math_NaN(rt::G*, uint8_t* a) {
  uint64_t bits = 0x7FF8000000000001ULL;  // Go's NaN bit pattern
  std::memcpy(&at<double>(a, 0), &bits, 8);
}
void math_IsNaN(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = int64_t(std::isnan(f0(a))); }
void math_IsInf(rt::G*, uint8_t* a) {
  double f = f0(a);
  int64_t s = at<int64_t>(a, 8);
  at<int64_t>(a, 16) = int64_t((s >= 0 && f == INFINITY) || (s <= 0 && f == -INFINITY));
}
void math_Signbit(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = int64_t(std::signbit(f0(a))); }
void math_Float64bits(rt::G*, uint8_t* a) { at<uint64_t>(a, 8) = at<uint64_t>(a, 0); }
void math_Float64frombits(rt::G*, uint8_t* a) { at<uint64_t>(a, 8) = at<uint64_t>(a, 0); }
void math_Float32bits(rt::G*, uint8_t* a) { at<uint64_t>(a, 8) = at<uint32_t>(a, 0); }
void math_Float32frombits(rt::G*, uint8_t* a) {
  at<uint64_t>(a, 8) = 0;
  at<uint32_t>(a, 8) = uint32_t(at<uint64_t>(a, 0));
}
void math_Modf(rt::G*, uint8_t* a) {
  double x = f0(a), ip;
  double fr = std::modf(x, &ip);
  at<double>(a, 8) = ip;
  at<double>(a, 16) = fr;
}
void math_Pow10(rt::G*, uint8_t* a) {
  int64_t n = at<int64_t>(a, 0);
  at<double>(a, 8) = n < -323 ? 0 : n > 308 ? INFINITY : std::stod("1e" + std::to_string(n));
}

// ---- math/bits, for each width: the argument is zero-extended in its slot.
template <int W>
uint64_t arg(uint8_t* a) {
  uint64_t x = at<uint64_t>(a, 0);
  return W == 64 ? x : x & ((uint64_t(1) << W) - 1);
}
template <int W>
void bits_OnesCount(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = __builtin_popcountll(arg<W>(a)); }
template <int W>
void bits_Len(rt::G*, uint8_t* a) {
  uint64_t x = arg<W>(a);
  at<int64_t>(a, 8) = x ? 64 - __builtin_clzll(x) : 0;
}
template <int W>
void bits_LeadingZeros(rt::G*, uint8_t* a) {
  uint64_t x = arg<W>(a);
  at<int64_t>(a, 8) = W - (x ? 64 - __builtin_clzll(x) : 0);
}
template <int W>
void bits_TrailingZeros(rt::G*, uint8_t* a) {
  uint64_t x = arg<W>(a);
  at<int64_t>(a, 8) = x ? __builtin_ctzll(x) : W;
}
template <int W>
void bits_Reverse(rt::G*, uint8_t* a) {
  uint64_t x = arg<W>(a), r = 0;
  for (int i = 0; i < W; i++) r |= ((x >> i) & 1) << (W - 1 - i);
  at<uint64_t>(a, 8) = r;
}
template <int W>
void bits_ReverseBytes(rt::G*, uint8_t* a) {
  uint64_t x = arg<W>(a), r = 0;
  for (int i = 0; i < W / 8; i++) r |= ((x >> (8 * i)) & 0xFF) << (W - 8 - 8 * i);
  at<uint64_t>(a, 8) = r;
}
template <int W>
void bits_RotateLeft(rt::G*, uint8_t* a) {
  uint64_t x = arg<W>(a);
  int64_t k = at<int64_t>(a, 8);
  unsigned s = unsigned(((k % W) + W) % W);
  uint64_t mask = W == 64 ? ~uint64_t(0) : (uint64_t(1) << W) - 1;
  at<uint64_t>(a, 16) = s == 0 ? x : ((x << s) | (x >> (W - s))) & mask;
}

}  // namespace

void registerMath() {
  static const std::pair<const char*, NativeFn> fns[] = {
      {"math.Sqrt", math_Sqrt}, {"math.Abs", math_Abs}, {"math.Floor", math_Floor}, {"math.Ceil", math_Ceil},
      {"math.Trunc", math_Trunc}, {"math.Round", math_Round}, {"math.RoundToEven", math_RoundToEven},
      {"math.Sin", math_Sin}, {"math.Cos", math_Cos}, {"math.Tan", math_Tan}, {"math.Asin", math_Asin},
      {"math.Acos", math_Acos}, {"math.Atan", math_Atan}, {"math.Sinh", math_Sinh}, {"math.Cosh", math_Cosh},
      {"math.Tanh", math_Tanh}, {"math.Asinh", math_Asinh}, {"math.Acosh", math_Acosh}, {"math.Atanh", math_Atanh},
      {"math.Exp", math_Exp}, {"math.Exp2", math_Exp2}, {"math.Expm1", math_Expm1}, {"math.Log", math_Log},
      {"math.Log2", math_Log2}, {"math.Log10", math_Log10}, {"math.Log1p", math_Log1p}, {"math.Cbrt", math_Cbrt},
      {"math.Pow", math_Pow}, {"math.Mod", math_Mod}, {"math.Remainder", math_Remainder},
      {"math.Atan2", math_Atan2}, {"math.Hypot", math_Hypot}, {"math.Copysign", math_Copysign},
      {"math.Max", math_Max}, {"math.Min", math_Min}, {"math.Dim", math_Dim}, {"math.Inf", math_Inf},
      {"math.NaN", math_NaN}, {"math.IsNaN", math_IsNaN}, {"math.IsInf", math_IsInf},
      {"math.Signbit", math_Signbit}, {"math.Float64bits", math_Float64bits},
      {"math.Float64frombits", math_Float64frombits}, {"math.Float32bits", math_Float32bits},
      {"math.Float32frombits", math_Float32frombits}, {"math.Modf", math_Modf}, {"math.Pow10", math_Pow10},
      {"bits.OnesCount", bits_OnesCount<64>}, {"bits.OnesCount8", bits_OnesCount<8>},
      {"bits.OnesCount16", bits_OnesCount<16>}, {"bits.OnesCount32", bits_OnesCount<32>},
      {"bits.OnesCount64", bits_OnesCount<64>}, {"bits.Len", bits_Len<64>}, {"bits.Len8", bits_Len<8>},
      {"bits.Len16", bits_Len<16>}, {"bits.Len32", bits_Len<32>}, {"bits.Len64", bits_Len<64>},
      {"bits.LeadingZeros", bits_LeadingZeros<64>}, {"bits.LeadingZeros8", bits_LeadingZeros<8>},
      {"bits.LeadingZeros16", bits_LeadingZeros<16>}, {"bits.LeadingZeros32", bits_LeadingZeros<32>},
      {"bits.LeadingZeros64", bits_LeadingZeros<64>}, {"bits.TrailingZeros", bits_TrailingZeros<64>},
      {"bits.TrailingZeros8", bits_TrailingZeros<8>}, {"bits.TrailingZeros16", bits_TrailingZeros<16>},
      {"bits.TrailingZeros32", bits_TrailingZeros<32>}, {"bits.TrailingZeros64", bits_TrailingZeros<64>},
      {"bits.Reverse", bits_Reverse<64>}, {"bits.Reverse8", bits_Reverse<8>}, {"bits.Reverse16", bits_Reverse<16>},
      {"bits.Reverse32", bits_Reverse<32>}, {"bits.Reverse64", bits_Reverse<64>},
      {"bits.ReverseBytes", bits_ReverseBytes<64>}, {"bits.ReverseBytes16", bits_ReverseBytes<16>},
      {"bits.ReverseBytes32", bits_ReverseBytes<32>}, {"bits.ReverseBytes64", bits_ReverseBytes<64>},
      {"bits.RotateLeft", bits_RotateLeft<64>}, {"bits.RotateLeft8", bits_RotateLeft<8>},
      {"bits.RotateLeft16", bits_RotateLeft<16>}, {"bits.RotateLeft32", bits_RotateLeft<32>},
      {"bits.RotateLeft64", bits_RotateLeft<64>},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm::stdlib
