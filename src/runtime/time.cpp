// time.cpp — the timer heap (Go's runtime/time.go: siftupTimer, siftdownTimer,
// a 4-ary heap, so a sift touches log4(n) levels) and time.Sleep.
#include "runtime/time.h"

#include "runtime/proc.h"

namespace minigo::rt {

namespace {

std::vector<Timer*>& heap() { return sched.p.timers; }

void siftup(int32_t i) {
  auto& h = heap();
  Timer* t = h[size_t(i)];
  while (i > 0) {
    int32_t p = (i - 1) / 4;
    if (t->when >= h[size_t(p)]->when) break;
    h[size_t(i)] = h[size_t(p)];
    h[size_t(i)]->idx = i;
    i = p;
  }
  h[size_t(i)] = t;
  t->idx = i;
}

void siftdown(int32_t i) {
  auto& h = heap();
  int32_t n = int32_t(h.size());
  Timer* t = h[size_t(i)];
  for (;;) {
    int32_t c = i * 4 + 1;
    if (c >= n) break;
    int32_t best = c;
    for (int32_t k = c + 1; k < c + 4 && k < n; k++)
      if (h[size_t(k)]->when < h[size_t(best)]->when) best = k;
    if (h[size_t(best)]->when >= t->when) break;
    h[size_t(i)] = h[size_t(best)];
    h[size_t(i)]->idx = i;
    i = best;
  }
  h[size_t(i)] = t;
  t->idx = i;
}

void removeAt(int32_t i) {
  auto& h = heap();
  Timer* last = h.back();
  h.pop_back();
  h[size_t(i)]->idx = -1;
  if (size_t(i) == h.size()) return;
  h[size_t(i)] = last;
  last->idx = i;
  siftup(i);
  siftdown(last->idx);
}

void sleepWake(Timer* t, int64_t) {
  G* g = static_cast<G*>(t->arg);
  goready(g);
}

}  // namespace

void addtimer(Timer* t) {
  if (t->idx >= 0) deltimer(t);
  heap().push_back(t);
  siftup(int32_t(heap().size()) - 1);
}

bool deltimer(Timer* t) {
  if (t->idx < 0) return false;
  removeAt(t->idx);
  return true;
}

void modtimer(Timer* t, int64_t when, int64_t period) {
  deltimer(t);
  t->when = when;
  t->period = period;
  addtimer(t);
}

int64_t nextTimerWhen() { return heap().empty() ? -1 : heap()[0]->when; }
int32_t numTimers() { return int32_t(heap().size()); }

int runtimers(int64_t now) {
  int ran = 0;
  auto& h = heap();
  while (!h.empty() && h[0]->when <= now) {
    Timer* t = h[0];
    if (t->period > 0) {
      // Tickers: next firing at the next multiple of period after now.
      int64_t w = t->when + t->period * (1 + (now - t->when) / t->period);
      t->when = w;
      siftdown(0);
    } else {
      removeAt(0);
    }
    t->f(t, now);
    ran++;
  }
  return ran;
}

void timeSleep(int64_t ns) {
  G* g = sched.curg;
  if (ns <= 0) {
    gosched();
    return;
  }
  Timer* t = g->sleepTimer ? g->sleepTimer : new Timer();
  t->f = sleepWake;
  t->arg = g;
  t->period = 0;
  t->when = nanotime() + ns;
  if (t->when < 0) t->when = INT64_MAX;  // overflow
  g->sleepTimer = t;
  addtimer(t);
  gopark("sleep");
}

}  // namespace minigo::rt
