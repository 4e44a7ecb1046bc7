// Unit tests of the allocator (src/runtime/malloc.*, sizeclasses.*).
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "frontend/stages.h"
#include "frontend/types.h"
#include "runtime/malloc.h"
#include "runtime/sizeclasses.h"

using namespace minigo;
using namespace minigo::rt;

// Go 1.19's roundupsize (checked with real Go by growslice_caps.go too).
TEST(SizeClasses, RoundupsizeMatchesGo) {
  EXPECT_EQ(roundupsize(1), 8u);
  EXPECT_EQ(roundupsize(8), 8u);
  EXPECT_EQ(roundupsize(9), 16u);
  EXPECT_EQ(roundupsize(33), 48u);
  EXPECT_EQ(roundupsize(1017), 1024u);
  EXPECT_EQ(roundupsize(1025), 1152u);
  EXPECT_EQ(roundupsize(6000), 6144u);
  EXPECT_EQ(roundupsize(32768), 32768u);
  EXPECT_EQ(roundupsize(32769), 40960u);
  // Every class is the smallest class that fits.
  for (uintptr_t size = 1; size <= _MaxSmallSize; size++) {
    uintptr_t r = roundupsize(size);
    ASSERT_GE(r, size);
    uint8_t c = sizeToClass(size);
    ASSERT_GT(c, 0);
    ASSERT_EQ(class_to_size[c], r);
    ASSERT_TRUE(class_to_size[c - 1] < size) << size;
  }
  // A span of each class holds at least one object.
  for (int c = 1; c < _NumSizeClasses; c++)
    EXPECT_GE(class_to_allocnpages[c] * _PageSize / class_to_size[c], 1u);
}

static Type* ptrStruct() {
  initUniverse();
  static Type* t = [] {
    Type* s = newStruct({Field{"p", newPtr(types::Int)}, Field{"n", types::Int}});
    calcSize(s);
    return s;
  }();
  return t;
}

TEST(Malloc, ZeroSizeIsZerobase) {
  EXPECT_EQ(mallocgc(0, nullptr, true), &zerobase);
  EXPECT_EQ(mallocgc(0, ptrStruct(), true), &zerobase);
}

TEST(Malloc, SmallObjectsAreDistinctAlignedZeroed) {
  std::vector<uint8_t*> ps;
  for (int i = 0; i < 5000; i++) {
    size_t size = 1 + (i * 37) % 3000;
    uint8_t* p = static_cast<uint8_t*>(mallocgc(size, nullptr, true));
    for (size_t j = 0; j < size; j++) ASSERT_EQ(p[j], 0);
    memset(p, 0xAB, size);
    ASSERT_EQ(reinterpret_cast<uintptr_t>(p) % 8, 0u);
    ps.push_back(p);
  }
  for (size_t i = 0; i < ps.size(); i++) {
    uintptr_t base;
    mspan* s;
    uintptr_t idx;
    ASSERT_TRUE(findObject(ps[i], &base, &s, &idx));
    EXPECT_EQ(base, reinterpret_cast<uintptr_t>(ps[i]));
    EXPECT_EQ(s->elemsize, roundupsize(1 + (i * 37) % 3000));
  }
}

TEST(Malloc, InteriorPointersFindTheirObject) {
  uint8_t* p = static_cast<uint8_t*>(mallocgc(100, nullptr, true));  // class 112
  uintptr_t base;
  mspan* s;
  uintptr_t idx;
  for (int off = 0; off < 112; off++) {
    ASSERT_TRUE(findObject(p + off, &base, &s, &idx));
    ASSERT_EQ(base, reinterpret_cast<uintptr_t>(p));
  }
  EXPECT_EQ(s->elemsize, 112u);
  int x = 0;
  EXPECT_FALSE(findObject(&x, &base, &s, &idx));  // stack: not in the heap
  EXPECT_EQ(spanOf(&x), nullptr);
}

TEST(Malloc, LargeObjectsHaveTheirOwnSpan) {
  uint8_t* p = static_cast<uint8_t*>(mallocgc(100000, nullptr, true));
  mspan* s = spanOf(p);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->startAddr, reinterpret_cast<uintptr_t>(p));
  EXPECT_EQ(s->npages, (100000 + _PageSize - 1) / _PageSize);
  EXPECT_EQ(spanClassSizeclass(s->spanclass), 0);
  uintptr_t base;
  ASSERT_TRUE(findObject(p + 99999, &base, nullptr, nullptr));
  EXPECT_EQ(base, reinterpret_cast<uintptr_t>(p));
  for (int i = 0; i < 100000; i += 997) EXPECT_EQ(p[i], 0);
}

TEST(Malloc, TypesAreRecordedInScanSpans) {
  Type* t = ptrStruct();
  ASSERT_TRUE(t->hasPointers);
  void* p = newobject(t);
  mspan* s;
  uintptr_t idx;
  ASSERT_TRUE(findObject(p, nullptr, &s, &idx));
  EXPECT_FALSE(spanClassNoscan(s->spanclass));
  EXPECT_EQ(objectType(s, idx), t);
  void* big = newarray(t, 5000);  // large, scan
  ASSERT_TRUE(findObject(static_cast<char*>(big) + 777, nullptr, &s, &idx));
  EXPECT_EQ(objectType(s, idx), t);
  void* raw = mallocgc(16, nullptr, true);
  ASSERT_TRUE(findObject(raw, nullptr, &s, &idx));
  EXPECT_TRUE(spanClassNoscan(s->spanclass));
  EXPECT_EQ(objectType(s, idx), nullptr);
  EXPECT_EQ(newarray(t, -1), nullptr);
  EXPECT_EQ(newarray(t, int64_t(1) << 62), nullptr);
}

TEST(Malloc, StatsCount) {
  MemStats before = memstats;
  for (int i = 0; i < 100; i++) mallocgc(24, nullptr, true);
  EXPECT_EQ(memstats.Mallocs - before.Mallocs, 100u);
  EXPECT_EQ(memstats.TotalAlloc - before.TotalAlloc, 2400u);
  EXPECT_EQ(memstats.HeapObjects - before.HeapObjects, 100u);
  EXPECT_GE(memstats.Sys, memstats.HeapAlloc);
}

TEST(Malloc, ManySpansOfOneClass) {
  // More than one span's worth: the mcache refills from mcentral.
  uint8_t* prev = nullptr;
  int newSpans = 0;
  for (int i = 0; i < 3000; i++) {
    uint8_t* p = static_cast<uint8_t*>(mallocgc(8, nullptr, true));
    if (prev && spanOf(p) != spanOf(prev)) newSpans++;
    prev = p;
  }
  EXPECT_GE(newSpans, 2);
}
