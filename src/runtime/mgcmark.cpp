// mgcmark.cpp — marking (Go's mgcmark.go): roots, the mark stack (Go's gcWork
// queue, here one vector) and scanning of heap objects.
//
// Scanning is conservative: every 8-byte-aligned word of a root range or of a
// scan-span object that points into an allocated object marks it. Objects in
// noscan spans (pointer-free types, string bytes) are marked, never scanned.
#include <pthread.h>
#include <setjmp.h>

#include <cstring>
#include <vector>

#include "runtime/defer.h"
#include "runtime/gc.h"
#include "runtime/malloc.h"
#include "runtime/proc.h"
#include "runtime/time.h"
#include "vm/program.h"

namespace minigo::rt {

uint64_t gcMarkedBytes = 0;
uint64_t gcStackScanBytes = 0;

namespace {

struct RootRange {
  const void* p;
  size_t n;
};

std::vector<RootScanner>& scanners() {
  static std::vector<RootScanner> v;
  return v;
}
std::vector<RootRange>& rootRanges() {
  static std::vector<RootRange> v;
  return v;
}

// Objects marked but not yet scanned (base addresses of scan-span objects).
std::vector<uintptr_t> markStack;

// Marks the object containing address a; queues it for scanning if its span
// holds pointerful objects.
inline void greyobject(uintptr_t a) {
  mspan* s = spanOf(reinterpret_cast<const void*>(a));
  if (!s || s->state != mSpanInUse || a >= s->limit) return;
  uintptr_t i = s->objIndex(a);
  if (!s->isAllocated(i) || s->isMarked(i)) return;
  s->setMarked(i);
  gcMarkedBytes += s->elemsize;
  if (s->types && s->types[i]) markStack.push_back(s->startAddr + i * s->elemsize);
}

// Not instrumented: conservative scanning reads stack redzones and dead words.
__attribute__((noinline, no_sanitize_address)) void scanWords(uintptr_t b, uintptr_t e) {
  uintptr_t lo = mheap_.arenaStart, n = mheap_.arenaUsed - lo;
  for (b = (b + 7) & ~uintptr_t(7); b + 8 <= e; b += 8) {
    uintptr_t w;
    std::memcpy(&w, reinterpret_cast<const void*>(b), 8);
    if (w - lo < n) greyobject(w);  // one compare filters non-heap words
  }
}

// The used part of a goroutine's stack: everything below the end of its
// current frame (frames grow upward from the stack base).
void scanstack(G* g) {
  if (!g->stack || g->status == _Gdead) return;
  size_t used = g->stackSize;
  if (g->proto) {
    size_t top = size_t(g->fp) + size_t(g->proto->frameSize) + size_t(vm::kHeaderSize);
    if (top < used) used = top;
  }
  gcStackScanBytes += used;
  scanWords(reinterpret_cast<uintptr_t>(g->stack), reinterpret_cast<uintptr_t>(g->stack) + used);
  for (Defer* d = g->defer_; d; d = d->link) markObject(d->fn);
  for (Panic* p = g->panic_; p; p = p->link) {
    markObject(p->arg.type);
    markObject(p->arg.data);
  }
  if (g->sleepTimer) {
    markObject(g->sleepTimer);
    markObject(g->sleepTimer->arg);
  }
}

// The C++ stack of this thread, from here to its top, after spilling the
// callee-saved registers into a jmp_buf on the stack.
__attribute__((noinline)) void scanCStack() {
  jmp_buf regs;
  setjmp(regs);
  uintptr_t lo = reinterpret_cast<uintptr_t>(&regs);
  static uintptr_t hi = 0;
  if (!hi) {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      pthread_attr_getstack(&attr, &addr, &size);
      pthread_attr_destroy(&attr);
    }
    hi = reinterpret_cast<uintptr_t>(addr) + size;
  }
  // A VM run on another thread than the first collection's is scanned up to
  // a bounded window rather than a wrong top.
  uintptr_t top = hi;
  if (!(lo < top && top - lo < (uintptr_t(1) << 30))) top = lo + (64 << 10);
  scanWords(lo, top);
  asm volatile("" ::"r"(&regs) : "memory");
}

}  // namespace

void gcRegisterRootScanner(RootScanner fn) { scanners().push_back(fn); }
void gcAddRootRange(const void* p, size_t n) { rootRanges().push_back({p, n}); }

void markObject(const void* p) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (a - mheap_.arenaStart < mheap_.arenaUsed - mheap_.arenaStart) greyobject(a);
}

void scanBlock(const void* p, size_t n) {
  uintptr_t b = reinterpret_cast<uintptr_t>(p);
  scanWords(b, b + n);
}

void gcResetMarkStats() {
  gcMarkedBytes = 0;
  gcStackScanBytes = 0;
}

void gcMarkRoots() {
  for (G* g : sched.allgs) scanstack(g);
  for (auto& r : rootRanges()) scanBlock(r.p, r.n);
  for (Timer* t : sched.p.timers) {  // a timer may itself live in the heap
    markObject(t);
    markObject(t->arg);
  }
  for (RootScanner fn : scanners()) fn();
  scanCStack();
}

// Scans queued objects until none is left (Go's gcDrain). A large object is
// scanned to its span's end: only the allocated object lives there.
void gcDrain() {
  while (!markStack.empty()) {
    uintptr_t b = markStack.back();
    markStack.pop_back();
    mspan* s = spanOf(reinterpret_cast<const void*>(b));
    scanWords(b, b + s->elemsize);
  }
}

}  // namespace minigo::rt
