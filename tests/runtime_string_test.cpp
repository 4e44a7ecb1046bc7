// Unit tests of strings, print formatting and runtime error texts
// (src/runtime/string.*, print.*, error.*). Expected outputs come from real
// Go, kept next to their programs in tests/data/ (utf8_decode, print_builtin,
// runtime_errors).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/stages.h"
#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/print.h"
#include "runtime/string.h"

using namespace minigo;
using namespace minigo::rt;

static std::vector<std::string> golden(const char* name) {
  std::string f = __FILE__;
  std::ifstream in(f.substr(0, f.rfind('/')) + "/data/" + name);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

static std::string str(GoString s) { return std::string(toView(s)); }

TEST(RuntimeString, Concat) {
  GoString a = gostring("foo"), b = gostring("bar"), e{nullptr, 0};
  GoString v[] = {a, e, b, a};
  EXPECT_EQ(str(concatstrings(v, 4)), "foobarfoo");
  GoString w[] = {e, b, e};
  GoString r = concatstrings(w, 3);
  EXPECT_EQ(r.ptr, b.ptr);  // the only non-empty operand is returned as is
  EXPECT_EQ(concatstrings(w, 0).len, 0);
  EXPECT_EQ(str(concatstring2(a, b)), "foobar");
}

TEST(RuntimeString, Compare) {
  auto c = [](const char* x, const char* y) { return cmpstring(gostring(x), gostring(y)); };
  EXPECT_EQ(c("a", "b"), -1);
  EXPECT_EQ(c("b", "a"), 1);
  EXPECT_EQ(c("ab", "abc"), -1);
  EXPECT_EQ(c("abc", "ab"), 1);
  EXPECT_EQ(c("", ""), 0);
  EXPECT_EQ(c("\xff", "a"), 1);  // bytes are unsigned
  EXPECT_TRUE(eqstring(gostring("xyz"), gostring("xyz")));
  EXPECT_FALSE(eqstring(gostring("xyz"), gostring("xy")));
}

TEST(RuntimeString, ByteAndRuneSlices) {
  GoString s = gostring("h\xc3\xa9llo");
  GoSlice b = stringtoslicebyte(s);
  EXPECT_EQ(b.len, 6);
  EXPECT_EQ(str(slicebytetostring(b)), "h\xc3\xa9llo");
  GoSlice r = stringtoslicerune(s);
  ASSERT_EQ(r.len, 5);
  EXPECT_EQ(static_cast<int32_t*>(r.ptr)[1], 0xe9);
  EXPECT_EQ(str(slicerunetostring(r)), "h\xc3\xa9llo");
  uint8_t one = 'x';
  EXPECT_EQ(str(slicebytetostring(&one, 1)), "x");
  int32_t bad[] = {65, -1, 0xd800, 0x10ffff, 0x110000, 0xe9};
  EXPECT_EQ(str(slicerunetostring(GoSlice{bad, 6, 6})),
            "A\xef\xbf\xbd\xef\xbf\xbd\xf4\x8f\xbf\xbf\xef\xbf\xbd\xc3\xa9");  // Go: true
}

// Go's for-range over each case of utf8_decode.go gives "i:r ..." then len([]rune(s)).
TEST(RuntimeString, DecoderuneMatchesGo) {
  const char* cases[] = {
      "abc", "h\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
      "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\x9f\xbf",
      "\xf0\x80\x80\x80", "\xf0\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80",
      "\x80", "\xbf", "\xc2", "\xe2\x82", "\xf0\x9f\x98", "\xff\xfe", "a\xc3(b", "\xef\xbf\xbd",
  };
  auto g = golden("utf8_decode.txt");
  ASSERT_GE(g.size(), 23u) << "missing tests/data/utf8_decode.txt";
  for (int c = 0; c < 23; c++) {
    GoString s = gostring(cases[c]);
    std::string got;
    for (int64_t k = 0; k < s.len;) {
      DecodedRune d = decoderune(s, k);
      got += std::to_string(k) + ":" + std::to_string(d.r) + " ";
      k = d.pos;
    }
    got += std::to_string(countrunes(s));
    EXPECT_EQ(got, g[c]) << "case " << c;
  }
}

// string(v) for integer v: the second %q column of utf8_decode.txt.
TEST(RuntimeString, IntstringMatchesGo) {
  int64_t vs[] = {65, 0xe9, 0x20ac, 0x1f600, -1, 0xd800, 0xdfff, 0x10ffff, 0x110000, int64_t(1) << 40};
  auto g = golden("utf8_decode.txt");
  ASSERT_GE(g.size(), 33u);
  for (int i = 0; i < 10; i++) {
    std::string line = g[23 + i];
    std::string q = line.substr(line.rfind(' ') + 1);  // "…"
    std::string want = q.substr(1, q.size() - 2);
    if (want.rfind("\\U", 0) == 0) {
      uint8_t buf[4];
      int n = encoderune(buf, int32_t(std::stoul(want.substr(2), nullptr, 16)));
      want.assign(reinterpret_cast<char*>(buf), size_t(n));
    }
    EXPECT_EQ(str(intstring(vs[i])), want) << vs[i];
  }
}

TEST(RuntimeString, Encoderune) {
  uint8_t b[4];
  EXPECT_EQ(encoderune(b, 0x7f), 1);
  EXPECT_EQ(encoderune(b, 0x80), 2);
  EXPECT_EQ(encoderune(b, 0x7ff), 2);
  EXPECT_EQ(encoderune(b, 0x800), 3);
  EXPECT_EQ(encoderune(b, 0xffff), 3);
  EXPECT_EQ(encoderune(b, 0x10000), 4);
  EXPECT_EQ(encoderune(b, 0xd800), 3);
  EXPECT_EQ(b[0], 0xef);  // U+FFFD
  EXPECT_EQ(runeLen(-5), 3);
  EXPECT_EQ(runeLen(0x10ffff), 4);
}

// println's formats against tests/data/print_builtin.txt (Go's stderr).
TEST(RuntimePrint, FormatsMatchGo) {
  auto g = golden("print_builtin.txt");
  ASSERT_EQ(g.size(), 9u) << "missing tests/data/print_builtin.txt";
  auto line = [](std::initializer_list<std::function<void(std::string&)>> items) {
    std::string s;
    bool first = true;
    for (auto& f : items) {
      if (!first) s += ' ';
      first = false;
      f(s);
    }
    return s;
  };
  auto I = [](int64_t v) { return [v](std::string& s) { fmtint(s, v); }; };
  auto U = [](uint64_t v) { return [v](std::string& s) { fmtuint(s, v); }; };
  auto F = [](double v) { return [v](std::string& s) { fmtfloat(s, v); }; };
  auto C = [](double r, double i) { return [r, i](std::string& s) { fmtcomplex(s, r, i); }; };
  auto S = [](const char* v) { return [v](std::string& s) { s += v; }; };
  EXPECT_EQ(line({I(0), I(1), I(-1), I(42), I(INT64_MAX), I(INT64_MIN)}), g[0]);
  EXPECT_EQ(line({U(UINT64_MAX), U(200), U(12345)}), g[1]);
  EXPECT_EQ(line({F(1.5), F(-2.25), F(0.0), F(1e100), F(1e-100), F(123456789.0), F(0.1), F(1.0 / 3.0),
                  F(99999995.0), F(9.9999999)}),
            g[2]);
  EXPECT_EQ(line({F(INFINITY), F(-INFINITY), F(NAN), F(-0.0), F(double(0.1f)), F(1.7976931348623157e308),
                  F(4.9406564584124654e-324)}),
            g[3]);
  EXPECT_EQ(line({C(1, 2), C(-1.5, INFINITY), C(double(0.1f), double(-0.2f))}), g[4]);
  EXPECT_EQ(line({S("true"), S("false"), S("hello"), S("")}), g[5]);
  std::string nils;
  fmtpointer(nils, nullptr);
  nils += " [0/0]";
  fmtpointer(nils, nullptr);
  nils += " (";
  fmthex(nils, 0);
  nils += ",";
  fmthex(nils, 0);
  nils += ") ";
  fmtpointer(nils, nullptr);
  EXPECT_EQ(nils, g[6]);
  EXPECT_EQ(line({S("nospaces12")}), g[7]);  // print: no separators
  EXPECT_EQ(line({I(3), I(10)}), g[8]);
  std::string h;
  fmthex(h, 0xdeadbeef);
  EXPECT_EQ(h, "0xdeadbeef");
}

TEST(RuntimeError, TextsMatchGo) {
  initUniverse();
  auto g = golden("runtime_errors.txt");
  ASSERT_EQ(g.size(), 29u) << "missing tests/data/runtime_errors.txt";
  Type* ints = newSlice(types::Int);
  calcSize(ints);
  Type* stringer = newNamed("fmt", "Stringer");
  Method m;
  m.name = "String";
  m.type = newFunc({}, {Field{"", types::String}}, false);
  setUnderlying(stringer, newInterface({m}, {}));
  calcSize(stringer);
  std::vector<RuntimeError> es = {
      makeBoundsError(boundsIndex, 5, true, 3),
      makeBoundsError(boundsIndex, -2, true, 3),
      makeBoundsError(boundsIndex, 5, true, 3),
      makeBoundsError(boundsIndex, 7, false, 3),
      makeBoundsError(boundsSliceAcap, 5, true, 3),
      makeBoundsError(boundsSliceAlen, 5, true, 3),
      makeBoundsError(boundsSliceB, 1, true, 0),
      makeBoundsError(boundsSliceB, -2, true, 3),
      makeBoundsError(boundsSlice3Acap, 5, true, 3),
      makeBoundsError(boundsSlice3B, 5, true, 2),
      makeBoundsError(boundsSlice3C, 1, true, 0),
      makeBoundsError(boundsSliceAcap, -2, true, 3),
      makeBoundsError(boundsConvert, 4, true, 3),
      makeError(ErrDivide),
      makeError(ErrNilMapAssign),
      makeError(ErrNilDeref),
      makeError(ErrNegativeShift),
      makeError(ErrMakesliceLen),
      makeError(ErrMakesliceCap),
      makeError(ErrUnhashable, ints),
      makeError(ErrUncomparable, ints),
      makeTypeAssertionError(types::Any, types::String, types::Int),
      makeTypeAssertionError(types::Any, nullptr, types::Int),
      makeTypeAssertionError(types::Any, types::Int, stringer, "String"),
      makeTypeAssertionError(nullptr, nullptr, stringer),
      makeError(ErrCloseNil),
      makeError(ErrCloseClosed),
      makeError(ErrSendClosed),
      makeError(ErrMakechanSize),
  };
  for (size_t i = 0; i < es.size(); i++) EXPECT_EQ(es[i].text(), g[i]) << i;
  EXPECT_EQ(makeError(ErrDeadlock).text(), "all goroutines are asleep - deadlock!");
  EXPECT_TRUE(makeError(ErrDeadlock).isFatal());
  EXPECT_FALSE(makeError(ErrCloseNil).isFatal());
}

// The print* entry points write Go's formats to stderr, one write per statement.
TEST(RuntimePrint, WritesToStderr) {
  testing::internal::CaptureStderr();
  printlock();
  printint(-7);
  printsp();
  printfloat(2.5);
  printsp();
  printbool(true);
  printsp();
  printstring(gostring("s"));
  printsp();
  printslice(GoSlice{nullptr, 3, 4});
  printsp();
  printeface(Eface{nullptr, nullptr});
  printsp();
  printuint(9);
  printnl();
  printunlock();
  printstring("unlocked\n");
  EXPECT_EQ(testing::internal::GetCapturedStderr(),
            "-7 +2.500000e+000 true s [3/4]0x0 (0x0,0x0) 9\nunlocked\n");
}
