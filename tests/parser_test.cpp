// parser_test.cpp — syntax errors (first line compared with what `go build`
// printed for the same input, Go 1.19) and the AST shape of representative
// constructs (conventions: the end of src/frontend/ast.h).
#include <gtest/gtest.h>

#include <sstream>

#include "frontend/ast_dump.h"
#include "frontend/stages.h"

namespace minigo {
namespace {

// Returns "LINE:COL: msg" of the first printed error, or "" if it parsed.
std::string firstError(const std::string& src) {
  Diagnostics diags("x.go");
  Package pkg;
  if (parseFile(src, &pkg, diags)) return "";
  std::ostringstream os;
  diags.print(os);
  std::string line = os.str().substr(0, os.str().find('\n'));
  return line.rfind("x.go:", 0) == 0 ? line.substr(5) : line;
}

struct ErrCase {
  const char* name;
  const char* src;
  const char* gc;  // gc's first error line (file name removed)
};

// Inputs and messages taken from `go build` (Go 1.19) runs.
const ErrCase kErrCases[] = {
    {"args_nl",
     R"GO(package main

func f(a, b int) {}

func main() {
	f(1, 2
	)
}
)GO",
     R"GC(6:8: syntax error: unexpected newline in argument list; possibly missing comma or ))GC"},
    {"assign_op_list",
     R"GO(package main

func main() {
	a, b += 1, 2
}
)GO",
     R"GC(4:7: syntax error: unexpected +=, expecting := or = or comma)GC"},
    {"bad_escape",
     R"GO(package main

func main() {
	x := "\q"
}
)GO",
     R"GC(4:9: unknown escape)GC"},
    {"bad_octal",
     R"GO(package main

func main() {
	x := 089
	_ = x
}
)GO",
     R"GC(4:8: invalid digit '8' in octal literal)GC"},
    {"case_outside",
     R"GO(package main

func main() {
	case 1:
}
)GO",
     R"GC(4:2: syntax error: unexpected case, expecting })GC"},
    {"comment_unterminated",
     R"GO(package main

func main() {
}
/* abc
)GO",
     R"GC(5:1: comment not terminated)GC"},
    {"complit_if",
     R"GO(package main

type T struct{ a int }

func main() {
	if x := T{1}; x.a > 0 {
	}
}
)GO",
     R"GC(6:7: syntax error: cannot use x := T as value)GC"},
    {"complit_if2",
     R"GO(package main

type T struct{ a int }

func main() {
	var x T
	if x == T{1} {
	}
}
)GO",
     R"GC(7:15: syntax error: unexpected { at end of statement)GC"},
    {"complit_nl",
     R"GO(package main

func main() {
	x := []int{1, 2
	}
	_ = x
}
)GO",
     R"GC(4:17: syntax error: unexpected newline in composite literal; possibly missing comma or })GC"},
    {"dup_two_errors",
     R"GO(package main

func main() {
	x := 1 y z
	w := 2 q
}
)GO",
     R"GC(4:9: syntax error: unexpected y at end of statement)GC"},
    {"else_for",
     R"GO(package main

func main() {
	if true {
	} else for {
	}
}
)GO",
     R"GC(5:9: syntax error: else must be followed by if or statement block)GC"},
    {"else_nl",
     R"GO(package main

func main() {
	if true {
	}
	else {
	}
}
)GO",
     R"GC(6:2: syntax error: unexpected else, expecting })GC"},
    {"empty_rune",
     R"GO(package main

func main() {
	x := ''
}
)GO",
     R"GC(4:8: empty rune literal or unescaped ')GC"},
    {"end_stmt",
     R"GO(package main

func main() {
	x := 1 y
}
)GO",
     R"GC(4:9: syntax error: unexpected y at end of statement)GC"},
    {"eof",
     R"GO(package main

func main() {
	x := 1
)GO",
     R"GC(5:1: syntax error: unexpected EOF, expecting })GC"},
    {"for_cond_nl",
     R"GO(package main

func main() {
	x := true
	for x
	{
	}
}
)GO",
     R"GC(6:2: syntax error: unexpected {, expecting for loop condition)GC"},
    {"for_nl",
     R"GO(package main

func main() {
	for i := 0; i < 3; i++
	{
	}
}
)GO",
     R"GC(4:24: syntax error: unexpected newline, expecting { after for clause)GC"},
    {"func_nl_brace",
     R"GO(package main

func main()
{
}
)GO",
     R"GC(4:1: syntax error: unexpected semicolon or newline before {)GC"},
    {"hex_no_digits",
     R"GO(package main

func main() {
	x := 0x
}
)GO",
     R"GC(4:9: hexadecimal literal has no digits)GC"},
    {"if_assign",
     R"GO(package main

func main() {
	if x := 1 {
	}
}
)GO",
     R"GC(4:7: syntax error: cannot use x := 1 as value)GC"},
    {"if_nl",
     R"GO(package main

func main() {
	x := true
	if x
	{
	}
}
)GO",
     R"GC(5:6: syntax error: unexpected newline, expecting { after if clause)GC"},
    {"import_late",
     R"GO(package main

func main() {}

import "fmt"
)GO",
     R"GC(5:1: syntax error: non-declaration statement outside function body)GC"},
    {"invalid_char",
     R"GO(package main

func main() {
	x := 1 @ 2
	_ = x
}
)GO",
     R"GC(4:9: invalid character U+0040 '@')GC"},
    {"map_missing",
     R"GO(package main

func main() {
	m := map[string]int{"a": 1, "b" 2}
}
)GO",
     R"GC(4:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or })GC"},
    {"method_no_name",
     R"GO(package main

func (t T) () {}

func main() {}
)GO",
     R"GC(3:12: syntax error: unexpected (, expecting name or ()GC"},
    {"missing_cond",
     R"GO(package main

func main() {
	if {
	}
}
)GO",
     R"GC(4:5: syntax error: missing condition in if statement)GC"},
    {"missing_fn_body_brace",
     R"GO(package main

func main() {
	for {
}
)GO",
     R"GC(6:1: syntax error: unexpected EOF, expecting })GC"},
    {"mixed_params",
     R"GO(package main

func f(a int, string) {}

func main() {}
)GO",
     R"GC(3:15: syntax error: mixed named and unnamed parameters)GC"},
    {"newline_string",
     R"GO(package main

func main() {
	x := "abc
	_ = x
}
)GO",
     R"GC(4:11: newline in string)GC"},
    {"nondecl",
     R"GO(package main

x := 1

func main() {}
)GO",
     R"GC(3:1: syntax error: non-declaration statement outside function body)GC"},
    {"paren_missing",
     R"GO(package main

func main() {
	x := (1 + 2
	_ = x
}
)GO",
     R"GC(4:13: syntax error: unexpected newline, expecting ))GC"},
    {"range_outside",
     R"GO(package main

func main() {
	x := range 1
}
)GO",
     R"GC(4:7: syntax error: unexpected range, expecting expression)GC"},
    {"raw_unterminated",
     R"GO(package main

func main() {
	x := `abc
}
)GO",
     R"GC(4:7: string not terminated)GC"},
    {"rune_multi",
     R"GO(package main

func main() {
	x := 'ab'
	_ = x
}
)GO",
     R"GC(4:7: more than one character in rune literal)GC"},
    {"rune_unterminated",
     R"GO(package main

func main() {
	x := 'a
}
)GO",
     R"GC(4:9: newline in rune literal)GC"},
    {"semi_cond",
     R"GO(package main

func main() {
	if x := 1; {
	}
}
)GO",
     R"GC(4:11: syntax error: missing condition in if statement)GC"},
    {"star_expr",
     R"GO(package main

func main() {
	x := 1 +
}
)GO",
     R"GC(5:1: syntax error: unexpected }, expecting expression)GC"},
    {"stray_rparen",
     R"GO(package main

func main() {
	x := 1)
}
)GO",
     R"GC(4:8: syntax error: unexpected ) at end of statement)GC"},
    {"struct_missing_type",
     R"GO(package main

type T struct {
	a
	b int,
}

func main() {}
)GO",
     R"GC(5:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or })GC"},
    {"unexp_rbrace",
     R"GO(package main

func main() {
	x := 
}
)GO",
     R"GC(5:1: syntax error: unexpected }, expecting expression)GC"},
    {"unexpected_name",
     R"GO(package main

func main() {
	var x int = 1 2
}
)GO",
     R"GC(4:16: syntax error: unexpected literal 2 at end of statement)GC"},
    {"var_define",
     R"GO(package main

var x := 1

func main() {}
)GO",
     R"GC(3:7: syntax error: unexpected :=, expecting =)GC"},
    {"var_in_expr",
     R"GO(package main

func main() {
	x := var
}
)GO",
     R"GC(4:7: syntax error: unexpected var, expecting expression)GC"},
};

TEST(ParserErrors, MatchGc) {
  for (const auto& c : kErrCases) EXPECT_EQ(firstError(c.src), c.gc) << c.name;
}

TEST(ParserErrors, TooManyErrors) {
  // gc: ten "invalid digit '8' in octal literal" (lines 4..13), then
  // "13:9: too many errors".
  std::string src = "package main\n\nfunc main() {\n";
  for (int i = 0; i < 12; i++) src += "\tx" + std::to_string(i) + " := 08" + std::to_string(i) + "\n";
  src += "}\n";
  Diagnostics diags("x.go");
  Package pkg;
  EXPECT_FALSE(parseFile(src, &pkg, diags));
  std::ostringstream os;
  diags.print(os);
  std::string out = os.str();
  EXPECT_NE(out.find("x.go:4:9: invalid digit '8' in octal literal\n"), std::string::npos);
  EXPECT_NE(out.find("x.go:13:9: too many errors\n"), std::string::npos);
  EXPECT_EQ(out.find("x.go:14:"), std::string::npos);
}

TEST(ParserErrors, BadInputDoesNotCrash) {
  const std::string inputs[] = {
      "", "package", "package main\nfunc", "package main\nfunc main() {", "\xff\xfe",
      "package main\nvar x = \"\xc3\x28\"\n", std::string("package main\x00", 13),
      "package main\nfunc main() { x := [}\n", "package main\ntype T[", "package main\nfunc (", "/*",
      "package main\nfunc main() { for { switch { case 1: select { case <-", "`", "'", "\"",
      "package main\nvar _ = 0x1.p\n", "package main\nvar _ = 1e\n", "package main\nvar _ = '\\400'\n",
  };
  for (const std::string& in : inputs) {
    Diagnostics diags("x.go");
    Package pkg;
    EXPECT_FALSE(parseFile(in, &pkg, diags)) << in;
    EXPECT_TRUE(diags.hasErrors()) << in;
  }
}

TEST(ParserErrors, DeepNestingDoesNotCrash) {
  std::string src = "package main\nvar x = " + std::string(3000, '(') + "1" + std::string(3000, ')') + "\n";
  Diagnostics diags("x.go");
  Package pkg;
  parseFile(src, &pkg, diags);  // either parses or reports; must not crash
  SUCCEED();
}

// ---- AST shape

Package* parseOK(const std::string& src) {
  Diagnostics diags("x.go");
  auto* pkg = new Package();
  bool ok = parseFile(src, pkg, diags);
  std::ostringstream os;
  diags.print(os);
  EXPECT_TRUE(ok) << os.str();
  return pkg;
}

Node* funcBody0(Package* pkg, size_t decl, size_t stmt) {
  Node* f = pkg->decls.at(decl);
  EXPECT_EQ(f->op, ODCLFUNC);
  return f->func->body.at(stmt);
}

TEST(ParserAst, ImportsAndFuncNames) {
  Package* pkg = parseOK(
      "package main\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n)\n"
      "type T struct{}\nfunc (t *T) M() {}\nfunc (t T) N() {}\nfunc f[K comparable, V any](m map[K]V) {}\n"
      "func main() { fmt.Println(str.ToUpper(\"x\")) }\n");
  ASSERT_EQ(pkg->importDecls.size(), 2u);
  EXPECT_EQ(pkg->importDecls[0]->op, OPACK);
  EXPECT_EQ(pkg->importDecls[0]->name, "fmt");
  EXPECT_EQ(pkg->importDecls[0]->left, nullptr);
  EXPECT_EQ(pkg->importDecls[1]->left->name, "str");
  EXPECT_EQ(pkg->imports, (std::vector<std::string>{"fmt", "strings"}));
  ASSERT_EQ(pkg->decls.size(), 5u);
  EXPECT_EQ(pkg->decls[1]->func->name, "main.(*T).M");
  EXPECT_EQ(pkg->decls[2]->func->name, "main.T.N");
  EXPECT_EQ(pkg->decls[3]->func->name, "main.f");
  EXPECT_EQ(pkg->decls[3]->list.size(), 2u);  // type params
  EXPECT_EQ(pkg->decls[4]->func->name, "main.main");
  EXPECT_EQ(pkg->decls[4]->func->pos.line, 10);
  EXPECT_EQ(pkg->decls[4]->func->endPos.col, 45);
}

TEST(ParserAst, ParamsGrouping) {
  Package* pkg = parseOK("package main\nfunc f(a, b int, c ...string) (r int, err error) { return }\n");
  Node* sig = pkg->decls[0]->right;
  ASSERT_EQ(sig->op, OTFUNC);
  ASSERT_EQ(sig->list.size(), 3u);
  EXPECT_EQ(sig->list[0]->name, "a");
  EXPECT_EQ(sig->list[1]->name, "b");
  EXPECT_EQ(sig->list[0]->left, sig->list[1]->left);  // shared type node
  EXPECT_TRUE(sig->list[2]->isDDD);
  ASSERT_EQ(sig->rlist.size(), 2u);
  EXPECT_EQ(sig->rlist[1]->name, "err");
  Package* p2 = parseOK("package main\nfunc g(int, string) bool { return true }\n");
  EXPECT_EQ(p2->decls[0]->right->list[0]->name, "");
  EXPECT_EQ(p2->decls[0]->right->list[0]->left->name, "int");
}

TEST(ParserAst, ConstIotaAndRepetition) {
  Package* pkg = parseOK("package main\nconst (\n\tA = iota * 10\n\tB\n\tC, D = 1, 2\n\tE, F\n)\n");
  ASSERT_EQ(pkg->decls.size(), 4u);
  Node* b = pkg->decls[1];
  EXPECT_EQ(b->op, ODCLCONST);
  EXPECT_EQ(b->offset, 1);
  ASSERT_EQ(b->rlist.size(), 1u);
  EXPECT_EQ(b->rlist[0]->op, OMUL);
  EXPECT_NE(b->rlist[0], pkg->decls[0]->rlist[0]);  // a fresh copy
  EXPECT_EQ(pkg->decls[3]->offset, 3);
  EXPECT_EQ(pkg->decls[3]->rlist.size(), 2u);
}

TEST(ParserAst, Statements) {
  Package* pkg = parseOK(
      "package main\nfunc main() {\n"
      "\tx, y := 1, 2\n"                                         // 0 OAS2
      "\tx += y\n"                                               // 1 OASOP
      "\tif v := x; v > 0 {\n\t} else if x < 0 {\n\t} else {\n\t}\n"  // 2 OIF
      "\tfor i := 0; i < 3; i++ {\n\t}\n"                        // 3 OFOR
      "\tfor k, v := range m {\n\t\t_, _ = k, v\n\t}\n"          // 4 ORANGE
      "\tswitch t := e.(type) {\n\tcase int, string:\n\tdefault:\n\t}\n"  // 5 OSWITCH/OTYPESW
      "\tselect {\n\tcase c <- 1:\n\tcase v, ok := <-c:\n\t\t_, _ = v, ok\n\tdefault:\n\t}\n"  // 6
      "L:\n\tfor {\n\t\tbreak L\n\t}\n"                          // 7 OLABEL
      "\tdefer func() {}()\n"                                    // 8 ODEFER
      "}\n");
  Node* s0 = funcBody0(pkg, 0, 0);
  EXPECT_EQ(s0->op, OAS2);
  EXPECT_TRUE(s0->colas);
  Node* s1 = funcBody0(pkg, 0, 1);
  EXPECT_EQ(s1->op, OASOP);
  EXPECT_EQ(s1->subop, OADD);
  Node* s2 = funcBody0(pkg, 0, 2);
  EXPECT_EQ(s2->op, OIF);
  EXPECT_EQ(s2->init.size(), 1u);
  EXPECT_EQ(s2->cond->op, OGT);
  ASSERT_EQ(s2->rlist.size(), 1u);
  EXPECT_EQ(s2->rlist[0]->op, OIF);
  EXPECT_EQ(s2->rlist[0]->rlist[0]->op, OBLOCK);
  Node* s3 = funcBody0(pkg, 0, 3);
  EXPECT_EQ(s3->op, OFOR);
  EXPECT_EQ(s3->right->op, OINC);
  Node* s4 = funcBody0(pkg, 0, 4);
  EXPECT_EQ(s4->op, ORANGE);
  EXPECT_EQ(s4->list.size(), 2u);
  EXPECT_EQ(s4->right->name, "m");
  Node* s5 = funcBody0(pkg, 0, 5);
  EXPECT_EQ(s5->op, OSWITCH);
  ASSERT_EQ(s5->left->op, OTYPESW);
  EXPECT_EQ(s5->left->name, "t");
  EXPECT_EQ(s5->list.size(), 2u);
  EXPECT_TRUE(s5->list[1]->list.empty());  // default
  Node* s6 = funcBody0(pkg, 0, 6);
  EXPECT_EQ(s6->op, OSELECT);
  EXPECT_EQ(s6->list[0]->left->op, OSEND);
  EXPECT_EQ(s6->list[1]->left->op, OAS2);
  EXPECT_EQ(s6->list[1]->left->rlist[0]->op, ORECV);
  EXPECT_EQ(s6->list[2]->left, nullptr);
  Node* s7 = funcBody0(pkg, 0, 7);
  EXPECT_EQ(s7->op, OLABEL);
  EXPECT_EQ(s7->left->op, OFOR);
  Node* s8 = funcBody0(pkg, 0, 8);
  EXPECT_EQ(s8->op, ODEFER);
  EXPECT_EQ(s8->left->left->op, OFUNCLIT);
}

TEST(ParserAst, Expressions) {
  Package* pkg = parseOK(
      "package main\nvar (\n"
      "\ta = T{X: 1, Y: []int{2}}\n"
      "\tb = s[1:2:3]\n"
      "\tc = G[int, string]\n"
      "\td = *p + -x*y\n"
      "\te = []byte(str)\n"
      "\tf = x.(fmt.Stringer)\n"
      "\tg = <-ch\n"
      "\th = map[string]int{}\n"
      ")\n");
  Node* a = pkg->decls[0]->rlist[0];
  EXPECT_EQ(a->op, OCOMPLIT);
  EXPECT_EQ(a->right->name, "T");
  EXPECT_EQ(a->list[0]->op, OKEY);
  EXPECT_EQ(a->list[1]->right->op, OCOMPLIT);
  EXPECT_EQ(a->list[1]->right->right->op, OTSLICE);
  EXPECT_EQ(pkg->decls[1]->rlist[0]->op, OSLICE3);
  EXPECT_EQ(pkg->decls[2]->rlist[0]->op, OTINST);
  Node* d = pkg->decls[3]->rlist[0];
  EXPECT_EQ(d->op, OADD);
  EXPECT_EQ(d->left->op, ODEREF);
  EXPECT_EQ(d->right->op, OMUL);
  EXPECT_EQ(d->right->left->op, ONEG);
  EXPECT_EQ(d->pos.col, 6);  // start of the expression
  Node* e = pkg->decls[4]->rlist[0];
  EXPECT_EQ(e->op, OCALL);
  EXPECT_EQ(e->left->op, OTSLICE);
  EXPECT_EQ(pkg->decls[5]->rlist[0]->op, ODOTTYPE);
  EXPECT_EQ(pkg->decls[5]->rlist[0]->right->op, OXDOT);
  EXPECT_EQ(pkg->decls[6]->rlist[0]->op, ORECV);
  EXPECT_EQ(pkg->decls[7]->rlist[0]->right->op, OTMAP);
}

TEST(ParserAst, CompositeLiteralInHeaderNeedsParens) {
  // Allowed: parenthesized, or inside a call / slice literal type.
  parseOK("package main\nfunc main() {\n\tif x := (T{}); x.a {\n\t}\n\tfor _, v := range []T{{1}} {\n\t\t_ = v\n\t}\n}\n");
  // Not allowed: gc reads the { as the block.
  EXPECT_EQ(firstError("package main\nfunc main() {\n\tif x == T{1} {\n\t}\n}\n"),
            "3:15: syntax error: unexpected { at end of statement");
}

TEST(ParserAst, DumpMentionsOps) {
  Package* pkg = parseOK("package main\nfunc main() { x := 1; _ = x }\n");
  std::ostringstream os;
  dumpPackage(os, pkg, "main", false);
  EXPECT_NE(os.str().find("ODCLFUNC main main.main"), std::string::npos);
  EXPECT_NE(os.str().find("OAS colas"), std::string::npos);
  EXPECT_NE(os.str().find("OLITERAL 1"), std::string::npos);
  std::ostringstream none;
  dumpPackage(none, pkg, "nosuch", false);
  EXPECT_EQ(none.str(), "");
}

}  // namespace
}  // namespace minigo
