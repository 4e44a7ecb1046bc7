// gc.cpp — one collection cycle (Go's gcStart → mark → mark termination →
// sweep, all with the world stopped), pacing (mgcpacer.go), the GOGC and
// GODEBUG settings, gctrace, and stack shrinking (Go's shrinkstack).
#include "runtime/gc.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "frontend/types.h"
#include "runtime/malloc.h"
#include "runtime/proc.h"
#include "vm/program.h"

namespace minigo::rt {

bool gcwaiting = false;
uint64_t gcTrigger = uint64_t(4) << 20;

namespace {

constexpr uint64_t heapminimum = uint64_t(4) << 20;  // Go's 4 MB at GOGC=100

GCSettings loadSettings() {
  GCSettings s;
  if (const char* e = std::getenv("GOGC")) {
    if (std::strcmp(e, "off") == 0) s.gcpercent = -1;
    else if (*e) s.gcpercent = std::atoi(e);
  }
  if (const char* e = std::getenv("GODEBUG")) {
    std::string d = e;
    size_t i = 0;
    while (i <= d.size()) {
      size_t j = d.find(',', i);
      if (j == std::string::npos) j = d.size();
      std::string kv = d.substr(i, j - i);
      size_t eq = kv.find('=');
      if (eq != std::string::npos) {
        std::string k = kv.substr(0, eq);
        int v = std::atoi(kv.c_str() + eq + 1);
        if (k == "gctrace") s.trace = v > 0;
        else if (k == "gcstress") s.stress = v > 0 ? v : 0;
      }
      i = j + 1;
    }
  }
  return s;
}

uint64_t heapGoal(uint64_t live, int gcpercent) {
  if (gcpercent < 0) return ~uint64_t(0);
  uint64_t goal = live + live / 100 * uint64_t(gcpercent);
  uint64_t min = heapminimum * uint64_t(gcpercent) / 100;
  return goal < min ? min : goal;
}

uint64_t stressCount = 0;
uint64_t lastGoal = heapminimum;
int64_t startNanos = 0;
uint64_t totalGCNanos = 0;

// The initial trigger honours GOGC before the first allocation.
struct Init {
  Init() {
    const GCSettings& s = gcSettings();
    lastGoal = gcTrigger = heapGoal(0, s.gcpercent);
    if (s.stress) gcTrigger = 0;  // the first allocation arms the safepoint hook
    startNanos = nanotime();
  }
} init;

// Go's shrinkstack: halve the stack of a runnable goroutine that uses less
// than a quarter of it. Parked goroutines keep theirs (a sudog may point
// into it); the running one and callGo's nested ones too (C++ code holds
// pointers into them).
void shrinkstacks(G* running) {
  for (G* g : sched.allgs) {
    if (g == running || g->status != _Grunnable || g->nested || !g->stack || !g->proto) continue;
    if (g->stackSize <= kStackMin) continue;
    size_t used = size_t(g->fp) + size_t(g->proto->frameSize) + size_t(vm::kHeaderSize) + kStackGuard;
    if (used >= g->stackSize / 4) continue;
    size_t newsize = g->stackSize / 2;
    auto* ns = static_cast<uint8_t*>(std::malloc(newsize));
    if (!ns) continue;
    std::memcpy(ns, g->stack, used - kStackGuard);
    std::free(g->stack);
    g->stack = ns;
    g->stackSize = newsize;
    g->stackHi = ns + newsize - kStackGuard;
  }
}

}  // namespace

const GCSettings& gcSettings() {
  static GCSettings s = loadSettings();
  return s;
}

void gcRequest() {
  gcwaiting = true;
  sched.preempt = true;
}

bool gcSafepoint(G* g) {
  (void)g;
  const GCSettings& s = gcSettings();
  if (!s.stress) {
    gcCollect(false);
    return true;
  }
  sched.preempt = true;  // keep taking the slow path: count every safepoint
  if (++stressCount % uint64_t(s.stress) == 0 || memstats.HeapAlloc >= gcTrigger) gcCollect(false);
  // The preemption tick is every 10ms; answer as if only it had fired.
  static int64_t lastTick = 0;
  int64_t now = nanotime();
  if (now - lastTick < 10000000) return false;
  lastTick = now;
  return true;
}

void gcCollect(bool forced) {
  const GCSettings& s = gcSettings();
  int64_t t0 = nanotime();
  uint64_t heap0 = memstats.HeapAlloc;
  gcResetMarkStats();
  gcMarkRoots();
  gcDrain();
  int64_t t1 = nanotime();
  uint64_t live = gcSweep();
  shrinkstacks(sched.curg);
  uint64_t goal = heapGoal(live, s.gcpercent);
  gcTrigger = goal;
  gcScavenge(goal > live ? goal - live : 0);
  gcwaiting = s.stress != 0;
  memstats.NumGC++;
  int64_t t2 = nanotime();
  uint64_t pause = uint64_t(t2 - t0);
  memstats.PauseTotalNs += pause;
  totalGCNanos += pause;
  if (s.trace) {
    double since = double(t2 - startNanos) / 1e9;
    int pct = t2 > startNanos ? int(100.0 * double(totalGCNanos) / double(t2 - startNanos)) : 0;
    double markMs = double(t1 - t0) / 1e6, sweepMs = double(t2 - t1) / 1e6;
    fprintf(stderr,
            "gc %llu @%.3fs %d%%: 0+%.3f+%.3f ms clock, 0+%.3f/%.3f/0+%.3f ms cpu, %llu->%llu->%llu MB, %llu MB goal, "
            "%llu MB stacks, 0 MB globals, 1 P%s\n",
            (unsigned long long)memstats.NumGC, since, pct, markMs, sweepMs, markMs, markMs, sweepMs,
            (unsigned long long)(heap0 >> 20), (unsigned long long)(heap0 >> 20), (unsigned long long)(live >> 20),
            (unsigned long long)(lastGoal >> 20), (unsigned long long)(gcStackScanBytes >> 20),
            forced ? " (forced)" : "");
  }
  lastGoal = goal;
}

Type* gcConservativeType() {
  static Type* t = [] {
    Type* u = new Type();
    u->kind = TUNSAFEPTR;
    u->size = 8;
    u->align = 8;
    u->hasPointers = true;
    return u;
  }();
  return t;
}

void* persistentalloc(size_t n) {
  void* p = std::calloc(1, n ? n : 1);
  if (!p) {
    flushStdout();
    fputs("fatal error: runtime: out of memory\n", stderr);
    std::_Exit(2);
  }
  memstats.Sys += n;
  return p;
}

}  // namespace minigo::rt
