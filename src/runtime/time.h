// time.h — runtime timers (Go's runtime/time.go): a 4-ary min-heap on the p,
// ordered by `when`; the scheduler runs due timers and sleeps until the next.
#pragma once

#include <cstdint>

namespace minigo::rt {

struct Timer {
  int64_t when = 0;     // nanotime at which f runs
  int64_t period = 0;   // > 0: fires again every period (tickers)
  // Runs on the scheduler (no g): readies a g, sends on a channel, starts a g.
  void (*f)(Timer* t, int64_t now) = nullptr;
  void* arg = nullptr;  // G*, Hchan*, FuncVal*, ...
  int64_t seq = 0;
  int32_t idx = -1;     // position in the heap, -1 when not in it
};

void addtimer(Timer* t);           // t->when must be set
bool deltimer(Timer* t);           // true if t was pending
void modtimer(Timer* t, int64_t when, int64_t period);
int64_t nextTimerWhen();           // -1: no timer
// Runs every timer due at `now`; returns how many ran.
int runtimers(int64_t now);
int32_t numTimers();

// time.Sleep for the running g: parks it with reason "sleep".
void timeSleep(int64_t ns);

}  // namespace minigo::rt
