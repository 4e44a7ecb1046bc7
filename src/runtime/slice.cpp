// slice.cpp — makeslice, growslice, slicecopy (Go 1.19's runtime/slice.go).
#include "runtime/slice.h"

#include <cstring>

#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/malloc.h"

namespace minigo::rt {

void* makeslice(Type* et, int64_t len, int64_t cap) {
  uintptr_t size = uintptr_t(et->size);
  uintptr_t mem;
  bool overflow = __builtin_mul_overflow(size, uintptr_t(cap), &mem);
  if (overflow || mem > maxAlloc || len < 0 || len > cap) {
    // Report len when len itself is bad, else cap (as Go does).
    overflow = __builtin_mul_overflow(size, uintptr_t(len), &mem);
    setPanic(makeError((overflow || mem > maxAlloc || len < 0) ? ErrMakesliceLen : ErrMakesliceCap));
    return nullptr;
  }
  return mallocgc(mem, et, true);
}

int64_t growslicecap(int64_t elemSize, int64_t oldCap, int64_t cap) {
  int64_t newcap = oldCap;
  int64_t doublecap = newcap + newcap;
  if (cap > doublecap) {
    newcap = cap;
  } else {
    // Below 256 elements double; above, grow by 1.25x plus 192 elements,
    // a smooth transition from 2x to 1.25x.
    constexpr int64_t threshold = 256;
    if (oldCap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < cap) newcap += (newcap + 3 * threshold) / 4;
      if (newcap <= 0) newcap = cap;  // overflow
    }
  }
  if (elemSize == 0) return cap;
  uintptr_t capmem;
  if (__builtin_mul_overflow(uintptr_t(elemSize), uintptr_t(newcap), &capmem) || capmem > maxAlloc)
    return -1;
  capmem = roundupsize(capmem);
  return int64_t(capmem / uintptr_t(elemSize));
}

GoSlice growslice(Type* et, GoSlice old, int64_t cap) {
  if (cap < old.cap) {
    setPanic(makeError(ErrGrowsliceCap));
    return GoSlice{nullptr, 0, 0};
  }
  uintptr_t size = uintptr_t(et->size);
  if (size == 0) return GoSlice{&zerobase, old.len, cap};
  int64_t newcap = growslicecap(int64_t(size), old.cap, cap);
  if (newcap < 0) {
    setPanic(makeError(ErrGrowsliceCap));
    return GoSlice{nullptr, 0, 0};
  }
  uintptr_t capmem = uintptr_t(newcap) * size;
  uintptr_t lenmem = uintptr_t(old.len) * size;
  void* p;
  if (!et->hasPointers) {
    // Everything past old.len is zeroed: the caller stores the appended
    // elements, and the rest must read as zero after later reslicing.
    p = mallocgc(capmem, nullptr, false);
    memset(static_cast<uint8_t*>(p) + lenmem, 0, capmem - lenmem);
  } else {
    p = mallocgc(capmem, et, true);
  }
  if (lenmem) memmove(p, old.ptr, lenmem);
  return GoSlice{p, old.len, newcap};
}

int64_t slicecopy(void* toPtr, int64_t toLen, const void* fromPtr, int64_t fromLen, uintptr_t width) {
  if (fromLen == 0 || toLen == 0) return 0;
  int64_t n = fromLen < toLen ? fromLen : toLen;
  if (width == 0) return n;
  uintptr_t size = uintptr_t(n) * width;
  if (size == 1) *static_cast<uint8_t*>(toPtr) = *static_cast<const uint8_t*>(fromPtr);
  else memmove(toPtr, fromPtr, size);
  return n;
}

}  // namespace minigo::rt
