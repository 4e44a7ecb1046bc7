// constant.h — exact values of Go constants (go/constant's model).
//
// Untyped constants follow the spec: integers are arbitrary precision,
// floats are exact (rationals where possible) and are rounded only when
// converted to a typed float. The representation is private (constant.cpp);
// a Constant is a cheap, immutable value handle.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace minigo {

// Operators the constant evaluator understands (token-like, independent of ir Op).
enum class ConstOp {
  Add, Sub, Mul, Quo /* / : for Int kind, truncated integer division */,
  QuoExact /* / on untyped floats: exact */, Rem, And, Or, Xor, AndNot,
  Shl, Shr, Eql, Neq, Lss, Leq, Gtr, Geq, LAnd, LOr,
  Neg, Plus, Not, BitNot
};

class Constant {
 public:
  enum Kind { Unknown, Bool, String, Int, Float, Complex };

  Constant();  // Unknown
  static Constant makeBool(bool b);
  static Constant makeString(std::string s);
  static Constant makeInt64(int64_t v);
  static Constant makeUint64(uint64_t v);
  static Constant makeFloat64(double v);
  static Constant makeComplex(const Constant& re, const Constant& im);
  // Parses a Go literal exactly as written (underscores, 0x/0o/0b, hex floats,
  // imaginary suffix, rune and string escapes — text includes quotes).
  // Returns Unknown and sets *err (gc wording) if the literal is malformed.
  enum LitKind { IntLit, FloatLit, ImagLit, RuneLit, StringLit };
  static Constant fromLiteral(LitKind kind, const std::string& text, std::string* err);

  Kind kind() const;
  bool isUnknown() const { return kind() == Unknown; }

  bool boolVal() const;
  const std::string& stringVal() const;

  // Kind conversions following the spec's rules for untyped constants.
  Constant toInt() const;      // Unknown if not exactly an integer
  Constant toFloat() const;
  Constant toComplex() const;
  Constant real() const;
  Constant imag() const;

  // Range checks and extraction (for typed constants and codegen).
  bool isInt() const;                // exact integer (any kind)
  bool fitsInt64() const;
  bool fitsUint64() const;
  int64_t int64Val() const;          // requires fitsInt64 (or wraps)
  uint64_t uint64Val() const;        // requires fitsUint64 (or wraps)
  // fits a signed/unsigned integer of `bits` bits
  bool fitsInt(int bits, bool isSigned) const;
  double float64Val() const;         // correctly rounded (nearest even)
  float float32Val() const;          // correctly rounded
  bool overflowsFloat(int bits) const;   // magnitude rounds to ±Inf in float32/64
  Constant roundFloat(int bits) const;   // value rounded to float32/float64 precision
  int sign() const;                  // -1, 0, 1 (for Int/Float)
  int bitLen() const;                // bits of |x| for integers (types2's 512-bit limit on untyped ints)

  // Arithmetic. Returns Unknown with *err set on failure ("division by zero",
  // "shift count too large" ...). Comparisons return Bool constants.
  static Constant binaryOp(const Constant& x, ConstOp op, const Constant& y, std::string* err);
  static Constant unaryOp(ConstOp op, const Constant& x, int bitNotWidth /*0: untyped*/, bool isUnsigned, std::string* err);
  static Constant shift(const Constant& x, ConstOp op, uint64_t count, std::string* err);
  static bool compare(const Constant& x, ConstOp op, const Constant& y);

  // gc's printing of constants in error messages and dumps: 300, 1e+100, 1.5,
  // "hi", 'a' stays a number (97), (1 + 2i).
  std::string toString() const;
  // Quoted Go string literal for dumps.
  std::string exactString() const;

  struct Rep;
 private:
  std::shared_ptr<const Rep> rep_;
  explicit Constant(std::shared_ptr<const Rep> r) : rep_(std::move(r)) {}
};

}  // namespace minigo
