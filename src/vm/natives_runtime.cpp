// natives_runtime.cpp — the runtime package's memory functions:
// runtime.GC, runtime.ReadMemStats, runtime.KeepAlive.
#include <cstddef>
#include <cstring>

#include "runtime/gc.h"
#include "runtime/malloc.h"
#include "runtime/proc.h"
#include "vm/natives.h"

namespace minigo::vm {

namespace {

// runtime.MemStats exactly as Go 1.19 lays it out (stdlib_decls.cpp declares
// the same fields in the same order).
struct GoMemStats {
  uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
  uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
  uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
  uint64_t BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
  uint64_t PauseNs[256];
  uint64_t PauseEnd[256];
  uint32_t NumGC, NumForcedGC;
  double GCCPUFraction;
  bool EnableGC, DebugGC;
  struct {
    uint32_t Size;
    uint64_t Mallocs, Frees;
  } BySize[61];
};
static_assert(offsetof(GoMemStats, BySize) == 4312, "runtime.MemStats layout");

void runtime_GC(rt::G*, uint8_t*) { rt::gcCollect(true); }

void runtime_ReadMemStats(rt::G*, uint8_t* a) {
  GoMemStats* m;
  std::memcpy(&m, a, 8);
  if (!m) return;  // Go faults; a nil *MemStats is a program bug
  const rt::MemStats& s = rt::memstats;
  uint64_t stacks = 0;
  for (rt::G* g : rt::sched.allgs)
    if (g->stack) stacks += g->stackSize;
  std::memset(static_cast<void*>(m), 0, sizeof(GoMemStats));
  m->Alloc = m->HeapAlloc = s.HeapAlloc;
  m->TotalAlloc = s.TotalAlloc;
  m->Mallocs = s.Mallocs;
  m->Frees = s.Frees;
  m->HeapObjects = s.HeapObjects;
  m->HeapReleased = s.HeapReleased;
  m->HeapInuse = s.HeapSys;
  uint64_t arena = rt::mheap_.arenaUsed - rt::mheap_.arenaStart;
  m->HeapSys = arena;
  m->HeapIdle = arena > s.HeapSys ? arena - s.HeapSys : 0;
  m->StackInuse = m->StackSys = stacks;
  m->Sys = s.Sys + stacks;
  m->NextGC = rt::gcTrigger == ~uint64_t(0) ? 0 : rt::gcTrigger;
  m->PauseTotalNs = s.PauseTotalNs;
  m->NumGC = uint32_t(s.NumGC);
  m->EnableGC = true;
}

// runtime.KeepAlive: its argument is live up to the call, which the stack
// scan already guarantees; nothing to do.
void runtime_KeepAlive(rt::G*, uint8_t*) {}

}  // namespace

// Called from lookupNative (a static library member is linked only when referenced).
void registerRuntimeNatives() {
  (void)NativeRegistrar("runtime.GC", runtime_GC);
  (void)NativeRegistrar("runtime.ReadMemStats", runtime_ReadMemStats);
  (void)NativeRegistrar("runtime.KeepAlive", runtime_KeepAlive);
}

}  // namespace minigo::vm
