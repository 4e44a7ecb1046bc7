// types_test.cpp — Go's amd64 layout, type identity and type printing.
//
// The expected numbers come from real Go (go1.19, linux/amd64), this program:
//
//   type A struct { a bool; b int64; c bool }
//   type B struct { a int32; b struct{} }
//   type C struct { a byte; b int16; c complex64; d string; e []int; f interface{}; g [3]int8 }
//   fmt.Println(unsafe.Sizeof(a), unsafe.Alignof(a), unsafe.Offsetof(a.b), unsafe.Offsetof(a.c))
//     → 24 8 8 16
//   fmt.Println(unsafe.Sizeof(b), unsafe.Alignof(b), unsafe.Offsetof(b.b))      → 8 4 4
//   fmt.Println(unsafe.Sizeof(c), unsafe.Alignof(c), offsets of b c d e f g)   → 80 8 2 4 16 32 56 72
//   fmt.Println(unsafe.Sizeof(struct{}{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof(complex128(0)),
//               unsafe.Alignof(complex64(0)))                                   → 0 0 16 4
//   fmt.Printf("%T|%T|%T|%T|%T\n", struct{ X int `json:"x"`; A }{}, map[string][]*A{},
//              func(int, ...string) (int, error) {...}, make(<-chan int), [3]func(){})
//     → struct { X int "json:\"x\""; main.A }|map[string][]*main.A|func(int, ...string) (int, error)|<-chan int|[3]func()
//   var e interface{ M(); N() int }; fmt.Printf("%T %T\n", &e, struct{}{})
//     → *interface { M(); N() int } struct {}
#include <gtest/gtest.h>

#include <iostream>

#include "frontend/diag.h"
#include "frontend/stages.h"
#include "frontend/types.h"

namespace minigo {
namespace {

class TypesTest : public ::testing::Test {
 protected:
  void SetUp() override { initUniverse(); }
  static Type* named(const std::string& sym, Type* u) {
    Type* t = newNamed("main", sym);
    setUnderlying(t, u);
    calcSize(t);
    return t;
  }
};

TEST_F(TypesTest, BasicSizes) {
  EXPECT_EQ(types::Bool->size, 1);
  EXPECT_EQ(types::Int->size, 8);
  EXPECT_EQ(types::Int32->size, 4);
  EXPECT_EQ(types::Complex64->size, 8);
  EXPECT_EQ(types::Complex64->align, 4);
  EXPECT_EQ(types::Complex128->size, 16);
  EXPECT_EQ(types::String->size, 16);
  Type* s = newSlice(types::Int);
  calcSize(s);
  EXPECT_EQ(s->size, 24);
  Type* i = newInterface({}, {});
  calcSize(i);
  EXPECT_EQ(i->size, 16);
}

TEST_F(TypesTest, StructLayoutA) {
  Type* a = named("A", newStruct({{"a", types::Bool}, {"b", types::Int64}, {"c", types::Bool}}));
  EXPECT_EQ(a->size, 24);
  EXPECT_EQ(a->align, 8);
  EXPECT_EQ(a->fields[1].offset, 8);
  EXPECT_EQ(a->fields[2].offset, 16);
  EXPECT_FALSE(a->hasPointers);
}

TEST_F(TypesTest, TrailingZeroSizeFieldIsPadded) {
  Type* empty = newStruct({});
  calcSize(empty);
  EXPECT_EQ(empty->size, 0);
  Type* b = named("B", newStruct({{"a", types::Int32}, {"b", empty}}));
  EXPECT_EQ(b->size, 8);
  EXPECT_EQ(b->align, 4);
  EXPECT_EQ(b->fields[1].offset, 4);
  Type* arr0 = newArray(types::Int, 0);
  calcSize(arr0);
  EXPECT_EQ(arr0->size, 0);
}

TEST_F(TypesTest, StructLayoutC) {
  Type* c = named("C", newStruct({{"a", types::Uint8},
                                  {"b", types::Int16},
                                  {"c", types::Complex64},
                                  {"d", types::String},
                                  {"e", newSlice(types::Int)},
                                  {"f", newInterface({}, {})},
                                  {"g", newArray(types::Int8, 3)}}));
  EXPECT_EQ(c->size, 80);
  EXPECT_EQ(c->align, 8);
  int64_t want[] = {0, 2, 4, 16, 32, 56, 72};
  for (int i = 0; i < 7; i++) EXPECT_EQ(c->fields[i].offset, want[i]) << "field " << i;
  EXPECT_TRUE(c->hasPointers);
  EXPECT_FALSE(c->comparable);  // contains a slice
}

TEST_F(TypesTest, InterningAndIdentity) {
  EXPECT_EQ(newSlice(types::Int), newSlice(types::Int));
  EXPECT_EQ(newMap(types::String, types::Int), newMap(types::String, types::Int));
  EXPECT_NE(newChan(types::Int, CDRecv), newChan(types::Int, CDBoth));
  EXPECT_TRUE(identical(newPtr(types::Int), newPtr(types::Int)));
  Type* t1 = named("T1", types::Int);
  Type* t2 = named("T2", types::Int);
  EXPECT_FALSE(identical(t1, t2));
  EXPECT_FALSE(identical(t1, types::Int));
  EXPECT_TRUE(identical(t1, t1));
  // Parameter names are not part of a function type's identity.
  EXPECT_EQ(newFunc({{"a", types::Int}}, {}, false), newFunc({{"b", types::Int}}, {}, false));
  EXPECT_EQ(types::Byte, types::Uint8);
  EXPECT_EQ(types::Rune, types::Int32);
}

TEST_F(TypesTest, TypeStringAsReflect) {
  Type* a = named("A", newStruct({{"a", types::Bool}}));
  Field x{"X", types::Int};
  x.tag = "json:\"x\"";
  Field emb{"A", a};
  emb.embedded = true;
  EXPECT_EQ(typeString(newStruct({x, emb})), "struct { X int \"json:\\\"x\\\"\"; main.A }");
  EXPECT_EQ(typeString(newMap(types::String, newSlice(newPtr(a)))), "map[string][]*main.A");
  EXPECT_EQ(typeString(newFunc({{"", types::Int}, {"", newSlice(types::String)}}, {{"", types::Int}, {"", types::Error}}, true)),
            "func(int, ...string) (int, error)");
  EXPECT_EQ(typeString(newChan(types::Int, CDRecv)), "<-chan int");
  EXPECT_EQ(typeString(newArray(newFunc({}, {}, false), 3)), "[3]func()");
  Method m{"M", newFunc({}, {}, false)};
  Method n{"N", newFunc({}, {{"", types::Int}}, false)};
  EXPECT_EQ(typeString(newPtr(newInterface({n, m}, {}))), "*interface { M(); N() int }");
  EXPECT_EQ(typeString(newStruct({})), "struct {}");
  EXPECT_EQ(typeString(newInterface({}, {})), "interface {}");
}

TEST_F(TypesTest, TypeStringForErrors) {
  Type* t = named("T", types::Int);
  EXPECT_EQ(typeStringForError(t), "T");
  EXPECT_EQ(typeStringForError(newPtr(t)), "*T");
  EXPECT_EQ(typeStringForError(types::UntypedInt), "untyped int");
  EXPECT_EQ(typeStringForError(types::UntypedNil), "untyped nil");
  EXPECT_EQ(typeStringForError(newInterface({}, {})), "interface{}");
  Method m{"M", newFunc({}, {}, false)};
  EXPECT_EQ(typeStringForError(newInterface({m}, {})), "interface{M()}");
}

TEST_F(TypesTest, DirectIface) {
  EXPECT_TRUE(newPtr(types::Int)->isDirectIface());
  EXPECT_FALSE(types::Int->isDirectIface());
  EXPECT_FALSE(types::String->isDirectIface());
  Type* one = newStruct({{"p", newPtr(types::Int)}});
  EXPECT_TRUE(one->isDirectIface());
  EXPECT_TRUE(newArray(newPtr(types::Int), 1)->isDirectIface());
}

}  // namespace
}  // namespace minigo

namespace minigo {
namespace {

// Typecheck's rewrites, checked on small programs (parse → typecheck).
struct Checked {
  Package* pkg = new Package();
  Diagnostics diags{"x.go"};
  bool ok = false;
  explicit Checked(const std::string& src) {
    initUniverse();
    pkg->filename = "x.go";
    ok = parseFile(src, pkg, diags) && typecheck(pkg, diags);
  }
  Func* func(const std::string& name) {
    for (Func* f : pkg->funcs)
      if (f->name == name) return f;
    return nullptr;
  }
};

Node* findOp(Node* n, Op op) {
  if (!n) return nullptr;
  if (n->op == op) return n;
  for (Node* c : {n->left, n->right, n->cond})
    if (Node* r = findOp(c, op)) return r;
  for (auto* v : {&n->init, &n->list, &n->rlist, &n->body})
    for (Node* c : *v)
      if (Node* r = findOp(c, op)) return r;
  return nullptr;
}

Node* findInFunc(Func* f, Op op) {
  for (Node* s : f->body)
    if (Node* r = findOp(s, op)) return r;
  return nullptr;
}

TEST(TypecheckTest, RewritesAndNames) {
  Checked c(R"(package main

import "fmt"

type T struct{ a, b int }

func (t *T) Inc() { t.a++ }

func main() {
	s := "a"
	s = s + "b" + s
	m := map[string]int{"k": 1}
	v, ok := m["k"]
	var t T
	t.Inc()
	f := func() int { return v }
	fmt.Println(s, v, ok, f(), t.b)
}
)");
  ASSERT_TRUE(c.ok) << (c.diags.errors().empty() ? "" : c.diags.errors()[0].msg);
  Func* mainf = c.func("main.main");
  ASSERT_NE(mainf, nullptr);
  Node* add = findInFunc(mainf, OADDSTR);
  ASSERT_NE(add, nullptr);
  EXPECT_EQ(add->list.size(), 3u);
  EXPECT_NE(findInFunc(mainf, OAS2MAPR), nullptr);
  EXPECT_NE(findInFunc(mainf, OCALLMETH), nullptr);
  Node* dot = findInFunc(mainf, ODOT);
  ASSERT_NE(dot, nullptr);
  EXPECT_EQ(dot->offset, 8);  // t.b
  EXPECT_NE(c.func("main.(*T).Inc"), nullptr);
  Func* lit = c.func("main.main.func1");
  ASSERT_NE(lit, nullptr);
  ASSERT_EQ(lit->cvars.size(), 1u);
  EXPECT_EQ(lit->cvars[0]->sym, "v");
  EXPECT_NE(findInFunc(mainf, OCONVIFACE), nullptr);
  // &t for the pointer-receiver call: t moves to the heap.
  escapeAnalysis(c.pkg, false, std::cerr);
  for (Name* n : mainf->dcl)
    if (n->sym == "t") EXPECT_TRUE(n->escapes);
}

TEST(TypecheckTest, InitOrderFollowsDependencies) {
  Checked c(R"(package main

var a = b + 1
var b = f()
var c = 1

func f() int { return c * 2 }

func main() { println(a) }
)");
  ASSERT_TRUE(c.ok);
  ASSERT_EQ(c.pkg->initOrder.size(), 3u);
  EXPECT_EQ(c.pkg->initOrder[0]->left->name_->sym, "c");
  EXPECT_EQ(c.pkg->initOrder[1]->left->name_->sym, "b");
  EXPECT_EQ(c.pkg->initOrder[2]->left->name_->sym, "a");
}

TEST(TypecheckTest, UntypedConstants) {
  Checked c(R"(package main

const big = 1 << 100
const small = big >> 98

func main() {
	var f float32 = 1.0 / 3
	var s uint = 2
	x := 1 << s
	println(small, f, x)
}
)");
  ASSERT_TRUE(c.ok);
  Func* mainf = c.func("main.main");
  Node* sh = findInFunc(mainf, OLSH);
  ASSERT_NE(sh, nullptr);
  EXPECT_EQ(sh->type, types::Int);  // 1 << s takes int from x's default type
}

}  // namespace
}  // namespace minigo
