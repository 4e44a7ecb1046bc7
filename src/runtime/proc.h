// proc.h — goroutines (g), the processor (p) and the scheduler (sched),
// named after Go's runtime/runtime2.go and proc.go.
//
// One OS thread runs every goroutine (GOMAXPROCS=1). A g owns a contiguous
// stack that grows by copying; frames hold no absolute pointers into it (see
// vm/program.h FrameHeader), so the copy is a plain memcpy. A parked g's
// stack never moves, so a sudog may point into it (Go's rule too).
//
// A native blocks by calling gopark: it marks the running g _Gwaiting and
// returns; the interpreter sees the status change right after the native,
// saves the g (resuming after the call, or re-executing the call when the
// waker asks for a retry) and returns to schedule().
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
struct Sudog;
struct Timer;

constexpr size_t kStackMin = 8 << 10;        // goroutine 1's first stack
constexpr size_t kStackSmall = 1 << 10;      // the least stack a `go` statement gets
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
  uint32_t sig = 0;           // a nil dereference panicked (fatalpanic prints [signal ...])
  // A native asks the VM to panic with natReqVal (1) or to run Goexit (2).
  uint8_t natReq = 0;
  Eface natReqVal{};
  bool goexited = false;      // the goroutine ended by runtime.Goexit
  // Interpreter state, saved whenever the g is not in the loop (and before
  // any runtime call that may inspect it: panics, tracebacks, stack growth).
  const vm::Instr* pc = nullptr;
  vm::Proto* proto = nullptr;
  int64_t fp = 0;             // offset from stack
  G* schedlink = nullptr;
  const char* waitreason = "";  // as Go names it: "chan receive", "sleep", ...
  // Set by a waker: re-execute the native that parked instead of resuming
  // after it (a woken Mutex.Lock tries again; a sender woken by close panics).
  bool retryNative = false;
  Sudog* waiting = nullptr;   // select: the sudogs this g is queued with
  uint8_t* selres = nullptr;  // select: where the chosen case index / recvOK go
  Timer* sleepTimer = nullptr;
  bool nested = false;        // runs a native's call back into Go (callGo)
};

// A processor: the local run queue, runnext, and the timer heap (time.go).
struct P {
  G* runq[256] = {};
  uint32_t runqhead = 0, runqtail = 0;
  G* runnext = nullptr;
  std::vector<Timer*> timers;  // 4-ary min-heap on Timer::when
  uint32_t schedtick = 0;
};

struct Sched {
  std::vector<G*> allgs;
  int64_t goidgen = 0;
  P p;
  G* runqhead = nullptr;       // global run queue
  G* runqtail = nullptr;
  int32_t runqsize = 0;
  G* gfree = nullptr;          // dead gs with a small stack, for reuse
  G* curg = nullptr;
  G* maing = nullptr;
  int64_t ngoroutines = 0;     // live (not dead) gs, as runtime.NumGoroutine counts
  volatile bool preempt = false;  // checked at safepoints (calls, loop back-edges)
  bool traceSched = false;     // -trace=sched
  // Runs g from its saved state until it exits (returns with g->status ==
  // _Grunning) or stops running (parked or yielded). Set by the VM.
  void (*execute)(G* g) = nullptr;
  // Called when goroutine 1's function returns; true: g was given more work
  // (init done, main next); false: schedule(g1) returns and the program ends.
  bool (*mainReturned)(G* g) = nullptr;
};
extern Sched sched;

G* newg(size_t stackSize = kStackMin);
void freeg(G* g);
// Grows g's stack so that `need` bytes are available above offset fpOff.
// Returns false (after printing Go's fatal error) if it exceeds kMaxStack.
void growstack(G* g, int64_t fpOff, size_t need);

// ---- run queues (proc.go: runqput, runqget, globrunqput, globrunqget)
void runqput(P* p, G* g, bool next);
G* runqget(P* p);
bool runqempty(P* p);
void globrunqput(G* g);
G* globrunqget();

// ---- goroutine lifecycle
// A fresh g (reused from gfree when its stack is big enough), _Gidle.
G* gfget(size_t stackSize);
// Puts a g made runnable by newproc on the run queue (runnext, as Go does).
void newprocReady(G* g);
// The running g blocks: marks it _Gwaiting with Go's wait reason. The caller
// (a native) then returns to the interpreter, which leaves the g.
void gopark(const char* reason);
// Makes a waiting g runnable (runnext, as Go's goready).
void goready(G* g);
// runtime.Gosched: the running g goes to the global queue.
void gosched();
// A g's function returned: dead, stack kept for reuse.
void goexit0(G* g);

// The scheduler loop: runs goroutines until `until` has exited (nullptr:
// forever, the process ends when main returns). Sleeps until the next timer
// when nothing can run; reports Go's deadlock when nothing ever will.
void schedule(G* until);
// At a safepoint: should the running g yield (others runnable or timers due)?
bool wantPreempt();
// Starts the 10ms preemption tick (Go's sysmon), once, when a second g appears.
void startPreemptTick();

// Monotonic nanoseconds (Go's nanotime) and wall-clock nanoseconds (walltime).
int64_t nanotime();
int64_t walltime();

void traceEvent(const char* what, G* g);

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
