// malloc.cpp — mallocgc and the span/heap machinery behind it (see malloc.h).
#include "runtime/malloc.h"

#include <sys/mman.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/gc.h"

namespace minigo::rt {

constinit mspan emptymspan;
constinit mcache mcache0;
mheap mheap_;
MemStats memstats;
uintptr_t zerobase;

// ---- mSpanList ---------------------------------------------------------------

void mSpanList::insert(mspan* s) {
  s->prev = nullptr;
  s->next = first;
  if (first) first->prev = s;
  else last = s;
  first = s;
}

void mSpanList::remove(mspan* s) {
  if (s->prev) s->prev->next = s->next;
  else first = s->next;
  if (s->next) s->next->prev = s->prev;
  else last = s->prev;
  s->next = s->prev = nullptr;
}

// ---- mheap --------------------------------------------------------------------

// Reserves the arena: address space only (MAP_NORESERVE), so untouched pages
// cost nothing; fresh pages read as zero. Falls back to smaller reservations
// when the system refuses a large one.
void mheap::init() {
  if (arenaStart) return;
  for (uintptr_t size = uintptr_t(64) << 30; size >= (uintptr_t(64) << 20); size >>= 1) {
    uintptr_t npages = size >> _PageShift;
    void* a = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (a == MAP_FAILED) continue;
    void* t = mmap(nullptr, npages * sizeof(mspan*), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (t == MAP_FAILED) {
      munmap(a, size);
      continue;
    }
    arenaStart = reinterpret_cast<uintptr_t>(a);
    arenaEnd = arenaStart + size;
    arenaUsed = arenaStart;
    spans = static_cast<mspan**>(t);
    for (int i = 0; i < numSpanClasses; i++) central[i].spanclass = spanClass(i);
    return;
  }
  fatal("runtime: cannot reserve arena virtual address space");
}

static void outOfMemory() { fatal("runtime: out of memory"); }

// Sets up a span's objects for span class spc over npages pages at base.
static void initSpan(mspan* s, uintptr_t base, uintptr_t npages, spanClass spc) {
  s->startAddr = base;
  s->npages = npages;
  s->spanclass = spc;
  s->state = mSpanInUse;
  s->freeindex = 0;
  s->allocCount = 0;
  s->allocCache = ~uint64_t(0);
  uint8_t sc = spanClassSizeclass(spc);
  if (sc == 0) {  // large object: one per span
    s->elemsize = npages << _PageShift;
    s->nelems = 1;
    s->divMul = 0;
  } else {
    s->elemsize = class_to_size[sc];
    s->nelems = uint32_t((npages << _PageShift) / s->elemsize);
    s->divMul = uint32_t(~uint32_t(0) / uint32_t(s->elemsize) + 1);
  }
  s->limit = base + uintptr_t(s->nelems) * s->elemsize;
  // Bitmaps are whole 64-bit words so allocCache refills read 8 bytes.
  size_t nbytes = ((s->nelems + 63) / 64) * 8;
  s->allocBits = static_cast<uint8_t*>(calloc(nbytes, 1));
  s->gcmarkBits = static_cast<uint8_t*>(calloc(nbytes, 1));
  s->types = spanClassNoscan(spc) ? nullptr : static_cast<Type**>(calloc(s->nelems, sizeof(Type*)));
  if (!s->allocBits || !s->gcmarkBits || (!spanClassNoscan(spc) && !s->types)) outOfMemory();
  memstats.Sys += 2 * nbytes + (s->types ? s->nelems * sizeof(Type*) : 0);
}

mspan* mheap::newSpan() {
  if (mspan* s = spanpool) {  // a dead mspan: already in allspans
    spanpool = s->next;
    *s = mspan{};
    return s;
  }
  if (nallspans == capallspans) {
    uintptr_t ncap = capallspans ? 2 * capallspans : 1024;
    mspan** a = static_cast<mspan**>(realloc(allspans, ncap * sizeof(mspan*)));
    if (!a) outOfMemory();
    allspans = a;
    capallspans = ncap;
  }
  mspan* s = new mspan;
  allspans[nallspans++] = s;
  memstats.Sys += sizeof(mspan);
  return s;
}

mspan* mheap::allocSpan(uintptr_t npages, spanClass spc) {
  if (!arenaStart) init();
  mspan* s = nullptr;
  // First fit among free runs (only the future sweeper fills this list).
  for (mspan* f = free.first; f; f = f->next) {
    if (f->npages < npages) continue;
    free.remove(f);
    if (f->npages > npages) {  // split: the tail stays free
      mspan* rest = newSpan();
      rest->startAddr = f->startAddr + (npages << _PageShift);
      rest->npages = f->npages - npages;
      rest->state = mSpanFree;
      rest->needzero = true;
      rest->scavenged = f->scavenged;
      free.insert(rest);
      uintptr_t first = (rest->startAddr - arenaStart) >> _PageShift;
      for (uintptr_t i = 0; i < rest->npages; i++) spans[first + i] = rest;
      f->npages = npages;
    }
    s = f;
    s->needzero = !f->scavenged;  // released pages read as zero again
    if (f->scavenged) memstats.HeapReleased -= npages << _PageShift;
    s->scavenged = false;
    break;
  }
  if (!s) {
    uintptr_t bytes = npages << _PageShift;
    if (npages > (arenaEnd - arenaUsed) >> _PageShift) outOfMemory();
    s = newSpan();
    s->startAddr = arenaUsed;
    s->needzero = false;  // fresh pages from the OS are zero
    arenaUsed += bytes;
    memstats.Sys += bytes;
  }
  initSpan(s, s->startAddr, npages, spc);
  uintptr_t first = (s->startAddr - arenaStart) >> _PageShift;
  for (uintptr_t i = 0; i < npages; i++) spans[first + i] = s;
  memstats.HeapSys += npages << _PageShift;
  return s;
}

// Returns a span's pages to the free list (the sweeper's job), merged with
// free neighbours so that page runs do not fragment. A merged run is
// scavenged only if both parts were.
void mheap::freeSpan(mspan* s) {
  ::free(s->allocBits);
  ::free(s->gcmarkBits);
  ::free(s->types);
  s->allocBits = s->gcmarkBits = nullptr;
  s->types = nullptr;
  s->state = mSpanFree;
  s->needzero = true;
  s->scavenged = false;
  memstats.HeapSys -= s->npages << _PageShift;
  uintptr_t first = (s->startAddr - arenaStart) >> _PageShift;
  if (first > 0) {
    mspan* before = spans[first - 1];
    if (before && before->state == mSpanFree) {
      free.remove(before);
      if (before->scavenged) memstats.HeapReleased -= before->npages << _PageShift;
      before->npages += s->npages;
      s->state = mSpanDead;
      s->next = spanpool;
      spanpool = s;
      s = before;
      s->scavenged = false;
      first = (s->startAddr - arenaStart) >> _PageShift;
    }
  }
  uintptr_t endAddr = s->startAddr + (s->npages << _PageShift);
  if (endAddr < arenaUsed) {
    mspan* after = spans[(endAddr - arenaStart) >> _PageShift];
    if (after && after->state == mSpanFree) {
      free.remove(after);
      if (after->scavenged) memstats.HeapReleased -= after->npages << _PageShift;
      s->npages += after->npages;
      after->state = mSpanDead;
      after->next = spanpool;
      spanpool = after;
    }
  }
  for (uintptr_t i = 0; i < s->npages; i++) spans[first + i] = s;
  free.insert(s);
}

// ---- mcentral / mcache ------------------------------------------------------

mspan* mcentral::cacheSpan() {
  if (mspan* s = partial.first) {
    partial.remove(s);
    return s;
  }
  uint8_t sc = spanClassSizeclass(spanclass);
  return mheap_.allocSpan(class_to_allocnpages[sc], spanclass);
}

void mcentral::uncacheSpan(mspan* s) {
  if (s->allocCount == s->nelems) full.insert(s);
  else partial.insert(s);
}

void mcache::refill(spanClass spc) {
  if (!mheap_.arenaStart) mheap_.init();  // also numbers the mcentrals
  mspan* s = alloc[spc];
  if (s != &emptymspan) mheap_.central[spc].uncacheSpan(s);
  alloc[spc] = mheap_.central[spc].cacheSpan();
}

// Loads the inverted allocBits of the 64 slots starting at slot whichByte*8.
static inline void refillAllocCache(mspan* s, uintptr_t whichByte) {
  uint64_t bits;
  memcpy(&bits, s->allocBits + whichByte, 8);
  s->allocCache = ~bits;
}

// The next free slot index of s (s->nelems if none), advancing freeindex
// past it. Go's nextFreeFast + nextFreeIndex in one.
static inline uintptr_t nextFreeIndex(mspan* s) {
  uintptr_t fi = s->freeindex;
  uintptr_t n = s->nelems;
  if (fi == n) return n;
  uint64_t cache = s->allocCache;
  while (cache == 0) {  // no free slot in this 64-slot window: next window
    fi = (fi + 64) & ~uintptr_t(63);
    if (fi >= n) {
      s->freeindex = uint32_t(n);
      return n;
    }
    refillAllocCache(s, fi / 8);
    cache = s->allocCache;
  }
  uintptr_t bit = uintptr_t(__builtin_ctzll(cache));
  uintptr_t result = fi + bit;
  if (result >= n) {
    s->freeindex = uint32_t(n);
    return n;
  }
  s->allocCache = bit == 63 ? 0 : cache >> (bit + 1);
  fi = result + 1;
  if (fi % 64 == 0 && fi != n) refillAllocCache(s, fi / 8);
  s->freeindex = uint32_t(fi);
  return result;
}

// ---- mallocgc --------------------------------------------------------------------

static void* largeAlloc(uintptr_t size, Type* typ, bool needzero, bool noscan) {
  if (size > maxAlloc) outOfMemory();
  uintptr_t npages = (size + _PageSize - 1) >> _PageShift;
  mspan* s = mheap_.allocSpan(npages, makeSpanClass(0, noscan));
  s->freeindex = 1;
  s->allocCount = 1;
  void* x = reinterpret_cast<void*>(s->startAddr);
  if (needzero && s->needzero) memset(x, 0, s->elemsize);
  if (!noscan) s->types[0] = typ;
  memstats.HeapAlloc += s->elemsize;
  memstats.TotalAlloc += s->elemsize;
  memstats.Mallocs++;
  memstats.HeapObjects++;
  if (memstats.HeapAlloc >= gcTrigger) gcRequest();  // collected at the next safepoint
  return x;
}

void* mallocgc(uintptr_t size, Type* typ, bool needzero) {
  if (size == 0) return &zerobase;
  bool noscan = typ == nullptr || !typ->hasPointers;
  if (size > _MaxSmallSize) [[unlikely]]
    return largeAlloc(size, typ, needzero, noscan);
  spanClass spc = makeSpanClass(sizeToClass(size), noscan);
  mspan* s = mcache0.alloc[spc];
  uintptr_t idx = nextFreeIndex(s);
  if (idx == s->nelems) [[unlikely]] {
    mcache0.refill(spc);
    s = mcache0.alloc[spc];
    idx = nextFreeIndex(s);
  }
  s->allocCount++;
  void* x = reinterpret_cast<void*>(s->startAddr + idx * s->elemsize);
  if (needzero && s->needzero) memset(x, 0, s->elemsize);
  if (!noscan) s->types[idx] = typ;
  memstats.HeapAlloc += s->elemsize;
  memstats.TotalAlloc += s->elemsize;
  memstats.Mallocs++;
  memstats.HeapObjects++;
  if (memstats.HeapAlloc >= gcTrigger) [[unlikely]]
    gcRequest();  // never collects here: natives hold heap pointers in C++ locals
  return x;
}

void* newobject(Type* typ) { return mallocgc(uintptr_t(typ->size), typ, true); }

void* newarray(Type* typ, int64_t n) {
  if (n < 0) return nullptr;
  uintptr_t mem;
  if (__builtin_mul_overflow(uintptr_t(typ->size), uintptr_t(n), &mem) || mem > maxAlloc) return nullptr;
  return mallocgc(mem, typ, true);
}

bool findObject(const void* p, uintptr_t* base, mspan** span, uintptr_t* objIndex) {
  mspan* s = spanOf(p);
  if (!s || s->state != mSpanInUse) return false;
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (a >= s->limit) return false;  // in the span's tail waste
  uintptr_t i = s->objIndex(a);
  if (!s->isAllocated(i)) return false;
  if (base) *base = s->startAddr + i * s->elemsize;
  if (span) *span = s;
  if (objIndex) *objIndex = i;
  return true;
}

Type* objectType(mspan* s, uintptr_t i) { return s->types ? s->types[i] : nullptr; }

}  // namespace minigo::rt
