// natives_iface.cpp — the interface entry points codegen_iface.cpp calls
// (Go's convI2I, assertE2I/assertE2I2, panicdottypeE, efaceeq/ifaceeq and
// the generic == of structs and arrays), over callee frames laid out as
// each function's comment says (8-byte slots, results last).
#include <string>
#include <utility>

#include "runtime/alg.h"
#include "runtime/error.h"
#include "runtime/iface.h"
#include "vm/natives.h"

namespace minigo::vm {

namespace {

template <class T>
T& at(uint8_t* a, int64_t off) {
  return *reinterpret_cast<T*>(a + off);
}

// [0] inter [8] type [16] -> itab (nil type: nil itab)
void rt_convI2I(rt::G*, uint8_t* a) {
  Type* t = at<Type*>(a, 8);
  at<rt::Itab*>(a, 16) = t ? rt::getitab(at<Type*>(a, 0), t, false) : nullptr;
}
// [0] inter [8] type [16] static source type [24] -> itab (panics)
void rt_assertE2I(rt::G*, uint8_t* a) {
  at<rt::Itab*>(a, 24) = rt::assertE2I(at<Type*>(a, 0), at<Type*>(a, 8), at<Type*>(a, 16));
}
// [0] inter [8] type [16] -> itab or nil
void rt_assertE2I2(rt::G*, uint8_t* a) { at<rt::Itab*>(a, 16) = rt::assertE2I2(at<Type*>(a, 0), at<Type*>(a, 8)); }
// [0] have [8] want [16] static source type
void rt_panicdottype(rt::G*, uint8_t* a) { rt::panicdottype(at<Type*>(a, 0), at<Type*>(a, 8), at<Type*>(a, 16)); }
// [0] x (16) [16] y (16) [32] -> bool; the type words are already equal.
void rt_efaceeq(rt::G*, uint8_t* a) { at<int64_t>(a, 32) = rt::efaceeq(a, a + 16); }
void rt_ifaceeq(rt::G*, uint8_t* a) { at<int64_t>(a, 32) = rt::ifaceeq(a, a + 16); }
// [0] type [8] *x [16] *y [24] -> bool
void rt_typeequal(rt::G*, uint8_t* a) {
  at<int64_t>(a, 24) = rt::typeequal(at<Type*>(a, 0), at<void*>(a, 8), at<void*>(a, 16));
}

// [0] slice (24) [24] N [32] -> *[N]T: (*[N]T)(s) panics when len(s) < N.
void rt_slicetoarrayptr(rt::G*, uint8_t* a) {
  int64_t len = at<int64_t>(a, 8), n = at<int64_t>(a, 24);
  if (len < n) {
    rt::setPanic(rt::makeBoundsError(rt::boundsConvert, n, true, len));
    return;
  }
  at<void*>(a, 32) = at<void*>(a, 0);
}

}  // namespace

// Referenced from codegen_iface.cpp, so this object is always linked in.
NativeFn ifaceNative(const std::string& name) {
  static const std::pair<const char*, NativeFn> tab[] = {
      {"convI2I", rt_convI2I},   {"assertE2I", rt_assertE2I}, {"assertE2I2", rt_assertE2I2},
      {"panicdottype", rt_panicdottype}, {"efaceeq", rt_efaceeq}, {"ifaceeq", rt_ifaceeq},
      {"typeequal", rt_typeequal}, {"slicetoarrayptr", rt_slicetoarrayptr},
  };
  for (auto& e : tab)
    if (name == e.first) return e.second;
  return nullptr;
}

}  // namespace minigo::vm
