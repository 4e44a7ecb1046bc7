// panic.cpp — the panic and Goexit state machine the VM drives (see
// panic.h), recover, printing the panic chain and the traceback.
#include "runtime/panic.h"

#include <cstdio>

#include "runtime/fmt.h"
#include "vm/program.h"

namespace minigo::rt {

std::string tracebackFile;
MethodCaller* panicMethodCaller = nullptr;
const vm::Instr panicReturnInstr{vm::PANICRET, 0, 0, 0, 0};

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
    if (h->retpc == &panicReturnInstr) {
      // A deferred call run by a panic: Go shows the runtime's panic frame.
      auto* pf = reinterpret_cast<PanicFrame*>(g->stack + fp - vm::kHeaderSize - kPanicFrameSize);
      if (frames++ < 100) out += "panic(...)\n\t$GOROOT/src/runtime/panic.go:884 +0x0\n";
      p = h->caller;
      pc = pf->pc;
      fp = h->callerFp;
      continue;
    }
    p = h->caller;
    pc = h->retpc - 1;
    fp = h->callerFp;
  }
  if (frames > 100) out += "...additional frames elided...\n";
}

void gopanicStart(G* g, const Eface& v) {
  auto* p = new Panic();
  p->arg = v;
  p->link = g->panic_;
  g->panic_ = p;
}

void goexitStart(G* g) {
  auto* p = new Panic();
  p->goexit = true;
  p->link = g->panic_;
  g->panic_ = p;
}

bool panicNext(G* g, FuncVal** fn) {
  Panic* p = g->panic_;
  for (;;) {
    Defer* d = g->defer_;
    if (!d) {
      // A callback run by callGo: the panic goes on in the calling goroutine.
      if (g->nested) return false;
      if (p->goexit) {
        g->panic_ = p->link;
        delete p;
        return false;
      }
      fatalpanic(g);
    }
    if (d->started) {
      // An earlier panic (or Goexit) was running this call when a new panic
      // began inside it: that panic is aborted and the call is not rerun.
      if (d->panic_) d->panic_->aborted = true;
      g->defer_ = d->link;
      freedefer(d);
      continue;
    }
    d->started = true;
    d->panic_ = p;
    *fn = d->fn;
    return true;
  }
}

bool panicDeferReturned(G* g, int64_t* sp, vm::Proto** proto) {
  Panic* p = g->panic_;
  Defer* d = g->defer_;
  if (d) {
    *sp = d->sp;
    *proto = d->proto;
    g->defer_ = d->link;
    freedefer(d);
  }
  if (!p || !p->recovered || !d) return false;
  g->panic_ = p->link;
  delete p;
  // Panics aborted by the recovered one are over too.
  while (g->panic_ && g->panic_->aborted) {
    Panic* a = g->panic_;
    g->panic_ = a->link;
    delete a;
  }
  return true;
}

Eface gorecover(G* g, int64_t argp) {
  Panic* p = g->panic_;
  if (p && !p->goexit && !p->recovered && argp == p->argp) {
    p->recovered = true;
    return p->arg;
  }
  return Eface{nullptr, nullptr};
}

static void printpanics(Panic* p, std::string& out) {
  if (p->link) {
    printpanics(p->link, out);
    if (!p->link->goexit) out += "\t";
  }
  if (p->goexit) return;
  out += "panic: ";
  out += printpanicval(p->arg, panicMethodCaller);
  if (p->recovered) out += " [recovered]";
  out += "\n";
}

void fatalpanic(G* g) {
  flushStdout();
  std::string out;
  if (g->panic_) printpanics(g->panic_, out);
  if (g->sig) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  out += "\ngoroutine " + std::to_string(g->goid) + " [running]:\n";
  traceback(g, out);
  fwrite(out.data(), 1, out.size(), stderr);
  exitProcess(2);
}

void panicRuntimeErrorStart(G* g, const RuntimeError& e) {
  if (e.isFatal()) {
    flushStdout();
    std::string out = "fatal error: " + e.text() + "\n";
    fwrite(out.data(), 1, out.size(), stderr);
    exitProcess(2);
  }
  if (e.code == ErrNilDeref) g->sig = 11;
  gopanicStart(g, errorValue(e));
}

void panicRuntimeError(G* g, const RuntimeError& e) {
  panicRuntimeErrorStart(g, e);
  fatalpanic(g);
}

void gopanic(G* g, const Eface& v) {
  gopanicStart(g, v);
  fatalpanic(g);
}

}  // namespace minigo::rt
