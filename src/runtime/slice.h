// slice.h — slice allocation and growth, after Go 1.19's runtime/slice.go.
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace minigo {
struct Type;
}

namespace minigo::rt {

// make([]T, len, cap): the zeroed backing array, or nullptr after setting
// pendingError to "makeslice: len out of range" / "makeslice: cap out of range"
// (len < 0, len > cap, or size overflow). cap 0 or size-0 elements: &zerobase.
void* makeslice(Type* et, int64_t len, int64_t cap);

// Go 1.19's growslice(et, old, cap): a new backing array for a slice that
// needs at least cap elements; returns {ptr, old.len, newcap} with old's
// elements copied and the rest zeroed. Capacity policy: double below 256
// elements, then grow by (newcap + 3*256)/4 until enough, then round the
// byte size up to a size class (roundupsize) and recompute the capacity.
// On cap < old.cap or overflow: sets pendingError ("growslice: cap out of
// range") and returns {nullptr, 0, 0}.
GoSlice growslice(Type* et, GoSlice old, int64_t cap);
// Only the capacity growslice would choose (for tests and codegen).
int64_t growslicecap(int64_t elemSize, int64_t oldCap, int64_t cap);

// copy(to, from) for width-byte elements: copies min(toLen, fromLen)
// elements (memmove: the two may overlap) and returns that count.
int64_t slicecopy(void* toPtr, int64_t toLen, const void* fromPtr, int64_t fromLen, uintptr_t width);

}  // namespace minigo::rt
