// run.cpp — running a compiled program: package initialisation, then
// main.main on goroutine 1; the exit code follows Go's rules.
#include <cstring>
#include <filesystem>

#include "runtime/gc.h"
#include "runtime/panic.h"
#include "runtime/proc.h"
#include "vm/interp.h"
#include "vm/natives.h"
#include "vm/program.h"
#include "vm/vm.h"

namespace minigo::vm {

// Sets g up to run p from its first instruction on an empty stack.
static void startOn(rt::G* g, Proto* p) {
  auto* h = reinterpret_cast<FrameHeader*>(g->stack);
  h->retpc = nullptr;
  h->caller = nullptr;
  h->callerFp = 0;
  h->ctxt = nullptr;
  if (size_t(p->frameSize + kHeaderSize) + rt::kStackGuard > g->stackSize)
    rt::growstack(g, kHeaderSize, size_t(p->frameSize));
  g->proto = p;
  g->pc = p->code.data() + 1;
  g->fp = kHeaderSize;
}

static Program* theProg;
static bool inInit = false;

// Goroutine 1 runs the package initialiser, then main.main; when main
// returns the program exits, whatever other goroutines are doing.
static bool mainReturned(rt::G* g) {
  if (inInit && theProg->mainProto) {
    inInit = false;
    startOn(g, theProg->mainProto);
    g->status = rt::_Grunnable;
    rt::runqput(&rt::sched.p, g, true);
    return true;
  }
  return false;  // main returned: the program ends, whatever other goroutines do
}

int run(Program* prog, const RunOptions& opts) {
  std::error_code ec;
  auto abs = std::filesystem::absolute(opts.filename, ec);
  rt::tracebackFile = ec ? opts.filename : abs.lexically_normal().string();
  rt::panicMethodCaller = vmMethodCaller();
  theProg = prog;
  rt::gcAddRootRange(prog->globals, size_t(prog->globalsSize));  // package variables are GC roots
  rt::sched.execute = resume;
  rt::sched.traceSched = opts.traceSched;
  rt::sched.mainReturned = mainReturned;
  rt::G* g = rt::newg();
  rt::sched.maing = g;
  initStdGlobals(prog, opts);  // os.Args, os.Stdin..., io.EOF (natives_bufio.cpp)
  Proto* first = prog->initProto ? prog->initProto : prog->mainProto;
  if (!first) return 0;
  inInit = first == prog->initProto;
  startOn(g, first);
  rt::traceEvent("created", g);
  // A fresh scheduler (tests run several programs in one process).
  rt::sched.p.runqhead = rt::sched.p.runqtail = 0;
  rt::sched.p.runnext = nullptr;
  rt::sched.p.timers.clear();
  while (rt::globrunqget()) {
  }
  rt::runqput(&rt::sched.p, g, true);
  rt::schedule(g);
  rt::flushStdout();
  return 0;
}

}  // namespace minigo::vm
