// error.cpp — texts of runtime errors (runtime/error.go, panic.go, chan.go,
// map.go, slice.go, alg.go) and Go's throw.
#include "runtime/error.h"

#include <unistd.h>

#include <cstdlib>

#include "frontend/types.h"
#include "runtime/print.h"

namespace minigo::rt {

thread_local RuntimeError pendingError;
void (*beforeFatal)() = nullptr;

// Go's boundsErrorFmts and boundsNegErrorFmts: %x is the index, %y the bound.
static const char* const boundsErrorFmts[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};
// A negative signed x needs no bound.
static const char* const boundsNegErrorFmts[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

static void appendIntStr(std::string& b, int64_t v, bool signed_) {
  if (signed_) fmtint(b, v);
  else fmtuint(b, uint64_t(v));
}

std::string boundsErrorText(const BoundsError& e) {
  unsigned code = e.code <= boundsConvert ? e.code : boundsIndex;
  const char* f = (e.signed_ && e.x < 0) ? boundsNegErrorFmts[code] : boundsErrorFmts[code];
  std::string b;
  for (const char* c = f; *c; c++) {
    if (*c != '%') {
      b += *c;
      continue;
    }
    c++;
    if (*c == 'x') appendIntStr(b, e.x, e.signed_);
    else if (*c == 'y') appendIntStr(b, e.y, true);
  }
  return b;
}

static std::string typeName(Type* t) { return t ? typeString(t) : std::string("nil"); }

static std::string typeAssertionText(const RuntimeError& e) {
  std::string inter = e.type1 ? typeString(e.type1) : "interface";
  std::string as = typeName(e.type3);
  if (!e.type2) return "interface conversion: " + inter + " is nil, not " + as;
  std::string cs = typeString(e.type2);
  if (e.missingMethod.empty()) {
    std::string msg = "interface conversion: " + inter + " is " + cs + ", not " + as;
    if (cs == as) {
      // Same spelling, different types (e.g. two local types named T).
      msg += (e.type2->pkg != (e.type3 ? e.type3->pkg : std::string()))
                 ? " (types from different packages)"
                 : " (types from different scopes)";
    }
    return msg;
  }
  return "interface conversion: " + cs + " is not " + as + ": missing method " + e.missingMethod;
}

std::string RuntimeError::text() const {
  const std::string re = "runtime error: ";
  switch (code) {
    case ErrNone: return "";
    case ErrBounds: return re + boundsErrorText(bounds);
    case ErrDivide: return re + "integer divide by zero";
    case ErrOverflow: return re + "integer overflow";
    case ErrNilDeref: return re + "invalid memory address or nil pointer dereference";
    case ErrNegativeShift: return re + "negative shift amount";
    case ErrMakesliceLen: return re + "makeslice: len out of range";
    case ErrMakesliceCap: return re + "makeslice: cap out of range";
    case ErrGrowsliceCap: return re + "growslice: cap out of range";
    case ErrUnhashable: return re + "hash of unhashable type " + typeName(type1);
    case ErrUncomparable: return re + "comparing uncomparable type " + typeName(type1);
    case ErrTypeAssertion: return typeAssertionText(*this);
    case ErrNilMapAssign: return "assignment to entry in nil map";
    case ErrSendClosed: return "send on closed channel";
    case ErrCloseClosed: return "close of closed channel";
    case ErrCloseNil: return "close of nil channel";
    case ErrMakechanSize: return "makechan: size out of range";
    case ErrPanicWrap: return msg;
    case ErrMapConcurrentWrite: return "concurrent map writes";
    case ErrDeadlock: return "all goroutines are asleep - deadlock!";
    case ErrOutOfMemory: return "runtime: out of memory";
  }
  return "unknown runtime error";
}

RuntimeError makeBoundsError(BoundsCode code, int64_t x, bool signed_, int64_t y) {
  RuntimeError e;
  e.code = ErrBounds;
  e.bounds = BoundsError{x, y, signed_, code};
  return e;
}

RuntimeError makeError(ErrCode code, Type* t) {
  RuntimeError e;
  e.code = code;
  e.type1 = t;
  return e;
}

RuntimeError makePanicWrap(const std::string& method) {
  // "main.T.M" -> pkg main, type T, method M (runtime.panicwrap's parse of "main.(*T).M").
  size_t dot = method.find('.'), last = method.rfind('.');
  std::string pkg = dot == std::string::npos ? "" : method.substr(0, dot);
  std::string typ = last > dot && last != std::string::npos ? method.substr(dot + 1, last - dot - 1) : method;
  std::string meth = last == std::string::npos ? method : method.substr(last + 1);
  if (typ.size() > 3 && typ.compare(0, 2, "(*") == 0 && typ.back() == ')') typ = typ.substr(2, typ.size() - 3);
  RuntimeError e;
  e.code = ErrPanicWrap;
  e.msg = "value method " + pkg + "." + typ + "." + meth + " called using nil *" + typ + " pointer";
  return e;
}

RuntimeError makeTypeAssertionError(Type* inter, Type* concrete, Type* asserted,
                                    const std::string& missingMethod) {
  RuntimeError e;
  e.code = ErrTypeAssertion;
  e.type1 = inter;
  e.type2 = concrete;
  e.type3 = asserted;
  e.missingMethod = missingMethod;
  return e;
}

void fatal(const std::string& msg) {
  if (beforeFatal) beforeFatal();
  printflush();
  std::string s = "fatal error: " + msg + "\n";
  ssize_t r = write(2, s.data(), s.size());
  (void)r;
  _exit(2);
}

}  // namespace minigo::rt
