// sizeclasses.h — Go 1.19's malloc size classes (runtime/sizeclasses.go).
//
// The numbers are Go's own: small objects (<= 32 KiB) are rounded up to one
// of 67 size classes, and each class carves spans of class_to_allocnpages
// 8 KiB pages into equal objects. roundupsize answers what Go's answers, so
// growslice's capacities match real Go's.
#pragma once

#include <cstdint>

namespace minigo::rt {

constexpr uintptr_t _MaxSmallSize = 32768;
constexpr uintptr_t smallSizeDiv = 8;
constexpr uintptr_t smallSizeMax = 1024;
constexpr uintptr_t largeSizeDiv = 128;
constexpr int _NumSizeClasses = 68;
constexpr int _PageShift = 13;
constexpr uintptr_t _PageSize = uintptr_t(1) << _PageShift;

extern const uint16_t class_to_size[_NumSizeClasses];
extern const uint8_t class_to_allocnpages[_NumSizeClasses];
extern const uint8_t size_to_class8[smallSizeMax / smallSizeDiv + 1];
extern const uint8_t size_to_class128[(_MaxSmallSize - smallSizeMax) / largeSizeDiv + 1];

// The size class of a small request (size <= _MaxSmallSize). Class 0 is unused.
inline uint8_t sizeToClass(uintptr_t size) {
  if (size <= smallSizeMax - 8) return size_to_class8[(size + smallSizeDiv - 1) / smallSizeDiv];
  return size_to_class128[(size - smallSizeMax + largeSizeDiv - 1) / largeSizeDiv];
}

// The size of the block mallocgc hands out for a request of size bytes.
inline uintptr_t roundupsize(uintptr_t size) {
  if (size < _MaxSmallSize) return class_to_size[sizeToClass(size)];
  if (size + _PageSize < size) return size;  // overflow: the caller panics
  return (size + _PageSize - 1) & ~(_PageSize - 1);
}

}  // namespace minigo::rt
