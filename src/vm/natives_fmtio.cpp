// natives_fmtio.cpp — fmt.Fprint, Fprintf, Fprintln: format as Sprint* does,
// then call the io.Writer's Write method (a strings.Builder, a user type)
// through its itab, as Go's fmt does; the results are Write's.
#include <cstring>

#include "frontend/stdlib_builder.h"
#include "runtime/fmt.h"
#include "vm/codegen.h"
#include "vm/natives_stdlib.h"

namespace minigo::vm::stdlib {

namespace {

using rt::GoSlice;
using rt::GoString;

// w.Write([]byte(out)) -> (n int, err error) into res.
void writeTo(rt::Iface w, const std::string& out, uint8_t* res) {
  if (!w.tab) {
    rt::setPanic(rt::makeError(rt::ErrNilDeref));
    return;
  }
  Proto* p = methodProto(w.tab->fun[0]);
  int64_t n = int64_t(out.size());
  void* buf = rt::makeslice(types::Uint8, n, n);
  if (n) std::memcpy(buf, out.data(), size_t(n));
  alignas(8) uint8_t args[56] = {};
  at<GoSlice>(args, 0) = GoSlice{buf, n, n};
  at<void*>(args, p->argSize) = w.data;
  callGo(p, args, p->argSize + 8, nullptr, true);
  at<int64_t>(res, 0) = at<int64_t>(args, 24);
  at<rt::Iface>(res, 8) = at<rt::Iface>(args, 32);
}

void fmt_Fprint(rt::G*, uint8_t* a) {
  auto s = at<GoSlice>(a, 16);
  std::string out;
  rt::appendSprint(out, static_cast<rt::Eface*>(s.ptr), size_t(s.len), vmMethodCaller());
  writeTo(at<rt::Iface>(a, 0), out, a + 40);
}
void fmt_Fprintln(rt::G*, uint8_t* a) {
  auto s = at<GoSlice>(a, 16);
  std::string out;
  rt::appendSprintln(out, static_cast<rt::Eface*>(s.ptr), size_t(s.len), vmMethodCaller());
  writeTo(at<rt::Iface>(a, 0), out, a + 40);
}
void fmt_Fprintf(rt::G*, uint8_t* a) {
  auto f = at<GoString>(a, 16);
  auto s = at<GoSlice>(a, 32);
  std::string out;
  rt::appendSprintf(out, rt::toView(f), static_cast<rt::Eface*>(s.ptr), size_t(s.len), vmMethodCaller());
  writeTo(at<rt::Iface>(a, 0), out, a + 56);
}

// ---- fmt.State: a *fmt.pp, whose one word points at the printer's
// FormatState while a Format method runs. Receiver words follow the results.
rt::FormatState* ppState(uint8_t* a, int64_t recvOff) { return *at<rt::FormatState**>(a, recvOff); }
// Write(b []byte) (n int, err error)
void pp_Write(rt::G*, uint8_t* a) {
  auto b = at<GoSlice>(a, 0);
  ppState(a, 48)->buf->append(static_cast<const char*>(b.ptr), size_t(b.len));
  at<int64_t>(a, 24) = b.len;
  at<rt::Iface>(a, 32) = rt::Iface{nullptr, nullptr};
}
void pp_Width(rt::G*, uint8_t* a) {
  rt::FormatState* st = ppState(a, 16);
  at<int64_t>(a, 0) = st->wid;
  at<int64_t>(a, 8) = st->widPresent;
}
void pp_Precision(rt::G*, uint8_t* a) {
  rt::FormatState* st = ppState(a, 16);
  at<int64_t>(a, 0) = st->prec;
  at<int64_t>(a, 8) = st->precPresent;
}
// Flag(c int) bool, as Go's (*pp).Flag: %+v and %#v count as + and #.
void pp_Flag(rt::G*, uint8_t* a) {
  rt::FormatState* st = ppState(a, 16);
  bool f = false;
  switch (at<int64_t>(a, 0)) {
    case '-': f = st->minus; break;
    case '+': f = st->plus || st->plusV; break;
    case '#': f = st->sharp || st->sharpV; break;
    case ' ': f = st->space; break;
    case '0': f = st->zero; break;
  }
  at<int64_t>(a, 8) = f;
}

}  // namespace

Proto* methodProto(Func* f) { return f->code ? static_cast<Proto*>(f->code) : cg::protoOf(f); }

void registerFmtIO() {
  static const std::pair<const char*, NativeFn> fns[] = {
      {"fmt.Fprint", fmt_Fprint},
      {"fmt.Fprintln", fmt_Fprintln},
      {"fmt.Fprintf", fmt_Fprintf},
      {"fmt.(*pp).Write", pp_Write},
      {"fmt.(*pp).Width", pp_Width},
      {"fmt.(*pp).Precision", pp_Precision},
      {"fmt.(*pp).Flag", pp_Flag},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm::stdlib

namespace minigo::vm {

// fmt.Formatter: calls v's Format(fmt.State, rune) with a *fmt.pp over st.
rt::MethodCall callFormatMethod(const rt::Eface& v, rt::FormatState* st, int32_t verb, rt::Eface* panicVal) {
  using stdlib::at;
  Type* t = v.type;
  if (!t || t->kind == TINTER) return rt::MethodCall::NoMethod;
  Func* fn = nullptr;
  bool valueMethod = false;
  auto find = [&](Type* in, bool allowPtr) {
    for (auto& m : in->methods)
      if (m.name == "Format" && (allowPtr || !m.ptrRecv) && m.fn && m.type && m.type->results.empty() &&
          m.type->params.size() == 2 && m.type->params[0].type->kind == TINTER &&
          m.type->params[0].type->sym == "State" && m.type->params[0].type->pkg == "fmt" &&
          m.type->params[1].type->kind == TINT32) {
        fn = m.fn;
        valueMethod = !m.ptrRecv;
        return true;
      }
    return false;
  };
  if (!find(t, false) && !(t->kind == TPTR && t->elem && find(t->elem, true))) return rt::MethodCall::NoMethod;
  if (t->kind == TPTR && valueMethod && !v.data) {  // the value method's wrapper would panic
    *panicVal = rt::Eface{nullptr, nullptr};
    return rt::MethodCall::Panicked;
  }
  Type* stateType = fn->type->params[0].type;
  auto* pp = static_cast<rt::FormatState**>(rt::mallocgc(sizeof(void*), types::Uintptr, true));
  *pp = st;
  Proto* p = stdlib::methodProto(fn);
  alignas(8) uint8_t args[48] = {};
  rt::Itab* tab = cg::getitab(stateType, tc::stdlib::fmtPP);
  for (size_t i = 0; i < stateType->methods.size(); i++) stdlib::methodProto(tab->fun[i]);  // natives get a Proto
  at<rt::Iface>(args, 0) = rt::Iface{tab, pp};
  at<int64_t>(args, 16) = verb;
  at<void*>(args, p->argSize) = v.data;
  if (!callGoRecover(p, args, p->argSize + 8, nullptr, true, panicVal)) return rt::MethodCall::Panicked;
  return rt::MethodCall::Ok;
}

}  // namespace minigo::vm
