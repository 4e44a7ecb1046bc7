// constant_test.cpp — exact constant arithmetic (src/frontend/constant.cpp).
//
// Expected values come from real Go, kept under tests/data/:
//   constant_round.go  → constant_round.txt   (float64/float32 rounding of literals)
//   constant_string.go → constant_string.txt  (gc's printing of constants in errors)
//   constant_literr.go → constant_literr.txt  (gc's wording for malformed literals)
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "frontend/constant.h"

using minigo::Constant;
using minigo::ConstOp;

namespace {

std::string dataDir() {
  std::string f = __FILE__;
  return f.substr(0, f.rfind('/')) + "/data/";
}

Constant lit(const std::string& text) {
  std::string err;
  Constant::LitKind k = Constant::IntLit;
  if (text[0] == '\'') k = Constant::RuneLit;
  else if (text[0] == '"' || text[0] == '`') k = Constant::StringLit;
  else if (text.back() == 'i') k = Constant::ImagLit;
  else if (text.find_first_of(".eEpP") != std::string::npos && !(text.size() > 1 && (text[1] == 'x' || text[1] == 'X') && text.find_first_of(".pP") == std::string::npos))
    k = Constant::FloatLit;
  Constant c = Constant::fromLiteral(k, text, &err);
  EXPECT_EQ(err, "") << text;
  return c;
}

std::string litErr(Constant::LitKind k, const std::string& text) {
  std::string err;
  Constant c = Constant::fromLiteral(k, text, &err);
  EXPECT_TRUE(c.isUnknown()) << text;
  return err;
}

Constant bin(const Constant& x, ConstOp op, const Constant& y) {
  std::string err;
  Constant c = Constant::binaryOp(x, op, y, &err);
  EXPECT_EQ(err, "");
  return c;
}

uint64_t bits64(double d) {
  uint64_t u;
  memcpy(&u, &d, 8);
  return u;
}
uint32_t bits32(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}

}  // namespace

TEST(Constant, Exactness) {
  Constant one = Constant::makeInt64(1);
  std::string err;
  Constant big = Constant::shift(one, ConstOp::Shl, 100, &err);
  Constant four = Constant::shift(big, ConstOp::Shr, 98, &err);
  EXPECT_EQ(four.toString(), "4");
  EXPECT_EQ(big.toString(), "1267650600228229401496703205376");
  // 0.1 + 0.2 == 0.3 exactly for untyped constants
  EXPECT_TRUE(Constant::compare(bin(lit("0.1"), ConstOp::Add, lit("0.2")), ConstOp::Eql, lit("0.3")));
  // but not after rounding each to float64
  double a = lit("0.1").float64Val(), b = lit("0.2").float64Val();
  EXPECT_NE(a + b, lit("0.3").float64Val());
  // 1.0/3*3 == 1 exactly
  Constant third = bin(lit("1.0"), ConstOp::QuoExact, Constant::makeInt64(3));
  EXPECT_TRUE(Constant::compare(bin(third, ConstOp::Mul, Constant::makeInt64(3)), ConstOp::Eql, one));
  // huge literals stay usable
  Constant h = lit("1e1000");
  EXPECT_TRUE(h.overflowsFloat(64));
  Constant back = bin(h, ConstOp::QuoExact, lit("1e999"));
  EXPECT_EQ(back.float64Val(), 10.0);
  Constant r = lit("1e100000");
  EXPECT_EQ(bin(r, ConstOp::Mul, r).toString(), "1e+200000");
  // integer division truncates, % follows the dividend's sign
  EXPECT_EQ(bin(Constant::makeInt64(-7), ConstOp::Quo, Constant::makeInt64(2)).toString(), "-3");
  EXPECT_EQ(bin(Constant::makeInt64(-7), ConstOp::Rem, Constant::makeInt64(2)).toString(), "-1");
  EXPECT_EQ(bin(Constant::makeInt64(7), ConstOp::QuoExact, Constant::makeInt64(2)).toString(), "3.5");
  // >> on negatives rounds toward -inf
  EXPECT_EQ(Constant::shift(Constant::makeInt64(-7), ConstOp::Shr, 1, &err).toString(), "-4");
  EXPECT_EQ(Constant::makeInt64(INT64_MIN).toString(), "-9223372036854775808");
  EXPECT_EQ(Constant::makeUint64(UINT64_MAX).toString(), "18446744073709551615");
  EXPECT_EQ(Constant::makeInt64(INT64_MIN).int64Val(), INT64_MIN);
  EXPECT_EQ(Constant::makeInt64(-1).uint64Val(), UINT64_MAX);
}

TEST(Constant, Bitwise) {
  std::string err;
  Constant one = Constant::makeInt64(1);
  EXPECT_EQ(Constant::unaryOp(ConstOp::BitNot, one, 8, true, &err).toString(), "254");
  EXPECT_EQ(Constant::unaryOp(ConstOp::BitNot, one, 64, true, &err).toString(), "18446744073709551614");
  EXPECT_EQ(Constant::unaryOp(ConstOp::BitNot, one, 8, false, &err).toString(), "-2");
  EXPECT_EQ(Constant::unaryOp(ConstOp::BitNot, one, 0, false, &err).toString(), "-2");
  EXPECT_EQ(bin(Constant::makeInt64(12), ConstOp::And, Constant::makeInt64(10)).toString(), "8");
  EXPECT_EQ(bin(Constant::makeInt64(12), ConstOp::Or, Constant::makeInt64(10)).toString(), "14");
  EXPECT_EQ(bin(Constant::makeInt64(12), ConstOp::Xor, Constant::makeInt64(10)).toString(), "6");
  EXPECT_EQ(bin(Constant::makeInt64(12), ConstOp::AndNot, Constant::makeInt64(10)).toString(), "4");
  EXPECT_EQ(bin(Constant::makeInt64(-12), ConstOp::AndNot, Constant::makeInt64(10)).toString(), "-12");
  EXPECT_EQ(bin(Constant::makeInt64(-1), ConstOp::And, Constant::makeInt64(255)).toString(), "255");
}

TEST(Constant, Errors) {
  std::string err;
  EXPECT_TRUE(Constant::binaryOp(Constant::makeInt64(1), ConstOp::Quo, Constant::makeInt64(0), &err).isUnknown());
  EXPECT_EQ(err, "division by zero");
  err.clear();
  Constant::binaryOp(lit("1.0"), ConstOp::QuoExact, Constant::makeInt64(0), &err);
  EXPECT_EQ(err, "division by zero");
  err.clear();
  Constant::binaryOp(Constant::makeInt64(1), ConstOp::Rem, Constant::makeInt64(0), &err);
  EXPECT_EQ(err, "division by zero");
  err.clear();
  Constant::binaryOp(lit("1i"), ConstOp::Quo, lit("0i"), &err);
  EXPECT_EQ(err, "division by zero");
  err.clear();
  EXPECT_TRUE(Constant::shift(Constant::makeInt64(1), ConstOp::Shl, 10000, &err).isUnknown());
  EXPECT_NE(err, "");
  err.clear();
  Constant::binaryOp(Constant::makeInt64(1), ConstOp::Shl, Constant::makeInt64(-1), &err);
  EXPECT_EQ(err, "negative shift count");
  // types2's 512-bit limit on untyped ints is checked by typecheck with bitLen
  EXPECT_EQ(Constant::shift(Constant::makeInt64(1), ConstOp::Shl, 511, &err).bitLen(), 512);
  EXPECT_EQ(Constant::makeInt64(0).bitLen(), 0);
  EXPECT_EQ(Constant::makeInt64(-8).bitLen(), 4);
}

TEST(Constant, LiteralForms) {
  EXPECT_EQ(lit("1_000_000").toString(), "1000000");
  EXPECT_EQ(lit("0x_FF").toString(), "255");
  EXPECT_EQ(lit("0XaBc").toString(), "2748");
  EXPECT_EQ(lit("0o17").toString(), "15");
  EXPECT_EQ(lit("0O17").toString(), "15");
  EXPECT_EQ(lit("017").toString(), "15");
  EXPECT_EQ(lit("0b1011").toString(), "11");
  EXPECT_EQ(lit("0").toString(), "0");
  EXPECT_EQ(lit("0123i").toString(), "(0 + 123i)");  // legacy octal look-alike is decimal
  EXPECT_EQ(lit("0x10i").toString(), "(0 + 16i)");
  EXPECT_EQ(lit("1.5e3i").toString(), "(0 + 1500i)");
  EXPECT_EQ(lit("0x1.8p1").toString(), "3");
  EXPECT_EQ(lit("08.5").toString(), "8.5");
  EXPECT_EQ(lit("123456789012345678901234567890").toString(), "123456789012345678901234567890");
  EXPECT_EQ(lit("'a'").int64Val(), 97);
  EXPECT_EQ(lit("'\\n'").int64Val(), 10);
  EXPECT_EQ(lit("'\\''").int64Val(), 39);
  EXPECT_EQ(lit("'\\x41'").int64Val(), 65);
  EXPECT_EQ(lit("'\\101'").int64Val(), 65);
  EXPECT_EQ(lit("'\\u00e9'").int64Val(), 0xe9);
  EXPECT_EQ(lit("'\\U0001F600'").int64Val(), 0x1F600);
  EXPECT_EQ(lit("'é'").int64Val(), 0xe9);
  EXPECT_EQ(lit("'世'").int64Val(), 0x4e16);
  EXPECT_EQ(lit("\"a\\tb\\\"c\\\\\"").stringVal(), "a\tb\"c\\");
  EXPECT_EQ(lit("\"\\xff\\377\"").stringVal(), "\xff\xff");
  EXPECT_EQ(lit("\"\\u00e9\"").stringVal(), "\xc3\xa9");
  EXPECT_EQ(lit("\"\\a\\b\\f\\v\\r\\n\"").stringVal(), "\a\b\f\v\r\n");
  EXPECT_EQ(lit("`a\\n\r\nb`").stringVal(), "a\\n\nb");
  EXPECT_EQ(lit("\"\"").stringVal(), "");
}

TEST(Constant, LiteralErrors) {
  // wording from constant_literr.txt
  EXPECT_EQ(litErr(Constant::IntLit, "1__2"), "'_' must separate successive digits");
  EXPECT_EQ(litErr(Constant::IntLit, "1_"), "'_' must separate successive digits");
  EXPECT_EQ(litErr(Constant::IntLit, "08"), "invalid digit '8' in octal literal");
  EXPECT_EQ(litErr(Constant::IntLit, "0_9"), "invalid digit '9' in octal literal");
  EXPECT_EQ(litErr(Constant::IntLit, "0b2"), "invalid digit '2' in binary literal");
  EXPECT_EQ(litErr(Constant::FloatLit, "1e"), "exponent has no digits");
  EXPECT_EQ(litErr(Constant::FloatLit, "0x1p"), "exponent has no digits");
  EXPECT_EQ(litErr(Constant::FloatLit, "0x1.0"), "hexadecimal mantissa requires a 'p' exponent");
  EXPECT_EQ(litErr(Constant::IntLit, "0o"), "octal literal has no digits");
  EXPECT_EQ(litErr(Constant::IntLit, "0x"), "hexadecimal literal has no digits");
  EXPECT_EQ(litErr(Constant::RuneLit, "'ab'"), "more than one character in rune literal");
  EXPECT_EQ(litErr(Constant::RuneLit, "''"), "empty rune literal or unescaped '");
  EXPECT_EQ(litErr(Constant::StringLit, "\"\\z\""), "unknown escape");
  EXPECT_EQ(litErr(Constant::RuneLit, "'\\400'"), "octal escape value 256 > 255");
  EXPECT_EQ(litErr(Constant::StringLit, "\"\\uD800\""), "escape is invalid Unicode code point U+D800");
  EXPECT_EQ(litErr(Constant::StringLit, "\"\\'\""), "unknown escape");
  EXPECT_EQ(litErr(Constant::RuneLit, "'\\\"'"), "unknown escape");
  EXPECT_EQ(litErr(Constant::StringLit, "\"\\xg0\""), "invalid character 'g' in hexadecimal escape");
}

TEST(Constant, Rounding) {
  std::ifstream in(dataDir() + "constant_round.txt");
  ASSERT_TRUE(in) << "missing tests/data/constant_round.txt";
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    std::istringstream ss(line);
    std::string text, h64, h32;
    ss >> text >> h64 >> h32;
    Constant c = lit(text);
    EXPECT_EQ(bits64(c.float64Val()), std::stoull(h64, nullptr, 16)) << text;
    if (h32 == "-") {
      EXPECT_TRUE(c.overflowsFloat(32)) << text;
    } else {
      EXPECT_FALSE(c.overflowsFloat(32)) << text;
      EXPECT_EQ(bits32(c.float32Val()), std::stoul(h32, nullptr, 16)) << text;
    }
    n++;
  }
  EXPECT_GT(n, 30);
  EXPECT_TRUE(lit("1.7976931348623159e308").overflowsFloat(64));
  EXPECT_FALSE(lit("1.7976931348623158e308").overflowsFloat(64));
  EXPECT_EQ(lit("0.1").roundFloat(32).float64Val(), double(0.1f));
}

TEST(Constant, ToString) {
  // from constant_string.txt
  EXPECT_EQ(lit("300").toString(), "300");
  EXPECT_EQ(lit("1e100").toString(), "1e+100");
  EXPECT_EQ(lit("0.1").toString(), "0.1");
  EXPECT_EQ(lit("1.5").toString(), "1.5");
  EXPECT_EQ(lit("\"hi\"").toString(), "\"hi\"");
  EXPECT_EQ(bin(Constant::makeInt64(1), ConstOp::Add, lit("2i")).toString(), "(1 + 2i)");
  EXPECT_EQ(bin(lit("'a'"), ConstOp::Mul, Constant::makeInt64(2)).toString(), "194");
  EXPECT_EQ(lit("1e6").toString(), "1e+06");
  EXPECT_EQ(lit("3.14159265358979").toString(), "3.14159");
  EXPECT_EQ(bin(lit("1.0"), ConstOp::QuoExact, Constant::makeInt64(3)).toString(), "0.333333");
  EXPECT_EQ(lit("1e300").toString(), "1e+300");
  EXPECT_EQ(lit("0x1p-2").toString(), "0.25");
  EXPECT_EQ(lit("2.5i").toString(), "(0 + 2.5i)");
  EXPECT_EQ(lit("123456.7").toString(), "123457");
  EXPECT_EQ(lit("1234567.8").toString(), "1.23457e+06");
  EXPECT_EQ(lit("1e21").toString(), "1e+21");
  EXPECT_EQ(lit("100000000000000000000000.0").toString(), "1e+23");
  EXPECT_EQ(lit("1e1000").toString(), "1e+1000");
  EXPECT_EQ(Constant::makeBool(true).toString(), "true");
}
