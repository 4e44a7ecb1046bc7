// fmt.h — Go's fmt printing engine (Print, Println, Printf and friends).
//
// Arguments arrive as interface values (Eface: dynamic Type* + data word, in
// Go's memory layout), exactly what `...interface{}` holds in a Go frame.
// fmt walks the value through its Type (as Go's fmt walks reflect.Value) and
// formats it as Go 1.19 does. Anything that must run Go code — String() and
// Error() methods, map iteration — goes through the FmtHost the VM supplies.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/value.h"

namespace minigo::rt {

// Result of asking the VM to call a method through FmtHost.
enum class MethodCall {
  NoMethod,   // the dynamic type has no such method (fmt formats the value itself)
  Ok,         // called; *result holds the returned string
  Panicked,   // the method panicked; *panicVal holds the recovered value
};

// What a Format method sees through its fmt.State (Go's *pp): the
// printer's flags and its output buffer, which State.Write appends to.
struct FormatState {
  std::string* buf;
  int64_t wid, prec;
  bool widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV;
};

// The VM's side of fmt. The VM implements it; fmt never runs Go code itself.
struct MethodCaller {
  virtual ~MethodCaller() = default;
  // If the method set of v's dynamic type has `name() string` (name is
  // "Error", "String" or "GoString"), call it on v and return Ok with the
  // result, or Panicked with the recovered panic value (Go's catchPanic: fmt
  // prints "<nil>" when v is a nil pointer, else "%!v(PANIC=String method: p)").
  // v.data follows the Eface convention (the value itself for pointer-shaped
  // types, else a pointer to the value, which may point into a bigger value).
  virtual MethodCall callStringMethod(const Eface& v, std::string_view name,
                                      std::string* result, Eface* panicVal) = 0;
  // If v's method set has Format(fmt.State, rune) (fmt.Formatter), call it
  // with st as the State; Ok, Panicked (recovered value in *panicVal) or NoMethod.
  virtual MethodCall callFormat(const Eface& v, FormatState* st, int32_t verb, Eface* panicVal) {
    return MethodCall::NoMethod;
  }
  // If t is reflect.Value: the interface value the Value at p holds (fmt
  // prints that, as Go's printArg does).
  virtual bool reflectValue(Type* t, const void* p, Eface* out) { return false; }
  // Map iteration (maps' layout is the runtime's): append a pointer to each
  // key and to its element, for the map value whose data word is `m` (the
  // *hmap, nil for a nil map). Return false if maps are not supported yet;
  // fmt then prints "map[?]". fmt sorts the keys itself (internal/fmtsort).
  virtual bool mapEntries(Type* mapType, void* m, std::vector<std::pair<const void*, const void*>>* out) {
    return false;
  }
};

// fmt.Sprint: operands separated by a space when neither side is a string.
std::string Sprint(const Eface* args, size_t n, MethodCaller* mc);
// fmt.Sprintln: operands always separated by a space, newline appended.
std::string Sprintln(const Eface* args, size_t n, MethodCaller* mc);
// fmt.Sprintf, with Go's error forms: %!d(string=hi), %!(EXTRA ...), %!s(MISSING) ...
std::string Sprintf(std::string_view format, const Eface* args, size_t n, MethodCaller* mc);

// Appending forms (same output, no temporary string): the VM's Println writes
// into a per-goroutine buffer and flushes it to stdout.
void appendSprint(std::string& out, const Eface* args, size_t n, MethodCaller* mc);
void appendSprintln(std::string& out, const Eface* args, size_t n, MethodCaller* mc);
void appendSprintf(std::string& out, std::string_view format, const Eface* args, size_t n, MethodCaller* mc);
// fmt.Errorf's formatting: %w accepted once for an error operand. Returns the
// index of the %w operand (the error to wrap), or -1.
int appendErrorf(std::string& out, std::string_view format, const Eface* args, size_t n, MethodCaller* mc);

// The runtime's printing of a panic value (printpanicval), the text after
// "panic: ": error values print Error(), Stringers String(), strings as is,
// numbers as print() does, other types as "(main.T) 0xADDR"-style (see fmt.cpp).
std::string printpanicval(const Eface& v, MethodCaller* mc);

}  // namespace minigo::rt
