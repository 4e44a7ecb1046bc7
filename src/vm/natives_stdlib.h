// natives_stdlib.h — shared helpers of the std-lib natives (natives_strings.cpp,
// natives_strconv.cpp, natives_math.cpp, natives_sort.cpp, natives_unicode.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/malloc.h"
#include "runtime/proc.h"
#include "runtime/slice.h"
#include "runtime/string.h"
#include "runtime/value.h"
#include "vm/interp.h"
#include "vm/natives.h"

namespace minigo::vm::stdlib {

template <class T>
inline T& at(uint8_t* a, int64_t off) {
  return *reinterpret_cast<T*>(a + off);
}

inline std::string_view view(rt::GoString s) { return rt::toView(s); }
inline rt::GoString str(std::string_view s) { return rt::gostring(s); }
// A substring of s shares its bytes, as in Go.
inline rt::GoString sub(rt::GoString s, int64_t i, int64_t j) { return rt::GoString{s.ptr + i, j - i}; }

// A fresh []string of length n.
inline rt::GoSlice newStrings(int64_t n) {
  void* p = rt::makeslice(types::String, n, n);
  return rt::GoSlice{p, n, n};
}

// The Proto of a method taken from an itab: native methods (a
// strings.Builder's Write) may not have been given one by codegen yet.
Proto* methodProto(Func* f);

// Calls a Go func value (params then results in args, frame layout).
inline void callFunc(rt::FuncVal* fv, uint8_t* args, int64_t argSize) {
  callGo(static_cast<Proto*>(fv->fn->code), args, argSize, fv, false);
}
// f(r) for f of type func(rune) bool / func(rune) rune.
inline bool callRunePred(rt::FuncVal* fv, int32_t r) {
  alignas(8) uint8_t args[16] = {};
  at<int64_t>(args, 0) = r;
  callFunc(fv, args, 16);
  return at<uint8_t>(args, 8) != 0;
}
inline int32_t callRuneMap(rt::FuncVal* fv, int32_t r) {
  alignas(8) uint8_t args[16] = {};
  at<int64_t>(args, 0) = r;
  callFunc(fv, args, 16);
  return int32_t(at<int64_t>(args, 8));
}

// Makes the calling goroutine panic with a string value, as panic("msg").
inline void panicString(rt::G* g, const std::string& msg) {
  auto* p = static_cast<rt::GoString*>(rt::mallocgc(sizeof(rt::GoString), types::String, true));
  *p = rt::gostring(msg);
  g->natReq = 1;
  g->natReqVal = rt::Eface{types::String, p};
}

// io.EOF itself (natives_fmtscan.cpp), for natives that report the end of input.
rt::Iface ioEOFValue();

// unicode tables (natives_unicode.cpp), shared by strings.
bool isSpace(int32_t r);
bool isLetter(int32_t r);
bool isDigit(int32_t r);
int32_t toUpper(int32_t r);
int32_t toLower(int32_t r);
int32_t toTitle(int32_t r);

// Registration of each file's natives (called by registerStdlibNatives).
void registerStrings();
void registerStrconv();
void registerMath();
void registerSort();
void registerUnicode();
void registerFmtIO();
void registerBufio();

}  // namespace minigo::vm::stdlib
