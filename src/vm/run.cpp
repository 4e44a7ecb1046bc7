// run.cpp — running a compiled program: package initialisation, then
// main.main on goroutine 1; the exit code follows Go's rules.
#include <cstring>
#include <filesystem>

#include "runtime/panic.h"
#include "runtime/proc.h"
#include "vm/interp.h"
#include "vm/natives.h"
#include "vm/program.h"
#include "vm/vm.h"

namespace minigo::vm {

static void runOn(rt::G* g, Proto* p) {
  auto* h = reinterpret_cast<FrameHeader*>(g->stack);
  h->retpc = nullptr;
  h->caller = nullptr;
  h->callerFp = 0;
  h->ctxt = nullptr;
  if (size_t(p->frameSize + kHeaderSize) + rt::kStackGuard > g->stackSize)
    rt::growstack(g, kHeaderSize, size_t(p->frameSize));
  execute(g, p, kHeaderSize, 1);
}

int run(Program* prog, const RunOptions& opts) {
  std::error_code ec;
  auto abs = std::filesystem::absolute(opts.filename, ec);
  rt::tracebackFile = ec ? opts.filename : abs.lexically_normal().string();
  rt::panicMethodCaller = vmMethodCaller();
  rt::G* g = rt::newg();
  g->status = rt::_Grunning;
  if (prog->initProto) runOn(g, prog->initProto);
  if (prog->mainProto) runOn(g, prog->mainProto);
  rt::flushStdout();
  return 0;
}

}  // namespace minigo::vm
