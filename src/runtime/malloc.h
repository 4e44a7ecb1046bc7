// malloc.h — the heap allocator, after Go's runtime/malloc.go, mheap.go,
// mcentral.go, mcache.go.
//
// Shape (as in Go):
//   - One reserved virtual arena; pages are 8 KiB (_PageSize). The heap hands
//     out page runs as spans (mspan). A flat page → span table (mheap::spans)
//     finds the span, and so the object base, of any interior pointer.
//   - Small objects (<= 32 KiB) come from spans of one size class; each span
//     has an allocBits bitmap (1 = allocated) and a gcmarkBits bitmap for the
//     future mark-sweep GC, a freeindex and an allocCache (inverted allocBits,
//     64 slots at a time) so finding the next free slot is a ctz.
//   - mcentral keeps, per span class, the spans with free slots (partial) and
//     the full ones; mcache (one per P; there is one P today) caches one span
//     per span class, so the fast path touches no lock and no list.
//   - Large objects (> 32 KiB) get their own span (size class 0).
//   - Span class = size class << 1 | noscan. Objects of pointer-free types
//     live in noscan spans; scan spans record each object's Type (for arrays
//     allocated by makeslice/growslice: the element type, repeated over the
//     object), which is what the GC will read (Type::hasPointers, layout).
// The collector (gc.h) sweeps spans back to mcentral and frees empty ones to
// the heap's free page runs, which coalesce and are madvised to the OS.
// Single-threaded (GOMAXPROCS=1 semantics): no locks.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/sizeclasses.h"

namespace minigo {
struct Type;
}

namespace minigo::rt {

using spanClass = uint8_t;
constexpr int numSpanClasses = _NumSizeClasses << 1;
inline spanClass makeSpanClass(uint8_t sizeclass, bool noscan) {
  return spanClass((sizeclass << 1) | (noscan ? 1 : 0));
}
inline uint8_t spanClassSizeclass(spanClass sc) { return sc >> 1; }
inline bool spanClassNoscan(spanClass sc) { return sc & 1; }

enum mSpanState : uint8_t { mSpanDead, mSpanInUse, mSpanFree };

struct mspan {
  mspan* next = nullptr;  // in an mSpanList
  mspan* prev = nullptr;
  uintptr_t startAddr = 0;
  uintptr_t npages = 0;
  uintptr_t elemsize = 0;
  uintptr_t limit = 0;      // end of the last object
  uint32_t nelems = 0;      // objects in the span
  uint32_t freeindex = 0;   // slots below freeindex are allocated
  uint32_t allocCount = 0;
  uint32_t divMul = 0;      // ~0u/elemsize+1: objIndex without a division
  uint64_t allocCache = 0;  // inverted allocBits; bit 0 is slot freeindex (1 = free)
  uint8_t* allocBits = nullptr;   // 1 bit per object at/after freeindex: allocated (Go's semantics:
                                  // slots below freeindex are allocated whatever the bit says)
  uint8_t* gcmarkBits = nullptr;  // 1 bit per object: marked (GC)
  Type** types = nullptr;   // scan spans: each object's type; noscan: nullptr
  spanClass spanclass = 0;
  mSpanState state = mSpanDead;
  bool needzero = false;    // memory may be dirty (reused span)
  bool scavenged = false;   // free span whose pages were returned to the OS (read as zero)

  uintptr_t base() const { return startAddr; }
  // Index of the object containing address p (p inside the span).
  uintptr_t objIndex(uintptr_t p) const {
    return uintptr_t((uint64_t(p - startAddr) * divMul) >> 32);
  }
  bool isAllocated(uintptr_t i) const {
    return i < freeindex || (allocBits[i / 8] & (1u << (i % 8)));
  }
  bool isMarked(uintptr_t i) const { return gcmarkBits[i / 8] & (1u << (i % 8)); }
  void setMarked(uintptr_t i) { gcmarkBits[i / 8] |= uint8_t(1u << (i % 8)); }
};

struct mSpanList {
  mspan* first = nullptr;
  mspan* last = nullptr;
  bool isEmpty() const { return first == nullptr; }
  void insert(mspan* s);  // at the front
  void remove(mspan* s);
};

struct mcentral {
  spanClass spanclass = 0;
  mSpanList partial;  // spans with free objects
  mSpanList full;     // spans with none
  mspan* cacheSpan();          // a span with a free object, for an mcache
  void uncacheSpan(mspan* s);  // an mcache gives a span back
};

// Sentinel span with no free object: an mcache slot's initial value, so the
// fast path never tests for null.
extern mspan emptymspan;

struct mcache {
  mspan* alloc[numSpanClasses];  // never null: &emptymspan at first
  constexpr mcache() : alloc() {
    for (auto& s : alloc) s = &emptymspan;
  }
  void refill(spanClass spc);  // replaces alloc[spc] with a span that has a free object
};

struct mheap {
  uintptr_t arenaStart = 0;  // reserved arena [arenaStart, arenaEnd)
  uintptr_t arenaEnd = 0;
  uintptr_t arenaUsed = 0;   // pages below this were handed out at least once
  mspan** spans = nullptr;   // page index (addr-arenaStart)>>_PageShift → span
  mSpanList free;            // free page runs (filled by the future sweeper)
  // Every mspan ever created (the sweeper walks these). A plain array: mheap_
  // has no destructor, so spans stay reachable until the process ends.
  mspan** allspans = nullptr;
  uintptr_t nallspans = 0;
  uintptr_t capallspans = 0;
  mspan* newSpan();  // a zeroed mspan recorded in allspans
  mspan* spanpool = nullptr;  // dead mspans (merged away by freeSpan), linked by next, for newSpan
  mcentral central[numSpanClasses];

  void init();
  mspan* allocSpan(uintptr_t npages, spanClass spc);  // fatal on out of memory
  void freeSpan(mspan* s);
};

// runtime.MemStats' counters that the allocator keeps.
struct MemStats {
  uint64_t HeapAlloc = 0;    // bytes of allocated objects
  uint64_t TotalAlloc = 0;   // cumulative bytes allocated
  uint64_t Mallocs = 0;      // cumulative objects allocated
  uint64_t Frees = 0;        // cumulative objects freed
  uint64_t HeapObjects = 0;  // live objects
  uint64_t HeapSys = 0;      // bytes of arena handed to spans
  uint64_t Sys = 0;          // bytes obtained from the OS (arena + metadata)
  uint64_t NumGC = 0;
  uint64_t HeapReleased = 0; // bytes of free pages returned to the OS
  uint64_t PauseTotalNs = 0;
};

extern mheap mheap_;
extern mcache mcache0;  // the one P's cache
extern MemStats memstats;
// Address returned for zero-size allocations (Go's zerobase).
extern uintptr_t zerobase;

// Allocates size bytes for an object of type typ (nullptr: raw pointer-free
// memory, e.g. string bytes). The memory is zeroed when needzero is set (a
// caller that overwrites every byte may pass false). Never returns null:
// exhaustion is Go's "fatal error: runtime: out of memory".
void* mallocgc(uintptr_t size, Type* typ, bool needzero);
// new(T): a zeroed T.
void* newobject(Type* typ);
// n zeroed Ts; nullptr if n*size overflows / exceeds maxAlloc (caller panics).
void* newarray(Type* typ, int64_t n);

constexpr uintptr_t maxAlloc = uintptr_t(1) << 48;  // Go's maxAlloc on linux/amd64

// The span containing p, or nullptr when p is not in the heap arena.
inline mspan* spanOf(const void* p) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (a - mheap_.arenaStart >= mheap_.arenaUsed - mheap_.arenaStart) return nullptr;
  return mheap_.spans[(a - mheap_.arenaStart) >> _PageShift];
}
// Finds the allocated heap object containing p (which may be interior):
// its base address, span and index in the span. False if p is not inside
// an allocated heap object.
bool findObject(const void* p, uintptr_t* base, mspan** span, uintptr_t* objIndex);
// The type recorded for the object at index i of span s (nullptr: noscan).
Type* objectType(mspan* s, uintptr_t i);

}  // namespace minigo::rt
