// stdlib_context.cpp — package context: the Context interface, CancelFunc,
// Background/TODO/WithCancel/WithDeadline/WithTimeout/WithValue and the
// Canceled/DeadlineExceeded errors. Every context is a *context.cancelCtx
// whose methods are natives (natives_context.cpp).
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

// Read by natives_context.cpp: the itab (Context, *cancelCtx) and the type of
// the Done channel.
Type* contextIface = nullptr;
Type* contextImplPtr = nullptr;
Type* contextDoneChan = nullptr;

static Method meth(const std::string& n, Type* t) {
  Method m;
  m.name = n;
  m.type = t;
  return m;
}

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
  contextIface = iface;
  contextImplPtr = sized(newPtr(impl));

  ctx.func("Background", sig({}, {iface}));
  ctx.func("TODO", sig({}, {iface}));
  ctx.func("WithCancel", sig({iface}, {iface, cancelF}));
  ctx.func("WithTimeout", sig({iface, dur}, {iface, cancelF}));
  ctx.func("WithDeadline", sig({iface, tm}, {iface, cancelF}));
  ctx.func("WithValue", sig({iface, Any, Any}, {iface}));
  ctx.var("Canceled", Error);
  ctx.var("DeadlineExceeded", Error);
}

}  // namespace minigo::tc::stdlib
