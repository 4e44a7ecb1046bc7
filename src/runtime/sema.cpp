// sema.cpp — the semaphore table (sema.go) and sync.Mutex / RWMutex /
// WaitGroup / Cond on top of it (sync/mutex.go, rwmutex.go, waitgroup.go,
// cond.go), for one OS thread.
#include "runtime/sema.h"

#include <cstring>
#include <deque>
#include <unordered_map>

#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/proc.h"

namespace minigo::rt {

namespace {

constexpr int32_t mutexLocked = 1, mutexStarving = 4, mutexWaiterShift = 3;
constexpr int64_t starvationThresholdNs = 1000000;
constexpr int32_t rwmutexMaxReaders = 1 << 30;

struct Waiter {
  G* g;
  int64_t since;  // when it first started waiting (mutex starvation)
};
constexpr int64_t kCondRetry = -2;  // a Cond waiter that relocks by itself
std::unordered_map<const void*, std::deque<Waiter>>& semtable() {
  static std::unordered_map<const void*, std::deque<Waiter>> t;
  return t;
}
std::unordered_map<G*, int64_t>& mutexWaitStart() {
  static std::unordered_map<G*, int64_t> t;
  return t;
}

bool popWaiter(const void* key, Waiter* w) {
  auto& t = semtable();
  auto it = t.find(key);
  if (it == t.end() || it->second.empty()) return false;
  *w = it->second.front();
  it->second.pop_front();
  if (it->second.empty()) t.erase(it);
  return true;
}

}  // namespace

void panicString(const char* s) {
  auto* gs = static_cast<GoString*>(mallocgc(sizeof(GoString), types::String, true));
  gs->ptr = reinterpret_cast<const uint8_t*>(s);
  gs->len = int64_t(std::strlen(s));
  // The interpreter starts the panic when the native returns, so the
  // caller's deferred calls run (and may recover) as in Go.
  sched.curg->natReq = 1;
  sched.curg->natReqVal = Eface{types::String, gs};
}

bool semacquire(uint32_t* addr, const char* reason) {
  if (*addr > 0) {
    (*addr)--;
    return true;
  }
  semtable()[addr].push_back({sched.curg, 0});
  gopark(reason);
  return false;
}

void semrelease(uint32_t* addr) {
  Waiter w;
  if (popWaiter(addr, &w)) goready(w.g);  // handoff: it resumes owning the count
  else (*addr)++;
}

bool mutexLock(Mutex* m) {
  if (!m) {
    setPanic(makeError(ErrNilDeref));
    return false;
  }
  G* g = sched.curg;
  auto& starts = mutexWaitStart();
  if (!(m->state & mutexLocked)) {
    m->state |= mutexLocked;
    starts.erase(g);
    return true;
  }
  // Wait: a retrying waiter (woken in normal mode, lost the race) goes back
  // to the front of the queue, and after 1ms switches the mutex to starvation.
  int64_t now = nanotime();
  auto it = starts.find(g);
  auto& q = semtable()[&m->sema];
  if (it == starts.end()) {
    starts[g] = now;
    q.push_back({g, now});
  } else {
    q.push_front({g, it->second});
    if (now - it->second > starvationThresholdNs) m->state |= mutexStarving;
  }
  m->state += 1 << mutexWaiterShift;
  gopark("semacquire");  // Go 1.19 names a Mutex wait so (1.20 says sync.Mutex.Lock)
  return false;
}

bool mutexTryLock(Mutex* m) {
  if (m->state & (mutexLocked | mutexStarving)) return false;
  m->state |= mutexLocked;
  return true;
}

void mutexUnlock(Mutex* m) {
  if (!m) {
    setPanic(makeError(ErrNilDeref));
    return;
  }
  if (!(m->state & mutexLocked)) {
    flushStdout();
    fatal("sync: unlock of unlocked mutex");
  }
  Waiter w;
  if (!popWaiter(&m->sema, &w)) {
    m->state &= ~(mutexLocked | mutexStarving);
    return;
  }
  m->state -= 1 << mutexWaiterShift;
  if ((m->state & mutexStarving) || w.since < 0) {
    // Handoff: the lock stays held, now by w.g, which resumes after Lock
    // (or after Cond.Wait: since < 0 marks those).
    int64_t waited = w.since < 0 ? 0 : nanotime() - w.since;
    mutexWaitStart().erase(w.g);
    if ((m->state >> mutexWaiterShift) == 0 || waited < starvationThresholdNs) m->state &= ~mutexStarving;
    w.g->retryNative = false;
    goready(w.g);
    return;
  }
  m->state &= ~mutexLocked;
  w.g->retryNative = true;  // it tries Lock again
  goready(w.g);
}

void rwRLock(RWMutex* rw) {
  if (++rw->readerCount < 0) semacquire(&rw->readerSem, "semacquire");
}

// Go 1.18's TryRLock: fails while a writer holds or waits for the lock.
bool rwTryRLock(RWMutex* rw) {
  if (rw->readerCount < 0) return false;
  rw->readerCount++;
  return true;
}

// TryLock: the writer mutex, then no reader may hold the lock.
bool rwTryLock(RWMutex* rw) {
  if (!mutexTryLock(&rw->w)) return false;
  if (rw->readerCount != 0) {
    mutexUnlock(&rw->w);
    return false;
  }
  rw->readerCount = -rwmutexMaxReaders;
  return true;
}

void rwRUnlock(RWMutex* rw) {
  int32_t r = --rw->readerCount;
  if (r < 0) {
    if (r + 1 == 0 || r + 1 == -rwmutexMaxReaders) flushStdout(), fatal("sync: RUnlock of unlocked RWMutex");
    if (--rw->readerWait == 0) semrelease(&rw->writerSem);
  }
}

void rwLock(RWMutex* rw) {
  if (!mutexLock(&rw->w)) return;  // parked; the whole Lock is retried or handed over
  rwLockWriters(rw);
}

void rwLockWriters(RWMutex* rw) {
  int32_t r = rw->readerCount;
  rw->readerCount -= rwmutexMaxReaders;
  if (r != 0 && (rw->readerWait += r) != 0) semacquire(&rw->writerSem, "semacquire");
}

void rwUnlock(RWMutex* rw) {
  int32_t r = (rw->readerCount += rwmutexMaxReaders);
  if (r >= rwmutexMaxReaders) flushStdout(), fatal("sync: Unlock of unlocked RWMutex");
  for (int32_t i = 0; i < r; i++) semrelease(&rw->readerSem);
  mutexUnlock(&rw->w);
}

void wgAdd(WaitGroup* wg, int64_t delta) {
  int64_t v = int64_t(int32_t(wg->state >> 32)) + delta;
  uint32_t w = uint32_t(wg->state);
  // Go adds first, then checks: a recovered panic leaves the counter negative.
  wg->state = (uint64_t(uint32_t(int32_t(v))) << 32) | w;
  if (v < 0) return panicString("sync: negative WaitGroup counter");
  if (v > 0 || w == 0) return;
  wg->state = 0;
  for (; w > 0; w--) semrelease(&wg->sema);
}

void wgWait(WaitGroup* wg) {
  if ((wg->state >> 32) == 0) return;
  wg->state++;
  semacquire(&wg->sema, "semacquire");
}

Cond* newCond(Iface l) {
  auto* c = static_cast<Cond*>(mallocgc(sizeof(Cond), gcConservativeType(), true));
  c->L = l;
  return c;
}

// Wait: unlock c.L, sleep until Signal/Broadcast, then lock c.L again (the
// relock is done by whoever wakes us, through the Locker's Mutex).
void condWait(Cond* c) {
  auto* m = static_cast<Mutex*>(c->L.data);  // *Mutex or *RWMutex (w first): both start with a Mutex
  semtable()[&c->notify].push_back({sched.curg, 0});
  mutexUnlock(m);
  gopark("sync.Cond.Wait");
}

// Cond over any other Locker (natives_sync.cpp): the waiter itself unlocks
// and relocks through the Locker; waking it re-executes its Wait.
void condEnqueueRetry(Cond* c) {
  semtable()[&c->notify].push_back({sched.curg, kCondRetry});
  gopark("sync.Cond.Wait");
}

static void condWake(Cond* c, Waiter w) {
  if (w.since == kCondRetry) {
    w.g->retryNative = true;
    goready(w.g);
    return;
  }
  // The woken g must hold c.L when Wait returns: queue it on the mutex, or
  // give it the mutex when free.
  auto* m = static_cast<Mutex*>(c->L.data);
  if (!(m->state & mutexLocked)) {
    m->state |= mutexLocked;
    goready(w.g);
    return;
  }
  semtable()[&m->sema].push_back({w.g, -1});
  m->state += 1 << mutexWaiterShift;
  w.g->waitreason = "semacquire";
}

void condSignal(Cond* c) {
  Waiter w;
  if (popWaiter(&c->notify, &w)) condWake(c, w);
}

void condBroadcast(Cond* c) {
  Waiter w;
  while (popWaiter(&c->notify, &w)) condWake(c, w);
}

}  // namespace minigo::rt
