// vm.h — the back end's entry points: codegen from the lowered tree to
// bytecode, the bytecode dump, and running a program.
#pragma once

#include <ostream>
#include <string>

#include "frontend/ast.h"

namespace minigo::vm {

struct Program;  // compiled functions, globals, constants (program.h)

struct RunOptions {
  std::string filename;      // the .go file as given (for tracebacks)
  bool traceSched = false;   // -trace=sched
};

Program* codegen(Package* pkg);
void dumpBytecode(std::ostream& os, Program* prog, const std::string& funcFilter);
// Runs main.init... and main.main; returns the process exit code
// (0, os.Exit's code, 2 after a panic or fatal error).
int run(Program* prog, const RunOptions& opts);

}  // namespace minigo::vm
