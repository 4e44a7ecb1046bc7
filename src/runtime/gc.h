// gc.h — the garbage collector: stop-the-world, non-moving, tracing
// mark-sweep over the span heap of malloc.h (Go's runtime/mgc.go,
// mgcmark.go, mgcsweep.go, mgcpacer.go in miniature).
//
// WHEN IT RUNS. Only at safepoints of the interpreter loop (calls, loop
// back-edges) and in runtime.GC(). mallocgc never collects: when the heap
// passes the goal it sets gcwaiting (and sched.preempt, so the next safepoint
// takes its slow path), and the interpreter calls gcSafepoint(g) after saving
// g's state. Native C++ code between two safepoints therefore never sees a
// collection, and may keep heap pointers in C++ locals while it runs.
//
// ROOTS. Every goroutine's stack (parked ones too), conservatively: each
// aligned word of the used part [stack, stack + fp + proto->frameSize) that
// points into an allocated heap object (interior pointers included) marks
// that object. Root ranges registered with gcAddRootRange (the globals area).
// The C++ stack of the thread running the VM, conservatively (so a native
// that calls back into Go — fmt calling String() — keeps its C++ locals
// alive across the callback). The G-attached runtime records this file knows
// (defer and panic records, sleep timers) and the p's timer heap. And every
// registered root scanner.
//
// FOR RUNTIME AUTHORS (channels, select, sudogs, timers, defers, sync, ...):
// a GC-heap object referenced ONLY from memory the collector does not scan
// (C++ `new`/malloc memory, std::vector, static variables) is freed. Either
//   - allocate such runtime structures in the GC heap with a Type whose
//     hasPointers is true (the collector scans scan-span objects word by word,
//     conservatively), and keep them reachable from a stack, a global or
//     another heap object; or
//   - register a scanner once (e.g. from a static initialiser):
//         static bool r = (gcRegisterRootScanner([] { for (...) markObject(p); }), true);
//     and in it call markObject(p) for each heap pointer you hold, or
//     scanBlock(p, n) for a C++ block holding heap pointers at aligned words.
// Memory that must never be freed and holds no heap pointers (a zero value
// referenced from a Type) can come from persistentalloc instead of mallocgc.
//
// PACING (mgcpacer.go, GOGC=100): the next cycle starts when the heap reaches
// goal = live * (1 + GOGC/100), at least 4 MB * GOGC/100. GOGC=off disables.
// GODEBUG=gctrace=1 prints one line per cycle on stderr; GODEBUG=gcstress=N
// collects at every N-th safepoint (N=1: every), to prove no root is missing.
#pragma once

#include <cstddef>
#include <cstdint>

namespace minigo {
struct Type;
}

namespace minigo::rt {

struct G;

// Set when a collection is due (or always, in stress mode); the interpreter
// checks it at a safepoint once sched.preempt is set.
extern bool gcwaiting;
// The heap size at which mallocgc requests the next cycle (~0: never).
extern uint64_t gcTrigger;

// Called by mallocgc when HeapAlloc passes gcTrigger: requests a cycle.
void gcRequest();
// Called at a safepoint of the running g with its state saved (g->pc,
// g->proto, g->fp): runs the requested cycle. Never moves g's stack.
// Returns whether the safepoint should also consider yielding: false when
// only gcstress's own re-arming brought it here (no 10ms tick since the
// last yield check), so stress mode does not change the schedule.
bool gcSafepoint(G* g);
// runtime.GC(): a full cycle now (forced). Callable from a native.
void gcCollect(bool forced);

// ---- root registration (see the comment at the top)
using RootScanner = void (*)();
void gcRegisterRootScanner(RootScanner fn);
// A permanent root range scanned conservatively (the globals area).
void gcAddRootRange(const void* p, size_t n);
// Marks the heap object containing p (interior pointers are fine; anything
// else — nil, stack, globals, C++ memory — is ignored). Only valid inside a
// scanner or the collector.
void markObject(const void* p);
// Conservatively marks every aligned word of [p, p+n) that points into the heap.
void scanBlock(const void* p, size_t n);

// Never-freed, never-scanned, zeroed memory outside the GC heap (Go's
// persistentalloc): for runtime data that lives as long as the process.
void* persistentalloc(size_t n);

// A pointerful type for objects allocated without their layout (the VM's
// MALLOC: closures, variadic and composite-literal backing arrays): such
// objects are scanned conservatively like every scan object.
Type* gcConservativeType();

// ---- settings (from GOGC and GODEBUG at first use)
struct GCSettings {
  int gcpercent = 100;   // -1: off
  bool trace = false;    // gctrace=1
  int stress = 0;        // gcstress=N
};
const GCSettings& gcSettings();

// ---- internal, shared by gc.cpp, mgcmark.cpp, mgcsweep.cpp
void gcMarkRoots();
void gcDrain();
// Sweeps every span; returns bytes of live heap after the sweep.
uint64_t gcSweep();
// Returns large free page runs to the OS (madvise).
void gcScavenge(uint64_t retain);
void gcResetMarkStats();
extern uint64_t gcMarkedBytes;
extern uint64_t gcStackScanBytes;

}  // namespace minigo::rt
