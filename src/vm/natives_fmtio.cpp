// natives_fmtio.cpp — fmt.Fprint, Fprintf, Fprintln: format as Sprint* does,
// then call the io.Writer's Write method (a strings.Builder, a user type)
// through its itab, as Go's fmt does; the results are Write's.
#include <cstring>

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

}  // namespace

Proto* methodProto(Func* f) { return f->code ? static_cast<Proto*>(f->code) : cg::protoOf(f); }

void registerFmtIO() {
  static const std::pair<const char*, NativeFn> fns[] = {
      {"fmt.Fprint", fmt_Fprint},
      {"fmt.Fprintln", fmt_Fprintln},
      {"fmt.Fprintf", fmt_Fprintf},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm::stdlib
