// natives_context.cpp — package context over channels and runtime timers.
// Every Context is a *cancelCtx (Ctx below): a cancellable node owns a Done
// channel and a list of children; a WithValue node only holds its key/value
// and defers everything else to its parent. Cancelling closes Done, sets Err
// and cancels every child (Go's propagateCancel / cancelCtx.cancel).
// A CancelFunc is a FuncVal {fn, Ctx*}: its native reads the FuncVal from the
// frame header's ctxt, which the interpreter sets for native func values too.
// A parent that is a user type implementing Context ("foreign") sits at the
// top of a chain: Done/Err/Value/Deadline go to its methods (callGo), and a
// cancellable child gets a watcher goroutine, as Go's propagateCancel does.
#include <string>

#include "frontend/types.h"
#include "runtime/alg.h"
#include "runtime/chan.h"
#include "runtime/gc.h"
#include "runtime/iface.h"
#include "runtime/malloc.h"
#include "runtime/proc.h"
#include "runtime/string.h"
#include "runtime/time.h"
#include "runtime/select.h"
#include "vm/codegen.h"
#include "vm/interp.h"
#include "vm/natives.h"
#include "vm/natives_stdlib.h"

namespace minigo::tc::stdlib {
extern Type* contextIface;
extern Type* contextImplPtr;
extern Type* contextDoneChan;
extern Type* contextDeadlineErr;
}  // namespace minigo::tc::stdlib

namespace minigo::vm {

std::string durationString(int64_t d);  // natives_time.cpp

namespace {

using stdlib::at;
using stdlib::methodProto;
using stdlib::panicString;

struct GoTime {  // time.Time as natives_time.cpp lays it out
  uint64_t wall;
  int64_t ext;
  void* loc;
};

struct Ctx {
  Ctx* parent;        // nullptr for Background/TODO
  rt::Hchan* done;    // cancellable nodes only
  rt::Iface err;      // set once cancelled
  Ctx* children;      // cancellable descendants registered here
  Ctx* sibling;       // doubly linked in owner->children
  Ctx* prevSibling;
  Ctx* owner;         // the node c is registered with (Go's removeChild)
  rt::Eface key, val; // WithValue nodes
  rt::Timer* timer;   // WithDeadline/WithTimeout
  GoTime deadline;
  bool isValue, hasDeadline, cancellable;
  rt::Iface foreign;  // top of the chain (parent == nullptr): a user Context
};

// The user Context at the top of c's chain, if any.
rt::Iface foreignRoot(Ctx* c) {
  while (c && c->parent) c = c->parent;
  return c ? c->foreign : rt::Iface{nullptr, nullptr};
}

// Calls method m of a user Context (itab order: Deadline, Done, Err, Value)
// with args laid out as params then results; the receiver word follows.
void callCtxMethod(const rt::Iface& f, int m, uint8_t* args) {
  Proto* p = methodProto(f.tab->fun[m]);
  at<void*>(args, p->argSize) = f.data;
  callGo(p, args, p->argSize + 8, nullptr, true);
}

rt::Hchan* foreignDone(const rt::Iface& f) {
  alignas(8) uint8_t args[16] = {};
  callCtxMethod(f, 1, args);
  return at<rt::Hchan*>(args, 0);
}

rt::Iface foreignErr(const rt::Iface& f) {
  alignas(8) uint8_t args[24] = {};
  callCtxMethod(f, 2, args);
  return at<rt::Iface>(args, 0);
}

rt::Iface errCanceled{nullptr, nullptr}, errDeadline{nullptr, nullptr};

rt::Iface makeErr(const char* text) {
  alignas(8) uint8_t args[32] = {};
  at<rt::GoString>(args, 0) = rt::gostring(text);
  lookupNative("errors.New")(rt::sched.curg, args);
  return at<rt::Iface>(args, 16);
}

void initErrors() {
  if (errCanceled.tab) return;
  errCanceled = makeErr("context canceled");
  // DeadlineExceeded is a deadlineExceededError{}: %T prints its name, and
  // it has Timeout/Temporary. A zero-size value needs no storage of its own.
  static uint64_t zerobase;
  for (Method& m : tc::stdlib::contextDeadlineErr->methods) cg::protoOf(m.fn);
  errDeadline = rt::Iface{rt::getitab(types::Error, tc::stdlib::contextDeadlineErr, false), &zerobase};
  // C++ globals holding heap pointers: the collector must see them.
  rt::gcAddRootRange(&errCanceled, sizeof errCanceled);
  rt::gcAddRootRange(&errDeadline, sizeof errDeadline);
}

Ctx* newCtx() {
  return static_cast<Ctx*>(rt::mallocgc(sizeof(Ctx), rt::gcConservativeType(), true));
}

rt::Iface toIface(Ctx* c) {
  static rt::Itab* tab = [] {
    // Codegen made no Protos for these methods (no conversion in Go code).
    for (Method& m : tc::stdlib::contextImplPtr->elem->methods) cg::protoOf(m.fn);
    return rt::getitab(tc::stdlib::contextIface, tc::stdlib::contextImplPtr, false);
  }();
  return rt::Iface{tab, c};
}

// nullptr for a parent that is not one of ours (a user type implementing Context).
Ctx* fromIface(const rt::Iface& i) {
  if (!i.tab || i.tab != toIface(nullptr).tab) return nullptr;
  return static_cast<Ctx*>(i.data);
}

// The nearest cancellable node at or above c (Go's parentCancelCtx).
Ctx* cancelNode(Ctx* c) {
  while (c && !c->cancellable) c = c->parent;
  return c;
}

void unlink(Ctx* c) {
  if (!c->owner) return;
  if (c->prevSibling) c->prevSibling->sibling = c->sibling;
  else c->owner->children = c->sibling;
  if (c->sibling) c->sibling->prevSibling = c->prevSibling;
  c->owner = c->sibling = c->prevSibling = nullptr;
}

void cancel(Ctx* c, const rt::Iface& err) {
  if (c->err.tab) return;
  c->err = err.tab ? err : errCanceled;  // a user parent's Err() may still say nil
  rt::closechan(c->done);
  if (c->timer) rt::deltimer(c->timer);
  for (Ctx* ch = c->children; ch;) {
    Ctx* next = ch->sibling;
    ch->owner = ch->sibling = ch->prevSibling = nullptr;
    cancel(ch, err);
    ch = next;
  }
  c->children = nullptr;
}

// A context cancelled on its own (CancelFunc, deadline) leaves its parent's
// list, so short-lived children of a long-lived parent do not pile up.
void cancelSelf(Ctx* c, const rt::Iface& err) {
  unlink(c);
  cancel(c, err);
}

// The watcher goroutine of a child of a user Context (Go's propagateCancel:
// go func() { select { case <-parent.Done(): child.cancel(...); case <-child.Done(): } }()).
// Its code is two natives: the select (which parks), then acting on its result.
// The FuncVal {fn, Ctx* child} is the goroutine's ctxt; res lives in its frame.
struct Watch {
  Ctx* child;
  rt::Hchan* parentDone;
};

Watch* watchOf(uint8_t* a) {
  auto* fv = static_cast<rt::FuncVal*>(reinterpret_cast<FrameHeader*>(a - kHeaderSize)->ctxt);
  return reinterpret_cast<Watch*>(fv + 1);
}

void n_watchSelect(rt::G*, uint8_t* a) {
  Watch* w = watchOf(a);
  rt::Scase cases[2] = {{w->parentDone, nullptr}, {w->child->done, nullptr}};
  rt::selectgo(cases, 0, 2, true, &at<int64_t>(a, 0));
}

void n_watchFire(rt::G*, uint8_t* a) {
  Watch* w = watchOf(a);
  if (at<int64_t>(a, 0) == 0) cancel(w->child, foreignErr(foreignRoot(w->child)));
}

void startWatcher(Ctx* c, rt::Hchan* parentDone) {
  static Func* fn = [] {
    auto* p = new Proto();
    p->name = "context.propagateCancel.func1";
    // code[0] is the interface entry; each native's frame is this one (a = -header).
    p->code = {Instr{}, Instr{CALLNATIVE, -kHeaderSize, 0, 0, int64_t(n_watchSelect)},
               Instr{CALLNATIVE, -kHeaderSize, 0, 0, int64_t(n_watchFire)}, Instr{RET}};
    p->lines = {0, 0, 0, 0};
    p->frameSize = 16 + kHeaderSize;
    auto* f = new Func();
    f->code = p;
    return f;
  }();
  auto* fv = static_cast<rt::FuncVal*>(
      rt::mallocgc(sizeof(rt::FuncVal) + sizeof(Watch), rt::gcConservativeType(), true));
  fv->fn = fn;
  *reinterpret_cast<Watch*>(fv + 1) = Watch{c, parentDone};
  spawnFuncVal(fv);
}

// Go's propagateCancel: a cancelled ancestor cancels the child at once.
Ctx* newCancelCtx(Ctx* parent, const rt::Iface& parentIface) {
  initErrors();
  Ctx* c = newCtx();
  c->parent = parent;
  if (!parent) c->foreign = parentIface;
  c->cancellable = true;
  c->done = rt::makechan(tc::stdlib::contextDoneChan, 0, 0);
  if (Ctx* p = cancelNode(parent)) {
    if (p->err.tab) {
      cancel(c, p->err);
    } else {
      c->sibling = p->children;
      if (p->children) p->children->prevSibling = c;
      p->children = c;
      c->owner = p;
    }
  } else if (rt::Iface f = foreignRoot(c); f.tab) {
    rt::Hchan* done = foreignDone(f);
    if (!done) return c;  // never cancelled
    bool received = false;
    if (rt::selectnbrecv(done, nullptr, &received)) cancel(c, foreignErr(f));
    else startWatcher(c, done);
  }
  return c;
}

// Go panics on a nil parent in every With* function.
bool nilParent(rt::G* g, uint8_t* a) {
  if (at<rt::Iface>(a, 0).tab) return false;
  panicString(g, "cannot create context from nil parent");
  return true;
}

void n_cancelFunc(rt::G*, uint8_t* a) {
  auto* fv = static_cast<rt::FuncVal*>(reinterpret_cast<FrameHeader*>(a - kHeaderSize)->ctxt);
  if (fv) cancelSelf(*reinterpret_cast<Ctx**>(fv + 1), errCanceled);
}

rt::FuncVal* cancelFuncFor(Ctx* c) {
  static Func* fn = [] {
    auto* p = new Proto();
    p->name = "context.WithCancel.func1";
    p->native = n_cancelFunc;
    p->code = {Instr{}, Instr{}};
    p->lines = {0, 0};
    auto* f = new Func();
    f->code = p;
    return f;
  }();
  auto* fv = static_cast<rt::FuncVal*>(rt::mallocgc(16, rt::gcConservativeType(), true));
  fv->fn = fn;
  *reinterpret_cast<Ctx**>(fv + 1) = c;
  return fv;
}

// The deadline of a context: the nearest WithDeadline node, else a user
// Context's own Deadline().
bool deadlineOf(Ctx* c, const rt::Iface& self, GoTime* out) {
  rt::Iface f = self;
  for (; c; c = c->parent) {
    if (c->hasDeadline) {
      *out = c->deadline;
      return true;
    }
    f = c->foreign;
  }
  if (!f.tab) return false;
  alignas(8) uint8_t args[40] = {};
  callCtxMethod(f, 0, args);
  *out = at<GoTime>(args, 0);
  // A user's Time may lack a monotonic reading: convert its wall time.
  if (out->ext == 0 && out->wall) out->ext = rt::nanotime() + (int64_t(out->wall) - rt::walltime());
  return at<uint8_t>(args, 24) != 0;
}

void fireDeadline(rt::Timer* t, int64_t) { cancelSelf(static_cast<Ctx*>(t->arg), errDeadline); }

// WithDeadline: the earlier of the parent's deadline and d wins.
void withDeadline(uint8_t* a, GoTime d, int64_t resOff) {
  Ctx* parent = fromIface(at<rt::Iface>(a, 0));
  GoTime pd;
  // An earlier deadline above wins: Go returns WithCancel(parent) then (and
  // leaves enforcing it to the parent, which a user Context may not do).
  bool earlier = deadlineOf(parent, at<rt::Iface>(a, 0), &pd) && pd.ext < d.ext;
  Ctx* c = newCancelCtx(parent, at<rt::Iface>(a, 0));
  if (earlier) {
    at<rt::Iface>(a, resOff) = toIface(c);
    at<rt::FuncVal*>(a, resOff + 16) = cancelFuncFor(c);
    return;
  }
  c->hasDeadline = true;
  c->deadline = d;
  if (!c->err.tab) {
    int64_t left = d.ext - rt::nanotime();
    if (left <= 0) {
      cancelSelf(c, errDeadline);
    } else {
      auto* t = new rt::Timer();
      t->f = fireDeadline;
      t->arg = c;
      t->when = d.ext;
      c->timer = t;
      rt::addtimer(t);
    }
  }
  at<rt::Iface>(a, resOff) = toIface(c);
  at<rt::FuncVal*>(a, resOff + 16) = cancelFuncFor(c);
}

// Background and TODO: never freed, not on the GC heap, hold no pointers.
Ctx bgCtx{}, todoCtx{};

void n_Background(rt::G*, uint8_t* a) { at<rt::Iface>(a, 0) = toIface(&bgCtx); }
void n_TODO(rt::G*, uint8_t* a) { at<rt::Iface>(a, 0) = toIface(&todoCtx); }

// Go's String methods: contextName(parent) + ".WithCancel" and so on.
std::string ctxString(Ctx* c) {
  if (c == &bgCtx) return "context.Background";
  if (c == &todoCtx) return "context.TODO";
  std::string parent;
  if (c->parent) {
    parent = ctxString(c->parent);
  } else if (c->foreign.tab) {
    parent = typeString(c->foreign.tab->type);  // Go prefers its String method, if any
  }
  if (c->isValue) {
    std::string val = "<not Stringer>";
    if (c->val.type == types::String) val = std::string(rt::toView(*static_cast<rt::GoString*>(c->val.data)));
    return parent + ".WithValue(type " + (c->key.type ? typeString(c->key.type) : "<nil>") + ", val " + val + ")";
  }
  if (c->hasDeadline) {  // Go prints the deadline as a Time; we print only what is left
    int64_t left = c->deadline.ext - rt::nanotime();
    return parent + ".WithDeadline(" + durationString(left) + " [" + durationString(left) + "])";
  }
  return parent + ".WithCancel";
}

void n_String(rt::G*, uint8_t* a) { at<rt::GoString>(a, 0) = rt::gostring(ctxString(at<Ctx*>(a, 16))); }

void n_WithCancel(rt::G* g, uint8_t* a) {
  if (nilParent(g, a)) return;
  Ctx* c = newCancelCtx(fromIface(at<rt::Iface>(a, 0)), at<rt::Iface>(a, 0));
  at<rt::Iface>(a, 16) = toIface(c);
  at<rt::FuncVal*>(a, 32) = cancelFuncFor(c);
}

void n_WithTimeout(rt::G* g, uint8_t* a) {
  if (nilParent(g, a)) return;
  int64_t d = at<int64_t>(a, 16);
  int64_t mono = rt::nanotime();
  withDeadline(a, GoTime{uint64_t(rt::walltime() + d), mono + d, nullptr}, 24);
}

void n_WithDeadline(rt::G* g, uint8_t* a) {
  if (nilParent(g, a)) return;
  GoTime t = at<GoTime>(a, 16);
  // A Time without a monotonic reading: convert its wall time.
  if (t.ext == 0) t.ext = rt::nanotime() + (int64_t(t.wall) - rt::walltime());
  withDeadline(a, t, 40);
}

void n_WithValue(rt::G* g, uint8_t* a) {
  if (nilParent(g, a)) return;
  rt::Eface key = at<rt::Eface>(a, 16);
  if (!key.type) return panicString(g, "nil key");
  if (!key.type->comparable) return panicString(g, "key is not comparable");
  Ctx* c = newCtx();
  c->parent = fromIface(at<rt::Iface>(a, 0));
  if (!c->parent) c->foreign = at<rt::Iface>(a, 0);
  c->isValue = true;
  c->key = at<rt::Eface>(a, 16);
  c->val = at<rt::Eface>(a, 32);
  at<rt::Iface>(a, 48) = toIface(c);
}

// Methods: params, results, then the receiver.
void n_Done(rt::G*, uint8_t* a) {
  Ctx* self = at<Ctx*>(a, 8);
  if (Ctx* c = cancelNode(self)) at<rt::Hchan*>(a, 0) = c->done;
  else if (rt::Iface f = foreignRoot(self); f.tab) at<rt::Hchan*>(a, 0) = foreignDone(f);
  else at<rt::Hchan*>(a, 0) = nullptr;
}

void n_Err(rt::G*, uint8_t* a) {
  Ctx* self = at<Ctx*>(a, 16);
  if (Ctx* c = cancelNode(self)) at<rt::Iface>(a, 0) = c->err;
  else if (rt::Iface f = foreignRoot(self); f.tab) at<rt::Iface>(a, 0) = foreignErr(f);
  else at<rt::Iface>(a, 0) = rt::Iface{nullptr, nullptr};
}

void n_Deadline(rt::G*, uint8_t* a) {
  GoTime d{0, 0, nullptr};
  bool ok = deadlineOf(at<Ctx*>(a, 32), rt::Iface{nullptr, nullptr}, &d);
  at<GoTime>(a, 0) = ok ? d : GoTime{0, 0, nullptr};
  at<uint64_t>(a, 24) = ok;
}

void n_Value(rt::G*, uint8_t* a) {
  rt::Eface key = at<rt::Eface>(a, 0);
  rt::Iface f{nullptr, nullptr};
  for (Ctx* c = at<Ctx*>(a, 32); c; c = c->parent) {
    if (c->isValue && c->key.type == key.type && rt::efaceeq(&c->key, &key)) {
      at<rt::Eface>(a, 16) = c->val;
      return;
    }
    f = c->foreign;
  }
  at<rt::Eface>(a, 16) = rt::Eface{nullptr, nullptr};
  if (f.tab) {
    alignas(8) uint8_t args[40] = {};
    at<rt::Eface>(args, 0) = key;
    callCtxMethod(f, 3, args);
    at<rt::Eface>(a, 16) = at<rt::Eface>(args, 16);
  }
}

// deadlineExceededError's methods (value receiver of size 0: results only).
void n_deadlineError(rt::G*, uint8_t* a) { at<rt::GoString>(a, 0) = rt::gostring("context deadline exceeded"); }
void n_deadlineTrue(rt::G*, uint8_t* a) { at<uint64_t>(a, 0) = 1; }

}  // namespace

void initContextGlobal(const std::string& sym, uint8_t* slot) {
  initErrors();
  if (sym == "context.Canceled") *reinterpret_cast<rt::Iface*>(slot) = errCanceled;
  if (sym == "context.DeadlineExceeded") *reinterpret_cast<rt::Iface*>(slot) = errDeadline;
}

void registerContextNatives() {
  static const std::pair<const char*, NativeFn> natives[] = {
      {"context.Background", n_Background},
      {"context.TODO", n_TODO},
      {"context.WithCancel", n_WithCancel},
      {"context.WithTimeout", n_WithTimeout},
      {"context.WithDeadline", n_WithDeadline},
      {"context.WithValue", n_WithValue},
      {"context.(*cancelCtx).Done", n_Done},
      {"context.(*cancelCtx).Err", n_Err},
      {"context.(*cancelCtx).Deadline", n_Deadline},
      {"context.(*cancelCtx).Value", n_Value},
      {"context.(*cancelCtx).String", n_String},
      {"context.deadlineExceededError.Error", n_deadlineError},
      {"context.deadlineExceededError.Temporary", n_deadlineTrue},
      {"context.deadlineExceededError.Timeout", n_deadlineTrue},
  };
  for (auto& [n, f] : natives) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm
