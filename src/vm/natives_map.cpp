// natives_map.cpp — the map entry points codegen_map.cpp calls (Go's
// makemap, mapaccess1/2, mapassign, mapdelete, mapiterinit/next), as natives
// over a callee frame whose layout codegen_map.cpp fixes:
//   [0] *MapType  [8] *hmap  [16] result word  [24] ok (mapaccess2)  [32] key
// The key sits in its frame slot: Go's memory layout in the slot's low bytes
// (little-endian normalized scalars), so the runtime reads it in place.
#include "runtime/map.h"
#include <string>
#include <utility>

#include "vm/natives.h"

namespace minigo::vm {

namespace {

template <class T>
T& at(uint8_t* a, int64_t off) {
  return *reinterpret_cast<T*>(a + off);
}

const rt::MapType* mt(uint8_t* a) { return at<const rt::MapType*>(a, 0); }
rt::hmap* hm(uint8_t* a) { return at<rt::hmap*>(a, 8); }

void rt_makemap(rt::G*, uint8_t* a) { at<rt::hmap*>(a, 16) = rt::makemap(mt(a), at<int64_t>(a, 8)); }
void rt_mapaccess1(rt::G*, uint8_t* a) { at<void*>(a, 16) = rt::mapaccess1(mt(a), hm(a), a + 32); }
void rt_mapaccess2(rt::G*, uint8_t* a) {
  bool ok = false;
  at<void*>(a, 16) = rt::mapaccess2(mt(a), hm(a), a + 32, &ok);
  at<int64_t>(a, 24) = ok;
}
void rt_mapassign(rt::G*, uint8_t* a) { at<void*>(a, 16) = rt::mapassign(mt(a), hm(a), a + 32); }
void rt_mapdelete(rt::G*, uint8_t* a) { rt::mapdelete(mt(a), hm(a), a + 32); }
// [0] *MapType [8] *hmap [16] *hiter (zeroed by the caller)
void rt_mapiterinit(rt::G*, uint8_t* a) { rt::mapiterinit(mt(a), hm(a), at<rt::hiter*>(a, 16)); }
// [0] *hiter
void rt_mapiternext(rt::G*, uint8_t* a) { rt::mapiternext(at<rt::hiter*>(a, 0)); }

}  // namespace

// Referenced from codegen_map.cpp, so this object is always linked in (a
// static registrar alone would be dropped from the static library).
NativeFn mapNative(const std::string& name) {
  static const std::pair<const char*, NativeFn> tab[] = {
      {"makemap", rt_makemap},         {"mapaccess1", rt_mapaccess1}, {"mapaccess2", rt_mapaccess2},
      {"mapassign", rt_mapassign},     {"mapdelete", rt_mapdelete},   {"mapiterinit", rt_mapiterinit},
      {"mapiternext", rt_mapiternext},
  };
  for (auto& e : tab)
    if (name == e.first) return e.second;
  return nullptr;
}

}  // namespace minigo::vm
