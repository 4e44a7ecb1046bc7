// natives_errors.cpp — the natives of defer/panic/recover (deferproc,
// gorecover, getcallersp, runtime.Goexit), runtime errors as Go values
// (runtime.Error implementations with Go's type names and texts), and the
// errors package with fmt.Errorf (errors.errorString, fmt.wrapError).
#include <cstring>
#include <map>

#include "frontend/types.h"
#include "runtime/alg.h"
#include "runtime/defer.h"
#include "runtime/fmt.h"
#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "runtime/string.h"
#include "vm/interp.h"
#include "vm/natives.h"

namespace minigo::vm {

namespace {

template <class T>
T& at(uint8_t* a, int64_t off) {
  return *reinterpret_cast<T*>(a + off);
}

// ---- defer, recover, Goexit
void rt_deferproc(rt::G* g, uint8_t* a) { rt::deferproc(g, g->fp, g->proto, at<rt::FuncVal*>(a, 0)); }
void rt_getcallersp(rt::G* g, uint8_t* a) { at<int64_t>(a, 0) = g->fp; }
void rt_gorecover(rt::G* g, uint8_t* a) { at<rt::Eface>(a, 8) = rt::gorecover(g, at<int64_t>(a, 0)); }
void runtime_Goexit(rt::G* g, uint8_t*) { g->natReq = 2; }

// ---- types whose methods are natives
Type* stringSig() {
  static Type* t = [] {
    Type* s = newFunc({}, {Field{"", types::String}}, false);
    calcSize(s);
    return s;
  }();
  return t;
}

Func* nativeMethod(const std::string& name, Type* sig, NativeFn fn) {
  Func* f = newFunc();
  f->name = name;
  f->type = sig;
  auto* p = new Proto();
  p->fn = f;
  p->name = name;
  p->native = fn;
  p->code = {Instr{}, Instr{}};
  p->lines = {0, 0};
  p->argSize = int32_t(slotSize(sig->results.empty() ? nullptr : sig->results[0].type));
  f->code = p;
  return f;
}

void addMethod(Type* t, const std::string& name, Type* sig, bool ptr, NativeFn fn) {
  Method m;
  m.name = name;
  m.type = sig;
  m.ptrRecv = ptr;
  m.fn = nativeMethod(t->pkg + "." + (ptr ? "(*" + t->sym + ")" : t->sym) + "." + name, sig, fn);
  t->methods.push_back(m);
}

// The receiver word points at a GoString holding the whole Error() text.
void textError(rt::G*, uint8_t* a) { at<rt::GoString>(a, 0) = *at<rt::GoString*>(a, 16); }
void noop(rt::G*, uint8_t*) {}

struct ErrTypes {
  Type* boundsError;     // runtime.boundsError
  Type* errorString;     // runtime.errorString
  Type* plainError;      // runtime.plainError
  Type* typeAssertPtr;   // *runtime.TypeAssertionError
  Type* errorsStringPtr; // *errors.errorString
  Type* wrapErrorPtr;    // *fmt.wrapError
};

// Go's runtime.Error implementations: a named string type holding the text.
Type* runtimeErrType(const char* name, bool ptr) {
  Type* t = newNamed("runtime", name);
  setUnderlying(t, types::String);
  calcSize(t);
  addMethod(t, "Error", stringSig(), ptr, textError);
  Type* empty = newFunc({}, {}, false);
  calcSize(empty);
  addMethod(t, "RuntimeError", empty, ptr, noop);
  if (!ptr) return t;
  Type* p = newPtr(t);
  calcSize(p);
  return p;
}

void wrapError_Error(rt::G*, uint8_t* a) { at<rt::GoString>(a, 0) = *at<rt::GoString*>(a, 16); }
void wrapError_Unwrap(rt::G*, uint8_t* a) { at<rt::Iface>(a, 0) = at<rt::Iface>(at<uint8_t*>(a, 16), 16); }

const ErrTypes& errTypes() {
  static ErrTypes e = [] {
    ErrTypes e;
    e.boundsError = runtimeErrType("boundsError", false);
    e.errorString = runtimeErrType("errorString", false);
    e.plainError = runtimeErrType("plainError", false);
    e.typeAssertPtr = runtimeErrType("TypeAssertionError", true);
    Type* es = newNamed("errors", "errorString");
    setUnderlying(es, types::String);
    calcSize(es);
    addMethod(es, "Error", stringSig(), true, textError);
    e.errorsStringPtr = newPtr(es);
    calcSize(e.errorsStringPtr);
    Type* we = newNamed("fmt", "wrapError");
    setUnderlying(we, newStruct({Field{"msg", types::String}, Field{"err", types::Error}}));
    calcSize(we);
    addMethod(we, "Error", stringSig(), true, wrapError_Error);
    Type* unw = newFunc({}, {Field{"", types::Error}}, false);
    calcSize(unw);
    addMethod(we, "Unwrap", unw, true, wrapError_Unwrap);
    e.wrapErrorPtr = newPtr(we);
    calcSize(e.wrapErrorPtr);
    return e;
  }();
  return e;
}

rt::GoString* heapString(const std::string& s) {
  auto* p = static_cast<rt::GoString*>(rt::mallocgc(sizeof(rt::GoString), types::String, true));
  *p = rt::gostring(s);
  return p;
}

// ---- interfaces from natives
std::map<std::pair<Type*, Type*>, rt::Itab*>& itabCache() {
  static std::map<std::pair<Type*, Type*>, rt::Itab*> m;
  return m;
}

Func* findMethod(Type* t, const std::string& name) {
  if (!t) return nullptr;
  for (auto& m : t->methods)
    if (m.name == name && (!m.ptrRecv || t->kind == TPTR) && m.fn) return m.fn;
  if (t->kind == TPTR && t->elem)
    for (auto& m : t->elem->methods)
      if (m.name == name && m.fn) return m.fn;
  return nullptr;
}

// The itab of (inter, t), or nullptr if t lacks a method of inter.
rt::Itab* itabFor(Type* inter, Type* t) {
  auto key = std::make_pair(inter, t);
  auto it = itabCache().find(key);
  if (it != itabCache().end()) return it->second;
  size_t n = inter->methods.size();
  auto* tab = static_cast<rt::Itab*>(std::calloc(1, sizeof(rt::Itab) + sizeof(Func*) * (n ? n : 1)));
  tab->inter = inter;
  tab->type = t;
  tab->hash = t->hash;
  for (size_t i = 0; i < n; i++) {
    Func* f = findMethod(t, inter->methods[i].name);
    if (!f || !f->type || !identical(f->type, inter->methods[i].type)) {
      std::free(tab);
      tab = nullptr;
      break;
    }
    tab->fun[i] = f;
  }
  itabCache()[key] = tab;
  return tab;
}

rt::Iface toError(const rt::Eface& e) {
  if (!e.type) return rt::Iface{nullptr, nullptr};
  return rt::Iface{itabFor(types::Error, e.type), e.data};
}

// Calls method `name` of the dynamic value (t, data): args holds params and
// room for results (frame layout); the receiver word goes after them.
bool callMethod(Type* t, void* data, const char* name, uint8_t* args, int64_t argSize) {
  Func* f = findMethod(t, name);
  if (!f || !f->code) return false;
  auto* p = static_cast<Proto*>(f->code);
  at<void*>(args, p->argSize) = data;
  callGo(p, args, p->argSize + 8, nullptr, true);
  return true;
}

// ---- errors
void errors_New(rt::G*, uint8_t* a) {
  rt::GoString s = at<rt::GoString>(a, 0);
  auto* p = static_cast<rt::GoString*>(rt::mallocgc(sizeof(rt::GoString), types::String, true));
  *p = s;
  at<rt::Iface>(a, 16) = rt::Iface{itabFor(types::Error, errTypes().errorsStringPtr), p};
}

rt::Iface unwrap(const rt::Iface& e) {
  if (!e.tab) return e;
  alignas(8) uint8_t args[32] = {};
  Func* f = findMethod(e.tab->type, "Unwrap");
  if (!f || !f->type || f->type->results.size() != 1 || f->type->results[0].type != types::Error ||
      !f->type->params.empty())
    return rt::Iface{nullptr, nullptr};
  if (!callMethod(e.tab->type, e.data, "Unwrap", args, 16)) return rt::Iface{nullptr, nullptr};
  return at<rt::Iface>(args, 0);
}

void errors_Unwrap(rt::G*, uint8_t* a) { at<rt::Iface>(a, 16) = unwrap(at<rt::Iface>(a, 0)); }

void errors_Is(rt::G*, uint8_t* a) {
  rt::Iface err = at<rt::Iface>(a, 0), target = at<rt::Iface>(a, 16);
  bool res = false;
  if (!err.tab || !target.tab) {
    res = !err.tab && !target.tab;
  } else {
    bool comparable = target.tab->type->comparable;
    for (int depth = 0; err.tab && depth < 10000; depth++) {
      if (comparable && err.tab->type == target.tab->type && rt::typeequal(types::Error, &err, &target)) {
        res = true;
        break;
      }
      Func* isf = findMethod(err.tab->type, "Is");
      if (isf && isf->type && isf->type->params.size() == 1 && isf->type->params[0].type == types::Error) {
        alignas(8) uint8_t args[40] = {};
        at<rt::Iface>(args, 0) = target;
        callMethod(err.tab->type, err.data, "Is", args, 24);
        if (at<int64_t>(args, 16) & 1) {
          res = true;
          break;
        }
      }
      err = unwrap(err);
    }
  }
  at<int64_t>(a, 32) = res;
}

void errors_As(rt::G*, uint8_t* a) {
  rt::Iface err = at<rt::Iface>(a, 0);
  rt::Eface target = at<rt::Eface>(a, 16);
  at<int64_t>(a, 32) = 0;
  if (!target.type || target.type->kind != TPTR || !target.data) {
    rt::setPanic(rt::makeError(rt::ErrNilDeref));  // Go: "errors: target must be a non-nil pointer"
    return;
  }
  Type* T = target.type->elem;
  for (int depth = 0; err.tab && depth < 10000; depth++) {
    Type* dt = err.tab->type;
    if (T->kind == TINTER) {
      if (rt::Itab* tab = T->methods.empty() ? nullptr : itabFor(T, dt)) {
        *static_cast<rt::Iface*>(target.data) = rt::Iface{tab, err.data};
        at<int64_t>(a, 32) = 1;
        return;
      }
      if (T->methods.empty()) {
        *static_cast<rt::Eface*>(target.data) = rt::Eface{dt, err.data};
        at<int64_t>(a, 32) = 1;
        return;
      }
    } else if (dt == T) {
      if (dt->isDirectIface()) *static_cast<void**>(target.data) = err.data;
      else std::memmove(target.data, err.data, size_t(dt->size));
      at<int64_t>(a, 32) = 1;
      return;
    }
    Func* asf = findMethod(dt, "As");
    if (asf && asf->type && asf->type->params.size() == 1 && asf->type->params[0].type->isEmptyInterface()) {
      alignas(8) uint8_t args[40] = {};
      at<rt::Eface>(args, 0) = target;
      callMethod(dt, err.data, "As", args, 24);
      if (at<int64_t>(args, 16) & 1) {
        at<int64_t>(a, 32) = 1;
        return;
      }
    }
    err = unwrap(err);
  }
}

void fmt_Errorf(rt::G*, uint8_t* a) {
  auto f = at<rt::GoString>(a, 0);
  auto s = at<rt::GoSlice>(a, 16);
  std::string out;
  auto* args = static_cast<rt::Eface*>(s.ptr);
  int w = rt::appendErrorf(out, rt::toView(f), args, size_t(s.len), vmMethodCaller());
  if (w < 0 || w >= s.len) {
    at<rt::Iface>(a, 40) = rt::Iface{itabFor(types::Error, errTypes().errorsStringPtr), heapString(out)};
    return;
  }
  Type* wt = errTypes().wrapErrorPtr;
  auto* obj = static_cast<uint8_t*>(rt::mallocgc(uintptr_t(wt->elem->size), wt->elem, true));
  at<rt::GoString>(obj, 0) = rt::gostring(out);
  at<rt::Iface>(obj, 16) = toError(args[w]);
  at<rt::Iface>(a, 40) = rt::Iface{itabFor(types::Error, wt), obj};
}

NativeRegistrar regs[] = {
    {"deferproc", rt_deferproc},
    {"getcallersp", rt_getcallersp},
    {"gorecover", rt_gorecover},
    {"runtime.Goexit", runtime_Goexit},
    {"errors.New", errors_New},
    {"errors.Is", errors_Is},
    {"errors.As", errors_As},
    {"errors.Unwrap", errors_Unwrap},
    {"fmt.Errorf", fmt_Errorf},
};

}  // namespace

}  // namespace minigo::vm

namespace minigo::rt {

Eface errorValue(const RuntimeError& e) {
  const auto& T = vm::errTypes();
  Type* t;
  switch (e.code) {
    case ErrBounds: t = T.boundsError; break;
    case ErrTypeAssertion: t = T.typeAssertPtr; break;
    case ErrNilMapAssign: case ErrSendClosed: case ErrCloseClosed: case ErrCloseNil: case ErrMakechanSize:
    case ErrPanicWrap:
      t = T.plainError;
      break;
    default: t = T.errorString; break;
  }
  return Eface{t, vm::heapString(e.text())};
}

}  // namespace minigo::rt
