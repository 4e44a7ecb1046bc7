// mgcsweep.cpp — sweeping (Go's mgcsweep.go) and returning memory to the OS
// (mgcscavenge.go), done eagerly while the world is stopped.
//
// A swept span's gcmarkBits become its allocBits (Go's trick: the marked
// objects are exactly the allocated ones), its freeindex restarts at 0 and
// its mark bits are cleared for the next cycle. A span with no marked object
// goes back to the heap's free page runs, which coalesce with their
// neighbours; large free runs are madvised away so RSS follows the live heap.
#include <sys/mman.h>

#include <cstring>
#include <utility>

#include "runtime/gc.h"
#include "runtime/malloc.h"

namespace minigo::rt {

namespace {

uint32_t countMarked(const mspan* s) {
  uint32_t n = 0;
  size_t words = (s->nelems + 63) / 64;
  for (size_t w = 0; w < words; w++) {
    uint64_t m;
    std::memcpy(&m, s->gcmarkBits + w * 8, 8);
    n += uint32_t(__builtin_popcountll(m));
  }
  return n;
}

}  // namespace

uint64_t gcSweep() {
  // Every span goes back through mcentral: the mcache's spans are uncached
  // first, and the central lists are rebuilt from the sweep's results.
  for (int i = 0; i < numSpanClasses; i++) {
    mcache0.alloc[i] = &emptymspan;
    mheap_.central[i].partial = mSpanList{};
    mheap_.central[i].full = mSpanList{};
  }
  uint64_t live = 0;
  // freeSpan may append to allspans (never during sweep: it only merges), so
  // iterate by index over the count at the start.
  uintptr_t n = mheap_.nallspans;
  for (uintptr_t k = 0; k < n; k++) {
    mspan* s = mheap_.allspans[k];
    if (s->state != mSpanInUse) continue;
    uint32_t nmarked = countMarked(s);
    uint32_t freed = s->allocCount - nmarked;
    memstats.Frees += freed;
    memstats.HeapObjects -= freed;
    memstats.HeapAlloc -= uint64_t(freed) * s->elemsize;
    if (nmarked == 0) {
      mheap_.freeSpan(s);
      continue;
    }
    live += uint64_t(nmarked) * s->elemsize;
    // The mark bits become the alloc bits; fresh, clear mark bits.
    std::swap(s->allocBits, s->gcmarkBits);
    std::memset(s->gcmarkBits, 0, ((s->nelems + 63) / 64) * 8);
    s->allocCount = nmarked;
    if (spanClassSizeclass(s->spanclass) == 0) continue;  // large: owned by no mcentral
    s->freeindex = 0;
    uint64_t bits;
    std::memcpy(&bits, s->allocBits, 8);
    s->allocCache = ~bits;
    s->needzero = true;
    mcentral& c = mheap_.central[s->spanclass];
    if (nmarked == s->nelems) c.full.insert(s);
    else c.partial.insert(s);
  }
  return live;
}

// Releases free runs of at least 64 KiB to the OS until at most `retain`
// bytes of free, still-backed pages are left (Go's scavenger keeps about the
// heap goal's worth; returning memory costs page faults when reused).
void gcScavenge(uint64_t retain) {
  uint64_t backed = 0;
  for (mspan* f = mheap_.free.first; f; f = f->next)
    if (!f->scavenged) backed += f->npages << _PageShift;
  for (mspan* f = mheap_.free.first; f && backed > retain; f = f->next) {
    if (f->scavenged || f->npages < 8) continue;
    uintptr_t bytes = f->npages << _PageShift;
    madvise(reinterpret_cast<void*>(f->startAddr), bytes, MADV_DONTNEED);
    f->scavenged = true;
    backed -= bytes;
    memstats.HeapReleased += bytes;
  }
}

}  // namespace minigo::rt
