// stdlib_sync.cpp — declarations of the concurrency std-lib beyond the core
// ones in stdlib_decls.cpp: runtime's scheduler API, sync (TryLock, Locker,
// Cond), sync/atomic, time's timers and tickers. Natives: natives_sync.cpp,
// natives_time.cpp.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

// Read by natives_sync.cpp to build RLocker's interface value.
Type* syncLocker = nullptr;
Type* syncRLockerPtr = nullptr;

static Type* member(Pkg& p, const char* n) { return p.p->members.at(n)->type; }

void declareSync() {
  using namespace types;
  Pkg runtime("runtime", "runtime");
  runtime.func("Gosched", sig({}, {}));
  runtime.func("NumGoroutine", sig({}, {Int}));
  runtime.func("GOMAXPROCS", sig({Int}, {Int}));
  runtime.func("NumCPU", sig({}, {Int}));

  Pkg sync("sync", "sync");
  Type* mu = member(sync, "Mutex");
  sync.method(mu, true, "TryLock", sig({}, {Bool}));
  Method lock, unlock;
  lock.name = "Lock";
  lock.type = sig({}, {});
  unlock.name = "Unlock";
  unlock.type = sig({}, {});
  Type* locker = sync.type("Locker", newInterface({lock, unlock}, {}));
  // RWMutex.TryLock/TryRLock (Go 1.18) and RLocker, whose *rlocker maps
  // Lock/Unlock to RLock/RUnlock (Go: type rlocker RWMutex).
  Type* rw = member(sync, "RWMutex");
  sync.method(rw, true, "TryLock", sig({}, {Bool}));
  sync.method(rw, true, "TryRLock", sig({}, {Bool}));
  sync.method(rw, true, "RLocker", sig({}, {locker}));
  Type* rl = sync.type("rlocker", rw->underlying);
  sync.method(rl, true, "Lock", sig({}, {}));
  sync.method(rl, true, "Unlock", sig({}, {}));
  syncRLockerPtr = sized(newPtr(rl));
  syncLocker = locker;
  Type* cond = sync.type("Cond", newStruct({fld(locker, "L"), fld(Uintptr, "notify")}));
  sync.method(cond, true, "Wait", sig({}, {}));
  sync.method(cond, true, "Signal", sig({}, {}));
  sync.method(cond, true, "Broadcast", sig({}, {}));
  sync.func("NewCond", sig({locker}, {sized(newPtr(cond))}));

  // sync.Map over a runtime map[any]any; sync.Pool as a LIFO of values
  // (natives_sync.cpp). Both work from their zero value.
  Type* smap = sync.type("Map", newStruct({fld(UnsafePointer, "m")}));
  sync.method(smap, true, "Load", sig({Any}, {Any, Bool}));
  sync.method(smap, true, "Store", sig({Any, Any}, {}));
  sync.method(smap, true, "LoadOrStore", sig({Any, Any}, {Any, Bool}));
  sync.method(smap, true, "LoadAndDelete", sig({Any}, {Any, Bool}));
  sync.method(smap, true, "Delete", sig({Any}, {}));
  sync.method(smap, true, "Range", sig({sig({Any, Any}, {Bool})}, {}));
  Type* pool = sync.type("Pool", newStruct({fld(UnsafePointer, "items"), fld(sig({}, {Any}), "New")}));
  sync.method(pool, true, "Get", sig({}, {Any}));
  sync.method(pool, true, "Put", sig({Any}, {}));

  Pkg atomic("sync/atomic", "atomic");
  struct IntKind {
    const char* name;
    Type* t;
  } kinds[] = {{"Int32", Int32}, {"Int64", Int64}, {"Uint32", Uint32}, {"Uint64", Uint64}};
  for (auto& k : kinds) {
    Type* p = sized(newPtr(k.t));
    atomic.func(std::string("Add") + k.name, sig({p, k.t}, {k.t}));
    atomic.func(std::string("Load") + k.name, sig({p}, {k.t}));
    atomic.func(std::string("Store") + k.name, sig({p, k.t}, {}));
    atomic.func(std::string("Swap") + k.name, sig({p, k.t}, {k.t}));
    atomic.func(std::string("CompareAndSwap") + k.name, sig({p, k.t, k.t}, {Bool}));
    Type* T = atomic.type(k.name, newStruct({fld(k.t, "v")}));
    atomic.method(T, true, "Add", sig({k.t}, {k.t}));
    atomic.method(T, true, "Load", sig({}, {k.t}));
    atomic.method(T, true, "Store", sig({k.t}, {}));
    atomic.method(T, true, "Swap", sig({k.t}, {k.t}));
    atomic.method(T, true, "CompareAndSwap", sig({k.t, k.t}, {Bool}));
  }
  Type* ab = atomic.type("Bool", newStruct({fld(Uint32, "v")}));
  atomic.method(ab, true, "Load", sig({}, {Bool}));
  atomic.method(ab, true, "Store", sig({Bool}, {}));
  atomic.method(ab, true, "Swap", sig({Bool}, {Bool}));
  atomic.method(ab, true, "CompareAndSwap", sig({Bool, Bool}, {Bool}));
  Type* av = atomic.type("Value", newStruct({fld(Any, "v")}));
  atomic.method(av, true, "Load", sig({}, {Any}));
  atomic.method(av, true, "Store", sig({Any}, {}));

  Pkg time("time", "time");
  Type* dur = member(time, "Duration");
  Type* tm = member(time, "Time");
  for (const char* n : {"Minutes", "Hours"}) time.method(dur, false, n, sig({}, {Float64}));
  for (const char* n : {"Microseconds", "Nanoseconds"}) time.method(dur, false, n, sig({}, {Int64}));
  time.method(tm, false, "Unix", sig({}, {Int64}));
  time.method(tm, false, "UnixMilli", sig({}, {Int64}));
  time.method(tm, false, "Add", sig({dur}, {tm}));
  for (const char* n : {"Equal", "Before", "After"}) time.method(tm, false, n, sig({tm}, {Bool}));
  time.method(tm, false, "IsZero", sig({}, {Bool}));
  time.func("Until", sig({tm}, {dur}));
  for (const char* n : {"Truncate", "Round"}) time.method(dur, false, n, sig({dur}, {dur}));
  time.method(dur, false, "Abs", sig({}, {dur}));
  Type* ch = sized(newChan(tm, CDRecv));
  Type* timer = time.type("Timer", newStruct({fld(ch, "C"), fld(UnsafePointer, "r")}));
  Type* timerP = sized(newPtr(timer));
  time.method(timer, true, "Stop", sig({}, {Bool}));
  time.method(timer, true, "Reset", sig({dur}, {Bool}));
  time.func("NewTimer", sig({dur}, {timerP}));
  time.func("AfterFunc", sig({dur, sig({}, {})}, {timerP}));
  Type* ticker = time.type("Ticker", newStruct({fld(ch, "C"), fld(UnsafePointer, "r")}));
  time.method(ticker, true, "Stop", sig({}, {}));
  time.method(ticker, true, "Reset", sig({dur}, {}));
  time.func("NewTicker", sig({dur}, {sized(newPtr(ticker))}));
}

}  // namespace minigo::tc::stdlib
