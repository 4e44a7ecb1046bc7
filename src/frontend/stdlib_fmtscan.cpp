// stdlib_fmtscan.cpp — fmt's scanning from strings: Sscan, Sscanln, Sscanf
// (natives_fmtscan.cpp).
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

void declareFmtScan() {
  using namespace types;
  Pkg fmt("fmt", "fmt");
  Type* anyS = newSlice(Any);
  fmt.func("Sscan", sig({String, anyS}, {Int, Error}, true));
  fmt.func("Sscanln", sig({String, anyS}, {Int, Error}, true));
  fmt.func("Sscanf", sig({String, String, anyS}, {Int, Error}, true));
}

}  // namespace minigo::tc::stdlib
