// minigo — runs a single-file Go program as `go run file.go` would.
//
//   minigo [-dump=ast|types|walk|bytecode] [-func=NAME] [-m] [-trace=sched] file.go
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "frontend/ast_dump.h"
#include "frontend/diag.h"
#include "frontend/stages.h"
#include "vm/vm.h"

namespace {

int usage() {
  std::cerr << "usage: minigo [-dump=ast|types|walk|bytecode] [-func=NAME] [-m] [-trace=sched] file.go\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dump, funcFilter, file;
  bool escapeReport = false;
  minigo::vm::RunOptions opts;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a.rfind("-dump=", 0) == 0) dump = a.substr(6);
    else if (a.rfind("-func=", 0) == 0) funcFilter = a.substr(6);
    else if (a == "-m") escapeReport = true;
    else if (a == "-trace=sched") opts.traceSched = true;
    else if (!a.empty() && a[0] == '-') return usage();
    else if (file.empty()) file = a;
    else return usage();
  }
  if (file.empty()) return usage();
  if (!dump.empty() && dump != "ast" && dump != "types" && dump != "walk" && dump != "bytecode") return usage();

  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "minigo: cannot open " << file << "\n";
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  opts.filename = file;

  try {
    minigo::Diagnostics diags(minigo::Diagnostics::shortPath(file));
    auto* pkg = new minigo::Package();
    pkg->filename = file;
    if (!minigo::parseFile(ss.str(), pkg, diags)) {
      diags.print(std::cerr);
      return 1;
    }
    if (dump == "ast") {
      minigo::dumpPackage(std::cout, pkg, funcFilter, false);
      return 0;
    }
    minigo::initUniverse();
    if (!minigo::typecheck(pkg, diags)) {
      diags.print(std::cerr);
      return 1;
    }
    if (dump == "types") {
      minigo::dumpPackage(std::cout, pkg, funcFilter, true);
      return 0;
    }
    minigo::escapeAnalysis(pkg, escapeReport, std::cerr);
    minigo::walk(pkg);
    if (dump == "walk") {
      minigo::dumpPackage(std::cout, pkg, funcFilter, true);
      return 0;
    }
    auto* prog = minigo::vm::codegen(pkg);
    if (dump == "bytecode") {
      minigo::vm::dumpBytecode(std::cout, prog, funcFilter);
      return 0;
    }
    std::cout.flush();
    return minigo::vm::run(prog, opts);
  } catch (const std::exception& e) {
    // An internal error is a minigo bug; say so plainly instead of aborting.
    std::cerr << "minigo: internal error: " << e.what() << "\n";
    return 3;
  }
}
