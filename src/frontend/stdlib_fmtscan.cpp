// stdlib_fmtscan.cpp — fmt's scanning: Sscan, Sscanln, Sscanf from strings,
// Scan, Scanln, Scanf, Fscan, Fscanln, Fscanf from stdin / an *os.File
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
  fmt.func("Scan", sig({anyS}, {Int, Error}, true));
  fmt.func("Scanln", sig({anyS}, {Int, Error}, true));
  fmt.func("Scanf", sig({String, anyS}, {Int, Error}, true));
  Type* reader = Pkg("io", "io").p->members.at("Reader")->type;
  fmt.func("Fscan", sig({reader, anyS}, {Int, Error}, true));
  fmt.func("Fscanln", sig({reader, anyS}, {Int, Error}, true));
  fmt.func("Fscanf", sig({reader, String, anyS}, {Int, Error}, true));
}

}  // namespace minigo::tc::stdlib
