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
// The rest of Lock once rw.w is held: wait for the readers to leave.
void rwLockWriters(RWMutex* rw);
void rwUnlock(RWMutex* rw);
void rwRLock(RWMutex* rw);
void rwRUnlock(RWMutex* rw);
bool rwTryLock(RWMutex* rw);
bool rwTryRLock(RWMutex* rw);
void wgAdd(WaitGroup* wg, int64_t delta);
void wgWait(WaitGroup* wg);
Cond* newCond(Iface l);
void condWait(Cond* c);  // c.L is a *Mutex: the waker relocks it for the waiter
// Any other Locker: parks the g on c; Signal/Broadcast make it re-execute its
// Wait native, which then relocks (natives_sync.cpp).
void condEnqueueRetry(Cond* c);
void condSignal(Cond* c);
void condBroadcast(Cond* c);

// panic(s) from a native, as Go's runtime panics with a plain string: the
// panic starts when the native returns (so the native must return at once).
void panicString(const char* s);

}  // namespace minigo::rt
