// proc.cpp — goroutines and the scheduler (Go's runtime/proc.go): run queues,
// gopark/goready, schedule/findrunnable/execute, the preemption tick, the
// deadlock check; stack growth and process exit.
#include "runtime/proc.h"

#include <signal.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/panic.h"
#include "runtime/time.h"
#include "vm/program.h"  // Instr, to step a parked g's pc back onto its call

namespace minigo::rt {

Sched sched;

static uint8_t* allocStack(size_t size) {
  auto* s = static_cast<uint8_t*>(std::malloc(size));
  if (!s) {
    flushStdout();
    fputs("fatal error: runtime: out of memory\n", stderr);
    std::_Exit(2);
  }
  return s;
}

G* newg(size_t stackSize) {
  G* g = new G();
  g->goid = ++sched.goidgen;
  g->stack = allocStack(stackSize);
  g->stackSize = stackSize;
  g->stackHi = g->stack + stackSize - kStackGuard;
  g->status = _Grunnable;
  sched.allgs.push_back(g);
  sched.ngoroutines++;
  return g;
}

void freeg(G* g) {
  std::free(g->stack);
  g->stack = g->stackHi = nullptr;
  if (g->status != _Gdead) sched.ngoroutines--;
  g->status = _Gdead;
}

// Go's newstack/copystack: double until the new frame fits, then copy. No
// frame holds an absolute pointer into the stack, so memcpy is enough.
void growstack(G* g, int64_t fpOff, size_t need) {
  size_t used = size_t(fpOff) + need + kStackGuard;
  size_t newsize = g->stackSize;
  while (newsize < used) newsize *= 2;
  if (newsize > kMaxStack) {
    flushStdout();
    fprintf(stderr, "runtime: goroutine stack exceeds %zu-byte limit\n", kMaxStack);
    fprintf(stderr, "fatal error: stack overflow\n");
    std::_Exit(2);
  }
  uint8_t* ns = allocStack(newsize);
  std::memcpy(ns, g->stack, g->stackSize);
  std::free(g->stack);
  g->stack = ns;
  g->stackSize = newsize;
  g->stackHi = ns + newsize - kStackGuard;
}

// ---------------------------------------------------------------- run queues

void runqput(P* p, G* g, bool next) {
  if (next) {
    G* old = p->runnext;
    p->runnext = g;
    if (!old) return;
    g = old;  // kick the old runnext out to the regular queue
  }
  if (p->runqtail - p->runqhead < 256) {
    p->runq[p->runqtail % 256] = g;
    p->runqtail++;
    return;
  }
  // Local queue full: move half of it (and g) to the global queue (runqputslow).
  for (int i = 0; i < 128; i++) {
    globrunqput(p->runq[p->runqhead % 256]);
    p->runqhead++;
  }
  globrunqput(g);
}

G* runqget(P* p) {
  if (G* g = p->runnext) {
    p->runnext = nullptr;
    return g;
  }
  if (p->runqhead == p->runqtail) return nullptr;
  G* g = p->runq[p->runqhead % 256];
  p->runqhead++;
  return g;
}

bool runqempty(P* p) { return !p->runnext && p->runqhead == p->runqtail; }

void globrunqput(G* g) {
  g->schedlink = nullptr;
  if (sched.runqtail) sched.runqtail->schedlink = g;
  else sched.runqhead = g;
  sched.runqtail = g;
  sched.runqsize++;
}

G* globrunqget() {
  G* g = sched.runqhead;
  if (!g) return nullptr;
  sched.runqhead = g->schedlink;
  if (!sched.runqhead) sched.runqtail = nullptr;
  g->schedlink = nullptr;
  sched.runqsize--;
  return g;
}

// ---------------------------------------------------------------- lifecycle

G* gfget(size_t stackSize) {
  G* g = sched.gfree;
  if (!g) return newg(stackSize);
  sched.gfree = g->schedlink;
  g->schedlink = nullptr;
  if (g->stackSize < stackSize || !g->stack) {
    std::free(g->stack);
    g->stack = allocStack(stackSize);
    g->stackSize = stackSize;
    g->stackHi = g->stack + stackSize - kStackGuard;
  }
  g->goid = ++sched.goidgen;
  g->status = _Gidle;
  g->retryNative = false;
  g->nested = false;
  g->goexited = false;
  g->waitreason = "";
  g->defer_ = nullptr;
  g->panic_ = nullptr;
  sched.ngoroutines++;
  return g;
}

void traceEvent(const char* what, G* g) {
  if (!sched.traceSched || g->nested) return;
  if (g->status == _Gwaiting)
    fprintf(stderr, "sched: goroutine %lld %s [%s]\n", (long long)g->goid, what, g->waitreason);
  else
    fprintf(stderr, "sched: goroutine %lld %s\n", (long long)g->goid, what);
}

// A g that spawns faster than its 10ms slice lets the others run would pile
// up runnable gs (each with its stack): newproc costs ~0.15us here against
// Go's ~1us, so one slice would hold ~60,000 of them where Go's holds ~8,000.
// Past this many waiting in the global queue, the spawner yields at its next
// safepoint, so they run (and free their stacks for reuse) first.
constexpr int32_t kSpawnBurst = 1024;

void newprocReady(G* g) {
  g->status = _Grunnable;
  traceEvent("created", g);
  runqput(&sched.p, g, true);
  startPreemptTick();
  if (sched.runqsize > kSpawnBurst) sched.preempt = true;
}

void gopark(const char* reason) {
  G* g = sched.curg;
  g->waitreason = reason;
  g->status = _Gwaiting;
  traceEvent("parked", g);
}

void goready(G* g) {
  g->status = _Grunnable;
  g->waitreason = "";
  traceEvent("ready", g);
  runqput(&sched.p, g, true);
}

void gosched() {
  G* g = sched.curg;
  g->status = _Grunnable;  // the scheduler puts it on the global queue
}

void goexit0(G* g) {
  g->status = _Gdead;
  traceEvent("exited", g);
  sched.ngoroutines--;
  // A stack that grew large is dropped; gfget gives the next g a small one
  // (Go shrinks stacks at GC; reuse is our shrink point).
  if (g->stackSize > 4 * kStackMin) {
    std::free(g->stack);
    g->stack = g->stackHi = nullptr;
    g->stackSize = 0;
  }
  if (g->sleepTimer) {
    deltimer(g->sleepTimer);
    delete g->sleepTimer;
    g->sleepTimer = nullptr;
  }
  g->schedlink = sched.gfree;
  sched.gfree = g;
}

// ---------------------------------------------------------------- schedule

int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int64_t walltime() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

static void onPreemptTick(int) { sched.preempt = true; }

void startPreemptTick() {
  static bool started = false;
  if (started) return;
  started = true;
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = onPreemptTick;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGVTALRM, &sa, nullptr);
  itimerval it;
  it.it_interval.tv_sec = 0;
  it.it_interval.tv_usec = 10000;  // Go's forcePreemptNS
  it.it_value = it.it_interval;
  setitimer(ITIMER_VIRTUAL, &it, nullptr);
}

bool wantPreempt() {
  if (!runqempty(&sched.p) || sched.runqhead) return true;
  int64_t w = nextTimerWhen();
  return w >= 0 && w <= nanotime();
}

[[noreturn]] static void checkdead() {
  flushStdout();
  std::string out = "fatal error: all goroutines are asleep - deadlock!\n";
  G* g1 = sched.maing;
  if (g1 && g1->goexited) {
    // Go's checkdead: main called Goexit and no goroutine is even blocked.
    bool blocked = false;
    for (G* g : sched.allgs) blocked |= g->status == _Gwaiting;
    if (!blocked) out = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
  }
  // Main inside a native's call back into Go (callGo: Once.Do's f, a String
  // method) waits on the nested g that runs that code: Go shows it as main.
  G* w = g1;
  if (w && w->status != _Gwaiting)
    for (G* g : sched.allgs)
      if (g->nested && g->status == _Gwaiting) w = g;
  if (w && w->status == _Gwaiting) {
    out += "\ngoroutine " + std::to_string(g1->goid) + " [" + w->waitreason + "]:\n";
    // A parked g resumes after the native that parked it: show that call's
    // line, as Go shows the call site (we exit right after, so no harm).
    if (w->pc) w->pc--;
    traceback(w, out);
  }
  fwrite(out.data(), 1, out.size(), stderr);
  exitProcess(2);
}

// Go's findrunnable: local queue (the global one every 61st tick, for
// fairness), global queue, due timers; else sleep until the next timer.
static G* findrunnable() {
  for (;;) {
    P* p = &sched.p;
    int64_t w = nextTimerWhen();
    if (w >= 0 && w <= nanotime()) runtimers(nanotime());
    if (sched.runqsize > 0 && ++p->schedtick % 61 == 0)
      if (G* g = globrunqget()) return g;
    if (G* g = runqget(p)) return g;
    if (G* g = globrunqget()) return g;
    w = nextTimerWhen();
    if (w < 0) checkdead();
    int64_t now = nanotime();
    if (w > now) {
      flushStdout();  // a sleeping program shows its output so far, as Go's unbuffered stdout does
      timespec ts;
      ts.tv_sec = time_t(w / 1000000000);
      ts.tv_nsec = long(w % 1000000000);
      while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) != 0) {
      }
    }
    runtimers(nanotime());
  }
}

void schedule(G* until) {
  for (;;) {
    G* gp = findrunnable();
    G* prev = sched.curg;
    sched.curg = gp;
    gp->status = _Grunning;
    sched.execute(gp);
    sched.curg = prev;
    switch (gp->status) {
      case _Grunning:  // its function returned
        if (gp == sched.maing && gp->goexited) {
          // runtime.Goexit on goroutine 1: the program goes on without it
          // until checkdead finds nothing left to run (Go's behaviour).
          gp->status = _Gdead;
          sched.ngoroutines--;
          break;
        }
        if (gp == sched.maing && sched.mainReturned && sched.mainReturned(gp)) break;
        if (gp == until) return;  // callGo copies the results out, then frees it; run() ends
        goexit0(gp);
        break;
      case _Grunnable:  // yielded (Gosched, preempted)
        globrunqput(gp);
        break;
      default:  // parked: a waker will ready it
        break;
    }
  }
}

// ---------------------------------------------------------------- stdout, exit

std::string& stdoutBuf() {
  static std::string buf;
  return buf;
}

void flushStdout() {
  std::string& b = stdoutBuf();
  size_t off = 0;
  while (off < b.size()) {
    ssize_t n = ::write(1, b.data() + off, b.size() - off);
    if (n <= 0) break;
    off += size_t(n);
  }
  b.clear();
}

void exitProcess(int code) {
  flushStdout();
  fflush(stderr);
  std::_Exit(code);
}

}  // namespace minigo::rt
