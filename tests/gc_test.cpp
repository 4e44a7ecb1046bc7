// gc_test.cpp — the collector at the runtime level: cycles are freed, roots
// (registered ranges and scanners) keep whole graphs alive, swept memory is
// reused so the arena stops growing, large objects are freed and their pages
// coalesce. (Goroutine stacks, channel buffers and closures are covered end
// to end by programs/gc_*.go.)
#include <gtest/gtest.h>

#include <cstring>

#include "runtime/gc.h"
#include "runtime/malloc.h"

using namespace minigo::rt;

namespace {

struct Node {
  Node* next;
  Node* other;
  int64_t val;
};

Node* newNode(int64_t v) {
  auto* n = static_cast<Node*>(mallocgc(sizeof(Node), gcConservativeType(), true));
  n->val = v;
  return n;
}

// Built in a separate frame so no pointer to the garbage stays in the test's
// own frame (the C++ stack is scanned conservatively).
__attribute__((noinline)) void makeGarbageCycles(int n) {
  for (int i = 0; i < n; i++) {
    Node* a = newNode(i);
    Node* b = newNode(i);
    a->other = b;
    b->other = a;
  }
}

__attribute__((noinline)) Node* makeList(int n) {
  Node* head = nullptr;
  for (int i = 0; i < n; i++) {
    Node* x = newNode(i);
    x->next = head;
    head = x;
  }
  return head;
}

__attribute__((noinline)) void clobberStack() {
  volatile char buf[16384];
  std::memset(const_cast<char*>(buf), 0, sizeof buf);
}

Node* rootSlot[1];
Node* scannedByScanner = nullptr;

}  // namespace

TEST(GC, CyclesAreFreed) {
  gcCollect(true);
  uint64_t frees0 = memstats.Frees;
  makeGarbageCycles(20000);
  clobberStack();
  gcCollect(true);
  EXPECT_GE(memstats.Frees - frees0, 39000u);
}

TEST(GC, RootRangeKeepsAListAlive) {
  gcAddRootRange(rootSlot, sizeof rootSlot);
  rootSlot[0] = makeList(5000);
  clobberStack();
  for (int k = 0; k < 3; k++) {
    makeGarbageCycles(10000);
    gcCollect(true);
  }
  int64_t n = 0, sum = 0;
  for (Node* x = rootSlot[0]; x; x = x->next) {
    uintptr_t base;
    EXPECT_TRUE(findObject(x, &base, nullptr, nullptr));
    n++;
    sum += x->val;
  }
  EXPECT_EQ(n, 5000);
  EXPECT_EQ(sum, 4999 * 5000 / 2);
  uint64_t frees0 = memstats.Frees;
  rootSlot[0] = nullptr;
  clobberStack();
  gcCollect(true);
  EXPECT_GE(memstats.Frees - frees0, 4900u);
}

TEST(GC, RegisteredScannerIsARoot) {
  gcRegisterRootScanner([] { markObject(scannedByScanner); });
  scannedByScanner = makeList(1000);
  clobberStack();
  makeGarbageCycles(5000);
  gcCollect(true);
  int n = 0;
  for (Node* x = scannedByScanner; x; x = x->next) n++;
  EXPECT_EQ(n, 1000);
  scannedByScanner = nullptr;
}

TEST(GC, SweptMemoryIsReused) {
  gcCollect(true);
  makeGarbageCycles(50000);
  clobberStack();
  gcCollect(true);
  uintptr_t used = mheap_.arenaUsed;
  for (int k = 0; k < 20; k++) {
    makeGarbageCycles(50000);
    clobberStack();
    gcCollect(true);
  }
  // 20 more rounds of the same garbage fit in the memory already obtained.
  EXPECT_LE(mheap_.arenaUsed, used + (uintptr_t(1) << 20));
}

TEST(GC, LargeObjectsAreFreedAndCoalesce) {
  (void)mallocgc(16, nullptr, false);  // the heap initialises on first use
  gcCollect(true);
  uintptr_t used0 = mheap_.arenaUsed;
  for (int k = 0; k < 50; k++) {
    for (int i = 0; i < 8; i++) (void)mallocgc(100000, nullptr, false);
    clobberStack();
    gcCollect(true);
  }
  // Freed 100 KB spans merge, so the arena grows by a few rounds at most.
  EXPECT_LE(mheap_.arenaUsed - used0, uintptr_t(8) << 20);
  // A bigger object than any single freed span still fits in merged runs.
  gcCollect(true);
  uintptr_t used1 = mheap_.arenaUsed;
  (void)mallocgc(400000, nullptr, false);
  EXPECT_LE(mheap_.arenaUsed, used1 + (uintptr_t(1) << 20));
}

TEST(GC, InteriorPointersKeepObjects) {
  Node* head = makeList(10);
  rootSlot[0] = reinterpret_cast<Node*>(reinterpret_cast<char*>(head) + 8);  // &head->other
  head = nullptr;
  clobberStack();
  gcCollect(true);
  Node* h = reinterpret_cast<Node*>(reinterpret_cast<char*>(rootSlot[0]) - 8);
  int n = 0;
  for (Node* x = h; x; x = x->next) n++;
  EXPECT_EQ(n, 10);
  rootSlot[0] = nullptr;
}
