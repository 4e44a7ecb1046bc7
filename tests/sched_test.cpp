// sched_test.cpp — the run queues of runtime/proc.cpp: runnext first, FIFO
// local queue, overflow of the 256-slot ring into the global queue.
#include <gtest/gtest.h>

#include "runtime/proc.h"

using namespace minigo::rt;

namespace {

void drain(P* p) {
  while (runqget(p)) {
  }
  while (globrunqget()) {
  }
}

}  // namespace

TEST(Sched, RunnextComesFirstAndKicksTheOldOneToTheQueue) {
  P p;
  G a, b, c;
  runqput(&p, &a, false);
  runqput(&p, &b, true);
  runqput(&p, &c, true);  // b goes to the tail of the local queue
  EXPECT_EQ(runqget(&p), &c);
  EXPECT_EQ(runqget(&p), &a);
  EXPECT_EQ(runqget(&p), &b);
  EXPECT_EQ(runqget(&p), nullptr);
  EXPECT_TRUE(runqempty(&p));
}

TEST(Sched, LocalQueueOverflowsHalfIntoTheGlobalQueue) {
  P p;
  drain(&p);
  static G gs[300];
  for (auto& g : gs) runqput(&p, &g, false);
  // 257th put moved 128 + the new one to the global queue, in order.
  EXPECT_EQ(sched.runqsize, 129);
  int local = 0;
  while (runqget(&p)) local++;
  int global = 0;
  G* first = globrunqget();
  EXPECT_EQ(first, &gs[0]);
  for (G* g = first; g; g = globrunqget()) global++;
  EXPECT_EQ(local, 171);
  EXPECT_EQ(local + global, 300);
}

TEST(Sched, GlobalQueueIsFifo) {
  P p;
  drain(&p);
  G a, b;
  globrunqput(&a);
  globrunqput(&b);
  EXPECT_EQ(globrunqget(), &a);
  EXPECT_EQ(globrunqget(), &b);
  EXPECT_EQ(globrunqget(), nullptr);
  EXPECT_EQ(sched.runqsize, 0);
}
