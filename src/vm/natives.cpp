// natives.cpp — the table of natives: runtime entry points that walk emits as
// OCALLRT, and the std-lib functions typecheck declares without a body.
#include "vm/natives.h"

#include <cstring>
#include <unordered_map>

#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/fmt.h"
#include "runtime/malloc.h"
#include "runtime/map.h"
#include "runtime/print.h"
#include "runtime/proc.h"
#include "runtime/slice.h"
#include "runtime/string.h"
#include "runtime/strconv.h"
#include "vm/interp.h"

namespace minigo::vm {

namespace {

template <class T>
T& at(uint8_t* a, int64_t off) {
  return *reinterpret_cast<T*>(a + off);
}

// ---- fmt bridge: calls String()/Error() through the interpreter.
struct VMMethodCaller : rt::MethodCaller {
  rt::MethodCall callStringMethod(const rt::Eface& v, std::string_view name, std::string* result,
                                  rt::Eface* panicVal) override {
    if (!v.type) return rt::MethodCall::NoMethod;
    Type* t = v.type;
    Func* fn = nullptr;
    bool valueMethod = false;
    auto find = [&](Type* in, bool allowPtr) {
      for (auto& m : in->methods)
        if (m.name == name && (allowPtr || !m.ptrRecv) && m.fn && m.type && m.type->params.empty() &&
            m.type->results.size() == 1 && m.type->results[0].type->kind == TSTRING) {
          fn = m.fn;
          valueMethod = !m.ptrRecv;
          return true;
        }
      return false;
    };
    if (t->kind == TINTER) return rt::MethodCall::NoMethod;
    if (!find(t, false) && !(t->kind == TPTR && t->elem && find(t->elem, true)))
      return rt::MethodCall::NoMethod;
    if ((!fn->code || static_cast<Proto*>(fn->code)->native) &&
        (fn->name.rfind("time.", 0) == 0 || fn->name.rfind("reflect.", 0) == 0)) {
      // A native method of a std-lib type (time.Duration.String, reflect's
      // Kind.String): the result, then the receiver: the value itself for a
      // value method. (Natives of runtime error types take the data word.)
      NativeFn nf = fn->code ? static_cast<Proto*>(fn->code)->native : lookupNative(fn->name);
      Type* rt_ = valueMethod && t->kind == TPTR ? t->elem : t;  // the receiver's type
      if (!nf || rt_->size > 64 || !v.data) return rt::MethodCall::NoMethod;
      alignas(8) uint8_t nargs[16 + 64] = {};
      if (!valueMethod)
        at<void*>(nargs, 16) = v.data;
      else if (t->kind == TPTR || !t->isDirectIface())
        std::memcpy(nargs + 16, v.data, size_t(rt_->size));
      else
        at<void*>(nargs, 16) = v.data;
      nf(rt::sched.curg, nargs);
      auto s = at<rt::GoString>(nargs, 0);
      result->assign(reinterpret_cast<const char*>(s.ptr), size_t(s.len));
      return rt::MethodCall::Ok;
    }
    if (t->kind == TPTR && valueMethod && !v.data && t->elem != t) {
      *panicVal = rt::Eface{nullptr, nullptr};
      return rt::MethodCall::Panicked;
    }
    auto* p = static_cast<Proto*>(fn->code);
    // results (one string) then the receiver word; the interface entry
    // dereferences it for value receivers.
    alignas(8) uint8_t args[32] = {};
    at<void*>(args, p->argSize) = v.data;
    if (!callGoRecover(p, args, p->argSize + 8, nullptr, true, panicVal)) return rt::MethodCall::Panicked;
    auto s = at<rt::GoString>(args, 0);
    result->assign(reinterpret_cast<const char*>(s.ptr), size_t(s.len));
    return rt::MethodCall::Ok;
  }
  bool reflectValue(Type* t, const void* p, rt::Eface* out) override {
    return stdlib::reflectValueEface(t, p, out);
  }
  rt::MethodCall callFormat(const rt::Eface& v, rt::FormatState* st, int32_t verb, rt::Eface* panicVal) override {
    return callFormatMethod(v, st, verb, panicVal);
  }
  // fmt sorts the entries itself; the order here is the map's.
  bool mapEntries(Type* mapType, void* m, std::vector<std::pair<const void*, const void*>>* out) override {
    if (!m) return true;
    rt::hiter it{};
    rt::mapiterinit(rt::maptypeOf(mapType), static_cast<rt::hmap*>(m), &it);
    for (; it.key; rt::mapiternext(&it)) out->push_back({it.key, it.elem});
    return true;
  }
};

VMMethodCaller theCaller;

rt::GoString makeGoString(const std::string& s) { return rt::gostring(s); }

// ---- fmt
void fmt_Println(rt::G*, uint8_t* a) {
  auto s = at<rt::GoSlice>(a, 0);
  std::string out;
  rt::appendSprintln(out, static_cast<rt::Eface*>(s.ptr), size_t(s.len), &theCaller);
  rt::writeStdout(out.data(), out.size());
  at<int64_t>(a, 24) = int64_t(out.size());
  at<rt::Iface>(a, 32) = rt::Iface{nullptr, nullptr};
}
void fmt_Print(rt::G*, uint8_t* a) {
  auto s = at<rt::GoSlice>(a, 0);
  std::string out;
  rt::appendSprint(out, static_cast<rt::Eface*>(s.ptr), size_t(s.len), &theCaller);
  rt::writeStdout(out.data(), out.size());
  at<int64_t>(a, 24) = int64_t(out.size());
  at<rt::Iface>(a, 32) = rt::Iface{nullptr, nullptr};
}
void fmt_Printf(rt::G*, uint8_t* a) {
  auto f = at<rt::GoString>(a, 0);
  auto s = at<rt::GoSlice>(a, 16);
  std::string out;
  rt::appendSprintf(out, rt::toView(f), static_cast<rt::Eface*>(s.ptr), size_t(s.len), &theCaller);
  rt::writeStdout(out.data(), out.size());
  at<int64_t>(a, 40) = int64_t(out.size());
  at<rt::Iface>(a, 48) = rt::Iface{nullptr, nullptr};
}
void fmt_Sprintf(rt::G*, uint8_t* a) {
  auto f = at<rt::GoString>(a, 0);
  auto s = at<rt::GoSlice>(a, 16);
  std::string out;
  rt::appendSprintf(out, rt::toView(f), static_cast<rt::Eface*>(s.ptr), size_t(s.len), &theCaller);
  at<rt::GoString>(a, 40) = makeGoString(out);
}
void fmt_Sprint(rt::G*, uint8_t* a) {
  auto s = at<rt::GoSlice>(a, 0);
  std::string out;
  rt::appendSprint(out, static_cast<rt::Eface*>(s.ptr), size_t(s.len), &theCaller);
  at<rt::GoString>(a, 24) = makeGoString(out);
}
void fmt_Sprintln(rt::G*, uint8_t* a) {
  auto s = at<rt::GoSlice>(a, 0);
  std::string out;
  rt::appendSprintln(out, static_cast<rt::Eface*>(s.ptr), size_t(s.len), &theCaller);
  at<rt::GoString>(a, 24) = makeGoString(out);
}
void os_Exit(rt::G*, uint8_t* a) { rt::exitProcess(int(at<int64_t>(a, 0))); }
void strconv_Itoa(rt::G*, uint8_t* a) { at<rt::GoString>(a, 8) = makeGoString(rt::FormatInt(at<int64_t>(a, 0), 10)); }
void utf8_RuneCountInString(rt::G*, uint8_t* a) { at<int64_t>(a, 16) = rt::countrunes(at<rt::GoString>(a, 0)); }

// ---- runtime: strings
void rt_concatstrings(rt::G*, uint8_t* a) {
  auto s = at<rt::GoSlice>(a, 0);
  at<rt::GoString>(a, 24) = rt::concatstrings(static_cast<rt::GoString*>(s.ptr), int(s.len));
}
void rt_intstring(rt::G*, uint8_t* a) { at<rt::GoString>(a, 8) = rt::intstring(at<int64_t>(a, 0)); }
void rt_slicebytetostring(rt::G*, uint8_t* a) {
  at<rt::GoString>(a, 24) = rt::slicebytetostring(at<rt::GoSlice>(a, 0));
}
void rt_stringtoslicebyte(rt::G*, uint8_t* a) { at<rt::GoSlice>(a, 16) = rt::stringtoslicebyte(at<rt::GoString>(a, 0)); }
void rt_stringtoslicerune(rt::G*, uint8_t* a) { at<rt::GoSlice>(a, 16) = rt::stringtoslicerune(at<rt::GoString>(a, 0)); }
void rt_slicerunetostring(rt::G*, uint8_t* a) {
  at<rt::GoString>(a, 24) = rt::slicerunetostring(at<rt::GoSlice>(a, 0));
}
void rt_decoderune(rt::G*, uint8_t* a) {
  auto d = rt::decoderune(at<rt::GoString>(a, 0), at<int64_t>(a, 16));
  at<int64_t>(a, 24) = d.r;
  at<int64_t>(a, 32) = d.pos;
}
void rt_countrunes(rt::G*, uint8_t* a) { at<int64_t>(a, 16) = rt::countrunes(at<rt::GoString>(a, 0)); }

// ---- runtime: print builtins
void rt_printlock(rt::G*, uint8_t*) { rt::printlock(); }
void rt_printunlock(rt::G*, uint8_t*) { rt::printunlock(); }
void rt_printint(rt::G*, uint8_t* a) { rt::printint(at<int64_t>(a, 0)); }
void rt_printuint(rt::G*, uint8_t* a) { rt::printuint(at<uint64_t>(a, 0)); }
void rt_printfloat(rt::G*, uint8_t* a) { rt::printfloat(at<double>(a, 0)); }
void rt_printbool(rt::G*, uint8_t* a) { rt::printbool(at<int64_t>(a, 0) != 0); }
void rt_printstring(rt::G*, uint8_t* a) { rt::printstring(at<rt::GoString>(a, 0)); }
void rt_printpointer(rt::G*, uint8_t* a) { rt::printpointer(at<void*>(a, 0)); }
void rt_printsp(rt::G*, uint8_t*) { rt::printsp(); }
void rt_printnl(rt::G*, uint8_t*) { rt::printnl(); }
void rt_printeface(rt::G*, uint8_t* a) { rt::printeface(at<rt::Eface>(a, 0)); }
void rt_printiface(rt::G*, uint8_t* a) { rt::printiface(at<rt::Iface>(a, 0)); }
void rt_printslice(rt::G*, uint8_t* a) { rt::printslice(at<rt::GoSlice>(a, 0)); }

// ---- runtime: slices (et is a *Type passed as a pointer word)
void rt_makeslice(rt::G*, uint8_t* a) {
  Type* et = at<Type*>(a, 0);
  int64_t len = at<int64_t>(a, 8), cap = at<int64_t>(a, 16);
  void* p = rt::makeslice(et, len, cap);
  at<rt::GoSlice>(a, 24) = rt::GoSlice{p, len, cap};
}
void rt_growslice(rt::G*, uint8_t* a) {
  Type* et = at<Type*>(a, 0);
  at<rt::GoSlice>(a, 40) = rt::growslice(et, at<rt::GoSlice>(a, 8), at<int64_t>(a, 32));
}
// appendslice(et, s, t): append(s, t...) for t of the same element type (or a string for []byte).
void rt_appendslice(rt::G*, uint8_t* a) {
  Type* et = at<Type*>(a, 0);
  rt::GoSlice s = at<rt::GoSlice>(a, 8);
  rt::GoSlice t = at<rt::GoSlice>(a, 32);
  // Unsigned, as Go's uint(newLen) > uint(cap): an overflowed length reaches growslice and panics.
  int64_t n = int64_t(uint64_t(s.len) + uint64_t(t.len));
  if (uint64_t(n) > uint64_t(s.cap)) {
    s = rt::growslice(et, s, n);
    if (rt::hasPendingError()) return;
  }
  if (t.len) std::memmove(static_cast<uint8_t*>(s.ptr) + s.len * et->size, t.ptr, size_t(t.len * et->size));
  s.len = n;
  at<rt::GoSlice>(a, 56) = s;
}
void rt_slicecopy(rt::G*, uint8_t* a) {
  rt::GoSlice to = at<rt::GoSlice>(a, 0);
  rt::GoSlice from = at<rt::GoSlice>(a, 24);
  at<int64_t>(a, 56) = rt::slicecopy(to.ptr, to.len, from.ptr, from.len, uintptr_t(at<int64_t>(a, 48)));
}

const std::unordered_map<std::string, NativeFn>& table() {
  static const std::unordered_map<std::string, NativeFn> t = {
      {"fmt.Println", fmt_Println},
      {"fmt.Print", fmt_Print},
      {"fmt.Printf", fmt_Printf},
      {"fmt.Sprintf", fmt_Sprintf},
      {"fmt.Sprint", fmt_Sprint},
      {"fmt.Sprintln", fmt_Sprintln},
      {"os.Exit", os_Exit},
      {"strconv.Itoa", strconv_Itoa},
      {"utf8.RuneCountInString", utf8_RuneCountInString},
      {"unicode/utf8.RuneCountInString", utf8_RuneCountInString},
      {"concatstrings", rt_concatstrings},
      {"intstring", rt_intstring},
      {"slicebytetostring", rt_slicebytetostring},
      {"stringtoslicebyte", rt_stringtoslicebyte},
      {"stringtoslicerune", rt_stringtoslicerune},
      {"slicerunetostring", rt_slicerunetostring},
      {"decoderune", rt_decoderune},
      {"countrunes", rt_countrunes},
      {"printlock", rt_printlock},
      {"printunlock", rt_printunlock},
      {"printint", rt_printint},
      {"printuint", rt_printuint},
      {"printfloat", rt_printfloat},
      {"printbool", rt_printbool},
      {"printstring", rt_printstring},
      {"printpointer", rt_printpointer},
      {"printsp", rt_printsp},
      {"printnl", rt_printnl},
      {"printeface", rt_printeface},
      {"printiface", rt_printiface},
      {"printslice", rt_printslice},
      {"makeslice", rt_makeslice},
      {"growslice", rt_growslice},
      {"appendslice", rt_appendslice},
      {"slicecopy", rt_slicecopy},
  };
  return t;
}

}  // namespace

static std::unordered_map<std::string, NativeFn>& registered() {
  static std::unordered_map<std::string, NativeFn> r;
  return r;
}

NativeRegistrar::NativeRegistrar(const char* name, NativeFn fn) { registered()[name] = fn; }

NativeFn lookupNative(const std::string& name) {
  static const bool stdlibRegistered = (registerStdlibNatives(), registerReflectNatives(), registerConcurrencyNatives(), registerRuntimeNatives(),
                                       registerRandNatives(), registerContainerNatives(), registerBytesNatives(),
                                       registerFmtScanNatives(), true);
  (void)stdlibRegistered;
  auto& t = table();
  auto it = t.find(name);
  if (it != t.end()) return it->second;
  auto r = registered().find(name);
  return r == registered().end() ? nullptr : r->second;
}

rt::MethodCaller* vmMethodCaller() { return &theCaller; }

}  // namespace minigo::vm
