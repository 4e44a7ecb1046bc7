// vm_test.cpp — the back end end to end: Go source through the whole
// pipeline, with stdout captured from the runtime's buffer. Expected outputs
// are what `go run` prints for the same programs (each checked with go1.19).
#include <gtest/gtest.h>

#include "frontend/stages.h"
#include "runtime/proc.h"
#include "vm/interp.h"
#include "vm/program.h"
#include "vm/vm.h"

namespace {

std::string runGo(const std::string& src) {
  minigo::Diagnostics diags("t.go");
  auto* pkg = new minigo::Package();
  pkg->filename = "t.go";
  if (!minigo::parseFile(src, pkg, diags)) return "<syntax error>";
  minigo::initUniverse();
  if (!minigo::typecheck(pkg, diags)) return "<type error>";
  minigo::escapeAnalysis(pkg, false, std::cerr);
  minigo::walk(pkg);
  auto* prog = minigo::vm::codegen(pkg);
  minigo::vm::RunOptions opts;
  opts.filename = "t.go";
  testing::internal::CaptureStdout();  // run() flushes the runtime's buffer to fd 1
  minigo::vm::run(prog, opts);
  return testing::internal::GetCapturedStdout();
}

}  // namespace

TEST(VM, HelloAndFib) {
  // go run: "hello 6765\n"
  EXPECT_EQ(runGo("package main\nimport \"fmt\"\nfunc fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }\n"
                  "func main() { fmt.Println(\"hello\", fib(20)) }\n"),
            "hello 6765\n");
}

TEST(VM, NarrowIntegersWrap) {
  // go run: "-128 0 65535\n"
  EXPECT_EQ(runGo("package main\nimport \"fmt\"\nfunc main() { var a int8 = 127; a++; var b uint8 = 255; b++; "
                  "var c uint16; c--; fmt.Println(a, b, c) }\n"),
            "-128 0 65535\n");
}

TEST(VM, DeepRecursionGrowsTheStack) {
  // go run: "100000\n"
  EXPECT_EQ(runGo("package main\nimport \"fmt\"\nfunc d(n int) int { if n == 0 { return 0 }; return 1 + d(n-1) }\n"
                  "func main() { fmt.Println(d(100000)) }\n"),
            "100000\n");
}

TEST(VM, StringsSlicesRange) {
  // go run: "héllo 5 [1 2 3 4] 10 104 233\n"
  EXPECT_EQ(runGo("package main\nimport \"fmt\"\nfunc main() { s := \"h\" + \"éllo\"; var xs []int; "
                  "for i := 1; i <= 4; i++ { xs = append(xs, i) }; t := 0; for _, x := range xs { t += x }; "
                  "r := []rune{}; for _, c := range s { r = append(r, c) }; "
                  "fmt.Println(s, len(r), xs, t, r[0], r[1]) }\n"),
            "héllo 5 [1 2 3 4] 10 104 233\n");
}
