// natives_complex.cpp — complex64/complex128 arithmetic for codegen_complex.cpp.
// Frame layouts (Go's memory layout in the slots):
//   complex128: x [0,16) y [16,32) result [32,..)
//   complex64:  x [0,8)  y [8,16)  result [16,..)   (re float32 at +0, im at +4)
// Multiplication is Go's plain formula, done in the operands' precision;
// division is runtime.complex128div (complex64 divides as complex128, as gc
// lowers it).
#include <cmath>
#include <cstring>

#include "runtime/print.h"
#include "vm/natives.h"

namespace minigo::vm {

namespace {

template <class T>
T ld(uint8_t* a, int64_t off) {
  T v;
  std::memcpy(&v, a + off, sizeof v);
  return v;
}
template <class T>
void st(uint8_t* a, int64_t off, T v) {
  std::memcpy(a + off, &v, sizeof v);
}

double inf() { return HUGE_VAL; }
double boolf(bool b) { return b ? 1 : 0; }
bool finite(double x) { return std::isfinite(x); }

// runtime/complex.go complex128div
void complex128div(double a, double b, double c, double d, double* re, double* im) {
  double e, f;
  if (std::fabs(c) >= std::fabs(d)) {
    double ratio = d / c;
    double denom = c + ratio * d;
    e = (a + b * ratio) / denom;
    f = (b - a * ratio) / denom;
  } else {
    double ratio = c / d;
    double denom = d + ratio * c;
    e = (a * ratio + b) / denom;
    f = (b * ratio - a) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(inf(), c) * a;
      f = std::copysign(inf(), c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && finite(c) && finite(d)) {
      a = std::copysign(boolf(std::isinf(a)), a);
      b = std::copysign(boolf(std::isinf(b)), b);
      e = inf() * (a * c + b * d);
      f = inf() * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && finite(a) && finite(b)) {
      c = std::copysign(boolf(std::isinf(c)), c);
      d = std::copysign(boolf(std::isinf(d)), d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  *re = e;
  *im = f;
}

// T: the component type; W: the bytes of one complex value.
template <class T>
struct C {
  static constexpr int64_t W = 2 * sizeof(T);
  static constexpr int64_t Y = W;        // y's offset
  static constexpr int64_t R = W == 8 ? 16 : 32;  // result offset
  static T xr(uint8_t* a) { return ld<T>(a, 0); }
  static T xi(uint8_t* a) { return ld<T>(a, sizeof(T)); }
  static T yr(uint8_t* a) { return ld<T>(a, Y); }
  static T yi(uint8_t* a) { return ld<T>(a, Y + sizeof(T)); }
  static void res(uint8_t* a, T re, T im) {
    std::memset(a + R, 0, W < 8 ? 8 : W);
    st<T>(a, R, re);
    st<T>(a, R + sizeof(T), im);
  }
  static void add(rt::G*, uint8_t* a) { res(a, xr(a) + yr(a), xi(a) + yi(a)); }
  static void sub(rt::G*, uint8_t* a) { res(a, xr(a) - yr(a), xi(a) - yi(a)); }
  static void mul(rt::G*, uint8_t* a) {
    T ac = xr(a) * yr(a), bd = xi(a) * yi(a), ad = xr(a) * yi(a), bc = xi(a) * yr(a);
    res(a, ac - bd, ad + bc);
  }
  static void div(rt::G*, uint8_t* a) {
    double re, im;
    complex128div(xr(a), xi(a), yr(a), yi(a), &re, &im);
    res(a, T(re), T(im));
  }
  static void eq(rt::G*, uint8_t* a) { st<int64_t>(a, R, xr(a) == yr(a) && xi(a) == yi(a)); }
};

// [0] complex64 (8) → [8] complex128 (16)
void complex64to128(rt::G*, uint8_t* a) {
  st<double>(a, 8, ld<float>(a, 0));
  st<double>(a, 16, ld<float>(a, 4));
}
// [0] complex128 (16) → [16] complex64 (8)
void complex128to64(rt::G*, uint8_t* a) {
  st<float>(a, 16, float(ld<double>(a, 0)));
  st<float>(a, 20, float(ld<double>(a, 8)));
}
// [0] re float32 [8] im float32 → [16] complex64
void complex64make(rt::G*, uint8_t* a) {
  st<float>(a, 16, ld<float>(a, 0));
  st<float>(a, 20, ld<float>(a, 8));
}
// [0] complex64 → [8] float32 (real / imag)
void complex64real(rt::G*, uint8_t* a) {
  st<int64_t>(a, 8, 0);
  st<float>(a, 8, ld<float>(a, 0));
}
void complex64imag(rt::G*, uint8_t* a) {
  st<int64_t>(a, 8, 0);
  st<float>(a, 8, ld<float>(a, 4));
}
// [0] complex64 → [8] complex64
void complex64neg(rt::G*, uint8_t* a) {
  st<int64_t>(a, 8, 0);
  st<float>(a, 8, -ld<float>(a, 0));
  st<float>(a, 12, -ld<float>(a, 4));
}
// [0] complex128
void rt_printcomplex(rt::G*, uint8_t* a) { rt::printcomplex(ld<double>(a, 0), ld<double>(a, 8)); }

const NativeRegistrar regs[] = {
    {"complex128add", C<double>::add}, {"complex128sub", C<double>::sub}, {"complex128mul", C<double>::mul},
    {"complex128div", C<double>::div}, {"complex128eq", C<double>::eq},   {"complex64add", C<float>::add},
    {"complex64sub", C<float>::sub},   {"complex64mul", C<float>::mul},   {"complex64div", C<float>::div},
    {"complex64eq", C<float>::eq},     {"complex64to128", complex64to128}, {"complex128to64", complex128to64},
    {"complex64make", complex64make},  {"complex64real", complex64real}, {"complex64imag", complex64imag},
    {"complex64neg", complex64neg},    {"printcomplex", rt_printcomplex},
};

}  // namespace

}  // namespace minigo::vm

namespace minigo::vm {
// Referenced from codegen_complex.cpp so the static library keeps this
// object (and its registrars).
void linkComplexNatives() {}
}  // namespace minigo::vm
