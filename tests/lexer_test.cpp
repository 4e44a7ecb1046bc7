// lexer_test.cpp — Go's automatic semicolon insertion and every literal form
// (values checked through Constant), plus gc's literal errors and positions.
#include <gtest/gtest.h>

#include <sstream>

#include "GoLexer.h"
#include "frontend/lexer.h"
#include "frontend/stages.h"

namespace minigo {
namespace {

// The token stream as gc would name the tokens, ";" for inserted semicolons.
std::string tokens(const std::string& src) {
  Diagnostics diags("x.go");
  PosMap pm(src);
  antlr4::ANTLRInputStream input(src);
  minigo_grammar::GoLexer lexer(&input);
  lexer.removeErrorListeners();
  GoTokenSource ts(lexer, pm, diags);
  std::string out;
  for (;;) {
    auto t = ts.nextToken();
    if (!out.empty()) out += " ";
    if (t->getType() == antlr4::Token::EOF) return out + "EOF";
    if (t->getType() == minigo_grammar::GoLexer::SEMI) out += t->getText() == ";" ? ";" : "[" + t->getText() + "]";
    else out += t->getText();
  }
}

TEST(Lexer, SemicolonInsertion) {
  EXPECT_EQ(tokens("x\n"), "x [newline] EOF");
  EXPECT_EQ(tokens("x"), "x [EOF] EOF");
  EXPECT_EQ(tokens("return\nbreak\ncontinue\nfallthrough\n"),
            "return [newline] break [newline] continue [newline] fallthrough [newline] EOF");
  EXPECT_EQ(tokens("i++\nj--\n"), "i ++ [newline] j -- [newline] EOF");
  EXPECT_EQ(tokens("f(a,\nb)\n"), "f ( a , b ) [newline] EOF");
  EXPECT_EQ(tokens("a[1]\n}\n"), "a [ 1 ] [newline] } [newline] EOF");
  EXPECT_EQ(tokens("x +\ny\n"), "x + y [newline] EOF");
  EXPECT_EQ(tokens("1\n2.5\n'a'\n\"s\"\n`r`\n3i\n"),
            "1 [newline] 2.5 [newline] 'a' [newline] \"s\" [newline] `r` [newline] 3i [newline] EOF");
  EXPECT_EQ(tokens("x // comment\ny"), "x [newline] y [EOF] EOF");
  EXPECT_EQ(tokens("x /* one line */ y\n"), "x y [newline] EOF");
  EXPECT_EQ(tokens("x /* two\nlines */ y\n"), "x [newline] y [newline] EOF");
  EXPECT_EQ(tokens("if x {\n}\n"), "if x { } [newline] EOF");
  EXPECT_EQ(tokens("a; b\n"), "a ; b [newline] EOF");
  EXPECT_EQ(tokens("x\r\n"), "x [newline] EOF");
  EXPECT_EQ(tokens("func\n(\n"), "func ( EOF");
}

// The value of `var x = LIT`.
Constant literalValue(const std::string& lit) {
  Diagnostics diags("x.go");
  Package pkg;
  bool ok = parseFile("package main\nvar x = " + lit + "\n", &pkg, diags);
  EXPECT_TRUE(ok) << lit;
  if (!ok || pkg.decls.empty() || pkg.decls[0]->rlist.empty()) return Constant();
  Node* n = pkg.decls[0]->rlist[0];
  EXPECT_EQ(n->op, OLITERAL) << lit;
  return n->val;
}

TEST(Lexer, IntegerLiterals) {
  EXPECT_EQ(literalValue("42").int64Val(), 42);
  EXPECT_EQ(literalValue("1_000_000").int64Val(), 1000000);
  EXPECT_EQ(literalValue("0x_Ff").int64Val(), 255);
  EXPECT_EQ(literalValue("0XABCDEF").int64Val(), 0xABCDEF);
  EXPECT_EQ(literalValue("0o17").int64Val(), 15);
  EXPECT_EQ(literalValue("0O17").int64Val(), 15);
  EXPECT_EQ(literalValue("017").int64Val(), 15);
  EXPECT_EQ(literalValue("0").int64Val(), 0);
  EXPECT_EQ(literalValue("0b1011").int64Val(), 11);
  EXPECT_EQ(literalValue("0B_1_1").int64Val(), 3);
  EXPECT_EQ(literalValue("18446744073709551615").uint64Val(), 18446744073709551615ull);
  Constant big = literalValue("123456789012345678901234567890");
  EXPECT_EQ(big.kind(), Constant::Int);
  EXPECT_FALSE(big.fitsUint64());
}

TEST(Lexer, FloatLiterals) {
  EXPECT_EQ(literalValue("1.5").float64Val(), 1.5);
  EXPECT_EQ(literalValue("1.").float64Val(), 1.0);
  EXPECT_EQ(literalValue(".25").float64Val(), 0.25);
  EXPECT_EQ(literalValue("1e3").float64Val(), 1000.0);
  EXPECT_EQ(literalValue("1E-2").float64Val(), 0.01);
  EXPECT_EQ(literalValue("6.022_140e+23").float64Val(), 6.02214e23);
  EXPECT_EQ(literalValue("0x1p-2").float64Val(), 0.25);
  EXPECT_EQ(literalValue("0x1.8p1").float64Val(), 3.0);
  EXPECT_EQ(literalValue("0X.8P0").float64Val(), 0.5);
  EXPECT_EQ(literalValue("089.5").float64Val(), 89.5);  // not octal: it is a float
  EXPECT_EQ(literalValue("1.5").kind(), Constant::Float);
}

TEST(Lexer, ImaginaryLiterals) {
  Constant c = literalValue("2i");
  EXPECT_EQ(c.kind(), Constant::Complex);
  EXPECT_EQ(c.imag().float64Val(), 2.0);
  EXPECT_EQ(c.real().float64Val(), 0.0);
  EXPECT_EQ(literalValue("1.5e1i").imag().float64Val(), 15.0);
  EXPECT_EQ(literalValue("0x1p1i").imag().float64Val(), 2.0);
  EXPECT_EQ(literalValue("0b11i").imag().float64Val(), 3.0);
  EXPECT_EQ(literalValue("017i").imag().float64Val(), 17.0);  // decimal for backwards compatibility
}

TEST(Lexer, RuneLiterals) {
  EXPECT_EQ(literalValue("'a'").int64Val(), 'a');
  EXPECT_EQ(literalValue("'\\a'").int64Val(), 7);
  EXPECT_EQ(literalValue("'\\b'").int64Val(), 8);
  EXPECT_EQ(literalValue("'\\f'").int64Val(), 12);
  EXPECT_EQ(literalValue("'\\n'").int64Val(), 10);
  EXPECT_EQ(literalValue("'\\r'").int64Val(), 13);
  EXPECT_EQ(literalValue("'\\t'").int64Val(), 9);
  EXPECT_EQ(literalValue("'\\v'").int64Val(), 11);
  EXPECT_EQ(literalValue("'\\\\'").int64Val(), '\\');
  EXPECT_EQ(literalValue("'\\''").int64Val(), '\'');
  EXPECT_EQ(literalValue("'\\377'").int64Val(), 255);
  EXPECT_EQ(literalValue("'\\xff'").int64Val(), 255);
  EXPECT_EQ(literalValue("'\\u1234'").int64Val(), 0x1234);
  EXPECT_EQ(literalValue("'\\U00101234'").int64Val(), 0x101234);
  EXPECT_EQ(literalValue("'世'").int64Val(), 0x4e16);
}

TEST(Lexer, StringLiterals) {
  EXPECT_EQ(literalValue("\"hi\"").stringVal(), "hi");
  EXPECT_EQ(literalValue("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"").stringVal(), "\a\b\f\n\r\t\v\\\"");
  EXPECT_EQ(literalValue("\"\\377\\xff\"").stringVal(), "\xff\xff");
  EXPECT_EQ(literalValue("\"\\u00e9\\U0001F600\"").stringVal(), "\xc3\xa9\xf0\x9f\x98\x80");
  EXPECT_EQ(literalValue("\"日本\"").stringVal(), "日本");
  EXPECT_EQ(literalValue("`raw\\n\nline`").stringVal(), "raw\\n\nline");
  EXPECT_EQ(literalValue("`a\r\nb`").stringVal(), "a\nb");  // carriage returns are dropped
  EXPECT_EQ(literalValue("\"\"").stringVal(), "");
}

std::string firstError(const std::string& src) {
  Diagnostics diags("x.go");
  Package pkg;
  if (parseFile(src, &pkg, diags)) return "";
  std::ostringstream os;
  diags.print(os);
  std::string line = os.str().substr(0, os.str().find('\n'));
  return line.rfind("x.go:", 0) == 0 ? line.substr(5) : line;
}

// Messages and positions as `go build` (Go 1.19) reports them.
TEST(Lexer, LiteralErrorsMatchGc) {
  const std::string pre = "package main\n\nfunc main() {\n\tx := ";
  EXPECT_EQ(firstError(pre + "089\n\t_ = x\n}\n"), "4:8: invalid digit '8' in octal literal");
  EXPECT_EQ(firstError(pre + "0x\n}\n"), "4:9: hexadecimal literal has no digits");
  EXPECT_EQ(firstError(pre + "'ab'\n\t_ = x\n}\n"), "4:7: more than one character in rune literal");
  EXPECT_EQ(firstError(pre + "''\n}\n"), "4:8: empty rune literal or unescaped '");
  EXPECT_EQ(firstError(pre + "\"\\q\"\n}\n"), "4:9: unknown escape");
  EXPECT_EQ(firstError(pre + "\"abc\n\t_ = x\n}\n"), "4:11: newline in string");
  EXPECT_EQ(firstError(pre + "'a\n}\n"), "4:9: newline in rune literal");
  EXPECT_EQ(firstError(pre + "`abc\n}\n"), "4:7: string not terminated");
  EXPECT_EQ(firstError("package main\n\nfunc main() {\n}\n/* abc\n"), "5:1: comment not terminated");
  EXPECT_EQ(firstError(std::string("package main\n\nfunc main() {\0}\n", 30)), "3:14: invalid NUL character");
  EXPECT_EQ(firstError(pre + "1 @ 2\n\t_ = x\n}\n"), "4:9: invalid character U+0040 '@'");
  EXPECT_EQ(firstError(pre + "1e\n\t_ = x\n}\n"), "4:9: exponent has no digits");
  EXPECT_EQ(firstError(pre + "1_\n\t_ = x\n}\n"), "4:8: '_' must separate successive digits");
  EXPECT_EQ(firstError(pre + "1__0\n\t_ = x\n}\n"), "4:9: '_' must separate successive digits");
  EXPECT_EQ(firstError(pre + "0b102\n\t_ = x\n}\n"), "4:11: invalid digit '2' in binary literal");
  EXPECT_EQ(firstError(pre + "0o8\n\t_ = x\n}\n"), "4:9: invalid digit '8' in octal literal");
  EXPECT_EQ(firstError(pre + "0x1.8\n\t_ = x\n}\n"), "4:12: hexadecimal mantissa requires a 'p' exponent");
  EXPECT_EQ(firstError(pre + "'\\400'\n\t_ = x\n}\n"), "4:12: octal escape value 256 > 255");
  EXPECT_EQ(firstError(pre + "\"\\xZZ\"\n\t_ = x\n}\n"), "4:10: invalid character 'Z' in hexadecimal escape");
}

}  // namespace
}  // namespace minigo
