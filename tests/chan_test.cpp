// chan_test.cpp — hchan without blocking: the circular buffer (sendx/recvx
// wrap), close draining the buffer then giving zero values, len/cap, and the
// normalization of narrow integers into frame slots.
#include <gtest/gtest.h>

#include <cstring>

#include "frontend/stages.h"
#include "frontend/types.h"
#include "runtime/chan.h"
#include "runtime/error.h"

using namespace minigo;
using namespace minigo::rt;

namespace {
Type* chanOf(Type* elem) {
  initUniverse();
  Type* t = newChan(elem, CDBoth);
  calcSize(t);
  return t;
}
}  // namespace

TEST(Chan, BufferWrapsAndKeepsFifoOrder) {
  initUniverse();
  Type* ct = chanOf(types::Int);
  Hchan* c = makechan(ct, 3, 8);
  ASSERT_NE(c, nullptr);
  int64_t next = 0, want = 0;
  for (int round = 0; round < 5; round++) {
    while (chanlen(c) < 3) {
      int64_t v = next++;
      ASSERT_TRUE(trysend(c, reinterpret_cast<uint8_t*>(&v)));
    }
    int64_t v = -1;
    EXPECT_FALSE(trysend(c, reinterpret_cast<uint8_t*>(&v)));
    for (int i = 0; i < 2; i++) {
      bool ok = false;
      ASSERT_TRUE(tryrecv(c, reinterpret_cast<uint8_t*>(&v), &ok));
      EXPECT_TRUE(ok);
      EXPECT_EQ(v, want++);
    }
  }
  EXPECT_EQ(chancap(c), 3);
}

TEST(Chan, CloseDrainsThenGivesZeroValues) {
  initUniverse();
  Type* ct = chanOf(types::Int);
  Hchan* c = makechan(ct, 2, 8);
  int64_t v = 42;
  trysend(c, reinterpret_cast<uint8_t*>(&v));
  closechan(c);
  EXPECT_FALSE(hasPendingError());
  bool ok = false;
  v = 0;
  ASSERT_TRUE(tryrecv(c, reinterpret_cast<uint8_t*>(&v), &ok));
  EXPECT_TRUE(ok);
  EXPECT_EQ(v, 42);
  v = 7;
  ASSERT_TRUE(tryrecv(c, reinterpret_cast<uint8_t*>(&v), &ok));
  EXPECT_FALSE(ok);
  EXPECT_EQ(v, 0);
  closechan(c);
  ASSERT_TRUE(hasPendingError());
  EXPECT_EQ(takePendingError().text(), "close of closed channel");
  closechan(nullptr);
  EXPECT_EQ(takePendingError().text(), "close of nil channel");
}

TEST(Chan, NarrowIntegersAreSignExtendedIntoSlots) {
  initUniverse();
  Type* ct = chanOf(types::Int8);
  Hchan* c = makechan(ct, 1, 8);
  int64_t slot = -3;  // a normalized int8 slot
  trysend(c, reinterpret_cast<uint8_t*>(&slot));
  int64_t out = 0;
  bool ok;
  ASSERT_TRUE(tryrecv(c, reinterpret_cast<uint8_t*>(&out), &ok));
  EXPECT_EQ(out, -3);
}

TEST(Chan, NegativeSizePanics) {
  initUniverse();
  Type* ct = chanOf(types::Int);
  EXPECT_EQ(makechan(ct, -1, 8), nullptr);
  EXPECT_EQ(takePendingError().text(), "makechan: size out of range");
}
