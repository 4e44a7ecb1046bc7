// natives_sync.cpp — natives for channels and select (runtime/chan.go,
// select.go entry points that walk emits), runtime.Gosched / NumGoroutine /
// GOMAXPROCS, and package sync (Mutex, RWMutex, WaitGroup, Once, Cond) and
// sync/atomic over the semaphore table of runtime/sema.cpp.
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/types.h"
#include "runtime/chan.h"
#include "runtime/error.h"
#include "runtime/proc.h"
#include "runtime/select.h"
#include "runtime/gc.h"
#include "runtime/iface.h"
#include "runtime/malloc.h"
#include "runtime/map.h"
#include "runtime/sema.h"
#include "vm/codegen.h"
#include "vm/interp.h"
#include "vm/natives.h"
#include "vm/natives_stdlib.h"

namespace minigo::tc::stdlib {
extern Type* syncLocker;
extern Type* syncRLockerPtr;
}  // namespace minigo::tc::stdlib

namespace minigo::vm {

void registerTimeNatives();
void registerContextNatives();

namespace {

template <class T>
T& at(uint8_t* a, int64_t off) {
  return *reinterpret_cast<T*>(a + off);
}
rt::Hchan* chanArg(uint8_t* a) { return at<rt::Hchan*>(a, 0); }
// A method called on a nil pointer receiver (the word at recvOff) panics
// with Go's nil dereference instead of reaching the native.
template <NativeFn F, int recvOff>
void nonNil(rt::G* g, uint8_t* a) {
  if (!at<void*>(a, recvOff)) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  F(g, a);
}

// ---- channels (walk_chan.cpp, walk_select.cpp, codegen_chan.cpp)
void n_makechan(rt::G*, uint8_t* a) {
  at<rt::Hchan*>(a, 24) = rt::makechan(at<Type*>(a, 0), at<int64_t>(a, 8), uint32_t(at<int64_t>(a, 16)));
}
void n_chansend1(rt::G*, uint8_t* a) { rt::chansend(chanArg(a), a + 8); }
void n_chanrecv1(rt::G*, uint8_t* a) { rt::chanrecv(chanArg(a), a + 8, nullptr); }
void n_chanrecv2(rt::G*, uint8_t* a) {
  rt::Hchan* c = chanArg(a);
  rt::chanrecv(c, a + 8, c ? a + 8 + c->slotsize : nullptr);
}
void n_closechan(rt::G*, uint8_t* a) { rt::closechan(chanArg(a)); }
void n_chanlen(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = rt::chanlen(chanArg(a)); }
void n_chancap(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = rt::chancap(chanArg(a)); }
void n_block(rt::G*, uint8_t*) { rt::gopark("select (no cases)"); }
// selectnbsend(slot, c, v) bool
void n_selectnbsend(rt::G*, uint8_t* a) {
  int64_t slot = at<int64_t>(a, 0);
  at<int64_t>(a, 16 + slot) = rt::selectnbsend(at<rt::Hchan*>(a, 8), a + 16) ? 1 : 0;
}
// selectnbrecv(slot, c) (elem, selected, received)
void n_selectnbrecv(rt::G*, uint8_t* a) {
  int64_t slot = at<int64_t>(a, 0);
  bool received = false;
  bool sel = rt::selectnbrecv(at<rt::Hchan*>(a, 8), a + 16, &received);
  at<int64_t>(a, 16 + slot) = sel ? 1 : 0;
  at<int64_t>(a, 24 + slot) = received ? 1 : 0;
}
// selectgo(cases, nsends, nrecvs, block) (int, bool)
void n_selectgo(rt::G*, uint8_t* a) {
  rt::selectgo(at<rt::Scase*>(a, 0), int(at<int64_t>(a, 8)), int(at<int64_t>(a, 16)), at<int64_t>(a, 24) != 0,
               &at<int64_t>(a, 32));
}

// ---- runtime
void n_Gosched(rt::G*, uint8_t*) { rt::gosched(); }
void n_NumGoroutine(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = rt::sched.ngoroutines; }
void n_GOMAXPROCS(rt::G*, uint8_t* a) { at<int64_t>(a, 8) = 1; }
void n_NumCPU(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = 1; }

// ---- sync: the receiver pointer comes after params and results.
void n_Mutex_Lock(rt::G*, uint8_t* a) { rt::mutexLock(at<rt::Mutex*>(a, 0)); }
void n_Mutex_Unlock(rt::G*, uint8_t* a) { rt::mutexUnlock(at<rt::Mutex*>(a, 0)); }
void n_Mutex_TryLock(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = rt::mutexTryLock(at<rt::Mutex*>(a, 8)); }
void n_RW_Lock(rt::G*, uint8_t* a) { rt::rwLock(at<rt::RWMutex*>(a, 0)); }
void n_RW_Unlock(rt::G*, uint8_t* a) { rt::rwUnlock(at<rt::RWMutex*>(a, 0)); }
void n_RW_RLock(rt::G*, uint8_t* a) { rt::rwRLock(at<rt::RWMutex*>(a, 0)); }
void n_RW_RUnlock(rt::G*, uint8_t* a) { rt::rwRUnlock(at<rt::RWMutex*>(a, 0)); }
void n_RW_TryLock(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = rt::rwTryLock(at<rt::RWMutex*>(a, 8)); }
void n_RW_TryRLock(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = rt::rwTryRLock(at<rt::RWMutex*>(a, 8)); }
// rw.RLocker(): a Locker holding (*rlocker)(rw).
void n_RW_RLocker(rt::G*, uint8_t* a) {
  static rt::Itab* tab = [] {
    // Codegen made no Protos for rlocker's methods (no conversion in Go code).
    for (Method& m : tc::stdlib::syncRLockerPtr->elem->methods) cg::protoOf(m.fn);
    return rt::getitab(tc::stdlib::syncLocker, tc::stdlib::syncRLockerPtr, false);
  }();
  at<rt::Iface>(a, 0) = rt::Iface{tab, at<rt::RWMutex*>(a, 16)};
}
// ---- sync.Map: a runtime map[any]any made on first use.
const rt::MapType* syncMapType() {
  static const rt::MapType* t = [] {
    Type* m = newMap(types::Any, types::Any);
    calcSize(m);
    return rt::maptypeOf(m);
  }();
  return t;
}
rt::hmap* syncMapOf(uint8_t* recv, bool create) {
  auto** h = reinterpret_cast<rt::hmap**>(recv);
  if (!*h && create) *h = rt::makemap(syncMapType(), 0);
  return *h;
}
// Methods: params, results, then the receiver (*Map).
void n_Map_Load(rt::G*, uint8_t* a) {
  bool ok = false;
  rt::hmap* h = syncMapOf(at<uint8_t*>(a, 40), true);
  auto* v = static_cast<rt::Eface*>(rt::mapaccess2(syncMapType(), h, a, &ok));
  at<rt::Eface>(a, 16) = v && ok ? *v : rt::Eface{nullptr, nullptr};
  at<int64_t>(a, 32) = ok;
}
void n_Map_Store(rt::G*, uint8_t* a) {
  rt::hmap* h = syncMapOf(at<uint8_t*>(a, 32), true);
  if (auto* v = static_cast<rt::Eface*>(rt::mapassign(syncMapType(), h, a))) *v = at<rt::Eface>(a, 16);
}
void n_Map_LoadOrStore(rt::G*, uint8_t* a) {
  bool ok = false;
  rt::hmap* h = syncMapOf(at<uint8_t*>(a, 56), true);
  auto* v = static_cast<rt::Eface*>(rt::mapaccess2(syncMapType(), h, a, &ok));
  if (!v) return;  // unhashable key: the pending panic
  if (!ok) {
    v = static_cast<rt::Eface*>(rt::mapassign(syncMapType(), h, a));
    *v = at<rt::Eface>(a, 16);
  }
  at<rt::Eface>(a, 32) = *v;
  at<int64_t>(a, 48) = ok;
}
void n_Map_LoadAndDelete(rt::G*, uint8_t* a) {
  bool ok = false;
  rt::hmap* h = syncMapOf(at<uint8_t*>(a, 40), true);
  auto* v = static_cast<rt::Eface*>(rt::mapaccess2(syncMapType(), h, a, &ok));
  at<rt::Eface>(a, 16) = v && ok ? *v : rt::Eface{nullptr, nullptr};
  at<int64_t>(a, 32) = ok;
  if (ok) rt::mapdelete(syncMapType(), h, a);
}
void n_Map_Delete(rt::G*, uint8_t* a) {
  if (rt::hmap* h = syncMapOf(at<uint8_t*>(a, 16), false)) rt::mapdelete(syncMapType(), h, a);
}
// Range(f): f(key, value) in map order until it returns false. The iterator
// lives on the C++ stack: the map's buckets stay reachable through *Map.
void n_Map_Range(rt::G*, uint8_t* a) {
  rt::hmap* h = syncMapOf(at<uint8_t*>(a, 8), false);
  auto* f = at<rt::FuncVal*>(a, 0);
  if (!h || !h->count) return;
  if (!f) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  rt::hiter it{};
  for (rt::mapiterinit(syncMapType(), h, &it); it.key; rt::mapiternext(&it)) {
    alignas(8) uint8_t args[40] = {};
    at<rt::Eface>(args, 0) = *static_cast<rt::Eface*>(it.key);
    at<rt::Eface>(args, 16) = *static_cast<rt::Eface*>(it.elem);
    stdlib::callFunc(f, args, 40);
    if (!at<uint8_t>(args, 32)) break;
  }
}

// ---- sync.Pool: {items *poolItem, New func() any}; Get pops the newest.
struct PoolItem {
  rt::Eface v;
  PoolItem* next;
};
void n_Pool_Get(rt::G*, uint8_t* a) {
  uint8_t* p = at<uint8_t*>(a, 16);
  if (!p) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  auto*& head = at<PoolItem*>(p, 0);
  if (head) {
    at<rt::Eface>(a, 0) = head->v;
    head = head->next;
    return;
  }
  at<rt::Eface>(a, 0) = rt::Eface{nullptr, nullptr};
  if (auto* fnew = at<rt::FuncVal*>(p, 8)) {
    alignas(8) uint8_t args[16] = {};
    stdlib::callFunc(fnew, args, 16);
    at<rt::Eface>(a, 0) = at<rt::Eface>(args, 0);
  }
}
void n_Pool_Put(rt::G*, uint8_t* a) {
  uint8_t* p = at<uint8_t*>(a, 16);
  if (!p) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  rt::Eface x = at<rt::Eface>(a, 0);
  if (!x.type) return;
  auto* it = static_cast<PoolItem*>(rt::mallocgc(sizeof(PoolItem), rt::gcConservativeType(), true));
  it->v = x;
  it->next = at<PoolItem*>(p, 0);
  at<PoolItem*>(p, 0) = it;
}

void n_WG_Add(rt::G*, uint8_t* a) { rt::wgAdd(at<rt::WaitGroup*>(a, 8), at<int64_t>(a, 0)); }
void n_WG_Done(rt::G*, uint8_t* a) { rt::wgAdd(at<rt::WaitGroup*>(a, 0), -1); }
void n_WG_Wait(rt::G*, uint8_t* a) { rt::wgWait(at<rt::WaitGroup*>(a, 0)); }

// Once.Do(f), as Go's doSlow: f runs under o.m, and done is set when f
// returns or panics (the panic then unwinds through Do). Another call while
// f runs waits for it (a call from f itself waits forever, as in Go), then
// retries Do and finds done set.
std::unordered_map<rt::Once*, std::vector<rt::G*>>& onceWaiters() {
  static std::unordered_map<rt::Once*, std::vector<rt::G*>> w;
  return w;
}
void onceFinish(rt::Once* o) {
  o->done = 1;
  o->m.state = 0;
  auto it = onceWaiters().find(o);
  if (it == onceWaiters().end()) return;
  for (rt::G* w : it->second) {
    w->retryNative = true;
    rt::goready(w);
  }
  onceWaiters().erase(it);
}
void n_Once_Do(rt::G* g, uint8_t* a) {
  auto* o = at<rt::Once*>(a, 8);
  auto* fv = at<rt::FuncVal*>(a, 0);
  if (!o) {
    rt::setPanic(rt::makeError(rt::ErrNilDeref));
    return;
  }
  if (o->done) return;
  if (o->m.state) {  // f is running
    onceWaiters()[o].push_back(g);
    rt::gopark("semacquire");  // Go 1.19's reason for a waiter on o.m
    return;
  }
  if (!fv) {
    onceFinish(o);
    rt::setPanic(rt::makeError(rt::ErrNilDeref));
    return;
  }
  o->m.state = 1;
  uint8_t args[8] = {};
  try {
    callGo(static_cast<Proto*>(fv->fn->code), args, 0, fv, false);
  } catch (const PanicUnwind&) {
    onceFinish(o);
    throw;
  }
  onceFinish(o);
}

// Cond.Wait. Over a *Mutex the waker relocks for us (rt::condWait). Any
// other Locker runs Go's sequence in two executions of this native: unlock
// and park; woken (re-executed), lock again through the Locker.
std::unordered_set<rt::G*>& condRelocking() {
  static std::unordered_set<rt::G*> s;
  return s;
}
enum LockerKind { kMutex, kRWMutex, kRLocker, kOtherLocker };
LockerKind lockerKind(const rt::Iface& l) {
  Type* t = l.tab ? l.tab->type : nullptr;
  if (t && t->kind == TPTR && t->elem->pkg == "sync") {
    if (t->elem->sym == "Mutex") return kMutex;
    if (t->elem->sym == "RWMutex") return kRWMutex;
    if (t->elem->sym == "rlocker") return kRLocker;
  }
  return kOtherLocker;
}
// Calls l.Lock() (m = 0) or l.Unlock() (m = 1) of a user Locker.
void callLocker(const rt::Iface& l, int m) {
  if (!l.tab) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  Proto* p = stdlib::methodProto(l.tab->fun[m]);
  alignas(8) uint8_t args[8] = {};
  at<void*>(args, p->argSize) = l.data;
  callGo(p, args, p->argSize + 8, nullptr, true);
}
void n_Cond_Wait(rt::G* g, uint8_t* a) {
  auto* c = at<rt::Cond*>(a, 0);
  LockerKind k = lockerKind(c->L);
  if (!c->L.tab) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  if (k == kMutex) return rt::condWait(c);
  auto* rw = static_cast<rt::RWMutex*>(c->L.data);
  if (!condRelocking().count(g)) {
    switch (k) {
      case kRWMutex: rt::rwUnlock(rw); break;
      case kRLocker: rt::rwRUnlock(rw); break;
      default: callLocker(c->L, 1); break;
    }
    condRelocking().insert(g);
    rt::condEnqueueRetry(c);
    return;
  }
  if (k == kRWMutex && !rt::mutexLock(&rw->w)) return;  // parked: retried when the mutex is free
  condRelocking().erase(g);
  switch (k) {
    case kRWMutex: rt::rwLockWriters(rw); break;
    case kRLocker: rt::rwRLock(rw); break;
    default: callLocker(c->L, 0); break;
  }
}
void n_Cond_Signal(rt::G*, uint8_t* a) { rt::condSignal(at<rt::Cond*>(a, 0)); }
void n_Cond_Broadcast(rt::G*, uint8_t* a) { rt::condBroadcast(at<rt::Cond*>(a, 0)); }
// sync.NewCond(l Locker) *Cond
void n_NewCond(rt::G*, uint8_t* a) { at<rt::Cond*>(a, 16) = rt::newCond(at<rt::Iface>(a, 0)); }

// ---- sync/atomic: one thread, so plain memory operations are atomic.
template <class T>
void atomicAdd(rt::G*, uint8_t* a) {
  T* p = at<T*>(a, 0);
  if (!p) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  *p = T(*p + T(at<int64_t>(a, 8)));
  at<int64_t>(a, 16) = int64_t(*p);
}
template <class T>
void atomicLoad(rt::G*, uint8_t* a) {
  T* p = at<T*>(a, 0);
  if (!p) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  at<int64_t>(a, 8) = int64_t(*p);
}
template <class T>
void atomicStore(rt::G*, uint8_t* a) {
  T* p = at<T*>(a, 0);
  if (!p) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  *p = T(at<int64_t>(a, 8));
}
template <class T>
void atomicSwap(rt::G*, uint8_t* a) {
  T* p = at<T*>(a, 0);
  if (!p) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  T old = *p;
  *p = T(at<int64_t>(a, 8));
  at<int64_t>(a, 16) = int64_t(old);
}
template <class T>
void atomicCAS(rt::G*, uint8_t* a) {
  T* p = at<T*>(a, 0);
  if (!p) return rt::setPanic(rt::makeError(rt::ErrNilDeref));
  bool ok = *p == T(at<int64_t>(a, 8));
  if (ok) *p = T(at<int64_t>(a, 16));
  at<int64_t>(a, 24) = ok;
}
// Methods of atomic.Int32 ...: the receiver comes after params and results.
template <class T>
void mAdd(rt::G*, uint8_t* a) {
  T* p = at<T*>(a, 16);
  *p = T(*p + T(at<int64_t>(a, 0)));
  at<int64_t>(a, 8) = int64_t(*p);
}
template <class T>
void mLoad(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = int64_t(*at<T*>(a, 8)); }
template <class T>
void mStore(rt::G*, uint8_t* a) { *at<T*>(a, 8) = T(at<int64_t>(a, 0)); }
template <class T>
void mSwap(rt::G*, uint8_t* a) {
  T* p = at<T*>(a, 16);
  T old = *p;
  *p = T(at<int64_t>(a, 0));
  at<int64_t>(a, 8) = int64_t(old);
}
template <class T>
void mCAS(rt::G*, uint8_t* a) {
  T* p = at<T*>(a, 24);
  bool ok = *p == T(at<int64_t>(a, 0));
  if (ok) *p = T(at<int64_t>(a, 8));
  at<int64_t>(a, 16) = ok;
}
// atomic.Value: Load() any / Store(any); the value is an eface.
void n_Value_Load(rt::G*, uint8_t* a) { at<rt::Eface>(a, 0) = *at<rt::Eface*>(a, 16); }
void n_Value_Store(rt::G*, uint8_t* a) {
  rt::Eface v = at<rt::Eface>(a, 0);
  if (!v.type) return rt::panicString("sync/atomic: store of nil value into Value");
  rt::Eface* dst = at<rt::Eface*>(a, 16);
  if (dst->type && dst->type != v.type)
    return rt::panicString("sync/atomic: store of inconsistently typed value into Value");
  *dst = v;
}

}  // namespace

void registerConcurrencyNatives() {
  static const std::pair<const char*, NativeFn> natives[] = {
      {"makechan", n_makechan},
      {"chansend1", n_chansend1},
      {"chanrecv1", n_chanrecv1},
      {"chanrecv2", n_chanrecv2},
      {"closechan", n_closechan},
      {"chanlen", n_chanlen},
      {"chancap", n_chancap},
      {"block", n_block},
      {"selectnbsend", n_selectnbsend},
      {"selectnbrecv", n_selectnbrecv},
      {"selectgo", n_selectgo},
      {"runtime.Gosched", n_Gosched},
      {"runtime.NumGoroutine", n_NumGoroutine},
      {"runtime.GOMAXPROCS", n_GOMAXPROCS},
      {"runtime.NumCPU", n_NumCPU},
      {"sync.(*Mutex).Lock", n_Mutex_Lock},
      {"sync.(*Mutex).Unlock", n_Mutex_Unlock},
      {"sync.(*Mutex).TryLock", nonNil<n_Mutex_TryLock, 8>},
      {"sync.(*RWMutex).Lock", nonNil<n_RW_Lock, 0>},
      {"sync.(*RWMutex).Unlock", nonNil<n_RW_Unlock, 0>},
      {"sync.(*RWMutex).RLock", nonNil<n_RW_RLock, 0>},
      {"sync.(*RWMutex).RUnlock", nonNil<n_RW_RUnlock, 0>},
      {"sync.(*WaitGroup).Add", nonNil<n_WG_Add, 8>},
      {"sync.(*WaitGroup).Done", nonNil<n_WG_Done, 0>},
      {"sync.(*WaitGroup).Wait", nonNil<n_WG_Wait, 0>},
      {"sync.(*Once).Do", n_Once_Do},
      {"sync.(*Cond).Wait", nonNil<n_Cond_Wait, 0>},
      {"sync.(*Cond).Signal", nonNil<n_Cond_Signal, 0>},
      {"sync.(*Cond).Broadcast", nonNil<n_Cond_Broadcast, 0>},
      {"sync.NewCond", n_NewCond},
      {"atomic.AddInt32", atomicAdd<int32_t>},
      {"atomic.AddInt64", atomicAdd<int64_t>},
      {"atomic.AddUint32", atomicAdd<uint32_t>},
      {"atomic.AddUint64", atomicAdd<uint64_t>},
      {"atomic.LoadInt32", atomicLoad<int32_t>},
      {"atomic.LoadInt64", atomicLoad<int64_t>},
      {"atomic.LoadUint32", atomicLoad<uint32_t>},
      {"atomic.LoadUint64", atomicLoad<uint64_t>},
      {"atomic.StoreInt32", atomicStore<int32_t>},
      {"atomic.StoreInt64", atomicStore<int64_t>},
      {"atomic.StoreUint32", atomicStore<uint32_t>},
      {"atomic.StoreUint64", atomicStore<uint64_t>},
      {"atomic.SwapInt32", atomicSwap<int32_t>},
      {"atomic.SwapInt64", atomicSwap<int64_t>},
      {"atomic.SwapUint32", atomicSwap<uint32_t>},
      {"atomic.SwapUint64", atomicSwap<uint64_t>},
      {"atomic.CompareAndSwapInt32", atomicCAS<int32_t>},
      {"atomic.CompareAndSwapInt64", atomicCAS<int64_t>},
      {"atomic.CompareAndSwapUint32", atomicCAS<uint32_t>},
      {"atomic.CompareAndSwapUint64", atomicCAS<uint64_t>},
      {"atomic.(*Int32).Add", nonNil<mAdd<int32_t>, 16>},
      {"atomic.(*Int64).Add", nonNil<mAdd<int64_t>, 16>},
      {"atomic.(*Uint32).Add", nonNil<mAdd<uint32_t>, 16>},
      {"atomic.(*Uint64).Add", nonNil<mAdd<uint64_t>, 16>},
      {"atomic.(*Int32).Load", nonNil<mLoad<int32_t>, 8>},
      {"atomic.(*Int64).Load", nonNil<mLoad<int64_t>, 8>},
      {"atomic.(*Uint32).Load", nonNil<mLoad<uint32_t>, 8>},
      {"atomic.(*Uint64).Load", nonNil<mLoad<uint64_t>, 8>},
      {"atomic.(*Bool).Load", nonNil<mLoad<uint32_t>, 8>},
      {"atomic.(*Int32).Store", nonNil<mStore<int32_t>, 8>},
      {"atomic.(*Int64).Store", nonNil<mStore<int64_t>, 8>},
      {"atomic.(*Uint32).Store", nonNil<mStore<uint32_t>, 8>},
      {"atomic.(*Uint64).Store", nonNil<mStore<uint64_t>, 8>},
      {"atomic.(*Bool).Store", nonNil<mStore<uint32_t>, 8>},
      {"atomic.(*Int32).Swap", nonNil<mSwap<int32_t>, 16>},
      {"atomic.(*Int64).Swap", nonNil<mSwap<int64_t>, 16>},
      {"atomic.(*Uint32).Swap", nonNil<mSwap<uint32_t>, 16>},
      {"atomic.(*Uint64).Swap", nonNil<mSwap<uint64_t>, 16>},
      {"atomic.(*Int32).CompareAndSwap", nonNil<mCAS<int32_t>, 24>},
      {"atomic.(*Int64).CompareAndSwap", nonNil<mCAS<int64_t>, 24>},
      {"atomic.(*Uint32).CompareAndSwap", nonNil<mCAS<uint32_t>, 24>},
      {"atomic.(*Uint64).CompareAndSwap", nonNil<mCAS<uint64_t>, 24>},
      {"sync.(*Map).Load", nonNil<n_Map_Load, 40>},
      {"sync.(*Map).Store", nonNil<n_Map_Store, 32>},
      {"sync.(*Map).LoadOrStore", nonNil<n_Map_LoadOrStore, 56>},
      {"sync.(*Map).LoadAndDelete", nonNil<n_Map_LoadAndDelete, 40>},
      {"sync.(*Map).Delete", nonNil<n_Map_Delete, 16>},
      {"sync.(*Map).Range", nonNil<n_Map_Range, 8>},
      {"sync.(*Pool).Get", n_Pool_Get},
      {"sync.(*Pool).Put", n_Pool_Put},
      {"sync.(*RWMutex).TryLock", nonNil<n_RW_TryLock, 8>},
      {"sync.(*RWMutex).TryRLock", nonNil<n_RW_TryRLock, 8>},
      {"sync.(*RWMutex).RLocker", n_RW_RLocker},
      {"sync.(*rlocker).Lock", nonNil<n_RW_RLock, 0>},
      {"sync.(*rlocker).Unlock", nonNil<n_RW_RUnlock, 0>},
      {"atomic.(*Bool).Swap", nonNil<mSwap<uint32_t>, 16>},
      {"atomic.(*Bool).CompareAndSwap", nonNil<mCAS<uint32_t>, 24>},
      {"atomic.(*Value).Load", nonNil<n_Value_Load, 16>},
      {"atomic.(*Value).Store", nonNil<n_Value_Store, 16>},
  };
  for (auto& [name, fn] : natives) NativeRegistrar(name, fn);
  registerTimeNatives();
  registerContextNatives();
}

}  // namespace minigo::vm
