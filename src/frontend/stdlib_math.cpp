// stdlib_math.cpp — math beyond stdlib_decls.cpp's core set, and math/bits.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

void declareMath() {
  using namespace types;
  Pkg math("math", "math");
  for (const char* n : {"Sinh", "Cosh", "Tanh", "Exp2", "Log1p", "Expm1", "Asinh", "Acosh", "Atanh"})
    math.func(n, sig({Float64}, {Float64}));
  for (const char* n : {"Copysign", "Dim", "Remainder"}) math.func(n, sig({Float64, Float64}, {Float64}));
  math.func("RoundToEven", sig({Float64}, {Float64}));
  math.func("Signbit", sig({Float64}, {Bool}));
  math.func("Float32frombits", sig({Uint32}, {Float32}));
  math.func("Modf", sig({Float64}, {Float64, Float64}));
  math.func("Pow10", sig({Int}, {Float64}));
  std::string err;
  auto flt = [&](const char* lit) { return Constant::fromLiteral(Constant::FloatLit, lit, &err); };
  math.cnst("Sqrt2", flt("1.41421356237309504880168872420969807856967187537694807317667974"), UntypedFloat);
  math.cnst("SqrtE", flt("1.64872127070012814684865078831374622070227453818837236220432434"), UntypedFloat);
  math.cnst("SqrtPi", flt("1.77245385090551602729816748334114518279754945612238712821380779"), UntypedFloat);
  math.cnst("Phi", flt("1.61803398874989484820458683436563811772030917980576286213544862"), UntypedFloat);
  math.cnst("Ln2", flt("0.693147180559945309417232121458176568075500134360255254120680009"), UntypedFloat);
  math.cnst("Ln10", flt("2.30258509299404568401799145468436420760110148862877297603332790"), UntypedFloat);
  math.cnst("Log2E", Constant::binaryOp(flt("1"), ConstOp::QuoExact, flt("0.693147180559945309417232121458176568075500134360255254120680009"), &err), UntypedFloat);
  math.cnst("Log10E", Constant::binaryOp(flt("1"), ConstOp::QuoExact, flt("2.30258509299404568401799145468436420760110148862877297603332790"), &err), UntypedFloat);
  math.cnst("MaxFloat32", Constant::binaryOp(flt("0x1p127"), ConstOp::Mul, flt("1.99999988079071044921875"), &err), UntypedFloat);
  math.cnst("SmallestNonzeroFloat32", flt("1.401298464324817070923729583289916131280e-45"), UntypedFloat);

  Pkg bits("math/bits", "bits");
  bits.cnst("UintSize", Constant::makeInt64(64), UntypedInt);
  struct W { const char* suffix; Type* t; };
  for (W w : {W{"", Uint}, W{"8", Uint8}, W{"16", Uint16}, W{"32", Uint32}, W{"64", Uint64}}) {
    std::string s = w.suffix;
    for (const char* n : {"OnesCount", "LeadingZeros", "TrailingZeros", "Len"}) bits.func(n + s, sig({w.t}, {Int}));
    bits.func("Reverse" + s, sig({w.t}, {w.t}));
    if (s != "8") bits.func("ReverseBytes" + s, sig({w.t}, {w.t}));
    bits.func("RotateLeft" + s, sig({w.t, Int}, {w.t}));
  }
}

}  // namespace minigo::tc::stdlib
