// stdlib_context.cpp — package context: the Context interface, CancelFunc,
// Background/TODO/WithCancel/WithDeadline/WithTimeout/WithValue and the
// Canceled/DeadlineExceeded errors (the latter of type deadlineExceededError). Every context is a *context.cancelCtx
// whose methods are natives (natives_context.cpp).
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

// Read by natives_context.cpp: the itab (Context, *cancelCtx) and the type of
// the Done channel.
Type* contextIface = nullptr;
Type* contextImplPtr = nullptr;
Type* contextDoneChan = nullptr;
Type* contextDeadlineErr = nullptr;  // context.deadlineExceededError, DeadlineExceeded's type

void declareContext() {
  using namespace types;
  Pkg time("time", "time");
  Type* dur = time.p->members.at("Duration")->type;
  Type* tm = time.p->members.at("Time")->type;

  Pkg ctx("context", "context");
  Type* empty = sized(newStruct({}));
  Type* doneT = sized(newChan(empty, CDRecv));
  contextDoneChan = sized(newChan(empty, CDBoth));
  Type* deadlineT = sig({}, {tm, Bool});
  Type* doneSig = sig({}, {doneT});
  Type* errSig = sig({}, {Error});
  Type* valueSig = sig({Any}, {Any});
  Type* iface = ctx.type("Context", newInterface({meth("Deadline", deadlineT), meth("Done", doneSig),
                                                  meth("Err", errSig), meth("Value", valueSig)},
                                                 {}));
  Type* cancelF = ctx.type("CancelFunc", sig({}, {}));
  // The fields only size the object; natives_context.cpp owns its layout.
  Type* impl = ctx.type("cancelCtx", newStruct({fld(UnsafePointer, "p")}));
  ctx.method(impl, true, "Deadline", deadlineT);
  ctx.method(impl, true, "Done", doneSig);
  ctx.method(impl, true, "Err", errSig);
  ctx.method(impl, true, "Value", valueSig);
  ctx.method(impl, true, "String", sig({}, {String}));  // fmt prints context.Background.WithCancel
  contextIface = iface;
  contextImplPtr = sized(newPtr(impl));

  ctx.func("Background", sig({}, {iface}));
  ctx.func("TODO", sig({}, {iface}));
  ctx.func("WithCancel", sig({iface}, {iface, cancelF}));
  ctx.func("WithTimeout", sig({iface, dur}, {iface, cancelF}));
  ctx.func("WithDeadline", sig({iface, tm}, {iface, cancelF}));
  ctx.func("WithValue", sig({iface, Any, Any}, {iface}));
  // DeadlineExceeded is a deadlineExceededError{} (Go: Timeout and Temporary
  // report true, so net-style callers treat it as a timeout).
  Type* dl = ctx.type("deadlineExceededError", newStruct({}));
  ctx.method(dl, false, "Error", sig({}, {String}));
  ctx.method(dl, false, "Temporary", sig({}, {Bool}));
  ctx.method(dl, false, "Timeout", sig({}, {Bool}));
  contextDeadlineErr = dl;

  ctx.var("Canceled", Error);
  ctx.var("DeadlineExceeded", Error);
}

}  // namespace minigo::tc::stdlib
