// sema.h — semaphores keyed by address (Go's runtime/sema.go semtable) and
// the sync package's blocking types built on them. On one thread a release
// hands the semaphore straight to the first waiter, which resumes owning it.
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace minigo::rt {

// Layouts match stdlib_sync.cpp's declarations.
struct Mutex {
  int32_t state;  // mutexLocked | mutexWoken | mutexStarving | waiters << 3
  uint32_t sema;
};
struct RWMutex {
  Mutex w;
  uint32_t writerSem, readerSem;
  int32_t readerCount, readerWait;
};
struct WaitGroup {
  uint64_t state;  // counter << 32 | waiters
  uint32_t sema;
};
struct Once {
  uint32_t done;
  Mutex m;
};
struct Cond {
  Iface L;          // the Locker
  uintptr_t notify; // address key of the wait list
};

// Returns true when acquired now; false when the g parked (it owns the
// semaphore when it resumes).
bool semacquire(uint32_t* addr, const char* reason);
void semrelease(uint32_t* addr);

// Mutex in Go's two modes: normal (a woken waiter retries and may lose to a
// running g; it goes back to the front of the queue) and starvation (after a
// waiter waited > 1ms, Unlock hands the lock to it directly).
bool mutexLock(Mutex* m);
void mutexUnlock(Mutex* m);
bool mutexTryLock(Mutex* m);
void rwLock(RWMutex* rw);
void rwUnlock(RWMutex* rw);
void rwRLock(RWMutex* rw);
void rwRUnlock(RWMutex* rw);
void wgAdd(WaitGroup* wg, int64_t delta);
void wgWait(WaitGroup* wg);
Cond* newCond(Iface l);
void condWait(Cond* c);
void condSignal(Cond* c);
void condBroadcast(Cond* c);

// panic(s) from a native, as Go's runtime panics with a plain string.
[[noreturn]] void panicString(const char* s);

}  // namespace minigo::rt
