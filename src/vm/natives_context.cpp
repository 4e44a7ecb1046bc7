// natives_context.cpp — package context over channels and runtime timers.
// Every Context is a *cancelCtx (Ctx below): a cancellable node owns a Done
// channel and a list of children; a WithValue node only holds its key/value
// and defers everything else to its parent. Cancelling closes Done, sets Err
// and cancels every child (Go's propagateCancel / cancelCtx.cancel).
// A CancelFunc is a FuncVal {fn, Ctx*}: its native reads the FuncVal from the
// frame header's ctxt, which the interpreter sets for native func values too.
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
#include "vm/codegen.h"
#include "vm/natives.h"

namespace minigo::tc::stdlib {
extern Type* contextIface;
extern Type* contextImplPtr;
extern Type* contextDoneChan;
}  // namespace minigo::tc::stdlib

namespace minigo::vm {

namespace {

template <class T>
T& at(uint8_t* a, int64_t off) {
  return *reinterpret_cast<T*>(a + off);
}

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
};

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
  errDeadline = makeErr("context deadline exceeded");
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

// A parent that is not one of ours (a user type implementing Context) is
// treated as never cancelled.
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
  c->err = err;
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

// Go's propagateCancel: a cancelled ancestor cancels the child at once.
Ctx* newCancelCtx(Ctx* parent) {
  initErrors();
  Ctx* c = newCtx();
  c->parent = parent;
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
  }
  return c;
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

void fireDeadline(rt::Timer* t, int64_t) { cancelSelf(static_cast<Ctx*>(t->arg), errDeadline); }

// WithDeadline: the earlier of the parent's deadline and d wins.
void withDeadline(uint8_t* a, GoTime d, int64_t resOff) {
  Ctx* parent = fromIface(at<rt::Iface>(a, 0));
  Ctx* c = newCancelCtx(parent);
  Ctx* dp = parent;
  while (dp && !dp->hasDeadline) dp = dp->parent;
  if (dp && dp->deadline.ext < d.ext) d = dp->deadline;
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

Ctx* background() {
  static Ctx* bg = [] {
    Ctx* c = new Ctx();  // never freed: not on the GC heap, holds no pointers
    *c = Ctx{};
    return c;
  }();
  return bg;
}

void n_Background(rt::G*, uint8_t* a) { at<rt::Iface>(a, 0) = toIface(background()); }

void n_WithCancel(rt::G*, uint8_t* a) {
  Ctx* c = newCancelCtx(fromIface(at<rt::Iface>(a, 0)));
  at<rt::Iface>(a, 16) = toIface(c);
  at<rt::FuncVal*>(a, 32) = cancelFuncFor(c);
}

void n_WithTimeout(rt::G*, uint8_t* a) {
  int64_t d = at<int64_t>(a, 16);
  int64_t mono = rt::nanotime();
  withDeadline(a, GoTime{uint64_t(rt::walltime() + d), mono + d, nullptr}, 24);
}

void n_WithDeadline(rt::G*, uint8_t* a) {
  GoTime t = at<GoTime>(a, 16);
  // A Time without a monotonic reading: convert its wall time.
  if (t.ext == 0) t.ext = rt::nanotime() + (int64_t(t.wall) - rt::walltime());
  withDeadline(a, t, 40);
}

void n_WithValue(rt::G*, uint8_t* a) {
  Ctx* c = newCtx();
  c->parent = fromIface(at<rt::Iface>(a, 0));
  c->isValue = true;
  c->key = at<rt::Eface>(a, 16);
  c->val = at<rt::Eface>(a, 32);
  at<rt::Iface>(a, 48) = toIface(c);
}

// Methods: params, results, then the receiver.
void n_Done(rt::G*, uint8_t* a) {
  Ctx* c = cancelNode(at<Ctx*>(a, 8));
  at<rt::Hchan*>(a, 0) = c ? c->done : nullptr;
}

void n_Err(rt::G*, uint8_t* a) {
  Ctx* c = cancelNode(at<Ctx*>(a, 16));
  at<rt::Iface>(a, 0) = c ? c->err : rt::Iface{nullptr, nullptr};
}

void n_Deadline(rt::G*, uint8_t* a) {
  Ctx* c = at<Ctx*>(a, 32);
  while (c && !c->hasDeadline) c = c->parent;
  at<GoTime>(a, 0) = c ? c->deadline : GoTime{0, 0, nullptr};
  at<uint64_t>(a, 24) = c != nullptr;
}

void n_Value(rt::G*, uint8_t* a) {
  rt::Eface key = at<rt::Eface>(a, 0);
  for (Ctx* c = at<Ctx*>(a, 32); c; c = c->parent) {
    if (c->isValue && c->key.type == key.type && rt::efaceeq(&c->key, &key)) {
      at<rt::Eface>(a, 16) = c->val;
      return;
    }
  }
  at<rt::Eface>(a, 16) = rt::Eface{nullptr, nullptr};
}

}  // namespace

void initContextGlobal(const std::string& sym, uint8_t* slot) {
  initErrors();
  if (sym == "context.Canceled") *reinterpret_cast<rt::Iface*>(slot) = errCanceled;
  if (sym == "context.DeadlineExceeded") *reinterpret_cast<rt::Iface*>(slot) = errDeadline;
}

void registerContextNatives() {
  static const std::pair<const char*, NativeFn> natives[] = {
      {"context.Background", n_Background},
      {"context.TODO", n_Background},
      {"context.WithCancel", n_WithCancel},
      {"context.WithTimeout", n_WithTimeout},
      {"context.WithDeadline", n_WithDeadline},
      {"context.WithValue", n_WithValue},
      {"context.(*cancelCtx).Done", n_Done},
      {"context.(*cancelCtx).Err", n_Err},
      {"context.(*cancelCtx).Deadline", n_Deadline},
      {"context.(*cancelCtx).Value", n_Value},
  };
  for (auto& [n, f] : natives) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm
