// panic.cpp — printing a panic and its traceback, then exiting with code 2.
#include "runtime/panic.h"

#include <cstdio>

#include "runtime/fmt.h"
#include "vm/program.h"

namespace minigo::rt {

std::string tracebackFile;
MethodCaller* panicMethodCaller = nullptr;

static int lineAt(vm::Proto* p, const vm::Instr* pc) {
  if (!p || p->code.empty()) return 0;
  int64_t i = pc - p->code.data();
  if (i < 0) i = 0;
  if (i >= int64_t(p->lines.size())) i = int64_t(p->lines.size()) - 1;
  return i >= 0 ? p->lines[size_t(i)] : 0;
}

void traceback(G* g, std::string& out) {
  vm::Proto* p = g->proto;
  const vm::Instr* pc = g->pc;
  int64_t fp = g->fp;
  int frames = 0;
  while (p) {
    if (frames++ < 100) {
      out += p->name;
      out += "(...)\n\t";
      out += tracebackFile;
      out += ":" + std::to_string(lineAt(p, pc)) + " +0x0\n";
    }
    auto* h = reinterpret_cast<vm::FrameHeader*>(g->stack + fp - vm::kHeaderSize);
    if (!h->retpc) break;
    p = h->caller;
    pc = h->retpc - 1;
    fp = h->callerFp;
  }
  if (frames > 100) out += "...additional frames elided...\n";
}

[[noreturn]] static void die(G* g, const std::string& first, const std::string& extra) {
  flushStdout();
  std::string out = first;
  out += "\n";
  out += extra;
  out += "\ngoroutine " + std::to_string(g->goid) + " [running]:\n";
  traceback(g, out);
  fwrite(out.data(), 1, out.size(), stderr);
  exitProcess(2);
}

void panicRuntimeError(G* g, const RuntimeError& e) {
  if (e.isFatal()) {
    flushStdout();
    std::string out = "fatal error: " + e.text() + "\n";
    fwrite(out.data(), 1, out.size(), stderr);
    exitProcess(2);
  }
  std::string extra;
  if (e.code == ErrNilDeref)
    extra = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  die(g, "panic: " + e.text(), extra);
}

void gopanic(G* g, const Eface& v) {
  std::string text = printpanicval(v, panicMethodCaller);
  die(g, "panic: " + text, "");
}

}  // namespace minigo::rt
