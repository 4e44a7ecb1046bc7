// proc.h — goroutines (g), the processor (p) and the scheduler (sched),
// named after Go's runtime/runtime2.go and proc.go.
//
// First release: one OS thread runs every goroutine (GOMAXPROCS=1). A g owns
// a contiguous stack that grows by copying; frames hold no absolute pointers
// into it (see vm/program.h FrameHeader), so the copy is a plain memcpy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/value.h"

namespace minigo::vm {
struct Proto;
struct Instr;
}

namespace minigo::rt {

enum GStatus : uint8_t { _Gidle, _Grunnable, _Grunning, _Gwaiting, _Gdead };

struct Defer;  // issue 5: deferproc records
struct Panic;  // issue 5: the panic chain

constexpr size_t kStackMin = 8 << 10;        // a new goroutine's stack
constexpr size_t kMaxStack = 1000000000;     // Go's maxstacksize on 64-bit
constexpr size_t kStackGuard = 256;          // slack above every frame

struct G {
  int64_t goid = 0;
  uint8_t* stack = nullptr;   // [stack, stackHi)
  uint8_t* stackHi = nullptr; // stack + size - kStackGuard: frames must end below it
  size_t stackSize = 0;
  GStatus status = _Gidle;
  Defer* defer_ = nullptr;
  Panic* panic_ = nullptr;
  // Interpreter state, saved whenever the g is not in the loop (and before
  // any runtime call that may inspect it: panics, tracebacks, stack growth).
  const vm::Instr* pc = nullptr;
  vm::Proto* proto = nullptr;
  int64_t fp = 0;             // offset from stack
  G* schedlink = nullptr;
  std::string waitreason;
};

// A processor: the local run queue (issue 4 fills in the scheduler).
struct P {
  G* runq[256] = {};
  uint32_t runqhead = 0, runqtail = 0;
  G* runnext = nullptr;
};

struct Sched {
  std::vector<G*> allgs;
  int64_t goidgen = 0;
  P p;
  volatile bool preempt = false;  // checked at safepoints (calls, loop back-edges)
};
extern Sched sched;

G* newg(size_t stackSize = kStackMin);
void freeg(G* g);
// Grows g's stack so that `need` bytes are available above offset fpOff.
// Returns false (after printing Go's fatal error) if it exceeds kMaxStack.
void growstack(G* g, int64_t fpOff, size_t need);

// Buffered stdout: fmt and os write here; flushed at exit and by os.Exit.
std::string& stdoutBuf();
void flushStdout();
inline void writeStdout(const char* p, size_t n) {
  std::string& b = stdoutBuf();
  b.append(p, n);
  if (b.size() >= (1 << 16)) flushStdout();
}

// Exits the process as Go does, flushing stdout first.
[[noreturn]] void exitProcess(int code);

}  // namespace minigo::rt
