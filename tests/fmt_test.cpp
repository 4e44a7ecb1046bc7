// fmt_test.cpp — Go's printf engine (src/runtime/fmt.cpp) on Eface arguments.
//
// Expected output comes from real Go: tests/data/fmt_cases.go prints
// tests/data/fmt_cases.txt ("N|output"); case N here builds the same values.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <map>
#include <vector>

#include "frontend/types.h"
#include "runtime/fmt.h"

using namespace minigo;
using namespace minigo::rt;

namespace {

Type* basic(Kind k, const char* name) {
  auto* t = new Type;
  t->kind = k;
  t->sym = name;
  calcSize(t);
  return t;
}

Type* tInt = basic(TINT, "int");
Type* tInt8 = basic(TINT8, "int8");
Type* tInt32 = basic(TINT32, "int32");
Type* tInt64 = basic(TINT64, "int64");
Type* tUint = basic(TUINT, "uint");
Type* tUint8 = basic(TUINT8, "uint8");
Type* tUint64 = basic(TUINT64, "uint64");
Type* tFloat32 = basic(TFLOAT32, "float32");
Type* tFloat64 = basic(TFLOAT64, "float64");
Type* tComplex128 = basic(TCOMPLEX128, "complex128");
Type* tString = basic(TSTRING, "string");
Type* tBool = basic(TBOOL, "bool");

Type* named(const char* sym, Type* u) {
  Type* t = newNamed("main", sym);
  setUnderlying(t, u);
  calcSize(t);
  return t;
}

Type* structOf(std::vector<std::pair<const char*, Type*>> fs) {
  std::vector<Field> fields;
  for (auto& [n, t] : fs) {
    Field f;
    f.name = n;
    f.type = t;
    fields.push_back(f);
  }
  Type* t = newStruct(fields);
  calcSize(t);
  return t;
}

Type* tT = named("T", structOf({{"A", tInt}, {"B", tString}}));
Type* tS = named("S", tInt);
Type* tP = named("P", structOf({{"x", tInt}, {"Y", tFloat64}}));
Type* tE = named("E", structOf({{"msg", tString}}));
Type* tPE = [] { Type* t = newPtr(tE); calcSize(t); return t; }();
Type* tB = named("B", [] { Type* t = newSlice(tUint8); calcSize(t); return t; }());
Type* sliceOf(Type* e) { Type* t = newSlice(e); calcSize(t); return t; }
Type* arrayOf(Type* e, int64_t n) { Type* t = newArray(e, n); calcSize(t); return t; }
Type* ptrTo(Type* e) { Type* t = newPtr(e); calcSize(t); return t; }
Type* tAny = [] { Type* t = newInterface({}, {}); calcSize(t); return t; }();

// Values live in an arena that outlives each test case.
std::vector<std::unique_ptr<uint8_t[]>> arena;
void* alloc(size_t n) {
  arena.emplace_back(new uint8_t[n ? n : 1]());
  return arena.back().get();
}
template <class T>
Eface box(Type* t, const T& v) {
  void* p = alloc(sizeof v);
  memcpy(p, &v, sizeof v);
  if (t->isDirectIface()) return {t, *static_cast<void**>(p)};
  return {t, p};
}
GoString gs(const std::string& s) {
  char* p = static_cast<char*>(alloc(s.size()));
  memcpy(p, s.data(), s.size());
  return {reinterpret_cast<const uint8_t*>(p), int64_t(s.size())};
}
Eface I(int64_t v) { return box(tInt, v); }
Eface F(double v) { return box(tFloat64, v); }
Eface Str(const std::string& s) { return box(tString, gs(s)); }
Eface Bool(bool b) { return box(tBool, uint8_t(b)); }
Eface R(int32_t r) { return box(tInt32, r); }
Eface Nil() { return {nullptr, nullptr}; }
template <class T>
Eface slice(Type* st, const std::vector<T>& v) {
  T* p = static_cast<T*>(alloc(sizeof(T) * v.size()));
  for (size_t i = 0; i < v.size(); i++) p[i] = v[i];
  return box(st, GoSlice{p, int64_t(v.size()), int64_t(v.size())});
}
struct TV {
  int64_t A;
  GoString B;
};
struct PV {
  int64_t x;
  double Y;
};

// String() for main.S, Error() for *main.E.
struct FakeCaller : MethodCaller {
  MethodCall callStringMethod(const Eface& v, std::string_view name, std::string* result, Eface*) override {
    if (v.type == tS && name == "String") {
      *result = "S<" + std::to_string(*static_cast<int64_t*>(v.data)) + ">";
      return MethodCall::Ok;
    }
    if (v.type == tPE && name == "Error") {
      GoString m = *static_cast<GoString*>(v.data);
      *result = "E:" + std::string(reinterpret_cast<const char*>(m.ptr), size_t(m.len));
      return MethodCall::Ok;
    }
    return MethodCall::NoMethod;
  }
} caller;

std::string gosprintf(const char* f, std::vector<Eface> a) { return Sprintf(f, a.data(), a.size(), &caller); }

std::map<int, std::string> expected() {
  std::string file = __FILE__;
  std::ifstream in(file.substr(0, file.rfind('/')) + "/data/fmt_cases.txt");
  std::map<int, std::string> m;
  std::string line;
  while (std::getline(in, line)) {
    size_t bar = line.find('|');
    std::string out = line.substr(bar + 1), un;
    for (size_t i = 0; i < out.size(); i++) {  // ¶ stands for a newline
      if (out.compare(i, 2, "\xc2\xb6") == 0) un += '\n', i++;
      else un += out[i];
    }
    m[std::stoi(line.substr(0, bar))] = un;
  }
  return m;
}

}  // namespace

TEST(Fmt, GoCases) {
  auto want = expected();
  ASSERT_GE(want.size(), 40u);
  std::map<int, std::string> got;
  double pi = M_PI;
  Eface t1 = box(tT, TV{1, gs("x")});
  std::vector<Eface> a1 = {I(1), Str("a"), F(2.5), Bool(true), Nil()};
  got[1] = Sprintln(a1.data(), a1.size(), &caller);
  std::vector<Eface> a2 = {I(1), I(2), Str("a"), Str("b"), I(3), Str("c")};
  got[2] = Sprint(a2.data(), a2.size(), &caller);
  got[3] = gosprintf("%d %5d %-5d| %05d %+d %x %X %o %O %b %#x %#o", {I(42), I(42), I(42), I(-42), I(42), I(255), I(255), I(8), I(8), I(5), I(255), I(8)});
  got[4] = gosprintf("%s %q %v %10s|%-10s|%.2s %x % x %#q", {Str("hi"), Str("hi\n"), Str("hi"), Str("hi"), Str("hi"), Str("hello"), Str("hi"), Str("hi"), Str("a`b")});
  got[5] = gosprintf("%v %g %f %.2f %e %E %G %8.3f %-8.3f| %+.1e %08.3f", {F(3.5), F(1e21), F(pi), F(pi), F(123456.789), F(0.000123), F(1e-7), F(pi), F(pi), F(12345.678), F(-3.14159)});
  std::vector<Eface> a6 = {F(1e6), F(1e20), F(1e21), F(123456789.0), F(0.0001), F(0.00001), box(tFloat32, 0.1f), F(100)};
  got[6] = Sprint(a6.data(), a6.size(), &caller);
  got[7] = gosprintf("%t %v %c %q %U %#U", {Bool(true), Bool(false), R('x'), R('x'), I(0x1F600), R('x')});
  got[8] = gosprintf("%v %+v %#v", {t1, t1, t1});
  Type* ints = sliceOf(tInt);
  got[9] = gosprintf("%v %d %#v %v", {slice<int64_t>(ints, {1, 2, 3}), slice<int64_t>(ints, {1, 2}), slice<int64_t>(ints, {1}), box(arrayOf(tBool, 2), std::array<uint8_t, 2>{1, 0})});
  Type* bytes = sliceOf(tUint8);
  auto hi = [&] { return slice<uint8_t>(bytes, {'h', 'i'}); };
  got[10] = gosprintf("%v %s %x %X %q %#v", {hi(), hi(), hi(), slice<uint8_t>(bytes, {1, 171}), hi(), slice<uint8_t>(bytes, {1, 2})});
  void* tp = alloc(sizeof(TV));
  *static_cast<TV*>(tp) = TV{2, gs("y")};
  Eface sl = slice<int64_t>(ints, {1});
  got[11] = gosprintf("%v %+v", {Eface{ptrTo(tT), tp}, Eface{ptrTo(ints), sl.data}});
  got[12] = gosprintf("%v %s %d %x", {box(tS, int64_t(3)), box(tS, int64_t(4)), box(tS, int64_t(5)), box(tS, int64_t(6))});
  got[13] = gosprintf("%v|%+v", {box(tP, PV{1, 2.5}), box(tP, PV{1, 2.5})});
  got[14] = gosprintf("%d %s", {Str("str"), I(12)});
  got[15] = gosprintf("%d", {I(1), I(2), Str("x")});
  got[16] = gosprintf("%d %d", {I(1)});
  got[17] = gosprintf("%!", {});
  got[18] = gosprintf("%[2]d %[1]d %[3]d", {I(1), I(2)});
  got[19] = gosprintf("%*d|%-*d|%.*f", {I(5), I(1), I(5), I(2), I(2), F(pi)});
  Eface ifs[4] = {I(1), Str("a"), Nil(), F(2.5)};
  Eface ssl = slice<int64_t>(sliceOf(tS), {1, 2});
  got[20] = gosprintf("%v %v", {box(sliceOf(tAny), GoSlice{ifs, 4, 4}), ssl});
  struct C {
    double r, i;
  };
  got[21] = gosprintf("%v %.3v %10.4v|", {box(tComplex128, C{1, 2}), box(tComplex128, C{1.5, -2.5}), F(3.14159)});
  void* e1 = alloc(16);
  *static_cast<GoString*>(e1) = gs("boom");
  void* e2 = alloc(16);
  *static_cast<GoString*>(e2) = gs("x");
  got[22] = gosprintf("%v %s", {Eface{tPE, e1}, Eface{tPE, e2}});
  got[23] = gosprintf("%6.2f|%-8v|%08d|%+08d|% d|%x", {F(3.14159), Str("ab"), I(-42), I(42), I(42), I(-255)});
  got[24] = gosprintf("%v %v %v %v", {F(INFINITY), F(-INFINITY), F(NAN), F(0)});
  got[25] = gosprintf("%5.1f|%-7.2e|%#g|%#.3x", {F(INFINITY), F(1234.5), F(1.0), F(1.0)});
  got[26] = gosprintf("%v %s", {slice<uint8_t>(tB, {'a', 'b'}), slice<uint8_t>(tB, {'a', 'b'})});
  got[27] = gosprintf("%T %T %T %T %T %T", {I(1), Str("a"), F(2.5), slice<int64_t>(ints, {}), box(tT, TV{0, {nullptr, 0}}), Eface{ptrTo(tT), tp}});
  got[28] = gosprintf("%v %d", {box(tUint8, uint8_t(200)), box(tInt8, int8_t(-5))});
  got[29] = gosprintf("%#v %#v %#v %#v", {I(42), Str("q"), box(tUint, uint64_t(7)), box(sliceOf(tString), GoSlice{new GoString(gs("a")), 1, 1})});
  got[30] = gosprintf("%z %-z", {I(3), Str("s")});
  got[31] = gosprintf("%.0f %.0f %.0f %.1f", {F(0.5), F(1.5), F(2.5), F(0.25)});
  got[32] = gosprintf("%x %X %.3x", {Str("héllo"), Str("xyz"), Str("abcdef")});
  got[33] = gosprintf("%c%c%c %q", {I(72), I(0x4e16), I(-1), I(0x10FFFF + 1)});
  struct AB {
    GoSlice a;
    void* b;
  };
  Type* anon = structOf({{"A", ints}, {"B", ptrTo(tInt)}});
  got[34] = gosprintf("%v", {box(anon, AB{GoSlice{new int64_t(1), 1, 1}, nullptr})});
  got[35] = gosprintf("%s", {Nil()});
  got[36] = gosprintf("%.3s|%.10s|%5.1s|", {Str("日本語日本語"), Str("ab"), Str("xyz")});
  got[37] = gosprintf("%e %g %v", {box(tFloat32, 1.0f / 3), box(tFloat32, 16777216.0f), box(tFloat32, 1e10f)});
  got[38] = gosprintf("%v %v", {box(tInt64, INT64_MIN), box(tUint64, UINT64_MAX)});
  got[39] = gosprintf("%[1]*d|%[3]*.[2]*[1]f", {I(3), I(2), I(8)});
  got[40] = gosprintf("%v %d %s", {Bool(true), Bool(true), F(1.5)});
  for (auto& [n, s] : got) EXPECT_EQ(s, want[n]) << "case " << n;
}
